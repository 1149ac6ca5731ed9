"""The ``conversation new`` wizard: asks what the command-line flags did not say.

It runs before the Textual app starts (questionary cannot ask inside a running app). Every
question has a flag, so scripts and CI never need a terminal: ``missing_flags`` names the
flags still needed, and ``ask`` asks only those questions.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from conversation.errors import ConversationError
from conversation.model import DEFAULT_PSEUDONYM, Mode, pseudonym_or_default
from conversation.script import Script

if TYPE_CHECKING:
    import questionary

WIZARD_MODES: tuple[Mode, ...] = (Mode.DEMONSTRATE, Mode.PRACTISE, Mode.RECORD, Mode.SUPERVISE)
"""The modes a new conversation can open in."""

MODE_DESCRIPTIONS: dict[Mode, str] = {
    Mode.DEMONSTRATE: "Demonstrate: step through a model conversation with a group",
    Mode.PRACTISE: "Practise: a role play with a scripted person",
    Mode.RECORD: "Record: notes of a real conversation, with prompts and warnings",
    Mode.SUPERVISE: "Supervise: a reflective supervision session with a supervisee",
}

MAX_NAME_LENGTH = 100


class WizardCancelled(ConversationError):
    """The user stopped the wizard (Ctrl+C or end of input) before answering everything."""


@dataclass(frozen=True)
class Answers:
    """What is known so far about the conversation to open; None means not yet given."""

    mode: Mode | None = None
    script_id: str | None = None
    practitioner: str | None = None
    pseudonym: str | None = None
    supervisee: str | None = None


@dataclass(frozen=True)
class WizardAnswers:
    """Everything needed to open the app for a new conversation."""

    mode: Mode
    script_id: str
    practitioner: str
    pseudonym: str | None
    """The name the person goes by in record mode; None in the other modes."""
    supervisee: str | None = None
    """The supervisee's name in supervise mode; None in the other modes."""


def name_problem(value: str, what: str, required: bool = True) -> str | None:
    """Why ``value`` cannot be a practitioner name or pseudonym, or None when it can (an empty
    value only when it is not ``required``)."""
    text = value.strip()
    if not text:
        return f"{what} must not be empty" if required else None
    if len(text) > MAX_NAME_LENGTH:
        return f"{what} must be at most {MAX_NAME_LENGTH} characters"
    if any(unicodedata.category(char) in ("Cc", "Cs") for char in text):
        return f"{what} must not contain control characters"
    return None


def needs_pseudonym(mode: Mode | None) -> bool:
    """True when the mode records a real person, who is named by a pseudonym."""
    return mode is Mode.RECORD


def needs_supervisee(mode: Mode | None) -> bool:
    """True when the mode is a supervision, which is with a named supervisee."""
    return mode is Mode.SUPERVISE


def missing_flags(answers: Answers) -> list[str]:
    """The flags still needed before the app can open, in the order the wizard asks."""
    missing: list[str] = []
    if answers.mode is None:
        missing.append("--mode")
    if answers.script_id is None:
        missing.append("--script")
    if answers.practitioner is None:
        missing.append("--name")
    if answers.pseudonym is None and (answers.mode is None or needs_pseudonym(answers.mode)):
        missing.append("--pseudonym (record mode)" if answers.mode is None else "--pseudonym")
    if answers.supervisee is None and needs_supervisee(answers.mode):
        missing.append("--supervisee")
    return missing


def scripts_for(mode: Mode, scripts: Sequence[Script]) -> list[Script]:
    """The scripts written for ``mode``; every script when none says it is."""
    suited = [script for script in scripts if mode in script.meta.modes]
    return suited or list(scripts)


def modes_for(script_id: str | None, scripts: Sequence[Script]) -> list[Mode]:
    """The modes to offer: those the chosen script is written for, else every mode."""
    for script in scripts:
        if script.meta.id == script_id:
            suited = [mode for mode in WIZARD_MODES if mode in script.meta.modes]
            if suited:
                return suited
    return list(WIZARD_MODES)


def complete(answers: Answers) -> WizardAnswers | None:
    """The final answers when nothing is missing, else None."""
    if answers.mode is None or answers.script_id is None or answers.practitioner is None:
        return None
    if needs_pseudonym(answers.mode) and answers.pseudonym is None:
        return None
    if needs_supervisee(answers.mode) and answers.supervisee is None:
        return None
    pseudonym = pseudonym_or_default(answers.pseudonym) if needs_pseudonym(answers.mode) else None
    supervisee = answers.supervisee if needs_supervisee(answers.mode) else None
    return WizardAnswers(
        answers.mode, answers.script_id, answers.practitioner, pseudonym, supervisee
    )


def _validator(what: str, required: bool = True) -> Any:
    def validate(value: str) -> bool | str:
        problem = name_problem(value, what, required)
        return True if problem is None else problem.capitalize()

    return validate


def _ask(question: questionary.Question) -> Any:
    try:
        value = question.unsafe_ask()
    except (KeyboardInterrupt, EOFError) as error:
        raise WizardCancelled("cancelled: no conversation was started") from error
    if value is None:
        raise WizardCancelled("cancelled: no conversation was started")
    return value


def ask(
    answers_so_far: Answers,
    scripts: Sequence[Script],
    input: Any = None,
    output: Any = None,
) -> WizardAnswers:
    """Ask for whatever ``answers_so_far`` lacks and return the full answers.

    ``scripts`` are the scripts to offer; ``input`` and ``output`` are prompt_toolkit's
    (pass a pipe input and a dummy output in tests). Raises WizardCancelled when the user
    stops, and ConversationError when there is no script to offer.
    """
    import questionary  # imported here so the command line starts fast

    io: dict[str, Any] = {}
    if input is not None:
        io["input"] = input
    if output is not None:
        io["output"] = output
    answers = answers_so_far
    if answers.mode is None:
        modes = modes_for(answers.script_id, scripts)
        mode = _ask(
            questionary.select(
                "What would you like to do?",
                choices=[questionary.Choice(MODE_DESCRIPTIONS[each], value=each) for each in modes],
                **io,
            )
        )
        answers = replace(answers, mode=Mode(mode))
    assert answers.mode is not None
    if answers.script_id is None:
        offered = scripts_for(answers.mode, scripts)
        if not offered:
            raise ConversationError("there are no conversation scripts to choose from")
        if len(offered) == 1:
            script_id = offered[0].meta.id
        else:
            script_id = _ask(
                questionary.select(
                    "Which conversation?",
                    choices=[
                        questionary.Choice(
                            f"{script.meta.title} ({script.meta.setting})", value=script.meta.id
                        )
                        for script in offered
                    ],
                    **io,
                )
            )
        answers = replace(answers, script_id=str(script_id))
    if answers.practitioner is None:
        name = _ask(
            questionary.text(
                "Your name (the practitioner):", validate=_validator("your name"), **io
            )
        )
        answers = replace(answers, practitioner=str(name).strip())
    if needs_pseudonym(answers.mode) and answers.pseudonym is None:
        pseudonym = _ask(
            questionary.text(
                "A pseudonym for the person (not their real name; Enter for "
                f"'{DEFAULT_PSEUDONYM}'):",
                validate=_validator("the pseudonym", required=False),
                **io,
            )
        )
        answers = replace(answers, pseudonym=str(pseudonym).strip())
    if needs_supervisee(answers.mode) and answers.supervisee is None:
        supervisee = _ask(
            questionary.text(
                "The supervisee's name (as in their sessions):",
                validate=_validator("the supervisee's name"),
                **io,
            )
        )
        answers = replace(answers, supervisee=str(supervisee).strip())
    final = complete(answers)
    assert final is not None
    return final
