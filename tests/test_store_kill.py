"""Kill test: a process saving a growing session is killed (SIGKILL) at random moments; the file
left behind always loads and holds every turn whose save had returned before the kill."""

from __future__ import annotations

import os
import random
import signal
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from conversation.errors import SessionError
from conversation.model import Act, Mode, Speaker, Stage
from conversation.session import Session, Turn
from conversation.store import SessionStore

ROUNDS = 50
START = datetime(2026, 11, 23, 9, 15, tzinfo=UTC)
LOCKED_EXIT = 3


def turn_text(number: int) -> str:
    """The words of turn ``number``: Welsh, emoji, CRLF, control characters, now and then long."""
    text = f"Turn {number}: mae'r ardd yn bwysig i mi 🌷\r\nline two\t\x00"
    if number % 17 == 0:
        text += "a long paste " * 800
    return text


def make_turn(number: int) -> Turn:
    speaker = Speaker.PRACTITIONER if number % 2 else Speaker.PERSON
    return Turn(
        speaker=speaker,
        stage=list(Stage)[number % 5],
        text=turn_text(number),
        time=START + timedelta(seconds=number),
        act=Act.REFLECTION if speaker is Speaker.PRACTITIONER else None,
    )


def save_forever(folder: Path, session_id: str, report: int) -> None:
    """The child: open the session (it must not be locked), then add a turn and save, for ever,
    writing the number of turns to ``report`` after each save returns."""
    store = SessionStore(folder)
    try:
        lock = store.acquire(session_id)
    except SessionError:
        os._exit(LOCKED_EXIT)
    assert lock.held
    if store.exists(session_id):
        session = store.load(session_id)
    else:
        session = Session(
            id=session_id,
            mode=Mode.RECORD,
            script_id="stroke-at-home",
            script_version="1",
            practitioner="Siân",
            person="Mrs H",
            started=START,
            updated=START,
        )
    while lock.held:
        session.turns.append(make_turn(len(session.turns)))
        session.updated = START + timedelta(seconds=len(session.turns))
        store.save(session)
        os.write(report, f"{len(session.turns)}\n".encode())


def read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.slow
def test_a_session_killed_at_random_moments_loses_no_saved_turn(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    store = SessionStore(folder)
    session_id = "20261123-0915-kill"
    rng = random.Random(20261123)
    confirmed = 0
    kills_during_saves = 0
    started = time.monotonic()
    for round_number in range(ROUNDS):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            try:
                os.close(read_end)
                save_forever(folder, session_id, write_end)
            finally:
                os._exit(1)
        os.close(write_end)
        # Every other round waits for the child's first save to return before the random
        # wait, so at least half the kills land among saves however busy the machine is; the
        # other rounds may also kill it while it loads or takes the lock.
        first = os.read(read_end, 64) if round_number % 2 else b""
        time.sleep(rng.uniform(0.0, 0.12))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        output = (first + read_all(read_end)).decode()
        os.close(read_end)
        assert os.WIFSIGNALED(status), (
            f"child exited early with {os.waitstatus_to_exitcode(status)}"
        )
        counts = [int(line) for line in output.split()]
        if counts:
            kills_during_saves += 1
            confirmed = counts[-1]
        if not store.exists(session_id):
            assert confirmed == 0
            continue
        session = store.load(session_id)
        assert len(session.turns) >= confirmed
        assert len(session.turns) <= confirmed + 1  # at most the save under way at the kill
        for number, turn in enumerate(session.turns):
            assert turn == make_turn(number)
        confirmed = len(session.turns)
    assert [s.id for s in store.list()] == [session_id]
    assert kills_during_saves >= ROUNDS // 2, "the child rarely got to save before being killed"
    with store.acquire(session_id):
        leftovers = [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    assert confirmed > 0
    assert time.monotonic() - started < 30


def save_many(folder: Path, session_id: str, count: int) -> None:
    """Save a session ``count`` times, one more turn each time."""
    store = SessionStore(folder)
    with store.acquire(session_id):
        session = Session(
            id=session_id,
            mode=Mode.PRACTISE,
            script_id="stroke-at-home",
            script_version="1",
            practitioner=session_id,
            person="Mrs H",
            started=START,
            updated=START,
        )
        for number in range(count):
            session.turns.append(make_turn(number))
            store.save(session)


def test_two_processes_saving_different_sessions_never_clobber_each_other(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    ids = ["20261123-0915-aaaa", "20261123-0915-bbbb", "20261123-0915-cccc"]
    children = []
    for session_id in ids:
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            code = 1
            try:
                save_many(folder, session_id, 40)
                code = 0
            finally:
                os._exit(code)
        children.append(pid)
    for pid in children:
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
    store = SessionStore(folder)
    assert sorted(s.id for s in store.list()) == ids
    for session_id in ids:
        session = store.load(session_id)
        assert session.practitioner == session_id
        assert session.turns == [make_turn(n) for n in range(40)]
    assert sorted(p.name for p in folder.iterdir()) == [f"{i}.toml" for i in ids]
