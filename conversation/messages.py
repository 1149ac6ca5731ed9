"""Messages that travel up from the app's widgets and screens to whoever orchestrates them.

Events are named in the past tense (something happened); requests are imperative.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from textual.message import Message

from conversation.model import Mode


class Capture(StrEnum):
    """What the input line is capturing at the moment."""

    PRACTITIONER = "practitioner"
    """The practitioner's own line: analysed live, warnings shown."""
    PERSON = "person"
    """The person's words, kept verbatim (record mode)."""
    NOTE_FACT = "note_fact"
    """A free note, marked as fact."""
    NOTE_OPINION = "note_opinion"
    """A free note, marked as opinion."""

    @property
    def prompt(self) -> str:
        """The prompt shown above the input line."""
        return CAPTURE_TITLES[self]


CAPTURE_TITLES: dict[Capture, str] = {
    Capture.PRACTITIONER: "You say",
    Capture.PERSON: "The person's own words (verbatim)",
    Capture.NOTE_FACT: "Note (fact)",
    Capture.NOTE_OPINION: "Note (opinion)",
}


@dataclass
class LineSubmitted(Message):
    """The user pressed Enter on a non-empty line."""

    text: str
    capture: Capture


@dataclass
class ConversationRequested(Message):
    """Open a new conversation in a mode on a script (from the home screen)."""

    mode: Mode
    script_id: str
    practitioner: str = ""
    person: str | None = None
    """A pseudonym for the person (record mode); None uses the script's person."""


@dataclass
class ResumeRequested(Message):
    """Open a saved session where it stopped."""

    session_id: str


@dataclass
class ReportRequested(Message):
    """Produce the report of a saved session."""

    session_id: str
