"""Every character typed is kept exactly: zero-width joiners, variation selectors, soft hyphens
and the rest of Unicode's invisible format characters included."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.app import App, ComposeResult

from conversation.model import Mode, Speaker
from conversation.store import SessionStore
from conversation.widgets import InputLine
from conversation.widgets.exact_text import ExactInput, is_typed_text
from conversation.widgets.exact_text_area import ExactTextArea
from tests.app_helpers import SIZE, practise_app, settle

FAMILY = "hi 👩\u200d👩\u200d👧 Siân ☺\ufe0f co\u00adop \u200cx"
"""A family emoji joined with zero-width joiners, a variation selector, a soft hyphen and a
zero-width non-joiner."""


def type_keys(app: App[object], text: str) -> None:
    """Send the text a key at a time, as the terminal does."""
    for character in text:
        app.post_message(events.Key(character, character))


def test_format_characters_count_as_typed_text() -> None:
    assert all(is_typed_text(c) for c in "a ŵ👩\u200d\u200c\u00ad\ufe0f")
    assert not any(is_typed_text(c) for c in (None, "\t", "\x1b", "\n", "ab"))


async def test_record_mode_keeps_a_joined_emoji_exactly(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    app = practise_app(sessions, mode=Mode.RECORD, practitioner="Siôn", person="Mrs A")
    async with app.run_test(size=SIZE) as pilot:
        session = app.screen.conversation.session  # type: ignore[attr-defined]
        line = app.screen.query_one(InputLine)
        await pilot.press("ctrl+r")
        type_keys(app, FAMILY)
        await settle(pilot, lambda: line.input.value.endswith("x"))
        assert line.input.value == FAMILY
        await pilot.press("enter")
        await settle(pilot, lambda: bool(session.turns))
    (turn,) = SessionStore(sessions).load(session.id).turns
    assert turn.speaker is Speaker.PERSON and turn.text == FAMILY


class Fields(App[None]):
    """An input and a text area."""

    def compose(self) -> ComposeResult:
        yield ExactInput(id="one")
        yield ExactTextArea(id="two")


async def test_both_kinds_of_field_keep_format_characters_and_replace_a_selection() -> None:
    app = Fields()
    async with app.run_test(size=SIZE) as pilot:
        one = app.query_one(ExactInput)
        two = app.query_one(ExactTextArea)
        one.focus()
        await pilot.pause()
        type_keys(app, FAMILY)
        await settle(pilot, lambda: one.value.endswith("x"))
        assert one.value == FAMILY
        one.selection = one.selection.__class__(0, 2)
        type_keys(app, "\u200d")
        await settle(pilot, lambda: not one.value.startswith("hi"))
        assert one.value == "\u200d" + FAMILY[2:]
        two.focus()
        await pilot.pause()
        type_keys(app, FAMILY)
        await settle(pilot, lambda: two.text.endswith("x"))
        assert two.text == FAMILY
