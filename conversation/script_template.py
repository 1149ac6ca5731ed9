"""Starting points for a new script: the commented template, or a copy of an existing script.

Both are text, so comments and layout survive; only ``[script] id`` (and a copy's title) are
rewritten, on the lines where they are written.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from conversation.script import Script
from conversation.toml_source import KeyPath, SourceIndex

TEMPLATE_PATH = Path(__file__).with_name("script_template.toml")
"""The commented template that ships with the product (it validates as it is)."""
FALLBACK_ID = "my-script"

_ONE_LINE_VALUE = re.compile(
    r"""^(?P<head>\s*(?P<key>[A-Za-z0-9_-]+)\s*=\s*)(?P<value>"(?:[^"\\]|\\.)*"|'[^'\n]*')"""
)


def script_id_for(path: Path) -> str:
    """A script id made from a file name: ``My Script.toml`` gives ``my-script``."""
    folded = unicodedata.normalize("NFKD", Path(path).stem.casefold())
    plain = "".join(char for char in folded if not unicodedata.combining(char))
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    return slug or FALLBACK_ID


def template_text(script_id: str) -> str:
    """The commented template with its ``[script] id`` set to ``script_id``."""
    text = TEMPLATE_PATH.read_text(encoding="utf-8")
    return _set_value(text, ("script", "id"), script_id)


def copy_text(source: Script, text: str, script_id: str) -> str:
    """``text`` (the source of ``source``) as a new script: a new id, "(copy)" after the
    title when it is written on one line, and a comment saying where it came from."""
    copied = _set_value(text, ("script", "id"), script_id)
    copied = _set_value(copied, ("script", "title"), f"{source.meta.title} (copy)", required=False)
    note = (
        f"# A copy of the script '{source.meta.id}' (version {source.meta.version}). Change what\n"
        "# you like, then check it with: conversation validate THIS-FILE\n"
    )
    return note + copied.removeprefix("\ufeff")


def _set_value(text: str, key: KeyPath, value: str, required: bool = True) -> str:
    """``text`` with the one-line string at ``key`` replaced by ``value``."""
    lines = text.split("\n")
    number = SourceIndex(text).line_of(key)
    match = _ONE_LINE_VALUE.match(lines[number - 1]) if number else None
    if number is None or match is None or match.group("key") != key[-1]:
        if required:
            raise ValueError(f"no one-line key {'.'.join(map(str, key))} to set in the text")
        return text
    line = lines[number - 1]
    lines[number - 1] = line[: match.end("head")] + _quoted(value) + line[match.end("value") :]
    return "\n".join(lines)


def _quoted(value: str) -> str:
    """A TOML basic string."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
