"""Widgets of the conversation app: each renders one part of the state pushed down to it."""

from __future__ import annotations

from conversation.widgets.board import Board
from conversation.widgets.guide import GuidePanel
from conversation.widgets.input_line import InputLine
from conversation.widgets.rapport import RapportMeter
from conversation.widgets.stage_bar import StageBar
from conversation.widgets.transcript import Transcript

__all__ = ["Board", "GuidePanel", "InputLine", "RapportMeter", "StageBar", "Transcript"]
