"""Fill in missing certificates: every completion of the course that lacks one gets it.
Certificates already issued are left exactly as they are."""

from django.core.management.base import BaseCommand, CommandError

from certificates.models import Certificate
from certificates.services import certificate_issue
from courses.models import CourseCompletion, CoursePage

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Issue the certificates that completions of a course are missing."

    def add_arguments(self, parser):
        parser.add_argument("--course", required=True, help="the course's slug")

    def handle(self, *args, course, **options):
        courses = CoursePage.objects.filter(slug=course)
        if not courses.exists():
            raise CommandError(f"No course with the slug “{course}”.")
        completions = CourseCompletion.objects.filter(course__in=courses).order_by("pk")
        total = completions.count()
        had = Certificate.objects.filter(completion__in=completions).count()
        missing = completions.filter(certificate__isnull=True)
        issued = 0
        for done, completion in enumerate(missing.iterator(), start=1):
            certificate_issue(completion=completion)
            issued += 1
            filled = BAR_WIDTH * done // max(1, total - had)
            self.stdout.write(
                f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total - had}", ending=""
            )
        if issued:
            self.stdout.write("")
        self.stdout.write(
            f"{total} completions of “{course}”: {issued} certificates issued, "
            f"{had} already had one."
        )
