"""The session file format: every session, with any text, saves and loads back equal; damaged
and foreign files are refused with a message naming the file, the key and what was expected."""

from __future__ import annotations

import tempfile
import tomllib
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conversation.errors import SessionError
from conversation.model import (
    Act,
    FactKind,
    Mode,
    OutcomeKind,
    Speaker,
    Stage,
    SupportLayer,
    Trap,
    TrapWarning,
)
from conversation.session import (
    END_MARKER,
    SESSION_FORMAT,
    Action,
    BoardEntry,
    DraftOutcome,
    Note,
    RoleplayState,
    Session,
    Turn,
    UnfinishedAction,
    session_from_toml,
    session_to_toml,
)
from conversation.store import SessionStore

SPECIAL_TEXT = [
    "",
    "Mae'r ŵyr yn dŵad â'r tŷ — ŵ ŷ Ŵ Ŷ â ê î ô û",
    "I miss the garden 🌷👩‍👧‍👦🏴󠁧󠁢󠁷󠁬󠁳󠁿",
    "line one\r\nline two\r\n",
    "lone CR\rand LF\nand tab\tand NUL\x00 and ESC\x1b[31m and DEL\x7f and \x85\u2028\u2029",
    "\"quoted\" 'single' \\backslash\\ \"\"\"triple\"\"\" '''triple'''",
    "trailing backslash \\",
    "# not a comment\n[not.a.table]\n[[nor.this]]\nkey = 'value'",
    "\ufeffBOM in the middle \ufeff and zero width \u200b\u200d",
]

texts = st.one_of(
    st.text(),
    st.sampled_from(SPECIAL_TEXT),
    st.lists(st.sampled_from(SPECIAL_TEXT), max_size=5).map("".join),
)
pastes = st.builds(
    lambda chunk: (chunk * (100_000 // len(chunk) + 1))[:100_000],
    st.text(min_size=1, max_size=40) | st.sampled_from([s for s in SPECIAL_TEXT if s]),
)
any_text = st.one_of(texts, texts, texts, texts, texts, texts, texts, texts, texts, texts, pastes)
"""Mostly short text, now and then a 100 KB paste (used for the fields people type into)."""
utc_times = st.datetimes(
    min_value=datetime(1970, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC)
)
numbers = st.floats(allow_nan=False)
keys = st.one_of(st.text(max_size=20), st.sampled_from(["", "open ratio", "a.b", "[x]", "ŵ"]))

warnings = st.builds(TrapWarning, st.sampled_from(Trap), texts, texts, texts)
turns = st.builds(
    Turn,
    speaker=st.sampled_from(Speaker),
    stage=st.sampled_from(Stage),
    text=any_text,
    time=utc_times,
    act=st.none() | st.sampled_from(Act),
    warnings=st.lists(warnings, max_size=2),
    revealed=st.lists(texts, max_size=3),
    own_words=st.booleans(),
)
actions = st.builds(Action, texts, texts, st.dates(), texts)
outcomes = st.builds(
    DraftOutcome,
    text=any_text,
    kind=st.none() | st.sampled_from(OutcomeKind),
    matters=texts,
    working=texts,
    not_working=texts,
    change_wanted=texts,
    checks=st.dictionaries(keys, st.booleans(), max_size=3),
    support=st.dictionaries(st.sampled_from(SupportLayer), texts, max_size=3),
    tried=texts,
    actions=st.lists(actions, max_size=2),
    unfinished_actions=st.lists(
        st.builds(UnfinishedAction, texts, texts, texts, texts, st.integers(0, 20)), max_size=2
    ),
)
roleplay = st.builds(
    RoleplayState,
    seed=st.integers(-(2**63), 2**63 - 1),
    rapport=st.integers(0, 5),
    guarded_turns=st.integers(0, 100),
    revealed=st.lists(texts, max_size=3),
    deepened=st.lists(texts, max_size=3),
    last_fact=st.none() | texts,
    step=st.integers(0, 10_000),
)
sessions = st.builds(
    Session,
    id=texts,
    mode=st.sampled_from(Mode),
    script_id=texts,
    script_version=texts,
    practitioner=any_text,
    person=any_text,
    started=utc_times,
    updated=utc_times,
    ended=st.none() | utc_times,
    stage=st.sampled_from(Stage),
    stage_seconds=st.dictionaries(st.sampled_from(Stage), numbers, max_size=5),
    turns=st.lists(turns, max_size=6),
    board=st.lists(
        st.builds(
            BoardEntry,
            st.sampled_from(FactKind),
            texts,
            st.none() | texts,
            st.none() | st.integers(1, 10),
        ),
        max_size=3,
    ),
    roleplay=roleplay,
    outcomes=st.lists(outcomes, max_size=2),
    feedback=st.dictionaries(keys, numbers, max_size=4),
    checklist=st.dictionaries(keys, st.booleans(), max_size=4),
    notes=st.lists(st.builds(Note, any_text, st.booleans(), utc_times), max_size=3),
    demo_position=st.integers(0, 1000),
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions)
def test_any_session_round_trips_through_the_file_format(session: Session) -> None:
    text = session_to_toml(session)
    assert text.endswith(END_MARKER)
    assert session_from_toml(text) == session


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions, st.integers(0, 2**32))
def test_any_session_saves_and_loads_back_equal(session: Session, salt: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = SessionStore(Path(folder))
        session.id = store.new_id(session.started)
        store.save(session)
        assert store.load(session.id) == session
        [summary] = store.list()
        assert summary.error is None
        assert (summary.turns, summary.outcomes) == (len(session.turns), len(session.outcomes))
        assert summary.practitioner == session.practitioner


def _session(**changes: object) -> Session:
    moment = datetime(2026, 11, 23, 9, 15, tzinfo=UTC)
    session = Session(
        id="20261123-0915-ab12",
        mode=Mode.PRACTISE,
        script_id="stroke-at-home",
        script_version="1",
        practitioner="Siân",
        person="Mrs Gwen Hughes",
        started=moment,
        updated=moment,
    )
    for name, value in changes.items():
        setattr(session, name, value)
    return session


def test_lone_surrogates_are_saved_as_the_replacement_character() -> None:
    moment = datetime(2026, 11, 23, 9, 15, tzinfo=UTC)
    session = _session(
        person="half an emoji \ud83d here",
        turns=[Turn(Speaker.PERSON, Stage.OPEN, "\udc00 at the start", moment)],
    )
    loaded = session_from_toml(session_to_toml(session))
    assert loaded.person == "half an emoji \ufffd here"
    assert loaded.turns[0].text == "\ufffd at the start"


def test_times_are_written_in_utc_and_keep_the_same_moment() -> None:
    summer = datetime(2026, 7, 1, 10, 30, 15, 123456, tzinfo=timezone(timedelta(hours=1)))
    text = session_to_toml(_session(started=summer))
    assert "started = 2026-07-01 09:30:15.123456+00:00" in text
    loaded = session_from_toml(text)
    assert loaded.started == summer
    assert loaded.started.utcoffset() == timedelta(0)


def test_header_comes_first_with_the_counts_for_listing() -> None:
    moment = datetime(2026, 11, 23, 9, 15, tzinfo=UTC)
    session = _session(
        turns=[Turn(Speaker.PERSON, Stage.OPEN, "hello", moment)] * 3,
        outcomes=[DraftOutcome("I want to get back into my garden")],
    )
    session.board = [BoardEntry(FactKind.WHO, "Her daughter Ceri")]
    session.notes = [Note("Short note", False, moment)]
    text = session_to_toml(session)
    head = text.split("\n\n", 1)[0]
    assert head.startswith(f"format = {SESSION_FORMAT}\nid = ")
    raw = tomllib.loads(head)
    assert set(raw) == {
        "format", "id", "mode", "script_id", "script_version", "practitioner", "person",
        "started", "updated", "turn_count", "outcome_count",
    }  # fmt: skip
    assert raw["turn_count"] == 3
    assert raw["outcome_count"] == 1
    assert raw["practitioner"] == "Siân"


def test_text_is_written_on_one_line_even_with_line_breaks() -> None:
    text = session_to_toml(_session(person="a\r\nb"))
    assert 'person = "a\\r\\nb"' in text


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda t: t.replace('mode = "practise"', 'mode = "act"'), "key 'mode': expected one of"),
        (lambda t: t.replace('speaker = "person"', "speaker = 3"), "key 'turns[0].speaker'"),
        (lambda t: t.replace('stage = "listen"', 'stage = "middle"'), "key 'turns[0].stage'"),
        (lambda t: t.replace("by = 2026-12-01", 'by = "soon"'), "key 'outcomes[0].actions[0].by'"),
        (lambda t: t.replace('id = "20261123-0915-ab12"\n', ""), "key 'id' is missing"),
        (lambda t: t.replace("turn_count", "colour = 1\nturn_count"), "key 'colour' is not part"),
        (lambda t: t.replace("[[turns]]", "[[turns]]\nmood = 'calm'"), "key 'turns[0].mood'"),
        (lambda t: t.replace("rapport = 5", "rapport = true"), "key 'roleplay.rapport'"),
        (lambda t: t.replace("open = 12.5", 'open = "long"'), "key 'stage_seconds.open'"),
        (lambda t: t.replace("open = 12.5", "opening = 12.5"), "key 'stage_seconds.opening'"),
        (lambda t: t.replace("started = 2026", "started = 'yesterday'\n#"), "key 'started'"),
        (lambda t: t[: len(t) // 2], "not valid TOML"),
        (lambda t: t.replace(f"format = {SESSION_FORMAT}\n", ""), "no 'format' key"),
        (lambda t: t.replace(f"format = {SESSION_FORMAT}", "format = 99"), "newer release"),
        (lambda t: t.replace(f"format = {SESSION_FORMAT}", 'format = "one"'), "key 'format'"),
        (lambda t: t.replace(f"format = {SESSION_FORMAT}", "format = 0"), "unknown session format"),
    ],
)
def test_damaged_files_are_refused_naming_the_file_and_key(damage, expected) -> None:  # type: ignore[no-untyped-def]
    moment = datetime(2026, 11, 23, 9, 15, tzinfo=UTC)
    session = _session(
        stage_seconds={Stage.OPEN: 12.5},
        roleplay=RoleplayState(rapport=5),
        turns=[Turn(Speaker.PERSON, Stage.LISTEN, "I miss the garden", moment)],
        outcomes=[
            DraftOutcome(
                "I want to sit in my garden again",
                actions=[Action("Ask my son about the step", "me", date(2026, 12, 1))],
            )
        ],
    )
    text = session_to_toml(session)
    damaged = damage(text)
    assert damaged != text, "the damage did not apply"
    path = Path("sessions/20261123-0915-ab12.toml")
    with pytest.raises(SessionError) as raised:
        session_from_toml(damaged, path)
    message = str(raised.value)
    assert message.startswith(f"{path}: ")
    assert expected in message


def test_foreign_toml_is_refused_as_not_a_session() -> None:
    with pytest.raises(SessionError, match=r"notes\.toml: not a session file"):
        session_from_toml('title = "My notes"\n', Path("notes.toml"))


def test_a_byte_order_mark_is_accepted() -> None:
    session = _session()
    assert session_from_toml("\ufeff" + session_to_toml(session)) == session


def test_methods_match_the_functions() -> None:
    session = _session(person="Gwen 🌷")
    assert session.to_toml() == session_to_toml(session)
    assert Session.from_toml(session.to_toml()) == session


def test_the_readme_example_is_a_readable_session() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in readme.split("```toml\n")[1:]]
    [example] = [b for b in blocks if b.startswith("format = ")]
    session = session_from_toml(example)
    assert session.id == "20261123-0915-ab12cd"
    assert len(session.turns) == 3 and len(session.outcomes) == 1
    assert session_from_toml(session_to_toml(session)) == session
