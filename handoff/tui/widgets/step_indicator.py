"""Where the owner is in the wizard: six numbered steps, the current one highlighted."""

from __future__ import annotations

from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

STEPS = ("Who", "Clients", "Items", "Cover", "Scripts", "Finalize")
TITLES = (
    "Who is leaving, and why",
    "Which clients",
    "Open items per client",
    "Who covers each client; escalation routes",
    "Scripts and statements",
    "Review and finalize",
)


class StepIndicator(Widget):
    """`1 Who › 2 Clients › …`; clicking a step asks to go there."""

    DEFAULT_CSS = """
    StepIndicator {
        height: 1;
        padding: 0 1;
        background: $boost;
    }
    """

    step: reactive[int] = reactive(1)
    reached: reactive[int] = reactive(1)  # the furthest step the owner has been to

    class Chosen(Message):
        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    def render(self) -> Content:
        parts: list[Content | tuple[str, str] | str] = []
        for number, label in enumerate(STEPS, start=1):
            if number > 1:
                parts.append((" › ", "dim"))
            if number == self.step:
                parts.append((f" {number} {label} ", "bold reverse"))
            elif number <= self.reached:
                parts.append((f"{number} {label}", "underline"))
            else:
                parts.append((f"{number} {label}", "dim"))
        return Content.assemble(*parts)

    def on_click(self, event) -> None:  # type: ignore[no-untyped-def]
        # Find which step label was clicked from the x offset of the rendered text.
        x = event.x - 1
        position = 0
        for number, label in enumerate(STEPS, start=1):
            width = len(f" {number} {label} ") if number == self.step else len(f"{number} {label}")
            if number > 1:
                position += 3
            if position <= x < position + width:
                if number <= self.reached:
                    self.post_message(self.Chosen(number))
                return
            position += width
