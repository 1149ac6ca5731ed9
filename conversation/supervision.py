"""Outcome-focused supervision: how a reflective session between supervisor and supervisee
runs through the five stages, the Heart of the Matter questions and the question bank.

Pure domain code. The wording is the product's own; the structure follows the practice
guidance (a welcome and well-being check, updates, reflective discussion about the people
supported, learning and development, agreed actions with who and by when, and the agenda for
next time; the supervisor models the conversation they want the supervisee to have).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from conversation.model import Mode, Stage
from conversation.names import same_name
from conversation.store import SessionSummary

SUPERVISION_SCRIPT_ID = "supervision-difficult-visit"
"""The bundled script a supervision session is filed under, and the scripted supervisee a
supervisor in training can practise with."""

REVIEWABLE_MODES = (Mode.PRACTISE, Mode.RECORD)
"""The modes of the supervisee's earlier sessions that can be reviewed alongside."""


@dataclass(frozen=True)
class SupervisionStage:
    """What one of the five stages is for in a supervision session."""

    stage: Stage
    title: str
    purpose: str
    prompts: tuple[str, ...]


SUPERVISION_STAGES: dict[Stage, SupervisionStage] = {
    Stage.OPEN: SupervisionStage(
        Stage.OPEN,
        "Welcome and well-being",
        "Start with the supervisee as a person: how they are, and what they want to bring "
        "today. Agree the agenda together.",
        (
            "How have things been for you since we last met?",
            "What would you like to make sure we talk about today?",
            "How are you looking after yourself at the moment?",
        ),
    ),
    Stage.LISTEN: SupervisionStage(
        Stage.LISTEN,
        "Their account",
        "Let the supervisee tell the story of their work in their own words; reflect and "
        "summarise as you would with anyone you support. Don't rush in with answers.",
        (
            "It sounds as if that visit has stayed with you.",
            "So what you noticed was ...",
            "Have I understood that right?",
        ),
    ),
    Stage.EXPLORE: SupervisionStage(
        Stage.EXPLORE,
        "Reflective discussion",
        "Think together about the person supported and about the practice: the Heart of the "
        "Matter questions, what worked, what could be done differently. Give the supervisee "
        "time to find their own answers.",
        (
            "What do you think the person would say about that visit?",
            "What went well, even on a hard day?",
            "What might you try next time?",
        ),
    ),
    Stage.INFORM: SupervisionStage(
        Stage.INFORM,
        "Learning and updates",
        "Updates from last time, learning and development, and anything the organisation "
        "needs: ask before offering information or advice, as in any good conversation.",
        (
            "Would it help if I shared something that has worked for others?",
            "What learning would help you with this?",
            "What's happened with the actions from last time?",
        ),
    ),
    Stage.SUMMARY: SupervisionStage(
        Stage.SUMMARY,
        "Agreed actions",
        "Sum up what you have heard, the supervisee's strengths and what they have decided; "
        "agree the actions (what, who, by when) and the agenda for next time.",
        (
            "Can I check I've got the main points?",
            "What will you do first, and by when?",
            "What would you like us to pick up next time?",
        ),
    ),
}


@dataclass(frozen=True)
class QuestionCategory:
    """One group of the supervision question bank."""

    id: str
    title: str
    questions: tuple[str, ...]


HEART_OF_THE_MATTER = QuestionCategory(
    "heart_of_the_matter",
    "Heart of the Matter",
    (
        "What are we working towards with this person?",
        "What is going well for them: what strengths can we build on?",
        "What worries us most here?",
        "Of the options we're weighing up, what do you think needs to happen?",
        "Where have things got to so far?",
        "Where would we like things to be by the next review?",
    ),
)
"""The discussion framework for outcome-focused supervision, in the product's words."""

QUESTION_BANK: tuple[QuestionCategory, ...] = (
    HEART_OF_THE_MATTER,
    QuestionCategory(
        "story",
        "The person's story",
        (
            "Tell me about the person you visited. How would you describe them?",
            "Think of a time things went better for them. What was different then?",
            "What did they draw on then: people, places, their own ways of coping?",
            "How are their beliefs, culture and sense of who they are being respected?",
        ),
    ),
    QuestionCategory(
        "outcomes",
        "Outcomes and hopes",
        (
            "What would the person say they hope for most?",
            "What would they like to achieve, in their own words?",
            "What would they most like to be different in their situation?",
        ),
    ),
    QuestionCategory(
        "communication",
        "Communication and engagement",
        (
            "How did you go about getting to know them and building trust?",
            "How did you make sure they had as much say as possible in the conversation?",
            "How well do you feel you understand their view of their life and how they want "
            "it to be?",
        ),
    ),
    QuestionCategory(
        "risks",
        "Concerns and risks",
        (
            "What is it about where they live or their surroundings that affects them?",
            "What concerns you most about the situation?",
            "What is it that makes this one so hard?",
            "If things stay as they are, where could this end up?",
            "What support could their family or friends give if things went wrong?",
            "What worries them most?",
        ),
    ),
    QuestionCategory(
        "planning",
        "Planning",
        (
            "How well does the plan cover their worries, and the worries of others, you "
            "included?",
            "How does the plan reflect what they hope for?",
            "What ideas do they have themselves for making things better?",
        ),
    ),
    QuestionCategory(
        "practice",
        "Your own practice",
        (
            "Of everything in this piece of work, what are you proudest of?",
            "Which parts of the work went best?",
            "If you were starting this piece of work again, what would you change?",
            "What would the person say was the most helpful thing you did?",
            "How did you help them have more choice and control?",
            "How did you help them see their own strengths and resources?",
            "What has working with them taught you?",
        ),
    ),
)
"""The supervision question bank by category, ready to insert into the line."""


def bank_questions() -> list[tuple[QuestionCategory, str]]:
    """Every question of the bank with its category, in the bank's order."""
    return [(category, question) for category in QUESTION_BANK for question in category.questions]


def reviewable_sessions(
    summaries: Iterable[SessionSummary], supervisee: str, exclude: Sequence[str] = ()
) -> list[SessionSummary]:
    """The supervisee's earlier practise and record sessions, newest first; every such
    session when no supervisee is named. Names match ignoring case and accents."""
    found = [
        summary
        for summary in summaries
        if summary.error is None
        and summary.mode in REVIEWABLE_MODES
        and summary.id not in exclude
        and (not supervisee.strip() or same_name(summary.practitioner, supervisee))
    ]
    return sorted(found, key=lambda s: (s.started.timestamp() if s.started else 0.0, s.id),
                  reverse=True)
