"""Automated role plays of every bundled script: good technique opens the person up, traps close
them down.

The practitioner's lines are built from the script itself (its stage prompts and its facts'
topics), so the plays follow the script as it is edited rather than one fixed wording.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from conversation.analysis import analyse
from conversation.conduct import Conversation, Exchange
from conversation.model import Act, Mode, Speaker, Stage, Trap
from conversation.roleplay import topic_words, words
from conversation.script import Fact, Script
from conversation.script_loader import load_script
from conversation.store import SessionStore

QUESTIONS_PER_STAGE = 8
"""A realistic budget of questions in each stage, for both plays."""
SEEDS = (0, 1, 2)


class TickingClock:
    """A clock that moves on ten seconds every time it is read."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=10)
        return self.now


@dataclass
class Result:
    """What a played conversation drew out."""

    revealed: int
    deepened: int
    facts: int
    rapport: int
    traps: int
    turns: int

    @property
    def share(self) -> float:
        """Share of the script's facts revealed."""
        return self.revealed / self.facts


SCRIPTS = sorted((Path(__file__).resolve().parents[1] / "scripts").glob("*.toml"))


@pytest.fixture(scope="module", params=SCRIPTS, ids=lambda path: path.stem)
def script(request: pytest.FixtureRequest) -> Script:
    """Each bundled script in turn (new scripts are played as soon as they are added)."""
    path: Path = request.param
    return load_script(path)


def topic(fact: Fact) -> str:
    """The main topic of a fact, as a practitioner would name it."""
    return fact.topics[0]


def open_prompts(script: Script, stage: Stage) -> list[str]:
    """The stage's suggested prompts that are complete open questions."""
    return [
        prompt
        for prompt in script.stages[stage].prompts
        if "…" not in prompt
        and "..." not in prompt
        and analyse(prompt).act is Act.OPEN_QUESTION
        and not analyse(prompt).warnings
    ]


def start(script: Script, store: SessionStore, seed: int) -> Conversation:
    """A new practise conversation with the default script."""
    return Conversation.start(
        mode=Mode.PRACTISE,
        script=script,
        practitioner="Trainee",
        person=None,
        store=store,
        seed=seed,
        clock=TickingClock(),
    )


def reflect_on(exchange: Exchange) -> str:
    """A reflection on what the person has just said."""
    person = exchange.person
    if person is not None and person.revealed:
        return f"It sounds as if {topic(person.revealed[0])} means a lot to you."
    if person is not None and person.deepened:
        return f"So {topic(person.deepened[0])} is really close to your heart."
    return "It sounds as if there is a lot going on for you just now."


def threads(conversation: Conversation) -> str | None:
    """A thread the person has mentioned in passing that has not been followed up yet.

    A good listener picks up what the person says: the first topic, in script order, of
    something not yet talked about that the person's own lines have already touched on.
    """
    person_lines = (t.text for t in conversation.session.turns if t.speaker is Speaker.PERSON)
    heard = set(words(" ".join(person_lines)))
    revealed = conversation.session.roleplay.revealed
    for fact in conversation.script.facts:
        if fact.id in revealed:
            continue
        for phrase in fact.topics:
            needed = topic_words(phrase)
            if needed and needed <= heard:
                return phrase
    return None


def ask_and_reflect(conversation: Conversation, question: str) -> None:
    """An open question, then a reflection on the answer (never two questions in a row)."""
    asked = conversation.say(question)
    assert asked.turn.act is Act.OPEN_QUESTION, question
    reflected = conversation.say(reflect_on(asked))
    assert reflected.turn.act in (Act.REFLECTION, Act.SUMMARY), reflected.turn.text


def play_well(script: Script, store: SessionStore, seed: int) -> Conversation:
    """Open questions and reflections through the five stages, then an empowering summary.

    In each stage: the script's suggested open questions, then threads the person has
    mentioned in passing, each followed by a reflection.
    """
    conversation = start(script, store, seed)
    for stage in Stage:
        conversation.set_stage(stage)
        if stage is Stage.SUMMARY:
            break
        questions = open_prompts(script, stage)
        for question in questions:
            ask_and_reflect(conversation, question)
        for _ in range(QUESTIONS_PER_STAGE - len(questions)):
            thread = threads(conversation)
            if thread is None:
                break
            ask_and_reflect(conversation, f"Tell me a bit more about {thread}.")
    revealed = [script.fact(fact_id) for fact_id in conversation.session.roleplay.revealed]
    matters = ", ".join(topic(fact) for fact in revealed[:6])
    summary = f"Let me check I've understood: {matters} are what matter most to you."
    summed = conversation.say(summary)
    assert summed.turn.act is Act.SUMMARY
    assert summed.person is not None and summed.person.reaction == "confirmed"
    for prompt in open_prompts(script, Stage.SUMMARY)[:1]:
        conversation.say(prompt)
    return conversation


def trap_lines(fact: Fact) -> list[str]:
    """Lines that fall into the traps, about one of the person's topics."""
    about = topic(fact)
    return [
        f"You should stop worrying about {about}; I know best.",
        "I've decided you'll be moving into a care home.",
        f"We'll get you a stairlift and a pendant alarm, that will sort {about} out.",
        f"I hear what you're saying about {about}, but you need to be realistic.",
        f"You're in denial about {about}.",
        f"If you carry on like this with {about}, you'll end up back in hospital.",
        f"Do you still bother with {about}?",
        "Is anybody helping you? Do you go out? Are you eating?",
    ]


def play_badly(script: Script, store: SessionStore, seed: int) -> Conversation:
    """The same five stages, one suggested prompt each, then traps and rapid questions."""
    conversation = start(script, store, seed)
    facts = list(script.facts)
    index = 0
    for stage in Stage:
        conversation.set_stage(stage)
        for prompt in open_prompts(script, stage)[:1]:
            conversation.say(prompt)
        for _ in range(QUESTIONS_PER_STAGE - 1):
            fact = facts[index % len(facts)]
            line = trap_lines(fact)[index % len(trap_lines(fact))]
            conversation.say(line)
            index += 1
    return conversation


def result(script: Script, conversation: Conversation) -> Result:
    """The figures of a played conversation."""
    session = conversation.session
    return Result(
        revealed=len(set(session.roleplay.revealed)),
        deepened=len(set(session.roleplay.deepened)),
        facts=len(script.facts),
        rapport=session.roleplay.rapport,
        traps=sum(len(turn.warnings) for turn in session.turns),
        turns=len(session.turns),
    )


def report(name: str, seed: int, figures: Result) -> None:
    """Print the figures of one play."""
    print(
        f"{name} (seed {seed}): revealed {figures.revealed}/{figures.facts} "
        f"({figures.share:.0%}), deepened {figures.deepened}, final rapport {figures.rapport}/5, "
        f"trap warnings {figures.traps}, turns {figures.turns}"
    )


@pytest.mark.parametrize("seed", SEEDS)
def test_good_technique_reveals_most_of_the_person(
    script: Script, tmp_path: Path, seed: int
) -> None:
    store = SessionStore(tmp_path / "sessions")
    conversation = play_well(script, store, seed)
    figures = result(script, conversation)
    report("good technique", seed, figures)
    assert figures.share >= 0.8
    assert figures.deepened >= figures.revealed // 2
    assert figures.traps == 0
    assert figures.rapport >= 4
    saved = store.load(conversation.session.id)
    assert saved.roleplay == conversation.session.roleplay
    assert {entry.fact_id for entry in saved.board} == set(saved.roleplay.revealed)


@pytest.mark.parametrize("seed", SEEDS)
def test_traps_close_the_person_down(script: Script, tmp_path: Path, seed: int) -> None:
    store = SessionStore(tmp_path / "sessions")
    conversation = play_badly(script, store, seed)
    figures = result(script, conversation)
    report("full of traps", seed, figures)
    assert figures.share <= 0.3
    assert figures.rapport <= 1
    kinds = {w.trap for turn in conversation.session.turns for w in turn.warnings}
    assert len(kinds) >= 5, kinds
    assert Trap.QUESTION_AND_ANSWER in kinds


def test_the_same_seed_plays_the_same_conversation(script: Script, tmp_path: Path) -> None:
    first = play_well(script, SessionStore(tmp_path / "a"), 4).session
    second = play_well(script, SessionStore(tmp_path / "b"), 4).session
    assert [turn.text for turn in first.turns] == [turn.text for turn in second.turns]
    assert first.roleplay == second.roleplay
