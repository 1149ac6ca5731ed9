"""Question and answer across turns: judged on closed or leading questions in a row, never
on open questions such as the stage guide's, and the warning counts right."""

from __future__ import annotations

import pytest

from conversation.analysis import analyse_conversation
from conversation.analysis.question_run import adds_to_run, leading_question, ordinal
from conversation.model import Act, Trap
from conversation.script_loader import load_bundled


def flagged(lines: list[str]) -> list[bool]:
    """Which lines carry question-and-answer when said in a row."""
    return [Trap.QUESTION_AND_ANSWER in a.traps for a in analyse_conversation(lines)]


@pytest.mark.parametrize("script_id", ["stroke-at-home", "young-carer"])
def test_the_guides_open_questions_in_a_row_never_fire(script_id: str) -> None:
    script = load_bundled(script_id)
    for stage, guide in script.stages.items():
        questions = [p for p in guide.prompts if "…" not in p]
        assert not any(flagged(questions)), (stage, questions)


def test_a_scale_question_its_follow_up_and_a_worry_question_do_not_fire() -> None:
    lines = [
        "On a scale of 1 to 10, how confident do you feel getting round the house?",
        "What would get you to the next number?",
        "What worries you most about the stairs?",
        "What would you like to be different?",
    ]
    assert flagged(lines) == [False, False, False, False]


def test_the_third_closed_question_fires_and_says_third() -> None:
    lines = ["Do you live alone?", "Does anyone visit?", "Do you go out?", "Are you eating?",
             "Is the bus any good?"]
    results = analyse_conversation(lines)
    assert flagged(lines) == [False, False, True, True, True]
    messages = [next(w.message for w in a.warnings if w.trap is Trap.QUESTION_AND_ANSWER)
                for a in results[2:]]
    assert "the third " in messages[0]
    assert "the fourth " in messages[1] and "third" not in messages[1]
    assert "the fifth " in messages[2]


def test_open_questions_between_closed_ones_do_not_add_or_reset() -> None:
    lines = ["Do you live alone?", "What matters to you?", "Does anyone visit?",
             "What's a normal day like?", "Do you go out?"]
    assert flagged(lines) == [False, False, False, False, True]


def test_statements_never_make_a_run() -> None:
    lines = ["I'm from the council.", "The carers come at eight.", "The form is short.",
             "Why didn't you ask for help before it got this bad?"]
    results = analyse_conversation(lines)
    assert flagged(lines) == [False, False, False, False]
    assert all("third" not in w.message for a in results for w in a.warnings)


def test_leading_questions_count() -> None:
    lines = [
        "Don't you think you'd be safer with a carer?",
        "You do realise you could fall again?",
        "Wouldn't it be better to let your daughter decide?",
    ]
    assert flagged(lines)[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Don't you think you'd be safer downstairs?",
        "Why didn't you ask for help before it got this bad?",
        "You do realise the stairs are dangerous?",
        "It's easier with the carers, isn't it?",
        "Surely you'd rather be safe?",
    ],
)
def test_leading_forms(text: str) -> None:
    assert leading_question(text)
    assert adds_to_run(text, Act.OPEN_QUESTION)


@pytest.mark.parametrize(
    "text",
    [
        "What would get you to the next number?",
        "What do you think you should do?",
        "How did you get through that?",
        "Who else could help with that?",
        "What don't you like about the mornings?",
    ],
)
def test_open_questions_do_not_lead(text: str) -> None:
    assert not leading_question(text)
    assert not adds_to_run(text, Act.OPEN_QUESTION)


def test_ordinals() -> None:
    assert [ordinal(n) for n in (3, 4, 10, 11, 12, 13, 21, 22, 23)] == [
        "third", "fourth", "tenth", "11th", "12th", "13th", "21st", "22nd", "23rd"]


def test_a_reflection_ends_the_run() -> None:
    lines = ["Do you live alone?", "Does anyone visit?", "It sounds as if the days are long.",
             "Do you go out?", "Are you eating?", "Is the bus any good?"]
    assert flagged(lines) == [False, False, False, False, False, True]


def test_asking_permission_to_share_does_not_add_to_a_run() -> None:
    lines = ["Do you live alone?", "Mind if I share something?",
             "Would it help if I told you about the reablement team?", "Does anyone visit?"]
    assert flagged(lines) == [False, False, False, False]
    asked = ["Do you live alone?", "Does anyone visit?", "Can I ask, do you drink?"]
    assert flagged(asked)[-1]
