"""A member's right to their data (GDPR Art. 15, 17 and 20): everything stored about them as
one JSON document, and erasure.

Each app that stores personal data has a module `personal_data` with `export(user) -> dict`
and `erase(user) -> None`, found by name like `site_setup`, so this app never imports them.
Erasure keeps the statistics right: each app anonymises what counts (attempts, completions,
progress lose their person) and deletes what is personal (reflections, quiz answers), and
then the user row goes, with the memberships and roles, which cascade."""

import datetime
import json

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone

from wagtail.models import ModelLogEntry

from skolering.models import AuditEvent, Membership, RoleAssignment, User
from skolering.services import audit_event_record
from skolering.sessions import sessions_end_for
from skolering.site_content import app_modules

ERASED = "[slettet]"
EXPORT_FORMAT_VERSION = 1


def _iso(value):
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return value


def rows(queryset, *fields: str) -> list[dict]:
    """The given fields of each row, dates as ISO 8601 text: the shape every app exports."""
    return [
        {field.replace("__", "_"): _iso(value) for field, value in zip(fields, row, strict=True)}
        for row in queryset.values_list(*fields)
    ]


def export(user: User) -> dict:
    return {
        "profile": {
            "email": user.email,
            "member_number": user.member_number or "",
            "first_name": user.first_name,
            "last_name": user.last_name,
            "account_created": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
            "language": user.preferred_language,
        },
        "memberships": rows(
            Membership.objects.filter(user=user).order_by("joined_on"),
            "branch__name",
            "joined_on",
            "left_on",
        ),
        "roles": rows(
            RoleAssignment.objects.filter(user=user).order_by("starts_on"),
            "role",
            "branch__name",
            "starts_on",
            "ends_on",
        ),
        "audit_events_about_you": rows(
            AuditEvent.objects.filter(models.Q(subject=user) | models.Q(actor=user)).order_by(
                "created_at"
            ),
            "created_at",
            "action",
        ),
    }


def erase(user: User) -> None:
    sessions_end_for(user)  # logged in on another device: that session ends too
    _forget_in_audit_log(user)
    # Wagtail's own log names a user it logs as changed or deleted (its label).
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(User), object_id=str(user.pk)
    ).update(label=ERASED)


def _forget_in_audit_log(user: User) -> None:
    """Audit events stay, but nothing in them may name the person: free text about them (a
    revocation's reason) goes, and so does any text that contains their name or address (a
    leader's search). Their references to the person become empty when the user row goes."""
    terms = {term.lower() for term in (user.email, user.get_full_name()) if term}
    escaped = {json.dumps(term)[1:-1] for term in terms}  # SQLite stores JSON ASCII-escaped
    mentions = models.Q(subject=user)
    for term in terms | escaped:
        mentions |= models.Q(details__icontains=term)
    for event in AuditEvent.objects.filter(mentions):
        details = _scrub(event.details, terms)
        if event.subject_id == user.pk and "reason" in details:
            details["reason"] = ERASED
        if details != event.details:
            # The one sanctioned change to an audit event (see models.forget_person).
            models.QuerySet.update(AuditEvent.objects.filter(pk=event.pk), details=details)


def _scrub(value, terms: set[str]):
    if isinstance(value, dict):
        return {key: _scrub(item, terms) for key, item in value.items()}
    if isinstance(value, list):
        return [_scrub(item, terms) for item in value]
    if isinstance(value, str) and any(term in value.lower() for term in terms):
        return ERASED
    return value


def personal_data_export(*, user: User) -> dict:
    """Everything stored about the user, by app, and an audit event saying it was taken out."""
    document = {
        "format_version": EXPORT_FORMAT_VERSION,
        "exported_at": timezone.now().isoformat(),
    }
    for module in app_modules("personal_data"):
        document |= module.export(user)
    audit_event_record(actor=user, action="privacy.export", subject=user, details={"user": user.pk})
    return document


@transaction.atomic
def personal_data_erase(*, user: User, actor: User | None = None, reason: str) -> None:
    """Erase the user as described above. The audit event that records it names nobody: the
    id, who asked (the member themself, an administrator or retention) and why."""
    user = User.objects.select_for_update().get(pk=user.pk)
    user.erasure = (actor, reason)  # read by erase_before_delete
    user.delete()


def erase_before_delete(sender, instance: User, **kwargs) -> None:
    """pre_delete of a user, whichever way it is deleted (this page, retention, or Wagtail's
    user admin): each app's erasure runs, so that no path deletes a person and leaves their
    certificates valid or their name in the audit log."""
    actor, reason = getattr(instance, "erasure", (None, "deleted"))
    for module in reversed(list(app_modules("personal_data"))):  # dependants first
        module.erase(instance)
    if actor is not None and actor.pk == instance.pk:
        actor, by = None, "self"
    else:
        by = "administrator" if actor is not None else reason
    audit_event_record(
        actor=actor,
        action="privacy.erase",
        details={"user": instance.pk, "by": by, "reason": reason},
    )
