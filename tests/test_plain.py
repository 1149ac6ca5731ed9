"""``practise --plain`` and ``record --plain``: the conversation as line-by-line prompts, with
the labels, warnings, replies, stages and saved session of the full-screen app."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.input.base import PipeInput
from prompt_toolkit.output import DummyOutput

from conversation import cli
from conversation.commands.plain import NAME_QUESTION, run_plain
from conversation.conduct import Conversation
from conversation.model import Mode, Speaker, Stage, Trap
from conversation.paths import settings_file
from conversation.script_loader import load_bundled
from conversation.session import Session
from conversation.settings import Settings, load_settings, save_settings
from conversation.store import SessionStore

ENTER = "\r"
CLEAR_LINE = "\x15"  # ctrl+u: clear what is before the cursor (the prefilled line)
TRAP_LINE = "You should really move into a care home."
BETTER_LINE = "Tell me a bit about what has been happening since you came home."
REFLECTION = "It sounds as if the garden matters a great deal to you."


@pytest.fixture
def pipe() -> Iterator[PipeInput]:
    with create_pipe_input() as pipe_input:
        yield pipe_input


def parse(*argv: str) -> argparse.Namespace:
    """The command line's own parsing of ``argv``."""
    return cli.build_parser().parse_args(list(argv))


def run(pipe: PipeInput, keys: str, *argv: str) -> tuple[int, list[str]]:
    """Run plain mode with ``keys`` typed; its exit code and every line it printed."""
    pipe.send_text(keys)
    printed: list[str] = []
    code = run_plain(parse(*argv), input=pipe, output=DummyOutput(), say=printed.append)
    return code, printed


def only_session(sessions: Path) -> Session:
    """The one session saved in the folder."""
    store = SessionStore(sessions)
    (summary,) = store.list()
    return store.load(summary.id)


def test_practise_plain_labels_warns_replies_moves_stage_and_saves(
    pipe: PipeInput, _isolated_paths: Path
) -> None:
    keys = (
        "Sam Jones" + ENTER  # the name, asked the first time
        + TRAP_LINE + ENTER
        + "n"  # not as it is
        + CLEAR_LINE + BETTER_LINE + ENTER  # said another way
        + "/next" + ENTER
        + REFLECTION + ENTER
        + "/finish" + ENTER
    )
    code, printed = run(pipe, keys, "practise", "--plain", "--seed", "3")
    assert code == 0
    text = "\n".join(printed)
    assert "Label: Open question" in text
    assert "Warning: Expert trap" in text and "Try: " in text
    assert "Stage 2 of 5: Active listening" in text
    assert "Rapport " in text
    assert "The conversation is finished. Feedback:" in text

    session = only_session(_isolated_paths)
    assert session.practitioner == "Sam Jones"
    assert session.ended is not None and session.feedback
    mine = [turn for turn in session.turns if turn.speaker is Speaker.PRACTITIONER]
    assert [turn.text for turn in mine] == [BETTER_LINE, REFLECTION]  # the trap line unsaid
    assert [turn.stage for turn in mine] == [Stage.OPEN, Stage.LISTEN]
    assert load_settings(settings_file()).name == "Sam Jones"

    # The same lines through the domain directly: the same labels, warnings and replies.
    direct = Conversation.start(
        mode=Mode.PRACTISE,
        script=load_bundled(),
        practitioner="Sam Jones",
        person=None,
        store=None,
        seed=3,
    )
    direct.say(BETTER_LINE)
    direct.set_stage(Stage.LISTEN)
    direct.say(REFLECTION)
    assert [(t.speaker, t.text, t.act, t.warnings) for t in session.turns] == [
        (t.speaker, t.text, t.act, t.warnings) for t in direct.session.turns
    ]
    for turn in session.turns:
        if turn.speaker is Speaker.PERSON:
            assert f"{session.person}: {turn.text}" in printed


def test_a_trap_said_as_it_is_is_saved_with_its_warning(
    pipe: PipeInput, _isolated_paths: Path
) -> None:
    code, printed = run(
        pipe, TRAP_LINE + ENTER + "y" + "/finish" + ENTER,
        "practise", "--plain", "--name", "Ali",
    )
    assert code == 0
    (turn,) = [t for t in only_session(_isolated_paths).turns if t.speaker is Speaker.PRACTITIONER]
    assert turn.text == TRAP_LINE
    assert Trap.EXPERT in {warning.trap for warning in turn.warnings}
    assert "Expert trap in: “" + TRAP_LINE + "”" in printed


def test_the_name_is_asked_once_and_name_flag_wins(pipe: PipeInput, _isolated_paths: Path) -> None:
    save_settings(Settings(name="Remembered"), settings_file())
    code, printed = run(pipe, "/finish" + ENTER, "practise", "--plain", "--name", "Given")
    assert code == 0
    assert only_session(_isolated_paths).practitioner == "Given"
    assert load_settings(settings_file()).name == "Remembered"
    assert NAME_QUESTION not in printed


def test_a_remembered_name_is_used_without_asking(tmp_path: Path) -> None:
    save_settings(Settings(name="Remembered"), settings_file())
    with create_pipe_input() as pipe:
        # Were the name asked, "/finish" would become the name and the loop would wait.
        code, _ = run(pipe, "/finish" + ENTER, "practise", "--plain")
    assert code == 0
    sessions = tmp_path / "sessions"
    assert only_session(sessions).practitioner == "Remembered"


def test_record_plain_keeps_the_persons_words_and_notes_exactly(
    pipe: PipeInput, _isolated_paths: Path
) -> None:
    words = "Mae'r ardd yn bwysig i mi 👩‍👧 — really"
    keys = (
        "How have things been?" + ENTER
        + "/person " + words + ENTER
        + "/fact" + ENTER + "Lives alone." + ENTER
        + "/opinion Seems tired." + ENTER
        + "/stage 3" + ENTER
        + "/finish" + ENTER
    )
    code, printed = run(pipe, keys, "record", "--plain", "--name", "Sam", "--pseudonym", "Mrs A")
    assert code == 0
    session = only_session(_isolated_paths)
    assert session.mode is Mode.RECORD and session.person == "Mrs A"
    person = [turn for turn in session.turns if turn.speaker is Speaker.PERSON]
    assert [turn.text for turn in person] == [words]
    assert person[0].own_words
    assert [(note.text, note.is_opinion) for note in session.notes] == [
        ("Lives alone.", False),
        ("Seems tired.", True),
    ]
    assert session.stage is Stage.EXPLORE
    assert "Label: Closed question" in printed or "Label: Open question" in printed


def test_end_of_input_stops_with_everything_saved(pipe: PipeInput, _isolated_paths: Path) -> None:
    pipe.send_text("Tell me about your garden." + ENTER)
    pipe.close()
    printed: list[str] = []
    code = run_plain(
        parse("practise", "--plain", "--name", "Sam"),
        input=pipe,
        output=DummyOutput(),
        say=printed.append,
    )
    assert code == 0
    session = only_session(_isolated_paths)
    assert session.ended is None
    assert [t.text for t in session.turns if t.speaker is Speaker.PRACTITIONER] == [
        "Tell me about your garden."
    ]
    assert any(line.startswith("Stopped.") and session.id in line for line in printed)


def test_unknown_commands_and_help_are_answered(pipe: PipeInput) -> None:
    code, printed = run(
        pipe, "/dance" + ENTER + "/help" + ENTER + "/finish" + ENTER,
        "practise", "--plain", "--name", "Sam",
    )
    assert code == 0
    assert any(line.startswith("Unknown command /dance") for line in printed)
    assert "  /next: move on to the next stage" in printed
    assert not any(line.startswith("  /person") for line in printed)  # record only


def test_plain_mode_needs_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["practise", "--plain"]) == 2
    assert "needs an interactive terminal" in capsys.readouterr().err
