"""The editorial roles a fresh site gets from `setup_site`: national editors publish directly,
writers send for approval to moderators who exist, local editors work in their own section with
their own collection and their own quizzes."""

import pytest

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Workflow, WorkflowState

from courses.models import ModulePage
from courses.services import local_editor_group_ensure
from devtools.factories import UserFactory
from skolering import editorial
from tests.courses.builders import make_module, module_form_data
from tests.quizzes.builders import make_quiz

pytestmark = pytest.mark.django_db


def in_group(email, name):
    user = UserFactory(email=email)
    user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def national_editor(sections):
    return in_group("redaktor@example.org", editorial.NATIONAL_EDITORS)


@pytest.fixture
def writer(sections):
    return in_group("skribent@example.org", editorial.WRITERS)


@pytest.fixture
def moderator(sections):
    return in_group("moderator@example.org", editorial.MODERATORS)


@pytest.fixture
def trondheim_editor(trondheim_section):
    user = UserFactory(email="lokalredaktor.trondheim@example.org")
    user.groups.add(local_editor_group_ensure(branch_page=trondheim_section))
    return user


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_setup_site_gives_norwegian_groups_and_a_workflow_with_moderators(sections):
    call_command("setup_site", verbosity=0)
    names = set(Group.objects.values_list("name", flat=True))
    assert {editorial.NATIONAL_EDITORS, editorial.WRITERS, editorial.MODERATORS} <= names
    assert not names & {"Editors", "Moderators"}
    workflow = Workflow.objects.get(active=True)
    assert workflow.name == editorial.WORKFLOW
    task = workflow.workflow_tasks.get().task.specific
    assert task.name == editorial.APPROVAL_TASK
    assert list(task.groups.values_list("name", flat=True)) == [editorial.MODERATORS]


def test_national_editor_publishes_directly(client, national_editor, sections):
    module = make_module("rettigheter")
    client.force_login(national_editor)
    page = client.get(edit_url(module)).text
    assert 'name="action-publish"' in page
    data = module_form_data("Rettigheter og plikter", module.slug) | {"action-publish": "1"}
    assert client.post(edit_url(module), data).status_code == 302
    assert ModulePage.objects.get(pk=module.pk).title == "Rettigheter og plikter"


def test_writer_sends_for_approval_and_a_moderator_approves(client, writer, moderator, sections):
    module = make_module("rettigheter")
    client.force_login(writer)
    assert 'name="action-publish"' not in client.get(edit_url(module)).text
    data = module_form_data("Rettigheter på nytt", module.slug)
    client.post(edit_url(module), data | {"action-publish": "1"})
    assert ModulePage.objects.get(pk=module.pk).title != "Rettigheter på nytt"

    assert client.post(edit_url(module), data | {"action-submit": "1"}).status_code == 302
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(module.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    client.force_login(moderator)
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[module.pk, "approve", task_state.pk])
    assert client.post(url, {"comment": "Ser bra ut."}).status_code in (200, 302)
    assert ModulePage.objects.get(pk=module.pk).title == "Rettigheter på nytt"


def test_national_editor_creates_quizzes_and_sees_the_report(client, national_editor):
    client.force_login(national_editor)
    assert client.get(reverse("wagtailsnippets_quizzes_quiz:list")).status_code == 200
    assert client.get(reverse("wagtailsnippets_quizzes_quiz:add")).status_code == 200
    assert client.get(reverse("quiz_report")).status_code == 200
    assert reverse("quiz_report") in client.get(reverse("wagtailadmin_home")).text


def test_local_editor_sees_and_edits_only_their_branchs_quizzes(
    client, org, bergen_editor, trondheim_editor
):
    national = make_quiz("Nasjonal quiz")
    bergen = make_quiz("Quiz om Bergen", branch=org.bergen)
    trondheim = make_quiz("Quiz om Trondheim", branch=org.trondheim)
    client.force_login(bergen_editor)
    listing = client.get(reverse("wagtailsnippets_quizzes_quiz:list")).text
    assert "Quiz om Bergen" in listing
    assert "Quiz om Trondheim" not in listing
    assert "Nasjonal quiz" not in listing
    edit = "wagtailsnippets_quizzes_quiz:edit"
    assert client.get(reverse(edit, args=[bergen.pk])).status_code == 200
    for other in (national, trondheim):
        assert client.get(reverse(edit, args=[other.pk])).status_code in (302, 403)
        assert client.get(
            reverse("wagtailsnippets_quizzes_quiz:history", args=[other.pk])
        ).status_code in (302, 403)

    chooser = client.get(reverse("wagtailsnippetchoosers_quizzes_quiz:choose")).text
    assert "Nasjonal quiz" in chooser and "Quiz om Bergen" in chooser
    assert "Quiz om Trondheim" not in chooser

    report = client.get(reverse("quiz_report")).text
    assert "Quiz om Bergen" in report
    assert "Quiz om Trondheim" not in report and "Nasjonal quiz" not in report
    assert client.get(reverse("quiz_question_report", args=[trondheim.pk])).status_code == 404


def test_a_local_editors_new_quiz_belongs_to_their_branch(client, org, bergen_editor):
    client.force_login(bergen_editor)
    form = client.get(reverse("wagtailsnippets_quizzes_quiz:add")).context["form"]
    assert list(form.fields["branch"].queryset) == [org.bergen]
    assert form.fields["branch"].required
    # A tampered post naming another branch is refused by the field.
    with pytest.raises(ValidationError):
        form.fields["branch"].clean(org.trondheim.pk)


def test_local_editor_uploads_and_chooses_images_in_their_own_collection(
    client, org, bergen_editor, bergen_section
):
    image_model = get_image_model()
    elsewhere = image_model.objects.create(
        title="Nasjonalt bilde",
        file=get_test_image_file(),
        collection=Collection.get_first_root_node(),
    )
    client.force_login(bergen_editor)
    chooser = client.get(reverse("wagtailimages_chooser:choose"))
    assert chooser.status_code == 200
    assert 'id="tab-upload"' in chooser.text or "upload" in chooser.text.lower()
    upload = SimpleUploadedFile("bryggen.png", get_test_image_file().file.getvalue())
    response = client.post(
        reverse("wagtailimages_chooser:create"),
        {"image-chooser-upload-title": "Bryggen i Bergen", "image-chooser-upload-file": upload},
    )
    assert response.status_code == 200
    image = image_model.objects.get(title="Bryggen i Bergen")
    assert image.collection.name == "Bergen"
    chooser = client.get(reverse("wagtailimages_chooser:choose")).text
    assert "Bryggen i Bergen" in chooser
    assert elsewhere.title not in chooser
