"""The bundled supervision script (Dafydd, a care worker after a difficult visit): complete,
and playable as a role play by a supervisor in training, with the same engine as any script.

A supervisor who asks open questions and reflects what Dafydd says draws most of him out; one
who tells, decides, labels or warns gets 'fine' and 'am I in trouble?'.
"""

from __future__ import annotations

from collections import Counter

import pytest

from conversation.analysis import analyse, analyse_conversation
from conversation.analysis.permission import asks_permission
from conversation.conduct import Conversation, Exchange
from conversation.model import Act, FactKind, Mode, Speaker, Stage, Trap
from conversation.roleplay import STOP_WORDS, topic_words
from conversation.script import Script
from conversation.script_loader import check_script, list_scripts, load_bundled
from conversation.supervision import SUPERVISION_SCRIPT_ID

GOOD_LINES: list[tuple[Stage, str]] = [
    (Stage.OPEN, "How are you doing in yourself?"),
    (Stage.OPEN, "It sounds like you've been running on empty, skipping your lunch."),
    (Stage.OPEN, "What matters most to you about this job?"),
    (Stage.OPEN, "So doing right by people is why you came into this job."),
    (Stage.OPEN, "Tell me about your round."),
    (Stage.OPEN, "It sounds like your regulars really matter to you."),
    (Stage.LISTEN, "What's Mr Ellis like?"),
    (Stage.LISTEN, "So Mr Ellis is a proud man, and the colliery band means a lot to him."),
    (Stage.LISTEN, "Tell me about the rota that morning."),
    (Stage.LISTEN, "It sounds like you were running behind and the clock took over."),
    (Stage.LISTEN, "Tell me about his kitchen."),
    (Stage.LISTEN, "So moving him out of his kitchen was the moment it changed."),
    (Stage.LISTEN, "What did you write in the daily record?"),
    (Stage.LISTEN, "It sounds like the word aggressive in his file sits badly with you."),
    (Stage.LISTEN, "Tell me about Karen's call to the office."),
    (Stage.LISTEN, "It sounds like what Karen said about her dad has really stayed with you."),
    (Stage.LISTEN, "What happened after the visit?"),
    (Stage.LISTEN, "It sounds like you nearly stopped for the day, sitting there."),
    (Stage.EXPLORE, "What do you think he would say, from his point of view?"),
    (Stage.EXPLORE, "You're worried you treated him like a job in his own home."),
    (Stage.EXPLORE, "What worries you most at the moment?"),
    (Stage.EXPLORE, "So you're worried about being in trouble, and about how it ends with him."),
    (Stage.EXPLORE, "What's going well on your round?"),
    (Stage.EXPLORE, "It sounds like asking Mrs Okafor what she wanted made the difference."),
    (Stage.EXPLORE, "What strengths do you bring to this work?"),
    (Stage.EXPLORE, "So you notice things, and you read people well."),
    (Stage.EXPLORE, "What made you decide to be so honest about it?"),
    (Stage.EXPLORE, "It sounds like being honest and putting it right matters to you."),
    (Stage.EXPLORE, "On a scale of 1 to 10, how confident are you when someone says no?"),
    (Stage.EXPLORE, "It sounds like a four now, and a five would be having a plan."),
    (Stage.EXPLORE, "Who else could help with Mr Ellis?"),
    (Stage.EXPLORE, "It sounds like Sue knows Mr Ellis and showed you the ropes."),
    (Stage.EXPLORE, "What kind of learning helps you most?"),
    (Stage.EXPLORE, "So talking a call through with someone who gets it really helps you."),
    (Stage.EXPLORE, "What would you like to happen next year?"),
    (Stage.EXPLORE, "It sounds like going for senior carer still matters to you."),
    (Stage.INFORM, "Would it help if I told you what happens with the complaint?"),
    (
        Stage.SUMMARY,
        "Let me check I've got it right: Mr Ellis, the rota and the daily record are on your "
        "mind, Sue can help, and you're worried about being in trouble.",
    ),
    (Stage.SUMMARY, "What would you like to do first?"),
]
"""Open questions, each followed by a reflection on the answer, then a summary."""

TRAP_LINES: list[tuple[Stage, str]] = [
    (Stage.OPEN, "How have things been for you since we last met?"),
    (Stage.OPEN, "So what time did you get there? Was he dressed? Did you ring the office?"),
    (Stage.LISTEN, "What you should do next time is leave it and go back later."),
    (Stage.LISTEN, "We could just get someone else to do Mr Ellis's calls."),
    (Stage.LISTEN, "I get that you were running late, but you really need to follow the plan."),
    (Stage.LISTEN, "It sounds like you were a bit of a pushover with him."),
    (Stage.EXPLORE, "What worries you most at the moment?"),
    (Stage.EXPLORE, "I'll take you off Mr Ellis's calls, and I'll decide when you go back."),
    (Stage.EXPLORE, "Honestly, if you write things like that again, it'll end up a disciplinary."),
    (Stage.INFORM, "You should have rung the office when you knew you were late."),
    (Stage.SUMMARY, "So you got it wrong, and we'll sort out the rota for you."),
]
"""Two good questions, and otherwise the traps: telling, fixing, labelling, deciding, warning."""


@pytest.fixture(scope="module")
def script() -> Script:
    """The supervision script, loaded once."""
    return load_bundled(SUPERVISION_SCRIPT_ID)


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


def test_it_validates_and_is_listed_for_practise_and_supervise(script: Script) -> None:
    assert script.path is not None and script.path.name == f"{SUPERVISION_SCRIPT_ID}.toml"
    assert check_script(script.path) == []
    assert SUPERVISION_SCRIPT_ID in [listed.meta.id for listed in list_scripts()]
    assert set(script.meta.modes) == {Mode.DEMONSTRATE, Mode.PRACTISE, Mode.SUPERVISE}
    assert script.person.name == "Dafydd Morgan"
    assert "supervisor" in script.meta.setting


def test_facts_cover_every_kind_with_distinct_topics(script: Script) -> None:
    assert len(script.facts) >= 16
    kinds = Counter(fact.kind for fact in script.facts)
    assert set(kinds) == set(FactKind)
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
    assert reactions.greeting and reactions.thanks and reactions.social
    assert reactions.summary_confirmed and reactions.summary_corrected


def test_each_trap_variant_of_the_demo_is_named(script: Script) -> None:
    variants = [turn for turn in script.demo if turn.trap is not None]
    assert len({turn.trap for turn in variants}) == 7
    for turn in variants:
        assert turn.trap in analyse(turn.trap_text or "").traps, (turn.trap, turn.trap_text)


def test_model_lines_of_the_demo_fall_into_no_trap(script: Script) -> None:
    lines = [turn.text for turn in script.demo if turn.speaker is Speaker.PRACTITIONER]
    for text, analysis in zip(lines, analyse_conversation(lines), strict=True):
        assert not analysis.warnings, text


def test_good_supervision_draws_dafydd_out(script: Script) -> None:
    conversation, exchanges = play(script, GOOD_LINES)
    for exchange in exchanges:
        # A permission ask ("Would it help if I told you...?") is a closed question.
        assert exchange.turn.act in (
            Act.OPEN_QUESTION, Act.REFLECTION, Act.SUMMARY, Act.INFORMATION) or (
            exchange.turn.act is Act.CLOSED_QUESTION and asks_permission(exchange.turn.text)
        ), exchange.turn.text
        assert not exchange.turn.warnings, exchange.turn.text
    revealed = set(conversation.session.roleplay.revealed)
    assert len(revealed) >= 0.75 * len(script.facts), sorted(revealed)
    assert len(set(conversation.session.roleplay.deepened)) >= len(revealed) // 2
    assert conversation.rapport >= 4
    summed = exchanges[-2]
    assert summed.turn.act is Act.SUMMARY
    assert summed.person is not None and summed.person.reaction == "confirmed"


def test_traps_close_dafydd_down(script: Script) -> None:
    conversation, exchanges = play(script, TRAP_LINES)
    trapped = [exchange for exchange in exchanges if exchange.turn.warnings]
    assert len(trapped) >= 8
    assert all(exchange.person is not None and exchange.person.reaction == "trap"
               for exchange in trapped)
    assert len(set(conversation.session.roleplay.revealed)) <= 3
    assert conversation.rapport <= 1
