"""The register sync's part of a member's data rights (skolering.personal_data finds this module
by name). A sync's page keeps, for a day, the first few names it changed and the problems it
found (register/expiry.py clears them); an erased person leaves them at once."""

from register.models import RegisterSync
from skolering.models import User

ERASED = "[slettet]"


def export(user: User) -> dict:
    """Nothing to hand out: a sync's examples are the administrators' working notes, cleared a
    day later, and the register itself is the party's."""
    return {}


def erase(user: User) -> None:
    marks = [mark for mark in (user.member_number, user.email) if mark]
    if not marks:
        return
    for sync in RegisterSync.objects.exclude(summary={}, problems=[]):
        text = f"{sync.summary}{sync.problems}"
        if not any(mark in text for mark in marks):
            continue
        RegisterSync.objects.filter(pk=sync.pk).update(
            summary=_without(sync.summary, marks), problems=_without(sync.problems, marks)
        )


def _without(value, marks: list[str]):
    """The JSON value with every string that names the person replaced."""
    if isinstance(value, dict):
        return {key: _without(item, marks) for key, item in value.items()}
    if isinstance(value, list):
        return [_without(item, marks) for item in value]
    if isinstance(value, str) and any(mark in value for mark in marks):
        return ERASED
    return value
