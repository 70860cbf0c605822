"""The demo's courses: four national ones, one per track, and a local course in Bergen."""

from courses.models import Track
from devtools.courses.demo_content import callout, heading, reflection, text
from devtools.courses.demo_content.modules import (
    DIVERSITY_LEADERSHIP,
    DUTY_TO_ACT,
    FOLLOW_UP,
    GOOD_START,
    INCLUSIVE_MEETING,
    INFLUENCE,
    ORDERLY_PROCESSES,
    ORGANISATION,
    RAISE_CONCERNS,
    RIGHTS,
    SAMI_AND_MINORITY,
    VALUES,
    WHO_IS_MISSING,
    ZERO_TOLERANCE,
)

OPTIONAL = False
REQUIRED = True

# (slug, title, track, summary, audience, learning outcomes, hours, validity in months,
#  [(module, required)])
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
        "1.5",
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
        "3",
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
        "1.5",
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
        "1.5",
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
    "Lagene, møteplassene og folkene i Bergen Arbeiderparti.",
    15,
    [
        heading("Velkommen til Bergen Arbeiderparti"),
        text(
            "<p>I Bergen har vi lokallag i alle bydelene. Lokallagene har medlemsmøter hver "
            "måned, og kommunepartiet samler alle til representantskapsmøte fire ganger i "
            "året. Bystyregruppa holder åpent gruppemøte før hvert bystyremøte.</p>"
        ),
        callout(
            "Medlemskveld",
            "<p>Første tirsdag i måneden er det medlemskveld på partikontoret. Nye medlemmer "
            "får en egen fadder fra lokallaget sitt.</p>",
        ),
        reflection("Hvilket lokallag i Bergen hører du til, og hva vil du være med på?"),
    ],
)

BERGEN_COURSE = (
    "ny-i-bergen",
    "Ny i Bergen Arbeiderparti",
    Track.GRUNNSKOLERING,
    "Et kort kurs for nye medlemmer i Bergen: partiet, laget ditt og hvordan du kommer i gang.",
    "Nye medlemmer i Bergen",
    ["Vite hvordan partiet og kommunepartiet i Bergen er organisert", "Finne sin plass i laget"],
    "1",
    None,
    [(ORGANISATION, REQUIRED), (BERGEN_MODULE, REQUIRED), (GOOD_START, REQUIRED)],
)
