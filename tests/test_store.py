"""The session store: private files, safe ids, atomic saves, honest listing, one window each."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from conversation.cli import SUBCOMMANDS, build_parser, main
from conversation.errors import BadSessionId, SessionError, SessionLocked
from conversation.model import Mode, Speaker, Stage
from conversation.paths import sessions_dir
from conversation.session import DraftOutcome, Session, Turn, session_to_toml
from conversation.store import SessionStore

MOMENT = datetime(2026, 11, 23, 9, 15, tzinfo=UTC)


def make_session(store: SessionStore, started: datetime = MOMENT, **changes: object) -> Session:
    """A small practice session with a fresh id in ``store``."""
    session = Session(
        id=store.new_id(started),
        mode=Mode.PRACTISE,
        script_id="stroke-at-home",
        script_version="1",
        practitioner="Siân Jones",
        person="Gwen",
        started=started,
        updated=started,
    )
    for name, value in changes.items():
        setattr(session, name, value)
    return session


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    return SessionStore(tmp_path / "sessions")


def test_files_are_private_in_a_private_folder(store: SessionStore) -> None:
    old = os.umask(0o022)
    try:
        path = store.save(make_session(store))
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700


def test_save_load_round_trip_with_a_long_paste(store: SessionStore) -> None:
    paste = ("Mae'r tŷ yn oer 🌧️\r\n\x00\t" * 5000)[:100_000]
    session = make_session(store, turns=[Turn(Speaker.PERSON, Stage.LISTEN, paste, MOMENT)])
    store.save(session)
    assert store.load(session.id) == session


def test_save_leaves_no_temporary_files(store: SessionStore) -> None:
    session = make_session(store)
    for step in range(5):
        session.turns.append(Turn(Speaker.PRACTITIONER, Stage.OPEN, f"turn {step}", MOMENT))
        store.save(session)
    assert sorted(p.name for p in store.folder.iterdir()) == [f"{session.id}.toml"]
    assert len(store.load(session.id).turns) == 5


@pytest.mark.parametrize(
    "bad_id",
    [
        "",
        "../escape",
        "a/b",
        "a\\b",
        "..",
        "x..y",
        ".hidden",
        "with space",
        "tab\t",
        "é",
        "a" * 101,
        "nul\x00",
        "semi;colon",
        "dot.ted",
    ],
)
def test_unsafe_ids_are_refused(store: SessionStore, bad_id: str) -> None:
    with pytest.raises(BadSessionId):
        store.path_for(bad_id)
    with pytest.raises(BadSessionId):
        store.load(bad_id)
    with pytest.raises(BadSessionId):
        store.acquire(bad_id)
    session = make_session(store)
    session.id = bad_id
    with pytest.raises(BadSessionId):
        store.save(session)
    assert not store.folder.exists() or not any(store.folder.iterdir())


def test_new_ids_are_safe_unique_and_sort_by_start(store: SessionStore) -> None:
    store.folder.mkdir()
    ids = set()
    for _ in range(200):
        session_id = store.new_id(MOMENT)
        store.path_for(session_id).touch()
        ids.add(session_id)
    assert len(ids) == 200
    for session_id in ids:
        assert session_id.startswith("20261123-0915-")
        store.path_for(session_id)
    later = store.new_id(MOMENT + timedelta(minutes=1))
    assert later > max(ids)


def test_new_id_skips_an_id_already_used(
    store: SessionStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = make_session(store)
    store.save(taken)
    tokens = iter([taken.id.rsplit("-", 1)[1], "beef"])
    monkeypatch.setattr("conversation.store.secrets.token_hex", lambda n: next(tokens))
    assert store.new_id(MOMENT).endswith("-beef")


def test_listing_is_newest_first_with_counts(store: SessionStore) -> None:
    older = make_session(store, started=MOMENT - timedelta(days=1))
    newer = make_session(
        store,
        turns=[Turn(Speaker.PERSON, Stage.OPEN, "hello", MOMENT)] * 4,
        outcomes=[DraftOutcome("I want to see my grandchildren every week")],
    )
    store.save(older)
    store.save(newer)
    listed = store.list()
    assert [s.id for s in listed] == [newer.id, older.id]
    assert (listed[0].turns, listed[0].outcomes, listed[0].error) == (4, 1, None)
    assert listed[0].mode is Mode.PRACTISE
    assert listed[0].script == "stroke-at-home"
    assert listed[0].started == MOMENT


def test_missing_folder_lists_as_empty(tmp_path: Path) -> None:
    assert SessionStore(tmp_path / "not-yet").list() == []
    assert not (tmp_path / "not-yet").exists()


FOREIGN = {
    "notes.toml": 'title = "my own notes"\n',
    "broken.toml": "format = 1\nid = \n",
    "binary.toml": "format = 1\n\xff\xfe",
    "newer.toml": 'format = 99\nid = "newer"\n',
    "cut.toml": None,  # a real session cut off half way
    "renamed.toml": None,  # a real session copied under another name
}


def _plant_foreign_files(store: SessionStore) -> dict[str, bytes]:
    store.folder.mkdir(parents=True, exist_ok=True)
    real = make_session(store, turns=[Turn(Speaker.PERSON, Stage.OPEN, "x" * 50, MOMENT)] * 50)
    text = session_to_toml(real)
    planted: dict[str, bytes] = {}
    for name, content in FOREIGN.items():
        if name == "cut.toml":
            data = text.replace(real.id, "cut")[: len(text) // 2].encode()
        elif name == "renamed.toml":
            data = text.encode()
        elif name == "binary.toml":
            data = content.encode("latin-1") if content else b""
        else:
            data = (content or "").encode()
        (store.folder / name).write_bytes(data)
        planted[name] = data
    return planted


def test_damaged_and_foreign_files_are_listed_with_a_reason_and_left_alone(
    store: SessionStore,
) -> None:
    planted = _plant_foreign_files(store)
    good = make_session(store)
    store.save(good)
    listed = {s.path.name: s for s in store.list()}
    assert listed[f"{good.id}.toml"].error is None
    reasons = {name: listed[name].error for name in planted}
    assert "no 'format' key" in (reasons["notes.toml"] or "")
    assert "not valid TOML" in (reasons["broken.toml"] or "")
    assert "not UTF-8" in (reasons["binary.toml"] or "")
    assert "newer release" in (reasons["newer.toml"] or "")
    assert "not valid TOML" in (reasons["cut.toml"] or "")
    assert "file is named 'renamed.toml'" in (reasons["renamed.toml"] or "")
    for name, data in planted.items():
        assert (store.folder / name).read_bytes() == data


@pytest.mark.parametrize("name", sorted(FOREIGN))
def test_a_foreign_file_is_never_overwritten(store: SessionStore, name: str) -> None:
    planted = _plant_foreign_files(store)
    session = make_session(store)
    session.id = name.removesuffix(".toml")
    with pytest.raises(SessionError, match=rf"{name}: not overwritten: "):
        store.save(session)
    assert (store.folder / name).read_bytes() == planted[name]
    assert not [p for p in store.folder.iterdir() if p.name.endswith(".tmp")]


def test_files_edited_by_hand_are_still_listed_from_their_whole_text(store: SessionStore) -> None:
    session = make_session(store, turns=[Turn(Speaker.PERSON, Stage.OPEN, "hi", MOMENT)] * 2)
    path = store.save(session)
    text = path.read_text()
    edited = text.replace("\n\n", "\n").replace("turn_count = 2\n", "")
    path.write_text(edited.replace("# end of session\n", ""))
    [summary] = store.list()
    assert (summary.error, summary.turns, summary.practitioner) == (None, 2, "Siân Jones")
    assert store.load(session.id) == session


def test_a_file_damaged_below_its_header_is_listed_as_unreadable(store: SessionStore) -> None:
    session = make_session(store, turns=[Turn(Speaker.PERSON, Stage.OPEN, "hi", MOMENT)] * 2)
    path = store.save(session)
    path.write_text(path.read_text().replace('speaker = "person"', 'speaker = "nobody"', 1)[:-5])
    [summary] = store.list()
    assert summary.error is not None and "key 'turns[0].speaker'" in summary.error


def test_odd_entries_are_listed_without_blocking_and_never_replaced(store: SessionStore) -> None:
    store.folder.mkdir()
    os.mkfifo(store.folder / "pipe.toml")
    (store.folder / "folder.toml").mkdir()
    good = make_session(store)
    text = session_to_toml(good).replace(good.id, "my notes")
    (store.folder / "my notes.toml").write_text(text)
    listed = {s.path.name: s.error for s in store.list()}
    assert listed == {
        "pipe.toml": "not a regular file",
        "folder.toml": "a folder, not a session file",
        "my notes.toml": listed["my notes.toml"],
    }
    assert "not a safe file name" in (listed["my notes.toml"] or "")
    for name in ("pipe", "folder"):
        with pytest.raises(SessionError, match=rf"{name}\.toml: "):
            store.load(name)
        session = make_session(store)
        session.id = name
        with pytest.raises(SessionError, match="not overwritten"):
            store.save(session)
    assert stat.S_ISFIFO((store.folder / "pipe.toml").stat().st_mode)


def test_load_names_the_file_of_a_damaged_session(store: SessionStore) -> None:
    _plant_foreign_files(store)
    with pytest.raises(SessionError, match=r"broken\.toml: not valid TOML"):
        store.load("broken")
    with pytest.raises(SessionError, match=r"renamed\.toml: key 'id'"):
        store.load("renamed")
    with pytest.raises(SessionError, match="no session with id 'absent'"):
        store.load("absent")


def test_a_session_is_locked_against_a_second_opening(store: SessionStore) -> None:
    session = make_session(store)
    with store.acquire(session.id) as lock:
        assert lock.held
        with pytest.raises(SessionLocked, match=rf"'{session.id}' is already open .*process"):
            store.acquire(session.id)
    assert not lock.held
    again = store.acquire(session.id)
    again.release()
    again.release()


def test_resume_locks_and_loads(store: SessionStore) -> None:
    session = make_session(store)
    store.save(session)
    loaded, lock = store.resume(session.id)
    with lock:
        assert loaded == session
        with pytest.raises(SessionLocked):
            store.resume(session.id)
    _plant_foreign_files(store)
    with pytest.raises(SessionError, match=r"broken\.toml"):
        store.resume("broken")
    store.acquire("broken").release()  # the failed resume did not keep the lock


def test_save_text_writes_what_save_would(store: SessionStore) -> None:
    session = make_session(store)
    path = store.save_text(session.id, session_to_toml(session))
    assert store.load(session.id) == session
    assert path.read_text(encoding="utf-8") == session_to_toml(session)
    other = make_session(store)
    with pytest.raises(SessionError, match="not saved: the text given is not session"):
        store.save_text(session.id, session_to_toml(other))
    with pytest.raises(SessionError, match="not saved"):
        store.save_text(session.id, 'title = "anything"\n')
    assert store.load(session.id) == session


def test_different_sessions_lock_independently(store: SessionStore) -> None:
    first, second = make_session(store), make_session(store)
    with store.acquire(first.id), store.acquire(second.id):
        store.save(first)
        store.save(second)
    assert {s.id for s in store.list()} == {first.id, second.id}


HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from conversation.store import SessionStore
    lock = SessionStore(Path(sys.argv[1])).acquire(sys.argv[2])
    print("locked", flush=True)
    time.sleep(60)
    """
)


def test_a_lock_held_by_a_killed_process_is_released(store: SessionStore) -> None:
    session = make_session(store)
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store.folder), session.id],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        with pytest.raises(SessionLocked, match=f"process {child.pid}"):
            store.acquire(session.id)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    deadline = time.monotonic() + 5
    with store.acquire(session.id) as lock:
        assert lock.held and time.monotonic() < deadline


def test_temporary_files_of_a_killed_save_are_cleared_on_opening(store: SessionStore) -> None:
    session = make_session(store)
    store.save(session)
    leftover = store.folder / f".{session.id}.12345.abcdef01.tmp"
    leftover.write_text("half a save")
    with store.acquire(session.id):
        assert not leftover.exists()
    assert store.load(session.id) == session


def test_sessions_command_prints_a_table(
    store: SessionStore, capsys: pytest.CaptureFixture[str]
) -> None:
    _plant_foreign_files(store)
    session = make_session(store, practitioner="Siân \x1b[31mJones", turns=[])
    store.save(session)
    assert main(["sessions", "--sessions", str(store.folder)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    header = ["id", "mode", "script", "practitioner", "started", "turns", "outcomes"]
    assert lines[0].split() == header
    assert session.id in lines[1] and "practise" in lines[1] and "stroke-at-home" in lines[1]
    assert "\x1b" not in out
    assert any(
        line.startswith("notes.toml") and "unreadable: not a session file" in line for line in lines
    )


def test_sessions_command_json(store: SessionStore, capsys: pytest.CaptureFixture[str]) -> None:
    _plant_foreign_files(store)
    session = make_session(store, outcomes=[DraftOutcome("I want to walk to the shop")])
    store.save(session)
    assert main(["--sessions", str(store.folder), "sessions", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    first = listed[0]
    assert {k: first[k] for k in ("id", "mode", "script", "practitioner", "turns", "outcomes")} == {
        "id": session.id,
        "mode": "practise",
        "script": "stroke-at-home",
        "practitioner": "Siân Jones",
        "turns": 0,
        "outcomes": 1,
    }
    assert first["started"] == "2026-11-23T09:15:00+00:00"
    assert first["path"] == str(store.path_for(session.id))
    assert first["error"] is None
    errors = {Path(item["path"]).name: item["error"] for item in listed[1:]}
    assert set(errors) == set(FOREIGN)
    assert all(errors.values())


def test_sessions_command_uses_the_environment_folder(
    _isolated_paths: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sessions", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    store = SessionStore(_isolated_paths)
    store.save(make_session(store))
    assert main(["sessions"]) == 0
    assert "stroke-at-home" in capsys.readouterr().out


def test_sessions_command_on_a_file_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    assert main(["sessions", "--sessions", str(not_a_folder)]) == 2
    assert f"{not_a_folder}: not a folder" in capsys.readouterr().err


def test_sessions_folder_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _isolated_paths: Path
) -> None:
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    given = tmp_path / "given"
    assert sessions_dir(str(given), cwd=checkout) == given
    assert sessions_dir(None, cwd=checkout) == _isolated_paths
    monkeypatch.delenv("CONVERSATION_SESSIONS")
    user_folder = sessions_dir(None, cwd=checkout)
    assert user_folder.parts[-2:] == ("conversation", "sessions")
    assert user_folder.is_relative_to(tmp_path / "xdg-data")
    (checkout / "sessions").mkdir()
    assert sessions_dir(None, cwd=checkout) == checkout / "sessions"
    assert not user_folder.exists()


SESSION_COMMANDS = {
    "sessions": [],
    "practise": [],
    "record": [],
    "demo": [],
    "new": [],
    "resume": ["20261123-0915-ab12cd"],
    "report": ["20261123-0915-ab12cd"],
}


@pytest.mark.parametrize("command", sorted(SESSION_COMMANDS))
def test_every_command_that_touches_sessions_accepts_the_folder_option(command: str) -> None:
    module = SUBCOMMANDS[command]
    if importlib.util.find_spec(f"conversation.commands.{module}") is None:
        pytest.skip(f"'{command}' is not part of this release")
    parser = build_parser()
    after = parser.parse_args([command, *SESSION_COMMANDS[command], "--sessions", "/x/after"])
    assert after.sessions == "/x/after"
    before = parser.parse_args(["--sessions", "/x/before", command, *SESSION_COMMANDS[command]])
    assert before.sessions == "/x/before"
