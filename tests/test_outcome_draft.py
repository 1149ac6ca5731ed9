"""Drafting outcomes: pre-fill from the board, the person's own words, action-plan dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from conversation.model import FactKind, Mode, OutcomeKind, Speaker, Stage
from conversation.outcome_draft import (
    DueDateError,
    action_rows,
    apply_check,
    is_untouched,
    is_want,
    new_outcome,
    outcome_context,
    outcome_label,
    own_words_candidates,
    parse_due_date,
    read_action_row,
    sentences,
)
from conversation.outcomes import MANUAL_CHECKS, check_outcome
from conversation.session import Action, BoardEntry, DraftOutcome, Session, Turn

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def person(text: str) -> Turn:
    """A turn the person said."""
    return Turn(Speaker.PERSON, Stage.EXPLORE, text, NOW)


def practitioner(text: str) -> Turn:
    """A turn the practitioner said."""
    return Turn(Speaker.PRACTITIONER, Stage.EXPLORE, text, NOW)


def session_with(board: list[BoardEntry], turns: list[Turn] | None = None) -> Session:
    """A small practise session."""
    return Session(
        id="s1",
        mode=Mode.PRACTISE,
        script_id="stroke-at-home",
        script_version="1",
        practitioner="Sioned",
        person="Eirlys",
        started=NOW,
        updated=NOW,
        board=board,
        turns=turns or [],
    )


BOARD = [
    BoardEntry(FactKind.IMPORTANT_TO, "Her garden"),
    BoardEntry(FactKind.WORKING, "Lowri, the carer who lets her do things"),
    BoardEntry(FactKind.WHO, "Her daughter Siân"),
    BoardEntry(FactKind.IMPORTANT_TO, "Singing in the chapel choir"),
    BoardEntry(FactKind.NOT_WORKING, "Sleeping downstairs"),
    BoardEntry(FactKind.NOT_WORKING, "Carers in a rush"),
    BoardEntry(FactKind.WORRY, "A fall in the kitchen"),
    BoardEntry(FactKind.STRENGTH, "Patient and organised"),
    BoardEntry(FactKind.ASPIRATION, "To sleep in her own bed again"),
    BoardEntry(FactKind.SCALE, "Confidence: 4 out of 10", scale=4),
]


def test_new_outcome_prefills_steps_one_and_two_from_the_board() -> None:
    draft = new_outcome(session_with(BOARD))
    assert draft.text == ""
    assert draft.matters.splitlines() == [
        "Important to:",
        "- Her garden",
        "- Singing in the chapel choir",
        "Who matters:",
        "- Her daughter Siân",
        "Strengths:",
        "- Patient and organised",
        "Hopes:",
        "- To sleep in her own bed again",
    ]
    assert draft.working == "Lowri, the carer who lets her do things"
    assert draft.not_working == (
        "Sleeping downstairs\nCarers in a rush\nWorry: A fall in the kitchen"
    )
    assert "fall" not in draft.matters + draft.working


def test_worries_alone_seed_not_working() -> None:
    draft = new_outcome(session_with([BoardEntry(FactKind.WORRY, "Falling on the stairs")]))
    assert draft.not_working == "Worry: Falling on the stairs"


def test_new_outcome_on_an_empty_board_is_blank() -> None:
    draft = new_outcome(session_with([]))
    assert (draft.matters, draft.working, draft.not_working) == ("", "", "")


def test_context_carries_the_scale_the_persons_words_and_name() -> None:
    session = session_with(BOARD, [practitioner("How are you?"), person("Not bad, love.")])
    context = outcome_context(session)
    assert context.scale == 4
    assert context.person_words == ("Not bad, love.",)
    assert context.name == "Eirlys"


def test_own_words_put_wants_first_and_keep_the_words_verbatim() -> None:
    turns = [
        person("The carers come at all hours. I miss my own bed, you know."),
        practitioner("I want to help you with that."),
        person(
            "Dai built that greenhouse himself.\nI just want to get back to chapel on Thursdays!"
        ),
        person("I'd like to see the boys more. Yes."),
        person("The carers come at all hours."),
    ]
    assert own_words_candidates(turns) == [
        "I miss my own bed, you know.",
        "I just want to get back to chapel on Thursdays!",
        "I'd like to see the boys more.",
        "The carers come at all hours.",
        "Dai built that greenhouse himself.",
    ]


def test_own_words_from_telling_turns_come_before_small_talk() -> None:
    polite = person("Well, you'd know, I suppose. Sit yourself down there.")
    telling = person("Fifty-two years I've lived in this house. Dai built that porch himself.")
    telling.revealed = ["home"]
    assert own_words_candidates([polite, telling]) == [
        "Fifty-two years I've lived in this house.",
        "Dai built that porch himself.",
        "Well, you'd know, I suppose.",
        "Sit yourself down there.",
    ]


def test_own_words_cope_with_odd_and_huge_text() -> None:
    turns = [person("\x00\x1b[31m ŵ ŷ 😀 " + "I want to garden " * 8000), person("")]
    candidates = own_words_candidates(turns)
    assert candidates == []  # the only sentence is far too long to be a wording
    assert own_words_candidates(
        [person("Rwy'n hoffi canu. I love singing with the choir 🎶.")]
    ) == [
        "I love singing with the choir 🎶.",
        "Rwy'n hoffi canu.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I want to stay here",
        "I’d like to sing",
        "I miss the garden",
        "I just want to go home",
        "I love my cat",
        "We would love to visit",
        "What I'd really like?",
        "To go up to bed at night like a normal person.",
        "I'd rather take my chances here",
        "If I could do the stairs, everything would follow",
    ],
)
def test_wants_are_recognised(text: str) -> None:
    assert is_want(text)


def test_plain_statements_are_not_wants() -> None:
    assert not is_want("The carer came at ten")
    assert not is_want("Dai built that porch himself.")
    assert not is_want("Tomorrow is fine, to be honest.")
    assert sentences("One.  Two?\n\nThree!") == ["One.", "Two?", "Three!"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-12-01", date(2026, 12, 1)),
        (" 01/12/2026 ", date(2026, 12, 1)),
        ("1/2/2027", date(2027, 2, 1)),
        ("29.02.2028", date(2028, 2, 29)),
        ("2027-1-5", date(2027, 1, 5)),
    ],
)
def test_good_dates_parse(typed: str, expected: date) -> None:
    assert parse_due_date(typed) == expected


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "Add the date"),
        ("next week", "'next week' is not a date"),
        ("31/02/2027", "'31/02/2027' is not a real date"),
        ("2027-13-01", "not a real date"),
        ("12/31/2026", "not a real date"),
        ("01/12/26", "not a date"),
        ("x" * 100_000, "is not a date"),
    ],
)
def test_bad_dates_say_what_was_expected(typed: str, words: str) -> None:
    with pytest.raises(DueDateError) as raised:
        parse_due_date(typed)
    message = str(raised.value)
    assert words in message
    assert "YYYY-MM-DD" in message and "DD/MM/YYYY" in message
    assert len(message) < 200


def test_action_rows_become_actions_or_stay_as_typed() -> None:
    good = read_action_row("Ring the choir", "Eirlys", "01/12/2026", "to sing again", row=0)
    assert good.action == Action("Ring the choir", "Eirlys", date(2026, 12, 1), "to sing again")
    assert good.problem == ""
    bad = read_action_row("Ring the choir", "Eirlys", "31/11/2026", "", row=2)
    assert bad.action is None
    assert bad.unfinished is not None and bad.unfinished.by == "31/11/2026"
    assert bad.unfinished.row == 2
    assert "not a real date" in bad.problem
    no_what = read_action_row("", "Siân", "2026-12-01", "", row=0)
    assert no_what.action is None and no_what.problem == "Say what will be done."
    blank = read_action_row("", " ", "", "", row=0)
    assert (blank.action, blank.unfinished, blank.problem) == (None, None, "")


def test_apply_check_keeps_the_practitioners_ticks() -> None:
    draft = DraftOutcome(text="Referral to the falls clinic")
    manual = next(iter(MANUAL_CHECKS))
    draft.checks[manual] = True
    apply_check(draft, check_outcome(draft.text, None))
    assert draft.checks[manual] is True
    assert draft.checks["everyday_language"] is False
    assert draft.kind is None
    apply_check(draft, check_outcome("", None))
    assert set(draft.checks) == {manual}
    apply_check(draft, check_outcome("I want to keep singing with the choir", None))
    assert draft.kind in (OutcomeKind.CHANGE, OutcomeKind.MAINTENANCE)


def test_outcome_label_is_short() -> None:
    assert outcome_label(DraftOutcome(text=""), 0) == "1. (no wording yet)"
    assert outcome_label(DraftOutcome(text="", change_wanted="Sleep upstairs"), 1) == (
        "2. Sleep upstairs"
    )
    label = outcome_label(DraftOutcome(text="I want " * 30), 2, width=20)
    assert label.startswith("3. I want") and label.endswith("…") and len(label) <= 23


def test_action_rows_come_back_in_their_order() -> None:
    draft = DraftOutcome(text="x")
    typed = [
        ("Ring the choir", "Eirlys", "2026-12-01", ""),
        ("Ask Siân", "Eirlys", "soon", "she worries"),
        ("Try the stairs with Lowri", "Lowri", "01/02/2027", ""),
    ]
    for row, (what, who, by, why) in enumerate(typed):
        result = read_action_row(what, who, by, why, row)
        if result.action is not None:
            draft.actions.append(result.action)
        if result.unfinished is not None:
            draft.unfinished_actions.append(result.unfinished)
    rows = action_rows(draft)
    assert [(r.what, r.by) for r in rows] == [
        ("Ring the choir", "2026-12-01"),
        ("Ask Siân", "soon"),
        ("Try the stairs with Lowri", "2027-02-01"),
    ]
    assert rows[1].why == "she worries"


def test_an_outcome_with_only_the_board_in_it_is_untouched() -> None:
    session = session_with(BOARD)
    draft = new_outcome(session)
    assert is_untouched(draft, session)
    draft.tried = "Bum-shuffling up the stairs"
    assert not is_untouched(draft, session)


def test_outcome_label_is_cut_at_a_word() -> None:
    label = outcome_label(DraftOutcome(text="I want to sleep upstairs in my own bed"), 0, width=20)
    assert label == "1. I want to sleep…"
    one_word = outcome_label(DraftOutcome(text="Llanfairpwllgwyngyllgogerychwyrndrobwll"), 0, 10)
    assert one_word == "1. Llanfairp…"
