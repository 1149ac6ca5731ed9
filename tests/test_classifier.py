"""The learned reader: its features, the shipped weights and the training that makes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conversation.analysis import analyse, classifier, rule_features
from conversation.analysis._text import normalise
from conversation.analysis.train import (
    DEVELOPMENT_DIR,
    OTHER_TRAP,
    Example,
    fit,
    read_corpus,
    train,
)
from conversation.model import Act, Trap


def test_weights_are_shipped_as_plain_data() -> None:
    """The models load from JSON: an act table over every act, a trap table over every trap,
    and a threshold per trap."""
    data = json.loads(classifier.WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert data["acts"]["order"] == [act.value for act in Act]
    assert data["traps"]["order"] == [trap.value for trap in Trap]
    thresholds = classifier.thresholds()
    assert set(thresholds) == {trap.value for trap in Trap}
    assert all(0.0 < value < 1.0 for value in thresholds.values())
    acts, traps = classifier.read(normalise("What matters to you?"))
    assert abs(sum(acts.values()) - 1.0) < 1e-6
    assert set(traps) == {trap.value for trap in Trap}


@pytest.mark.parametrize(("text", "feature"), [
    ("So you're fed up with it all?", "fl:decl?"),
    ("What would you like to happen?", "f0:wh?"),
    ("Do you live alone?", "f0:aux?"),
    ("Would it be okay if I shared something?", "permission"),
    ("I wonder what you make of that.", "wonder"),
    ("It sounds like the stairs are hard", "hedge"),
    ("Try the frame tonight.", "f0:imp."),
    ("You're still at the flat, aren't you?", "tag"),
    ('Just checking you haven\'t "forgotten" your appointment again', "quoted"),
    ('You called yourself "useless" when you said that.', "quoted"),
    ("Lower your standards a bit.", "f0:imp."),
    ("honestly, I'd tell your mum tonight, clear the air", "cimp"),
    ("Be honest with the landlord and tell him you'll pay by Friday.", "cimp"),
    ("You're clearly someone who doesn't like being told things.", "character"),
    ("you're one of those people who can't switch off, aren't you", "character"),
])
def test_structural_features_read_the_form(text: str, feature: str) -> None:
    """The form of a sentence, hedges and frames become features whatever the words."""
    assert feature in classifier.featurise(normalise(text))


@pytest.mark.parametrize(("text", "feature"), [
    ("So tell me about it.", "cimp"),
    ("Let's make a start, shall we. I'll just get my notes out.", "cimp"),
    ("It's hard, and you keep going.", "cimp"),
    ("Just let me know how you get on.", "cimp"),
    ("Man, that's a lot to carry.", "f0:imp."),
    ("You're worried about him.", "character"),
    ("He's been in hospital since May.", "character"),
])
def test_structural_features_leave_lookalikes_alone(text: str, feature: str) -> None:
    """An invitation to talk, the practitioner's own errand, a person's action described or
    a feeling reflected is no directive and sums nobody up."""
    assert feature not in classifier.featurise(normalise(text))


def test_a_quotation_mark_alone_is_not_a_quoted_word() -> None:
    unclosed = 'She said "I\'m fine, honestly, I\'m fine'
    assert "quoted" not in classifier.featurise(normalise(unclosed))


def test_rule_readings_enter_as_features() -> None:
    """What the exact rules found is one more cue for the models to weigh."""
    features = rule_features("I know, but you should go.")
    assert "r:a:information" in features
    assert {"r:t:yes_but", "r:t:expert"} <= set(features)


def test_a_model_raised_warning_needs_what_the_trap_is_made_of() -> None:
    """A 'yes, but' needs its 'but': an acknowledgement alone carries no warning, however
    much the words resemble lines that went on to override the person."""
    assert analyse("I understand").traps == ()
    assert analyse("I hear you").traps == ()


def _corpus(folder: Path, rows: list[tuple[str, str, str]]) -> Path:
    """A labelled corpus file of (act, traps, text) rows."""
    corpus = folder / "corpus.tsv"
    corpus.write_text("act\ttraps\tsetting\ttext\tnote\n" + "".join(
        f"{act}\t{traps}\tother\t{text}\t-\n" for act, traps, text in rows), encoding="utf-8")
    return corpus


def test_training_learns_and_refuses_evaluation_sets(tmp_path: Path) -> None:
    """A small corpus trains a model that reads its own lines; an evaluation set, and a row
    with an unknown act, are refused with the file and line."""
    rows = [("open_question", "-", "What matters most to you?"),
            ("open_question", "-", "How do you feel about the move?"),
            ("closed_question", "-", "Do you live alone?"),
            ("closed_question", "-", "Is it the left knee?"),
            ("reflection", "-", "So you're worried about the stairs."),
            ("reflection", "-", "You miss the garden."),
            ("information", "expert", "You should use your frame."),
            ("information", "expert", "You need to stop drinking."),
            ("other", "-", "Thank you."), ("other", "-", "Hello there.")]
    corpus = _corpus(tmp_path, rows)
    examples = read_corpus(corpus)
    assert examples[6] == Example("You should use your frame.", Act.INFORMATION,
                                  frozenset({Trap.EXPERT}))
    data = [classifier.featurise(normalise(ex.text)) for ex in examples]
    acts, traps = fit(examples, data)
    labels = list(Act)
    for example, feats in zip(examples, data, strict=True):
        scores = acts.scores(feats)
        assert labels[scores.index(max(scores))] is example.act
    expert = list(Trap).index(Trap.EXPERT)
    assert traps.scores(data[7])[expert] > traps.scores(data[0])[expert]
    evaluation = tmp_path / "eval"
    evaluation.mkdir()
    for forbidden in (tmp_path / "utterances_heldout2.tsv", evaluation / "any.tsv"):
        forbidden.write_text(corpus.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ValueError, match="never trained on"):
        read_corpus(tmp_path / "utterances_heldout2.tsv")
    for development in sorted(DEVELOPMENT_DIR.glob("*.tsv")):
        with pytest.raises(ValueError, match="a development set is never trained on"):
            read_corpus(development)
    assert len(list(DEVELOPMENT_DIR.glob("*.tsv"))) == 9
    bad = tmp_path / "bad.tsv"
    bad.write_text("act\ttraps\tsetting\ttext\nquestion\t-\tother\tWhat?\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.tsv:2"):
        read_corpus(bad)


def test_a_line_labelled_with_one_trap_teaches_little_against_another(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A fix labelled only as fixing is weak evidence that it does not also tell: trained at
    the shipped weight for the traps a line is not labelled with, the telling model scores it
    higher than at full weight, so a fix that tells can still be read as telling."""
    examples = ([Example("You should use your frame.", Act.INFORMATION,
                         frozenset({Trap.EXPERT}))] * 4
                + [Example("What you need is a cleaner.", Act.INFORMATION,
                           frozenset({Trap.PROBLEM_SOLVING}))] * 4
                + [Example("What matters to you?", Act.OPEN_QUESTION, frozenset())] * 4)
    data = [classifier.featurise(normalise(ex.text)) for ex in examples]
    expert = list(Trap).index(Trap.EXPERT)

    def telling(weight: float) -> float:
        monkeypatch.setattr("conversation.analysis.train.OTHER_TRAP", weight)
        _acts, traps = fit(examples, data)
        return traps.scores(data[4])[expert]

    assert OTHER_TRAP < 1.0
    assert telling(OTHER_TRAP) > telling(1.0)


def test_training_ships_the_full_fit_and_repeats_itself(tmp_path: Path) -> None:
    """The shipped weights are those of the fit on every row, and the same corpus trains the
    same weights and thresholds again, however the fits were shared between the cores."""
    rows = [("information", "expert", "You should use your frame."),
            ("information", "expert", "You need to stop drinking."),
            ("information", "expert", "Take your tablets with food."),
            ("information", "power", "I've booked you into respite."),
            ("reflection", "-", "So you're worried about the stairs."),
            ("reflection", "-", "You miss the garden."),
            ("open_question", "-", "What matters most to you?"),
            ("closed_question", "-", "Do you live alone?")]
    corpus = _corpus(tmp_path, rows)
    first = train([corpus], rule_features, k=2)
    assert json.dumps(first, sort_keys=True) == json.dumps(train([corpus], rule_features, k=2),
                                                           sort_keys=True)
    thresholds = first["thresholds"]
    assert isinstance(thresholds, dict) and set(thresholds) == {t.value for t in Trap}
    examples = read_corpus(corpus)
    data = [classifier.featurise(normalise(ex.text), rule_features(ex.text))
            for ex in examples]
    acts = fit(examples, data)[0]
    weights = first["acts"]["weights"]  # type: ignore[index]
    assert weights, "a small corpus still leaves some weights unpruned"
    for name in sorted(weights)[:20]:
        assert weights[name] == [round(w, 3) for w in acts.weights[name]]


def test_weights_round_trip_through_the_shipped_format(tmp_path: Path) -> None:
    """The writer and the reader agree: every weight comes back within half a step of its
    table's scale, a feature only one table has weighs nothing in the other, and a values
    file cut short is refused with its name."""
    from conversation.analysis.train import write_weights

    result = {
        "acts": {"order": ["a", "b"], "biases": [0.5, -0.5],
                 "weights": {"u:stairs": [1.25, -2.5], "u:garden": [0.001, 0.0]}},
        "traps": {"order": ["t"], "biases": [-1.0], "weights": {"u:should": [3.0]}},
        "thresholds": {"t": 0.4},
    }
    header_file = tmp_path / "model.json"
    write_weights(result, header_file)
    header = json.loads(header_file.read_text(encoding="utf-8"))
    weights = classifier.read_weights(header_file, header)
    acts = classifier.table_from(header, weights, "acts")
    traps = classifier.table_from(header, weights, "traps")
    assert acts is not None and traps is not None
    stairs = acts.row("u:stairs")
    assert stairs is not None
    assert abs(stairs[0] - 1.25) <= acts.scale and abs(stairs[1] + 2.5) <= acts.scale
    assert traps.row("u:stairs") == [0.0]
    assert acts.row("u:unknown") is None
    assert classifier.scores(traps, ["u:should", "u:stairs"]) == pytest.approx([2.0], abs=1e-3)
    cut = header_file.with_suffix(".weights")
    cut.write_bytes(cut.read_bytes()[:-2])
    with pytest.raises(ValueError, match=r"model\.weights"):
        classifier.read_weights(header_file, header)
