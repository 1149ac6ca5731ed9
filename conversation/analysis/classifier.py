"""The learned reader of an utterance: one multinomial logistic model for the dialogue act and
one logistic model per trap, over word n-grams, word classes and structural features.

The structural features carry what n-grams miss: the form of each sentence (a question word
or an inverted verb at the start, declarative word order ending in "?" as a spoken
reflection does, a tag at the end), how many sentences and questions there are, the length,
who the subject is (I, you, we), hedges, permission and wonder frames, and an imperative
start. Word classes (``lexicon.py``) let one stance learned in some words carry to others.
(Character n-grams were tried and left out: on held-out folds they lowered both the act
accuracy and the trap recall.) What the exact rules read (their act and their trap hits)
enters as features too, so the model learns how far to trust each rule on wording nobody
wrote rules for.

The weights are trained offline by ``make train`` (``python -m conversation.analysis.train``)
and shipped as plain data: ``classifier.json`` (the labels, biases, thresholds and how the
model was trained), ``classifier.features`` (the feature names, one to a line) and
``classifier.weights`` (for each feature, one whole number per label, 16-bit little-endian; a
table's weights are those numbers times its ``scale``). Inference is pure Python; the weights
are read on first use, never at import, in about a twentieth of a second.
"""

from __future__ import annotations

import gc
import itertools
import json
import math
import re
import sys
from array import array
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from conversation.analysis.lexicon import WORD_CLASSES
from conversation.analysis.words import FUNCTION_WORDS, TALK_WORDS, canonical

WEIGHTS_FILE = Path(__file__).with_name("classifier.json")
FEATURES_FILE = WEIGHTS_FILE.with_suffix(".features")
VALUES_FILE = WEIGHTS_FILE.with_suffix(".weights")
WEIGHT_FORMAT = 2
"""The shipped format: a JSON header, the feature names, and 16-bit weights."""

_WH = frozenset({"what", "how", "why", "where", "when", "who", "which", "whose", "whom"})
_AUX = frozenset({"do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can",
                  "could", "would", "will", "shall", "should", "may", "might", "must", "am",
                  "any", "anything", "anyone", "ever", "got"})
_LEAD = frozenset({"so", "and", "but", "ok", "right", "well", "now", "just", "yeah", "yes",
                   "oh", "then", "also", "actually", "look", "listen", "sure", "great",
                   "lovely", "fine", "good", "cool", "alright", "because", "mm", "hmm",
                   "no", "wow", "gosh", "ah"})
_SUBJECTS = frozenset({"i", "you", "we", "it", "that", "this", "there", "he", "she", "they",
                       "your", "my", "part", "sounds", "seems", "something", "someone"})
_IMPERATIVE = frozenset({"try", "take", "make", "stop", "go", "get", "keep", "call", "ring",
                         "use", "put", "let", "think", "remember", "tell", "give", "come",
                         "leave", "stay", "sit", "listen", "look", "be", "don't", "do",
                         "talk", "ask", "start", "write", "eat", "drink", "cut", "have"})
_DIRECTIVE = _IMPERATIVE | frozenset({
    "sort", "clear", "pour", "push", "grow", "calm", "relax", "forget", "ignore", "accept",
    "bin", "chuck", "throw", "speak", "see", "phone", "text", "email", "contact", "apply",
    "join", "drop", "quit", "pack", "move", "walk", "sleep", "wash", "clean", "tidy",
    "switch", "lower", "slow", "focus", "concentrate", "breathe", "cheer", "lighten",
    "toughen", "pull", "pay", "save", "spend", "buy", "sell", "cook", "wear", "carry",
    "hold", "wait", "read", "watch", "follow", "trust", "believe", "learn", "practise",
    "prepare", "pick", "fill", "sign", "face", "deal", "admit", "apologise", "apologize",
    "explain", "show", "send", "bring", "attend", "treat", "limit", "reduce", "avoid",
    "skip", "cancel", "swap", "lock", "unplug", "charge", "tackle", "knuckle", "ditch",
    "dump", "lie", "stand", "lean", "snap", "shake", "man", "buck", "pop", "nip", "lay",
    "stick", "hang", "behave", "respect", "mind",
})
"""Verbs a directive starts with, in their bare form. A sentence opening with one is read as
imperative (less those that open a sentence as a noun as often, below); a clause opening
with one after a comma, a dash or "and"/"so"/"then" ("...honestly, tell your mum tonight,
clear the air") is read as a directive inside a longer line."""
_NOUN_FIRST = frozenset({"man", "text", "email", "face", "deal", "stand", "lie", "hold",
                         "watch", "charge", "pop"})
"""Directive verbs that open a sentence as often as a noun or an exclamation ("Man, that's
hard", "Text's fine"): only after a clause boundary are they read as directives."""
_OPENS_DIRECTIVE = _DIRECTIVE - _NOUN_FIRST
_CLAUSE_DIRECTIVE = re.compile(
    r"(?:[,;:]|\s[-\u2013\u2014]|\b(?:and|so|then))\s+(?:(?:just|please|now|then|"
    r"honestly|simply|really|maybe|go|and)\s+)*(" + "|".join(sorted(_DIRECTIVE)) + r")\b"
    r"(?!\s+(?:me|us)\b)(?!\s*')"
)
_CHARACTER_FRAME = re.compile(
    r"\b(?:you're|you are|he's|he is|she's|she is|they're|they are)\s+(?:(?:just|clearly|"
    r"obviously|really|quite|very|such|always|basically|definitely|honestly|bit|being)\s+)*"
    r"(?:a|an|one of those|one of them|someone|somebody|the (?:kind|type|sort) of|such a|"
    r"a bit of a|a right|a proper|a real|a typical|the one)\b"
)
"""A person summed up as a kind of person ("you're clearly someone who...", "you're one of
those people", "she's a right one"): the frame a label sits in, whatever the word."""
_HEDGES = ("sounds like", "it seems", "seems like", "i guess", "i wonder", "maybe",
           "perhaps", "kind of", "sort of", "i get the sense", "i'm hearing", "i hear",
           "if i've got", "what i'm hearing", "correct me")
_PERMISSION = re.compile(
    r"\b(?:would|will|is|would it be|is it) (?:it )?(?:be )?(?:ok|okay|alright|all right|fine|"
    r"helpful|useful)\b.{0,20}\b(?:if i|to|for me)\b|\b(?:can|could|may|might) i (?:share|"
    r"tell|give|offer|suggest|make|mention|say|run|pass|add|ask)\b|\bmind if i\b|\bwould you "
    r"(?:like|want) (?:me to|to hear|some)\b|\bdo you want me to\b|\bwould it help if i\b"
)
_WONDER = re.compile(r"\bi(?:'m| am)? (?:wonder|wondering|curious)\b")
_TAG = re.compile(r"(?:,|\b)(?:isn't it|aren't you|don't you|didn't you|isn't that|right|eh|"
                  r"yeah|no|is it|are you|do you|did you|have you|haven't you|wasn't it|"
                  r"won't you|can't you|doesn't it|innit)\s*\?\s*$")


_LATE_QUESTION = re.compile(
    r",\s*(?:(?:and|so|but|then|now|well|ok|okay|right)\s+)*(?:(what|how|why|where|when|who|"
    r"which)\b|(?:do|does|did|is|are|was|were|can|could|would|will|have|has)\s+(?:you|he|she|"
    r"they|we|it|that|there)\b)[^.?!]*\?$"
)
"""A question asked after a fronted phrase ("Of the options we have, what needs to happen?",
"And with your mum, how's that been?"): its question word is not the line's first word."""

MIN_EVIDENCE = 0.2
"""The weight an n-gram needs to stand as the evidence of a warning the model raised: a
probability built from many faint cues shows nothing worth naming."""


def _contentful(gram: list[str]) -> bool:
    return any(w not in FUNCTION_WORDS and w not in TALK_WORDS for w in gram)


_SPOKEN_TAG = re.compile(r"(?:,|\s)(?:yeah|yes|right|eh|no|innit|okay|ok|isn't it|aren't you|"
                         r"don't you|didn't you|is it|are you|do you)\s*[.!]?$")
"""A check tag said without a question mark, as transcripts write it ("...now yeah")."""
_QUOTED = re.compile(r'(?:^|[\s(])"[a-z][a-z\' -]{0,30}"')
"""A few words in quotation marks: the person's own word given back ("you called yourself
"useless"") or held up in disbelief ("you "forgot" again")."""


@dataclass(frozen=True)
class _Weights:
    """Every feature's row of whole-number weights: the act labels' columns, then the
    traps'."""

    index: dict[str, int]
    """Feature name to the start of its row in ``values``."""
    values: array[int]
    width: int


@dataclass(frozen=True)
class _Table:
    """Several linear models over the shared features: labels, biases, and for each feature
    one weight per label (columns ``offset`` on in each row, times ``scale``)."""

    labels: tuple[str, ...]
    biases: tuple[float, ...]
    offset: int
    scale: float
    weights: _Weights

    def row(self, name: str) -> list[float] | None:
        """This table's weights for one feature, or None when it has none."""
        at = self.weights.index.get(name)
        if at is None:
            return None
        start = at + self.offset
        scale = self.scale
        return [value * scale for value in self.weights.values[start:start + len(self.labels)]]


def _opening(words: list[str]) -> int:
    start = 0
    while start < len(words) - 1 and words[start] in _LEAD:
        start += 1
    return start


def _sentence_form(words: list[str], question_mark: bool) -> str:
    """The form of one sentence: wh or inverted question, declarative with "?", statement."""
    start = _opening(words)
    first = words[start] if start < len(words) else ""
    if first in _WH or first in ("tell", "describe", "talk"):
        form = "wh"
    elif first in _AUX:
        form = "aux"
    elif first in _OPENS_DIRECTIVE:
        form = "imp"
    elif first in _SUBJECTS:
        form = "decl"
    else:
        form = "x"
    return form + ("?" if question_mark else ".")


def structural(norm: str, words: list[str]) -> list[str]:
    """Structural features of normalised text and its canonical words."""
    found: list[str] = []
    sentences: list[tuple[list[str], bool]] = []
    current: list[str] = []
    for word in words:
        if word in (".", "?"):
            if current:
                sentences.append((current, word == "?"))
            current = []
        else:
            current.append(word)
    if current:
        sentences.append((current, False))
    count = len([w for w in words if w not in (".", "?")])
    found.append("len:" + ("1" if count <= 1 else "2" if count <= 2 else "4" if count <= 4
                           else "8" if count <= 8 else "16" if count <= 16 else "32"
                           if count <= 32 else "64"))
    questions = sum(1 for _s, q in sentences if q)
    found.append(f"nq:{min(questions, 3)}")
    found.append(f"ns:{min(len(sentences), 4)}")
    forms = [_sentence_form(s, q) for s, q in sentences]
    for index, form in enumerate(forms):
        found.append("f:" + form)
        if index == 0:
            found.append("f0:" + form)
        if index == len(forms) - 1:
            found.append("fl:" + form)
    if len(forms) >= 2:
        found.append("f0l:" + forms[0] + forms[-1])
    if forms:
        last_words = sentences[-1][0]
        start = _opening(last_words)
        if start < len(last_words):
            found.append("fl1:" + forms[-1] + last_words[start])
    stripped = norm.strip()
    late = _LATE_QUESTION.search(stripped)
    if late is not None:
        found.append("late:" + ("wh" if late.group(1) else "aux"))
    if _TAG.search(stripped):
        found.append("tag")
    elif _SPOKEN_TAG.search(stripped):
        found.append("spoken_tag")
    if _PERMISSION.search(norm):
        found.append("permission")
    if _WONDER.search(norm):
        found.append("wonder")
    if _CLAUSE_DIRECTIVE.search(norm):
        found.append("cimp")
    if _CHARACTER_FRAME.search(norm):
        found.append("character")
    for hedge in _HEDGES:
        if hedge in norm:
            found.append("hedge")
            break
    you = words.count("you") + words.count("your")
    me = words.count("i") + words.count("me") + words.count("my")
    found.append(f"you:{min(you, 3)}")
    found.append(f"me:{min(me, 3)}")
    if stripped.endswith(("-", "...", ",")):
        found.append("trail")
    if "!" in norm:
        found.append("bang")
    if '"' in norm and _QUOTED.search(norm):
        found.append("quoted")
    return found


def _classed(words: list[str]) -> list[str]:
    """N-grams over the words with each word of a class also read as its class (see
    ``lexicon.py``): "you ought" and "you must" both give "you OBLIGE"."""
    found: list[str] = []
    classes = [WORD_CLASSES.get(w, ()) for w in words]
    primary = [c[0] if c else w for w, c in zip(words, classes, strict=True)]
    for index, names in enumerate(classes):
        for name in names:
            found.append("k:" + name)
            if index > 0 and words[index - 1] not in (".", "?"):
                found.append("k2:" + words[index - 1] + "_" + name)
                for before in classes[index - 1]:
                    found.append("k2:" + before + "_" + name)
            if index + 1 < len(words) and words[index + 1] not in (".", "?"):
                found.append("k2:" + name + "_" + words[index + 1])
            for back in range(max(0, index - 3), index):
                if words[back] in (".", "?"):
                    continue
                for before in classes[back]:
                    if before in ("PERSON", "SELF", "BE_YOU"):
                        found.append("pk:" + before + ">" + name)
    for first in range(len(words) - 2):
        gram = primary[first:first + 3]
        if any(classes[first + i] for i in range(3)) and "." not in gram and "?" not in gram:
            found.append("k3:" + "_".join(gram))
    return found


def featurise(norm: str, rule_features: tuple[str, ...] = ()) -> list[str]:
    """Every feature name of one normalised utterance (distinct, in a stable order)."""
    spans = canonical(norm[:2000])
    words = [w for w, _s, _e in spans]
    found: list[str] = ["u:" + w for w in words if w != "."]
    found += ["b:" + a + "_" + b for a, b in itertools.pairwise(words)
              if a != "." and b != "."]
    found += ["t:" + a + "_" + b + "_" + c
              for a, b, c in zip(words, words[1:], words[2:], strict=False)
              if "." not in (a, b, c)]
    start = _opening(words)
    head = words[start:start + 3]
    if head:
        found.append("s:" + head[0])
    if len(head) >= 2:
        found.append("s2:" + "_".join(head[:2]))
    if len(head) >= 3:
        found.append("s3:" + "_".join(head))
    end = len(words)
    while end > 0 and words[end - 1] == ".":
        end -= 1
    if end:
        found.append("e:" + words[end - 1])
        if end > 1:
            found.append("e2:" + words[end - 2] + "_" + words[end - 1])
    found += structural(norm, words)
    found += _classed(words)
    found += list(rule_features)
    return list(dict.fromkeys(found))


@cache
def _load() -> dict[str, Any]:
    if not WEIGHTS_FILE.exists():
        return {}
    data: dict[str, Any] = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return data


@cache
def _weights() -> _Weights | None:
    weights = read_weights(WEIGHTS_FILE, _load())
    # The feature index is a hundred thousand objects that live as long as the process and
    # never change; leaving them out of the garbage collector's full passes keeps those passes
    # short, so they never stall the screen.
    gc.freeze()
    return weights


def read_weights(header_file: Path, header: dict[str, Any]) -> _Weights | None:
    """The feature rows written beside ``header_file`` (None when the header is not of this
    format); ValueError when the two files do not agree."""
    width = header.get("width")
    if header.get("format") != WEIGHT_FORMAT or not isinstance(width, int):
        return None
    names = header_file.with_suffix(".features").read_text(encoding="utf-8").split("\n")
    if names and names[-1] == "":
        names.pop()
    values = array("h")
    values_file = header_file.with_suffix(".weights")
    values.frombytes(values_file.read_bytes())
    if sys.byteorder != "little":  # pragma: no cover - the file is little-endian
        values.byteswap()
    if len(values) != width * len(names):
        raise ValueError(f"{values_file.name}: {len(values)} weights for {len(names)} "
                         f"features of {width} labels each")
    return _Weights({name: row * width for row, name in enumerate(names)}, values, width)


def table_from(header: dict[str, Any], weights: _Weights | None, key: str) -> _Table | None:
    """One table ("acts" or "traps") of a header and its weights, or None."""
    entry = header.get(key)
    if weights is None or not isinstance(entry, dict) or "order" not in entry:
        return None
    return _Table(tuple(entry["order"]), tuple(entry["biases"]), int(entry["offset"]),
                  float(entry["scale"]), weights)


@cache
def table(key: str) -> _Table | None:
    """One of the shipped tables ("acts" or "traps"), or None when none is shipped."""
    header = _load()
    return table_from(header, _weights(), key) if header else None


def thresholds() -> dict[str, float]:
    """The probability each trap model needs to raise its trap, as chosen in training."""
    value = _load().get("thresholds", {})
    return {str(k): float(v) for k, v in value.items()} if isinstance(value, dict) else {}


def scores(tab: _Table, feats: list[str]) -> list[float]:
    """The linear score of each label of a table for the features given."""
    return _scores(tab, _sums(tab.weights, feats))


def _sums(weights: _Weights, feats: list[str]) -> list[int]:
    """The whole-number weights of the features given, summed column by column."""
    width = weights.width
    totals = [0] * width
    get = weights.index.get
    values = weights.values
    for name in feats:
        at = get(name)
        if at is None:
            continue
        for column, value in enumerate(values[at:at + width]):
            totals[column] += value
    return totals


def _scores(tab: _Table, sums: list[int]) -> list[float]:
    scale = tab.scale
    return [bias + scale * total for bias, total in
            zip(tab.biases, sums[tab.offset:tab.offset + len(tab.labels)], strict=True)]


def softmax(values: list[float]) -> list[float]:
    """Probabilities from scores."""
    top = max(values)
    exps = [math.exp(v - top) for v in values]
    total = sum(exps)
    return [e / total for e in exps]


def sigmoid(z: float) -> float:
    """The logistic function, clamped."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=64)
def _cached(norm: str, rule_features: tuple[str, ...]) -> tuple[dict[str, float],
                                                                 dict[str, float]]:
    feats = featurise(norm, rule_features)
    acts: dict[str, float] = {}
    traps: dict[str, float] = {}
    act_tab = table("acts")
    trap_tab = table("traps")
    if act_tab is None or trap_tab is None:
        return acts, traps
    sums = _sums(act_tab.weights, feats)
    acts = dict(zip(act_tab.labels, softmax(_scores(act_tab, sums)), strict=True))
    traps = {label: sigmoid(z) for label, z in
             zip(trap_tab.labels, _scores(trap_tab, sums), strict=True)}
    return acts, traps


def read(norm: str, rule_features: tuple[str, ...] = ()) -> tuple[dict[str, float],
                                                                  dict[str, float]]:
    """The act probabilities and each trap's probability for one normalised utterance
    (both empty when no weights are shipped)."""
    return _cached(norm, rule_features)


_TURNS = frozenset({"but", "though", "however"})
"""Words that turn a sentence: what follows is the practitioner's own clause, so the
evidence of a trap other than "yes, but" starts there ("I know you wanted to be at home but
we've decided the hospice is safer")."""


def strongest(norm: str, label: str, rule_features: tuple[str, ...] = ()
              ) -> tuple[int, int] | None:
    """The words behind a warning the model raised: the clause whose word n-grams weigh most
    towards the trap, provided one of its n-grams holds a content word weighing at least
    MIN_EVIDENCE (a probability built from faint cues shows nothing worth naming)."""
    tab = table("traps")
    if tab is None or label not in tab.labels:
        return None
    index = tab.labels.index(label)
    spans = canonical(norm[:2000])
    words = [w for w, _s, _e in spans]
    clause = [0] * len(words)
    for position in range(1, len(words)):
        gap = norm[spans[position - 1][2]:spans[position][1]]
        boundary = (words[position - 1] in (".", "?") or any(c in gap for c in ",;:")
                    or (words[position] in _TURNS and label != "yes_but"))
        clause[position] = clause[position - 1] + (1 if boundary else 0)
    totals: dict[int, float] = {}
    evident: set[int] = set()
    for size, prefix in ((1, "u:"), (2, "b:"), (3, "t:")):
        for first in range(len(words) - size + 1):
            gram = words[first:first + size]
            if "." in gram or "?" in gram or clause[first] != clause[first + size - 1]:
                continue
            weights = tab.row(prefix + "_".join(gram))
            if weights is None or weights[index] <= 0:
                continue
            totals[clause[first]] = totals.get(clause[first], 0.0) + weights[index]
            if _contentful(gram) and weights[index] / size ** 0.5 >= MIN_EVIDENCE:
                evident.add(clause[first])
    if not evident:
        return None
    if label != "yes_but":
        # The clause before a "but" acknowledges ("I can see the garden's important, but
        # ..."): what follows the turn carries the trap.
        turned = {clause[i - 1] for i in range(1, len(words))
                  if words[i] in _TURNS and clause[i] != clause[i - 1]}
        evident = (evident - turned) or {c + 1 for c in evident}
    chosen = max(evident, key=lambda c: totals.get(c, 0.0))
    members = [i for i, c in enumerate(clause) if c == chosen and words[i] not in (".", "?")]
    if len(members) > 1 and words[members[0]] in _TURNS and label != "yes_but":
        members = members[1:]
    return spans[members[0]][1], spans[members[-1]][2]
