"""What compliance keeps only for a while, removed by `manage.py apply_retention`
(skolering.retention finds this module by name): leaders' exports past EXPORT_KEEP_DAYS, with
their files."""

import datetime

from compliance.export_jobs import people_exports_expire


def expire(*, now: datetime.datetime) -> None:
    people_exports_expire(now=now)
