"""Widgets of the conversation app: each renders one part of the state pushed down to it.

The names below are loaded on first use, so a screen that needs one small widget (the home
screen's exact-text input, say) does not load the conversation screen's widgets and the
analysis behind them."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from conversation.widgets.board import Board
    from conversation.widgets.guide import GuidePanel
    from conversation.widgets.input_line import InputLine
    from conversation.widgets.rapport import RapportMeter
    from conversation.widgets.stage_bar import StageBar
    from conversation.widgets.transcript import Transcript

_HOMES = {
    "Board": "board",
    "GuidePanel": "guide",
    "InputLine": "input_line",
    "RapportMeter": "rapport",
    "StageBar": "stage_bar",
    "Transcript": "transcript",
}

__all__ = ["Board", "GuidePanel", "InputLine", "RapportMeter", "StageBar", "Transcript"]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
