"""The basic course's first module (grunnskolering) in Northern Sámi (davvisámegiella).

A demo translation of ORGANISATION in devtools/courses/demo_content/basic.py that no native
speaker has reviewed; it opens with a warning saying so. The slug stays in Bokmål."""

from devtools.courses.demo_content import callout, heading, notes, reflection, scenario, text

ORGANISATION_SE = (
    "slik-er-partiet-organisert",
    "Nu lea bellodat organiserejuvvon (demojorgalus)",
    "Báikkiservviin riikkačoahkkimii: makkár oasit bellodagas leat, gii mearrida maid, ja gosa "
    "don lahttun gulat.",
    8,
    [
        callout(
            "Demojorgalus – demooversettelse",
            "<p>Dát lea demojorgalus davvisámegillii. Ii oktage geas lea sámegiella eatnigiellan "
            "leat dárkkistan jorgalusa.</p>"
            "<p>Dette er en demooversettelse til nordsamisk som ingen med samisk som morsmål har "
            "gått gjennom.</p>",
            kind="warning",
        ),
        heading("Bellodat lea huksejuvvon vuolil bajás"),
        text(
            "<p>Bellodat ii leat vuosttažettiin kantuvra Oslos. Bellodaga hábmejit lahtut miehtá "
            "riikka, Grünerløkka gávpotoasseservviin gitta Kárášjoga suohkanbellodahkii. "
            "Organisašuvdna lea huksejuvvon nu ahte fápmu manná vuolil bajás: Lahtut válljejit "
            "stivrraid ja sáddejit áirasiid jahkečoahkkimiidda, ja jahkečoahkkimat válljejit fas "
            "áirasiid viidáset. Juohke dásis leat iežas barggut, muhto buot oasit gullet oktii.</p>"
            "<p>Go don searvvat bellodahkii, de šattat dábálaččat dan suohkanbellodaga lahttun gos "
            "orut. Jos orut stuorra suohkanis, de gulat dávjá maiddái báikkisearvái iežat "
            "gávpotoasis. Máŋgga unnit suohkanis leat báikkisearvi ja suohkanbellodat seamma.</p>"
        ),
        heading("Báikkisearvi", "h3"),
        text(
            "<p>Báikkisearvi lea dat báiki gos eatnasat deaivvadit bellodagain vuosttaš geardde. "
            "Dáppe dollojuvvojit lahttočoahkkimat, dáppe plánejit lahtut stánddaid ja ruovttuid "
            "galledemiid, ja dáppe oahpásmuvat olbmuiguin geat orrot du lahkosis. Muhtun searvvit "
            "leat huksejuvvon bargosaji dahje eallindili birra, ovdamearkka dihte "
            "studeantasearvvit. Báikkiservviin lea iežas stivra, maid lahtut válljejit "
            "jahkečoahkkimis.</p>"
        ),
        heading("Suohkanbellodat", "h3"),
        text(
            "<p>Suohkanbellodat čohkke buot lahtuid suohkanis. Das lea ovddasvástádus bellodaga "
            "politihkas suohkanstivrras, dahje gávpotstivrras gávpogiin, ja báikkálaš "
            "válgagilvvus. Suohkanbellodat mearrida válgaprográmma suohkanválgii ja nominere "
            "kandidáhtaid suohkanstivralistui. Stuorra suohkaniin sáddejit báikkiservvit áirasiid "
            "suohkanbellodaga jahkečoahkkimii. Smávva suohkaniin sáhttet buot lahtut ieža "
            "searvat.</p>"
        ),
        heading("Fylkkabellodat", "h3"),
        text(
            "<p>Fylkkabellodat čohkke fylkka suohkanbellodagaid. Das lea ovddasvástádus bellodaga "
            "politihkas fylkkadikkis, ovdamearkka dihte joatkkaskuvllain, fylkkageainnuin ja "
            "almmolaš johtolagas. Fylkkabellodat nominere kandidáhtaid sihke fylkkadiggeválgii ja "
            "stuorradiggeválgii. Dábálaččat lea fylkkabellodagas fylkkačálli dahje eará bargit "
            "geat veahkehit suohkanbellodagaid oahpahusain, lahttobargguin ja válgagilvvuin.</p>"
        ),
        heading("Riikkačoahkkin ja riikkadási jođihus", "h3"),
        text(
            "<p>Riikkačoahkkin lea bellodaga alimus orgána. Dat čoahkkana juohke nuppi jagi "
            "áirasiiguin miehtá riikka, mearrida bellodatprográmma ja njuolggadusaid ja vállje "
            "bellodaga jođihusa. Riikkačoahkkimiid gaskkas lea riikkastivra bellodaga alimus "
            "orgána, ja das leat ovddasteaddjit buot fylkkabellodagain. Guovddášstivra jođiha "
            "beaivválaš politihkalaš ja organisatoralaš barggu.</p>"
        ),
        callout(
            "Suohkanbellodat lea guovddážis",
            "<p>Suohkanbellodagas politihkka šaddá eanemusat konkrehtalaš: guhte skuvla "
            "ođasmahttojuvvo, galgá go busse vuodjit dávjjibut, ja gii lea bajimusas listtus "
            "suohkanválggas. Danin adnojuvvo suohkanbellodat organisašuvnna deháleamos dássin, ja "
            "dáppe dáhpáhuvvá eanaš lahttodoaibma.</p>",
        ),
        heading("Guokte oasi: organisašuvdna ja álbmotválljejuvvon áirasat"),
        text(
            "<p>Lea álki seaguhit bellodaga organisašuvdnan ja álbmotválljejuvvon áirasiid geat "
            "ovddastit bellodaga. Sii gullet lagas oktii, muhto sis leat sierra rollat.</p>"
            "<ul><li><b>Bellodatorganisašuvdnii</b> gullet lahtut, searvvit ja stivrrat. "
            "Organisašuvdna mearrida prográmma, nominere kandidáhtaid ja doaimmaha "
            "válgagilvvu.</li>"
            "<li><b>Álbmotválljejuvvon áirasiid joavkkut</b> suohkanstivrras, fylkkadikkis ja "
            "Stuorradikkis galget ollašuhttit prográmma. Sii ieža mearridit iežaset oaivila "
            "ovttaskas áššiin, muhto sii vástidit bellodahkii mii sin nominerii.</li></ul>"
            "<p>Ovdamearka: Kárášjoga suohkanbellodat lea čállán prográmmasis ahte suohkan galgá "
            "oažžut eanet mánáidgárdeoahpaheddjiid geat hállet sámegiela. Go bušeahtta meannuduvvo "
            "suohkanstivrras, de lea joavku mii ferte gávdnat ruđaid ja šiehtadallat eará "
            "bellodagaiguin. Lahtut sáhttet čuovvolit dan bovdemiin joavkojođiheaddji "
            "lahttočoahkkimii ja jearramiin mo manná.</p>"
        ),
        heading("Gii mearrida maid?"),
        text(
            "<p>Juohke dásis leat orgánat main leat sierra barggut. Dát leat dat maiguin don "
            "dávjjimusat deaivvadat:</p>"
            "<ul><li><b>Lahttočoahkkin</b> lea dat gos lahtut digaštallet politihka, mearridit "
            "cealkámušaid ja sáddejit evttohusaid viidáset. Buot servvi lahtut sáhttet searvat, "
            "váldit sáni ja jienastit.</li>"
            "<li><b>Jahkečoahkkin</b> dollojuvvo oktii jagis. Dat meannuda jahkedieđáhusa ja "
            "rehketdoalu, mearrida bargoplána ja vállje stivrra. Báikkiservviin, suohkanbellodagas "
            "ja fylkkabellodagas lea jahkečoahkkin alimus orgána.</li>"
            "<li><b>Stivra</b> jođiha barggu jahkečoahkkimiid gaskkas. Das lea ovddasvástádus "
            "ekonomiijas, doaimmain, lahtuid čuovvoleamis ja das ahte čoahkkimiidda bovdejuvvo "
            "áiggil.</li>"
            "<li><b>Ovddasteaddjiráđđi</b> gávdno muhtun stuorát suohkanbellodagain. Dasa gullet "
            "válljejuvvon ovddasteaddjit servviin, ja dat dahká dehálaš mearrádusaid "
            "jahkečoahkkimiid gaskkas.</li>"
            "<li><b>Válgalávdegoddi</b> evttoha geat galget leat stivrras. "
            "<b>Nominašuvdnalávdegoddi</b> ráhkada listaevttohusa ovdal suohkan-, fylkkadigge- "
            "dahje stuorradiggeválggaid.</li></ul>"
            "<p>Njuolggadus lea álki: Áššit mat gusket suohkanii, gullet suohkanbellodahkii. Áššit "
            "mat gusket fylkii, gullet fylkkabellodahkii. Áššit mat gusket olles riikii, bohtet "
            "loahpas riikkačoahkkimii, muhto dat álget dávjá báikkiservviin.</p>"
        ),
        heading("Searvevuohta bellodaga birra"),
        text(
            "<p>Bellodat ii leat okto. AUF lea nuoraidorganisašuvdna, ja máŋgasat dálá "
            "luohttámušolbmuin álge doppe. Bellodaga ovttasbargu LO:in ja fidnolihtuiguin addá "
            "bellodahkii oktavuođa bargosajiide miehtá riikka, ja máŋgga suohkanbellodagas lea "
            "sierra oktavuođaolmmoš fidnosearvebargui. Bellodagas lea maiddái sámepolitihkalaš "
            "ráđđi ja nissonfierpmádat, mat barget rastá dábálaš dásiid.</p>"
            "<p>Dutnje lahttun dat mearkkaša ahte leat máŋga uksa sisa. Don sáhtát searvat bargui "
            "servviin gos orut, fidnosearvebargui bargosajis dahje fierpmádahkii mii bargá daid "
            "áššiiguin mat dutnje leat dehálaččat.</p>"
        ),
        scenario(
            "Gosa ášši gullá?",
            "<p>Golbma lahtu bohtet lahttočoahkkimii Álttás, juohkehaš iežas áššiin. Máret "
            "háliida ahte busse Álttá ja Guovdageainnu gaskka vuodjá dávjjibut, vai nuorat "
            "sáhttet orrut ruovttus ja johtit joatkkaskuvlii. Bjørn lea váiban dasa ahte "
            "gáhtačuovggat su orrunguovllus leat leamaš čáskaduvvon máŋga mánu. Sølvi oaivvilda "
            "ahte buohkain geat barget bákkolaš oasseáiggis, galgá leat vuoigatvuohta "
            "ollesáigevirgái.</p>",
            [
                "Guđe bellodaga dásis – suohkanbellodagas, fylkkabellodagas vai riikkačoahkkimis "
                "– lea ovddasvástádus juohke áššis?",
                "Mo sáhttá báikkisearvi veahkehit Máreha áššiin mii mearriduvvo eará sajis go "
                "suohkanis?",
                "Geasa bellodagas don válddášit oktavuođa vuos, vai Bjørna ášši johtilit ovdána?",
            ],
        ),
        reflection(
            "Guđe báikkisearvái ja suohkanbellodahkii don gulat, ja gii daid jođiha? Gii lea "
            "bellodaga joavkojođiheaddji suohkanstivrras gos don orut?",
            "Čále namaid maid dovddat. Jos muhtun namat váilot, de gávnnat daid dábálaččat "
            "suohkanbellodaga neahttasiidduin, dahje sáhtát jearrat boahtte čoahkkimis.",
        ),
        notes(
            "<p>Sárgo organisašuvnna távvalii dahje flipovera árkii ovttas oasseváldiiguin. Álgge "
            "vuolimusas sin iežaset servviin, ja divtte sin deavdit jođiheddjiid namaid, "
            "suohkanstivrra joavkojođiheaddji nama ja fylkkačálli nama. Juoge de oasseváldiid "
            "joavkkuide, golbma juohke joavkkus, ja divtte juohke joavkku bidjat scenária golbma "
            "ášši riekta dássái ja čilget manne.</p>"
            "<p>Loahpas muital goas boahtte jahkečoahkkin ja boahtte nominašuvdna leat "
            "báikkálaččat. Váldde mielde suohkanbellodaga njuolggadusaid ja stivrra listtu, vai "
            "oasseváldit oidnet geaiguin sáhttet váldit oktavuođa.</p>"
        ),
    ],
)
