"""Helpers for drafting outcomes with the person: pre-fill from the board, own words, dates.

Pure domain code used by the outcomes screen. Steps 1 and 2 of the Outcome Sequence start from
what the conversation's 'what matters' board already holds; step 4 offers the person's own
words from the transcript; the action plan needs real dates, typed the way people type them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from conversation.model import FactKind, Speaker
from conversation.outcomes import AUTO_CHECKS, OutcomeCheck, OutcomeContext
from conversation.session import Action, BoardEntry, DraftOutcome, Session, Turn, UnfinishedAction

MATTERS_KINDS = (
    FactKind.IMPORTANT_TO,
    FactKind.IMPORTANT_FOR,
    FactKind.WHO,
    FactKind.WHERE,
    FactKind.STRENGTH,
    FactKind.ASPIRATION,
)
"""Board sections that pre-fill step 1 (what, who and where matters; strengths; hopes)."""

MAX_CANDIDATES = 60
"""At most this many own-words phrases are offered."""
MAX_PHRASE = 300
"""Longer sentences are not offered as an outcome's wording."""

_ADVERB = r"(?:(?:really|just|only|still|so|truly|much|rather|dearly)\s+)*"
_WANT = re.compile(
    rf"\b(?:i|we)\s*(?:'d|would)\s+{_ADVERB}(?:like|love|rather|prefer|give anything|feel)\b|"
    rf"\b(?:i|we)\s+{_ADVERB}(?:want|wanted|wish|hope|miss|love|long|need|dream)\b|"
    r"\bi'?m\s+(?:hoping|longing|dying)\b|\bif only\b|\bif (?:i|we) could\b|"
    r"\b(?:i|we) used to\b|\bwould be\b|\bmy dream\b|\bcan't wait\b|\blooking forward\b|"
    r"^to\s+[^\W\d_]+",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+|\n+")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
_SPACE = re.compile(r"\s+")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_UK = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")

DATE_FORMATS = "YYYY-MM-DD (such as 2026-12-01) or DD/MM/YYYY (such as 01/12/2026)"
"""How a date in the action plan may be typed, in words."""


class DueDateError(ValueError):
    """A 'by when' that is not a real date; the message says what was expected."""


# --- Steps 1 and 2: pre-fill from the board ----------------------------------------------------


def board_text(board: Iterable[BoardEntry], kinds: Sequence[FactKind], headings: bool) -> str:
    """The board entries of ``kinds`` as lines of text, grouped in the order of ``kinds``;
    with ``headings`` each group starts with its board heading."""
    entries = list(board)
    lines: list[str] = []
    for kind in kinds:
        texts = _unique(entry.text for entry in entries if entry.kind is kind)
        if not texts:
            continue
        if headings:
            lines.append(f"{kind.title}:")
            lines.extend(f"- {text}" for text in texts)
        else:
            lines.extend(texts)
    return "\n".join(lines)


def new_outcome(session: Session) -> DraftOutcome:
    """A blank outcome with steps 1 and 2 pre-filled from the session's board."""
    return DraftOutcome(
        text="",
        matters=board_text(session.board, MATTERS_KINDS, headings=True),
        working=board_text(session.board, (FactKind.WORKING,), headings=False),
        not_working=not_working_text(session.board),
    )


def not_working_text(board: Iterable[BoardEntry]) -> str:
    """Step 2's 'not working': what the board has as not working, then the person's worries
    (a worry is something not working for them, marked as such)."""
    entries = list(board)
    lines = [board_text(entries, (FactKind.NOT_WORKING,), headings=False)]
    worries = board_text(entries, (FactKind.WORRY,), headings=False)
    lines += [f"Worry: {worry}" for worry in worries.splitlines()]
    return "\n".join(line for line in lines if line)


def is_untouched(outcome: DraftOutcome, session: Session) -> bool:
    """True when an outcome holds nothing but what the board pre-filled (nothing to keep)."""
    return outcome == new_outcome(session)


def starting_point(board: Iterable[BoardEntry]) -> BoardEntry | None:
    """The latest 1-10 reading on the board (a known starting point), if any."""
    found: BoardEntry | None = None
    for entry in board:
        if entry.scale is not None:
            found = entry
    return found


def outcome_context(session: Session) -> OutcomeContext:
    """What the conversation tells the checker: the 1-10 reading, the person's words, name."""
    reading = starting_point(session.board)
    words = tuple(turn.text for turn in session.turns if turn.speaker is Speaker.PERSON)
    return OutcomeContext(
        scale=reading.scale if reading is not None else None,
        person_words=words,
        name=session.person or None,
    )


# --- Step 4: the person's own words --------------------------------------------------------------


def is_want(sentence: str) -> bool:
    """True when a sentence reads like a want, hope or loss ("I want", "I'd like", "I miss")."""
    return _WANT.search(sentence.translate(_QUOTES)) is not None


def sentences(text: str) -> list[str]:
    """The sentences of a turn, whitespace tidied, in order."""
    parts = _SENTENCE_END.split(text)
    out: list[str] = []
    for part in parts:
        tidy = _SPACE.sub(" ", part).strip()
        if tidy:
            out.append(tidy)
    return out


def own_words_candidates(turns: Iterable[Turn], limit: int = MAX_CANDIDATES) -> list[str]:
    """Phrases the person said that could become an outcome's wording, verbatim.

    The person's turns are split into sentences; those that read like wants and hopes come
    first, then those from turns where the person told something that matters (a fact for
    the board), then the rest, each group in the order they were said. Very short sentences
    (fewer than three words), over-long ones and repeats are left out.
    """
    wants: list[str] = []
    telling: list[str] = []
    others: list[str] = []
    seen: set[str] = set()
    for turn in turns:
        if turn.speaker is not Speaker.PERSON:
            continue
        for sentence in sentences(turn.text):
            key = sentence.casefold()
            if key in seen or len(sentence) > MAX_PHRASE or len(sentence.split()) < 3:
                continue
            seen.add(key)
            if is_want(sentence):
                wants.append(sentence)
            else:
                (telling if turn.revealed else others).append(sentence)
        if len(wants) >= limit:
            break
    return (wants + telling + others)[:limit]


# --- Step 5: the checks --------------------------------------------------------------------------


def apply_check(outcome: DraftOutcome, result: OutcomeCheck) -> None:
    """Keep the checker's verdict on the outcome: its kind and the automatic checks it could
    answer (the practitioner's ticks are left as they are)."""
    if not outcome.kind_chosen:
        outcome.kind = result.kind
    for check_id in AUTO_CHECKS:
        value = result.checks.get(check_id)
        if value is None:
            outcome.checks.pop(check_id, None)
        else:
            outcome.checks[check_id] = value


def outcome_label(outcome: DraftOutcome, index: int, width: int = 40) -> str:
    """A short label for the list of outcomes: its number and the start of its wording, cut
    at a word (a single word longer than the label is cut where it must be)."""
    text = _SPACE.sub(" ", outcome.text).strip()
    if not text:
        text = _SPACE.sub(" ", outcome.change_wanted).strip() or "(no wording yet)"
    if len(text) > width:
        start = text[: width - 1]
        if text[width - 1] != " " and " " in start:
            start = start[: start.rindex(" ")]
        text = start.rstrip() + "…"
    return f"{index + 1}. {text}"


# --- The action plan ---------------------------------------------------------------------------


def parse_due_date(text: str) -> date:
    """The date typed as YYYY-MM-DD or DD/MM/YYYY (also with '.' or '-' between day, month and
    year); DueDateError says what was expected when it is not a real date."""
    typed = text.strip()
    if not typed:
        raise DueDateError(f"Add the date it should be done by: {DATE_FORMATS}.")
    shown = typed if len(typed) <= 30 else typed[:29] + "…"
    iso = _ISO.fullmatch(typed)
    uk = _UK.fullmatch(typed)
    if iso is not None:
        year, month, day = (int(part) for part in iso.groups())
    elif uk is not None:
        day, month, year = (int(part) for part in uk.groups())
    else:
        raise DueDateError(f"'{shown}' is not a date: type it as {DATE_FORMATS}.")
    try:
        return date(year, month, day)
    except ValueError:
        raise DueDateError(
            f"'{shown}' is not a real date (no such day or month): type it as {DATE_FORMATS}."
        ) from None


@dataclass(frozen=True)
class ActionRowResult:
    """One action-plan row as typed: the finished action, or why it is not finished yet."""

    action: Action | None
    unfinished: UnfinishedAction | None
    problem: str


def read_action_row(what: str, who: str, by: str, why: str, row: int) -> ActionRowResult:
    """Turn a typed row into an Action when it has a 'what' and a real date; otherwise keep the
    typed text as an UnfinishedAction, with the problem in words. A blank row is neither."""
    if not (what.strip() or who.strip() or by.strip() or why.strip()):
        return ActionRowResult(None, None, "")
    unfinished = UnfinishedAction(what=what, who=who, by=by, why=why, row=row)
    try:
        due = parse_due_date(by)
    except DueDateError as error:
        return ActionRowResult(None, unfinished, str(error))
    if not what.strip():
        return ActionRowResult(None, unfinished, "Say what will be done.")
    return ActionRowResult(Action(what=what, who=who, by=due, why=why), None, "")


def format_due_date(due: date) -> str:
    """A due date as it is shown in the action plan (YYYY-MM-DD)."""
    return due.isoformat()


def _unique(texts: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for text in texts:
        tidy = text.strip()
        if tidy and tidy not in seen:
            seen.add(tidy)
            out.append(tidy)
    return out


@dataclass(frozen=True)
class ActionRowText:
    """One action-plan row as text, the way it is shown for editing."""

    what: str = ""
    who: str = ""
    by: str = ""
    why: str = ""


def action_rows(outcome: DraftOutcome) -> list[ActionRowText]:
    """The outcome's action-plan rows in their order: finished actions (dates shown as
    YYYY-MM-DD) with the unfinished ones back in their places."""
    total = len(outcome.actions) + len(outcome.unfinished_actions)
    slots: list[ActionRowText | None] = [None] * total
    leftovers: list[ActionRowText] = []
    for unfinished in outcome.unfinished_actions:
        text = ActionRowText(unfinished.what, unfinished.who, unfinished.by, unfinished.why)
        if 0 <= unfinished.row < total and slots[unfinished.row] is None:
            slots[unfinished.row] = text
        else:
            leftovers.append(text)
    finished = iter(outcome.actions)
    rows: list[ActionRowText] = []
    for slot in slots:
        if slot is not None:
            rows.append(slot)
            continue
        action = next(finished, None)
        if action is not None:
            rows.append(
                ActionRowText(action.what, action.who, format_due_date(action.by), action.why)
            )
    return rows + leftovers
