"""The sections every site has: the course catalogue (/kurs/), the national module library
(/moduler/) and the branches' local sections (/lokalt/). Called by `ensure_site_pages`;
sections that exist are left alone. Also makes sure content goes through Wagtail's default
moderation workflow, which a database emptied with `flush` has lost."""

from django.contrib.auth.models import Group

from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage

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
    ensure_moderation_workflow()


def ensure_moderation_workflow() -> Workflow:
    """Wagtail's default workflow ("Moderators approve" on the whole tree), as its migrations
    create it."""
    workflow = Workflow.objects.filter(active=True).first()
    if workflow is None:
        moderators, _ = Group.objects.get_or_create(name="Moderators")
        task = GroupApprovalTask.objects.create(name="Moderators approve")
        task.groups.set([moderators])
        workflow = Workflow.objects.create(name="Moderators approve")
        workflow.workflow_tasks.create(task=task, sort_order=0)
    root = Page.get_first_root_node()
    if root is not None and not WorkflowPage.objects.filter(page=root).exists():
        WorkflowPage.objects.create(workflow=workflow, page=root)
    return workflow
