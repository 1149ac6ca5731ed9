"""The app's preferences: the settings file's theme and practitioner's name, checked and
applied as the app starts (``--theme`` is checked against the themes the app offers)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from conversation.model import Mode
from conversation.settings import Settings, SettingsError, load_settings, save_settings

if TYPE_CHECKING:
    from conversation.app import OpenConversation


@dataclass
class Preferences:
    """The user's settings and the file they are remembered in (None: nothing is kept, as
    in tests that do not ask for it)."""

    settings_file: Path | None
    settings: Settings

    def should_ask_name(self, opening: OpenConversation | None) -> bool:
        """Ask the practitioner's name once: on the home screen, or when a practice
        conversation opens without one; never again after an answer (even an empty one), and
        never to put a name on a saved session that is being carried on."""
        if self.settings_file is None or self.settings.name is not None:
            return False
        if opening is None:
            return True
        if opening.resumed:
            return False
        session = opening.conversation.session
        return session.mode is Mode.PRACTISE and not session.practitioner


def read_preferences(settings_file: Path | None, theme: str | None) -> Preferences:
    """The remembered settings, with a theme given on the command line (checked, then
    remembered). Raises SettingsError for a damaged file or an unknown theme."""
    from conversation.themes import theme_names

    settings = load_settings(settings_file) if settings_file is not None else Settings()
    known = theme_names()
    if theme is not None:
        if theme not in known:
            raise SettingsError(f"unknown theme '{theme}' (expected one of: {', '.join(known)})")
        if theme != settings.theme:
            settings = settings.with_theme(theme)
            if settings_file is not None:
                save_settings(settings, settings_file)
    elif settings.theme is not None and settings.theme not in known:
        raise SettingsError(
            f"{settings_file}: key 'theme': unknown theme '{settings.theme}' "
            f"(expected one of: {', '.join(known)})"
        )
    return Preferences(settings_file, settings)
