"""A practitioner's progress across sessions: each figure checked against values worked out
by hand, names matched ignoring case and accents, and the table, JSON and HTML chart."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conversation.cli import main
from conversation.model import Act, Mode, Speaker, Stage, Trap, TrapWarning
from conversation.progress import load_progress, progress_of, progress_svg
from conversation.session import DraftOutcome, Session, Turn
from conversation.store import SessionStore


def warning(trap: Trap) -> TrapWarning:
    """A saved warning of one trap."""
    return TrapWarning(trap, "words", "why it matters", "a better way")


def line(stage: Stage, act: Act, *traps: Trap) -> Turn:
    """A practitioner's line as saved: its act and its warnings."""
    when = datetime(2026, 11, 1, tzinfo=UTC)
    return Turn(Speaker.PRACTITIONER, stage, f"{act.value} line", when, act=act,
                warnings=[warning(trap) for trap in traps])


def reply(stage: Stage) -> Turn:
    """The other voice's words (never counted in the practitioner's figures)."""
    return Turn(Speaker.PERSON, stage, "What I said.", datetime(2026, 11, 1, tzinfo=UTC),
                own_words=True)


def session(session_id: str, day: int, mode: Mode, practitioner: str, turns: list[Turn],
            outcomes: tuple[str, ...] = (), script: str = "stroke-at-home") -> Session:
    """A saved session started on ``day`` of November 2026."""
    started = datetime(2026, 11, day, 10, 0, tzinfo=UTC)
    return Session(
        id=session_id, mode=mode, script_id=script, script_version="1",
        practitioner=practitioner, person="Mrs A", started=started, updated=started,
        turns=turns, outcomes=[DraftOutcome(text) for text in outcomes],
    )


OP, L, E, S = Stage.OPEN, Stage.LISTEN, Stage.EXPLORE, Stage.SUMMARY
FIRST = session("20261101-1000-aaaaaa", 1, Mode.PRACTISE, "Siân Jones", [
    line(OP, Act.OPEN_QUESTION), reply(OP),
    line(OP, Act.CLOSED_QUESTION), reply(OP),
    line(OP, Act.CLOSED_QUESTION), reply(OP),
    line(L, Act.INFORMATION, Trap.EXPERT), reply(L),
    line(L, Act.INFORMATION, Trap.EXPERT, Trap.POWER), reply(L),
], ("I want to sit in my garden every morning", "A referral to occupational therapy"))
"""5 lines: 3 questions (1 open), no reflections, expert twice and power once, 2 stages,
one of two outcomes passes."""
SECOND = session("20261110-1000-bbbbbb", 10, Mode.RECORD, "sian  JONES", [
    line(OP, Act.OPEN_QUESTION), line(OP, Act.REFLECTION), line(L, Act.OPEN_QUESTION),
    line(L, Act.REFLECTION), line(E, Act.CLOSED_QUESTION, Trap.QUESTION_AND_ANSWER),
    line(E, Act.REFLECTION), line(E, Act.OPEN_QUESTION), line(S, Act.SUMMARY),
], ("I want to sit in my garden every morning",
    "I want to get to training every Tuesday and Thursday."), script="young-carer")
"""8 lines: 4 questions (3 open), 3 reflections, question-and-answer once, 4 stages, both
outcomes pass."""
LATEST = session("20261120-1000-cccccc", 20, Mode.SUPERVISE, "SIÂN JONES", [
    line(OP, Act.OPEN_QUESTION), reply(OP), line(OP, Act.REFLECTION), reply(OP),
    line(OP, Act.REFLECTION), line(OP, Act.REFLECTION),
], script="supervision-difficult-visit")
"""4 lines: 1 question (open), 3 reflections, no traps, 1 stage, no outcomes."""
OTHERS = [
    session("20261105-1000-dddddd", 5, Mode.DEMONSTRATE, "Siân Jones", []),
    session("20261106-1000-eeeeee", 6, Mode.PRACTISE, "Siôn Jones", [line(OP, Act.OTHER)]),
]
"""A demonstration (no lines of her own) and a different practitioner: never counted."""


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    """A sessions folder holding the three sessions and the two that do not count."""
    folder = SessionStore(tmp_path / "sessions")
    for each in (LATEST, *OTHERS, FIRST, SECOND):
        folder.save(each)
    return folder


def test_figures_match_the_values_worked_out_by_hand(store: SessionStore) -> None:
    progress = load_progress(store, "sian jones")
    assert [f.id for f in progress.sessions] == [FIRST.id, SECOND.id, LATEST.id]
    first, second, latest = progress.sessions
    assert (first.turns, second.turns, latest.turns) == (5, 8, 4)
    assert first.open_share == pytest.approx(1 / 3)
    assert second.open_share == pytest.approx(0.75)
    assert latest.open_share == pytest.approx(1.0)
    assert first.reflections_per_question == pytest.approx(0.0)
    assert second.reflections_per_question == pytest.approx(0.75)
    assert latest.reflections_per_question == pytest.approx(3.0)
    assert first.traps_per_10[Trap.EXPERT] == pytest.approx(4.0)
    assert first.traps_per_10[Trap.POWER] == pytest.approx(2.0)
    assert first.traps_per_10_total == pytest.approx(6.0)
    assert second.traps_per_10[Trap.QUESTION_AND_ANSWER] == pytest.approx(1.25)
    assert second.traps_per_10_total == pytest.approx(1.25)
    assert latest.traps_per_10_total == 0.0
    assert first.stages == (OP, L) and second.stages == (OP, L, E, S) and latest.stages == (OP,)
    assert (first.outcomes_passing, first.outcomes) == (1, 2)
    assert (second.outcomes_passing, second.outcomes) == (2, 2)
    assert (latest.outcomes_passing, latest.outcomes) == (0, 0)
    change = progress.change()
    assert change["turns"] == -1
    assert change["open_question_share"] == pytest.approx(2 / 3, abs=1e-4)
    assert change["reflections_per_question"] == pytest.approx(3.0)
    assert change["traps_per_10_turns_total"] == pytest.approx(-6.0)
    assert change["stages_covered"] == -1
    assert change["outcomes_passing"] == -1


def test_a_session_with_no_questions_has_no_share_and_no_ratio() -> None:
    only_reflections = session("x", 1, Mode.PRACTISE, "Ann", [line(OP, Act.REFLECTION)])
    (figures,) = progress_of([only_reflections], "ann").sessions
    assert figures.open_share is None and figures.reflections_per_question is None
    assert progress_of([only_reflections], "ann").change()["turns"] is None


def test_json_prints_one_object_per_session_oldest_first(
    store: SessionStore, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["progress", "Sián Jones", "--json", "--sessions", str(store.folder)]) == 0
    records = [json.loads(text) for text in capsys.readouterr().out.splitlines()]
    assert [record["id"] for record in records] == [FIRST.id, SECOND.id, LATEST.id]
    first = records[0]
    assert first["mode"] == "practise" and first["script"] == "stroke-at-home"
    assert first["started"] == "2026-11-01T10:00:00+00:00"
    assert first["turns"] == 5
    assert first["open_question_share"] == pytest.approx(0.3333)
    assert first["reflections_per_question"] == 0.0
    assert first["traps_per_10_turns"]["expert"] == 4.0
    assert first["traps_per_10_turns"]["power"] == 2.0
    assert first["traps_per_10_turns"]["yes_but"] == 0.0
    assert first["stages_covered"] == ["open", "listen"]
    assert (first["outcomes"], first["outcomes_passing"]) == (2, 1)
    assert records[2]["open_question_share"] == 1.0


def test_the_table_ends_with_the_change_and_html_has_an_inline_chart(
    store: SessionStore, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["progress", "SIAN JONES", "--sessions", str(store.folder)]) == 0
    table = capsys.readouterr().out
    rows = table.splitlines()
    assert "3 sessions, oldest first" in rows[0]
    assert rows[3].startswith("2026-11-01  practise")
    assert "33%" in rows[3] and "expert 4.0, power 2.0" in rows[3] and "1/2" in rows[3]
    assert rows[-1].startswith("change") and "+67 points" in rows[-1] and "+3.00" in rows[-1]
    page = tmp_path / "progress.html"
    args = ["progress", "Siân Jones", "--html", "--anonymise", "-o", str(page)]
    assert main([*args, "--sessions", str(store.folder)]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.count("<svg") == 1 and html.count("<polyline") == 3
    assert "33.3 → 100.0" in html and "6.0 → 0.0" in html
    assert "Siân" not in html and "Jones" not in html


def test_nobody_by_that_name_is_said_plainly(
    store: SessionStore, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["progress", "Nobody", "--sessions", str(store.folder)]) == 0
    assert "No practise, record or supervise sessions by 'Nobody'" in capsys.readouterr().out
    assert main(["progress", "  ", "--sessions", str(store.folder)]) == 2
    assert progress_svg(load_progress(store, "Nobody")).startswith("<svg")


async def test_the_progress_screen_shows_the_table_and_a_chart(store: SessionStore) -> None:
    from textual.widgets import DataTable, Input, Sparkline

    from conversation.app import make_app
    from conversation.screens.home import HomeScreen
    from conversation.screens.progress import ProgressNameDialog, ProgressScreen
    from tests.app_helpers import SIZE, settle

    app = make_app(sessions_dir=store.folder)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("g")
        await settle(pilot, lambda: isinstance(app.screen, ProgressNameDialog))
        app.screen.query_one(Input).value = "SIAN JONES"
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, ProgressScreen))
        screen = app.screen
        table = screen.query_one(DataTable)
        assert table.row_count == 4
        assert [str(cell) for cell in table.get_row_at(0)][:5] == [
            "2026-11-01", "practise", "stroke-at-home", "5", "33%"]
        assert str(table.get_row_at(3)[0]) == "change"
        lines = list(screen.query(Sparkline))
        assert len(lines) == 3
        assert list(lines[2].data or []) == pytest.approx([6.0, 1.25, 0.0])
        await pilot.press("escape")
        await settle(pilot, lambda: isinstance(app.screen, HomeScreen))


def test_the_html_report_of_a_session_charts_the_progress_up_to_it(
    store: SessionStore, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", SECOND.id, "--html", "--sessions", str(store.folder)]) == 0
    html = capsys.readouterr().out
    assert "<h2>Progress across sessions</h2>" in html and "2 sessions up to this one" in html
    assert html.count("<svg") == 1 and "33.3 → 75.0" in html
    assert main(["report", FIRST.id, "--html", "--sessions", str(store.folder)]) == 0
    assert "<svg" not in capsys.readouterr().out
