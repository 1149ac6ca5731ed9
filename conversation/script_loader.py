"""Load and validate conversation scripts (``scripts/*.toml``).

Scripts are written by people, so the validator reports every problem it finds at once, each
naming the file, the line, the key and what was expected (see ``script_checks`` for the value
checks and ``toml_source`` for how lines are found).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
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
from conversation.script_checks import ValueChecker, describe, key_name
from conversation.toml_source import (
    KeyPath,
    SourceIndex,
    decode_toml_bytes,
    syntax_problem,
)

SCRIPT_MODES: tuple[Mode, ...] = (Mode.DEMONSTRATE, Mode.PRACTISE, Mode.RECORD, Mode.SUPERVISE)
DEMO_SPEAKERS: tuple[Speaker, ...] = (Speaker.PRACTITIONER, Speaker.PERSON)
SCRIPT_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
FACT_ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*\Z")

TOP_KEYS = ("script", "person", "stages", "facts", "reactions", "demo", "outcomes")
SCRIPT_KEYS = ("id", "title", "setting", "modes", "language", "version")
PERSON_KEYS = ("name", "age", "background", "opening")
STAGE_KEYS = ("guidance", "prompts")
FACT_KEYS = ("id", "kind", "summary", "topics", "reply", "deeper", "scale")
REACTION_KEYS = (
    "closed_question", "unknown", "summary_confirmed", "summary_corrected", "greeting", "thanks",
    "social", "permission", "traps",
)
OPTIONAL_REACTIONS = ("greeting", "thanks", "social", "permission")
DEMO_KEYS = ("stage", "speaker", "text", "note", "trap", "trap_text", "trap_reaction")
TRAP_VARIANT_KEYS = ("trap", "trap_text", "trap_reaction")
OUTCOME_KEYS = ("text", "kind", "note")


class UnknownScript(ConversationError, KeyError):
    """No script with the asked-for id; the message lists the ids there are."""

    def __init__(
        self, script_id: str, folder: Path, available: Sequence[str], where: str | None = None
    ) -> None:
        self.script_id = script_id
        self.folder = folder
        self.available = tuple(available)
        listed = ", ".join(self.available) if self.available else "none"
        self.message = (
            f"no conversation script with id '{script_id}' in {where or folder} "
            f"(available: {listed})"
        )
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


# The parts of a script


def _read_meta(check: ValueChecker, data: dict[str, Any]) -> ScriptMeta | None:
    """The ``[script]`` table."""
    table = check.table(data, "script", ("script",), SCRIPT_KEYS)
    if table is None:
        return None
    path: KeyPath = ("script",)
    check.known_keys(table, SCRIPT_KEYS, path)
    script_id = check.text(table, "id", path)
    if script_id is not None and not SCRIPT_ID_PATTERN.match(script_id):
        check.report(
            (*path, "id"),
            f"{key_name((*path, 'id'))} is '{script_id}'; expected lower-case letters, digits and "
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


def _read_modes(
    check: ValueChecker, table: dict[str, Any], path: KeyPath
) -> tuple[Mode, ...] | None:
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
                f"unknown mode '{value}' in {key_name((*path, 'modes'))}; expected any of: "
                f"{', '.join(names)}",
            )
        elif Mode(value) not in modes:
            modes.append(Mode(value))
    return tuple(modes) if len(modes) == len(set(values)) else None


def _read_person(check: ValueChecker, data: dict[str, Any]) -> Person | None:
    """The ``[person]`` table."""
    table = check.table(data, "person", ("person",), PERSON_KEYS)
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


def _read_stages(check: ValueChecker, data: dict[str, Any]) -> dict[Stage, StageGuide] | None:
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
            check.report(path, f"[stages.{key}] must be a table, not {describe(value)}")
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


def _read_facts(check: ValueChecker, data: dict[str, Any]) -> tuple[Fact, ...] | None:
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
                    f"{key_name((*path, 'id'))} is '{fact_id}'; expected letters, digits, '_' and "
                    "'-' only, such as 'garden'",
                )
                fact_id = None
            elif fact_id in seen:
                check.report(
                    (*path, "id"),
                    f"duplicate fact id '{fact_id}' for {key_name((*path, 'id'))}; already used by "
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
        elif "scale" in table and kind is not None:
            check.report(
                (*path, "scale"),
                f"{key_name((*path, 'scale'))} is only for facts of kind 'scale'; remove it or "
                'set kind = "scale"',
            )
            complete = False
        if None in (fact_id, kind, summary, topics, reply, deeper):
            complete = False
            continue
        assert fact_id and kind and summary and topics and reply and deeper
        facts.append(Fact(fact_id, FactKind(kind), summary, topics, reply, deeper, scale))
    return tuple(facts) if complete else None


def _read_reactions(check: ValueChecker, data: dict[str, Any]) -> Reactions | None:
    """The ``[reactions]`` table and its ``[reactions.traps]`` lists."""
    table = check.table(data, "reactions", ("reactions",), REACTION_KEYS)
    if table is None:
        return None
    path: KeyPath = ("reactions",)
    check.known_keys(table, REACTION_KEYS, path)
    closed = check.texts(table, "closed_question", path)
    unknown = check.texts(table, "unknown", path)
    confirmed = check.texts(table, "summary_confirmed", path)
    corrected = check.texts(table, "summary_corrected", path)
    optional = {
        key: check.texts(table, key, path) if key in table else ()
        for key in OPTIONAL_REACTIONS
    }
    traps = _read_trap_reactions(check, table)
    if None in (closed, unknown, confirmed, corrected, traps, *optional.values()):
        return None
    assert closed and unknown and confirmed and corrected and traps is not None
    return Reactions(
        traps, closed, unknown, confirmed, corrected,
        greeting=optional["greeting"] or (),
        thanks=optional["thanks"] or (),
        social=optional["social"] or (),
        permission=optional["permission"] or (),
    )


def _read_trap_reactions(
    check: ValueChecker, table: dict[str, Any]
) -> dict[Trap, tuple[str, ...]] | None:
    """``[reactions.traps]``: a list of replies for each trap. A trap left out is not an error
    (the person answers it with an ``unknown`` reply); ``script_lint`` warns about it."""
    trap_ids = [trap.value for trap in Trap]
    path: KeyPath = ("reactions", "traps")
    if "traps" not in table:
        return {}
    traps = check.table(table, "traps", path, [t.value for t in Trap])
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
    return {trap: result[trap] for trap in Trap if trap in result} if complete else None


def _read_demo(
    check: ValueChecker, data: dict[str, Any], modes: Sequence[Mode]
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
                f"{key_name((*path, given[0]))} is on a person's turn; trap variants belong on "
                "practitioner turns",
            )
            complete = False
        elif given and len(given) < len(TRAP_VARIANT_KEYS):
            missing = [key for key in TRAP_VARIANT_KEYS if key not in table]
            check.report(
                (*path, given[0]),
                f"{key_name(path)} has {', '.join(given)} but not {', '.join(missing)}; expected "
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


def _read_outcomes(check: ValueChecker, data: dict[str, Any]) -> tuple[ModelOutcome, ...] | None:
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


# Public API


def parse_script_text(text: str, path: Path) -> tuple[Script | None, list[Problem]]:
    """Parse and validate script text; returns the script (None if any problem) and problems."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return None, [_name_the_key(syntax_problem(path, error, text), text)]
    check = ValueChecker(path, text)
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


def _name_the_key(problem: Problem, text: str) -> Problem:
    """A syntax problem that also names the key or table written on its line, when known."""
    if problem.line is None or "written twice" in problem.message:
        return problem
    where = SourceIndex(text).path_at(problem.line)
    if not where:
        return problem
    name = key_name(where)
    message = problem.message
    if "; expected" in message:
        head, _, tail = message.partition("; expected")
        message = f"{head} in {name}; expected{tail}"
    else:
        message = f"{message} (in {name})"
    return Problem(problem.path, problem.line, message, problem.column)


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
    text, problems = decode_toml_bytes(path, raw)
    if text is None:
        return None, problems
    return parse_script_text(text, path)


def read_script(path: Path) -> tuple[Script | None, list[Problem]]:
    """The script at ``path`` (None when it is not good) and every problem found in it."""
    return _read(Path(path))


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


def script_id_in_file(path: Path) -> str | None:
    """The ``[script] id`` of a file that may not be a valid script, when it can be read."""
    return _id_in_text(Path(path))


def _id_in_text(path: Path) -> str | None:
    """The ``[script] id`` of a file that may not be a valid script, when it can be read."""
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    meta = data.get("script")
    value = meta.get("id") if isinstance(meta, dict) else None
    return value if isinstance(value, str) else None
