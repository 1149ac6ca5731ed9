"""Messages and better ways to say it: one plain-words reason per trap, and a better line
built from what the person has said and from the stage.

A better line names a topic only when the person has raised it: one of the conversation's
topics (``Context.topics``) or a word of the person's own lines that the practitioner's line
picks up. It never guesses a topic from word fragments of the practitioner's line. Each
line offered is itself an open question or a reflection.
"""

from __future__ import annotations

import re

from conversation.analysis.context import Context
from conversation.model import Stage, Trap
from conversation.wording import COMMON, STOP_WORDS, fold, plain, stem, topic_words, words

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

LEADS: dict[Trap, str] = {
    Trap.EXPERT: "Ask rather than tell",
    Trap.POWER: "Hand the decision back",
    Trap.PROBLEM_SOLVING: "Understand first",
    Trap.QUESTION_AND_ANSWER: "Reflect what you have heard before asking more",
    Trap.YES_BUT: "Keep the acknowledgement and drop the 'but'",
    Trap.LABELLING: "Describe what you notice, not the person",
    Trap.CONFRONTATIONAL: "Ask what they think instead",
}
"""What to do instead, before the line to say."""

_ANY = None
LINES: dict[tuple[Trap, Stage | None], tuple[str, str]] = {
    # (trap, stage): (line with a topic, line without one). Stage None: any other stage.
    (Trap.EXPERT, _ANY): ("What ideas do you have yourself about {t}?",
                          "What ideas do you have yourself?"),
    (Trap.EXPERT, Stage.LISTEN): ("It sounds as if {t} {be} really on your mind.",
                                  "It sounds as if this is really on your mind."),
    (Trap.EXPERT, Stage.INFORM): ("What would you like to know about {t}?",
                                  "What would you like to know more about?"),
    (Trap.POWER, _ANY): ("What would you like to happen about {t}?",
                         "What would you like to happen?"),
    (Trap.POWER, Stage.SUMMARY): ("What would you like to do first about {t}?",
                                  "What would you like to do first?"),
    (Trap.PROBLEM_SOLVING, _ANY): ("What have you tried so far with {t}?",
                                   "What have you tried so far?"),
    (Trap.PROBLEM_SOLVING, Stage.OPEN): ("Tell me a bit about {t}.",
                                         "Tell me a bit about what's been happening."),
    (Trap.PROBLEM_SOLVING, Stage.LISTEN): ("It sounds as if {t} {be} really on your mind.",
                                           "It sounds as if this is really on your mind."),
    (Trap.QUESTION_AND_ANSWER, _ANY): ("It sounds as if {t} {be} really on your mind.",
                                       "It sounds as if there is a lot going on for you."),
    (Trap.YES_BUT, _ANY): ("It sounds as if {t} really matter{s} to you.",
                           "It sounds as if this really matters to you."),
    (Trap.CONFRONTATIONAL, _ANY): ("How do you see things going with {t}?",
                                   "How do you see things going?"),
    (Trap.CONFRONTATIONAL, Stage.LISTEN): ("It sounds as if {t} {be} hard to talk about.",
                                           "It sounds as if this is hard to talk about."),
}
"""The better line for each trap, by stage where the stage changes what fits: listening
reflects, exploring asks, informing asks what the person wants to know."""

_GENERIC_TEXT = (
        "worry worried worries concern concerns hope hopes future different difficult goal "
        "wish number scale confident confidence afraid scared help helping happen happening "
        "thing things stuff something anything everything nothing time times way ways day "
        "days week lot bit people person someone anyone everyone life good bad better best "
        "right wrong fine okay alright sure need needs want wants like know think feel say "
        "said tell told going get got make made take look see come work working one two "
        "three four five six seven eight nine ten not nor yet too own few off out now how "
        "who why per via let put set try use ask lots much many ago away else ever also "
        "after before into onto over under through around across between against during "
        "without within upon up down back again then than"
)
_GENERIC = frozenset(stem(word) for word in _GENERIC_TEXT.split()) | COMMON
"""Words too general to be a topic of their own ("about the worry", "about work")."""
_DETERMINER = re.compile(r"(?i)\b(your|the|her|his|their|my|our)\s+$")
_PREPOSITION = re.compile(r"(?i)\b(?:at|to|from|into|after|before|on|about|with|for)\s+$")


def topic_of(text: str, context: Context | None) -> str | None:
    """A topic the person has raised that the line picks up, as a phrase to say after
    "about" ("the garden", "Siân", "your mum"); None when the person has raised none."""
    if context is None:
        return None
    said = set(words(text))
    for topic in reversed(context.topics):
        needed = topic_words(topic)
        if needed and needed <= said and not needed <= _GENERIC:
            return _phrase(topic, text, context)
    heard: set[str] = set()
    for line in context.person_words:
        heard.update(words(line))
    tokens = [re.sub(r"['’]s$", "", raw)
              for raw in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?|[^\w\s]", text)]
    run: list[str] = []
    previous = ""
    for raw in [*tokens, "."]:
        if _heard_topic_word(raw, heard) and not _acts_after(previous, raw, run):
            run.append(raw)
            previous = raw
            if len(run) < 2:
                continue
        elif not run:
            previous = raw
            continue
        return _phrase(" ".join(run[:2]), text, context)
    return None


_SUBJECTS = frozenset({"i", "you", "he", "she", "we", "they", "it", "who"})


def _acts_after(previous: str, raw: str, run: list[str]) -> bool:
    """True when the word is what someone does, not a thing: it follows a subject ("why you
    came", "Helen talks to Maureen"), so it is a verb, not a topic."""
    if previous.lower() in _SUBJECTS:
        return True
    return bool(run) and run[-1][:1].isupper() and raw[:1].islower() and bool(
        re.search(r"(?:[^s]s|ed)$", raw.lower()))


def _heard_topic_word(raw: str, heard: set[str]) -> bool:
    """True when a word of the line names something the person has said themselves."""
    if not raw[:1].isalpha():
        return False
    word = stem(fold(raw))
    return (len(word) >= 3 and word in heard and word not in STOP_WORDS
            and word not in _GENERIC and not raw.lower().endswith(("ly", "ing")))


def latest_topic(context: Context | None) -> str | None:
    """The topic the person raised most recently, as a phrase; None when there is none."""
    if context is None:
        return None
    for topic in reversed(context.topics):
        if not topic_words(topic) <= _GENERIC:
            return _phrase(topic, "", context)
    return None


def _phrase(topic: str, text: str, context: Context) -> str:
    """The topic with the determiner the practitioner or the person gave it ("your mum"),
    bare for a name or an -ing word, else with "the"."""
    topic = " ".join(topic.split())
    for source, swap in ((text, False), *((line, True) for line in context.person_words)):
        position = _find(source, topic)
        if position < 0:
            continue
        before = _DETERMINER.search(source[:position])
        if not swap and _PREPOSITION.search(source[:position]):
            return source[position:position + len(topic)]  # "at home", "to school"
        if before:
            determiner = before.group(1).lower()
            if swap or determiner not in ("my", "our"):
                determiner = {"my": "your", "our": "your"}.get(determiner, determiner)
                if determiner in ("her", "his", "their") and swap:
                    determiner = "the"
                return f"{determiner} {source[position:position + len(topic)]}"
        found = source[position:position + len(topic)]
        if found[:1].isupper() and position > 0 and source[position - 2:position].strip(" ")\
                not in (".", "!", "?"):
            return found
    if topic[:1].isupper() or topic.lower().endswith("ing"):
        return topic
    return f"the {topic.lower()}"


def _find(source: str, topic: str) -> int:
    """Where the topic stands in the source as whole words, ignoring case and accents."""
    match = re.search(rf"(?<!\w){re.escape(plain(topic).lower())}(?!\w)",
                      plain(source).lower())
    return match.start() if match else -1


def better_line(trap: Trap, text: str, context: Context | None = None) -> str:
    """The line to say instead: an open question or a reflection, on the person's topic."""
    stage = context.stage if context is not None else None
    with_topic, without = LINES.get((trap, stage)) or LINES[(trap, _ANY)]
    topic = topic_of(text, context)
    if topic is None and trap is Trap.QUESTION_AND_ANSWER:
        topic = latest_topic(context)
    if not topic:
        return without
    plural = bool(re.search(r"[^s]s$", topic))
    return with_topic.format(t=topic, be="are" if plural else "is", s="" if plural else "s")


def suggestion_for(trap: Trap, text: str, evidence: str, context: Context | None = None) -> str:
    """A better way to say the utterance, avoiding the trap."""
    if trap is Trap.LABELLING:
        line = _label_reframe(evidence, topic_of(text, context))
    else:
        line = better_line(trap, text, context)
    return f"{LEADS[trap]}: \"{line}\""


_REFRAMES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text)
    for pattern, text in (
        (r"aggress|angry|temper|violent|hostile|rude|fuse|kicking off",
         "You sound really angry about {t}. What's happening for you?"),
        (r"denial|kidding|pretend",
         "It sounds hard to think about {t} right now. What do you make of it?"),
        (r"difficult|stubborn|awkward|obstinate|resist|compliant|uncooperative|proud|set in",
         "This really matters to you. Can you tell me what's important to you about {t}?"),
        (r"attention|needy|clingy|demanding",
         "It sounds like you need more than you're getting. What would help?"),
        (r"lazy|unmotivated|hopeless|useless",
         "It sounds hard to get going at the moment. What gets in the way?"),
    )
)


def _label_reframe(evidence: str, topic: str | None) -> str:
    """A line that names what is noticed or felt instead of the label."""
    lowered = evidence.lower()
    about = topic or "this"
    for pattern, text in _REFRAMES:
        if pattern.search(lowered):
            return text.format(t=about if topic else "it")
    return f"You seem upset about {about}. What's going on for you?"
