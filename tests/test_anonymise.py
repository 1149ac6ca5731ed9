"""Anonymised reports leave no name anywhere: not in the text, the heading, the HTML title
or the session id, whatever the accents and the case the name is typed in."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from conversation.analysis import analyse
from conversation.cli import main
from conversation.model import Mode, Speaker, Stage
from conversation.names import anonymous_id, fold, name_key, same_name
from conversation.report import session_report
from conversation.session import Action, Note, Session, Turn
from conversation.store import SessionStore

START = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
OLD_ID = "20261123-0930-siandwynwenj-a1b2c3"
"""An id as an older release wrote it, with the practitioner's name run together in it."""


def accented_session(session_id: str = OLD_ID) -> Session:
    """A recorded conversation by Siân Ffion-Jones with Gwenllïan Ŵyn, both names typed in
    several ways in the turns, the notes and an action."""
    trap = analyse("You should move in with Ŵyn's daughter, Gwenllïan.")
    return Session(
        id=session_id,
        mode=Mode.RECORD,
        script_id="stroke-at-home",
        script_version="1",
        practitioner="Siân Dwynwen-Jones",
        person="Gwenllïan Ŵyn",
        started=START,
        updated=START,
        turns=[
            Turn(Speaker.PRACTITIONER, Stage.OPEN, "Hello GWENLLIAN, I'm Sian Dwynwen-Jones.",
                 START, act=trap.act),
            Turn(Speaker.PERSON, Stage.OPEN, "Call me Gwenllïan. Siân's lovely, isn't she?",
                 START, own_words=True),
            Turn(Speaker.PRACTITIONER, Stage.LISTEN, trap.text, START, act=trap.act,
                 warnings=list(trap.warnings)),
        ],
        notes=[Note("Wyn family were out; sian to ring back", True, START)],
    )


def forms_of_the_names() -> list[str]:
    """Every part of both names, in the folded form a search would use."""
    return ["sian", "dwynwen", "jones", "gwenllian", "wyn", "siandwynwenj"]


def test_anonymised_report_holds_neither_part_of_an_accented_two_part_name() -> None:
    text = session_report(accented_session(), anonymise=True)
    folded = fold(text)
    for part in forms_of_the_names():
        assert part not in folded, part
    assert "# Conversation record: 20261123-0930-a1b2c3\n" in text
    assert "the practitioner" in text and "the person" in text
    # the words around the names are kept as they were
    assert "Hello the person, I'm the practitioner." in text


def test_the_report_command_anonymises_the_html_title_and_the_heading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = SessionStore(tmp_path / "s")
    store.save(accented_session())
    assert main(["report", OLD_ID, "--html", "--anonymise", "--sessions", str(store.folder)]) == 0
    html = capsys.readouterr().out
    assert "<title>Conversation record 20261123-0930-a1b2c3</title>" in html
    folded = fold(html)
    for part in forms_of_the_names():
        assert part not in folded, part
    # without --anonymise the names are all there
    assert main(["report", OLD_ID, "--sessions", str(store.folder)]) == 0
    plain = capsys.readouterr().out
    assert "Siân Dwynwen-Jones" in plain and "siandwynwenj" in plain


def test_new_session_ids_carry_no_name(tmp_path: Path) -> None:
    store = SessionStore(tmp_path / "s")
    new_id = store.new_id(START)
    assert new_id.startswith("20261123-0930-") and len(new_id) == len("20261123-0930-") + 6
    assert anonymous_id(new_id, ("Siân Dwynwen-Jones",)) == new_id


def test_a_supervision_report_hides_the_supervisee_in_the_reviewed_ids_and_actions() -> None:
    session = accented_session("20261124-1000-0a0b0c")
    session.mode = Mode.SUPERVISE
    session.practitioner, session.person = "Ffion Ellis", "Siân Dwynwen-Jones"
    session.reviewed = [OLD_ID]
    session.agreed_actions = [
        Action("Siân to try a reflection before each question", "Siân", date(2026, 12, 1))
    ]
    text = session_report(session, anonymise=True)
    folded = fold(text)
    for part in ("sian", "dwynwen", "jones", "ffion", "ellis", "siandwynwenj"):
        assert part not in folded, part
    assert "Sessions reviewed: 20261123-0930-a1b2c3" in text
    assert "| the supervisee to try a reflection before each question | the supervisee |" in text
    assert "**Supervisor:** the supervisor" in text


def test_names_match_ignoring_case_accents_and_spaces() -> None:
    assert same_name("Siân  Dwynwen-Jones", "SIAN dwynwen-jones")
    assert not same_name("Siân", "Siôn")
    assert not same_name("", "")
    assert name_key(" Gwenllïan  Ŵyn ") == "gwenllian wyn"
