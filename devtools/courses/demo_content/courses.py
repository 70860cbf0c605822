"""The demo's courses: four national ones, one per track, and a local course in Bergen."""

from courses.models import Track
from devtools.courses.demo_content import callout, heading, reflection, text
from devtools.courses.demo_content.basic import GOOD_START, INFLUENCE, ORGANISATION, RIGHTS
from devtools.courses.demo_content.culture import (
    DUTY_TO_ACT,
    RAISE_CONCERNS,
    VALUES,
    ZERO_TOLERANCE,
)
from devtools.courses.demo_content.diversity import SAMI_AND_MINORITY, WHO_IS_MISSING
from devtools.courses.demo_content.leadership import (
    DIVERSITY_LEADERSHIP,
    FOLLOW_UP,
    INCLUSIVE_MEETING,
    ORDERLY_PROCESSES,
)

OPTIONAL = False
REQUIRED = True

# (slug, title, track, summary, audience, learning outcomes, validity in months,
#  [(module, required)]). A course's time is its modules' minutes added up.
NATIONAL_COURSES = (
    (
        "grunnkurs",
        "Grunnkurs for medlemmer",
        Track.GRUNNSKOLERING,
        "En innføring i hvordan partiet er bygd opp, hvilke rettigheter du har som medlem, og "
        "hvordan du kan påvirke politikken.",
        "Alle medlemmer, særlig nye",
        [
            "Forklare hvordan partiet er organisert fra lokallag til landsmøte",
            "Kjenne rettighetene og pliktene sine som medlem",
            "Skrive og fremme et forslag i laget",
        ],
        None,
        [
            (ORGANISATION, REQUIRED),
            (RIGHTS, REQUIRED),
            (INFLUENCE, REQUIRED),
            (GOOD_START, OPTIONAL),
        ],
    ),
    (
        "lederkurs",
        "Lederkurs: å lede et lag",
        Track.LEDERSKOLERING,
        "For deg som leder et lag eller sitter i et styre: gode møter, oppfølging av nye "
        "medlemmer, mangfold i ledelse og ryddige prosesser.",
        "Ledere og styremedlemmer",
        [
            "Planlegge og lede møter der flere tar ordet",
            "Lage en plan for oppfølging av nye medlemmer",
            "Bruke mangfoldskompetanse i ledelse og nominasjon",
            "Sørge for at valg og vedtak følger vedtektene",
        ],
        None,
        [
            (INCLUSIVE_MEETING, REQUIRED),
            (FOLLOW_UP, REQUIRED),
            (DIVERSITY_LEADERSHIP, REQUIRED),
            (ORDERLY_PROCESSES, REQUIRED),
        ],
    ),
    (
        "trygge-fellesskap",
        "Trygge fellesskap: partikultur og nulltoleranse for trakassering",
        Track.PARTIKULTUR,
        "Verdiene våre i praksis, hva trakassering er, hvordan du sier fra, og plikten til å "
        "handle for deg med verv.",
        "Tillitsvalgte og folkevalgte (obligatorisk), og alle andre medlemmer",
        [
            "Kjenne igjen trakassering og forstå maktforhold i partiet",
            "Vite hvor og hvordan man sier fra",
            "Gripe inn og ta imot varsler som tillitsvalgt eller folkevalgt",
        ],
        24,
        [
            (VALUES, REQUIRED),
            (ZERO_TOLERANCE, REQUIRED),
            (RAISE_CONCERNS, REQUIRED),
            (DUTY_TO_ACT, REQUIRED),
        ],
    ),
    (
        "mangfold-og-representasjon",
        "Mangfold og representasjon",
        Track.MANGFOLD,
        "Hvem er med i laget, hvem mangler, og hvordan flere kan få reell innflytelse.",
        "Alle medlemmer, styrer og nominasjonskomiteer",
        [
            "Kartlegge hvem laget representerer, og hvem som mangler",
            "Forklare hvorfor språk og urfolksrettigheter angår hele partiet",
        ],
        None,
        [
            (WHO_IS_MISSING, REQUIRED),
            (DIVERSITY_LEADERSHIP, REQUIRED),
            (SAMI_AND_MINORITY, OPTIONAL),
        ],
    ),
)

BERGEN_MODULE = (
    "slik-jobber-vi-i-bergen",
    "Slik jobber vi i Bergen",
    "Lokallagene i bydelene, møteplassene i kommunepartiet og hvordan du som nytt medlem i "
    "Bergen kommer i gang og får tatt opp en sak.",
    12,
    [
        heading("Velkommen til Bergen Arbeiderparti"),
        text(
            "<p>Som medlem i Bergen hører du til to steder på en gang. Du er medlem av Bergen "
            "Arbeiderparti, som er kommunepartiet for hele byen, og du hører til lokallaget i "
            "bydelen der du bor. Kommunepartiet har ansvaret for bypolitikken, valgprogrammet og "
            "lista til bystyrevalget. Lokallaget er stedet der du blir kjent med folk, diskuterer "
            "det som skjer i nabolaget og gjør en innsats i valgkampen.</p>"
            "<p>Bergen har parlamentarisk styreform. Bystyret velger et byråd som styrer byen, "
            "omtrent slik Stortinget og regjeringen fungerer nasjonalt. Partiets folkevalgte i "
            "bystyret utgjør bystyregruppa.</p>"
        ),
        heading("Lokallaget i bydelen din"),
        text(
            "<p>Vi har lokallag i alle de åtte bydelene: Arna, Bergenhus, Fana, Fyllingsdalen, "
            "Laksevåg, Ytrebygda, Årstad og Åsane. Hvert lokallag har medlemsmøte én gang i "
            "måneden. Der tar dere opp saker fra bydelen, hører på en av de folkevalgte og "
            "planlegger stands og dørbanking.</p>"
            "<p>Lagene er forskjellige, og det er en styrke. Årstad lokallag kan for eksempel "
            "være opptatt av skoleveiene rundt Danmarksplass, mens Åsane lokallag jobber med "
            "bussforbindelsen til sentrum og Laksevåg lokallag med nye boliger i Loddefjord. I "
            "Fana kan det handle om turområder og om hvor langt eldre i de spredte delene av "
            "bydelen har til tjenestene.</p>"
        ),
        callout(
            "Du får en fadder",
            "<p>Alle nye medlemmer i Bergen får en egen fadder fra lokallaget sitt. Fadderen tar "
            "kontakt etter at du har meldt deg inn, møter deg gjerne på det første medlemsmøtet, "
            "forklarer ord og forkortelser og viser deg rundt i laget. Har du ikke hørt noe i "
            "løpet av noen uker, kan du spørre lederen i lokallaget ditt. Kontaktinformasjon til "
            "lokallagene finner du på medlemssidene.</p>",
        ),
        heading("Møteplassene i kommunepartiet"),
        text(
            "<p>Dette er de faste møteplassene der du som medlem kan komme:</p>"
            "<ul><li><b>Medlemsmøter i lokallagene</b> hver måned. Her starter de fleste "
            "sakene.</li>"
            "<li><b>Representantskapsmøter</b> fire ganger i året. Representantskapet er "
            "kommunepartiets øverste organ mellom årsmøtene. Lokallagene sender delegater som "
            "har stemmerett, men møtene er åpne for alle medlemmer som vil følge med.</li>"
            "<li><b>Åpne gruppemøter</b> før hvert bystyremøte. Bystyregruppa går gjennom sakene "
            "som skal opp, og medlemmer kan komme og si hva de mener.</li>"
            "<li><b>Medlemskveld</b> første tirsdag i måneden på partikontoret. Det er en "
            "uformell kveld der du møter folk fra hele byen, og alle er velkomne.</li></ul>"
            "<p>Lokallagene og kommunepartiet har også styremøter. De er arbeidsmøter for de "
            "valgte styremedlemmene og ikke åpne møteplasser, men du kan alltid be styret ta opp "
            "en sak.</p>"
        ),
        heading("Slik får du tatt opp en sak"),
        text(
            "<p>Tenk deg at du har flyttet til Årstad og er bekymret for trafikken rundt skolen "
            "der barna dine går. Den beste veien inn er medlemsmøtet i Årstad lokallag. "
            "Lokallaget er nærmest saken, og der møter du andre som kjenner de samme veiene. Gi "
            "gjerne beskjed til styret på forhånd, så kan saken settes på sakslista.</p>"
            "<p>Blir lokallaget enig, kan det sende et forslag eller en uttalelse videre. Saken "
            "kan tas opp med bystyregruppa på et åpent gruppemøte, eller sendes til "
            "representantskapet hvis den handler om partiets politikk for hele byen. Slik går "
            "en sak fra et nabolag i Årstad til bystyresalen. Det tar tid, men det er slik "
            "medlemmene former politikken.</p>"
        ),
        reflection(
            "Hvilket lokallag i Bergen hører du til, og hvilken sak i bydelen din vil du ta opp "
            "på neste medlemsmøte?",
            "Tenk på noe du ser i hverdagen: skoleveien, bussen, barnehagen eller et grøntområde. "
            "Fadderen din kan hjelpe deg å få saken på sakslista.",
        ),
    ],
)

BERGEN_COURSE = (
    "ny-i-bergen",
    "Ny i Bergen Arbeiderparti",
    Track.GRUNNSKOLERING,
    "Et kort kurs for nye medlemmer i Bergen: partiet, laget ditt og hvordan du kommer i gang.",
    "Nye medlemmer i Bergen",
    ["Vite hvordan partiet og kommunepartiet i Bergen er organisert", "Finne sin plass i laget"],
    None,
    [(ORGANISATION, REQUIRED), (BERGEN_MODULE, REQUIRED), (GOOD_START, REQUIRED)],
)
