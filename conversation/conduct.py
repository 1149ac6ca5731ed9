"""The conversation controller: one session in progress, whatever the screen that shows it.

Pure domain code, called by the Textual screens and by tests. It labels each practitioner
line (act and traps, with the conversation-level question-and-answer rule), lets the scripted
person answer in practise mode, fills the 'what matters' board, keeps time per stage, and
saves the session through the store after every change, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from conversation.model import Mode, Speaker, Stage, pseudonym_or_default
from conversation.roleplay import PersonReply, RolePlay
from conversation.script import Script
from conversation.session import Action, BoardEntry, Note, RoleplayState, Session, Turn

if TYPE_CHECKING:
    from conversation.analysis import Analysis, Context, Feedback
    from conversation.store import SessionStore

Clock = Callable[[], datetime]

PERSON_SPEAKS = (Mode.PRACTISE,)
"""Modes in which the scripted person answers each practitioner line."""
NAMED_PERSON_MODES = (Mode.PRACTISE, Mode.DEMONSTRATE)
"""Modes in which the person is the script's invented person unless named otherwise."""


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


@dataclass
class Exchange:
    """One practitioner line and what came of it."""

    turn: Turn
    reply: Turn | None
    board_added: list[BoardEntry] = field(default_factory=list)
    rapport: int = 0
    person: PersonReply | None = None
    """The scripted person's full reply (its reaction and facts), in practise mode."""


@dataclass
class StageChange:
    """A move to another stage, with any stages jumped over that had no practitioner lines."""

    stage: Stage
    skipped: list[Stage] = field(default_factory=list)


class Conversation:
    """A session in progress: say, record, note, move between stages, finish."""

    def __init__(
        self,
        session: Session,
        script: Script,
        store: SessionStore | None,
        clock: Clock | None = None,
    ) -> None:
        """Wrap an existing session; prefer ``start`` or ``resume``."""
        self.session = session
        self.script = script
        self.store = store
        self._clock: Clock = clock or utc_now
        said = [turn.text for turn in session.turns if turn.speaker is Speaker.PERSON]
        self.roleplay = RolePlay(script, session.roleplay, said)
        self._stage_since = self._clock()

    # ----------------------------------------------------------------- creating

    @classmethod
    def start(
        cls,
        *,
        mode: Mode,
        script: Script,
        practitioner: str,
        person: str | None,
        store: SessionStore | None,
        seed: int = 0,
        clock: Clock | None = None,
        claim: Callable[[str], object] | None = None,
    ) -> Conversation:
        """A new session, saved at once; in practise mode the person has spoken first.
        ``claim`` is called with the new id before the first save (the app locks it there)."""
        now = (clock or utc_now)()
        if mode in NAMED_PERSON_MODES and person is None:
            person = script.person.name
        elif mode is Mode.RECORD:
            person = pseudonym_or_default(person)
        elif person is None:
            person = ""
        session_id = store.new_id(now) if store is not None else ""
        if claim is not None and session_id:
            claim(session_id)
        session = Session(
            id=session_id or f"session-{now:%Y%m%d-%H%M%S}",
            mode=mode,
            script_id=script.meta.id,
            script_version=script.meta.version,
            practitioner=practitioner,
            person=person,
            started=now,
            updated=now,
            roleplay=RoleplayState(seed=seed),
        )
        conversation = cls(session, script, store, clock)
        if mode in PERSON_SPEAKS:
            opening = conversation.roleplay.opening()
            session.turns.append(
                Turn(Speaker.PERSON, session.stage, opening, now, rapport=conversation.rapport)
            )
        conversation.save()
        return conversation

    @classmethod
    def resume(
        cls,
        session: Session,
        script: Script,
        store: SessionStore | None,
        clock: Clock | None = None,
    ) -> Conversation:
        """Carry on a saved session exactly where it stopped (stage, board, the person)."""
        return cls(session, script, store, clock)

    # ----------------------------------------------------------------- the turns

    @property
    def mode(self) -> Mode:
        """The session's mode."""
        return self.session.mode

    @property
    def stage(self) -> Stage:
        """The stage the conversation is in."""
        return self.session.stage

    @property
    def rapport(self) -> int:
        """The scripted person's rapport, 0 (closed down) to 5 (open)."""
        return self.session.roleplay.rapport

    def analyse(self, text: str) -> Analysis:
        """How ``text`` would be labelled if said next (for the live label while typing):
        its act and traps, the question-and-answer run it would extend, and suggestions
        fitted to what the person has said so far."""
        # The analysis is imported on first use, off the first screen's path (the app reads
        # it in a worker just after the first screen is drawn).
        from conversation.analysis import adds_to_question_run, analyse, with_question_run

        context = self.context()
        analysis = analyse(text, context=context)
        if adds_to_question_run(analysis):
            analysis = with_question_run(analysis, self._run_so_far() + 1, context)
        return analysis

    def context(self) -> Context:
        """What the conversation knows so far: the stage, the topics the person has raised
        and their own latest lines."""
        from conversation.analysis import Context
        from conversation.analysis.context import LINES_KEPT

        session = self.session
        lines = [turn.text for turn in session.turns if turn.speaker is Speaker.PERSON]
        topics = self.roleplay.raised_topics() if session.mode in PERSON_SPEAKS else ()
        return Context.of(session.stage, topics, tuple(lines[-LINES_KEPT:]))

    def say(self, text: str) -> Exchange:
        """The practitioner says ``text``: label it, let the person answer, save."""
        if not text.strip():
            raise ValueError("Type something to say first.")
        analysis = self.analyse(text)
        now = self._clock()
        stage = self.session.stage
        turn = Turn(
            speaker=Speaker.PRACTITIONER,
            stage=stage,
            text=text,
            time=now,
            act=analysis.act,
            warnings=list(analysis.warnings),
        )
        self.session.turns.append(turn)
        reply_turn: Turn | None = None
        added: list[BoardEntry] = []
        person: PersonReply | None = None
        if self.session.mode in PERSON_SPEAKS:
            person = self.roleplay.respond(text, analysis, stage)
            reply_turn = Turn(
                speaker=Speaker.PERSON,
                stage=stage,
                text=person.text,
                time=now,
                revealed=[fact.id for fact in person.revealed],
                rapport=self.rapport,
            )
            self.session.turns.append(reply_turn)
            on_board = {entry.fact_id for entry in self.session.board if entry.fact_id}
            for fact in person.revealed:
                if fact.id in on_board:
                    continue
                entry = BoardEntry(fact.kind, fact.summary, fact_id=fact.id, scale=fact.scale)
                self.session.board.append(entry)
                added.append(entry)
        self.save()
        return Exchange(turn, reply_turn, added, self.rapport, person)

    def record_person(self, text: str) -> Turn:
        """Record the person's own words, verbatim (record mode; the supervisee's in supervise
        mode), and save."""
        if not text.strip():
            raise ValueError("Type the person's words first.")
        turn = Turn(Speaker.PERSON, self.session.stage, text, self._clock(), own_words=True)
        self.session.turns.append(turn)
        self.save()
        return turn

    def add_note(self, text: str, is_opinion: bool) -> Note:
        """Add a free note, marked as fact or opinion, and save."""
        if not text.strip():
            raise ValueError("Type the note first.")
        note = Note(text, is_opinion, self._clock())
        self.session.notes.append(note)
        self.save()
        return note

    def agree_action(self, action: Action) -> Action:
        """Keep an action agreed in the session (what, who, by when, why), and save."""
        if not action.what.strip():
            raise ValueError("Say what will be done.")
        self.session.agreed_actions.append(action)
        self.save()
        return action

    def note_review(self, session_id: str) -> None:
        """Note that an earlier session was looked at alongside this one, and save."""
        if session_id == self.session.id:
            raise ValueError("A session cannot review itself.")
        if session_id not in self.session.reviewed:
            self.session.reviewed.append(session_id)
            self.save()

    # ----------------------------------------------------------------- stages and time

    def set_stage(self, stage: Stage) -> StageChange:
        """Move to ``stage`` (the practitioner's choice); report stages jumped over unused."""
        current = self.session.stage
        skipped: list[Stage] = []
        if stage.number > current.number + 1:
            used = {
                turn.stage for turn in self.session.turns if turn.speaker is Speaker.PRACTITIONER
            }
            skipped = [
                between
                for between in Stage
                if current.number < between.number < stage.number and between not in used
            ]
        self._fold_time()
        self.session.stage = stage
        self.save()
        return StageChange(stage, skipped)

    def stage_seconds(self) -> dict[Stage, float]:
        """Seconds spent in each stage so far, including the time in the current one."""
        seconds = {stage: self.session.stage_seconds.get(stage, 0.0) for stage in Stage}
        seconds[self.session.stage] += self._running_seconds()
        return seconds

    def skipped_stages(self) -> list[Stage]:
        """Stages before the current one with no practitioner lines in them."""
        used = {turn.stage for turn in self.session.turns if turn.speaker is Speaker.PRACTITIONER}
        return [stage for stage in Stage if stage.number < self.stage.number and stage not in used]

    # ----------------------------------------------------------------- ending and saving

    def finish(self) -> Feedback:
        """End the conversation: work out the feedback, keep its figures, save."""
        from conversation.analysis import feedback

        self._fold_time()
        self.session.ended = self._clock()

        result = feedback(self.session.turns)
        self.session.feedback = result.to_dict()
        self.save()
        return result

    def save(self) -> None:
        """Save the session through the store (time in the current stage included)."""
        self._fold_time()
        self.session.updated = self._clock()
        if self.store is not None:
            self.store.save(self.session)

    # ----------------------------------------------------------------- helpers

    def _running_seconds(self) -> float:
        """Seconds in the current stage since they were last added up (never negative)."""
        if self.session.ended is not None:
            return 0.0
        return max(0.0, (self._clock() - self._stage_since).total_seconds())

    def _fold_time(self) -> None:
        """Add the running time to the current stage's total."""
        now = self._clock()
        elapsed = max(0.0, (now - self._stage_since).total_seconds())
        if self.session.ended is not None:
            elapsed = 0.0  # saving after the end (the self-review) adds no time to a stage
        stage = self.session.stage
        self.session.stage_seconds[stage] = self.session.stage_seconds.get(stage, 0.0) + elapsed
        self._stage_since = now

    def _run_so_far(self) -> int:
        """How many closed or leading questions the practitioner has asked since their last
        reflection or summary (read from the saved labels, so no line is analysed again)."""
        from conversation.analysis.question_run import adds_to_run, ends_run

        run = 0
        for turn in reversed(self.session.turns):
            if turn.speaker is not Speaker.PRACTITIONER or turn.act is None:
                continue
            if ends_run(turn.act):
                break
            if adds_to_run(turn.text, turn.act, (warning.trap for warning in turn.warnings)):
                run += 1
        return run
