"""The supervision guidance and question bank: grouped as the practice guidance groups them,
each question one open question with no trap in it, and the supervisee's sessions found by
name whatever the case and accents."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from conversation.analysis import analyse
from conversation.model import Act, Mode, Stage
from conversation.store import SessionSummary
from conversation.supervision import (
    HEART_OF_THE_MATTER,
    QUESTION_BANK,
    SUPERVISION_STAGES,
    bank_questions,
    reviewable_sessions,
)


def test_the_bank_has_the_heart_of_the_matter_and_the_six_groups_of_the_guidance() -> None:
    assert [category.title for category in QUESTION_BANK] == [
        "Heart of the Matter", "The person's story", "Outcomes and hopes",
        "Communication and engagement", "Concerns and risks", "Planning", "Your own practice",
    ]
    assert QUESTION_BANK[0] is HEART_OF_THE_MATTER and len(HEART_OF_THE_MATTER.questions) == 6
    assert all(len(category.questions) >= 3 for category in QUESTION_BANK)
    questions = [question for _category, question in bank_questions()]
    assert len(questions) == len(set(questions)) >= 30


def test_every_bank_question_is_one_open_question_with_no_trap() -> None:
    for _category, question in bank_questions():
        analysis = analyse(question)
        assert analysis.act is Act.OPEN_QUESTION, question
        assert not analysis.warnings, question


def test_every_stage_has_supervision_guidance_and_clean_prompts() -> None:
    assert list(SUPERVISION_STAGES) == list(Stage)
    assert SUPERVISION_STAGES[Stage.OPEN].title == "Welcome and well-being"
    assert SUPERVISION_STAGES[Stage.SUMMARY].title == "Agreed actions"
    for info in SUPERVISION_STAGES.values():
        assert len(info.purpose) > 60 and len(info.prompts) >= 3
        for prompt in info.prompts:
            assert not analyse(prompt).warnings, prompt


def summary(session_id: str, mode: Mode, practitioner: str, day: int) -> SessionSummary:
    """A listed session."""
    return SessionSummary(
        id=session_id, mode=mode, script="s", practitioner=practitioner,
        started=datetime(2026, 11, day, tzinfo=UTC), turns=3, outcomes=0,
        path=Path(f"{session_id}.toml"),
    )


def test_the_supervisees_practise_and_record_sessions_newest_first() -> None:
    listed = [
        summary("a", Mode.PRACTISE, "Siân Jones", 1),
        summary("b", Mode.RECORD, "SIAN JONES", 3),
        summary("c", Mode.DEMONSTRATE, "Siân Jones", 4),
        summary("d", Mode.SUPERVISE, "Siân Jones", 5),
        summary("e", Mode.PRACTISE, "Siôn Jones", 6),
        summary("f", Mode.PRACTISE, "sian jones", 2),
        SessionSummary.unreadable(Path("g.toml"), "damaged"),
    ]
    assert [s.id for s in reviewable_sessions(listed, "Sian  Jones")] == ["b", "f", "a"]
    assert [s.id for s in reviewable_sessions(listed, "Siân Jones", exclude=("b",))] == ["f", "a"]
    assert [s.id for s in reviewable_sessions(listed, "")] == ["e", "b", "f", "a"]
