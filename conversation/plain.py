"""Plain mode: a practise or record conversation as line-by-line prompts (questionary).

For screen readers and terminals without full-screen support. Each line is one prompt or one
printed line of text, with no layout to read around. The domain's ``Conversation`` does the
work exactly as on the conversation screen: the same labels and trap warnings, the same
replies from the scripted person, the same stages, and the same session saved after every
turn. Commands start with ``/`` (``/help`` lists them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from conversation.conduct import Conversation
from conversation.errors import ConversationError
from conversation.model import Act, Mode, Stage, TrapWarning
from conversation.session import BoardEntry

Say = Callable[[str], None]

RAPPORT_WORDS = ("closed down", "guarded", "wary", "at ease", "open", "very open")
"""How the scripted person is, by rapport 0 to 5 (the words of the rapport indicator)."""

PRACTITIONER_PROMPT = "You say:"
PERSON_PROMPT = "The person's own words (verbatim):"
FACT_PROMPT = "Note (fact):"
OPINION_PROMPT = "Note (opinion):"

COMMANDS: tuple[tuple[str, str, tuple[Mode, ...]], ...] = (
    ("/next", "move on to the next stage", (Mode.PRACTISE, Mode.RECORD)),
    ("/back", "go back a stage", (Mode.PRACTISE, Mode.RECORD)),
    ("/stage N", "go to stage N (1 to 5)", (Mode.PRACTISE, Mode.RECORD)),
    ("/guide", "the current stage's purpose and what you might say", (Mode.PRACTISE, Mode.RECORD)),
    ("/board", "what the person has told you so far", (Mode.PRACTISE,)),
    ("/person", "the person's own words, kept exactly as typed", (Mode.RECORD,)),
    ("/fact", "a note of fact", (Mode.RECORD,)),
    ("/opinion", "a note of opinion", (Mode.RECORD,)),
    ("/finish", "end the conversation and hear the feedback", (Mode.PRACTISE, Mode.RECORD)),
    ("/help", "this list", (Mode.PRACTISE, Mode.RECORD)),
)


class PlainStopped(ConversationError):
    """The user left plain mode with Ctrl+C or the end of input (the session is saved)."""


class Asker(Protocol):
    """Asks one question at a time and returns the answer."""

    def text(self, message: str, default: str = "") -> str:
        """A line of text; raises PlainStopped when the user stops."""

    def confirm(self, message: str, default: bool) -> bool:
        """Yes or no; raises PlainStopped when the user stops."""


class QuestionaryAsker:
    """Asks through questionary; ``input`` and ``output`` are prompt_toolkit's (tests pass a
    pipe input and a dummy output)."""

    def __init__(self, input: Any = None, output: Any = None) -> None:
        self._io: dict[str, Any] = {}
        if input is not None:
            self._io["input"] = input
        if output is not None:
            self._io["output"] = output

    def text(self, message: str, default: str = "") -> str:
        """A line of text, exactly as typed."""
        import questionary

        return str(self._ask(questionary.text(message, default=default, **self._io)))

    def confirm(self, message: str, default: bool) -> bool:
        """Yes or no."""
        import questionary

        return bool(self._ask(questionary.confirm(message, default=default, **self._io)))

    @staticmethod
    def _ask(question: Any) -> Any:
        try:
            value = question.unsafe_ask()
        except (KeyboardInterrupt, EOFError) as error:
            raise PlainStopped("stopped") from error
        if value is None:
            raise PlainStopped("stopped")
        return value


def counted(number: int, one: str, many: str | None = None) -> str:
    """'1 line', '2 lines'."""
    return f"{number} {one if number == 1 else many or one + 's'}"


def act_line(act: Act) -> str:
    """The label of a line, as the input line shows it."""
    return f"Label: {act.title}"


def warning_lines(text: str, warning: TrapWarning) -> list[str]:
    """One trap warning as plain lines: the trap, its evidence, why it matters, a better way."""
    return [
        f"Warning: {warning.trap.title} trap ({warning.trap.stance}).",
        f"  The words: “{warning.evidence or text}”.",
        f"  {warning.message}",
        f"  Try: {warning.suggestion}",
    ]


def stage_line(stage: Stage) -> str:
    """The stage, its number of five and its purpose."""
    return f"Stage {stage.number} of {len(Stage)}: {stage.title}. {stage.purpose}"


def rapport_line(rapport: int) -> str:
    """How open the scripted person is, in words."""
    level = max(0, min(len(RAPPORT_WORDS) - 1, rapport))
    return f"Rapport {level} of {len(RAPPORT_WORDS) - 1}: {RAPPORT_WORDS[level]}."


def board_line(entry: BoardEntry) -> str:
    """One thing on the 'what matters' board."""
    scale = f" ({entry.scale} out of 10)" if entry.scale is not None else ""
    return f"On the board, {entry.kind.title}: {entry.text}{scale}"


class PlainConversation:
    """Runs one open conversation as prompts and printed lines until it is finished or the
    user stops."""

    def __init__(self, conversation: Conversation, ask: Asker, say: Say) -> None:
        self.conversation = conversation
        self.ask = ask
        self.say = say
        session = conversation.session
        self.mode = session.mode
        self.person = session.person or conversation.script.person.name

    # ------------------------------------------------------------------ the loop

    def run(self) -> bool:
        """Converse until /finish (True) or until the user stops (False); saved throughout."""
        self._introduce()
        while True:
            try:
                line = self.ask.text(PRACTITIONER_PROMPT)
            except PlainStopped:
                self._stopped()
                return False
            try:
                if self._command(line):
                    return True
            except PlainStopped:
                self._stopped()
                return False
            except (ConversationError, OSError) as error:
                self.say(f"Could not save that: {error}")

    def _introduce(self) -> None:
        session = self.conversation.session
        script = self.conversation.script
        if self.mode is Mode.RECORD:
            self.say(f"Recording a conversation with {self.person}. Session {session.id}.")
        else:
            self.say(f"Practise: {script.meta.title}. Session {session.id}.")
            self.say(script.person.background)
        self.say(stage_line(self.conversation.stage))
        self.say("Type what you would say, then Enter. Type /help for the commands.")
        for turn in session.turns:
            who = "You" if turn.speaker.value == "practitioner" else self.person
            self.say(f"{who}: {turn.text}")

    def _stopped(self) -> None:
        session_id = self.conversation.session.id
        self.say(
            f"Stopped. Everything so far is saved as session {session_id}; "
            f"'conversation resume {session_id}' carries it on."
        )

    def _command(self, line: str) -> bool:
        """Carry out one entered line; True when the conversation has finished."""
        word, _, rest = line.strip().partition(" ")
        if not line.strip():
            self.say("Type something to say first, or /help.")
            return False
        if not line.startswith("/") or line.startswith("//"):
            self._practitioner_line(line[1:] if line.startswith("//") else line)
            return False
        command = word.lower()
        if command == "/finish":
            self._finish()
            return True
        if command == "/help":
            self._help()
        elif command in ("/next", "/back"):
            stage = self.conversation.stage
            target = stage.next() if command == "/next" else stage.previous()
            if target is None:
                self.say("There is no stage after this one." if command == "/next" else
                         "This is the first stage.")
            else:
                self._go_to(target)
        elif command == "/stage":
            self._stage_command(rest)
        elif command == "/guide":
            self._guide()
        elif command == "/board" and self.mode is Mode.PRACTISE:
            self._board()
        elif command in ("/person", "/fact", "/opinion") and self.mode is Mode.RECORD:
            self._record(command, line.lstrip()[len(command) + 1 :])
        else:
            self.say(f"Unknown command {word}. Type /help for the commands, or // to start a "
                     "line with a slash.")
        return False

    # ------------------------------------------------------------------ lines

    def _practitioner_line(self, text: str) -> None:
        """Label the line, warn of any trap and ask before saying it; then say it."""
        while True:
            analysis = self.conversation.analyse(text)
            self.say(act_line(analysis.act))
            for warning in analysis.warnings:
                for printed in warning_lines(text, warning):
                    self.say(printed)
            if not analysis.warnings or self.ask.confirm("Say it as it is?", default=False):
                break
            text = self.ask.text("Say it another way:", default=text)
            if not text.strip():
                self.say("Nothing was said.")
                return
            if text.startswith("/"):
                self._command(text)
                return
        exchange = self.conversation.say(text)
        if exchange.reply is not None:
            self.say(f"{self.person}: {exchange.reply.text}")
            for entry in exchange.board_added:
                self.say(board_line(entry))
            self.say(rapport_line(exchange.rapport))

    def _record(self, command: str, text: str) -> None:
        """Record the person's words verbatim, or a note of fact or opinion."""
        prompts = {"/person": PERSON_PROMPT, "/fact": FACT_PROMPT, "/opinion": OPINION_PROMPT}
        if not text.strip():
            text = self.ask.text(prompts[command])
        if not text.strip():
            self.say("Nothing was recorded.")
            return
        if command == "/person":
            self.conversation.record_person(text)
            self.say(f"Recorded, in {self.person}'s own words.")
        else:
            self.conversation.add_note(text, is_opinion=command == "/opinion")
            self.say(f"Noted as {'opinion' if command == '/opinion' else 'fact'}.")

    # ------------------------------------------------------------------ stages

    def _stage_command(self, rest: str) -> None:
        try:
            number = int(rest.strip())
        except ValueError:
            number = 0
        if not 1 <= number <= len(Stage):
            self.say(f"Give a stage number from 1 to {len(Stage)}, for example /stage 2.")
            return
        self._go_to(list(Stage)[number - 1])

    def _go_to(self, stage: Stage) -> None:
        if stage is self.conversation.stage:
            self.say(f"You are already in stage {stage.number}.")
            return
        change = self.conversation.set_stage(stage)
        self.say(stage_line(stage))
        if change.skipped:
            titles = ", ".join(skipped.title for skipped in change.skipped)
            self.say(f"You moved past {titles}. That is your choice; you can go back any time.")

    def _guide(self) -> None:
        stage = self.conversation.stage
        self.say(stage_line(stage))
        self.say(stage.guidance)
        guide = self.conversation.script.stages.get(stage)
        prompts = guide.prompts if guide is not None and self.mode is Mode.PRACTISE else ()
        if prompts:
            self.say("You might say:")
            for prompt in prompts:
                self.say(f"  {prompt}")

    def _board(self) -> None:
        board = self.conversation.session.board
        if not board:
            self.say("Nothing on the board yet.")
        for entry in board:
            self.say(board_line(entry))

    def _help(self) -> None:
        self.say("Commands:")
        for name, what, modes in COMMANDS:
            if self.mode in modes:
                self.say(f"  {name}: {what}")
        self.say("Anything else is said to the person. Start a line with // to say a line "
                 "that begins with a slash.")

    # ------------------------------------------------------------------ the end

    def _finish(self) -> None:
        result = self.conversation.finish()
        session_id = self.conversation.session.id
        self.say("The conversation is finished. Feedback:")
        self.say(
            f"You said {counted(result.practitioner_turns, 'line')}: "
            f"{counted(result.questions, 'question')}, "
            f"{counted(result.reflections, 'reflection')}, "
            f"{counted(result.summaries, 'summary', 'summaries')}, "
            f"{counted(result.trap_count, 'trap warning')}."
        )
        for line in result.guidance:
            self.say(line)
        for trap, lines in result.traps.items():
            for trap_line in lines:
                self.say(f"{trap.title} trap in: “{trap_line.text}”")
        seconds = self.conversation.stage_seconds()
        for stage in Stage:
            self.say(f"Time in stage {stage.number}, {stage.title}: {round(seconds[stage])} s.")
        self.say(
            f"Saved as session {session_id}. 'conversation report {session_id}' shows the "
            "full report."
        )
