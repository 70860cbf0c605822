"""The people list as CSV and XLSX. One writer for each format, used both by the response that
streams a short list in the request and by the background job that writes a long one to the
private exports storage (compliance.export_jobs): rows go out as the database cursor yields
them, so the whole country's list never sits in memory at once."""

import csv
import tempfile
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from compliance.queries import StatusRow
from skolering.access import LeaderScope
from skolering.spreadsheets import inert

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


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


def filename(scope: LeaderScope) -> str:
    """The file's name without its extension: the branch looked at and today's date."""
    name = scope.branch.slug if scope.branch else "mine-lag"
    return f"skolering-status-{name}-{timezone.localdate():%Y-%m-%d}"


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


def csv_lines(rows: Iterable[StatusRow]) -> Iterator[str]:
    writer = csv.writer(_Echo(), delimiter=";")
    # The byte order mark makes spreadsheet programs read æ, ø and å as UTF-8.
    yield "\ufeff" + writer.writerow(headings())
    for row in rows:
        values = _values(row)
        values[4:6] = [day.isoformat() for day in values[4:6]]
        values[7] = values[7].isoformat() if values[7] else ""
        yield writer.writerow(values)


def write_csv(rows: Iterable[StatusRow], out: BinaryIO) -> None:
    for line in csv_lines(rows):
        out.write(line.encode("utf-8"))


def write_xlsx(rows: Iterable[StatusRow], out: BinaryIO) -> None:
    """A workbook written row by row (openpyxl's write-only mode)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Status"))
    sheet.append(headings())
    for row in rows:
        sheet.append(_values(row))
    workbook.save(out)


WRITERS = {"csv": write_csv, "xlsx": write_xlsx}


def csv_response(rows: Iterable[StatusRow], filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(csv_lines(rows), content_type=CONTENT_TYPES["csv"])
    # filename*= carries a branch slug such as "kárášjohka" (RFC 6266), filename= an ASCII twin.
    response["Content-Disposition"] = content_disposition_header(True, f"{filename}.csv")
    response["Cache-Control"] = "no-store"
    return response


def xlsx_response(rows: Iterable[StatusRow], filename: str) -> FileResponse:
    """The workbook is written to a temporary file, which is then streamed; the file is deleted
    when the response is closed."""
    spool = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115 - FileResponse closes it
    write_xlsx(rows, spool)
    spool.seek(0)
    return file_response(spool, f"{filename}.xlsx", "xlsx")


def file_response(file: BinaryIO, name: str, fmt: str) -> FileResponse:
    """An export's file as a download that no cache keeps."""
    response = FileResponse(
        file, as_attachment=True, filename=name, content_type=CONTENT_TYPES[fmt]
    )
    response["Cache-Control"] = "no-store"
    return response
