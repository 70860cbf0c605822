"""Demo lessons, written for this project in Bokmål. Each module is (slug, title, summary,
minutes, body); the body is built from the small helpers below."""


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def text(html):
    return {"type": "paragraph", "value": html}


def callout(title, html, kind="info"):
    return {"type": "callout", "value": {"kind": kind, "title": title, "text": html}}


def quote(words, who=""):
    return {"type": "quote", "value": {"text": words, "attribution": who}}


def scenario(title, situation, questions):
    return {
        "type": "scenario",
        "value": {"title": title, "situation": situation, "questions": questions},
    }


def reflection(prompt, hint=""):
    return {"type": "reflection", "value": {"prompt": prompt, "hint": hint}}


def notes(html):
    return {"type": "facilitator_notes", "value": {"text": html}}
