"""Erasing a member ends every session they have, on every device, whoever erases them."""

from django.test import Client
from django.urls import reverse

from devtools.factories import UserFactory
from skolering.models import UserSession
from skolering.personal_data import personal_data_erase

PASSWORD = "Passord-for-Máret-Ánde-1"


def _member_on_two_devices(db):
    user = UserFactory(email="maret.ande@example.org", first_name="Máret", last_name="Ánde")
    user.set_password(PASSWORD)
    user.save()
    phone, laptop = Client(), Client()
    for device in (phone, laptop):
        device.post(reverse("login"), {"username": user.email, "password": PASSWORD})
        assert device.get(reverse("my_courses")).status_code == 200
    return user, phone, laptop


def test_erasing_oneself_on_the_phone_logs_the_laptop_out(db):
    user, phone, laptop = _member_on_two_devices(db)
    assert UserSession.objects.filter(user_id=user.pk).count() == 2
    response = phone.post(
        reverse("my_data_erase"), {"slett-password": PASSWORD, "slett-confirm": "on"}
    )
    assert response.status_code == 302
    assert not UserSession.objects.filter(user_id=user.pk).exists()
    assert laptop.get(reverse("my_courses")).status_code == 302  # to the login page


def test_erasure_by_an_administrator_or_retention_ends_the_sessions_too(db):
    user, phone, laptop = _member_on_two_devices(db)
    other = UserFactory(email="annen@example.org")
    other_client = Client()
    other_client.force_login(other)
    personal_data_erase(user=user, reason="retention")
    assert not UserSession.objects.filter(user_id=user.pk).exists()
    for device in (phone, laptop):
        assert device.get(reverse("my_courses")).status_code == 302
    # Nobody else is logged out.
    assert other_client.get(reverse("my_courses")).status_code == 200


def test_a_session_remembers_its_user_only_once_logged_in(client, db):
    client.get(reverse("login"))  # an anonymous visit with a session (the CSRF form)
    assert not UserSession.objects.exclude(user_id=None).exists()
