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
from functools import cache
from pathlib import Path

from conversation.model import Act, Trap

WEIGHTS_FILE = Path(__file__).with_name("trap_weights.json")
THRESHOLD = 0.7
"""Probability above which a model alone raises a trap (rules raise theirs regardless)."""

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
     "now", "up", "out", "about", "all", "some", "any", "get", "got", "go", "from", "by", "as",
     "like", "when", "no"}
)


def _contentful(name: str) -> bool:
    """True when a feature holds a word that can stand as evidence on its own."""
    body = name.split(":", 1)[1]
    return body != "noq" and any(word not in _FUNCTION_WORDS for word in body.split("_"))


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


def text_features(norm: str) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """The canonical word spans of normalised text and its features."""
    spans = canonical(norm[:2000])
    return spans, features([w for w, _s, _e in spans])


@cache
def _load() -> dict[str, object]:
    if not WEIGHTS_FILE.exists():
        return {}
    data: dict[str, object] = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return data


def load_models() -> dict[Trap, TrapModel]:
    """The shipped trap models, read once; empty when the weights file is missing."""
    return _trap_models()


@cache
def _trap_models() -> dict[Trap, TrapModel]:
    traps = _load().get("traps", {})
    assert isinstance(traps, dict)
    return {
        Trap(trap): TrapModel(float(entry["bias"]), {k: float(v) for k, v in
                                                      entry["weights"].items()})
        for trap, entry in traps.items()
    }


@cache
def load_act_model() -> ActModel | None:
    """The shipped act model, read once; None when the weights file has none."""
    entry = _load().get("acts")
    if not isinstance(entry, dict):
        return None
    biases = {Act(a): float(b) for a, b in entry["biases"].items()}
    weights = {
        name: {Act(a): float(w) for a, w in per_act.items()}
        for name, per_act in entry["weights"].items()
    }
    return ActModel(biases, weights)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def learned_hits(norm: str) -> list[tuple[Trap, int, int, float]]:
    """Traps the models give at least THRESHOLD, each with its evidence span and probability."""
    models = load_models()
    if not models:
        return []
    spans, feats = text_features(norm)
    hits: list[tuple[Trap, int, int, float]] = []
    for trap, model in models.items():
        weights = model.weights
        total = model.bias
        best: tuple[float, int, int] | None = None
        for name, first, last in feats:
            weight = weights.get(name)
            if weight is None:
                continue
            total += weight
            if weight > 0 and (best is None or weight > best[0]) and _contentful(name):
                best = (weight, first, last)
        probability = _sigmoid(total)
        if probability >= THRESHOLD and best is not None:
            _w, first, last = best
            start, end = spans[first][1], spans[last - 1][2]
            if start < end:
                hits.append((trap, start, end, probability))
    return hits


def act_probabilities(norm: str) -> dict[Act, float]:
    """The act model's probability for each act (empty when no model is shipped)."""
    model = load_act_model()
    if model is None:
        return {}
    _spans, feats = text_features(norm)
    scores = dict(model.biases)
    for name, _first, _last in feats:
        per_act = model.weights.get(name)
        if per_act is None:
            continue
        for act, weight in per_act.items():
            scores[act] += weight
    top = max(scores.values())
    exps = {act: math.exp(score - top) for act, score in scores.items()}
    total = sum(exps.values())
    return {act: value / total for act, value in exps.items()}
