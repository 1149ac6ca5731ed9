"""Asking leave to share something (or to ask something), in any of its usual frames.

"Would it help if I told you...", "Mind if I share something?", "Can I tell you what's
worked for others?", "Would you like me to go through...": a permission request is good
practice, so it never adds to a run of questions, and the scripted person answers it with
a yes in character.
"""

from __future__ import annotations

import re

_OFFER = (
    r"(?:tell|share|explain|give|suggest|offer|mention|show|go through|run through|talk "
    r"(?:you )?through|pass on|let you know|say|describe|fill you in|add|ask|check|make a "
    r"suggestion|put forward|outline|read)"
)
PERMISSION = re.compile(
    r"\b(?:would|could|might|will) it (?:help|be (?:ok|okay|alright|all right|useful|helpful|"
    r"of use|fine|any use))(?: to you)? (?:if|for) (?:i|me)\b"
    rf"|\b(?:can|could|may|might|shall) i (?:just |quickly |perhaps |maybe )?{_OFFER}\b"
    rf"|\b(?:do|would) you mind (?:if i|me)\b|^\W*mind if i\b|\bmind me {_OFFER}\b"
    rf"|\bis it (?:ok|okay|alright|all right|fine) (?:if i|to|for me to)\b"
    rf"|\b(?:would|do) you (?:like|want) (?:me to|to hear|to know|some information|a bit of "
    rf"information|some ideas|an idea|to see)\b"
    rf"|\bhow would you feel (?:about|if) (?:me|i)\b|\bare you (?:ok|okay|happy) (?:for|if) "
    rf"(?:me|i)\b|\bwould you be (?:ok|okay|happy|interested) (?:if|for|to hear|in hearing)\b"
    rf"|\bi (?:could|can) {_OFFER} (?:you )?[\w' ]{{0,40}}\bif you(?:'d| would)? (?:like|want)"
    rf"|\bwould (?:some|a bit of|any) information (?:help|be useful)\b"
)
"""Asking leave to share something or to ask something, in any of its usual frames."""
_ASKING_TO_ASK = re.compile(r"\b(?:can|could|may|might|shall) i (?:just |quickly )?(?:ask|check)\b")


def offers_to_share(text: str) -> bool:
    """True when the line asks leave to share something (not leave to ask a question,
    which is often followed by the question itself: "Can I ask, do you drink?")."""
    folded = " ".join(text.casefold().replace("’", "'").split())
    return bool(PERMISSION.search(folded)) and not _ASKING_TO_ASK.search(folded)


def asks_permission(text: str) -> bool:
    """True when the line asks leave to share something (or to ask something)."""
    return bool(PERMISSION.search(" ".join(text.casefold().replace("’", "'").split())))
