"""The supervision screen: a reflective session between supervisor and supervisee.

The conversation screen in supervise mode: the supervisor's lines get the live labels and
trap warnings, the supervisee's words are kept verbatim (as in record mode), the guide is the
supervision guide, the question bank can put a question into the line, actions are agreed
with who and by when, and an earlier session of the supervisee's can be reviewed alongside.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from textual import work
from textual.app import SystemCommand
from textual.binding import Binding, BindingType

from conversation.conduct import Conversation
from conversation.errors import ConversationError
from conversation.messages import Capture
from conversation.screens.conversation import ConversationScreen
from conversation.screens.supervision_dialogs import (
    ActionDialog,
    QuestionBankDialog,
    ReviewPicker,
    action_line,
)
from conversation.session import Action, Session
from conversation.store import SessionStore
from conversation.supervision import reviewable_sessions
from conversation.widgets import GuidePanel, InputLine, Transcript
from conversation.widgets.board import Board
from conversation.widgets.rapport import RapportMeter
from conversation.widgets.review_panel import ReviewPanel
from conversation.widgets.supervision_guide import SupervisionGuide


class SuperviseScreen(ConversationScreen):
    """A supervision session: supervisor's lines analysed, supervisee's words verbatim."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+l", "question_bank", "Bank"),
        Binding("ctrl+t", "agree_action", "Action"),
        Binding("ctrl+s", "review", "Review", show=False),
        Binding("ctrl+r", "toggle_person_words", "Their words"),
        Binding("ctrl+g", "toggle_guide", "Guide/review", show=False),
        Binding("ctrl+b", "previous_stage", "Prev stage", show=False),
        Binding("ctrl+o", "toggle_note", "Note", show=False),
        Binding("f6", "next_trap", "Next trap in review", show=False),
        Binding("f2", "question_bank", "Question bank", show=False),
        Binding("f3", "agree_action", "Agree action", show=False),
        Binding("f4", "review", "Review a session", show=False),
    ]

    def __init__(self, conversation: Conversation, store: SessionStore | None = None) -> None:
        """``store`` is where the supervisee's earlier sessions are read from for review."""
        super().__init__(conversation)
        session = conversation.session
        self.practitioner_label = session.practitioner or "Supervisor"
        self.person_label = session.person or "Supervisee"
        self.store = store if store is not None else conversation.store

    def _heading(self) -> str:
        session = self.conversation.session
        return f"Supervision with {self.person_label} · session {session.id}"

    def on_mount(self) -> None:
        """The supervision guide and the review panel in place of the role-play panels;
        the supervisee's words are named as such; an earlier review comes back."""
        super().on_mount()
        for widget in (self.query_one(RapportMeter), self.query_one(Board),
                       self.query_one(GuidePanel)):
            widget.display = False
        guide = SupervisionGuide(self.stage, id="supervision-guide")
        guide.border_title = "Supervision guide"
        review = ReviewPanel(id="review")
        self.query_one("#side").mount(guide, review)
        line = self.query_one(InputLine)
        line.prompts[Capture.PERSON] = f"{self.person_label}'s own words (verbatim)"
        line.placeholders[Capture.PERSON] = (
            "Type the supervisee's words exactly as they said them, then Enter"
        )
        line.placeholders[Capture.PRACTITIONER] = "Type what you say, then Enter"
        line.input.placeholder = line.placeholders[Capture.PRACTITIONER]
        for action in self.conversation.session.agreed_actions:
            self.query_one(Transcript).add_event(action_line(action))
        if self.conversation.session.reviewed:
            self._load_review(self.conversation.session.reviewed[-1])

    def _show_stage(self) -> None:
        super()._show_stage()
        for guide in self.query(SupervisionGuide):
            guide.show(self.stage)

    # --- the question bank ---------------------------------------------------------------

    def action_question_bank(self) -> None:
        """Open the question bank; the chosen question goes into the line."""
        self.app.push_screen(QuestionBankDialog(), self._insert_question)

    def _insert_question(self, question: str | None) -> None:
        if question:
            self.query_one(InputLine).insert(question)

    # --- agreed actions ------------------------------------------------------------------

    def action_agree_action(self) -> None:
        """Agree an action with who and by when; it is saved with the session."""
        self.app.push_screen(ActionDialog(), self._save_action)

    def _save_action(self, action: Action | None) -> None:
        if action is None:
            return
        try:
            self.conversation.agree_action(action)
        except (ConversationError, OSError, ValueError) as error:
            self.notify(f"Could not save the action: {error}", severity="error", markup=False)
            return
        self.query_one(Transcript).add_event(action_line(action))
        self.notify("Action agreed and saved.", timeout=3)

    # --- reviewing an earlier session ----------------------------------------------------

    def action_review(self) -> None:
        """Choose one of the supervisee's earlier sessions to review alongside."""
        self._pick_review()

    @work(thread=True, exclusive=True, group="review-list")
    def _pick_review(self) -> None:
        if self.store is None:
            self.app.call_from_thread(self.notify, "There is no sessions folder to review from.")
            return
        try:
            found = self.store.list()
        except (ConversationError, OSError) as error:
            self.app.call_from_thread(
                self.notify, f"Cannot list sessions: {error}", severity="error", markup=False
            )
            return
        session = self.conversation.session
        choices = reviewable_sessions(found, session.person, exclude=(session.id,))
        self.app.call_from_thread(
            self.app.push_screen, ReviewPicker(session.person, choices), self._reviewed
        )

    def _reviewed(self, session_id: str | None) -> None:
        if session_id is None:
            return
        try:
            self.conversation.note_review(session_id)
        except (ConversationError, OSError, ValueError) as error:
            self.notify(f"Could not note the review: {error}", severity="error", markup=False)
            return
        self._load_review(session_id)

    @work(thread=True, exclusive=True, group="review-load")
    def _load_review(self, session_id: str) -> None:
        if self.store is None:
            return
        try:
            reviewed = self.store.load(session_id)
        except (ConversationError, OSError) as error:
            self.app.call_from_thread(
                self.notify, f"Cannot review {session_id}: {error}", severity="error",
                markup=False,
            )
            return
        self.app.call_from_thread(self._show_review, reviewed)

    def _show_review(self, reviewed: Session) -> None:
        self.run_worker(self.query_one(ReviewPanel).show(reviewed), group="review")
        self.query_one(SupervisionGuide).display = False

    def action_next_trap(self) -> None:
        """Move the review panel to the next line that fell into a trap."""
        review = self.query_one(ReviewPanel)
        if review.session_id is None:
            self.notify("No session under review yet: ctrl+s picks one.")
            return
        review.set_class(True, "-shown")
        self.query_one(SupervisionGuide).display = False
        if review.next_trap() is None:
            self.notify("The session under review has no trap warnings.")

    @property
    def reviewing(self) -> str | None:
        """The id of the session in the review panel, if one is open."""
        panel = self.query(ReviewPanel)
        return panel.first().session_id if panel else None

    # --- actions and the palette ----------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The supervisee's words and notes are captured as in record mode."""
        if action in ("toggle_person_words", "toggle_note"):
            return True
        return super().check_action(action, parameters)

    def action_toggle_guide(self) -> None:
        """Switch the side panel between the guide and the session under review."""
        guide = self.query_one(SupervisionGuide)
        review = self.query_one(ReviewPanel)
        if review.session_id is None:
            guide.display = not guide.display
            return
        showing_review = review.has_class("-shown")
        review.set_class(not showing_review, "-shown")
        guide.display = showing_review

    def palette_commands(self) -> Iterator[SystemCommand]:
        """Every action of this screen, for the command palette."""
        for command in super().palette_commands():
            if command.title == "Guide":
                yield SystemCommand(
                    "Guide or review",
                    "Switch the side panel between the guide and the session under review",
                    self.action_toggle_guide,
                )
            else:
                yield command
        yield SystemCommand(
            "Supervisee's words",
            "Switch the input to the supervisee's own words, kept verbatim",
            self.action_toggle_person_words,
        )
        yield SystemCommand(
            "Note (fact or opinion)",
            "Switch the input to a note, marked as fact or opinion",
            self.action_toggle_note,
        )
        yield SystemCommand(
            "Question bank", "Put a supervision question into the line", self.action_question_bank
        )
        yield SystemCommand(
            "Agree an action", "What, who and by when, saved with the session",
            self.action_agree_action,
        )
        yield SystemCommand(
            "Review a session", "Open one of the supervisee's earlier sessions alongside",
            self.action_review,
        )
        yield SystemCommand(
            "Next trap in review", "Move the review panel to the next trap warning",
            self.action_next_trap,
        )
