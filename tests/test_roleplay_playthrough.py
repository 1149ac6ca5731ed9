"""Every bundled script, played in practise with its own good lines: the stage guide's prompts
and the model (non-trap) practitioner lines of its demo. Each line draws a fact or a reaction
in character from the person, never the non-committal reply, and no line trips a warning.

The scripts are found by looking in scripts/, so a new script is covered as soon as it is
added.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conversation.conduct import Conversation, Exchange
from conversation.model import Mode, Speaker, Stage
from conversation.script import Script
from conversation.script_loader import load_script

SCRIPTS = sorted((Path(__file__).resolve().parents[1] / "scripts").glob("*.toml"))
NOT_IN_CHARACTER = ("unknown", "guarded", "trap")
"""Reactions a good line must not get: the non-committal reply, wariness, a trap's reaction."""


def start(script: Script, seed: int) -> Conversation:
    """A new practise conversation, with no store."""
    return Conversation.start(
        mode=Mode.PRACTISE, script=script, practitioner="", person=None, store=None, seed=seed
    )


def check(script: Script, exchange: Exchange, where: str) -> None:
    """The line drew a fact or an in-character reaction, and tripped no warning."""
    person = exchange.person
    assert person is not None
    text = exchange.turn.text
    assert not exchange.turn.warnings, (where, text, exchange.turn.warnings)
    assert person.reaction not in NOT_IN_CHARACTER, (where, text, person.reaction, person.text)
    assert not any(line in person.text for line in script.reactions.unknown), (
        where, text, person.text)


def test_there_are_scripts_to_play() -> None:
    assert len(SCRIPTS) >= 2


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda path: path.stem)
@pytest.mark.parametrize("seed", (0, 3))
def test_every_model_line_of_the_demo_draws_the_person_out(path: Path, seed: int) -> None:
    script = load_script(path)
    conversation = start(script, seed)
    drawn = 0
    for turn in script.demo:
        if turn.speaker is not Speaker.PRACTITIONER:
            continue
        if conversation.stage is not turn.stage:
            conversation.set_stage(turn.stage)
        exchange = conversation.say(turn.text)
        check(script, exchange, f"demo ({turn.stage.value})")
        assert exchange.person is not None
        drawn += bool(exchange.person.revealed or exchange.person.deepened)
    assert drawn >= len([t for t in script.demo if t.speaker is Speaker.PRACTITIONER]) // 2


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda path: path.stem)
@pytest.mark.parametrize("stage", list(Stage), ids=lambda stage: stage.value)
def test_every_stage_guide_prompt_draws_the_person_out(path: Path, stage: Stage) -> None:
    """The stage's prompts in a row, as a trainee trying them out would say them."""
    script = load_script(path)
    conversation = start(script, 1)
    conversation.set_stage(stage)
    for prompt in script.stages[stage].prompts:
        check(script, conversation.say(prompt), f"guide ({stage.value})")


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda path: path.stem)
def test_every_stage_guide_prompt_after_the_demo_draws_the_person_out(path: Path) -> None:
    """The prompts again, once the demo has drawn out most of the person: still in character
    when there is little new left to tell."""
    script = load_script(path)
    conversation = start(script, 2)
    for turn in script.demo:
        if turn.speaker is Speaker.PRACTITIONER:
            if conversation.stage is not turn.stage:
                conversation.set_stage(turn.stage)
            conversation.say(turn.text)
    for stage in Stage:
        conversation.set_stage(stage)
        for prompt in script.stages[stage].prompts:
            check(script, conversation.say(prompt), f"guide after demo ({stage.value})")
