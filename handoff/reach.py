"""Reaching clients outside the packet: what email drafts, the auto-reply and the calendar share.

All three start from the same allow-listed data as a printed document
(`printing.document_context`: the frozen packet when it is current, else the live one), so no
private note or private reason can reach them, and pass the same risk gate as printing
(`printing.check_risk`: a flagged script or statement needs a recorded override). Texts they
write themselves (a subject line, the general auto-reply) are checked too, in their language.
`write` is the one entry the app's print dialog uses. Never imports textual.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handoff.errors import HandoffError, ValidationError
from handoff.i18n import format_date

if TYPE_CHECKING:  # the print dialog imports this module: rendering loads when it is used
    from handoff.model import PacketVersion
    from handoff.store import Store

# What the print dialog can write besides documents: key → (label, default file name).
WHATS: dict[str, tuple[str, str]] = {
    "drafts": ("email drafts (.eml and .mbox, in a folder)", "drafts"),
    "autoreply-txt": ("auto-reply text (.txt)", "autoreply.txt"),
    "autoreply-sieve": ("auto-reply rules for the mail server (Sieve)", "autoreply.sieve"),
    "calendar": ("calendar (.ics)", "calendar.ics"),
}


def default_name(handoff_id: int, what: str, for_person: int | None = None) -> str:
    """'handoff-1-drafts', 'handoff-1-calendar-for-4.ics': where the dialog offers to write."""
    stem, dot, suffix = WHATS[what][1].partition(".")
    person = f"-for-{for_person}" if for_person else ""
    return f"handoff-{handoff_id}-{stem}{person}{dot}{suffix}"


@dataclass(frozen=True)
class Outreach:
    """A handoff's shareable data, after the risk gate: the packet's views and its dates."""

    handoff_id: int
    context: dict[str, Any]  # printing.document_context: handoff, rules, covering, clients
    version: PacketVersion | None

    @property
    def handoff(self) -> dict[str, Any]:
        return dict(self.context["handoff"])

    @property
    def clients(self) -> list[dict[str, Any]]:
        return list(self.context["clients"])

    @property
    def kind(self) -> str:
        return str(self.handoff["kind"])

    @property
    def temporary(self) -> bool:
        return bool(self.handoff["temporary"])

    @property
    def leaving(self) -> dict[str, Any]:
        return dict(self.handoff["person"])

    @property
    def starts(self) -> date | None:
        value = self.handoff["starts"]
        return date.fromisoformat(value) if value else None

    @property
    def until(self) -> date | None:
        value = self.handoff["until"]
        return date.fromisoformat(value) if value else None

    def require_dates(self, what: str) -> tuple[date, date | None]:
        """(first day, return day or None for a termination); refuse a handoff without them."""
        if self.starts is None:
            day = "first day away" if self.temporary else "effective date"
            raise ValidationError(
                f"{what}: handoff {self.handoff_id} has no {day} yet "
                f"(set it with: handoff edit {self.handoff_id} --from YYYY-MM-DD)",
                "from",
            )
        if self.temporary and self.until is None:
            raise ValidationError(
                f"{what}: handoff {self.handoff_id} has no return date yet "
                f"(set it with: handoff edit {self.handoff_id} --until YYYY-MM-DD)",
                "until",
            )
        return self.starts, self.until

    def names(self, client: dict[str, Any] | None = None) -> tuple[str, ...]:
        """The names a generated text may contain (the risk checker does not read them as
        words): who is leaving, the covering colleagues, the escalation contacts, the client."""
        names = [self.leaving["name"], *(p["name"] for p in self.context["covering"])]
        names += [r["person"]["name"] for r in self.context["rules"]["escalation"]]
        if client is not None:
            names += [client["name"], client["company"], client["cover"]["name"]]
        return tuple(sorted({n for n in names if n}))


def load(
    store: Store,
    handoff_id: int,
    for_person: int | None = None,
    override_risk: str | None = None,
) -> Outreach:
    """The shareable data of a handoff (one colleague's clients with `for_person`), after the
    risk gate: raises `printing.RiskRefused` when a flagged script or statement has no
    recorded override and none is given now."""
    from handoff import printing

    context, version = printing.document_context(store, handoff_id, "statements", for_person)
    printing.check_risk(store, handoff_id, context, version, override_risk)
    return Outreach(handoff_id, context, version)


def text_view(outreach: Outreach, lang: str, cover: dict[str, Any] | None = None) -> dict[str, Any]:
    """What a reach template sees: names, dates in `lang`, contact details. Nothing else."""
    return {
        "kind": outreach.kind,
        "temporary": outreach.temporary,
        "leaving": {"name": outreach.leaving["name"]},
        "cover": {"name": (cover or {}).get("name", "")},
        "starts": format_date(outreach.starts, lang),
        "until": format_date(outreach.until, lang),
    }


def render_text(template: str, lang: str, **view: Any) -> str:
    """A reach template (`templates/reach/<lang>/<template>.txt.j2`), trimmed."""
    from handoff.render import render

    return render(f"reach/{lang}/{template}.txt.j2", "txt", **view).strip()


def refuse_risky(texts: Iterable[tuple[str, str, str, tuple[str, ...]]], kind: str) -> None:
    """Risk-check texts this module wrote (what, text, language, names): a generated text with
    risky words is never written (the words come from a name or a template, so there is
    nothing to override; change the name or the template)."""
    from handoff.risk import check_text, summary

    seen: set[tuple[str, str, tuple[str, ...]]] = set()
    for what, text, lang, names in texts:
        if (text, lang, names) in seen:  # one subject line is often everyone's
            continue
        seen.add((text, lang, names))
        findings = check_text(text, lang, kind, names)
        if findings:
            raise HandoffError(
                f"the {what} holds risky words: {summary(findings)}; nothing was written"
            )


def output_file(output: Path | str | None, flag: str = "-o") -> Path:
    """A file to write: not a folder, in a folder that exists."""
    if output is None or not str(output).strip():
        raise ValidationError(f"give a file to write to ({flag} FILE)", "output")
    path = Path(output).expanduser()
    if path.is_dir():
        raise ValidationError(f"{flag}: {path} is a folder; give a file name to write to", "output")
    if not path.parent.is_dir():
        raise ValidationError(
            f"{flag}: {path.parent} does not exist; cannot write {path.name}", "output"
        )
    return path


def output_folder(output: Path | str | None, flag: str = "-o") -> Path:
    """A folder to write into: made when its parent exists; a file there is refused."""
    if output is None or not str(output).strip():
        raise ValidationError(f"give a folder to write to ({flag} DIR)", "output")
    path = Path(output).expanduser()
    if path.exists() and not path.is_dir():
        raise ValidationError(f"{flag}: {path} is a file, not a folder", "output")
    if not path.exists():
        if not path.parent.is_dir():
            raise ValidationError(f"{flag}: {path.parent} does not exist", "output")
        try:
            path.mkdir()
        except OSError as exc:
            raise HandoffError(f"cannot make the folder {path}: {exc.strerror or exc}") from None
    return path
