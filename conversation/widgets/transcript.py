"""The transcript: the conversation so far, practitioner, person and notes visually distinct."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from conversation.model import Speaker
from conversation.session import Note, Turn


class TranscriptEntry(Static):
    """One line of the transcript."""

    DEFAULT_CSS = """
    TranscriptEntry { margin: 0 0 1 0; }
    TranscriptEntry.-practitioner { padding: 0 0 0 0; }
    TranscriptEntry.-person { padding: 0 0 0 4; color: $text; }
    TranscriptEntry.-own-words { border-left: thick $secondary; padding: 0 0 0 3; }
    TranscriptEntry.-note { color: $text-muted; text-style: italic; padding: 0 0 0 2; }
    TranscriptEntry.-trap { border-left: thick $warning; }
    """


class Transcript(VerticalScroll):
    """Scrolling list of turns and notes; newest at the bottom."""

    DEFAULT_CSS = """
    Transcript { height: 1fr; padding: 0 1; }
    """

    def __init__(self, practitioner: str, person: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.practitioner = practitioner
        self.person = person

    def add_turn(self, turn: Turn) -> TranscriptEntry:
        """Append a practitioner's or person's turn, keeping its words exactly."""
        if turn.speaker is Speaker.PRACTITIONER:
            who, classes = self.practitioner, "-practitioner"
            if turn.warnings:
                classes += " -trap"
        elif turn.speaker is Speaker.PERSON:
            who, classes = self.person, "-person"
            if turn.own_words:
                who += " (own words)"
                classes += " -own-words"
        else:
            who, classes = "Note", "-note"
        text = Text()
        text.append(f"{who}: ", style="bold")
        text.append(turn.text)
        if turn.speaker is Speaker.PRACTITIONER and turn.warnings:
            traps = ", ".join(warning.trap.title for warning in turn.warnings)
            text.append(f"  [{traps}]", style="italic")
        return self._append(TranscriptEntry(text, classes=classes))

    def add_note(self, note: Note) -> TranscriptEntry:
        """Append a free note, marked as fact or opinion."""
        kind = "opinion" if note.is_opinion else "fact"
        text = Text()
        text.append(f"Note ({kind}): ", style="bold")
        text.append(note.text)
        return self._append(TranscriptEntry(text, classes=f"-note -{kind}"))

    def add_event(self, message: str) -> TranscriptEntry:
        """Append a line about the conversation itself (a stage change)."""
        return self._append(TranscriptEntry(Text(message), classes="-note -event"))

    def _append(self, entry: TranscriptEntry) -> TranscriptEntry:
        self.mount(entry)
        self.scroll_end(animate=False)
        return entry
