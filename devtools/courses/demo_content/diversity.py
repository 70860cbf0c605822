"""The diversity course's own modules (mangfoldskompetanse)."""

from devtools.courses.demo_content import callout, heading, notes, quote, reflection, scenario, text

WHO_IS_MISSING = (
    "hvem-mangler",
    "Hvem er vi, og hvem mangler?",
    "Slik ser du hvem laget speiler og hvem som mangler, og hva som skal til for at nye folk får "
    "reell innflytelse og ikke bare blir med på bildet.",
    8,
    [
        heading("Et folkeparti skal ligne folket"),
        text(
            "<p>Arbeiderpartiet vil være et bredt folkeparti. Det betyr ikke bare at vi skal ha "
            "mange medlemmer, men at medlemmene, de tillitsvalgte og de folkevalgte til sammen "
            "skal ligne folkene vi vil representere. Om styret i lokallaget består av fem "
            "pensjonerte lærere fra samme bygd, er det ikke noe galt med noen av dem. Men laget "
            "går lett glipp av det som opptar småbarnsforeldrene i nabobygda, de unge lærlingene "
            "eller dem som kom til Norge som voksne og nå jobber i hjemmetjenesten.</p>"
            "<p>Representasjon er viktig av tre grunner. Politikken blir bedre når flere "
            "erfaringer er med i rommet. Flere velgere kjenner seg igjen i partiet og får tillit "
            "til det. Og ingen grupper blir stående utenfor demokratiet over tid fordi ingen "
            "spurte dem.</p>"
        ),
        heading("Lag et bilde av laget"),
        text(
            "<p>Det første steget er å se nøkternt på hvem som er med. Sammenlign medlemmene, "
            "styret og lista med befolkningen i kommunen. Statistisk sentralbyrå (SSB) publiserer "
            "tall for hver kommune, blant annet om alder, kjønn, utdanning og landbakgrunn, og "
            "kommunen har ofte egne tall for bydeler og grender. Du trenger ikke eksakte "
            "prosenter. Det holder å se de store mønstrene.</p>"
            "<p>Still noen enkle spørsmål i styret:</p>"
            "<ul><li>Hvor gamle er de som møter, og hvor gamle er de som sitter i styret?</li>"
            "<li>Hvilke yrker er med? Er det noen fra helse, bygg, handel, industri eller "
            "transport, eller jobber de fleste på kontor i det offentlige?</li>"
            "<li>Hvor i kommunen bor de aktive? Er noen bydeler, grender eller øyer helt uten "
            "medlemmer?</li>"
            "<li>Er kvinner og menn like aktive, og får de like tunge verv?</li>"
            "<li>Er folk med minoritetsbakgrunn, med samisk bakgrunn eller med "
            "funksjonsnedsettelser med blant de aktive, og ikke bare i medlemsregisteret?</li>"
            "</ul>"
        ),
        heading("Mangfold er mer enn etnisitet", "h3"),
        text(
            "<p>Når folk hører ordet mangfold, tenker mange først på landbakgrunn. Det er viktig, "
            "men mangfold handler også om alder, kjønn, funksjonsevne, yrke, utdanning, bosted, "
            "økonomi, seksuell orientering, religion og livssyn. Hver person har mange av disse "
            "sidene samtidig. Ahmed kan være sveiser, småbarnsfar og bo i den bydelen laget "
            "aldri har stand i. Máret kan være ung, jobbe i reindrifta og snakke sørsamisk. Ser "
            "du bare på én side, går du glipp av resten.</p>"
        ),
        callout(
            "Snakk om mønstre, ikke om enkeltpersoner",
            "<p>Ikke lag lister over hvilken bakgrunn, helse eller tro enkeltmedlemmer har. "
            "Partimedlemskap er i seg selv en sensitiv opplysning, og opplysninger om etnisitet, "
            "helse og religion er særlig beskyttet etter personvernreglene. Bruk offentlige tall "
            "for kommunen og en grov, anonym oversikt over laget, og snakk om det dere ser.</p>",
            kind="important",
        ),
        heading("Med på bildet, eller med på å bestemme?"),
        text(
            "<p>Det er ikke nok at folk står i medlemsregisteret. Spørsmålet er om de får reell "
            "innflytelse: verv, ordet på møtene, plass i arbeidsgrupper og en plass på lista der "
            "de kan bli valgt. Mange med minoritetsbakgrunn forteller at de blir spurt om å stå "
            "på valgkampbildet, men sjelden om å lede et utvalg. Unge forteller om det samme: De "
            "er velkomne til å dele ut roser på torget, men ikke til å skrive budsjettforslaget."
            "</p>"
            "<p>Her er noen tegn på at folk er med på bildet, men ikke med på å bestemme:</p>"
            "<ul><li>De samme få personene snakker på hvert møte, mens andre aldri tar ordet."
            "</li>"
            "<li>Nye medlemmer får de praktiske oppgavene, mens de erfarne beholder de "
            "politiske.</li>"
            "<li>Viktige avgjørelser tas i uformelle samtaler før møtet, der bare noen er med."
            "</li>"
            "<li>Valgkomiteen spør folk den kjenner fra før, og lista ligner den forrige.</li>"
            "</ul>"
        ),
        heading("Hvorfor folk blir borte", "h3"),
        text(
            "<p>Ofte er det ikke motvilje som holder folk ute, men små hindringer som til sammen "
            "blir store. Møter klokka 18 på en hverdag passer dårlig for en alenemor eller en som "
            "går i turnus. Et møtelokale i andre etasje uten heis stenger ute den som bruker "
            "rullestol. Forkortelser og uskrevne regler gjør at nye ikke tør spørre. Og den som "
            "aldri blir spurt direkte, tror ofte at hun ikke er ønsket.</p>"
        ),
        scenario(
            "Bare med på bildet",
            "<p>Lokallaget lager valgkampbrosjyre. Styret spør Amina, som meldte seg inn i vår og "
            "har vært på tre møter, om hun vil være med på forsidebildet. Hun sier ja. På neste "
            "styremøte legger valgkomiteen fram forslaget til kommunestyreliste. Aminas navn er "
            "ikke med, og ingen har spurt henne hva hun er opptatt av. Hun er helsefagarbeider på "
            "et sykehjem og har mange tanker om bemanning og turnus.</p>",
            [
                "Hva sier det om laget at Amina blir spurt om bildet, men ikke om lista?",
                "Hva burde styret eller valgkomiteen ha spurt henne om i stedet?",
                "Hva kan laget gjøre for at det samme ikke skjer med neste nye medlem?",
            ],
        ),
        heading("Fra kartlegging til handling"),
        text(
            "<p>En kartlegging er bare verdt noe hvis den fører til endring. Velg ett eller to "
            "hull dere vil gjøre noe med det neste året, og lag en enkel plan:</p>"
            "<ol><li><b>Gå dit folk er.</b> Ha stand ved butikken i bydelen dere aldri besøker, "
            "eller be om å få komme på et møte i en innvandrerorganisasjon, et pensjonistlag "
            "eller en fagforeningsklubb.</li>"
            "<li><b>Spør direkte.</b> Et personlig spørsmål fra et kjent ansikt er det som "
            "oftest får folk til å si ja til et verv.</li>"
            "<li><b>Gjør vervene synlige.</b> Beskriv hva hvert verv krever av tid og kunnskap, "
            "og lys dem ut for alle medlemmer.</li>"
            "<li><b>Senk tersklene.</b> Flytt noen møter til tider og steder som passer flere, "
            "og tilby barnepass, tolk eller digital deltakelse når det trengs.</li>"
            "<li><b>Følg opp.</b> Gi nye tillitsvalgte en erfaren person å spørre, og spør etter "
            "et halvt år hvordan det går.</li></ol>"
        ),
        quote(
            "Jeg hadde vært medlem i to år før noen spurte meg om å stille. Da sa jeg ja med en "
            "gang. Jeg hadde bare ventet på at noen skulle tro at jeg kunne.",
            "Styremedlem i et lokallag (oppdiktet eksempel)",
        ),
        reflection(
            "Tenk på kommunen eller bydelen din. Hvilke grupper er godt representert i laget, og "
            "hvem skulle du ønske var med? Hva er ett konkret steg du selv kan ta for å nå dem?",
            "Tenk på alder, yrke, bosted, funksjonsevne og bakgrunn. Et konkret steg kan være å "
            "spørre én bestemt person før neste møte.",
        ),
        notes(
            "<p>Sett av 30–45 minutter. Be deltakerne ta med en grov oversikt over laget sitt og "
            "kommunetallene fra SSB. La dem i grupper på tre tegne «hvem er vi» og «hvem bor i "
            "kommunen» side om side på et ark og finne ett hull de vil jobbe med. Minn om "
            "personvernet: ingen navn, og ingen opplysninger om enkeltpersoners helse, tro eller "
            "bakgrunn. Avslutt med at hver gruppe sier ett tiltak høyt, og at noen tar ansvar for "
            "å følge det opp i styret.</p>"
        ),
    ],
)

SAMI_AND_MINORITY = (
    "samisk-politikk-og-minoritetssprak",
    "Samisk politikk og minoritetsspråk",
    "Samenes rettigheter som urfolk, Sametinget, de samiske språkene og de nasjonale "
    "minoritetene, og hva det betyr for hvem laget ditt representerer og hvordan det jobber.",
    18,
    [
        heading("Samene – ett folk i fire land"),
        text(
            "<p>Samene er urfolket i Norge. Det samiske området, Sápmi, strekker seg over Norge, "
            "Sverige, Finland og Russland, og samene bodde her lenge før dagens grenser ble "
            "trukket. Samiske samfunn finnes ikke bare på Finnmarksvidda. Det er samiske miljøer "
            "i Troms, Nordland og Trøndelag og sør til Engerdal i Innlandet, og mange samer bor i "
            "byer som Tromsø, Bodø, Trondheim og Oslo.</p>"
            "<p>Grunnloven slår fast at staten skal legge forholdene til rette for at samene, som "
            "urfolk, kan sikre og utvikle språket, kulturen og samfunnslivet sitt. Norge var også "
            "det første landet som sluttet seg til ILO-konvensjon nr. 169 om urfolk og stammefolk. "
            "Samepolitikk handler derfor om rettigheter, ikke om velvilje: språk, oppvekst, helse, "
            "reindrift, fiske, arealbruk og retten til å være med på å bestemme over egen "
            "framtid.</p>"
        ),
        heading("En historie som fortsatt merkes", "h3"),
        text(
            "<p>Fra midten av 1800-tallet og langt ut på 1900-tallet førte norske myndigheter en "
            "fornorskningspolitikk. Barn ble sendt på internatskoler der de ikke fikk snakke "
            "samisk, og i mange familier ble språket ikke ført videre. Kvener og skogfinner ble "
            "utsatt for en lignende politikk. Sannhets- og forsoningskommisjonen la fram "
            "rapporten sin for Stortinget i 2023, og den viser at følgene merkes i dag. Mange "
            "voksne er i ferd med å ta tilbake et språk foreldrene deres mistet. Er en samisk "
            "eller kvensk deltaker varsom med å snakke om bakgrunnen sin, kan det ha med denne "
            "historien å gjøre.</p>"
        ),
        heading("Sametinget og konsultasjonsplikten"),
        text(
            "<p>Sametinget er samenes folkevalgte organ i Norge. Det ble åpnet i 1989, har sete "
            "i Kárášjohka (Karasjok) og velges hvert fjerde år, samme dag som stortingsvalget. For "
            "å stemme må du stå i Sametingets valgmanntall. Der kan du føre deg inn hvis du "
            "oppfatter deg selv som same og enten har samisk som hjemmespråk, har en forelder, "
            "besteforelder eller oldeforelder som hadde det, eller har en forelder som står eller "
            "har stått i manntallet. Arbeiderpartiet stiller egne lister ved sametingsvalget.</p>"
        ),
        heading("Konsultasjoner gjelder også kommunen", "h3"),
        text(
            "<p>Siden 2021 sier sameloven at også kommuner og fylkeskommuner skal konsultere "
            "Sametinget og berørte samiske interesser før de tar avgjørelser som kan påvirke "
            "samene direkte. Det kan gjelde en reguleringsplan for et hyttefelt i et beiteområde, "
            "en vindkraftsak eller et forslag om å legge ned en skole med samisk opplæring. Å "
            "konsultere betyr å møtes tidlig, mens saken ennå kan endres, og å prøve å komme fram "
            "til enighet. Som folkevalgt bør du spørre om konsultasjoner er gjennomført når en "
            "slik sak kommer til kommunestyret eller fylkestinget.</p>"
        ),
        heading("Samiske språk og forvaltningsområdet"),
        text(
            "<p>Samisk er ikke ett språk, men flere. I Norge brukes først og fremst tre:</p>"
            "<ul><li><b>Nordsamisk</b> er det største. Det brukes blant annet i Guovdageaidnu "
            "(Kautokeino), Kárášjohka og Deatnu (Tana).</li>"
            "<li><b>Lulesamisk</b> brukes særlig i Nordland, blant annet i Hábmer (Hamarøy).</li>"
            "<li><b>Sørsamisk</b> brukes på Helgeland, i Trøndelag og i nordlige deler av "
            "Innlandet, blant annet i Snåase (Snåsa) og Raarvihke (Røyrvik).</li></ul>"
            "<p>Lulesamisk og sørsamisk har langt færre brukere enn nordsamisk og regnes som "
            "truede språk. I tillegg har pitesamisk, umesamisk og østsamisk (skoltesamisk) noen "
            "få brukere i Norge.</p>"
            "<p>Samisk og norsk er likeverdige språk, og samisk er et offisielt språk i Norge. I "
            "forvaltningsområdet for samisk språk, som består av kommuner med sterk samisk "
            "tilknytning, er samisk og norsk likestilt. Der har du blant annet rett til å bruke "
            "samisk i kontakt med kommunen og lokale statlige kontorer, og elevene i grunnskolen "
            "har rett til opplæring i og på samisk. Også utenfor forvaltningsområdet har samiske "
            "elever rett til opplæring i samisk.</p>"
        ),
        callout(
            "Hva betyr dette for laget?",
            "<p>I kommuner i forvaltningsområdet bør innkallinger, sakspapirer og "
            "valgkampmateriell finnes på samisk, og møtene bør ha tolk når noen ønsker det. Også "
            "andre steder kan en samisk hilsen i innkallingen eller en samisk versjon av "
            "brosjyren vise at laget tar språket på alvor. Tolk koster penger, men det koster "
            "mer å miste folk som ikke forstår hva som skjer.</p>",
        ),
        heading("De nasjonale minoritetene"),
        text(
            "<p>Norge har fem nasjonale minoriteter. Det er grupper med lang tilknytning til "
            "landet, og de har et særlig vern gjennom Europarådets rammekonvensjon om beskyttelse "
            "av nasjonale minoriteter:</p>"
            "<ul><li><b>Jøder.</b> Det har vært jødiske menigheter i Norge siden 1800-tallet. "
            "Under andre verdenskrig ble norske jøder deportert og drept.</li>"
            "<li><b>Kvener/norskfinner.</b> Etterkommere av finskspråklige som flyttet til "
            "Nord-Norge for flere hundre år siden. Språket deres er kvensk.</li>"
            "<li><b>Rom.</b> Rom har bodd i Norge siden slutten av 1800-tallet. Språket deres er "
            "romanes.</li>"
            "<li><b>Romanifolk/tatere.</b> En folkegruppe som har levd i Norge i flere hundre "
            "år, mange med en tradisjon for å reise. Språket deres er romani. Gruppen ble utsatt "
            "for alvorlige overgrep fra myndighetene.</li>"
            "<li><b>Skogfinner.</b> Etterkommere av finske innflyttere som ryddet gårder i "
            "skogene på Østlandet på 1600-tallet, særlig på Finnskogen.</li></ul>"
            "<p>Kvensk, romani og romanes er nasjonale minoritetsspråk, og språkloven gir staten "
            "et ansvar for å verne og fremme dem. Norsk tegnspråk har også en egen status i "
            "språkloven.</p>"
        ),
        heading("Fra kunnskap til handling i laget"),
        text(
            "<p>Kunnskap om urfolk og minoriteter henger sammen med et større spørsmål: hvem "
            "partiet representerer, og hvem som slipper til.</p>"
        ),
        heading("Se hvem dere er", "h3"),
        text(
            "<p>Et godt første steg er å sammenligne medlemmene og de tillitsvalgte med "
            "befolkningen i kommunen. Offentlige tall og en grov, anonym oversikt over laget gir "
            "et felles grunnlag å snakke ut fra, i stedet for at styret gjetter. Husk at mangfold "
            "handler om mer enn etnisk bakgrunn: Alder, kjønn, funksjonsevne, yrke og bosted "
            "betyr også mye for hvem som føler seg hjemme i laget.</p>"
        ),
        heading("Gjør vervene åpne", "h3"),
        text(
            "<p>Flere stiller til verv når tersklene er lave. Legg møter til tider som passer for "
            "folk med små barn, skriv tydelige beskrivelser av hva hvert verv krever, og legg til "
            "rette for dem som trenger det, for eksempel med tolk, trinnfritt lokale eller "
            "digital deltakelse. Valgkomiteen bør lyse ut vervene for alle medlemmer og spørre "
            "bredt, ikke bare folk den kjenner fra før. En åpen prosess gir flere kandidater å "
            "velge mellom og mer tillit til lista.</p>"
        ),
        heading("Hvorfor det er verdt bryet", "h3"),
        text(
            "<p>Politikken blir bedre når flere erfaringer er med. Det er lettere å lage god "
            "samepolitikk når noen i rommet har vokst opp med reindrift eller har lært seg samisk "
            "som voksen. Et parti som speiler folket, ser flere sider av sakene og får tillit fra "
            "flere velgere.</p>"
        ),
        scenario(
            "Hyttefeltet i flyttleia",
            "<p>Du sitter i kommunestyret for Arbeiderpartiet i en kommune i Troms. "
            "Administrasjonen legger fram en reguleringsplan for et nytt hyttefelt. Planen kan gi "
            "oppdrag til lokale byggefirmaer. Ánde er medlem i lokallaget og driver reindrift "
            "sammen med familien. Han ringer og forteller at feltet ligger midt i flyttleia "
            "reinen bruker hver vår. Ingen fra reinbeitedistriktet er invitert til å si noe, og "
            "sakspapirene nevner ikke konsultasjoner.</p>",
            [
                "Hva bør du spørre administrasjonen om før saken behandles?",
                "Hvordan kan laget få fram både arbeidsplassene og reindriftas interesser i "
                "diskusjonen?",
                "Hva kan laget gjøre for at samiske medlemmer blir hørt tidligere neste gang?",
            ],
        ),
        reflection(
            "Hvilke språk og hvilke minoriteter finnes i kommunen din, og hvordan merkes det i "
            "laget? Hva kan laget gjøre annerledes på neste møte eller i neste valgkamp?",
            "Tenk på samiske språk, kvensk, romani og romanes, og på språkene nyere innbyggere "
            "snakker. Et lite tiltak kan være en hilsen på samisk i innkallingen.",
        ),
        notes(
            "<p>Inviter gjerne en innleder fra et samisk lag, Sametinget, et kvensk eller "
            "skogfinsk kultursenter eller en minoritetsorganisasjon. Avtal på forhånd hva "
            "innlederen vil dele, og ikke forvent at samiske medlemmer eller minoritetsmedlemmer "
            "i gruppa skal være eksperter på egen bakgrunn. Folkevalgte kan ta med en aktuell "
            "plansak og drøfte hvordan konsultasjonsplikten gjelder i den. Quizen trekker fem av "
            "seks spørsmål og dekker både samepolitikken og representasjonsdelen av modulen.</p>"
        ),
    ],
)
