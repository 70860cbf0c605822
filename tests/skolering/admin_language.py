"""Finding English in the Wagtail admin: which messages have no Bokmål translation, the text a
page shows, and a crawl of the admin as one user.

English is what a message looks like when Bokmål lacks it: the msgid itself. So the English to
look for is the msgids of Wagtail's, Django's and the project's catalogues that the nb catalogue
Django has merged from all of them does not hold. A msgid that is translated to itself ("Status",
"Admin", "URL") is in that catalogue and so never counts as English.
"""

import json
import re
import shutil
import tempfile
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import django
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.utils.translation import trans_real

from skolering.management.commands.check_messages import (
    Message,
    extract_messages,
    read_po,
    wagtail_messages,
)

LANGUAGE = "nb"
DJANGO_DIR = Path(django.__file__).parent
DJANGO_CATALOGUES = [
    DJANGO_DIR / "conf" / "locale",  # core, forms and validators
    DJANGO_DIR / "contrib" / "auth" / "locale",
    DJANGO_DIR / "contrib" / "contenttypes" / "locale",
]
# Format strings, brace fields and HTML tags in a msgid; each stands for some text on the page.
PLACEHOLDER = re.compile(r"%\(\w+\)[-#0 +]*\d*(?:\.\d+)?[sdifr]|%[sdif]|\{\w*\}")
TAG = re.compile(r"<[^>]+>")
# Messages that are the same in Bokmål though no catalogue says so (units, abbreviations), and
# language names (the admin offers only Bokmål, so none is shown).
SAME_IN_BOKMAL = {"URL", "IPv4", "IPv6", "AM", "PM", "a.m.", "p.m.", "jan", "%s KB", "%s MB"}
SAME_IN_BOKMAL |= {"%s GB", "%s TB", "%s PB", "Wagtail API v2", "Wagtail API v3"}
SAME_IN_BOKMAL |= {info["name"] for info in LANG_INFO.values() if "name" in info}
# A message of this many words or more is looked for anywhere in a page's text; a shorter one
# only as a whole text (a text node, an element's text or an attribute), so that a course called
# "History of the party" is not taken for the admin's English "History".
SENTENCE_WORDS = 4
LONGEST_WORD_AROUND_PLACEHOLDERS = 4


@dataclass(frozen=True)
class English:
    """An untranslated msgid, and where it comes from (wagtail, django or project)."""

    text: str
    source: str
    pattern: re.Pattern
    anchor: str  # the longest stretch of the message without a placeholder or tag
    sentence: bool  # long enough to be looked for inside a longer text


def message_keys(message: Message) -> list:
    key = message.msgid if message.context is None else f"{message.context}\x04{message.msgid}"
    return [(key, 0)] if message.plural else [key]


def project_messages() -> list[Message]:
    """The project's messages: those of locale/nb, and (with GNU gettext) those extracted from
    the code now, which may not have reached locale/nb yet."""
    messages = read_po(Path(settings.LOCALE_PATHS[0]) / LANGUAGE / "LC_MESSAGES" / "django.po")
    if shutil.which("xgettext"):
        with tempfile.TemporaryDirectory() as scratch:
            messages += read_po(extract_messages(Path(scratch)))
    return messages


MESSAGE_SOURCES = {
    "wagtail": lambda: list(wagtail_messages("django").values()),
    "django": lambda: [
        message
        for folder in DJANGO_CATALOGUES
        for message in read_po(folder / "en" / "LC_MESSAGES" / "django.po")
    ],
    "project": project_messages,
}


def untranslated_messages(sources=tuple(MESSAGE_SOURCES)) -> dict[str, list[Message]]:
    """Every msgid (django domain) of Wagtail, Django and the project that the merged Bokmål
    catalogue lacks, by source."""
    catalogue = trans_real.translation(LANGUAGE)._catalog
    return {
        source: [
            message
            for message in MESSAGE_SOURCES[source]()
            if not all(key in catalogue for key in message_keys(message))
        ]
        for source in sources
    }


def english_texts() -> list[English]:
    found: dict[str, English] = {}
    for source, messages in untranslated_messages().items():
        for message in messages:
            for text in filter(None, [message.msgid, message.plural]):
                if text not in found and (english := english_pattern(text, source)):
                    found[text] = english
    return list(found.values())


def normalise(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def english_pattern(text: str, source: str) -> English | None:
    """How a message looks on a page: its placeholders stand for any text, its tags for the
    boundaries of text nodes. None for a message that cannot tell English from Bokmål."""
    if text in SAME_IN_BOKMAL:
        return None
    parts = PLACEHOLDER.split(TAG.sub("\0", text))
    chunks = [normalise(chunk) for part in parts for chunk in part.split("\0")]
    words = [word for chunk in chunks for word in re.findall(r"[^\W\d_]+", chunk)]
    # Placeholders around short words only ("%(time)s by %(user)s", "%(action)s at %(at)s")
    # would match Bokmål, where "by" and "at" are words too.
    if not words or (len(parts) > 1 and max(map(len, words)) < LONGEST_WORD_AROUND_PLACEHOLDERS):
        return None
    pattern = ".+?".join(
        r"\s*".join(r"\s+".join(map(re.escape, chunk.split())) for chunk in part.split("\0"))
        for part in parts
    )
    bare = normalise(TAG.sub("", text))
    if re.match(r"\w", bare):
        pattern = r"(?<!\w)" + pattern
    if re.search(r"\w$", bare):
        pattern += r"(?!\w)"
    return English(
        text=text,
        source=source,
        pattern=re.compile(pattern),
        anchor=max(chunks, key=len),
        sentence=len(words) >= SENTENCE_WORDS,
    )


class EnglishFinder:
    """Finds English messages among the texts of a page: a short message must be a whole text
    (a text node, an element's text or a shown attribute), a long one may be part of one."""

    def __init__(self, texts: list[English]):
        self.exact = {
            e.text: e for e in texts if not PLACEHOLDER.search(e.text) and not TAG.search(e.text)
        }
        self.patterns = [e for e in texts if e.text not in self.exact]
        self.sentences = [e for e in texts if e.sentence]

    def __len__(self):
        return len(self.exact) + len(self.patterns)

    def find(self, texts: list[str]) -> list[English]:
        found = {}
        for text in texts:
            if (english := self.exact.get(text)) is not None:
                found[english.text] = english
            for english in self.patterns:
                if english.anchor in text and english.pattern.fullmatch(text):
                    found[english.text] = english
        page = "\n".join(texts)
        for english in self.sentences:
            new = english.text not in found and english.anchor in page
            if new and english.pattern.search(page):
                found[english.text] = english
        return list(found.values())


# A page's visible text and its links.

HIDDEN = {"script", "style", "template", "noscript"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
VOID |= {"track", "wbr"}
SHOWN_ATTRIBUTES = ("placeholder", "title", "aria-label", "alt")
# An element's whole text is a candidate too (a message with tags spans several text nodes),
# up to this length.
ELEMENT_TEXT_LIMIT = 500


class PageReader(HTMLParser):
    """Collects the text a reader sees (or hears): text nodes outside scripts, styles and
    templates, the text of each element, and shown attributes; and the admin URLs a page leads
    to: links, the URLs scripts load from (data-*-url) and those in the JSON they render from
    (the sidebar's menu)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.links: list[str] = []
        self.json_scripts: list[str] = []
        self.stack: list[tuple[str, list[str]]] = []  # open elements and their text so far
        self.hidden = 0
        self.json: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
        for name, value in attrs:
            if name.startswith("data-") and name.endswith("url") and value:
                self.links.append(value)
        if tag == "script" and attributes.get("type") == "application/json":
            self.json = []
        if tag not in VOID:
            self.stack.append((tag, []))
            self.hidden += tag in HIDDEN
        if self.hidden:
            return
        for name in SHOWN_ATTRIBUTES:
            self.add_text(attributes.get(name) or "")
        if tag == "input" and attributes.get("type") in ("submit", "button"):
            self.add_text(attributes.get("value") or "")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if not any(open_tag == tag for open_tag, _ in self.stack):
            return
        while self.stack:
            open_tag, pieces = self.stack.pop()
            if open_tag in HIDDEN:
                self.hidden -= 1
                if self.json is not None:
                    self.json_scripts.append("".join(self.json))
                    self.json = None
            elif not self.hidden and len(pieces) > 1:
                text = " ".join(pieces)
                if len(text) <= ELEMENT_TEXT_LIMIT:
                    self.texts.append(text)
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.json is not None:
            self.json.append(data)
        elif not self.hidden and (text := normalise(data)):
            self.texts.append(text)
            for _, pieces in self.stack:
                pieces.append(text)

    def add_text(self, text: str):
        if text := normalise(text):
            self.texts.append(text)

    def script_links(self) -> list[str]:
        links = []

        def walk(value):
            if isinstance(value, dict):
                value = list(value.values())
            if isinstance(value, list):
                for item in value:
                    walk(item)
            elif isinstance(value, str) and value.startswith("/admin/"):
                links.append(value)

        for script in self.json_scripts:
            try:
                walk(json.loads(script))
            except ValueError:
                continue
        return links


def read_page(html: str) -> PageReader:
    reader = PageReader()
    reader.feed(html)
    reader.close()
    return reader


# The crawl.

# Never requested: logging out, the JavaScript catalogue (checked on its own) and the icons.
SKIP = re.compile(r"^/admin/(logout|jsi18n|sprite)/")
# Query parameters that show the same view with other rows.
SAME_VIEW = {"", "p", "ordering", "next"}
NUMBER = re.compile(r"/\d+(?=/|$)")


@dataclass
class Visit:
    url: str
    status: int
    english: list[English] = field(default_factory=list)


@dataclass
class Crawl:
    visits: list[Visit] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def errors(self) -> list[Visit]:
        return [visit for visit in self.visits if visit.status >= 500]

    @property
    def english(self) -> list[Visit]:
        return [visit for visit in self.visits if visit.english]


def crawl(client, finder: EnglishFinder, *, start="/admin/", per_pattern=2, kind=None) -> Crawl:
    """Visit the admin breadth-first from `start`, following its links; of URLs that differ only
    in numeric ids (and query values), visit `per_pattern`. `kind(url)` may tell such URLs
    apart (by the type of page they edit, say); then one of each kind is visited."""
    result = Crawl()
    started = time.monotonic()
    seen: set[str] = {start}
    per_key: Counter = Counter()
    queue: deque[str] = deque([start])
    while queue:
        url = queue.popleft()
        parts = urlsplit(url)
        key = (
            NUMBER.sub("/#", parts.path),
            tuple(sorted({name.split("=")[0] for name in parts.query.split("&")} - SAME_VIEW)),
            kind(url) if kind else None,
        )
        if per_key[key] >= (1 if key[2] else per_pattern):
            continue
        per_key[key] += 1
        response = client.get(url)
        visit = Visit(url, response.status_code)
        result.visits.append(visit)
        links: list[str] = []
        if response.status_code in (301, 302):
            links.append(response["Location"])
        elif response.status_code == 200 and "text/html" in response.get("Content-Type", ""):
            reader = read_page(response.content.decode())
            visit.english = finder.find(reader.texts)
            links += reader.links + reader.script_links()
        for link in links:
            target = urljoin(url, link.split("#")[0])
            if target.startswith("http://testserver"):
                target = target.removeprefix("http://testserver")
            if target.startswith("/admin/") and not SKIP.match(target) and target not in seen:
                seen.add(target)
                queue.append(target)
    result.seconds = time.monotonic() - started
    return result
