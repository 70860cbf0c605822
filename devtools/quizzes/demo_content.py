"""Demo quizzes, written for this project in Bokmål: one per demo course, covering every
question type. Each entry is (module slug it belongs in, settings, questions)."""

from quizzes.models import FeedbackPolicy


def option(text, correct=False, feedback=""):
    return {"text": text, "correct": correct, "feedback": feedback}


def single(prompt, options, explanation, points=1):
    return {
        "type": "single_choice",
        "value": {
            "prompt": prompt,
            "options": options,
            "points": points,
            "explanation": explanation,
        },
    }


def multiple(prompt, options, explanation, scoring="all", points=1):
    return {
        "type": "multiple_choice",
        "value": {
            "prompt": prompt,
            "options": options,
            "scoring": scoring,
            "points": points,
            "explanation": explanation,
        },
    }


def true_false(statement, is_true, explanation, feedback_true="", feedback_false=""):
    return {
        "type": "true_false",
        "value": {
            "prompt": statement,
            "answer": "true" if is_true else "false",
            "feedback_true": feedback_true,
            "feedback_false": feedback_false,
            "points": 1,
            "explanation": explanation,
        },
    }


def scenario(case, prompt, options, explanation, several=False, scoring="all", points=1):
    return {
        "type": "scenario",
        "value": {
            "case": case,
            "prompt": prompt,
            "several_correct": several,
            "options": options,
            "scoring": scoring,
            "points": points,
            "explanation": explanation,
        },
    }


MEMBER_QUIZ = (
    "fra-sak-til-vedtak",
    {
        "title": "Quiz: Medlem i partiet",
        "intro": "Seks spørsmål om hvordan partiet er bygd opp, og hvordan du får saken din fram.",
        "pass_mark": 70,
        "feedback_policy": FeedbackPolicy.AFTER_EACH,
    },
    [
        single(
            "Hvem vedtar partiprogrammet?",
            [
                option("Landsmøtet", True, "Riktig. Landsmøtet er partiets øverste organ."),
                option("Sentralstyret", feedback="Sentralstyret leder partiet mellom møtene."),
                option(
                    "Stortingsgruppa", feedback="Gruppa følger programmet, men vedtar det ikke."
                ),
            ],
            "Landsmøtet samles annethvert år og vedtar program, vedtekter og ledelse.",
        ),
        true_false(
            "Et medlem kan bare fremme forslag gjennom styret i lokallaget.",
            False,
            "Alle medlemmer kan sende forslag til medlemsmøtet i laget sitt. Styret kan gi råd, "
            "men ikke stoppe et forslag som er sendt inn i tide.",
            feedback_true="Nei: du trenger ikke gå via styret.",
        ),
        multiple(
            "Hvilke rettigheter har du som medlem? Kryss av for alle som stemmer.",
            [
                option("Å stemme på medlemsmøter", True),
                option("Å stille til valg i laget", True),
                option("Å få se medlemslistene til andre lag", feedback="Nei, de er vernet."),
                option("Å fremme forslag til medlemsmøtet", True),
            ],
            "Du har tale-, forslags- og stemmerett i laget ditt, og kan velges til verv. "
            "Medlemslister er personopplysninger som bare de som trenger dem, får se.",
            scoring="partial",
            points=2,
        ),
        scenario(
            "<p>Amina vil at kommunen skal holde skolebiblioteket åpent om kvelden. Hun er ny "
            "i laget og lurer på hvor hun skal begynne.</p>",
            "Hva er et godt første steg?",
            [
                option(
                    "Skrive et kort forslag og melde det til neste medlemsmøte",
                    True,
                    "Ja. Et skriftlig forslag gir laget noe konkret å ta stilling til.",
                ),
                option(
                    "Vente til valgkampen, når programmet skal skrives",
                    feedback="Da kan det bli for sent; saken kan reises nå.",
                ),
                option(
                    "Sende saken rett til ordføreren",
                    feedback="Det går an, men da står du alene uten laget i ryggen.",
                ),
            ],
            "Saker vokser når laget står bak dem. Medlemsmøtet kan sende forslaget videre til "
            "bystyregruppa eller til kommunepartiets årsmøte.",
        ),
        single(
            "Hva heter det når et forslag sendes videre fra laget til et høyere organ?",
            [
                option("Å oversende det", True),
                option("Å utsette det"),
                option("Å trekke det"),
            ],
            "Et oversendt forslag blir behandlet av organet det sendes til, for eksempel "
            "årsmøtet i kommunepartiet.",
        ),
        true_false(
            "Vedtektene bestemmer hvor lang frist det er for forslag til årsmøtet.",
            True,
            "Fristene står i vedtektene, og innkallingen skal si når de går ut.",
        ),
    ],
)

LEADER_QUIZ = (
    "ryddige-prosesser",
    {
        "title": "Quiz: Møteledelse og ryddige prosesser",
        "intro": "Seks spørsmål for deg som leder møter, valg og vedtak.",
        "pass_mark": 80,
        "max_attempts": 3,
        "feedback_policy": FeedbackPolicy.AFTER_PASSING,
    },
    [
        single(
            "Hvor lenge før årsmøtet må innkallingen normalt sendes ut?",
            [
                option("Innen fristen vedtektene setter", True),
                option("Kvelden før, så alle husker det"),
                option("Det er opp til lederen"),
            ],
            "Vedtektene setter fristen. Sendes innkallingen for sent, kan vedtak bli ugyldige.",
        ),
        multiple(
            "Hva bør stå i en innkalling? Kryss av for alt som hører med.",
            [
                option("Tid og sted", True),
                option("Saksliste", True),
                option("Hvem som kommer til å stemme hva"),
                option("Frist for forslag", True),
            ],
            "Innkallingen skal gjøre det mulig for alle å forberede seg og delta på like vilkår.",
        ),
        scenario(
            "<p>På et medlemsmøte tar tre erfarne medlemmer ordet igjen og igjen. To nye har "
            "tegnet seg, men rekker ikke å si noe før saken skal stemmes over.</p>",
            "Hva gjør møtelederen?",
            [
                option(
                    "Innfører kortere taletid og gir først ordet til dem som ikke har hatt det",
                    True,
                ),
                option("Lar det gå, fordi de erfarne vet mest om saken"),
                option("Avslutter møtet uten vedtak"),
            ],
            "Møtelederen har ansvar for at alle som vil, får slippe til. Taletid og prioritet "
            "til nye talere er vanlige og ryddige grep.",
        ),
        true_false(
            "En som er inhabil i en sak, kan bli sittende og stemme hvis saken er liten.",
            False,
            "Inhabilitet gjelder uansett hvor liten saken er. Den inhabile går fra under "
            "behandlingen, og det protokolleres.",
        ),
        scenario(
            "<p>Valgkomiteen legger fram en innstilling. Et medlem vil foreslå en annen "
            "kandidat fra salen.</p>",
            "Hvilke av disse er riktige? Kryss av for alle.",
            [
                option("Benkeforslag er lov med mindre vedtektene sier noe annet", True),
                option(
                    "Ved flere kandidater skal det være skriftlig valg hvis noen ber om det", True
                ),
                option("Møtelederen kan avvise forslaget fordi komiteen har innstilt"),
            ],
            "Valgkomiteen gir råd, men medlemmene bestemmer. Benkeforslag og skriftlig valg "
            "er en del av et ryddig valg.",
            several=True,
        ),
        single(
            "Hvem godkjenner protokollen fra årsmøtet?",
            [
                option("To som årsmøtet velger til å underskrive den", True),
                option("Lederen alene"),
                option("Ingen, den er godkjent når den er skrevet"),
            ],
            "Årsmøtet velger to til å underskrive protokollen sammen med møtelederne.",
        ),
    ],
)

CULTURE_QUIZ = (
    "plikten-til-a-handle",
    {
        "title": "Quiz: Trygge fellesskap",
        "intro": "Sju spørsmål om trakassering, varsling og ansvaret ditt som tillitsvalgt.",
        "pass_mark": 80,
        "max_attempts": 3,
        "feedback_policy": FeedbackPolicy.AFTER_LAST_ATTEMPT,
    },
    [
        true_false(
            "Det er den som opplever en handling, som avgjør om den kan være trakassering.",
            True,
            "Hvordan handlingen oppleves, er avgjørende for om den kan være trakassering, "
            "selv om det ikke var ment slik.",
        ),
        multiple(
            "Hvor kan et medlem si fra om trakassering? Kryss av for alle.",
            [
                option("Til en tillitsvalgt de stoler på", True),
                option("Til partiets varslingskanal", True),
                option("Bare til lederen i eget lag", feedback="Nei, det finnes flere veier."),
                option("Til et ombud eller en kontaktperson utenfor laget", True),
            ],
            "Flere veier inn gjør det lettere å si fra, også når den det gjelder, sitter i "
            "styret i laget.",
            scoring="partial",
            points=2,
        ),
        scenario(
            "<p>Etter et møte forteller en ung kandidat at en eldre tillitsvalgt har sendt "
            "henne meldinger sent på kvelden som hun opplever som ubehagelige.</p>",
            "Hva gjør du først?",
            [
                option(
                    "Lytter, tar henne på alvor og forteller hva som kan skje videre",
                    True,
                    "Ja. Å bli trodd og få vite hva som skjer, er det viktigste først.",
                ),
                option(
                    "Ringer den tillitsvalgte for å høre hans versjon",
                    feedback="Ikke før hun vet om det, og saken går riktig vei.",
                ),
                option(
                    "Ber henne tenke over om hun har misforstått",
                    feedback="Det kan få henne til å tie. Ta henne på alvor.",
                ),
            ],
            "Den som sier fra, skal bli tatt på alvor og vite hva som skjer videre. Saken "
            "følges så opp etter partiets rutiner.",
        ),
        single(
            "Hva betyr det at partiet har nulltoleranse for trakassering?",
            [
                option("At alle saker blir fulgt opp, og at det kan få konsekvenser", True),
                option("At ingen saker noen gang skal skje"),
                option("At bare alvorlige saker blir fulgt opp"),
            ],
            "Nulltoleranse handler om å reagere, ikke om å late som ingenting skjer.",
        ),
        true_false(
            "En tillitsvalgt som får vite om trakassering, kan la være å gjøre noe hvis den "
            "utsatte ber om det.",
            False,
            "Du skal respektere ønskene til den utsatte så langt det går, men du har plikt til "
            "å sørge for at saken blir håndtert, for eksempel ved å rådføre deg anonymt.",
        ),
        scenario(
            "<p>På et lagsmøte kommer det stadig kommentarer om utseendet til en av de "
            "yngste i styret. Noen ler; ingen sier noe.</p>",
            "Hva kan møtelederen gjøre? Kryss av for alle som passer.",
            [
                option("Si tydelig fra i møtet at slike kommentarer ikke er greit", True),
                option("Ta en prat med den det gjelder etterpå", True),
                option("Vente og se om det skjer igjen"),
            ],
            "Å gripe inn der og da viser at kulturen gjelder alle. Å følge opp etterpå viser "
            "omsorg for den det gjelder.",
            several=True,
            scoring="partial",
        ),
        single(
            "Hvem har ansvar for kulturen i laget?",
            [
                option("Alle, med et særlig ansvar for tillitsvalgte", True),
                option("Bare lederen"),
                option("Bare sentralstyret"),
            ],
            "Alle har ansvar for et trygt fellesskap. Tillitsvalgte har i tillegg plikt til å "
            "handle når de får vite om noe.",
        ),
    ],
)

DIVERSITY_QUIZ = (
    "samisk-politikk-og-minoritetssprak",
    {
        "title": "Quiz: Hvem representerer vi?",
        "intro": "Fem spørsmål trekkes fra en samling på seks, i tilfeldig rekkefølge.",
        "pass_mark": 60,
        "draw_count": 5,
        "shuffle_questions": True,
        "shuffle_options": True,
        "feedback_policy": FeedbackPolicy.AFTER_PASSING,
    },
    [
        single(
            "Hva er et godt første steg for å finne ut hvem laget mangler?",
            [
                option(
                    "Sammenligne medlemmene og de tillitsvalgte med befolkningen i kommunen",
                    True,
                ),
                option("Spørre styret hva de tror"),
                option("Vente til noen klager"),
            ],
            "Tall fra kommunen og en oversikt over laget gir et grunnlag å snakke ut fra.",
        ),
        true_false(
            "Mangfold handler bare om etnisk bakgrunn.",
            False,
            "Mangfold handler også om alder, kjønn, funksjonsevne, yrke, bosted og mer.",
        ),
        multiple(
            "Hva kan gjøre det lettere for flere å stille til verv? Kryss av for alle.",
            [
                option("Møter på tider som passer for folk med små barn", True),
                option("Tydelige beskrivelser av hva vervet krever", True),
                option("At bare de som har vært med lengst, blir spurt"),
                option("Tilrettelegging for dem som trenger det", True),
            ],
            "Åpne og forutsigbare verv gjør at flere ser seg selv i dem.",
            scoring="partial",
        ),
        scenario(
            "<p>Valgkomiteen har bare spurt folk de kjenner fra før. Lista ser ut som den "
            "forrige.</p>",
            "Hva kan komiteen gjøre annerledes?",
            [
                option("Lyse ut vervene for alle medlemmer og spørre bredt", True),
                option("Beholde lista, siden den fungerte sist"),
                option("La styret velge kandidatene"),
            ],
            "En åpen prosess gir et bredere tilfang av kandidater og mer tillit til lista.",
        ),
        true_false(
            "Samisk er et offisielt språk i Norge.",
            True,
            "Samisk er likestilt med norsk i forvaltningsområdet for samisk språk.",
        ),
        single(
            "Hvorfor er representasjon viktig for et parti?",
            [
                option("Fordi politikken blir bedre når flere erfaringer er med", True),
                option("Fordi det ser bra ut på bilder"),
                option("Fordi loven krever lik fordeling i alle lag"),
            ],
            "Et parti som speiler folket, ser flere sider av sakene og får tillit fra flere.",
        ),
    ],
)

BERGEN_QUIZ = (
    "slik-jobber-vi-i-bergen",
    {
        "title": "Quiz: Ny i Bergen",
        "intro": "Fem raske spørsmål om hvordan vi jobber i Bergen. Du har 15 minutter.",
        "pass_mark": 60,
        "time_limit_minutes": 15,
        "feedback_policy": FeedbackPolicy.AFTER_EACH,
    },
    [
        single(
            "Når er det medlemskveld på partikontoret?",
            [
                option("Første tirsdag i måneden", True),
                option("Hver fredag"),
                option("Bare i valgkampen"),
            ],
            "Medlemskvelden er første tirsdag i måneden, og alle er velkomne.",
        ),
        true_false(
            "Nye medlemmer i Bergen får en egen fadder fra lokallaget sitt.",
            True,
            "Fadderen hjelper deg i gang og viser deg rundt i laget.",
        ),
        multiple(
            "Hvilke møteplasser har kommunepartiet? Kryss av for alle.",
            [
                option("Medlemsmøter i lokallagene", True),
                option("Representantskapsmøter", True),
                option("Åpne gruppemøter før bystyret", True),
                option("Lukkede møter bare for styret", feedback="Det finnes, men er ikke åpne."),
            ],
            "Lokallagene, representantskapet og bystyregruppa har alle møter der medlemmer "
            "kan komme.",
        ),
        scenario(
            "<p>Du har flyttet til Årstad og vil engasjere deg i trafikksikkerhet rundt "
            "skolene.</p>",
            "Hvor tar du det opp først?",
            [
                option("På medlemsmøtet i Årstad lokallag", True),
                option("På landsmøtet"),
                option("I en avis"),
            ],
            "Lokallaget er nærmest saken, og kan løfte den videre til bystyregruppa.",
        ),
        single(
            "Hvor ofte samles representantskapet i Bergen?",
            [
                option("Fire ganger i året", True),
                option("Én gang i året"),
                option("Hver uke"),
            ],
            "Representantskapet samles fire ganger i året og er kommunepartiets øverste "
            "organ mellom årsmøtene.",
        ),
    ],
)

QUIZZES = (MEMBER_QUIZ, LEADER_QUIZ, CULTURE_QUIZ, DIVERSITY_QUIZ, BERGEN_QUIZ)
