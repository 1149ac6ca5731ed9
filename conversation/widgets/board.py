"""The 'what matters' board: what the person has revealed, by kind, with the 1-10 scale."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from conversation.model import FactKind
from conversation.session import BoardEntry

SCALE_MAX = 10


def scale_line(value: int) -> Text:
    """A 1-10 reading as a row of blocks."""
    level = max(0, min(SCALE_MAX, value))
    text = Text()
    text.append("█" * level, style="bold")
    text.append("░" * (SCALE_MAX - level))
    text.append(f" {level}/10")
    return text


class BoardSection(Static):
    """One kind of fact: a heading and its entries; hidden while empty."""

    DEFAULT_CSS = """
    BoardSection { display: none; margin: 0 0 1 0; }
    BoardSection.-filled { display: block; }
    """

    def __init__(self, kind: FactKind) -> None:
        super().__init__(id=f"board-{kind.value}", classes="board-section")
        self.kind = kind
        self.entries: list[BoardEntry] = []

    def show(self, entries: list[BoardEntry]) -> None:
        """Render the heading and the entries of this kind."""
        self.entries = entries
        text = Text(self.kind.title, style="bold underline")
        for entry in entries:
            text.append("\n• ")
            text.append(entry.text)
            if entry.scale is not None:
                text.append("\n  ")
                text.append_text(scale_line(entry.scale))
        self.update(text)
        self.set_class(bool(entries), "-filled")


class Board(VerticalScroll):
    """Sections for each kind of fact; call ``show`` with the session's board. A section is
    made when its kind gets its first entry, so an empty board is one line to draw."""

    DEFAULT_CSS = """
    Board { height: 1fr; padding: 0 1; }
    Board #board-empty { color: $text-muted; }
    Board.-filled #board-empty { display: none; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._sections: dict[FactKind, BoardSection] = {}

    def compose(self) -> ComposeResult:
        """The empty-board hint."""
        yield Static(
            "Nothing yet. What the person tells you about what matters to them will appear here.",
            id="board-empty",
        )

    def show(self, board: Iterable[BoardEntry]) -> None:
        """Fill every section from the board's entries, in the order they were revealed; the
        sections stay in the order of the kinds."""
        by_kind: dict[FactKind, list[BoardEntry]] = {kind: [] for kind in FactKind}
        for entry in board:
            by_kind[entry.kind].append(entry)
        kinds = list(FactKind)
        for index, kind in enumerate(kinds):
            section = self._sections.get(kind)
            if section is None:
                if not by_kind[kind]:
                    continue
                section = BoardSection(kind)
                later = next((self._sections[k] for k in kinds[index + 1:]
                              if k in self._sections), None)
                if later is None:
                    self.mount(section)
                else:
                    self.mount(section, before=later)
                self._sections[kind] = section
            section.show(by_kind[kind])
        self.set_class(any(by_kind.values()), "-filled")

    def texts(self) -> list[str]:
        """Every entry's text on the board, in section order (for tests and reports)."""
        return [entry.text for kind in FactKind if kind in self._sections
                for entry in self._sections[kind].entries]
