"""Screens of the conversation app: home, the conversation itself, and the screens of other
modes (demonstrate, feedback) that plug into it."""

from __future__ import annotations
