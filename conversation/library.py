"""The script library: the bundled scripts and the user's own, gathered from their folders.

Bundled scripts come first, then the user's scripts folder in the user data directory, then
any folder given with ``--scripts``. A script whose id is already taken is not loaded, and the
clash is reported against its file: nothing is overridden silently.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from conversation import paths
from conversation.errors import ConversationError, Problem, ScriptError
from conversation.script import Script
from conversation.script_cache import ScriptCache

# The script reader and its TOML tools are imported where a file must be read: a start-up
# whose scripts all come from the cache (script_cache) does without them.


class Origin(StrEnum):
    """Where a script comes from."""

    BUNDLED = "bundled"
    USER = "user"


@dataclass(frozen=True)
class ScriptFolder:
    """A folder the library reads ``*.toml`` scripts from."""

    path: Path
    origin: Origin
    required: bool = False
    """Named by the user (``--scripts``): a missing folder is a problem, not just empty."""


@dataclass(frozen=True)
class LibraryScript:
    """A script in the library, with where it came from."""

    script: Script
    origin: Origin
    file: Path


@dataclass
class ScriptLibrary:
    """Every good script from the library's folders, and the problems of the rest."""

    folders: tuple[ScriptFolder, ...]
    entries: list[LibraryScript] = field(default_factory=list)
    """Good scripts, the default script first, then by title."""
    problems: dict[Path, list[Problem]] = field(default_factory=dict)
    """Files that were not loaded (bad, or an id clash) and folders that could not be read."""

    @property
    def scripts(self) -> list[Script]:
        """The good scripts, in listing order."""
        return [entry.script for entry in self.entries]

    def entry(self, script_id: str) -> LibraryScript | None:
        """The library's script with this id, if it has one."""
        for entry in self.entries:
            if entry.script.meta.id == script_id:
                return entry
        return None

    def get(self, script_id: str | None = None) -> Script:
        """The script with this id (default: the default script); raises ScriptError when the
        file with that id has problems, else UnknownScript listing the ids there are."""
        wanted = script_id or paths.DEFAULT_SCRIPT_ID
        found = self.entry(wanted)
        if found is not None:
            return found.script
        for file, problems in self.problems.items():
            from conversation.script_loader import script_id_in_file

            if file.is_file() and script_id_in_file(file) == wanted and not _is_clash(problems):
                raise ScriptError(problems)
        folder = self.folders[0].path if self.folders else paths.bundled_scripts_dir()
        where = " or ".join(str(f.path) for f in self.folders) or None
        from conversation.script_loader import UnknownScript

        raise UnknownScript(
            wanted, folder, sorted(e.script.meta.id for e in self.entries), where=where
        )

    def check_folders(self) -> None:
        """Raise ScriptFolderMissing when a folder named with ``--scripts`` cannot be read."""
        named = {folder.path for folder in self.folders if folder.required}
        for path, problems in self.problems.items():
            if path in named:
                raise ScriptFolderMissing(str(problems[0]))

    def settings(self) -> list[str]:
        """The distinct settings of the scripts, in listing order."""
        seen: list[str] = []
        for script in self.scripts:
            if script.meta.setting not in seen:
                seen.append(script.meta.setting)
        return seen

    def problem_lines(self) -> list[str]:
        """Every problem as one line, ``FILE:LINE: message``, file by file."""
        return [
            str(problem).replace("\n", " ")
            for problems in self.problems.values()
            for problem in problems
        ]


CLASH_MARK = "is already used by"
"""Words every id-clash message carries (a clash is not a fault in the file itself)."""


def _is_clash(problems: Sequence[Problem]) -> bool:
    return len(problems) == 1 and CLASH_MARK in problems[0].message


def script_folders(
    extra: Iterable[Path] = (),
    bundled: Path | None = None,
    user: Path | None = None,
) -> tuple[ScriptFolder, ...]:
    """The folders to read, in order: bundled, the user scripts folder, then ``extra``
    (each folder once, however it is written)."""
    folders = [
        ScriptFolder(bundled or paths.bundled_scripts_dir(), Origin.BUNDLED),
        ScriptFolder(user or paths.user_scripts_dir(), Origin.USER),
        *(ScriptFolder(Path(folder).expanduser(), Origin.USER, required=True) for folder in extra),
    ]
    unique: list[ScriptFolder] = []
    seen: set[Path] = set()
    for folder in folders:
        key = _resolved(folder.path)
        if key not in seen:
            seen.add(key)
            unique.append(folder)
    return tuple(unique)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def load_library(
    folders: Sequence[ScriptFolder] | None = None, cache: ScriptCache | None = None
) -> ScriptLibrary:
    """Read every script in ``folders`` (default: bundled and the user scripts folder); with
    ``cache``, a file unchanged since it was last read and found good is not read again."""
    library = ScriptLibrary(tuple(script_folders() if folders is None else folders))
    owners: dict[str, LibraryScript] = {}
    for folder in library.folders:
        for file in _script_files(folder, library):
            script = cache.get(file) if cache is not None else None
            if script is None:
                from conversation.script_loader import read_script

                script, problems = read_script(file)
                if script is None:
                    library.problems[file] = problems
                    continue
                if cache is not None:
                    cache.put(file, script)
            taken = owners.get(script.meta.id)
            if taken is not None:
                library.problems[file] = [_clash(file, script, taken)]
                continue
            entry = LibraryScript(script, folder.origin, file)
            owners[script.meta.id] = entry
            library.entries.append(entry)
    if cache is not None:
        cache.save()
    library.entries.sort(
        key=lambda e: (
            e.script.meta.id != paths.DEFAULT_SCRIPT_ID,
            e.script.meta.title.casefold(),
            e.script.meta.id,
        )
    )
    return library


def _script_files(folder: ScriptFolder, library: ScriptLibrary) -> list[Path]:
    """The ``*.toml`` files of a folder, by name; a problem when a named folder is missing."""
    if not folder.path.is_dir():
        if folder.required:
            what = "is not a folder" if folder.path.exists() else "does not exist"
            library.problems[folder.path] = [
                Problem(
                    folder.path,
                    None,
                    f"the scripts folder {what}; expected a folder of conversation scripts "
                    "(*.toml)",
                )
            ]
        return []
    try:
        return sorted(p for p in folder.path.glob("*.toml") if p.is_file())
    except OSError as error:
        library.problems[folder.path] = [
            Problem(folder.path, None, f"cannot read the scripts folder: {error.strerror or error}")
        ]
        return []


def _clash(file: Path, script: Script, taken: LibraryScript) -> Problem:
    """The problem of a script whose id another script already has."""
    from conversation.toml_source import SourceIndex, decode_toml_bytes

    line = 1
    try:
        text, _ = decode_toml_bytes(file, file.read_bytes())
    except OSError:
        text = None
    if text is not None:
        line = SourceIndex(text).line_of(("script", "id")) or 1
    return Problem(
        file,
        line,
        f"script id '{script.meta.id}' {CLASH_MARK} the {taken.origin.value} script "
        f"{taken.file}, so this file is not loaded; expected an id no other script has "
        "(change key 'id' in [script])",
    )


def matches_setting(script: Script, query: str) -> bool:
    """True when every word of ``query`` is found in the script's setting or title (any case,
    accents ignored); an empty query matches every script."""
    wanted = _fold(query).split()
    haystack = _fold(f"{script.meta.setting} {script.meta.title}")
    return all(word in haystack for word in wanted)


def _fold(text: str) -> str:
    """Lower case without accents, for forgiving matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def filter_by_setting(scripts: Iterable[Script], query: str) -> list[Script]:
    """The scripts whose setting (or title) matches ``query``, in order."""
    return [script for script in scripts if matches_setting(script, query)]


def shortened(lines: Sequence[str], limit: int = 3) -> str:
    """The first ``limit`` lines, and how many more there are, for a notification."""
    shown = list(lines[:limit])
    if len(lines) > limit:
        shown.append(f"... and {len(lines) - limit} more (see 'conversation scripts')")
    return "\n".join(shown)


class ScriptFolderMissing(ConversationError):
    """A scripts folder named on the command line does not exist."""
