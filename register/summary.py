"""The words for a sync's summary, shared by the command and the admin page."""

from django.utils.translation import gettext_lazy as _

KINDS = {
    "branches": _("Branches"),
    "members": _("Members"),
    "memberships": _("Memberships"),
    "roles": _("Roles"),
}

VERBS = {
    "created": _("created"),
    "linked": _("linked to an existing account"),
    "renamed": _("renamed"),
    "moved": _("moved"),
    "updated": _("updated"),
    "opened": _("started"),
    "reopened": _("reopened"),
    "ended": _("ended"),
    "added": _("added"),
    "changed": _("changed"),
    "removed": _("removed (had not started)"),
    "unchanged": _("unchanged"),
    "kept": _("not in the register, kept"),
    "skipped": _("left before they were known here, not created"),
    "email_kept": _("new email address not taken over (an editor's or administrator's account)"),
}

STAGES = {
    "plan": _("Comparing with the database"),
    "branches": _("Branches"),
    "members": _("Members"),
    "memberships": _("Memberships"),
    "roles": _("Roles"),
}


def summary_lines(summary: dict) -> list[tuple[str, list[tuple[str, int, list[str]]]]]:
    """[(kind label, [(verb label, count, examples)])] in a fixed order, for display."""
    counts, examples = summary.get("counts", {}), summary.get("examples", {})
    lines = []
    for kind, kind_label in KINDS.items():
        verbs = counts.get(kind, {})
        rows = [
            (str(label), verbs[verb], examples.get(kind, {}).get(verb, []))
            for verb, label in VERBS.items()
            if verbs.get(verb)
        ]
        if rows:
            lines.append((str(kind_label), rows))
    return lines
