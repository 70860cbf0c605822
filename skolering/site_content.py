"""The site's own pages: the home page text, the privacy statement (/personvern/) and the
accessibility statement (/tilgjengelighet/). A fresh site needs them in production as much as in
the demo, so `setup_site` and `seed_demo` both call `ensure_site_pages`. Pages that exist are left
alone: once created, editors own them in Wagtail. The editorial groups are set up too.

Apps that depend on this one add their own pages through a module `site_setup` with a function
`ensure(home)`, found by name, so this app never imports them."""

import functools
from importlib import import_module
from types import ModuleType

from django.apps import apps
from django.conf import settings
from django.db import transaction

from wagtail.models import (
    Collection,
    Locale,
    Page,
    Site,
)

from skolering.editorial import ensure_editorial_groups
from skolering.models import HomePage, StandardPage


def _heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def _paragraph(html):
    return {"type": "paragraph", "value": html}


HOME_INTRO = (
    "Her finner du partiets kurs for medlemmer, tillitsvalgte og folkevalgte. "
    "Ta kursene når det passer deg, følg med på hvor langt du har kommet, og få kursbevis "
    "når du er ferdig."
)

HOME_BODY = [
    _heading("Kurs for alle medlemmer"),
    _paragraph(
        "<p>Grunnkurset gir deg en innføring i hvordan partiet er bygd opp, hva vi står for, "
        "og hvordan du kan være med og påvirke. Hvor lang tid kurset tar, står på kurssiden, "
        "og du kan ta pauser underveis.</p>"
    ),
    _heading("For deg med verv"),
    _paragraph(
        "<p>Tillitsvalgte og folkevalgte tar kurset om partikultur og trygge fellesskap. "
        "Ledere tar i tillegg lederkurset, der mangfold og inkludering er en fast del. "
        "Lokallaget ditt kan se om du har fullført kursene som hører til vervet ditt.</p>"
    ),
    {
        "type": "callout",
        "value": {
            "kind": "info",
            "title": "Lokale kurs",
            "text": (
                "<p>Kommunepartiene kan bruke de nasjonale modulene i egne kurs og møter, "
                "og legge til lokalt stoff.</p>"
            ),
        },
    },
]

PRIVACY_INTRO = (
    "Medlemskap i et politisk parti forteller noe om hva du mener politisk. Det er særlige "
    "kategorier av personopplysninger etter personvernforordningen artikkel 9, og vi behandler "
    "dem deretter."
)

PRIVACY_BODY = [
    _heading("Hva vi lagrer"),
    _paragraph(
        "<ul><li>Navn, e-postadresse og passord (lagret som en kryptografisk hash, aldri i "
        "klartekst).</li><li>Hvilket lag du er medlem av, medlemsnummer og når du meldte deg "
        "inn.</li><li>Verv du har i partiet, med start- og sluttdato.</li><li>Hvilke kurs og "
        "moduler du har startet og fullført, svar på quizer og kursbevis.</li><li>Egne "
        "refleksjoner du skriver i kursene. De er bare synlige for deg.</li></ul>"
    ),
    _heading("Hvorfor"),
    _paragraph(
        "<p>Vi bruker opplysningene for å gi deg kursene, vise deg hvor langt du har kommet, "
        "utstede kursbevis og la lederne i laget ditt følge opp opplæringen som hører til "
        "vervene. Grunnlaget er medlemskapet ditt og partiets berettigede interesse i at "
        "tillitsvalgte og folkevalgte får lik opplæring.</p>"
    ),
    _heading("Hvem som ser hva"),
    _paragraph(
        "<p>Ledere og skoleringsansvarlige ser om medlemmer i sitt eget lag og lagene under "
        "har fullført kurs, og når. De ser ikke svarene dine eller refleksjonene dine. "
        "Alt de ser på og tar ut, blir logget. Redaktører ser bare samlet statistikk.</p>"
    ),
    _heading("Hvor lenge"),
    _paragraph(
        f"<p>Når medlemskapet ditt er avsluttet, sletter vi kontoen din etter "
        f"{settings.RETENTION_MEMBER_DAYS} dager. Da forsvinner navn, e-postadresse, medlemskap, "
        "verv, refleksjoner og quizsvar. Det du har fullført, blir stående uten navn, slik at "
        "statistikken over hvor mange som har tatt kursene blir riktig. Kursbevisene dine "
        "slutter å gjelde. Loggen over hvem som har sett på eller tatt ut opplysninger, "
        f"slettes etter {settings.RETENTION_AUDIT_MONTHS} måneder.</p>"
    ),
    _heading("Dine rettigheter"),
    _paragraph(
        '<p>Under <a href="/mine-kurs/personvern/">Dataene dine</a> kan du selv laste ned alt '
        "vi har lagret om deg, som én fil, og slette kontoen din. Du kan også be om retting. "
        "Kontakt lokallaget ditt eller "
        '<a href="mailto:personvern@example.org">personvern@example.org</a>. Du kan klage til '
        "Datatilsynet.</p>"
    ),
    _heading("Kursbevis"),
    _paragraph(
        "<p>Hvert kursbevis har en kode, slik at den du viser det til, kan sjekke at det er "
        "ekte. Sjekken viser om kursbeviset gjelder, hvilket kurs det er for, datoene og "
        "initialene dine, men ikke hele navnet ditt. Navnet bekreftes bare for den som skriver "
        "det inn slik det står på kursbeviset, og bare noen få forsøk i timen. Under "
        '<a href="/mine-kurs/#kursbevis">Mine kurs</a> kan du slå av sjekken for hvert '
        "kursbevis og slå den på igjen. Søkemotorer får ikke lov til å lagre sidene.</p>"
    ),
    _heading("Sikkerhet"),
    _paragraph(
        "<p>Passord lagres bare som en kryptografisk hash. Etter fem feil passord blir "
        "innloggingen stengt i 15 minutter for den kontoen på den enheten. En enhet du har "
        "logget inn på før, blir ikke stengt av feil som andre gjør et annet sted. Ledere ser "
        "bare sitt eget lag og lagene under, og alt de ser på og tar ut, blir logget. "
        "Opplysningene går aldri til andre enn dem som står her. Sletter du kontoen, blir du "
        "logget ut på alle enheter.</p>"
    ),
    _heading("Ingen sporing"),
    _paragraph(
        "<p>Nettstedet bruker ingen analyseverktøy, annonser eller innhold fra tredjeparter. "
        "Vi setter bare de informasjonskapslene som trengs for innlogging og for å beskytte "
        "skjemaene. Når du har logget inn, husker en informasjonskapsel i ett år at enheten "
        "er kjent for kontoen din. Den inneholder et tilfeldig nummer og et kryptografisk "
        "avtrykk av e-postadressen, ikke adressen selv.</p>"
    ),
]

ACCESSIBILITY_INTRO = (
    "Alle medlemmer skal kunne ta kursene, uansett funksjonsevne, alder og hvilket utstyr de "
    "bruker. Denne erklæringen forteller hvordan vi jobber for det, og hva som ikke er på plass "
    "ennå."
)

ACCESSIBILITY_BODY = [
    _heading("Mål"),
    _paragraph(
        "<p>Nettstedet skal oppfylle WCAG 2.2 på nivå AA. Det er strengere enn kravet i "
        "forskriften om universell utforming av IKT, som bygger på WCAG 2.0 og 2.1.</p>"
    ),
    _heading("Slik tester vi"),
    _paragraph(
        "<ul><li>Automatiske tester med axe kjører på alle sider for medlemmer og ledere, både "
        "i full bredde og på 320 piksler brede skjermer, hver gang koden endres.</li>"
        "<li>Vi tester at alt kan brukes med tastatur alene, at fokus alltid er synlig, og at "
        "sidene virker uten JavaScript.</li><li>Farger er valgt med kontrast på minst 4,5:1 "
        "for tekst og 3:1 for knapper og skjemafelt, og teksten kan forstørres til 200 prosent "
        "uten at noe forsvinner.</li></ul>"
    ),
    _heading("Språk"),
    _paragraph(
        "<p>Nettstedet finnes på bokmål, nynorsk og engelsk. Kurs, moduler og sider kan også "
        "oversettes til nordsamisk. Du velger språk øverst på hver side eller under «Min "
        "konto», og valget huskes når du er logget inn. Innhold som ikke er oversatt til "
        "språket du har valgt, vises på bokmål med en merknad om det, og er merket som bokmål "
        "slik at skjermlesere uttaler det riktig.</p>"
    ),
    _heading("Kjente mangler"),
    _paragraph(
        "<ul><li>På nordsamisk er foreløpig bare innholdet oversatt: knapper, menyer og "
        "meldinger er på bokmål til en oversettelse er gjennomgått av noen med samisk som "
        "morsmål. Teksten er merket som bokmål.</li>"
        "<li>Redigeringsverktøyet for redaktører (Wagtail) testes med axe på skjemaene for "
        "moduler, kurs, quizer og kurskrav og på quizstatistikken. Det vi selv har laget der, "
        "har ingen feil. Wagtail har disse kjente feilene: tekstfelt i lister og strømfelt "
        "(for eksempel diskusjonsspørsmål og læringsmål) mangler egen etikett; "
        "rikteksteditoren mangler et tilgjengelig navn; og minikartet over skjemaet kan rulles, "
        "men ikke nås med tastaturet.</li><li>Automatiske tester finner ikke alle "
        "problemer. Vi har ennå ikke hatt en brukertest med skjermleserbrukere.</li></ul>"
    ),
    _heading("Si fra"),
    _paragraph(
        "<p>Møter du hindringer, vil vi gjerne vite det. Skriv til "
        '<a href="mailto:tilgjengelighet@example.org">tilgjengelighet@example.org</a> og '
        "fortell hvilken side det gjelder og hva som ikke virket. Vi svarer innen to uker. "
        "Du kan også klage til Tilsynet for universell utforming av IKT (Digdir).</p>"
    ),
]

SITE_PAGES = (
    ("personvern", "Personvern", PRIVACY_INTRO, PRIVACY_BODY),
    ("tilgjengelighet", "Tilgjengelighetserklæring", ACCESSIBILITY_INTRO, ACCESSIBILITY_BODY),
)


@functools.cache
def app_modules(name: str) -> tuple[ModuleType, ...]:
    """Each installed app's module `name`, in INSTALLED_APPS order (dependencies first). Looked
    up once per process: a failed import is not cached by Python, and /mine-kurs/ asks on every
    request."""
    found = []
    for config in apps.get_app_configs():
        try:
            found.append(import_module(f"{config.name}.{name}"))
        except ModuleNotFoundError as error:
            if error.name != f"{config.name}.{name}":
                raise
    return tuple(found)


def locales_ensure() -> None:
    """A Wagtail locale for each content language, Bokmål first (the migrations make them; a
    database emptied with `flush` has lost them)."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


@transaction.atomic
def ensure_home_page() -> HomePage:
    """The site's home page. The migrations create it; this rebuilds it (with Wagtail's root
    page, root collection, default locale and site) in a database that was emptied with
    `flush`."""
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    locales_ensure()
    home = HomePage.objects.first()
    if home is not None:
        return home
    locale = Locale.objects.order_by("pk").first() or Locale.objects.create(
        language_code=settings.LANGUAGE_CODE
    )
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    home = HomePage(title="Skolering", slug="home", locale=locale)
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "root_page": home, "site_name": "Skolering"},
    )
    return home


@transaction.atomic
def ensure_site_pages(home: HomePage | None = None) -> None:
    home = home or ensure_home_page()
    ensure_editorial_groups()
    if not home.intro:
        home.title = "Skolering"
        home.intro = HOME_INTRO
        home.body = HOME_BODY
        home.save_revision().publish()
    for slug, title, intro, body in SITE_PAGES:
        if home.get_children().filter(slug=slug).exists():
            continue
        page = StandardPage(title=title, slug=slug, intro=intro, body=body)
        home.add_child(instance=page)
        page.save_revision().publish()
        home.refresh_from_db()
    for module in app_modules("site_setup"):
        module.ensure(home)
