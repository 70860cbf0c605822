"""The one place where HTML from members and local editors is cleaned before it is stored or
shown. Swap bleach for nh3 here and nowhere else."""

import bleach

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a", "h3", "h4", "blockquote"}
)
ALLOWED_ATTRIBUTES = {"a": ["href", "title"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})


def clean_html(html: str) -> str:
    """Keep simple formatting and safe links; drop scripts, styles, event handlers and the rest."""
    return bleach.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )


def clean_text(text: str) -> str:
    """Plain text with every tag removed, for fields that are never HTML."""
    return bleach.clean(text or "", tags=set(), attributes={}, strip=True, strip_comments=True)
