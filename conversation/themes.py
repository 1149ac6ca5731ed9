"""The app's own themes: a high-contrast theme for projectors and low vision.

Textual's built-in themes stay available as well; ``theme_names`` lists every theme the
``--theme`` option accepts.
"""

from __future__ import annotations

from textual.theme import BUILTIN_THEMES, Theme

HIGH_CONTRAST = Theme(
    name="high-contrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FFFF00",
    warning="#FFB000",
    error="#FF6060",
    success="#00FF66",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#000000",
    boost="#FFFFFF10",
    dark=True,
    luminosity_spread=0.0,
    text_alpha=1.0,
    variables={
        "border": "#FFFF00",
        "panel-lighten-1": "#FFFFFF",
        "panel-lighten-2": "#FFFFFF",
        "panel-lighten-3": "#FFFFFF",
        "border-blurred": "#FFFFFF",
        "text-muted": "#FFFFFF",
        "text-disabled": "#C0C0C0",
        "foreground-muted": "#FFFFFF",
        "block-cursor-foreground": "#000000",
        "block-cursor-background": "#FFFF00",
        "block-cursor-text-style": "bold",
        "block-cursor-blurred-foreground": "#000000",
        "block-cursor-blurred-background": "#C0C0C0",
        "block-hover-background": "#333333",
        "input-cursor-foreground": "#000000",
        "input-cursor-background": "#FFFF00",
        "input-selection-background": "#00FFFF 60%",
        "footer-foreground": "#FFFFFF",
        "footer-background": "#000000",
        "footer-key-foreground": "#FFFF00",
        "footer-description-foreground": "#FFFFFF",
        "button-foreground": "#FFFFFF",
        "button-color-foreground": "#000000",
        "button-focus-text-style": "bold reverse",
        "scrollbar": "#FFFFFF",
        "scrollbar-hover": "#FFFF00",
        "scrollbar-active": "#FFFF00",
        "scrollbar-background": "#000000",
        "link-color": "#00FFFF",
        "link-style": "underline",
    },
)
"""White on black, yellow for what has the focus or needs attention; no greys for text."""

APP_THEMES: tuple[Theme, ...] = (HIGH_CONTRAST,)
"""Themes the app registers on top of Textual's own."""


def theme_names() -> list[str]:
    """Every theme name ``--theme`` accepts: the app's own first, then Textual's."""
    return [theme.name for theme in APP_THEMES] + sorted(BUILTIN_THEMES)
