"""Dates in Northern Sámi, in numbers («1.12.2026»): the interface has no reviewed Sámi month
names yet, and a Bokmål month name would read wrong in a Sámi sentence."""

DATE_FORMAT = "j.n.Y"
DATETIME_FORMAT = "j.n.Y H:i"
MONTH_DAY_FORMAT = "j.n."
TIME_FORMAT = "H:i"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
