"""Demo lessons, written for this project in Bokmål. Each module is (slug, title, summary,
minutes, body); the body is built from the small helpers below."""

import uuid


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def text(html):
    return {"type": "paragraph", "value": html}


def callout(title, html, kind="info"):
    return {"type": "callout", "value": {"kind": kind, "title": title, "text": html}}


def quote(words, who=""):
    return {"type": "quote", "value": {"text": words, "attribution": who}}


def scenario(title, situation, questions):
    # The questions as list items (Wagtail's list format since 2.16): wagtail-localize offers
    # only these for translation.
    items = [{"type": "item", "value": question, "id": str(uuid.uuid4())} for question in questions]
    return {
        "type": "scenario",
        "value": {"title": title, "situation": situation, "questions": items},
    }


def reflection(prompt, hint=""):
    return {"type": "reflection", "value": {"prompt": prompt, "hint": hint}}


def notes(html):
    return {"type": "facilitator_notes", "value": {"text": html}}


# Lesson text a member reads: every block but the facilitator's notes (and the quiz, timed apart).
READ_BLOCKS = {"heading", "paragraph", "callout", "quote", "scenario", "reflection"}
READING_WORDS_PER_MINUTE = 180
QUIZ_MINUTES_PER_QUESTION = 1


def lesson_words(body) -> int:
    """How many words of lesson text a module's body holds (HTML tags not counted)."""
    import re

    def strings(value):
        if isinstance(value, str):
            yield re.sub(r"<[^>]+>", " ", value)
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in {"level", "kind", "type", "id"}:
                    yield from strings(item)
        elif isinstance(value, list | tuple):
            for item in value:
                yield from strings(item)

    return sum(
        len(re.findall(r"\w+", piece))
        for block in body
        if block["type"] in READ_BLOCKS
        for piece in strings(block["value"])
    )


def expected_minutes(body, quiz_questions: int = 0) -> float:
    """Reading time at ~180 words a minute plus a minute per quiz question."""
    reading = lesson_words(body) / READING_WORDS_PER_MINUTE
    return reading + quiz_questions * QUIZ_MINUTES_PER_QUESTION
