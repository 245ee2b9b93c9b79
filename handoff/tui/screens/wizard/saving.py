"""How the wizard saves its draft: in a worker, the newest save winning, and never over a change
made elsewhere without asking.

The draft is written through `handoff.draft` (the rules `handoff new` and `handoff edit` use
too) every time the step changes, on Ctrl+S, when the wizard is closed and when the app quits.
If the handoff was saved elsewhere since the wizard read it (`handoff edit`, another window) and
that save changed what the wizard edits, the save is refused and the owner chooses: their
changes on top, every field as in the wizard, or the handoff as saved (the wizard reads it
again). Quitting cannot ask: the owner's changes go on top of the other save.
"""

from __future__ import annotations

import contextlib
from typing import Any

from textual import work
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from handoff import clock
from handoff import draft as drafts
from handoff.errors import Conflict, ValidationError
from handoff.model import Handoff, changed_fields
from handoff.store import Store
from handoff.tui.safe import plain
from handoff.tui.typed import handoff_app


class DraftScreen(Screen[None]):
    """The wizard's saving; the wizard (`screen.py`) moves between the steps and reads."""

    class Saved(Message):
        def __init__(
            self, handoff_id: int, seq: int, error: str | None, conflict: Conflict | None = None
        ) -> None:
            super().__init__()
            self.handoff_id = handoff_id
            self.seq = seq
            self.error = error
            self.conflict = conflict

    def __init__(self, handoff_id: int | None) -> None:
        super().__init__()
        self.handoff_id = handoff_id
        self.handoff: Handoff | None = None
        self._seq = 0
        self._saved_seq = 0
        self._created_id = 0
        self._base: Handoff | None = None  # the handoff as last read or saved here
        self._last_saved: dict[str, Any] | None = None
        self._asking = False  # the owner is choosing what to keep after a conflict

    def _collect(self) -> None:
        """Take what the owner entered on the step shown into the draft (or raise)."""

    def _leave_step(self, forward: bool) -> bool:
        """Take the step's part into the draft; False when it is wrong."""
        return True

    def read_again(self) -> None:
        """Read the handoff as it is saved now (the owner dropped their edit)."""

    def loaded(self, handoff: Handoff) -> None:
        """The handoff was read from the file: later saves are checked against it."""
        self.handoff = handoff
        self._created_id = handoff.id
        self._base = drafts.copy(handoff)
        self._last_saved = drafts.edited(handoff)

    def say(self, text: str, error: bool = False) -> None:
        if error:
            problem = self.query_one("#problem", Static)
            problem.update(plain(text, "bold red"))
            problem.display = True
        else:
            self.query_one("#save-state", Static).update(plain(text, "dim"))

    def _needs_save(self) -> bool:
        assert self.handoff is not None
        return self.handoff.id == 0 or drafts.edited(self.handoff) != self._last_saved

    def next_save(self) -> int:
        self._seq += 1
        return self._seq

    def save_draft(self, how: drafts.SaveHow = "check") -> None:
        """Write the draft in a worker (the newest save always wins)."""
        if self.handoff is None or self._asking or not (how != "check" or self._needs_save()):
            return
        self._last_saved = drafts.edited(self.handoff)
        self._save(self.next_save(), drafts.copy(self.handoff), how)

    def write(self, store: Store, seq: int, draft: Handoff, how: drafts.SaveHow = "check") -> int:
        """Save `draft` (in the database's thread); returns its id."""
        if seq < self._saved_seq:
            return draft.id or self._created_id  # a newer draft is already saved
        if not draft.id and self._created_id:
            draft.id = self._created_id
        if not draft.id:
            saved = drafts.add(store, draft)
            self._created_id = draft.id
        else:
            assert self._base is not None
            saved = drafts.save(store, draft, self._base, how)
        self._base = drafts.copy(saved)
        self._saved_seq = seq
        return saved.id

    @work(thread=True, group="wizard-save")
    def _save(self, seq: int, draft: Handoff, how: drafts.SaveHow) -> None:
        try:
            handoff_id = handoff_app(self).db.run(lambda s: self.write(s, seq, draft, how))
        except Conflict as conflict:
            self.post_message(self.Saved(0, seq, str(conflict), conflict))
            return
        except Exception as exc:
            self.post_message(self.Saved(0, seq, str(exc)))
            return
        self.post_message(self.Saved(handoff_id, seq, None))

    def on_draft_screen_saved(self, message: Saved) -> None:
        if message.conflict is not None:
            self._ask(message.conflict)
            return
        if message.error:
            self._last_saved = None
            self.say(f"Draft not saved: {message.error}", error=True)
            return
        if self.handoff is not None and not self.handoff.id:
            self.handoff.id = message.handoff_id
        self.handoff_id = message.handoff_id
        self.say(f"Draft saved {clock.now():%H:%M:%S}")

    def _ask(self, conflict: Conflict) -> None:
        """The handoff was saved elsewhere since it was read here: the owner chooses."""
        from handoff.tui.conflict import ConflictDialog

        if self._asking or self.handoff is None or self._base is None:
            return
        self._asking = True
        self._last_saved = None
        self.say("Draft not saved: the handoff was changed elsewhere.", error=True)
        theirs = changed_fields(self._base, conflict.current)
        mine = changed_fields(self._base, self.handoff)

        def chosen(how: str | None) -> None:
            self._asking = False
            if how == "mine":
                self.save_draft("mine")
            elif how == "overwrite":
                self.save_draft("overwrite")
            else:  # drop: read the handoff as it is saved now
                self.handoff = None
                self.read_again()

        self.app.push_screen(ConflictDialog("handoff", theirs, mine), chosen)

    def save_now(self) -> None:
        """Save synchronously (the app is quitting): whatever is on screen is kept. If the
        handoff was saved elsewhere meanwhile, what the owner changed goes on top of it."""
        if self.handoff is None:
            return
        with contextlib.suppress(ValidationError):
            self._collect()  # else the last good values of this step are kept
        if not self._needs_save():
            return
        seq, draft = self.next_save(), drafts.copy(self.handoff)
        db = handoff_app(self).db
        try:
            db.run(lambda s: self.write(s, seq, draft))
        except Conflict:
            db.run(lambda s: self.write(s, self.next_save(), draft, "mine"))

    def action_save(self) -> None:
        self._leave_step(forward=False)
        if self.handoff is None:
            self.say("Choose who is leaving and the kind first.", error=True)
            return
        if not self._needs_save():
            self.say("Nothing changed since the last save.")
        self.save_draft()

    def action_close(self) -> None:
        self._leave_step(forward=False)
        self.save_draft()
        self.app.pop_screen()

    def frozen(self, handoff_id: int) -> None:
        """A packet version was frozen from the draft (saved as it is)."""
        if self.handoff is not None:
            self.handoff.id = handoff_id
            self._last_saved = drafts.edited(self.handoff)
