"""Three bundled scripts: Jamie (a learning disability, few words), Nora (near the end of her
life, walking to the river) and Mark (drinking, and a visit he did not ask for).

Each is complete and faithful to the 'what matters' approach: every stage guided, facts that
good technique draws out and traps shut away, a model conversation that asks permission, uses
a 1 to 10 scale and ends in an empowering summary, and model outcomes of all three kinds.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from pathlib import Path

import pytest

from conversation.analysis import analyse, analyse_conversation
from conversation.model import Act, FactKind, OutcomeKind, Speaker, Stage, Trap
from conversation.outcomes import check_outcome
from conversation.roleplay import STOP_WORDS, topic_words
from conversation.script import Script
from conversation.script_loader import check_script, list_scripts, load_bundled
from conversation.store import SessionStore
from tests.test_roleplay_end_to_end import play_badly, play_well, result

SCRIPT_IDS = ("learning-disability-little-speech", "walk-to-the-river", "drinking-not-my-choice")
SEEDS = (0, 1, 2)
NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
PERMISSION = re.compile(
    r"\b(?:would it help if i|can i tell you|could i tell you|would you like me to)\b", re.I
)


@pytest.fixture(scope="module", params=SCRIPT_IDS)
def script(request: pytest.FixtureRequest) -> Script:
    """Each of the three scripts, loaded once."""
    return load_bundled(str(request.param))


def practitioner_turns(script: Script) -> list[tuple[int, str]]:
    """The model conversation's practitioner lines, with their place in the demo."""
    return [
        (number, turn.text)
        for number, turn in enumerate(script.demo)
        if turn.speaker is Speaker.PRACTITIONER
    ]


def test_it_validates_and_is_listed(script: Script) -> None:
    assert script.path is not None
    assert check_script(script.path) == []
    assert script.meta.id in {listed.meta.id for listed in list_scripts()}
    assert script.meta.language == "en-GB"


def test_every_stage_has_guidance_and_prompts(script: Script) -> None:
    assert set(script.stages) == set(Stage)
    for guide in script.stages.values():
        assert len(guide.guidance) > 200
        assert len(guide.prompts) >= 4
        for prompt in guide.prompts:
            assert not analyse(prompt).warnings, prompt


def test_facts_are_many_deep_and_drawn_out_by_their_own_topics(script: Script) -> None:
    assert len(script.facts) >= 12
    kinds = Counter(fact.kind for fact in script.facts)
    assert kinds[FactKind.SCALE] == 1
    wanted = {
        FactKind.IMPORTANT_TO,
        FactKind.WHO,
        FactKind.STRENGTH,
        FactKind.WORRY,
        FactKind.ASPIRATION,
    }
    assert wanted <= set(kinds)
    owners: dict[frozenset[str], str] = {}
    for fact in script.facts:
        assert len(fact.topics) >= 5, fact.id
        assert fact.deeper != fact.reply
        for topic in fact.topics:
            assert topic == topic.lower(), topic
            needed = topic_words(topic)
            assert needed - STOP_WORDS, f"{topic!r} is made only of small words"
            owner = owners.setdefault(needed, fact.id)
            assert owner == fact.id, f"{topic!r} of {fact.id} also draws out {owner}"


def test_reactions_to_every_trap_and_to_closed_questions(script: Script) -> None:
    reactions = script.reactions
    assert set(reactions.traps) == set(Trap)
    assert all(len(replies) >= 2 for replies in reactions.traps.values())
    assert len(reactions.closed_question) >= 3
    assert len(reactions.unknown) >= 3
    assert reactions.summary_confirmed and reactions.summary_corrected
    assert reactions.greeting and reactions.thanks and reactions.social and reactions.permission


def test_the_demo_is_long_enough_with_trap_variants_the_analysis_names(script: Script) -> None:
    demo = script.demo
    assert len(demo) >= 20
    assert all(turn.note for turn in demo)
    assert {turn.stage for turn in demo} == set(Stage)
    speakers = [turn.speaker for turn in demo]
    assert all(a is not b for a, b in itertools.pairwise(speakers)), "turns alternate"
    variants = [turn for turn in demo if turn.trap is not None]
    assert len(variants) >= 4
    for turn in variants:
        assert turn.trap in analyse(turn.trap_text or "").traps, (turn.trap, turn.trap_text)
        assert turn.trap_reaction


def test_model_lines_fall_into_no_trap(script: Script) -> None:
    lines = [text for _, text in practitioner_turns(script)]
    for text, analysis in zip(lines, analyse_conversation(lines), strict=True):
        assert not analysis.warnings, text
        assert not analyse(text).warnings, text


def test_the_demo_asks_permission_before_giving_information(script: Script) -> None:
    inform = [turn for turn in script.demo if turn.stage is Stage.INFORM]
    asking = [
        number
        for number, turn in enumerate(inform)
        if turn.speaker is Speaker.PRACTITIONER and PERMISSION.search(turn.text)
    ]
    assert asking, "no request for permission in the information stage"
    assert inform[asking[0] + 1].speaker is Speaker.PERSON
    assert any(turn.speaker is Speaker.PRACTITIONER for turn in inform[asking[0] + 2 :])


def test_the_demo_uses_a_scale_and_asks_for_the_next_number(script: Script) -> None:
    scale = next(fact for fact in script.facts if fact.kind is FactKind.SCALE)
    assert scale.scale is not None
    lines = practitioner_turns(script)
    asked = [number for number, text in lines if "1 to 10" in text]
    assert asked, "no 1 to 10 question"
    next_number = NUMBER_WORDS[scale.scale]
    later = [text for number, text in lines if number > asked[0]]
    assert any(re.search(rf"\b{next_number}\b", text, re.I) for text in later), next_number


def test_the_demo_ends_in_an_empowering_summary_the_person_confirms(script: Script) -> None:
    summary = [turn for turn in script.demo if turn.stage is Stage.SUMMARY]
    first = summary[0]
    assert first.speaker is Speaker.PRACTITIONER
    assert analyse(first.text).act is Act.SUMMARY
    scale = next(fact for fact in script.facts if fact.kind is FactKind.SCALE)
    assert scale.scale is not None
    assert NUMBER_WORDS[scale.scale - 1] in first.text.lower()
    assert first.text.rstrip().endswith("?"), "the summary ends by checking with the person"
    assert summary[1].speaker is Speaker.PERSON


def test_model_outcomes_are_personal_and_of_all_three_kinds(script: Script) -> None:
    assert {outcome.kind for outcome in script.outcomes} == set(OutcomeKind)
    for outcome in script.outcomes:
        check = check_outcome(outcome.text)
        assert check.personal_outcome, outcome.text
        assert check.kind is outcome.kind, outcome.text
        assert outcome.text.startswith("I "), outcome.text


@pytest.mark.parametrize("seed", SEEDS)
def test_good_technique_reveals_most_and_traps_little(
    script: Script, tmp_path: Path, seed: int
) -> None:
    good = result(script, play_well(script, SessionStore(tmp_path / "good"), seed))
    assert good.share >= 0.8
    assert good.deepened >= good.revealed // 2
    assert good.traps == 0
    bad = result(script, play_badly(script, SessionStore(tmp_path / "bad"), seed))
    assert bad.share <= 0.3
    assert bad.rapport <= 1
