"""The settings file (theme, practitioner's name), the high-contrast theme and ``--theme``, and
the practitioner's name asked once on the home screen or the first practice."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.widgets import Input

from conversation.app import StartRequest, make_app
from conversation.model import Mode
from conversation.paths import settings_file
from conversation.screens.conversation import ConversationScreen
from conversation.screens.home import HomeScreen
from conversation.screens.name import NameDialog
from conversation.settings import Settings, SettingsError, load_settings, save_settings
from conversation.store import SessionStore
from tests.app_helpers import SIZE, SteppingClock, settle

# --- the file -----------------------------------------------------------------------------


def test_settings_round_trip_owner_only_under_the_config_folder(tmp_path: Path) -> None:
    path = settings_file()
    assert path.is_relative_to(tmp_path / "xdg-config")
    assert load_settings(path) == Settings()  # no file yet: defaults
    save_settings(Settings(theme="high-contrast", name="Siân Ŵyn 🙂"), path)
    assert load_settings(path) == Settings(theme="high-contrast", name="Siân Ŵyn 🙂")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert Settings().with_name("  Sam\x07 ").name == "Sam"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("theme = \n", "settings.toml: the settings file is not valid TOML"),
        ("colour = 'blue'\n", "unknown key 'colour'"),
        ("name = 3\n", "key 'name' must be a string"),
    ],
)
def test_a_damaged_settings_file_is_reported_and_kept(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True)
    path.write_text(text)
    with pytest.raises(SettingsError, match=expected):
        load_settings(path)
    with pytest.raises(SettingsError):
        make_app(sessions_dir=tmp_path / "s", settings_file=path, theme="high-contrast")
    assert path.read_text() == text  # never written over


def test_an_unknown_theme_is_refused_with_the_choices(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=r"unknown theme 'neon'.*high-contrast"):
        make_app(sessions_dir=tmp_path / "s", settings_file=settings_file(), theme="neon")
    assert not settings_file().exists()


# --- the theme ----------------------------------------------------------------------------


async def test_theme_flag_applies_and_is_remembered(tmp_path: Path) -> None:
    path = settings_file()
    app = make_app(sessions_dir=tmp_path / "s", settings_file=path, theme="high-contrast")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "high-contrast"
        assert app.current_theme.background == "#000000"
    assert load_settings(path).theme == "high-contrast"

    again = make_app(sessions_dir=tmp_path / "s", settings_file=path)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.theme == "high-contrast"


async def test_a_theme_chosen_in_the_app_is_remembered(tmp_path: Path) -> None:
    path = settings_file()
    save_settings(Settings(name="Sam"), path)
    app = make_app(sessions_dir=tmp_path / "s", settings_file=path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.theme = "high-contrast"
        await settle(pilot, lambda: load_settings(path).theme == "high-contrast")
    assert load_settings(path) == Settings(theme="high-contrast", name="Sam")


# --- the name -----------------------------------------------------------------------------


async def test_home_asks_the_name_once_and_uses_it_for_a_practice(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    path = settings_file()
    app = make_app(sessions_dir=sessions, settings_file=path, clock=SteppingClock(step=1))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, NameDialog)
        assert app.focused is app.screen.query_one("#name-input", Input)
        await pilot.press(*"Sam Jones", "enter")
        await settle(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("p")
        await settle(pilot, lambda: isinstance(app.screen, ConversationScreen))
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        assert screen.conversation.session.practitioner == "Sam Jones"
        await settle(pilot, lambda: load_settings(path).name == "Sam Jones")

    again = make_app(sessions_dir=sessions, settings_file=path)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, HomeScreen)  # not asked again


async def test_skipping_the_name_is_remembered_as_asked(tmp_path: Path) -> None:
    path = settings_file()
    app = make_app(sessions_dir=tmp_path / "s", settings_file=path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, NameDialog)
        await pilot.press("escape")
        await settle(pilot, lambda: load_settings(path).name == "")
        assert isinstance(app.screen, HomeScreen)
    again = make_app(sessions_dir=tmp_path / "s", settings_file=path)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, HomeScreen)


async def test_the_first_practice_asks_the_name_and_saves_it_in_the_session(
    tmp_path: Path,
) -> None:
    sessions = tmp_path / "s"
    path = settings_file()
    start = StartRequest(mode=Mode.PRACTISE)
    app = make_app(sessions_dir=sessions, start=start, settings_file=path, clock=SteppingClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, NameDialog)
        await pilot.press(*"Ffion", "enter")
        await settle(pilot, lambda: isinstance(app.screen, ConversationScreen))
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        session_id = screen.conversation.session.id
    assert SessionStore(sessions).load(session_id).practitioner == "Ffion"
    assert load_settings(path).name == "Ffion"

    later = make_app(sessions_dir=sessions, start=start, settings_file=path)
    async with later.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = later.screen
        assert isinstance(screen, ConversationScreen)  # not asked again
        assert screen.conversation.session.practitioner == "Ffion"


async def test_the_name_flag_wins_over_the_remembered_name(tmp_path: Path) -> None:
    path = settings_file()
    save_settings(Settings(name="Remembered"), path)
    start = StartRequest(mode=Mode.PRACTISE, practitioner="Given")
    app = make_app(sessions_dir=tmp_path / "s", start=start, settings_file=path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        assert screen.conversation.session.practitioner == "Given"
    assert load_settings(path).name == "Remembered"


async def test_without_a_settings_file_nothing_is_asked_or_kept(tmp_path: Path) -> None:
    app = make_app(sessions_dir=tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert not settings_file().exists()


async def test_record_from_home_offers_the_remembered_name(tmp_path: Path) -> None:
    path = settings_file()
    save_settings(Settings(name="Sam"), path)
    app = make_app(sessions_dir=tmp_path / "s", settings_file=path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        assert app.screen.query_one("#practitioner-name", Input).value == "Sam"


async def test_resuming_a_session_does_not_ask_or_rename_it(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    first = make_app(sessions_dir=sessions, start=StartRequest(mode=Mode.PRACTISE))
    async with first.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = first.screen
        assert isinstance(screen, ConversationScreen)
        session_id = screen.conversation.session.id
    path = settings_file()
    app = make_app(
        sessions_dir=sessions, start=StartRequest(resume_id=session_id), settings_file=path
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
    assert SessionStore(sessions).load(session_id).practitioner == ""
