"""Reading values out of parsed TOML with a clear problem for every mismatch.

Each problem names the key as an author writes it (``key 'kind' in [[facts]] 3``), says what
is wrong and what was expected, and carries the line where the key is written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from conversation.errors import Problem
from conversation.toml_source import KeyPath, SourceIndex


def describe(value: object) -> str:
    """A short name for the TOML type of a value, for messages."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date or time"


def key_name(path: KeyPath) -> str:
    """How a data path is written in a message: ``[[facts]] 3 key 'kind'``."""
    if not path:
        return "the file"
    tables: list[str] = []
    out: list[str] = []
    index = 0
    while index < len(path):
        part = path[index]
        if index + 1 < len(path) and isinstance(path[index + 1], int) and not out:
            tables.append(
                f"[[{'.'.join(str(p) for p in path[: index + 1])}]] {int(path[index + 1]) + 1}"
            )
            index += 2
            continue
        out.append(str(part) if not isinstance(part, int) else f"item {part + 1}")
        index += 1
    if not tables and len(out) > 1:
        table = f"[{'.'.join(out[:-1])}]"
        return f"key '{out[-1]}' in {table}"
    if tables and out:
        return f"key '{'.'.join(out)}' in {tables[0]}"
    if tables:
        return tables[0]
    return f"key '{out[0]}'"


def reflow(text: str) -> str:
    """Free text as shown: trimmed; single line breaks become spaces, blank lines stay."""
    paragraphs = re.split(r"\n[ \t]*\n", text.strip())
    return "\n\n".join(" ".join(line.strip() for line in p.split("\n")) for p in paragraphs)


class ValueChecker:
    """Collects problems while reading one script's data."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self._source = text
        self._index: SourceIndex | None = None
        self.problems: list[Problem] = []

    @property
    def index(self) -> SourceIndex:
        """Where each key is written; scanned only when a problem needs a line number (a
        good script, the usual case, is never scanned)."""
        if self._index is None:
            self._index = SourceIndex(self._source)
        return self._index

    def report(self, path: KeyPath, message: str, line: int | None = None) -> None:
        """Record a problem at the line where ``path`` is written."""
        where = line if line is not None else self.index.line_of(path)
        self.problems.append(Problem(self.path, where if where is not None else 1, message))

    def table(
        self, data: dict[str, Any], key: str, path: KeyPath, expected: Sequence[str] = ()
    ) -> dict[str, Any] | None:
        """A required sub-table, or None after reporting why it is not there."""
        if key not in data:
            holding = f" (expected a table with {', '.join(expected)})" if expected else ""
            self.report(path, f"missing table [{'.'.join(str(p) for p in path)}]{holding}")
            return None
        value = data[key]
        if not isinstance(value, dict):
            self.report(path, f"{key_name(path)} must be a table, not {describe(value)}")
            return None
        return value

    def known_keys(self, data: dict[str, Any], allowed: Sequence[str], path: KeyPath) -> None:
        """Report each key not in ``allowed``."""
        for key, value in data.items():
            if key not in allowed and isinstance(value, (dict, list)) and not path and value:
                kind = "[table]" if isinstance(value, dict) else "[[table]]"
                if isinstance(value, list) and not isinstance(value[0], dict):
                    kind = ""
                if kind:
                    self.report(
                        (key,),
                        f"unknown table {kind.replace('table', key)}; expected tables: "
                        f"{', '.join(allowed)}",
                    )
                    continue
            if key not in allowed:
                self.report(
                    (*path, key),
                    f"unknown {key_name((*path, key))}; expected one of: {', '.join(allowed)}",
                )

    def text(
        self, data: dict[str, Any], key: str, path: KeyPath, required: bool = True
    ) -> str | None:
        """A non-empty string value (reflowed), or None after reporting what is wrong."""
        where = (*path, key)
        if key not in data:
            if required:
                self.report(where, f"missing {key_name(where)} (expected a string)")
            return None
        value = data[key]
        if not isinstance(value, str):
            self.report(where, f"{key_name(where)} must be a string, not {describe(value)}")
            return None
        if not value.strip():
            self.report(where, f"{key_name(where)} is empty; expected some text")
            return None
        return reflow(value)

    def integer(
        self, data: dict[str, Any], key: str, path: KeyPath, low: int, high: int
    ) -> int | None:
        """A whole number between ``low`` and ``high``, or None after reporting."""
        where = (*path, key)
        if key not in data:
            self.report(
                where, f"missing {key_name(where)} (expected a whole number {low} to {high})"
            )
            return None
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.report(
                where,
                f"{key_name(where)} must be a whole number {low} to {high}, not {describe(value)}",
            )
            return None
        if not low <= value <= high:
            self.report(
                where, f"{key_name(where)} is {value}; expected a whole number {low} to {high}"
            )
            return None
        return value

    def texts(self, data: dict[str, Any], key: str, path: KeyPath) -> tuple[str, ...] | None:
        """A non-empty list of non-empty strings, or None after reporting."""
        where = (*path, key)
        if key not in data:
            self.report(where, f"missing {key_name(where)} (expected a list of strings)")
            return None
        value = data[key]
        if not isinstance(value, list):
            self.report(
                where, f"{key_name(where)} must be a list of strings, not {describe(value)}"
            )
            return None
        if not value:
            self.report(where, f"{key_name(where)} is an empty list; expected at least one string")
            return None
        items: list[str] = []
        for number, item in enumerate(value, start=1):
            if not isinstance(item, str):
                self.report(
                    where,
                    f"{key_name(where)} item {number} must be a string, not {describe(item)}",
                )
            elif not item.strip():
                self.report(where, f"{key_name(where)} item {number} is empty; expected some text")
            else:
                items.append(reflow(item))
        return tuple(items) if len(items) == len(value) else None

    def choice(
        self,
        data: dict[str, Any],
        key: str,
        path: KeyPath,
        choices: Sequence[str],
        what: str,
        required: bool = True,
    ) -> str | None:
        """A string that is one of ``choices``, or None after reporting."""
        where = (*path, key)
        if key not in data:
            if required:
                self.report(
                    where, f"missing {key_name(where)} (expected one of: {', '.join(choices)})"
                )
            return None
        value = data[key]
        if not isinstance(value, str):
            self.report(
                where,
                f"{key_name(where)} must be a string naming {what}, not {describe(value)}",
            )
            return None
        if value not in choices:
            self.report(
                where,
                f"unknown {what} '{value}' for {key_name(where)}; "
                f"expected one of: {', '.join(choices)}",
            )
            return None
        return value

    def tables(self, data: dict[str, Any], key: str) -> list[tuple[KeyPath, dict[str, Any]]]:
        """The entries of an optional ``[[key]]`` array of tables, each with its path."""
        if key not in data:
            return []
        value = data[key]
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.report(
                (key,), f"'{key}' must be written as [[{key}]] tables, not {describe(value)}"
            )
            return []
        return [((key, number), item) for number, item in enumerate(value)]
