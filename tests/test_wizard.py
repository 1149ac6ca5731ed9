"""The ``conversation new`` wizard and its flags."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.input.base import PipeInput
from prompt_toolkit.output import DummyOutput

from conversation import cli
from conversation.commands import new
from conversation.model import DEFAULT_PSEUDONYM, Mode
from conversation.paths import DEFAULT_SCRIPT_ID
from conversation.script import Person, Reactions, Script, ScriptMeta
from conversation.wizard import (
    Answers,
    WizardAnswers,
    WizardCancelled,
    ask,
    missing_flags,
    name_problem,
    scripts_for,
)

DOWN = "\x1b[B"
ENTER = "\r"


def script(script_id: str, title: str, modes: tuple[Mode, ...]) -> Script:
    """A script with just enough to be offered by the wizard."""
    return Script(
        meta=ScriptMeta(script_id, title, "At home", modes, "en-GB", "1"),
        person=Person("Dilys", 78, "", ""),
        stages={},
        facts=(),
        reactions=Reactions({}, (), (), (), ()),
        demo=(),
        outcomes=(),
    )


SCRIPTS = [
    script("alpha", "Alpha", (Mode.PRACTISE, Mode.DEMONSTRATE)),
    script("beta", "Beta", (Mode.PRACTISE, Mode.RECORD)),
]


@pytest.fixture
def pipe() -> Iterator[PipeInput]:
    with create_pipe_input() as pipe_input:
        yield pipe_input


def test_asks_every_question_when_nothing_is_given(pipe: PipeInput) -> None:
    # mode: down twice to record; script: down once to beta; name; pseudonym
    pipe.send_text(DOWN + DOWN + ENTER + DOWN + ENTER + "Sam Jones" + ENTER + "Mr B" + ENTER)
    answers = ask(Answers(), SCRIPTS, input=pipe, output=DummyOutput())
    assert answers == WizardAnswers(Mode.RECORD, "beta", "Sam Jones", "Mr B")


def test_asks_only_what_the_flags_did_not_give(pipe: PipeInput) -> None:
    pipe.send_text("  Ffion Ŵyn 🙂  " + ENTER)
    answers = ask(
        Answers(mode=Mode.PRACTISE, script_id="alpha"), SCRIPTS, input=pipe, output=DummyOutput()
    )
    assert answers == WizardAnswers(Mode.PRACTISE, "alpha", "Ffion Ŵyn 🙂", None)


def test_no_pseudonym_question_outside_record_mode(pipe: PipeInput) -> None:
    # demonstrate is the first mode; only one script suits it, so no script question
    pipe.send_text(ENTER + "Sam" + ENTER)
    answers = ask(Answers(), SCRIPTS, input=pipe, output=DummyOutput())
    assert answers == WizardAnswers(Mode.DEMONSTRATE, "alpha", "Sam", None)


def test_blank_name_is_refused_until_one_is_typed(pipe: PipeInput) -> None:
    pipe.send_text("   " + ENTER + "Sam" + ENTER)
    answers = ask(
        Answers(mode=Mode.PRACTISE, script_id="alpha"), SCRIPTS, input=pipe, output=DummyOutput()
    )
    assert answers.practitioner == "Sam"


def test_ctrl_c_cancels(pipe: PipeInput) -> None:
    pipe.send_text("\x03")
    with pytest.raises(WizardCancelled):
        ask(Answers(), SCRIPTS, input=pipe, output=DummyOutput())


def test_nothing_asked_when_everything_is_given(pipe: PipeInput) -> None:
    answers = ask(
        Answers(Mode.RECORD, "beta", "Sam", "Mr B"), SCRIPTS, input=pipe, output=DummyOutput()
    )
    assert answers == WizardAnswers(Mode.RECORD, "beta", "Sam", "Mr B")


def test_missing_flags_and_scripts_for_mode() -> None:
    assert missing_flags(Answers()) == ["--mode", "--script", "--name", "--pseudonym (record mode)"]
    assert missing_flags(Answers(mode=Mode.PRACTISE)) == ["--script", "--name"]
    assert missing_flags(Answers(Mode.RECORD, "beta", "Sam")) == ["--pseudonym"]
    assert [s.meta.id for s in scripts_for(Mode.RECORD, SCRIPTS)] == ["beta"]
    assert [s.meta.id for s in scripts_for(Mode.SUPERVISE, SCRIPTS)] == ["alpha", "beta"]
    assert name_problem("  ", "--name") == "--name must not be empty"
    assert name_problem("a\x07b", "--name") is not None
    assert name_problem("x" * 101, "--name") is not None
    assert name_problem("Siân", "--name") is None


class Launched:
    """Records what the command would open instead of opening the app."""

    def __init__(self) -> None:
        self.calls: list[tuple[WizardAnswers, Any]] = []

    def __call__(self, answers: WizardAnswers, args: argparse.Namespace) -> int:
        self.calls.append((answers, getattr(args, "sessions", None)))
        return 0


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> Launched:
    recorder = Launched()
    monkeypatch.setattr(new, "launch", recorder)
    monkeypatch.setattr(new, "has_terminal", lambda: False)
    return recorder


def test_flags_alone_open_the_app_without_a_terminal(launched: Launched, tmp_path: Any) -> None:
    code = cli.main(
        [
            "new",
            "--mode",
            "record",
            "--script",
            DEFAULT_SCRIPT_ID,
            "--name",
            "Sam",
            "--pseudonym",
            "Mr B",
            "--sessions",
            str(tmp_path / "here"),
        ]
    )
    assert code == 0
    assert launched.calls == [
        (WizardAnswers(Mode.RECORD, DEFAULT_SCRIPT_ID, "Sam", "Mr B"), str(tmp_path / "here"))
    ]


def test_no_terminal_and_missing_answers_names_the_flags(
    launched: Launched, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["new", "--mode", "practise"])
    assert code == 2
    err = capsys.readouterr().err
    assert "no terminal" in err
    assert "--script" in err and "--name" in err
    assert "--pseudonym" not in err
    assert launched.calls == []


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--script", "no-such-script"], "no script with id 'no-such-script'"),
        (["--name", "   "], "--name must not be empty"),
        (["--mode", "practise", "--pseudonym", "Mr B"], "--pseudonym is for record mode only"),
    ],
)
def test_bad_flags_exit_2_with_a_message(
    launched: Launched, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    assert cli.main(["new", *argv]) == 2
    assert expected in capsys.readouterr().err
    assert launched.calls == []


def test_bad_mode_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["new", "--mode", "lecture"])
    assert exit_info.value.code == 2
    assert "--mode" in capsys.readouterr().err


def test_answers_from_flags() -> None:
    args = argparse.Namespace(mode="demonstrate", script=None, name="Sam", pseudonym=None)
    assert new.answers_from(args) == Answers(Mode.DEMONSTRATE, None, "Sam", None)


def test_launch_hands_the_answers_to_the_app_launcher(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from conversation.commands import app_modes

    seen: list[argparse.Namespace] = []

    def fake_run(request: argparse.Namespace) -> int:
        seen.append(request)
        return 0

    monkeypatch.setattr(app_modes, "run", fake_run)
    args = argparse.Namespace(sessions="/tmp/s", scripts=None)
    assert new.launch(WizardAnswers(Mode.RECORD, "beta", "Sam", "Mr B"), args) == 0
    (request,) = seen
    assert request.mode is Mode.RECORD
    assert (request.script, request.name, request.pseudonym) == ("beta", "Sam", "Mr B")
    assert request.sessions == "/tmp/s"
    assert request.command == "new"


def test_full_flags_without_a_terminal_exit_2_from_the_app_launcher(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = cli.main(["new", "--mode", "practise", "--script", DEFAULT_SCRIPT_ID, "--name", "Sam"])
    assert code == 2
    assert "needs an interactive terminal" in capsys.readouterr().err


def test_with_a_terminal_the_wizard_asks_what_is_missing_then_launches(
    monkeypatch: pytest.MonkeyPatch, pipe: PipeInput
) -> None:
    import conversation.wizard as wizard

    recorder = Launched()
    monkeypatch.setattr(new, "launch", recorder)
    monkeypatch.setattr(new, "has_terminal", lambda: True)
    real_ask = wizard.ask
    monkeypatch.setattr(
        wizard,
        "ask",
        lambda answers, scripts: real_ask(answers, scripts, input=pipe, output=DummyOutput()),
    )
    pipe.send_text("Sam" + ENTER)
    assert cli.main(["new", "--mode", "practise", "--script", DEFAULT_SCRIPT_ID]) == 0
    assert recorder.calls == [(WizardAnswers(Mode.PRACTISE, DEFAULT_SCRIPT_ID, "Sam", None), None)]


def test_cancelling_the_wizard_starts_nothing(
    monkeypatch: pytest.MonkeyPatch, pipe: PipeInput, capsys: pytest.CaptureFixture[str]
) -> None:
    import conversation.wizard as wizard

    recorder = Launched()
    monkeypatch.setattr(new, "launch", recorder)
    monkeypatch.setattr(new, "has_terminal", lambda: True)
    real_ask = wizard.ask
    monkeypatch.setattr(
        wizard,
        "ask",
        lambda answers, scripts: real_ask(answers, scripts, input=pipe, output=DummyOutput()),
    )
    pipe.send_text("\x03")
    assert cli.main(["new"]) == 2
    assert "cancelled" in capsys.readouterr().err
    assert recorder.calls == []


def test_a_script_not_written_for_the_mode_is_refused() -> None:
    problems = new.flag_problems(Answers(mode=Mode.RECORD, script_id="alpha"), SCRIPTS)
    assert problems == [
        "--script: 'alpha' is not written for record mode (it supports: practise, demonstrate)"
    ]
    assert new.flag_problems(Answers(mode=Mode.RECORD, script_id="beta"), SCRIPTS) == []
    assert new.flag_problems(Answers(script_id="alpha"), SCRIPTS) == []


def test_with_a_script_given_only_its_modes_are_offered(pipe: PipeInput) -> None:
    from conversation.wizard import modes_for

    assert modes_for("beta", SCRIPTS) == [Mode.PRACTISE, Mode.RECORD]
    assert modes_for(None, SCRIPTS) == list(Mode)
    # beta: practise first, record second
    pipe.send_text(DOWN + ENTER + "Sam" + ENTER + "Mr B" + ENTER)
    answers = ask(Answers(script_id="beta"), SCRIPTS, input=pipe, output=DummyOutput())
    assert answers == WizardAnswers(Mode.RECORD, "beta", "Sam", "Mr B")


def test_an_empty_pseudonym_means_the_person_in_the_wizard(pipe: PipeInput) -> None:
    pipe.send_text("   " + ENTER)
    answers = ask(
        Answers(mode=Mode.RECORD, script_id="beta", practitioner="Sam"),
        SCRIPTS, input=pipe, output=DummyOutput(),
    )
    assert answers == WizardAnswers(Mode.RECORD, "beta", "Sam", DEFAULT_PSEUDONYM)


def test_an_empty_pseudonym_flag_is_accepted_as_the_person(launched: Launched) -> None:
    argv = ["new", "--mode", "record", "--script", DEFAULT_SCRIPT_ID, "--name", "Sam",
            "--pseudonym", ""]
    assert cli.main(argv) == 0
    ((answers, _sessions),) = launched.calls
    assert answers.pseudonym == DEFAULT_PSEUDONYM
