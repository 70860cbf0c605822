"""The people list as CSV and XLSX, streamed: rows go out as the database cursor yields them,
so the whole country's list never sits in memory at once."""

import csv
import tempfile
from collections.abc import Iterable, Iterator

from django.http import FileResponse, StreamingHttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from compliance.queries import StatusRow
from skolering.spreadsheets import inert


def headings() -> list[str]:
    return [
        _("Name"),
        _("Branch"),
        _("Course"),
        _("Required of"),
        _("Role or membership from"),
        _("Due"),
        _("Status"),
        _("Valid until"),
    ]


def _values(row: StatusRow) -> list:
    return [
        inert(row.name),
        inert(row.branch_name),
        inert(row.requirement.course.title),
        str(row.requirement.get_audience_display()),
        row.starts_on,
        row.due_on,
        str(row.status_label),
        row.valid_until,
    ]


class _Echo:
    """A file-like object whose write() hands back what it is given, for csv.writer."""

    def write(self, value):
        return value


def _csv_lines(rows: Iterable[StatusRow]) -> Iterator[str]:
    writer = csv.writer(_Echo(), delimiter=";")
    # The byte order mark makes spreadsheet programs read æ, ø and å as UTF-8.
    yield "\ufeff" + writer.writerow(headings())
    for row in rows:
        values = _values(row)
        values[4:6] = [day.isoformat() for day in values[4:6]]
        values[7] = values[7].isoformat() if values[7] else ""
        yield writer.writerow(values)


def csv_response(rows: Iterable[StatusRow], filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(_csv_lines(rows), content_type="text/csv; charset=utf-8")
    # filename*= carries a branch slug such as "kárášjohka" (RFC 6266), filename= an ASCII twin.
    response["Content-Disposition"] = content_disposition_header(True, f"{filename}.csv")
    response["Cache-Control"] = "no-store"
    return response


def xlsx_response(rows: Iterable[StatusRow], filename: str) -> FileResponse:
    """A workbook written row by row (openpyxl's write-only mode) to a temporary file, which is
    then streamed; the file is deleted when the response is closed."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Status"))
    sheet.append(headings())
    for row in rows:
        sheet.append(_values(row))
    spool = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115 - FileResponse closes it
    workbook.save(spool)
    spool.seek(0)
    response = FileResponse(
        spool,
        as_attachment=True,
        filename=f"{filename}.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Cache-Control"] = "no-store"
    return response
