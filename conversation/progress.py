"""A practitioner's progress: their figures session by session, oldest first, and the change
from the first to the latest.

Pure domain code. The figures come from the same analysis as each session's feedback (the
labels saved with each line), so the progress of a practitioner is the sum of what their
sessions already said. Names match ignoring case and accents.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from conversation.analysis import feedback
from conversation.errors import ConversationError
from conversation.model import Mode, Speaker, Stage, Trap
from conversation.names import same_name
from conversation.outcomes import check_outcome
from conversation.session import Session
from conversation.store import SessionStore

PROGRESS_MODES = (Mode.PRACTISE, Mode.RECORD, Mode.SUPERVISE)
"""Modes in which the practitioner typed their own lines (a demonstration has none)."""


@dataclass(frozen=True)
class SessionFigures:
    """One session's figures for the progress table."""

    id: str
    started: datetime
    mode: Mode
    script_id: str
    turns: int
    """The practitioner's own lines."""
    open_share: float | None
    """Open questions as a share of all questions, 0 to 1; None when no questions."""
    reflections_per_question: float | None
    """Reflections per question (R:Q); None when no questions."""
    traps_per_10: dict[Trap, float] = field(default_factory=dict)
    """Trap warnings per 10 of the practitioner's lines, for every trap."""
    stages: tuple[Stage, ...] = ()
    """The stages in which the practitioner said something."""
    outcomes: int = 0
    outcomes_passing: int = 0
    """Draft outcomes the outcome checker passes as personal outcomes."""

    @property
    def traps_per_10_total(self) -> float:
        """All trap warnings per 10 lines."""
        return sum(self.traps_per_10.values())

    def to_json(self) -> dict[str, Any]:
        """The session's figures as one JSON object (``conversation progress --json``)."""
        return {
            "id": self.id,
            "started": self.started.isoformat(),
            "mode": self.mode.value,
            "script": self.script_id,
            "turns": self.turns,
            "open_question_share": _round(self.open_share),
            "reflections_per_question": _round(self.reflections_per_question),
            "traps_per_10_turns": {trap.value: _round(v) for trap, v in self.traps_per_10.items()},
            "traps_per_10_turns_total": _round(self.traps_per_10_total),
            "stages_covered": [stage.value for stage in self.stages],
            "outcomes": self.outcomes,
            "outcomes_passing": self.outcomes_passing,
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def session_figures(session: Session) -> SessionFigures:
    """The progress figures of one session."""
    result = feedback(session.turns)
    turns = result.practitioner_turns
    per_10 = {
        trap: (len(result.traps.get(trap, [])) * 10 / turns if turns else 0.0) for trap in Trap
    }
    used = {turn.stage for turn in session.turns if turn.speaker is Speaker.PRACTITIONER}
    passing = sum(
        1 for outcome in session.outcomes
        if outcome.text.strip() and check_outcome(outcome.text).personal_outcome
    )
    return SessionFigures(
        id=session.id,
        started=session.started,
        mode=session.mode,
        script_id=session.script_id,
        turns=turns,
        open_share=result.open_share if result.questions else None,
        reflections_per_question=result.reflection_to_question,
        traps_per_10=per_10,
        stages=tuple(stage for stage in Stage if stage in used),
        outcomes=len(session.outcomes),
        outcomes_passing=passing,
    )


@dataclass(frozen=True)
class Progress:
    """A practitioner's sessions, oldest first, with the files that could not be read."""

    name: str
    """The name as their latest session spells it (as asked for, when there are none)."""
    sessions: tuple[SessionFigures, ...]
    unreadable: tuple[str, ...] = ()

    def change(self) -> dict[str, float | None]:
        """The change from the first session to the latest in each figure (None where either
        has no value, or there is only one session)."""
        if len(self.sessions) < 2:
            return {key: None for key in CHANGE_KEYS}
        first, latest = self.sessions[0], self.sessions[-1]
        return {key: _difference(_figure(first, key), _figure(latest, key)) for key in CHANGE_KEYS}


CHANGE_KEYS = (
    "turns",
    "open_question_share",
    "reflections_per_question",
    "traps_per_10_turns_total",
    "stages_covered",
    "outcomes_passing",
)
"""The figures whose change from first to latest is shown."""


def _figure(figures: SessionFigures, key: str) -> float | None:
    values: dict[str, float | None] = {
        "turns": float(figures.turns),
        "open_question_share": figures.open_share,
        "reflections_per_question": figures.reflections_per_question,
        "traps_per_10_turns_total": figures.traps_per_10_total,
        "stages_covered": float(len(figures.stages)),
        "outcomes_passing": float(figures.outcomes_passing),
    }
    return values[key]


def _difference(first: float | None, latest: float | None) -> float | None:
    if first is None or latest is None:
        return None
    return round(latest - first, 4)


def progress_of(sessions: Iterable[Session], name: str) -> Progress:
    """The progress of the practitioner called ``name`` over ``sessions`` (any order)."""
    mine = [
        session for session in sessions
        if session.mode in PROGRESS_MODES and same_name(session.practitioner, name)
    ]
    mine.sort(key=lambda session: (session.started.timestamp(), session.id))
    shown = mine[-1].practitioner.strip() if mine else name
    return Progress(shown, tuple(session_figures(session) for session in mine))


def load_progress(store: SessionStore, name: str) -> Progress:
    """The progress of ``name`` over the sessions in ``store`` (only their sessions are read
    in full; unreadable files are named, not skipped silently)."""
    sessions: list[Session] = []
    unreadable: list[str] = []
    for summary in store.list():
        if summary.error is not None:
            unreadable.append(f"{summary.path.name}: {summary.error}")
            continue
        if summary.mode not in PROGRESS_MODES or not same_name(summary.practitioner, name):
            continue
        try:
            sessions.append(store.load(summary.id))
        except ConversationError as error:
            unreadable.append(str(error))
    progress = progress_of(sessions, name)
    return Progress(progress.name, progress.sessions, tuple(unreadable))


def share(value: float | None) -> str:
    """A share as a whole percentage, or a dash."""
    return "-" if value is None else f"{value:.0%}"


def number(value: float | None, places: int = 2) -> str:
    """A figure to ``places`` decimals, or a dash."""
    return "-" if value is None else f"{value:.{places}f}"


def signed(value: float | None, percent: bool = False, places: int = 2) -> str:
    """A change with its sign (+0.25, -10 points), or a dash."""
    if value is None:
        return "-"
    if percent:
        return f"{value * 100:+.0f} points"
    return f"{value:+.{places}f}"


def top_traps(figures: SessionFigures, limit: int = 3) -> str:
    """The session's traps per 10 lines, largest first ('expert 2.0, power 1.0'), or 'none'."""
    found = sorted(
        ((trap, value) for trap, value in figures.traps_per_10.items() if value > 0),
        key=lambda pair: (-pair[1], list(Trap).index(pair[0])),
    )
    if not found:
        return "none"
    return ", ".join(f"{trap.title.lower()} {value:.1f}" for trap, value in found[:limit])


def series(progress: Progress) -> dict[str, list[float]]:
    """The figures to chart, session by session (a missing value counts as 0)."""
    return {
        "Open questions (%)": [
            (figures.open_share or 0.0) * 100 for figures in progress.sessions
        ],
        "Reflections per question": [
            figures.reflections_per_question or 0.0 for figures in progress.sessions
        ],
        "Traps per 10 lines": [figures.traps_per_10_total for figures in progress.sessions],
    }


def progress_rows(progress: Progress) -> list[list[str]]:
    """The progress table's rows (without the header), one per session."""
    rows: list[list[str]] = []
    for figures in progress.sessions:
        rows.append([
            f"{figures.started:%Y-%m-%d}",
            figures.mode.value,
            figures.script_id,
            str(figures.turns),
            share(figures.open_share),
            number(figures.reflections_per_question),
            number(figures.traps_per_10_total, 1),
            top_traps(figures),
            f"{len(figures.stages)}/5",
            f"{figures.outcomes_passing}/{figures.outcomes}",
        ])
    return rows


PROGRESS_COLUMNS = (
    "date", "mode", "script", "turns", "open q", "refl/q", "traps/10", "traps by kind",
    "stages", "outcomes ok",
)
"""The progress table's header."""


def change_row(progress: Progress) -> list[str]:
    """The table's last row: the change from the first session to the latest."""
    change = progress.change()
    return [
        "change", "", "", signed(change["turns"], places=0),
        signed(change["open_question_share"], percent=True),
        signed(change["reflections_per_question"]),
        signed(change["traps_per_10_turns_total"], places=1), "",
        signed(change["stages_covered"], places=0), signed(change["outcomes_passing"], places=0),
    ]


def progress_markdown(progress: Progress, title_name: str | None = None) -> str:
    """The progress as Markdown: the table, the change, and what the figures mean."""
    from conversation.report import escape_markdown

    name = title_name if title_name is not None else progress.name
    lines = [f"# Progress: {escape_markdown(name)}", ""]
    if not progress.sessions:
        return "\n".join([*lines, "No practise, record or supervise sessions yet.", ""])
    header = "| " + " | ".join(PROGRESS_COLUMNS) + " |"
    lines += [header, "|" + "---|" * len(PROGRESS_COLUMNS)]
    for row in [*progress_rows(progress), change_row(progress)]:
        lines.append("| " + " | ".join(escape_markdown(cell) for cell in row) + " |")
    lines += [
        "",
        f"{len(progress.sessions)} sessions, oldest first. 'open q' is the share of questions "
        "that were open; 'refl/q' is reflections per question (guidance from MITI 4.2.1: fair "
        "1, good 2; expert opinion, for conversations with a target behaviour); 'traps/10' is "
        "trap warnings per 10 of the practitioner's lines; 'outcomes ok' counts the draft "
        "outcomes the outcome checker passes as personal outcomes.",
        "",
    ]
    return "\n".join(lines)


def progress_svg(progress: Progress, width: int = 600, row_height: int = 90) -> str:
    """A small inline SVG chart: one line per figure, session by session, each on its own
    scale with its first and latest value written beside it."""
    charts = series(progress)
    height = row_height * len(charts) + 10
    left, right = 190, 80
    plot_width = width - left - right
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="Progress across sessions">'
    ]
    for index, (label, values) in enumerate(charts.items()):
        top = 10 + index * row_height
        bottom = top + row_height - 30
        parts.append(
            f'<text x="0" y="{top + 15}" font-size="13" font-family="sans-serif">'
            f"{_xml(label)}</text>"
        )
        parts.append(
            f'<line x1="{left}" y1="{bottom}" x2="{left + plot_width}" y2="{bottom}" '
            'stroke="#999" stroke-width="1"/>'
        )
        if not values:
            continue
        ceiling = max(max(values), 1e-9)
        count = len(values)
        points = []
        for position, value in enumerate(values):
            x = left + (plot_width * position / (count - 1) if count > 1 else plot_width / 2)
            y = bottom - (bottom - top) * (value / ceiling)
            points.append((round(x, 1), round(y, 1)))
        path = " ".join(f"{x},{y}" for x, y in points)
        parts.append(
            f'<polyline points="{path}" fill="none" stroke="#1f5fa8" stroke-width="2"/>'
        )
        for x, y in points:
            parts.append(f'<circle cx="{x}" cy="{y}" r="3" fill="#1f5fa8"/>')
        parts.append(
            f'<text x="{left + plot_width + 8}" y="{top + 15}" font-size="12" '
            f'font-family="sans-serif">{values[0]:.1f} → {values[-1]:.1f}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

