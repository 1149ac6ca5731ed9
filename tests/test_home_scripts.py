"""The home screen's script list: every bundled and user script, filtered by setting, and
script files that were not loaded reported rather than hidden."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, Label, OptionList

from conversation import paths
from conversation.app import make_app
from conversation.library import load_library
from conversation.screens.conversation import ConversationScreen
from conversation.screens.home import HomeScreen
from tests.app_helpers import SIZE

GOOD = Path(__file__).parent / "data" / "scripts" / "good-minimal.toml"


def user_script(script_id: str, title: str, setting: str) -> Path:
    """The minimal script saved in the user scripts folder with this id, title and setting."""
    folder = paths.user_scripts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    text = GOOD.read_text(encoding="utf-8")
    text = text.replace('id = "minimal"', f'id = "{script_id}"')
    text = text.replace('title = "Minimal test script"', f'title = "{title}"')
    text = text.replace('setting = "A short visit."', f'setting = "{setting}"')
    path = folder / f"{script_id}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def listed(home: HomeScreen) -> list[str]:
    """The ids of the scripts the list shows, in order."""
    listing = home.query_one("#scripts", OptionList)
    return [
        option.id
        for option in (listing.get_option_at_index(i) for i in range(listing.option_count))
        if option.id is not None
    ]


async def test_home_lists_every_bundled_and_user_script(tmp_path: Path) -> None:
    user_script("hospice-walk", "Walking to the river", "A hospice day room by the river.")
    app = make_app(sessions_dir=tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        expected = [script.meta.id for script in load_library().scripts]
        assert "hospice-walk" in expected
        assert listed(home) == expected
        assert listed(home)[0] == paths.DEFAULT_SCRIPT_ID


async def test_typing_a_setting_filters_the_list_and_starts_the_match(tmp_path: Path) -> None:
    user_script("hospice-walk", "Walking to the river", "A hospice day room by the river.")
    app = make_app(sessions_dir=tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        await pilot.press("slash")
        assert isinstance(app.focused, Input) and app.focused.id == "script-filter"
        await pilot.press(*"HOSPICE")
        await pilot.pause()
        assert listed(home) == ["hospice-walk"]
        title = str(home.query_one("#scripts-title", Label).render())
        assert title == f"Scripts · 1 of {len(home.scripts)}"
        await pilot.press("enter")  # back to the list
        assert app.focused is home.query_one("#scripts", OptionList)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        assert app.screen.conversation.script.meta.id == "hospice-walk"


async def test_escape_clears_the_filter_and_no_match_says_so(tmp_path: Path) -> None:
    app = make_app(sessions_dir=tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        everything = listed(home)
        await pilot.press("slash", *"nowhere at all")
        await pilot.pause()
        assert listed(home) == []
        assert home.selected_script() is None
        listing = home.query_one("#scripts", OptionList)
        assert "No script's setting matches 'nowhere at all'" in str(
            listing.get_option_at_index(0).prompt
        )
        await pilot.press("escape")
        await pilot.pause()
        assert home.query_one("#script-filter", Input).value == ""
        assert listed(home) == everything
        assert app.focused is listing


async def test_files_not_loaded_are_reported_on_the_home_screen(tmp_path: Path) -> None:
    user_script(paths.DEFAULT_SCRIPT_ID, "An impostor", "Somewhere else.")
    app = make_app(sessions_dir=tmp_path / "s")
    notes: list[tuple[str, str, str]] = []

    def note(message: str, *, title: str = "", severity: str = "information", **_: object) -> None:
        notes.append((title, severity, message))

    app.notify = note  # type: ignore[method-assign, assignment]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert "An impostor" not in [script.meta.title for script in home.scripts]
    (_, severity, message) = next(n for n in notes if n[0] == "Scripts not loaded")
    assert severity == "warning"
    assert f"script id '{paths.DEFAULT_SCRIPT_ID}' is already used by the bundled script" in (
        message
    )
    assert str(paths.user_scripts_dir() / f"{paths.DEFAULT_SCRIPT_ID}.toml") in message


async def _settle(pilot: Pilot[None]) -> None:
    for widget in pilot.app.screen.query(Input):
        widget.cursor_blink = False
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_home_screen_listing_the_scripts_filtered(snap_compare: object, tmp_path: Path) -> None:
    async def filter_carers(pilot: Pilot[None]) -> None:
        await _settle(pilot)
        await pilot.press("slash", *"carer")
        await pilot.pause()

    app = make_app(sessions_dir=tmp_path / "s")
    assert snap_compare(app, terminal_size=SIZE, run_before=filter_carers)  # type: ignore[operator]
