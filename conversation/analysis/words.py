"""The canonical words of an utterance, as the learned models read them.

Transcribed speech and written text read alike: words are lower-cased, contractions spelt
out ("you're" and "you are" give the same words, "gonna" gives "going to"), spoken fillers
("um", "er", "you know", "I mean", "sort of") and stammered repeats are dropped, and
sentence ends are marked. Each word keeps the span of the text it came from, so evidence is
cut from the original exactly.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\?")
_SENTENCE_END = re.compile(r"[.!?;]")

_CONTRACTIONS: dict[str, tuple[str, ...]] = {
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    "gotta": ("got", "to"),
    "gotcha": ("got", "you"),
    "dunno": ("do", "not", "know"),
    "ain't": ("is", "not"),
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "won't": ("will", "not"),
    "shan't": ("shall", "not"),
    "innit": ("is", "not", "it"),
    "ya": ("you",),
    "u": ("you",),
    "yeh": ("yeah",),
    "yep": ("yeah",),
    "yup": ("yeah",),
    "okay": ("ok",),
    "alright": ("ok",),
    "cos": ("because",),
    "coz": ("because",),
    "cause": ("because",),
}
_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("n't", ("not",)),
    ("'re", ("are",)),
    ("'ve", ("have",)),
    ("'ll", ("will",)),
    ("'d", ("would",)),
    ("'m", ("am",)),
)
_IS_WORDS = frozenset(
    {"it", "that", "what", "there", "here", "he", "she", "who", "where", "how", "when", "why",
     "this", "everything", "nothing", "something", "someone", "everyone", "let"}
)
_FILLERS = frozenset(
    {"um", "umm", "uh", "uhh", "uhm", "er", "erm", "errm", "ah", "mm", "mmm", "mhm", "hmm",
     "hm", "basically", "literally"}
)
_PAIR_FILLERS = frozenset({("i", "mean"), ("sort", "of"), ("kind", "of"), ("you", "know")})
_KEEP_YOU_KNOW_BEFORE = frozenset({"do", "did", "not", "if", "as", "what", "how", "would",
                                   "will", "can", "could", "might", "let", "so"})
_KEEP_YOU_KNOW_AFTER = frozenset({"that", "what", "how", "full", "perfectly", "very", "it",
                                  "this", "where", "who", "when", "why", "whether", "if",
                                  "about", "the", "your", "him", "her", "them", "me", "best",
                                  "better", "anyone", "anything", "someone", "more"})
_LIKE_FILLER_BEFORE = frozenset({"and", "so", "but", "just", "was", "is", "really", "<s>"})
_LEAD_WORDS = frozenset(
    {"so", "and", "but", "ok", "right", "well", "now", "just", "yeah", "yes", "oh", "then",
     "also", "actually", "look", "listen", "sure", "great", "lovely", "fine", "good", "cool",
     "because"}
)


FUNCTION_WORDS = frozenset(
    {"i", "we", "you", "he", "she", "they", "it", "me", "us", "him", "her", "them", "is", "are",
     "am", "was", "were", "be", "been", "a", "an", "the", "to", "of", "and", "or", "so", "that",
     "this", "will", "would", "going", "do", "does", "did", "have", "has", "had", "not", "in",
     "on", "at", "for", "with", "your", "my", "our", "his", "their", "there", "here", "then",
     "just", "can", "could", "if", "but", "what", ".", "?", "ok", "yeah", "yes", "well", "right",
     "month", "week", "day", "today", "tomorrow", "next", "time", "monday", "tuesday",
     "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "morning", "night",
     "something", "nothing", "anything", "everything", "thing", "things",
     "very", "really", "quite", "bit", "little", "lot", "much", "more", "less", "too",
     "now", "up", "out", "about", "all", "some", "any", "get", "got", "go", "from", "by", "as",
     "like", "when", "no"}
)


TALK_WORDS = frozenset(
    {"hear", "heard", "hearing", "talk", "talking", "talked", "say", "said", "saying", "tell",
     "told", "telling", "ask", "asked", "asking", "mention", "mentioned", "speak", "speaking"}
)
"""Words about talking itself: present in traps and good practice alike, never evidence on
their own."""


def tokens(norm: str) -> list[tuple[str, int, int]]:
    """Words (and question marks) of normalised text with their spans."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(norm)]


@lru_cache(maxsize=8192)
def _expand(word: str) -> tuple[str, ...]:
    if word in _CONTRACTIONS:
        return _CONTRACTIONS[word]
    for suffix, tail in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix):
            return (word[: -len(suffix)], *tail)
    if word.endswith("'s") and word[:-2] in _IS_WORDS:
        return (word[:-2], "is" if word != "let's" else "us")
    return (word,)


def canonical(norm: str) -> list[tuple[str, int, int]]:
    """Canonical words of normalised text with the span each came from: contractions spelt
    out, spoken fillers and immediate repeats dropped, sentence ends marked by ``.``."""
    raw: list[tuple[str, int, int]] = []
    last_end = 0
    for match in _TOKEN.finditer(norm):
        if raw and _SENTENCE_END.search(norm, last_end, match.start()) and raw[-1][0] != "?":
            raw.append((".", last_end, last_end))
        for word in _expand(match.group()):
            raw.append((word, match.start(), match.end()))
        last_end = match.end()
    out: list[tuple[str, int, int]] = []
    index = 0
    while index < len(raw):
        word = raw[index][0]
        following = raw[index + 1][0] if index + 1 < len(raw) else ""
        previous = out[-1][0] if out else "<s>"
        if word in _FILLERS:
            index += 1
            continue
        if (word, following) in _PAIR_FILLERS:
            after = raw[index + 2][0] if index + 2 < len(raw) else ""
            if word != "you" or (previous not in _KEEP_YOU_KNOW_BEFORE
                                 and after not in _KEEP_YOU_KNOW_AFTER):
                index += 2
                continue
        if word == "like" and previous in _LIKE_FILLER_BEFORE:
            index += 1
            continue
        if out and word == previous and word.isalpha():
            index += 1
            continue
        out.append(raw[index])
        index += 1
    return out
