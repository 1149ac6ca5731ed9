"""The command line's help names the bundled scripts, so a script id never has to be guessed."""

from __future__ import annotations

import pytest

from conversation.cli import main
from conversation.script_loader import list_scripts


@pytest.mark.parametrize("argv", [["--help"], ["practise", "--help"], ["new", "--help"]])
def test_help_lists_the_bundled_script_ids(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 0
    shown = capsys.readouterr().out
    ids = [script.meta.id for script in list_scripts()]
    assert len(ids) >= 2
    for script_id in ids:
        assert script_id in shown


def test_help_of_a_command_without_scripts_does_not_list_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["analyse", "--help"])
    assert "scripts (--script ID)" not in capsys.readouterr().out
