"""The session report: verbatim words, names replaced on request, safe HTML, clear errors."""

from __future__ import annotations

from datetime import UTC, date, datetime
from html import unescape
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from conversation.cli import main
from conversation.model import Act, FactKind, Mode, OutcomeKind, Speaker, Stage, SupportLayer
from conversation.report import _escape, report_html, session_report
from conversation.session import Action, BoardEntry, DraftOutcome, Note, Session, Turn
from conversation.store import SessionStore

START = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def make_session() -> Session:
    """A small recorded conversation with Welsh text, a trap, an outcome and notes."""
    from conversation.analysis import analyse

    trap_line = "I think you should move into a care home, Gwen."
    trap = analyse(trap_line)
    return Session(
        id="20261123-0930-ab12",
        mode=Mode.RECORD,
        script_id="stroke-at-home",
        script_version="1",
        practitioner="Sioned Rees",
        person="Gwen",
        started=START,
        updated=START,
        stage=Stage.EXPLORE,
        stage_seconds={Stage.OPEN: 95.0, Stage.LISTEN: 30.0},
        turns=[
            Turn(Speaker.PRACTITIONER, Stage.OPEN, "Tell me about your week, Gwen?", START,
                 act=Act.OPEN_QUESTION),
            Turn(Speaker.PERSON, Stage.OPEN, "Dw i'n hoffi'r ardd <b>*a lot*</b> 🌱", START,
                 own_words=True),
            Turn(Speaker.PRACTITIONER, Stage.LISTEN, trap_line, START, act=trap.act,
                 warnings=list(trap.warnings)),
        ],
        board=[BoardEntry(FactKind.IMPORTANT_TO, "Her garden", scale=None)],
        outcomes=[DraftOutcome(
            text="I want to sit in my garden every morning",
            kind=OutcomeKind.CHANGE,
            support={SupportLayer.FAMILY: "Gwen's son Huw can fix the step"},
            actions=[Action("Fix the back step", "Huw", date(2026, 12, 1), "so Gwen can get out")],
            checks={"no_solution": True},
        )],
        notes=[Note("Gwen seemed tired today", True, START)],
    )


def test_report_keeps_words_and_shows_traps_outcomes_and_notes() -> None:
    text = session_report(make_session())
    assert "Dw i'n hoffi'r ardd" in text and "🌱" in text
    assert "person's own words" in text
    assert "Power" in text or "Expert" in text
    assert "I want to sit in my garden every morning" in text
    assert "| Fix the back step | Huw | 2026-12-01 |" in text
    assert "**Opinion**" in text
    assert "1:35" in text  # 95 seconds in the first stage
    assert "guide only" in text


def test_anonymised_report_replaces_both_names_everywhere() -> None:
    text = session_report(make_session(), anonymise=True)
    for name in ("Gwen", "Sioned", "Rees"):
        assert name not in text
    assert "the person" in text and "the practitioner" in text


def test_html_never_passes_raw_markup_through() -> None:
    html = report_html(session_report(make_session()), "Record")
    assert "<b>" not in html
    assert "&lt;b&gt;" in html
    assert "<table>" in html


def test_report_command_writes_file_and_reports_unknown_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = SessionStore(tmp_path / "s")
    session = make_session()
    store.save(session)
    out = tmp_path / "report.md"
    assert main(["report", session.id, "--sessions", str(store.folder), "-o", str(out)]) == 0
    assert "Fix the back step" in out.read_text(encoding="utf-8")
    assert main(["report", "no-such-session", "--sessions", str(store.folder)]) == 2
    assert "no-such-session" in capsys.readouterr().err
    assert main(["report", "../etc", "--sessions", str(store.folder)]) == 2


def test_a_kind_chosen_by_the_practitioner_is_marked_as_such() -> None:
    session = make_session()
    assert "- Kind: change\n" in session_report(session)
    session.outcomes[0].kind = OutcomeKind.MAINTENANCE
    session.outcomes[0].kind_chosen = True
    assert "- Kind: maintenance (chosen by the practitioner)" in session_report(session)


def test_the_markdown_reads_as_plain_text_with_no_stray_backslashes() -> None:
    text = session_report(make_session())
    assert "Tell me about your week, Gwen?" in text
    assert "I think you should move into a care home, Gwen." in text
    for escaped in ("\\.", "\\(", "\\)", "\\!", "\\-", "\\#"):
        assert escaped not in text, escaped


def test_guidance_with_a_ratio_is_not_escaped() -> None:
    session = make_session()
    session.turns = session.turns[:1]  # one open question, no reflection
    text = session_report(session)
    assert "0.0:1 (below fair)." in text


MARKDOWN_SPECIAL = "\\`*_{}[]<>()#+-.!|~&;=: aA1é"


@given(st.text(alphabet=MARKDOWN_SPECIAL, min_size=1, max_size=30))
def test_escaped_words_render_back_to_exactly_what_was_typed(typed: str) -> None:
    from markdown_it import MarkdownIt

    words = typed.strip()
    assume(words)
    html = MarkdownIt("js-default").render(f"- {_escape(words)}")
    assert html.startswith("<ul>\n<li>") and html.endswith("</li>\n</ul>\n"), html
    inner = html.removeprefix("<ul>\n<li>").removesuffix("</li>\n</ul>\n")
    assert "<" not in inner.replace("&lt;", ""), html
    assert unescape(inner) == words
