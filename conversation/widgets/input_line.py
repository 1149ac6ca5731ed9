"""The input line: what the practitioner types, with its live act label and trap warnings.

Every keystroke runs the live analysis on the whole line (well under a millisecond), so the
label and any warning follow the typing. In record mode the same line can capture the
person's own words or a note instead; those are kept verbatim and not analysed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import Input, Static

from conversation.messages import Capture, LineSubmitted
from conversation.model import Act, Trap, TrapWarning
from conversation.widgets.transcript import visible

if TYPE_CHECKING:
    from conversation.analysis import LiveAnalyser


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


class InputLine(Vertical):
    """The line being typed, its live label and its warnings."""

    DEFAULT_CSS = """
    InputLine { height: auto; max-height: 50%; }
    InputLine #input-head { height: 1; }
    InputLine #capture { width: 1fr; text-style: bold; }
    InputLine #act-label { width: auto; color: $accent; text-style: bold; }
    InputLine #warnings { height: auto; max-height: 14; color: $warning; padding: 0 1;
                          overflow-y: auto; }
    InputLine #warnings.-none { display: none; }
    InputLine.-verbatim #capture { color: $secondary; }
    """

    capture: reactive[Capture] = reactive(Capture.PRACTITIONER)
    """What the line captures: the practitioner's line, the person's words or a note."""

    def __init__(
        self,
        context: Callable[[str], Sequence[TrapWarning]] | None = None,
        *,
        id: str | None = None,
    ) -> None:
        """``context`` gives the warnings a line would get as the next turn of the conversation
        (the question-and-answer run); the live analysis gives the rest."""
        super().__init__(id=id)
        self._run_warnings = context
        self._analyser: LiveAnalyser | None = None
        """Made on the first line typed: the analysis is imported after the first frame."""
        self.act: Act | None = None
        """The live act of the line being typed (practitioner lines only)."""
        self.warnings: list[TrapWarning] = []
        """The live warnings on the line being typed."""

    def compose(self) -> ComposeResult:
        """Prompt and label on one row, the input, then the warnings."""
        with Horizontal(id="input-head"):
            yield Static(Capture.PRACTITIONER.prompt, id="capture")
            yield Static(id="act-label")
        yield Input(placeholder="Type what you would say, then Enter", id="line")
        yield Static(id="warnings", classes="-none")

    def on_mount(self) -> None:
        """The line has the focus from the start, so typing can begin at once."""
        self.query_one(Input).focus()

    @property
    def input(self) -> Input:
        """The Input widget itself."""
        return self.query_one("#line", Input)

    def watch_capture(self, capture: Capture) -> None:
        """Show what is being captured and re-analyse (or clear) the line."""
        if not self.is_mounted:
            return
        self.query_one("#capture", Static).update(capture.prompt)
        self.set_class(capture is Capture.PERSON, "-verbatim")
        placeholders = {
            Capture.PRACTITIONER: "Type what you would say, then Enter",
            Capture.PERSON: "Type the person's words exactly as they said them, then Enter",
            Capture.NOTE_FACT: "A note of fact, then Enter",
            Capture.NOTE_OPINION: "A note of opinion, then Enter",
        }
        self.input.placeholder = placeholders[capture]
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
        self._analyser = None
        self._analyse("")
        self.post_message(LineSubmitted(text, self.capture))

    def _analyse(self, text: str) -> None:
        label = self.query_one("#act-label", Static)
        warnings = self.query_one("#warnings", Static)
        if self.capture is not Capture.PRACTITIONER or not text.strip():
            self.act, self.warnings = None, []
            label.update("")
            warnings.update("")
            warnings.add_class("-none")
            return
        if self._analyser is None:
            from conversation.analysis import LiveAnalyser

            self._analyser = LiveAnalyser()
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
            out = Text()
            for index, warning in enumerate(self.warnings):
                if index:
                    out.append("\n")
                out.append_text(warning_text(text, warning))
            warnings.update(out)
            warnings.remove_class("-none")
        else:
            warnings.update("")
            warnings.add_class("-none")
