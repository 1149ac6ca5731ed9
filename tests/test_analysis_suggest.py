"""Better lines that fit: each warning's suggestion speaks of what the person has raised (the
conversation's topics and the person's own words) in a form that suits the stage, is itself
an open question or a reflection with no trap, and never names a topic the person has not
raised."""

from __future__ import annotations

import itertools
import re

import pytest

from conversation.analysis import Context, analyse, analyse_conversation
from conversation.analysis.suggest import better_line, topic_of
from conversation.model import Act, Stage, Trap

TRAP_LINES = [
    "You should stop worrying about the garden; I know best.",
    "I've decided you'll be moving into a care home.",
    "We'll get you a stairlift, that will sort the stairs out.",
    "I hear what you're saying about the garden, but you need to be realistic.",
    "You're in denial about the stairs.",
    "If you carry on like this with the stairs, you'll end up back in hospital.",
    "You're being difficult about your daughter.",
    "You must let the carers do it for you.",
    "Your social worker has decided you'll be moving to a foster placement.",
    "You're just a child, leave it to the adults.",
    "I can see you love your mum, but you're only fifteen.",
    "Is anybody helping you? Do you go out? Are you eating?",
]
CONTEXTS = [
    None,
    Context(),
    Context(Stage.OPEN, ("garden",), ("Oh, the garden. I've had sweet peas up that fence.",)),
    Context(Stage.LISTEN, ("garden", "stairs", "Siân"),
            ("I haven't been up those stairs in two months.", "Siân, my daughter.")),
    Context(Stage.EXPLORE, ("school", "mum"), ("My mum's got MS.", "I'm in year 10 at school.")),
    Context(Stage.INFORM, ("carers",), ("The carers come in the mornings.",)),
    Context(Stage.SUMMARY, ("choir", "Christmas"), ("The Christmas concert.",)),
]
QUOTED = re.compile(r'"([^"]+)"')


def quoted(suggestion: str) -> list[str]:
    """The lines a suggestion offers to say."""
    return QUOTED.findall(suggestion)


@pytest.mark.parametrize(("text", "context"), list(itertools.product(TRAP_LINES, CONTEXTS)))
def test_every_suggested_line_is_an_open_question_or_a_reflection_with_no_trap(
    text: str, context: Context | None
) -> None:
    for warning in analyse(text, context=context).warnings:
        lines = quoted(warning.suggestion)
        assert lines, warning.suggestion
        for line in lines:
            said = analyse(line)
            assert said.act in (Act.OPEN_QUESTION, Act.REFLECTION), (line, said.act)
            assert said.warnings == (), (line, said.traps)


def test_the_suggestion_of_a_question_run_is_one_too() -> None:
    run = ["Do you live alone?", "Does anyone visit?", "Do you go out?"]
    for context in CONTEXTS:
        last = analyse_conversation(run, context)[-1]
        warning = next(w for w in last.warnings if w.trap is Trap.QUESTION_AND_ANSWER)
        for line in quoted(warning.suggestion):
            said = analyse(line)
            assert said.act in (Act.OPEN_QUESTION, Act.REFLECTION) and not said.warnings
        assert "Do you" not in warning.suggestion  # not lifted from the closed questions


def test_with_no_context_no_topic_is_named() -> None:
    """Without knowing what the person said, the line names nothing from the trap line."""
    for text in TRAP_LINES:
        for warning in analyse(text).warnings:
            for line in quoted(warning.suggestion):
                assert not re.search(r"\babout (?:the|your) \w+", line), line


def test_a_word_fragment_never_gives_a_topic() -> None:
    """'social worker' is not 'work', 'person' is not 'family', the nurse's plan is not
    feelings: a topic is named only when the person has raised it."""
    young = Context(Stage.EXPLORE, ("school",), ("I'm in year 10 at school.",))
    line = "Your social worker has decided you'll be moving to a foster placement."
    for warning in analyse(line, context=young).warnings:
        assert "work" not in warning.suggestion.replace("worker", "")
        assert "school" not in warning.suggestion
    assert topic_of("You need to do what the nurse says, person to person.", young) is None
    assert topic_of("Your social worker knows best.", young) is None


def test_the_topic_comes_from_what_the_person_raised() -> None:
    context = Context(Stage.EXPLORE, ("garden", "stairs"),
                      ("I haven't been up those stairs in two months.",))
    assert topic_of("We'll get a stairlift to sort the stairs.", context) == "the stairs"
    assert topic_of("You should give up the garden.", context) == "the garden"
    assert topic_of("You should give up the allotment.", context) is None
    person_only = Context(Stage.LISTEN, (), ("My mum needs me at home.",))
    assert topic_of("You need to let your mum manage.", person_only) == "your mum"
    named = Context(Stage.LISTEN, ("Siân",), ("Siân, my daughter.",))
    assert topic_of("Sian should decide.", named) == "Siân"


def test_what_someone_does_is_not_taken_for_a_topic() -> None:
    """A word the person said that the line uses as a verb ("why you came into this job",
    "Helen talks to Maureen") is not offered back as "about the came"."""
    said = Context(Stage.OPEN, (), ("I came into this job to look after people.",
                                    "Helen talks to Maureen before anyone else."))
    assert topic_of("So looking after people is why you came into this job.", said) == "the job"
    assert topic_of("So Helen talks to Maureen first.", said) == "Helen"


def test_the_stage_shapes_the_line() -> None:
    text = "We'll get you a stairlift, that will sort the stairs out."
    topics = ("stairs",)
    lines = {
        stage: better_line(Trap.PROBLEM_SOLVING, text, Context(stage, topics, ()))
        for stage in Stage
    }
    assert lines[Stage.OPEN] == "Tell me a bit about the stairs."
    assert analyse(lines[Stage.LISTEN]).act is Act.REFLECTION
    assert lines[Stage.EXPLORE] == "What have you tried so far with the stairs?"
    power = better_line(Trap.POWER, "I've decided about the stairs.", Context(
        Stage.SUMMARY, topics, ()))
    assert power == "What would you like to do first about the stairs?"


def test_the_live_analysis_fits_its_suggestions_to_the_context() -> None:
    from conversation.analysis import LiveAnalyser

    context = Context(Stage.EXPLORE, ("garden",), ("The garden is everything.",))
    live = LiveAnalyser(context)
    text = "You should give up the garden."
    result = live.update(text)
    assert any("the garden" in w.suggestion for w in result.warnings)
    live.reset()
    assert live.context is context


@pytest.mark.parametrize(
    ("text", "trap", "words"),
    [
        ("You're being difficult about your daughter.", Trap.LABELLING, "difficult"),
        ("You're in denial about the stairs.", Trap.LABELLING, "denial"),
        ("I've decided you'll be moving into a care home.", Trap.POWER, "decided"),
        ("I hear what you're saying, but you need to be realistic.", Trap.YES_BUT, "but"),
    ],
)
def test_evidence_spans_the_words_that_make_the_trap(text: str, trap: Trap, words: str) -> None:
    warning = next(w for w in analyse(text).warnings if w.trap is trap)
    assert words in warning.evidence
    assert warning.evidence in text


def test_evidence_of_a_label_spans_the_label() -> None:
    """The evidence of a label is the label, not the words beside it."""
    warning = next(w for w in analyse("You're just a child, leave it to the adults.").warnings
                   if w.trap is Trap.LABELLING)
    assert "just a child" in warning.evidence


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("You're a typical teenager.", "typical teenager"),
        ("Your phone on in lessons: you're a classic young carer.", "classic young carer"),
        ("He's non-compliant with his meds.", "non-compliant"),
    ],
)
def test_evidence_of_a_label_runs_to_the_end_of_the_label(text: str, label: str) -> None:
    """A label's evidence takes in the whole noun phrase ("a typical teenager", not "a
    typical"), and stops where another clause or phrase begins."""
    warning = next(w for w in analyse(text).warnings if w.trap is Trap.LABELLING)
    assert warning.evidence.endswith(label)
    assert "meds" not in warning.evidence
