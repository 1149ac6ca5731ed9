"""The scripted person understands good technique in any wording, through the same analysis
the screen shows: permission asked in other words, information given after it, reflections
in other words than the script's, the scale's next number; and she never repeats herself
within five turns, staying in character when a line is not one the script covers."""

from __future__ import annotations

import re

import pytest

from conversation.conduct import Conversation, Exchange
from conversation.model import Mode, Stage
from conversation.roleplay import NO_REPEAT_TURNS
from conversation.script import Script
from conversation.script_loader import load_bundled


@pytest.fixture(scope="module")
def script() -> Script:
    """The default script (Eirlys)."""
    return load_bundled("stroke-at-home")


def start(script: Script, seed: int = 0) -> Conversation:
    """A practise conversation with no store."""
    return Conversation.start(
        mode=Mode.PRACTISE, script=script, practitioner="", person=None, store=None, seed=seed
    )


def say(conversation: Conversation, stage: Stage, text: str) -> Exchange:
    """Say a line in a stage."""
    if conversation.stage is not stage:
        conversation.set_stage(stage)
    return conversation.say(text)


def reply_of(exchange: Exchange) -> tuple[str, str, list[str], list[str]]:
    """The reaction, the text and the facts revealed and deepened."""
    person = exchange.person
    assert person is not None
    return (person.reaction, person.text, [f.id for f in person.revealed],
            [f.id for f in person.deepened])


@pytest.mark.parametrize(
    "line",
    [
        "Would it help if I told you about some things other people have found useful with "
        "steps?",
        "Mind if I share something?",
        "Can I tell you what's worked for others?",
        "Would it be okay if I made a suggestion?",
        "Is it alright if I share something that's helped other people?",
        "Would you like me to go through what happens after the six weeks?",
        "Do you mind if I tell you a bit about the reablement team?",
        "Would you like to hear what some people have done about the stairs?",
    ],
)
def test_permission_in_any_wording_gets_the_permission_reaction(
    script: Script, line: str
) -> None:
    conversation = start(script)
    reaction, text, revealed, _deepened = reply_of(say(conversation, Stage.INFORM, line))
    assert reaction == "permission", (line, text)
    assert text in script.reactions.permission
    assert revealed == []


def test_what_would_you_like_to_know_is_an_open_question_not_permission(
    script: Script,
) -> None:
    conversation = start(script)
    reaction, _text, revealed, _ = reply_of(
        say(conversation, Stage.INFORM, "What would you like to know more about?"))
    assert reaction == "opened" and revealed


def test_information_given_after_permission_gets_a_reaction_to_its_content(
    script: Script,
) -> None:
    conversation = start(script)
    say(conversation, Stage.INFORM, "Mind if I share something?")
    told = say(conversation, Stage.INFORM,
               "Other people have found the physio can practise the stairs with them.")
    reaction, text, revealed, deepened = reply_of(told)
    assert reaction == "informed"
    assert revealed or deepened
    assert text.lower().startswith("the physio, yes.")
    assert {*revealed, *deepened} <= {"physio", "stairs"}


def test_information_about_nothing_she_has_echoes_what_she_was_told(script: Script) -> None:
    conversation = start(script)
    say(conversation, Stage.INFORM, "Can I tell you what's worked for others?")
    reaction, text, _, _ = reply_of(say(
        conversation, Stage.INFORM, "The reablement team can carry on for another fortnight."))
    assert reaction == "informed"
    assert text.startswith("The reablement team.")


@pytest.mark.parametrize(
    ("line", "fact"),
    [
        ("How has the gardening been going?", "garden"),
        ("Tell me about your singing.", "choir"),
        ("What's it like with your grandsons?", "grandchildren"),
        ("How are you getting on with the physiotherapy?", "physio"),
        ("Tell me about Sian.", "daughter"),
        ("How confident are you feeling these days, would you say?", "confidence_scale"),
    ],
)
def test_an_open_question_on_a_topic_in_other_words_draws_that_fact(
    script: Script, line: str, fact: str
) -> None:
    conversation = start(script)
    _reaction, _text, revealed, _ = reply_of(say(conversation, Stage.EXPLORE, line))
    assert revealed == [fact], line


def test_a_right_reflection_in_her_own_words_earns_the_deeper_answer(script: Script) -> None:
    conversation = start(script)
    say(conversation, Stage.OPEN, "Tell me about the garden.")
    say(conversation, Stage.OPEN, "What's a normal day like for you at the moment?")
    reaction, text, _, deepened = reply_of(say(
        conversation, Stage.LISTEN, "So the steps are what stand between you and the garden"))
    assert (reaction, deepened) == ("deepened", ["garden"])
    assert text == script.fact("garden").deeper


def test_the_scales_next_number_draws_its_deeper_answer(script: Script) -> None:
    conversation = start(script)
    say(conversation, Stage.EXPLORE,
        "On a scale of 1 to 10, how confident do you feel getting round the house?")
    reaction, text, _, deepened = reply_of(
        say(conversation, Stage.EXPLORE, "A four. What would get you to a five?"))
    assert (reaction, deepened) == ("deepened", ["confidence_scale"])
    assert text == script.fact("confidence_scale").deeper


UNCOVERED = [
    "Do you like the telly?",
    "What about the weather?",
    "Right.",
    "Okay then.",
    "Have you seen the news?",
    "What do you make of the council?",
    "Is the bus any good?",
    "Mm.",
    "What about the bins?",
    "Did you watch the rugby?",
    "What do you think of the new road?",
    "Have you been to the shops?",
    "I see.",
    "Do you know the postman?",
    "What about the parking?",
    "Fine.",
    "What do you reckon to the price of bread?",
    "Is it cold out?",
]
"""Lines the script covers no topic of, and small talk: the person still has to answer."""


def _script_sentences(script: Script) -> set[str]:
    texts = [script.person.opening, *(f.reply for f in script.facts)]
    reactions = script.reactions
    for options in (reactions.closed_question, reactions.unknown, reactions.summary_confirmed,
                    reactions.summary_corrected, reactions.greeting, reactions.thanks,
                    reactions.social, reactions.permission, *reactions.traps.values()):
        texts.extend(options)
    return {part for text in texts for part in _sentences(text)}


def _sentences(text: str) -> list[str]:
    return [p for p in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if p]


@pytest.mark.parametrize("seed", (0, 1, 2))
def test_no_reply_repeats_within_five_turns_and_each_stays_in_character(
    script: Script, seed: int
) -> None:
    conversation = start(script, seed)
    say(conversation, Stage.OPEN, "Tell me about the garden.")
    replies = [say(conversation, Stage.LISTEN, line) for line in UNCOVERED]
    texts = [reply_of(exchange)[1] for exchange in replies]
    for index, text in enumerate(texts):
        assert text not in texts[max(0, index - NO_REPEAT_TURNS):index], (index, text)
    own = _script_sentences(script)
    for text in texts:
        # Every sentence of every reply is the person's own, from the script.
        assert all(sentence in own for sentence in _sentences(text)), text
    assert len(set(texts)) >= len(texts) // 2


def test_the_same_seed_gives_the_same_varied_replies(script: Script) -> None:
    def play(seed: int) -> list[str]:
        conversation = start(script, seed)
        return [reply_of(say(conversation, Stage.LISTEN, line))[1] for line in UNCOVERED]

    assert play(4) == play(4)


def test_a_resumed_conversation_does_not_repeat_what_was_just_said(script: Script) -> None:
    conversation = start(script, 5)
    said = [reply_of(say(conversation, Stage.LISTEN, line))[1] for line in UNCOVERED[:4]]
    resumed = Conversation.resume(conversation.session, script, None)
    later = [reply_of(resumed.say(line))[1] for line in UNCOVERED[4:5]]
    assert later[0] not in said


def test_screen_and_person_agree_on_every_line(script: Script) -> None:
    """What the screen shows for a line (its act and warnings) is what the person reacts
    to: a line with a warning gets a trap's reaction, one without never does."""
    conversation = start(script)
    lines = [
        "Tell me about the garden.",
        "You should stop going down the garden, it's not safe.",
        "It sounds as if the garden means a lot to you.",
        "Mind if I share something?",
        "Do you go out? Does anyone visit? Are you eating?",
    ]
    for line in lines:
        shown = conversation.analyse(line)
        exchange = conversation.say(line)
        assert exchange.turn.act is shown.act
        assert tuple(exchange.turn.warnings) == shown.warnings
        assert exchange.person is not None
        assert (exchange.person.reaction == "trap") == bool(shown.warnings), line
