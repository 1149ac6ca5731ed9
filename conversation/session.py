"""Sessions: the typed record of one conversation, as saved to sessions/*.toml.

Serialisation (``session_to_toml`` / ``session_from_toml``, also ``Session.to_toml`` and
``Session.from_toml``) keeps the practitioner's and the person's words exactly; storage on
disk is ``conversation.store``.
"""

from __future__ import annotations

import dataclasses
import functools
import tomllib
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import tomli_w

from conversation.errors import SessionError
from conversation.model import (
    Act,
    FactKind,
    Mode,
    OutcomeKind,
    Speaker,
    Stage,
    SupportLayer,
    TrapWarning,
)
from conversation.typed_toml import InvalidValue, Load, codec, expected_for, show

SESSION_FORMAT = 1
"""Version of the session file format written by this release."""


@dataclass
class Turn:
    """One line of the conversation, kept verbatim."""

    speaker: Speaker
    stage: Stage
    text: str
    time: datetime
    act: Act | None = None
    warnings: list[TrapWarning] = field(default_factory=list)
    revealed: list[str] = field(default_factory=list)
    """Ids of script facts this turn revealed (practise mode)."""
    own_words: bool = False
    """True when the text is the person's own words, recorded verbatim (record mode)."""
    rapport: int | None = None
    """The scripted person's rapport once this reply was given (practise mode)."""


@dataclass
class Note:
    """A free note, marked as fact or opinion."""

    text: str
    is_opinion: bool
    time: datetime


@dataclass
class BoardEntry:
    """One item on the 'what matters' board."""

    kind: FactKind
    text: str
    fact_id: str | None = None
    scale: int | None = None


@dataclass
class Action:
    """One line of the action plan: what, who, by when, and why."""

    what: str
    who: str
    by: date
    why: str = ""


@dataclass
class UnfinishedAction:
    """An action-plan row still being typed (no 'what' yet, or a date that is not a real date):
    kept as typed so nothing is lost until it is corrected."""

    what: str = ""
    who: str = ""
    by: str = ""
    """The date as typed."""
    why: str = ""
    row: int = 0
    """Its place among the outcome's action-plan rows, counting from 0."""


@dataclass
class DraftOutcome:
    """An outcome drafted with the person through the Outcome Sequence."""

    text: str
    kind: OutcomeKind | None = None
    kind_chosen: bool = False
    """True when the practitioner chose the kind; the checker then leaves it alone."""
    matters: str = ""
    working: str = ""
    not_working: str = ""
    change_wanted: str = ""
    checks: dict[str, bool] = field(default_factory=dict)
    """Automatic checks and the practitioner's ticks, by check id."""
    support: dict[SupportLayer, str] = field(default_factory=dict)
    tried: str = ""
    """What the person has already tried and their own ideas (start of the Support Sequence)."""
    actions: list[Action] = field(default_factory=list)
    unfinished_actions: list[UnfinishedAction] = field(default_factory=list)
    """Action-plan rows not yet complete, kept as typed."""


@dataclass
class RoleplayState:
    """The scripted person's state, so a resumed role play carries on exactly."""

    seed: int = 0
    rapport: int = 3
    """0 (closed down) to 5 (open); traps lower it, good technique raises it."""
    guarded_turns: int = 0
    revealed: list[str] = field(default_factory=list)
    deepened: list[str] = field(default_factory=list)
    last_fact: str | None = None
    step: int = 0
    """How many practitioner turns the engine has answered (drives deterministic choices)."""


@dataclass
class Session:
    """One saved conversation."""

    id: str
    mode: Mode
    script_id: str
    script_version: str
    practitioner: str
    person: str
    started: datetime
    updated: datetime
    ended: datetime | None = None
    stage: Stage = Stage.OPEN
    stage_seconds: dict[Stage, float] = field(default_factory=dict)
    turns: list[Turn] = field(default_factory=list)
    board: list[BoardEntry] = field(default_factory=list)
    roleplay: RoleplayState = field(default_factory=RoleplayState)
    outcomes: list[DraftOutcome] = field(default_factory=list)
    feedback: dict[str, float] = field(default_factory=dict)
    checklist: dict[str, bool] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    demo_position: int = 0
    reviewed: list[str] = field(default_factory=list)
    """Ids of the earlier sessions looked at alongside this one (supervise mode)."""
    agreed_actions: list[Action] = field(default_factory=list)
    """Actions agreed in the session itself, each with who and by when (supervise mode)."""
    format: int = SESSION_FORMAT

    def to_toml(self) -> str:
        """The session as the text of a session file."""
        return session_to_toml(self)

    @classmethod
    def from_toml(cls, text: str, path: Path | None = None) -> Session:
        """Read a session from the text of a session file; ``path`` names it in errors."""
        return session_from_toml(text, path)


# --- The session file format ---------------------------------------------------------------
#
# Every dataclass above maps to a TOML table, field by field (conversation.typed_toml), with the
# same key names. A field that is None or holds its default is left out, and reads back as its
# default. Enums are written as their value (the stable id), datetimes as TOML offset date-times
# in UTC, dates as TOML dates. Text is written as single-line basic strings with escapes, so every
# character (CR, LF, tabs, other control characters) comes back exactly. Python strings may hold
# lone surrogates, which no file can: each one is written as U+FFFD.
#
# The file starts with a header: the session's plain keys and two derived counts, one line
# each, ended by a blank line, so a listing of many sessions can read just the top of each
# file. The file ends with END_MARKER so a listing can tell a complete file from a cut-off one.

END_MARKER = "# end of session\n"
"""The last line of every session file this release writes."""

DERIVED_KEYS = ("turn_count", "outcome_count")
"""Top-level keys written for quick listing; they are derived and ignored on load."""

_FIRST_KEYS = (
    "format",
    "id",
    "mode",
    "script_id",
    "script_version",
    "practitioner",
    "person",
    "started",
    "updated",
    "ended",
    "stage",
    "demo_position",
)


def _name(path: Path | None) -> str:
    return str(path) if path is not None else "session file"


def session_to_toml(session: Session) -> str:
    """The text of the session file for ``session``: TOML, ending with ``END_MARKER``."""
    dump, _ = codec(Session)
    body: dict[str, Any] = dump(session)
    header: dict[str, Any] = {"format": SESSION_FORMAT}
    for key in _FIRST_KEYS:
        if key in body:
            header[key] = body.pop(key)
    header["turn_count"] = len(session.turns)
    header["outcome_count"] = len(session.outcomes)
    body.pop("format", None)
    # The header is one line per key with no blank line in it; a blank line ends it. The rest
    # follows at the top level (its plain keys come before its first table).
    return tomli_w.dumps(header) + "\n" + tomli_w.dumps(body) + "\n" + END_MARKER


def check_format(raw: Mapping[str, Any], path: Path | None) -> None:
    """Raise SessionError unless ``raw`` carries a ``format`` this release can read."""
    name = _name(path)
    if "format" not in raw:
        raise SessionError(f"{name}: not a session file: there is no 'format' key")
    version = raw["format"]
    if type(version) is not int:
        raise SessionError(
            f"{name}: not a session file: key 'format': expected a whole number, "
            f"found {show(version)}"
        )
    if version > SESSION_FORMAT:
        raise SessionError(
            f"{name}: written by a newer release (format {version}); "
            f"this release reads format {SESSION_FORMAT}"
        )
    if version < 1:
        raise SessionError(f"{name}: key 'format': unknown session format {version}")


def parse_toml(text: str, path: Path | None) -> dict[str, Any]:
    """The TOML table in ``text`` (a leading BOM is allowed), or SessionError naming the line."""
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SessionError(f"{_name(path)}: not valid TOML: {error}") from None


def session_from_dict(raw: Mapping[str, Any], path: Path | None = None) -> Session:
    """Build a Session from a parsed session file; SessionError names the file and key."""
    check_format(raw, path)
    _, load = codec(Session)
    table = {k: v for k, v in raw.items() if k not in DERIVED_KEYS}
    try:
        session: Session = load(table, "")
    except InvalidValue as problem:
        raise SessionError(f"{_name(path)}: {problem.describe()}") from None
    return session


def session_from_toml(text: str, path: Path | None = None) -> Session:
    """Read a Session from the text of a session file; SessionError names the file and key."""
    return session_from_dict(parse_toml(text, path), path)


@dataclass(frozen=True)
class SessionHeader:
    """The plain keys at the top of a session file: enough to list it without reading it all."""

    id: str
    mode: Mode
    script_id: str
    script_version: str
    practitioner: str
    person: str
    started: datetime
    updated: datetime
    ended: datetime | None
    stage: Stage
    turns: int
    outcomes: int
    demo_position: int = 0
    """How far a demonstration got (0 for the other modes)."""


@functools.cache
def _header_plan() -> list[tuple[str, Any, Load]]:
    """Each header key with its type and reader."""
    hints = typing.get_type_hints(Session)
    return [
        (f.name, hints[f.name], codec(hints[f.name])[1])
        for f in dataclasses.fields(SessionHeader)
        if f.name not in ("turns", "outcomes")
    ]


def header_from_dict(raw: Mapping[str, Any], path: Path | None = None) -> SessionHeader | None:
    """The header of a parsed session file, or None when it lacks the derived counts (then the
    whole file must be read). SessionError names the file and key of anything wrong."""
    check_format(raw, path)
    turns, outcomes = raw.get("turn_count"), raw.get("outcome_count")
    if type(turns) is not int or type(outcomes) is not int or turns < 0 or outcomes < 0:
        return None
    values: dict[str, Any] = {}
    try:
        for key, hint, load in _header_plan():
            if key in raw:
                values[key] = load(raw[key], key)
            elif key == "ended":
                values[key] = None
            elif key == "stage":
                values[key] = Stage.OPEN
            elif key == "demo_position":
                values[key] = 0
            else:
                raise InvalidValue(key, expected_for(hint), missing=True)
    except InvalidValue as problem:
        raise SessionError(f"{_name(path)}: {problem.describe()}") from None
    return SessionHeader(turns=turns, outcomes=outcomes, **values)


def header_of_session(session: Session) -> SessionHeader:
    """The header a file written for ``session`` carries."""
    return SessionHeader(
        id=session.id,
        mode=session.mode,
        script_id=session.script_id,
        script_version=session.script_version,
        practitioner=session.practitioner,
        person=session.person,
        started=session.started,
        updated=session.updated,
        ended=session.ended,
        stage=session.stage,
        turns=len(session.turns),
        outcomes=len(session.outcomes),
        demo_position=session.demo_position,
    )
