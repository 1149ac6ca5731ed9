"""Messages and better ways to say it: one plain-words reason per trap and a suggestion
fitted to the utterance where its topic can be recognised."""

from __future__ import annotations

import re

from conversation.model import Trap

MESSAGES: dict[Trap, str] = {
    Trap.EXPERT: "This tells the person what to do. They are the expert in their own life; "
    "advice given before they have been asked tends to be resisted or quietly ignored.",
    Trap.POWER: "This makes a decision about the person's life for them. It takes away their "
    "choice and control, so the plan becomes yours rather than theirs.",
    Trap.PROBLEM_SOLVING: "This jumps to a fix before you understand what matters. It misses "
    "the person's own ideas, strengths and what they have already tried.",
    Trap.QUESTION_AND_ANSWER: "Several questions in a row feel like an interrogation. The "
    "person gives short answers and stops telling their story.",
    Trap.YES_BUT: "The 'but' cancels the acknowledgement before it. The person hears only that "
    "they are wrong.",
    Trap.LABELLING: "This names the person's character or behaviour. A label judges them and "
    "closes down what lies behind how they are acting.",
    Trap.CONFRONTATIONAL: "This warns, argues or corrects. The person will defend themselves "
    "instead of thinking about what they want to change.",
}

_TOPICS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), topic)
    for pattern, topic in (
        (r"care home|nursing home|residential|sheltered|supported living|move|moving|house|"
         r"flat|bungalow|where you live|live with|living alone|stay(?:ing)? at home",
         "where you live"),
        (r"drink|alcohol|pub|beer|wine|vodka|sober", "drinking"),
        (r"driv|car\b|licence", "driving and getting about"),
        (r"medic|tablet|pill|meds|insulin|inhaler|prescription", "your medication"),
        (r"\beat|food|meal|cook|diet|weight", "food and meals"),
        (r"sleep|bed\b|night", "sleep"),
        (r"money|bills|debt|benefit|budget|spend", "money"),
        (r"school|college|teacher|homework|exam|class", "school"),
        (r"job|work|employ|volunteer", "work"),
        (r"smok|cigarette|vap", "smoking"),
        (r"fall|fell|stairs|steps|walk|frame|mobility|stairlift", "getting about safely"),
        (r"wash|bath|shower|dress|toilet|personal care", "washing and dressing"),
        (r"friend|lonely|loneliness|isolat|go out|get out|club|group|day centre|social",
         "getting out and seeing people"),
        (r"carer|care package|support worker|respite|help at home|home care|visits",
         "the help you get"),
        (r"son|daughter|family|husband|wife|partner|mum|dad|children|kids|grandchild",
         "your family"),
        (r"anger|angry|aggress|shout|temper|lash", "what has been making you angry"),
        (r"mood|depress|anxi|low|panic|worr|stress", "how you have been feeling"),
        (r"phone|screen|gaming|internet|online", "your phone and time online"),
        (r"exercise|gym|physio|fit", "keeping active"),
        (r"therapy|counsell|doctor|gp|hospital|appointment|clinic", "appointments and health care"),
    )
)


def topic_of(text: str) -> str | None:
    """The everyday topic an utterance is about, if one is recognised."""
    lowered = text.lower()
    for pattern, topic in _TOPICS:
        if pattern.search(lowered):
            return topic
    return None


def _about(topic: str | None, fallback: str) -> str:
    return f" about {topic}" if topic else fallback


def suggestion_for(trap: Trap, text: str, evidence: str) -> str:
    """A better way to say the utterance, avoiding the trap."""
    topic = topic_of(text)
    if trap is Trap.EXPERT:
        return (
            f"Ask rather than tell: \"What would you like to happen{_about(topic, '')}?\" "
            f"or \"What ideas do you have yourself?\""
        )
    if trap is Trap.POWER:
        return (
            f"Hand the decision back: \"What would you like to happen{_about(topic, '')}? "
            f"It's your decision, and I can help you think it through.\""
        )
    if trap is Trap.PROBLEM_SOLVING:
        return (
            f"Understand first: \"Can you tell me more{_about(topic, ' about what is happening')}"
            f", and what have you tried so far?\""
        )
    if trap is Trap.QUESTION_AND_ANSWER:
        questions = [q.strip() for q in re.findall(r"[^?]+\?", evidence)]
        chosen = next(
            (q for q in questions
             if re.match(r"(?i)(?:and |so )?(?:what|how(?! (?:long|many|much|old|often))|tell)",
                         q)),
            questions[0] if questions else "",
        )
        if chosen:
            return f"Ask one open question and leave room for the answer: \"{chosen}\""
        return "Ask one open question at a time and reflect what you hear before the next."
    if trap is Trap.YES_BUT:
        ack = re.split(r"(?i)[,.;]?\s*\b(?:but|however|although|though|yet|still)\b", evidence)[0]
        ack = ack.strip(" ,.;")
        if ack:
            return (
                f"Keep the acknowledgement and drop the 'but': \"{ack[0].upper()}{ack[1:]}, "
                f"and I'd like to understand what matters most to you about it.\""
            )
        return "Keep the acknowledgement and swap 'but' for 'and', then ask what they think."
    if trap is Trap.LABELLING:
        return "Describe what you notice, not the person: \"" + _label_reframe(evidence) + "\""
    where = f" with {topic}" if topic else ""
    return (
        f"Ask what they think instead: \"Where do you see things going{where} if nothing "
        f"changes? What would you like to be different?\""
    )


_REFRAMES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text)
    for pattern, text in (
        (r"aggress|angry|temper|violent|hostile|rude|fuse|kicking off",
         "You sound really angry about this. What's happening for you?"),
        (r"denial|kidding|pretend",
         "It sounds hard to think about this right now. What do you make of it?"),
        (r"difficult|stubborn|awkward|obstinate|resist|compliant|uncooperative|proud|set in",
         "This really matters to you. Can you tell me what's important to you about it?"),
        (r"attention|needy|clingy|demanding",
         "It sounds like you need more than you're getting. What would help?"),
        (r"lazy|unmotivated|hopeless|useless",
         "It sounds hard to get going at the moment. What gets in the way?"),
    )
)


def _label_reframe(evidence: str) -> str:
    lowered = evidence.lower()
    for pattern, text in _REFRAMES:
        if pattern.search(lowered):
            return text
    return "You seem upset about this. What's going on for you?"
