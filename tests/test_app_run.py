"""Running the app pauses the garbage collector only while the first screen is built."""

from __future__ import annotations

import gc
from pathlib import Path

from textual.pilot import Pilot

from conversation.app import WARM_UP_DELAY, make_app
from tests.app_helpers import SIZE


def test_the_collector_runs_again_once_the_first_screen_is_up(tmp_path: Path) -> None:
    app = make_app(sessions_dir=tmp_path / "s")
    seen: dict[str, bool] = {}

    async def auto_pilot(pilot: Pilot[None]) -> None:
        seen["first screen"] = gc.isenabled()
        await pilot.pause(WARM_UP_DELAY + 0.5)
        await pilot.app.workers.wait_for_complete()
        seen["after"] = gc.isenabled()
        pilot.app.exit()

    assert gc.isenabled()
    app.run(headless=True, size=SIZE, auto_pilot=auto_pilot)
    assert seen == {"first screen": False, "after": True}
    assert gc.isenabled()


def test_the_collector_runs_again_when_the_app_ends_at_once(tmp_path: Path) -> None:
    app = make_app(sessions_dir=tmp_path / "s")

    async def auto_pilot(pilot: Pilot[None]) -> None:
        await pilot.pause()
        pilot.app.exit()  # before the collector was due to run again

    app.run(headless=True, size=SIZE, auto_pilot=auto_pilot)
    assert gc.isenabled()
