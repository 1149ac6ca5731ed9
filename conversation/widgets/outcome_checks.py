"""The live checks of an outcome's wording: the automatic Step 5 checks and each problem."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from conversation.outcomes import AUTO_CHECKS, OutcomeCheck

MARKS: dict[bool | None, tuple[str, str]] = {
    True: ("✓", "green"),
    False: ("✗", "red"),
    None: ("·", "dim"),
}
"""How a check's answer is shown: passed, failed, or not known from the words."""


def render_check(result: OutcomeCheck) -> Text:
    """The checker's verdict as text: the kind, a line per automatic check, then the problems
    with their suggestions."""
    text = Text()
    if not result.text.strip():
        text.append("Write the outcome to see the checks.\n", style="dim")
    elif result.personal_outcome:
        kind = result.kind.value if result.kind is not None else "personal"
        text.append(f"Reads as a personal outcome ({kind}).\n", style="bold green")
    else:
        text.append("Not yet a personal outcome.\n", style="bold red")
    for check_id, title in AUTO_CHECKS.items():
        mark, style = MARKS[result.checks.get(check_id)]
        text.append(f" {mark} ", style=f"bold {style}")
        text.append(f"{title}\n")
    for problem in result.problems:
        if problem.id == "empty":
            continue
        text.append(f"\n{problem.title}: ", style="bold")
        text.append(f"{problem.message}\n")
        text.append("  Try: ", style="italic")
        text.append(f"{problem.suggestion}\n", style="italic")
    return text


class OutcomeChecksView(Static):
    """Shows the checker's verdict on the wording; updated on every keystroke."""

    result: OutcomeCheck | None = None
    """The verdict shown, once there is one."""

    DEFAULT_CSS = """
    OutcomeChecksView {
        height: auto;
        padding: 0 1;
        border: round $panel-lighten-2;
    }
    """

    def show(self, result: OutcomeCheck) -> None:
        """Show the verdict on the current wording."""
        self.result = result
        self.update(render_check(result))
