"""A lesson is rendered once per published revision and kept; what members read is still what
was published last, with links that follow the pages they point to."""

from skolering.models import StandardPage
from tests.courses.builders import make_course, make_module
from tests.queries import reading


def _url(course, module):
    return f"{course.url}{module.slug}/"


def _republish(module, text):
    module.body = [{"type": "paragraph", "value": text}]
    module.save_revision().publish()


def test_a_lesson_read_again_is_not_loaded_or_rendered_again(client, member, sections):
    module = make_module("møteledelse-på-røros")
    course = make_course("kurs-røros", [module])
    client.force_login(member)
    client.get(_url(course, module))
    _response, queries = reading(client, _url(course, module))
    assert not [sql for sql in queries if '"courses_modulepage"."body"' in sql]


def test_a_new_revision_is_what_members_read_at_once(client, member, sections):
    module = make_module("árbmeárvu")
    course = make_course("kurs-árbmeárvu", [module])
    client.force_login(member)
    assert "Alle medlemmer kan fremme forslag." in client.get(_url(course, module)).text
    _republish(module, "<p>Sámediggi og Áltá: ny tekst om årsmøtet.</p>")
    text = client.get(_url(course, module)).text
    assert "Sámediggi og Áltá: ny tekst om årsmøtet." in text
    assert "Alle medlemmer kan fremme forslag." not in text


def test_a_link_in_a_lesson_follows_the_page_it_points_to(client, member, sections):
    target = sections.add_child(
        instance=StandardPage(title="Vedtekter for Ørsta", slug="vedtekter")
    )
    target.save_revision().publish()
    module = make_module("lenker-i-leksjonen")
    module.body = [
        {
            "type": "paragraph",
            "value": f'<p>Les <a linktype="page" id="{target.pk}">vedtektene</a>.</p>',
        }
    ]
    module.save_revision().publish()
    course = make_course("kurs-lenker", [module])
    client.force_login(member)
    assert f'href="{target.url}"' in client.get(_url(course, module)).text
    old_url = target.url
    target.slug = "vedtekter-for-ørsta"
    target.save_revision().publish()
    target.refresh_from_db()
    text = client.get(_url(course, module)).text
    assert f'href="{target.url}"' in text
    assert f'href="{old_url}"' not in text


def test_facilitator_notes_are_kept_with_the_lesson_but_shown_only_to_leaders(
    client, member, org, make_role, sections
):
    module = make_module("notater-for-kursleder", notes="Del gruppa i to før øvelsen.")
    course = make_course("kurs-notater", [module])
    client.force_login(member)
    assert "Del gruppa i to før øvelsen." not in client.get(_url(course, module)).text
    make_role(member, org.bergen, "leder")  # the lesson is the one kept: only the page differs
    assert "Del gruppa i to før øvelsen." in client.get(_url(course, module)).text
