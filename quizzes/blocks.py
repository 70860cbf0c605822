"""Question blocks for a quiz. Each question turns itself into a snapshot (`snapshot`): the plain
data an attempt is shown and graded from, so later edits to the quiz never touch open attempts.
Block ids (questions) and list-item ids (options) are stable: Wagtail stores them with the
content."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from skolering.blocks import ParagraphBlock

MAX_POINTS = 10


class Scoring:
    ALL_OR_NOTHING = "all"
    PARTIAL = "partial"
    CHOICES = (
        (ALL_OR_NOTHING, _("All correct options, and no others, for the points")),
        (PARTIAL, _("Partial credit: each correct option counts, each wrong one subtracts")),
    )


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Option"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback"),
        required=False,
        max_length=600,
        help_text=_("Shown to the member who chose this option, when the quiz shows feedback."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Option")


def points_block():
    return blocks.IntegerBlock(
        label=_("Points"),
        default=1,
        min_value=1,
        max_value=MAX_POINTS,
        required=True,
        help_text=_(
            "What the question weighs in the score. The pass mark is a share of all the points."
        ),
    )


def options_block():
    # Two empty options to start with: a question needs at least two, and an editor who has
    # typed nothing yet should see no error.
    return blocks.ListBlock(
        OptionBlock(),
        label=_("Options"),
        min_num=2,
        max_num=8,
        default=[{"text": "", "correct": False, "feedback": ""}] * 2,
        help_text=_("From two to eight. Tick “Correct” on the right one, or the right ones."),
    )


def scoring_block(**kwargs):
    return blocks.ChoiceBlock(
        label=_("Scoring"),
        choices=Scoring.CHOICES,
        default=Scoring.ALL_OR_NOTHING,
        help_text=_(
            "All or nothing: full points only for exactly the correct options. Partial credit: "
            "a share of the points per correct option ticked, less per wrong one, never below "
            "zero."
        ),
        **kwargs,
    )


def explanation_block():
    return blocks.TextBlock(
        label=_("Explanation"),
        required=False,
        max_length=1500,
        help_text=_("Why the answer is what it is. Shown after answering, by the quiz's policy."),
    )


def prompt_block():
    return blocks.CharBlock(label=_("Question"), max_length=500)


class ChoiceQuestionBlock(blocks.StructBlock):
    """A question with options, of which `min_correct`..`max_correct` are marked correct."""

    allows_several = False
    kind = "single"

    def clean(self, value):
        value = super().clean(value)
        options = value.get("options") or []
        correct = sum(1 for option in options if option["correct"])
        if len(options) < 2:
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(_("Give at least two options."))}
            )
        if correct == 0:
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(_("Mark at least one option correct."))}
            )
        if correct > 1 and not self.allows_several_for(value):
            raise StructBlockValidationError(
                block_errors={
                    "options": ValidationError(
                        _("Only one option can be correct when the member chooses one.")
                    )
                }
            )
        return value

    def allows_several_for(self, value) -> bool:
        return self.allows_several

    def snapshot(self, value, block_id: str) -> dict:
        several = self.allows_several_for(value)
        return {
            "id": block_id,
            "kind": self.kind,
            "prompt": value["prompt"],
            "case": "",
            "multiple": several,
            "scoring": value.get("scoring", Scoring.ALL_OR_NOTHING) if several else "all",
            "points": value["points"],
            "explanation": value["explanation"],
            "options": [
                {
                    "id": child.id,
                    "text": child.value["text"],
                    "correct": bool(child.value["correct"]),
                    "feedback": child.value["feedback"],
                }
                for child in value["options"].bound_blocks
            ],
        }


class SingleChoiceQuestionBlock(ChoiceQuestionBlock):
    prompt = prompt_block()
    options = options_block()
    points = points_block()
    explanation = explanation_block()

    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        description = _("One correct option; the member chooses one.")


class MultipleChoiceQuestionBlock(ChoiceQuestionBlock):
    allows_several = True
    kind = "multiple"

    prompt = prompt_block()
    options = options_block()
    scoring = scoring_block()
    points = points_block()
    explanation = explanation_block()

    class Meta:
        icon = "list-ul"
        label = _("Multiple choice")
        description = _("One or more correct options; the member ticks all that apply.")


class ScenarioQuestionBlock(ChoiceQuestionBlock):
    kind = "scenario"

    case = ParagraphBlock(
        label=_("Situation"),
        features=["bold", "italic", "ol", "ul"],
        help_text=_("A short situation the member reads before the question."),
    )
    prompt = prompt_block()
    several_correct = blocks.BooleanBlock(
        label=_("Several options can be correct"),
        required=False,
        help_text=_("The member ticks all that apply instead of choosing one."),
    )
    options = options_block()
    scoring = scoring_block()
    points = points_block()
    explanation = explanation_block()

    class Meta:
        icon = "openquote"
        label = _("Scenario")
        description = _("A short case, then a single- or multiple-choice question about it.")

    def allows_several_for(self, value) -> bool:
        return bool(value.get("several_correct"))

    def snapshot(self, value, block_id: str) -> dict:
        data = super().snapshot(value, block_id)
        data["case"] = value["case"].source
        return data


class TrueFalseQuestionBlock(blocks.StructBlock):
    TRUE, FALSE = "true", "false"

    prompt = blocks.CharBlock(label=_("Statement"), max_length=500)
    answer = blocks.ChoiceBlock(
        label=_("The statement is"),
        choices=((TRUE, _("True")), (FALSE, _("False"))),
        default=TRUE,
    )
    feedback_true = blocks.TextBlock(label=_("Feedback to “true”"), required=False, max_length=600)
    feedback_false = blocks.TextBlock(
        label=_("Feedback to “false”"), required=False, max_length=600
    )
    points = points_block()
    explanation = explanation_block()

    class Meta:
        icon = "tick-inverse"
        label = _("True or false")
        description = _("A statement the member marks as true or false.")

    def snapshot(self, value, block_id: str) -> dict:
        return {
            "id": block_id,
            "kind": "true_false",
            "prompt": value["prompt"],
            "case": "",
            "multiple": False,
            "scoring": Scoring.ALL_OR_NOTHING,
            "points": value["points"],
            "explanation": value["explanation"],
            "options": [
                {
                    "id": self.TRUE,
                    "text": str(_("True")),
                    "correct": value["answer"] == self.TRUE,
                    "feedback": value["feedback_true"],
                },
                {
                    "id": self.FALSE,
                    "text": str(_("False")),
                    "correct": value["answer"] == self.FALSE,
                    "feedback": value["feedback_false"],
                },
            ],
        }


class QuizQuestionsBlock(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    scenario = ScenarioQuestionBlock()

    class Meta:
        label = _("Questions")
        # No min_num: Wagtail would show its count error on a new, empty quiz before the editor
        # has done anything. The field is required, so an empty quiz is refused on saving.
        max_num = 100


def questions_snapshot(stream_value) -> list[dict]:
    """Every question of a quiz's stream, as plain data in the editor's order."""
    return [child.block.snapshot(child.value, child.id) for child in stream_value]


# The parts of a question that carry no words: what grading and statistics go by.
_NOT_WORDS = {"id", "kind", "multiple", "scoring", "points", "answer", "correct"}


def snapshot_in_words_of(original: list[dict], shown: list[dict]) -> list[dict]:
    """The original quiz's questions (ids, right answers, points) in the words of its
    translation, question by question and option by option where the translation has the same
    one (a translation keeps its original's block ids); in the original's words elsewhere, as
    in a translation not brought up to date with a changed quiz."""
    translated = {question["id"]: question for question in shown}

    def words(of: dict, source: dict | None) -> dict:
        if source is None:
            return of
        merged = dict(of)
        for key, value in of.items():
            translation = source.get(key)
            if key not in _NOT_WORDS and isinstance(value, str) and isinstance(translation, str):
                merged[key] = translation
        return merged

    result = []
    for question in original:
        source = translated.get(question["id"])
        merged = words(question, source)
        if "options" in question:
            options = {option["id"]: option for option in (source or {}).get("options", [])}
            merged["options"] = [
                words(option, options.get(option["id"])) for option in question["options"]
            ]
        result.append(merged)
    return result
