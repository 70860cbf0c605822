"""A copy of every table, taken once and put back in a fraction of a second.

Seeding the demo costs seconds (pages, revisions, publishing, progress through the services);
the browser tests need it in a database the live server can read, which is flushed after each
test. So the first test seeds it, the rows are copied, and later tests get the same rows back:
the same ids, the same content types, the same pages."""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management.color import no_style
from django.db import connection, transaction

from skolering.languages import locales_changed


@dataclass(frozen=True)
class TableCopy:
    table: str
    columns: tuple[str, ...]
    data: object  # PostgreSQL: the table in COPY's text format; SQLite: its rows


def _tables() -> list[str]:
    """Every table of the project's models (what `flush` empties), except SQLite's full-text
    index of Wagtail's search: triggers on the index entries fill and empty it."""
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
            virtual = {name for (name,) in cursor.fetchall()}
        tables = [name for name in tables if name not in virtual]
    return tables


def _copy_out(cursor, table: str) -> TableCopy | None:
    quoted = connection.ops.quote_name(table)
    if connection.vendor == "postgresql":
        cursor.execute(f"SELECT * FROM {quoted} LIMIT 0")  # noqa: S608 (a table name of ours)
        columns = tuple(column.name for column in cursor.description)
        with cursor.cursor.copy(f"COPY {quoted} TO STDOUT") as copy:
            data = b"".join(bytes(chunk) for chunk in copy)
        return TableCopy(table, columns, data) if data else None
    cursor.execute(f"SELECT * FROM {quoted}")  # noqa: S608
    columns = tuple(column[0] for column in cursor.description)
    rows = cursor.fetchall()
    return TableCopy(table, columns, rows) if rows else None


def _copy_in(cursor, copied: TableCopy) -> None:
    quoted = connection.ops.quote_name(copied.table)
    names = ", ".join(connection.ops.quote_name(column) for column in copied.columns)
    if connection.vendor == "postgresql":
        with cursor.cursor.copy(f"COPY {quoted} ({names}) FROM STDIN") as copy:
            copy.write(copied.data)
        return
    marks = ", ".join(["%s"] * len(copied.columns))
    cursor.executemany(f"INSERT INTO {quoted} ({names}) VALUES ({marks})", copied.data)  # noqa: S608


def take() -> list[TableCopy]:
    with connection.cursor() as cursor:
        return [copied for table in _tables() if (copied := _copy_out(cursor, table))]


def restore(snapshot: list[TableCopy]) -> None:
    """Empty every table and put the snapshot's rows back, in one transaction (foreign keys are
    checked at its end, so the order of the tables does not matter; with every table emptied,
    nothing is left to cascade to)."""
    tables = _tables()
    with transaction.atomic(), connection.cursor() as cursor:
        for statement in connection.ops.sql_flush(no_style(), tables):
            cursor.execute(statement)
        for copied in snapshot:
            _copy_in(cursor, copied)
        # New rows must not take an id the snapshot already uses.
        models = apps.get_models(include_auto_created=True)
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)
    # A flush re-created the content types under other ids; the snapshot's are back.
    ContentType.objects.clear_cache()
    locales_changed()  # and the locales' (skolering.languages reads them once)
