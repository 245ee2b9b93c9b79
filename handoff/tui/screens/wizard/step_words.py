"""Step 5: each client's contact script and statement, risk-checked as the owner types."""

from __future__ import annotations

from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from handoff import draft as drafts
from handoff.model import Client
from handoff.store import Store
from handoff.tui import risk_bridge
from handoff.tui.safe import plain
from handoff.tui.screens.wizard.step import Step, step_css
from handoff.tui.typed import handoff_app

TEXTS = (("script", "Script"), ("statement", "Statement"))


class WordsStep(Horizontal, Step):
    DEFAULT_CSS = step_css(__file__)

    class TextsLoaded(Message):
        def __init__(self, client_id: int, texts: dict[str, str]) -> None:
            super().__init__()
            self.client_id = client_id
            self.texts = texts

    class Checked(Message):
        def __init__(self, which: str, client_id: int, text: str, flags: list[Any]) -> None:
            super().__init__()
            self.which = which
            self.client_id = client_id
            self.text = text
            self.flags = flags

    def __init__(self, id: str) -> None:
        super().__init__(id=id)
        self.text_client: int | None = None
        self.generated: dict[int, dict[str, str]] = {}
        self.flags: dict[tuple[str, int], list[Any]] = {}

    def compose(self) -> ComposeResult:
        yield OptionList(id="text-clients", markup=False)
        with Vertical(id="texts"):
            script = TextArea(id="script")
            script.border_title = "Contact script (what the colleague says first)"
            yield script
            statement = TextArea(id="statement")
            statement.border_title = "Statement (the notice the client receives)"
            yield statement
            with VerticalScroll(id="findings-box", can_focus=True) as box:
                box.border_title = "Risk check (Tab here, ↑↓ scroll)"
                yield Static("", id="findings")
            yield Button("Regenerate both", id="regenerate", compact=True)

    def enter(self, focus: bool = True) -> None:
        draft = self.draft
        assert draft is not None
        options = self.query_one("#text-clients", OptionList)
        options.clear_options()
        for client_id in draft.client_ids:
            client = self.wizard.clients.get(client_id)
            options.add_option(Option(self._text_label(client_id, client), id=str(client_id)))
        self._show_findings()
        if draft.client_ids:
            index = 0
            if self.text_client in draft.client_ids:
                index = draft.client_ids.index(self.text_client)
            options.highlighted = index
            self._choose_text_client(draft.client_ids[index])
        if focus:
            options.focus()

    def _text_label(self, client_id: int, client: Client | None) -> Content:
        flagged = any(self.flags.get((which, client_id)) for which, _ in TEXTS)
        name = client.name if client else "?"
        return Content.assemble(("⚠ " if flagged else "  ", "bold red"), name)

    @on(OptionList.OptionHighlighted, "#text-clients")
    def _text_client_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None:
            self._choose_text_client(int(event.option.id))

    def _choose_text_client(self, client_id: int) -> None:
        if self.text_client == client_id and client_id in self.generated:
            return
        self.text_client = client_id
        self._load_texts(client_id)

    @work(thread=True, exclusive=True, group="wizard-texts")
    def _load_texts(self, client_id: int) -> None:
        assert self.draft is not None
        draft = drafts.copy(self.draft)

        def read(store: Store) -> dict[str, str]:
            client = store.client(client_id)
            return {
                "script": risk_bridge.script_text(store, draft, client),
                "statement": risk_bridge.statement_text(store, draft, client),
                "generated_script": risk_bridge.generated_script(store, draft, client),
                "generated_statement": risk_bridge.generated_statement(store, draft, client),
            }

        try:
            texts = handoff_app(self).db.run(read)
        except Exception as exc:
            texts = {"script": "", "statement": "", "error": str(exc)}
        self.post_message(self.TextsLoaded(client_id, texts))

    def on_words_step_texts_loaded(self, message: TextsLoaded) -> None:
        if message.client_id != self.text_client:
            return
        if "error" in message.texts:
            self.say(message.texts["error"], error=True)
        self.generated[message.client_id] = {
            "script": message.texts.get("generated_script", ""),
            "statement": message.texts.get("generated_statement", ""),
        }
        for which, _ in TEXTS:
            area = self.query_one(f"#{which}", TextArea)
            if area.text != message.texts[which]:
                area.load_text(message.texts[which])
            self._check(which, message.client_id, area.text)

    @on(TextArea.Changed, "#script")
    @on(TextArea.Changed, "#statement")
    def _text_changed(self, event: TextArea.Changed) -> None:
        client_id = self.text_client
        if self.draft is None or client_id is None or client_id not in self.generated:
            return
        which = str(event.text_area.id)
        text = event.text_area.text
        drafts.set_text(self.draft, which, client_id, text, self.generated[client_id][which])
        self._check(which, client_id, text)

    def _check(self, which: str, client_id: int, text: str) -> None:
        draft = self.draft
        client = self.wizard.clients.get(client_id)
        lang = client.language if client else "en"
        kind = draft.kind if draft else None
        names = (
            risk_bridge.text_names(draft, client, self.wizard.people) if client and draft else ()
        )
        # The meaning check reads text the owner wrote; generated text has the rules alone.
        edited = False
        if draft is not None:
            edited = client_id in (draft.scripts if which == "script" else draft.statements)

        def run() -> None:
            flags = risk_bridge.check(text, lang, kind, names, meaning=edited)
            self.post_message(self.Checked(which, client_id, text, flags))

        # One worker group per text: typing in the script never cancels the statement's check.
        self.run_worker(run, thread=True, exclusive=True, group=f"wizard-check-{which}")

    def on_words_step_checked(self, message: Checked) -> None:
        self.flags[(message.which, message.client_id)] = message.flags
        self._show_findings()
        options = self.query_one("#text-clients", OptionList)
        draft = self.draft
        if draft and message.client_id in draft.client_ids:
            index = draft.client_ids.index(message.client_id)
            if index < options.option_count:
                options.replace_option_prompt_at_index(
                    index,
                    self._text_label(message.client_id, self.wizard.clients.get(message.client_id)),
                )

    def _show_findings(self) -> None:
        client_id = self.text_client
        parts: list[Content | tuple[str, str] | str] = []
        for which, label in TEXTS:
            flags = self.flags.get((which, client_id or -1), [])
            if not flags:
                continue
            text = self.query_one(f"#{which}", TextArea).text
            for flag in flags:
                before = text[max(0, flag.start - 25) : flag.start].replace("\n", " ")
                after = text[flag.end : flag.end + 25].replace("\n", " ")
                parts += [
                    (f"⚠ {label} ({flag.label}): ", "bold red"),
                    "…" + before,
                    (flag.words, "bold reverse red"),
                    after + "…\n",
                    ("   Why: ", "bold"),
                    flag.why + "\n",
                    ("   Instead: ", "bold"),
                    (flag.alternative + "\n", "italic"),
                ]
        findings = self.query_one("#findings", Static)
        box = self.query_one("#findings-box", VerticalScroll)
        if parts:
            findings.update(Content.assemble(*parts))
            box.add_class("flagged")
        else:
            note = risk_bridge.meaning_note()
            findings.update(
                plain("✓ No risky words found." + (f" {note}" if note else ""), "green")
            )
            box.remove_class("flagged")

    @on(Button.Pressed, "#regenerate")
    def _regenerate(self) -> None:
        client_id = self.text_client
        if self.draft is None or client_id is None:
            return
        self.draft.scripts.pop(client_id, None)
        self.draft.statements.pop(client_id, None)
        self.generated.pop(client_id, None)
        self._load_texts(client_id)
