"""``conversation new-script``: a commented template or a copy that validates at once, and
never a file overwritten."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conversation import paths
from conversation.cli import main
from conversation.commands.new_script import NewScriptRefused, _write_new
from conversation.library import load_library, script_folders
from conversation.script_lint import review_script
from conversation.script_loader import load_script
from conversation.script_template import TEMPLATE_PATH, script_id_for


def test_the_template_validates_with_no_warnings() -> None:
    review = review_script(TEMPLATE_PATH)
    assert review.problems == [] and review.warnings == []
    text = TEMPLATE_PATH.read_text(encoding="utf-8")
    assert text.count("\n#") >= 20  # it explains itself


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("my-script.toml", "my-script"),
        ("Mrs Jones at Home.toml", "mrs-jones-at-home"),
        ("Siân_ŵyr.toml", "sian-wyr"),
        ("---.toml", "my-script"),
    ],
)
def test_the_script_id_comes_from_the_file_name(name: str, expected: str) -> None:
    assert script_id_for(Path(name)) == expected


def test_new_script_writes_the_template_that_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "Home Visit.toml"
    assert main(["new-script", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"Wrote {target} (script id 'home-visit')" in out
    assert f"conversation validate {target}" in out
    assert f"--scripts {tmp_path}" in out  # how to make the app read it from here
    review = review_script(target)
    assert review.problems == [] and review.warnings == []
    assert review.script is not None and review.script.meta.id == "home-visit"
    text = target.read_text(encoding="utf-8")
    assert text.replace('id = "home-visit"', 'id = "my-script"', 1) == TEMPLATE_PATH.read_text(
        encoding="utf-8"
    )
    assert main(["validate", str(target)]) == 0


def test_new_script_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "mine.toml"
    target.write_text("my own words", encoding="utf-8")
    assert main(["new-script", str(target)]) == 2
    err = capsys.readouterr().err
    assert f"{target} already exists; it was not changed" in err
    assert target.read_text(encoding="utf-8") == "my own words"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".mine")] == []


def test_new_script_does_not_follow_a_dangling_link(tmp_path: Path) -> None:
    target = tmp_path / "link.toml"
    os.symlink(tmp_path / "elsewhere.toml", target)
    assert main(["new-script", str(target)]) == 2
    assert not (tmp_path / "elsewhere.toml").exists()


def test_new_script_refuses_bad_names_and_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new-script", str(tmp_path / "notes.txt")]) == 2
    assert "expected a file name ending in .toml" in capsys.readouterr().err
    assert main(["new-script", str(tmp_path / "missing" / "x.toml")]) == 2
    assert f"the folder {tmp_path / 'missing'} does not exist" in capsys.readouterr().err
    assert not (tmp_path / "missing").exists()


def test_new_script_in_the_user_folder_makes_it_and_the_app_finds_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = paths.user_scripts_dir() / "ward-visit.toml"
    assert main(["new-script", str(target)]) == 0
    assert "To use it in the app" not in capsys.readouterr().out
    assert load_library().get("ward-visit").path == target


def test_new_script_refuses_an_id_another_script_has(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / f"{paths.DEFAULT_SCRIPT_ID}.toml"
    assert main(["new-script", str(target)]) == 2
    err = capsys.readouterr().err
    assert f"script id '{paths.DEFAULT_SCRIPT_ID}', which the bundled script" in err
    assert "choose another file name" in err
    assert not target.exists()


def bundled_ids() -> list[str]:
    """The id of every bundled script."""
    return [load_script(f).meta.id for f in sorted(paths.bundled_scripts_dir().glob("*.toml"))]


@pytest.mark.parametrize("source_id", bundled_ids())
def test_new_script_from_a_bundled_script_is_a_copy_that_validates(
    tmp_path: Path, source_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "my-copy.toml"
    assert main(["new-script", str(target), "--from", source_id]) == 0
    source = load_library().get(source_id)
    copy = load_script(target)
    assert copy.meta.id == "my-copy"
    assert copy.meta.title == f"{source.meta.title} (copy)"
    assert copy.facts == source.facts and copy.demo == source.demo
    assert copy.stages == source.stages and copy.reactions == source.reactions
    assert target.read_text(encoding="utf-8").startswith(f"# A copy of the script '{source_id}'")
    library = load_library(script_folders([tmp_path]))
    assert library.problems == {}  # the copy clashes with nothing
    assert main(["validate", str(target)]) == 0


def test_new_script_from_an_unknown_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new-script", str(tmp_path / "x.toml"), "--from", "nobody"]) == 2
    err = capsys.readouterr().err
    assert "--from: no script with id 'nobody'" in err and paths.DEFAULT_SCRIPT_ID in err
    assert not (tmp_path / "x.toml").exists()


def test_writing_refuses_a_file_that_appears_meanwhile(tmp_path: Path) -> None:
    target = tmp_path / "late.toml"
    target.write_text("someone else's", encoding="utf-8")
    with pytest.raises(NewScriptRefused):
        _write_new(target, "mine")
    assert target.read_text(encoding="utf-8") == "someone else's"
    assert [p.name for p in tmp_path.iterdir()] == ["late.toml"]


def test_the_readme_worked_example_is_the_template() -> None:
    """The README's worked example is exactly what ``new-script`` writes, so it validates."""
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("\n## Writing a script\n") :]
    section = section[section.index("### 2. The worked example") :]
    example = section[section.index("```toml\n") + len("```toml\n") :]
    example = example[: example.index("```\n")]
    assert example == TEMPLATE_PATH.read_text(encoding="utf-8")
    for key in ("[script]", "[person]", "[stages.open]", "[[facts]]", "[reactions.traps]",
                "[[demo]]", "[[outcomes]]", "trap_reaction", "scale = "):
        assert key in example, key
