"""The input line: what the practitioner types, with its live act label and trap warnings.

Every keystroke runs the live analysis on the whole line (well under a millisecond), so the
label and any warning follow the typing. In record mode the same line can capture the
person's own words or a note instead; those are kept verbatim and not analysed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import Input, Static

from conversation.messages import Capture, LineSubmitted
from conversation.model import Act, Trap, TrapWarning
from conversation.widgets.exact_text import ExactInput
from conversation.widgets.transcript import visible

if TYPE_CHECKING:
    from conversation.analysis import Context, LiveAnalyser


def highlight_evidence(text: str, evidence: str) -> Text:
    """The line with the trap's evidence highlighted wherever it occurs."""
    line = Text(visible(text))
    evidence = visible(evidence)
    if evidence:
        line.highlight_words([evidence], style="bold reverse", case_sensitive=False)
    return line


def warning_text(text: str, warning: TrapWarning) -> Text:
    """One warning: the trap's name, the line with its evidence, why it matters, a better way."""
    out = Text()
    out.append(f"⚠ {warning.trap.title} trap", style="bold")
    out.append(f" ({warning.trap.stance})\n")
    out.append("  “")
    out.append_text(highlight_evidence(text, warning.evidence))
    out.append("”\n")
    out.append(f"  {warning.message}\n")
    out.append("  Try: ", style="bold")
    out.append(warning.suggestion)
    return out


def brief_warning_text(warning: TrapWarning) -> Text:
    """One of several warnings, kept short so all of them fit: the trap, its evidence, and a
    better way (the full line, the trap's stance and why it matters are in the feedback)."""
    out = Text()
    out.append(f"⚠ {warning.trap.title} trap", style="bold")
    out.append(": “")
    out.append(visible(warning.evidence), style="bold reverse")
    out.append("”\n")
    out.append("  Try: ", style="bold")
    out.append(warning.suggestion)
    return out


def warnings_text(text: str, warnings: Sequence[TrapWarning]) -> Text:
    """Every warning on the line: in full when there is one, briefly when there are more."""
    if len(warnings) == 1:
        return warning_text(text, warnings[0])
    out = Text()
    for index, warning in enumerate(warnings):
        if index:
            out.append("\n")
        out.append_text(brief_warning_text(warning))
    return out


def hang(text: Text, width: int, console: Console) -> Text:
    """The text wrapped to ``width`` cells, each wrapped line indented like the line it came
    from (a line starting '⚠ ' continues under its first word), so the warnings stay
    readable when they wrap."""
    out = Text()
    for number, line in enumerate(text.split("\n")):
        plain = line.plain
        indent = 2 if plain.startswith("⚠ ") else len(plain) - len(plain.lstrip(" "))
        if number:
            out.append("\n")
        if width - indent < 12:
            out.append_text(line)
            continue
        prefix, rest = line[:indent], line[indent:]
        for index, piece in enumerate(rest.wrap(console, width - indent)):
            if index:
                out.append("\n")
            out.append_text(prefix if index == 0 else Text(" " * indent))
            out.append_text(piece)
    return out


class InputLine(Vertical):
    """The line being typed, its live label and its warnings."""

    DEFAULT_CSS = """
    InputLine { height: auto; max-height: 50%; }
    InputLine #input-head { height: 1; }
    InputLine #capture { width: 1fr; text-style: bold; }
    InputLine #act-label { width: auto; color: $accent; text-style: bold; }
    InputLine #warnings { height: auto; max-height: 14; color: $warning; padding: 0 1;
                          overflow-y: auto; scrollbar-gutter: stable; scrollbar-size-vertical: 1; }
    InputLine #warnings.-none { display: none; }
    InputLine.-verbatim #capture { color: $secondary; }
    """

    capture: reactive[Capture] = reactive(Capture.PRACTITIONER)
    """What the line captures: the practitioner's line, the person's words or a note."""

    def __init__(
        self,
        context: Callable[[str], Sequence[TrapWarning]] | None = None,
        *,
        knowledge: Callable[[], Context] | None = None,
        id: str | None = None,
    ) -> None:
        """``context`` gives the warnings a line would get as the next turn of the conversation
        (the question-and-answer run); the live analysis gives the rest. ``knowledge`` gives
        what the conversation knows so far, so suggestions speak of the person's topics."""
        super().__init__(id=id)
        self._run_warnings = context
        self._knowledge = knowledge
        self._live: LiveAnalyser | None = None
        self.act: Act | None = None
        """The live act of the line being typed (practitioner lines only)."""
        self.warnings: list[TrapWarning] = []
        """The live warnings on the line being typed."""
        self.prompts: dict[Capture, str] = {capture: capture.prompt for capture in Capture}
        """The prompt above the line for each capture (a screen may name the person)."""
        self.placeholders: dict[Capture, str] = {
            Capture.PRACTITIONER: "Type what you would say, then Enter",
            Capture.PERSON: "Type the person's words exactly as they said them, then Enter",
            Capture.NOTE_FACT: "A note of fact, then Enter",
            Capture.NOTE_OPINION: "A note of opinion, then Enter",
        }
        """The placeholder in the empty line for each capture."""
        self._shown: tuple[str, list[TrapWarning]] | None = None
        """The line and warnings on show, to draw again when the width changes."""

    def compose(self) -> ComposeResult:
        """Prompt and label on one row, the input, then the warnings."""
        with Horizontal(id="input-head"):
            yield Static(Capture.PRACTITIONER.prompt, id="capture")
            yield Static(id="act-label")
        yield ExactInput(placeholder="Type what you would say, then Enter", id="line")
        yield Static(id="warnings", classes="-none")

    def on_mount(self) -> None:
        """The line has the focus from the start, so typing can begin at once."""
        self.query_one(Input).focus()

    @property
    def input(self) -> Input:
        """The Input widget itself."""
        return self.query_one("#line", Input)

    def insert(self, text: str) -> None:
        """Put ``text`` into the line as the practitioner's own (after what is typed already,
        if anything), ready to edit or send; the live label and warnings follow."""
        self.capture = Capture.PRACTITIONER
        typed = self.input.value.rstrip()
        self.input.value = f"{typed} {text}" if typed else text
        self.input.cursor_position = len(self.input.value)
        self.input.focus()

    def watch_capture(self, capture: Capture) -> None:
        """Show what is being captured and re-analyse (or clear) the line."""
        if not self.is_mounted:
            return
        self.query_one("#capture", Static).update(self.prompts[capture])
        self.set_class(capture is Capture.PERSON, "-verbatim")
        self.input.placeholder = self.placeholders[capture]
        self._analyse(self.input.value)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Analyse the line on every keystroke."""
        event.stop()
        self._analyse(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Send a non-empty line up and start afresh."""
        event.stop()
        text = event.value
        if not text.strip():
            return
        self.input.value = ""
        self._live = None
        self._analyse("")
        self.post_message(LineSubmitted(text, self.capture))

    @property
    def _analyser(self) -> LiveAnalyser:
        """The live analysis of the line being typed, made (and the analysis imported) at the
        first keystroke rather than with the screen."""
        if self._live is None:
            from conversation.analysis import LiveAnalyser

            self._live = LiveAnalyser()
        return self._live

    def _draw_warnings(self) -> None:
        """Draw the warnings on show, wrapped with their indents at the current width."""
        if self._shown is None:
            return
        text, shown = self._shown
        warnings = self.query_one("#warnings", Static)
        width = warnings.scrollable_content_region.width
        warnings.update(hang(warnings_text(text, shown), width, self.app.console))

    def on_resize(self, _event: events.Resize) -> None:
        """A new width wraps the warnings afresh."""
        self.call_after_refresh(self._draw_warnings)

    def _analyse(self, text: str) -> None:
        label = self.query_one("#act-label", Static)
        warnings = self.query_one("#warnings", Static)
        if self.capture is not Capture.PRACTITIONER or not text.strip():
            self.act, self.warnings = None, []
            self._shown = None
            label.update("")
            warnings.update("")
            warnings.add_class("-none")
            return
        if self._knowledge is not None and self._analyser.context is None:
            self._analyser.context = self._knowledge()
        self._shown = None
        analysis = self._analyser.update(text)
        self.act, self.warnings = analysis.act, list(analysis.warnings)
        if self._run_warnings is not None and analysis.act.is_question:
            found = {warning.trap for warning in self.warnings}
            self.warnings += [
                warning
                for warning in self._run_warnings(text)
                if warning.trap is Trap.QUESTION_AND_ANSWER and warning.trap not in found
            ]
        label.update(Text(f"▸ {analysis.act.title}"))
        if self.warnings:
            self._shown = (text, list(self.warnings))
            self._draw_warnings()
            warnings.remove_class("-none")
        else:
            warnings.update("")
            warnings.add_class("-none")
