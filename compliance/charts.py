"""The summary as bar charts, one per requirement, drawn on the server as SVG: a bar per branch
showing the share that has met the requirement (from the left) and the share that is overdue
(from the right). The summary table is the text equivalent."""

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from compliance.models import CourseRequirement
from compliance.queries import SummaryRow

WIDTH = 320
BAR_WIDTH = 150
VALUE_X = BAR_WIDTH + 8
ROW_HEIGHT = 48
LABEL_BASELINE = 16
BAR_TOP = 24
BAR_HEIGHT = 16
GAP = 2  # white between the two segments, so each contrasts with what is next to it


@dataclass(frozen=True)
class ChartBar:
    label: str
    value_text: str
    top: int
    met_width: int
    overdue_x: int
    overdue_width: int

    @property
    def label_y(self) -> int:
        return self.top + LABEL_BASELINE

    @property
    def bar_y(self) -> int:
        return self.top + BAR_TOP

    @property
    def value_y(self) -> int:
        return self.bar_y + BAR_HEIGHT - 3


@dataclass(frozen=True)
class Chart:
    requirement: CourseRequirement
    bars: list[ChartBar]

    width = WIDTH
    track_width = BAR_WIDTH - 1
    value_x = VALUE_X

    @property
    def height(self) -> int:
        return max(ROW_HEIGHT * len(self.bars), ROW_HEIGHT)

    def bars_svg(self) -> SafeString:
        """The bars' SVG elements, made in one pass: a chart has a bar per branch, and a template
        loop over each bar's dozen attributes (each localised as a number) was a large share of
        the dashboard's time. Coordinates are integers written as they are; texts are escaped."""
        return mark_safe(  # noqa: S308 - every text is escaped, the rest are integers
            "\n".join(
                f'<text class="chart__label" x="0" y="{bar.label_y}">{escape(bar.label)}</text>'
                f'<rect class="chart__track" x="0.5" y="{bar.bar_y}" width="{self.track_width}" '
                f'height="{BAR_HEIGHT}" rx="2"></rect>'
                f"{_segment('chart__met', 0, bar.bar_y, bar.met_width)}"
                f"{_segment('chart__overdue', bar.overdue_x, bar.bar_y, bar.overdue_width)}"
                f'<text class="chart__value" x="{self.value_x}" y="{bar.value_y}">'
                f"{escape(bar.value_text)}</text>"
                for bar in self.bars
            )
        )


def _segment(css_class: str, x: int, y: int, width: int) -> str:
    if not width:
        return ""
    return (
        f'<rect class="{css_class}" x="{int(x)}" y="{int(y)}" width="{int(width)}" '
        f'height="{BAR_HEIGHT}" rx="2"></rect>'
    )


def _bar(row: SummaryRow, index: int, column: int) -> ChartBar:
    cell = row.cells[column]
    overdue_width = round(BAR_WIDTH * cell.overdue / cell.required) if cell.required else 0
    met_width = round(BAR_WIDTH * cell.met / cell.required) if cell.required else 0
    if overdue_width:
        met_width = min(met_width, BAR_WIDTH - overdue_width - GAP)
    label = row.branch.name
    if row.is_scope_itself:
        label = _("%(branch)s (own people)") % {"branch": label}
    if cell.required:
        value = _("%(met)d %% met, %(overdue)d overdue") % {
            "met": cell.met_percent,
            "overdue": cell.overdue,
        }
    else:
        value = _("nobody required")
    return ChartBar(
        label=label,
        value_text=value,
        top=index * ROW_HEIGHT,
        met_width=max(met_width, 0),
        overdue_x=BAR_WIDTH - overdue_width,
        overdue_width=overdue_width,
    )


def requirement_charts(
    rows: list[SummaryRow], requirements: list[CourseRequirement]
) -> list[Chart]:
    return [
        Chart(requirement, [_bar(row, index, column) for index, row in enumerate(rows)])
        for column, requirement in enumerate(requirements)
    ]
