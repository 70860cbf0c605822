from django.core.management.base import BaseCommand, CommandError

from devtools.benchmark import database_recreate

BENCH_NAME = "skolering_bench"


class Command(BaseCommand):
    help = (
        "Make an empty database for `make bench` and print its URL: a new SQLite file, or on a "
        f"PostgreSQL server a database of its own ({BENCH_NAME} unless the URL names one with "
        "'bench' in it), so a benchmark never runs in, or empties, a database in use."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", help="sqlite:///path or postgres://user@host:port[/name]")

    def handle(self, *args, url, **options):
        if url.startswith("postgres"):
            server, _, name = url.partition("://")[2].partition("/")
            if not name:
                name = BENCH_NAME
            elif "bench" not in name:
                raise CommandError(
                    f"Give a server (postgres://user@host:port) or a database named *bench*, "
                    f"not {name!r}: the benchmark empties the database it is given."
                )
            url = f"postgres://{server}/{name}"
        database_recreate(url)
        self.stdout.write(url)
