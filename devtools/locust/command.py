"""The command line that runs the locustfile (members.py) headless, for `manage.py load_test` and
the suite's short run (tests/courses/test_load.py). It only builds the list: locust itself is
never imported by the Django process."""

import sys
from pathlib import Path

LOCUSTFILE = Path(__file__).with_name("members.py")


def locust_command(
    *,
    base_url: str,
    user_class: str,
    users: int,
    rate: float,
    limit_seconds: float,
    think: tuple[float, float],
    measure_seconds: float,
    summary: Path,
    settle_seconds: float = 0,
    account_pattern: str | None = None,
    stop_timeout: float | None = None,
    csv: Path | None = None,
    window_mark: Path | None = None,
    seed: int | None = None,
) -> list[str]:
    """`locust` from this environment, `users` members of `user_class` (starting `rate` a second)
    against `base_url` for at most `limit_seconds`; the figures go to `summary` as JSON. Each
    member logs in with one of the first `users` accounts of `account_pattern` (the
    locustfile's own unless given); `seed` repeats the same choices."""
    command = [
        str(Path(sys.executable).with_name("locust")),
        "-f",
        str(LOCUSTFILE),
        user_class,
        "--headless",
        "--only-summary",
        "-H",
        base_url,
        "-u",
        str(users),
        "-r",
        str(rate),
        "-t",
        f"{limit_seconds:.0f}s",
    ]
    if stop_timeout is not None:
        command += ["--stop-timeout", f"{stop_timeout:g}"]
    command += ["--think-min", str(think[0]), "--think-max", str(think[1])]
    if account_pattern is not None:
        command += ["--account-pattern", account_pattern]
    command += [
        "--accounts",
        str(users),
        "--settle-seconds",
        str(settle_seconds),
        "--measure-seconds",
        str(measure_seconds),
        "--summary",
        str(summary),
    ]
    if csv is not None:
        command += ["--csv", str(csv)]
    if window_mark is not None:
        command += ["--window-mark", str(window_mark)]
    if seed is not None:
        command += ["--seed", str(seed)]
    return command
