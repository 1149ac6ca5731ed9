"""Provisional analysis while the practitioner types: labels settle instead of flickering.

The act is re-read only at a word boundary (or when a question mark, a full stop or a
clear change arrives); in the middle of a word the previous act stays.

A warning from the rules appears as soon as its evidence has been typed; one that only the
learned back-up models raise waits until it has held at two word ends in a row (a guess
from half an utterance is not shown). A warning then holds while that evidence stays on the
line: half-typed words ("You shouldn" on the way to "You shouldn't", "what you" on the way
to "what your teacher told me") and words still to come do not make it come and go. It is
let go when the evidence is deleted or changed, when a sentence ends without it, or when
the utterance, read again at four word ends in a row, no longer carries it (the sentence
turned out to be, say, a reflection of mixed feelings).
"""

from __future__ import annotations

from dataclasses import dataclass

from conversation.analysis import Analysis, analyse
from conversation.analysis.context import Context
from conversation.model import Act, Trap, TrapWarning

CONFIRM_AFTER = 2
"""Word ends in a row at which a learned-only warning must be seen before it is shown."""
RELEASE_AFTER = 4
"""Word ends in a row without the warning before a held warning is let go."""


@dataclass
class _Held:
    warning: TrapWarning
    prefix: str
    """The text up to the end of the evidence when the warning was last seen."""
    missing: int = 0
    """Word boundaries in a row at which a fresh reading lacked the warning."""


def _prefix_through(text: str, evidence: str) -> str:
    """The text up to the end of the last occurrence of the evidence ("" if absent)."""
    position = text.rfind(evidence)
    return text[: position + len(evidence)] if position >= 0 and evidence else ""


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "?", "!"))


class LiveAnalyser:
    """Analyse text as it is typed, keeping the act and the warnings steady."""

    def __init__(self, context: Context | None = None) -> None:
        """Start with nothing typed; ``context`` fits the suggestions to the person."""
        self.context = context
        """What the conversation knows so far (may be replaced between keystrokes)."""
        self._text = ""
        self._last: Analysis = Analysis("", Act.OTHER, ())
        self._settled: Act = Act.OTHER
        self._held: dict[Trap, _Held] = {}
        self._pending: dict[Trap, int] = {}
        """Word ends in a row at which a learned-only warning has been seen."""

    @property
    def current(self) -> Analysis:
        """The latest provisional analysis."""
        return self._last

    def reset(self) -> None:
        """Forget the text typed so far (after a turn is sent); the context is kept."""
        self.__init__(self.context)  # type: ignore[misc]

    def _warnings(self, text: str, fresh: Analysis, word_ended: bool) -> tuple[TrapWarning, ...]:
        found = {warning.trap: warning for warning in fresh.warnings}
        ruled = {warning.trap for warning in analyse(text, learned=False).warnings}
        for trap in [t for t in self._pending if t not in found]:
            del self._pending[trap]
        for trap, warning in list(found.items()):
            if trap not in ruled and trap not in self._held:
                if word_ended:
                    self._pending[trap] = self._pending.get(trap, 0) + 1
                if self._pending.get(trap, 0) < CONFIRM_AFTER and not _ends_sentence(text):
                    del found[trap]
                    continue
            self._held[trap] = _Held(warning, _prefix_through(text, warning.evidence))
        for trap in list(self._held):
            if trap in found:
                continue
            held = self._held[trap]
            if not held.prefix or not text.startswith(held.prefix):
                del self._held[trap]
                continue
            if word_ended:
                held.missing += 1
            if held.missing >= RELEASE_AFTER or _ends_sentence(text):
                del self._held[trap]
        order = {trap: index for index, trap in enumerate(Trap)}
        return tuple(self._held[t].warning for t in sorted(self._held, key=order.__getitem__))

    def update(self, text: str) -> Analysis:
        """The provisional analysis of ``text``, the whole input line as it now stands."""
        if text == self._text:
            return self._last
        fresh = analyse(text, context=self.context, finished=False)
        stripped = text.rstrip()
        at_boundary = not text or not text[-1].isalnum()
        decisive = (
            not stripped
            or stripped.endswith(("?", ".", "!"))
            or self._settled is Act.OTHER
            or fresh.act is Act.SUMMARY
        )
        if at_boundary or decisive:
            self._settled = fresh.act
        if not stripped:
            self._held.clear()
            self._pending.clear()
        word_ended = len(text) >= 2 and not text[-1].isalnum() and text[-2].isalnum()
        warnings = self._warnings(text, fresh, word_ended)
        act = self._settled
        if act is fresh.act and warnings == fresh.warnings:
            result = fresh
        else:
            result = Analysis(text, act, warnings)
        self._text = text
        self._last = result
        return result
