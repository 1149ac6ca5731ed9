"""Train the learned trap models from the labelled corpus and write ``trap_weights.json``.

Usage (from a checkout): ``python -m conversation.analysis.train [CORPUS.tsv]``. Training is
deterministic (fixed seed, plain stochastic gradient descent on a logistic loss) and uses
only the tuning part of the corpus, so its held-out slice stays unseen. Only the product's
own corpus is used.
"""

from __future__ import annotations

import csv
import json
import math
import random
import sys
from pathlib import Path

from conversation.analysis._text import normalise
from conversation.analysis.learned import WEIGHTS_FILE, features, tokens
from conversation.model import Trap

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "utterances.tsv"
LEARNED_TRAPS = tuple(t for t in Trap if t is not Trap.QUESTION_AND_ANSWER)
EPOCHS = 40
RATE = 0.3
L2 = 1e-4
PRUNE = 0.05


def _rows(path: Path) -> list[tuple[str, set[str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        rows = [(r[3], {t for t in r[1].split(",") if t not in ("", "-")})
                for r in reader if len(r) >= 4]
    return [row for index, row in enumerate(rows) if index % 5 != 4]


def train(path: Path) -> dict[str, object]:
    """Fit one model per trap and return the JSON-ready weights."""
    rows = _rows(path)
    data = [({name for name, _a, _b in features([w for w, _s, _e in tokens(normalise(text))])},
             labels) for text, labels in rows]
    models: dict[str, object] = {}
    for trap in LEARNED_TRAPS:
        weights: dict[str, float] = {}
        bias = 0.0
        order = list(range(len(data)))
        rnd = random.Random(1)
        for _epoch in range(EPOCHS):
            rnd.shuffle(order)
            for index in order:
                feats, labels = data[index]
                target = 1.0 if trap.value in labels else 0.0
                z = bias + sum(weights.get(k, 0.0) for k in feats)
                p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
                gradient = p - target
                bias -= RATE * gradient
                for k in feats:
                    w = weights.get(k, 0.0)
                    weights[k] = w - RATE * (gradient + L2 * w)
        kept = {k: round(w, 4) for k, w in sorted(weights.items()) if abs(w) >= PRUNE}
        models[trap.value] = {"bias": round(bias, 4), "weights": kept}
    return {"format": 1, "corpus": path.name, "rows": len(rows), "traps": models}


def main(argv: list[str]) -> int:
    """Train from the corpus given (or the default one) and write the weights file."""
    path = Path(argv[0]) if argv else DEFAULT_CORPUS
    result = train(path)
    WEIGHTS_FILE.write_text(json.dumps(result, indent=0, sort_keys=True) + "\n",
                            encoding="utf-8")
    print(f"wrote {WEIGHTS_FILE} from {result['rows']} utterances")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
