"""Step 6: what is missing, the risky words left, the packet versions; finalize and print."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Static

from handoff import changes, packet
from handoff import draft as drafts
from handoff.model import Handoff, PacketVersion
from handoff.store import Store
from handoff.tui import risk_bridge
from handoff.tui.safe import plain
from handoff.tui.screens.wizard.step import Step, step_css
from handoff.tui.typed import handoff_app


@dataclass
class Review:
    missing: list[str]
    unrouted: list[str]
    flagged: list[Any]
    versions: list[PacketVersion]
    current: bool
    changes: list[str] = field(default_factory=list)  # since the latest version, in words


class FinishStep(VerticalScroll, Step):
    DEFAULT_CSS = step_css(__file__)
    ACTIONS = frozenset({"finalize", "print", "copy_printed"})

    class Reviewed(Message):
        def __init__(self, review: Review) -> None:
            super().__init__()
            self.review = review

    class Finalized(Message):
        def __init__(self, version: PacketVersion | None, error: str | None) -> None:
            super().__init__()
            self.version = version
            self.error = error

    def __init__(self, id: str) -> None:
        super().__init__(id=id)
        self.review: Review | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="summary")
        yield Static("", id="missing")
        yield Static("", id="flagged")
        yield Static("", id="versions")
        with Horizontal(classes="tools"):
            yield Button("Finalize…", id="finalize", variant="success", compact=True)
            yield Button("Print…", id="print", compact=True)
        yield Static("", id="printed")

    def may(self, action: str) -> bool:
        if action == "copy_printed":
            return handoff_app(self).last_printed is not None
        return action in self.ACTIONS

    def enter(self, focus: bool = True) -> None:
        h = self.draft
        assert h is not None
        name = self.wizard.person_name
        covers: dict[str, int] = {}
        for person_id in h.covers.values():
            covers[name(person_id)] = covers.get(name(person_id), 0) + 1
        dates = f"from {h.starts or '?'}" + (f" until {h.until or '?'}" if h.temporary else "")
        self.query_one("#summary", Static).update(
            Content.assemble(
                (name(h.person_id), "bold"),
                f" · {h.kind} · {dates}\n",
                f"{len(h.client_ids)} clients; covered by: ",
                ", ".join(f"{n} ({c})" for n, c in sorted(covers.items())) or "nobody yet",
            )
        )
        self.query_one("#missing", Static).update(plain("Checking what is missing…", "dim"))
        printed = handoff_app(self).last_printed
        if printed is not None:
            self.show_printed(printed)
        self._review(drafts.copy(h))
        if focus:
            self.query_one("#finalize", Button).focus()

    @work(thread=True, exclusive=True, group="wizard-review")
    def _review(self, draft: Handoff) -> None:
        def read(store: Store) -> Review:
            if draft.id:  # overrides recorded by printing a draft count at finalize too
                draft.risk_overrides = store.handoff(draft.id).risk_overrides
            versions = store.packet_versions(draft.id) if draft.id else []
            flagged = risk_bridge.flagged(store, draft)
            # the packet as it would be frozen now (this draft), beside the latest version
            found = changes.changes_since(store, draft, versions[-1]) if versions else []
            current = bool(versions) and not found
            return Review(
                packet.missing(store, draft),
                packet.unrouted(draft),
                flagged,
                versions,
                current,
                found,
            )

        try:
            review = handoff_app(self).db.run(read)
        except Exception as exc:
            self.post_message(self.Finalized(None, str(exc)))
            return
        self.post_message(self.Reviewed(review))

    def on_finish_step_reviewed(self, message: Reviewed) -> None:
        review = self.review = message.review
        missing = self.query_one("#missing", Static)
        if review.missing:
            parts: list[Content | tuple[str, str] | str] = [
                ("Missing before this packet can be finalized:\n", "bold red")
            ]
            parts += [f" • {problem}\n" for problem in review.missing]
            missing.update(Content.assemble(*parts))
        elif review.unrouted:
            missing.update(plain("✓ Every client is covered.", "bold green"))
        else:
            missing.update(plain("✓ Nothing is missing: every client is covered.", "bold green"))
        if review.unrouted:
            parts = [("Missing escalation routes (step 4):\n", "bold red")]
            parts += [f" • {route}\n" for route in review.unrouted]
            missing.update(Content.assemble(cast(Content, missing.visual), "\n", *parts))
        flagged = self.query_one("#flagged", Static)
        if review.flagged:
            parts = [("Flagged words (finalizing needs a recorded justification):\n", "bold red")]
            for text in review.flagged:
                words = ", ".join(f'"{f.words}"' for f in text.findings)
                parts.append(f" • {text.client_name}, {text.which}: {words}\n")
            flagged.update(Content.assemble(*parts))
        else:
            flagged.update("")
        self._show_versions(review)
        self.query_one("#finalize", Button).disabled = bool(review.missing)

    def _show_versions(self, review: Review) -> None:
        versions = self.query_one("#versions", Static)
        if not review.versions:
            versions.update(plain("Not finalized yet.", "dim"))
            return
        latest = review.versions[-1]
        n = latest.number
        state = "current" if review.current else f"changed since v{n}"
        changed = "".join(f"\n • {line}" for line in review.changes)
        if changed:
            changed = (
                f"\nPrinting gives the frozen v{n}; finalizing makes v{n + 1}. What changed:"
                + changed
            )
        versions.update(
            Content.assemble(
                (f"Packet version {n}", "bold"),
                f" frozen {latest.created:%Y-%m-%d %H:%M:%S} ",
                (f"({state})", "" if review.current else "bold yellow"),
                "\n",
                ("SHA-256 ", "bold"),
                latest.sha256,
                f"\n{len(review.versions)} version(s) kept." if len(review.versions) > 1 else "",
                changed,
            )
        )

    @on(Button.Pressed, "#finalize")
    def finalize(self) -> None:
        if self.draft is None or self.review is None:
            return
        if self.review.missing:
            self.say("Fill in what is missing first.", error=True)
            return
        from handoff.tui.screens.dialogs import ConfirmDialog, JustificationDialog

        number = (self.review.versions[-1].number + 1) if self.review.versions else 1
        if self.review.flagged:
            summary = Content.assemble(
                ("Some scripts or statements contain risky words.\n", "bold red"),
                "Go back to step 5 to change them, or keep them and say why. "
                f"Your justification is recorded in packet version {number}.",
            )

            def justified(reason: str | None) -> None:
                if reason:
                    self._finalize(reason)

            self.app.push_screen(JustificationDialog(summary), justified)
            return
        question = Content.assemble(
            (f"Finalize packet version {number}?\n", "bold"),
            "It is frozen with the time and a SHA-256 fingerprint. Later edits make a new "
            "version; this one stays readable.",
        )

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._finalize(None)

        self.app.push_screen(ConfirmDialog(question, "Finalize", default_yes=True), confirmed)

    @work(thread=True, exclusive=True, group="wizard-finalize")
    def _finalize(self, justification: str | None) -> None:
        assert self.draft is not None
        wizard = self.wizard
        seq, draft = wizard.next_save(), drafts.copy(self.draft)

        def run(store: Store) -> PacketVersion:
            handoff_id = wizard.write(store, seq, draft)
            return cast(PacketVersion, risk_bridge.freeze(store, handoff_id, justification))

        try:
            version = handoff_app(self).db.run(run)
        except Exception as exc:
            self.post_message(self.Finalized(None, str(exc)))
            return
        self.post_message(self.Finalized(version, None))

    def on_finish_step_finalized(self, message: Finalized) -> None:
        if message.error or message.version is None:
            self.say(f"Not finalized: {message.error}", error=True)
            return
        version = message.version
        self.wizard.frozen(version.handoff_id)
        self.notify(
            f"Packet version {version.number} frozen. SHA-256 {version.sha256[:16]}…",
            title="Finalized",
            markup=False,
            timeout=8,
        )
        self.say(f"Finalized version {version.number}")
        if self.draft is not None:
            self._review(drafts.copy(self.draft))

    @on(Button.Pressed, "#print")
    def _print_pressed(self) -> None:
        self.wizard.action_print()

    def show_printed(self, path: Path) -> None:
        """Keep the last printed file's path on screen (the notification fades)."""
        self.query_one("#printed", Static).update(
            Content.assemble(("Last printed: ", "bold"), str(path), ("  (c: copy the path)", "dim"))
        )
        self.screen.refresh_bindings()
