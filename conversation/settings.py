"""The user's settings: the theme and the practitioner's name, remembered between runs.

A small TOML file under the user config folder (``paths.settings_file``), written by the app
only. Pure domain code: reading reports a damaged file with its path and line and never
writes over it; writing is atomic (temp file, fsync, rename), readable by the owner only.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

import tomli_w

from conversation.errors import ConversationError

MAX_NAME_LENGTH = 100
KNOWN_KEYS = ("theme", "name")


class SettingsError(ConversationError):
    """The settings file could not be read or written; says which file and why."""


@dataclass(frozen=True)
class Settings:
    """What the app remembers. ``name`` is None until the practitioner has been asked; an
    empty name means they were asked and chose not to give one."""

    theme: str | None = None
    name: str | None = None

    def with_theme(self, theme: str) -> Settings:
        """These settings with another theme."""
        return replace(self, theme=theme)

    def with_name(self, name: str) -> Settings:
        """These settings with the practitioner's name (empty: asked, none given)."""
        return replace(self, name=clean_name(name))


def clean_name(value: str) -> str:
    """A practitioner's name as kept: trimmed, without control characters, at most
    ``MAX_NAME_LENGTH`` characters."""
    kept = "".join(char for char in value if unicodedata.category(char) not in ("Cc", "Cs"))
    return kept.strip()[:MAX_NAME_LENGTH].strip()


def load_settings(path: Path) -> Settings:
    """The settings in ``path``; defaults when the file does not exist yet. A file that
    cannot be read or is not what the app writes raises SettingsError naming it."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as error:
        raise SettingsError(f"{path}: cannot read the settings file ({error.strerror})") from error
    try:
        data = tomllib.loads(raw.decode("utf-8-sig").replace("\r\n", "\n"))
    except UnicodeDecodeError as error:
        raise SettingsError(f"{path}: the settings file is not UTF-8 text") from error
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(
            f"{path}: the settings file is not valid TOML ({error}); fix or delete it"
        ) from error
    for key, value in data.items():
        if key not in KNOWN_KEYS:
            raise SettingsError(
                f"{path}: unknown key '{key}' (expected only: {', '.join(KNOWN_KEYS)})"
            )
        if not isinstance(value, str):
            raise SettingsError(f"{path}: key '{key}' must be a string of text")
    theme = data.get("theme")
    name = data.get("name")
    return Settings(
        theme=theme.strip() or None if isinstance(theme, str) else None,
        name=clean_name(name) if isinstance(name, str) else None,
    )


def save_settings(settings: Settings, path: Path) -> None:
    """Write ``settings`` to ``path`` atomically (its folder is created, owner-only)."""
    data = {
        key: value
        for key, value in (("theme", settings.theme), ("name", settings.name))
        if value is not None
    }
    text = tomli_w.dumps(data)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp, 0o600)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise SettingsError(f"{path}: cannot write the settings file ({error})") from error
