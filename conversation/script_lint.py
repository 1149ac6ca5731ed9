"""Warnings about a script that loads but would teach less than it could.

A script with warnings still loads and plays. The warnings point at what a trainee would miss:
a fact no question in the script leads to, a trap the person has no reaction to, a model
conversation that never shows a summary. Each names the file, the line and the key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from conversation.errors import Problem
from conversation.model import Act, Speaker, Stage, Trap
from conversation.roleplay import RolePlay
from conversation.script import Script
from conversation.script_checks import key_name
from conversation.script_loader import parse_script_text
from conversation.session import RoleplayState
from conversation.toml_source import KeyPath, SourceIndex, decode_toml_bytes

Warn = Callable[[KeyPath, str], Problem]
"""Makes a warning at the line where a key is written."""


@dataclass(frozen=True)
class ScriptReview:
    """What ``validate`` found in one file: problems that stop it loading, and warnings."""

    path: Path
    script: Script | None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def review_script(path: Path) -> ScriptReview:
    """Read the script at ``path``: every problem, and the warnings when it loads."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        problem = Problem(
            path, None, f"cannot read the file: {reason}; expected a readable conversation script"
        )
        return ScriptReview(path, None, [problem])
    text, problems = decode_toml_bytes(path, raw)
    if text is None:
        return ScriptReview(path, None, problems)
    script, problems = parse_script_text(text, path)
    if script is None:
        return ScriptReview(path, None, problems)
    return ScriptReview(path, script, [], script_warnings(script, text, path))


def script_warnings(script: Script, text: str, path: Path | None = None) -> list[Problem]:
    """The warnings for a loaded script whose source is ``text``, in line order."""
    where = path or script.path or Path("script.toml")
    index = SourceIndex(text.removeprefix("\ufeff").replace("\r\n", "\n"))

    def warn(key: KeyPath, message: str) -> Problem:
        return Problem(where, index.line_of(key) or 1, message)

    warnings = [
        *_unreachable_facts(script, warn),
        *_traps_without_reaction(script, warn),
        *_demo_without_summary(script, warn),
    ]
    return sorted(warnings, key=lambda p: p.line or 0)


def script_lines(script: Script) -> list[str]:
    """Every line the script gives a practitioner to follow: the stage prompts, what the
    person says first, and every line of the model conversation."""
    lines = [prompt for guide in script.stages.values() for prompt in guide.prompts]
    lines.append(script.person.opening)
    lines.extend(turn.text for turn in script.demo)
    return lines


def unreachable_facts(script: Script) -> list[str]:
    """Ids of the facts whose topics no stage prompt, opening or demo line touches."""
    person = RolePlay(script, RoleplayState())
    reached: set[str] = set()
    for line in script_lines(script):
        reached.update(fact.id for fact in person.touched(line))
    return [fact.id for fact in script.facts if fact.id not in reached]


def _unreachable_facts(script: Script, warn: Warn) -> list[Problem]:
    out: list[Problem] = []
    unreached = set(unreachable_facts(script))
    for number, fact in enumerate(script.facts):
        if fact.id not in unreached:
            continue
        key: KeyPath = ("facts", number, "topics")
        shown = ", ".join(f"'{topic}'" for topic in fact.topics[:4])
        out.append(
            warn(
                key,
                f"no question in the script reaches fact '{fact.id}': no stage prompt, demo line "
                f"or opening touches its topics ({key_name(key)}: {shown}); expected one of them "
                "in a prompt or a demo line, or topics that those lines use",
            )
        )
    return out


def _traps_without_reaction(script: Script, warn: Warn) -> list[Problem]:
    out: list[Problem] = []
    for trap in Trap:
        if script.reactions.traps.get(trap):
            continue
        out.append(
            warn(
                ("reactions", "traps"),
                f"no reaction to the {trap.title} trap: key '{trap.value}' is missing from "
                "[reactions.traps], so the person answers it with an [reactions] unknown reply; "
                f"expected a list of what they say when a practitioner falls into the "
                f"{trap.title} trap",
            )
        )
    return out


def _demo_without_summary(script: Script, warn: Warn) -> list[Problem]:
    if not script.demo:
        return []
    closing = [
        (number, turn)
        for number, turn in enumerate(script.demo)
        if turn.stage is Stage.SUMMARY and turn.speaker is Speaker.PRACTITIONER
    ]
    if not closing:
        return [
            warn(
                ("demo", len(script.demo) - 1),
                "the demo has no summary: no practitioner turn has stage = \"summary\"; expected "
                "an empowering summary of what matters to the person, their strengths and the "
                "actions they chose",
            )
        ]
    from conversation.analysis import analyse  # only for scripts that load: keeps errors quick

    heard = [analyse(turn.text).act for _, turn in closing]
    if Act.SUMMARY in heard:
        return []
    number = closing[0][0]
    return [
        warn(
            ("demo", number, "text"),
            f"the demo has no summary: no practitioner line in the 'summary' stage reads as one "
            f"({key_name(('demo', number, 'text'))} reads as {heard[0].value.replace('_', ' ')}); "
            "expected a line that gathers what the person said, such as \"Let me check I've "
            'understood: ..."',
        )
    ]
