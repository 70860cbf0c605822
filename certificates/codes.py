"""Certificate codes: 12 characters of Crockford's base32 (no I, L, O or U), 60 bits from the
operating system's random source, shown in groups of four: K7QM-3WZP-9TRD."""

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 12
GROUP = 4
# What people mistype or misread, read as the character it must have been.
LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
CODE_PATTERN = re.compile(rf"^[{ALPHABET}]{{{LENGTH}}}$")


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(raw[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def normalised(typed: str) -> str | None:
    """The code in its stored form, from what someone typed (any case, spaces or dashes, O for
    0, I or L for 1), or None if it cannot be a code."""
    raw = re.sub(r"[\s\-–]", "", typed or "")[:64].upper().translate(LOOKALIKES)
    if not CODE_PATTERN.match(raw):
        return None
    return "-".join(raw[i : i + GROUP] for i in range(0, LENGTH, GROUP))
