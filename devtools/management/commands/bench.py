from django.core.management.base import BaseCommand

from devtools.benchmark import floor_case, load_average, measure, report
from devtools.modules import dev_modules


class Command(BaseCommand):
    help = (
        "Median server time (in-process, through the whole middleware stack) of the busiest "
        "member and leader pages, each beside a bare Wagtail page measured in the same run. "
        "Run it on a seeded database (make bench does)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=200)

    def handle(self, *args, requests, **options):
        cases = [floor_case()]
        benches = list(dev_modules("bench"))
        for module in benches:
            cases.extend(module.cases())
        self.stdout.write(f"Before: {load_average()}.")
        results = [measure(case, requests=requests) for case in cases]
        self.stdout.write(
            f"{requests} requests per page, after 5 to warm up; every status checked. "
            f"After: {load_average()}."
        )
        for line in report(results, results[0]):
            self.stdout.write(line)
        # Figures that are not one request, each with its own floor.
        for module in benches:
            if hasattr(module, "figures"):
                self.stdout.write("")
                for line in module.figures():
                    self.stdout.write(line)
