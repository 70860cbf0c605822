"""A register of any size, written as the member register would export it, for the sync's
benchmark: 400 branches (the national party, 15 counties, 250 municipalities, 134 chapters),
members spread over the municipalities and chapters, and roles. A fixed seed gives the same files
every time; `changed` gives the next month's export of the same register (moves, leavers, new
members, renamed branches), for the benchmark's third run."""

import csv
import datetime
import random
from pathlib import Path

GIVEN = ("Áile", "Ørjan", "Siv", "Máret", "Ola", "Kari", "Fatima", "Nils", "Åse", "Jonas", "Ánde")
FAMILY = ("Ŋáŋŋás", "Bækkelund", "Åsheim", "Sara", "Nordmann", "Hætta", "Øverland", "Eira", "Lie")
ROLES = ("tillitsvalgt", "folkevalgt", "leder", "skoleringsansvarlig")
COUNTIES, MUNICIPALITIES, CHAPTERS = 15, 250, 134


def _branches() -> list[tuple]:
    rows = [("1", "Partiet", "landsparti", "", "")]
    counties = [f"{c + 10}" for c in range(COUNTIES)]
    rows += [(number, f"Fylkesparti {number}", "fylkesparti", "1", "") for number in counties]
    municipalities = []
    for m in range(MUNICIPALITIES):
        county = counties[m % COUNTIES]
        number = f"{county}{m:02d}"
        municipalities.append(number)
        rows.append((number, f"Kommuneparti {number}", "kommuneparti", county, number[:4]))
    for c in range(CHAPTERS):
        parent = municipalities[c % MUNICIPALITIES]
        rows.append((f"{parent}{c:03d}", f"Lokallag {c} i {parent}", "lokallag", parent, ""))
    return rows


def register_rows(members: int, roles: int, *, today: datetime.date, changed: bool = False):
    rng = random.Random(20261201)  # noqa: S311 - test data, not secrets
    branches = _branches()
    homes = [row[0] for row in branches if row[2] in ("kommuneparti", "lokallag")]
    member_rows = []
    for n in range(members):
        joined = today - datetime.timedelta(days=rng.randrange(1, 7300))
        member_rows.append(
            [
                f"{1_000_000 + n}",
                rng.choice(GIVEN),
                rng.choice(FAMILY),
                f"medlem{n}@example.org",
                f"9{rng.randrange(10**7):07d}" if n % 3 == 0 else "",
                rng.choice(homes),
                joined.strftime("%d.%m.%Y"),
                "",
            ]
        )
    holders = rng.sample(range(members), roles)
    role_rows = [
        [
            member_rows[n][0],
            rng.choice(ROLES),
            member_rows[n][5],
            (today - datetime.timedelta(days=rng.randrange(1, 1500))).isoformat(),
            "",
        ]
        for n in holders
    ]
    if changed:
        # A month later: 1 % moved, 0.5 % left, 1 % new, 1 % of roles ended, 10 branches renamed.
        for n in rng.sample(range(members), members // 100):
            member_rows[n][5] = rng.choice(homes)
        for n in rng.sample(range(members), members // 200):
            member_rows[n][7] = (today - datetime.timedelta(days=1)).strftime("%d.%m.%Y")
        member_rows += [
            [
                f"{2_000_000 + n}",
                "Ny",
                "Medlem",
                f"ny{n}@example.org",
                "",
                rng.choice(homes),
                today.strftime("%d.%m.%Y"),
                "",
            ]
            for n in range(members // 100)
        ]
        role_rows = role_rows[roles // 100 :]
        branches = [
            (*row[:1], f"{row[1]} (nytt navn)", *row[2:]) if i % 40 == 5 else row
            for i, row in enumerate(branches)
        ]
    return branches, member_rows, role_rows


def write_register(
    directory: Path, members: int, roles: int, *, today, changed=False
) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    branches, member_rows, role_rows = register_rows(members, roles, today=today, changed=changed)
    files = {
        "lag.csv": (["id", "navn", "type", "overordnet_id", "kommunenummer"], branches),
        "medlemmer.csv": (
            [
                "medlemsnummer",
                "fornavn",
                "etternavn",
                "epost",
                "telefon",
                "lag_id",
                "innmeldt",
                "utmeldt",
            ],
            member_rows,
        ),
        "verv.csv": (["medlemsnummer", "verv", "lag_id", "fra", "til"], role_rows),
    }
    paths = []
    for name, (header, rows) in files.items():
        path = directory / name
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
            writer.writerow(header)
            writer.writerows(rows)
        paths.append(path)
    return paths
