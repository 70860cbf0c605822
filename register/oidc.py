"""Single sign-on through the party's OpenID Connect provider (mozilla-django-oidc).

A person who comes back from the provider is the Skolering user with the member number the
provider vouches for, and nobody else: never matched by email address, never created here (the
register sync creates members), and refused when the register says their membership has ended
or the account is switched off. Why a log-in was refused is kept on the request
(`refusal_reason`), so that the callback can tell the person what to do."""

import logging
import time
from urllib.parse import urlencode

import requests
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.utils import absolutify

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured, SuspiciousOperation
from django.shortcuts import resolve_url

from skolering.auth_backends import EmailBackend
from skolering.queries import with_admin_access

logger = logging.getLogger(__name__)


class Refusal:
    """Why the provider's person may not log in here (the refusal page words each)."""

    UNKNOWN = "unknown"  # no user with that member number
    ENDED = "ended"  # no membership in force today
    INACTIVE = "inactive"  # the account is switched off
    # An editor's or administrator's account: they log in with a password.
    PASSWORD = "password"  # noqa: S105 - a reason, not a password
    FAILED = "failed"  # cancelled at the provider, or the provider's answer was unusable


# The settings mozilla-django-oidc reads, and the discovery document's names for them.
DISCOVERED = {
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "authorization_endpoint",
    "OIDC_OP_TOKEN_ENDPOINT": "token_endpoint",
    "OIDC_OP_USER_ENDPOINT": "userinfo_endpoint",
    "OIDC_OP_JWKS_ENDPOINT": "jwks_uri",
    "OIDC_OP_END_SESSION_ENDPOINT": "end_session_endpoint",
}
DISCOVERY_SECONDS = 60 * 60
_discovery: dict[str, tuple[float, dict]] = {}


def discovery(issuer: str) -> dict:
    """The provider's discovery document, fetched when first needed and kept an hour in this
    process, so that a provider that is down at start-up does not stop Skolering."""
    stored = _discovery.get(issuer)
    if stored and time.monotonic() - stored[0] < DISCOVERY_SECONDS:
        return stored[1]
    response = requests.get(
        f"{issuer}/.well-known/openid-configuration", timeout=settings.OIDC_TIMEOUT
    )
    response.raise_for_status()
    document = response.json()
    _discovery[issuer] = (time.monotonic(), document)
    return document


def oidc_setting(name: str, *default):
    """A mozilla-django-oidc setting; a provider endpoint left empty comes from discovery."""
    value = getattr(settings, name, *default) if default else getattr(settings, name)
    if name in DISCOVERED and not value:
        value = discovery(settings.OIDC_ISSUER).get(DISCOVERED[name], "")
        if not value and name != "OIDC_OP_END_SESSION_ENDPOINT":
            raise ImproperlyConfigured(f"The OpenID provider does not announce {name}.")
    return value


def _refuse(request, reason: str, user=None) -> None:
    if request is not None:
        request.refusal_reason = reason
        request.refused_user = user


class MemberOIDCBackend(OIDCAuthenticationBackend):
    """The provider's person, found by member number (OIDC_MEMBER_NUMBER_CLAIM) only."""

    get_settings = staticmethod(oidc_setting)

    def __init__(self, *args, **kwargs):
        # Django builds a backend for every request's session user; the provider's endpoints
        # are looked up only when a log-in uses them (the properties below).
        self.UserModel = get_user_model()

    OIDC_OP_TOKEN_ENDPOINT = property(lambda self: oidc_setting("OIDC_OP_TOKEN_ENDPOINT"))
    OIDC_OP_USER_ENDPOINT = property(lambda self: oidc_setting("OIDC_OP_USER_ENDPOINT"))
    OIDC_OP_JWKS_ENDPOINT = property(lambda self: oidc_setting("OIDC_OP_JWKS_ENDPOINT"))
    OIDC_RP_CLIENT_ID = property(lambda self: settings.OIDC_RP_CLIENT_ID)
    OIDC_RP_CLIENT_SECRET = property(lambda self: settings.OIDC_RP_CLIENT_SECRET)
    OIDC_RP_SIGN_ALGO = property(lambda self: settings.OIDC_RP_SIGN_ALGO)
    OIDC_RP_IDP_SIGN_KEY = None  # the key comes from the provider's JWKS

    def authenticate(self, request, **kwargs):
        if not settings.OIDC_ENABLED:
            return None
        try:
            user = super().authenticate(request, **kwargs)
        except requests.RequestException as error:
            # The provider is down or refused the code: a refusal to explain, not a 500.
            logger.warning("OpenID provider request failed: %s", error)
            user = None
        except SuspiciousOperation as error:
            # A token with a wrong signature, nonce or audience: refused, counted and audited.
            logging.getLogger("django.security.oidc").warning(str(error))
            user = None
        # Without a reason of its own, a refusal is Refusal.FAILED (register/oidc_views.py).
        return user

    def verify_token(self, token, **kwargs):
        """mozilla-django-oidc checks the signature and the nonce; the token must also be the
        issuer's and meant for this client."""
        payload = super().verify_token(token, **kwargs)
        audience = payload.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        issuer = str(payload.get("iss", "")).rstrip("/")  # some providers end theirs with "/"
        if issuer != settings.OIDC_ISSUER.rstrip("/") or self.OIDC_RP_CLIENT_ID not in audiences:
            raise SuspiciousOperation("The ID token is not the issuer's or not for this client.")
        return payload

    def verify_claims(self, claims):
        return bool(member_number_of(claims))

    def describe_user_by_claims(self, claims):
        return "member number"  # logged on refusal: no personal data in the logs

    def filter_users_by_claims(self, claims):
        number = member_number_of(claims)
        if not number:
            return self.UserModel.objects.none()
        return self.UserModel.objects.filter(member_number=number)

    def create_user(self, claims):
        """Never: a person the register does not know is refused (OIDC_CREATE_USER is off as
        well; this holds whatever the setting says)."""
        _refuse(self.request, Refusal.UNKNOWN)
        return None

    def get_or_create_user(self, access_token, id_token, payload):
        # When the person last typed their password at the provider: proof for the data-rights
        # confirmation (register/oidc_views.py), which asks the provider to ask again.
        if self.request is not None:
            self.request.oidc_auth_time = payload.get("auth_time")
        user = super().get_or_create_user(access_token, id_token, payload)
        if user is None and not getattr(self.request, "refusal_reason", None):
            _refuse(self.request, Refusal.UNKNOWN)
        return user

    def update_user(self, user, claims):
        """Name and email stay as the register sync wrote them: the register is the truth. Only
        whether this person may log in is decided here."""
        if not user.is_active:
            _refuse(self.request, Refusal.INACTIVE, user)
            return None
        # The register links members to accounts by email address; whoever could put an
        # administrator's address in the register must not get their account this way.
        if with_admin_access(type(user).objects.filter(pk=user.pk)).exists():
            _refuse(self.request, Refusal.PASSWORD, user)
            return None
        if not user.memberships.active().exists():
            _refuse(self.request, Refusal.ENDED, user)
            return None
        return user

    def get_user(self, user_id):
        # As the password backend reads the session's user (with the session, inactive refused).
        return EmailBackend().get_user(user_id)

    # Permissions are the password backend's to answer; asking twice would cost a query.
    def get_all_permissions(self, user_obj, obj=None):
        return set()

    def get_user_permissions(self, user_obj, obj=None):
        return set()

    def get_group_permissions(self, user_obj, obj=None):
        return set()

    def has_perm(self, user_obj, perm, obj=None):
        return False

    def has_module_perms(self, user_obj, app_label):
        return False


def member_number_of(claims: dict) -> str:
    value = claims.get(settings.OIDC_MEMBER_NUMBER_CLAIM)
    return str(value).strip() if value not in (None, "") else ""


def provider_logout_url(request) -> str:
    """OIDC_OP_LOGOUT_URL_METHOD: where the browser goes after Skolering's own log-out. The
    provider's end-session page (it ends the session there, then sends the browser back here)
    when it has one; Skolering's own LOGOUT_REDIRECT_URL when it has not."""
    after = resolve_url(settings.LOGOUT_REDIRECT_URL)
    id_token = request.session.get("oidc_id_token")
    try:
        end_session = oidc_setting("OIDC_OP_END_SESSION_ENDPOINT")
    except requests.RequestException as error:
        logger.warning("OpenID provider discovery failed at log-out: %s", error)
        end_session = ""
    if not (id_token and end_session):
        return after
    query = urlencode(
        {"id_token_hint": id_token, "post_logout_redirect_uri": absolutify(request, after)}
    )
    return f"{end_session}?{query}"
