"""The home screen: the modes, the scripts and the recent sessions to resume or report."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    Header,
    Input,
    Label,
    OptionList,
)
from textual.widgets.option_list import Option

from conversation.errors import ConversationError
from conversation.library import filter_by_setting, shortened
from conversation.messages import ConversationRequested, ReportRequested, ResumeRequested
from conversation.model import Mode, pseudonym_or_default
from conversation.screens.base import AppScreen
from conversation.script import Script
from conversation.store import SessionSummary
from conversation.widgets.exact_text import ExactInput
from conversation.widgets.footer import AppFooter
from conversation.widgets.mode_card import ModeCard
from conversation.widgets.script_filter import ScriptFilter

if TYPE_CHECKING:
    from conversation.app import Workspace

MODE_TEXT: dict[Mode, tuple[str, str]] = {
    Mode.DEMONSTRATE: ("Demonstrate", "Step through a model conversation, and what a trap does"),
    Mode.PRACTISE: ("Practise", "Role-play with the scripted person; live warnings as you type"),
    Mode.RECORD: ("Record", "Note a real conversation: the person's own words, stage prompts"),
    Mode.SUPERVISE: ("Supervise", "Reflective supervision, reviewing an earlier session"),
}
HOME_MODES = (Mode.DEMONSTRATE, Mode.PRACTISE, Mode.RECORD, Mode.SUPERVISE)
RECENT_LIMIT = 50


def script_option(script: Script) -> Option:
    """A script in the list: title, setting and a line about the person."""
    person = script.person
    text = Text(script.meta.title, style="bold")
    text.append(f"\n{script.meta.setting}")
    text.append(
        f"\n{len(script.facts)} things to find out · a model conversation of "
        f"{len(script.demo)} lines",
        style="italic",
    )
    text.append(f"\n{person.name}, {person.age}: {first_sentence(person.background)}")
    return Option(text, id=script.meta.id)


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph, for one-line descriptions."""
    flat = " ".join(text.split())
    end = flat.find(". ")
    return flat if end < 0 else flat[: end + 1]


def session_option(summary: SessionSummary) -> Option:
    """A saved session in the list: when, mode, script, who, how far it got."""
    if summary.error is not None:
        text = Text(f"{summary.path.name}: unreadable ({summary.error})", style="italic")
        return Option(text, id=summary.id, disabled=True)
    started = f"{summary.started:%Y-%m-%d %H:%M}" if summary.started else "?"
    mode = summary.mode.value if summary.mode else "?"
    text = Text(f"{started}  ", style="bold")
    text.append(f"{mode:<11} {summary.script}  ")
    who = f"{summary.practitioner} " if summary.practitioner else ""
    text.append(f"{who}with {summary.person or 'the person'} · {summary.turns} turns")
    if summary.mode is Mode.DEMONSTRATE:
        text.append(f" · at line {summary.demo_position + 1}")
    if summary.ended is not None:
        text.append(" · finished", style="italic")
    text.append(f"\n{summary.id}", style="dim")
    return Option(text, id=summary.id)


def last_touched(summary: SessionSummary) -> float:
    """When a session was last saved (or started), for newest-first listing; 0 if unknown."""
    moment = summary.updated or summary.started
    return moment.timestamp() if moment is not None else 0.0


class TwoNamesDialog(ModalScreen[tuple[str, str] | None]):
    """Asks two names before a session starts: Enter in the first moves on, Enter in the
    second (or Start) closes with both, Escape (or Cancel) closes with none. Subclasses say
    what is asked."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    TITLE_TEXT = ""
    FIRST = ("", "", "")
    """Label, input id and placeholder of the first name."""
    SECOND = ("", "", "")
    """Label, input id and placeholder of the second name."""
    START_ID = ""
    CANCEL_ID = ""

    def __init__(self, first: str = "") -> None:
        """``first``: a value filled in to start with (a remembered name)."""
        super().__init__()
        self.first = first

    def compose(self) -> ComposeResult:
        """Two inputs and two buttons."""
        (first_label, first_id, first_hint), (second_label, second_id, second_hint) = (
            self.FIRST, self.SECOND)
        with Vertical(id="names-dialog"):
            yield Label(self.TITLE_TEXT, id="names-title")
            yield Label(first_label)
            yield ExactInput(self.first, id=first_id, placeholder=first_hint)
            yield Label(second_label)
            yield ExactInput(id=second_id, placeholder=second_hint)
            with Horizontal(id="names-buttons"):
                yield Button("Start", variant="primary", id=self.START_ID)
                yield Button("Cancel", id=self.CANCEL_ID)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the first name moves on; Enter in the second starts."""
        event.stop()
        if event.input.id == self.FIRST[1]:
            self.query_one(f"#{self.SECOND[1]}", Input).focus()
        else:
            self._start()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Start or cancel."""
        event.stop()
        if event.button.id == self.START_ID:
            self._start()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        """Close without starting."""
        self.dismiss(None)

    def answers(self, first: str, second: str) -> tuple[str, str]:
        """What the dialog closes with, from the two names as typed (stripped)."""
        return first, second

    def _start(self) -> None:
        first = self.query_one(f"#{self.FIRST[1]}", Input).value.strip()
        second = self.query_one(f"#{self.SECOND[1]}", Input).value.strip()
        self.dismiss(self.answers(first, second))


class NamesDialog(TwoNamesDialog):
    """Asks the practitioner's name and a pseudonym for the person before recording."""

    TITLE_TEXT = "Record a conversation"
    FIRST = ("Your name", "practitioner-name", "optional")
    SECOND = ("A pseudonym for the person (not their real name)", "pseudonym",
              "for example: Mrs A")
    START_ID = "names-start"
    CANCEL_ID = "names-cancel"

    def answers(self, first: str, second: str) -> tuple[str, str]:
        """The name, and the pseudonym ('the person' when left empty)."""
        return first, pseudonym_or_default(second)


class ReportScreen(ModalScreen[None]):
    """A saved session's report, as the ``report`` command would write it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close")]

    def __init__(self, session_id: str, markdown: str) -> None:
        super().__init__()
        self.session_id = session_id
        self.markdown = markdown

    def compose(self) -> ComposeResult:
        """The report in a scrolling panel."""
        from textual.widgets import Markdown  # only when a report is shown: keeps start-up quick

        with VerticalScroll(id="report-panel") as panel:
            panel.border_title = f"Report · {self.session_id}"
            panel.border_subtitle = f"conversation report {self.session_id} --html -o FILE"
            yield Markdown(self.markdown)
        yield AppFooter()

    def action_close(self) -> None:
        """Back to the home screen."""
        self.dismiss(None)


class HomeScreen(AppScreen):
    """Choose a mode and a script, or pick up a recent session."""

    AUTO_FOCUS = "#scripts"
    """The scripts list has the focus from the first frame."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("d", "start('demonstrate')", "Demonstrate"),
        Binding("p", "start('practise')", "Practise"),
        Binding("r", "start('record')", "Record"),
        Binding("s", "start('supervise')", "Supervise"),
        Binding("g", "progress", "Progress", show=False),
        Binding("enter", "resume", "Resume", show=False),
        Binding("ctrl+t", "report", "Report"),
        Binding("f5", "refresh_sessions", "Refresh", show=False),
        Binding("slash", "filter_scripts", "Filter", show=False),
        Binding("e", "toggle_empty", "All sessions", show=False),
    ]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.scripts: list[Script] = []
        self.shown_scripts: list[Script] = []
        """The scripts listed now: those whose setting matches the filter."""
        self.sessions: list[SessionSummary] = []
        self.show_empty = False
        """Whether sessions in which nothing happened are listed too."""
        self._found: list[SessionSummary] = []

    def compose(self) -> ComposeResult:
        """Modes across the top, scripts and recent sessions side by side."""
        yield Header()
        with Grid(id="modes"):
            for mode in HOME_MODES:
                title, line = MODE_TEXT[mode]
                yield ModeCard(title, line, id=f"mode-{mode.value}")
        with Horizontal(id="lists"):
            with Vertical(id="scripts-column"):
                yield Label("Scripts", classes="list-title", id="scripts-title")
                yield ScriptFilter(id="script-filter")
                yield OptionList(*self._script_options(), id="scripts")
            with Vertical(id="sessions-column"):
                yield Label("Recent sessions — Enter resumes", classes="list-title")
                yield OptionList(id="sessions")
        yield AppFooter()

    def _script_options(self) -> list[Option]:
        """The scripts (they are few, and read already), listed as the screen is built so the
        first frame shows them."""
        try:
            self.scripts = self.workspace.scripts()
        except ConversationError as error:
            self.notify(str(error), title="Scripts", severity="error", markup=False)
        self.shown_scripts = list(self.scripts)
        return [script_option(script) for script in self.scripts]

    def on_mount(self) -> None:
        """Highlight the first script; the sessions are listed in a worker when the screen is
        shown (``on_screen_resume``)."""
        self._title_scripts("")
        if self.shown_scripts:
            self.query_one("#scripts", OptionList).highlighted = 0
        not_loaded = self.workspace.script_problems()
        if not_loaded:
            self.notify(
                shortened(not_loaded),
                title="Scripts not loaded",
                severity="warning",
                timeout=12,
                markup=False,
            )

    def _show_scripts(self, query: str) -> None:
        """List the scripts whose setting matches ``query`` (all when it is empty)."""
        self.shown_scripts = filter_by_setting(self.scripts, query)
        listing = self.query_one("#scripts", OptionList)
        listing.clear_options()
        listing.add_options([script_option(script) for script in self.shown_scripts])
        if self.shown_scripts:
            listing.highlighted = 0
        elif self.scripts:
            listing.add_option(Option(f"No script's setting matches '{query}'.", disabled=True))
        self._title_scripts(query)

    def _title_scripts(self, query: str) -> None:
        title = "Scripts — / filters"
        if len(self.shown_scripts) != len(self.scripts):
            title = f"Scripts · {len(self.shown_scripts)} of {len(self.scripts)}"
        self.query_one("#scripts-title", Label).update(title)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Typing in the filter lists only the scripts in that setting."""
        if event.input.id == "script-filter":
            event.stop()
            self._show_scripts(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the filter goes to the list of matching scripts."""
        if event.input.id == "script-filter":
            event.stop()
            self.query_one("#scripts", OptionList).focus()

    def action_filter_scripts(self) -> None:
        """Put the cursor in the script filter."""
        self.query_one("#script-filter", ScriptFilter).focus()

    def on_screen_resume(self) -> None:
        """Coming back from a conversation: its session has moved on, so list again."""
        self.action_refresh_sessions()

    def action_refresh_sessions(self) -> None:
        """List the sessions folder again."""
        self._load_sessions()

    @work(thread=True, exclusive=True, group="sessions")
    def _load_sessions(self) -> None:
        try:
            found = self.workspace.store.list()
        except (ConversationError, OSError) as error:
            self.app.call_from_thread(
                self.notify, f"Cannot list sessions: {error}", severity="error", markup=False
            )
            return
        recent = sorted(found, key=last_touched, reverse=True)[:RECENT_LIMIT]
        self.app.call_from_thread(self._show_sessions, recent)

    def _show_sessions(self, found: list[SessionSummary]) -> None:
        """List the sessions (those in which nothing happened only when asked), keeping the
        highlighted one, else highlighting the first, so Enter and ctrl+t work at once."""
        self._found = found
        sessions = [summary for summary in found if self.show_empty or not summary.is_empty]
        hidden = len(found) - len(sessions)
        listing = self.query_one("#sessions", OptionList)
        before = self.selected_session()
        self.sessions = sessions
        listing.clear_options()
        if sessions:
            listing.add_options([session_option(summary) for summary in sessions])
        else:
            listing.add_option(Option("No sessions yet.", disabled=True))
        if hidden:
            noun = "session" if hidden == 1 else "sessions"
            listing.add_option(
                Option(Text(f"{hidden} empty {noun} hidden: e shows them", style="italic"),
                       disabled=True)
            )
        ids = [summary.id for summary in sessions]
        readable = [i for i, summary in enumerate(sessions) if summary.error is None]
        if before is not None and before.id in ids:
            listing.highlighted = ids.index(before.id)
        elif readable:
            listing.highlighted = readable[0]

    def action_toggle_empty(self) -> None:
        """Show or hide the sessions in which nothing happened (no turns, no outcomes)."""
        self.show_empty = not self.show_empty
        self._show_sessions(self._found)
        shown = "shown" if self.show_empty else "hidden"
        self.notify(f"Empty sessions are {shown}.", timeout=3)

    def selected_script(self) -> Script | None:
        """The highlighted script (the default script when none is highlighted)."""
        index = self.query_one("#scripts", OptionList).highlighted
        if index is not None and 0 <= index < len(self.shown_scripts):
            return self.shown_scripts[index]
        return self.shown_scripts[0] if self.shown_scripts else None

    def selected_session(self) -> SessionSummary | None:
        """The highlighted readable session, if any."""
        index = self.query_one("#sessions", OptionList).highlighted
        if index is not None and 0 <= index < len(self.sessions):
            summary = self.sessions[index]
            return summary if summary.error is None else None
        return None

    def on_mode_card_chosen(self, event: ModeCard.Chosen) -> None:
        """A mode card starts a conversation on the highlighted script."""
        card_id = event.card.id or ""
        if card_id.startswith("mode-"):
            event.stop()
            self.action_start(card_id.removeprefix("mode-"))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a session resumes it; Enter on a script starts practising it."""
        event.stop()
        if event.option_list.id == "sessions":
            self.action_resume()
        else:
            self.action_start(Mode.PRACTISE.value)

    def action_start(self, mode_value: str) -> None:
        """Start a conversation in this mode on the highlighted script."""
        mode = Mode(mode_value)
        script = self.selected_script()
        if script is None:
            self.notify("There is no script to use.", severity="error")
            return
        if mode is Mode.RECORD:
            self.app.push_screen(
                NamesDialog(self.workspace.practitioner), partial(self._record, script.meta.id)
            )
            return
        if mode is Mode.SUPERVISE:
            from conversation.screens.supervision_dialogs import SuperviseDialog

            self.app.push_screen(SuperviseDialog(), self._supervise)
            return
        self.post_message(ConversationRequested(mode, script.meta.id))

    def _supervise(self, names: tuple[str, str] | None) -> None:
        if names is not None:
            from conversation.supervision import SUPERVISION_SCRIPT_ID

            supervisor, supervisee = names
            self.post_message(
                ConversationRequested(Mode.SUPERVISE, SUPERVISION_SCRIPT_ID, supervisor, supervisee)
            )

    def action_progress(self) -> None:
        """Show a practitioner's progress (the highlighted session's, to start with)."""
        from conversation.screens.progress import ProgressNameDialog

        summary = self.selected_session()
        name = summary.practitioner if summary is not None else ""
        self.app.push_screen(ProgressNameDialog(name), self._progress_named)

    def _progress_named(self, name: str | None) -> None:
        if name:
            self._load_progress(name)

    @work(thread=True, exclusive=True, group="progress")
    def _load_progress(self, name: str) -> None:
        from conversation.progress import load_progress
        from conversation.screens.progress import ProgressScreen

        try:
            progress = load_progress(self.workspace.store, name)
        except (ConversationError, OSError) as error:
            self.app.call_from_thread(
                self.notify, f"Cannot read the sessions: {error}", severity="error", markup=False
            )
            return
        self.app.call_from_thread(self.app.push_screen, ProgressScreen(progress))

    def _record(self, script_id: str, names: tuple[str, str] | None) -> None:
        if names is not None:
            practitioner, pseudonym = names
            self.post_message(
                ConversationRequested(Mode.RECORD, script_id, practitioner, pseudonym)
            )

    def action_resume(self) -> None:
        """Resume the highlighted session."""
        summary = self.selected_session()
        if summary is None:
            self.notify("Pick a session from the list first.")
            return
        self.post_message(ResumeRequested(summary.id))

    def action_report(self) -> None:
        """Report on the highlighted session."""
        summary = self.selected_session()
        if summary is None:
            self.notify("Pick a session from the list first.")
            return
        self.post_message(ReportRequested(summary.id))

    def palette_commands(self) -> Iterator[SystemCommand]:
        """Every action of this screen, for the command palette."""
        for mode in HOME_MODES:
            title, line = MODE_TEXT[mode]
            yield SystemCommand(title, line, partial(self.action_start, mode.value))
        for script in self.scripts:
            yield SystemCommand(
                f"Practise: {script.meta.title}",
                script.meta.setting,
                partial(self.post_message, ConversationRequested(Mode.PRACTISE, script.meta.id)),
            )
        yield SystemCommand("Resume session", "Resume the highlighted session", self.action_resume)
        yield SystemCommand(
            "Report session", "Report on the highlighted session", self.action_report
        )
        yield SystemCommand(
            "Refresh sessions", "List the sessions folder again", self.action_refresh_sessions
        )
        yield SystemCommand(
            "Progress", "A practitioner's figures across their sessions", self.action_progress
        )
        yield SystemCommand(
            "Empty sessions",
            "Show or hide the sessions in which nothing happened",
            self.action_toggle_empty,
        )
