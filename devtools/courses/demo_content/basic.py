"""The basic course's modules (grunnskolering)."""

from devtools.courses.demo_content import callout, heading, notes, quote, reflection, scenario, text

ORGANISATION = (
    "slik-er-partiet-organisert",
    "Slik er partiet organisert",
    "Fra lokallaget til landsmøtet: hvilke ledd partiet består av, hvem som bestemmer hva, og hvor "
    "du som medlem hører hjemme.",
    8,
    [
        heading("Partiet er bygd nedenfra"),
        text(
            "<p>Partiet er ikke først og fremst et kontor i Oslo. Partiet er medlemmene, spredt "
            "over hele landet, fra bydelslaget på Grünerløkka til kommunepartiet i Kárášjohka. "
            "Organisasjonen er bygd slik at makten går nedenfra og opp: Medlemmene velger styrene "
            "og sender delegater til årsmøtene, og årsmøtene velger delegater videre. Hvert ledd "
            "har sine egne oppgaver, men alle henger sammen.</p>"
            "<p>Når du melder deg inn, blir du som hovedregel medlem av kommunepartiet der du bor. "
            "Bor du i en stor kommune, hører du i tillegg gjerne til et lokallag i bydelen din. I "
            "mange mindre kommuner er lokallaget og kommunepartiet det samme.</p>"
        ),
        heading("Lokallaget", "h3"),
        text(
            "<p>Lokallaget er stedet der de fleste møter partiet for første gang. Her holdes "
            "medlemsmøter, her planlegges stands og dørbanking, og her blir du kjent med folk som "
            "bor i nærheten av deg. Noen lag er bygd rundt en arbeidsplass eller en livssituasjon, "
            "for eksempel studentlag. Lokallaget har et eget styre som medlemmene velger på "
            "årsmøtet.</p>"
        ),
        heading("Kommunepartiet", "h3"),
        text(
            "<p>Kommunepartiet samler alle medlemmene i kommunen. Det har ansvaret for politikken "
            "i kommunestyret, eller bystyret i byene, og for valgkampen lokalt. Kommunepartiet "
            "vedtar valgprogrammet for kommunevalget og nominerer kandidatene til "
            "kommunestyrelista. I store kommuner sender lokallagene delegater til kommunepartiets "
            "årsmøte. I små kommuner kan alle medlemmene møte selv.</p>"
        ),
        heading("Fylkespartiet", "h3"),
        text(
            "<p>Fylkespartiet samler kommunepartiene i fylket. Det har ansvaret for politikken i "
            "fylkestinget, for eksempel videregående skole, fylkesveier og kollektivtrafikk. "
            "Fylkespartiet nominerer kandidatene både til fylkestingsvalget og til "
            "stortingsvalget. Som regel har fylkespartiet en fylkessekretær eller andre ansatte "
            "som hjelper kommunepartiene med skolering, medlemsarbeid og valgkamp.</p>"
        ),
        heading("Landsmøtet og den nasjonale ledelsen", "h3"),
        text(
            "<p>Landsmøtet er partiets øverste organ. Det samles annethvert år med delegater fra "
            "hele landet, vedtar partiprogrammet og vedtektene og velger partiledelsen. Mellom "
            "landsmøtene er landsstyret partiets høyeste organ, med representanter fra alle "
            "fylkespartiene. Sentralstyret leder det daglige politiske og organisatoriske "
            "arbeidet.</p>"
        ),
        callout(
            "Kommunepartiet er navet",
            "<p>Det er i kommunepartiet politikken blir mest konkret: hvilken skole som skal "
            "pusses opp, om bussen skal gå oftere, og hvem som står øverst på lista ved "
            "kommunevalget. Derfor regnes kommunepartiet som det viktigste leddet i "
            "organisasjonen, og det er her det meste av medlemsaktiviteten foregår.</p>",
        ),
        heading("To spor: organisasjonen og de folkevalgte"),
        text(
            "<p>Det er lett å blande sammen partiet som organisasjon og de folkevalgte som "
            "representerer partiet. De henger tett sammen, men har ulike roller.</p>"
            "<ul><li><b>Partiorganisasjonen</b> er medlemmene, lagene og styrene. Den vedtar "
            "program, nominerer kandidater og driver valgkamp.</li>"
            "<li><b>Gruppene av folkevalgte</b> i kommunestyret, fylkestinget og på Stortinget "
            "skal gjennomføre programmet. De tar stilling i de enkelte sakene selv, men står "
            "ansvarlig overfor partiet som nominerte dem.</li></ul>"
            "<p>Et eksempel: Kommunepartiet i Kárášjohka har skrevet i programmet sitt at kommunen "
            "skal skaffe flere barnehagelærere som snakker samisk. Når budsjettet behandles i "
            "kommunestyret, er det gruppa som må finne pengene og forhandle med de andre partiene. "
            "Medlemmene kan følge opp ved å invitere gruppelederen til et medlemsmøte og spørre "
            "hvordan det går.</p>"
        ),
        heading("Hvem bestemmer hva?"),
        text(
            "<p>Hvert ledd har organer med ulike oppgaver. Dette er de du oftest kommer til å "
            "møte:</p>"
            "<ul><li><b>Medlemsmøtet</b> er der medlemmene diskuterer politikk, vedtar uttalelser "
            "og sender forslag videre. Alle medlemmer i laget kan møte, ta ordet og stemme.</li>"
            "<li><b>Årsmøtet</b> holdes én gang i året. Det behandler årsmelding og regnskap, "
            "vedtar arbeidsplan og velger styre. I lokallaget, kommunepartiet og fylkespartiet er "
            "årsmøtet det høyeste organet.</li>"
            "<li><b>Styret</b> leder arbeidet mellom årsmøtene. Det har ansvar for økonomi, "
            "aktiviteter, oppfølging av medlemmene og for å kalle inn til møter i tide.</li>"
            "<li><b>Representantskapet</b> finnes i en del større kommunepartier. Det består av "
            "valgte representanter fra lagene og tar viktige beslutninger mellom årsmøtene.</li>"
            "<li><b>Valgkomiteen</b> foreslår hvem som skal sitte i styret. "
            "<b>Nominasjonskomiteen</b> setter opp forslag til liste før kommune-, fylkestings- "
            "eller stortingsvalg.</li></ul>"
            "<p>Tommelfingerregelen er enkel: Saker som gjelder kommunen, hører hjemme i "
            "kommunepartiet. Saker som gjelder fylket, hører hjemme i fylkespartiet. Saker som "
            "gjelder hele landet, ender til slutt på landsmøtet, men de starter ofte i et "
            "lokallag.</p>"
        ),
        heading("Fellesskapet rundt partiet"),
        text(
            "<p>Partiet står ikke alene. AUF er ungdomsorganisasjonen, og mange av dagens "
            "tillitsvalgte begynte der. Det faglig-politiske samarbeidet med LO og fagforbundene "
            "gir partiet kontakt med arbeidsplasser over hele landet, og mange kommunepartier har "
            "en egen kontaktperson for det faglige arbeidet. Partiet har også et samepolitisk råd "
            "og et kvinnenettverk, som arbeider på tvers av de vanlige leddene.</p>"
            "<p>For deg som medlem betyr det at det finnes flere dører inn. Du kan engasjere deg i "
            "laget der du bor, i det faglige arbeidet på jobben eller i et nettverk som er opptatt "
            "av de sakene du brenner for.</p>"
        ),
        scenario(
            "Hvor hører saken hjemme?",
            "<p>Tre medlemmer kommer til et medlemsmøte i Alta med hver sin sak. Máret vil at "
            "bussen mellom Alta og Guovdageaidnu skal gå oftere, slik at ungdom kan bo hjemme og "
            "pendle til videregående skole. Bjørn er lei av at gatelysene i boligfeltet hans har "
            "vært slukket i flere måneder. Sølvi mener at alle som jobber ufrivillig deltid, skal "
            "ha rett til full stilling.</p>",
            [
                "Hvilket ledd i partiet – kommunepartiet, fylkespartiet eller landsmøtet – har "
                "ansvaret for hver av sakene?",
                "Hvordan kan lokallaget hjelpe Máret med en sak som avgjøres et annet sted enn i "
                "kommunen?",
                "Hvem i partiet ville du kontaktet først for å få fart på saken til Bjørn?",
            ],
        ),
        reflection(
            "Hvilket lokallag og kommuneparti tilhører du, og hvem leder dem? Hvem er gruppeleder "
            "for partiet i kommunestyret der du bor?",
            "Skriv ned navnene du kjenner. Mangler du noen, finner du dem som regel på nettsidene "
            "til kommunepartiet, eller du kan spørre på neste møte.",
        ),
        notes(
            "<p>Tegn organisasjonen på en tavle eller et flippoverark sammen med deltakerne. Start "
            "nederst med deres eget lag, og la dem fylle inn navnene på lederne, gruppelederen i "
            "kommunestyret og fylkessekretæren. Del så deltakerne i grupper på tre og la hver "
            "gruppe plassere de tre sakene fra scenarioet og forklare hvorfor.</p>"
            "<p>Avslutt med å fortelle når neste årsmøte og neste nominasjon er lokalt. Ta gjerne "
            "med vedtektene for kommunepartiet og en oversikt over styret, slik at deltakerne ser "
            "hvem de kan kontakte.</p>"
        ),
    ],
)

RIGHTS = (
    "rettigheter-og-plikter",
    "Dine rettigheter og plikter som medlem",
    "Hva medlemskapet gir deg av rettigheter, hva partiet forventer av deg, og hvordan du er uenig "
    "og sier fra på en god måte.",
    8,
    [
        heading("Medlemskapet gir deg rettigheter"),
        text(
            "<p>Når du melder deg inn og betaler kontingent, blir du en del av medlemsdemokratiet. "
            "Du har de samme grunnleggende rettighetene som alle andre medlemmer, enten du har "
            "vært med i førti år eller i fire dager. Vedtektene kan likevel sette noen vilkår, for "
            "eksempel at du må ha vært medlem en viss tid før du kan stemme ved en nominasjon.</p>"
        ),
        heading("Å være med og bestemme", "h3"),
        text(
            "<ul><li>Du har møterett, talerett, forslagsrett og stemmerett på medlemsmøtene og "
            "årsmøtet i laget ditt.</li>"
            "<li>Du kan stille til valg til styret og andre verv, og du kan foreslå andre "
            "kandidater.</li>"
            "<li>Du kan gi innspill til valgkomiteen og nominasjonskomiteen, og du er med på å "
            "bestemme hvem som skal stå på lista ved valg.</li>"
            "<li>Du kan sende forslag til medlemsmøtet. Du trenger ikke spørre styret om lov "
            "først.</li></ul>"
        ),
        heading("Å få vite hva som skjer", "h3"),
        text(
            "<p>Du har rett til å bli kalt inn til møtene i god tid, med sakliste og sakspapirer, "
            "slik at du kan forberede deg. Du har rett til å lese protokollen fra møtene i laget "
            "ditt, og til å få vite hvordan pengene brukes gjennom årsmeldingen og regnskapet som "
            "legges fram på årsmøtet.</p>"
        ),
        heading("Å bli behandlet ordentlig", "h3"),
        text(
            "<p>Du har rett til å bli møtt med respekt. Ingen skal oppleve trakassering, hets "
            "eller diskriminering i partiet, verken på møter, i valgkampen eller i sosiale medier. "
            "Opplever du eller ser du noe som ikke er greit, kan du si fra. Den som sier fra, skal "
            "ikke straffes for det eller bli holdt utenfor.</p>"
        ),
        callout(
            "Medlemskapet ditt er en sensitiv opplysning",
            "<p>At du er medlem av et politisk parti, sier noe om hva du mener. Etter "
            "personvernreglene er det en særlig beskyttet opplysning. Derfor får bare de som "
            "trenger medlemslistene i vervet sitt, se dem, for eksempel medlemsansvarlig i laget "
            "ditt. Du får ikke se medlemslistene til andre lag, og ingen skal fortelle andre at du "
            "er medlem uten at du selv har valgt å være åpen om det.</p>",
            kind="important",
        ),
        heading("Det partiet forventer av deg"),
        text(
            "<p>Medlemskapet er frivillig, og ingen forventer at du skal bruke alle kveldene dine "
            "på partiet. Men et fellesskap fungerer bare når alle tar litt ansvar. Dette er "
            "pliktene som følger med:</p>"
            "<ul><li><b>Betal kontingenten.</b> Den finansierer lokalt arbeid, valgkamp og "
            "skolering, og betalt kontingent er det som gir deg fulle rettigheter som medlem.</li>"
            "<li><b>Følg vedtektene og de etiske retningslinjene.</b> De gjelder alle medlemmer, "
            "ikke bare dem som har verv.</li>"
            "<li><b>Behandle andre med respekt.</b> Vær hard på saken, men ikke på personen, også "
            "når debatten blir het.</li>"
            "<li><b>Respekter flertallsvedtak.</b> Et vedtak som er fattet på en ryddig måte, "
            "gjelder også når du stemte imot.</li>"
            "<li><b>Ta vare på det du får vite.</b> Opplysninger om andre medlemmer og det som "
            "blir sagt i lukkede møter, skal ikke deles videre.</li></ul>"
            "<p>Har du tatt på deg et verv, følger det litt mer med: å møte forberedt, å gjøre det "
            "du har lovet, og å si fra i tide hvis du ikke rekker det.</p>"
        ),
        heading("Når du er uenig"),
        text(
            "<p>I et bredt folkeparti kommer du før eller siden til å være uenig i et vedtak. Det "
            "er sunt. Partiet trenger folk som stiller spørsmål, og mange av dagens standpunkter "
            "startet som et mindretalls syn. Spørsmålet er hvordan du er uenig.</p>"
            "<p>Det er forskjell på å mene noe annet og å motarbeide et vedtak. Du kan si hva du "
            "mener, stemme imot, få dissensen din ført i protokollen og ta saken opp igjen på et "
            "senere møte med nye argumenter. Det du ikke bør gjøre, er å sabotere arbeidet med å "
            "gjennomføre vedtaket, eller å gå ut offentlig mot partifellene dine før saken er "
            "drøftet internt.</p>"
        ),
        quote(
            "Det er lov å være uenig. Det er ikke lov å slutte å snakke sammen.",
            "Erfaren lokallagsleder",
        ),
        scenario(
            "Uenig i vedtaket",
            "<p>Årsmøtet i kommunepartiet på Lillehammer har med knapt flertall vedtatt en "
            "uttalelse som støtter nedleggelse av en grendeskole. Ingrid Løvås bor i grenda og "
            "er sterkt uenig. Dagen etter ringer lokalavisa og spør om hun vil kommentere "
            "vedtaket, og en venn foreslår at hun skriver et leserinnlegg der hun tar avstand fra "
            "partiet.</p>",
            [
                "Hva er forskjellen på å mene noe annet og å motarbeide et vedtak, og hvor går "
                "grensen her?",
                "Hvilke kanaler i partiet har Ingrid for å få saken opp igjen?",
                "Hva kan styret gjøre for at de som tapte avstemningen, fortsatt føler seg hjemme "
                "i laget?",
            ],
        ),
        heading("Når noe ikke er som det skal"),
        text(
            "<p>Rettighetene dine gjelder også når det skjer noe som gjør deg utrygg. Blir du "
            "trakassert, ser du at andre blir det, eller opplever du at noen misbruker makt, kan "
            "du ta det opp med lederen i laget ditt eller med en annen tillitsvalgt du stoler på. "
            "Du kan også gå direkte til partiets varslingsordning. Du trenger ikke ha bevis eller "
            "være sikker på at det er «alvorlig nok». Det er de som tar imot saken, som skal "
            "vurdere den.</p>"
            "<p>Alle medlemmer har et ansvar her. Ser du at noen blir behandlet dårlig, skal du "
            "prøve å stoppe det og si fra. Kurset om partikultur går grundigere inn på hvordan du "
            "gjør det.</p>"
        ),
        reflection(
            "Hvilken av rettighetene dine har du lyst til å bruke det neste året, og hva trenger "
            "du for å gjøre det?",
            "Tenk konkret: et forslag du vil fremme, et verv du kunne tenke deg, eller et møte du "
            "vil være med på. Skriv også hvem som kan hjelpe deg.",
        ),
        notes(
            "<p>Start med å spørre deltakerne hvilke rettigheter de tror de har, og skriv dem opp "
            "før dere går gjennom teksten. Mange blir overrasket over at de kan fremme forslag "
            "uten å gå via styret.</p>"
            "<p>Scenarioet fungerer godt som rollespill: én spiller Ingrid, én vennen og én "
            "lederen i kommunepartiet. Legg vekt på at det ikke finnes ett riktig svar, men at det "
            "finnes gode og dårlige måter å være uenig på. Ha vedtektene og de etiske "
            "retningslinjene tilgjengelige, og fortell hvor partiets varslingsordning finnes.</p>"
        ),
    ],
)

INFLUENCE = (
    "fra-sak-til-vedtak",
    "Fra sak til vedtak",
    "Hvordan du gjør en idé til et skriftlig forslag, får laget med deg og følger saken videre til "
    "kommunestyret, fylkespartiet eller partiprogrammet.",
    15,
    [
        heading("Slik blir en sak til politikk"),
        text(
            "<p>Mange av partiets beste forslag har startet med at noen sa: «Dette burde vi gjøre "
            "noe med.» Et medlem ser et problem i hverdagen, på jobben, i nabolaget eller på "
            "skolen til barna. Laget drøfter det, og et forslag blir sendt videre. Derfra kan det "
            "bli en sak i kommunestyret, en uttalelse fra fylkespartiet eller en del av "
            "partiprogrammet.</p>"
            "<p>Veien ser ofte slik ut:</p>"
            "<ol><li><b>Idé:</b> Du eller noen andre tar opp et problem.</li>"
            "<li><b>Forslag:</b> Du skriver det ned og melder det til medlemsmøtet i laget "
            "ditt.</li>"
            "<li><b>Vedtak i laget:</b> Medlemsmøtet drøfter forslaget og stemmer over det.</li>"
            "<li><b>Oversending:</b> Laget sender forslaget videre til det organet som kan gjøre "
            "noe med det, for eksempel bystyregruppa, årsmøtet i kommunepartiet eller "
            "fylkespartiet.</li>"
            "<li><b>Program eller vedtak:</b> Forslaget blir en del av et valgprogram, en "
            "uttalelse eller et forslag i kommunestyret.</li></ol>"
            "<p>Øverst i kjeden står landsmøtet. Det samles annethvert år og vedtar "
            "partiprogrammet, vedtektene og hvem som skal lede partiet. Landsmøtet får forslag fra "
            "fylkespartiene, og mange av dem startet i et lokallag.</p>"
        ),
        callout(
            "Oversende, utsette eller trekke?",
            "<p>Når et forslag sendes videre fra laget til et høyere organ, heter det at forslaget "
            "<b>oversendes</b>. Organet som får det, for eksempel årsmøtet i kommunepartiet, skal "
            "behandle det. Noen ganger vedtar et møte å oversende et forslag uten selv å ta "
            "stilling til innholdet. Da er det organet som mottar forslaget, som avgjør saken.</p>"
            "<p>Å <b>utsette</b> et forslag betyr at møtet venter med å ta stilling, for eksempel "
            "til neste møte. Å <b>trekke</b> et forslag betyr at den som fremmet det, tar det "
            "tilbake.</p>",
        ),
        heading("Du kan fremme forslag selv"),
        text(
            "<p>Alle medlemmer kan sende forslag til medlemsmøtet i laget sitt. Du trenger ikke gå "
            "via styret eller få noen til å godkjenne forslaget først. Styret kan gi deg råd, "
            "hjelpe deg med formuleringene og foreslå når saken passer best på sakslista, men det "
            "kan ikke stoppe et forslag som er sendt inn i tide.</p>"
            "<p>Fristene står i vedtektene. Der står det blant annet hvor lenge før årsmøtet "
            "forslag må være sendt inn, og innkallingen til årsmøtet skal fortelle deg når fristen "
            "går ut. Til vanlige medlemsmøter er det ofte enklere: Send forslaget til lederen noen "
            "dager før, så kan det settes på sakslista.</p>"
        ),
        heading("Skriv et godt forslag", "h3"),
        text(
            "<ol><li>Beskriv problemet kort og konkret. Hva er galt, og hvem merker det?</li>"
            "<li>Si tydelig hva du vil at partiet skal gjøre. Et forslag som begynner med "
            "«Medlemsmøtet ber bystyregruppa om å …», er lettere å stemme over enn en lang "
            "beskrivelse.</li>"
            "<li>Forklar hvorfor det er viktig nå, og hva det kan koste.</li>"
            "<li>Send det skriftlig til styret eller møtelederen i god tid før møtet.</li></ol>"
        ),
        callout(
            "Eksempel på et forslag",
            "<p><b>Til medlemsmøtet i Kárášjohka Arbeiderparti. Forslagsstiller: Ánde</b></p>"
            "<p>Langs den siste kilometeren av veien til skolen er det verken fortau eller "
            "gatelys. Om vinteren går barna i veibanen i mørket. Medlemsmøtet ber "
            "kommunestyregruppa om å fremme forslag om fortau og belysning på strekningen i neste "
            "budsjett, og om å ta kontakt med fylkeskommunen dersom veien er en fylkesvei.</p>",
        ),
        heading("Få laget med deg"),
        text(
            "<p>Et forslag står sterkere når laget står bak det. Du kan selvsagt sende en e-post "
            "rett til ordføreren, og noen ganger er det lurt. Men da står du alene. Når "
            "medlemsmøtet har vedtatt forslaget, har du et helt lag i ryggen, og de folkevalgte "
            "vet at saken er forankret blant medlemmene.</p>"
            "<p>Slik øker du sjansen for at forslaget blir vedtatt:</p>"
            "<ul><li>Snakk med noen før møtet. Finn to eller tre andre som er enige og kan si noen "
            "ord.</li>"
            "<li>Sjekk om noen i laget kjenner saken fra før, for eksempel en lærer, en sykepleier "
            "eller en tillitsvalgt i fagforeningen.</li>"
            "<li>Presenter forslaget kort på møtet, og lytt til innvendingene. Kanskje blir "
            "forslaget bedre av en endring.</li>"
            "<li>Ikke vent på valgkampen. Saker kan reises hele året, og det er ofte lettere å få "
            "gjennomslag før programmet skal skrives enn midt i innspurten.</li></ul>"
            "<p>Husk hvilke rettigheter du bruker underveis: Du kan fremme forslag til "
            "medlemsmøtene, stemme der og stille til valg i laget. Det du ikke kan, er å få tak i "
            "medlemslistene til andre lag for å samle støtte. Medlemslister er personopplysninger "
            "som bare de som trenger dem i vervet sitt, får se.</p>"
        ),
        scenario(
            "Forslaget som ble utsatt",
            "<p>Håkon Sæther i Bodø har skrevet et forslag om at frivillige lag skal få låne "
            "gymsalene på skolene gratis om kvelden. På medlemsmøtet er flere positive, men "
            "lederen mener saken trenger mer kunnskap om hva det koster, og møtet vedtar å utsette "
            "den til neste møte. Håkon er skuffet og vurderer å gi opp.</p>",
            [
                "Hva kan Håkon gjøre før neste møte for å gjøre forslaget sterkere?",
                "Hvem utenfor laget kunne han snakket med for å få vite mer om saken?",
                "Hva er forskjellen på å utsette, å oversende og å trekke et forslag, og hva ville "
                "du gjort i Håkons sted?",
            ],
        ),
        heading("Etter vedtaket: følg saken videre"),
        text(
            "<p>Når laget har vedtatt forslaget, er jobben ikke ferdig. Spør styret hvem som "
            "sender det videre, og hvem som skal ha det. Er det en sak for kommunestyret, kan du "
            "be om at gruppelederen kommer på et medlemsmøte og forteller hva gruppa har gjort. Er "
            "det en programsak, kan du følge med når programkomiteen legger fram utkastet sitt, og "
            "sende endringsforslag hvis saken din har falt ut.</p>"
            "<p>Ikke alle forslag blir vedtatt, og mange blir endret på veien. Det betyr ikke at "
            "arbeidet var bortkastet. Ofte kommer en sak tilbake i en annen form et år eller to "
            "senere, fordi noen tok den opp første gang.</p>"
        ),
        callout(
            "Frister",
            "<p>Programarbeidet og årsmøtene har faste frister, og de står i vedtektene. "
            "Innkallingen skal alltid si når fristen for forslag går ut. Spør styret i laget ditt "
            "når neste programrunde starter, så rekker du å få forslaget ditt behandlet.</p>",
            kind="important",
        ),
        reflection(
            "Hvilken sak i nærmiljøet ditt skulle du ønske at partiet tok tak i?",
            "Skriv to eller tre setninger: hva problemet er, hvem som merker det, og hva du vil at "
            "partiet skal gjøre. Da har du starten på et forslag.",
        ),
        notes(
            "<p>La deltakerne skrive et forslag i par på ti minutter, med punktene fra «Skriv et "
            "godt forslag». Behandle ett eller to av dem som på et ekte medlemsmøte: møteleder, "
            "innledning, debatt, endringsforslag og votering. Vis i praksis hva det betyr å "
            "oversende, utsette og trekke et forslag.</p>"
            "<p>Ta quizen til slutt, gjerne i plenum, og bruk spørsmålene som utgangspunkt for "
            "samtale. Ha vedtektene for kommunepartiet tilgjengelige, slik at deltakerne selv kan "
            "finne fristene for forslag til årsmøtet.</p>"
        ),
    ],
)

GOOD_START = (
    "et-godt-lokallag",
    "Et godt lokallag starter med deg",
    "Hvordan du kommer i gang som nytt medlem, finner en rolle som passer livet ditt, og hjelper "
    "neste nye medlem til å føle seg velkommen.",
    8,
    [
        heading("De første ukene som medlem"),
        text(
            "<p>De fleste som melder seg inn, har lyst til å bidra, men vet ikke helt hvordan. Det "
            "er helt vanlig. Partiet er stort, mange ord er nye, og det kan være vanskelig å vite "
            "hvor man skal begynne.</p>"
            "<p>Derfor skal laget ditt ta kontakt med deg de første ukene. Noen ringer eller "
            "sender en melding, ønsker deg velkommen og forteller hva som skjer framover: neste "
            "medlemsmøte, en stand på torget eller et kurs for nye medlemmer. Partiet kaller dette "
            "arbeidet «Den fine starten». Målet er at ingen nye medlemmer skal bli stående "
            "alene.</p>"
            "<p>Har du ikke hørt noe etter en måned, er det lov å ta kontakt selv. "
            "Kontaktinformasjonen til kommunepartiet finner du som regel på nettsidene deres, "
            "eller du kan spørre fylkespartiet. Du forstyrrer ikke. De fleste styrer blir glade "
            "når et medlem melder seg.</p>"
        ),
        callout(
            "Ord du kommer til å høre",
            "<ul><li><b>Lokallag:</b> laget i bydelen eller på stedet der du bor.</li>"
            "<li><b>Kommuneparti:</b> alle medlemmene i kommunen.</li>"
            "<li><b>Årsmøte:</b> det årlige møtet der styret velges og arbeidsplanen vedtas.</li>"
            "<li><b>Nominasjon:</b> når partiet bestemmer hvem som skal stå på valglista.</li>"
            "<li><b>Gruppa:</b> partiets folkevalgte i kommunestyret eller fylkestinget.</li></ul>",
        ),
        heading("Finn en rolle som passer livet ditt"),
        text(
            "<p>Du trenger ikke ha et verv for å være viktig. Et lag lever av at mange gjør litt, "
            "ikke av at noen få gjør alt. Her er noen måter å bidra på:</p>"
            "<ul><li>Kom på et medlemsmøte og si hva du er opptatt av.</li>"
            "<li>Stå på stand eller bli med på dørbanking i valgkampen. Du går alltid sammen med "
            "noen som har gjort det før.</li>"
            "<li>Del partiets saker i sosiale medier, eller skriv et leserinnlegg om noe du kan "
            "mye om.</li>"
            "<li>Hjelp til med det praktiske: kaffe, lokaler, plakater eller skyss for dem som "
            "ikke kjører selv.</li>"
            "<li>Bruk kunnskapen fra jobben din. En barnehagelærer, en snekker eller en sykepleier "
            "vet ting politikerne trenger å høre.</li></ul>"
            "<p>Livet ditt avgjør hvor mye tid du har. Småbarnsforeldre, folk som jobber skift, og "
            "studenter i eksamenstida har ikke alltid kveldene ledige. Da er det helt greit å "
            "bidra litt i perioder eller å delta digitalt. Trenger du tilrettelegging, for "
            "eksempel et lokale uten trapper, teksting på digitale møter eller tolk, så si fra til "
            "styret. Det er lagets ansvar å gjøre det mulig for deg å være med.</p>"
        ),
        heading("Slik tar vi imot hverandre"),
        text(
            "<p>Et godt lokallag kjennes på hvordan det tar imot nye. Partiet vil at "
            "organisasjonen skal være raus, respektfull og profesjonell. Det betyr at det er rom "
            "for ulike meninger, at alle blir møtt med respekt, og at møter og prosesser er "
            "ryddige og forutsigbare. Det merkes i det små:</p>"
            "<ul><li>Noen hilser på deg i døra og presenterer deg for et par andre.</li>"
            "<li>Møtelederen forklarer forkortelser og saker som har en lang forhistorie.</li>"
            "<li>Du får spørsmål om hva du er opptatt av, og ikke bare om du kan ta et verv.</li>"
            "<li>Noen tar kontakt etter møtet og spør hvordan du opplevde det.</li></ul>"
        ),
        scenario(
            "Første møte",
            "<p>Amir Haddad har vært medlem i tre uker og kommer på sitt første medlemsmøte i "
            "lokallaget på Tøyen. Han kommer litt tidlig. Folk står i små grupper og prater, og "
            "ingen sier hei. Møtet handler mest om en reguleringsplan han ikke har hørt om, og "
            "alle ser ut til å kjenne forhistorien. Da møtet er over, går Amir rett hjem.</p>",
            [
                "Hva kunne laget gjort før, under og etter møtet for at Amir skulle føle seg "
                "velkommen?",
                "Hva tror du skal til for at Amir kommer tilbake neste gang?",
                "Hva kan du selv gjøre neste gang du ser et nytt ansikt på et møte?",
            ],
        ),
        heading("Hjelp neste nye medlem inn"),
        text(
            "<p>Du har nylig vært ny selv, og det gjør deg verdifull. Du husker hva som var "
            "forvirrende, og hva som fikk deg til å føle deg velkommen. Fortell styret om det. "
            "Mange lag har en fadderordning, der et erfarent medlem følger opp et nytt de første "
            "månedene. Når du har vært med en stund, kan du bli fadder selv.</p>"
            "<p>Du kan også hjelpe laget til å vokse. De fleste som melder seg inn, gjør det fordi "
            "noen spurte dem. Ta med en venn, en kollega eller en nabo på et åpent møte. Ta ekstra "
            "godt imot dem som kommer fra AUF, og dem som nettopp har flyttet til kommunen. Máret "
            "flyttet fra Guovdageaidnu til Tromsø for å studere. Etter det første året i laget sa "
            "hun det slik:</p>"
        ),
        quote(
            "Jeg ble ikke værende på grunn av politikken alene. Jeg ble værende fordi noen husket "
            "navnet mitt og spurte hva jeg brant for.",
            "Máret, medlem i Tromsø",
        ),
        callout(
            "Det er lov å si nei",
            "<p>Du kommer til å bli spurt om å ta på deg oppgaver. Det er et godt tegn. Men det er "
            "lov å si nei, å si «ikke nå» eller å ta en pause. Et lag som tar vare på medlemmene "
            "sine, vil heller ha deg med i mange år enn sliten etter ett.</p>",
        ),
        reflection(
            "Hva skal til for at du kommer tilbake etter et første møte, og hva kan du gjøre for "
            "at den neste nye skal ønske det samme?",
            "Tenk på en gang du var ny et sted, på jobb, i et idrettslag eller i et kor. Hva "
            "gjorde at du følte deg velkommen?",
        ),
        notes(
            "<p>Bruk gjerne denne modulen på et møte for nye medlemmer de første ukene etter "
            "innmelding. Start med en runde der alle sier navnet sitt og hvorfor de meldte seg "
            "inn. Gjennomfør scenarioet i små grupper, og samle forslagene til hva laget kan gjøre "
            "bedre.</p>"
            "<p>Avslutt med at hver deltaker får et konkret tilbud: et møte, en aktivitet eller en "
            "fadder. Styret bør skrive ned forslagene fra gruppene og bruke dem i lagets plan for "
            "oppfølging av nye medlemmer.</p>"
        ),
    ],
)
