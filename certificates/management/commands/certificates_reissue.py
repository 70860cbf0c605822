"""Fill in missing certificates: every completion of the course that lacks one gets it.
Certificates already issued are left exactly as they are."""

from django.core.management.base import BaseCommand, CommandError

from certificates.services import certificates_fill_in
from courses.models import CourseCompletion, CoursePage
from skolering.translated import originals

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Issue the certificates that completions of a course are missing."

    def add_arguments(self, parser):
        parser.add_argument("--course", required=True, help="the course's slug")

    def handle(self, *args, course, **options):
        courses = originals(CoursePage.objects.filter(slug=course))
        if not courses.exists():
            raise CommandError(f"No course with the slug “{course}”.")
        completions = CourseCompletion.objects.filter(course__in=courses).order_by("pk")

        def progress(done, missing):
            filled = BAR_WIDTH * done // missing
            bar = "#" * filled + "." * (BAR_WIDTH - filled)
            self.stdout.write(f"\r[{bar}] {done}/{missing}", ending="")

        issued, had = certificates_fill_in(completions=completions, progress=progress)
        if issued:
            self.stdout.write("")
        self.stdout.write(
            f"{issued + had} completions of “{course}”: {issued} certificates issued, "
            f"{had} already had one."
        )
