"""`handoff_app(widget)`: the running app as a `HandoffApp`, for the type checker.

Textual types `widget.app` as a plain `App`; the screens call the handoff app's own methods
(`db`, `open_handoff`, `print_handoff`, ...). This one cast replaces an ignore at every call,
and imports nothing at run time (the screens cannot import the app module: it imports them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from handoff.tui.app import HandoffApp


def handoff_app(node: DOMNode) -> HandoffApp:
    return cast("HandoffApp", node.app)
