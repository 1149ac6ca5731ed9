"""Outcomes screen speed: keystroke to live checks, opening the screen, a new outcome, saving.

Targets: after each keystroke in an outcome's wording the live checks show the checker's
verdict on the wording as typed within 50 ms (95th percentile, 120x40 screen); the screen
opens and a new outcome's form is ready within 0.5 s (median); saving the outcomes of a
session with 1,000 turns takes under 100 ms (median).
Run with ``python -m tests.bench outcomes_screen``.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

KEYSTROKE_TARGET = 0.050
OPEN_TARGET = 0.5
SAVE_TARGET = 0.100
WORDING = "I want to sing at the chapel Christmas concert so that I feel like me again"
NEW_OUTCOMES = 5
LONG_SESSION_TURNS = 1000


def key_event(char: str) -> Any:
    """The key event a terminal sends for one typed character."""
    from textual import events

    return events.Key("space" if char == " " else char, char)


def _settle(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def percentile(values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of the values lie (nearest rank)."""
    ordered = sorted(values)
    rank = max(1, round(fraction * len(ordered) + 0.5))
    return ordered[min(rank, len(ordered)) - 1]


async def measure(folder: Path) -> dict[str, Any]:
    """Open the screen on a long practise session, type a wording, add outcomes, save."""
    from textual.app import App
    from textual.widgets import Input

    from conversation.conduct import Conversation
    from conversation.model import Mode, Speaker, Stage
    from conversation.screens.outcomes import OutcomesScreen
    from conversation.script_loader import load_bundled
    from conversation.session import Turn
    from conversation.store import SessionStore
    from conversation.widgets.outcome_checks import OutcomeChecksView

    store = SessionStore(folder)
    conversation = Conversation.start(
        mode=Mode.PRACTISE,
        script=load_bundled(),
        practitioner="Bench",
        person=None,
        store=store,
    )
    moment = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    for index in range(LONG_SESSION_TURNS):
        speaker = Speaker.PERSON if index % 2 else Speaker.PRACTITIONER
        text = f"I'd like to get back to the garden, number {index}. It was lovely."
        conversation.session.turns.append(
            Turn(speaker, Stage.EXPLORE, text, moment + timedelta(seconds=index))
        )

    class Bench(App[None]):
        pass

    app = Bench()
    figures: dict[str, Any] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        began = time.perf_counter()
        screen = OutcomesScreen(conversation)
        await app.push_screen(screen)
        await pilot.pause()
        figures["open"] = time.perf_counter() - began
        screen.form.go_to_step("wording")
        await pilot.pause()
        wording = screen.form.query_one("#wording", Input)
        view = screen.form.query_one("#live-checks", OutcomeChecksView)
        loop = asyncio.get_running_loop()
        latencies: list[float] = []
        typed = ""
        for char in WORDING:
            typed += char
            began = time.perf_counter()
            app.post_message(key_event(char))
            deadline = began + 2.0
            while view.result is None or view.result.text != typed:
                if time.perf_counter() > deadline:
                    raise RuntimeError(f"the checks never showed {typed!r}")
                await asyncio.sleep(0)
            painted: asyncio.Future[None] = loop.create_future()
            screen.call_after_refresh(_settle, painted)
            await painted
            latencies.append(time.perf_counter() - began)
        assert wording.value == WORDING
        figures["keys"] = latencies
        new: list[float] = []
        for _ in range(NEW_OUTCOMES):
            began = time.perf_counter()
            await screen.action_new_outcome()
            await pilot.pause()
            new.append(time.perf_counter() - began)
        figures["new"] = new
        saves: list[float] = []
        for _ in range(5):
            screen.dirty = True
            began = time.perf_counter()
            screen.flush()
            saves.append(time.perf_counter() - began)
        figures["save"] = saves
    return figures


def main() -> bool:
    """Print the figures; False when a target is missed."""
    with tempfile.TemporaryDirectory() as folder:
        figures = asyncio.run(measure(Path(folder)))
    keys = figures["keys"]
    key_p95 = percentile(keys, 0.95)
    new_median = statistics.median(figures["new"])
    save_median = statistics.median(figures["save"])
    print(
        f"keystroke to live checks: median {statistics.median(keys) * 1000:.1f} ms, "
        f"p95 {key_p95 * 1000:.1f} ms over {len(keys)} keys "
        f"(target {KEYSTROKE_TARGET * 1000:.0f} ms)"
    )
    print(f"open the screen ({LONG_SESSION_TURNS} turns): {figures['open'] * 1000:.0f} ms")
    print(f"new outcome: median {new_median * 1000:.0f} ms (target {OPEN_TARGET * 1000:.0f} ms)")
    print(
        f"save the session ({LONG_SESSION_TURNS} turns): median {save_median * 1000:.1f} ms "
        f"(target {SAVE_TARGET * 1000:.0f} ms)"
    )
    return (
        key_p95 <= KEYSTROKE_TARGET
        and figures["open"] <= OPEN_TARGET
        and new_median <= OPEN_TARGET
        and save_median <= SAVE_TARGET
    )


if __name__ == "__main__":
    raise SystemExit(0 if main() else 1)
