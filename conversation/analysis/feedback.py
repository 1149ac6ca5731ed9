"""Session feedback figures from the practitioner's turns: acts, ratios, summaries, traps.

The reflection-to-question thresholds come from Motivational Interviewing coding (MITI
4.2.1) and are shown as guidance only: a 'what matters' conversation has no target behaviour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from conversation.model import Act, Speaker, Trap, TrapWarning

if TYPE_CHECKING:
    from conversation.session import Turn

RQ_FAIR = 1.0
"""MITI 4.2.1 reflection-to-question ratio taken as fair (guidance)."""
RQ_GOOD = 2.0
"""MITI 4.2.1 reflection-to-question ratio taken as good (guidance)."""


@dataclass(frozen=True)
class TrapLine:
    """One practitioner line that triggered a trap, with the triggering words."""

    turn_index: int
    text: str
    evidence: str


@dataclass
class Feedback:
    """Counts and ratios for one conversation, with guidance text."""

    practitioner_turns: int = 0
    acts: dict[Act, int] = field(default_factory=lambda: {act: 0 for act in Act})
    traps: dict[Trap, list[TrapLine]] = field(default_factory=dict)

    @property
    def questions(self) -> int:
        """Open plus closed questions."""
        return self.acts[Act.OPEN_QUESTION] + self.acts[Act.CLOSED_QUESTION]

    @property
    def reflections(self) -> int:
        """Reflections asked or given (summaries counted separately)."""
        return self.acts[Act.REFLECTION]

    @property
    def summaries(self) -> int:
        """Summaries given."""
        return self.acts[Act.SUMMARY]

    @property
    def open_share(self) -> float:
        """Share of questions that were open, 0 to 1 (0 when no questions)."""
        return self.acts[Act.OPEN_QUESTION] / self.questions if self.questions else 0.0

    @property
    def reflection_to_question(self) -> float | None:
        """Reflections per question (R:Q), or None when no questions were asked."""
        return self.reflections / self.questions if self.questions else None

    @property
    def trap_count(self) -> int:
        """Total trap warnings."""
        return sum(len(lines) for lines in self.traps.values())

    @property
    def rq_band(self) -> str:
        """'good', 'fair', 'below fair' or 'no questions' against the MITI guidance."""
        ratio = self.reflection_to_question
        if ratio is None:
            return "no questions"
        if ratio >= RQ_GOOD:
            return "good"
        if ratio >= RQ_FAIR:
            return "fair"
        return "below fair"

    @property
    def guidance(self) -> list[str]:
        """Plain-words guidance lines, with MITI figures labelled as guidance."""
        lines: list[str] = []
        ratio = self.reflection_to_question
        if ratio is None:
            lines.append("No questions were asked, so there is no reflection-to-question ratio.")
        else:
            lines.append(
                f"Reflections to questions {ratio:.1f}:1 ({self.rq_band}). Guidance from "
                f"Motivational Interviewing coding (MITI 4.2.1): fair 1:1, good 2:1."
            )
        if self.questions:
            lines.append(f"{self.open_share:.0%} of questions were open.")
        if not self.summaries:
            lines.append("No summary yet: draw together what matters before agreeing actions.")
        for trap, trap_lines in self.traps.items():
            lines.append(f"{trap.title}: {len(trap_lines)} time(s). {trap.explanation}")
        return lines

    def to_dict(self) -> dict[str, float]:
        """Plain numbers for saving with the session."""
        figures: dict[str, float] = {
            "practitioner_turns": float(self.practitioner_turns),
            "questions": float(self.questions),
            "open_share": round(self.open_share, 4),
            "reflections": float(self.reflections),
            "summaries": float(self.summaries),
            "traps": float(self.trap_count),
        }
        ratio = self.reflection_to_question
        if ratio is not None:
            figures["reflection_to_question"] = round(ratio, 4)
        for act, count in self.acts.items():
            figures[f"act_{act.value}"] = float(count)
        for trap in Trap:
            figures[f"trap_{trap.value}"] = float(len(self.traps.get(trap, [])))
        return figures


def feedback(turns: Sequence[Turn]) -> Feedback:
    """Feedback figures for the practitioner's turns (other speakers are ignored)."""
    from conversation.analysis import analyse_conversation

    mine = [(index, turn) for index, turn in enumerate(turns)
            if turn.speaker is Speaker.PRACTITIONER]
    needs = [turn.text for _i, turn in mine]
    analysed = analyse_conversation(needs)
    result = Feedback(practitioner_turns=len(mine))
    for (index, turn), analysis in zip(mine, analysed, strict=True):
        act = turn.act if turn.act is not None else analysis.act
        warnings: Sequence[TrapWarning] = turn.warnings if turn.act is not None else \
            analysis.warnings
        result.acts[act] += 1
        for warning in warnings:
            result.traps.setdefault(warning.trap, []).append(
                TrapLine(index, turn.text, warning.evidence)
            )
    return result
