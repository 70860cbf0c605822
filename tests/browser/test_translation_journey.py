"""A national editor translates a module of the leadership course into Nynorsk in the admin, with
wagtail-localize's translation editor (every string by hand, as an editor would), and publishes
it; a member who reads Nynorsk then takes the course, which is not translated itself:

- the course shows in Bokmål (marked lang="nb") with the Nynorsk interface, and the translated
  module's title in its outline in Nynorsk;
- the translated module is in Nynorsk: its title as the heading, its text, no lang attribute of
  its own (it is in the interface's language), nothing saying it is untranslated, no axe
  violations;
- the next module, not translated, is shown in Bokmål, marked lang="nb", with a note in Nynorsk
  saying so.

The journey fails on any server error on the way (the `browsing` fixture), and if a segment the
editor saves is refused or one is left untranslated."""

import time

import pytest
from playwright.sync_api import expect

from django.utils import timezone

from wagtail.models import Locale

from courses.models import ModulePage, ModuleProgress
from tests.browser.helpers import assert_accessible, browser_test

pytestmark = browser_test

COURSE = "/kurs/lederkurs/"
MODULE = "inkluderende-moter"  # "Å lede et inkluderende møte": the course's first, no quiz
NEXT_MODULE = "Følg opp nye medlemmer"  # the second, left in Bokmål
TITLE = "Å leie eit inkluderande møte"
SLUG = "inkluderande-mote"
LESSON = (
    "Om eit møte blir inkluderande, blir ofte avgjort lenge før nokon slår klubba i bordet. "
    "Innkallinga fortel kven møtet er for. Står det berre «Medlemsmøte tysdag kl. 19, vanlege "
    "saker», er det lett for ein som er ny, å tru at møtet er for dei som alt veit kva «vanlege "
    "saker» tyder. Skriv heller kva som skal diskuterast, kva som skal vedtakast, og når møtet er "
    "ferdig. Sluttidspunktet er like viktig som starttidspunktet: folk med små born, skiftarbeid "
    "eller lang veg heim må kunne planleggje kvelden."
)
UNTRANSLATED = "Denne modulen er ikkje omsett til nynorsk enno, så han blir vist på bokmål."

# Each string wagtail-localize offers for translation, in the editor's order: how its Bokmål
# source starts, and the editor's Nynorsk. (Inline formatting comes as tags, kept as they are.)
NYNORSK = (
    ("Å lede et inkluderende møte", TITLE),
    (
        "Hvordan du planlegger, åpner",
        "Korleis du planlegg, opnar, leier og avsluttar eit møte slik at fleire tek ordet, også "
        "dei som er nye eller stille.",
    ),
    ("Et godt møte begynner", "Eit godt møte byrjar før det tek til"),
    ("Om et møte blir inkluderende", LESSON),
    (
        "Send sakspapirene i god tid",
        "Send sakspapira i god tid, gjerne ei veke før, og skriv dei så kort og klart at dei kan "
        "lesast på mobilen. Tenk også gjennom rammene kring møtet:",
    ),
    (
        "<b>Lokalet:</b>",
        "<b>Lokalet:</b> Er det trinnfri tilkomst, teleslynge og toalett som alle kan bruke? Går "
        "det buss dit?",
    ),
    (
        "<b>Tidspunktet:</b>",
        "<b>Tidspunktet:</b> Passar det for dei du vil nå, eller berre for dei som alltid kjem?",
    ),
    (
        "<b>Deltakelse på avstand:</b>",
        "<b>Deltaking på avstand:</b> I store kommunar som Guovdageaidnu eller Vefsn kan det vere "
        "mange mil til møtelokalet. Kan nokon delta digitalt, og har de utstyr som gjer at dei "
        "faktisk høyrer kva som blir sagt i salen?",
    ),
    (
        "<b>Tilrettelegging:</b>",
        "<b>Tilrettelegging:</b> Skriv i innkallinga at folk kan seie frå om dei treng tolk, "
        "barnepass eller noko anna, og kven dei skal seie frå til.",
    ),
    ("Fordel rollene", "Del ut rollene"),
    (
        "Den som leder laget",
        "Den som leier laget, treng ikkje å leie møtet. Når leiaren sjølv vil meine noko i ei "
        "sak, er det ryddigare at ein annan er møteleiar. Avtal også kven som skriv referat, kven "
        "som tek imot folk i døra, og kven som passar på tida.",
    ),
    ("Åpningen setter tonen", "Opninga set tonen"),
    (
        "De første fem minuttene",
        "Dei første fem minutta avgjer langt på veg om folk kjenner seg velkomne. Helse på dei du "
        "ikkje kjenner, før møtet tek til. Ønsk nye medlemmer velkomne med namn, men spør dei "
        "først om det er greitt. Gå gjennom sakslista og sei kva som er målet med kvar sak: Skal "
        "de berre orientere, diskutere eller gjere vedtak?",
    ),
    (
        "Partiet er fullt av forkortelser",
        "Partiet er fullt av forkortingar og faste uttrykk. Forklar dei første gongen dei blir "
        "brukte, også dei som verkar openberre: AU, representantskap, benkeforslag, «å setje "
        "strek». Eit godt grep er å be alle som bruker ei forkorting, om å seie kva ho står for. "
        "Då slepp dei nye å spørje.",
    ),
    ("Vedta møteregler i starten", "Vedta møtereglar i starten"),
    (
        "Be møtet vedta enkle regler",
        "Be møtet vedta enkle reglar før den første saka, til dømes tre minutt taletid første "
        "gongen og eitt minutt deretter, og at dei som ikkje har hatt ordet i saka, kjem først på "
        "talarlista. Reglar som alle har vedteke på førehand, er mykje lettare å halde enn reglar "
        "møteleiaren finn på undervegs.",
    ),
    ("Ordstyring som slipper flere til", "Ordstyring som slepper fleire til"),
    (
        "Som møteleder har du ansvar",
        "Som møteleiar har du ansvar for at alle som vil seie noko, får høve til det. Det tyder "
        "ikkje at alle skal snakke like mykje, men at ordet ikkje blir ei løn til dei som rekkjer "
        "opp handa raskast. Nokre grep som verkar:",
    ),
    (
        "<b>Talerliste med prioritet:</b>",
        "<b>Talarliste med prioritet:</b> Den som ikkje har snakka i saka, får ordet før den som "
        "har snakka før.",
    ),
    (
        "<b>Taletid:</b>",
        "<b>Taletid:</b> Hald ho, venleg og likt for alle. Bruk gjerne ei klokke som alle ser.",
    ),
    (
        "<b>Strek:</b>",
        "<b>Strek:</b> Når saka er godt opplyst, kan du gjere framlegg om å setje strek. Då får "
        "alle som vil, teikne seg ein siste gong før lista blir lukka.",
    ),
    (
        "<b>Summegrupper:</b>",
        "<b>Summegrupper:</b> La folk snakke to og to i tre minutt før debatten. Mange som aldri "
        "tek ordet i plenum, har mykje å seie til sidemannen.",
    ),
    (
        "<b>Runde rundt bordet:</b>",
        "<b>Runde rundt bordet:</b> I små møte kan alle få seie éi setning om saka. Det er lov å "
        "seie «pass».",
    ),
    (
        "<b>Digitale deltakere:</b>",
        "<b>Digitale deltakarar:</b> Sjå på skjermen like ofte som ut i salen, og les opp innspel "
        "som kjem i chatten.",
    ),
    (
        "Noen ganger må du stoppe",
        "Nokre gonger må du stoppe ein som tek mykje plass. Gjer det med respekt og utan å gjere "
        "narr: «Takk, Bjørn, det har vi fått med oss. No vil eg gjerne høyre frå nokon som ikkje "
        "har sagt noko enno.» Dei fleste toler godt å bli leidde når dei ser at reglane gjeld "
        "alle.",
    ),
    (
        "Etter at vi begynte med summegrupper",
        "Etter at vi byrja med summegrupper, seier nye medlemmer noko alt på det første møtet. Og "
        "dei kjem att.",
    ),
    ("Leder i et lokallag i Nordland", "Leiar i eit lokallag i Nordland"),
    ("Den lange talerlisten", "Den lange talarlista"),
    (
        "Det er medlemsmøte i Alta",
        "Det er medlemsmøte i Alta Arbeiderparti om ny skulestruktur. Tre røynde medlemmer, "
        "mellom dei ein tidlegare ordførar, har teikna seg fem gonger kvar. Máret, som har to "
        "born på ein av skulane som kan bli lagde ned, og Jonas, som melde seg inn for ein månad "
        "sidan, har teikna seg, men ikkje fått ordet. Klokka er kvart på ni, og møtet skulle ha "
        "vore ferdig klokka ni.",
    ),
    ("Hva kan møtelederen gjøre nå", "Kva kan møteleiaren gjere no, utan å stengje nokon ute?"),
    ("Hvilke møteregler bør møtet", "Kva møtereglar bør møtet vedta i starten neste gong?"),
    ("Hvordan kan laget følge opp", "Korleis kan laget følgje opp Máret og Jonas etter møtet?"),
    ("Etter møtet", "Etter møtet"),
    (
        "Avslutt med å oppsummere",
        "Avslutt med å summere opp kva som vart vedteke, og kven som skal gjere kva. Bruk gjerne "
        "to minutt på å spørje kva som fungerte, og kva de kan gjere betre neste gong. Send eit "
        "kort referat innan ei veke, også til dei som ikkje kunne kome.",
    ),
    (
        "Ta til slutt kontakt",
        "Ta til slutt kontakt med den nye som sat stille bakarst: «Så fint at du kom. Kva syntest "
        "du?» Den samtalen er ofte det som avgjer om ho kjem tilbake.",
    ),
    (
        "Tenk på det siste møtet",
        "Tenk på det siste møtet du leidde eller var på. Kven fekk sagt noko, og kven fekk ikkje "
        "det? Kva kunne møteleiaren ha gjort annleis?",
    ),
    (
        "Tenk på tidspunkt, lokale",
        "Tenk på tidspunkt, lokale, språk og ordstyring, ikkje berre på enkeltpersonar.",
    ),
    (
        "Øv på ordstyring i rollespill",
        "Øv på ordstyring i rollespel i grupper på fem: éin møteleiar, to som snakkar mykje, og "
        "to som er stille. Gi kvar rolle eit lite kort med instruks. Byt roller etter fem minutt, "
        "slik at alle får prøve å leie. Avslutt med ein felles samtale om kva formuleringar som "
        "fungerte når møteleiaren måtte stoppe nokon. Set av 45 minutt dersom de tek modulen på "
        "eit fysisk møte.",
    ),
    # On the "Fremhev" tab.
    ("inkluderende-moter", SLUG),
)


@pytest.fixture(autouse=True)
def _one_request_at_a_time(settings):
    """As in the editor journeys: with SQLite in memory, a write overlapping another request
    fails, so the admin neither autosaves nor pings the editing session during the journey."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 120_000
    settings.WAGTAIL_EDITING_SESSION_PING_INTERVAL = 600_000


def follow(page, locator) -> None:
    """Click a link or a submit button, and wait for the page it leads to."""
    with page.expect_navigation():
        locator.click()


def nynorsk_for(source: str) -> tuple[str, str]:
    """(how the source starts, the Nynorsk) for a segment's Bokmål source."""
    matches = [(start, nynorsk) for start, nynorsk in NYNORSK if source.startswith(start)]
    assert len(matches) == 1, f"{len(matches)} translations for the segment {source!r}"
    return matches[0]


def request_translation(page, module: ModulePage) -> ModulePage:
    """From the module's editing page: 'Oversett denne siden', Nynorsk, 'Send inn'."""
    page.locator("#w-slim-header-buttons").get_by_role("button", name="Handlinger").click()
    follow(page, page.get_by_role("link", name="Oversett denne siden"))
    page.get_by_label("Nynorsk", exact=True).check()
    follow(page, page.get_by_role("button", name="Send inn"))
    expect(page.locator(".messages")).to_contain_text(
        f"Siden «{module.title}» er sendt til oversettelse til Nynorsk"
    )
    translation = module.get_translation(Locale.objects.get(language_code="nn"))
    assert page.url.endswith(f"/admin/pages/{translation.pk}/edit/"), page.url
    return translation


def translate_every_segment(page) -> list[str]:
    """Translate each string on each tab of wagtail-localize's editor: 'Oversett', type the
    Nynorsk, 'Lagre'; each is saved (and checked by the server) on its own. The sources
    translated, by how they start, in order."""
    translated = []
    tabs = page.get_by_role("tablist").get_by_role("tab")
    expect(tabs).to_have_text(["Innhold", "Fremhev"])
    for tab in tabs.all():
        tab.click()
        expect(tab).to_have_attribute("aria-selected", "true")
        # (The other tabs' segments are in the page too, hidden.)
        segments = page.get_by_role("tabpanel").locator(
            "li.incomplete:visible, li.complete:visible, li.errored:visible"
        )
        expect(segments.first).to_be_visible()
        for number in range(segments.count()):
            segment = segments.nth(number)
            source = segment.locator("p").first.inner_text()
            segment.get_by_role("button", name="Oversett", exact=True).click()
            editor = segment.locator("textarea")
            expect(editor).to_be_focused()
            start, nynorsk = nynorsk_for(source)
            editor.fill(nynorsk)
            segment.get_by_role("button", name="Lagre", exact=True).click()
            # Saved and accepted: the segment is complete (an error would mark it "errored").
            expect(segment).to_have_class("complete")
            expect(segment.get_by_role("button", name="Rediger", exact=True)).to_be_visible()
            translated.append(start)
    expect(page.locator("li.incomplete, li.errored")).to_have_count(0)
    return translated


def test_editor_translates_a_module_into_nynorsk_and_a_member_reads_it(browsing, demo):
    started = time.perf_counter()
    module = ModulePage.objects.get(slug=MODULE, locale__language_code="nb")
    editor = browsing()
    page = editor.page
    editor.log_in_as("redaktor@example.org")
    editor.goto(f"/admin/pages/{module.pk}/edit/")

    translation = request_translation(page, module)
    # Every string is offered, and nothing else.
    assert translate_every_segment(page) == [start for start, _nynorsk in NYNORSK]
    follow(page, page.get_by_role("button", name="Publiser på Nynorsk"))
    expect(page.locator(".messages")).to_contain_text(f"«{TITLE}» er publisert på Nynorsk.")
    translation.refresh_from_db()
    assert translation.live and not translation.has_unpublished_changes, page.url
    assert (translation.title, translation.slug) == (TITLE, SLUG)
    module.refresh_from_db()
    assert (module.title, module.slug) == ("Å lede et inkluderende møte", MODULE)
    editor.close()

    member = browsing()
    page = member.page
    member_started = timezone.now()
    member.log_in_as("nynorsk@example.org")
    member.goto(COURSE)
    # The course has no Nynorsk translation: it shows in Bokmål, the interface in Nynorsk.
    expect(page.locator("html")).to_have_attribute("lang", "nn")
    expect(page.locator("h1")).to_have_attribute("lang", "nb")
    titles = page.locator("h3.module-list__title")
    expect(titles.first).to_have_text(TITLE)
    assert titles.first.get_attribute("lang") is None
    expect(titles.filter(has_text=NEXT_MODULE)).to_have_attribute("lang", "nb")

    follow(page, page.get_by_role("link", name=TITLE, exact=True))
    assert page.url.endswith(f"{COURSE}{MODULE}/"), page.url
    expect(page.locator("html")).to_have_attribute("lang", "nn")
    heading = page.locator("h1")
    expect(heading).to_have_text(TITLE)
    assert heading.get_attribute("lang") is None, "the Nynorsk title is marked as another language"
    lesson = page.locator(".lesson")
    expect(lesson).to_contain_text(LESSON)
    expect(lesson).to_contain_text("Opninga set tonen")
    expect(lesson).not_to_contain_text("Om et møte blir inkluderende")
    assert lesson.get_attribute("lang") is None
    expect(lesson.locator("b", has_text="Deltaking på avstand:")).to_be_visible()
    expect(page.locator(".untranslated-note")).to_have_count(0)
    assert_accessible(page)
    # The visit is recorded on the Bokmål original, as every record is.
    progress = ModuleProgress.objects.get(user__email="nynorsk@example.org", module=module)
    assert progress.last_viewed_at >= member_started
    assert not ModuleProgress.objects.filter(module=translation).exists()

    # On to the next module (through htmx): not translated, so in Bokmål, marked and explained.
    page.get_by_role("link", name=f"Neste modul {NEXT_MODULE}").click()
    page.wait_for_url(f"**{COURSE}folg-opp-nye-medlemmer/")
    expect(page.locator("h1")).to_have_text(NEXT_MODULE)
    expect(page.locator("h1")).to_have_attribute("lang", "nb")
    expect(page.locator(".lesson")).to_have_attribute("lang", "nb")
    expect(page.locator(".untranslated-note")).to_have_text(UNTRANSLATED)
    expect(page.locator(".untranslated-note")).to_be_visible()
    print(f"journey translation: {time.perf_counter() - started:.1f} s")
