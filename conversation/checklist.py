"""The practitioner's self-review checklist, from the Outcome and Support Sequence workbook.

After a conversation the practitioner asks themselves how well they used the Outcome
Sequence and the Support Sequence. Each item has a stable id (saved in the session's
``checklist`` as ``{id: ticked}``), a section and the question in the product's own words.
Pure domain code: nothing here knows about the screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class ChecklistSection(StrEnum):
    """The two parts of the self-review."""

    OUTCOME_SEQUENCE = "outcome_sequence"
    SUPPORT_SEQUENCE = "support_sequence"

    @property
    def heading(self) -> str:
        """Heading shown above the section's items."""
        return _SECTION_TITLES[self]


_SECTION_TITLES: dict[ChecklistSection, str] = {
    ChecklistSection.OUTCOME_SEQUENCE: "How well did I use the Outcome Sequence?",
    ChecklistSection.SUPPORT_SEQUENCE: "How well did I use the Support Sequence?",
}


@dataclass(frozen=True)
class ChecklistItem:
    """One question the practitioner asks themselves after the conversation."""

    id: str
    section: ChecklistSection
    text: str


_OUTCOME = ChecklistSection.OUTCOME_SEQUENCE
_SUPPORT = ChecklistSection.SUPPORT_SEQUENCE

CHECKLIST: tuple[ChecklistItem, ...] = (
    ChecklistItem(
        "what_who_where",
        _OUTCOME,
        "I found out what matters to the person, who matters in their life and the places "
        "that matter to them, and asked about their hopes where it fitted.",
    ),
    ChecklistItem(
        "strengths",
        _OUTCOME,
        "I found out the person's strengths, assets and qualities.",
    ),
    ChecklistItem(
        "working_not_working",
        _OUTCOME,
        "I understood what is working and not working in the person's life now, as they see it.",
    ),
    ChecklistItem(
        "positive_change",
        _OUTCOME,
        "I am clear about the positive change the person wants: fixing something that is not "
        "working, or moving towards something they hope for.",
    ),
    ChecklistItem(
        "specific_outcome",
        _OUTCOME,
        "I turned that change into one or more specific outcomes.",
    ),
    ChecklistItem(
        "check_measurable",
        _OUTCOME,
        "Each outcome can be measured, and we know where the person is starting from.",
    ),
    ChecklistItem("check_achievable", _OUTCOME, "Each outcome is achievable."),
    ChecklistItem(
        "check_keeps_working",
        _OUTCOME,
        "Each outcome keeps or builds on what is already working.",
    ),
    ChecklistItem(
        "check_changes_not_working",
        _OUTCOME,
        "Each outcome changes something that is not working.",
    ),
    ChecklistItem(
        "check_aspiration",
        _OUTCOME,
        "Each outcome moves the person closer to the change or hope they described.",
    ),
    ChecklistItem(
        "check_assessed_need",
        _OUTCOME,
        "Where there is an assessed need, the outcome meets it.",
    ),
    ChecklistItem(
        "check_everyday_language",
        _OUTCOME,
        "Each outcome is in everyday words, not written from the service's point of view.",
    ),
    ChecklistItem(
        "check_no_solution",
        _OUTCOME,
        "No outcome has a solution built into it.",
    ),
    ChecklistItem(
        "involved_in_outcomes",
        _OUTCOME,
        "I involved the person in the decisions as much as I could.",
    ),
    ChecklistItem(
        "tried_and_ideas",
        _SUPPORT,
        "I started from what the person has already tried and their own ideas.",
    ),
    ChecklistItem(
        "support_yourself",
        _SUPPORT,
        "Yourself: we looked at how the person can build on their strengths, and what could "
        "add to their knowledge, skills or confidence.",
    ),
    ChecklistItem(
        "support_technology",
        _SUPPORT,
        "Technology: we looked at whether any apps or technology could help.",
    ),
    ChecklistItem(
        "support_equipment",
        _SUPPORT,
        "Equipment and adaptations: we looked at products, equipment or changes to the home "
        "or surroundings.",
    ),
    ChecklistItem(
        "support_family",
        _SUPPORT,
        "Family, friends and neighbours: we looked at what the people around them could help with.",
    ),
    ChecklistItem(
        "support_community",
        _SUPPORT,
        "Community: we looked at local places, groups and events, and online communities too.",
    ),
    ChecklistItem(
        "support_services",
        _SUPPORT,
        "Services or setting: we looked at general health, social and universal services "
        "(for a young person, their school or college and the local offer).",
    ),
    ChecklistItem(
        "support_support",
        _SUPPORT,
        "Support: we looked at arranging support, and at what an existing provider could do "
        "or do differently (for a young person, specialist support).",
    ),
    ChecklistItem(
        "personal_budgets",
        _SUPPORT,
        "We talked about personal budgets.",
    ),
    ChecklistItem(
        "involved_in_support",
        _SUPPORT,
        "I involved the person in the decisions about support as much as I could.",
    ),
)
"""Every checklist item, in the order the practitioner reviews them."""

CHECKLIST_IDS: frozenset[str] = frozenset(item.id for item in CHECKLIST)


def items_in(section: ChecklistSection) -> tuple[ChecklistItem, ...]:
    """The items of one section, in order."""
    return tuple(item for item in CHECKLIST if item.section is section)


def item(item_id: str) -> ChecklistItem:
    """The item with this id (KeyError when there is none)."""
    for candidate in CHECKLIST:
        if candidate.id == item_id:
            return candidate
    raise KeyError(item_id)


def ticked_count(answers: Mapping[str, bool]) -> int:
    """How many known checklist items are ticked in a saved ``{id: ticked}`` mapping."""
    return sum(1 for item_id, ticked in answers.items() if ticked and item_id in CHECKLIST_IDS)
