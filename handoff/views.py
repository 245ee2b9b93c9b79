"""Allow-listed views of the domain: the only data a packet, a statement or a template sees.

Each function copies named, shareable fields into plain dicts. A private note or a private reason
is never copied, so no template and no frozen packet can reach one, even by mistake.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from handoff.model import (
    ESCALATION_TOPICS,
    LANGUAGES,
    Client,
    ContactLogEntry,
    Handoff,
    OpenItem,
    PacketVersion,
    Person,
)
from handoff.paths import shown

if TYPE_CHECKING:
    from handoff.firm import Firm


def person_view(person: Person | None) -> dict[str, Any]:
    if person is None:
        return {"name": "", "role": "", "email": "", "phone": ""}
    return {
        "name": person.name,
        "role": person.role_label,
        "email": person.email,
        "phone": person.phone,
    }


def item_view(item: OpenItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "title": item.title,
        "status": item.status,
        "due": item.due.isoformat() if item.due else "",
        "next_step": item.next_step,
    }


def client_view(client: Client, items: list[OpenItem], cover: Person | None) -> dict[str, Any]:
    return {
        "id": client.id,
        "name": client.name,
        "company": client.company,
        "email": client.email,
        "phone": client.phone,
        "preferred_channel": client.preferred_channel,
        "availability": client.availability,
        "checkin": client.checkin,
        "language": client.language,
        "language_name": LANGUAGES.get(client.language, client.language),
        "key_account": client.key_account,
        "notes": client.notes,
        "address": client.address,
        "site": client.site,
        "cover": person_view(cover),
        "items": [item_view(i) for i in sorted(items, key=_item_order)],
    }


def _item_order(item: OpenItem) -> tuple[bool, str, int]:
    return (item.done, item.due.isoformat() if item.due else "9999", item.id)


def handoff_view(handoff: Handoff, leaving: Person) -> dict[str, Any]:
    return {
        "id": handoff.id,
        "kind": handoff.kind,
        "person": person_view(leaving),
        "starts": handoff.starts.isoformat() if handoff.starts else "",
        "until": handoff.until.isoformat() if handoff.until else "",
        "temporary": handoff.temporary,
    }


def escalation_view(handoff: Handoff, people: dict[int, Person]) -> list[dict[str, Any]]:
    routes = []
    for topic, (label, _role) in ESCALATION_TOPICS.items():
        person = people.get(handoff.escalation.get(topic, -1))
        routes.append({"topic": topic, "label": label, "person": person_view(person)})
    return routes


def log_entry_view(entry: ContactLogEntry, who: Person | None) -> dict[str, Any]:
    return {
        "id": entry.id,
        "client_id": entry.client_id,
        "when": entry.when.isoformat(sep=" ", timespec="minutes"),
        "who": person_view(who),
        "channel": entry.channel,
        "said": entry.said,
        "asked_why": entry.asked_why,
        "outcome": entry.outcome,
    }


def import_report_view(report: Any) -> dict[str, Any]:
    """What an import read, mapped, added, merged and skipped (`importing.ImportReport`).

    Names, emails and row numbers only: no note of any kind.
    """
    plan = report.plan
    table = plan.table
    return {
        "file": shown(table.name),  # a file name is echoed to the terminal: cleaned
        "format": table.format_label,
        "encoding": table.encoding_label,
        "delimiter": table.delimiter_label,
        "rows": len(table.records),
        "unit": "card" if table.kind == "vcard" else "row",
        "mapping": [
            {"column": column, "field": target}
            for column, target, used in _mapping_rows(table, plan.mapping)
            if used
        ],
        "not_imported": [
            column for column, _t, used in _mapping_rows(table, plan.mapping) if not used
        ],
        "written": report.written,
        "added": len(plan.new),
        "languages": _language_rows(plan),
        "merged": [
            {
                "where": m.where,
                "into": m.into,
                "name": m.name,
                "email": m.email,
                "filled": list(m.filled),
            }
            for m in plan.merges
        ],
        "problems": [str(p) for p in plan.problems],
        "bad_rows": plan.bad_rows,
        "skipped": bool(plan.problems) and plan.skip_bad,
    }


def _language_rows(plan: Any) -> list[dict[str, Any]]:
    """How many of the new clients got which language, and why (column, phone, default)."""
    from handoff.importing.languages import reason_label

    rows = sorted(plan.languages.items(), key=lambda kv: (-kv[1], kv[0]))
    return [
        {
            "language": LANGUAGES.get(code, code),
            "count": count,
            "why": reason_label(why, source),
        }
        for (code, why, source), count in rows
    ]


def _mapping_rows(table: Any, mapping: list[str]) -> list[tuple[str, str, bool]]:
    from handoff.importing import mapping_rows

    return [
        (column, target, bool(used))
        for (column, target), used in zip(mapping_rows(table, mapping), mapping, strict=True)
    ]


def packet_header_view(
    handoff: dict[str, Any],
    version: PacketVersion | None,
    printed: date,
    for_person: Person | None,
    document: str,
) -> dict[str, Any]:
    """The header printed on every page: handoff, kind, dates, packet version, SHA-256, print date.

    `handoff` is a `handoff_view` dict (live, or the one frozen inside a packet version).
    """
    leaving = handoff["person"]["name"]
    if handoff["temporary"]:
        dates = f"{handoff['starts'] or '?'} to {handoff['until'] or '?'}"
    else:
        dates = f"effective {handoff['starts'] or '?'}"
    return {
        "document": document,
        "title": f"{leaving} — {handoff['kind']}",
        "leaving": leaving,
        "kind": handoff["kind"],
        "temporary": handoff["temporary"],
        "dates": dates,
        "starts": handoff["starts"],
        "until": handoff["until"],
        "draft": version is None,
        "version": version.number if version is not None else None,
        "frozen": version.created.isoformat(sep=" ", timespec="minutes") if version else "",
        "sha256": version.sha256 if version is not None else "",
        "printed": printed.isoformat(),
        "for_person": person_view(for_person) if for_person is not None else None,
    }


def statement_view(
    handoff: Handoff,
    client: Client,
    leaving: Person,
    cover: Person | None,
    lang: str,
    firm: Firm | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """What a statement or contact script may say: names, dates, the firm and contact details.

    `reach` lists the covering colleague's contact details in the order the client prefers:
    a client who prefers email sees the email address first, a client who prefers text
    messages sees "SMS" first. `tense` says whether the absence lies ahead, is happening or is
    over on `today` (the day of writing); `period` and `back` are the dates written out, or ""
    when there are none (the text then says no date). `firm` is a `handoff.firm.Firm`.
    """
    from handoff import clock
    from handoff.firm import Firm, firm_view, sign_off  # noqa: F811
    from handoff.i18n import (
        NO_COVER,
        address,
        format_date,
        last_day_away,
        period,
        tense,
    )

    firm = firm if firm is not None else Firm()
    today = today or clock.today()
    reach: list[dict[str, str]] = []
    if cover is not None:
        by_phone = "sms" if client.preferred_channel == "sms" else "phone"
        options = [("email", cover.email), (by_phone, cover.phone)]
        if client.preferred_channel != "email":
            options.reverse()
        reach = [{"how": how, "value": value} for how, value in options if value]
    last = last_day_away(handoff.starts, handoff.until) if handoff.temporary else None
    cover_name = cover.name if cover is not None else NO_COVER.get(lang, NO_COVER["en"])
    return {
        "lang": lang,
        "kind": handoff.kind,
        "channel": client.preferred_channel,
        "tense": tense(handoff.kind, handoff.starts, handoff.until, today),
        "client": {
            "name": client.name,
            "company": client.company,
            **address(client.name, client.address_as, lang),
        },
        "leaving": {"name": leaving.name},
        "cover": {"name": cover_name, "chosen": cover is not None},
        "reach": reach,
        "since": format_date(handoff.starts, lang),
        "period": period(handoff.starts, last, lang) if handoff.temporary else "",
        "back": format_date(handoff.until, lang) if handoff.temporary else "",
        "firm": firm_view(firm),
        # a notice from the firm is signed by the firm; the colleague signs in their own name
        "firm_sign_off": sign_off(firm, lang),
        "my_sign_off": sign_off(firm, lang, cover_name),
    }
