"""Train the learned back-up models from labelled corpora and write ``trap_weights.json``.

Usage (from a checkout)::

    python -m conversation.analysis.train [--tuning CORPUS.tsv ...] [CORPUS.tsv ...]

Each corpus is a labelled TSV (header ``act traps setting text [note]``). A corpus given
with ``--tuning`` contributes only its tuning part: every fifth row is its held-out slice and
is never trained on. A corpus given plainly contributes all its rows. With no arguments the
models are trained on the tuning parts of ``tests/data/utterances.tsv`` and
``tests/data/utterances_more.tsv`` (regional speech, case-record wording, texts, disfluent
transcripts) and all of
``tests/data/utterances_heldout.tsv`` and ``tests/data/utterances_speech.tsv`` (transcribed
speech and social-care sentences), whichever exist. The independent measuring sets
(``utterances_heldout2.tsv``, ``utterances_heldout3.tsv``) must never be given here.

Two kinds of model are fitted over the same features (see ``learned.py``): one logistic model
per statement trap (question-and-answer is left to the rules), and one multinomial logistic
model for the dialogue act, used by the act rules only where they are unsure. Training is
deterministic (fixed seed, plain stochastic gradient descent) and needs no library beyond
Python.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
from pathlib import Path

from conversation.analysis._text import normalise
from conversation.analysis.learned import WEIGHTS_FILE, text_features
from conversation.model import Act, Trap

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
DEFAULT_TUNING = (DATA / "utterances.tsv", DATA / "utterances_more.tsv")
DEFAULT_WHOLE = (DATA / "utterances_heldout.tsv", DATA / "utterances_speech.tsv")
FORBIDDEN = frozenset({"utterances_heldout2.tsv", "utterances_heldout3.tsv"})
LEARNED_TRAPS = tuple(t for t in Trap if t is not Trap.QUESTION_AND_ANSWER)
EPOCHS = 40
RATE = 0.3
L2 = 1e-4
PRUNE = 0.05
ACT_EPOCHS = 30
ACT_RATE = 0.2
ACT_PRUNE = 0.05

Row = tuple[str, Act, set[str]]


def read_rows(path: Path, tuning_only: bool) -> list[Row]:
    """The (text, act, trap ids) rows of one corpus; without every fifth row when
    ``tuning_only``."""
    if path.name in FORBIDDEN:
        raise ValueError(f"{path}: an independent measuring set is never trained on")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        rows = [(r[3], Act(r[0].strip()), {t.strip() for t in r[1].split(",")
                                           if t.strip() not in ("", "-")})
                for r in reader if len(r) >= 4 and "".join(r).strip()]
    if tuning_only:
        return [row for index, row in enumerate(rows) if index % 5 != 4]
    return rows


def _feature_sets(rows: list[Row]) -> list[set[str]]:
    return [{name for name, _a, _b in text_features(normalise(text))[1]}
            for text, _act, _traps in rows]


def train_traps(rows: list[Row], data: list[set[str]]) -> dict[str, object]:
    """Fit one logistic model per trap; JSON-ready weights."""
    models: dict[str, tuple[float, dict[str, float]]] = {}
    for trap in LEARNED_TRAPS:
        weights: dict[str, float] = {}
        bias = 0.0
        order = list(range(len(data)))
        rnd = random.Random(1)
        for _epoch in range(EPOCHS):
            rnd.shuffle(order)
            for index in order:
                feats = data[index]
                target = 1.0 if trap.value in rows[index][2] else 0.0
                z = bias + sum(weights.get(k, 0.0) for k in feats)
                p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
                gradient = p - target
                bias -= RATE * gradient
                for k in feats:
                    w = weights.get(k, 0.0)
                    weights[k] = w - RATE * (gradient + L2 * w)
        models[trap.value] = (bias, weights)
    return _dense([trap.value for trap in LEARNED_TRAPS],
                  [models[trap.value][0] for trap in LEARNED_TRAPS],
                  [models[trap.value][1] for trap in LEARNED_TRAPS], PRUNE)


def _dense(labels: list[str], biases: list[float], weights: list[dict[str, float]],
           prune: float) -> dict[str, object]:
    """One table for several models: each feature kept when any of its weights matters."""
    names = sorted({name for per_label in weights for name, w in per_label.items()
                    if abs(w) >= prune})
    table = {name: [round(per_label.get(name, 0.0), 3) for per_label in weights]
             for name in names}
    return {"order": labels, "biases": [round(b, 4) for b in biases], "weights": table}


def train_acts(rows: list[Row], data: list[set[str]]) -> dict[str, object]:
    """Fit the multinomial act model; JSON-ready weights."""
    acts = list(Act)
    biases = dict.fromkeys(acts, 0.0)
    weights: dict[str, dict[Act, float]] = {}
    order = list(range(len(data)))
    rnd = random.Random(2)
    for _epoch in range(ACT_EPOCHS):
        rnd.shuffle(order)
        for index in order:
            feats = data[index]
            gold = rows[index][1]
            scores = dict(biases)
            for k in feats:
                per_act = weights.get(k)
                if per_act:
                    for act, w in per_act.items():
                        scores[act] += w
            top = max(scores.values())
            exps = {act: math.exp(s - top) for act, s in scores.items()}
            total = sum(exps.values())
            for act in acts:
                gradient = exps[act] / total - (1.0 if act is gold else 0.0)
                biases[act] -= ACT_RATE * gradient
                for k in feats:
                    per_act = weights.setdefault(k, {})
                    w = per_act.get(act, 0.0)
                    per_act[act] = w - ACT_RATE * (gradient + L2 * w)
    per_label = [{name: per.get(act, 0.0) for name, per in weights.items()} for act in acts]
    return _dense([act.value for act in acts], [biases[act] for act in acts], per_label,
                  ACT_PRUNE)


def train(tuning: list[Path], whole: list[Path]) -> dict[str, object]:
    """Fit every model on the corpora given and return the JSON-ready weights."""
    rows: list[Row] = []
    sources: list[str] = []
    for path in tuning:
        part = read_rows(path, tuning_only=True)
        rows += part
        sources.append(f"{path.name} (tuning part, {len(part)} rows)")
    for path in whole:
        part = read_rows(path, tuning_only=False)
        rows += part
        sources.append(f"{path.name} ({len(part)} rows)")
    data = _feature_sets(rows)
    return {
        "format": 3,
        "corpora": sources,
        "rows": len(rows),
        "traps": train_traps(rows, data),
        "acts": train_acts(rows, data),
    }


def dumps(result: dict[str, object]) -> str:
    """The weights as JSON with one feature to a line: compact, and a retrained model shows
    as a readable diff."""
    lines = ["{"]
    keys = sorted(result)
    for key_index, key in enumerate(keys):
        value = result[key]
        comma = "," if key_index < len(keys) - 1 else ""
        if isinstance(value, dict) and "weights" in value:
            table = value["weights"]
            assert isinstance(table, dict)
            head = {k: v for k, v in sorted(value.items()) if k != "weights"}
            lines.append(f"{json.dumps(key)}: {{")
            lines += [f"{json.dumps(k)}: {json.dumps(v)}," for k, v in head.items()]
            lines.append('"weights": {')
            names = sorted(table)
            lines += [f"{json.dumps(name)}: {json.dumps(table[name], separators=(',', ':'))}"
                      + ("," if index < len(names) - 1 else "")
                      for index, name in enumerate(names)]
            lines.append("}}" + comma)
        else:
            lines.append(f"{json.dumps(key)}: {json.dumps(value, sort_keys=True)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    """Train from the corpora given (or the default ones) and write the weights file."""
    parser = argparse.ArgumentParser(prog="python -m conversation.analysis.train",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--tuning", action="append", type=Path, default=[],
                        help="a corpus whose every fifth row is held out (repeatable)")
    parser.add_argument("corpus", nargs="*", type=Path, help="a corpus used whole")
    args = parser.parse_args(argv)
    if args.tuning or args.corpus:
        tuning, whole = list(args.tuning), list(args.corpus)
    else:
        tuning = [p for p in DEFAULT_TUNING if p.exists()]
        whole = [p for p in DEFAULT_WHOLE if p.exists()]
    for path in (*tuning, *whole):
        if not path.is_file():
            print(f"train: {path}: no such corpus file", file=sys.stderr)
            return 2
    try:
        result = train(tuning, whole)
    except (ValueError, IndexError, KeyError) as error:
        print(f"train: {error}", file=sys.stderr)
        return 2
    WEIGHTS_FILE.write_text(dumps(result), encoding="utf-8")
    print(f"wrote {WEIGHTS_FILE} from {result['rows']} utterances: "
          + "; ".join(str(s) for s in result["corpora"]))  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
