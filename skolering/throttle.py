"""Counting requests per client address or per account in the cache, to slow down password
guessing, reset-mail floods and certificate-code guessing. Fixed windows: a count starts at the
first hit and is forgotten `window` seconds later."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def login_locked(email: str, address: str = "") -> bool:
    """Whether log-in is locked for this account, or for this client."""
    return hits("login-account", email) >= settings.LOGIN_FAILURE_LIMIT or (
        bool(address) and hits("login-address", address) >= settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS
    )


def login_failed(email: str, address: str = "") -> None:
    """A wrong password, at the login form or where a password is asked again."""
    hit("login-account", email, window=settings.LOGIN_LOCKOUT_SECONDS)
    if address:
        hit("login-address", address, window=settings.LOGIN_LOCKOUT_SECONDS)


def login_succeeded(email: str) -> None:
    forget("login-account", email)


def client_address(request) -> str:
    if settings.CLIENT_IP_HEADER:
        forwarded = request.META.get(settings.CLIENT_IP_HEADER, "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


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
