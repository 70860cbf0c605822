"""Counting requests per client address or per account in the cache, to slow down password
guessing, reset-mail floods and certificate-code guessing. Fixed windows: a count starts at the
first hit and is forgotten `window` seconds later.

The log-in policy (README, "Innlogging og utestenging") is enforced for every way to
authenticate, because it sits in the authentication backends (`EmailBackend`,
`user_login_failed`/`user_logged_in` receivers in skolering/receivers.py):

- wrong passwords count per (account, client): five lock that account on that client only;
- they also count per client address, so one address cannot try many accounts;
- and per account across all clients, so many addresses cannot share the guessing of one;
- a client where the account has logged in before carries a signed "known device" cookie, and
  is locked only by its own failures: an attacker elsewhere cannot lock a member out of their
  own phone."""

import hashlib
import secrets

from django.conf import settings
from django.core import signing
from django.core.cache import cache

KNOWN_DEVICE_SALT = "skolering.throttle.known-device"
KNOWN_ACCOUNTS_PER_DEVICE = 5


def client_address(request) -> str:
    if settings.CLIENT_IP_HEADER:
        forwarded = request.META.get(settings.CLIENT_IP_HEADER, "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def _account(email: str) -> str:
    return (email or "").strip().lower()


def _known_device(request) -> dict:
    """The signed cookie's content: a random device id and the accounts that logged in here."""
    raw = request.COOKIES.get(settings.KNOWN_DEVICE_COOKIE_NAME)
    if not raw:
        return {}
    try:
        value = signing.loads(raw, salt=KNOWN_DEVICE_SALT, max_age=settings.KNOWN_DEVICE_COOKIE_AGE)
    except signing.BadSignature:
        return {}
    return value if isinstance(value, dict) else {}


def _account_digest(email: str) -> str:
    return hashlib.sha256(_account(email).encode()).hexdigest()[:24]


def _known_here(request, email: str) -> str | None:
    """This client's device id if the account has logged in on it before, else None."""
    device = _known_device(request)
    if _account_digest(email) in device.get("accounts", []):
        return device.get("id")
    return None


def _client_key(request, email: str) -> str:
    """Whom a failure is counted against: the known device, or the (account, address) pair."""
    device_id = _known_here(request, email)
    if device_id:
        return f"device:{device_id}|{_account(email)}"
    return f"address:{client_address(request)}|{_account(email)}"


def login_locked(request, email: str) -> bool:
    """Whether a log-in as this account from this client is refused for now."""
    if hits("login-client", _client_key(request, email)) >= settings.LOGIN_FAILURE_LIMIT:
        return True
    if _known_here(request, email):
        return False
    return (
        hits("login-address", client_address(request)) >= settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS
        or hits("login-account", email) >= settings.LOGIN_FAILURE_LIMIT_PER_ACCOUNT
    )


def login_failed(request, email: str) -> None:
    """A wrong password, at any log-in form or where a password is asked again."""
    window = settings.LOGIN_LOCKOUT_SECONDS
    hit("login-client", _client_key(request, email), window=window)
    if not _known_here(request, email):
        hit("login-address", client_address(request), window=window)
        hit("login-account", email, window=window)


def login_succeeded(request, email: str) -> None:
    forget("login-client", _client_key(request, email))


def single_sign_on_locked(request) -> bool:
    """Whether returns from the OpenID provider are refused for now at this client address."""
    return hits("oidc-address", client_address(request)) >= settings.OIDC_FAILURE_LIMIT_PER_ADDRESS


def single_sign_on_failed(request) -> None:
    """A refused or failed return from the provider (register/oidc_views.py)."""
    hit("oidc-address", client_address(request), window=settings.LOGIN_LOCKOUT_SECONDS)


def known_device_cookie(request, email: str) -> str:
    """The cookie value that marks this client as known for the account (kept for a year)."""
    device = _known_device(request)
    accounts = [a for a in device.get("accounts", []) if a != _account_digest(email)]
    accounts = [_account_digest(email), *accounts][:KNOWN_ACCOUNTS_PER_DEVICE]
    value = {"id": device.get("id") or secrets.token_urlsafe(16), "accounts": accounts}
    return signing.dumps(value, salt=KNOWN_DEVICE_SALT, compress=True)


def _key(scope: str, identity: str) -> str:
    # Hashed, so that the cache holds no email addresses.
    digest = hashlib.sha256(identity.strip().lower().encode()).hexdigest()[:32]
    return f"throttle:{scope}:{digest}"


def hits(scope: str, identity: str) -> int:
    return cache.get(_key(scope, identity), 0)


def hit(scope: str, identity: str, *, window: int) -> int:
    """Count one more hit and return the count in the current window."""
    key = _key(scope, identity)
    if cache.add(key, 1, window):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        return 1


def forget(scope: str, identity: str) -> None:
    cache.delete(_key(scope, identity))
