"""StreamField blocks shared by the site's pages. Each block describes itself (icon, template,
description, preview) so editors see what it is for in Wagtail's block picker."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.rich_text import RichText

from skolering.sanitize import clean_rich_text

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (h2)")), ("h3", _("Subheading (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        description = _("A heading that divides the page into sections.")
        preview_value = {"text": "Hva er skolering?", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    """Rich text, cleaned when saved: local editors write in it, and Wagtail's editor is not the
    only way to post a form."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        return RichText(clean_rich_text(value.source))

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/paragraph_block.html"
        description = _("Running text with links and lists.")
        preview_value = "<p>Skolering gir deg kunnskap om partiet og trygghet i rollen du har.</p>"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("info", _("Information")), ("important", _("Important"))],
        default="info",
        help_text=_(
            "Information: a blue box for tips and facts. Important: a red box for warnings and "
            "deadlines."
        ),
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120, required=False)
    text = ParagraphBlock(label=_("Text"))

    class Meta:
        icon = "info-circle"
        label = _("Callout")
        template = "blocks/callout_block.html"
        description = _("A highlighted box for something the reader must not miss.")
        preview_value = {
            "kind": "info",
            "title": "Husk",
            "text": "<p>Du kan ta kurset i ditt eget tempo.</p>",
        }


class StandardPageBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()

    class Meta:
        label = _("Body")
