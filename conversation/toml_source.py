"""Where things are in TOML text: line numbers for keys and tables, and readable syntax errors.

``tomllib`` gives values but no positions, so :class:`SourceIndex` scans the text for table
headers and ``key =`` lines (skipping multi-line strings) to point messages at the right line.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from conversation.errors import Problem

KeyPath = tuple[str | int, ...]
"""A place in parsed TOML data: table and key names, and 0-based indexes into arrays."""


@dataclass
class _Table:
    """One table header in the source, with the line of each key under it."""

    names: tuple[str, ...]
    line: int
    is_array: bool
    keys: dict[str, int] = field(default_factory=dict)


_BARE_OR_QUOTED = r'(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|\'[^\']*\')'
_DOTTED = rf"{_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*"
_HEADER = re.compile(rf"\s*(\[\[?)\s*({_DOTTED})\s*\]\]?")
_KEY = re.compile(rf"\s*({_DOTTED})\s*=")
_SEGMENT = re.compile(_BARE_OR_QUOTED)


def _split_dotted(dotted: str) -> tuple[str, ...]:
    """The parts of a dotted TOML key, without their quotes."""
    parts = []
    for match in _SEGMENT.finditer(dotted):
        part = match.group(0)
        if part[:1] in "\"'":
            part = part[1:-1]
        parts.append(part)
    return tuple(parts)


def _string_state_after(line: str, start: int, open_multiline: str | None) -> str | None:
    """Scan one line from ``start`` and return the multi-line string still open at its end."""
    i = 0 if open_multiline else start
    state = open_multiline
    while i < len(line):
        if state:
            end = line.find(state, i)
            while end != -1 and state == '"""' and _escaped(line, end):
                end = line.find(state, end + 1)
            if end == -1:
                return state
            i = end + 3
            while i < len(line) and line[i] == state[0]:
                i += 1  # up to two quotes may end the string body
            state = None
            continue
        char = line[i]
        if char == "#":
            return None
        if line.startswith("'''", i) or line.startswith('"""', i):
            state = line[i : i + 3]
            i += 3
            continue
        if char in "\"'":
            i += 1
            while i < len(line) and line[i] != char:
                i += 2 if char == '"' and line[i] == "\\" else 1
            i += 1
            continue
        i += 1
    return state


def _escaped(line: str, index: int) -> bool:
    """True when the character at ``index`` follows an odd number of backslashes."""
    count = 0
    while index - count - 1 >= 0 and line[index - count - 1] == "\\":
        count += 1
    return count % 2 == 1


class SourceIndex:
    """Line numbers of table headers and keys in TOML text (best effort, for messages)."""

    def __init__(self, text: str) -> None:
        self.line_count = text.count("\n") + 1
        self.root = _Table((), 1, False)
        self.tables: list[_Table] = []
        self.duplicates: list[tuple[int, str]] = []
        """Keys and ``[tables]`` written twice, with the line of the second one."""
        headers: set[tuple[str, ...]] = set()
        current = self.root
        open_multiline: str | None = None
        for number, line in enumerate(text.split("\n"), start=1):
            if open_multiline:
                open_multiline = _string_state_after(line, 0, open_multiline)
                continue
            start = 0
            header = _HEADER.match(line)
            key = _KEY.match(line)
            if header:
                current = _Table(_split_dotted(header.group(2)), number, header.group(1) == "[[")
                if not current.is_array and current.names in headers:
                    self.duplicates.append((number, f"table [{'.'.join(current.names)}]"))
                headers.add(current.names)
                self.tables.append(current)
                start = header.end()
            elif key:
                parts = _split_dotted(key.group(1))
                if ".".join(parts) in current.keys:
                    self.duplicates.append((number, f"key '{'.'.join(parts)}'"))
                for cut in range(1, len(parts) + 1):
                    current.keys.setdefault(".".join(parts[:cut]), number)
                start = key.end()
            open_multiline = _string_state_after(line, start, None)

    def _table(self, head: KeyPath) -> _Table | None:
        """The table a data path names (an int picks the n-th ``[[array]]`` entry)."""
        names = tuple(str(part) for part in head if isinstance(part, str))
        if head and isinstance(head[-1], int):
            entries = [t for t in self.tables if t.is_array and t.names == names]
            return entries[head[-1]] if head[-1] < len(entries) else None
        if any(isinstance(part, int) for part in head):
            return None
        for table in self.tables:
            if table.names == names:
                return table
        return None

    def line_of(self, path: KeyPath) -> int | None:
        """The line where ``path`` is written, else the line of its nearest written parent."""
        for cut in range(len(path), -1, -1):
            table = self.root if cut == 0 else self._table(path[:cut])
            if table is None:
                continue
            rest = path[cut:]
            names = [part for part in rest if isinstance(part, str)]
            for size in range(len(names), 0, -1):
                if rest[:size] == tuple(names[:size]):
                    dotted = ".".join(names[:size])
                    if dotted in table.keys:
                        return table.keys[dotted]
            if cut > 0:
                return table.line
        return None

    def path_at(self, line: int) -> KeyPath | None:
        """The data path of the key or table header written on ``line``, if any."""
        current = self.root
        counts: dict[tuple[str, ...], int] = {}
        position: KeyPath = ()
        for table in self.tables:
            if table.line > line:
                break
            current = table
            number = counts.get(table.names, 0)
            counts[table.names] = number + 1
            position = (*table.names, number) if table.is_array else table.names
        if current is not self.root and current.line == line:
            return position
        for key, key_line in current.keys.items():
            if key_line == line and "." not in key:
                return (*position, key)
        for key, key_line in current.keys.items():
            if key_line == line:
                return (*position, *key.split("."))
        return None

    def first_line_of(self, prefix: tuple[str, ...]) -> int | None:
        """The first header whose names start with ``prefix`` (e.g. any ``[stages.*]``)."""
        for table in self.tables:
            if table.names[: len(prefix)] == prefix:
                return table.line
        return self.root.keys.get(".".join(prefix))


def syntax_problem(path: Path, error: tomllib.TOMLDecodeError, index_text: str) -> Problem:
    """A TOML syntax error as a problem with its line and column."""
    message = str(error)
    found = re.search(r"\(at line (\d+), column (\d+)\)\s*$", message)
    reason = re.sub(r"\s*\(at [^)]*\)\s*$", "", message)
    if found and reason.startswith(("Cannot overwrite", "Cannot declare")):
        line = int(found.group(1))
        for duplicate_line, key in SourceIndex(index_text).duplicates:
            if duplicate_line == line:
                return Problem(
                    path,
                    line,
                    f"TOML syntax error: {key} is written twice; expected each key or table once",
                    int(found.group(2)),
                )
    if found:
        return Problem(
            path,
            int(found.group(1)),
            f"TOML syntax error: {reason}; expected valid TOML (use ''' for free text)",
            int(found.group(2)),
        )
    line = index_text.count("\n") + 1
    if reason.startswith("Cannot overwrite") or reason.startswith("Cannot declare"):
        duplicate = find_duplicate_key(index_text)
        if duplicate is not None:
            line, key = duplicate
            return Problem(
                path,
                line,
                f"TOML syntax error: {key} is written twice; expected each key or table once",
            )
    return Problem(path, line, f"TOML syntax error: {reason} at the end of the file")


def find_duplicate_key(text: str) -> tuple[int, str] | None:
    """The first key or ``[table]`` written twice, with its line."""
    duplicates = SourceIndex(text).duplicates
    return duplicates[0] if duplicates else None


def decode_toml_bytes(path: Path, raw: bytes) -> tuple[str | None, list[Problem]]:
    """The file's text (BOM dropped, CRLF made LF), or the problem that stops reading it."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [
            Problem(path, line, f"not valid UTF-8 (byte {error.start + 1}); expected UTF-8 text")
        ]
    return text.replace("\r\n", "\n"), []
