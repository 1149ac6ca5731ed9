"""The cache of scripts read before: it never serves a changed file, never hides a bad one,
and anything wrong with it only means the scripts are read again."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from conversation import paths
from conversation.library import Origin, ScriptFolder, load_library
from conversation.script_cache import ScriptCache, cache_file


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "scripts"
    folder.mkdir()
    shutil.copy(paths.bundled_scripts_dir() / f"{paths.DEFAULT_SCRIPT_ID}.toml", folder / "a.toml")
    return folder


def _titles(folder: Path, cache: ScriptCache) -> list[str]:
    library = load_library([ScriptFolder(folder, Origin.USER)], cache)
    return [entry.script.meta.title for entry in library.entries]


def test_a_second_start_is_served_from_the_cache_and_a_changed_file_is_read_again(
        tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    store = tmp_path / "cache" / "scripts.pickle"
    first = _titles(folder, ScriptCache(store))
    assert store.is_file()
    assert oct(store.stat().st_mode & 0o777) == "0o600"
    cached = ScriptCache(store)
    assert cached.get(folder / "a.toml") is not None
    script = folder / "a.toml"
    text = script.read_text(encoding="utf-8")
    script.write_text(text.replace(f'title = "{first[0]}"', 'title = "Renamed for the room"', 1),
                      encoding="utf-8")
    os.utime(script, ns=(script.stat().st_mtime_ns + 5_000_000,) * 2)
    assert ScriptCache(store).get(script) is None
    assert _titles(folder, ScriptCache(store)) == ["Renamed for the room"]


def test_a_bad_script_is_never_cached_so_its_problems_are_always_reported(
        tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "bad.toml").write_text("[script]\nid = 'bad'\n", encoding="utf-8")
    store = tmp_path / "cache" / "scripts.pickle"
    for _ in range(2):
        library = load_library([ScriptFolder(folder, Origin.USER)], ScriptCache(store))
        assert folder / "bad.toml" in library.problems
    assert ScriptCache(store).get(folder / "bad.toml") is None


def test_a_damaged_cache_is_only_a_miss(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    store = tmp_path / "cache" / "scripts.pickle"
    store.parent.mkdir()
    store.write_bytes(b"not a cache at all")
    assert len(_titles(folder, ScriptCache(store))) == 1
    assert ScriptCache(store).get(folder / "a.toml") is not None


def test_the_cache_lives_in_the_user_cache_folder(tmp_path: Path) -> None:
    assert cache_file().is_relative_to(tmp_path)
