"""Read queries compiled to SQL once per process, for the pages every member opens.

On a module page the ORM spent more CPU building its queries than the database spent answering
them (about 5 ms against 0.05 ms for the course outline with the member's progress). A
`CompiledQuery` is written as an ordinary queryset, so it stays portable between SQLite and
PostgreSQL, but compiled only the first time it runs on a connection (and, for a list of ids,
for each length of list): later runs send the same SQL with the request's own values and convert
the rows with the ORM's own converters (dates, booleans, time zones)."""

from collections.abc import Callable, Sequence
from itertools import count

from django.db import connections
from django.db.models import Model, QuerySet

# Stand-ins for the request's values while the SQL is compiled: integers nothing else in a
# query uses, each of which the compiled SQL must pass as a parameter of its own.
_MARKERS = count(-7_300_000_001, -1)


class CompiledQuery:
    """`build(**values)` makes a queryset from `values`, each an id or a list of ids; each name
    becomes a keyword argument of `rows()` and `objects()`. Nothing else in the queryset may
    change between runs (today's date, say), since it is compiled once.

    `rows()` runs a `values_list` queryset and gives its tuples. With `model`, `build` gives a
    queryset of that model, and `objects()` gives its instances with every field except
    `defer`. An empty list of ids matches nothing."""

    def __init__(
        self,
        build: Callable[..., QuerySet],
        *names: str,
        model: type[Model] | None = None,
        defer: Sequence[str] = (),
    ):
        self._build = build
        self._names = names
        self._model = model
        self._fields = (
            [f.attname for f in model._meta.concrete_fields if f.name not in defer] if model else []
        )
        self._compiled: dict[tuple, tuple] = {}

    def _compile(self, alias: str, lengths: dict[str, int | None]) -> tuple:
        markers = {
            name: next(_MARKERS) if length is None else [next(_MARKERS) for _ in range(length)]
            for name, length in lengths.items()
        }
        queryset = self._build(**markers)
        if self._model is not None:
            queryset = queryset.values_list(*self._fields)
        compiler = queryset.query.get_compiler(using=alias)
        sql, params = compiler.as_sql()
        places = {}
        for name, marker in markers.items():
            if isinstance(marker, list):
                places.update({value: (name, index) for index, value in enumerate(marker)})
            else:
                places[marker] = (name, None)
        # Each parameter: a request's value (its name, and its index in a list) or a constant.
        slots = [
            (*places[param], None) if param in places else (None, None, param) for param in params
        ]
        missing = set(markers) - {name for name, _index, _constant in slots}
        if missing:
            raise ValueError(f"{', '.join(sorted(missing))} did not reach the SQL as a parameter")
        # The ORM's converters for the columns (dates, booleans, time zones), worked out once.
        fields = [selected[0] for selected in compiler.select[0 : compiler.col_count]]
        if compiler.has_composite_fields(fields):
            raise ValueError("composite fields are not supported")
        return compiler, sql, slots, compiler.get_converters(fields)

    def rows(self, using: str = "default", **values) -> list[tuple]:
        lengths = {
            name: len(values[name]) if isinstance(values[name], list | tuple) else None
            for name in self._names
        }
        if 0 in lengths.values():  # an empty list of ids matches nothing
            return []
        key = (using, *lengths.values())
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = self._compile(using, lengths)
        compiler, sql, slots, converters = compiled
        params = [
            constant if name is None else values[name] if index is None else values[name][index]
            for name, index, constant in slots
        ]
        with connections[using].cursor() as cursor:
            cursor.execute(sql, params)
            fetched = cursor.fetchall()
        if not converters:
            return fetched
        return [tuple(row) for row in compiler.apply_converters(fetched, converters)]

    def objects(self, using: str = "default", **values) -> list:
        return [self._model.from_db(using, self._fields, row) for row in self.rows(using, **values)]
