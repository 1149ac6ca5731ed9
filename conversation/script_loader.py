"""Load and validate conversation scripts (``scripts/*.toml``).

Scripts are written by people, so the validator reports every problem it finds at once, each
naming the file, the line, the key and what was expected. ``tomllib`` gives no line numbers
for keys, so :class:`SourceIndex` finds table headers and ``key =`` lines in the text itself.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conversation import paths
from conversation.errors import ConversationError, Problem, ScriptError
from conversation.model import FactKind, Mode, OutcomeKind, Speaker, Stage, Trap
from conversation.script import (
    DemoTurn,
    Fact,
    ModelOutcome,
    Person,
    Reactions,
    Script,
    ScriptMeta,
    StageGuide,
)

KeyPath = tuple[str | int, ...]

SCRIPT_MODES: tuple[Mode, ...] = (Mode.DEMONSTRATE, Mode.PRACTISE, Mode.RECORD)
DEMO_SPEAKERS: tuple[Speaker, ...] = (Speaker.PRACTITIONER, Speaker.PERSON)
SCRIPT_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
FACT_ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*\Z")

TOP_KEYS = ("script", "person", "stages", "facts", "reactions", "demo", "outcomes")
SCRIPT_KEYS = ("id", "title", "setting", "modes", "language", "version")
PERSON_KEYS = ("name", "age", "background", "opening")
STAGE_KEYS = ("guidance", "prompts")
FACT_KEYS = ("id", "kind", "summary", "topics", "reply", "deeper", "scale")
REACTION_KEYS = ("closed_question", "unknown", "summary_confirmed", "summary_corrected", "traps")
DEMO_KEYS = ("stage", "speaker", "text", "note", "trap", "trap_text", "trap_reaction")
TRAP_VARIANT_KEYS = ("trap", "trap_text", "trap_reaction")
OUTCOME_KEYS = ("text", "kind", "note")


class UnknownScript(ConversationError, KeyError):
    """No script with the asked-for id; the message lists the ids there are."""

    def __init__(self, script_id: str, folder: Path, available: Sequence[str]) -> None:
        self.script_id = script_id
        self.folder = folder
        self.available = tuple(available)
        listed = ", ".join(self.available) if self.available else "none"
        self.message = (
            f"no conversation script with id '{script_id}' in {folder} (available: {listed})"
        )
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


# ---------------------------------------------------------------------------------------------
# Where keys are in the source text


@dataclass
class _Table:
    """One table header in the source, with the line of each key under it."""

    names: tuple[str, ...]
    line: int
    is_array: bool
    keys: dict[str, int] = field(default_factory=dict)


_BARE_OR_QUOTED = r'(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|\'[^\']*\')'
_DOTTED = rf"{_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*"
_HEADER = re.compile(rf"\s*(\[\[?)\s*({_DOTTED})\s*\]\]?")
_KEY = re.compile(rf"\s*({_DOTTED})\s*=")
_SEGMENT = re.compile(_BARE_OR_QUOTED)


def _split_dotted(dotted: str) -> tuple[str, ...]:
    """The parts of a dotted TOML key, without their quotes."""
    parts = []
    for match in _SEGMENT.finditer(dotted):
        part = match.group(0)
        if part[:1] in "\"'":
            part = part[1:-1]
        parts.append(part)
    return tuple(parts)


def _string_state_after(line: str, start: int, open_multiline: str | None) -> str | None:
    """Scan one line from ``start`` and return the multi-line string still open at its end."""
    i = 0 if open_multiline else start
    state = open_multiline
    while i < len(line):
        if state:
            end = line.find(state, i)
            while end != -1 and state == '"""' and _escaped(line, end):
                end = line.find(state, end + 1)
            if end == -1:
                return state
            i = end + 3
            while i < len(line) and line[i] == state[0]:
                i += 1  # up to two quotes may end the string body
            state = None
            continue
        char = line[i]
        if char == "#":
            return None
        if line.startswith("'''", i) or line.startswith('"""', i):
            state = line[i : i + 3]
            i += 3
            continue
        if char in "\"'":
            i += 1
            while i < len(line) and line[i] != char:
                i += 2 if char == '"' and line[i] == "\\" else 1
            i += 1
            continue
        i += 1
    return state


def _escaped(line: str, index: int) -> bool:
    """True when the character at ``index`` follows an odd number of backslashes."""
    count = 0
    while index - count - 1 >= 0 and line[index - count - 1] == "\\":
        count += 1
    return count % 2 == 1


class SourceIndex:
    """Line numbers of table headers and keys in TOML text (best effort, for messages)."""

    def __init__(self, text: str) -> None:
        self.line_count = text.count("\n") + 1
        self.root = _Table((), 1, False)
        self.tables: list[_Table] = []
        self.duplicates: list[tuple[int, str]] = []
        """Keys and ``[tables]`` written twice, with the line of the second one."""
        headers: set[tuple[str, ...]] = set()
        current = self.root
        open_multiline: str | None = None
        for number, line in enumerate(text.split("\n"), start=1):
            if open_multiline:
                open_multiline = _string_state_after(line, 0, open_multiline)
                continue
            start = 0
            header = _HEADER.match(line)
            key = _KEY.match(line)
            if header:
                current = _Table(_split_dotted(header.group(2)), number, header.group(1) == "[[")
                if not current.is_array and current.names in headers:
                    self.duplicates.append((number, ".".join(current.names)))
                headers.add(current.names)
                self.tables.append(current)
                start = header.end()
            elif key:
                parts = _split_dotted(key.group(1))
                if ".".join(parts) in current.keys:
                    self.duplicates.append((number, ".".join(parts)))
                for cut in range(1, len(parts) + 1):
                    current.keys.setdefault(".".join(parts[:cut]), number)
                start = key.end()
            open_multiline = _string_state_after(line, start, None)

    def _table(self, head: KeyPath) -> _Table | None:
        """The table a data path names (an int picks the n-th ``[[array]]`` entry)."""
        names = tuple(str(part) for part in head if isinstance(part, str))
        if head and isinstance(head[-1], int):
            entries = [t for t in self.tables if t.is_array and t.names == names]
            return entries[head[-1]] if head[-1] < len(entries) else None
        if any(isinstance(part, int) for part in head):
            return None
        for table in self.tables:
            if table.names == names:
                return table
        return None

    def line_of(self, path: KeyPath) -> int | None:
        """The line where ``path`` is written, else the line of its nearest written parent."""
        for cut in range(len(path), -1, -1):
            table = self.root if cut == 0 else self._table(path[:cut])
            if table is None:
                continue
            rest = path[cut:]
            names = [part for part in rest if isinstance(part, str)]
            for size in range(len(names), 0, -1):
                if rest[:size] == tuple(names[:size]):
                    dotted = ".".join(names[:size])
                    if dotted in table.keys:
                        return table.keys[dotted]
            if cut > 0:
                return table.line
        return None

    def first_line_of(self, prefix: tuple[str, ...]) -> int | None:
        """The first header whose names start with ``prefix`` (e.g. any ``[stages.*]``)."""
        for table in self.tables:
            if table.names[: len(prefix)] == prefix:
                return table.line
        return self.root.keys.get(".".join(prefix))


# ---------------------------------------------------------------------------------------------
# Reading values with a problem for every mismatch


def _describe(value: object) -> str:
    """A short name for the TOML type of a value, for messages."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date or time"


def _name(path: KeyPath) -> str:
    """How a data path is written in a message: ``[[facts]] 3 key 'kind'``."""
    if not path:
        return "the file"
    tables: list[str] = []
    out: list[str] = []
    index = 0
    while index < len(path):
        part = path[index]
        if index + 1 < len(path) and isinstance(path[index + 1], int) and not out:
            tables.append(
                f"[[{'.'.join(str(p) for p in path[: index + 1])}]] {int(path[index + 1]) + 1}"
            )
            index += 2
            continue
        out.append(str(part) if not isinstance(part, int) else f"item {part + 1}")
        index += 1
    if not tables and len(out) > 1:
        table = f"[{'.'.join(out[:-1])}]"
        return f"key '{out[-1]}' in {table}"
    if tables and out:
        return f"key '{'.'.join(out)}' in {tables[0]}"
    if tables:
        return tables[0]
    return f"key '{out[0]}'"


def _reflow(text: str) -> str:
    """Free text as shown: trimmed; single line breaks become spaces, blank lines stay."""
    paragraphs = re.split(r"\n[ \t]*\n", text.strip())
    return "\n\n".join(" ".join(line.strip() for line in p.split("\n")) for p in paragraphs)


class _Checker:
    """Collects problems while reading one script's data."""

    def __init__(self, path: Path, index: SourceIndex) -> None:
        self.path = path
        self.index = index
        self.problems: list[Problem] = []

    def report(self, path: KeyPath, message: str, line: int | None = None) -> None:
        """Record a problem at the line where ``path`` is written."""
        where = line if line is not None else self.index.line_of(path)
        self.problems.append(Problem(self.path, where if where is not None else 1, message))

    def table(self, data: dict[str, Any], key: str, path: KeyPath) -> dict[str, Any] | None:
        """A required sub-table, or None after reporting why it is not there."""
        if key not in data:
            self.report(path, f"missing table [{'.'.join(str(p) for p in path)}]")
            return None
        value = data[key]
        if not isinstance(value, dict):
            self.report(path, f"{_name(path)} must be a table, not {_describe(value)}")
            return None
        return value

    def known_keys(self, data: dict[str, Any], allowed: Sequence[str], path: KeyPath) -> None:
        """Report each key not in ``allowed``."""
        for key in data:
            if key not in allowed:
                self.report(
                    (*path, key),
                    f"unknown {_name((*path, key))}; expected one of: {', '.join(allowed)}",
                )

    def text(
        self, data: dict[str, Any], key: str, path: KeyPath, required: bool = True
    ) -> str | None:
        """A non-empty string value (reflowed), or None after reporting what is wrong."""
        where = (*path, key)
        if key not in data:
            if required:
                self.report(where, f"missing {_name(where)} (expected a string)")
            return None
        value = data[key]
        if not isinstance(value, str):
            self.report(where, f"{_name(where)} must be a string, not {_describe(value)}")
            return None
        if not value.strip():
            self.report(where, f"{_name(where)} is empty; expected some text")
            return None
        return _reflow(value)

    def integer(
        self, data: dict[str, Any], key: str, path: KeyPath, low: int, high: int
    ) -> int | None:
        """A whole number between ``low`` and ``high``, or None after reporting."""
        where = (*path, key)
        if key not in data:
            self.report(where, f"missing {_name(where)} (expected a whole number {low} to {high})")
            return None
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.report(
                where,
                f"{_name(where)} must be a whole number {low} to {high}, not {_describe(value)}",
            )
            return None
        if not low <= value <= high:
            self.report(
                where, f"{_name(where)} is {value}; expected a whole number {low} to {high}"
            )
            return None
        return value

    def texts(self, data: dict[str, Any], key: str, path: KeyPath) -> tuple[str, ...] | None:
        """A non-empty list of non-empty strings, or None after reporting."""
        where = (*path, key)
        if key not in data:
            self.report(where, f"missing {_name(where)} (expected a list of strings)")
            return None
        value = data[key]
        if not isinstance(value, list):
            self.report(where, f"{_name(where)} must be a list of strings, not {_describe(value)}")
            return None
        if not value:
            self.report(where, f"{_name(where)} is an empty list; expected at least one string")
            return None
        items: list[str] = []
        for number, item in enumerate(value, start=1):
            if not isinstance(item, str):
                self.report(
                    where,
                    f"{_name(where)} item {number} must be a string, not {_describe(item)}",
                )
            elif not item.strip():
                self.report(where, f"{_name(where)} item {number} is empty; expected some text")
            else:
                items.append(_reflow(item))
        return tuple(items) if len(items) == len(value) else None

    def choice(
        self,
        data: dict[str, Any],
        key: str,
        path: KeyPath,
        choices: Sequence[str],
        what: str,
        required: bool = True,
    ) -> str | None:
        """A string that is one of ``choices``, or None after reporting."""
        where = (*path, key)
        if key not in data:
            if required:
                self.report(
                    where, f"missing {_name(where)} (expected one of: {', '.join(choices)})"
                )
            return None
        value = data[key]
        if not isinstance(value, str):
            self.report(
                where,
                f"{_name(where)} must be a string naming {what}, not {_describe(value)}",
            )
            return None
        if value not in choices:
            self.report(
                where,
                f"unknown {what} '{value}' for {_name(where)}; "
                f"expected one of: {', '.join(choices)}",
            )
            return None
        return value

    def tables(self, data: dict[str, Any], key: str) -> list[tuple[KeyPath, dict[str, Any]]]:
        """The entries of an optional ``[[key]]`` array of tables, each with its path."""
        if key not in data:
            return []
        value = data[key]
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.report(
                (key,), f"'{key}' must be written as [[{key}]] tables, not {_describe(value)}"
            )
            return []
        return [((key, number), item) for number, item in enumerate(value)]


# ---------------------------------------------------------------------------------------------
# The parts of a script


def _read_meta(check: _Checker, data: dict[str, Any]) -> ScriptMeta | None:
    """The ``[script]`` table."""
    table = check.table(data, "script", ("script",))
    if table is None:
        return None
    path: KeyPath = ("script",)
    check.known_keys(table, SCRIPT_KEYS, path)
    script_id = check.text(table, "id", path)
    if script_id is not None and not SCRIPT_ID_PATTERN.match(script_id):
        check.report(
            (*path, "id"),
            f"{_name((*path, 'id'))} is '{script_id}'; expected lower-case letters, digits and "
            "hyphens, such as 'stroke-at-home'",
        )
        script_id = None
    title = check.text(table, "title", path)
    setting = check.text(table, "setting", path)
    language = check.text(table, "language", path)
    version = check.text(table, "version", path)
    modes = _read_modes(check, table, path)
    if None in (script_id, title, setting, language, version, modes):
        return None
    assert script_id and title and setting and language and version and modes is not None
    return ScriptMeta(script_id, title, setting, modes, language, version)


def _read_modes(check: _Checker, table: dict[str, Any], path: KeyPath) -> tuple[Mode, ...] | None:
    """``modes``: a list of the ways the script can be used."""
    names = [mode.value for mode in SCRIPT_MODES]
    values = check.texts(table, "modes", path)
    if values is None:
        return None
    modes: list[Mode] = []
    for value in values:
        if value not in names:
            check.report(
                (*path, "modes"),
                f"unknown mode '{value}' in {_name((*path, 'modes'))}; expected any of: "
                f"{', '.join(names)}",
            )
        elif Mode(value) not in modes:
            modes.append(Mode(value))
    return tuple(modes) if len(modes) == len(set(values)) else None


def _read_person(check: _Checker, data: dict[str, Any]) -> Person | None:
    """The ``[person]`` table."""
    table = check.table(data, "person", ("person",))
    if table is None:
        return None
    path: KeyPath = ("person",)
    check.known_keys(table, PERSON_KEYS, path)
    name = check.text(table, "name", path)
    age = check.integer(table, "age", path, 0, 130)
    background = check.text(table, "background", path)
    opening = check.text(table, "opening", path)
    if name is None or age is None or background is None or opening is None:
        return None
    return Person(name, age, background, opening)


def _read_stages(check: _Checker, data: dict[str, Any]) -> dict[Stage, StageGuide] | None:
    """The ``[stages.<id>]`` tables, one for each of the five stages."""
    stage_ids = [stage.value for stage in Stage]
    if "stages" not in data:
        check.report(
            ("stages",),
            f"missing [stages.<id>] tables; expected one for each stage: {', '.join(stage_ids)}",
        )
        return None
    table = check.table(data, "stages", ("stages",))
    if table is None:
        return None
    guides: dict[Stage, StageGuide] = {}
    complete = True
    for key, value in table.items():
        path: KeyPath = ("stages", key)
        if key not in stage_ids:
            check.report(
                path,
                f"unknown stage '{key}' in [stages.{key}]; expected one of: {', '.join(stage_ids)}",
            )
            complete = False
            continue
        if not isinstance(value, dict):
            check.report(path, f"[stages.{key}] must be a table, not {_describe(value)}")
            complete = False
            continue
        check.known_keys(value, STAGE_KEYS, path)
        guidance = check.text(value, "guidance", path)
        prompts = check.texts(value, "prompts", path)
        if guidance is None or prompts is None:
            complete = False
            continue
        guides[Stage(key)] = StageGuide(Stage(key), guidance, prompts)
    for stage in Stage:
        if stage.value not in table:
            check.report(
                ("stages",),
                f"missing table [stages.{stage.value}] (expected guidance and prompts for the "
                f"'{stage.title}' stage)",
                line=check.index.first_line_of(("stages",)),
            )
            complete = False
    return {stage: guides[stage] for stage in Stage} if complete else None


def _read_facts(check: _Checker, data: dict[str, Any]) -> tuple[Fact, ...] | None:
    """The ``[[facts]]`` tables: what the person can reveal."""
    kinds = [kind.value for kind in FactKind]
    entries = check.tables(data, "facts")
    if "facts" not in data:
        check.report(("facts",), "missing [[facts]] tables; expected at least one fact")
        return None
    facts: list[Fact] = []
    seen: dict[str, int] = {}
    complete = bool(entries)
    for path, table in entries:
        check.known_keys(table, FACT_KEYS, path)
        fact_id = check.text(table, "id", path)
        if fact_id is not None:
            if not FACT_ID_PATTERN.match(fact_id):
                check.report(
                    (*path, "id"),
                    f"{_name((*path, 'id'))} is '{fact_id}'; expected letters, digits, '_' and "
                    "'-' only, such as 'garden'",
                )
                fact_id = None
            elif fact_id in seen:
                check.report(
                    (*path, "id"),
                    f"duplicate fact id '{fact_id}' for {_name((*path, 'id'))}; already used by "
                    f"[[facts]] {seen[fact_id]}; expected each fact id once",
                )
                fact_id = None
            else:
                seen[fact_id] = int(path[-1]) + 1
        kind = check.choice(table, "kind", path, kinds, "fact kind")
        summary = check.text(table, "summary", path)
        topics = check.texts(table, "topics", path)
        reply = check.text(table, "reply", path)
        deeper = check.text(table, "deeper", path)
        scale: int | None = None
        if kind == FactKind.SCALE.value:
            scale = check.integer(table, "scale", path, 1, 10)
            if scale is None:
                complete = False
        elif "scale" in table:
            check.report(
                (*path, "scale"),
                f"{_name((*path, 'scale'))} is only for facts of kind 'scale'; remove it or "
                'set kind = "scale"',
            )
            complete = False
        if None in (fact_id, kind, summary, topics, reply, deeper):
            complete = False
            continue
        assert fact_id and kind and summary and topics and reply and deeper
        facts.append(Fact(fact_id, FactKind(kind), summary, topics, reply, deeper, scale))
    return tuple(facts) if complete else None


def _read_reactions(check: _Checker, data: dict[str, Any]) -> Reactions | None:
    """The ``[reactions]`` table and its ``[reactions.traps]`` lists."""
    table = check.table(data, "reactions", ("reactions",))
    if table is None:
        return None
    path: KeyPath = ("reactions",)
    check.known_keys(table, REACTION_KEYS, path)
    closed = check.texts(table, "closed_question", path)
    unknown = check.texts(table, "unknown", path)
    confirmed = check.texts(table, "summary_confirmed", path)
    corrected = check.texts(table, "summary_corrected", path)
    traps = _read_trap_reactions(check, table)
    if None in (closed, unknown, confirmed, corrected, traps):
        return None
    assert closed and unknown and confirmed and corrected and traps is not None
    return Reactions(traps, closed, unknown, confirmed, corrected)


def _read_trap_reactions(
    check: _Checker, table: dict[str, Any]
) -> dict[Trap, tuple[str, ...]] | None:
    """``[reactions.traps]``: one list of replies for each of the seven traps."""
    trap_ids = [trap.value for trap in Trap]
    path: KeyPath = ("reactions", "traps")
    traps = check.table(table, "traps", path)
    if traps is None:
        return None
    result: dict[Trap, tuple[str, ...]] = {}
    complete = True
    for key in traps:
        if key not in trap_ids:
            check.report(
                (*path, key),
                f"unknown trap '{key}' in [reactions.traps]; "
                f"expected one of: {', '.join(trap_ids)}",
            )
            complete = False
            continue
        replies = check.texts(traps, key, path)
        if replies is None:
            complete = False
        else:
            result[Trap(key)] = replies
    for trap in Trap:
        if trap.value not in traps:
            check.report(
                path,
                f"missing key '{trap.value}' in [reactions.traps] (expected a list of the "
                f"person's reactions to the {trap.title} trap)",
            )
            complete = False
    return {trap: result[trap] for trap in Trap} if complete else None


def _read_demo(
    check: _Checker, data: dict[str, Any], modes: Sequence[Mode]
) -> tuple[DemoTurn, ...] | None:
    """The ``[[demo]]`` tables: the model conversation, in order."""
    stage_ids = [stage.value for stage in Stage]
    speakers = [speaker.value for speaker in DEMO_SPEAKERS]
    trap_ids = [trap.value for trap in Trap]
    entries = check.tables(data, "demo")
    if not entries and "demo" not in data and Mode.DEMONSTRATE in modes:
        check.report(
            ("script", "modes"),
            "the script offers 'demonstrate' but has no [[demo]] turns; expected the model "
            "conversation as [[demo]] tables",
        )
        return None
    turns: list[DemoTurn] = []
    complete = True
    for path, table in entries:
        check.known_keys(table, DEMO_KEYS, path)
        stage = check.choice(table, "stage", path, stage_ids, "stage")
        speaker = check.choice(table, "speaker", path, speakers, "speaker")
        text = check.text(table, "text", path)
        note = check.text(table, "note", path)
        trap = check.choice(table, "trap", path, trap_ids, "trap", required=False)
        trap_text = check.text(table, "trap_text", path, required=False)
        trap_reaction = check.text(table, "trap_reaction", path, required=False)
        given = [key for key in TRAP_VARIANT_KEYS if key in table]
        if given and speaker == Speaker.PERSON.value:
            check.report(
                (*path, given[0]),
                f"{_name((*path, given[0]))} is on a person's turn; trap variants belong on "
                "practitioner turns",
            )
            complete = False
        elif given and len(given) < len(TRAP_VARIANT_KEYS):
            missing = [key for key in TRAP_VARIANT_KEYS if key not in table]
            check.report(
                (*path, given[0]),
                f"{_name(path)} has {', '.join(given)} but not {', '.join(missing)}; expected "
                "trap, trap_text and trap_reaction together",
            )
            complete = False
        if None in (stage, speaker, text, note) or (
            given and None in (trap, trap_text, trap_reaction)
        ):
            complete = False
            continue
        assert stage and speaker and text and note
        turns.append(
            DemoTurn(
                Stage(stage),
                Speaker(speaker),
                text,
                note,
                Trap(trap) if trap else None,
                trap_text,
                trap_reaction,
            )
        )
    return tuple(turns) if complete else None


def _read_outcomes(check: _Checker, data: dict[str, Any]) -> tuple[ModelOutcome, ...] | None:
    """The ``[[outcomes]]`` tables: model outcomes for the debrief."""
    kinds = [kind.value for kind in OutcomeKind]
    outcomes: list[ModelOutcome] = []
    complete = True
    for path, table in check.tables(data, "outcomes"):
        check.known_keys(table, OUTCOME_KEYS, path)
        text = check.text(table, "text", path)
        kind = check.choice(table, "kind", path, kinds, "outcome kind")
        note = check.text(table, "note", path)
        if text is None or kind is None or note is None:
            complete = False
            continue
        outcomes.append(ModelOutcome(text, OutcomeKind(kind), note))
    return tuple(outcomes) if complete else None


# ---------------------------------------------------------------------------------------------
# Public API


def _syntax_problem(path: Path, error: tomllib.TOMLDecodeError, index_text: str) -> Problem:
    """A TOML syntax error as a problem with its line and column."""
    message = str(error)
    found = re.search(r"\(at line (\d+), column (\d+)\)\s*$", message)
    reason = re.sub(r"\s*\(at [^)]*\)\s*$", "", message)
    if found:
        return Problem(
            path,
            int(found.group(1)),
            f"TOML syntax error: {reason}; expected valid TOML (use ''' for free text)",
            int(found.group(2)),
        )
    line = index_text.count("\n") + 1
    if reason.startswith("Cannot overwrite") or reason.startswith("Cannot declare"):
        duplicate = _find_duplicate_key(index_text)
        if duplicate is not None:
            line, key = duplicate
            return Problem(
                path, line, f"TOML syntax error: key '{key}' is written twice; expected it once"
            )
    return Problem(path, line, f"TOML syntax error: {reason} at the end of the file")


def _find_duplicate_key(text: str) -> tuple[int, str] | None:
    """The first key or ``[table]`` written twice, with its line."""
    duplicates = SourceIndex(text).duplicates
    return duplicates[0] if duplicates else None


def _decode(path: Path, raw: bytes) -> tuple[str | None, list[Problem]]:
    """The file's text (BOM dropped, CRLF made LF), or the problem that stops reading it."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [
            Problem(path, line, f"not valid UTF-8 (byte {error.start + 1}); expected UTF-8 text")
        ]
    return text.replace("\r\n", "\n"), []


def parse_script_text(text: str, path: Path) -> tuple[Script | None, list[Problem]]:
    """Parse and validate script text; returns the script (None if any problem) and problems."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return None, [_syntax_problem(path, error, text)]
    check = _Checker(path, SourceIndex(text))
    check.known_keys(data, TOP_KEYS, ())
    meta = _read_meta(check, data)
    person = _read_person(check, data)
    stages = _read_stages(check, data)
    facts = _read_facts(check, data)
    reactions = _read_reactions(check, data)
    demo = _read_demo(check, data, meta.modes if meta else ())
    outcomes = _read_outcomes(check, data)
    problems = sorted(check.problems, key=lambda p: (p.line or 0, p.column or 0))
    if problems:
        return None, problems
    assert meta and person and stages and facts and reactions and demo is not None
    assert outcomes is not None
    return Script(meta, person, stages, facts, reactions, demo, outcomes, path=path), []


def _read(path: Path) -> tuple[Script | None, list[Problem]]:
    """Read, parse and validate one script file."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        return None, [
            Problem(
                path,
                None,
                f"cannot read the file: {reason}; expected a readable conversation script (.toml)",
            )
        ]
    text, problems = _decode(path, raw)
    if text is None:
        return None, problems
    return parse_script_text(text, path)


def check_script(path: Path) -> list[Problem]:
    """Every problem in the script file at ``path``; empty when it is good."""
    return _read(Path(path))[1]


def load_script(path: Path) -> Script:
    """The script at ``path``; raises ScriptError listing every problem when it is not good."""
    script, problems = _read(Path(path))
    if script is None:
        raise ScriptError(problems)
    return script


def scan_scripts(folder: Path | None = None) -> tuple[list[Script], dict[Path, list[Problem]]]:
    """Every ``*.toml`` script in ``folder`` (default: the bundled scripts): the good ones
    sorted by title, and the problems of the bad ones by file."""
    folder = paths.bundled_scripts_dir() if folder is None else Path(folder)
    good: list[Script] = []
    bad: dict[Path, list[Problem]] = {}
    try:
        files = sorted(p for p in folder.glob("*.toml") if p.is_file())
    except OSError:
        files = []
    for file in files:
        script, problems = _read(file)
        if script is None:
            bad[file] = problems
        else:
            good.append(script)
    good.sort(key=lambda s: (s.meta.title.casefold(), s.meta.id))
    return good, bad


def list_scripts(folder: Path | None = None) -> list[Script]:
    """The good scripts in ``folder`` (default: the bundled scripts), sorted by title."""
    return scan_scripts(folder)[0]


def load_bundled(script_id: str | None = None, folder: Path | None = None) -> Script:
    """The script with this meta id (default: the default script) from the bundled scripts
    folder or ``folder``; raises UnknownScript listing the ids there are, or ScriptError."""
    folder = paths.bundled_scripts_dir() if folder is None else Path(folder)
    wanted = script_id or paths.DEFAULT_SCRIPT_ID
    named = folder / f"{wanted}.toml"
    if named.is_file():
        script, problems = _read(named)
        if script is not None and script.meta.id == wanted:
            return script
        if script is None and _id_in_text(named) == wanted:
            raise ScriptError(problems)
    good, bad = scan_scripts(folder)
    for script in good:
        if script.meta.id == wanted:
            return script
    for file, problems in bad.items():
        if _id_in_text(file) == wanted:
            raise ScriptError(problems)
    raise UnknownScript(wanted, folder, sorted(s.meta.id for s in good))


def _id_in_text(path: Path) -> str | None:
    """The ``[script] id`` of a file that may not be a valid script, when it can be read."""
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    meta = data.get("script")
    value = meta.get("id") if isinstance(meta, dict) else None
    return value if isinstance(value, str) else None
