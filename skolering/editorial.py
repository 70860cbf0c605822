"""The editorial roles, which a fresh site needs as much as the demo does (`setup_site` and
`seed_demo` call `ensure_editorial_groups`):

- Redaktører: national editors. Create, edit and publish pages anywhere, quizzes, images and
  documents; they see the quiz report.
- Skribenter: write the same content but cannot publish: they send it for approval.
- Moderatorer: approve what is sent for approval (the workflow "Godkjenning før publisering"),
  and may publish themselves.
- Lokalredaktører – <lag>: one group per branch (courses.services.local_editor_group_ensure):
  its section, its own collection and its own quizzes.

Moderation is switched on for a group by taking away its right to publish (Innstillinger →
Grupper): its members then send their pages to the moderators. Wagtail's migrations create the
groups "Editors" and "Moderators" and the workflow "Moderators approval"; they are renamed here.
A group that exists under its Norwegian name is left alone: administrators may have changed it.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

NATIONAL_EDITORS = "Redaktører"
WRITERS = "Skribenter"
MODERATORS = "Moderatorer"
# Training officers with admin access: required training (compliance) and course runs
# (gatherings), each in the part of the party they lead.
TRAINING_ADMINISTRATORS = "Skoleringsadministratorer"
WORKFLOW = "Godkjenning før publisering"
APPROVAL_TASK = "Moderator godkjenner"
# What Wagtail's migrations call the workflow and its task.
WAGTAIL_NAMES = {"Moderators approval", "Moderators approve"}

MEDIA_RIGHTS = {
    "wagtailimages": ("add_image", "change_image", "choose_image", "delete_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document", "delete_document"),
}
# Rights in a collection of images and documents (the root one, or a branch's own).
COLLECTION_RIGHTS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}
QUIZ_RIGHTS = ("add_quiz", "change_quiz", "delete_quiz", "publish_quiz", "view_quiz")
PUBLISHING = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page", "view_page")
WRITING = ("add_page", "change_page", "view_page")

# (name, the name Wagtail's migrations gave it, page rights from the root, quiz rights)
GROUPS = (
    (NATIONAL_EDITORS, None, PUBLISHING, QUIZ_RIGHTS),
    (WRITERS, "Editors", WRITING, ("add_quiz", "change_quiz", "view_quiz")),
    (MODERATORS, "Moderators", PUBLISHING, QUIZ_RIGHTS),
)


def permissions(rights: dict[str, tuple[str, ...]]):
    which = Q()
    for app_label, codenames in rights.items():
        which |= Q(content_type__app_label=app_label, codename__in=codenames)
    return Permission.objects.filter(which)


def grant_collection(group: Group, collection: Collection) -> None:
    for permission in permissions(COLLECTION_RIGHTS):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def grant_pages(group: Group, page: Page, codenames: tuple[str, ...]) -> None:
    """The rights on the page and below it, in every language it is translated into."""
    for permission in permissions({"wagtailcore": codenames}).filter(content_type__model="page"):
        for each in [page, *page.get_translations()]:
            GroupPagePermission.objects.get_or_create(group=group, page=each, permission=permission)


# Asking for a translation (wagtail-localize); skolering/translation_admin.py lets each editor
# translate only what they may edit.
TRANSLATING = {"wagtail_localize": ("submit_translation",)}


def translating_permission_ensure() -> Permission:
    """wagtail-localize makes its permission in a migration, which a database emptied with
    `flush` has lost (Django remakes only the models' own permissions)."""
    content_type, _created = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    return permission


def grant_editing(group: Group, quiz_rights: tuple[str, ...]) -> None:
    """The rights every editor has on the whole site: the admin, images, documents, quizzes,
    and translating what they may edit."""
    translating_permission_ensure()
    group.permissions.add(
        *permissions(
            {
                "wagtailadmin": ("access_admin",),
                **MEDIA_RIGHTS,
                "quizzes": quiz_rights,
                **TRANSLATING,
            }
        )
    )


@transaction.atomic
def ensure_editorial_groups() -> None:
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    for name, wagtail_name, page_rights, quiz_rights in GROUPS:
        if Group.objects.filter(name=name).exists():
            continue
        group = Group.objects.filter(name=wagtail_name).first() if wagtail_name else None
        if group is None:
            group = Group.objects.create(name=name)
        else:
            group.name = name
            group.save(update_fields=["name"])
        grant_editing(group, quiz_rights)
        grant_pages(group, root_page, page_rights)
        grant_collection(group, root_collection)
    # Groups made before translation came (steps 1–13) may translate too.
    translating = translating_permission_ensure()
    for group in Group.objects.filter(name__in=[name for name, *_rest in GROUPS]):
        group.permissions.add(translating)
    ensure_moderation_workflow()


def ensure_moderation_workflow() -> Workflow:
    """The approval workflow on the whole tree, its one task done by the moderators. Wagtail's
    migrations create it in English ("Moderators approval"); a database emptied with `flush` has
    lost it."""
    moderators = Group.objects.get(name=MODERATORS)
    workflow = Workflow.objects.filter(active=True).order_by("pk").first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW)
    if workflow.name in WAGTAIL_NAMES:
        workflow.name = WORKFLOW
        workflow.save(update_fields=["name"])
    step = workflow.workflow_tasks.select_related("task").first()
    if step is None:
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASK)
        # Not workflow.workflow_tasks.create(): Workflow is a ClusterableModel, whose related
        # manager only keeps the new row in memory until the workflow is saved.
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    else:
        task = step.task.specific
        if task.name in WAGTAIL_NAMES:
            task.name = APPROVAL_TASK
            task.save(update_fields=["name"])
    if isinstance(task, GroupApprovalTask) and not task.groups.exists():
        task.groups.set([moderators])
    root = Page.get_first_root_node()
    if root is not None and not WorkflowPage.objects.filter(page=root).exists():
        WorkflowPage.objects.create(workflow=workflow, page=root)
    return workflow
