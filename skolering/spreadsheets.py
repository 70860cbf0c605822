"""Text bound for a spreadsheet. A spreadsheet runs a cell that starts with one of these as a
formula (CSV injection), so such text gets a leading apostrophe, which makes it plain text."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text
