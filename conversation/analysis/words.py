"""A small learned back-up for the rules: one logistic model per trap, and one multinomial
logistic model for the dialogue act, over word n-grams. They are trained on the labelled
corpora by ``python -m conversation.analysis.train`` and shipped as plain numbers
(``trap_weights.json``).

The features read transcribed speech and written text alike: words are lower-cased,
contractions spelt out ("you're" and "you are" give the same words, "gonna" gives "going to"),
spoken fillers ("um", "er", "you know", "I mean", "sort of") and stammered repeats are dropped,
and the opening words are taken after discourse markers ("so", "okay", "right") are stripped.

Inference is pure Python. The weights are read on first use, never at import. A trap model
hit carries as evidence the words in the utterance that weighed most towards the trap.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from conversation.model import Act, Trap

WEIGHTS_FILE = Path(__file__).with_name("trap_weights.json")
THRESHOLD = 0.7
"""Probability above which a model alone raises a trap (rules raise theirs regardless)."""
MIN_EVIDENCE_WEIGHT = 0.5
"""A model alone raises a trap only when some words in the utterance weigh at least this
much towards it: a probability built from many faint cues shows no evidence worth naming."""

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


_FUNCTION_WORDS = frozenset(
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


_TALK_WORDS = frozenset(
    {"hear", "heard", "hearing", "talk", "talking", "talked", "say", "said", "saying", "tell",
     "told", "telling", "ask", "asked", "asking", "mention", "mentioned", "speak", "speaking"}
)
"""Words about talking itself: present in traps and good practice alike, never evidence on
their own."""


def _contentful(name: str) -> bool:
    """True when a feature holds a word that can stand as evidence on its own."""
    body = name.split(":", 1)[1]
    return body != "noq" and any(word not in _FUNCTION_WORDS and word not in _TALK_WORDS
                                 for word in body.split("_"))


@dataclass(frozen=True)
class TrapModel:
    """Weights of one trap's logistic model."""

    bias: float
    weights: dict[str, float]


@dataclass(frozen=True)
class ActModel:
    """Weights of the multinomial act model: a bias and feature weights for each act."""

    biases: dict[Act, float]
    weights: dict[str, dict[Act, float]]


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


def features(words: list[str]) -> list[tuple[str, int, int]]:
    """Feature names with the word range each covers: unigrams, bigrams, the opening words
    after discourse markers, the opening of each later sentence and the closing words."""
    found: list[tuple[str, int, int]] = [
        ("u:" + w, i, i + 1) for i, w in enumerate(words) if w != "."
    ]
    found += [
        ("b:" + a + "_" + b, i, i + 2) for i, (a, b) in enumerate(itertools.pairwise(words))
        if a != "." and b != "."
    ]
    start = 0
    while start < len(words) - 1 and words[start] in _LEAD_WORDS:
        start += 1
    if start < len(words):
        found.append(("s:" + words[start], start, start + 1))
    if start + 1 < len(words):
        found.append(("s2:" + words[start] + "_" + words[start + 1], start, start + 2))
    for index, word in enumerate(words[:-1]):
        if word == "." and index + 1 < len(words):
            found.append(("o:" + words[index + 1], index + 1, index + 2))
    end = len(words)
    while end > 0 and words[end - 1] == ".":
        end -= 1
    if end:
        last = words[end - 1]
        found.append(("e:" + last, end - 1, end))
        if end > 1:
            found.append(("e2:" + words[end - 2] + "_" + last, end - 2, end))
        if last != "?":
            found.append(("e:noq", end - 1, end))
    return found


@lru_cache(maxsize=16)
def text_features(norm: str) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """The canonical word spans of normalised text and its features (the trap and act models
    read the same utterance, so the last few are kept)."""
    spans = canonical(norm[:2000])
    return spans, features([w for w, _s, _e in spans])


@cache
def _load() -> dict[str, Any]:
    if not WEIGHTS_FILE.exists():
        return {}
    data: dict[str, Any] = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True)
class _Table:
    """Several linear models over one feature table: labels, biases, and for each feature
    one weight per label (stored densely: a feature seldom weighs for one label only)."""

    labels: tuple[str, ...]
    biases: tuple[float, ...]
    weights: dict[str, list[float]]


def _table(key: str) -> _Table | None:
    entry = _load().get(key)
    if not isinstance(entry, dict) or "order" not in entry:
        return None
    return _Table(tuple(entry["order"]), tuple(entry["biases"]), entry["weights"])


@cache
def _trap_table() -> _Table | None:
    return _table("traps")


@cache
def _act_table() -> _Table | None:
    return _table("acts")


def load_models() -> dict[Trap, TrapModel]:
    """The shipped trap models, one per trap; empty when the weights file is missing."""
    table = _trap_table()
    if table is None:
        return {}
    return {
        Trap(label): TrapModel(table.biases[index], {
            name: weights[index] for name, weights in table.weights.items() if weights[index]
        })
        for index, label in enumerate(table.labels)
    }


def load_act_model() -> ActModel | None:
    """The shipped act model; None when the weights file has none."""
    table = _act_table()
    if table is None:
        return None
    acts = [Act(label) for label in table.labels]
    return ActModel(
        dict(zip(acts, table.biases, strict=True)),
        {name: {act: w for act, w in zip(acts, weights, strict=True) if w}
         for name, weights in table.weights.items()},
    )


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=4096)
def _can_be_evidence(name: str) -> bool:
    return _contentful(name)


def learned_hits(norm: str) -> list[tuple[Trap, int, int, float]]:
    """Traps the models give at least THRESHOLD, each with its evidence span and probability."""
    table = _trap_table()
    if table is None:
        return []
    spans, feats = text_features(norm)
    count = len(table.labels)
    totals = list(table.biases)
    best: list[tuple[float, int, int] | None] = [None] * count
    for name, first, last in feats:
        weights = table.weights.get(name)
        if weights is None:
            continue
        evidence = None
        for index in range(count):
            weight = weights[index]
            totals[index] += weight
            if weight > 0:
                current = best[index]
                if current is None or weight > current[0]:
                    if evidence is None:
                        evidence = _can_be_evidence(name)
                    if evidence:
                        best[index] = (weight, first, last)
    hits: list[tuple[Trap, int, int, float]] = []
    for index, label in enumerate(table.labels):
        probability = _sigmoid(totals[index])
        chosen = best[index]
        if chosen is None or chosen[0] < MIN_EVIDENCE_WEIGHT:
            continue
        if probability >= THRESHOLD:
            _w, first, last = chosen
            start, end = spans[first][1], spans[last - 1][2]
            if start < end:
                hits.append((Trap(label), start, end, probability))
    return hits


def act_probabilities(norm: str) -> dict[Act, float]:
    """The act model's probability for each act (empty when no model is shipped)."""
    table = _act_table()
    if table is None:
        return {}
    _spans, feats = text_features(norm)
    scores = list(table.biases)
    for name, _first, _last in feats:
        weights = table.weights.get(name)
        if weights is None:
            continue
        for index, weight in enumerate(weights):
            scores[index] += weight
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return {Act(label): value / total for label, value in zip(table.labels, exps, strict=True)}
