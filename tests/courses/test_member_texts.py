"""The members' pages of the demo read as written Norwegian: no space before a full stop (as in
"Utløper ikke ."), and no count that disagrees with its noun (as in "omtrent 1 timer")."""

import html
import re

from certificates.models import Certificate
from courses.models import CoursePage
from skolering.models import User

MEMBERS = ("medlem@example.org", "tillitsvalgt@example.org", "leder@example.org")
STRAY_SPACE = re.compile(r"\w\s+[.,](\s|$)")
ONE_PLURAL = re.compile(r"\b1 (timer|minutter|moduler|forsøk av|spørsmål besvart av)\b")


def visible_text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


def test_no_space_before_a_full_stop_on_the_members_pages(client, demo_in_transaction):
    courses = list(CoursePage.objects.live())
    for email in MEMBERS:
        user = User.objects.get(email=email)
        client.force_login(user)
        urls = ["/", "/kurs/", "/mine-kurs/"] + [course.url for course in courses]
        urls += [
            f"/kursbevis/{certificate.code}/"
            for certificate in Certificate.objects.filter(user=user)
        ]
        for url in urls:
            response = client.get(url)
            if response.status_code != 200:
                continue  # a local course of another branch
            text = visible_text(response.text)
            assert not STRAY_SPACE.search(text), (email, url, STRAY_SPACE.search(text))
            assert not ONE_PLURAL.search(text), (email, url)
