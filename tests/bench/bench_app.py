"""App speed: time to the first screen from process start, and keystroke to visible label.

Targets: the first screen is mounted within 0.6 s (median of several fresh processes); after
each keystroke in the conversation screen's input line the act label and any trap warning
show the analyser's result within 50 ms (95th percentile, Pilot on a 120x40 screen); and
sending a line in a long session never stalls the screen for more than 100 ms while the
session is saved.
Run with ``python -m tests.bench app``.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

FIRST_SCREEN_TARGET = 0.6
BARE_RATIO_TARGET = 1.5
"""The first screen may take at most this many times as long as a bare Textual app's."""
KEYSTROKE_TARGET = 0.050
RUNS = 5
CHILD_TIMEOUT = 30
SAVE_TURNS = 1000
SUBMITS = 10
STALL_TARGET = 0.100
"""Longest the screen may stop responding while a turn is saved (no visible freeze)."""
SENTENCE = "I think you should move into a care home, what do you think about that?"

KEY_NAMES = {" ": "space", ",": "comma", "?": "question_mark", ".": "full_stop", "'": "apostrophe"}
"""Textual's names for the punctuation keys the benchmark sentence types."""

CHILD = """
import os, sys, time
from pathlib import Path
from conversation.app import StartRequest, make_app
from conversation.model import Mode

start = None
if sys.argv[2] == "practise":
    start = StartRequest(mode=Mode.PRACTISE, practitioner="Bench")
app = make_app(sessions_dir=Path(sys.argv[1]), start=start)

async def auto_pilot(pilot):
    await pilot.pause()
    elapsed = time.time() - float(os.environ["BENCH_SPAWNED"])
    print(f"{elapsed:.4f} {type(pilot.app.screen).__name__}", flush=True)
    pilot.app.exit()

app.run(headless=True, size=(120, 40), auto_pilot=auto_pilot)
"""

BARE_CHILD = """
import os, sys, time
from textual.app import App
from textual.widgets import Footer, Header, Input

class Bare(App[None]):
    def compose(self):
        yield Header()
        yield Input()
        yield Footer()

async def auto_pilot(pilot):
    await pilot.pause()
    elapsed = time.time() - float(os.environ["BENCH_SPAWNED"])
    print(f"{elapsed:.4f} {type(pilot.app.screen).__name__}", flush=True)
    pilot.app.exit()

Bare().run(headless=True, size=(120, 40), auto_pilot=auto_pilot)
"""
"""A bare Textual app with a header, an input and a footer: the floor for the first screen."""


def first_screen_seconds(sessions: Path, start: str) -> tuple[float, float, str]:
    """Seconds from spawning a fresh process to its first screen being shown, and to exit.
    ``start`` is home, practise, or bare (the bare Textual app)."""
    env = dict(
        os.environ,
        BENCH_SPAWNED=repr(time.time()),
        XDG_CONFIG_HOME=str(sessions.parent / "config"),
        XDG_DATA_HOME=str(sessions.parent / "data"),
    )
    child = BARE_CHILD if start == "bare" else CHILD
    began = time.perf_counter()
    try:
        result = subprocess.run(
            [sys.executable, "-c", child, str(sessions), start],
            capture_output=True,
            text=True,
            env=env,
            timeout=CHILD_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise RuntimeError(
            f"the app ({start}) did not show its first screen within {CHILD_TIMEOUT} s"
        ) from error
    total = time.perf_counter() - began
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(f"the app did not start: {result.stderr.strip()[-2000:]}")
    figure, screen = result.stdout.split()[-2:]
    return float(figure), total, screen


def measure_first_screen(sessions: Path, start: str) -> float:
    """Median time to the first screen over several runs; prints the figures."""
    shown: list[float] = []
    totals: list[float] = []
    screen = ""
    for _ in range(RUNS):
        seconds, total, screen = first_screen_seconds(sessions, start)
        shown.append(seconds)
        totals.append(total)
    median = statistics.median(shown)
    print(
        f"first screen ({start}: {screen}): median {median:.3f} s over {RUNS} runs "
        f"(min {min(shown):.3f}, max {max(shown):.3f}; whole process incl. exit median "
        f"{statistics.median(totals):.3f} s) target <= {FIRST_SCREEN_TARGET} s"
    )
    return median


def measure_against_bare(sessions: Path, start: str) -> tuple[float, float]:
    """Median first screen of the app and of the bare Textual app, run alternately so both
    see the same load on the machine; prints the figures and their ratio."""
    app_runs: list[float] = []
    bare_runs: list[float] = []
    screen = ""
    for _ in range(RUNS):
        bare, _total, _screen = first_screen_seconds(sessions, "bare")
        bare_runs.append(bare)
        seconds, _total, screen = first_screen_seconds(sessions, start)
        app_runs.append(seconds)
    app_median = statistics.median(app_runs)
    bare_median = statistics.median(bare_runs)
    print(
        f"first screen ({start}: {screen}) against a bare Textual app (header, input, footer), "
        f"alternating, {RUNS} runs each: {app_median:.3f} s vs {bare_median:.3f} s = "
        f"{app_median / bare_median:.2f}x, target <= {BARE_RATIO_TARGET}x"
    )
    return app_median, bare_median


def key_event(char: str) -> Any:
    """The key event a terminal sends for one typed character."""
    from textual import events

    return events.Key(char if char.isalnum() else KEY_NAMES[char], char)


async def keystroke_latencies(sessions: Path) -> list[float]:
    """Seconds from each key event to the label (and any warning) being painted with the
    analysis of the line as typed so far.

    Each key is posted to the app as the terminal driver would post it; the clock stops
    after the first screen refresh in which the act label and every warning's evidence are
    shown (``call_after_refresh``). Pilot's own settling waits come after, off the clock.
    """
    from textual.content import Content
    from textual.widgets import Input, Static

    from conversation.analysis import LiveAnalyser
    from conversation.app import StartRequest, make_app
    from conversation.model import Mode

    def shown(widget: Static) -> str:
        content = widget.content
        return content.plain if isinstance(content, Content) else str(content)

    app = make_app(
        sessions_dir=sessions, start=StartRequest(mode=Mode.PRACTISE, practitioner="Bench")
    )
    live = LiveAnalyser()
    latencies: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        line = app.screen.query_one("#line", Input)
        line.focus()
        await pilot.pause()
        label = app.screen.query_one("#act-label", Static)
        warnings = app.screen.query_one("#warnings", Static)
        typed = ""
        loop = asyncio.get_running_loop()
        for char in SENTENCE:
            typed += char
            expected = live.update(typed)
            want_label = expected.act.title
            want_evidence = [warning.evidence for warning in expected.warnings]
            began = time.perf_counter()
            app.post_message(key_event(char))
            deadline = began + 2.0
            while True:
                label_ok = want_label in shown(label)
                warnings_text = " ".join(shown(warnings).split())  # wrapped lines joined
                warnings_ok = all(
                    " ".join(evidence.split()) in warnings_text for evidence in want_evidence
                )
                if line.value == typed and label_ok and warnings_ok:
                    break
                if time.perf_counter() > deadline:
                    raise RuntimeError(
                        f"after typing {typed!r} the label shows {shown(label)!r}, "
                        f"expected {want_label!r} with evidence {want_evidence!r}"
                    )
                await asyncio.sleep(0)
            painted: asyncio.Future[None] = loop.create_future()
            label.call_after_refresh(painted.set_result, None)
            await painted
            latencies.append(time.perf_counter() - began)
            await pilot.pause()
    return latencies


def long_session(sessions: Path, turns: int) -> str:
    """Save a practise session with ``turns`` turns and return its id."""
    from datetime import UTC, datetime, timedelta

    from conversation.model import Mode, Speaker, Stage
    from conversation.script_loader import load_bundled
    from conversation.session import Session, Turn
    from conversation.store import SessionStore

    store = SessionStore(sessions)
    script = load_bundled()
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    session = Session(
        id=store.new_id(now),
        mode=Mode.PRACTISE,
        script_id=script.meta.id,
        script_version=script.meta.version,
        practitioner="Bench",
        person=script.person.name,
        started=now,
        updated=now,
    )
    for index in range(turns):
        speaker = Speaker.PRACTITIONER if index % 2 else Speaker.PERSON
        text = f"Line {index}: tell me a bit more about the garden and what it means to you."
        session.turns.append(Turn(speaker, Stage.LISTEN, text, now + timedelta(seconds=index)))
    session.stage = Stage.LISTEN
    store.save(session)
    return session.id


async def submit_stalls(sessions: Path, session_id: str, lines: int) -> tuple[list[float], float]:
    """Seconds from Enter to the new turn being painted, and the longest event-loop stall.

    A ticker wakes every 5 ms while the lines are sent; the longest gap between its wake-ups
    is how long the screen could not respond (typing, redrawing) while a turn was saved.
    """
    from textual.widgets import Input

    from conversation.app import StartRequest, make_app

    app = make_app(sessions_dir=sessions, start=StartRequest(resume_id=session_id))
    latencies: list[float] = []
    longest = 0.0
    async with app.run_test(size=(120, 40)) as pilot:
        line = app.screen.query_one("#line", Input)
        line.focus()
        await pilot.pause()
        running = True

        async def ticker() -> None:
            nonlocal longest
            last = time.perf_counter()
            while running:
                await asyncio.sleep(0.005)
                now = time.perf_counter()
                longest = max(longest, now - last - 0.005)
                last = now

        ticking = asyncio.create_task(ticker())
        loop = asyncio.get_running_loop()
        for index in range(lines):
            line.value = f"It sounds as if the garden matters a great deal to you ({index})."
            began = time.perf_counter()
            app.post_message(key_event_named("enter"))
            deadline = began + 5.0
            while line.value and time.perf_counter() < deadline:
                await asyncio.sleep(0)
            painted: asyncio.Future[None] = loop.create_future()
            line.call_after_refresh(painted.set_result, None)
            await painted
            latencies.append(time.perf_counter() - began)
            await pilot.pause()
        running = False
        await ticking
    return latencies, longest


def key_event_named(key: str) -> Any:
    """The key event for a named key such as enter."""
    from textual import events

    return events.Key(key, "\r" if key == "enter" else None)


def percentile(values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of the values lie (nearest rank)."""
    ordered = sorted(values)
    rank = max(1, round(fraction * len(ordered) + 0.5))
    return ordered[min(rank, len(ordered)) - 1]


def compile_bytecode() -> None:
    """Write the app's compiled modules, as installing it does: an editable install (or
    ``PYTHONDONTWRITEBYTECODE``) would otherwise leave the app recompiling its modules at
    every start, while the bare app's Textual is compiled."""
    import compileall

    import conversation

    compileall.compile_dir(Path(conversation.__file__).parent, quiet=1)


def main() -> bool:
    """Measure and print the figures; False when a target is missed."""
    compile_bytecode()
    with tempfile.TemporaryDirectory() as folder:
        sessions = Path(folder) / "sessions"
        sessions.mkdir()
        try:
            home = measure_first_screen(sessions, "home")
            practise = measure_first_screen(sessions, "practise")
            against_bare = {
                start: measure_against_bare(sessions, start) for start in ("home", "practise")
            }
            latencies = asyncio.run(keystroke_latencies(sessions))
            session_id = long_session(sessions, SAVE_TURNS)
            submits, stall = asyncio.run(submit_stalls(sessions, session_id, SUBMITS))
        except RuntimeError as error:
            print(f"MISSED: {error}")
            return False
    p95 = percentile(latencies, 0.95)
    print(
        f"keystroke to visible label/warning: p95 {p95 * 1000:.1f} ms, median "
        f"{statistics.median(latencies) * 1000:.1f} ms, max {max(latencies) * 1000:.1f} ms "
        f"over {len(latencies)} keys (Pilot, 120x40) target <= {KEYSTROKE_TARGET * 1000:.0f} ms"
    )
    print(
        f"saving while typing ({SAVE_TURNS}-turn session, {SUBMITS} lines sent): Enter to turn "
        f"shown p95 {percentile(submits, 0.95) * 1000:.1f} ms; longest stall of the screen "
        f"{stall * 1000:.1f} ms, target <= {STALL_TARGET * 1000:.0f} ms"
    )
    ok = True
    for name, figure in (("home", home), ("practise", practise)):
        if figure > FIRST_SCREEN_TARGET:
            print(f"MISSED: first screen ({name}) {figure:.3f} s > {FIRST_SCREEN_TARGET} s")
            ok = False
    for name, (app_median, bare_median) in against_bare.items():
        if app_median > BARE_RATIO_TARGET * bare_median:
            print(
                f"MISSED: first screen ({name}) {app_median / bare_median:.2f}x a bare Textual "
                f"app > {BARE_RATIO_TARGET}x"
            )
            ok = False
    if stall > STALL_TARGET:
        print(f"MISSED: the screen stalled {stall * 1000:.1f} ms while saving")
        ok = False
    if p95 > KEYSTROKE_TARGET:
        print(f"MISSED: keystroke p95 {p95 * 1000:.1f} ms > {KEYSTROKE_TARGET * 1000:.0f} ms")
        ok = False
    return ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
