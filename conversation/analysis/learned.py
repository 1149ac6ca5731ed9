"""A small learned back-up for the trap rules: one logistic model per trap over word
n-grams, trained on the labelled corpus by ``python -m conversation.analysis.train`` and
shipped as plain numbers (``trap_weights.json``).

Inference is pure Python. The weights are read on first use, never at import. A model hit
carries as evidence the words in the utterance that weighed most towards the trap.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from conversation.model import Trap

WEIGHTS_FILE = Path(__file__).with_name("trap_weights.json")
THRESHOLD = 0.7
"""Probability above which a model alone raises a trap (rules raise theirs regardless)."""

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\?")


@dataclass(frozen=True)
class TrapModel:
    """Weights of one trap's logistic model."""

    bias: float
    weights: dict[str, float]


def tokens(norm: str) -> list[tuple[str, int, int]]:
    """Words (and question marks) of normalised text with their spans."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(norm)]


def features(words: list[str]) -> list[tuple[str, int, int]]:
    """Feature names with the word range each covers: unigrams, bigrams, the opening words."""
    found: list[tuple[str, int, int]] = [("u:" + w, i, i + 1) for i, w in enumerate(words)]
    found += [
        ("b:" + a + "_" + b, i, i + 2) for i, (a, b) in enumerate(itertools.pairwise(words))
    ]
    if words:
        found.append(("s:" + words[0], 0, 1))
    if len(words) > 1:
        found.append(("s2:" + words[0] + "_" + words[1], 0, 2))
    return found


@cache
def load_models() -> dict[Trap, TrapModel]:
    """The shipped models, read once; empty when the weights file is missing."""
    if not WEIGHTS_FILE.exists():
        return {}
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return {
        Trap(trap): TrapModel(float(entry["bias"]), {k: float(v) for k, v in
                                                      entry["weights"].items()})
        for trap, entry in data["traps"].items()
    }


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def learned_hits(norm: str) -> list[tuple[Trap, int, int, float]]:
    """Traps the models give at least THRESHOLD, each with its evidence span and probability."""
    models = load_models()
    if not models:
        return []
    spans = tokens(norm[:2000])
    words = [w for w, _s, _e in spans]
    feats = features(words)
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
            if weight > 0 and (best is None or weight > best[0]):
                best = (weight, first, last)
        probability = _sigmoid(total)
        if probability >= THRESHOLD and best is not None:
            _w, first, last = best
            hits.append((trap, spans[first][1], spans[last - 1][2], probability))
    return hits
