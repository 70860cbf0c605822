"""Script in what members and local editors write is rendered inert on every page that shows
it: a member's name, a reflection, a local module's text and a quiz option. The browser ignores
the Content-Security-Policy here (bypass_csp), so that escaping and cleaning alone are tested;
the policy is a second wall, tested on its own."""

from certificates.models import Certificate
from courses.models import ModulePage, ReflectionAnswer
from quizzes.models import Quiz
from quizzes.services import quiz_attempt_start
from skolering.models import User
from tests.browser.helpers import browser_test

pytestmark = browser_test

PAYLOAD = (
    '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    '"><svg onload=alert(3)><a href="javascript:alert(4)">lenke</a>'
)


def plant_payloads():
    """The payload everywhere a member or a local editor can write, as if it had got past every
    form: the name and reflection are stored raw; the local module's text goes through the
    editor's validation, which is where rich text is cleaned."""
    member = User.objects.get(email="medlem@example.org")
    member.first_name = f"Ingrid {PAYLOAD}"[:150]
    member.save()
    module = ModulePage.objects.get(locale__language_code="nb", slug="fra-sak-til-vedtak")
    block_id = next(iter(module.reflection_prompts()))
    ReflectionAnswer.objects.update_or_create(
        user=member, module=module, block_id=block_id, defaults={"text": PAYLOAD}
    )
    certificate = Certificate.objects.filter(user__email="tillitsvalgt@example.org").first()
    Certificate.objects.filter(pk=certificate.pk).update(holder_name=f"Kari {PAYLOAD}")

    local = ModulePage.objects.get(locale__language_code="nb", slug="slik-jobber-vi-i-bergen")
    stream_block = ModulePage.body.field.stream_block
    raw = [{"type": "paragraph", "value": f"<p>Velkommen {PAYLOAD}</p>"}]
    local.body = stream_block.clean(stream_block.to_python(raw))  # as the admin form does
    local.save_revision().publish()

    quiz = Quiz.objects.get(locale__language_code="nb", title="Quiz: Ny i Bergen")
    questions = quiz.questions.raw_data
    questions[0]["value"]["prompt"] = f"Spørsmål {PAYLOAD}"
    questions[0]["value"]["options"][0]["text"] = f"Svar {PAYLOAD}"
    quiz.questions = questions
    quiz.save_revision().publish()
    attempt = quiz_attempt_start(user=member, quiz=Quiz.objects.get(pk=quiz.pk))
    return {
        "certificate": certificate.code,
        "attempt": attempt.pk,
        "quiz": quiz.pk,
    }


def injected(page) -> list[str]:
    """Elements the payload would have made if it were not inert."""
    return page.evaluate(
        """() => [
            ...document.querySelectorAll('img[src="x"], svg[onload], a[href^="javascript:"]'),
            ...[...document.scripts].filter(s => s.textContent.includes("alert(")),
        ].map(element => element.outerHTML)"""
    )


def test_payloads_are_inert_on_every_page_that_shows_them(browsing, demo):
    planted = plant_payloads()
    visits = [
        ("medlem@example.org", "/konto/"),
        ("medlem@example.org", "/kurs/grunnkurs/fra-sak-til-vedtak/"),
        ("medlem@example.org", "/lokalt/bergen/ny-i-bergen/slik-jobber-vi-i-bergen/"),
        ("medlem@example.org", f"/quiz/forsok/{planted['attempt']}/"),
        ("leder@example.org", "/leder/personer/?q=Ingrid"),
        (None, f"/kursbevis/{planted['certificate']}/"),
        ("admin@example.org", f"/admin/reports/quizer/{planted['quiz']}/"),
        ("admin@example.org", "/admin/users/?q=Ingrid"),
    ]
    problems = []
    # One browser page for every visit (a new one costs more than the visit); each visit starts
    # without cookies, as its own user only.
    session = browsing(bypass_csp=True)
    dialogs = []
    session.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for email, path in visits:
        session.context.clear_cookies()
        dialogs.clear()
        if email:
            session.log_in_as(email)
        response = session.goto(path)
        session.page.wait_for_timeout(100)
        if response.status != 200:
            problems.append(f"{path}: status {response.status}")
        if dialogs:
            problems.append(f"{path}: a dialog opened: {dialogs}")
        if elements := injected(session.page):
            problems.append(f"{path}: injected {elements}")
    assert not problems, "\n".join(problems)


def test_the_payload_is_shown_as_text_where_it_is_plain_text(browsing, demo):
    plant_payloads()
    session = browsing()
    session.log_in_as("medlem@example.org")
    session.goto("/kurs/grunnkurs/fra-sak-til-vedtak/")
    # The reflection is the member's own text, shown back to them as typed, never as markup.
    assert '<img src=x onerror="alert(1)">' in session.page.locator("textarea").first.input_value()
