"""The party-culture course's modules (partikultur og nulltoleranse)."""

from devtools.courses.demo_content import callout, heading, notes, quote, reflection, scenario, text

VALUES = (
    "verdiene-i-praksis",
    "Verdiene våre i praksis",
    "Hvordan frihet, likhet og solidaritet blir til vaner i laget: raus debatt, respekt for "
    "personen, ryddige prosesser og et blikk for makt i det små.",
    6,
    [
        heading("Fra verdier til vaner"),
        text(
            "<p>Frihet, likhet og solidaritet er ordene du kjenner fra programmet. De handler om "
            "samfunnet vi vil bygge, men de sier også noe om hvordan vi skal ha det med hverandre "
            "i partiet. Et parti som vil gi alle like muligheter i samfunnet, må også gi alle like "
            "muligheter på årsmøtet, i styret og i valgkampen. Ellers oppstår det et gap mellom "
            "det vi sier og det vi gjør, og det merker både medlemmene og velgerne.</p>"
            "<p>Som organisasjon vil vi være <b>raus</b>, <b>respektfull</b> og "
            "<b>profesjonell</b>. Det er lett å være enig i de tre ordene. Det krevende er å gjøre "
            "dem til vaner en vanlig tirsdagskveld i lokallaget, når dagsordenen er lang, kaffen "
            "er kald og uenigheten er stor.</p>"
        ),
        heading("Raus", "h3"),
        text(
            "<p>Å være raus betyr at det er plass til flere meninger og flere slags folk. Du gir "
            "andre ordet, du lar nye medlemmer prøve seg på oppgaver de ikke har gjort før, og du "
            "heier når noen lykkes, også når det ikke var din kandidat som vant.</p>"
        ),
        heading("Respektfull", "h3"),
        text(
            "<p>Vi møter hverandre med respekt og tillit, uansett alder, kjønn, legning, "
            "funksjonsevne, hudfarge, samisk eller annen bakgrunn, og uansett hvor lenge du har "
            "vært medlem. Ingen skal bli diskriminert eller trakassert hos oss. Det ansvaret har "
            "hver enkelt av oss, og det har partiet som organisasjon.</p>"
        ),
        heading("Profesjonell", "h3"),
        text(
            "<p>Profesjonell betyr ryddig: innkallingen kommer i tide, alle får de samme "
            "sakspapirene, reglene for nominasjon er kjent på forhånd, og det føres protokoll. "
            "Ryddighet er en form for omsorg. Når alle vet hvordan beslutninger blir tatt, blir "
            "det mindre rom for maktspill, rykter og mistenksomhet.</p>"
        ),
        heading("Hard i saken, myk mot personen"),
        text(
            "<p>Politikk er uenighet, og et bredt folkeparti skal tåle at medlemmene er uenige om "
            "bompenger, skolestruktur eller vindkraft. Uenighet er ikke et problem. Problemet "
            "oppstår når kritikken flytter seg fra saken til personen. «Forslaget ditt gir "
            "lengre skolevei for elevene i Fræna» er et argument. «Du har jo aldri skjønt deg på "
            "skole» er et angrep.</p>"
            "<p>Når en sak er avgjort etter en demokratisk prosess, står vi sammen om "
            "flertallets vedtak. Det gjelder ikke minst etter en nominasjon. De som tapte, er "
            "fortsatt en del av laget, og de som vant, har et særlig ansvar for å trekke dem med "
            "videre inn i valgkampen.</p>"
        ),
        quote("Vi skal være tøffe i debatten og myke i møte med mennesker."),
        callout(
            "Tre spørsmål før du trykker «send»",
            "<p>Mye av partilivet foregår i chattegrupper, e-post og sosiale medier, der tonen "
            "lett blir skarpere enn ansikt til ansikt. Spør deg selv:</p><ul><li>Ville jeg sagt "
            "dette rett til personen, med andre til stede?</li><li>Handler det jeg skriver om "
            "saken eller om personen?</li><li>Hvordan vil det leses av et medlem som er helt ny i "
            "laget?</li></ul>",
        ),
        heading("Makt i det små: hersketeknikker"),
        text(
            "<p>Sosialpsykologen og politikeren Berit Ås beskrev fem såkalte hersketeknikker: "
            "måter å holde andre nede på, ofte uten at det sies høyt. Du finner dem i "
            "styrerommet like mye som i Stortinget:</p><ul><li><b>Usynliggjøring:</b> Noen blir "
            "oversett, avbrutt eller ikke nevnt når æren skal fordeles.</li><li><b>"
            "Latterliggjøring:</b> Et innspill blir møtt med himling eller en spøk i stedet for "
            "et svar.</li><li><b>Tilbakeholdelse av informasjon:</b> De viktige avgjørelsene "
            "tas på «møtet før møtet», der bare noen er invitert.</li><li><b>"
            "Dobbeltavstraffelse:</b> Uansett hva personen gjør, er det feil: Er hun stille, er "
            "hun passiv, sier hun fra, er hun vanskelig.</li><li><b>Påføring av skyld og "
            "skam:</b> Noen får høre at de selv har skylden for at de blir behandlet "
            "dårlig.</li></ul><p>Ingen av oss er helt fri for slike vaner. Poenget er å legge "
            "merke til dem, hos deg selv og hos andre, og å bryte mønsteret. Gi ordet tilbake til "
            "den som ble avbrutt, send sakspapirene til alle, og gi ros til den som faktisk gjorde "
            "jobben.</p>"
        ),
        scenario(
            "Etter nominasjonsmøtet",
            "<p>Nominasjonsmøtet i kommunepartiet ble jevnt. Ingrid Sæther, som har sittet i "
            "kommunestyret i to perioder, tapte kampen om tredjeplassen mot Ánde Hætta, som har "
            "vært medlem i to år. Samme kveld skriver et av styremedlemmene i chattegruppa til "
            "laget at «noen tydeligvis har venner på fylkeskontoret». Flere setter tommel opp. "
            "Ingrid svarer ikke, og Ánde begynner å lure på om han egentlig er ønsket.</p>",
            [
                "Hvilke av verdiene våre blir satt under press her?",
                "Hva kan lederen og andre i gruppa gjøre nå, både i chatten og utenfor den?",
                "Hvordan kan laget samle seg igjen før valgkampen starter?",
            ],
        ),
        reflection(
            "Tenk på det siste partimøtet du var på. Hvem snakket mest, og hvem sa lite eller "
            "ingenting?",
            "Du trenger ikke finne en syndebukk. Se etter mønstre: Er det de samme som får ordet "
            "hver gang? Hva kan du gjøre for å slippe til andre neste gang?",
        ),
        notes(
            "<p>Start gjerne med en runde der hver deltaker sier ett ord de forbinder med god "
            "partikultur. Gå gjennom hersketeknikkene med eksempler fra hverdagen, ikke fra "
            "konkrete personer i laget. Scenarioet egner seg for grupper på tre til fire. Be "
            "gruppene formulere én konkret melding lederen kunne skrevet i chatten. Sett av 20 "
            "minutter til samtalen.</p>"
        ),
    ],
)

ZERO_TOLERANCE = (
    "nulltoleranse-for-trakassering",
    "Nulltoleranse for trakassering",
    "Hva trakassering og seksuell trakassering er, hvordan det kan se ut i partiet, hvorfor "
    "maktforhold betyr noe, og hva nulltoleranse faktisk innebærer.",
    6,
    [
        heading("Hva er trakassering?"),
        text(
            "<p>Trakassering er handlinger, ord eller unnlatelser som krenker, skremmer, "
            "nedverdiger eller ydmyker et annet menneske, eller som skaper et fiendtlig klima "
            "rundt det. Det kan være én alvorlig hendelse, eller mange små som til sammen gjør at "
            "noen gruer seg til neste møte.</p>"
            "<p><b>Seksuell trakassering</b> er enhver form for uønsket oppmerksomhet av seksuell "
            "karakter som oppleves krenkende, skremmende eller plagsom. Det kan være kommentarer, "
            "blikk, meldinger, bilder eller berøring.</p>"
        ),
        callout(
            "Opplevelsen er utgangspunktet",
            "<p>Det er den som blir utsatt for noe, som vet hvordan det oppleves. Derfor er "
            "opplevelsen til den utsatte utgangspunktet for om noe kan være trakassering. At "
            "handlingen «ikke var ment sånn», avgjør ikke saken. Likestillings- og "
            "diskrimineringsloven bygger på det samme: Det er virkningen som teller, ikke bare "
            "hensikten. Når en sak blir behandlet, skal likevel begge parter bli hørt før noen "
            "konkluderer.</p>",
            kind="important",
        ),
        heading("Slik kan det se ut", "h3"),
        text(
            "<ul><li><b>Ord:</b> kommentarer om kropp, utseende, alder eller kjønn, «vitser» om "
            "innvandrere, samer eller homofile.</li><li><b>Digitalt:</b> meldinger sent på "
            "kvelden, uønskede bilder, hets i kommentarfelt eller i lagets chattegruppe.</li>"
            "<li><b>Fysisk:</b> berøring som ikke er ønsket, eller at noen stadig kommer for "
            "nær.</li><li><b>Utfrysing:</b> baksnakking, at noen ikke får informasjon eller "
            "ikke blir invitert.</li><li><b>Press og trusler:</b> «Støtter du meg ikke, kan du "
            "glemme plassen på lista.»</li></ul>"
            "<p>Trakassering kan også ramme det som gjør deg til deg. Máret, som er "
            "fylkestingsrepresentant fra Guovdageaidnu, blir spurt på et fylkesmøte om hun er "
            "«samisk nok» til å uttale seg om reindrift, og det blir fnising i salen når hun sier "
            "et par setninger på samisk. Hver for seg kan slike episoder virke små. Over tid sier "
            "de noe om hvem som hører til.</p>"
        ),
        heading("Maktforhold i partiet"),
        text(
            "<p>I et parti finnes det makt: over nominasjoner, verv, delegatplasser, hvem som får "
            "ordet og hvem som blir invitert inn der beslutningene forberedes. Nye og unge "
            "medlemmer er ofte avhengige av at erfarne folk slipper dem til.</p>"
            "<p>Den som har makt, kjenner det ofte ikke selv. En gruppeleder i bystyret tenker "
            "kanskje at hun bare er en vanlig lokalpolitiker. For en nitten år gammel nykommer "
            "er hun en som kan avgjøre om det blir en plass på lista. Slike skjeve forhold gjør "
            "det vanskeligere å si nei, og vanskeligere å si fra etterpå. Derfor har de med verv "
            "et særlig ansvar for å skape trygge rammer.</p>"
        ),
        heading("Her blir grenser lettere tråkket over", "h3"),
        text(
            "<ul><li>Fest etter årsmøter og landsmøter, særlig når det er mye alkohol.</li><li>"
            "Overnatting på hotell og reiser der folk er borte hjemmefra.</li><li>Sene kvelder "
            "i valgkampen og skyss hjem i samme bil.</li><li>Private meldinger og sosiale "
            "medier, der ingen andre ser hva som skjer.</li></ul>"
        ),
        scenario(
            "Etter festen",
            "<p>Etter middagen på fylkesårsmøtet sender en erfaren fylkestingsrepresentant "
            "flere meldinger til Sofie, en ung delegat, om at hun må bli med opp på "
            "hotellrommet hans. Sofie svarer ikke. Neste dag fortsetter meldingene: «Ikke vær så "
            "sippete, det var bare for moro skyld.» Sofie sier ingenting til noen, men melder seg "
            "av valgkampkomiteen uka etter.</p>",
            [
                "Hva gjør dette med Sofies lyst til å være aktiv i partiet?",
                "Hvilken rolle spiller forskjellen i makt og erfaring mellom dem?",
                "Hvem har ansvar for å gripe inn, og hvordan?",
            ],
        ),
        heading("Hva nulltoleranse betyr"),
        text(
            "<p>Nulltoleranse betyr ikke at ingenting skal kunne skje. Det ville vært naivt å tro "
            "det i en organisasjon med titusenvis av medlemmer. Det betyr at <b>alle saker blir "
            "tatt på alvor og fulgt opp</b>, og at trakassering <b>kan få konsekvenser</b>. "
            "Konsekvensene skal stå i forhold til det som har skjedd. Det kan være en samtale og "
            "en beklagelse, en advarsel, å miste et verv eller ikke bli nominert, og i de mest "
            "alvorlige sakene å miste medlemskapet.</p>"
            "<p>Nulltoleranse betyr også at vi tar tak i de «små» tingene: kommentaren på "
            "møtet og spøken i chatten. Det er i en kultur der det lille får passere, at det "
            "store kan skje.</p>"
        ),
        heading("Hvorfor det angår alle", "h3"),
        text(
            "<p>Da #metoo nådde norsk politikk høsten 2017, fortalte mange i flere partier om "
            "opplevelser de aldri hadde meldt fra om. De fleste som opplever trakassering, "
            "lager ikke bråk. De slutter å komme. Hver gang det skjer, mister vi en stemme, en "
            "kandidat eller en valgkamparbeider, og laget blir fattigere.</p>"
        ),
        reflection(
            "Hvilke situasjoner i ditt lag kan gjøre det lettere for grenser å bli tråkket over?",
            "Tenk på arrangementer, reiser, alkohol, chattegrupper og hvem som har makt over "
            "verv og nominasjoner. Hva kunne laget gjort annerledes?",
        ),
        notes(
            "<p>Temaet kan vekke sterke følelser, og noen i rommet kan ha egne erfaringer. Si i "
            "starten at ingen trenger å dele noe personlig, og at det er lov å gå ut en tur. "
            "Fortell før dere starter hvem deltakerne kan kontakte etterpå, for eksempel "
            "kontaktpersonen i fylkespartiet. Hold samtalen på scenarioene, ikke på navngitte "
            "saker fra laget.</p>"
        ),
    ],
)

RAISE_CONCERNS = (
    "si-fra",
    "Slik sier du fra, og slik tar vi imot",
    "Hvor du kan si fra om trakassering, hva som skjer når du har gjort det, og hvordan du tar "
    "imot når noen forteller deg om noe vanskelig.",
    7,
    [
        heading("Du kan si fra på flere måter"),
        text(
            "<p>Har du opplevd noe som føltes feil, eller sett noe som ikke var greit, kan du si "
            "fra. Du trenger ikke være sikker på at det «er alvorlig nok», og det finnes ingen "
            "feil dør. Partiets varslingsrutiner beskriver hvordan saker blir meldt og "
            "behandlet, og du kan velge den veien som føles tryggest for deg:</p><ul><li><b>En "
            "tillitsvalgt du stoler på</b>, for eksempel lederen eller et annet medlem av styret "
            "i laget ditt.</li><li><b>En kontaktperson eller et ombud utenfor laget</b>, for "
            "eksempel den navngitte kontaktpersonen fylkespartiet har for slike saker. Det er "
            "ofte det beste valget når saken gjelder noen i lagets styre.</li><li><b>Partiets "
            "sentrale varslingskanal</b>, som behandler saker konfidensielt. Den er riktig sted "
            "hvis saken gjelder noen med sentrale verv, eller hvis du heller vil at saken tas "
            "utenfor fylket.</li></ul>"
            "<p>Du kan ha med deg en du stoler på når du sier fra. Du kan også spørre om råd "
            "først, uten å nevne navn. Og du kan si fra om noe du har sett, ikke bare om noe du "
            "selv har opplevd.</p>"
        ),
        callout(
            "Er du i fare?",
            "<p>Partiets rutiner erstatter ikke politiet. Er du i akutt fare, ring 112. Har du "
            "opplevd noe som kan være straffbart, kan du alltid anmelde det, også om saken "
            "samtidig blir behandlet i partiet.</p>",
            kind="important",
        ),
        callout(
            "Finn veien før du trenger den",
            "<p>Kontaktinformasjonen til varslingskanalen og til kontaktpersonen i fylket ditt "
            "står i partiets varslingsrutiner. Finner du dem ikke, kan du spørre fylkespartiet. "
            "Skriv gjerne ned navnet på kontaktpersonen i fylket ditt allerede nå.</p>",
        ),
        heading("Hva skjer når du har sagt fra?"),
        text(
            "<ol><li><b>Du blir tatt imot.</b> Den som tar imot, lytter, noterer det du forteller "
            "og forklarer hva som kan skje videre.</li><li><b>Saken blir vurdert.</b> Hva slags "
            "sak er det, hvor raskt må noe skje, og trenger noen beskyttelse nå? Saker blir ofte "
            "drøftet med kontaktpersonen i fylket eller den sentrale varslingskanalen.</li><li>"
            "<b>Begge parter blir hørt.</b> Den det er sagt fra om, har rett til å få vite hva "
            "saken gjelder og til å fortelle sin versjon.</li><li><b>Saken blir avsluttet og "
            "fulgt opp.</b> Du får vite utfallet så langt det er mulig. Noen detaljer om "
            "konsekvenser for den andre kan være fortrolige.</li></ol>"
            "<p>Konfidensielt betyr at bare de som trenger å vite noe for å behandle saken, får "
            "vite det. Det er ikke det samme som at ingen får vite noe, for en sak kan ikke "
            "behandles rettferdig uten at den det gjelder, får svare.</p>"
        ),
        heading("Vern mot represalier", "h3"),
        text(
            "<p>Den som sier fra, skal ikke få negative følger av det. Du skal ikke bli fryst "
            "ut, miste et verv eller bli baksnakket fordi du varslet, verken av den saken gjelder "
            "eller av andre. Skjer det likevel, er det en ny sak som skal følges opp.</p>"
        ),
        heading("Når noen forteller deg noe"),
        text(
            "<p>De fleste varsler begynner ikke som et skjema, men som en prat i gangen etter et "
            "møte. Hvordan du svarer de første minuttene, kan avgjøre om personen tør å gå "
            "videre med saken:</p><ul><li><b>Lytt og ta personen på alvor.</b> Unngå spørsmål "
            "som høres ut som tvil, som «Er du sikker på at du ikke misforsto?»</li><li><b>"
            "Fortell hva som kan skje videre</b>, og hvem som kan hjelpe.</li><li><b>Ikke "
            "konfronter den saken gjelder selv</b>, og ikke ring for å høre «hans versjon». Det "
            "hører hjemme i behandlingen av saken og kan utsette den som sa fra for press.</li>"
            "<li><b>Ikke lov full taushet.</b> Lov heller at du ikke gjør noe uten at personen "
            "vet om det.</li><li><b>Skriv ned</b> kort hva som ble sagt, når og hvor.</li></ul>"
        ),
        scenario(
            "Et medlem tar kontakt",
            "<p>Etter et medlemsmøte i Drammen forteller Solveig, som er 23 år, at et "
            "styremedlem gjentatte ganger har kommentert kroppen hennes og sendt henne "
            "meldinger sent på kvelden. Hun ber deg om ikke å si det til noen. «Jeg vil bare at "
            "det skal slutte, jeg vil ikke lage noen sak.»</p>",
            [
                "Hva svarer du henne der og da?",
                "Hvordan kan du ta saken videre og samtidig ta hensyn til ønsket hennes?",
                "Hva gjør du hvis du er venn med styremedlemmet det gjelder?",
            ],
        ),
        text(
            "<p>Ønsket til den som forteller, skal respekteres så langt det går. Men som "
            "tillitsvalgt kan du ikke bare la saken ligge. Du kan rådføre deg med kontaktpersonen "
            "i fylket eller den sentrale varslingskanalen uten å nevne navn, og fortelle Solveig "
            "at du gjør det. Står du nær den saken gjelder, bør du gi saken videre til noen "
            "utenfor laget.</p>"
        ),
        reflection(
            "Vet du hvem du ville kontaktet hvis du trengte å si fra, både i laget ditt og "
            "utenfor det?",
            "Hvis svaret er nei, finn det ut denne uka. Spør lederen i laget eller fylkespartiet "
            "hvem som er kontaktperson, og hvor varslingsrutinene står.",
        ),
        notes(
            "<p>Ha kontaktinformasjonen til kontaktpersonen i fylkespartiet og partiets "
            "varslingskanal klar, og del den med alle deltakerne før møtet er slutt. Øv gjerne "
            "på scenarioet i par: én forteller, én tar imot. Snakk om hvordan det føltes å bli "
            "lyttet til. Minn om at ingen skal dele egne saker i plenum.</p>"
        ),
    ],
)

DUTY_TO_ACT = (
    "plikten-til-a-handle",
    "Plikten til å handle",
    "Hva som forventes av deg som tillitsvalgt eller folkevalgt: å forebygge, gripe inn der og "
    "da, ta imot det du får vite og sørge for at saken blir fulgt opp.",
    20,
    [
        heading("Alle har ansvar, du har et særlig ansvar"),
        text(
            "<p>Alle medlemmer har ansvar for kulturen i laget, og alle har ansvar for ikke selv "
            "å trakassere. Har du et verv, har du i tillegg et særlig ansvar. Som tillitsvalgt "
            "eller folkevalgt er du en del av partiets ansikt, både utad og innad. Det du lar "
            "passere, blir fort normen for andre.</p>"
            "<p>Får du vite om trakassering, har du plikt til å prøve å hindre at det fortsetter. "
            "Å se en annen vei er også et valg. Plikten betyr ikke at du skal etterforske eller "
            "dømme. Den betyr at du stopper det som skjer hvis du kan, tar vare på den som ble "
            "utsatt for det, bringer saken til rett sted og følger opp.</p>"
        ),
        heading("Gripe inn der og da"),
        text(
            "<p>De fleste situasjonene der du må gripe inn, er små: en kommentar på et møte, en "
            "hånd som blir liggende for lenge på en rygg på festen, en stygg spøk i "
            "chattegruppa. Nettopp fordi de virker små, blir de ofte stående uimotsagt.</p>"
            "<ol><li>Avbryt situasjonen hvis du kan gjøre det trygt.</li><li>Snakk med den som "
            "ble utsatt for det, og lytt.</li><li>Bring saken videre til rett sted, og fortell "
            "hva du gjør.</li><li>Følg opp etterpå, både med den utsatte og med saken.</li></ol>"
        ),
        heading("Fem måter å gripe inn på", "h3"),
        text(
            "<ul><li><b>Si fra direkte:</b> «Den kommentaren var ikke grei. Vi går videre i "
            "saken.»</li><li><b>Avled:</b> Bytt tema, be personen om hjelp med noe, eller finn "
            "en grunn til å ta den utsatte med ut av situasjonen.</li><li><b>Hent hjelp:</b> "
            "Involver møtelederen, en annen tillitsvalgt eller noen den som trakasserer, har "
            "respekt for.</li><li><b>Dokumenter:</b> Noter hva du så og hørte, eller ta "
            "skjermbilde av meldinger, hvis den utsatte ønsker det.</li><li><b>Følg opp "
            "etterpå:</b> Spør hvordan det går, selv om du ikke rakk å gjøre noe der og "
            "da.</li></ul><p>Å vente og se om det skjer igjen, er sjelden et godt valg. Den som "
            "blir utsatt for noe, legger merke til hvem som tier.</p>"
        ),
        scenario(
            "I gruppemøtet",
            "<p>Kommunestyregruppa i Kárášjohka har gruppemøte før kommunestyret. En av de "
            "eldste representantene kommenterer for tredje gang klærne til Tiril, den yngste i "
            "gruppa: «Har du pyntet deg for pressen i dag?» Noen ler. Gruppeleder Øystein Løvås "
            "merker at Tiril blir stille resten av møtet.</p>",
            [
                "Hva kan Øystein si der og da, uten å gjøre situasjonen verre for Tiril?",
                "Hva bør han gjøre etterpå, med Tiril og med representanten som kom med "
                "kommentarene?",
                "Hva endrer seg hvis den som kommer med kommentarene, er ordføreren?",
            ],
        ),
        heading("Når du får vite om noe"),
        text(
            "<p>Som tillitsvalgt er du ofte den noen forteller det til. Lytt, ta personen på "
            "alvor og fortell hva som kan skje videre. Ikke ta kontakt med den saken gjelder for "
            "å høre hans eller hennes versjon. Det hører hjemme i behandlingen av saken, og det "
            "kan sette den som fortalte, i en vanskelig situasjon. Skriv ned det du har fått "
            "vite, og bring saken videre etter partiets varslingsrutiner: til kontaktpersonen i "
            "fylkespartiet eller til den sentrale varslingskanalen.</p>"
            "<p>Noen ber deg om ikke å gjøre noe. Respekter ønsket så langt det går, men du kan "
            "ikke la saken ligge. Du kan alltid rådføre deg uten å nevne navn, og du bør si til "
            "den som har fortalt, at du gjør det. Er det fare for at andre blir utsatt for det "
            "samme, kan saken måtte gå videre selv om personen helst ikke vil. Fortell det i så "
            "fall til henne eller ham først.</p>"
            "<p>Gjelder saken noen i ditt eget styre, en nær venn eller deg selv, skal du ikke "
            "håndtere den alene. Gi den videre til noen utenfor laget.</p>"
        ),
        heading("Forebygging er også en plikt"),
        text(
            "<ul><li>Gå gjennom retningslinjene mot trakassering i styret hvert år, for "
            "eksempel på første styremøte etter årsmøtet.</li><li>Sørg for at alle medlemmer vet "
            "hvem kontaktpersonen i fylket er, og fortell nye medlemmer det når dere ønsker dem "
            "velkommen.</li><li>Planlegg arrangementer med omtanke: Hvem har ansvaret på festen, "
            "hvordan kommer folk seg hjem, og hvor mye alkohol trengs egentlig?</li><li>Led "
            "møter slik at alle slipper til, og grip inn når tonen blir personlig.</li></ul>"
        ),
        callout(
            "Samme opplæring for alle med verv",
            "<p>Alle tillitsvalgte og folkevalgte skal ta dette kurset, også de som er nye i "
            "vervet. Kursbeviset gjelder i to år, og deretter må kurset tas på nytt.</p>",
        ),
        callout(
            "Det viktigste fra kurset",
            "<ul><li>Det er opplevelsen til den som blir utsatt for noe, som er utgangspunktet "
            "for om det kan være trakassering.</li><li>Du kan si fra til en tillitsvalgt du "
            "stoler på, til en kontaktperson eller et ombud utenfor laget, eller til partiets "
            "varslingskanal, ikke bare til lederen i eget lag.</li><li>Den som sier fra, skal "
            "bli lyttet til, tatt på alvor og få vite hva som skjer videre.</li><li>"
            "Nulltoleranse betyr at alle saker blir fulgt opp, og at det kan få "
            "konsekvenser.</li><li>Ber den utsatte deg om å la være, respekterer du ønsket så "
            "langt det går, men du sørger for at saken blir håndtert, for eksempel ved å rådføre "
            "deg uten å nevne navn.</li><li>Si tydelig fra der og da, og snakk med den som ble "
            "utsatt for det, etterpå. Å vente og se er ikke nok.</li><li>Alle har ansvar for "
            "kulturen, og tillitsvalgte har et særlig ansvar.</li></ul>",
            kind="important",
        ),
        reflection(
            "Hva ville gjort det lettere for deg å gripe inn neste gang du ser eller hører noe "
            "som ikke er greit?",
            "Tenk på hva som holdt deg tilbake sist: usikkerhet, at det var en venn, at du var "
            "ny? Velg én setning du kan bruke, og én person du kan be om hjelp.",
        ),
        notes(
            "<p>Dette er modulen der deltakerne øver på å handle. Bruk scenarioet i grupper, og "
            "la hver gruppe spille gjennom hva Øystein sier i møtet. Minn om at plikten gjelder "
            "å sørge for at saken kommer til rett sted, ikke å løse den alene. Quizen etter "
            "modulen dekker hele kurset. Gå gjerne gjennom oppsummeringen sammen før deltakerne "
            "tar den.</p>"
        ),
    ],
)
