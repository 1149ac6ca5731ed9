"""Typed dataclasses to and from TOML tables, field by field, with errors naming the key.

Used for session files. Every field maps to a key of the same name; a field that is None or
holds its default is left out and reads back as its default. Enums are written as their value,
datetimes as TOML date-times (aware ones in UTC), dates as TOML dates, text as given except
that a lone surrogate (which no UTF-8 file can hold) becomes U+FFFD. Supported field types:
str, bool, int, float, datetime, date, Enum, dataclasses, ``X | None``, ``list[X]`` and
``dict[K, V]`` with text or Enum keys.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import types
import typing
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

Dump = Callable[[Any], Any]
"""Turns a typed value into what tomli-w writes."""
Load = Callable[[Any, str], Any]
"""Turns what tomllib read at a key path into a typed value, or raises InvalidValue."""

_SURROGATE = re.compile("[\ud800-\udfff]")


class InvalidValue(Exception):
    """A value in a session file does not have the expected shape (key path, expectation)."""

    def __init__(self, where: str, expected: str, found: object = None, missing: bool = False):
        self.where = where
        self.expected = expected
        self.found = found
        self.missing = missing
        super().__init__(where)

    def describe(self) -> str:
        """``key 'x.y': expected ..., found ...`` in the user's words."""
        if self.missing:
            return f"key '{self.where}' is missing: expected {self.expected}"
        if not self.expected:
            return f"key '{self.where}' is not part of a session file"
        return f"key '{self.where}': expected {self.expected}, found {show(self.found)}"


def show(value: object) -> str:
    """A short description of a value found in a file, for error messages."""
    kind = {
        str: "text",
        int: "a whole number",
        float: "a number",
        bool: "true/false",
        datetime: "a date-time",
        date: "a date",
        list: "a list",
        dict: "a table",
    }.get(type(value), type(value).__name__)
    if isinstance(value, (str, int, float, bool, datetime, date)):
        shown = repr(value.isoformat() if isinstance(value, date) else value)
        if len(shown) > 40:
            shown = shown[:37] + "..."
        return f"{kind} {shown}"
    return kind


def clean_text(text: str) -> str:
    """The text with each lone surrogate (which cannot be saved) replaced by U+FFFD."""
    if text.isascii():
        return text
    return _SURROGATE.sub("\ufffd", text)


def _where(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key


def _scalar(kind: type, expected: str) -> tuple[Dump, Load]:
    def dump(value: Any) -> Any:
        return value

    def load(raw: Any, where: str) -> Any:
        if type(raw) is not kind:
            raise InvalidValue(where, expected, raw)
        return raw

    return dump, load


def _float_codec() -> tuple[Dump, Load]:
    def dump(value: Any) -> Any:
        return float(value)

    def load(raw: Any, where: str) -> Any:
        if type(raw) is not float and type(raw) is not int:
            raise InvalidValue(where, "a number", raw)
        return float(raw)

    return dump, load


def _str_codec() -> tuple[Dump, Load]:
    def load(raw: Any, where: str) -> Any:
        if type(raw) is not str:
            raise InvalidValue(where, "text", raw)
        return raw

    return clean_text, load


def _datetime_codec() -> tuple[Dump, Load]:
    def dump(value: Any) -> Any:
        if value.tzinfo is not None and value.utcoffset():
            return value.astimezone(UTC)
        return value

    def load(raw: Any, where: str) -> Any:
        if type(raw) is not datetime:
            raise InvalidValue(where, "a date-time such as 2026-11-23T09:15:00Z", raw)
        return raw

    return dump, load


def _enum_codec(kind: type[Enum]) -> tuple[Dump, Load]:
    by_value = {member.value: member for member in kind}
    expected = "one of " + ", ".join(repr(v) for v in by_value)

    def dump(value: Any) -> Any:
        return value.value

    def load(raw: Any, where: str) -> Any:
        try:
            return by_value[raw]
        except (KeyError, TypeError):
            raise InvalidValue(where, expected, raw) from None

    return dump, load


def _optional_codec(inner: Any) -> tuple[Dump, Load]:
    dump_inner, load_inner = codec(inner)

    def dump(value: Any) -> Any:
        return None if value is None else dump_inner(value)

    return dump, load_inner


def _list_codec(item: Any) -> tuple[Dump, Load]:
    dump_item, load_item = codec(item)

    def dump(value: Any) -> Any:
        return [dump_item(v) for v in value]

    def load(raw: Any, where: str) -> Any:
        if type(raw) is not list:
            raise InvalidValue(where, "a list", raw)
        return [load_item(v, f"{where}[{i}]") for i, v in enumerate(raw)]

    return dump, load


def _dict_codec(key: Any, value: Any) -> tuple[Dump, Load]:
    dump_key, load_key = codec(key)
    dump_value, load_value = codec(value)

    def dump(mapping: Any) -> Any:
        return {dump_key(k): dump_value(v) for k, v in mapping.items()}

    def load(raw: Any, where: str) -> Any:
        if type(raw) is not dict:
            raise InvalidValue(where, "a table", raw)
        return {
            load_key(k, _where(where, k)): load_value(v, _where(where, k)) for k, v in raw.items()
        }

    return dump, load


_NO_DEFAULT = object()


def _dataclass_codec(kind: type) -> tuple[Dump, Load]:
    hints = typing.get_type_hints(kind)
    plan: list[tuple[str, Dump, Load, Any, Callable[[], Any] | None]] = []
    for f in dataclasses.fields(kind):
        dump_field, load_field = codec(hints[f.name])
        factory: Callable[[], Any] | None = None
        default: Any = _NO_DEFAULT
        if f.default is not dataclasses.MISSING:
            default = f.default
        elif f.default_factory is not dataclasses.MISSING:
            factory = f.default_factory
            default = factory()
        plan.append((f.name, dump_field, load_field, default, factory))
    known = {name for name, *_ in plan}

    def dump(value: Any) -> Any:
        out: dict[str, Any] = {}
        for name, dump_field, _, default, _ in plan:
            item = getattr(value, name)
            if item is None or (default is not _NO_DEFAULT and item == default):
                continue
            out[name] = dump_field(item)
        return out

    def load(raw: Any, where: str) -> Any:
        if type(raw) is not dict:
            raise InvalidValue(where, "a table", raw)
        for key in raw:
            if key not in known:
                raise InvalidValue(_where(where, key), "")
        values: dict[str, Any] = {}
        for name, _, load_field, default, factory in plan:
            if name in raw:
                values[name] = load_field(raw[name], _where(where, name))
            elif factory is not None:
                values[name] = factory()
            elif default is _NO_DEFAULT:
                raise InvalidValue(_where(where, name), expected_for(hints[name]), missing=True)
        return kind(**values)

    return dump, load


def expected_for(hint: Any) -> str:
    """What a missing key should hold, in words."""
    if hint is str:
        return "text"
    if hint is datetime:
        return "a date-time"
    if isinstance(hint, type) and issubclass(hint, Enum):
        return "one of " + ", ".join(repr(m.value) for m in hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return "a table"
    return "a value"


@functools.cache
def codec(hint: Any) -> tuple[Dump, Load]:
    """Functions that write and read one annotated type of the session model."""
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"unsupported union in the session model: {hint!r}")
        return _optional_codec(args[0])
    if origin is list:
        return _list_codec(typing.get_args(hint)[0])
    if origin is dict:
        key, value = typing.get_args(hint)
        return _dict_codec(key, value)
    if hint is str:
        return _str_codec()
    if hint is bool:
        return _scalar(bool, "true or false")
    if hint is int:
        return _scalar(int, "a whole number")
    if hint is float:
        return _float_codec()
    if hint is datetime:
        return _datetime_codec()
    if hint is date:
        return _scalar(date, "a date such as 2026-12-01")
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _enum_codec(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_codec(hint)
    raise TypeError(f"unsupported type in the session model: {hint!r}")
