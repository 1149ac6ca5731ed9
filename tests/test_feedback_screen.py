"""The feedback screen at the end of a conversation, and the self-review checklist."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual import events
from textual.app import App
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Static

from conversation.analysis import analyse
from conversation.checklist import CHECKLIST
from conversation.model import Mode, Speaker, Stage
from conversation.screens import feedback as feedback_module
from conversation.screens.feedback import FeedbackScreen, skipped_stages
from conversation.script import Person, Reactions, Script, ScriptMeta
from conversation.session import Session, Turn

NOW = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
TRAP_LINE = "I think you should move into a care home."


def said(speaker: Speaker, stage: Stage, text: str) -> Turn:
    """A turn labelled as the app labels it."""
    if speaker is Speaker.PRACTITIONER:
        result = analyse(text)
        return Turn(speaker, stage, text, NOW, result.act, list(result.warnings))
    return Turn(speaker, stage, text, NOW)


class FakeConversation:
    """What the feedback screen uses of a finished conversation."""

    def __init__(self, turns: list[Turn]) -> None:
        self.script = Script(
            meta=ScriptMeta("tiny", "At home after a stroke", "Home", (Mode.PRACTISE,), "en", "1"),
            person=Person("Dilys", 78, "", ""),
            stages={},
            facts=(),
            reactions=Reactions({}, (), (), (), ()),
            demo=(),
            outcomes=(),
        )
        self.session = Session("s1", Mode.PRACTISE, "tiny", "1", "Sam", "Dilys", NOW, NOW)
        self.session.turns = turns
        self.session.stage_seconds = {Stage.OPEN: 75.0, Stage.LISTEN: 3725.0}
        self.saves: list[dict[str, bool]] = []
        self.fail_save = False

    def save(self) -> None:
        if self.fail_save:
            raise OSError("disk full")
        self.saves.append(dict(self.session.checklist))


def conversation() -> FakeConversation:
    return FakeConversation(
        [
            said(Speaker.PERSON, Stage.OPEN, "Come in."),
            said(Speaker.PRACTITIONER, Stage.OPEN, "Tell me a bit about how things have been?"),
            said(Speaker.PERSON, Stage.OPEN, "Hard since the stroke."),
            said(Speaker.PRACTITIONER, Stage.LISTEN, "It sounds as if it has been a hard time."),
            said(Speaker.PRACTITIONER, Stage.LISTEN, TRAP_LINE),
            said(Speaker.PRACTITIONER, Stage.LISTEN, "Do you live alone?"),
        ]
    )


class FeedbackApp(App[None]):
    """Pushes the feedback screen and nothing else."""

    def __init__(self, fake: FakeConversation) -> None:
        super().__init__()
        self.fake = fake

    def on_mount(self) -> None:
        self.push_screen(FeedbackScreen(self.fake))  # type: ignore[arg-type]


def text_of(app: App[None], selector: str) -> str:
    content = app.screen.query_one(selector, Static).content
    return content.plain if isinstance(content, Content) else str(content)


async def test_shows_figures_guidance_traps_and_stages() -> None:
    fake = conversation()
    app = FeedbackApp(fake)
    async with app.run_test(size=(120, 40)):
        figures = text_of(app, "#figures")
        assert "Your lines" in figures and "   4" in figures
        assert "Open question" in figures
        assert "50% of 2 questions" in figures
        assert "0.5:1 (below fair)" in figures
        assert "Guidance only" in figures and "MITI 4.2.1" in figures
        assert "fair 1:1, good 2:1" in figures
        traps = text_of(app, "#traps")
        assert TRAP_LINE in traps
        assert "Power" in traps or "Expert" in traps
        stages = text_of(app, "#stages")
        assert "1:15" in stages  # open: 75 s
        assert "1:02:05" in stages  # listening: over an hour
        assert "Stages skipped: Exploratory questions, Information exchange, Summary" in stages


async def test_no_traps_and_no_questions_are_said_plainly() -> None:
    fake = FakeConversation([said(Speaker.PRACTITIONER, Stage.OPEN, "Hello, I'm Sam.")])
    app = FeedbackApp(fake)
    async with app.run_test(size=(120, 40)):
        assert "No traps were found" in text_of(app, "#traps")
        assert "no questions asked" in text_of(app, "#figures")
        assert "no ratio" in text_of(app, "#figures")


async def test_checklist_ticks_are_saved_with_the_session() -> None:
    fake = conversation()
    fake.session.checklist = {"strengths": True}
    app = FeedbackApp(fake)
    async with app.run_test(size=(120, 40)) as pilot:
        boxes = list(app.screen.query(Checkbox))
        assert len(boxes) == len(CHECKLIST)
        strengths = app.screen.query_one("#check-strengths", Checkbox)
        assert strengths.value is True
        first = app.screen.query_one(f"#check-{CHECKLIST[0].id}", Checkbox)
        assert first.value is False
        first.focus()
        await pilot.press("space")
        assert fake.session.checklist == {"strengths": True, CHECKLIST[0].id: True}
        assert fake.saves[-1] == fake.session.checklist
        await pilot.press("space")
        assert fake.session.checklist[CHECKLIST[0].id] is False
        assert len(fake.saves) == 2


async def test_a_failed_save_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = conversation()
    fake.fail_save = True
    app = FeedbackApp(fake)
    shown: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        monkeypatch.setattr(app.screen, "notify", lambda message, **_: shown.append(message))
        app.screen.query_one("#check-strengths", Checkbox).focus()
        await pilot.press("space")
    assert shown and "Could not save the checklist" in shown[0] and "disk full" in shown[0]


async def test_outcomes_says_when_it_is_not_available(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feedback_module, "OUTCOMES_MODULE", "conversation.screens.no_such_screen")
    app = FeedbackApp(conversation())
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        shown: list[str] = []
        monkeypatch.setattr(screen, "notify", lambda message, **_: shown.append(message))
        await pilot.press("o")
        assert app.screen is screen
        assert shown == ["Drafting outcomes is not available in this release."]


async def test_outcomes_pushes_the_outcomes_screen_when_there_is_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from textual.screen import Screen

    opened: list[object] = []

    class Outcomes(Screen[None]):
        def __init__(self, conversation: object) -> None:
            super().__init__()
            opened.append(conversation)

    monkeypatch.setattr(feedback_module, "outcomes_screen", lambda: Outcomes)
    fake = conversation()
    app = FeedbackApp(fake)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#outcomes")
        assert isinstance(app.screen, Outcomes)
        assert opened == [fake]


async def test_close_leaves_the_screen() -> None:
    app = FeedbackApp(conversation())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("escape")
        assert not isinstance(app.screen, FeedbackScreen)


def test_skipped_stages_are_those_without_a_practitioner_line() -> None:
    fake = conversation()
    assert skipped_stages(fake.session) == [Stage.EXPLORE, Stage.INFORM, Stage.SUMMARY]


async def test_finishing_a_practise_session_opens_feedback_and_saves_ticks(
    tmp_path: Path,
) -> None:
    from conversation.errors import SessionLocked
    from conversation.store import SessionStore
    from tests.app_helpers import SIZE, SteppingClock, practise_app, settle

    sessions = tmp_path / "s"
    app = practise_app(sessions, clock=SteppingClock(step=5), practitioner="Sam")
    async with app.run_test(size=SIZE) as pilot:
        line = app.screen.query_one("#line", Input)
        for text in ("Tell me a bit about how things have been?", TRAP_LINE):
            line.value = text
            await pilot.press("enter")
            await pilot.pause()
        await pilot.press("ctrl+f")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FeedbackScreen)
        assert TRAP_LINE in text_of(app, "#traps")
        session_id = screen.session.id
        screen.query_one("#check-strengths", Checkbox).focus()
        await pilot.press("space")
        await pilot.pause()
        other_window = SessionStore(sessions)
        with pytest.raises(SessionLocked):  # feedback still writes to the session
            other_window.acquire(session_id)
        await pilot.press("o")
        await pilot.pause()
        assert type(app.screen).__name__ == "OutcomesScreen"
        with pytest.raises(SessionLocked):  # and so do the outcomes
            other_window.acquire(session_id)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")
        await settle(pilot, lambda: type(app.screen).__name__ == "HomeScreen")
        other_window.acquire(session_id).release()  # free once both are left
    saved = SessionStore(sessions).load(session_id)
    assert saved.ended is not None
    assert saved.checklist == {"strengths": True}


def test_feedback_after_a_short_role_play(snap_compare: object, tmp_path: Path) -> None:
    import secrets

    from textual.pilot import Pilot

    from tests.app_helpers import SIZE, SteppingClock, practise_app

    async def converse(pilot: Pilot[None]) -> None:
        line = pilot.app.screen.query_one("#line", Input)
        line.cursor_blink = False
        for text in (
            "Tell me a bit about how things have been since you came home?",
            "It sounds as if it has been a big change.",
            TRAP_LINE,
        ):
            line.value = text
            await pilot.press("enter")
            await pilot.pause()
        await pilot.press("ctrl+f")
        await pilot.pause()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(secrets, "token_hex", lambda _n: "ab12")
        app = practise_app(tmp_path / "s", clock=SteppingClock(step=30), practitioner="Sam")
        assert snap_compare(app, terminal_size=SIZE, run_before=converse)  # type: ignore[operator]


async def test_review_heading_counts_ticks_and_palette_has_the_actions() -> None:
    fake = conversation()
    fake.session.checklist = {"strengths": True, "not_an_item": True}
    app = FeedbackApp(fake)
    async with app.run_test(size=(120, 40)) as pilot:
        assert f"1 of {len(CHECKLIST)} ticked" in text_of(app, "#review-heading")
        app.screen.query_one("#check-personal_budgets", Checkbox).focus()
        await pilot.press("space")
        assert f"2 of {len(CHECKLIST)} ticked" in text_of(app, "#review-heading")
        assert fake.session.checklist["not_an_item"] is True  # kept, never dropped
        screen = app.screen
        assert isinstance(screen, FeedbackScreen)
        titles = [command.title for command in screen.palette_commands()]
        assert titles == ["Outcomes", "Close the feedback"]


def test_checklist_covers_both_sequences_with_unique_ids() -> None:
    from conversation.checklist import ChecklistSection, item, items_in, ticked_count

    ids = [entry.id for entry in CHECKLIST]
    assert len(ids) == len(set(ids))
    outcome = items_in(ChecklistSection.OUTCOME_SEQUENCE)
    support = items_in(ChecklistSection.SUPPORT_SEQUENCE)
    assert len(outcome) + len(support) == len(CHECKLIST)
    # the eight Step 5 checks of the Outcome Sequence are each reviewed
    assert sum(1 for entry in outcome if entry.id.startswith("check_")) == 8
    # the seven Support Sequence layers, after what the person has tried
    assert [entry.id for entry in support][:8] == [
        "tried_and_ideas",
        "support_yourself",
        "support_technology",
        "support_equipment",
        "support_family",
        "support_community",
        "support_services",
        "support_support",
    ]
    assert item("strengths").section is ChecklistSection.OUTCOME_SEQUENCE
    with pytest.raises(KeyError):
        item("nope")
    assert ticked_count({"strengths": True, "tried_and_ideas": False, "nope": True}) == 1


async def test_odd_and_long_lines_are_shown_verbatim() -> None:
    odd = "[bold]You should[/] listen 🙂 ŵ ŷ \x07 " + "y" * 100_000
    fake = FakeConversation(
        [
            Turn(Speaker.PRACTITIONER, Stage.OPEN, odd, NOW),  # never labelled: analysed now
            said(Speaker.PRACTITIONER, Stage.OPEN, "I think you should move. " + "z" * 5000),
        ]
    )
    app = FeedbackApp(fake)
    async with app.run_test(size=(120, 40)):
        traps = text_of(app, "#traps")
        assert "I think you should move. zzz" in traps
        assert "z" * 400 not in traps  # a long line is cut, with its evidence kept
        assert "\u2026" in traps
        assert re.search(r"Your lines\s+2\n", text_of(app, "#figures"))


def test_long_lines_are_cut_around_their_evidence() -> None:
    from conversation.screens.feedback import LINE_LIMIT, _highlight

    text = "a" * 1000 + " you should move " + "b" * 1000
    shown = _highlight(text, "you should").plain
    assert "you should move" in shown
    assert shown.startswith("\u2026") and shown.endswith("\u2026")
    assert len(shown) <= LINE_LIMIT + 2
    assert _highlight("short line", "short").plain == "short line"
    assert _highlight("no evidence here", "missing").plain == "no evidence here"


async def test_self_review_boxes_show_a_tick_only_when_ticked() -> None:
    fake = conversation()
    fake.session.checklist = {"strengths": True}
    app = FeedbackApp(fake)
    async with app.run_test(size=(120, 40)) as pilot:
        ticked = app.screen.query_one("#check-strengths", Checkbox)
        unticked = app.screen.query_one("#check-personal_budgets", Checkbox)
        assert "✓" in ticked.render().plain
        assert "✓" not in unticked.render().plain and "X" not in unticked.render().plain
        unticked.focus()
        await pilot.press("space")
        assert "✓" in unticked.render().plain


async def finished_role_play(pilot: object, lines: tuple[str, ...]) -> FeedbackScreen:
    """Say the lines in the app's practise screen, finish, and return the feedback screen."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    app = pilot.app
    line = app.screen.query_one("#line", Input)
    for text in lines:
        line.value = text
        await pilot.press("enter")
        await pilot.pause()
    await pilot.press("ctrl+f")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, FeedbackScreen)
    return screen


TRAPS = (
    "You should move into a care home, I know best.",
    "I've decided you need a care home.",
    "Yes, but you can't manage the stairs.",
)


async def test_feedback_shows_the_persons_rapport_and_the_facts_reached(tmp_path: Path) -> None:
    from conversation.person_side import person_side, rapport_word
    from tests.app_helpers import SIZE, practise_app

    app = practise_app(tmp_path / "s", practitioner="Sam")
    async with app.run_test(size=SIZE) as pilot:
        screen = await finished_role_play(pilot, TRAPS)
        side = person_side(screen.session, screen.conversation.script)
        assert len(side.rapport) == 4  # the opening and three replies
        assert side.final is not None and side.final < side.rapport[0]
        shown = text_of(app, "#person-side")
        assert f"{rapport_word(side.rapport[0])} ({side.rapport[0]}) at the start" in shown
        assert f"{rapport_word(side.final)} ({side.final}) at the end" in shown
        total = len(screen.conversation.script.facts)
        assert f"Facts reached  {side.facts_reached} of {total}" in shown
        if side.facts_reached == 0:
            assert "nothing reached the board" in shown


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_feedback_scrolls_by_keyboard_and_keeps_the_focused_item_in_view(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    from textual.containers import VerticalScroll

    from conversation.widgets.tickbox import TickBox
    from tests.app_helpers import practise_app

    app = practise_app(tmp_path / "s", practitioner="Sam")
    async with app.run_test(size=size) as pilot:
        screen = await finished_role_play(pilot, TRAPS)
        body = screen.query_one("#feedback-body", VerticalScroll)
        assert body.max_scroll_y > 0  # more than a screenful: it must scroll
        await pilot.press("pagedown")
        await pilot.pause()
        assert body.scroll_y > 0
        await pilot.press("ctrl+end")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        stages = screen.query_one("#stages", Static)
        body.scroll_to_widget(stages, animate=False)
        await pilot.pause()
        assert stages.region.height > 0 and body.region.contains_region(stages.region)
        last = list(screen.query(TickBox))[-1]
        body.scroll_home(animate=False)
        await pilot.pause()
        last.focus()
        await pilot.pause()
        await pilot.pause()
        item = last.parent
        assert isinstance(item, Widget)
        assert body.region.contains_region(item.region)
        await pilot.press("space")
        await pilot.pause()
        assert screen.session.checklist[last.id.removeprefix("check-")]  # type: ignore[union-attr]


async def test_the_mouse_wheel_scrolls_the_feedback(tmp_path: Path) -> None:
    from textual.containers import VerticalScroll

    from tests.app_helpers import practise_app

    app = practise_app(tmp_path / "s", practitioner="Sam")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await finished_role_play(pilot, TRAPS)
        body = screen.query_one("#feedback-body", VerticalScroll)
        x, y = body.region.x + 10, body.region.y + 5
        for _ in range(3):  # as the terminal sends the wheel: to the app, at a place on screen
            app.post_message(events.MouseScrollDown(None, x, y, 0, 1, 0, False, False, False,
                                                    screen_x=x, screen_y=y))
        await pilot.pause()
        await pilot.pause()
        assert body.scroll_y > 0
