"""The conversation controller: turns labelled and saved, the board filled, time kept, resume."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from conversation.analysis import analyse_conversation
from conversation.conduct import Conversation
from conversation.model import Act, Mode, Speaker, Stage, Trap
from conversation.script import Script
from conversation.script_loader import load_bundled
from conversation.store import SessionStore


class FakeClock:
    """A clock that moves only when told."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move time on."""
        self.now += timedelta(seconds=seconds)


@pytest.fixture(scope="module")
def script() -> Script:
    """The bundled default script."""
    return load_bundled()


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    """A store in a temporary folder."""
    return SessionStore(tmp_path / "sessions")


@pytest.fixture
def clock() -> FakeClock:
    """A fake clock."""
    return FakeClock()


def practise(script: Script, store: SessionStore | None, clock: FakeClock) -> Conversation:
    """A new practise conversation."""
    return Conversation.start(
        mode=Mode.PRACTISE,
        script=script,
        practitioner="Sioned",
        person=None,
        store=store,
        seed=1,
        clock=clock,
    )


def test_start_saves_a_session_with_the_persons_opening(
    script: Script, store: SessionStore, clock: FakeClock
) -> None:
    conversation = practise(script, store, clock)
    session = conversation.session
    assert session.person == script.person.name
    assert session.practitioner == "Sioned"
    assert session.script_id == script.meta.id
    assert [turn.speaker for turn in session.turns] == [Speaker.PERSON]
    assert session.turns[0].text == script.person.opening
    saved = store.load(session.id)
    assert saved.turns[0].text == script.person.opening
    assert saved.roleplay.seed == 1


def test_a_new_session_is_claimed_before_its_first_save(
    script: Script, store: SessionStore, clock: FakeClock
) -> None:
    claimed: list[tuple[str, bool]] = []
    conversation = Conversation.start(
        mode=Mode.PRACTISE,
        script=script,
        practitioner="Sam",
        person=None,
        store=store,
        clock=clock,
        claim=lambda session_id: claimed.append(
            (session_id, store.path_for(session_id).exists())
        ),
    )
    assert claimed == [(conversation.session.id, False)]
    assert store.path_for(conversation.session.id).exists()


def test_record_mode_has_no_scripted_person(
    script: Script, store: SessionStore, clock: FakeClock
) -> None:
    conversation = Conversation.start(
        mode=Mode.RECORD,
        script=script,
        practitioner="",
        person="Mrs P",
        store=store,
        clock=clock,
    )
    assert conversation.session.turns == []
    exchange = conversation.say("What matters to you at the moment?")
    assert exchange.reply is None
    words = "Dwi eisiau mynd adre — I want my own bed back 🛏️\n  honest."
    turn = conversation.record_person(words)
    assert turn.own_words and turn.speaker is Speaker.PERSON and turn.text == words
    note = conversation.add_note("She seemed tired.", is_opinion=True)
    saved = store.load(conversation.session.id)
    assert saved.person == "Mrs P"
    assert saved.turns[-1].text == words and saved.turns[-1].own_words
    assert saved.notes[0].text == note.text and saved.notes[0].is_opinion


def test_say_labels_the_line_lets_the_person_answer_and_fills_the_board(
    script: Script, store: SessionStore, clock: FakeClock
) -> None:
    conversation = practise(script, store, clock)
    text = "  Tell me a bit about your garden.  "
    exchange = conversation.say(text)
    assert exchange.turn.text == text  # kept exactly as typed
    assert exchange.turn.act is Act.OPEN_QUESTION
    assert exchange.reply is not None
    assert exchange.reply.revealed == ["garden"]
    assert exchange.reply.text == script.fact("garden").reply
    assert [entry.fact_id for entry in exchange.board_added] == ["garden"]
    assert exchange.board_added[0].text == script.fact("garden").summary
    saved = store.load(conversation.session.id)
    assert [turn.text for turn in saved.turns[1:]] == [text, script.fact("garden").reply]
    assert [entry.fact_id for entry in saved.board] == ["garden"]
    assert saved.roleplay.revealed == ["garden"]


def test_a_trap_is_recorded_with_its_warning_and_the_person_reacts(
    script: Script, store: SessionStore, clock: FakeClock
) -> None:
    conversation = practise(script, store, clock)
    exchange = conversation.say("You should move into a care home, it would be safer.")
    traps = {warning.trap for warning in exchange.turn.warnings}
    assert traps & {Trap.EXPERT, Trap.POWER, Trap.PROBLEM_SOLVING}
    assert exchange.reply is not None
    assert exchange.person is not None and exchange.person.reaction == "trap"
    assert exchange.rapport < 3
    saved = store.load(conversation.session.id)
    assert saved.turns[1].warnings == exchange.turn.warnings
    assert saved.roleplay.guarded_turns > 0


def test_third_question_in_a_row_carries_question_and_answer(
    script: Script, clock: FakeClock
) -> None:
    conversation = practise(script, None, clock)
    conversation.say("Do you live alone?")
    conversation.say("Does anyone visit you?")
    third = conversation.say("Do you go out on Sundays?")
    run = [w for w in third.turn.warnings if w.trap is Trap.QUESTION_AND_ANSWER]
    assert run and "third" in run[0].message
    fourth = conversation.say("Is the bus any good?")
    run = [w for w in fourth.turn.warnings if w.trap is Trap.QUESTION_AND_ANSWER]
    assert run and "fourth" in run[0].message and "third" not in run[0].message


def test_the_guides_open_questions_in_a_row_are_not_question_and_answer(
    script: Script, clock: FakeClock
) -> None:
    conversation = practise(script, None, clock)
    conversation.set_stage(Stage.EXPLORE)
    for prompt in script.stages[Stage.EXPLORE].prompts:
        said = conversation.say(prompt)
        assert Trap.QUESTION_AND_ANSWER not in {w.trap for w in said.turn.warnings}, prompt


def test_question_run_matches_the_whole_conversation_analysis(
    script: Script, clock: FakeClock
) -> None:
    lines = [
        "Are you well?",
        "I'm from the council.",
        "Does anyone visit you?",
        "What do you enjoy?",
        "Do you go out on Sundays?",
        "Is the bus any good?",
        "It sounds as if Sundays matter.",
        "Do you have a car?",
        "Does anyone help?",
        "Don't you think you'd be safer with a carer?",
    ]
    conversation = Conversation.start(
        mode=Mode.RECORD, script=script, practitioner="", person=None, store=None, clock=clock
    )
    said = [conversation.say(line).turn for line in lines]
    expected = analyse_conversation(lines)
    assert [turn.act for turn in said] == [analysis.act for analysis in expected]
    assert [tuple(turn.warnings) for turn in said] == [a.warnings for a in expected]
    flagged = [Trap.QUESTION_AND_ANSWER in {w.trap for w in turn.warnings} for turn in said]
    assert flagged == [False, False, False, False, True, True, False, False, False, True]


def test_blank_line_is_refused(script: Script, clock: FakeClock) -> None:
    conversation = practise(script, None, clock)
    with pytest.raises(ValueError):
        conversation.say(" \n\t ")
    assert len(conversation.session.turns) == 1


def test_odd_text_round_trips(script: Script, store: SessionStore, clock: FakeClock) -> None:
    conversation = practise(script, store, clock)
    texts = ["Shw mae? ŵ ŷ 🙂", "line\r\nbreak\ttab\x07", "x" * 100_000]
    for text in texts:
        conversation.say(text)
    saved = store.load(conversation.session.id)
    said = [turn.text for turn in saved.turns if turn.speaker is Speaker.PRACTITIONER]
    assert said == texts


def test_stage_change_reports_skipped_stages(script: Script, clock: FakeClock) -> None:
    conversation = practise(script, None, clock)
    conversation.say("Tell me a bit about how things have been.")
    change = conversation.set_stage(Stage.EXPLORE)
    assert change.stage is Stage.EXPLORE and change.skipped == [Stage.LISTEN]
    assert conversation.set_stage(Stage.LISTEN).skipped == []  # going back skips nothing
    conversation.say("It sounds as if it has been hard.")
    # Explore was visited but nothing was said there, so it counts as skipped too.
    assert conversation.set_stage(Stage.SUMMARY).skipped == [Stage.EXPLORE, Stage.INFORM]
    assert conversation.skipped_stages() == [Stage.EXPLORE, Stage.INFORM]


def test_stage_seconds_follow_the_clock(script: Script, clock: FakeClock) -> None:
    conversation = practise(script, None, clock)
    clock.advance(30)
    conversation.set_stage(Stage.LISTEN)
    clock.advance(45)
    conversation.say("It sounds hard.")
    clock.advance(15)
    seconds = conversation.stage_seconds()
    assert seconds[Stage.OPEN] == 30
    assert seconds[Stage.LISTEN] == 60
    assert seconds[Stage.EXPLORE] == 0


def test_saving_after_the_end_adds_no_time(script: Script, clock: FakeClock) -> None:
    conversation = practise(script, None, clock)
    clock.advance(30)
    conversation.finish()
    clock.advance(600)  # the practitioner ticks the self-review ten minutes later
    conversation.save()
    assert conversation.stage_seconds()[Stage.OPEN] == 30


def test_resume_restores_stage_board_and_the_person_exactly(
    script: Script, store: SessionStore, clock: FakeClock
) -> None:
    lines = [
        "Tell me a bit about how things have been since you came home.",
        "It sounds as if the garden means a great deal to you.",
        "What concerns you most at the moment?",
        "You should stop worrying, it will be fine.",
        "What would you like to be different?",
        "It sounds like the stairs matter most.",
    ]
    whole = practise(script, None, FakeClock())
    whole_replies = [whole.say(line).reply for line in lines]

    first = practise(script, store, clock)
    for line in lines[:3]:
        first.say(line)
    first.set_stage(Stage.EXPLORE)
    clock.advance(20)
    first.save()
    session_id = first.session.id
    saved = store.load(session_id)
    assert saved.stage is Stage.EXPLORE
    assert saved.board == first.session.board
    assert saved.roleplay == first.session.roleplay
    assert saved.stage_seconds[Stage.EXPLORE] == 20

    resumed = Conversation.resume(saved, script, store, clock)
    resumed.set_stage(Stage.OPEN)  # same stage as the uninterrupted run for the replies
    rest = [resumed.say(line).reply for line in lines[3:]]
    texts = [reply.text for reply in rest if reply is not None]
    assert texts == [reply.text for reply in whole_replies[3:] if reply is not None]


def test_finish_keeps_the_feedback_figures(
    script: Script, store: SessionStore, clock: FakeClock
) -> None:
    conversation = practise(script, store, clock)
    conversation.say("Tell me about your garden.")
    conversation.say("It sounds as if the garden means a great deal to you.")
    clock.advance(60)
    result = conversation.finish()
    assert conversation.session.ended == clock.now
    assert conversation.session.feedback == result.to_dict()
    saved = store.load(conversation.session.id)
    assert saved.ended == clock.now
    assert saved.feedback == result.to_dict()
