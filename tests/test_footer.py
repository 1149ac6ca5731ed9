"""The footer follows the screen's bindings: a key greyed at the first stage comes alive after
moving on, and the keys are not remade while nothing they show has changed."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._footer import FooterKey

from conversation.widgets.footer import AppFooter
from tests.app_helpers import SIZE, practise_app, settle


def _keys(footer: AppFooter) -> dict[str, FooterKey]:
    return {key.action: key for key in footer.query(FooterKey)}


def _greyed(footer: AppFooter, action: str) -> bool:
    return _keys(footer)[action].has_class("-disabled")


async def test_the_stage_keys_follow_the_stage(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "s", practitioner="Sam")
    async with app.run_test(size=SIZE) as pilot:
        footer = app.screen.query_one(AppFooter)
        await settle(pilot, lambda: "previous_stage" in _keys(footer))
        assert _greyed(footer, "previous_stage")  # nothing before the first stage
        assert not _greyed(footer, "next_stage")
        await pilot.press("ctrl+n")
        await settle(pilot, lambda: not _greyed(footer, "previous_stage"))
        for _ in range(3):
            await pilot.press("ctrl+n")
        await settle(pilot, lambda: _greyed(footer, "next_stage"))  # the last stage
        assert not _greyed(footer, "previous_stage")


async def test_the_keys_are_kept_while_the_bindings_stay_the_same(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "s", practitioner="Sam")
    async with app.run_test(size=SIZE) as pilot:
        footer = app.screen.query_one(AppFooter)
        await settle(pilot, lambda: "next_stage" in _keys(footer))
        before = list(footer.query(FooterKey))
        app.screen.refresh_bindings()  # a signal with nothing changed
        await pilot.press(*"Tell me about")
        await pilot.pause()
        assert list(footer.query(FooterKey)) == before
        assert all(key.is_attached for key in before)
