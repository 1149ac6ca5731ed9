"""The outcomes screen: live checks, own words, the Support Sequence, the action plan, saving."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Input, OptionList, Select, TextArea

from conversation.conduct import Conversation
from conversation.errors import SessionError
from conversation.model import FactKind, Mode, OutcomeKind, SupportLayer
from conversation.screens import outcomes as outcomes_module
from conversation.screens.outcomes import Conversational, OutcomesScreen
from conversation.script import Script
from conversation.script_loader import load_bundled
from conversation.session import Action, BoardEntry
from conversation.store import SessionStore
from conversation.widgets.outcome_actions import ActionPlan, ActionRow
from conversation.widgets.outcome_checks import OutcomeChecksView
from conversation.widgets.outcome_form import OutcomeForm
from tests.app_helpers import settle

SIZE = (120, 40)


class Clock:
    """A clock that moves a second each time it is read."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


class OutcomesApp(App[None]):
    """A tiny app that shows only the outcomes screen."""

    def __init__(self, conversation: Conversational) -> None:
        super().__init__()
        self.conversation = conversation

    def on_mount(self) -> None:
        self.push_screen(OutcomesScreen(self.conversation))


@pytest.fixture(scope="module")
def script() -> Script:
    """The bundled default script."""
    return load_bundled()


@pytest.fixture(autouse=True)
def _quick_saves(monkeypatch: pytest.MonkeyPatch) -> None:
    """Save after a tenth of a second of quiet instead of half a second."""
    monkeypatch.setattr(outcomes_module, "SAVE_AFTER", 0.1)


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    """A store in a temporary folder."""
    return SessionStore(tmp_path / "sessions")


def practised(script: Script, store: SessionStore) -> Conversation:
    """A practise conversation in which the person has said what she wants."""
    conversation = Conversation.start(
        mode=Mode.PRACTISE,
        script=script,
        practitioner="Sioned",
        person=None,
        store=store,
        seed=1,
        clock=Clock(),
    )
    conversation.say("Tell me a bit about what's been happening.")
    conversation.say("What would you like to be different?")
    conversation.session.board.append(BoardEntry(FactKind.IMPORTANT_TO, "Singing in the choir"))
    conversation.session.board.append(BoardEntry(FactKind.NOT_WORKING, "Sleeping downstairs"))
    conversation.session.board.append(
        BoardEntry(FactKind.SCALE, "Confidence round the house: 4 out of 10", scale=4)
    )
    conversation.record_person("I just want to sleep in my own bed again. The stairs are steep.")
    return conversation


def screen_of(app: App[None]) -> OutcomesScreen:
    """The outcomes screen on show."""
    screen = app.screen
    assert isinstance(screen, OutcomesScreen)
    return screen


async def test_form_is_prefilled_from_the_board(script: Script, store: SessionStore) -> None:
    conversation = practised(script, store)
    async with OutcomesApp(conversation).run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = screen_of(pilot.app)
        matters = screen.form.query_one("#matters", TextArea)
        assert matters.text.startswith("Important to:\n")
        assert "\n- Singing in the choir\n" in matters.text
        assert screen.form.query_one("#not_working", TextArea).text.endswith("Sleeping downstairs")
        assert len(conversation.session.outcomes) == 1
        await pilot.press("escape")
        await pilot.pause()
    assert conversation.session.outcomes == []  # nothing was drafted, nothing is kept
    assert store.load(conversation.session.id).outcomes == []


async def test_wording_shows_live_checks_and_is_saved(script: Script, store: SessionStore) -> None:
    conversation = practised(script, store)
    async with OutcomesApp(conversation).run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = screen_of(pilot.app)
        for _ in range(3):
            await pilot.press("ctrl+n")
        await pilot.pause()
        assert screen.form.step == "wording"
        assert isinstance(screen.focused, TextArea) and screen.focused.id == "wording"
        view = screen.form.query_one("#live-checks", OutcomeChecksView)
        await pilot.press(*"Referral")
        await settle(pilot, lambda: view.result is not None and view.result.text == "Referral")
        await pilot.press(*" to the falls clinic")
        await settle(pilot, lambda: view.result is not None and view.result.text.endswith("c"))
        assert view.result is not None
        assert view.result.text == "Referral to the falls clinic"
        assert "service" in view.result.problem_ids
        shown = str(view.render())
        assert "✗ In everyday language" in shown
        assert "wants the referral" in shown and "to make possible" in shown
        outcome = conversation.session.outcomes[0]
        assert outcome.text == "Referral to the falls clinic"
        assert outcome.checks["everyday_language"] is False
        await pilot.pause(0.3)  # saved once typing stops
        saved = store.load(conversation.session.id).outcomes[0]
        assert saved.text == "Referral to the falls clinic"


async def test_picking_own_words_fills_the_wording(script: Script, store: SessionStore) -> None:
    conversation = practised(script, store)
    async with OutcomesApp(conversation).run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = screen_of(pilot.app)
        screen.form.go_to_step("wording")
        await pilot.pause()
        words = screen.form.query_one("#own-words", OptionList)
        offered = [str(words.get_option_at_index(i).prompt) for i in range(words.option_count)]
        first = "I just want to sleep in my own bed again."
        assert offered.index(first) < offered.index("The stairs are steep.")
        words.focus()
        words.highlighted = offered.index(first)
        await pilot.press("enter")
        await pilot.pause()
        wording = screen.form.query_one("#wording", TextArea)
        assert wording.text == first
        assert screen.focused is wording
        assert conversation.session.outcomes[0].text == first
        view = screen.form.query_one("#live-checks", OutcomeChecksView)
        assert view.result is not None and view.result.personal_outcome


async def test_support_layer_and_tried_are_kept(script: Script, store: SessionStore) -> None:
    conversation = practised(script, store)
    async with OutcomesApp(conversation).run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = screen_of(pilot.app)
        await pilot.click("#--content-tab-step-support")
        await pilot.pause()
        assert screen.form.step == "support"
        screen.form.focus_step()
        await pilot.pause()
        assert screen.focused is screen.form.query_one("#tried", Input)
        await pilot.press(*"Bum")
        screen.form.query_one("#tried", Input).insert_text_at_cursor("-shuffling up the stairs")
        family = screen.form.query_one("#support-family", Input)
        family.focus()
        family.insert_text_at_cursor("Bethan next door")
        await pilot.pause()
        outcome = conversation.session.outcomes[0]
        assert outcome.tried == "Bum-shuffling up the stairs"
        assert outcome.support == {SupportLayer.FAMILY: "Bethan next door"}


async def test_bad_date_keeps_the_row_then_a_good_date_saves_the_action(
    script: Script, store: SessionStore
) -> None:
    conversation = practised(script, store)
    async with OutcomesApp(conversation).run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = screen_of(pilot.app)
        screen.form.go_to_step("actions")
        await pilot.pause()
        what = screen.form.query_one(".action-what", Input)  # an empty row is ready
        assert screen.focused is what
        what.insert_text_at_cursor("Ring the choir")
        await pilot.press("tab")
        screen.form.query_one(".action-who", Input).insert_text_at_cursor("Eirlys")
        await pilot.press("tab")
        screen.form.query_one(".action-by", Input).insert_text_at_cursor("31/02/2027")
        await pilot.press("tab")
        await pilot.pause()
        row = screen.form.query_one(ActionRow)
        assert "'31/02/2027' is not a real date" in row.problem
        assert "DD/MM/YYYY" in row.problem
        outcome = conversation.session.outcomes[0]
        assert outcome.actions == []
        assert [(u.what, u.by) for u in outcome.unfinished_actions] == [
            ("Ring the choir", "31/02/2027")
        ]
        await pilot.pause(0.3)
        kept = store.load(conversation.session.id).outcomes[0].unfinished_actions
        assert [u.by for u in kept] == ["31/02/2027"]
        row.query_one(".action-by", Input).value = "28/02/2027"
        await pilot.pause()
        assert row.problem == ""
        assert outcome.actions == [Action("Ring the choir", "Eirlys", date(2027, 2, 28))]
        assert outcome.unfinished_actions == []
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = store.load(conversation.session.id).outcomes[0]
        assert saved.actions == [Action("Ring the choir", "Eirlys", date(2027, 2, 28))]
        assert saved.unfinished_actions == []
        await pilot.press("ctrl+l")
        await pilot.pause()
        plan = screen.form.query_one(ActionPlan)
        assert len(plan.rows) == 2 and screen.focused is plan.rows[1].inputs["what"]
        plan.rows[1].inputs["what"].insert_text_at_cursor("Ask Bethan about Thursdays")
        await pilot.pause()
        assert [u.what for u in outcome.unfinished_actions] == ["Ask Bethan about Thursdays"]
        plan.rows[0].inputs["why"].focus()
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert len(plan.rows) == 1
        assert outcome.actions == []
        assert outcome.unfinished_actions[0].row == 0


async def test_typing_then_quitting_loses_nothing(script: Script, store: SessionStore) -> None:
    conversation = practised(script, store)
    async with OutcomesApp(conversation).run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = screen_of(pilot.app)
        screen.form.go_to_step("change")
        await pilot.pause()
        await pilot.press(*"Sleep")
        screen.form.query_one("#change_wanted", TextArea).insert(" upstairs")
        screen.form.go_to_step("actions")
        await pilot.pause()
        row = screen.form.action_plan.rows[0]
        row.inputs["what"].insert_text_at_cursor("Try the stairs with Lowri")
        row.inputs["by"].insert_text_at_cursor("next Tuesday")
        await pilot.press("ctrl+q")
    saved = store.load(conversation.session.id).outcomes[0]
    assert saved.change_wanted == "Sleep upstairs"
    assert [(u.what, u.by) for u in saved.unfinished_actions] == [
        ("Try the stairs with Lowri", "next Tuesday")
    ]
    assert saved.checks == {}  # nothing ticked, nothing claimed


async def test_saved_outcomes_come_back_on_resume(script: Script, store: SessionStore) -> None:
    conversation = practised(script, store)
    async with OutcomesApp(conversation).run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = screen_of(pilot.app)
        screen.form.go_to_step("wording")
        await pilot.pause()
        screen.form.query_one("#wording", TextArea).insert(
            "I want to sing at the Christmas concert"
        )
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert screen.index == 1 and screen.form.step == "matters"
        screen.form.go_to_step("wording")
        await pilot.pause()
        screen.form.query_one("#wording", TextArea).insert("I want to sleep upstairs")
        await pilot.press("escape")
        await pilot.pause()
    session = store.load(conversation.session.id)
    assert [o.text for o in session.outcomes] == [
        "I want to sing at the Christmas concert",
        "I want to sleep upstairs",
    ]
    resumed = Conversation.resume(session, script, store)
    async with OutcomesApp(resumed).run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = screen_of(pilot.app)
        listing = screen.query_one("#outcome-list", OptionList)
        assert listing.option_count == 2
        assert str(listing.get_option_at_index(1).prompt) == "2. I want to sleep upstairs"
        await pilot.press("ctrl+down")
        await pilot.pause()
        assert screen.index == 1
        assert screen.form.outcome.text == "I want to sleep upstairs"
        assert screen.form.query_one("#wording", TextArea).text == "I want to sleep upstairs"
        await pilot.press("ctrl+up")
        await pilot.pause()
        assert screen.index == 0
        assert screen.form.query_one("#wording", TextArea).text.endswith("Christmas concert")
        await pilot.press("ctrl+down")
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.click("#remove")
        await pilot.pause()
        assert [o.text for o in resumed.session.outcomes] == [
            "I want to sing at the Christmas concert"
        ]
    assert len(store.load(conversation.session.id).outcomes) == 1


async def test_manual_checks_are_ticked_and_saved(script: Script, store: SessionStore) -> None:
    conversation = practised(script, store)
    async with OutcomesApp(conversation).run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = screen_of(pilot.app)
        screen.form.go_to_step("check")
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()
        assert conversation.session.outcomes[0].checks.get("achievable") is True
        assert isinstance(screen.form, OutcomeForm)
        assert screen.query(ActionPlan)


async def test_odd_and_huge_text_round_trips(script: Script, store: SessionStore) -> None:
    conversation = practised(script, store)
    wording = "Rwy eisiau canu ŵ ŷ 😀\t" + "I want to sing " * 7000  # about 100 KB
    async with OutcomesApp(conversation).run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = screen_of(pilot.app)
        screen.form.go_to_step("wording")
        await pilot.pause()
        screen.form.query_one("#wording", TextArea).text = wording
        screen.form.query_one("#change_wanted", TextArea).load_text("Line one\r\nŵ\x07 two")
        await pilot.pause()
        view = screen.form.query_one("#live-checks", OutcomeChecksView)
        assert view.result is not None and view.result.text == wording
        label = str(screen.query_one("#outcome-list", OptionList).get_option_at_index(0).prompt)
        assert label.startswith("1. Rwy eisiau canu ŵ ŷ 😀") and len(label) < 40
        await pilot.press("escape")
        await pilot.pause()
    saved = store.load(conversation.session.id).outcomes[0]
    assert saved.text == wording
    assert saved.change_wanted == conversation.session.outcomes[0].change_wanted
    assert "ŵ\x07 two" in saved.change_wanted


class FailingConversation:
    """A conversation whose saves fail, as on a full or read-only disk."""

    def __init__(self, conversation: Conversation) -> None:
        self.session = conversation.session
        self.script = conversation.script
        self.attempts = 0

    def save(self) -> None:
        self.attempts += 1
        raise SessionError("sessions/x.toml: could not save the session: No space left")


async def test_a_failed_save_is_reported_and_kept_for_later(
    script: Script, store: SessionStore
) -> None:
    failing = FailingConversation(practised(script, store))
    app = OutcomesApp(failing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = screen_of(pilot.app)
        screen.form.go_to_step("change")
        await pilot.pause()
        await pilot.press("a", "ctrl+s")
        await pilot.pause()
        assert failing.attempts >= 1
        assert screen.dirty and "No space left" in screen.save_error
        assert failing.session.outcomes[0].change_wanted == "a"


async def test_square_brackets_are_shown_as_typed(script: Script, store: SessionStore) -> None:
    conversation = practised(script, store)
    conversation.record_person("I want [/bold] to sing [red]again.")
    conversation.session.board.append(BoardEntry(FactKind.SCALE, "[/i] 3 of 10", scale=3))
    async with OutcomesApp(conversation).run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = screen_of(pilot.app)
        screen.form.go_to_step("wording")
        await pilot.pause()
        words = screen.form.query_one("#own-words", OptionList)
        offered = [str(words.get_option_at_index(i).prompt) for i in range(words.option_count)]
        assert "I want [/bold] to sing [red]again." in offered
        screen.form.query_one("#wording", TextArea).text = "[/b] I want [x]"
        await pilot.pause()
        screen.form.go_to_step("check")
        await pilot.pause()
        shown = str(screen.form.query_one("#wording-shown").render())
        assert shown.strip() == "[/b] I want [x]"
        screen.form.go_to_step("actions")
        await pilot.pause()
        row = screen.form.action_plan.rows[0]
        row.inputs["what"].value = "Sing"
        row.inputs["by"].value = "[/by]"
        await pilot.pause()
        await pilot.press("tab", "tab")
        await pilot.pause()
        assert "'[/by]' is not a date" in row.problem


async def test_the_practitioner_can_choose_the_kind(script: Script, store: SessionStore) -> None:
    conversation = practised(script, store)
    async with OutcomesApp(conversation).run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = screen_of(pilot.app)
        screen.form.go_to_step("wording")
        await pilot.pause()
        screen.form.query_one("#wording", TextArea).text = "I want to walk to chapel again"
        outcome = conversation.session.outcomes[0]
        await settle(pilot, lambda: outcome.kind is OutcomeKind.CHANGE)
        screen.form.go_to_step("check")
        kind = screen.form.query_one("#kind", Select)
        kind.value = "maintenance"
        await settle(pilot, lambda: outcome.kind_chosen)
        assert outcome.kind is OutcomeKind.MAINTENANCE
        screen.form.query_one("#wording", TextArea).text = "I want to keep walking to chapel"
        await settle(pilot, lambda: outcome.text.startswith("I want to keep"))
        assert outcome.kind is OutcomeKind.MAINTENANCE  # the choice outlasts new wording
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = store.load(conversation.session.id).outcomes[0]
        assert (saved.kind, saved.kind_chosen) == (OutcomeKind.MAINTENANCE, True)
        kind.clear()
        await settle(pilot, lambda: not outcome.kind_chosen)
        assert outcome.kind is screen.form.result.kind


async def test_checks_follow_the_wording_when_a_save_reads_it_first(
    script: Script, store: SessionStore
) -> None:
    conversation = practised(script, store)
    async with OutcomesApp(conversation).run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = screen_of(pilot.app)
        screen.form.go_to_step("wording")
        await pilot.pause()
        screen.form.query_one("#wording", TextArea).text = "Referral to the falls clinic"
        screen.form.sync()  # a save reads the field before its Changed message arrives
        await pilot.pause()
        view = screen.form.query_one("#live-checks", OutcomeChecksView)
        assert view.result is not None and view.result.text == "Referral to the falls clinic"
