"""The national modules of the demo, grouped by the course that introduces them."""

from devtools.courses.demo_content import callout, heading, notes, quote, reflection, scenario, text

ORGANISATION = (
    "slik-er-partiet-organisert",
    "Slik er partiet organisert",
    "Fra lokallaget til landsmøtet: hvem bestemmer hva, og hvor du hører til.",
    20,
    [
        heading("Fra lokallag til landsmøte"),
        text(
            "<p>Partiet er bygd opp nedenfra. Lokallaget er der de fleste medlemmene møtes, "
            "gjerne i en bydel eller en mindre kommune. Flere lokallag utgjør sammen "
            "kommunepartiet, som har ansvaret for politikken i kommunestyret og for valgkampen "
            "lokalt. Kommunepartiene i et fylke utgjør fylkespartiet, og øverst står landsmøtet, "
            "partiets høyeste organ.</p><p>Mellom landsmøtene ledes partiet av landsstyret og "
            "sentralstyret. Fylkespartiene og kommunepartiene har sine egne årsmøter, der "
            "medlemmene velger styre og vedtar arbeidsplan.</p>"
        ),
        callout(
            "Kommunepartiet er navet",
            "<p>Det er i kommunepartiet at medlemmene oftest møter politikken i praksis: "
            "nominasjon til kommunevalget, budsjettdebatter og saker som gjelder nærmiljøet.</p>",
        ),
        heading("Hvem bestemmer hva?"),
        text(
            "<ul><li><b>Årsmøtet</b> i laget velger styre, vedtar arbeidsplan og kan sende "
            "forslag videre.</li><li><b>Styret</b> leder arbeidet mellom årsmøtene og har "
            "ansvar for økonomi, aktivitet og medlemsoppfølging.</li><li><b>Gruppa</b> av "
            "folkevalgte i kommunestyret eller fylkestinget står ansvarlig overfor partiet, "
            "men tar stilling i de enkelte sakene selv.</li></ul>"
        ),
        reflection(
            "Hvilket lag tilhører du, og hvem i styret ville du kontaktet hvis du hadde en sak?",
            "Finner du ikke svaret, kan du spørre lokallaget ditt.",
        ),
        notes(
            "<p>Tegn organisasjonen på en tavle sammen med deltakerne. Start med lokallaget "
            "deres og la dem fylle inn navnene på lederne de kjenner.</p>"
        ),
    ],
)

RIGHTS = (
    "rettigheter-og-plikter",
    "Dine rettigheter og plikter som medlem",
    "Hva medlemskapet gir deg, og hva partiet forventer av deg.",
    20,
    [
        heading("Rettighetene dine"),
        text(
            "<p>Som medlem kan du møte, tale og stemme på årsmøtet i laget ditt. Du kan stille "
            "til valg til styret og til verv, og du kan foreslå kandidater. Du kan fremme "
            "forslag til uttalelser og program, og du har rett til informasjon om hva laget "
            "gjør.</p><p>Du har også rett til å bli behandlet med respekt. Ingen skal oppleve "
            "trakassering eller diskriminering i partiet, og du kan alltid si fra.</p>"
        ),
        heading("Pliktene dine"),
        text(
            "<p>Medlemskapet er frivillig, men det følger noen forventninger med. Du betaler "
            "kontingent, følger partiets vedtekter og etiske retningslinjer, og respekterer "
            "flertallsvedtak som er fattet på en ryddig måte, også når du selv stemte "
            "imot.</p>"
        ),
        quote(
            "Det er lov å være uenig. Det er ikke lov å slutte å snakke sammen.",
            "Erfaren lokallagsleder",
        ),
        scenario(
            "Uenig i vedtaket",
            "<p>Årsmøtet har vedtatt en uttalelse du er sterkt uenig i. Noen foreslår at du "
            "skriver et leserinnlegg der du tar avstand fra vedtaket.</p>",
            [
                "Hva er forskjellen på å mene noe annet og å motarbeide et vedtak?",
                "Hvilke kanaler har du for å få saken opp igjen?",
            ],
        ),
        reflection("Hvilken rettighet som medlem har du lyst til å bruke det neste året?"),
    ],
)

INFLUENCE = (
    "fra-sak-til-vedtak",
    "Fra sak til vedtak",
    "Hvordan et forslag fra et medlemsmøte kan ende i partiprogrammet.",
    25,
    [
        heading("Slik blir en sak til politikk"),
        text(
            "<p>Mange av partiets beste forslag har startet som en samtale på et "
            "medlemsmøte. Et medlem tar opp et problem, laget drøfter det og sender et forslag "
            "videre til kommunepartiet eller fylkespartiet. Derfra kan det bli en uttalelse, et "
            "forslag i kommunestyret eller en del av programmet.</p>"
        ),
        heading("Skriv et godt forslag", "h3"),
        text(
            "<ol><li>Beskriv problemet kort og konkret.</li><li>Si hva du vil at partiet skal "
            "gjøre.</li><li>Forklar hvem som blir berørt, og hvorfor det er viktig nå.</li>"
            "<li>Send det til styret i god tid før møtet.</li></ol>"
        ),
        callout(
            "Frister",
            "<p>Programarbeidet har faste frister. Spør styret i laget ditt når neste runde "
            "starter, så rekker du å få forslaget behandlet.</p>",
            kind="important",
        ),
        reflection(
            "Hvilken sak i nærmiljøet ditt skulle du ønske at partiet tok tak i?",
            "Skriv gjerne hvem som blir berørt, og hva du mener bør gjøres.",
        ),
        notes(
            "<p>La deltakerne skrive et forslag i par på ti minutter, og behandle ett av dem "
            "som om det var et årsmøte.</p>"
        ),
    ],
)

GOOD_START = (
    "et-godt-lokallag",
    "Et godt lokallag starter med deg",
    "Hvordan du blir kjent, finner din plass og hjelper andre inn.",
    15,
    [
        heading("De første ukene"),
        text(
            "<p>De fleste som melder seg inn, vil gjerne bidra, men vet ikke helt hvordan. Det "
            "er helt vanlig. Laget ditt skal ta kontakt med deg de første ukene, invitere deg "
            "til et møte og fortelle hva som skjer framover.</p><p>Du trenger ikke ha et verv "
            "for å være viktig. Å stille opp på stand, dele en sak i sosiale medier eller ta "
            "med en venn på møtet betyr mye.</p>"
        ),
        scenario(
            "Første møte",
            "<p>Amir har vært medlem i tre uker og kommer på sitt første medlemsmøte. Alle ser "
            "ut til å kjenne hverandre, og ingen sier hei.</p>",
            [
                "Hva kunne laget gjort for at Amir skulle føle seg velkommen?",
                "Hva kan du selv gjøre neste gang du ser et nytt ansikt?",
            ],
        ),
        reflection("Hva skal til for at du kommer tilbake etter et første møte?"),
    ],
)

INCLUSIVE_MEETING = (
    "inkluderende-moter",
    "Å lede et inkluderende møte",
    "Planlegging, møteledelse og ordstyring som gjør at flere tar ordet.",
    30,
    [
        heading("Før møtet"),
        text(
            "<p>Et godt møte starter med en tydelig innkalling: hva skal diskuteres, hva skal "
            "avgjøres, og hvor lenge varer det? Send sakspapirene i god tid, velg et lokale "
            "som alle kan komme inn i, og si fra om det er tolk, teleslynge eller "
            "barnepass.</p>"
        ),
        heading("Under møtet"),
        text(
            "<ul><li>Ønsk nye velkommen ved navn.</li><li>Forklar forkortelser og "
            "møteformer.</li><li>Bruk taletid og talerliste slik at ikke de samme alltid "
            "snakker først.</li><li>Del opp i små grupper når saken er vanskelig.</li></ul>"
        ),
        quote(
            "Etter at vi begynte med summegrupper, sier nye medlemmer noe allerede på første møte.",
            "Leder i et lokallag",
        ),
        scenario(
            "Den lange talerlisten",
            "<p>Tre erfarne medlemmer har tegnet seg fem ganger hver. To nye medlemmer har "
            "ikke sagt noe, og møtet nærmer seg slutten.</p>",
            [
                "Hvordan kan møtelederen slippe flere til uten å stenge noen ute?",
                "Hvilke regler bør møtet vedta i starten neste gang?",
            ],
        ),
        reflection("Tenk på det siste møtet du ledet eller var på. Hvem fikk ikke sagt noe?"),
        notes(
            "<p>Øv på ordstyring i rollespill: én leder, to som snakker mye og to som er "
            "stille. Bytt roller etter fem minutter.</p>"
        ),
    ],
)

FOLLOW_UP = (
    "folg-opp-nye-medlemmer",
    "Følg opp nye medlemmer",
    "En enkel plan for de første tre månedene etter innmelding.",
    20,
    [
        heading("Hvorfor oppfølging betyr noe"),
        text(
            "<p>Medlemmer som blir kontaktet kort tid etter innmelding, blir oftere aktive og "
            "blir lenger. Oppfølging er ikke en oppgave bare for lederen: hele styret kan ha "
            "ansvar for noen hver.</p>"
        ),
        heading("En plan for tre måneder", "h3"),
        text(
            "<ol><li><b>Første uke:</b> ring eller send en personlig melding. Spør hva de er "
            "opptatt av.</li><li><b>Første måned:</b> inviter til et møte eller en aktivitet, "
            "og avtal å møtes der.</li><li><b>Tredje måned:</b> spør om de vil prøve en "
            "oppgave, og tips om grunnkurset.</li></ol>"
        ),
        callout(
            "Personvern",
            "<p>Medlemslister er personopplysninger. Del dem bare med dem i styret som trenger "
            "dem, og ikke i åpne grupper eller private chatter.</p>",
            kind="important",
        ),
        reflection(
            "Hvem i laget ditt kunne ha glede av en telefon denne uken?",
            "Skriv ikke navn her, bare hva du vil gjøre.",
        ),
    ],
)

DIVERSITY_LEADERSHIP = (
    "mangfoldskompetanse-i-ledelse",
    "Mangfoldskompetanse i ledelse",
    "Hvordan ledere ser, verdsetter og bruker forskjellene i laget.",
    30,
    [
        heading("Hva er mangfoldskompetanse?"),
        text(
            "<p>Mangfoldskompetanse er evnen til å se at folk har ulike erfaringer og behov, og "
            "å lede slik at flere kan bidra. Det handler om alder, kjønn, funksjonsevne, "
            "bakgrunn, språk, religion, seksuell orientering og hvor i landet folk bor, og om "
            "hvordan dette påvirker hvem som føler seg hjemme i partiet.</p>"
        ),
        heading("Tre spørsmål for ledere"),
        text(
            "<ul><li>Hvem er med når vi tar beslutninger, og hvem er ikke det?</li><li>Er "
            "møtetidene, lokalene og språket vårt åpent for alle?</li><li>Blir nye og stille "
            "stemmer spurt, ikke bare de som roper høyest?</li></ul>"
        ),
        scenario(
            "Nominasjonskomiteen",
            "<p>Komiteen har laget et forslag til liste. De ti øverste er alle over 45 år og "
            "født i Norge. Komitélederen sier at de bare har valgt de beste.</p>",
            [
                "Hva kan komiteen ha oversett?",
                "Hvordan kan laget jobbe annerledes fram mot neste nominasjon?",
            ],
        ),
        reflection("Hvilke grupper i kommunen din er lite synlige i laget ditt, og hvorfor?"),
        notes(
            "<p>Denne modulen er obligatorisk i lederkurset. Bruk god tid på scenarioet, og "
            "pass på at samtalen handler om strukturer, ikke om enkeltpersoner.</p>"
        ),
    ],
)

ORDERLY_PROCESSES = (
    "ryddige-prosesser",
    "Ryddige prosesser",
    "Valg, nominasjon og vedtak som tåler å bli sett i kortene.",
    25,
    [
        heading("Hvorfor form betyr noe"),
        text(
            "<p>Når et vedtak blir til på en ryddig måte, kan også de som tapte avstemningen "
            "stå bak det. Det krever innkalling i tide, sakspapirer som alle får, og en "
            "protokoll som viser hva som ble vedtatt.</p>"
        ),
        text(
            "<ul><li>Følg vedtektenes frister for innkalling.</li><li>Ha en valgkomité som "
            "arbeider åpent og snakker med mange.</li><li>Sørg for hemmelig valg når noen ber "
            "om det.</li><li>Før protokoll og gjør den tilgjengelig for medlemmene.</li></ul>"
        ),
        callout(
            "Habilitet",
            "<p>Den som selv er part i en sak, skal ikke være med på å avgjøre den. Si fra i "
            "god tid hvis du kan være inhabil.</p>",
            kind="important",
        ),
        reflection("Hva gjør du hvis du oppdager at et vedtak i laget ble fattet på feil måte?"),
    ],
)

VALUES = (
    "verdiene-i-praksis",
    "Verdiene våre i praksis",
    "Hva frihet, likhet og solidaritet betyr for hvordan vi behandler hverandre.",
    15,
    [
        heading("Fra verdier til vaner"),
        text(
            "<p>Verdiene våre gjelder ikke bare politikken vi fører, men også hvordan vi er mot "
            "hverandre i partiet. En raus partikultur betyr at vi kan være hardt uenige i sak og "
            "samtidig vise respekt for personen.</p>"
        ),
        quote("Vi skal være tøffe i debatten og myke i møte med mennesker."),
        reflection("Når opplevde du sist at noen i partiet var raus mot deg?"),
    ],
)

ZERO_TOLERANCE = (
    "nulltoleranse-for-trakassering",
    "Nulltoleranse for trakassering",
    "Hva trakassering er, hvordan det kan se ut, og hvorfor det angår alle.",
    25,
    [
        heading("Hva er trakassering?"),
        text(
            "<p>Trakassering er handlinger, ord eller oppførsel som krenker, skremmer, "
            "nedverdiger eller ydmyker. Seksuell trakassering er uønsket oppmerksomhet av "
            "seksuell karakter. Det er den som blir utsatt for det, som kjenner hvordan det "
            "oppleves; hensikten til den som gjør det, er ikke avgjørende.</p>"
        ),
        heading("Maktforhold i partiet", "h3"),
        text(
            "<p>I et parti finnes det makt: over nominasjoner, verv og hvem som får oppdrag. "
            "Nye og unge medlemmer er ofte avhengige av at erfarne folk slipper dem til. Derfor "
            "har de med verv et særlig ansvar for å skape trygge rammer.</p>"
        ),
        scenario(
            "Etter festen",
            "<p>Etter landsmøtemiddagen sender en erfaren tillitsvalgt flere meldinger til en "
            "ung delegat om å bli med på hotellrommet. Delegaten svarer ikke, og meldingene "
            "fortsetter neste dag.</p>",
            [
                "Hva gjør dette med delegatens lyst til å være aktiv i partiet?",
                "Hvem har ansvar for å gripe inn, og hvordan?",
            ],
        ),
        callout(
            "Nulltoleranse betyr at vi handler",
            "<p>Nulltoleranse betyr ikke at ingenting skjer. Det betyr at vi tar det på alvor "
            "hver gang, og at det får følger.</p>",
            kind="important",
        ),
        reflection(
            "Hvilke situasjoner i partiet kan gjøre det lettere for grenser å bli tråkket over?"
        ),
        notes(
            "<p>Temaet kan vekke sterke følelser. Si i starten at ingen trenger å dele egne "
            "erfaringer, og fortell hvor deltakerne kan ta kontakt etterpå.</p>"
        ),
    ],
)

RAISE_CONCERNS = (
    "si-fra",
    "Slik sier du fra, og slik tar vi imot",
    "Veiene for å varsle, og hva som skjer når du har sagt fra.",
    20,
    [
        heading("Du kan si fra på flere måter"),
        text(
            "<ul><li>Til lederen eller et annet styremedlem i laget ditt.</li><li>Til "
            "fylkespartiet, hvis saken gjelder noen i lagets ledelse.</li><li>Til partiets "
            "sentrale varslingsordning, som behandler saker konfidensielt.</li></ul><p>Du kan "
            "ha med deg en du stoler på. Du kan også si fra om noe du har sett, ikke bare om "
            "noe du selv har opplevd.</p>"
        ),
        heading("Hva skjer etterpå?"),
        text(
            "<p>Den som tar imot, skal lytte, notere det som blir sagt og forklare hva som skjer "
            "videre. Saken blir behandlet så fort som mulig, og begge parter blir hørt. Den som "
            "varsler, skal ikke få negative følger av å si fra.</p>"
        ),
        scenario(
            "Et medlem tar kontakt",
            "<p>Et medlem forteller deg etter et møte at hun har fått ubehagelige kommentarer "
            "fra en i styret. Hun ber deg om ikke å si det til noen.</p>",
            [
                "Hva svarer du henne der og da?",
                "Hvordan kan du ta saken videre og samtidig ta hensyn til ønsket hennes?",
            ],
        ),
        reflection("Vet du hvem du ville kontaktet i laget ditt hvis du trengte å si fra?"),
    ],
)

DUTY_TO_ACT = (
    "plikten-til-a-handle",
    "Plikten til å handle",
    "Hva som forventes av tillitsvalgte og folkevalgte når de ser eller hører om trakassering.",
    20,
    [
        heading("Et særlig ansvar"),
        text(
            "<p>Har du et verv, er du en del av partiets ansikt utad og innad. Du har plikt til "
            "å gripe inn når du ser trakassering, og til å ta imot og bringe videre det du får "
            "vite om. Å se en annen vei er også et valg.</p>"
        ),
        text(
            "<ol><li>Avbryt situasjonen hvis du kan gjøre det trygt.</li><li>Snakk med den som "
            "ble utsatt for det, og lytt.</li><li>Bring saken videre til rett sted, og fortell "
            "hva du gjør.</li><li>Følg opp etterpå.</li></ol>"
        ),
        callout(
            "Samme opplæring for alle med verv",
            "<p>Alle tillitsvalgte og folkevalgte skal ta dette kurset. Kurset må fornyes hvert "
            "andre år.</p>",
        ),
        reflection("Hva ville gjort det lettere for deg å gripe inn neste gang?"),
    ],
)

WHO_IS_MISSING = (
    "hvem-mangler",
    "Hvem er vi, og hvem mangler?",
    "Hvordan laget kan se hvem som er med, og hvem som ikke slipper til.",
    20,
    [
        heading("Et bilde av laget"),
        text(
            "<p>Et folkeparti skal speile folket. Sammenlign lagets styre og liste med "
            "befolkningen i kommunen: alder, kjønn, yrker, bydeler og bakgrunn. Hullene "
            "forteller hvor laget bør rekruttere og hvem det bør lytte mer til.</p>"
        ),
        heading("Representasjon er mer enn tall", "h3"),
        text(
            "<p>Det holder ikke at folk er med. De må også få reell innflytelse: verv, "
            "talerstol og plass på lista. Mange med minoritetsbakgrunn forteller om å bli spurt "
            "om å være med på bildet, men ikke om å lede arbeidet.</p>"
        ),
        scenario(
            "Bare med på bildet",
            "<p>Laget lager en valgkampbrosjyre og spør et nytt medlem med minoritetsbakgrunn "
            "om å være med på forsiden. Hun har aldri blitt spurt om å stille til verv.</p>",
            ["Hva sier dette om laget?", "Hva burde laget ha spurt henne om i stedet?"],
        ),
        reflection("Hvem i kommunen din skulle du ønske var med i laget?"),
    ],
)

SAMI_AND_MINORITY = (
    "samisk-politikk-og-minoritetssprak",
    "Samisk politikk og minoritetsspråk",
    "Hvorfor språk og urfolksrettigheter angår hele partiet.",
    20,
    [
        heading("Samene som urfolk"),
        text(
            "<p>Samene er et urfolk med rettigheter som er vernet i Grunnloven og i "
            "internasjonale avtaler. Samepolitikk handler om språk, kultur, næringer og "
            "selvbestemmelse, og det angår kommuner og fylker langt utenfor de tradisjonelle "
            "samiske områdene.</p>"
        ),
        heading("Språk i partiarbeidet", "h3"),
        text(
            "<p>Innkallinger, sakspapirer og kurs på samisk, nynorsk og enkelt norsk gjør det "
            "lettere for flere å delta. Tolk på møter koster penger, men det koster mer å miste "
            "folk som ikke forstår hva som skjer.</p>"
        ),
        reflection("Hvilke språk snakker folk i kommunen din, og hvilke bruker laget?"),
        notes(
            "<p>Inviter gjerne en representant fra et samisk lag eller en minoritetsorganisasjon "
            "til å innlede.</p>"
        ),
    ],
)
