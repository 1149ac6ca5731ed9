"""The bundled scripts are valid and complete enough to demonstrate and practise with; the
default one is checked in detail."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest

from conversation import paths
from conversation.model import FactKind, Mode, OutcomeKind, Speaker, Stage, Trap
from conversation.script import Script
from conversation.script_loader import check_script, list_scripts, load_bundled, load_script


@pytest.fixture(scope="module")
def script() -> Script:
    """The default script, loaded once."""
    return load_bundled()


def test_every_bundled_script_validates() -> None:
    files = sorted(paths.bundled_scripts_dir().glob("*.toml"))
    assert files
    for file in files:
        assert check_script(file) == [], file


def test_default_script_is_found_by_id(script: Script) -> None:
    assert script.meta.id == paths.DEFAULT_SCRIPT_ID == "stroke-at-home"
    assert script.meta.language == "en-GB"
    assert set(script.meta.modes) == {Mode.DEMONSTRATE, Mode.PRACTISE, Mode.RECORD}
    assert script.meta.id in [s.meta.id for s in list_scripts()]


def test_person_is_an_older_person(script: Script) -> None:
    assert script.person.age >= 65
    assert "stroke" in script.person.background
    assert script.person.opening


def bundled_scripts() -> list[Script]:
    """Every script that ships with the app."""
    return [load_script(path) for path in sorted(paths.bundled_scripts_dir().glob("*.toml"))]


@pytest.fixture(scope="module", params=bundled_scripts(), ids=lambda s: s.meta.id)
def each_script(request: pytest.FixtureRequest) -> Script:
    """Each bundled script in turn."""
    script: Script = request.param
    return script


def test_every_stage_has_guidance_and_prompts(each_script: Script) -> None:
    script = each_script
    assert list(script.stages) == list(Stage)
    for guide in script.stages.values():
        assert len(guide.guidance) > 80
        assert len(guide.prompts) >= 3


def test_facts_cover_every_kind(script: Script) -> None:
    assert len(script.facts) >= 14
    kinds = Counter(fact.kind for fact in script.facts)
    assert set(kinds) == set(FactKind)
    assert kinds[FactKind.SCALE] == 1
    scale = next(f for f in script.facts if f.kind is FactKind.SCALE)
    assert scale.scale is not None and 1 <= scale.scale <= 10
    assert "scale" in scale.topics


def test_facts_have_distinct_replies_and_natural_topics(script: Script) -> None:
    replies = [fact.reply for fact in script.facts]
    assert len(set(replies)) == len(replies)
    for fact in script.facts:
        assert fact.deeper != fact.reply
        assert all(topic == topic.lower() for topic in fact.topics), fact.id
    topics = {topic for fact in script.facts for topic in fact.topics}
    for word in ("garden", "daughter", "chapel", "cooking", "stairs", "falls", "choir", "scale"):
        assert word in topics, word


def test_reactions_to_every_trap(script: Script) -> None:
    reactions = script.reactions
    assert set(reactions.traps) == set(Trap)
    for trap, replies in reactions.traps.items():
        assert 2 <= len(replies) <= 3, trap
    assert len(reactions.closed_question) >= 2
    assert len(reactions.unknown) >= 3
    assert reactions.summary_confirmed and reactions.summary_corrected


def test_demo_alternates_and_covers_every_stage_in_order(each_script: Script) -> None:
    demo = each_script.demo
    assert len(demo) >= 24
    speakers = [turn.speaker for turn in demo]
    assert speakers[0] is Speaker.PRACTITIONER
    assert all(a is not b for a, b in itertools.pairwise(speakers))
    stages = [turn.stage for turn in demo]
    assert stages == sorted(stages, key=lambda stage: stage.number)
    assert set(stages) == set(Stage)
    assert all(turn.note for turn in demo)


def test_demo_shows_at_least_five_different_traps(each_script: Script) -> None:
    variants = [turn for turn in each_script.demo if turn.trap is not None]
    assert len(variants) >= 5
    assert len({turn.trap for turn in variants}) == len(variants)
    for turn in variants:
        assert turn.speaker is Speaker.PRACTITIONER
        assert turn.trap_text and turn.trap_reaction
        assert turn.trap_text != turn.text


def test_model_outcomes_of_each_kind(each_script: Script) -> None:
    script = each_script
    assert len(script.outcomes) >= 4
    assert {o.kind for o in script.outcomes} == set(OutcomeKind)
    for outcome in script.outcomes:
        assert outcome.text.startswith("I ")
        assert outcome.note


def test_each_topic_belongs_to_one_fact(script: Script) -> None:
    owners: dict[str, str] = {}
    for fact in script.facts:
        for topic in fact.topics:
            assert topic not in owners, f"{topic!r} is a topic of {owners[topic]} and {fact.id}"
            owners[topic] = fact.id
