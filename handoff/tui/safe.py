"""User text is data: helpers that turn it into display objects that are never parsed as markup.

Textual parses a plain `str` handed to `Static`, `Label`, `Select`, `SelectionList` or a
`DataTable` cell as content markup, so a client called `Acme [@click=app.quit]Corp[/]` would
turn into a clickable quit link. Everything the app shows that a person typed goes through here.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content


def plain(value: object, style: str = "") -> Content:
    """Literal text as Textual content (never markup)."""
    content = Content("" if value is None else str(value))
    return content.stylize(style) if style else content


def cell(value: object, style: str = "") -> Text:
    """Literal text for a DataTable cell (a plain `str` cell would be parsed as markup)."""
    return Text("" if value is None else str(value), style=style)
