"""A module's lesson as the member reads it: its blocks rendered to HTML once per published
revision and kept in the cache (courses.published), with the parts that belong to the member
(reflection answers, quiz status) or to the reader's role (facilitator notes) left as parts of
their own, which the page fills in on every request. Turning the stored lesson into blocks and
rendering them cost more than everything else a module page did."""

from dataclasses import dataclass, field

from django.utils.safestring import SafeString, mark_safe

from courses.published import published_cached

# The blocks that are not the same for every reader.
REFLECTION, FACILITATOR_NOTES, QUIZ, HTML = "reflection", "facilitator_notes", "quiz", "html"


@dataclass(frozen=True)
class LessonPart:
    kind: str  # HTML, REFLECTION, FACILITATOR_NOTES (html) or QUIZ
    html: str = ""
    block_id: str = ""
    prompt: str = ""  # a reflection's question and hint
    hint: str = ""
    quiz_id: int | None = None  # a quiz block's quiz and heading
    heading: str = ""

    @property
    def safe_html(self) -> SafeString:
        return mark_safe(self.html)  # noqa: S308 - rendered by the lesson's own block templates


@dataclass
class Lesson:
    parts: list[LessonPart] = field(default_factory=list)

    def reflection_prompts(self) -> dict[str, LessonPart]:
        return {part.block_id: part for part in self.parts if part.kind == REFLECTION}

    def quiz_parts(self) -> list[LessonPart]:
        return [part for part in self.parts if part.kind == QUIZ]

    @property
    def has_facilitator_notes(self) -> bool:
        return any(part.kind == FACILITATOR_NOTES for part in self.parts)


def lesson_render(body) -> Lesson:
    """The lesson of a module's `body` (its StreamValue), rendered now."""
    parts: list[LessonPart] = []
    pending_html: list[str] = []

    def flush():
        if pending_html:
            parts.append(LessonPart(HTML, html="\n".join(pending_html)))
            pending_html.clear()

    for block in body:
        if block.block_type == REFLECTION:
            flush()
            parts.append(
                LessonPart(
                    REFLECTION,
                    block_id=block.id,
                    prompt=block.value.get("prompt") or "",
                    hint=block.value.get("hint") or "",
                )
            )
        elif block.block_type == FACILITATOR_NOTES:
            flush()
            parts.append(LessonPart(FACILITATOR_NOTES, html=str(block.render())))
        elif block.block_type == QUIZ:
            quiz = block.value.get("quiz")
            if quiz is not None:
                flush()
                parts.append(
                    LessonPart(
                        QUIZ,
                        block_id=block.id,
                        quiz_id=quiz.pk,
                        heading=block.value.get("heading") or "",
                    )
                )
        else:
            pending_html.append(str(block.render()))
    flush()
    return Lesson(parts)


def lesson_of(module, *, load_body) -> Lesson:
    """The published lesson of `module` (a ModulePage, or an outline's module with its
    `live_revision_id` and `last_published_at`), from the cache when it has been rendered;
    `load_body()` gives the body to render when it has not."""
    published = module.last_published_at
    if module.live_revision_id is None or published is None:
        return lesson_render(load_body())
    # The time as well as the revision: ids may come again after a rollback (tests, SQLite).
    key = ("lesson", module.pk, module.live_revision_id, published.timestamp())
    return Lesson(published_cached(key, lambda: lesson_render(load_body()).parts))
