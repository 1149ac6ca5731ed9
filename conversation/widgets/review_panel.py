"""The review panel: an earlier session shown beside a supervision session, with its
transcript and warnings, its figures and its draft outcomes (the session's own report)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static


class ReviewPanel(VerticalScroll):
    """The report of the session under review; ``show`` fills it, hidden until then."""

    DEFAULT_CSS = """
    ReviewPanel { height: 1fr; padding: 0 1; display: none; }
    ReviewPanel.-shown { display: block; }
    ReviewPanel #review-empty { color: $text-muted; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.session_id: str | None = None
        """The id of the session shown, once one is."""
        self.markdown = ""
        """The report shown, as Markdown."""

    def compose(self) -> ComposeResult:
        """A line saying nothing is under review yet."""
        yield Static("No session under review yet: ctrl+s picks one.", id="review-empty")

    async def show(self, session_id: str, markdown: str) -> None:
        """Show the report of ``session_id`` in the panel and reveal the panel."""
        from textual.widgets import Markdown  # only when a review is opened: quick start-up

        self.session_id = session_id
        self.markdown = markdown
        self.border_title = f"Review · {session_id}"
        await self.remove_children()
        await self.mount(Markdown(markdown, id="review-report"))
        self.add_class("-shown")
        self.scroll_home(animate=False)
