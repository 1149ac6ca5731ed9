"""The bundled young carer script (Kai): complete, and playable as a role play.

A practitioner who asks open questions and reflects what Kai says draws most of him out; one
who falls into the traps gets shrugs and one-word answers.
"""

from __future__ import annotations

from collections import Counter

import pytest

from conversation.analysis import analyse, analyse_conversation
from conversation.conduct import Conversation, Exchange
from conversation.model import Act, FactKind, Mode, Speaker, Stage, Trap
from conversation.roleplay import STOP_WORDS, topic_words
from conversation.script import Script
from conversation.script_loader import check_script, list_scripts, load_bundled

GOOD_LINES: list[tuple[Stage, str]] = [
    (Stage.OPEN, "Tell me a bit about what a normal week's like for you."),
    (Stage.OPEN, "So football's where you get to just be you."),
    (Stage.OPEN, "What do you get up to with your mates?"),
    (Stage.OPEN, "It sounds like Jayden and Theo really matter to you."),
    (Stage.OPEN, "Tell me a bit about the flat."),
    (Stage.OPEN, "It sounds like home is wherever the three of you are."),
    (Stage.LISTEN, "Tell me a bit about your mum."),
    (Stage.LISTEN, "It sounds like you hate seeing your mum struggle."),
    (Stage.LISTEN, "What's Ama like?"),
    (Stage.LISTEN, "You really look out for your little sister."),
    (Stage.LISTEN, "Tell me about how you help out at home."),
    (
        Stage.LISTEN,
        "So helping out is something you choose, you just don't want it to be everything.",
    ),
    (Stage.LISTEN, "How's school going?"),
    (Stage.LISTEN, "It sounds like school is somewhere you can just be you."),
    (Stage.LISTEN, "How's training been lately?"),
    (Stage.LISTEN, "So missing training is hard when the coach doesn't know why."),
    (Stage.LISTEN, "What are lessons like at the moment?"),
    (Stage.LISTEN, "So you're knackered in lessons, and it's not that you don't care."),
    (Stage.LISTEN, "Tell me about the phone being on in lessons."),
    (Stage.LISTEN, "It sounds like part of you is always listening out for the phone."),
    (Stage.LISTEN, "What's homework like at the moment?"),
    (Stage.LISTEN, "So the detentions make you late for Ama, and you feel you can't say why."),
    (Stage.EXPLORE, "What worries you most at the moment?"),
    (Stage.EXPLORE, "You're scared someone will decide you can't cope and split you up."),
    (Stage.EXPLORE, "What would you like to happen this year?"),
    (Stage.EXPLORE, "Getting picked for the under-16s would mean a lot to you."),
    (Stage.EXPLORE, "On a scale of 1 to 10, how much time do you get to just be you?"),
    (Stage.EXPLORE, "So four out of ten, and more on the good weeks."),
    (Stage.EXPLORE, "What are you good at?"),
    (Stage.EXPLORE, "You cook for the whole family, and your mum rates your jollof."),
    (Stage.EXPLORE, "Tell me about how you keep on top of your mum's tablets."),
    (Stage.EXPLORE, "So you're really organised, with alarms for everything."),
    (Stage.EXPLORE, "What do people say about you?"),
    (Stage.EXPLORE, "So you're the funny one, and you'd do anything for your family."),
    (Stage.EXPLORE, "Who else could help?"),
    (Stage.EXPLORE, "It sounds like your grandad would come if someone asked him."),
    (Stage.EXPLORE, "What's working well at the moment?"),
    (Stage.EXPLORE, "It sounds like the time with Dev helps you get through the week."),
    (Stage.EXPLORE, "What are the good days like?"),
    (Stage.EXPLORE, "Your mum at your match, shouting the loudest. The good days really matter."),
    (Stage.EXPLORE, "What helps you switch off?"),
    (Stage.EXPLORE, "It sounds like the music is the one bit of the day that's yours."),
    (Stage.EXPLORE, "Where do you go to get away for a bit?"),
    (Stage.EXPLORE, "It sounds like the cage is close enough that you can still see your window."),
    (Stage.EXPLORE, "What matters most to you?"),
    (Stage.EXPLORE, "It sounds like your mum being herself again matters more than anything."),
    (Stage.INFORM, "What would you like to know about what happens next?"),
    (
        Stage.SUMMARY,
        "Let me check I've got it right: your mum, football, Ama and your grandad matter most, "
        "and you're worried about being split up.",
    ),
    (Stage.SUMMARY, "What would you like to happen first?"),
]
"""Open questions, each followed by a reflection on the answer, then a summary."""

TRAP_LINES: list[tuple[Stage, str]] = [
    (Stage.OPEN, "Tell me a bit about what a normal week's like for you."),
    (Stage.OPEN, "So who does the cooking? And the shopping? Do you help your mum get washed?"),
    (Stage.OPEN, "You should be concentrating on school at your age, not running the house."),
    (Stage.LISTEN, "We'll get someone in to sit with your mum so you can go to training."),
    (Stage.LISTEN, "I hear what you're saying about your mum, but you need to be realistic."),
    (Stage.LISTEN, "If you keep missing homework like this, you're going to fail your GCSEs."),
    (Stage.EXPLORE, "What worries you most at the moment?"),
    (Stage.EXPLORE, "I've decided we'll refer your mum for a care package."),
    (Stage.EXPLORE, "That's classic young carer stuff, taking on the parent role."),
    (Stage.EXPLORE, "Do you get any help? Does your grandad visit? Is your sister okay?"),
    (Stage.EXPLORE, "You should tell your coach what's going on."),
    (Stage.INFORM, "We'll need to decide whether it's safe for you to stay at home."),
    (Stage.INFORM, "I can see you love your mum, but you're only fifteen."),
    (
        Stage.SUMMARY,
        "So you're struggling at school, and we'll sort out a care package for your mum.",
    ),
]
"""Two of the stage prompts, and otherwise the traps: telling, deciding, fixing, warning."""


@pytest.fixture(scope="module")
def script() -> Script:
    """The young carer script, loaded once."""
    return load_bundled("young-carer")


def play(script: Script, lines: list[tuple[Stage, str]]) -> tuple[Conversation, list[Exchange]]:
    """A practise role play of ``lines``, moving through the stages as they say."""
    conversation = Conversation.start(
        mode=Mode.PRACTISE, script=script, practitioner="", person=None, store=None, seed=1
    )
    exchanges: list[Exchange] = []
    for stage, text in lines:
        if conversation.stage is not stage:
            conversation.set_stage(stage)
        exchanges.append(conversation.say(text))
    return conversation, exchanges


def test_it_validates_and_is_listed_beside_the_default(script: Script) -> None:
    assert script.path is not None
    assert script.path.name == "young-carer.toml"
    assert check_script(script.path) == []
    ids = [listed.meta.id for listed in list_scripts()]
    assert {"young-carer", "stroke-at-home"} <= set(ids)
    assert script.meta.id == "young-carer"
    assert set(script.meta.modes) == {Mode.DEMONSTRATE, Mode.PRACTISE, Mode.RECORD}
    assert script.person.name == "Kai Mensah"
    assert script.person.age == 15


def test_facts_cover_every_kind_with_distinct_topics(script: Script) -> None:
    assert len(script.facts) >= 16
    kinds = Counter(fact.kind for fact in script.facts)
    assert set(kinds) == set(FactKind)
    assert kinds[FactKind.SCALE] == 1
    scale = next(fact for fact in script.facts if fact.kind is FactKind.SCALE)
    assert scale.scale == 4
    owners: dict[frozenset[str], str] = {}
    for fact in script.facts:
        assert len(fact.topics) >= 4, fact.id
        assert fact.deeper != fact.reply
        stemmed = [topic_words(topic) for topic in fact.topics]
        assert len(set(stemmed)) == len(stemmed), f"{fact.id} has topics that match alike"
        for topic in fact.topics:
            assert topic == topic.lower(), topic
            needed = topic_words(topic)
            assert needed - STOP_WORDS, f"{topic!r} is made only of small words"
            owner = owners.setdefault(needed, fact.id)
            assert owner == fact.id, f"{topic!r} of {fact.id} also draws out {owner}"


def test_reactions_to_every_trap_and_move(script: Script) -> None:
    reactions = script.reactions
    assert set(reactions.traps) == set(Trap)
    assert all(len(replies) >= 2 for replies in reactions.traps.values())
    assert len(reactions.closed_question) >= 2
    assert len(reactions.unknown) >= 3
    assert reactions.summary_confirmed and reactions.summary_corrected
    assert reactions.greeting and reactions.thanks and reactions.social


def test_each_trap_variant_of_the_demo_is_named(script: Script) -> None:
    """Every trap variant a trainer can show is caught by the analysis, including the role
    label ("the parent in the house") and the warning that things will catch up with Kai."""
    variants = [turn for turn in script.demo if turn.trap is not None]
    for turn in variants:
        assert turn.trap in analyse(turn.trap_text or "").traps, (turn.trap, turn.trap_text)
    said = {turn.trap: turn.trap_text or "" for turn in variants}
    assert "parent in the house" in said[Trap.LABELLING]
    assert "catch up with you" in said[Trap.CONFRONTATIONAL]


def test_model_lines_of_the_demo_fall_into_no_trap(script: Script) -> None:
    """Each model line is clean on its own and as part of the run (no interrogation)."""
    lines = [turn.text for turn in script.demo if turn.speaker is Speaker.PRACTITIONER]
    for text, analysis in zip(lines, analyse_conversation(lines), strict=True):
        assert not analysis.warnings, text
        assert not analyse(text).warnings, text


def test_good_technique_draws_kai_out(script: Script) -> None:
    conversation, exchanges = play(script, GOOD_LINES)
    for exchange in exchanges:
        assert exchange.turn.act in (Act.OPEN_QUESTION, Act.REFLECTION, Act.SUMMARY)
        assert not exchange.turn.warnings, exchange.turn.text
    revealed = set(conversation.session.roleplay.revealed)
    assert len(revealed) >= 0.8 * len(script.facts), sorted(revealed)
    assert len(set(conversation.session.roleplay.deepened)) >= len(revealed) // 2
    assert conversation.rapport >= 4
    summed = exchanges[-2]
    assert summed.turn.act is Act.SUMMARY
    assert summed.person is not None and summed.person.reaction == "confirmed"
    on_board = {entry.fact_id for entry in conversation.session.board}
    assert on_board == revealed


def test_traps_close_kai_down(script: Script) -> None:
    conversation, _ = play(script, TRAP_LINES)
    said = [t for t in conversation.session.turns if t.speaker is Speaker.PRACTITIONER]
    kinds = {warning.trap for turn in said for warning in turn.warnings}
    assert len(kinds) >= 5, kinds
    revealed = set(conversation.session.roleplay.revealed)
    assert len(revealed) <= 0.2 * len(script.facts), sorted(revealed)
    assert conversation.rapport <= 1
    replies = [t.text for t in conversation.session.turns if t.speaker is Speaker.PERSON]
    trap_replies = {text for options in script.reactions.traps.values() for text in options}
    assert sum(reply in trap_replies for reply in replies) >= len(said) // 2
