"""The app's start-up path leaves the heavy parts (the analysis's rule tables and learned
weights, the outcome checks, the report) to be imported later, after the first screen."""

from __future__ import annotations

import json
import subprocess
import sys

START_UP = (
    "conversation.cli",
    "conversation.commands.app_modes",
    "conversation.app",
    "conversation.screens.home",
    "conversation.screens.conversation",
    "conversation.widgets",
)
"""What is imported before the first screen of the home screen or a practice conversation."""
LATER = ("conversation.analysis", "conversation.outcomes", "conversation.report")


def test_the_start_up_path_does_not_import_the_analysis_outcomes_or_report() -> None:
    code = (
        "import importlib, json, sys\n"
        f"for name in {START_UP!r}: importlib.import_module(name)\n"
        "importlib.import_module('conversation.cli').build_parser()\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.startswith({LATER!r}))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
