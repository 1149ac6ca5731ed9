"""The scripted person: opens up to good technique, closes down after traps, deterministically."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conversation.model import Act, FactKind, Mode, Stage, Trap, TrapWarning
from conversation.roleplay import REACTIONS, PersonReply, RolePlay, stem, words
from conversation.script import Fact, Person, Reactions, Script, ScriptMeta, StageGuide
from conversation.session import RoleplayState


@dataclass(frozen=True)
class Said:
    """A practitioner's line as the analysis would label it."""

    act: Act
    warnings: tuple[TrapWarning, ...] = field(default=())


def trap(kind: Trap) -> Said:
    """A line carrying one trap."""
    return Said(Act.INFORMATION, (TrapWarning(kind, "evidence", "message", "suggestion"),))


OPEN = Said(Act.OPEN_QUESTION)
CLOSED = Said(Act.CLOSED_QUESTION)
REFLECT = Said(Act.REFLECTION)
SUMMARY = Said(Act.SUMMARY)

TRAP_REPLIES: dict[Trap, tuple[str, ...]] = {
    t: (f"{t.value} reaction one", f"{t.value} reaction two") for t in Trap
}


def make_script() -> Script:
    """A small script with four facts, enough to try every rule."""
    facts = (
        Fact(
            "garden",
            FactKind.IMPORTANT_TO,
            "Her garden",
            ("garden", "roses"),
            "The garden is everything to me.",
            "I planted those roses with my husband.",
        ),
        Fact(
            "daughter",
            FactKind.WHO,
            "Daughter Sian",
            ("daughter", "family"),
            "Sian comes on Sundays.",
            "I worry I'm a burden to her.",
        ),
        Fact(
            "falls",
            FactKind.WORRY,
            "Falling again",
            ("fall", "worried about"),
            "I'm frightened of falling again.",
            "Since the stroke I don't trust my leg.",
        ),
        Fact(
            "scale",
            FactKind.SCALE,
            "Confidence 4 of 10",
            ("scale",),
            "About a four, I'd say.",
            "A five would be walking to the gate on my own.",
            scale=4,
        ),
        Fact(
            "chapel",
            FactKind.IMPORTANT_TO,
            "Chapel on Sundays",
            ("chapel", "choir"),
            "I haven't missed chapel in forty years.",
            "The hymns keep me going.",
        ),
    )
    return Script(
        meta=ScriptMeta("test", "Test", "home", (Mode.PRACTISE,), "en-GB", "1"),
        person=Person("Mair", 78, "Had a stroke.", "Oh, hello. Come in."),
        stages={stage: StageGuide(stage, "guide", ("Tell me more.",)) for stage in Stage},
        facts=facts,
        reactions=Reactions(
            traps=TRAP_REPLIES,
            closed_question=("Yes.", "No, not really."),
            unknown=("I couldn't say.", "Hm, maybe."),
            summary_confirmed=("Yes, that's it exactly.",),
            summary_corrected=("No, that's not quite it.",),
        ),
        demo=(),
        outcomes=(),
    )


@pytest.fixture
def person() -> RolePlay:
    """A fresh role play on the small script."""
    return RolePlay(make_script(), RoleplayState(seed=7))


def test_opening_is_the_persons_first_words(person: RolePlay) -> None:
    assert person.opening() == "Oh, hello. Come in."


def test_good_open_question_on_a_topic_reveals_that_fact(person: RolePlay) -> None:
    reply = person.respond("What do you enjoy about the garden?", OPEN, Stage.OPEN)
    assert reply.reaction == "opened"
    assert [fact.id for fact in reply.revealed] == ["garden"]
    assert reply.text == "The garden is everything to me."
    assert person.state.revealed == ["garden"]


def test_topics_match_plurals_and_case(person: RolePlay) -> None:
    reply = person.respond("Tell me about your FAMILIES, and the Gardens.", OPEN, Stage.LISTEN)
    assert {fact.id for fact in reply.revealed} <= {"garden", "daughter"}
    assert reply.revealed
    assert stem("falls") == stem("falling") == stem("fall")
    assert words("Gardens’s") == words("gardens")


def test_multiword_topic_needs_its_content_words(person: RolePlay) -> None:
    assert [f.id for f in person.touched("What are you most worried about?")] == ["falls"]
    assert person.touched("What about it?") == []


def test_reflection_on_a_revealed_fact_earns_the_deeper_reply(person: RolePlay) -> None:
    person.respond("Tell me about your garden.", OPEN, Stage.OPEN)
    reply = person.respond("The garden really matters to you.", REFLECT, Stage.LISTEN)
    assert reply.reaction == "deepened"
    assert [fact.id for fact in reply.deepened] == ["garden"]
    assert reply.text == "I planted those roses with my husband."
    assert person.state.deepened == ["garden"]


def test_reflection_following_the_last_fact_earns_its_deeper_reply(person: RolePlay) -> None:
    person.respond("Who is important to you?", Said(Act.OPEN_QUESTION), Stage.OPEN)
    person.respond("Tell me about your daughter.", OPEN, Stage.OPEN)
    reply = person.respond("She means a lot to you.", REFLECT, Stage.LISTEN)
    assert [fact.id for fact in reply.deepened] == ["daughter"]


def test_reflections_raise_rapport_slowly_up_to_five(person: RolePlay) -> None:
    rapports = [
        person.respond("That sounds hard.", REFLECT, Stage.LISTEN).rapport for _ in range(4)
    ]
    assert rapports == [4, 5, 5, 5]


def test_closed_question_gets_a_short_answer_and_reveals_nothing(person: RolePlay) -> None:
    reply = person.respond("Do you like the garden?", CLOSED, Stage.OPEN)
    assert reply.reaction == "short"
    assert reply.text in ("Yes.", "No, not really.")
    assert reply.revealed == []
    assert person.state.revealed == []


def test_trap_gets_the_scripts_reaction_and_the_person_goes_guarded(person: RolePlay) -> None:
    reply = person.respond("You should move to a home.", trap(Trap.EXPERT), Stage.OPEN)
    assert reply.reaction == "trap"
    assert reply.text in TRAP_REPLIES[Trap.EXPERT]
    assert reply.rapport == 2
    guarded = person.respond("Tell me about the garden.", OPEN, Stage.OPEN)
    assert guarded.reaction == "guarded"
    assert guarded.revealed == []
    assert guarded.text in ("I couldn't say.", "Hm, maybe.")
    # After the guarded turns, good technique opens the person up again.
    person.respond("That sounds hard.", REFLECT, Stage.LISTEN)
    opened = person.respond("Tell me about the garden.", OPEN, Stage.OPEN)
    assert [fact.id for fact in opened.revealed] == ["garden"]


def test_repeated_traps_close_the_person_down(person: RolePlay) -> None:
    for kind in (Trap.POWER, Trap.LABELLING, Trap.CONFRONTATIONAL):
        person.respond("You are being difficult.", trap(kind), Stage.OPEN)
    assert person.state.rapport == 0
    for _ in range(3):
        reply = person.respond("What matters about the garden?", OPEN, Stage.OPEN)
        assert reply.revealed == []
        assert reply.reaction == "guarded"


def test_two_traps_in_one_line_cost_two_rapport(person: RolePlay) -> None:
    both = Said(
        Act.INFORMATION,
        (
            TrapWarning(Trap.YES_BUT, "but", "m", "s"),
            TrapWarning(Trap.EXPERT, "should", "m", "s"),
        ),
    )
    reply = person.respond("I hear you, but you should...", both, Stage.LISTEN)
    assert reply.rapport == 1
    assert reply.text in TRAP_REPLIES[Trap.YES_BUT]


def test_summary_of_revealed_facts_is_confirmed(person: RolePlay) -> None:
    person.respond("Tell me about the garden.", OPEN, Stage.OPEN)
    person.respond("And your family?", OPEN, Stage.OPEN)
    reply = person.respond(
        "So the garden matters and your daughter visits.", SUMMARY, Stage.SUMMARY
    )
    assert reply.reaction == "confirmed"
    assert reply.text.startswith("Yes, that's it exactly.")


def test_summary_while_guarded_is_confirmed_but_adds_nothing(person: RolePlay) -> None:
    person.respond("Tell me about the garden.", OPEN, Stage.OPEN)
    person.respond("And your family?", OPEN, Stage.OPEN)
    person.respond("You should get a gardener.", trap(Trap.PROBLEM_SOLVING), Stage.LISTEN)
    reply = person.respond("So the garden and your daughter matter.", SUMMARY, Stage.SUMMARY)
    assert reply.reaction == "confirmed"
    assert reply.text == "Yes, that's it exactly."
    assert reply.deepened == []


def test_summary_that_misses_what_was_said_is_corrected(person: RolePlay) -> None:
    person.respond("Tell me about the garden.", OPEN, Stage.OPEN)
    reply = person.respond("So you want more help with the shopping.", SUMMARY, Stage.SUMMARY)
    assert reply.reaction == "corrected"
    assert reply.text == "No, that's not quite it."


def test_unknown_topic_gets_a_non_committal_reply(person: RolePlay) -> None:
    person.state.rapport = 2  # not enough to volunteer something unasked
    reply = person.respond("What do you think of the football?", OPEN, Stage.INFORM)
    assert reply.reaction == "unknown"
    assert reply.text in ("I couldn't say.", "Hm, maybe.")
    assert reply.revealed == []


def test_open_question_with_no_topic_draws_something_suited_to_the_stage(
    person: RolePlay,
) -> None:
    reply = person.respond("Tell me about yourself.", OPEN, Stage.OPEN)
    assert [fact.id for fact in reply.revealed] == ["garden"]
    explore = person.respond("What would you like to happen?", OPEN, Stage.EXPLORE)
    assert [fact.kind for fact in explore.revealed] == [FactKind.WORRY]


def test_stage_prefers_its_own_kinds_of_fact_whatever_the_script_order() -> None:
    script = make_script()
    backwards = replace(script, facts=tuple(reversed(script.facts)))
    person = RolePlay(backwards, RoleplayState())
    reply = person.respond("What would you like to happen?", OPEN, Stage.EXPLORE)
    assert [fact.id for fact in reply.revealed] == ["falls"]  # a worry before the scale
    opening = person.respond("Tell me about yourself.", OPEN, Stage.OPEN)
    assert [fact.id for fact in opening.revealed] == ["chapel"]  # what matters, first listed


def test_facts_are_revealed_once(person: RolePlay) -> None:
    person.respond("Tell me about the garden.", OPEN, Stage.OPEN)
    again = person.respond("Tell me about the garden.", OPEN, Stage.OPEN)
    assert "garden" not in [fact.id for fact in again.revealed]
    assert person.state.revealed.count("garden") == 1


def test_open_question_on_a_revealed_topic_goes_deeper(person: RolePlay) -> None:
    person.respond("Tell me about the garden.", OPEN, Stage.OPEN)
    reply = person.respond("What else about the garden?", OPEN, Stage.OPEN)
    assert reply.reaction == "deepened"
    assert [fact.id for fact in reply.deepened] == ["garden"]


def test_open_question_on_a_finished_topic_draws_the_next_of_its_kind(person: RolePlay) -> None:
    person.respond("Tell me about the roses.", OPEN, Stage.OPEN)
    person.respond("The garden means a lot to you.", REFLECT, Stage.LISTEN)
    reply = person.respond("Anything else like the garden?", OPEN, Stage.EXPLORE)
    assert [fact.id for fact in reply.revealed] == ["chapel"]
    person.respond("The chapel matters to you too.", REFLECT, Stage.EXPLORE)
    again = person.respond("Anything else about the garden?", OPEN, Stage.INFORM)
    # Everything of that kind is told in full: a brief restatement, nothing new.
    assert again.revealed == [] and again.deepened == []
    assert again.reaction == "short"
    assert again.text.startswith("The garden is everything to me.")


def test_reflection_with_nothing_new_is_agreed_with(person: RolePlay) -> None:
    person.state.rapport = 2
    person.respond("Tell me about the garden.", OPEN, Stage.OPEN)
    person.respond("The garden matters.", REFLECT, Stage.LISTEN)
    person.state.rapport = 1  # rises to 2 with the reflection: not enough to volunteer more
    reply = person.respond("That sounds like a lot.", REFLECT, Stage.INFORM)
    assert reply.reaction == "confirmed"
    assert reply.revealed == [] and reply.deepened == []


def test_state_naming_facts_the_script_no_longer_has_is_carried_on() -> None:
    state = RoleplayState(seed=2, revealed=["gone"], deepened=[], last_fact="gone")
    person = RolePlay(make_script(), state)
    reply = person.respond("That sounds hard.", REFLECT, Stage.LISTEN)
    assert reply.text
    assert "gone" not in state.deepened


LINES: list[tuple[str, Said, Stage]] = [
    ("Tell me about yourself.", OPEN, Stage.OPEN),
    ("Do you have family?", CLOSED, Stage.OPEN),
    ("You should sell the house.", trap(Trap.EXPERT), Stage.LISTEN),
    ("What's the weather like?", OPEN, Stage.LISTEN),
    ("So it's hard.", REFLECT, Stage.LISTEN),
    ("On a scale of one to ten?", OPEN, Stage.EXPLORE),
    ("So the garden and the scale.", SUMMARY, Stage.SUMMARY),
]


def play(seed: int) -> list[PersonReply]:
    """Play the same lines with a given seed."""
    person = RolePlay(make_script(), RoleplayState(seed=seed))
    return [person.respond(text, said, stage) for text, said, stage in LINES]


def test_same_seed_and_lines_give_the_same_replies() -> None:
    assert play(3) == play(3)
    texts = {tuple(reply.text for reply in play(seed)) for seed in range(12)}
    assert len(texts) > 1  # the seed does choose between the script's alternatives


def test_resumed_state_carries_on_exactly() -> None:
    whole = play(5)
    person = RolePlay(make_script(), RoleplayState(seed=5))
    first = [person.respond(t, s, st) for t, s, st in LINES[:3]]
    copied = RoleplayState(**{k: getattr(person.state, k) for k in vars(person.state)})
    copied.revealed = list(copied.revealed)
    copied.deepened = list(copied.deepened)
    rest = [RolePlay(make_script(), copied).respond(t, s, st) for t, s, st in LINES[3:4]]
    assert first + rest == whole[:4]


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(
        st.tuples(
            st.text(),
            st.sampled_from([OPEN, CLOSED, REFLECT, SUMMARY, trap(Trap.POWER), Said(Act.OTHER)]),
            st.sampled_from(list(Stage)),
        ),
        max_size=12,
    )
)
def test_any_conversation_keeps_the_state_sound(lines: list[tuple[str, Said, Stage]]) -> None:
    person = RolePlay(make_script(), RoleplayState(seed=1))
    for text, said, stage in lines:
        reply = person.respond(text, said, stage)
        assert reply.text and reply.reaction in REACTIONS
        assert 0 <= reply.rapport <= 5
    state = person.state
    assert len(set(state.revealed)) == len(state.revealed)
    assert len(set(state.deepened)) == len(state.deepened)
    assert set(state.deepened) <= set(state.revealed)
    assert state.step == len(lines)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "🙂🙂🙂", "Ŵ ŷ ŵ", "\x00\x1b[31m\r\n", "garden " * 15_000, "?" * 100_000],
)
@pytest.mark.parametrize("said", [OPEN, CLOSED, REFLECT, SUMMARY, Said(Act.OTHER)])
def test_any_text_gets_a_reply(person: RolePlay, text: str, said: Said) -> None:
    reply = person.respond(text, said, Stage.LISTEN)
    assert isinstance(reply.text, str) and reply.text
    assert reply.reaction in REACTIONS
    assert 0 <= reply.rapport <= 5


def test_greetings_thanks_and_small_talk_get_social_replies() -> None:
    base = make_script()
    reactions = replace(
        base.reactions,
        greeting=("Hello, come in.",),
        thanks=("You're welcome.",),
        social=("There we are.",),
    )
    person = RolePlay(replace(base, reactions=reactions), RoleplayState(seed=1))
    other = Said(Act.OTHER)
    hello = person.respond("Good morning, I'm Sam from the council, thanks for having me.",
                           other, Stage.OPEN)
    assert (hello.reaction, hello.text) == ("social", "Hello, come in.")
    assert person.respond("Thanks ever so much.", other, Stage.OPEN).text == "You're welcome."
    assert person.respond("Right, okay.", other, Stage.OPEN).text == "There we are."
    assert person.state.revealed == []


def test_without_social_replies_small_talk_gets_a_non_committal_one(person: RolePlay) -> None:
    reply = person.respond("Hello!", Said(Act.OTHER), Stage.OPEN)
    assert reply.reaction == "unknown" and reply.text in ("I couldn't say.", "Hm, maybe.")


def test_asked_leave_after_a_trap_she_gives_it_and_hears_what_follows() -> None:
    base = make_script()
    reactions = replace(base.reactions, permission=("Go on, then.",), social=("Mm.",))
    person = RolePlay(replace(base, reactions=reactions), RoleplayState(seed=1))
    person.respond("You should move to a home.", trap(Trap.EXPERT), Stage.OPEN)
    assert person.state.guarded_turns > 0
    asked = person.respond("Would it be alright if I shared how the assessment works?",
                           CLOSED, Stage.INFORM)
    assert (asked.reaction, asked.text) == ("permission", "Go on, then.")
    told = person.respond("The assessment looks at what you can do and what you'd like.",
                          Said(Act.INFORMATION), Stage.INFORM)
    assert told.reaction == "informed"


def test_asking_permission_to_share_information_gets_a_yes_in_character() -> None:
    base = make_script()
    reactions = replace(base.reactions, permission=("Go on, then.",), social=("Mm.",))
    person = RolePlay(replace(base, reactions=reactions), RoleplayState(seed=1))
    information = Said(Act.INFORMATION)
    asked = person.respond("Would it help if I told you how the assessment works?",
                           information, Stage.INFORM)
    assert (asked.reaction, asked.text) == ("permission", "Go on, then.")
    told = person.respond("The assessment looks at what you can do and what you'd like.",
                          information, Stage.INFORM)
    assert told.reaction == "informed"  # a reaction to what she was told, not a blank
    assert told.text.startswith("The assessment.")
