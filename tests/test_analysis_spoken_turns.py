"""How the analysis reads the short, broken turns of real talk: fragments that give the
person's words back, greetings and the business of the meeting, a feeling voiced back with
"you have to" in it, and the blunt short dismissals that must still be warned."""
import pytest

from conversation.analysis import analyse
from conversation.model import Act, Trap


@pytest.mark.parametrize("text", [
    "Twice this month.",
    "Fair enough. Let's move on.",
    "Okay. Let's do that.",
    "It's like you have to be perfect because everyone's watching.",
])
def test_a_short_turn_or_a_feeling_voiced_back_draws_no_warning(text: str) -> None:
    assert analyse(text).traps == ()


@pytest.mark.parametrize("text", [
    "Again last night.",
    "Only when he's home.",
    "Just the one, Friday.",
    "It's like you have to be perfect because everyone's watching.",
])
def test_a_fragment_giving_back_the_persons_words_is_a_reflection(text: str) -> None:
    assert analyse(text).act is Act.REFLECTION


@pytest.mark.parametrize(("text", "trap"), [
    ("That's a daft idea.", Trap.CONFRONTATIONAL),
    ("Don't be silly.", Trap.CONFRONTATIONAL),
    ("Grow up.", Trap.CONFRONTATIONAL),
    ("You should get a cleaner.", Trap.EXPERT),
    ("Typical addict.", Trap.LABELLING),
    ("I'll sort it.", Trap.PROBLEM_SOLVING),
    ("Yes, but it's not safe.", Trap.YES_BUT),
])
def test_a_blunt_short_trap_is_still_warned(text: str, trap: Trap) -> None:
    assert trap in analyse(text).traps


def test_a_why_question_keeps_its_open_form_while_its_blame_is_warned() -> None:
    result = analyse("Why would you do that?")
    assert result.act is Act.OPEN_QUESTION
    assert result.traps == (Trap.CONFRONTATIONAL,)


@pytest.mark.parametrize(("text", "evidence"), [
    ("That's a stupid plan.", "That's a stupid plan"),
    ("Honestly, that won't work for you, love.", "that won't work"),
    ("Never going to happen, Jim.", "Never going to happen"),
    ("What's wrong with you? You were doing so well.", "What's wrong with you"),
])
def test_dismissing_the_persons_idea_is_warned_on_its_words(text: str, evidence: str) -> None:
    warnings = [w for w in analyse(text).warnings if w.trap is Trap.CONFRONTATIONAL]
    assert [w.evidence for w in warnings] == [evidence]


@pytest.mark.parametrize("text", [
    "You're worried it won't work.",
    "I wonder if it won't work because of the stairs?",
    "If that won't work, what else might?",
    "You said last time that it won't happen again.",
])
def test_the_persons_own_doubt_is_not_a_dismissal(text: str) -> None:
    assert Trap.CONFRONTATIONAL not in analyse(text).traps
