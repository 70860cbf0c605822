"""Editors at work in the Wagtail admin, through its own screens (clicks and typing, as an
editor would), and what members then see:

1. A national editor writes a quiz with every question type and a module with every block type
   (an image and a document uploaded through the choosers), puts the quiz in the module, adds
   the module to a course, previews it inside the course and publishes; a member takes it and
   passes the quiz.
2. Bergen's local editor builds a local course from two national modules and one of Bergen's
   own (its image uploaded into Bergen's collection); Bergen's members can take it, a member in
   Trondheim cannot even see that it exists (404).
3. A writer sends a change to a national module for approval; members see nothing of it until a
   moderator approves it from the dashboard.

Every journey fails on any server error (5xx) on the way, and on English admin words in the
visible text of any page it visited."""

import io
import mimetypes
import re
import time
from urllib.parse import unquote, urlsplit

import pytest
from PIL import Image
from playwright.sync_api import expect

from django.conf import settings
from django.core.files.storage import default_storage

from courses.models import BranchPage, CoursePage, ModuleLibraryPage, ModulePage
from quizzes.models import Quiz
from skolering.models import Membership, RoleAssignment
from tests.browser.helpers import browser_test

pytestmark = browser_test

# Wagtail's English for things every editor sees; any of them on a page means a missing
# Bokmål translation.
ENGLISH = (
    "Collapse all",
    "Insert a block",
    "Autosave",
    "There are validation errors",
    "Request changes",
    "Moderators approval",
    "Save draft",
    "Publish",
    "Create",
    "items",
    # A block's field without a label shows its name: the downloads block's list did.
    "Documents",
)
ENGLISH_PATTERN = re.compile(r"\b(?:" + "|".join(re.escape(text) for text in ENGLISH) + r")\b")
COURSE = "Grunnkurs for medlemmer"


@pytest.fixture(autouse=True)
def _one_request_at_a_time(settings):
    """With SQLite in memory, the live server's threads share the test's one connection, and a
    write that overlaps another request fails ("database table is locked"). Wagtail's admin
    autosaves 0.5 s after each change and pings the editing session every 10 s, alongside
    the editor's own requests; here it does neither during a journey. (Its autosave status is
    still shown.)"""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 120_000
    settings.WAGTAIL_EDITING_SESSION_PING_INTERVAL = 600_000


class Watch:
    """What went wrong on the way: server errors, and English on the pages seen."""

    def __init__(self, session):
        self.session = session
        self.page = session.page
        self.server_errors: list[str] = []
        self.english: dict[str, set[str]] = {}
        self.page.on("response", self._response)

    def _response(self, response):
        if response.status >= 500:
            self.server_errors.append(f"{response.status} {response.request.method} {response.url}")

    def read(self, frame=None):
        """Note any English in the visible text of the page (or of one of its frames)."""
        text = (frame or self.page).locator("body").inner_text()
        where = urlsplit(self.page.url).path
        for match in ENGLISH_PATTERN.finditer(text):
            self.english.setdefault(match[0], set()).add(where)

    def goto(self, path: str):
        response = self.session.goto(path)
        self.read()
        return response

    def assert_clean(self):
        assert not self.server_errors, f"server errors: {self.server_errors}"
        english = {text: sorted(paths) for text, paths in sorted(self.english.items())}
        assert not english, f"English in the admin (text: pages): {english}"


def serve_media(session):
    """The test server has no media files to serve (DEBUG is off, the storage in memory): let
    the browser fetch uploads and renditions from that storage, so images really load."""

    def fulfil(route):
        name = unquote(urlsplit(route.request.url).path).removeprefix(settings.MEDIA_URL)
        if not default_storage.exists(name):
            route.fulfill(status=404)
            return
        with default_storage.open(name) as stored:
            body = stored.read()
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        route.fulfill(status=200, body=body, content_type=content_type)

    session.context.route(f"{session.base_url}{settings.MEDIA_URL}**", fulfil)


def png(colour="teal") -> dict:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), colour).save(buffer, format="PNG")
    return {"name": "moteplakat.png", "mimeType": "image/png", "buffer": buffer.getvalue()}


def journey_timer(name):
    started = time.perf_counter()

    def done():
        print(f"journey {name}: {time.perf_counter() - started:.1f} s")

    return done


# --- The admin's pieces ------------------------------------------------------------------------


def child(page, prefix: str, index: int):
    """The index-th block of a StreamField (or ListBlock) whose inputs are named prefix-N-…"""
    return page.locator(f"[data-streamfield-child]:has(> input[name='{prefix}-{index}-type'])")


def add_block(page, field: str, label: str) -> None:
    """Append a block to a StreamField through its last + button and the block picker."""
    count = int(page.locator(f"input[name='{field}-count']").input_value())
    button = page.locator(
        f"#{field}-root > [data-streamfield-stream-container] > * > .c-sf-add-button"
    ).last
    button.press("Enter")
    # The picker opens beside its button. The previous one, fading out for a moment, still
    # covers it: clicking would wait for that, so the option gets its click event directly.
    button.locator("xpath=..").get_by_role("option", name=label, exact=True).dispatch_event("click")
    expect(page.locator(f"input[name='{field}-count']")).to_have_value(str(count + 1))
    # Wagtail moves the focus into the new block a moment later; typing elsewhere before
    # then would end up in the new block. (An image block has nothing to focus.)
    if label != "Bilde":
        expect(child(page, field, count).locator(":focus")).to_have_count(1)


def write_rich_text(page, name: str, text: str) -> None:
    """Type into the Draftail editor of the rich text field `name` (as an input method would:
    all of it at once), and wait for Draftail to store it in the field, which it does a moment
    later."""
    page.locator(
        f"input[name='{name}'] + .Draftail-Editor__wrapper .public-DraftEditor-content"
    ).click()
    page.keyboard.insert_text(text)
    expect(page.locator(f"input[name='{name}']")).to_have_value(re.compile(re.escape(text)))


def follow(page, locator) -> None:
    """Click a link or a submit button, and wait for the page it leads to."""
    with page.expect_navigation():
        locator.click()


def more_actions(page, action: str) -> None:
    """An action from the footer's 'Flere handlinger' menu (Publiser, Send inn …)."""
    page.get_by_role("button", name="Flere handlinger").click()
    follow(page, page.get_by_role("button", name=action, exact=True))


def upload_in_chooser(
    page, watch, button: str, prefix: str, title: str, file: dict, collection=None
):
    """Open a chooser, upload a new image or document on its 'Last opp' tab, and choose it."""
    page.get_by_role("button", name=button).click()
    modal = page.locator(".modal-content")
    modal.get_by_role("tab", name="Last opp").click()
    modal.locator(f"input[name='{prefix}-file']").set_input_files(file)
    modal.locator(f"input[name='{prefix}-title']").fill(title)
    if collection is not None:
        # An editor with one collection is not asked: the upload goes there.
        choice = modal.locator(f"select[name='{prefix}-collection']")
        if choice.count():
            choice.select_option(label=collection)
    watch.read()
    modal.get_by_role("button", name="Last opp", exact=True).click()
    expect(modal).to_be_hidden()


def choose_module(page, watch, title: str, search: str | None = None) -> None:
    """Choose a module for the course's last module row, in the page chooser."""
    page.locator("#id_course_modules-FORMS").get_by_role(
        "button", name="Velg en side (Modul)"
    ).last.click()
    modal = page.locator(".modal-content")
    if search:
        modal.get_by_placeholder("Søk…").fill(search)
    modal.locator("a.choose-page", has_text=title).click()
    watch.read()
    expect(modal).to_be_hidden()


def messages(page) -> str:
    return page.locator(".messages").inner_text()


# --- 1. The national editor ------------------------------------------------------------------

QUIZ = "Quiz: Slik påvirker du politikken"
MODULE = "Slik påvirker du politikken"
LESSON = "Et forslag fra et medlem kan ende som et vedtak på landsmøtet."


def write_quiz(page, watch) -> Quiz:
    watch.goto("/admin/snippets/quizzes/quiz/")
    follow(page, page.get_by_role("link", name="Legg til quiz"))
    watch.read()
    page.locator("#id_title").fill(QUIZ)
    page.locator("#id_intro").fill("Fire spørsmål om hvordan medlemmene former politikken.")

    for label in ("Ett riktig svar", "Flere riktige svar", "Sant eller usant", "Scenario"):
        add_block(page, "questions", label)

    page.locator("[name='questions-0-value-prompt']").fill("Hvem vedtar partiprogrammet?")
    page.locator("[name='questions-0-value-options-0-value-text']").fill("Landsmøtet")
    page.locator("[name='questions-0-value-options-0-value-correct']").check()
    page.locator("[name='questions-0-value-options-1-value-text']").fill("Sentralstyret")

    page.locator("[name='questions-1-value-prompt']").fill("Hva kan du gjøre på medlemsmøtet?")
    page.locator("[data-contentpath=options]").nth(1).locator(
        "[data-streamfield-list-add]"
    ).last.click()
    for number, (text, correct) in enumerate(
        [("Stemme", True), ("Fremme forslag", True), ("Lese andres stemmesedler", False)]
    ):
        page.locator(f"[name='questions-1-value-options-{number}-value-text']").fill(text)
        if correct:
            page.locator(f"[name='questions-1-value-options-{number}-value-correct']").check()

    page.locator("[name='questions-2-value-prompt']").fill("Alle medlemmer kan stille til valg.")
    page.locator("[name='questions-2-value-answer']").select_option(label="Sant")

    write_rich_text(page, "questions-3-value-case", "Et nytt medlem sitter alene bakerst i salen.")
    page.locator("[name='questions-3-value-prompt']").fill("Hva gjør du?")
    page.locator("[name='questions-3-value-options-0-value-text']").fill("Går bort og hilser")
    page.locator("[name='questions-3-value-options-0-value-correct']").check()
    page.locator("[name='questions-3-value-options-1-value-text']").fill("Lar det være")
    watch.read()

    more_actions(page, "Publiser")
    watch.read()
    quiz = Quiz.objects.get(locale__language_code="nb", title=QUIZ)
    assert quiz.live, messages(page)
    assert [block.block_type for block in quiz.questions] == [
        "single_choice",
        "multiple_choice",
        "true_false",
        "scenario",
    ]
    return quiz


def write_module(page, watch, library) -> ModulePage:
    watch.goto(f"/admin/pages/{library.pk}/")
    follow(page, page.get_by_role("link", name="Legg til underside"))
    watch.read()
    page.locator("#id_title").fill(MODULE)
    page.locator("#id_summary").fill("Fra en idé på et medlemsmøte til et vedtak på landsmøtet.")
    page.locator("#id_estimated_minutes").fill("12")

    labels = [
        "Overskrift",
        "Tekst",
        "Bilde",
        "Video",
        "Faktaboks",
        "Sitat",
        "Scenario",
        "Refleksjon",
        "Nedlastinger",
        "Veiledning for møteleder",
        "Quiz",
    ]
    for label in labels:
        add_block(page, "body", label)
    watch.read()

    page.locator("[name='body-0-value-text']").fill("Veien fra forslag til vedtak")
    write_rich_text(page, "body-1-value", LESSON)
    upload_in_chooser(page, watch, "Velg et bilde", "image-chooser-upload", "Møteplakat", png())
    expect(page.locator("[name='body-2-value-image']")).not_to_have_value("")
    page.locator("[name='body-2-value-alt_text']").fill("En plakat for medlemsmøtet i mars")
    page.locator("[name='body-2-value-caption']").fill("Plakaten lokallaget lagde selv.")
    page.locator("[name='body-3-value-title']").fill("Et forslag blir til")
    page.locator("[name='body-3-value-url']").fill("https://www.youtube.com/watch?v=abc123")
    page.locator("[name='body-3-value-duration_minutes']").fill("4")
    write_rich_text(page, "body-3-value-transcript", "Lederen forteller hvordan forslaget ble til.")
    write_rich_text(page, "body-4-value-text", "Fristen for forslag er to uker før møtet.")
    page.locator("[name='body-5-value-text']").fill("Alle forslag begynner med én person.")
    page.locator("[name='body-5-value-attribution']").fill("En lokallagsleder")
    page.locator("[name='body-6-value-title']").fill("Forslaget om gratis buss")
    write_rich_text(page, "body-6-value-situation", "Et medlem vil ha gratis buss for ungdom.")
    page.locator("[name='body-6-value-questions-0-value']").fill("Hvor sender hun forslaget?")
    page.locator("[name='body-7-value-prompt']").fill("Hvilken sak ville du fremmet?")
    page.locator("[name='body-7-value-hint']").fill("Tenk på nabolaget ditt.")
    upload_in_chooser(
        page,
        watch,
        "Velg et dokument",
        "document-chooser-upload",
        "Mal for forslag",
        {"name": "mal-for-forslag.txt", "mimeType": "text/plain", "buffer": b"Forslag:\n"},
    )
    expect(page.locator("[name='body-8-value-documents-0-value']")).not_to_have_value("")
    write_rich_text(page, "body-9-value-text", "Be gruppene skrive et forslag sammen.")
    page.get_by_role("button", name="Velg quiz").click()
    modal = page.locator(".modal-content")
    modal.get_by_role("link", name=QUIZ).click()
    expect(modal).to_be_hidden()
    expect(page.locator("[name='body-10-value-quiz']")).not_to_have_value("")
    watch.read()

    follow(page, page.get_by_role("button", name="Lagre kladd"))
    watch.read()
    module = ModulePage.objects.get(title=MODULE)
    assert module.has_unpublished_changes and not module.live, messages(page)
    assert [block.block_type for block in module.get_latest_revision_as_object().body] == [
        "heading",
        "paragraph",
        "image",
        "video",
        "callout",
        "quote",
        "scenario",
        "reflection",
        "downloads",
        "facilitator_notes",
        "quiz",
    ]
    return module


def add_to_course(page, watch, course, module) -> None:
    watch.goto(f"/admin/pages/{course.pk}/edit/")
    page.get_by_role("button", name="Legg til Modul").click()
    choose_module(page, watch, MODULE)
    more_actions(page, "Publiser")
    watch.read()
    course.refresh_from_db()
    assert course.live and not course.has_unpublished_changes, messages(page)
    assert module.pk in course.course_modules.values_list("module_id", flat=True)


def preview_in_course_and_publish(page, watch, module, position: int) -> None:
    watch.goto(f"/admin/pages/{module.pk}/edit/")
    # The module knows which courses use it.
    expect(page.get_by_role("link", name=COURSE)).to_be_visible()
    page.get_by_role("button", name="Vis/skjul forhåndsvisning").click()
    preview = page.frame_locator("#w-preview-iframe")
    # The module alone first; a mode chosen before that has loaded would be lost.
    expect(preview.locator("h1")).to_have_text(MODULE)
    watch.read(preview)
    page.get_by_label("Forhåndsvisningsmodus").select_option(label=f"I kurset «{COURSE}»")
    # Inside the course: its breadcrumbs, and the module's place in it (the last).
    expect(preview.locator(".eyebrow")).to_have_text(f"Modul {position} av {position}")
    expect(preview.locator("nav.breadcrumbs")).to_contain_text(COURSE)
    expect(preview.locator("h1")).to_have_text(MODULE)
    expect(preview.get_by_text(LESSON)).to_be_visible()
    watch.read(preview)
    watch.read()
    more_actions(page, "Publiser")
    watch.read()
    module.refresh_from_db()
    assert module.live and not module.has_unpublished_changes, messages(page)


def test_national_editor_writes_a_module_with_a_quiz_and_a_member_passes_it(browsing, demo):
    done = journey_timer("national editor")
    library = ModuleLibraryPage.objects.get(locale__language_code="nb")
    course = CoursePage.objects.get(title=COURSE)
    session = browsing()
    page = session.page
    serve_media(session)
    watch = Watch(session)
    session.log_in_as("redaktor@example.org")

    write_quiz(page, watch)
    module = write_module(page, watch, library)
    add_to_course(page, watch, course, module)
    position = course.course_modules.count()
    preview_in_course_and_publish(page, watch, module, position)

    member = browsing()
    member_page = member.page
    serve_media(member)
    member_watch = Watch(member)
    member.log_in_as("medlem@example.org")
    response = member_watch.goto(f"{course.url}{module.slug}/")
    assert response.status == 200
    expect(member_page.locator("h1")).to_have_text(MODULE)
    expect(member_page.get_by_text(LESSON)).to_be_visible()
    image = member_page.get_by_role("img", name="En plakat for medlemsmøtet i mars")
    expect(image).to_be_visible()
    assert image.evaluate("img => img.complete && img.naturalWidth > 0"), "the image did not load"
    expect(member_page.get_by_text("Be gruppene skrive et forslag sammen.")).to_have_count(0)

    member_page.get_by_role("button", name="Start quizen").click()
    member_page.wait_for_url("**/quiz/forsok/**")
    member_watch.read()
    questions = member_page.locator("fieldset.question")
    expect(questions).to_have_count(4)
    answers = [
        ["Landsmøtet"],
        ["Stemme", "Fremme forslag"],
        ["Sant"],
        ["Går bort og hilser"],
    ]
    for number, labels in enumerate(answers):
        for label in labels:
            questions.nth(number).get_by_label(label, exact=True).check()
    member_page.get_by_role("button", name="Lever").click()
    member_page.wait_for_url("**/resultat/")
    member_watch.read()
    expect(member_page.locator("h1")).to_have_text(f"Du besto «{QUIZ}»")
    assert "Modulen er registrert som fullført." in member_page.locator(".result").inner_text()

    done()
    watch.assert_clean()
    member_watch.assert_clean()


# --- 2. Bergen's local editor ----------------------------------------------------------------

LOCAL_MODULE = "Valgkamp i Bergen"
LOCAL_COURSE = "Valgkampskolen i Bergen"
LOCAL_LESSON = "I Bergen står vi på stand på Torgallmenningen hver lørdag."
NATIONAL_MODULES = ("Fra sak til vedtak", "Et godt lokallag starter med deg")


def add_in_section(watch, section, kind: str) -> None:
    """Start a new page of the given kind under a section, from the page explorer."""
    page = watch.page
    watch.goto(f"/admin/pages/{section.pk}/")
    follow(page, page.get_by_role("link", name="Legg til underside"))
    watch.read()
    follow(page, page.get_by_role("link", name=kind, exact=True))
    watch.read()


def test_local_editor_builds_a_course_only_the_branch_can_take(browsing, demo):
    done = journey_timer("local editor")
    bergen = BranchPage.objects.get(locale__language_code="nb", slug="bergen")
    session = browsing()
    page = session.page
    serve_media(session)
    watch = Watch(session)
    session.log_in_as("lokalredaktor@example.org")

    add_in_section(watch, bergen, "Modul")
    page.locator("#id_title").fill(LOCAL_MODULE)
    page.locator("#id_summary").fill("Slik driver Bergen valgkamp, fra stand til dør-til-dør.")
    page.locator("#id_estimated_minutes").fill("8")
    add_block(page, "body", "Tekst")
    add_block(page, "body", "Bilde")
    write_rich_text(page, "body-0-value", LOCAL_LESSON)
    upload_in_chooser(
        page,
        watch,
        "Velg et bilde",
        "image-chooser-upload",
        "Stand på Torgallmenningen",
        png("firebrick"),
        collection="Bergen Arbeiderparti",
    )
    page.locator("[name='body-1-value-alt_text']").fill("Standen vår på Torgallmenningen")
    more_actions(page, "Publiser")
    watch.read()
    module = ModulePage.objects.get(title=LOCAL_MODULE)
    assert module.live and module.get_parent().pk == bergen.pk, messages(page)
    image = module.body[1].value["image"]
    assert image.collection.name == "Bergen Arbeiderparti"

    add_in_section(watch, bergen, "Kurs")
    page.locator("#id_title").fill(LOCAL_COURSE)
    page.locator("#id_summary").fill("Tre moduler for alle som vil være med i valgkampen i Bergen.")
    page.locator("#id_track").select_option(label="Annet")
    page.locator("#id_audience").fill("Alle medlemmer i Bergen")
    # The course starts with one empty module row; the chooser opens in the module library.
    choose_module(page, watch, NATIONAL_MODULES[0])
    page.get_by_role("button", name="Legg til Modul").click()
    choose_module(page, watch, NATIONAL_MODULES[1])
    # Bergen's own module is not in the library: the editor searches for it.
    page.get_by_role("button", name="Legg til Modul").click()
    choose_module(page, watch, LOCAL_MODULE, search="Valgkamp")
    more_actions(page, "Publiser")
    watch.read()
    course = CoursePage.objects.get(title=LOCAL_COURSE)
    assert course.live and course.get_parent().pk == bergen.pk, messages(page)
    assert [item.module.title for item in course.course_modules.order_by("sort_order")] == [
        *NATIONAL_MODULES,
        LOCAL_MODULE,
    ]
    course_path = course.url
    module_path = f"{course_path}{module.slug}/"
    assert course_path.startswith("/lokalt/bergen/")

    member = browsing()
    serve_media(member)
    member_watch = Watch(member)
    member.log_in_as("medlem@example.org")
    assert member_watch.goto(course_path).status == 200
    expect(member.page.locator("h1")).to_have_text(LOCAL_COURSE)
    assert member_watch.goto(module_path).status == 200
    expect(member.page.get_by_text(LOCAL_LESSON)).to_be_visible()
    picture = member.page.get_by_role("img", name="Standen vår på Torgallmenningen")
    expect(picture).to_be_visible()
    assert picture.evaluate("img => img.complete && img.naturalWidth > 0"), "no image"
    member.close()

    outsider = (
        Membership.objects.active()
        .filter(branch__slug="trondheim", user__is_staff=False)
        .exclude(user__in=RoleAssignment.objects.values("user"))
        .select_related("user")
        .first()
    )
    assert outsider is not None, "the demo has no plain member in Trondheim"
    stranger = browsing()
    stranger_watch = Watch(stranger)
    stranger.log_in_as(outsider.user.email)
    for path in (course_path, module_path, f"{course_path}fra-sak-til-vedtak/"):
        assert stranger_watch.goto(path).status == 404, path
    stranger_watch.goto("/kurs/")
    expect(stranger.page.get_by_text(LOCAL_COURSE)).to_have_count(0)

    done()
    watch.assert_clean()
    member_watch.assert_clean()
    stranger_watch.assert_clean()


# --- 3. Moderation ---------------------------------------------------------------------------


def test_a_writers_change_reaches_members_only_once_a_moderator_approves(browsing, demo):
    done = journey_timer("moderation")
    module = ModulePage.objects.get(locale__language_code="nb", slug="fra-sak-til-vedtak")
    before = module.summary
    after = "Slik blir et forslag fra medlemsmøtet til et vedtak – oppdatert etter landsmøtet."
    lesson = f"/kurs/grunnkurs/{module.slug}/"
    # Without a task the workflow ends, and publishes, the moment it starts: Wagtail then
    # refuses the writer ("Beklager, du har ikke tilgang på dette området.").
    assert module.get_workflow().tasks.exists(), "the approval workflow has no task"

    writer = browsing()
    writer_watch = Watch(writer)
    writer.log_in_as("skribent@example.org")
    writer_watch.goto(f"/admin/pages/{module.get_parent().pk}/")
    follow(writer.page, writer.page.get_by_role("link", name=module.title, exact=True))
    writer_watch.read()
    writer.page.locator("#id_summary").fill(after)
    # A writer cannot publish: the footer offers only the workflow.
    writer.page.get_by_role("button", name="Flere handlinger").click()
    expect(writer.page.locator("button[name=action-publish]")).to_have_count(0)
    follow(
        writer.page,
        writer.page.get_by_role(
            "button", name="Send inn til Godkjenning før publisering", exact=True
        ),
    )
    writer_watch.read()
    assert "er sendt til godkjenning" in messages(writer.page)
    writer.close()

    member = browsing()
    member_watch = Watch(member)
    member.log_in_as("medlem@example.org")
    member_watch.goto(lesson)
    expect(member.page.locator(".lead")).to_have_text(before)

    moderator = browsing()
    moderator_watch = Watch(moderator)
    moderator.log_in_as("moderator@example.org")
    moderator_watch.goto("/admin/")
    waiting = moderator.page.locator("section", has_text="Venter på din anmeldelse").last
    row = waiting.locator("tr", has_text=module.title)
    expect(row).to_contain_text("Ola Nordmann")
    row.get_by_role("button", name="Handlinger").click()
    moderator_watch.read()
    follow(moderator.page, row.get_by_role("button", name="Godkjenn", exact=True))
    moderator_watch.read()
    module.refresh_from_db()
    assert module.summary == after and not module.has_unpublished_changes

    member_watch.goto(lesson)
    expect(member.page.locator(".lead")).to_have_text(after)

    done()
    for watch in (writer_watch, member_watch, moderator_watch):
        watch.assert_clean()
