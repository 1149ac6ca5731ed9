"""The transcript: the conversation so far, practitioner, person and notes visually distinct.

Only the most recent lines are kept on screen (``limit``), so a long session stays as quick
to add to as a short one; every line is still in the session file and in its report.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from conversation.model import Speaker
from conversation.session import Note, Turn

TRANSCRIPT_LIMIT = 120
"""How many lines the transcript keeps on screen."""

_VISIBLE = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\n\t"}
_VISIBLE[0x7F] = 0x2421
_VISIBLE.update({code: 0xFFFD for code in range(0x80, 0xA0)})


def visible(text: str) -> str:
    """Text safe to draw: control characters shown as their symbols (the words themselves are
    saved unchanged), a CRLF line end drawn as a plain line end."""
    return text.replace("\r\n", "\n").translate(_VISIBLE)


class TranscriptEntry(Static):
    """One line of the transcript."""

    DEFAULT_CSS = """
    TranscriptEntry { margin: 0 0 1 0; }
    TranscriptEntry.-person { padding: 0 0 0 4; color: $text; }
    TranscriptEntry.-own-words { border-left: thick $secondary; padding: 0 0 0 3; }
    TranscriptEntry.-note { color: $text-muted; text-style: italic; padding: 0 0 0 2; }
    TranscriptEntry.-trap { border-left: thick $warning; }
    """


class Transcript(VerticalScroll):
    """Scrolling list of turns and notes; newest at the bottom."""

    DEFAULT_CSS = """
    Transcript { height: 1fr; padding: 0 1; }
    Transcript #transcript-earlier { color: $text-muted; text-style: italic; display: none; }
    Transcript #transcript-earlier.-shown { display: block; }
    """

    def __init__(
        self,
        practitioner: str,
        person: str,
        *,
        limit: int = TRANSCRIPT_LIMIT,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.practitioner = practitioner
        self.person = person
        self.limit = max(1, limit)
        self.hidden = 0
        """How many earlier lines are no longer on screen."""
        self._shown: list[TranscriptEntry] = []

    def on_mount(self) -> None:
        """Stay at the newest line, also when the panel shrinks (the warnings under the input
        line grow while a trap is typed), until the user scrolls up to read back."""
        self.anchor()

    def entry_for_turn(self, turn: Turn) -> TranscriptEntry:
        """The transcript line for a practitioner's or person's turn, words kept exactly."""
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
        text.append(visible(turn.text))
        if turn.speaker is Speaker.PRACTITIONER and turn.warnings:
            traps = ", ".join(dict.fromkeys(warning.trap.title for warning in turn.warnings))
            text.append(f"  [{traps}]", style="italic")
        return TranscriptEntry(text, classes=classes)

    def entry_for_note(self, note: Note) -> TranscriptEntry:
        """The transcript line for a free note, marked as fact or opinion."""
        kind = "opinion" if note.is_opinion else "fact"
        text = Text()
        text.append(f"Note ({kind}): ", style="bold")
        text.append(visible(note.text))
        return TranscriptEntry(text, classes=f"-note -{kind}")

    def entry_for_event(self, message: str) -> TranscriptEntry:
        """A line about the conversation itself (a stage change)."""
        return TranscriptEntry(Text(message), classes="-note -event")

    def add_turn(self, turn: Turn) -> TranscriptEntry:
        """Append a practitioner's or person's turn."""
        return self._append(self.entry_for_turn(turn))

    def add_note(self, note: Note) -> TranscriptEntry:
        """Append a free note."""
        return self._append(self.entry_for_note(note))

    def add_event(self, message: str) -> TranscriptEntry:
        """Append a line about the conversation itself."""
        return self._append(self.entry_for_event(message))

    def show_all(self, items: Iterable[Turn | Note]) -> None:
        """Show a saved conversation at once: its latest ``limit`` lines."""
        entries = [
            self.entry_for_turn(item) if isinstance(item, Turn) else self.entry_for_note(item)
            for item in items
        ]
        self._hide(max(0, len(entries) - self.limit))
        self._shown += entries[-self.limit :]
        self.mount_all(entries[-self.limit :])
        self.scroll_end(animate=False)

    def entries(self) -> list[TranscriptEntry]:
        """The lines on screen, oldest first."""
        return list(self._shown)

    def _append(self, entry: TranscriptEntry) -> TranscriptEntry:
        self.mount(entry)
        self._shown.append(entry)
        excess = len(self._shown) - self.limit
        if excess > 0:
            for old in self._shown[:excess]:
                old.remove()
            del self._shown[:excess]
            self._hide(excess)
        self.scroll_end(animate=False)
        return entry

    def _hide(self, count: int) -> None:
        if not count:
            return
        self.hidden += count
        found = self.query("#transcript-earlier")
        if found:
            earlier = found.first(Static)
        else:
            # The line saying how many earlier lines are off screen is made when the first
            # line leaves (most conversations never need it).
            earlier = Static(id="transcript-earlier")
            first = self.children[0] if self.children else None
            if first is None:
                self.mount(earlier)
            else:
                self.mount(earlier, before=first)
        lines = "line is" if self.hidden == 1 else "lines are"
        earlier.update(f"{self.hidden} earlier {lines} saved in the session (see its report).")
        earlier.add_class("-shown")
