"""The Textual app: a small class that wires the home screen, the conversation screens and the
session store together. Built by ``make_app`` for both the command line and the tests.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.theme import Theme

from conversation.app_preferences import Preferences, read_preferences
from conversation.errors import ConversationError
from conversation.library import load_library, script_folders
from conversation.messages import ConversationRequested, ReportRequested, ResumeRequested
from conversation.model import Mode
from conversation.script import Script
from conversation.settings import Settings, SettingsError, save_settings
from conversation.store import SessionLock, SessionStore

if TYPE_CHECKING:
    from conversation.conduct import Conversation

Clock = Callable[[], datetime]

WARM_UP_DELAY = 0.25
"""Seconds after the first frame before the analysis is readied in a worker: the first
screen is drawn without waiting for it, and it is ready before anyone can start typing."""

APP_MODES = (Mode.DEMONSTRATE, Mode.PRACTISE, Mode.RECORD, Mode.SUPERVISE)
"""The modes the app opens."""


@dataclass(frozen=True)
class StartRequest:
    """What the app opens on: the home screen (no mode, no resume), a new conversation in a
    mode, or a saved session to resume."""

    mode: Mode | None = None
    script_id: str | None = None
    practitioner: str = ""
    person: str | None = None
    """The person's name or pseudonym (record mode); None uses the script's person."""
    resume_id: str | None = None
    seed: int = 0
    review_id: str | None = None
    """An earlier session to review alongside (supervise mode)."""


@dataclass
class OpenConversation:
    """A conversation that is open in this app, with the lock that keeps it ours."""

    conversation: Conversation
    lock: SessionLock
    resumed: bool = False
    """A saved session carried on, rather than a new one."""


class Workspace:
    """The scripts and the sessions folder the app works with; opens and resumes sessions."""

    def __init__(
        self, sessions_dir: Path, scripts_dir: Path | Sequence[Path] | None, clock: Clock | None
    ) -> None:
        self.store = SessionStore(sessions_dir)
        extra = [scripts_dir] if isinstance(scripts_dir, Path) else list(scripts_dir or ())
        from conversation.script_cache import ScriptCache

        self.library = load_library(script_folders(extra), ScriptCache())
        """The bundled scripts, the user's scripts folder and ``scripts_dir``, read once."""
        self.library.check_folders()
        self.clock = clock
        self.practitioner = ""
        """The practitioner's remembered name, for conversations started on the home screen."""

    def scripts(self) -> list[Script]:
        """Every readable script, default first."""
        return self.library.scripts

    def script_problems(self) -> list[str]:
        """Script files that were not loaded (bad, or an id another script has), one line each."""
        return self.library.problem_lines()

    def script(self, script_id: str | None) -> Script:
        """The script with this id (the default when None); ConversationError when unknown."""
        return self.library.get(script_id)

    def start(self, request: StartRequest) -> OpenConversation:
        """A new session in the requested mode, saved and locked."""
        from conversation.conduct import Conversation  # the role play: not needed for home

        mode = request.mode or Mode.PRACTISE
        script_id = request.script_id
        if script_id is None and mode is Mode.SUPERVISE:
            from conversation.supervision import SUPERVISION_SCRIPT_ID

            script_id = SUPERVISION_SCRIPT_ID
        script = self.script(script_id)
        if request.review_id is not None:
            self.check_reviewable(request.review_id)
        locks: list[SessionLock] = []
        try:
            conversation = Conversation.start(
                mode=mode,
                script=script,
                practitioner=request.practitioner,
                person=request.person,
                store=self.store,
                seed=request.seed,
                clock=self.clock,
                claim=lambda session_id: locks.append(self.store.acquire(session_id)),
            )
        except BaseException:
            for lock in locks:
                lock.release()
            raise
        (lock,) = locks  # the store always gives a new session an id, claimed once
        if request.review_id is not None:
            conversation.note_review(request.review_id)
        return OpenConversation(conversation, lock)

    def check_reviewable(self, session_id: str) -> None:
        """ConversationError unless ``session_id`` is a readable practise or record session."""
        from conversation.supervision import REVIEWABLE_MODES

        reviewed = self.store.load(session_id)
        if reviewed.mode not in REVIEWABLE_MODES:
            raise ConversationError(
                f"--review {session_id}: a {reviewed.mode.value} session; only practise and "
                "record sessions can be reviewed"
            )

    def resume(self, session_id: str) -> OpenConversation:
        """A saved session, locked first so no other window can write it meanwhile."""
        from conversation.conduct import Conversation

        lock = self.store.acquire(session_id)
        try:
            session = self.store.load(session_id)
            script = self.script(session.script_id)
            conversation = Conversation.resume(session, script, self.store, clock=self.clock)
        except BaseException:
            lock.release()
            raise
        return OpenConversation(conversation, lock, resumed=True)


def optional_screen(module: str, name: str) -> Any:
    """A screen class from a module that may not be installed in this release, else None."""
    try:
        return getattr(importlib.import_module(module), name)
    except ModuleNotFoundError as error:
        if error.name == module:
            return None
        raise


class ConversationApp(App[None]):
    """The 'what matters' conversation app."""

    CSS_PATH = "app.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        # Tab and shift+Tab move the focus before the next key is read: as ordinary bindings
        # they run only once the key has bubbled back up from the focused field, and keys that
        # arrived in the same burst (a paste, a fast typist) would go to the old field first.
        Binding("tab", "focus_next", "Next field", show=False, priority=True),
        Binding("shift+tab", "focus_previous", "Previous field", show=False, priority=True),
    ]
    TITLE = "What matters"

    def __init__(
        self,
        workspace: Workspace,
        opening: OpenConversation | None,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self._opening = opening
        self._open: dict[str, OpenConversation] = {}
        self._collector_paused = False
        """The garbage collector is paused until the first screen is up (see ``run``)."""
        self.preferences = preferences or Preferences(None, Settings())
        from conversation.themes import APP_THEMES

        for theme in APP_THEMES:
            self.register_theme(theme)
        if self.preferences.settings.theme is not None:
            self.theme = self.preferences.settings.theme

    def run(self, **options: Any) -> None:
        """Run the app (Textual's ``run``), with the garbage collector paused while the first
        screen is built: starting makes many objects that all live on, and looking among them
        for garbage took about 20 ms of the first screen. It runs again once the screen is
        up, and whenever the app ends."""
        self._collector_paused = gc.isenabled()
        gc.disable()
        try:
            return super().run(**options)  # what the app exited with
        finally:
            self._resume_collector()

    def _resume_collector(self) -> None:
        if self._collector_paused:
            self._collector_paused = False
            gc.enable()

    def _first_screen_up(self) -> None:
        """A moment after the first frame: collect garbage again, then ready the analysis."""
        self._resume_collector()
        self._ready_analysis()

    def get_default_screen(self) -> Screen[Any]:
        """The home screen is the first screen when no conversation was asked for, so it is
        drawn straight away rather than pushed over an empty screen."""
        if self._opening is None:
            from conversation.screens.home import HomeScreen

            return HomeScreen(self.workspace)
        return super().get_default_screen()

    def on_mount(self) -> None:
        """The requested conversation, else the home screen (which also comes back when a
        conversation opened from the command line ends)."""
        opening = self._opening
        if self._opening is not None:
            self.show_conversation(self._opening)
            self._opening = None
        else:
            self.show_home()
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.call_after_refresh(self.set_timer, WARM_UP_DELAY, self._first_screen_up)
        if self.preferences.should_ask_name(opening):
            from conversation.screens.name import NameDialog

            self.push_screen(NameDialog(), partial(self._name_given, opening))

    @work(thread=True, exit_on_error=False, group="ready-analysis")
    def _ready_analysis(self) -> None:
        """Import the analysis (its rule tables and learned weights) and run it once, so the
        first keystroke's label does not wait for it."""
        from conversation.analysis import analyse

        analyse("Tell me a bit about what matters to you.")

    def _theme_changed(self, theme: Theme) -> None:
        """Remember a theme chosen in the command palette for next time."""
        if theme.name != self.preferences.settings.theme:
            self._remember(self.preferences.settings.with_theme(theme.name))

    def _name_given(self, opening: OpenConversation | None, name: str | None) -> None:
        """Remember the practitioner's name (asked once) and put it on the open session."""
        name = name or ""
        self.workspace.practitioner = name
        self._remember(self.preferences.settings.with_name(name))
        if opening is not None and name and not opening.conversation.session.practitioner:
            opening.conversation.session.practitioner = name
            try:
                opening.conversation.save()
            except (ConversationError, OSError) as error:
                self.notify(str(error), title="Not saved", severity="error", markup=False)

    def _remember(self, settings: Settings) -> None:
        self.preferences.settings = settings
        if self.preferences.settings_file is not None:
            self._save_settings(settings, self.preferences.settings_file)

    @work(thread=True, group="settings")
    def _save_settings(self, settings: Settings, path: Path) -> None:
        try:
            save_settings(settings, path)
        except SettingsError as error:
            self.call_from_thread(
                self.notify, str(error), title="Settings", severity="error", markup=False
            )

    def show_home(self) -> None:
        """Put the home screen at the bottom of the stack, unless it is there already."""
        from conversation.screens.home import HomeScreen

        if not any(isinstance(screen, HomeScreen) for screen in self.screen_stack):
            self.push_screen(HomeScreen(self.workspace))

    def show_conversation(self, opened: OpenConversation) -> None:
        """Push the screen for an open conversation's mode."""
        from conversation.screens.conversation import ConversationScreen

        conversation = opened.conversation
        session_id = conversation.session.id
        self._open[session_id] = opened
        screen: Screen[Any]
        if conversation.session.mode is Mode.DEMONSTRATE:
            demo = optional_screen("conversation.screens.demo", "DemoScreen")
            if demo is None:
                self.close_conversation(session_id)
                self.show_home()
                self.notify("Demonstrate mode is not available yet.", severity="warning")
                return
            screen = demo(conversation.script, conversation)
        elif conversation.session.mode is Mode.SUPERVISE:
            from conversation.screens.supervise import SuperviseScreen

            screen = SuperviseScreen(conversation, self.workspace.store)
        else:
            screen = ConversationScreen(conversation)
        self.push_screen(screen, lambda _: self._conversation_closed(session_id))

    def _conversation_closed(self, session_id: str) -> None:
        """After a conversation screen: the feedback (and from it the outcomes) while the
        session stays locked, since both still write to it; then home."""
        opened = self._open.get(session_id)
        self.show_home()
        feedback = optional_screen("conversation.screens.feedback", "FeedbackScreen")
        if opened is None or opened.conversation.session.ended is None or feedback is None:
            self.close_conversation(session_id)
            if opened is not None and opened.conversation.session.ended is not None:
                self.notify(f"The conversation is saved as {session_id}.", title="Saved")
            return
        self.push_screen(
            feedback(opened.conversation), lambda _: self.close_conversation(session_id)
        )

    def close_conversation(self, session_id: str) -> None:
        """Let go of a session's lock (it was saved after every turn)."""
        opened = self._open.pop(session_id, None)
        if opened is not None:
            opened.lock.release()

    def on_unmount(self) -> None:
        """Release every lock this app holds."""
        for session_id in list(self._open):
            self.close_conversation(session_id)

    def open_or_notify(self, opener: Callable[[], OpenConversation]) -> None:
        """Open a conversation, or say clearly why it could not be opened."""
        try:
            opened = opener()
        except ConversationError as error:
            self.notify(str(error), title="Cannot open", severity="error", timeout=10, markup=False)
            return
        self.show_conversation(opened)

    def on_conversation_requested(self, message: ConversationRequested) -> None:
        """Start a new conversation chosen on the home screen."""
        practitioner = message.practitioner
        if message.mode is not Mode.RECORD:
            practitioner = practitioner or self.workspace.practitioner
        elif practitioner and self.preferences.settings.name is None:
            self._name_given(None, practitioner)
        request = StartRequest(
            mode=message.mode,
            script_id=message.script_id,
            practitioner=practitioner,
            person=message.person,
        )
        self.open_or_notify(lambda: self.workspace.start(request))

    def on_resume_requested(self, message: ResumeRequested) -> None:
        """Resume a session chosen on the home screen."""
        self.open_or_notify(lambda: self.workspace.resume(message.session_id))

    def on_report_requested(self, message: ReportRequested) -> None:
        """Show the report of a saved session (read in a worker)."""
        self._show_report(message.session_id)

    @work(thread=True, group="report")
    def _show_report(self, session_id: str) -> None:
        try:
            from conversation.report import session_report
        except ModuleNotFoundError:
            self.call_from_thread(
                self.notify, "Reports are not available in this release.", severity="warning"
            )
            return
        try:
            markdown = session_report(self.workspace.store.load(session_id))
        except (ConversationError, OSError) as error:
            self.call_from_thread(
                self.notify, str(error), title="Report", severity="error", markup=False
            )
            return
        from conversation.screens.home import ReportScreen

        self.call_from_thread(self.push_screen, ReportScreen(session_id, markdown))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The app's commands, then every action of the current screen."""
        yield from super().get_system_commands(screen)
        palette = getattr(screen, "palette_commands", None)
        if callable(palette):
            yield from palette()


def make_app(
    *,
    sessions_dir: Path,
    scripts_dir: Path | Sequence[Path] | None = None,
    start: StartRequest | None = None,
    clock: Clock | None = None,
    settings_file: Path | None = None,
    theme: str | None = None,
) -> ConversationApp:
    """Build the app. A start request for a mode or a resume opens (and locks) the session
    now, so a locked or unknown session is a ConversationError before the app runs.
    ``settings_file`` keeps the theme and the practitioner's name between runs; ``theme``
    (from ``--theme``) is checked and remembered there."""
    preferences = read_preferences(settings_file, theme)
    remembered = preferences.settings.name
    if start is not None and start.mode is not None:
        if not start.practitioner and remembered:
            start = replace(start, practitioner=remembered)
        elif start.practitioner and remembered is None and settings_file is not None:
            preferences.settings = preferences.settings.with_name(start.practitioner)
            save_settings(preferences.settings, settings_file)
    workspace = Workspace(sessions_dir, scripts_dir, clock)
    workspace.practitioner = preferences.settings.name or ""
    opening: OpenConversation | None = None
    if start is not None and start.resume_id is not None:
        opening = workspace.resume(start.resume_id)
    elif start is not None and start.mode is not None:
        opening = workspace.start(start)
    return ConversationApp(workspace, opening, preferences)
