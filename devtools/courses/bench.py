"""Benchmark cases for courses: the catalogue, a course page and a module page, the last two also
in a course of 40 modules (of the same kind of lessons) to show that their cost does not grow
with the course."""

from itertools import cycle

from courses.models import CourseIndexPage, CoursePage, ModuleLibraryPage, ModulePage
from devtools.benchmark import BenchCase
from devtools.courses.demo import publish_child

MEMBER = "medlem@example.org"
BIG_COURSE = "benk-40-moduler"


def big_course(measured: ModulePage) -> CoursePage:
    """A course of 40 modules, made once in the benchmark's database: `measured` (the module
    also measured in the demo's course of 4) in 20th place, among copies of the demo's other
    lessons, so both courses are made of the same kind of content."""
    existing = CoursePage.objects.filter(locale__language_code="nb", slug=BIG_COURSE).first()
    if existing:
        return existing
    from courses.models import CourseModule

    library = ModuleLibraryPage.objects.get(locale__language_code="nb")
    lessons = list(ModulePage.objects.live().child_of(library).exclude(pk=measured.pk))
    modules = [
        publish_child(
            library,
            ModulePage(
                title=f"{lesson.title} ({number})",
                slug=f"benkmodul-{number}",
                summary=lesson.summary,
                estimated_minutes=lesson.estimated_minutes,
                body=lesson.body.raw_data,
            ),
        )
        for number, lesson in zip(range(1, 40), cycle(lessons), strict=False)
    ]
    modules.insert(19, measured)
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
    return publish_child(CourseIndexPage.objects.get(locale__language_code="nb"), course)


def cases() -> list[BenchCase]:
    course = CoursePage.objects.get(locale__language_code="nb", slug="grunnkurs")
    module = course.course_modules.order_by("sort_order")[2].module
    big = big_course(module)
    return [
        BenchCase("catalogue (/kurs/)", "/kurs/", MEMBER),
        BenchCase("course page (4 modules)", course.url, MEMBER),
        BenchCase("course page (40 modules)", big.url, MEMBER),
        BenchCase("module page in a course of 4 modules", f"{course.url}{module.slug}/", MEMBER),
        BenchCase("module page (the same) in a course of 40", f"{big.url}{module.slug}/", MEMBER),
    ]
