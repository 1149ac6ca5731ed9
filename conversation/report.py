"""A session report a supervisor can file: Markdown (or HTML) from a saved session.

The person's and the practitioner's words are quoted verbatim; with ``anonymise`` every
occurrence of their names is replaced. Feedback figures from MITI coding are labelled as
guidance. Pure domain code: nothing here knows about the screen.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from conversation.analysis import feedback as conversation_feedback
from conversation.checklist import CHECKLIST
from conversation.model import FactKind, Mode, Speaker, Stage, SupportLayer
from conversation.names import anonymous_id, fold, fold_map, slug
from conversation.outcomes import AUTO_CHECKS, MANUAL_CHECKS
from conversation.session import Session

_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<|~])|&(?=#?\w+;)")
"""Characters that change meaning anywhere in a line (emphasis, code, links, raw HTML, table
cells, strike-through, entities); ordinary punctuation such as . ( ) ! - # is left alone."""
_MARKDOWN_LINE_START = re.compile(
    r"^(?P<lead>\s*)(?:(?P<number>\d{1,9})(?P<mark>[.)])(?=\s|$)"
    r"|(?P<start>#+(?=\s|$)|[-+](?=\s|$)|>|[-=]+\s*$))",
    re.MULTILINE,
)
"""What would start a heading, quote, list item or rule at the start of a line."""


def _escape_line_start(found: re.Match[str]) -> str:
    if found.group("number") is not None:
        return f"{found.group('lead')}{found.group('number')}\\{found.group('mark')}"
    return f"{found.group('lead')}\\{found.group('start')}"


_Say = Callable[[str], str]
_PERSON_STAND_IN = "the person"
_PRACTITIONER_STAND_IN = "the practitioner"
_SUPERVISEE_STAND_IN = "the supervisee"
_SUPERVISOR_STAND_IN = "the supervisor"


@dataclass(frozen=True)
class Redaction:
    """Names to replace in an anonymised report, each with its stand-in."""

    names: tuple[tuple[str, str], ...]

    def apply(self, text: str) -> str:
        """The text with every listed name replaced: the whole name, each part of it longer
        than two letters, and its run-together form ('sionedrees'), as whole words in any
        case and with or without accents ('Siân', 'SIAN', 'Sian's')."""
        for name, stand_in in self.names:
            parts = [fold(part) for part in name.split() if fold(part)]
            if not parts:
                continue
            patterns = [r"\s+".join(re.escape(part) for part in parts)]
            patterns += [re.escape(part) for part in parts if len(part) > 2]
            joined = slug(name)
            if len(parts) > 1 and len(joined) > 2:
                patterns.append(re.escape(joined))
            for pattern in patterns:
                text = _replace_folded(text, rf"\b{pattern}\b", stand_in)
        return text

    @property
    def plain_names(self) -> tuple[str, ...]:
        """The names themselves, without their stand-ins."""
        return tuple(name for name, _stand_in in self.names)


def _replace_folded(text: str, pattern: str, stand_in: str) -> str:
    """Replace each match of ``pattern`` in the folded text (no accents, case folded) in the
    original text, leaving everything around it exactly as it was."""
    folded, origin = fold_map(text)
    spans: list[tuple[int, int]] = []
    for match in re.finditer(pattern, folded):
        if match.end() <= match.start():
            continue
        start = origin[match.start()]
        end = origin[match.end() - 1] + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        spans.append((start, end))
    for start, end in reversed(spans):
        text = text[:start] + stand_in + text[end:]
    return text


def redaction_for(session: Session, person_names: Iterable[str] = ()) -> Redaction:
    """The names in a session that an anonymised report replaces."""
    person_stand_in, practitioner_stand_in = stand_ins(session.mode)
    names: list[tuple[str, str]] = []
    for name in (session.person, *person_names):
        if name.strip():
            names.append((name.strip(), person_stand_in))
    if session.practitioner.strip():
        names.append((session.practitioner.strip(), practitioner_stand_in))
    names.sort(key=lambda pair: len(pair[0]), reverse=True)
    return Redaction(tuple(names))


def stand_ins(mode: Mode) -> tuple[str, str]:
    """What an anonymised report calls the person and the practitioner in this mode."""
    if mode is Mode.SUPERVISE:
        return _SUPERVISEE_STAND_IN, _SUPERVISOR_STAND_IN
    return _PERSON_STAND_IN, _PRACTITIONER_STAND_IN


def report_id(session: Session, anonymise: bool = False) -> str:
    """The session id as a report shows it: with no name in it when anonymised."""
    if not anonymise:
        return session.id
    return anonymous_id(session.id, (session.practitioner, session.person))


def _escape(text: str) -> str:
    """Markdown-escape text so it renders exactly as typed, on one logical block, and still
    reads as the plain words in a terminal: only what Markdown would act on is escaped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    escaped = _MARKDOWN_INLINE.sub(lambda found: "\\" + found.group(0), text)
    escaped = _MARKDOWN_LINE_START.sub(_escape_line_start, escaped)
    return escaped.replace("\n", "  \n")


def escape_markdown(text: str) -> str:
    """Markdown-escape text so it renders exactly as typed (for other reports built here)."""
    return _escape(text)


def _when(moment: datetime | None) -> str:
    """A readable timestamp, or a dash."""
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "-"


def _minutes(seconds: float) -> str:
    """Seconds as m:ss."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def session_report(
    session: Session, *, anonymise: bool = False, person_names: Iterable[str] = ()
) -> str:
    """The Markdown report of one session."""
    redact = redaction_for(session, person_names).apply if anonymise else (lambda text: text)

    def say(text: str) -> str:
        return _escape(redact(text))

    person_stand_in, practitioner_stand_in = stand_ins(session.mode)
    person = person_stand_in if anonymise else session.person
    practitioner = practitioner_stand_in if anonymise else session.practitioner
    practitioner_role, person_role = speaker_titles(session.mode)
    out: list[str] = [f"# Conversation record: {_escape(report_id(session, anonymise))}", ""]
    out += [
        f"- **Mode:** {session.mode.value}",
        f"- **Script:** {_escape(session.script_id)} (version {_escape(session.script_version)})",
        f"- **{practitioner_role}:** {_escape(practitioner) or '-'}",
        f"- **{person_role}:** {_escape(person) or '-'}"
        + (" (pseudonym)" if session.mode is Mode.RECORD and not anonymise else ""),
        f"- **Started:** {_when(session.started)}  ",
        f"- **Ended:** {_when(session.ended)}",
        f"- **Stage reached:** {session.stage.number}. {session.stage.title}",
        "",
    ]
    out += _stage_section(session)
    out += _transcript_section(session, say)
    out += _board_section(session, say)
    out += _feedback_section(session, say)
    out += _outcomes_section(session, say)
    out += _notes_section(session, say)
    out += _supervision_section(session, say, anonymise)
    out += _checklist_section(session)
    return "\n".join(out).rstrip() + "\n"


def speaker_titles(mode: Mode) -> tuple[str, str]:
    """What the report calls the two voices: practitioner and person, or in supervise mode
    supervisor and supervisee."""
    return ("Supervisor", "Supervisee") if mode is Mode.SUPERVISE else ("Practitioner", "Person")


def _supervision_section(session: Session, say: _Say, anonymise: bool) -> list[str]:
    """The sessions reviewed alongside and the actions agreed (supervise mode)."""
    if not session.reviewed and not session.agreed_actions:
        return []
    lines = ["## Supervision", ""]
    if session.reviewed:
        names = (session.practitioner, session.person)
        shown = [anonymous_id(reviewed, names) if anonymise else reviewed
                 for reviewed in session.reviewed]
        lines += ["Sessions reviewed: " + ", ".join(say(each) for each in shown), ""]
    if session.agreed_actions:
        lines += ["Agreed actions:", "", "| what | who | by when | why |", "|---|---|---|---|"]
        for action in session.agreed_actions:
            lines.append(
                f"| {say(action.what)} | {say(action.who)} | {action.by.isoformat()} | "
                f"{say(action.why)} |"
            )
        lines.append("")
    return lines


def _stage_section(session: Session) -> list[str]:
    lines = ["## Time in each stage", "", "| stage | time (m:ss) | practitioner turns |",
             "|---|---|---|"]
    for stage in Stage:
        turns = sum(1 for turn in session.turns
                    if turn.stage is stage and turn.speaker is Speaker.PRACTITIONER)
        seconds = session.stage_seconds.get(stage, 0.0)
        lines.append(f"| {stage.number}. {stage.title} | {_minutes(seconds)} | {turns} |")
    return [*lines, ""]


def _transcript_section(session: Session, say: _Say) -> list[str]:
    lines = ["## Conversation", ""]
    if not session.turns:
        return [*lines, "No turns were recorded.", ""]
    for number, turn in enumerate(session.turns, 1):
        practitioner_role, person_role = speaker_titles(session.mode)
        who = {"practitioner": practitioner_role, "person": person_role, "note": "Note"}[
            turn.speaker.value
        ]
        tags = [turn.stage.title]
        if turn.act is not None:
            tags.append(turn.act.title)
        if turn.own_words:
            tags.append(f"{person_role.lower()}'s own words")
        lines.append(f"{number}. **{who}** ({', '.join(tags)}): {say(turn.text)}")
        for warning in turn.warnings:
            lines.append(
                f"    - Trap: **{warning.trap.title}**: \"{say(warning.evidence)}\". "
                f"Better: {say(warning.suggestion)}"
            )
    return [*lines, ""]


def _board_section(session: Session, say: _Say) -> list[str]:
    if not session.board:
        return []
    lines = ["## What matters", ""]
    for kind in FactKind:
        entries = [entry for entry in session.board if entry.kind is kind]
        if not entries:
            continue
        lines.append(f"**{kind.title}**")
        lines.append("")
        for entry in entries:
            scale = f" ({entry.scale}/10)" if entry.scale is not None else ""
            lines.append(f"- {say(entry.text)}{scale}")
        lines.append("")
    return lines


def _feedback_section(session: Session, say: _Say) -> list[str]:
    figures = conversation_feedback(session.turns)
    if figures.practitioner_turns == 0:
        return []
    ratio = figures.reflection_to_question
    lines = [
        "## Feedback",
        "",
        f"- Practitioner turns: {figures.practitioner_turns}",
        f"- Questions: {figures.questions} ({figures.open_share:.0%} open)",
        f"- Reflections: {figures.reflections}; summaries: {figures.summaries}",
        f"- Reflection-to-question ratio: {'-' if ratio is None else f'{ratio:.2f}'}",
        f"- Traps: {figures.trap_count}",
        "",
        "Guidance (MITI 4.2.1 thresholds are expert opinion for conversations with a target "
        "behaviour; use them as a guide only):",
        "",
    ]
    lines += [f"- {say(line)}" for line in figures.guidance]
    lines.append("")
    for trap, trap_lines in figures.traps.items():
        lines.append(f"**{trap.title} trap** ({trap.stance})")
        lines.append("")
        for line in trap_lines:
            lines.append(f"- \"{say(line.text)}\" (evidence: \"{say(line.evidence)}\")")
        lines.append("")
    skipped = [stage for stage in Stage if not any(
        turn.stage is stage and turn.speaker is Speaker.PRACTITIONER for turn in session.turns)]
    if skipped:
        lines += ["Stages with no practitioner turn: "
                  + ", ".join(f"{s.number}. {s.title}" for s in skipped), ""]
    return lines


def _outcomes_section(session: Session, say: _Say) -> list[str]:
    if not session.outcomes:
        return []
    titles = {**AUTO_CHECKS, **MANUAL_CHECKS}
    lines = ["## Draft outcomes", ""]
    for number, outcome in enumerate(session.outcomes, 1):
        kind = outcome.kind.value if outcome.kind else "kind not set"
        if outcome.kind and outcome.kind_chosen:
            kind += " (chosen by the practitioner)"
        lines += [f"### Outcome {number}: {say(outcome.text) or '(no wording yet)'}", "",
                  f"- Kind: {kind}"]
        for label, value in (("What matters", outcome.matters), ("Working", outcome.working),
                             ("Not working", outcome.not_working),
                             ("Change wanted", outcome.change_wanted),
                             ("Tried and own ideas", outcome.tried)):
            if value.strip():
                lines.append(f"- {label}: {say(value)}")
        if outcome.checks:
            ticks = [f"{'yes' if ok else 'no'}: {titles.get(check, check)}"
                     for check, ok in outcome.checks.items()]
            lines.append("- Checks: " + "; ".join(_escape(t) for t in ticks))
        layers = [(layer, outcome.support.get(layer, "")) for layer in SupportLayer]
        if any(text.strip() for _layer, text in layers):
            lines += ["", "Support Sequence:", ""]
            for layer, text in layers:
                if text.strip():
                    lines.append(f"- {layer.title}: {say(text)}")
        if outcome.actions:
            lines += ["", "| what | who | by when | why |", "|---|---|---|---|"]
            for action in outcome.actions:
                lines.append(
                    f"| {say(action.what)} | {say(action.who)} | {action.by.isoformat()} | "
                    f"{say(action.why)} |"
                )
        lines.append("")
    return lines


def _notes_section(session: Session, say: _Say) -> list[str]:
    if not session.notes:
        return []
    lines = ["## Notes", ""]
    for note in session.notes:
        kind = "Opinion" if note.is_opinion else "Fact"
        lines.append(f"- **{kind}** ({_when(note.time)}): {say(note.text)}")
    return [*lines, ""]


def _checklist_section(session: Session) -> list[str]:
    if not session.checklist:
        return []
    lines = ["## Self-review", ""]
    for item in CHECKLIST:
        if item.id in session.checklist:
            mark = "x" if session.checklist[item.id] else " "
            lines.append(f"- [{mark}] {_escape(item.text)}")
    return [*lines, ""]


def report_html(markdown: str, title: str, figure: str = "") -> str:
    """The report as a standalone HTML page (raw HTML in the text is never passed through);
    ``figure`` is trusted markup the product made itself (an inline SVG chart), put after
    the text."""
    from markdown_it import MarkdownIt

    body = MarkdownIt("js-default").enable("table").render(markdown)
    safe_title = (title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    chart = f"<figure>\n{figure}\n</figure>\n" if figure else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{safe_title}</title>\n"
        "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.5}"
        "table{border-collapse:collapse}td,th{border:1px solid #888;padding:.2em .5em}</style>\n"
        f"</head>\n<body>\n{body}{chart}</body>\n</html>\n"
    )

