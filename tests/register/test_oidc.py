"""Single sign-on (register/oidc.py) through the test client, with the provider's token and
userinfo answers stood in for (tests/browser/test_single_sign_on.py runs a real provider)."""

import datetime
import time
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine

from django.contrib.auth.models import Group, Permission
from django.core import mail

from devtools.factories import DEMO_PASSWORD, MembershipFactory, UserFactory
from register.oidc import MemberOIDCBackend
from skolering.models import AuditEvent, User

ISSUER = "https://mitt.example.org/openid"
BACKENDS = ["skolering.auth_backends.EmailBackend", "register.oidc.MemberOIDCBackend"]


@pytest.fixture
def single_sign_on(settings, db):
    settings.OIDC_ENABLED = True
    settings.OIDC_ISSUER = ISSUER
    settings.OIDC_RP_CLIENT_ID = "skolering"
    settings.OIDC_RP_CLIENT_SECRET = "hemmelig"
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = f"{ISSUER}/authorize"
    settings.OIDC_OP_TOKEN_ENDPOINT = f"{ISSUER}/token"
    settings.OIDC_OP_USER_ENDPOINT = f"{ISSUER}/userinfo"
    settings.OIDC_OP_JWKS_ENDPOINT = f"{ISSUER}/jwks"
    settings.OIDC_OP_END_SESSION_ENDPOINT = f"{ISSUER}/end-session"
    settings.AUTHENTICATION_BACKENDS = BACKENDS
    return settings


@pytest.fixture
def provider_says(monkeypatch, single_sign_on):
    """Stand in for the provider's token endpoint and userinfo: the person it vouches for."""
    said = {"claims": {}}
    monkeypatch.setattr(
        MemberOIDCBackend,
        "get_token",
        lambda self, payload: {"id_token": "id-token-from-provider", "access_token": "access"},
    )
    monkeypatch.setattr(
        MemberOIDCBackend,
        "verify_token",
        lambda self, token, **kwargs: {"sub": "1", **said.get("token", {})},
    )
    monkeypatch.setattr(
        MemberOIDCBackend, "get_userinfo", lambda self, access, id_token, payload: said["claims"]
    )

    def say(auth_time=None, **claims):
        said["claims"] = claims
        said["token"] = {"auth_time": auth_time} if auth_time is not None else {}

    return say


def return_from_provider(client, **query):
    """Start at the log-in button, then come back from the provider with a code."""
    start = client.get("/oidc/start/")
    assert start.status_code == 302
    state = parse_qs(urlsplit(start["Location"]).query)["state"][0]
    return client.get("/oidc/callback/", {"code": "kode", "state": state, **query})


def logged_in_user(client):
    return client.session.get("_auth_user_id")


@pytest.fixture
def aile(org):
    user = UserFactory(
        email="aile@example.org", first_name="Áile", last_name="Ŋáŋŋás", member_number="1001"
    )
    MembershipFactory(user=user, branch=org.bergen)
    return user


def test_the_button_sends_the_browser_to_the_provider(client, single_sign_on):
    response = client.get("/oidc/start/", {"next": "/mine-kurs/"})
    address = urlsplit(response["Location"])
    query = parse_qs(address.query)
    assert f"{address.scheme}://{address.netloc}{address.path}" == f"{ISSUER}/authorize"
    assert query["client_id"] == ["skolering"]
    assert query["response_type"] == ["code"]
    assert query["redirect_uri"] == ["http://testserver/oidc/callback/"]
    assert query["code_challenge_method"] == ["S256"]


def test_a_member_is_found_by_member_number_never_by_email(client, provider_says, aile, org):
    other = UserFactory(email="orjan@example.org", member_number="2002")
    MembershipFactory(user=other, branch=org.bergen)
    provider_says(member_number="1001", email="orjan@example.org")

    response = return_from_provider(client)

    assert response.status_code == 302
    assert response["Location"] == "/mine-kurs/"
    assert logged_in_user(client) == str(aile.pk)
    assert client.session["oidc_id_token"] == "id-token-from-provider"
    event = AuditEvent.objects.get(action="login.oidc")
    assert (event.actor, event.subject, event.details) == (aile, aile, {"result": "success"})
    # The register is the truth about names and addresses: the provider's claims change nothing.
    aile.refresh_from_db()
    assert (aile.email, aile.first_name) == ("aile@example.org", "Áile")


def test_an_email_alone_finds_nobody(client, provider_says, aile):
    provider_says(email="aile@example.org")
    response = return_from_provider(client)
    assert response["Location"] == "/oidc/avvist/"
    assert logged_in_user(client) is None


def test_a_person_the_register_does_not_know_is_refused_and_not_created(
    client, provider_says, aile
):
    users = User.objects.count()
    provider_says(member_number="9999", email="ny@example.org", name="Ørjan Bækkelund")

    response = return_from_provider(client, next="/mine-kurs/")

    assert response.status_code == 302
    assert response["Location"] == "/oidc/avvist/"
    assert User.objects.count() == users
    assert logged_in_user(client) is None
    page = client.get("/oidc/avvist/")
    assert page.status_code == 403
    assert "Vi finner deg ikke i medlemsregisteret" in page.content.decode()
    assert "lokallaget" in page.content.decode()
    event = AuditEvent.objects.get(action="login.oidc")
    assert (event.actor, event.subject) == (None, None)
    assert event.details == {"result": "refused", "reason": "unknown"}


def test_a_member_whose_membership_has_ended_is_refused(client, provider_says, aile, today):
    aile.memberships.update(left_on=today - datetime.timedelta(days=1))
    provider_says(member_number="1001")

    return_from_provider(client)

    assert logged_in_user(client) is None
    page = client.get("/oidc/avvist/")
    assert page.status_code == 403
    assert "Medlemskapet ditt er avsluttet" in page.content.decode()
    event = AuditEvent.objects.get(action="login.oidc")
    assert (event.subject, event.details["reason"]) == (aile, "ended")


def test_a_switched_off_account_is_refused(client, provider_says, aile):
    User.objects.filter(pk=aile.pk).update(is_active=False)
    provider_says(member_number="1001")

    return_from_provider(client)

    assert logged_in_user(client) is None
    assert "Kontoen din er slått av" in client.get("/oidc/avvist/").content.decode()
    assert AuditEvent.objects.get(action="login.oidc").details["reason"] == "inactive"


def test_a_cancelled_log_in_at_the_provider_is_explained(client, provider_says):
    start = client.get("/oidc/start/")
    state = parse_qs(urlsplit(start["Location"]).query)["state"][0]

    response = client.get("/oidc/callback/", {"error": "access_denied", "state": state})

    assert response["Location"] == "/oidc/avvist/"
    page = client.get("/oidc/avvist/")
    assert "Innloggingen lyktes ikke" in page.content.decode()
    assert AuditEvent.objects.get(action="login.oidc").details["reason"] == "failed"


def test_failed_returns_are_throttled_per_client_address(client, provider_says, settings):
    settings.OIDC_FAILURE_LIMIT_PER_ADDRESS = 3
    provider_says(member_number="9999")
    for _ in range(3):
        assert return_from_provider(client).status_code == 302

    locked = return_from_provider(client)

    assert locked.status_code == 429
    assert "For mange mislykkede innlogginger" in locked.content.decode()
    # The refusal by the lock is neither another attempt at the provider nor audited.
    assert AuditEvent.objects.filter(action="login.oidc").count() == 3


def test_single_sign_on_is_off_until_it_is_configured(client, db):
    assert client.get("/oidc/start/").status_code == 404
    assert client.get("/oidc/callback/", {"code": "x", "state": "y"}).status_code == 404


def test_log_out_ends_the_session_at_the_provider_too(client, provider_says, aile):
    provider_says(member_number="1001")
    return_from_provider(client)

    response = client.post("/konto/logg-ut/")

    assert logged_in_user(client) is None
    address = urlsplit(response["Location"])
    assert f"{address.scheme}://{address.netloc}{address.path}" == f"{ISSUER}/end-session"
    assert parse_qs(address.query) == {
        "id_token_hint": ["id-token-from-provider"],
        "post_logout_redirect_uri": ["http://testserver/"],
    }


def test_log_out_without_a_provider_end_session_ends_the_local_session(
    client, provider_says, aile, settings, monkeypatch
):
    settings.OIDC_OP_END_SESSION_ENDPOINT = ""
    monkeypatch.setattr("register.oidc.discovery", lambda issuer: {})
    provider_says(member_number="1001")
    return_from_provider(client)

    response = client.post("/konto/logg-ut/")

    assert response["Location"] == "/"
    assert logged_in_user(client) is None


def test_log_out_after_a_password_log_in_stays_here(client, single_sign_on, member):
    client.force_login(member)
    response = client.post("/konto/logg-ut/")
    assert response["Location"] == "/"


# --- Password log-in for members switched off ------------------------------------------------


def log_in_with_password(client, user):
    return client.post("/konto/logg-inn/", {"username": user.email, "password": DEMO_PASSWORD})


@pytest.fixture
def members_without_password(settings, single_sign_on):
    settings.PASSWORD_LOGIN_FOR_MEMBERS = False


def test_a_member_is_refused_the_right_password(client, members_without_password, member):
    response = log_in_with_password(client, member)
    assert response.status_code == 200
    assert logged_in_user(client) is None
    event = AuditEvent.objects.get(action="login.password")
    assert (event.subject, event.details) == (member, {"result": "refused"})


def test_administrators_keep_their_passwords(client, members_without_password, org):
    staff = UserFactory(email="admin@example.org", is_staff=True)
    editors = Group.objects.create(name="Redaktører for test")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor = UserFactory(email="redaktor@example.org", member_number="3003")
    editor.groups.add(editors)

    for user in (staff, editor):
        client.logout()
        assert log_in_with_password(client, user).status_code == 302
        assert logged_in_user(client) == str(user.pk)
    assert list(
        AuditEvent.objects.filter(action="login.password")
        .order_by("pk")
        .values_list("subject", "details")
    ) == [(staff.pk, {"result": "success"}), (editor.pk, {"result": "success"})]


def test_members_keep_their_passwords_by_default(client, single_sign_on, member):
    assert log_in_with_password(client, member).status_code == 302
    assert logged_in_user(client) == str(member.pk)


def test_a_wrong_password_is_audited_without_the_address_or_the_password(client, db):
    client.post("/konto/logg-inn/", {"username": "ingen@example.org", "password": "feil-passord"})
    event = AuditEvent.objects.get(action="login.password")
    assert (event.actor, event.subject, event.details) == (None, None, {"result": "refused"})


@pytest.mark.parametrize(
    ("configured", "for_members", "button", "form", "admin_link"),
    [
        (False, True, False, True, False),
        (False, False, False, True, False),  # without single sign-on the form is the way in
        (True, True, True, True, False),
        (True, False, True, False, True),
    ],
)
def test_the_log_in_page_shows_only_what_is_enabled(
    client, settings, db, configured, for_members, button, form, admin_link
):
    settings.OIDC_ENABLED = configured
    settings.OIDC_LOGIN_LABEL = "Logg inn med Mitt Ap"
    settings.PASSWORD_LOGIN_FOR_MEMBERS = for_members

    page = client.get("/konto/logg-inn/", {"next": "/mine-kurs/"}).content.decode()

    assert ('href="/oidc/start/?next=/mine-kurs/"' in page) is button
    assert ("Logg inn med Mitt Ap" in page) is button
    assert ('name="password"' in page) is form
    assert ('href="/admin/login/"' in page) is admin_link


def test_members_get_no_reset_link_for_a_password_they_cannot_use(
    client, members_without_password, member
):
    page = client.get("/konto/glemt-passord/").content.decode()
    assert "Medlemmer logger ikke inn med passord her" in page

    client.post("/konto/glemt-passord/", {"email": member.email})

    assert mail.outbox == []


# --- Data rights without a password: a fresh log-in at the provider instead -------------------


def confirm_at_provider(client, provider_says, user):
    """The page's "Confirm with …" link: the provider must ask again (prompt=login)."""
    provider_says(member_number=user.member_number, auth_time=int(time.time()))
    start = client.get("/oidc/start/", {"next": "/mine-kurs/personvern/", "bekreft": "1"})
    query = parse_qs(urlsplit(start["Location"]).query)
    assert (query["prompt"], query["max_age"]) == (["login"], ["0"])
    back = client.get("/oidc/callback/", {"code": "kode", "state": query["state"][0]})
    assert back["Location"] == "/mine-kurs/personvern/"


def test_a_member_without_a_password_confirms_at_the_provider_to_export(
    client, provider_says, members_without_password, aile
):
    provider_says(member_number="1001")
    return_from_provider(client)
    page = client.get("/mine-kurs/personvern/").content.decode()
    assert "Logg inn på nytt med Mitt Ap" in page
    assert "bekreft=1" in page and 'name="eksport-password"' not in page
    # Nothing to press before the confirmation: the buttons come after it.
    assert "Last ned dataene mine" not in page and "Slett kontoen min" not in page
    refused = client.post("/mine-kurs/personvern/eksport/", {})
    assert refused.status_code == 400
    assert "Bekreft at det er deg først" in refused.content.decode()
    assert not AuditEvent.objects.filter(action="privacy.export").exists()

    confirm_at_provider(client, provider_says, aile)
    assert "Du har bekreftet at det er deg" in client.get("/mine-kurs/personvern/").content.decode()
    exported = client.post("/mine-kurs/personvern/eksport/", {})
    assert exported.status_code == 200
    assert exported.json()["profile"]["member_number"] == "1001"
    # Ten minutes later, the confirmation has run out.
    with time_machine.travel(datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=11)):
        assert client.post("/mine-kurs/personvern/eksport/", {}).status_code == 400


def test_a_member_without_a_password_erases_after_confirming(
    client, provider_says, members_without_password, aile
):
    provider_says(member_number="1001")
    return_from_provider(client)
    confirm_at_provider(client, provider_says, aile)
    response = client.post("/mine-kurs/personvern/slett/", {"slett-confirm": "on"})
    assert response.status_code == 302
    assert not User.objects.filter(member_number="1001").exists()


def test_a_confirmation_without_a_fresh_password_at_the_provider_confirms_nothing(
    client, provider_says, members_without_password, aile
):
    """Someone at an unlocked browser who strips prompt=login from the provider's address is
    let in silently there: the ID token's auth_time is old, and nothing is confirmed."""
    provider_says(member_number="1001")
    return_from_provider(client)
    provider_says(member_number="1001", auth_time=int(time.time()) - 3600)
    start = client.get("/oidc/start/", {"next": "/mine-kurs/personvern/", "bekreft": "1"})
    state = parse_qs(urlsplit(start["Location"]).query)["state"][0]
    back = client.get("/oidc/callback/", {"code": "kode", "state": state}, follow=True)
    assert "Mitt Ap ba deg ikke om passordet på nytt" in back.content.decode()
    assert client.post("/mine-kurs/personvern/eksport/", {}).status_code == 400


def test_cancelling_the_confirmation_keeps_the_member_logged_in(
    client, provider_says, members_without_password, aile
):
    provider_says(member_number="1001")
    return_from_provider(client)
    start = client.get("/oidc/start/", {"next": "/mine-kurs/personvern/", "bekreft": "1"})
    state = parse_qs(urlsplit(start["Location"]).query)["state"][0]
    back = client.get("/oidc/callback/", {"error": "access_denied", "state": state})
    assert back["Location"] == "/mine-kurs/personvern/"
    assert logged_in_user(client) == str(aile.pk)


def test_an_administrators_account_does_not_log_in_through_the_provider(
    client, provider_says, aile
):
    aile.is_staff = True
    aile.save()
    provider_says(member_number="1001")
    response = return_from_provider(client)
    assert response["Location"] == "/oidc/avvist/"
    assert logged_in_user(client) is None
    assert "Logg inn med passordet ditt" in client.get("/oidc/avvist/").content.decode()


def test_a_return_this_browser_did_not_start_is_refused_politely(client, single_sign_on):
    response = client.get("/oidc/callback/", {"code": "kode", "state": "ukjent"})
    assert response.status_code == 400
    assert "Innloggingen lyktes ikke" in response.content.decode()


def test_a_member_without_a_password_is_not_offered_to_change_it(
    client, provider_says, members_without_password, aile
):
    provider_says(member_number="1001")
    return_from_provider(client)
    page = client.get("/konto/").content.decode()
    assert "1001" in page and "Endre passord" not in page
