"""The vocabulary of a 'what matters' conversation: stages, traps, dialogue acts, speakers.

Pure domain code: nothing here knows about the screen. Wording is the product's own;
the facts come from the practice guidance (five stages, seven traps, the Outcome and
Support Sequences).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Stage(StrEnum):
    """The five stages of a better conversation, in order."""

    OPEN = "open"
    LISTEN = "listen"
    EXPLORE = "explore"
    INFORM = "inform"
    SUMMARY = "summary"

    @property
    def number(self) -> int:
        """Position of the stage, 1 to 5."""
        return list(Stage).index(self) + 1

    @property
    def title(self) -> str:  # type: ignore[override]
        """Short title for the stage bar."""
        return STAGE_INFO[self].title

    @property
    def purpose(self) -> str:
        """One sentence on what the stage is for."""
        return STAGE_INFO[self].purpose

    @property
    def guidance(self) -> str:
        """A few sentences on how to do the stage well."""
        return STAGE_INFO[self].guidance

    def next(self) -> Stage | None:
        """The stage after this one, or None at the last."""
        stages = list(Stage)
        index = stages.index(self)
        return stages[index + 1] if index + 1 < len(stages) else None

    def previous(self) -> Stage | None:
        """The stage before this one, or None at the first."""
        stages = list(Stage)
        index = stages.index(self)
        return stages[index - 1] if index > 0 else None


@dataclass(frozen=True)
class StageInfo:
    """What the product says about one stage."""

    title: str
    purpose: str
    guidance: str


STAGE_INFO: dict[Stage, StageInfo] = {
    Stage.OPEN: StageInfo(
        "Open questions",
        "Invite the person to talk about their life in their own way.",
        "Ask open, engaging questions that cannot be answered yes or no: 'Tell me a bit "
        "about what's been happening.' Avoid starting from the problem and how you can help.",
    ),
    Stage.LISTEN: StageInfo(
        "Active listening",
        "Show the person you have heard and understood them.",
        "Reflect back what you heard, reframe, and summarise; check when you are unsure. "
        "This is where the traps bite: resist telling, deciding and fixing.",
    ),
    Stage.EXPLORE: StageInfo(
        "Exploratory questions",
        "Help the person think through hopes and worries, pros and cons.",
        "What concerns you most? What would you like to happen? What would have to be "
        "different? On a scale of 1 to 10, where are you now and what would get you to the "
        "next number? What strengths will help? Who else could help? What is the next step?",
    ),
    Stage.INFORM: StageInfo(
        "Information exchange",
        "Share and gather information with permission, if it is needed.",
        "Ask before giving information ('Would you like me to tell you a bit more about...?') "
        "and ask for what the organisation needs in a way that keeps the person valued.",
    ),
    Stage.SUMMARY: StageInfo(
        "Summary and actions",
        "Draw together what matters and what the person has decided to do.",
        "Give an empowering summary: the key issues, the person's strengths, skills and "
        "motivators, and the actions they have decided to take. Check you have it right.",
    ),
}


class Trap(StrEnum):
    """The seven conversational traps; the value is the stable trap id."""

    EXPERT = "expert"
    POWER = "power"
    PROBLEM_SOLVING = "problem_solving"
    QUESTION_AND_ANSWER = "question_and_answer"
    YES_BUT = "yes_but"
    LABELLING = "labelling"
    CONFRONTATIONAL = "confrontational"

    @property
    def title(self) -> str:  # type: ignore[override]
        """The trap's name as users see it."""
        return TRAP_INFO[self].title

    @property
    def stance(self) -> str:
        """The stance behind the trap, in the first person."""
        return TRAP_INFO[self].stance

    @property
    def explanation(self) -> str:
        """Why the trap matters, in plain words."""
        return TRAP_INFO[self].explanation


@dataclass(frozen=True)
class TrapInfo:
    """What the product says about one trap."""

    title: str
    stance: str
    explanation: str
    example: str


TRAP_INFO: dict[Trap, TrapInfo] = {
    Trap.EXPERT: TrapInfo(
        "Expert",
        "I know best",
        "Telling the person what they should do puts your view in place of theirs; people "
        "are the experts in their own lives and tend to push back or go quiet.",
        "Given how tired you are, I think you should...",
    ),
    Trap.POWER: TrapInfo(
        "Power",
        "I am the decision maker",
        "Deciding about the person's life for them takes away their choice and control; "
        "the plan becomes yours, not theirs.",
        "I think you should move to a care home.",
    ),
    Trap.PROBLEM_SOLVING: TrapInfo(
        "Problem solving",
        "We can solve your problems",
        "Jumping to a fix before understanding what matters turns the conversation into a "
        "list of services and misses the person's own ideas and strengths.",
        "We should get you a pendant alarm; that will make you feel better.",
    ),
    Trap.QUESTION_AND_ANSWER: TrapInfo(
        "Question and answer",
        "I ask the questions, you answer",
        "Rapid or stacked questions feel like an interrogation; the person gives short "
        "answers and stops telling their story.",
        "How? What? When? Why? Who?",
    ),
    Trap.YES_BUT: TrapInfo(
        "Yes, but",
        "I know better",
        "Acknowledging and then overriding ('I see that, but...') cancels the "
        "acknowledgement; the person hears only that they are wrong.",
        "I see where you're coming from, but...",
    ),
    Trap.LABELLING: TrapInfo(
        "Labelling",
        "We know you",
        "Naming the person's character or behaviour ('difficult', 'aggressive', 'in "
        "denial') judges them and closes down what lies behind it.",
        "I can see why you're being verbally aggressive...",
    ),
    Trap.CONFRONTATIONAL: TrapInfo(
        "Confrontational",
        "You are wrong",
        "Warning, arguing, correcting or threatening consequences makes the person defend "
        "themselves instead of thinking about change.",
        "If you carry on like this, things are only going to get worse.",
    ),
}


class Act(StrEnum):
    """The dialogue act of a practitioner's utterance."""

    OPEN_QUESTION = "open_question"
    CLOSED_QUESTION = "closed_question"
    REFLECTION = "reflection"
    SUMMARY = "summary"
    INFORMATION = "information"
    OTHER = "other"

    @property
    def title(self) -> str:  # type: ignore[override]
        """Label shown beside the input line."""
        return self.value.replace("_", " ").capitalize()

    @property
    def is_question(self) -> bool:
        """True for open and closed questions."""
        return self in (Act.OPEN_QUESTION, Act.CLOSED_QUESTION)


class Speaker(StrEnum):
    """Who said a turn."""

    PRACTITIONER = "practitioner"
    PERSON = "person"
    NOTE = "note"


class Mode(StrEnum):
    """The ways into the app."""

    DEMONSTRATE = "demonstrate"
    PRACTISE = "practise"
    RECORD = "record"
    SUPERVISE = "supervise"


class OutcomeKind(StrEnum):
    """The three kinds of personal outcome."""

    CHANGE = "change"
    MAINTENANCE = "maintenance"
    PROCESS = "process"


class SupportLayer(StrEnum):
    """The Support Sequence, explored in this order for each outcome."""

    YOURSELF = "yourself"
    TECHNOLOGY = "technology"
    EQUIPMENT = "equipment"
    FAMILY = "family"
    COMMUNITY = "community"
    SERVICES = "services"
    SUPPORT = "support"

    @property
    def title(self) -> str:  # type: ignore[override]
        """Heading of the layer as users see it."""
        return SUPPORT_LAYER_TITLES[self]


SUPPORT_LAYER_TITLES: dict[SupportLayer, str] = {
    SupportLayer.YOURSELF: "Yourself",
    SupportLayer.TECHNOLOGY: "Technology",
    SupportLayer.EQUIPMENT: "Equipment and adaptations",
    SupportLayer.FAMILY: "Family, friends and neighbours",
    SupportLayer.COMMUNITY: "Community",
    SupportLayer.SERVICES: "Services or setting",
    SupportLayer.SUPPORT: "Support",
}


class FactKind(StrEnum):
    """What a fact about the person tells us; also the sections of the 'what matters' board."""

    IMPORTANT_TO = "important_to"
    IMPORTANT_FOR = "important_for"
    WHO = "who"
    WHERE = "where"
    STRENGTH = "strength"
    WORKING = "working"
    NOT_WORKING = "not_working"
    ASPIRATION = "aspiration"
    WORRY = "worry"
    SCALE = "scale"

    @property
    def title(self) -> str:  # type: ignore[override]
        """Heading on the board."""
        return FACT_KIND_TITLES[self]


FACT_KIND_TITLES: dict[FactKind, str] = {
    FactKind.IMPORTANT_TO: "Important to",
    FactKind.IMPORTANT_FOR: "Important for",
    FactKind.WHO: "Who matters",
    FactKind.WHERE: "Where matters",
    FactKind.STRENGTH: "Strengths",
    FactKind.WORKING: "Working",
    FactKind.NOT_WORKING: "Not working",
    FactKind.ASPIRATION: "Hopes",
    FactKind.WORRY: "Worries",
    FactKind.SCALE: "Scale 1-10",
}


@dataclass(frozen=True)
class TrapWarning:
    """A trap found in an utterance, with the words that triggered it and a better way."""

    trap: Trap
    evidence: str
    message: str
    suggestion: str


DEFAULT_PSEUDONYM = "the person"
"""What a real person is called in record mode when no pseudonym is given."""


def pseudonym_or_default(value: str | None) -> str:
    """The pseudonym as typed (trimmed), or DEFAULT_PSEUDONYM when none was typed: the wizard,
    the home screen's dialog and the ``record`` command all agree on this."""
    text = (value or "").strip()
    return text or DEFAULT_PSEUDONYM
