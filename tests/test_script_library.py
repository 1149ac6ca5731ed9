"""The script library: bundled and user scripts, id clashes reported, and the ``scripts``
command that lists them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conversation import paths
from conversation.app import Workspace
from conversation.cli import main
from conversation.errors import ConversationError, ScriptError
from conversation.library import (
    Origin,
    ScriptFolderMissing,
    filter_by_setting,
    load_library,
    matches_setting,
    script_folders,
)
from conversation.script_loader import UnknownScript, load_script

DATA = Path(__file__).parent / "data" / "scripts"
GOOD = DATA / "good-minimal.toml"


def bundled_files() -> list[Path]:
    """Every script file that ships with the app."""
    return sorted(paths.bundled_scripts_dir().glob("*.toml"))


def copy_as(folder: Path, name: str, script_id: str, title: str = "A user script") -> Path:
    """The minimal good script written to ``folder/name`` with another id and title."""
    folder.mkdir(parents=True, exist_ok=True)
    text = GOOD.read_text(encoding="utf-8")
    text = text.replace('id = "minimal"', f'id = "{script_id}"')
    text = text.replace('title = "Minimal test script"', f'title = "{title}"')
    target = folder / name
    target.write_text(text, encoding="utf-8")
    return target


def test_user_scripts_folder_is_in_the_user_data_folder(tmp_path: Path) -> None:
    assert paths.user_scripts_dir() == tmp_path / "xdg-data" / "conversation" / "scripts"


def test_library_holds_every_bundled_script_default_first() -> None:
    library = load_library()
    assert library.problems == {}
    ids = [entry.script.meta.id for entry in library.entries]
    assert ids[0] == paths.DEFAULT_SCRIPT_ID
    assert sorted(ids) == sorted(load_script(file).meta.id for file in bundled_files())
    assert {entry.origin for entry in library.entries} == {Origin.BUNDLED}


def test_user_scripts_from_the_user_folder_and_scripts_option(tmp_path: Path) -> None:
    copy_as(paths.user_scripts_dir(), "mine.toml", "mine", "Mine")
    extra = tmp_path / "extra"
    copy_as(extra, "theirs.toml", "theirs", "Theirs")
    library = load_library(script_folders([extra]))
    assert library.problems == {}
    mine, theirs = library.entry("mine"), library.entry("theirs")
    assert mine is not None and mine.origin is Origin.USER
    assert theirs is not None and theirs.file == extra / "theirs.toml"
    assert library.get("theirs").meta.title == "Theirs"
    assert library.get().meta.id == paths.DEFAULT_SCRIPT_ID


def test_a_clash_of_ids_is_reported_and_overrides_nothing(tmp_path: Path) -> None:
    bundled_default = load_library().get()
    user = paths.user_scripts_dir()
    clashing = copy_as(user, "my-stroke.toml", paths.DEFAULT_SCRIPT_ID, "Not Eirlys")
    first = copy_as(user, "a.toml", "twin")
    second = copy_as(tmp_path / "more", "b.toml", "twin")
    library = load_library(script_folders([tmp_path / "more"]))
    assert library.get().meta.title == bundled_default.meta.title
    assert library.get("twin").path == first
    assert set(library.problems) == {clashing, second}
    (problem,) = library.problems[clashing]
    assert problem.line == 3  # where [script] id is written
    assert f"script id '{paths.DEFAULT_SCRIPT_ID}' is already used by the bundled script" in str(
        problem
    )
    assert str(library.problems[second][0]).startswith(f"{second}:3: script id 'twin'")
    assert str(first) in library.problems[second][0].message


def test_the_same_folder_twice_is_read_once(tmp_path: Path) -> None:
    copy_as(paths.user_scripts_dir(), "mine.toml", "mine")
    library = load_library(
        script_folders([paths.user_scripts_dir(), paths.bundled_scripts_dir()])
    )
    assert library.problems == {}


def test_a_bad_user_script_is_reported_and_asking_for_it_names_its_problems(
    tmp_path: Path,
) -> None:
    user = paths.user_scripts_dir()
    user.mkdir(parents=True)
    shutil.copy(DATA / "bad-bad-speaker.toml", user / "broken.toml")
    library = load_library()
    assert list(library.problems) == [user / "broken.toml"]
    with pytest.raises(ScriptError) as caught:
        library.get("minimal")
    assert "speaker 'narrator'" in str(caught.value)
    with pytest.raises(UnknownScript) as unknown:
        library.get("nobody")
    assert str(user) in str(unknown.value) and paths.DEFAULT_SCRIPT_ID in str(unknown.value)


def test_a_missing_scripts_folder_is_an_error_the_app_reports(tmp_path: Path) -> None:
    library = load_library(script_folders([tmp_path / "nowhere"]))
    assert "does not exist" in library.problem_lines()[0]
    with pytest.raises(ScriptFolderMissing):
        library.check_folders()
    with pytest.raises(ConversationError):
        Workspace(tmp_path / "s", tmp_path / "nowhere", None)
    load_library().check_folders()  # the user folder may be missing: that is no error


def test_the_app_loads_user_scripts_and_reports_clashes(tmp_path: Path) -> None:
    copy_as(paths.user_scripts_dir(), "mine.toml", "mine", "Mine")
    copy_as(tmp_path / "extra", "copy.toml", "mine")
    workspace = Workspace(tmp_path / "s", tmp_path / "extra", None)
    assert "mine" in [script.meta.id for script in workspace.scripts()]
    assert workspace.script("mine").meta.title == "Mine"
    (line,) = workspace.script_problems()
    assert line.startswith(f"{tmp_path / 'extra' / 'copy.toml'}:3: script id 'mine'")


def test_filter_by_setting_matches_words_in_any_case_and_accents() -> None:
    scripts = load_library().scripts
    default = load_library().get()
    assert filter_by_setting(scripts, "") == scripts
    assert matches_setting(default, "WELSH valley")
    assert matches_setting(default, "wélsh")
    assert not matches_setting(default, "welsh hospice")
    assert filter_by_setting(scripts, "no such setting anywhere") == []


def test_scripts_command_lists_every_script(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_as(paths.user_scripts_dir(), "mine.toml", "mine", "Mine")
    assert main(["scripts"]) == 0
    out = capsys.readouterr().out
    for file in bundled_files():
        script = load_script(file)
        assert f"{script.meta.id}  (bundled)" in out
        assert f"file: {file}" in out
        assert f"{len(script.facts)} facts · demo of {len(script.demo)} turns" in out
    assert "mine  (user)" in out
    assert f"Your scripts folder: {paths.user_scripts_dir()}" in out


def test_scripts_command_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    extra = tmp_path / "extra"
    copy_as(extra, "theirs.toml", "theirs", "Theirs")
    assert main(["scripts", "--json", "--scripts", str(extra)]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_id = {row["id"]: row for row in rows}
    assert set(by_id) == {load_script(f).meta.id for f in bundled_files()} | {"theirs"}
    theirs = by_id["theirs"]
    assert theirs == {
        "id": "theirs",
        "title": "Theirs",
        "setting": "A short visit.",
        "modes": ["demonstrate", "practise"],
        "facts": 2,
        "demo_turns": 2,
        "file": str(extra / "theirs.toml"),
        "origin": "user",
        "version": "0.1",
    }
    default = by_id[paths.DEFAULT_SCRIPT_ID]
    assert default["origin"] == "bundled" and default["facts"] == len(load_library().get().facts)


def test_scripts_option_before_the_subcommand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_as(tmp_path / "extra", "theirs.toml", "theirs")
    assert main(["--scripts", str(tmp_path / "extra"), "scripts", "--json"]) == 0
    assert "theirs" in [row["id"] for row in json.loads(capsys.readouterr().out)]


def test_scripts_command_filters_by_setting(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scripts", "--json", "--setting", "welsh valley"]) == 0
    assert [row["id"] for row in json.loads(capsys.readouterr().out)] == ["stroke-at-home"]
    assert main(["scripts", "--setting", "no such setting"]) == 0
    assert "No scripts matching 'no such setting'." in capsys.readouterr().out


def test_scripts_command_reports_files_not_loaded_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_as(paths.user_scripts_dir(), "clash.toml", paths.DEFAULT_SCRIPT_ID)
    shutil.copy(DATA / "bad-syntax.toml", paths.user_scripts_dir() / "broken.toml")
    assert main(["scripts", "--json"]) == 2
    captured = capsys.readouterr()
    assert paths.DEFAULT_SCRIPT_ID in [row["id"] for row in json.loads(captured.out)]
    err = captured.err.splitlines()
    assert err[0].startswith(f"{paths.user_scripts_dir() / 'broken.toml'}:4:29: TOML syntax")
    assert err[1].startswith(f"{paths.user_scripts_dir() / 'clash.toml'}:3: script id")
    assert "2 file(s) not loaded" in err[2]


def test_scripts_command_with_a_missing_folder_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["scripts", "--scripts", str(tmp_path / "nowhere")]) == 2
    assert f"{tmp_path / 'nowhere'}: the scripts folder does not exist" in capsys.readouterr().err
