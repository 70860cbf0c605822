"""Login lock-out and the password-reset limit, as a member meets them."""

import pytest

from django.core import mail
from django.urls import reverse


@pytest.fixture
def member_with_password(member):
    member.set_password("riktig-passord-123")
    member.save()
    return member


def _login(client, email, password, **extra):
    return client.post(reverse("login"), {"username": email, "password": password}, **extra)


def test_an_account_is_locked_for_a_while_after_five_wrong_passwords(
    client, member_with_password, settings
):
    email = member_with_password.email
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        assert _login(client, email, "feil-passord").status_code == 200
    # Even the right password is refused while the lock lasts, with a clear message and a 429.
    response = _login(client, email, "riktig-passord-123")
    assert response.status_code == 429
    assert "For mange mislykkede innlogginger. Vent 15 minutter" in response.text
    assert "_auth_user_id" not in client.session


def test_the_lock_is_per_account_and_a_success_resets_the_count(
    client, member_with_password, settings
):
    email = member_with_password.email
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        _login(client, email, "feil-passord")
    assert _login(client, email, "riktig-passord-123").status_code == 302
    client.logout()
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        _login(client, email, "feil-passord")
    assert _login(client, email, "riktig-passord-123").status_code == 302
    # Another account's failures do not lock this one.
    client.logout()
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        _login(client, "noen-andre@example.org", "feil-passord")
    assert _login(client, email, "riktig-passord-123").status_code == 302


def test_one_address_trying_many_accounts_is_locked_out(client, member_with_password, settings):
    settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS = 3
    for number in range(3):
        _login(client, f"gjett-{number}@example.org", "feil-passord")
    response = _login(client, member_with_password.email, "riktig-passord-123")
    assert response.status_code == 429
    other_address = _login(
        client, member_with_password.email, "riktig-passord-123", REMOTE_ADDR="10.1.1.1"
    )
    assert other_address.status_code == 302


def test_the_client_address_header_is_used_behind_a_proxy(client, member_with_password, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS = 2
    for number in range(2):
        _login(client, f"gjett-{number}@example.org", "x", HTTP_X_REAL_IP="192.0.2.7")
    locked = _login(
        client, member_with_password.email, "riktig-passord-123", HTTP_X_REAL_IP="192.0.2.7"
    )
    assert locked.status_code == 429
    free = _login(
        client, member_with_password.email, "riktig-passord-123", HTTP_X_REAL_IP="192.0.2.8"
    )
    assert free.status_code == 302


def test_password_reset_mails_are_limited_and_the_refusal_reveals_nothing(
    client, member_with_password, settings
):
    url = reverse("password_reset")
    for _ in range(settings.PASSWORD_RESET_LIMIT):
        assert client.post(url, {"email": member_with_password.email}).status_code == 302
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT
    known = client.post(url, {"email": member_with_password.email})
    unknown = client.post(url, {"email": "finnes-ikke@example.org"}, REMOTE_ADDR="10.3.3.3")
    assert known.status_code == 429
    assert "For mange forespørsler om nytt passord" in known.text
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT
    assert unknown.status_code == 302  # another address, another email: not limited


def test_an_oversized_password_is_refused_without_hashing(client, member_with_password):
    response = _login(client, member_with_password.email, "x" * 5000)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
