from django.core.management.base import BaseCommand

from devtools.benchmark import floor_case, load_average, measure_side_by_side, report
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
        benches = list(dev_modules("bench"))
        pages = [case for module in benches for case in module.cases()]
        # Each user's pages beside the same bare page requested by that user.
        cases = [floor_case(user) for user in dict.fromkeys(case.user for case in pages)] + pages
        self.stdout.write(f"Before: {load_average()}.")
        results = measure_side_by_side(cases, requests=requests)
        floors = {
            result.case.user: result for result in results if result.case.name.startswith("floor")
        }
        self.stdout.write(
            f"{requests} requests per page, taken in turns (a round of every page, then the "
            f"next), after 5 to warm up; every status checked. "
            f"After: {load_average()}."
        )
        for line in report(results, floors):
            self.stdout.write(line)
        # Figures that are not one request, each with its own floor.
        for module in benches:
            if hasattr(module, "figures"):
                self.stdout.write("")
                for line in module.figures():
                    self.stdout.write(line)
