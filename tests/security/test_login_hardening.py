"""Every way to give a password passes one throttle, and an attacker cannot keep a member out.

The policy (README, "Innlogging og utestenging"): five wrong passwords lock that account on that
client; a client address trying many accounts is locked; many addresses sharing the guessing of
one account lock it for clients it does not know; a client where the member has logged in
before (the signed known-device cookie) is locked only by its own failures."""

import pytest

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from devtools.factories import UserFactory

RIGHT = "Riktig-passord-æøå-123"
SITE_LOGIN = "/konto/logg-inn/"
ADMIN_LOGIN = "/admin/login/"
ATTACKER = "203.0.113.66"
MEMBER_HOME = "198.51.100.10"


@pytest.fixture
def åse(db):
    user = UserFactory(email="aase.njaastad@example.org", first_name="Åse", last_name="Njåstad")
    user.set_password(RIGHT)
    user.save()
    return user


def _post(client, url, email, password, address):
    return client.post(url, {"username": email, "password": password}, REMOTE_ADDR=address)


def _logged_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("url", [ADMIN_LOGIN, SITE_LOGIN])
def test_brute_force_at_either_login_form_is_locked_after_five(client, åse, url):
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        assert _post(client, url, åse.email, "feil", ATTACKER).status_code == 200
    response = _post(client, url, åse.email, RIGHT, ATTACKER)
    assert response.status_code == 429
    assert "For mange mislykkede innlogginger" in response.text
    assert not _logged_in(client)


def test_the_admin_login_and_the_site_login_share_one_count(client, åse):
    for _ in range(3):
        _post(client, SITE_LOGIN, åse.email, "feil", ATTACKER)
    for _ in range(2):
        _post(client, ADMIN_LOGIN, åse.email, "feil", ATTACKER)
    for url in (SITE_LOGIN, ADMIN_LOGIN):
        assert _post(client, url, åse.email, RIGHT, ATTACKER).status_code == 429
    assert not _logged_in(client)
    # /mine-kurs/ is still closed to this client.
    assert client.get("/mine-kurs/", REMOTE_ADDR=ATTACKER).status_code == 302


def test_a_plain_member_cannot_enter_the_admin_even_with_the_right_password(client, åse):
    response = _post(client, ADMIN_LOGIN, åse.email, RIGHT, MEMBER_HOME)
    # Wagtail logs them in but shows no admin: they lack access_admin.
    assert client.get("/admin/", REMOTE_ADDR=MEMBER_HOME).status_code in (302, 403)
    assert response.status_code in (200, 302)


def test_failures_from_one_address_do_not_lock_the_member_elsewhere(client, åse):
    for _ in range(settings.LOGIN_FAILURE_LIMIT * 3):
        _post(client, SITE_LOGIN, åse.email, "feil", ATTACKER)
    assert _post(client, SITE_LOGIN, åse.email, RIGHT, ATTACKER).status_code == 429
    assert _post(client, SITE_LOGIN, åse.email, RIGHT, MEMBER_HOME).status_code == 302
    assert _logged_in(client)


def test_a_known_device_is_not_locked_by_failures_on_its_own_address(client, åse):
    """Same address (a shared network), different browser: the member's known device stays
    open while the attacker's browser is locked."""
    assert _post(client, SITE_LOGIN, åse.email, RIGHT, MEMBER_HOME).status_code == 302
    assert settings.KNOWN_DEVICE_COOKIE_NAME in client.cookies
    client.post(reverse("logout"), REMOTE_ADDR=MEMBER_HOME)  # the known-device cookie stays

    from django.test import Client

    attacker = Client()
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        _post(attacker, SITE_LOGIN, åse.email, "feil", MEMBER_HOME)
    assert _post(attacker, SITE_LOGIN, åse.email, RIGHT, MEMBER_HOME).status_code == 429
    assert _post(client, SITE_LOGIN, åse.email, RIGHT, MEMBER_HOME).status_code == 302


def test_many_addresses_guessing_one_account_lock_unknown_clients_only(client, åse, settings):
    settings.LOGIN_FAILURE_LIMIT_PER_ACCOUNT = 12
    assert _post(client, SITE_LOGIN, åse.email, RIGHT, MEMBER_HOME).status_code == 302
    client.post(reverse("logout"), REMOTE_ADDR=MEMBER_HOME)  # the known-device cookie stays

    from django.test import Client

    attacker = Client()
    for number in range(12):
        _post(attacker, SITE_LOGIN, åse.email, "feil", f"203.0.113.{number}")
    # A fresh address and browser is refused: the account is under a distributed attack ...
    assert _post(Client(), SITE_LOGIN, åse.email, RIGHT, "192.0.2.200").status_code == 429
    # ... but the member's own device still gets in.
    assert _post(client, SITE_LOGIN, åse.email, RIGHT, "192.0.2.201").status_code == 302


def test_a_forged_known_device_cookie_counts_for_nothing(client, åse):
    client.cookies[settings.KNOWN_DEVICE_COOKIE_NAME] = "eyJpZCI6ImEifQ:forfalsket"
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        _post(client, SITE_LOGIN, åse.email, "feil", ATTACKER)
    assert _post(client, SITE_LOGIN, åse.email, RIGHT, ATTACKER).status_code == 429


def test_one_address_trying_many_accounts_is_locked(client, åse, settings):
    settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS = 4
    for number in range(4):
        _post(client, ADMIN_LOGIN, f"gjett-{number}@example.org", "feil", ATTACKER)
    assert _post(client, SITE_LOGIN, åse.email, RIGHT, ATTACKER).status_code == 429


def test_the_password_change_form_counts_and_obeys_the_lock(client, åse):
    client.force_login(åse)
    url = reverse("password_change")
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        response = client.post(
            url,
            {
                "old_password": "feil",
                "new_password1": "Nytt-passord-ŋŧ-42",
                "new_password2": "Nytt-passord-ŋŧ-42",
            },
            REMOTE_ADDR=ATTACKER,
        )
        assert response.status_code == 200
    response = client.post(
        url,
        {
            "old_password": RIGHT,
            "new_password1": "Nytt-passord-ŋŧ-42",
            "new_password2": "Nytt-passord-ŋŧ-42",
        },
        REMOTE_ADDR=ATTACKER,
    )
    assert response.status_code == 429
    assert "For mange mislykkede innlogginger" in response.text
    åse.refresh_from_db()
    assert åse.check_password(RIGHT)


def test_the_data_rights_prompt_shares_the_count_with_the_login_form(client, åse):
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        _post(client, SITE_LOGIN, åse.email, "feil", ATTACKER)
    client.force_login(åse)
    wrong = client.post(
        reverse("my_data_export"), {"eksport-password": "feil"}, REMOTE_ADDR=ATTACKER
    )
    assert wrong.status_code == 400
    locked = client.post(
        reverse("my_data_export"), {"eksport-password": RIGHT}, REMOTE_ADDR=ATTACKER
    )
    assert locked.status_code == 429
    assert "application/json" not in locked["Content-Type"]


def test_a_password_reset_opens_the_device_it_was_done_on(client, åse, settings):
    settings.LOGIN_FAILURE_LIMIT_PER_ACCOUNT = 5
    from django.test import Client

    for number in range(5):
        _post(Client(), SITE_LOGIN, åse.email, "feil", f"203.0.113.{number}")
    assert _post(client, SITE_LOGIN, åse.email, RIGHT, MEMBER_HOME).status_code == 429
    uid = urlsafe_base64_encode(force_bytes(åse.pk))
    token = default_token_generator.make_token(åse)
    form_url = client.get(
        reverse("password_reset_confirm", args=[uid, token]), REMOTE_ADDR=MEMBER_HOME
    )["Location"]
    new = "Nytt-passord-Čáhppes-9"
    done = client.post(
        form_url, {"new_password1": new, "new_password2": new}, REMOTE_ADDR=MEMBER_HOME
    )
    assert done.status_code == 302
    assert _post(client, SITE_LOGIN, åse.email, new, MEMBER_HOME).status_code == 302


def test_the_lock_page_is_norwegian_and_points_to_a_new_password(client, åse):
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        _post(client, ADMIN_LOGIN, åse.email, "feil", ATTACKER)
    response = _post(client, ADMIN_LOGIN, åse.email, RIGHT, ATTACKER)
    assert response.status_code == 429
    assert "Vent 15 minutter" in response.text
    assert reverse("password_reset") in response.text
