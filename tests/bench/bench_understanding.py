"""Benchmark how well the analysis understands lines it was never trained on: the figures on
the independent evaluation sets, against the product's targets.

Each set is a labelled TSV in tests/data/eval (header ``act traps setting text note``),
written by people who had not read the analysis or its training corpora, frozen before any
tuning and never trained on (``make train`` refuses them).

Printed for each set:
- four-way act macro-F1 (question / reflection, summaries included / information / other),
  target 0.85 on the spoken set;
- open vs closed questions macro-F1 over the lines that are questions, target 0.85 on the
  spoken set (a question read as something else counts against both);
- every trap's recall, target 0.92, and false warnings: the share of lines with no trap that
  got a warning, target 3% or less.

Usage: ``python -m tests.bench understanding`` (or ``make bench``).
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from conversation.analysis import analyse
from conversation.model import Act, Trap

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"
SPOKEN_SET = "heldout_speech.tsv"
ACT_TARGET = 0.85
OPEN_CLOSED_TARGET = 0.85
TRAP_RECALL_TARGET = 0.92
FALSE_WARNING_TARGET = 0.03
FOUR_WAY = {
    Act.OPEN_QUESTION: "question",
    Act.CLOSED_QUESTION: "question",
    Act.REFLECTION: "reflection",
    Act.SUMMARY: "reflection",
    Act.INFORMATION: "information",
    Act.OTHER: "other",
}


@dataclass(frozen=True)
class Row:
    """One labelled line of an evaluation set."""

    act: Act
    traps: frozenset[Trap]
    text: str


@dataclass(frozen=True)
class Figures:
    """What one evaluation set shows."""

    rows: int
    act_macro_f1: float
    open_closed_f1: float
    trap_recall: dict[Trap, tuple[int, int]]
    false_warnings: tuple[int, int]


def read_set(path: Path) -> list[Row]:
    """The labelled rows of one evaluation set."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        return [Row(Act(r[0].strip()),
                    frozenset(Trap(t.strip()) for t in r[1].split(",")
                              if t.strip() not in ("", "-")), r[3])
                for r in reader if len(r) >= 4 and r[3].strip()]


def macro_f1(pairs: list[tuple[str, str]], labels: list[str]) -> float:
    """Mean F1 over ``labels`` of (gold, predicted) pairs."""
    scores = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores)


def measure(rows: list[Row]) -> Figures:
    """Judge every row alone and gather the figures."""
    results = [analyse(row.text) for row in rows]
    four = [(FOUR_WAY[row.act], FOUR_WAY[result.act]) for row, result in zip(rows, results,
                                                                               strict=True)]
    questions = [(row.act.value, result.act.value if result.act.is_question else "neither")
                 for row, result in zip(rows, results, strict=True) if row.act.is_question]
    recall: dict[Trap, tuple[int, int]] = {}
    for trap in Trap:
        gold = [result for row, result in zip(rows, results, strict=True) if trap in row.traps]
        recall[trap] = (sum(1 for result in gold if trap in result.traps), len(gold))
    good = [result for row, result in zip(rows, results, strict=True) if not row.traps]
    return Figures(
        len(rows),
        macro_f1(four, ["question", "reflection", "information", "other"]),
        macro_f1(questions, [Act.OPEN_QUESTION.value, Act.CLOSED_QUESTION.value]),
        recall,
        (sum(1 for result in good if result.warnings), len(good)),
    )


def confusion(rows: list[Row]) -> Counter[tuple[str, str]]:
    """Four-way (gold, predicted) counts, for reading where the acts go wrong."""
    return Counter((FOUR_WAY[row.act], FOUR_WAY[analyse(row.text).act]) for row in rows)


def main() -> bool:
    """Print the figures of every evaluation set; False when a target is missed."""
    ok = True
    paths = sorted(EVAL.glob("*.tsv"))
    if not paths:
        print(f"no evaluation sets in {EVAL}")
        return False
    for path in paths:
        figures = measure(read_set(path))
        spoken = path.name == SPOKEN_SET
        print(f"{path.name}: {figures.rows} lines")
        act_ok = figures.act_macro_f1 >= ACT_TARGET or not spoken
        oc_ok = figures.open_closed_f1 >= OPEN_CLOSED_TARGET or not spoken
        target = " (target 0.85)" if spoken else ""
        print(f"  four-way act macro-F1 {figures.act_macro_f1:.3f}{target}"
              f"{'' if act_ok else '  MISSED'}")
        print(f"  open/closed macro-F1  {figures.open_closed_f1:.3f}{target}"
              f"{'' if oc_ok else '  MISSED'}")
        ok = ok and act_ok and oc_ok
        for trap, (hit, total) in figures.trap_recall.items():
            if total < 10:
                if total:
                    print(f"  {trap.value:<20} recall {hit}/{total} (too few to judge)")
                continue
            value = hit / total
            met = value >= TRAP_RECALL_TARGET
            ok = ok and met
            print(f"  {trap.value:<20} recall {value:.3f} ({hit}/{total}, target 0.92)"
                  f"{'' if met else '  MISSED'}")
        warned, good = figures.false_warnings
        share = warned / good if good else 0.0
        met = share <= FALSE_WARNING_TARGET
        ok = ok and met
        print(f"  false warnings {share:.1%} ({warned}/{good} lines with no trap, target 3%)"
              f"{'' if met else '  MISSED'}")
    print("understanding targets met" if ok else "understanding target MISSED")
    return ok


if __name__ == "__main__":
    import sys

    sys.exit(0 if main() else 1)
