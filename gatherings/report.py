"""The attendance list (fremmøteliste) a course run is reported to its study association with: the
checks to pass before it is sent, what the list holds, and the list as CSV (for the association's
spreadsheet) and as PDF (to keep, or to send signed).

Times are printed in Europe/Oslo whatever the active time zone, since the association reads the
list as Norwegian local time."""

import csv
import datetime
import io
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from django.utils import formats
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from certificates.pdf import BOLD, REGULAR
from gatherings.models import CourseRun, Gathering, StudyAssociation
from gatherings.queries import ParticipantRow, attended_enough, participants
from skolering.spreadsheets import inert

OSLO = ZoneInfo("Europe/Oslo")
ERROR, WARNING = "error", "warning"


def _hours(hours: Decimal) -> str:
    """Hours as printed in Norway: "4", "1,5"."""
    whole = hours == hours.to_integral_value()
    return formats.number_format(hours, 0 if whole else 1)


def _oslo(moment: datetime.datetime) -> datetime.datetime:
    return moment.astimezone(OSLO)


def _date(moment: datetime.datetime) -> str:
    return _oslo(moment).strftime("%d.%m.%Y")


def _time(moment: datetime.datetime) -> str:
    return _oslo(moment).strftime("%H:%M")


# Checks before export


@dataclass(frozen=True)
class ReportCheck:
    ok: bool
    severity: str  # ERROR stops the report; a WARNING the association may grant an exception for
    message: str

    @property
    def fails(self) -> bool:
        return not self.ok and self.severity == ERROR

    @property
    def state(self) -> tuple[str, str]:
        """How the page shows it: (a status-tag modifier, words for those who do not see the
        colour or the sign)."""
        if self.ok:
            return "fullfort", _("In order:")
        if self.severity == WARNING:
            return "utloper", _("Warning:")
        return "forfalt", _("Must be fixed:")


def report_checks(run: CourseRun) -> list[ReportCheck]:
    """What must hold before the attendance list is sent, each with a message for the leader."""
    checks = [_association_check(run)]
    association = run.study_association
    if association is not None:
        rows = participants(run)
        checks += [
            _hours_check(run, association),
            _participants_check(run, association, rows),
            _asked_fields_check(association, rows),
        ]
    return [*checks, _study_plan_check(run), _confirmation_check(run)]


def report_ready(checks: list[ReportCheck]) -> bool:
    """Ready to send when no error fails; warnings are the association's to judge."""
    return not any(check.fails for check in checks)


def _association_check(run: CourseRun) -> ReportCheck:
    association = run.study_association
    if association is None:
        return ReportCheck(
            False,
            ERROR,
            _("The course run is not reported to a study association: choose one on the run."),
        )
    return ReportCheck(
        True,
        ERROR,
        _("The course run is reported to %(association)s (organisation number %(number)s).")
        % {"association": association.name, "number": association.organisation_number},
    )


def _hours_check(run: CourseRun, association: StudyAssociation) -> ReportCheck:
    hours = run.teaching_hours
    return ReportCheck(
        hours >= association.minimum_hours,
        ERROR,
        _("The course has %(hours)s teaching hours; %(association)s asks for at least %(minimum)s.")
        % {
            "hours": _hours(hours),
            "association": association.name,
            "minimum": _hours(association.minimum_hours),
        },
    )


def _participants_check(
    run: CourseRun, association: StudyAssociation, rows: list[ParticipantRow]
) -> ReportCheck:
    total, percent = run.teaching_hours, run.attendance_percent_required
    attended = sum(1 for row in rows if attended_enough(row.hours, total, percent))
    message = ngettext(
        "%(count)s participant attended at least %(percent)s%% of the teaching hours; "
        "%(association)s asks for at least %(minimum)s.",
        "%(count)s participants attended at least %(percent)s%% of the teaching hours; "
        "%(association)s asks for at least %(minimum)s.",
        attended,
    ) % {
        "count": attended,
        "percent": percent,
        "association": association.name,
        "minimum": association.minimum_participants,
    }
    # A warning: the association may accept fewer participants by exception.
    return ReportCheck(attended >= association.minimum_participants, WARNING, message)


def _lacks_asked_fields(row: ParticipantRow, asked: list[str]) -> bool:
    return any(getattr(row.signup, name) in (None, "") for name in asked)


def _asked_fields_check(association: StudyAssociation, rows: list[ParticipantRow]) -> ReportCheck:
    lacking = sum(1 for row in rows if _lacks_asked_fields(row, association.asked_fields))
    if not lacking:
        return ReportCheck(
            True,
            WARNING,
            _("Every participant has given what %(association)s asks for.")
            % {"association": association.name},
        )
    message = ngettext(
        "%(count)s participant has not given everything %(association)s asks for.",
        "%(count)s participants have not given everything %(association)s asks for.",
        lacking,
    ) % {"count": lacking, "association": association.name}
    return ReportCheck(False, WARNING, message)


def _study_plan_check(run: CourseRun) -> ReportCheck:
    if not run.study_plan_reference.strip():
        return ReportCheck(
            False, ERROR, _("The study plan reference is missing: fill it in on the run.")
        )
    return ReportCheck(
        True,
        ERROR,
        _("The study plan reference is %(reference)s.") % {"reference": run.study_plan_reference},
    )


def _confirmation_check(run: CourseRun) -> ReportCheck:
    if run.confirmed_at is None:
        return ReportCheck(
            False, ERROR, _("The course leader has not confirmed the attendance list.")
        )
    return ReportCheck(True, ERROR, confirmation_line(run))


def confirmation_line(run: CourseRun) -> str:
    if run.confirmed_at is None:
        return _("Not confirmed by the course leader.")
    return _("Confirmed by the course leader %(name)s on %(date)s at %(time)s.") % {
        "name": run.confirmed_by_name,
        "date": _date(run.confirmed_at),
        "time": _time(run.confirmed_at),
    }


# What the list holds


@dataclass(frozen=True)
class GatheringLine:
    date: str
    starts: str
    ends: str
    place: str
    teaching_hours: Decimal


@dataclass(frozen=True)
class AttendanceRow:
    name: str
    asked: tuple[str, ...]  # the values of the fields the association asks for, in order
    hours: tuple[Decimal, ...]  # per gathering, 0 when absent
    total: Decimal
    attended_enough: bool


@dataclass(frozen=True)
class AttendanceList:
    association_name: str
    organisation_number: str
    course_title: str
    run_title: str
    branch_name: str
    study_plan_reference: str
    gatherings: tuple[GatheringLine, ...]
    teaching_hours: Decimal
    percent_required: int
    leaders: tuple[str, ...]
    confirmation: str
    asked_fields: tuple[str, ...]
    rows: tuple[AttendanceRow, ...]


def attendance_rows(run: CourseRun) -> AttendanceList:
    """The run's header data and one row per participant with a place, by name."""
    association = run.study_association
    asked = tuple(association.asked_fields) if association else ()
    gatherings = run.gathering_list
    return AttendanceList(
        association_name=association.name if association else "",
        organisation_number=association.organisation_number if association else "",
        course_title=run.course_title,
        run_title=run.title,
        branch_name=run.branch.name,
        study_plan_reference=run.study_plan_reference,
        gatherings=tuple(_gathering_line(gathering) for gathering in gatherings),
        teaching_hours=run.teaching_hours,
        percent_required=run.attendance_percent_required,
        leaders=tuple(
            leader.get_full_name().strip() or leader.email
            for leader in run.leaders.order_by("last_name", "first_name", "pk")
        ),
        confirmation=confirmation_line(run),
        asked_fields=asked,
        rows=tuple(_attendance_row(run, row, asked, gatherings) for row in participants(run)),
    )


def _gathering_line(gathering: Gathering) -> GatheringLine:
    return GatheringLine(
        date=_date(gathering.starts_at),
        starts=_time(gathering.starts_at),
        ends=_time(gathering.ends_at),
        place=gathering.place or _("Digital"),
        teaching_hours=gathering.teaching_hours,
    )


def _asked_value(signup, name: str) -> str:
    if name == "gender":
        return str(signup.get_gender_display()) if signup.gender else ""
    value = getattr(signup, name)
    return "" if value is None else str(value)


def _attendance_row(
    run: CourseRun, row: ParticipantRow, asked: tuple[str, ...], gatherings: list[Gathering]
) -> AttendanceRow:
    user = row.user
    return AttendanceRow(
        name=user.get_full_name().strip() or user.email,
        asked=tuple(_asked_value(row.signup, name) for name in asked),
        hours=tuple(row.hours_by_gathering.get(g.pk, Decimal(0)) for g in gatherings),
        total=row.hours,
        attended_enough=attended_enough(
            row.hours, run.teaching_hours, run.attendance_percent_required
        ),
    )


def _asked_headings(asked: tuple[str, ...]) -> list[str]:
    headings = {"birth_year": _("Year of birth"), "gender": _("Gender"), "postcode": _("Postcode")}
    return [headings[name] for name in asked]


def _attended_heading(attendance: AttendanceList) -> str:
    return _("Attended at least %(percent)s%%") % {"percent": attendance.percent_required}


def _yes_no(value: bool) -> str:
    return _("Yes") if value else _("No")


# CSV


def _gathering_headings(attendance: AttendanceList) -> list[str]:
    """Each gathering by its date and teaching hours; with the time too when two share a date."""
    dates = [line.date for line in attendance.gatherings]
    headings = []
    for line in attendance.gatherings:
        when = line.date if dates.count(line.date) == 1 else f"{line.date} {line.starts}"
        whole = line.teaching_hours == line.teaching_hours.to_integral_value()
        headings.append(
            ngettext(
                "%(date)s (%(hours)s teaching hour)",
                "%(date)s (%(hours)s teaching hours)",
                int(line.teaching_hours) if whole else 2,
            )
            % {"date": when, "hours": _hours(line.teaching_hours)}
        )
    return headings


def attendance_csv(run: CourseRun) -> bytes:
    """The list for a spreadsheet: UTF-8 with a BOM and `;` between cells, as Norwegian Excel
    opens it. Every cell is made inert, since names are the members' own text."""
    attendance = attendance_rows(run)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(
        [
            _("Name"),
            *_asked_headings(attendance.asked_fields),
            *_gathering_headings(attendance),
            _("Total hours"),
            _attended_heading(attendance),
        ]
    )
    for row in attendance.rows:
        cells = (
            [row.name, *row.asked]
            + [_hours(hours) for hours in row.hours]
            + [_hours(row.total), _yes_no(row.attended_enough)]
        )
        writer.writerow([inert(cell) for cell in cells])
    return out.getvalue().encode("utf-8-sig")


# PDF

PAGE = landscape(A4)  # the participant table is wide: a column per gathering
MARGIN = 15 * mm
GRID = colors.HexColor("#8a8f98")
SHADE = colors.HexColor("#eceef1")

STYLES = {
    "title": ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=4 * mm),
    "heading": ParagraphStyle(
        "heading", fontName=BOLD, fontSize=11, leading=14, spaceBefore=5 * mm, spaceAfter=2 * mm
    ),
    "text": ParagraphStyle("text", fontName=REGULAR, fontSize=9, leading=11.5),
    "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=8, leading=10),
    "head": ParagraphStyle("head", fontName=BOLD, fontSize=8, leading=10),
}


def _paragraph(text: str, style: str = "cell") -> Paragraph:
    # Paragraph reads markup: the members' and editors' text is escaped.
    return Paragraph(escape(text), STYLES[style])


def _table(rows: list[list], widths: list[float] | None = None) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _header_table(attendance: AttendanceList) -> Table:
    facts = [
        (
            _("Study association"),
            _("%(name)s, organisation number %(number)s")
            % {"name": attendance.association_name, "number": attendance.organisation_number},
        ),
        (_("Course"), attendance.course_title),
        (_("Course run"), attendance.run_title),
        (_("Organised by"), attendance.branch_name),
        (_("Study plan reference"), attendance.study_plan_reference),
        (_("Course leaders"), ", ".join(attendance.leaders)),
        (_("Teaching hours in total"), _hours(attendance.teaching_hours)),
    ]
    rows = [[_paragraph(label, "head"), _paragraph(value)] for label, value in facts]
    table = Table(rows, colWidths=[50 * mm, None], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _gatherings_table(attendance: AttendanceList) -> Table:
    head = [_("No."), _("Date"), _("Time"), _("Place"), _("Teaching hours")]
    rows = [[_paragraph(text, "head") for text in head]]
    for number, line in enumerate(attendance.gatherings, start=1):
        cells = [str(number), line.date, f"{line.starts}–{line.ends}", line.place]
        rows.append([_paragraph(text) for text in [*cells, _hours(line.teaching_hours)]])
    rows.append(
        [_paragraph(_("Total"), "head"), "", "", "", _paragraph(_hours(attendance.teaching_hours))]
    )
    return _table(rows, [12 * mm, 25 * mm, 25 * mm, 130 * mm, 28 * mm])


def _participants_table(attendance: AttendanceList) -> Table:
    """The participants, a column per gathering numbered as in the table of gatherings."""
    numbers = [str(number) for number in range(1, len(attendance.gatherings) + 1)]
    head = [
        _("Name"),
        *_asked_headings(attendance.asked_fields),
        *numbers,
        _("Total hours"),
        _attended_heading(attendance),
    ]
    rows = [[_paragraph(text, "head") for text in head]]
    for row in attendance.rows:
        cells = (
            [row.name, *row.asked]
            + [_hours(hours) if hours else "" for hours in row.hours]
            + [_hours(row.total), _yes_no(row.attended_enough)]
        )
        rows.append([_paragraph(text) for text in cells])
    return _table(rows, _participant_widths(attendance))


def _participant_widths(attendance: AttendanceList) -> list[float]:
    # The name takes what the fixed columns leave, the gatherings share the rest evenly.
    fixed = [20 * mm] * len(attendance.asked_fields) + [22 * mm, 30 * mm]
    name = 60 * mm
    free = PAGE[0] - 2 * MARGIN - name - sum(fixed)
    count = len(attendance.gatherings)
    each = min(12 * mm, free / count) if count else 0
    name += free - each * count
    return [name] + fixed[:-2] + [each] * count + fixed[-2:]


def _participant_totals(attendance: AttendanceList) -> str:
    attended = sum(1 for row in attendance.rows if row.attended_enough)
    return ngettext(
        "%(count)s participant with a place, of whom %(attended)s attended at least "
        "%(percent)s%% of the teaching hours.",
        "%(count)s participants with a place, of whom %(attended)s attended at least "
        "%(percent)s%% of the teaching hours.",
        len(attendance.rows),
    ) % {
        "count": len(attendance.rows),
        "attended": attended,
        "percent": attendance.percent_required,
    }


class _NumberedCanvas(canvas.Canvas):
    """Keeps each page until the end, so that its footer can say how many pages there are."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(REGULAR, 8)
            self.drawRightString(
                PAGE[0] - MARGIN,
                MARGIN / 2,
                _("Page %(page)s of %(pages)s")
                % {"page": self._pageNumber, "pages": len(self._pages)},
            )
            super().showPage()
        super().save()


def attendance_pdf(run: CourseRun) -> bytes:
    """The list as an A4 landscape PDF: header, gatherings, participants (the table's heading
    repeated on every page) and the course leader's confirmation at the end."""
    attendance = attendance_rows(run)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=_("Attendance list"),
    )
    document.build(
        [
            _paragraph(_("Attendance list"), "title"),
            _header_table(attendance),
            _paragraph(_("Gatherings"), "heading"),
            _gatherings_table(attendance),
            _paragraph(_("Participants"), "heading"),
            _participants_table(attendance),
            # The totals and the confirmation belong together, on one page.
            KeepTogether(
                [
                    Spacer(0, 3 * mm),
                    _paragraph(_participant_totals(attendance), "text"),
                    Spacer(0, 3 * mm),
                    _paragraph(attendance.confirmation, "text"),
                ]
            ),
        ],
        canvasmaker=_NumberedCanvas,
    )
    return buffer.getvalue()
