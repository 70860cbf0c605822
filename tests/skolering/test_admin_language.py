"""The Wagtail admin speaks Bokmål to every editor: no English from Wagtail's, Django's or the
project's messages on any admin page an editorial persona of the demo can reach, and a
Bokmål translation of every message of Wagtail's admin scripts."""

import json
import re

import pytest

from django.test import Client

from wagtail.models import Page, PageLogEntry, Revision

from skolering.management.commands.check_messages import (
    missing_wagtail_messages,
    wagtail_messages,
)
from skolering.models import User
from tests.skolering.admin_language import (
    EnglishFinder,
    crawl,
    english_pattern,
    english_texts,
    read_page,
    untranslated_messages,
)

# The demo's editorial personas; the first three and the superuser must reach the admin.
PERSONAS = [
    "redaktor@example.org",
    "lokalredaktor@example.org",
    "sentralt@example.org",
    "fylkesleder@example.org",
    "admin@example.org",
]
MUST_REACH_ADMIN = {*PERSONAS[:3], "admin@example.org"}
# A page's editor, and the choice of page types to add under it, differ by its type.
PAGE_VIEW = re.compile(r"^/admin/pages/(\d+)/(edit|add_subpage)/")


def test_every_admin_page_an_editor_reaches_is_in_bokmal(demo_in_transaction, record_property):
    finder = EnglishFinder(english_texts())
    page_types = dict(Page.objects.values_list("id", "content_type__model"))

    def page_type(url: str) -> str | None:
        """Each page type's editor is visited, not just the first two pages'."""
        match = PAGE_VIEW.match(url)
        return f"{match[2]} {page_types.get(int(match[1]))}" if match else None

    history = (Revision.objects.count(), PageLogEntry.objects.count())
    failures, visited = [], {}
    for email in PERSONAS:
        # A server error is recorded with its URL, and the crawl goes on.
        client = Client(raise_request_exception=False)
        client.force_login(User.objects.get(email=email))
        response = client.get("/admin/")
        if email in MUST_REACH_ADMIN:
            assert response.status_code == 200, f"{email} cannot open the admin"
        elif response.status_code != 200:
            visited[email] = "no admin access"
            continue

        result = crawl(client, finder, kind=page_type)
        visited[email] = len(result.visits)
        print(f"{email}: {len(result.visits)} admin URLs in {result.seconds:.1f} s")
        failures += [f"{email} {visit.url}: HTTP {visit.status}" for visit in result.errors]
        failures += [
            f"{email} {visit.url}: " + "; ".join(f"{e.text!r} ({e.source})" for e in visit.english)
            for visit in result.english
        ]

    record_property("admin_urls_visited", json.dumps(visited))
    assert (Revision.objects.count(), PageLogEntry.objects.count()) == history, (
        "a GET in the admin changed content"
    )
    assert not failures, "English or server errors in the admin:\n" + "\n".join(failures)


@pytest.mark.django_db
def test_the_admin_scripts_catalogue_translates_every_wagtail_message(client):
    user = User.objects.create_superuser(email="admin@example.org", password="x" * 12)
    client.force_login(user)
    page = client.get("/admin/").content.decode()
    [url] = [src for src in re.findall(r'<script src="([^"]+)"', page) if "jsi18n" in src]

    script = client.get(url).content.decode()
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", script, re.S)[1])
    missing = [
        message.label()
        # wagtail-localize's scripts have their own catalogue (/admin/localize/jsi18n/).
        for key, message in wagtail_messages("djangojs", localize=False).items()
        if (message.msgid if key[0] is None else f"{key[0]}\x04{message.msgid}") not in catalogue
    ]
    assert not missing, "Wagtail's admin scripts show these in English:\n" + "\n".join(missing)
    assert catalogue["Collapse all"] == "Skjul alle"


def test_the_finder_sees_english_messages_and_leaves_bokmal_and_content_alone():
    """The crawl's detector, on a page with English that an untranslated catalogue lets in."""
    messages = [
        "History",
        "Collapse all",
        "Autosave is <span>paused</span>",
        'There are no %(model_name)s to display. Why not <a href="%(add_url)s">add one</a>?',
        '%(total)s Pages <span class="w-sr-only">created in %(site_name)s</span>',
        "Search all pages…",
        "%(action)s at <b>%(at)s</b>",  # "at" is Bokmål too: never looked for
        "%(field_label)s:",  # nothing but a placeholder: never looked for
    ]
    finder = EnglishFinder(list(filter(None, (english_pattern(m, "wagtail") for m in messages))))
    page = read_page(
        """<main><h1>History</h1><p>Autosave is <span>paused</span></p>
        <p>There are no quizzes to display. Why not <a href="/admin/x/">add one</a>?</p>
        <a href="/admin/pages/"><span>12</span> Pages <span class="w-sr-only">created in
        Skolering</span></a><input placeholder="Search all pages…">
        <p>Kurset «History of the party» viser at <b>vi</b> vet: Publisert at <b>12:00</b>.</p>
        <script>var s = "Collapse all";</script><template><p>Collapse all</p></template>
        <label>Tittel:</label></main>"""
    )
    found = {english.text for english in finder.find(page.texts)}
    assert found == set(messages[:6]) - {"Collapse all"}
    assert page.links == ["/admin/x/", "/admin/pages/"]

    assert not finder.find(read_page("<p>Historikk</p><p>Skjul alle</p>").texts)


def test_bokmal_translates_every_wagtail_message_at_run_time():
    """Wagtail's nb catalogues and locale_wagtail, as Django merges them."""
    untranslated = untranslated_messages(["wagtail"])["wagtail"]
    assert not untranslated, "\n".join(message.label() for message in untranslated)


def test_check_messages_lists_the_wagtail_messages_bokmal_lacks(tmp_path):
    """What check_messages reports, were locale_wagtail empty; and that it is not."""
    (tmp_path / "django.po").write_text('msgid ""\nmsgstr "Language: nb\\n"\n')
    missing = missing_wagtail_messages(extra=tmp_path)
    msgids = {domain: {message.msgid for message in found} for domain, found in missing.items()}
    assert {"Workflows", "Site history", "New: %(model_name)s"} <= msgids["django"]
    assert "Publish" not in msgids["django"]  # Wagtail's nb catalogue has it
    assert {"Collapse all", "Insert a block"} <= msgids["djangojs"]

    assert missing_wagtail_messages() == {}
