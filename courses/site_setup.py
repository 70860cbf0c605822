"""The sections every site has: the course catalogue (/kurs/), the national module library
(/moduler/) and the branches' local sections (/lokalt/). Called by `ensure_site_pages`;
sections that exist are left alone."""

from wagtail.models import Page

from courses.models import BranchIndexPage, CourseIndexPage, ModuleLibraryPage

SECTIONS = (
    (
        CourseIndexPage,
        "kurs",
        "Kurs",
        "Alle kursene er laget for å tas på nett, i ditt eget tempo. Du kan også ta dem sammen "
        "med andre i lokallaget.",
    ),
    (
        ModuleLibraryPage,
        "moduler",
        "Modulbibliotek",
        "Modulene er byggesteinene i kursene. Lokallagene kan bruke dem i egne kurs og møter.",
    ),
    (
        BranchIndexPage,
        "lokalt",
        "Lokalt",
        "Kurs og stoff som lagene dine har laget selv.",
    ),
)


def ensure(home: Page) -> None:
    for model, slug, title, intro in SECTIONS:
        if model.objects.exists():
            continue
        page = model(title=title, slug=slug, intro=intro)
        home.add_child(instance=page)
        page.save_revision().publish()
        home.refresh_from_db()
