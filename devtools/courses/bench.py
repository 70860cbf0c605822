"""Benchmark cases for courses: the catalogue, a course page and a module page, the last also
in a course of 40 modules to show that its cost does not grow with the course."""

from courses.models import CourseIndexPage, CoursePage, ModuleLibraryPage, ModulePage
from devtools.benchmark import BenchCase
from devtools.courses.demo import publish_child

MEMBER = "medlem@example.org"
BIG_COURSE = "benk-40-moduler"


def big_course() -> CoursePage:
    """A course of 40 modules, made once in the benchmark's database."""
    existing = CoursePage.objects.filter(slug=BIG_COURSE).first()
    if existing:
        return existing
    from courses.models import CourseModule

    library = ModuleLibraryPage.objects.get()
    modules = [
        publish_child(
            library,
            ModulePage(
                title=f"Benkmodul {number}",
                slug=f"benkmodul-{number}",
                body=[{"type": "paragraph", "value": "<p>Tekst.</p>"}],
            ),
        )
        for number in range(1, 41)
    ]
    course = CoursePage(
        title="Benk: kurs med 40 moduler",
        slug=BIG_COURSE,
        summary="Brukes bare av make bench.",
        track="annet",
        audience="Ingen",
    )
    course.course_modules = [
        CourseModule(module=module, sort_order=n) for n, module in enumerate(modules)
    ]
    return publish_child(CourseIndexPage.objects.get(), course)


def cases() -> list[BenchCase]:
    course = CoursePage.objects.get(slug="grunnkurs")
    module = course.course_modules.order_by("sort_order")[2].module
    big = big_course()
    return [
        BenchCase("catalogue (/kurs/)", "/kurs/", MEMBER),
        BenchCase("course page (4 modules)", course.url, MEMBER),
        BenchCase("module page in a course of 4 modules", f"{course.url}{module.slug}/", MEMBER),
        BenchCase("module page in a course of 40 modules", f"{big.url}benkmodul-20/", MEMBER),
    ]
