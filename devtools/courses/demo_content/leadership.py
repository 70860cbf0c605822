"""The leadership course's modules (lederskolering)."""

from devtools.courses.demo_content import callout, heading, notes, quote, reflection, scenario, text

INCLUSIVE_MEETING = (
    "inkluderende-moter",
    "Å lede et inkluderende møte",
    "Hvordan du planlegger, åpner, leder og avslutter et møte slik at flere tar ordet, også de som "
    "er nye eller stille.",
    8,
    [
        heading("Et godt møte begynner før det starter"),
        text(
            "<p>Om et møte blir inkluderende, avgjøres ofte lenge før noen slår klubba i bordet. "
            "Innkallingen forteller hvem møtet er for. Står det bare «Medlemsmøte tirsdag kl. 19, "
            "vanlige saker», er det lett for en som er ny, å tro at møtet er for dem som allerede "
            "vet hva «vanlige saker» betyr. Skriv heller hva som skal diskuteres, hva som skal "
            "vedtas, og når møtet er ferdig. Sluttidspunktet er like viktig som starttidspunktet: "
            "folk med små barn, skiftarbeid eller lang vei hjem må kunne planlegge kvelden.</p>"
            "<p>Send sakspapirene i god tid, gjerne en uke før, og skriv dem så kort og klart at "
            "de kan leses på mobilen. Tenk også gjennom rammene rundt møtet:</p>"
            "<ul><li><b>Lokalet:</b> Er det trinnfri adkomst, teleslynge og toalett som alle kan "
            "bruke? Går det buss dit?</li>"
            "<li><b>Tidspunktet:</b> Passer det for dem du vil nå, eller bare for dem som alltid "
            "kommer?</li>"
            "<li><b>Deltakelse på avstand:</b> I store kommuner som Guovdageaidnu eller Vefsn kan "
            "det være mange mil til møtelokalet. Kan noen delta digitalt, og har dere utstyr som "
            "gjør at de faktisk hører hva som blir sagt i salen?</li>"
            "<li><b>Tilrettelegging:</b> Skriv i innkallingen at folk kan si fra om de trenger "
            "tolk, barnepass eller noe annet, og hvem de skal si fra til.</li></ul>"
        ),
        heading("Fordel rollene", "h3"),
        text(
            "<p>Den som leder laget, trenger ikke å lede møtet. Når lederen selv vil mene noe i en "
            "sak, er det ryddigere at en annen er møteleder. Avtal også hvem som skriver referat, "
            "hvem som tar imot folk i døra, og hvem som passer på tiden.</p>"
        ),
        heading("Åpningen setter tonen"),
        text(
            "<p>De første fem minuttene avgjør langt på vei om folk føler seg velkomne. Hils på "
            "dem du ikke kjenner før møtet starter. Ønsk nye medlemmer velkommen ved navn, men "
            "spør dem først om det er greit. Gå gjennom sakslista og si hva som er målet med hver "
            "sak: Skal dere bare orientere, diskutere eller fatte vedtak?</p>"
            "<p>Partiet er fullt av forkortelser og faste uttrykk. Forklar dem første gang de "
            "brukes, også dem som virker opplagte: AU, representantskap, benkeforslag, «å sette "
            "strek». Et godt grep er å be alle som bruker en forkortelse, om å si hva den står "
            "for. Da slipper de nye å spørre.</p>"
        ),
        callout(
            "Vedta møteregler i starten",
            "<p>Be møtet vedta enkle regler før den første saken, for eksempel tre minutters "
            "taletid første gang og ett minutt deretter, og at de som ikke har hatt ordet i saken, "
            "kommer først på talerlista. Regler som alle har vedtatt på forhånd, er mye lettere å "
            "holde enn regler møtelederen finner på underveis.</p>",
        ),
        heading("Ordstyring som slipper flere til"),
        text(
            "<p>Som møteleder har du ansvar for at alle som vil si noe, får mulighet til det. Det "
            "betyr ikke at alle skal snakke like mye, men at ordet ikke blir en belønning til dem "
            "som rekker opp hånda raskest. Noen grep som virker:</p>"
            "<ul><li><b>Talerliste med prioritet:</b> Den som ikke har snakket i saken, får ordet "
            "før den som har snakket før.</li>"
            "<li><b>Taletid:</b> Hold den, vennlig og likt for alle. Bruk gjerne en klokke som "
            "alle ser.</li>"
            "<li><b>Strek:</b> Når saken er godt belyst, kan du foreslå å sette strek. Da får alle "
            "som vil, tegne seg en siste gang før lista lukkes.</li>"
            "<li><b>Summegrupper:</b> La folk snakke to og to i tre minutter før debatten. Mange "
            "som aldri tar ordet i plenum, har mye å si til sidemannen.</li>"
            "<li><b>Runde rundt bordet:</b> I små møter kan alle få si én setning om saken. Det er "
            "lov å si «pass».</li>"
            "<li><b>Digitale deltakere:</b> Se på skjermen like ofte som ut i salen, og les opp "
            "innspill som kommer i chatten.</li></ul>"
            "<p>Noen ganger må du stoppe en som tar mye plass. Gjør det med respekt og uten å "
            "latterliggjøre: «Takk, Bjørn, det har vi fått med oss. Nå vil jeg gjerne høre fra "
            "noen som ikke har sagt noe ennå.» De fleste tåler godt å bli ledet når de ser at "
            "reglene gjelder alle.</p>"
        ),
        quote(
            "Etter at vi begynte med summegrupper, sier nye medlemmer noe allerede på første møte. "
            "Og de kommer igjen.",
            "Leder i et lokallag i Nordland",
        ),
        scenario(
            "Den lange talerlisten",
            "<p>Det er medlemsmøte i Alta Arbeiderparti om ny skolestruktur. Tre erfarne "
            "medlemmer, blant dem en tidligere ordfører, har tegnet seg fem ganger hver. Máret, "
            "som har to barn på en av skolene som kan bli lagt ned, og Jonas, som meldte seg inn "
            "for en måned siden, har tegnet seg, men ikke fått ordet. Klokka er kvart på ni, og "
            "møtet skulle vært ferdig klokka ni.</p>",
            [
                "Hva kan møtelederen gjøre nå, uten å stenge noen ute?",
                "Hvilke møteregler bør møtet vedta i starten neste gang?",
                "Hvordan kan laget følge opp Máret og Jonas etter møtet?",
            ],
        ),
        heading("Etter møtet"),
        text(
            "<p>Avslutt med å oppsummere hva som ble vedtatt, og hvem som skal gjøre hva. Bruk "
            "gjerne to minutter på å spørre hva som fungerte, og hva dere kan gjøre bedre neste "
            "gang. Send et kort referat innen en uke, også til dem som ikke kunne komme.</p>"
            "<p>Ta til slutt kontakt med den nye som satt stille bakerst: «Så fint at du kom. Hva "
            "syntes du?» Den samtalen er ofte det som avgjør om hun kommer tilbake.</p>"
        ),
        reflection(
            "Tenk på det siste møtet du ledet eller var på. Hvem fikk sagt noe, og hvem fikk ikke "
            "det? Hva kunne møtelederen gjort annerledes?",
            "Tenk på tidspunkt, lokale, språk og ordstyring, ikke bare på enkeltpersoner.",
        ),
        notes(
            "<p>Øv på ordstyring i rollespill i grupper på fem: én møteleder, to som snakker mye "
            "og to som er stille. Gi hver rolle et lite kort med instruks. Bytt roller etter fem "
            "minutter, slik at alle får prøve å lede. Avslutt med en felles samtale om hvilke "
            "formuleringer som fungerte når møtelederen måtte stoppe noen. Sett av 45 minutter "
            "hvis dere tar modulen på et fysisk møte.</p>"
        ),
    ],
)

FOLLOW_UP = (
    "folg-opp-nye-medlemmer",
    "Følg opp nye medlemmer",
    "En konkret plan for de første tre månedene etter innmelding: hvem i styret gjør hva, hva du "
    "spør om i den første samtalen, og hvordan du tar vare på personvernet.",
    8,
    [
        heading("Hvorfor de første ukene avgjør mye"),
        text(
            "<p>Den som melder seg inn i partiet, har tatt et valg. Kanskje var det en sak i "
            "kommunestyret som gjorde henne sint, en valgkamp som engasjerte, eller en venn som "
            "spurte. Uansett er engasjementet ofte størst de første ukene. Hører hun ingenting fra "
            "laget, blir medlemskapet fort bare en kontingent som trekkes. Medlemmer som blir "
            "kontaktet kort tid etter innmelding, blir oftere aktive, og de blir værende "
            "lenger.</p>"
            "<p>Partiet ønsker nye medlemmer velkommen sentralt, men det er lokallaget og "
            "kommunepartiet som kan gi medlemskapet et ansikt, et sted å gå og en grunn til å "
            "komme igjen. God oppfølging er derfor en av de viktigste oppgavene et styre har.</p>"
        ),
        heading("Del ansvaret i styret"),
        text(
            "<p>Oppfølging er ikke en oppgave bare for lederen. Mange lag har en medlemsansvarlig "
            "som holder oversikten, men selve samtalene kan hele styret dele på. En enkel "
            "ordning:</p>"
            "<ul><li>Den medlemsansvarlige henter ut en oversikt over nye medlemmer hver "
            "måned.</li>"
            "<li>På styremøtet fordeler dere de nye, slik at hver i styret har ansvar for noen "
            "få.</li>"
            "<li>Prøv å finne en god match: En småbarnsmor kan ringe en annen, en tillitsvalgt i "
            "fagforeningen kan ringe en som kommer fra fagbevegelsen, og et tidligere AUF-medlem "
            "kan ringe en som går over fra AUF.</li>"
            "<li>På neste styremøte går dere raskt gjennom hvem som er kontaktet, uten å dele mer "
            "om hver person enn det som trengs.</li></ul>"
        ),
        heading("En plan for tre måneder"),
        heading("Første uke: ta kontakt", "h3"),
        text(
            "<p>Ring, eller send en personlig melding hvis du vet at personen foretrekker det. En "
            "telefon på fem minutter gjør mer enn en lang e-post. Presenter deg, si at du ringer "
            "fra laget, og still åpne spørsmål:</p>"
            "<ul><li>Hva fikk deg til å melde deg inn?</li>"
            "<li>Er det noen saker du er særlig opptatt av?</li>"
            "<li>Har du lyst til å være med på noe, eller vil du helst følge med en stund?</li>"
            "<li>Er det noe som gjør det vanskelig for deg å komme på møter?</li></ul>"
            "<p>Lytt mer enn du snakker. Svarene forteller deg hva du bør invitere til.</p>"
        ),
        heading("Første måned: møt opp sammen", "h3"),
        text(
            "<p>Inviter til et konkret møte eller en aktivitet som passer med det personen "
            "fortalte. Avtal å møtes utenfor, eller sett dere sammen. Å gå alene inn i et rom der "
            "alle kjenner hverandre, er en høy terskel for mange. Presenter den nye for noen som "
            "er opptatt av de samme sakene.</p>"
        ),
        heading("Tredje måned: gi en oppgave", "h3"),
        text(
            "<p>Spør om personen vil prøve en avgrenset oppgave: stå på stand i valgkampen, være "
            "med i en arbeidsgruppe om programmet, skrive et leserinnlegg sammen med en erfaren, "
            "eller ta ansvar for kaffen på neste møte. Små oppgaver med en tydelig start og slutt "
            "er lettere å si ja til enn et verv. Tips også om grunnkurset, som gir en innføring i "
            "hvordan partiet er bygd opp, og hvordan man får gjennomslag for en sak.</p>"
        ),
        heading("Tilpass oppfølgingen"),
        text(
            "<p>Ikke alle vil være aktive, og det er helt greit. Noen melder seg inn for å støtte "
            "partiet og ønsker ikke telefoner. Respekter det, og si at de alltid er velkomne. "
            "Svarer ikke personen, prøv en gang til på en annen måte, og la det så ligge til neste "
            "invitasjon.</p>"
            "<p>Tenk også på språk og tilgjengelighet. Et medlem som har samisk som førstespråk, "
            "setter kanskje pris på å bli ringt av noen som snakker samisk. Et medlem som har bodd "
            "kort tid i Norge, kan ha nytte av at du forklarer hvordan et medlemsmøte foregår. Og "
            "et medlem som bruker rullestol, må vite at lokalet faktisk er tilgjengelig før hun "
            "kommer.</p>"
        ),
        callout(
            "Personvern",
            "<p>At noen er medlem av et politisk parti, viser hvilket politisk syn de har. Det er "
            "en særlig beskyttet opplysning etter personvernreglene. Del derfor medlemslister bare "
            "med dem i styret som trenger dem for oppgaven sin, og aldri i åpne grupper, i private "
            "chatter eller på papir som blir liggende igjen. Ikke fortell andre hvem som har meldt "
            "seg inn. Slett notater og lister når dere ikke lenger trenger dem.</p>",
            kind="important",
        ),
        scenario(
            "Tre nye på én uke",
            "<p>Etter en heftig debatt om fødetilbudet i Finnmark har tre personer meldt seg inn i "
            "Karasjok Arbeiderparti samme uke: Ánde, som er reindriftsutøver og helst snakker "
            "samisk, Sofie, som er 19 år og har vært aktiv i AUF, og Per, som er pensjonert lærer. "
            "Styret har fem medlemmer, og lederen, Hege, er bortreist de neste tre ukene.</p>",
            [
                "Hvem i styret bør kontakte hvem, og hvorfor?",
                "Hva kan laget invitere hver av dem til den første måneden?",
                "Hvordan sikrer dere at oppfølgingen ikke stopper opp fordi lederen er borte?",
            ],
        ),
        heading("Gjør det til en vane"),
        text(
            "<p>Oppfølging virker best når den er systematisk. Sett nye medlemmer opp som fast "
            "punkt på styremøtene. Se på tallene en gang i halvåret: Hvor mange nye fikk dere? "
            "Hvor mange ble kontaktet innen en uke? Hvor mange har vært med på noe? Tallene "
            "trenger ikke være perfekte, men de viser om laget blir flinkere. Husk også at den "
            "beste vervingen er et lag der folk trives. Medlemmer som har det bra, tar med seg "
            "venner.</p>"
        ),
        reflection(
            "Hvem i laget ditt kunne ha glede av en telefon denne uken, og hva vil du spørre om?",
            "Skriv ikke navn her, bare hva du vil gjøre og når.",
        ),
        notes(
            "<p>La deltakerne øve på den første telefonsamtalen i par: én ringer, og én er nytt "
            "medlem. Gi det nye medlemmet en rolle, for eksempel «travel småbarnsfar som er "
            "opptatt av barnehager» eller «pensjonist som ikke vil bli maset på». Snakk etterpå om "
            "hvilke spørsmål som åpnet samtalen. Avslutt med at hvert lag lager et utkast til sin "
            "egen tremånedersplan, med navn på hvem i styret som har ansvaret.</p>"
        ),
    ],
)

DIVERSITY_LEADERSHIP = (
    "mangfoldskompetanse-i-ledelse",
    "Mangfoldskompetanse i ledelse",
    "Hvordan du som leder ser hvem som mangler, deler makt med flere og bruker forskjellene i "
    "laget, også når lista til kommunevalget skal settes sammen.",
    8,
    [
        heading("Hva er mangfoldskompetanse?"),
        text(
            "<p>Mangfoldskompetanse er evnen til å se at folk har ulike erfaringer, behov og "
            "forutsetninger, og å lede slik at flere kan bidra. Det handler om alder, kjønn, "
            "funksjonsevne, etnisk bakgrunn, språk, religion, seksuell orientering, yrke, "
            "utdanning og hvor i landet folk bor. Og det handler om hvordan alt dette påvirker "
            "hvem som føler seg hjemme i partiet, og hvem som blir spurt når et verv skal "
            "fylles.</p>"
            "<p>Kompetansen har tre deler: <b>kunnskap</b> om hvem som bor i kommunen og hvilke "
            "hindringer de møter, <b>bevissthet</b> om dine egne vaner og blinde flekker, og "
            "<b>ferdigheter</b> i å lede møter og prosesser slik at flere slipper til.</p>"
            "<p>For et bredt folkeparti er dette ikke pynt. Partiet skal ha medlemmer, "
            "tillitsvalgte og kandidater som ligner folka det vil representere. Mange velgere med "
            "minoritetsbakgrunn stemmer på oss, men få av dem har funnet veien inn som medlemmer "
            "og tillitsvalgte. Og selv om kvinner er i flertall blant velgerne våre, er det "
            "fortsatt flest menn i lederrollene. Derfor er mangfold og ledelse en fast del av "
            "lederopplæringen.</p>"
        ),
        heading("Se mønstrene i ditt eget lag"),
        text(
            "<p>De fleste lag blir ikke ensartede fordi noen ønsker det. Det skjer fordi vi spør "
            "folk vi kjenner, holder møter på tider som passer oss selv, og bruker et språk som de "
            "erfarne forstår. Uskrevne regler, som at man bør ha «gått gradene» før man stiller "
            "til et tyngre verv, stenger folk ute uten at noen har bestemt det.</p>"
            "<p>Start med tallene. Sammenlign medlemmene, styret og kandidatene med befolkningen i "
            "kommunen. Statistisk sentralbyrå har tall for alder, kjønn og innvandrerbakgrunn i "
            "hver kommune. Spør deretter:</p>"
            "<ul><li>Hvem er med når vi tar beslutninger, og hvem er ikke det?</li>"
            "<li>Er møtetidene, lokalene og språket vårt åpne for alle?</li>"
            "<li>Blir nye og stille stemmer spurt, eller bare de som roper høyest?</li>"
            "<li>Hvem har vi aldri spurt om å stille til verv, og hvorfor ikke?</li></ul>"
        ),
        heading("Fra å invitere til å dele makt"),
        text(
            "<p>Det er ikke nok at flere er med på bildet. Mangfold betyr lite hvis de nye aldri "
            "får ansvar eller innflytelse. Som leder kan du gjøre mye konkret:</p>"
            "<ul><li><b>Beskriv vervene tydelig:</b> Hva krever vervet, hvor mange timer i måneden "
            "tar det, og hva får man hjelp til? Da blir det lettere for flere å si ja.</li>"
            "<li><b>Del verv:</b> To kan dele ansvaret for et utvalg eller en arbeidsgruppe. Det "
            "gjør det mulig for folk med små barn eller turnusarbeid å delta.</li>"
            "<li><b>Bruk mentorer:</b> La en erfaren tillitsvalgt følge en ny gjennom det første "
            "året.</li>"
            "<li><b>Tilrettelegg:</b> Tolk, teleslynge, digitale møter og sakspapirer i klarspråk "
            "gjør at flere kan delta fullt ut.</li>"
            "<li><b>Gjør samisk synlig:</b> I kommuner som Guovdageaidnu og Kárášjohka er samisk "
            "et hverdagsspråk. Innkallinger, møter og sosiale medier kan speile det.</li></ul>"
        ),
        callout(
            "Ikke gjør én person til talsperson",
            "<p>Når Máret er den eneste samen i styret, er det fristende å spørre henne hva "
            "«samene mener». Men ingen kan snakke for en hel gruppe. Spør om hennes erfaringer og "
            "vurderinger, og sørg for at hun også får ansvar for saker som ikke handler om "
            "samepolitikk. Det samme gjelder den eneste unge, den eneste som bruker rullestol, "
            "eller den eneste med innvandrerbakgrunn.</p>",
            kind="important",
        ),
        heading("Mangfold i nominasjonen"),
        text(
            "<p>Nominasjonen til kommunestyre- og fylkestingsvalget er der mangfoldsarbeidet "
            "virkelig blir synlig. En god liste bygges over lang tid, og det er for sent å tenke "
            "på bredde den kvelden komiteen skal bli enig. Noen gode vaner for "
            "nominasjonskomiteen:</p>"
            "<ol><li>Start tidlig, gjerne halvannet år før valget.</li>"
            "<li>Bli enige om hva lista trenger før dere snakker om navn: Hvilke erfaringer, deler "
            "av kommunen og grupper skal være med?</li>"
            "<li>Be alle medlemmer om forslag, og spør bredt: fagbevegelsen, AUF, lokale "
            "foreninger og samiske og flerkulturelle organisasjoner.</li>"
            "<li>Snakk med dem som ikke melder seg selv. Mange må bli spurt, gjerne mer enn én "
            "gang.</li>"
            "<li>Se på lista som helhet før dere låser den.</li></ol>"
            "<p>Når noen sier at komiteen «bare har valgt de beste», er det lurt å spørre: De "
            "beste til hva, og hvem har bestemt hva som teller?</p>"
        ),
        scenario(
            "Nominasjonskomiteen",
            "<p>Nominasjonskomiteen i et kommuneparti på Østlandet har laget et forslag til liste "
            "for kommunestyrevalget. De ti øverste er alle over 45 år og født i Norge, og sju av "
            "dem er menn. Zainab, som er 34 år og hovedtillitsvalgt for Fagforbundet på "
            "sykehjemmet, ble aldri spurt. Komitélederen, Tor Åge, sier at de bare har valgt de "
            "beste, og at det ikke er komiteens skyld at unge ikke melder seg.</p>",
            [
                "Hva kan komiteen ha oversett, og hvorfor skjedde det?",
                "Hva kan styret gjøre nå, før lista skal vedtas på nominasjonsmøtet?",
                "Hvordan kan laget jobbe annerledes fram mot neste nominasjon?",
            ],
        ),
        heading("Når samtalen blir vanskelig"),
        text(
            "<p>Mangfoldsarbeid kan møte motstand. Noen opplever det som kritikk av innsatsen de "
            "har lagt ned i mange år, andre frykter å bli skjøvet ut. Som leder bør du anerkjenne "
            "dem som har båret laget, og samtidig være tydelig på at partiet må fornye seg for å "
            "være relevant. Snakk om strukturer og vaner, ikke om enkeltpersoner. Og kommer noen "
            "med nedsettende kommentarer om andres bakgrunn, sier du fra med én gang. Også det er "
            "ledelse.</p>"
        ),
        quote(
            "Jeg meldte meg ikke inn fordi noen ville ha mangfold på lista. Jeg ble med fordi noen "
            "spurte hva jeg mente om hjemmetjenesten, og faktisk hørte etter.",
            "Kommunestyrerepresentant i første periode",
        ),
        reflection(
            "Hvilke grupper i kommunen din er lite synlige i laget ditt, og hva er det første du "
            "kan gjøre for å endre det?",
            "Tenk på noe konkret de neste tre månedene, for eksempel et nytt møtetidspunkt, en "
            "invitasjon eller en samtale.",
        ),
        notes(
            "<p>Denne modulen er obligatorisk i lederkurset og inngår også i kurset om mangfold og "
            "representasjon. Bruk god tid på scenarioet, og pass på at samtalen handler om "
            "strukturer, ikke om enkeltpersoner i eget lag. Ta gjerne med tall fra SSB for "
            "kommunen, og la gruppene sammenligne dem med sitt eget styre. Noen deltakere har "
            "kanskje selv opplevd å bli holdt utenfor. Ingen skal måtte fortelle om det, men gi "
            "rom for dem som vil.</p>"
        ),
    ],
)

ORDERLY_PROCESSES = (
    "ryddige-prosesser",
    "Ryddige prosesser",
    "Innkalling, møteledelse, habilitet, valg og protokoll: slik fatter laget vedtak som tåler å "
    "bli sett i kortene, også av dem som tapte avstemningen.",
    15,
    [
        heading("Hvorfor form betyr noe"),
        text(
            "<p>Politikk handler om uenighet. I et bredt folkeparti er det rom for mange meninger, "
            "og det er bra. Men når debatten er over og avstemningen gjort, skal flertallets "
            "vedtak gjelde for alle. Det fungerer bare hvis alle stoler på at vedtaket ble til på "
            "riktig måte. Den som tapte en avstemning på et ryddig årsmøte, kan leve med det. Den "
            "som tapte fordi innkallingen kom for sent, eller fordi forslaget hennes aldri ble "
            "tatt opp, vil med god grunn føle seg overkjørt.</p>"
            "<p>Reglene står i vedtektene til laget eller kommunepartiet, og i partiets lover. Som "
            "leder bør du ha lest dem og ha dem med på møtene. Et vedtak som er fattet i strid med "
            "vedtektene, kan bli kjent ugyldig og måtte behandles på nytt.</p>"
        ),
        heading("Innkalling og sakspapirer"),
        text(
            "<p>Vedtektene sier hvor lang tid før møtet innkallingen skal sendes ut. Fristen er "
            "ofte lengre for årsmøtet enn for vanlige medlemsmøter. Den er ikke opp til lederen, "
            "og «alle visste jo om det» holder ikke. Sendes innkallingen for sent, kan vedtakene "
            "bli ugyldige.</p>"
            "<p>En god innkalling gjør det mulig for alle å forberede seg og delta på like vilkår. "
            "Den bør inneholde:</p>"
            "<ul><li>tid og sted, og om det er mulig å delta digitalt</li>"
            "<li>saksliste med sakene som skal behandles</li>"
            "<li>frist for å sende inn forslag, og hvem forslagene skal sendes til</li>"
            "<li>hvor sakspapirene finnes, eller når de kommer</li>"
            "<li>hvem som har stemmerett etter vedtektene</li></ul>"
            "<p>Innkallingen skal ikke si noe om hvordan enkeltpersoner kommer til å stemme. Den "
            "skal gi alle den samme informasjonen.</p>"
        ),
        heading("Et ryddig møte"),
        text(
            "<p>Et årsmøte starter med å konstituere seg. Møtet godkjenner innkallingen og "
            "sakslista og velger møteledere, referent, tellekorps og to som skal underskrive "
            "protokollen. Det kan virke formelt, men det er nettopp disse vedtakene som gjør at "
            "resten av møtet står seg.</p>"
            "<p>Under debatten har møtelederen ansvar for at alle som vil, får slippe til. Tar "
            "noen få ordet igjen og igjen, er kortere taletid og prioritet til dem som ikke har "
            "hatt ordet, vanlige og ryddige grep. Be om at forslag leveres skriftlig, og les dem "
            "opp før avstemningen. Forklar hva det stemmes over, og i hvilken rekkefølge, slik at "
            "ingen er i tvil om hva de sier ja eller nei til.</p>"
        ),
        heading("Habilitet", "h3"),
        text(
            "<p>Den som selv er part i en sak, eller har nær familie som er det, skal ikke være "
            "med på å behandle den. Det gjelder uansett hvor liten saken er. Søker kona til "
            "kassereren laget om penger til et arrangement, er kassereren inhabil. Den inhabile "
            "sier fra i god tid og går fra under hele behandlingen av saken, både debatten og "
            "avstemningen. Det føres i protokollen. Er det tvil, er det møtet som avgjør om noen "
            "er inhabil. I kommunestyret og andre folkevalgte organer er habilitet regulert i lov, "
            "men prinsippet er det samme.</p>"
        ),
        callout(
            "Si fra selv",
            "<p>Habilitet handler ikke om at noen er uærlige. Det handler om at andre skal kunne "
            "stole på vedtaket. Si fra før saken kommer opp hvis du kan være inhabil, heller én "
            "gang for mye enn én gang for lite.</p>",
            kind="important",
        ),
        heading("Valg og nominasjon"),
        text(
            "<p>Valgkomiteen skal arbeide åpent, snakke med mange og legge fram en begrunnet "
            "innstilling. Men valgkomiteen gir råd: Det er medlemmene som bestemmer. Derfor er det "
            "lov å fremme benkeforslag, altså å foreslå en annen kandidat fra salen, med mindre "
            "vedtektene sier noe annet. Møtelederen kan ikke avvise et forslag fordi komiteen har "
            "innstilt på en annen.</p>"
            "<p>Når det er flere kandidater til samme verv, skal valget være skriftlig hvis noen "
            "ber om det. Da kan alle stemme etter egen overbevisning uten at andre ser hva de "
            "stemmer. Tellekorpset teller stemmene, og resultatet leses opp og føres i "
            "protokollen. Når kommunepartiet nominerer listen til kommunestyrevalget, gjelder også "
            "valgloven. Spør fylkespartiet hvis du er usikker på reglene.</p>"
        ),
        scenario(
            "Benkeforslaget",
            "<p>På årsmøtet i Vågå Arbeiderparti legger valgkomiteen fram innstillingen sin: Håkon "
            "Ødegård som ny leder. Siv Bjørnstad reiser seg og foreslår Mette Løkken i stedet. "
            "Møtelederen svarer at komiteen har innstilt, og at møtet derfor bare skal stemme over "
            "Håkon. Flere i salen protesterer, og en av dem ber om skriftlig valg.</p>",
            [
                "Hva burde møtelederen ha gjort da benkeforslaget kom?",
                "Hvordan gjennomfører dere et skriftlig valg på en ryddig måte?",
                "Hva kan valgkomiteen gjøre for at det blir færre slike overraskelser neste gang?",
            ],
        ),
        heading("Protokollen"),
        text(
            "<p>Protokollen er lagets hukommelse og beviset på hva som ble bestemt. Den skal ikke "
            "gjengi alt som ble sagt, men vise hvilke saker som ble behandlet, hvilke forslag som "
            "kom, hva som ble vedtatt, og stemmetallene der det var avstemning. Det skal også stå "
            "hvem som var inhabile og gikk fra.</p>"
            "<p>Protokollen fra årsmøtet underskrives av de to som årsmøtet valgte til det, sammen "
            "med møtelederne. Gjør den tilgjengelig for medlemmene, og ta vare på den. Oppdager du "
            "i etterkant at et vedtak ble fattet på feil måte, skal du ikke skjule det. Ta det opp "
            "i styret, be fylkespartiet om råd, og behandle saken på nytt hvis det trengs. Et lag "
            "som retter opp sine egne feil, bygger tillit.</p>"
        ),
        reflection(
            "Hva gjør du hvis du oppdager at et vedtak i laget ble fattet på feil måte?",
            "Tenk på hvem du bør snakke med først, og hvordan du forklarer det for medlemmene.",
        ),
        notes(
            "<p>Ha vedtektene til lagene som deltar, tilgjengelig. La gruppene finne fristen for "
            "innkalling til årsmøtet i sine egne vedtekter, og sammenlign. Spill gjerne scenarioet "
            "om benkeforslaget som et lite årsmøte med møteleder, valgkomité og tellekorps. Quizen "
            "til modulen krever 80 prosent riktige svar, så gå gjennom habilitet, benkeforslag og "
            "protokoll før deltakerne tar den.</p>"
        ),
    ],
)
