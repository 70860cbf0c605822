"""Benchmark cases for the leader dashboard on the demo data. The figures at national scale
(60 000 members beside 600) come from `manage.py bench_scale`, which `make bench` runs next."""

from devtools.benchmark import BenchCase

COUNTY_LEADER = "fylkesleder@example.org"


def cases() -> list[BenchCase]:
    return [
        BenchCase("leader dashboard, county (/leder/)", "/leder/", COUNTY_LEADER),
        BenchCase("leader people list, 50 rows a page", "/leder/personer/", COUNTY_LEADER),
    ]
