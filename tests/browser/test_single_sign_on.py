"""A member logs in through the party's OpenID provider, and out again, in Chromium: the whole
authorization-code flow against a real provider (django-oidc-provider, tests/oidc_provider/) in a
process of its own on 127.0.0.1, while Skolering's live server answers on localhost."""

import pytest

from devtools.factories import MembershipFactory, UserFactory
from skolering.models import AuditEvent, User
from tests.browser.helpers import assert_accessible, browser_test
from tests.oidc_provider.running import CLIENT_ID, CLIENT_SECRET, RunningProvider

pytestmark = browser_test

LABEL = "Logg inn med Mitt Ap"
PASSWORD = "passord-hos-mitt-ap"


@pytest.fixture(scope="module")
def provider(live_server, tmp_path_factory):
    running = RunningProvider(tmp_path_factory.mktemp("oidc-provider"))
    running.set_up(
        redirect_uri=f"{live_server.url}/oidc/callback/",
        post_logout_redirect_uri=f"{live_server.url}/",
    )
    running.add_person("1001", PASSWORD, first_name="Áile", last_name="Ŋáŋŋás")
    running.add_person("7007", PASSWORD, first_name="Ørjan", last_name="Bækkelund")
    running.start()
    yield running
    running.stop()


@pytest.fixture
def single_sign_on(settings, provider):
    settings.OIDC_ENABLED = True
    settings.OIDC_ISSUER = provider.issuer
    settings.OIDC_RP_CLIENT_ID = CLIENT_ID
    settings.OIDC_RP_CLIENT_SECRET = CLIENT_SECRET
    settings.OIDC_RP_SCOPES = "openid member"
    settings.OIDC_LOGIN_LABEL = LABEL
    settings.PASSWORD_LOGIN_FOR_MEMBERS = False
    settings.AUTHENTICATION_BACKENDS = [
        "skolering.auth_backends.EmailBackend",
        "register.oidc.MemberOIDCBackend",
    ]
    # As settings/base.py allows it: the log-out form's answer goes on to the provider.
    settings.CONTENT_SECURITY_POLICY = {
        **settings.CONTENT_SECURITY_POLICY,
        "form-action": f"'self' {provider.url}",
    }
    return provider


@pytest.fixture
def aile(site_pages, org):
    user = UserFactory(
        email="aile@example.org", first_name="Áile", last_name="Ŋáŋŋás", member_number="1001"
    )
    MembershipFactory(user=user, branch=org.arstad)
    return user


def log_in_at_provider(page, member_number):
    page.get_by_label("Medlemsnummer").fill(member_number)
    page.get_by_label("Passord").fill(PASSWORD)
    page.get_by_role("button", name="Logg inn hos Mitt Ap").click()


def test_a_member_logs_in_and_out_through_the_provider(browsing, single_sign_on, aile):
    session = browsing(other_origins=[single_sign_on.url])
    page = session.page
    session.goto("/konto/logg-inn/")
    # Password log-in is off for members: the button and the administrators' link only.
    assert page.locator("input[type=password]").count() == 0
    assert page.get_by_role("link", name="logg inn i redigeringsverktøyet").is_visible()
    assert_accessible(page)

    page.get_by_role("link", name=LABEL).click()
    page.wait_for_url(f"{single_sign_on.url}/**")
    log_in_at_provider(page, "1001")

    page.wait_for_url(f"{session.base_url}/mine-kurs/")
    assert page.get_by_role("heading", level=1, name="Mine kurs").is_visible()
    session.goto("/konto/")
    assert page.get_by_text("Áile Ŋáŋŋás").is_visible()
    assert AuditEvent.objects.get(action="login.oidc").subject == aile

    page.get_by_role("button", name="Logg ut").click()
    page.wait_for_url(f"{session.base_url}/")
    assert page.get_by_role("link", name="Logg inn").first.is_visible()
    # Logged out at the provider too: logging in again asks for the password.
    session.goto("/konto/logg-inn/")
    page.get_by_role("link", name=LABEL).click()
    page.wait_for_url(f"{single_sign_on.url}/**")
    assert page.get_by_label("Passord").is_visible()


def test_a_person_the_register_does_not_know_is_refused(browsing, single_sign_on, aile):
    users = User.objects.count()
    session = browsing(other_origins=[single_sign_on.url])
    page = session.page
    session.goto("/konto/logg-inn/")
    page.get_by_role("link", name=LABEL).click()
    log_in_at_provider(page, "7007")

    page.wait_for_url(f"{session.base_url}/oidc/avvist/")
    assert page.get_by_role(
        "heading", level=1, name="Vi finner deg ikke i medlemsregisteret"
    ).is_visible()
    assert "lokallaget" in page.inner_text("main")
    assert_accessible(page)
    assert User.objects.count() == users
    assert AuditEvent.objects.get(action="login.oidc").details == {
        "result": "refused",
        "reason": "unknown",
    }


def test_a_member_without_a_password_confirms_at_the_provider_to_download_their_data(
    browsing, single_sign_on, aile
):
    session = browsing(other_origins=[single_sign_on.url])
    page = session.page
    session.goto("/konto/logg-inn/")
    page.get_by_role("link", name=LABEL).click()
    log_in_at_provider(page, "1001")
    page.wait_for_url(f"{session.base_url}/mine-kurs/")

    session.goto("/mine-kurs/personvern/")
    assert page.locator("input[type=password]").count() == 0
    assert_accessible(page)
    page.get_by_role("link", name="Logg inn på nytt med Mitt Ap").click()
    # The provider asks again although it remembers her (prompt=login).
    page.wait_for_url(f"{single_sign_on.url}/**")
    log_in_at_provider(page, "1001")
    page.wait_for_url(f"{session.base_url}/mine-kurs/personvern/")
    assert page.get_by_text("Du har bekreftet at det er deg").is_visible()
    assert_accessible(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Last ned dataene mine").click()
    assert download.value.suggested_filename.startswith("mine-data-")
    assert AuditEvent.objects.filter(action="privacy.export", subject=aile).count() == 1
