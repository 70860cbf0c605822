"""The one place where HTML from members and local editors is cleaned before it is stored or
shown. Swap bleach for nh3 here and nowhere else."""

import html

import bleach

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a", "h3", "h4", "blockquote"}
)
ALLOWED_ATTRIBUTES = {"a": ["href", "title"]}
# Wagtail stores links to pages and documents as <a linktype="page" id="12">, and rewrites them
# to real addresses when the text is shown.
RICH_TEXT_ATTRIBUTES = {"a": ["href", "linktype", "id"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})


def clean_html(html_text: str, *, attributes=ALLOWED_ATTRIBUTES) -> str:
    """Keep simple formatting and safe links; drop scripts, styles, event handlers and the rest."""
    return bleach.clean(
        html_text or "",
        tags=ALLOWED_TAGS,
        attributes=attributes,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )


def clean_rich_text(html_text: str) -> str:
    """Like `clean_html`, for Wagtail's stored rich text: keeps its internal page and document
    links, which have no href until they are shown."""
    return clean_html(html_text, attributes=RICH_TEXT_ATTRIBUTES)


def clean_text(text: str) -> str:
    """Plain text with every tag and control character removed. The result is not HTML: it is
    escaped when shown, like any other text."""
    stripped = html.unescape(
        bleach.clean(text or "", tags=set(), attributes={}, strip=True, strip_comments=True)
    )
    return "".join(ch for ch in stripped if ch in "\n\t" or ch >= " ").strip()
