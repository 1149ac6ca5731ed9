"""Errors the domain raises; each names where the problem is and what was expected."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ConversationError(Exception):
    """Base class for every error the product reports to its users."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file: where it is, and what was expected."""

    path: Path
    line: int | None
    message: str
    column: int | None = None

    @property
    def location(self) -> str:
        """``FILE:LINE`` (and ``:COLUMN`` when known), as editors and compilers write it."""
        where = f"{self.path}"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class ScriptError(ConversationError):
    """A conversation script could not be loaded; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class SessionError(ConversationError):
    """A session file is damaged, foreign, locked or could not be written."""


class SessionLocked(SessionError):
    """The session is open in another running instance of the app."""


class BadSessionId(SessionError):
    """A session id that is not a safe file name."""


class NoTerminal(ConversationError):
    """A command that needs an interactive terminal was run without one."""
