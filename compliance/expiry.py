"""What compliance keeps only for a while, removed by `manage.py apply_retention`
(skolering.retention finds this module by name): leaders' exports past EXPORT_KEEP_DAYS, with
their files."""

import datetime

from compliance.export_jobs import people_exports_expire, people_exports_expired

EXPORTS = "leaders' export files past EXPORT_KEEP_DAYS"


def expiring(*, now: datetime.datetime) -> dict[str, int]:
    """What `expire` would remove now, by kind: for the dry run."""
    return {EXPORTS: people_exports_expired(now=now).count()}


def expire(*, now: datetime.datetime) -> dict[str, int]:
    return {EXPORTS: people_exports_expire(now=now)}
