"""Dates in Northern Sámi, in numbers («1.12.2026»): the interface has no reviewed Sámi month
names yet, and a Bokmål month name would read wrong in a Sámi sentence."""

from skolering.formats.nb.formats import *  # noqa: F403 - numbers as Bokmål writes them

DATE_FORMAT = "j.n.Y"
DATETIME_FORMAT = "j.n.Y H:i"
MONTH_DAY_FORMAT = "j.n."
