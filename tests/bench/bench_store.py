"""Benchmarks of the session store: save and load of a 1,000-turn session (target 50 ms each),
and ``conversation sessions`` over 10,000 session files, start-up included (target 2 s)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from conversation.model import Act, FactKind, Mode, Speaker, Stage, Trap, TrapWarning
from conversation.session import (
    Action,
    BoardEntry,
    DraftOutcome,
    Note,
    Session,
    Turn,
    session_to_toml,
)
from conversation.store import SessionStore

SAVE_LOAD_TARGET = 0.050
LISTING_TARGET = 2.0
LISTING_FILES = 10_000
START = datetime(2026, 11, 23, 9, 15, tzinfo=UTC)

PRACTITIONER_LINES = [
    "Tell me a bit about what a good day looks like for you at the moment.",
    "So the garden has always been the place where you feel most like yourself.",
    "What would need to be different for you to get out there again?",
    "You've said your son worries, and you don't want to be a burden — is that right?",
    "On a scale of one to ten, where would you say you are now with getting about?",
]
PERSON_LINES = [
    "Well, since the stroke I don't get out much. My daughter comes on Tuesdays.",
    "I used to be out there every morning with the roses. Mae'r ardd yn bwysig i mi.",
    "I don't want one of those alarm things round my neck, I'm not an invalid. 🙄",
    "If I could just manage the back step I could sit out with my tea again.",
]


def realistic_session(session_id: str, turn_count: int) -> Session:
    """A practice session with ``turn_count`` turns, a board, outcomes and notes."""
    session = Session(
        id=session_id,
        mode=Mode.PRACTISE,
        script_id="stroke-at-home",
        script_version="1",
        practitioner="Siân Jones",
        person="Mrs Gwen Hughes",
        started=START,
        updated=START + timedelta(minutes=40),
        stage=Stage.SUMMARY,
        stage_seconds={stage: 300.0 + i for i, stage in enumerate(Stage)},
        feedback={"open_questions": 12.0, "closed_questions": 4.0, "reflections_per_question": 1.5},
        checklist={"asked_what_matters": True, "checked_summary": False},
    )
    for number in range(turn_count):
        moment = START + timedelta(seconds=5 * number)
        if number % 2 == 0:
            warnings = []
            if number % 10 == 0:
                warnings.append(
                    TrapWarning(
                        Trap.PROBLEM_SOLVING,
                        "we should get you",
                        "Jumping to a fix before understanding what matters.",
                        "What have you thought about trying yourself?",
                    )
                )
            session.turns.append(
                Turn(
                    Speaker.PRACTITIONER,
                    list(Stage)[number * 5 // max(turn_count, 1)],
                    PRACTITIONER_LINES[number % len(PRACTITIONER_LINES)],
                    moment,
                    act=Act.OPEN_QUESTION if number % 4 == 0 else Act.REFLECTION,
                    warnings=warnings,
                )
            )
        else:
            session.turns.append(
                Turn(
                    Speaker.PERSON,
                    list(Stage)[number * 5 // max(turn_count, 1)],
                    PERSON_LINES[number % len(PERSON_LINES)],
                    moment,
                    revealed=["garden"] if number % 7 == 1 else [],
                )
            )
    session.board = [
        BoardEntry(kind, f"About {kind.value}", fact_id=kind.value) for kind in FactKind
    ]
    session.outcomes = [
        DraftOutcome(
            "I want to sit in my garden with a cup of tea most mornings",
            matters="The garden",
            actions=[
                Action("Ask my son to fit a rail by the back step", "Gwen", date(2026, 12, 7))
            ],
        )
    ]
    session.notes = [Note("Daughter visits on Tuesdays", False, START)]
    return session


def median_seconds(action: object, runs: int) -> tuple[float, float]:
    """Median and best time of ``runs`` calls of ``action``."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - began)
    return statistics.median(times), min(times)


def bench_save_and_load(folder: Path) -> bool:
    """Save and load a 1,000-turn session; print the figures."""
    store = SessionStore(folder)
    session = realistic_session("20261123-0915-bench", 1000)
    path = store.save(session)
    save_median, save_best = median_seconds(lambda: store.save(session), 15)
    load_median, load_best = median_seconds(lambda: store.load(session.id), 15)
    assert store.load(session.id) == session
    size_kb = path.stat().st_size / 1024
    print(
        f"save 1,000 turns ({size_kb:.0f} KB, fsync included): median {save_median * 1000:.1f} ms, "
        f"best {save_best * 1000:.1f} ms (target {SAVE_LOAD_TARGET * 1000:.0f} ms)"
    )
    print(
        f"load 1,000 turns: median {load_median * 1000:.1f} ms, best {load_best * 1000:.1f} ms "
        f"(target {SAVE_LOAD_TARGET * 1000:.0f} ms)"
    )
    return save_median <= SAVE_LOAD_TARGET and load_median <= SAVE_LOAD_TARGET


def fill_folder(folder: Path, count: int) -> None:
    """Write ``count`` realistic session files (20 to 80 turns) into ``folder``."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    templates = {}
    for turns in (20, 40, 60, 80):
        template_id = f"20261123-0915-tmpl{turns}"
        templates[turns] = (template_id, session_to_toml(realistic_session(template_id, turns)))
    for number in range(count):
        template_id, text = templates[(20, 40, 60, 80)[number % 4]]
        session_id = f"2026{number // 1000 % 12 + 1:02d}{number % 28 + 1:02d}-0915-{number:05d}"
        (folder / f"{session_id}.toml").write_text(text.replace(template_id, session_id))


def bench_listing(folder: Path) -> bool:
    """Time ``conversation sessions`` (table and --json) over LISTING_FILES files."""
    began = time.perf_counter()
    fill_folder(folder, LISTING_FILES)
    print(f"(wrote {LISTING_FILES:,} session files in {time.perf_counter() - began:.1f} s)")
    ok = True
    for extra in ([], ["--json"]):
        times = []
        for _ in range(3):
            began = time.perf_counter()
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "conversation",
                    "sessions",
                    "--sessions",
                    str(folder),
                    *extra,
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            times.append(time.perf_counter() - began)
            if result.returncode != 0:
                print(f"conversation sessions failed: {result.stderr.strip()}")
                return False
            if "unreadable" in result.stdout or '"error": "' in result.stdout:
                print("conversation sessions reported unreadable files")
                return False
        median = statistics.median(times)
        label = " ".join(["conversation sessions", *extra])
        print(
            f"{label} over {LISTING_FILES:,} files: median {median:.2f} s, best {min(times):.2f} s "
            f"(target {LISTING_TARGET:.0f} s, start-up included)"
        )
        ok = ok and median <= LISTING_TARGET
    return ok


def main() -> bool:
    """Run both store benchmarks, print figures, return False when a target is missed."""
    with tempfile.TemporaryDirectory() as temp:
        save_load_ok = bench_save_and_load(Path(temp) / "one")
        listing_ok = bench_listing(Path(temp) / "many")
    return save_load_ok and listing_ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
