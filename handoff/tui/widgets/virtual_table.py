"""A table that draws only the rows on screen: a list of thousands is one Python list.

`DataTable` keeps an object per row and measures every cell whenever the rows change, which
for 5,000 clients costs several hundred milliseconds a keystroke. Here the rows are a sequence
of cell tuples the screen already holds; replacing them is O(1), and `render_line` (Textual's
line API) draws the header and the visible rows only.

Keys: up/down, page up/down, home/end move the cursor; Enter selects. The mouse: a click puts
the cursor on a row, a click on the row under the cursor selects it (as in `DataTable`).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

Row = Sequence[Text]


class VirtualTable(ScrollView, can_focus=True):
    """Fixed-width columns, one line per row, a header line, a row cursor."""

    COMPONENT_CLASSES = {
        "virtual-table--header",
        "virtual-table--cursor",
        "virtual-table--even-row",
    }
    DEFAULT_CSS = """
    VirtualTable {
        background: $surface;
        color: $foreground;
        height: 1fr;
        &:focus {
            background-tint: $foreground 5%;
            & > .virtual-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
        }
        & > .virtual-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .virtual-table--even-row {
            background: $surface-lighten-1 50%;
        }
        &:dark > .virtual-table--even-row {
            background: $surface-darken-1 40%;
        }
        & > .virtual-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """
    BINDINGS = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select", "Select", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, always_update=True, init=False)

    class RowSelected(Message):
        """Enter, or a click on the row under the cursor."""

        def __init__(self, table: VirtualTable, row: int) -> None:
            super().__init__()
            self.table = table
            self.row = row

        @property
        def control(self) -> VirtualTable:
            return self.table

    def __init__(
        self, *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._columns: list[tuple[str, int]] = []
        self._rows: Sequence[Row] = ()
        self._lines: dict[tuple[int, bool, int], Strip] = {}  # drawn rows, until data changes

    # -- data ---------------------------------------------------------------------------
    @property
    def row_count(self) -> int:
        return len(self._rows)

    def get_row_at(self, row: int) -> Row:
        return self._rows[row]

    def set_columns(self, columns: Sequence[tuple[str, int]]) -> None:
        """(label, width) for each column; every cell is cut or padded to its width."""
        self._columns = list(columns)
        self._changed()

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show `rows` (kept, not copied); the cursor stays on its row number if it can."""
        self._rows = rows
        self._changed()
        self.move_cursor(self.cursor_row)

    def _changed(self) -> None:
        self._lines.clear()
        # The header is line 0. No width: the columns are made to fit (the screen sets them
        # again on resize), so there is never a horizontal scroll bar.
        self.virtual_size = Size(0, len(self._rows) + 1)
        self.refresh()

    # -- the cursor ---------------------------------------------------------------------
    def move_cursor(self, row: int) -> None:
        self.cursor_row = max(0, min(row, len(self._rows) - 1))

    def watch_cursor_row(self) -> None:
        self._lines.clear()
        visible = max(1, self.scrollable_content_region.height - 1)
        top = round(self.scroll_offset.y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False)
        elif self.cursor_row >= top + visible:
            self.scroll_to(y=self.cursor_row - visible + 1, animate=False)
        self.refresh()

    def action_cursor(self, step: int) -> None:
        self.move_cursor(self.cursor_row + step)

    def action_page(self, direction: int) -> None:
        page = max(1, self.scrollable_content_region.height - 2)
        self.move_cursor(self.cursor_row + direction * page)

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self._rows) - 1)

    def action_select(self) -> None:
        if self._rows:
            self.post_message(self.RowSelected(self, self.cursor_row))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y == 0:
            return
        row = round(self.scroll_offset.y) + offset.y - 1
        if not 0 <= row < len(self._rows):
            return
        self.focus()
        if row == self.cursor_row:
            self.post_message(self.RowSelected(self, row))
        else:
            self.move_cursor(row)

    # -- drawing ------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            style = base + self.get_component_rich_style("virtual-table--header")
            labels = [Text(label) for label, _ in self._columns]
            return self._strip(labels, style, width)
        row = round(self.scroll_offset.y) + y - 1
        if row >= len(self._rows):
            return Strip.blank(width, base)
        cursor = row == self.cursor_row
        key = (row, cursor and self.has_focus, width)
        line = self._lines.get(key)
        if line is None:
            if cursor:
                style = base + self.get_component_rich_style("virtual-table--cursor")
            elif row % 2:
                style = base + self.get_component_rich_style("virtual-table--even-row")
            else:
                style = base
            line = self._lines[key] = self._strip(self._rows[row], style, width)
        return line

    def _strip(self, cells: Sequence[Text], style: Style, width: int) -> Strip:
        segments: list[Segment] = []
        console = self.app.console
        for (_, column_width), cell in zip(self._columns, cells, strict=False):
            text = cell.copy()
            text.truncate(column_width, overflow="ellipsis", pad=True)
            segments.append(Segment(" "))
            segments.extend(text.render(console))
            segments.append(Segment(" "))
        strip = Strip(Segment.apply_style(segments, post_style=None, style=style))
        return strip.adjust_cell_length(width, style)

    def notify_style_update(self) -> None:
        # The theme changed (light/dark) or the focus did: every drawn row is out of date.
        super().notify_style_update()
        self._lines.clear()

    def on_focus(self) -> None:
        self._lines.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._lines.clear()
        self.refresh()

    def on_resize(self) -> None:
        self._lines.clear()
