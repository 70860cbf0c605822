"""A requirement is met whatever language the course was taken in: completions are kept on the
Bokmål original, which requirements name."""

from compliance.models import Audience, CourseRequirement, Status
from tests.compliance.test_status import status_of
from tests.courses.builders import make_course, make_module, translate_page


def test_a_requirement_is_met_by_the_course_taken_in_nynorsk(
    client, org, site_pages, person, django_capture_on_commit_callbacks
):
    modules = [make_module("verdiar"), make_module("sei-ifra")]
    course = make_course("trygge-fellesskap", modules)
    translate_page(course, "nn", title="Trygge fellesskap på nynorsk")
    requirement = CourseRequirement.objects.create(
        course=course, audience=Audience.TILLITSVALGT, due_within_days=90
    )
    officer = person(org.bergen, days_ago=10)
    assert status_of(officer, org.bergen, requirement) == Status.NOT_STARTED

    client.force_login(officer)
    with django_capture_on_commit_callbacks(execute=True):
        for module in modules:
            response = client.post(f"/nn/kurs/trygge-fellesskap/{module.slug}/fullfort/")
            assert response.status_code == 302
    assert status_of(officer, org.bergen, requirement) == Status.COMPLETED
    # The member's own page says so, in Nynorsk.
    officer.preferred_language = "nn"
    officer.save(update_fields=["preferred_language"])
    page = client.get("/mine-kurs/").content.decode()
    required = '<th scope="row"><a href="/nn/kurs/trygge-fellesskap/">Trygge fellesskap på nynorsk'
    assert required in page
