"""Warnings from ``validate``: facts no question reaches, traps without a reaction, a demo
without a summary; each names the file, the line and the key, and none stops a script loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from conversation import paths
from conversation.cli import main
from conversation.errors import Problem
from conversation.model import Trap
from conversation.script_lint import review_script, script_warnings, unreachable_facts
from conversation.script_loader import check_script, load_script
from conversation.script_template import TEMPLATE_PATH


def template() -> str:
    """The template's text (a script with no warnings)."""
    return TEMPLATE_PATH.read_text(encoding="utf-8")


def line_of(text: str, fragment: str) -> int:
    """The 1-based line where ``fragment`` first appears."""
    return text[: text.index(fragment)].count("\n") + 1


def header_line(text: str, header: str) -> int:
    """The line of a table header (not of a comment that mentions it)."""
    return line_of(text, f"\n{header}\n") + 1


def warnings_for(tmp_path: Path, text: str) -> list[Problem]:
    """The warnings for ``text`` saved as a script, checked to load without problems."""
    path = tmp_path / "edited.toml"
    path.write_text(text, encoding="utf-8")
    assert check_script(path) == []
    review = review_script(path)
    assert review.problems == []
    for warning in review.warnings:
        assert warning.path == path
    return review.warnings


def test_a_fact_no_prompt_or_demo_line_touches(tmp_path: Path) -> None:
    text = template().replace(
        'topics = ["good at", "fixing", "hands"]', 'topics = ["soldering", "wiring"]'
    )
    (warning,) = warnings_for(tmp_path, text)
    assert warning.line == line_of(text, 'topics = ["soldering"')
    assert "no question in the script reaches fact 'fixing-things'" in warning.message
    assert "key 'topics' in [[facts]] 4" in warning.message
    assert "'soldering', 'wiring'" in warning.message


def test_a_topic_in_a_stage_prompt_makes_the_fact_reachable(tmp_path: Path) -> None:
    text = template().replace(
        'topics = ["good at", "fixing", "hands"]', 'topics = ["soldering", "wiring"]'
    )
    text = text.replace(
        '"What worries you most at the moment?",',
        '"What worries you most at the moment?",\n    "Tell me about the wiring.",',
    )
    assert warnings_for(tmp_path, text) == []
    assert unreachable_facts(load_script(tmp_path / "edited.toml")) == []


def test_traps_without_a_reaction(tmp_path: Path) -> None:
    text = template().replace('power = ["It\'s my flat. I\'ll decide that."]\n', "")
    text = text.replace('yes_but = ["Then why ask me?"]\n', "")
    warnings = warnings_for(tmp_path, text)
    assert [w.line for w in warnings] == [header_line(text, "[reactions.traps]")] * 2
    assert "no reaction to the Power trap: key 'power' is missing" in warnings[0].message
    assert f"no reaction to the {Trap.YES_BUT.title} trap: key 'yes_but'" in warnings[1].message


def test_no_traps_table_at_all_warns_for_each_trap(tmp_path: Path) -> None:
    start = template().index("\n[reactions.traps]\n")
    end = template().index("# The model conversation")
    text = template()[:start] + template()[end:]
    warnings = warnings_for(tmp_path, text)
    assert len(warnings) == 7
    assert all("[reactions.traps]" in w.message for w in warnings)
    assert {w.line for w in warnings} == {header_line(text, "[reactions]")}


def test_a_demo_with_no_summary_stage(tmp_path: Path) -> None:
    text = template().replace('stage = "summary"', 'stage = "inform"')
    (warning,) = warnings_for(tmp_path, text)
    assert "the demo has no summary" in warning.message
    assert 'no practitioner turn has stage = "summary"' in warning.message
    assert warning.line == text.count("\n", 0, text.rindex("[[demo]]")) + 1  # the last turn


def test_a_demo_whose_summary_stage_has_no_summary(tmp_path: Path) -> None:
    summary = template()[template().index("text = '''Let me check") :]
    summary = summary[: summary.index("note =")]
    text = template().replace(summary, 'text = "What would you like to do first?"\n')
    (warning,) = warnings_for(tmp_path, text)
    assert warning.line == line_of(text, 'text = "What would you like to do first?"')
    assert "reads as open question" in warning.message
    assert "key 'text' in [[demo]] 9" in warning.message


def test_no_demo_no_demo_warning(tmp_path: Path) -> None:
    text = template().replace('modes = ["demonstrate", "practise", "record"]', 'modes = ["record"]')
    text = text[: text.index("# The model conversation")] + text[text.index("# Model outcomes") :]
    assert [w for w in warnings_for(tmp_path, text) if "demo" in w.message] == []


def test_validate_prints_warnings_with_file_line_and_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = template().replace('labelling = ["I\'m not \'a faller\'. I\'m Sam."]\n', "")
    path = tmp_path / "edited.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{path}: OK, with 1 warning\n"
    line = header_line(text, "[reactions.traps]")
    assert captured.err.startswith(f"{path}:{line}: warning: no reaction to the Labelling trap")
    assert main(["validate", "--strict", str(path)]) == 1


def test_validate_warns_about_an_id_another_script_has(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = template().replace('id = "my-script"', f'id = "{paths.DEFAULT_SCRIPT_ID}"')
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    first.write_text(text, encoding="utf-8")
    second.write_text(template(), encoding="utf-8")
    (tmp_path / "c.toml").write_text(template(), encoding="utf-8")
    assert main(["validate", str(first), str(second), str(tmp_path / "c.toml")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{first}:{line_of(text, 'id = ')}: warning: script id ")
    assert "already used by the bundled script" in err[0]
    assert err[1].startswith(f"{tmp_path / 'c.toml'}:")
    assert f"already used by {second}, checked above" in err[1]
    assert len(err) == 2


def test_the_bundled_scripts_validate_warnings_or_not(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(paths.bundled_scripts_dir().glob("*.toml"))
    assert main(["validate", *map(str, files)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split(": OK")[0] for line in out] == [str(f) for f in files]


def test_warnings_follow_line_order(tmp_path: Path) -> None:
    expert = 'expert = ["I\'ve been looking after myself a long time, thank you."]\n'
    text = template().replace(expert, "")
    text = text.replace('topics = ["dylan", "nephew", "family"]', 'topics = ["cousin"]')
    text = text.replace('stage = "summary"', 'stage = "inform"')
    script = load_script(_saved(tmp_path, text))
    lines = [w.line or 0 for w in script_warnings(script, text)]
    assert len(lines) == 3 and lines == sorted(lines)


def _saved(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "ordered.toml"
    path.write_text(text, encoding="utf-8")
    return path
