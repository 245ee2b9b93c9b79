"""The client book's table draws only what is on screen; it must still behave like a table."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from tui_support import screen_text

from handoff.tui.widgets.virtual_table import VirtualTable


class TableApp(App[None]):
    def __init__(self, rows: list[tuple[Text, ...]]) -> None:
        super().__init__()
        self.rows = rows
        self.selected: list[int] = []

    def compose(self) -> ComposeResult:
        yield VirtualTable(id="table")

    def on_mount(self) -> None:
        table = self.query_one(VirtualTable)
        table.set_columns([("Name", 20), ("Town", 10)])
        table.set_rows(self.rows)
        table.focus()

    def on_virtual_table_row_selected(self, message: VirtualTable.RowSelected) -> None:
        self.selected.append(message.row)


def rows(count: int) -> list[tuple[Text, ...]]:
    return [(Text(f"Client {n:05}"), Text(f"Town {n % 7}")) for n in range(count)]


def lines(app: App) -> list[str]:
    return [line.strip() for line in screen_text(app).splitlines()]


async def test_ten_thousand_rows_draw_the_header_and_the_visible_rows_only() -> None:
    app = TableApp(rows(10_000))
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        shown = lines(app)
        assert shown[0].split() == ["Name", "Town"]
        assert shown[1].startswith("Client 00000") and shown[9].startswith("Client 00008")
        assert "Client 00009" not in screen_text(app)
        assert len(list(app.query("*"))) < 10  # rows are not widgets
        assert app.query_one(VirtualTable).row_count == 10_000


async def test_keys_move_the_cursor_and_keep_it_on_screen() -> None:
    app = TableApp(rows(10_000))
    async with app.run_test(size=(40, 10)) as pilot:
        table = app.query_one(VirtualTable)
        await pilot.press("down", "down")
        assert table.cursor_row == 2
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == 9_999
        assert lines(app)[-1].startswith("Client 09999")
        assert lines(app)[0].split() == ["Name", "Town"]  # the header stays
        await pilot.press("pageup")
        assert table.cursor_row < 9_999
        await pilot.press("home", "up")
        await pilot.pause()
        assert table.cursor_row == 0 and lines(app)[1].startswith("Client 00000")
        await pilot.press("down", "enter")
        assert app.selected == [1]


async def test_a_click_puts_the_cursor_and_a_second_click_selects() -> None:
    app = TableApp(rows(50))
    async with app.run_test(size=(40, 10)) as pilot:
        table = app.query_one(VirtualTable)
        await pilot.click(VirtualTable, offset=(3, 4))  # line 4: the header, then rows 0..
        assert table.cursor_row == 3 and app.selected == []
        await pilot.click(VirtualTable, offset=(3, 4))
        assert app.selected == [3]
        await pilot.click(VirtualTable, offset=(3, 0))  # the header selects nothing
        assert app.selected == [3]


async def test_cells_are_cut_to_their_column_and_never_read_as_markup() -> None:
    long = "A name much longer than its column"
    app = TableApp([(Text(long), Text("[bold]x[/]")), (Text("Short"), Text("Town"))])
    async with app.run_test(size=(40, 6)) as pilot:
        await pilot.pause()
        first = lines(app)[1]
        assert first.startswith(long[:19]) and "…" in first and long not in first
        assert "[bold]x[/]" in first


async def test_fewer_rows_keep_the_cursor_on_a_row() -> None:
    app = TableApp(rows(100))
    async with app.run_test(size=(40, 10)) as pilot:
        table = app.query_one(VirtualTable)
        await pilot.press("end")
        table.set_rows(rows(3))
        await pilot.pause()
        assert table.cursor_row == 2
        table.set_rows([])
        await pilot.pause()
        assert table.row_count == 0
        await pilot.press("enter")
        assert app.selected == []


async def test_switching_theme_redraws_the_rows() -> None:
    app = TableApp(rows(20))
    async with app.run_test(size=(40, 10)) as pilot:
        table = app.query_one(VirtualTable)
        app.theme = "textual-dark"
        await pilot.pause()
        dark = {s.style.bgcolor for s in table.render_line(2) if s.style}
        app.theme = "textual-light"
        await pilot.pause()
        light = {s.style.bgcolor for s in table.render_line(2) if s.style}
        assert dark != light
