"""conversation: practise, demonstrate and record 'what matters' conversations in social care."""

from __future__ import annotations

__version__ = "0.1.0"
