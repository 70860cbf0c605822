"""The basic course (grunnskolering) in Nynorsk: the modules, the course texts and the quiz.

A translation of devtools/courses/demo_content/basic.py, the "grunnkurs" entry in courses.py
and MEMBER_QUIZ in devtools/quizzes/demo_content.py. Slugs are kept in Bokmål."""

from devtools.courses.demo_content import callout, heading, notes, quote, reflection, scenario, text
from devtools.quizzes.demo_content import multiple, option, single, true_false
from devtools.quizzes.demo_content import scenario as quiz_scenario
from quizzes.models import FeedbackPolicy

ORGANISATION = (
    "slik-er-partiet-organisert",
    "Slik er partiet organisert",
    "Frå lokallaget til landsmøtet: kva ledd partiet består av, kven som bestemmer kva, og kvar "
    "du som medlem høyrer heime.",
    8,
    [
        heading("Partiet er bygd nedanfrå"),
        text(
            "<p>Partiet er ikkje først og fremst eit kontor i Oslo. Partiet er medlemene, spreidde "
            "over heile landet, frå bydelslaget på Grünerløkka til kommunepartiet i Kárášjohka. "
            "Organisasjonen er bygd slik at makta går nedanfrå og opp: Medlemene vel styra og "
            "sender delegatar til årsmøta, og årsmøta vel delegatar vidare. Kvart ledd har sine "
            "eigne oppgåver, men alle heng saman.</p>"
            "<p>Når du melder deg inn, blir du som hovudregel medlem av kommunepartiet der du bur. "
            "Bur du i ein stor kommune, høyrer du i tillegg gjerne til eit lokallag i bydelen din. "
            "I mange mindre kommunar er lokallaget og kommunepartiet det same.</p>"
        ),
        heading("Lokallaget", "h3"),
        text(
            "<p>Lokallaget er staden der dei fleste møter partiet for første gong. Her held laget "
            "medlemsmøte, her planlegg medlemene standar og dørbanking, og her blir du kjend med "
            "folk som bur i nærleiken av deg. Nokre lag er bygde rundt ein arbeidsplass eller ein "
            "livssituasjon, til dømes studentlag. Lokallaget har eit eige styre som medlemene vel "
            "på årsmøtet.</p>"
        ),
        heading("Kommunepartiet", "h3"),
        text(
            "<p>Kommunepartiet samlar alle medlemene i kommunen. Det har ansvaret for politikken i "
            "kommunestyret, eller bystyret i byane, og for valkampen lokalt. Kommunepartiet vedtek "
            "valprogrammet for kommunevalet og nominerer kandidatane til kommunestyrelista. I "
            "store kommunar sender lokallaga delegatar til årsmøtet i kommunepartiet. I små "
            "kommunar kan alle medlemene møte sjølve.</p>"
        ),
        heading("Fylkespartiet", "h3"),
        text(
            "<p>Fylkespartiet samlar kommunepartia i fylket. Det har ansvaret for politikken i "
            "fylkestinget, til dømes vidaregåande skule, fylkesvegar og kollektivtrafikk. "
            "Fylkespartiet nominerer kandidatane både til fylkestingsvalet og til stortingsvalet. "
            "Som regel har fylkespartiet ein fylkessekretær eller andre tilsette som hjelper "
            "kommunepartia med skolering, medlemsarbeid og valkamp.</p>"
        ),
        heading("Landsmøtet og den nasjonale leiinga", "h3"),
        text(
            "<p>Landsmøtet er det øvste organet i partiet. Det samlar delegatar frå heile landet "
            "annakvart år, vedtek partiprogrammet og vedtektene og vel partileiinga. Mellom "
            "landsmøta er landsstyret det høgste organet i partiet, med representantar frå alle "
            "fylkespartia. Sentralstyret leier det daglege politiske og organisatoriske "
            "arbeidet.</p>"
        ),
        callout(
            "Kommunepartiet er navet",
            "<p>Det er i kommunepartiet politikken blir mest konkret: kva skule som skal pussast "
            "opp, om bussen skal gå oftare, og kven som står øvst på lista ved kommunevalet. "
            "Difor blir kommunepartiet rekna som det viktigaste leddet i organisasjonen, og det "
            "er her det meste av medlemsaktiviteten går føre seg.</p>",
        ),
        heading("To spor: organisasjonen og dei folkevalde"),
        text(
            "<p>Det er lett å blande saman partiet som organisasjon og dei folkevalde som "
            "representerer partiet. Dei heng tett saman, men har ulike roller.</p>"
            "<ul><li><b>Partiorganisasjonen</b> er medlemene, laga og styra. Organisasjonen vedtek "
            "program, nominerer kandidatar og driv valkamp.</li>"
            "<li><b>Gruppene av folkevalde</b> i kommunestyret, fylkestinget og på Stortinget skal "
            "gjennomføre programmet. Dei tek stilling i dei einskilde sakene sjølve, men står "
            "ansvarlege overfor partiet som nominerte dei.</li></ul>"
            "<p>Eit døme: Kommunepartiet i Kárášjohka har skrive i programmet sitt at kommunen "
            "skal skaffe fleire barnehagelærarar som snakkar samisk. Når budsjettet blir handsama "
            "i kommunestyret, er det gruppa som må finne pengane og forhandle med dei andre "
            "partia. Medlemene kan følgje opp ved å invitere gruppeleiaren til eit medlemsmøte og "
            "spørje korleis det går.</p>"
        ),
        heading("Kven bestemmer kva?"),
        text(
            "<p>Kvart ledd har organ med ulike oppgåver. Dette er dei du oftast kjem til å "
            "møte:</p>"
            "<ul><li><b>Medlemsmøtet</b> er der medlemene diskuterer politikk, vedtek fråsegner og "
            "sender forslag vidare. Alle medlemene i laget kan møte, ta ordet og røyste.</li>"
            "<li><b>Årsmøtet</b> blir halde éin gong i året. Det handsamar årsmelding og "
            "rekneskap, vedtek arbeidsplan og vel styre. I lokallaget, kommunepartiet og "
            "fylkespartiet er årsmøtet det høgste organet.</li>"
            "<li><b>Styret</b> leier arbeidet mellom årsmøta. Det har ansvar for økonomi, "
            "aktivitetar, oppfølging av medlemene og for å kalle inn til møte i tide.</li>"
            "<li><b>Representantskapet</b> finst i ein del større kommuneparti. Det består av "
            "valde representantar frå laga og tek viktige avgjerder mellom årsmøta.</li>"
            "<li><b>Valkomiteen</b> føreslår kven som skal sitje i styret. "
            "<b>Nominasjonskomiteen</b> set opp forslag til liste før kommune-, fylkestings- eller "
            "stortingsval.</li></ul>"
            "<p>Tommelfingerregelen er enkel: Saker som gjeld kommunen, høyrer heime i "
            "kommunepartiet. Saker som gjeld fylket, høyrer heime i fylkespartiet. Saker som gjeld "
            "heile landet, endar til slutt på landsmøtet, men dei startar ofte i eit lokallag.</p>"
        ),
        heading("Fellesskapet rundt partiet"),
        text(
            "<p>Partiet står ikkje åleine. AUF er ungdomsorganisasjonen, og mange av dagens "
            "tillitsvalde byrja der. Det fagleg-politiske samarbeidet med LO og fagforbunda gir "
            "partiet kontakt med arbeidsplassar over heile landet, og mange kommuneparti har ein "
            "eigen kontaktperson for det faglege arbeidet. Partiet har òg eit samepolitisk råd og "
            "eit kvinnenettverk, som arbeider på tvers av dei vanlege ledda.</p>"
            "<p>For deg som medlem tyder det at det finst fleire dører inn. Du kan engasjere deg i "
            "laget der du bur, i det faglege arbeidet på jobben eller i eit nettverk som er "
            "oppteke av dei sakene du brenn for.</p>"
        ),
        scenario(
            "Kvar høyrer saka heime?",
            "<p>Tre medlemer kjem til eit medlemsmøte i Alta med kvar si sak. Máret vil at bussen "
            "mellom Alta og Guovdageaidnu skal gå oftare, slik at ungdom kan bu heime og pendle "
            "til vidaregåande skule. Bjørn er lei av at gatelysa i bustadfeltet hans har vore "
            "sløkte i fleire månader. Sølvi meiner at alle som jobbar ufrivillig deltid, skal ha "
            "rett til full stilling.</p>",
            [
                "Kva ledd i partiet – kommunepartiet, fylkespartiet eller landsmøtet – har "
                "ansvaret for kvar av sakene?",
                "Korleis kan lokallaget hjelpe Máret med ei sak som blir avgjord ein annan stad "
                "enn i kommunen?",
                "Kven i partiet ville du ha kontakta først for å få fart på saka til Bjørn?",
            ],
        ),
        reflection(
            "Kva lokallag og kommuneparti høyrer du til, og kven leier dei? Kven er gruppeleiar "
            "for partiet i kommunestyret der du bur?",
            "Skriv ned namna du kjenner. Manglar du nokon, finn du dei som regel på nettsidene "
            "til kommunepartiet, eller du kan spørje på neste møte.",
        ),
        notes(
            "<p>Teikn organisasjonen på ei tavle eller eit flippoverark saman med deltakarane. "
            "Start nedst med deira eige lag, og la dei fylle inn namna på leiarane, gruppeleiaren "
            "i kommunestyret og fylkessekretæren. Del så deltakarane i grupper på tre, og la kvar "
            "gruppe plassere dei tre sakene frå scenarioet og forklare kvifor.</p>"
            "<p>Avslutt med å fortelje når neste årsmøte og neste nominasjon er lokalt. Ta gjerne "
            "med vedtektene for kommunepartiet og ei oversikt over styret, slik at deltakarane ser "
            "kven dei kan kontakte.</p>"
        ),
    ],
)

RIGHTS = (
    "rettigheter-og-plikter",
    "Rettane og pliktene dine som medlem",
    "Kva rettar medlemskapet gir deg, kva partiet ventar av deg, og korleis du kan vere usamd og "
    "seie frå på ein god måte.",
    8,
    [
        heading("Medlemskapet gir deg rettar"),
        text(
            "<p>Når du melder deg inn og betaler kontingent, blir du ein del av "
            "medlemsdemokratiet. Du har dei same grunnleggjande rettane som alle andre medlemer, "
            "anten du har vore med i førti år eller i fire dagar. Vedtektene kan likevel setje "
            "nokre vilkår, til dømes at du må ha vore medlem ei viss tid før du kan røyste ved ein "
            "nominasjon.</p>"
        ),
        heading("Å vere med og bestemme", "h3"),
        text(
            "<ul><li>Du har møterett, talerett, forslagsrett og røysterett på medlemsmøta og "
            "årsmøtet i laget ditt.</li>"
            "<li>Du kan stille til val til styret og andre verv, og du kan føreslå andre "
            "kandidatar.</li>"
            "<li>Du kan gi innspel til valkomiteen og nominasjonskomiteen, og du er med på å "
            "bestemme kven som skal stå på lista ved val.</li>"
            "<li>Du kan sende forslag til medlemsmøtet. Du treng ikkje spørje styret om lov "
            "først.</li></ul>"
        ),
        heading("Å få vite kva som skjer", "h3"),
        text(
            "<p>Du har rett til å bli kalla inn til møta i god tid, med sakliste og sakspapir, "
            "slik at du kan førebu deg. Du har rett til å lese protokollen frå møta i laget ditt, "
            "og til å få vite korleis pengane blir brukte, gjennom årsmeldinga og rekneskapen som "
            "blir lagde fram på årsmøtet.</p>"
        ),
        heading("Å bli handsama skikkeleg", "h3"),
        text(
            "<p>Du har rett til å bli møtt med respekt. Ingen skal oppleve trakassering, hets "
            "eller diskriminering i partiet, verken på møte, i valkampen eller i sosiale medium. "
            "Opplever du eller ser du noko som ikkje er greitt, kan du seie frå. Den som seier "
            "frå, skal ikkje bli straffa for det eller bli halden utanfor.</p>"
        ),
        callout(
            "Medlemskapet ditt er ei sensitiv opplysning",
            "<p>At du er medlem av eit politisk parti, seier noko om kva du meiner. Etter "
            "personvernreglane er det ei særleg verna opplysning. Difor får berre dei som treng "
            "medlemslistene i vervet sitt, sjå dei, til dømes medlemsansvarleg i laget ditt. Du "
            "får ikkje sjå medlemslistene til andre lag, og ingen skal fortelje andre at du er "
            "medlem utan at du sjølv har valt å vere open om det.</p>",
            kind="important",
        ),
        heading("Det partiet ventar av deg"),
        text(
            "<p>Medlemskapet er frivillig, og ingen ventar at du skal bruke alle kveldane dine på "
            "partiet. Men eit fellesskap fungerer berre når alle tek litt ansvar. Dette er "
            "pliktene som følgjer med:</p>"
            "<ul><li><b>Betal kontingenten.</b> Pengane går til lokalt arbeid, valkamp og "
            "skolering, og betalt kontingent er det som gir deg fulle rettar som medlem.</li>"
            "<li><b>Følg vedtektene og dei etiske retningslinjene.</b> Dei gjeld alle medlemer, "
            "ikkje berre dei som har verv.</li>"
            "<li><b>Handsam andre med respekt.</b> Ver hard på saka, men ikkje på personen, òg når "
            "debatten blir het.</li>"
            "<li><b>Respekter fleirtalsvedtak.</b> Eit vedtak som er gjort på ein ryddig måte, "
            "gjeld òg når du røysta imot.</li>"
            "<li><b>Ta vare på det du får vite.</b> Opplysningar om andre medlemer og det som blir "
            "sagt i lukka møte, skal ikkje delast vidare.</li></ul>"
            "<p>Har du teke på deg eit verv, følgjer det litt meir med: å møte førebudd, å gjere "
            "det du har lova, og å seie frå i tide dersom du ikkje rekk det.</p>"
        ),
        heading("Når du er usamd"),
        text(
            "<p>I eit breitt folkeparti kjem du før eller sidan til å vere usamd i eit vedtak. Det "
            "er sunt. Partiet treng folk som stiller spørsmål, og mange av standpunkta våre i dag "
            "byrja som eit mindretalssyn. Spørsmålet er korleis du er usamd.</p>"
            "<p>Det er skilnad på å meine noko anna og å motarbeide eit vedtak. Du kan seie kva du "
            "meiner, røyste imot, få dissensen din ført inn i protokollen og ta saka opp att på "
            "eit seinare møte med nye argument. Det du ikkje bør gjere, er å sabotere arbeidet med "
            "å gjennomføre vedtaket, eller å gå ut offentleg mot partifellane dine før saka er "
            "drøfta internt.</p>"
        ),
        quote(
            "Det er lov å vere usamd. Det er ikkje lov å slutte å snakke saman.",
            "Røynd lokallagsleiar",
        ),
        scenario(
            "Usamd i vedtaket",
            "<p>Årsmøtet i kommunepartiet på Lillehammer har med knapt fleirtal vedteke ei "
            "fråsegn som støttar nedlegging av ein grendeskule. Ingrid Løvås bur i grenda og er "
            "sterkt usamd. Dagen etter ringjer lokalavisa og spør om ho vil kommentere vedtaket, "
            "og ein venn føreslår at ho skriv eit lesarinnlegg der ho tek avstand frå partiet.</p>",
            [
                "Kva er skilnaden på å meine noko anna og å motarbeide eit vedtak, og kvar går "
                "grensa her?",
                "Kva kanalar i partiet har Ingrid for å få saka opp att?",
                "Kva kan styret gjere for at dei som tapte avrøystinga, framleis kjenner seg "
                "heime i laget?",
            ],
        ),
        heading("Når noko ikkje er som det skal"),
        text(
            "<p>Rettane dine gjeld òg når det skjer noko som gjer deg utrygg. Blir du trakassert, "
            "ser du at andre blir det, eller opplever du at nokon misbruker makt, kan du ta det "
            "opp med leiaren i laget ditt eller med ein annan tillitsvald du stolar på. Du kan òg "
            "gå direkte til varslingsordninga i partiet. Du treng ikkje ha prov eller vere sikker "
            "på at det er «alvorleg nok». Det er dei som tek imot saka, som skal vurdere ho.</p>"
            "<p>Alle medlemer har eit ansvar her. Ser du at nokon blir handsama dårleg, skal du "
            "prøve å stoppe det og seie frå. Kurset om partikultur går grundigare inn på korleis "
            "du gjer det.</p>"
        ),
        reflection(
            "Kva for ein av rettane dine har du lyst til å bruke det neste året, og kva treng du "
            "for å gjere det?",
            "Tenk konkret: eit forslag du vil fremje, eit verv du kunne tenkje deg, eller eit "
            "møte du vil vere med på. Skriv òg kven som kan hjelpe deg.",
        ),
        notes(
            "<p>Start med å spørje deltakarane kva rettar dei trur dei har, og skriv dei opp før "
            "de går gjennom teksten. Mange blir overraska over at dei kan fremje forslag utan å gå "
            "via styret.</p>"
            "<p>Scenarioet fungerer godt som rollespel: éin spelar Ingrid, éin vennen og éin "
            "leiaren i kommunepartiet. Legg vekt på at det ikkje finst eitt rett svar, men at det "
            "finst gode og dårlege måtar å vere usamd på. Ha vedtektene og dei etiske "
            "retningslinjene tilgjengelege, og fortel kvar varslingsordninga til partiet finst.</p>"
        ),
    ],
)

INFLUENCE = (
    "fra-sak-til-vedtak",
    "Frå sak til vedtak",
    "Korleis du gjer ein idé om til eit skriftleg forslag, får laget med deg og følgjer saka "
    "vidare til kommunestyret, fylkespartiet eller partiprogrammet.",
    15,
    [
        heading("Slik blir ei sak til politikk"),
        text(
            "<p>Mange av dei beste forslaga til partiet har starta med at nokon sa: «Dette burde "
            "vi gjere noko med.» Eit medlem ser eit problem i kvardagen, på jobben, i nabolaget "
            "eller på skulen til borna. Laget drøftar det, og eit forslag blir sendt vidare. "
            "Derifrå kan det bli ei sak i kommunestyret, ei fråsegn frå fylkespartiet eller ein "
            "del av partiprogrammet.</p>"
            "<p>Vegen ser ofte slik ut:</p>"
            "<ol><li><b>Idé:</b> Du eller nokon andre tek opp eit problem.</li>"
            "<li><b>Forslag:</b> Du skriv det ned og melder det til medlemsmøtet i laget ditt.</li>"
            "<li><b>Vedtak i laget:</b> Medlemsmøtet drøftar forslaget og røystar over det.</li>"
            "<li><b>Oversending:</b> Laget sender forslaget vidare til det organet som kan gjere "
            "noko med det, til dømes bystyregruppa, årsmøtet i kommunepartiet eller "
            "fylkespartiet.</li>"
            "<li><b>Program eller vedtak:</b> Forslaget blir ein del av eit valprogram, ei fråsegn "
            "eller eit forslag i kommunestyret.</li></ol>"
            "<p>Øvst i kjeda står landsmøtet. Det kjem saman annakvart år og vedtek "
            "partiprogrammet, vedtektene og kven som skal leie partiet. Landsmøtet får forslag frå "
            "fylkespartia, og mange av dei starta i eit lokallag.</p>"
        ),
        callout(
            "Oversende, utsetje eller trekkje?",
            "<p>Når eit forslag blir sendt vidare frå laget til eit høgare organ, seier vi at "
            "forslaget blir <b>oversendt</b>. Organet som får det, til dømes årsmøtet i "
            "kommunepartiet, skal handsame det. Nokre gonger vedtek eit møte å oversende eit "
            "forslag utan sjølv å ta stilling til innhaldet. Då er det organet som får forslaget, "
            "som avgjer saka.</p>"
            "<p>Å <b>utsetje</b> eit forslag tyder at møtet ventar med å ta stilling, til dømes "
            "til neste møte. Å <b>trekkje</b> eit forslag tyder at den som fremja det, tek det "
            "tilbake.</p>",
        ),
        heading("Du kan fremje forslag sjølv"),
        text(
            "<p>Alle medlemer kan sende forslag til medlemsmøtet i laget sitt. Du treng ikkje gå "
            "via styret eller få nokon til å godkjenne forslaget først. Styret kan gi deg råd, "
            "hjelpe deg med formuleringane og føreslå når saka passar best på sakslista, men det "
            "kan ikkje stoppe eit forslag som er sendt inn i tide.</p>"
            "<p>Fristane står i vedtektene. Der står det mellom anna kor lang tid før årsmøtet "
            "forslaga seinast må vere komne inn, og innkallinga til årsmøtet skal fortelje deg når "
            "fristen går ut. Til vanlege medlemsmøte er det ofte enklare: Send forslaget til "
            "leiaren nokre dagar før, så kan det setjast på sakslista.</p>"
        ),
        heading("Skriv eit godt forslag", "h3"),
        text(
            "<ol><li>Gjer kort og konkret greie for problemet. Kva er gale, og kven merkar "
            "det?</li>"
            "<li>Sei tydeleg kva du vil at partiet skal gjere. Eit forslag som byrjar med "
            "«Medlemsmøtet ber bystyregruppa om å …», er lettare å røyste over enn ei lang "
            "skildring.</li>"
            "<li>Forklar kvifor det er viktig no, og kva det kan koste.</li>"
            "<li>Send det skriftleg til styret eller møteleiaren i god tid før møtet.</li></ol>"
        ),
        callout(
            "Døme på eit forslag",
            "<p><b>Til medlemsmøtet i Kárášjohka Arbeiderparti. Forslagsstillar: Ánde</b></p>"
            "<p>Langs den siste kilometeren av vegen til skulen er det verken fortau eller "
            "gatelys. Om vinteren går borna i vegbana i mørkret. Medlemsmøtet ber "
            "kommunestyregruppa om å fremje forslag om fortau og lys på strekninga i neste "
            "budsjett, og om å ta kontakt med fylkeskommunen dersom vegen er ein fylkesveg.</p>",
        ),
        heading("Få laget med deg"),
        text(
            "<p>Eit forslag står sterkare når laget står bak det. Du kan sjølvsagt sende ein "
            "e-post rett til ordføraren, og nokre gonger er det lurt. Men då står du åleine. Når "
            "medlemsmøtet har vedteke forslaget, har du eit heilt lag i ryggen, og dei folkevalde "
            "veit at saka er forankra blant medlemene.</p>"
            "<p>Slik aukar du sjansen for at forslaget blir vedteke:</p>"
            "<ul><li>Snakk med nokon før møtet. Finn to eller tre andre som er samde og kan seie "
            "nokre ord.</li>"
            "<li>Sjekk om nokon i laget kjenner saka frå før, til dømes ein lærar, ein sjukepleiar "
            "eller ein tillitsvald i fagforeininga.</li>"
            "<li>Presenter forslaget kort på møtet, og lytt til innvendingane. Kanskje blir "
            "forslaget betre av ei endring.</li>"
            "<li>Ikkje vent på valkampen. Saker kan takast opp heile året, og det er ofte lettare "
            "å få gjennomslag før programmet skal skrivast enn midt i innspurten.</li></ul>"
            "<p>Hugs kva rettar du brukar undervegs: Du kan fremje forslag til medlemsmøta, røyste "
            "der og stille til val i laget. Det du ikkje kan, er å få tak i medlemslistene til "
            "andre lag for å samle støtte. Medlemslister er personopplysningar som berre dei som "
            "treng dei i vervet sitt, får sjå.</p>"
        ),
        scenario(
            "Forslaget som vart utsett",
            "<p>Håkon Sæther i Bodø har skrive eit forslag om at frivillige lag skal få låne "
            "gymsalane på skulane gratis om kvelden. På medlemsmøtet er fleire positive, men "
            "leiaren meiner saka treng meir kunnskap om kva det kostar, og møtet vedtek å utsetje "
            "ho til neste møte. Håkon er skuffa og vurderer å gi opp.</p>",
            [
                "Kva kan Håkon gjere før neste møte for å gjere forslaget sterkare?",
                "Kven utanfor laget kunne han ha snakka med for å få vite meir om saka?",
                "Kva er skilnaden på å utsetje, å oversende og å trekkje eit forslag, og kva "
                "ville du ha gjort om du var Håkon?",
            ],
        ),
        heading("Etter vedtaket: følg saka vidare"),
        text(
            "<p>Når laget har vedteke forslaget, er jobben ikkje ferdig. Spør styret kven som "
            "sender det vidare, og kven som skal ha det. Er det ei sak for kommunestyret, kan du "
            "be om at gruppeleiaren kjem på eit medlemsmøte og fortel kva gruppa har gjort. Er det "
            "ei programsak, kan du følgje med når programkomiteen legg fram utkastet sitt, og "
            "sende endringsforslag dersom saka di har falle ut.</p>"
            "<p>Ikkje alle forslag blir vedtekne, og mange blir endra på vegen. Det tyder ikkje at "
            "arbeidet var bortkasta. Ofte kjem ei sak tilbake i ei anna form eit år eller to "
            "seinare, fordi nokon tok ho opp første gongen.</p>"
        ),
        callout(
            "Fristar",
            "<p>Programarbeidet og årsmøta har faste fristar, og dei står i vedtektene. "
            "Innkallinga skal alltid seie når fristen for forslag går ut. Spør styret i laget "
            "ditt når neste programrunde startar, så rekk du å få forslaget ditt handsama.</p>",
            kind="important",
        ),
        reflection(
            "Kva sak i nærmiljøet ditt skulle du ønskje at partiet tok tak i?",
            "Skriv to eller tre setningar: kva problemet er, kven som merkar det, og kva du vil "
            "at partiet skal gjere. Då har du starten på eit forslag.",
        ),
        notes(
            "<p>La deltakarane skrive eit forslag i par på ti minutt, med punkta frå «Skriv eit "
            "godt forslag». Handsam eitt eller to av dei som på eit ekte medlemsmøte: møteleiar, "
            "innleiing, debatt, endringsforslag og votering. Vis i praksis kva det tyder å "
            "oversende, utsetje og trekkje eit forslag.</p>"
            "<p>Ta quizen til slutt, gjerne i plenum, og bruk spørsmåla som utgangspunkt for "
            "samtale. Ha vedtektene for kommunepartiet tilgjengelege, slik at deltakarane sjølve "
            "kan finne fristane for forslag til årsmøtet.</p>"
        ),
    ],
)

GOOD_START = (
    "et-godt-lokallag",
    "Eit godt lokallag startar med deg",
    "Korleis du kjem i gang som nytt medlem, finn ei rolle som passar livet ditt, og hjelper "
    "neste nye medlem til å kjenne seg velkomen.",
    8,
    [
        heading("Dei første vekene som medlem"),
        text(
            "<p>Dei fleste som melder seg inn, har lyst til å bidra, men veit ikkje heilt korleis. "
            "Det er heilt vanleg. Partiet er stort, mange ord er nye, og det kan vere vanskeleg å "
            "vite kvar ein skal byrje.</p>"
            "<p>Difor skal laget ditt ta kontakt med deg dei første vekene. Nokon ringjer eller "
            "sender ei melding, ønskjer deg velkomen og fortel kva som skjer framover: neste "
            "medlemsmøte, ein stand på torget eller eit kurs for nye medlemer. Partiet kallar "
            "dette arbeidet «Den fine starten». Målet er at ingen nye medlemer skal bli ståande "
            "åleine.</p>"
            "<p>Har du ikkje høyrt noko etter ein månad, er det lov å ta kontakt sjølv. "
            "Kontaktinformasjonen til kommunepartiet finn du som regel på nettsidene deira, eller "
            "du kan spørje fylkespartiet. Du forstyrrar ikkje. Dei fleste styra blir glade når eit "
            "medlem melder seg.</p>"
        ),
        callout(
            "Ord du kjem til å høyre",
            "<ul><li><b>Lokallag:</b> laget i bydelen eller på staden der du bur.</li>"
            "<li><b>Kommuneparti:</b> alle medlemene i kommunen.</li>"
            "<li><b>Årsmøte:</b> det årlege møtet der styret blir valt og arbeidsplanen blir "
            "vedteken.</li>"
            "<li><b>Nominasjon:</b> når partiet bestemmer kven som skal stå på vallista.</li>"
            "<li><b>Gruppa:</b> dei folkevalde til partiet i kommunestyret eller "
            "fylkestinget.</li></ul>",
        ),
        heading("Finn ei rolle som passar livet ditt"),
        text(
            "<p>Du treng ikkje ha eit verv for å vere viktig. Eit lag lever av at mange gjer litt, "
            "ikkje av at nokre få gjer alt. Her er nokre måtar å bidra på:</p>"
            "<ul><li>Kom på eit medlemsmøte og sei kva du er oppteken av.</li>"
            "<li>Stå på stand eller bli med på dørbanking i valkampen. Du går alltid saman med "
            "nokon som har gjort det før.</li>"
            "<li>Del sakene til partiet i sosiale medium, eller skriv eit lesarinnlegg om noko du "
            "kan mykje om.</li>"
            "<li>Hjelp til med det praktiske: kaffi, lokale, plakatar eller skyss for dei som "
            "ikkje køyrer sjølve.</li>"
            "<li>Bruk kunnskapen frå jobben din. Ein barnehagelærar, ein snikkar eller ein "
            "sjukepleiar veit ting politikarane treng å høyre.</li></ul>"
            "<p>Livet ditt avgjer kor mykje tid du har. Småbarnsforeldre, folk som jobbar skift, "
            "og studentar i eksamenstida har ikkje alltid kveldane ledige. Då er det heilt greitt "
            "å bidra litt i periodar eller å delta digitalt. Treng du tilrettelegging, til dømes "
            "eit lokale utan trapper, teksting på digitale møte eller tolk, så sei frå til styret. "
            "Det er ansvaret til laget å gjere det mogleg for deg å vere med.</p>"
        ),
        heading("Slik tek vi imot kvarandre"),
        text(
            "<p>Eit godt lokallag kjenner ein att på korleis det tek imot nye. Partiet vil at "
            "organisasjonen skal vere raus, respektfull og profesjonell. Det tyder at det er rom "
            "for ulike meiningar, at alle blir møtte med respekt, og at møte og prosessar er "
            "ryddige og føreseielege. Det merkar du i det små:</p>"
            "<ul><li>Nokon helsar på deg i døra og presenterer deg for eit par andre.</li>"
            "<li>Møteleiaren forklarer forkortingar og saker som har ei lang forhistorie.</li>"
            "<li>Du får spørsmål om kva du er oppteken av, og ikkje berre om du kan ta eit "
            "verv.</li>"
            "<li>Nokon tek kontakt etter møtet og spør korleis du opplevde det.</li></ul>"
        ),
        scenario(
            "Det første møtet",
            "<p>Amir Haddad har vore medlem i tre veker og kjem på det første medlemsmøtet sitt i "
            "lokallaget på Tøyen. Han kjem litt tidleg. Folk står i små grupper og pratar, og "
            "ingen seier hei. Møtet handlar mest om ein reguleringsplan han ikkje har høyrt om, "
            "og alle ser ut til å kjenne forhistoria. Då møtet er over, går Amir rett heim.</p>",
            [
                "Kva kunne laget ha gjort før, under og etter møtet for at Amir skulle kjenne seg "
                "velkomen?",
                "Kva trur du skal til for at Amir kjem tilbake neste gong?",
                "Kva kan du sjølv gjere neste gong du ser eit nytt andlet på eit møte?",
            ],
        ),
        heading("Hjelp neste nye medlem inn"),
        text(
            "<p>Du har nyleg vore ny sjølv, og det gjer deg verdfull. Du hugsar kva som var "
            "forvirrande, og kva som fekk deg til å kjenne deg velkomen. Fortel styret om det. "
            "Mange lag har ei fadderordning, der eit røynt medlem følgjer opp eit nytt dei første "
            "månadene. Når du har vore med ei stund, kan du bli fadder sjølv.</p>"
            "<p>Du kan òg hjelpe laget til å vekse. Dei fleste som melder seg inn, gjer det fordi "
            "nokon spurde dei. Ta med ein venn, ein kollega eller ein nabo på eit ope møte. Ta "
            "ekstra godt imot dei som kjem frå AUF, og dei som nettopp har flytta til kommunen. "
            "Máret flytta frå Guovdageaidnu til Tromsø for å studere. Etter det første året i "
            "laget sa ho det slik:</p>"
        ),
        quote(
            "Eg vart ikkje verande på grunn av politikken åleine. Eg vart verande fordi nokon "
            "hugsa namnet mitt og spurde kva eg brann for.",
            "Máret, medlem i Tromsø",
        ),
        callout(
            "Det er lov å seie nei",
            "<p>Du kjem til å bli spurd om å ta på deg oppgåver. Det er eit godt teikn. Men det "
            "er lov å seie nei, å seie «ikkje no» eller å ta ein pause. Eit lag som tek vare på "
            "medlemene sine, vil heller ha deg med i mange år enn sliten etter eitt.</p>",
        ),
        reflection(
            "Kva skal til for at du kjem tilbake etter eit første møte, og kva kan du gjere for "
            "at den neste nye skal ønskje det same?",
            "Tenk på ein gong du var ny ein stad, på jobb, i eit idrettslag eller i eit kor. Kva "
            "gjorde at du kjende deg velkomen?",
        ),
        notes(
            "<p>Bruk gjerne denne modulen på eit møte for nye medlemer dei første vekene etter "
            "innmeldinga. Start med ein runde der alle seier namnet sitt og kvifor dei meldte seg "
            "inn. Gjennomfør scenarioet i små grupper, og samle forslaga til kva laget kan gjere "
            "betre.</p>"
            "<p>Avslutt med at kvar deltakar får eit konkret tilbod: eit møte, ein aktivitet eller "
            "ein fadder. Styret bør skrive ned forslaga frå gruppene og bruke dei i planen til "
            "laget for oppfølging av nye medlemer.</p>"
        ),
    ],
)

# The course "grunnkurs" in courses.py: title, summary, audience and learning outcomes.
COURSE_NN = {
    "title": "Grunnkurs for medlemer",
    "summary": (
        "Ei innføring i korleis partiet er bygd opp, kva rettar du har som medlem, og korleis du "
        "kan påverke politikken."
    ),
    "audience": "Alle medlemer, særleg nye",
    "outcomes": [
        "Forklare korleis partiet er organisert frå lokallag til landsmøte",
        "Kjenne rettane og pliktene sine som medlem",
        "Skrive og fremje eit forslag i laget",
    ],
}

MEMBER_QUIZ_NN = (
    "fra-sak-til-vedtak",
    {
        "title": "Quiz: Medlem i partiet",
        "intro": "Seks spørsmål om korleis partiet er bygd opp, og korleis du får saka di fram.",
        "pass_mark": 70,
        "feedback_policy": FeedbackPolicy.AFTER_EACH,
    },
    [
        single(
            "Kven vedtek partiprogrammet?",
            [
                option("Landsmøtet", True, "Rett. Landsmøtet er det øvste organet i partiet."),
                option("Sentralstyret", feedback="Sentralstyret leier partiet mellom møta."),
                option(
                    "Stortingsgruppa", feedback="Gruppa følgjer programmet, men vedtek det ikkje."
                ),
            ],
            "Landsmøtet kjem saman annakvart år og vedtek program, vedtekter og leiing.",
        ),
        true_false(
            "Eit medlem kan berre fremje forslag gjennom styret i lokallaget.",
            False,
            "Alle medlemer kan sende forslag til medlemsmøtet i laget sitt. Styret kan gi råd, "
            "men ikkje stoppe eit forslag som er sendt inn i tide.",
            feedback_true="Nei: du treng ikkje gå via styret.",
        ),
        multiple(
            "Kva rettar har du som medlem? Kryss av for alle som stemmer.",
            [
                option("Å røyste på medlemsmøte", True),
                option("Å stille til val i laget", True),
                option("Å få sjå medlemslistene til andre lag", feedback="Nei, dei er verna."),
                option("Å fremje forslag til medlemsmøtet", True),
            ],
            "Du har tale-, forslags- og røysterett i laget ditt, og kan veljast til verv. "
            "Medlemslister er personopplysningar som berre dei som treng dei, får sjå.",
            scoring="partial",
            points=2,
        ),
        quiz_scenario(
            "<p>Amina vil at kommunen skal halde skulebiblioteket ope om kvelden. Ho er ny i "
            "laget og lurer på kvar ho skal byrje.</p>",
            "Kva er eit godt første steg?",
            [
                option(
                    "Skrive eit kort forslag og melde det til neste medlemsmøte",
                    True,
                    "Ja. Eit skriftleg forslag gir laget noko konkret å ta stilling til.",
                ),
                option(
                    "Vente til valkampen, når programmet skal skrivast",
                    feedback="Då kan det bli for seint; saka kan takast opp no.",
                ),
                option(
                    "Sende saka rett til ordføraren",
                    feedback="Det går an, men då står du åleine utan laget i ryggen.",
                ),
            ],
            "Saker veks når laget står bak dei. Medlemsmøtet kan sende forslaget vidare til "
            "bystyregruppa eller til årsmøtet i kommunepartiet.",
        ),
        single(
            "Kva heiter det når eit forslag blir sendt vidare frå laget til eit høgare organ?",
            [
                option("Å oversende det", True),
                option("Å utsetje det"),
                option("Å trekkje det"),
            ],
            "Eit oversendt forslag blir handsama av organet det blir sendt til, til dømes "
            "årsmøtet i kommunepartiet.",
        ),
        true_false(
            "Vedtektene bestemmer kor lang frist det er for forslag til årsmøtet.",
            True,
            "Fristane står i vedtektene, og innkallinga skal seie når dei går ut.",
        ),
    ],
)
