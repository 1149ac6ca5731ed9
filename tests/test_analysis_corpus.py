"""Corpus evaluation of the utterance analysis: per-label precision and recall.

Three kinds of corpus, each a labelled TSV in tests/data:

- The product's own corpus (utterances.tsv) is split deterministically: every fifth row is
  a held-out slice kept apart from rule tuning and from training.
- Training corpora (utterances_heldout.tsv, written apart from the analysis, and
  utterances_speech.tsv, transcribed speech and social-care sentences) were studied and are
  trained on, so they are no longer independent: their figures show fit, not
  generalisation.
- utterances_more.tsv (regional speech, case-record wording, texts, disfluent transcripts)
  is studied and trained on only in its tuning part; its floors hold its held-out slice.
- Independent corpora (utterances_heldout2.tsv, utterances_heldout3.tsv) are never read
  while the analysis is written or trained; only their aggregate figures are printed, and
  regression floors are kept.

Run with ``-s`` to see the figures. The learned back-up models
(conversation/analysis/trap_weights.json) are trained on the tuning part of the own corpus
and the training corpora (``python -m conversation.analysis.train``).
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conversation.analysis import analyse
from conversation.model import Act, Trap

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "utterances.tsv"
HELDOUT = DATA / "utterances_heldout.tsv"
HELDOUT2 = DATA / "utterances_heldout2.tsv"
HELDOUT3 = DATA / "utterances_heldout3.tsv"
SPEECH = DATA / "utterances_speech.tsv"
MORE = DATA / "utterances_more.tsv"
SETTINGS = {
    "older_adults", "carers", "young_people", "parents", "mental_health",
    "learning_disability", "other",
}
ACT_ACCURACY = 0.90
TRAP_RECALL = 0.90
FALSE_WARNINGS = 0.03
HELDOUT_MIN_ROWS = 200


@dataclass(frozen=True)
class Row:
    """One labelled utterance."""

    act: Act
    traps: frozenset[Trap]
    setting: str
    text: str
    note: str = ""


@dataclass
class Scores:
    """Figures for one slice of labelled utterances."""

    name: str
    rows: int = 0
    act_correct: int = 0
    act_confusion: Counter[tuple[Act, Act]] = field(default_factory=Counter)
    trap_tp: Counter[Trap] = field(default_factory=Counter)
    trap_fp: Counter[Trap] = field(default_factory=Counter)
    trap_fn: Counter[Trap] = field(default_factory=Counter)
    clean: int = 0
    clean_flagged: int = 0

    @property
    def act_accuracy(self) -> float:
        """Share of rows whose act was right."""
        return self.act_correct / self.rows if self.rows else 1.0

    def act_precision_recall(self, act: Act) -> tuple[float, float, int]:
        """Precision, recall and support for one act."""
        tp = self.act_confusion[(act, act)]
        predicted = sum(n for (_gold, got), n in self.act_confusion.items() if got is act)
        support = sum(n for (gold, _got), n in self.act_confusion.items() if gold is act)
        return _ratio(tp, predicted), _ratio(tp, support), support

    def trap_recall(self, trap: Trap) -> float:
        """Recall for one trap (1.0 when the slice has none)."""
        return _ratio(self.trap_tp[trap], self.trap_tp[trap] + self.trap_fn[trap])

    def trap_precision(self, trap: Trap) -> float:
        """Precision for one trap."""
        return _ratio(self.trap_tp[trap], self.trap_tp[trap] + self.trap_fp[trap])

    @property
    def false_warning_rate(self) -> float:
        """Share of clean rows given any trap warning."""
        return self.clean_flagged / self.clean if self.clean else 0.0

    def report(self) -> str:
        """A printable table of the figures."""
        lines = [f"== {self.name}: {self.rows} utterances, act accuracy {self.act_accuracy:.3f}"]
        for act in Act:
            precision, recall, support = self.act_precision_recall(act)
            lines.append(f"  act  {act.value:<20} P {precision:.3f}  R {recall:.3f}  n {support}")
        for trap in Trap:
            support = self.trap_tp[trap] + self.trap_fn[trap]
            lines.append(
                f"  trap {trap.value:<20} P {self.trap_precision(trap):.3f}  "
                f"R {self.trap_recall(trap):.3f}  n {support}"
            )
        lines.append(
            f"  false warnings on clean utterances {self.false_warning_rate:.3f} "
            f"({self.clean_flagged}/{self.clean})"
        )
        return "\n".join(lines)

    def failures(self) -> list[str]:
        """Thresholds this slice misses."""
        missed: list[str] = []
        if self.act_accuracy < ACT_ACCURACY:
            missed.append(f"{self.name}: act accuracy {self.act_accuracy:.3f} < {ACT_ACCURACY}")
        for trap in Trap:
            if self.trap_tp[trap] + self.trap_fn[trap] and self.trap_recall(trap) < TRAP_RECALL:
                missed.append(
                    f"{self.name}: {trap.value} recall {self.trap_recall(trap):.3f} < {TRAP_RECALL}"
                )
        if self.false_warning_rate > FALSE_WARNINGS:
            missed.append(
                f"{self.name}: false warnings {self.false_warning_rate:.3f} > {FALSE_WARNINGS}"
            )
        return missed


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def load(path: Path) -> list[Row]:
    """Read a labelled TSV (header act, traps, setting, text, optional note)."""
    rows: list[Row] = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        assert header[:4] == ["act", "traps", "setting", "text"], f"{path}: header {header}"
        for number, fields in enumerate(reader, start=2):
            if not fields or not "".join(fields).strip():
                continue
            assert len(fields) >= 4, f"{path}:{number}: expected 4 or more columns"
            act, traps, setting, text = fields[:4]
            trap_set = frozenset(
                Trap(t.strip()) for t in traps.split(",") if t.strip() not in ("", "-")
            )
            note = fields[4] if len(fields) > 4 else ""
            rows.append(Row(Act(act.strip()), trap_set, setting.strip(), text, note.strip()))
    return rows


def score(name: str, rows: list[Row]) -> Scores:
    """Analyse every row and count agreement with the labels."""
    scores = Scores(name)
    for row in rows:
        result = analyse(row.text)
        scores.rows += 1
        scores.act_correct += result.act is row.act
        scores.act_confusion[(row.act, result.act)] += 1
        found = set(result.traps)
        for trap in Trap:
            if trap in row.traps and trap in found:
                scores.trap_tp[trap] += 1
            elif trap in row.traps:
                scores.trap_fn[trap] += 1
            elif trap in found:
                scores.trap_fp[trap] += 1
        if not row.traps:
            scores.clean += 1
            scores.clean_flagged += bool(found)
    return scores


def split(rows: list[Row]) -> tuple[list[Row], list[Row]]:
    """Tuning rows and the held-out slice (every fifth row)."""
    return [r for i, r in enumerate(rows) if i % 5 != 4], rows[4::5]


def test_corpus_shape() -> None:
    """The corpus is big and varied enough to mean something."""
    rows = load(CORPUS)
    assert len(rows) >= 800
    assert {r.setting for r in rows} <= SETTINGS
    assert len({r.setting for r in rows}) >= 6
    per_trap = Counter(trap for r in rows for trap in r.traps)
    for trap in Trap:
        assert per_trap[trap] >= 40, trap
    near_misses = [r for r in rows if r.note == "near_miss"]
    assert len(near_misses) >= 150
    assert all(not r.traps for r in near_misses)
    assert len({r.text for r in rows}) == len(rows), "duplicate utterances"


def test_corpus_thresholds_and_held_out_slice() -> None:
    """Act accuracy, trap recall and false warnings meet their thresholds on the corpus and
    its tuning slice; the held-out slice's figures are printed beside them, and it must
    stay within reach (recall 0.8, act accuracy 0.9, false warnings 6%). The slice is in the
    voice of the first corpus; since twenty-two later writers drew the line between a near
    miss and a trap a little wider, it has read up to 5.2% (12 of 230 lines); it now reads
    2.6% (6 of 230), while the independent evaluation sets read 2.2% and 0.7%
    (``tests.bench understanding``)."""
    rows = load(CORPUS)
    tuning, held_out = split(rows)
    whole = score("whole corpus", rows)
    tuned = score("tuning slice", tuning)
    unseen = score("held-out slice (every 5th row, never tuned on)", held_out)
    near = score("near misses in the tuning slice", [r for r in tuning if r.note == "near_miss"])
    for result in (whole, tuned, unseen, near):
        print(result.report())
    missed = whole.failures() + tuned.failures()
    assert not missed, missed
    assert unseen.act_accuracy >= ACT_ACCURACY
    assert all(unseen.trap_recall(trap) >= 0.8 for trap in Trap)
    assert unseen.false_warning_rate <= 0.06


ACT_FLOOR_MORE = 0.88
RECALL_FLOOR_MORE = 0.33


@dataclass(frozen=True)
class Floor:
    """Regression floors for a corpus: its figures are printed on every run and must not
    fall below these."""

    act_accuracy: float
    trap_recall: float
    false_warnings: float
    held_out_only: bool = False
    """Score only the corpus's held-out slice (every fifth row, never tuned or trained on)."""


TRAINING = {
    # Written apart from the analysis and first read at act 0.908, trap recall 0.647 to
    # 0.857, false warnings 0.029; now studied and trained on, so a fit, not a measure
    # (act 0.988, trap recall 0.97 to 1.00, false warnings 0.003 at the last training).
    HELDOUT: Floor(act_accuracy=0.95, trap_recall=0.90, false_warnings=0.03),
    # Transcribed speech and social-care sentences, trained on as they were written (767
    # rows at the last training: act 0.978, trap recall 0.92 to 1.00, false warnings 0.003).
    # The file still grows; lines added since the last training are unseen, so the floors
    # leave room, and the models are retrained with ``python -m conversation.analysis.train``.
    SPEECH: Floor(act_accuracy=0.90, trap_recall=0.80, false_warnings=0.04),
    # Regional British speech, formal case-record wording, texts and disfluent transcripts
    # (1,085 rows). First read at act 0.867, false warnings 0.064, trap recall 0.58 to 0.77
    # on the whole file. Only its tuning part (rows whose index % 5 != 4) is studied and
    # trained on; the floors hold its held-out slice (217 rows), which stays unseen. Held-out
    # slice before this corpus was studied: act 0.857, false warnings 0.032 (4/124), trap
    # recall 0.36 to 1.00; at the last training: act 0.899, false warnings 0.000 (0/124),
    # trap recall 0.36 (confrontational, 4 of 11) to 1.00, the rest 0.50 to 0.81.
    MORE: Floor(act_accuracy=ACT_FLOOR_MORE, trap_recall=RECALL_FLOOR_MORE, false_warnings=0.03,
                held_out_only=True),
}


@pytest.mark.parametrize("path", sorted(TRAINING), ids=lambda p: p.name)
def test_training_corpus(path: Path) -> None:
    """A corpus the rules were studied on and the models trained on: figures printed, and
    the fit must hold."""
    if not path.exists():
        pytest.skip(f"no {path.name}")
    rows = load(path)
    floor = TRAINING[path]
    name = f"training corpus ({path.name})"
    if floor.held_out_only:
        tuning, rows = split(rows)
        print(score(f"{name}, tuning part", tuning).report())
        name = f"{name}, held-out slice"
    assert len(rows) >= HELDOUT_MIN_ROWS
    result = score(name, rows)
    print(result.report())
    assert result.act_accuracy >= floor.act_accuracy
    for trap in Trap:
        assert result.trap_recall(trap) >= floor.trap_recall, trap
    assert result.false_warning_rate <= floor.false_warnings


INDEPENDENT: dict[Path, Floor | None] = {
    # A second set with more transcribed speech; first reading: act 0.845, trap recall 0.457
    # to 0.947, false warnings 0.042. After the speech work: act 0.921, trap recall 0.562
    # (confrontational) to 1.000, false warnings 0.022. After families of confrontation and
    # labels were added: confrontational 0.604, labelling 0.846, false warnings 0.022.
    HELDOUT2: Floor(act_accuracy=0.90, trap_recall=0.53, false_warnings=0.035),
    # A third set, written while the speech work went on and never read row by row by it;
    # first reading (before): act 0.857, trap recall 0.435 to 0.872, false warnings 0.043.
    # After: act 0.928, trap recall 0.587 (confrontational) to 0.979, false warnings 0.025.
    # After families of confrontation and labels were added: confrontational 0.609,
    # labelling 0.848, false warnings 0.028 (11/393).
    HELDOUT3: Floor(act_accuracy=0.90, trap_recall=0.55, false_warnings=0.04),
}


@pytest.mark.parametrize("path", sorted(INDEPENDENT), ids=lambda p: p.name)
def test_independent_corpus(path: Path) -> None:
    """An independently written corpus: figures always printed, regression floors kept."""
    if not path.exists():
        pytest.skip(f"no {path.name}")
    rows = load(path)
    assert len(rows) >= HELDOUT_MIN_ROWS
    result = score(f"independent corpus ({path.name})", rows)
    print(result.report())
    floor = INDEPENDENT[path]
    if floor is None:
        return
    assert result.act_accuracy >= floor.act_accuracy
    for trap in Trap:
        assert result.trap_recall(trap) >= floor.trap_recall, trap
    assert result.false_warning_rate <= floor.false_warnings
