"""The domain modules never import the UI libraries (textual, questionary)."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import conversation

UI_PACKAGES = ("textual", "questionary", "rich")
UI_MODULES = {
    "app", "screens", "widgets", "commands", "cli", "wizard", "messages", "palette", "plain",
    "themes",
}


def domain_modules() -> list[str]:
    """Every module of the package outside the Textual layer and the command line."""
    names = []
    for info in pkgutil.walk_packages(conversation.__path__, "conversation."):
        parts = info.name.split(".")
        if parts[1] in UI_MODULES or parts[1].startswith("app") or parts[1] == "__main__":
            continue
        names.append(info.name)
    return names


def test_domain_never_imports_ui() -> None:
    modules = domain_modules()
    assert "conversation.model" in modules
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(json.dumps([m for m in {UI_PACKAGES!r} if m in sys.modules]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
