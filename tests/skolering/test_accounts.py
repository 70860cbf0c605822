import re

import pytest

from django.core import mail
from django.urls import reverse

from devtools.factories import DEMO_PASSWORD

LOGIN = "/konto/logg-inn/"


def log_in(client, email, password=DEMO_PASSWORD):
    return client.post(LOGIN, {"username": email, "password": password})


class TestLogin:
    def test_login_with_email_and_password_opens_my_courses(self, client, member):
        response = log_in(client, "medlem@example.org")
        assert response.status_code == 302
        assert response["Location"] == reverse("my_courses")
        page = client.get(reverse("my_courses")).content.decode()
        assert "<h1>Mine kurs</h1>" in page
        page = client.get(reverse("account")).content.decode()
        assert "Ingrid Solberg" in page and "Bergen" in page

    def test_email_is_matched_whatever_its_case(self, client, member):
        assert log_in(client, "  Medlem@Example.org").status_code == 302

    def test_wrong_password_gets_a_norwegian_message_and_no_session(self, client, member):
        response = log_in(client, "medlem@example.org", "feil-passord")
        assert response.status_code == 200
        assert "Feil e-postadresse eller passord" in response.content.decode()
        assert "_auth_user_id" not in client.session

    def test_an_inactive_account_cannot_log_in(self, client, member):
        member.is_active = False
        member.save()
        log_in(client, "medlem@example.org")
        assert "_auth_user_id" not in client.session

    def test_the_next_parameter_cannot_send_the_member_to_another_site(self, client, member):
        response = client.post(
            LOGIN + "?next=https://evil.example/",
            {
                "username": "medlem@example.org",
                "password": DEMO_PASSWORD,
                "next": "https://evil.example/",
            },
        )
        assert response["Location"] == reverse("my_courses")

    def test_the_account_page_needs_a_login(self, client, db):
        response = client.get(reverse("account"))
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)


class TestLogout:
    def test_logout_is_a_post_and_ends_the_session(self, client, member):
        client.force_login(member)
        assert client.get("/konto/logg-ut/").status_code == 405
        response = client.post("/konto/logg-ut/")
        assert response.status_code == 302
        assert "_auth_user_id" not in client.session

    def test_logout_needs_a_csrf_token(self, member):
        from django.test import Client

        strict = Client(enforce_csrf_checks=True)
        strict.force_login(member)
        response = strict.post("/konto/logg-ut/")
        assert response.status_code == 403
        assert "Skjemaet er utløpt" in response.content.decode()


class TestPasswordReset:
    def test_full_reset_journey(self, client, member):
        response = client.post("/konto/glemt-passord/", {"email": "Medlem@example.org"})
        assert response.status_code == 302
        assert len(mail.outbox) == 1
        message = mail.outbox[0]
        assert message.to == ["medlem@example.org"]
        assert message.subject == "Velg nytt passord for Skolering"
        assert "Noen (forhåpentligvis du)" in message.body
        link = re.search(r"http://testserver(/konto/tilbakestill/\S+/)", message.body).group(1)

        form_page = client.get(link, follow=True)
        assert "Velg nytt passord" in form_page.content.decode()
        set_password_url = form_page.redirect_chain[-1][0]
        done = client.post(
            set_password_url,
            {"new_password1": "et-nytt-langt-passord", "new_password2": "et-nytt-langt-passord"},
        )
        assert done.status_code == 302
        client.logout()
        assert log_in(client, "medlem@example.org", "et-nytt-langt-passord").status_code == 302

    def test_unknown_address_looks_the_same_and_sends_nothing(self, client, db):
        response = client.post("/konto/glemt-passord/", {"email": "ukjent@example.org"})
        assert response.status_code == 302
        assert mail.outbox == []

    def test_a_tampered_link_is_refused_with_a_clear_message(self, client, member):
        response = client.get("/konto/tilbakestill/MQ/feil-token/", follow=True)
        assert response.status_code == 200
        assert "Lenken er ikke gyldig" in response.content.decode()

    def test_an_invalid_address_gets_a_norwegian_error(self, client, db):
        response = client.post("/konto/glemt-passord/", {"email": "ikke-en-adresse"})
        assert response.status_code == 200
        assert "gyldig e-postadresse" in response.content.decode()


class TestPasswordChange:
    def test_member_changes_password_with_the_old_one(self, client, member):
        client.force_login(member)
        response = client.post(
            "/konto/passord/",
            {
                "old_password": DEMO_PASSWORD,
                "new_password1": "enda-et-nytt-passord",
                "new_password2": "enda-et-nytt-passord",
            },
        )
        assert response.status_code == 302
        member.refresh_from_db()
        assert member.check_password("enda-et-nytt-passord")

    def test_a_wrong_old_password_changes_nothing(self, client, member):
        client.force_login(member)
        response = client.post(
            "/konto/passord/",
            {
                "old_password": "feil",
                "new_password1": "enda-et-nytt-passord",
                "new_password2": "enda-et-nytt-passord",
            },
        )
        assert response.status_code == 200
        assert "Det gamle passordet er feil. Prøv igjen." in response.content.decode()
        member.refresh_from_db()
        assert member.check_password(DEMO_PASSWORD)

    @pytest.mark.parametrize("new", ["kort", "12345678901", "medlemexample", "password123"])
    def test_weak_passwords_are_refused(self, client, member, new):
        client.force_login(member)
        response = client.post(
            "/konto/passord/",
            {"old_password": DEMO_PASSWORD, "new_password1": new, "new_password2": new},
        )
        assert response.status_code == 200
        member.refresh_from_db()
        assert member.check_password(DEMO_PASSWORD)
