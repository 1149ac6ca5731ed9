"""A cache of the scripts already read and checked, so the app's first screen does not parse
and check every script's TOML again on each start.

One file in the user cache folder holds each good script as read, under its file's path,
modification time and size, and under a stamp of the code that reads scripts: a script file
that changed, or a new version of the app, is read and checked afresh. Only scripts with no
problems are kept; a script with problems is read every time, so its problems are always
reported. The file is the user's own (written owner-only, atomically); anything wrong with
it (missing, unreadable, from another version) means the scripts are simply read again.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

from conversation.script import Script

CACHE_NAME = "scripts.pickle"
_CODE = ("script", "script_loader", "script_checks", "model", "toml_source", "script_cache")
"""The modules whose code decides what a script reads as; a change to one empties the cache."""

_FileKey = tuple[int, int]


def cache_file() -> Path:
    """Where the cache is kept: the user cache folder."""
    from platformdirs import user_cache_path

    return user_cache_path("conversation", appauthor=False) / CACHE_NAME


def _code_stamp() -> tuple[object, ...]:
    here = Path(__file__).parent
    stamp: list[object] = [sys.version_info[:2]]
    for name in _CODE:
        try:
            status = (here / f"{name}.py").stat()
        except OSError:
            return ()
        stamp.append((name, status.st_mtime_ns, status.st_size))
    return tuple(stamp)


class ScriptCache:
    """The scripts read before, by file; ``save`` writes back what changed."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_file()
        self._stamp = _code_stamp()
        self._entries: dict[str, tuple[_FileKey, Script]] = {}
        self._changed = False
        self._used: set[str] = set()
        if self._stamp:
            self._entries = self._read()

    def _read(self) -> dict[str, tuple[_FileKey, Script]]:
        try:
            with self.path.open("rb") as handle:
                stamp, entries = pickle.load(handle)
        except Exception:  # a missing, partial or foreign cache is only a cache miss
            return {}
        if stamp != self._stamp or not isinstance(entries, dict):
            return {}
        return entries

    @staticmethod
    def _key(file: Path) -> tuple[str, _FileKey] | None:
        try:
            status = file.stat()
        except OSError:
            return None
        return str(file.absolute()), (status.st_mtime_ns, status.st_size)

    def get(self, file: Path) -> Script | None:
        """The script read from ``file`` before, if the file has not changed since."""
        key = self._key(file)
        if key is None:
            return None
        self._used.add(key[0])
        found = self._entries.get(key[0])
        if found is None or found[0] != key[1]:
            return None
        script = found[1]
        return script if isinstance(script, Script) else None

    def put(self, file: Path, script: Script) -> None:
        """Keep a good script read from ``file``."""
        key = self._key(file)
        if key is None or not self._stamp:
            return
        self._used.add(key[0])
        self._entries[key[0]] = (key[1], script)
        self._changed = True

    def save(self) -> None:
        """Write the cache if anything was added or a file has gone (only the files asked
        about since it was read are kept); a folder that cannot be written is left."""
        if set(self._entries) - self._used:
            self._entries = {k: v for k, v in self._entries.items() if k in self._used}
            self._changed = True
        if not self._changed:
            return
        import tempfile

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=".scripts-", dir=self.path.parent)
            try:
                with os.fdopen(handle, "wb") as out:
                    pickle.dump((self._stamp, self._entries), out, pickle.HIGHEST_PROTOCOL)
                os.replace(temp, self.path)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except (OSError, pickle.PicklingError):
            return
        self._changed = False
