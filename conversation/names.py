"""People's names as the product compares and hides them: case and accents ignored.

Pure domain code. ``name_key`` is how two spellings of one name are matched ('Siân Jones',
'sian  jones'); ``fold_map`` lets a report find a name in text whatever its accents, and
replace it without touching anything else.
"""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """The text without accents or other combining marks, in lower case (NFKD, casefold)."""
    folded, _ = fold_map(text)
    return folded


def fold_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the character of
    ``text`` it came from, so a match in the folded text maps back to the original."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for piece in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(piece):
                continue
            for lower in piece.casefold():
                out.append(lower)
                origin.append(index)
    return "".join(out), origin


def name_key(name: str) -> str:
    """The form two names are compared in: accents dropped, case folded, spaces collapsed."""
    return _SPACE.sub(" ", fold(name)).strip()


def same_name(first: str, second: str) -> bool:
    """True when two names are the same, ignoring case, accents and extra spaces."""
    key = name_key(first)
    return bool(key) and key == name_key(second)


def slug(name: str) -> str:
    """A short lower-case ASCII form of a name ('Siôn Jones' -> 'sionjones'), as older
    session ids carry it."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", ascii_name.lower())[:12]


_OLD_ID = re.compile(r"(?P<when>\d{8}-\d{4})-(?P<name>[a-z0-9]{1,12})-(?P<token>[0-9a-f]{6})")
"""A session id of an older release: start time, the practitioner's slug, a random token."""


def anonymous_id(session_id: str, names: tuple[str, ...] = ()) -> str:
    """The session id with no name in it: an older id's name part is left out
    ('20261123-0915-sion-ab12cd' -> '20261123-0915-ab12cd'), and any other id loses every
    ``names`` slug it holds. Ids from this release carry no name and come back unchanged."""
    old = _OLD_ID.fullmatch(session_id)
    if old is not None:
        return f"{old['when']}-{old['token']}"
    cleaned = session_id
    for name in names:
        for part in (name, *name.split()):
            mark = slug(part)
            if len(mark) > 2:
                cleaned = re.sub(re.escape(mark), "", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"[-_]{2,}", "-", cleaned).strip("-_")
    return cleaned or "session"
