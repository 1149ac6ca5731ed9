"""Loading and validating conversation scripts: one test per kind of problem, each checking
that the message names the file, the line and the key, and what was expected."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conversation.cli import main
from conversation.errors import ConversationError, Problem, ScriptError
from conversation.model import FactKind, Mode, Speaker, Stage, Trap
from conversation.script_lint import review_script
from conversation.script_loader import (
    UnknownScript,
    check_script,
    list_scripts,
    load_bundled,
    load_script,
    parse_script_text,
    scan_scripts,
)
from conversation.script_template import TEMPLATE_PATH

DATA = Path(__file__).parent / "data" / "scripts"
GOOD = DATA / "good-minimal.toml"


def only_problem(name: str) -> Problem:
    """The single problem in a bad fixture, checked to name that file."""
    path = DATA / name
    problems = check_script(path)
    assert len(problems) == 1, problems
    assert problems[0].path == path
    assert str(problems[0]).startswith(f"{path}:{problems[0].line}")
    return problems[0]


def test_good_script_loads_with_every_part() -> None:
    script = load_script(GOOD)
    assert script.meta.id == "minimal"
    assert script.meta.modes == (Mode.DEMONSTRATE, Mode.PRACTISE)
    assert script.person.age == 70
    assert list(script.stages) == list(Stage)
    assert script.fact("confidence").scale == 5
    assert script.fact("garden").kind is FactKind.IMPORTANT_TO
    assert set(script.reactions.traps) == set(Trap)
    assert script.demo[0].trap is Trap.QUESTION_AND_ANSWER
    assert script.demo[1].speaker is Speaker.PERSON
    assert script.path == GOOD
    assert check_script(GOOD) == []


def test_syntax_error_has_line_and_column() -> None:
    problem = only_problem("bad-syntax.toml")
    assert (problem.line, problem.column) == (4, 29)
    assert "TOML syntax error" in problem.message
    assert str(problem).startswith(f"{DATA / 'bad-syntax.toml'}:4:29: ")


def test_duplicate_key_names_key_and_line() -> None:
    problem = only_problem("bad-duplicate-key.toml")
    assert problem.line == 22
    assert "key 'guidance' is written twice" in problem.message


def test_unknown_key_in_fact() -> None:
    problem = only_problem("bad-unknown-key.toml")
    assert problem.line == 42
    assert "unknown key 'mood' in [[facts]] 1" in problem.message
    assert "expected one of: id, kind, summary" in problem.message


def test_unknown_top_level_table() -> None:
    problem = only_problem("bad-unknown-table.toml")
    assert problem.line == 10
    assert "unknown table [persona]" in problem.message
    assert "person" in problem.message


def test_missing_key_points_at_its_table() -> None:
    problem = only_problem("bad-missing-key.toml")
    assert problem.line == 44  # the second [[facts]] header
    assert "missing key 'reply' in [[facts]] 2" in problem.message
    assert "expected a string" in problem.message


def test_wrong_type() -> None:
    problem = only_problem("bad-wrong-type.toml")
    assert problem.line == 12
    assert "key 'age' in [person]" in problem.message
    assert "whole number" in problem.message and "not a string" in problem.message


def test_wrong_type_for_a_list() -> None:
    problem = only_problem("bad-wrong-type-list.toml")
    assert problem.line == 40
    assert "key 'topics' in [[facts]] 1 must be a list of strings, not a string" in problem.message


def test_empty_list() -> None:
    problem = only_problem("bad-empty-list.toml")
    assert problem.line == 55
    assert "key 'unknown' in [reactions] is an empty list" in problem.message


def test_unknown_stage_table_and_the_stage_it_leaves_missing() -> None:
    path = DATA / "bad-unknown-stage.toml"
    problems = check_script(path)
    messages = {p.line: p.message for p in problems}
    assert len(problems) == 2
    assert "unknown stage 'informing' in [stages.informing]" in messages[28]
    assert "open, listen, explore, inform, summary" in messages[28]
    assert "missing table [stages.inform]" in messages[16]


def test_unknown_stage_in_demo() -> None:
    problem = only_problem("bad-unknown-demo-stage.toml")
    assert problem.line == 78
    assert "unknown stage 'opening' for key 'stage' in [[demo]] 2" in problem.message


def test_unknown_trap_in_reactions() -> None:
    problem = only_problem("bad-unknown-trap.toml")
    assert problem.line == 65
    assert "unknown trap 'sarcasm' in [reactions.traps]" in problem.message
    assert "question_and_answer" in problem.message


def test_unknown_trap_in_demo() -> None:
    problem = only_problem("bad-unknown-demo-trap.toml")
    assert problem.line == 73
    assert "unknown trap 'interrogation' for key 'trap' in [[demo]] 1" in problem.message


def test_a_missing_trap_reaction_is_a_warning_not_a_problem() -> None:
    path = DATA / "warn-missing-trap.toml"
    assert check_script(path) == []
    assert Trap.LABELLING not in load_script(path).reactions.traps
    (warning,) = [w for w in review_script(path).warnings if "Labelling" in w.message]
    assert warning.line == 59  # the [reactions.traps] header
    assert "key 'labelling' is missing from [reactions.traps]" in warning.message


def test_unknown_fact_kind() -> None:
    problem = only_problem("bad-unknown-fact-kind.toml")
    assert problem.line == 38
    assert "unknown fact kind 'hobby' for key 'kind' in [[facts]] 1" in problem.message
    assert "important_to" in problem.message


def test_duplicate_fact_id() -> None:
    problem = only_problem("bad-duplicate-fact-id.toml")
    assert problem.line == 45
    assert "duplicate fact id 'garden' for key 'id' in [[facts]] 2" in problem.message
    assert "[[facts]] 1" in problem.message


def test_bad_speaker() -> None:
    problem = only_problem("bad-bad-speaker.toml")
    assert problem.line == 79
    assert "unknown speaker 'narrator' for key 'speaker' in [[demo]] 2" in problem.message
    assert "practitioner, person" in problem.message


def test_bad_outcome_kind() -> None:
    problem = only_problem("bad-bad-outcome-kind.toml")
    assert problem.line == 85
    assert "unknown outcome kind 'service' for key 'kind' in [[outcomes]] 1" in problem.message
    assert "change, maintenance, process" in problem.message


def test_bad_mode() -> None:
    problem = only_problem("bad-bad-mode.toml")
    assert problem.line == 6
    assert "unknown mode 'rehearse' in key 'modes' in [script]" in problem.message


def test_scale_out_of_range() -> None:
    problem = only_problem("bad-scale-range.toml")
    assert problem.line == 51
    assert "key 'scale' in [[facts]] 2 is 11; expected a whole number 1 to 10" in problem.message


def test_trap_variant_on_a_person_turn() -> None:
    problem = only_problem("bad-trap-on-person.toml")
    assert problem.line == 82
    assert "key 'trap' in [[demo]] 2" in problem.message
    assert "practitioner turns" in problem.message


def test_incomplete_trap_variant() -> None:
    problem = only_problem("bad-trap-incomplete.toml")
    assert problem.line == 73
    assert "[[demo]] 1 has trap, trap_text but not trap_reaction" in problem.message


def write(tmp_path: Path, text: str, name: str = "script.toml") -> Path:
    """Write ``text`` to a file in tmp_path and return its path."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def good_text() -> str:
    """The good fixture's text."""
    return GOOD.read_text(encoding="utf-8")


def test_scale_required_for_scale_facts_and_refused_elsewhere(tmp_path: Path) -> None:
    text = (
        good_text()
        .replace("scale = 5\n", "")
        .replace('deeper = "It keeps me going."', 'deeper = "It keeps me going."\nscale = 3')
    )
    problems = check_script(write(tmp_path, text))
    assert [p.line for p in problems] == [43, 45]
    assert "key 'scale' in [[facts]] 1 is only for facts of kind 'scale'" in problems[0].message
    assert "missing key 'scale' in [[facts]] 2" in problems[1].message


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = good_text().replace("age = 70", 'age = "old"').replace('kind = "scale"', 'kind = "x"')
    text = text.replace('speaker = "person"', 'speaker = "nobody"')
    with pytest.raises(ScriptError) as caught:
        load_script(write(tmp_path, text))
    lines = [p.line or 0 for p in caught.value.problems]
    assert lines == sorted(lines) and len(lines) == 3
    assert "key 'age'" in str(caught.value) and "speaker 'nobody'" in str(caught.value)


def test_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    text = good_text().replace('reply = "I love the garden."', "reply = '''I love\nthe garden.'''")
    path = tmp_path / "crlf.toml"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    script = load_script(path)
    assert script.fact("garden").reply == "I love the garden."
    assert script.meta.title == "Minimal test script"


def test_problem_lines_are_right_in_a_crlf_file(tmp_path: Path) -> None:
    text = (DATA / "bad-bad-speaker.toml").read_text(encoding="utf-8")
    path = tmp_path / "crlf.toml"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    assert [p.line for p in check_script(path)] == [79]


def test_free_text_is_reflowed_into_paragraphs(tmp_path: Path) -> None:
    text = good_text().replace(
        'background = "An invented person."',
        "background = '''\nFirst line\n  carries on.\n\nSecond paragraph.\n'''",
    )
    script = load_script(write(tmp_path, text))
    assert script.person.background == "First line carries on.\n\nSecond paragraph."


def test_keys_inside_multiline_strings_are_not_mistaken_for_keys(tmp_path: Path) -> None:
    text = (
        good_text()
        .replace(
            'summary = "His garden"', "summary = '''His garden\nkind = not a key\n[[facts]]'''"
        )
        .replace('kind = "important_to"', 'kind = "hobby"')
    )
    problems = check_script(write(tmp_path, text))
    assert [(p.line, "fact kind 'hobby'" in p.message) for p in problems] == [(38, True)]


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(good_text().replace("Alun", "Sin\xe9ad").encode("latin-1"))
    problems = check_script(path)
    assert len(problems) == 1 and problems[0].line == 11
    assert "not valid UTF-8" in problems[0].message


def test_missing_file() -> None:
    path = DATA / "no-such-script.toml"
    problems = check_script(path)
    assert len(problems) == 1 and problems[0].line is None
    assert "cannot read the file" in problems[0].message
    with pytest.raises(ScriptError):
        load_script(path)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x01\x02",
        "x = '" + "é" * 100_000 + "'",
        "[script]\nid = '" + "a" * 100_000,
        "[[facts]]\n" * 500,
        "script = 5\nperson = []\nstages = 'x'\nfacts = {}\nreactions = 1\n",
        "[stages]\nopen = 1\n[reactions]\ntraps = []\n[[demo]]\n[[outcomes]]\n",
        "\ufeff\ufeff# two BOMs\n",
        'a = "\\ud800"\n',
    ],
    ids=lambda text: f"{len(text)} characters",
)
def test_odd_text_gives_problems_not_crashes(tmp_path: Path, text: str) -> None:
    problems = check_script(write(tmp_path, text))
    assert problems
    assert all(p.line is None or p.line >= 1 for p in problems)


FRAGMENTS = [
    "[[facts]]",
    "[stages.open]",
    "[reactions.traps]",
    "kind = 'scale'",
    "scale = 0",
    "trap = 'expert'",
    "speaker = 'note'",
    "id = 'garden'",
    "x = '''",
    "'''",
    '"""',
    "topics = []",
    "a.b.c = 1",
    "\ufeff",
    "\r",
    "ŵ ŷ 🙂",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    edits=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=90),
            st.booleans(),
            st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)),
        ),
        max_size=4,
    )
)
def test_edited_scripts_give_problems_with_sane_lines_never_crash(
    edits: list[tuple[int, bool, str]],
) -> None:
    lines = good_text().split("\n")
    for position, replace, fragment in edits:
        index = min(position, len(lines) - 1)
        if replace:
            lines[index] = fragment
        else:
            lines.insert(index, fragment)
    text = "\n".join(lines)
    script, problems = parse_script_text(text, Path("edited.toml"))
    assert (script is None) == bool(problems)
    limit = len(text.splitlines()) + 2
    for problem in problems:
        assert problem.path == Path("edited.toml")
        assert problem.line is not None and 1 <= problem.line <= limit, problem
        assert problem.message


def test_load_bundled_default_and_by_id(tmp_path: Path) -> None:
    assert load_bundled().meta.id == "stroke-at-home"
    shutil.copy(GOOD, tmp_path / "some-other-name.toml")
    assert load_bundled("minimal", folder=tmp_path).meta.title == "Minimal test script"


def test_load_bundled_unknown_id_lists_available(tmp_path: Path) -> None:
    shutil.copy(GOOD, tmp_path / "a.toml")
    with pytest.raises(UnknownScript) as caught:
        load_bundled("nobody", folder=tmp_path)
    assert isinstance(caught.value, ConversationError) and isinstance(caught.value, KeyError)
    assert "no conversation script with id 'nobody'" in str(caught.value)
    assert "available: minimal" in str(caught.value)


def test_load_bundled_bad_script_reports_its_problems(tmp_path: Path) -> None:
    shutil.copy(DATA / "bad-bad-speaker.toml", tmp_path / "minimal.toml")
    with pytest.raises(ScriptError) as caught:
        load_bundled("minimal", folder=tmp_path)
    assert "speaker 'narrator'" in str(caught.value)


def test_list_scripts_sorted_by_title_skipping_bad(tmp_path: Path) -> None:
    shutil.copy(GOOD, tmp_path / "one.toml")
    write(
        tmp_path,
        good_text()
        .replace("Minimal test script", "Another")
        .replace('id = "minimal"', 'id = "another"'),
        "two.toml",
    )
    shutil.copy(DATA / "bad-syntax.toml", tmp_path / "three.toml")
    assert [s.meta.title for s in list_scripts(tmp_path)] == ["Another", "Minimal test script"]
    _good, bad = scan_scripts(tmp_path)
    assert list(bad) == [tmp_path / "three.toml"]
    assert list_scripts(tmp_path / "missing") == []


def test_cli_validate_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(TEMPLATE_PATH)]) == 0
    assert capsys.readouterr() == (f"{TEMPLATE_PATH}: OK\n", "")


def test_cli_validate_ok_with_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(GOOD)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{GOOD}: OK, with 2 warnings\n"
    assert [line.split(": warning: ")[0] for line in captured.err.splitlines()] == [
        f"{GOOD}:48",
        f"{GOOD}:77",
    ]
    assert main(["validate", "--strict", str(GOOD)]) == 1


def test_cli_validate_reports_problems_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    bad = DATA / "bad-bad-speaker.toml"
    missing = DATA / "missing.toml"
    assert main(["validate", str(GOOD), str(bad), str(missing)]) == 2
    captured = capsys.readouterr()
    assert captured.out == f"{GOOD}: OK, with 2 warnings\n"
    lines = [line for line in captured.err.splitlines() if ": warning: " not in line]
    assert lines[0].startswith(f"{bad}:79: unknown speaker 'narrator' for key 'speaker'")
    assert lines[1].startswith(f"{missing}: cannot read the file")
    assert len(lines) == 2


def test_cli_validate_syntax_error_has_column(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(DATA / "bad-syntax.toml")]) == 2
    assert capsys.readouterr().err.startswith(f"{DATA / 'bad-syntax.toml'}:4:29: TOML syntax")


def test_cli_validate_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["validate"])
    assert caught.value.code == 2
    assert "FILE" in capsys.readouterr().err


def test_social_replies_are_optional_and_checked() -> None:
    text = GOOD.read_text(encoding="utf-8")
    script, problems = parse_script_text(text, GOOD)
    assert problems == [] and script is not None
    assert script.reactions.greeting == script.reactions.thanks == script.reactions.social == ()
    given_replies = text.replace(
        "[reactions]\n", '[reactions]\ngreeting = ["Hello, love."]\nthanks = ["Ta."]\n', 1
    )
    script, problems = parse_script_text(given_replies, GOOD)
    assert problems == [] and script is not None
    assert script.reactions.greeting == ("Hello, love.",)
    assert script.reactions.thanks == ("Ta.",)
    wrong = text.replace("[reactions]\n", '[reactions]\nsocial = "Mm."\n', 1)
    script, problems = parse_script_text(wrong, GOOD)
    assert script is None
    assert [p.line for p in problems] == [54]
    assert "key 'social' in [reactions] must be a list of strings, not a string" in (
        problems[0].message
    )


@pytest.mark.parametrize("path", sorted(DATA.glob("bad-*.toml")), ids=lambda p: p.name)
def test_every_problem_names_its_line_and_key(path: Path) -> None:
    problems = check_script(path)
    assert problems
    for problem in problems:
        assert problem.line is not None and problem.line >= 1
        assert re.search(r"key '[^']+'|\[\[?[a-z_.]+\]?\]", problem.message), problem.message


def test_a_syntax_error_names_the_key_written_on_its_line(tmp_path: Path) -> None:
    text = good_text().replace('reply = "I love the garden."', 'reply = "I love the garden.')
    (problem,) = check_script(write(tmp_path, text))
    assert "TOML syntax error" in problem.message
    assert "in key 'reply' in [[facts]] 1" in problem.message
