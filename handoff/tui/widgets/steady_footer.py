"""A Footer that builds its keys again only when the keys it would show change.

Textual's Footer re-composes every one of its keys each time the screen's bindings may have
changed: when the screen is shown, whenever the focus moves, when a widget with bindings is
mounted. Opening the contact log did that four times over while its form was mounted (a
tenth of the time before the form could be used), to show the very same keys each time.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
    """A Footer that re-composes once per burst of binding changes, and only when what it
    shows (each shown key, its label and whether it is enabled) differs from what it shows."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pending = False
        self._shown: tuple[Any, ...] | None = None

    def bindings_changed(self, screen: Screen[Any]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or self._pending:
            return
        if self.is_attached and screen is self.screen:
            self._pending = True
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        self._pending = False
        if not self.is_attached:
            return
        shown = self._keys()
        if shown != self._shown:
            self._shown = shown
            await self.recompose()

    def _keys(self) -> tuple[Any, ...]:
        """What Footer.compose would show: per action, its first shown binding (another key
        for the same action, such as ? beside F1 for help, is not shown), then the palette's."""
        shown: dict[str, tuple[Any, ...]] = {}
        for _node, binding, enabled, tooltip in self.screen.active_bindings.values():
            if binding.show:
                label = (binding.key, binding.description, enabled, tooltip, binding.group)
                shown.setdefault(binding.action, label)
        palette = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        return (
            tuple(shown.items()),
            None if palette is None else (palette[1].key, palette[2], palette[3]),
            self.show_command_palette,
            self.app.ENABLE_COMMAND_PALETTE,
        )
