"""The blocks a lesson (ModulePage) is written in. Each describes itself for the editor's block
picker. Rich text is cleaned when saved (see `skolering.blocks.ParagraphBlock`)."""

from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from skolering.blocks import CalloutBlock, HeadingBlock, ParagraphBlock


class LessonImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for those who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/image_block.html"
        description = _("An image with a required text alternative and an optional caption.")


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    url = blocks.URLBlock(
        label=_("Address of the video"),
        help_text=_(
            "The video's page on YouTube, Vimeo or the party's own site, starting with https://. "
            "Members get a link to it; nothing is embedded."
        ),
    )
    duration_minutes = blocks.IntegerBlock(
        label=_("Length in minutes"), min_value=1, max_value=600, required=False
    )
    transcript = ParagraphBlock(
        label=_("Transcript"),
        help_text=_("Everything that is said and shown, for those who cannot watch or hear it."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video_block.html"
        description = _(
            "A link to a video, with its transcript on the page. The video is linked rather than "
            "embedded, so no video service learns which member is taking the course."
        )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["video_host"] = urlsplit(value["url"]).hostname or ""
        return context


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"), max_length=800)
    attribution = blocks.CharBlock(label=_("Who said it"), max_length=150, required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "courses/blocks/quote_block.html"
        description = _("Something someone said or wrote, with who said it.")
        preview_value = {
            "text": "Vi blir sterkere når flere slipper til.",
            "attribution": "Lokallagsleder",
        }


class ScenarioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    situation = ParagraphBlock(label=_("The situation"))
    questions = blocks.ListBlock(
        blocks.CharBlock(label=_("Question"), max_length=300),
        label=_("Questions for discussion"),
        min_num=1,
    )

    class Meta:
        icon = "group"
        label = _("Scenario")
        template = "courses/blocks/scenario_block.html"
        description = _("A case from party life, with questions to discuss alone or in a group.")
        preview_value = {
            "title": "Et nytt medlem på møtet",
            "situation": "<p>Et nytt medlem sitter alene bakerst i salen.</p>",
            "questions": ["Hva gjør du?"],
        }


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Question to reflect on"), max_length=500)
    hint = blocks.CharBlock(
        label=_("Hint"),
        max_length=250,
        required=False,
        help_text=_("A tip shown under the question to help the member get started. Optional."),
    )

    class Meta:
        icon = "edit"
        label = _("Reflection")
        template = "courses/blocks/reflection_block.html"
        description = _(
            "A question the member answers in their own words. The answer is private: only the "
            "member sees it."
        )
        preview_value = {"prompt": "Hva fikk deg til å melde deg inn i partiet?", "hint": ""}


class DownloadsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150, default=_("Downloads"))
    documents = blocks.ListBlock(
        DocumentChooserBlock(label=_("Document")), label=_("Documents"), min_num=1
    )

    class Meta:
        icon = "doc-full"
        label = _("Downloads")
        template = "courses/blocks/downloads_block.html"
        description = _("Documents to download, such as handouts for a local meeting.")


class FacilitatorNotesBlock(blocks.StructBlock):
    text = ParagraphBlock(label=_("Notes"))

    class Meta:
        icon = "help"
        label = _("Facilitator notes")
        template = "courses/blocks/facilitator_notes_block.html"
        description = _(
            "Advice for whoever leads a meeting on this module. Shown only to leaders, training "
            "officers and editors."
        )
        preview_value = {"text": "<p>Sett av ti minutter til samtale i grupper.</p>"}


class QuizBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=150, default=_("Test yourself"))
    quiz = SnippetChooserBlock(
        "quizzes.Quiz",
        label=_("Quiz"),
        help_text=_("The quiz's own introduction is shown to the member above the start button."),
    )

    class Meta:
        icon = "tasks"
        label = _("Quiz")
        template = "courses/blocks/quiz_block.html"
        description = _(
            "A quiz the member takes in the module. Passing it completes the module; until then "
            "the module cannot be marked as completed."
        )


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = LessonImageBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    scenario = ScenarioBlock()
    reflection = ReflectionBlock()
    downloads = DownloadsBlock()
    facilitator_notes = FacilitatorNotesBlock()
    quiz = QuizBlock()

    class Meta:
        label = _("Lesson")
