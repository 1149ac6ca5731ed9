"""Provisional analysis while the practitioner types: labels settle instead of flickering.

The act is re-read only at a word boundary (or when a question mark, a full stop or a
clear change arrives); in the middle of a word the previous act stays. Warnings come from
the text typed so far, so a warning appears as soon as its evidence has been typed.
"""

from __future__ import annotations

from conversation.analysis import Analysis, analyse
from conversation.model import Act


class LiveAnalyser:
    """Analyse text as it is typed, keeping the act steady between word boundaries."""

    def __init__(self) -> None:
        """Start with nothing typed."""
        self._text = ""
        self._last: Analysis = Analysis("", Act.OTHER, ())
        self._settled: Act = Act.OTHER

    @property
    def current(self) -> Analysis:
        """The latest provisional analysis."""
        return self._last

    def reset(self) -> None:
        """Forget the text typed so far (after a turn is sent)."""
        self.__init__()  # type: ignore[misc]

    def update(self, text: str) -> Analysis:
        """The provisional analysis of ``text``, the whole input line as it now stands."""
        if text == self._text:
            return self._last
        fresh = analyse(text)
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
        act = self._settled
        result = fresh if act is fresh.act else Analysis(text, act, fresh.warnings)
        self._text = text
        self._last = result
        return result
