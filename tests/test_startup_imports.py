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
LATER = ("conversation.outcomes", "conversation.report")
"""Imported only when first needed."""
RULE_TABLES = ("conversation.analysis.acts", "conversation.analysis.traps")
"""The analysis's rule tables: their modules may be named at start-up, but they compile on
first use."""


def test_the_start_up_path_leaves_the_rule_tables_weights_outcomes_and_report() -> None:
    """The analysis is light to import: its rule tables compile and its learned weights are
    read on first use, not on the way to the first screen."""
    code = (
        "import importlib, json, sys\n"
        f"for name in {START_UP!r}: importlib.import_module(name)\n"
        "importlib.import_module('conversation.cli').build_parser()\n"
        f"later = sorted(m for m in sys.modules if m.startswith({LATER!r}))\n"
        f"compiled = [m for m in {RULE_TABLES!r} if m in sys.modules\n"
        "            and type(sys.modules[m]).__name__ != '_LazyModule']\n"
        "classifier = sys.modules.get('conversation.analysis.classifier')\n"
        "weights = classifier._load.cache_info().currsize if classifier else 0\n"
        "print(json.dumps([later, compiled, weights]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [[], [], 0]
