"""The progress screen: a practitioner's figures across their sessions, as a table with the
change from first to latest, and a sparkline for each figure."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, DataTable, Footer, Input, Label, Sparkline, Static

from conversation.progress import (
    PROGRESS_COLUMNS,
    Progress,
    change_row,
    progress_rows,
    series,
)


class ProgressNameDialog(ModalScreen[str | None]):
    """Asks whose progress to show (the highlighted session's practitioner to start with)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, name: str = "") -> None:
        super().__init__()
        self.suggested = name

    def compose(self) -> ComposeResult:
        """One input and two buttons."""
        with Vertical(id="names-dialog"):
            yield Label("Progress across sessions", id="names-title")
            yield Label("The practitioner's name (case and accents do not matter)")
            yield Input(self.suggested, id="progress-name")
            with Horizontal(id="names-buttons"):
                yield Button("Show", variant="primary", id="progress-show")
                yield Button("Cancel", id="progress-cancel")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter shows the progress."""
        event.stop()
        self._show()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Show or cancel."""
        event.stop()
        if event.button.id == "progress-show":
            self._show()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        """Close without showing anything."""
        self.dismiss(None)

    def _show(self) -> None:
        name = self.query_one("#progress-name", Input).value.strip()
        if name:
            self.dismiss(name)


class ProgressScreen(ModalScreen[None]):
    """One practitioner's progress: the table, then a sparkline per figure."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close")]

    DEFAULT_CSS = """
    ProgressScreen { align: center middle; }
    ProgressScreen #progress-panel { width: 95%; height: 90%; border: thick $primary;
                                     background: $surface; padding: 0 1; }
    ProgressScreen #progress-table { height: auto; max-height: 60%; }
    ProgressScreen .progress-label { margin-top: 1; text-style: bold; }
    ProgressScreen Sparkline { height: 2; margin: 0 1; }
    ProgressScreen #progress-note { color: $text-muted; margin-top: 1; }
    """

    def __init__(self, progress: Progress) -> None:
        super().__init__()
        self.progress = progress

    def compose(self) -> ComposeResult:
        """Table, sparklines and a note on what the figures mean."""
        progress = self.progress
        with VerticalScroll(id="progress-panel") as panel:
            panel.border_title = f"Progress · {progress.name} · {len(progress.sessions)} sessions"
            if not progress.sessions:
                yield Static(
                    f"No practise, record or supervise sessions by {progress.name} yet.",
                    id="progress-none",
                )
            else:
                yield DataTable(id="progress-table", cursor_type="row", zebra_stripes=True)
                for label, values in series(progress).items():
                    first, latest = values[0], values[-1]
                    yield Static(f"{label}: {first:.1f} → {latest:.1f}",
                                 classes="progress-label")
                    yield Sparkline(values, summary_function=max)
                yield Static(
                    "Oldest session on the left. Reflections per question: MITI 4.2.1 "
                    "guidance is fair 1, good 2 (expert opinion, for conversations with a "
                    "target behaviour). 'outcomes ok' counts the draft outcomes the outcome "
                    "checker passes as personal outcomes.",
                    id="progress-note",
                )
        yield Footer()

    def on_mount(self) -> None:
        """Fill the table: one row per session, then the change."""
        if not self.progress.sessions:
            return
        table = self.query_one("#progress-table", DataTable)
        table.add_columns(*PROGRESS_COLUMNS)
        for row in progress_rows(self.progress):
            table.add_row(*row)
        table.add_row(*change_row(self.progress), key="change")
        table.focus()

    def action_close(self) -> None:
        """Back to where it was opened from."""
        self.dismiss(None)
