"""vCard files (.vcf, from phones, Apple Contacts, Google and Outlook): one card, one record.

The file is split into cards here (to know each card's line) and each card is parsed with
vobject; a card vobject cannot read becomes a record marked `BROKEN`, reported by its number.
"""

from __future__ import annotations

from typing import Any

from handoff.errors import ValidationError
from handoff.importing.table import BROKEN, SourceRecord
from handoff.text import clean_line

VCARD_COLUMNS = [
    "FN", "N (given)", "N (additional)", "N (family)", "ORG", "EMAIL", "TEL", "LANG", "NOTE",
    "ADR", "ADR (site)",
]  # fmt: skip
VCARD_MAPPING = {
    "FN": "name",
    "N (given)": "first_name",
    "N (additional)": "middle_name",
    "N (family)": "last_name",
    "ORG": "company",
    "EMAIL": "email",
    "TEL": "phone",
    "LANG": "language",
    "NOTE": "notes",
    "ADR": "address",
    "ADR (site)": "site",
}
# An ADR whose TYPE (or Apple's label) says it is where the work is done.
_SITE_TYPES = {"site", "x-site", "worksite", "work site", "jobsite", "job site", "x-jobsite"}


def read_vcards(text: str, source: str) -> tuple[list[str], list[SourceRecord]]:
    """Split the file into cards ourselves (to know each card's line), parse each with vobject."""
    import vobject

    cards: list[tuple[int, list[str]]] = []
    current: list[str] | None = None
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        marker = line.strip().lstrip("\ufeff").upper()
        if current is None:
            if marker == "BEGIN:VCARD":
                current, start = [line.lstrip("\ufeff")], number
            elif marker:
                raise ValidationError(
                    f"{source}, line {number}: text outside BEGIN:VCARD … END:VCARD"
                )
            continue
        current.append(line)
        if marker == "END:VCARD":
            cards.append((start, current))
            current = None
    if current is not None:
        cards.append((start, current))  # unclosed: vobject names the problem below
    records = []
    for index, (start, lines) in enumerate(cards, start=1):
        try:
            card = vobject.readOne("\r\n".join(lines) + "\r\n", validate=False)
        except Exception as exc:  # vobject raises ParseError and, on odd input, others
            reason = getattr(exc, "msg", None) or str(exc) or type(exc).__name__
            records.append(SourceRecord(row=index, line=start, cells=[BROKEN, clean_line(reason)]))
            continue
        records.append(SourceRecord(row=index, line=start, cells=_vcard_cells(card)))
    if not records:
        raise ValidationError(f"{source} holds no vCards")
    return list(VCARD_COLUMNS), records


def _types(prop: Any) -> list[str]:
    return [t.strip().lower() for v in prop.params.get("TYPE", []) for t in str(v).split(",")]


def _is_pref(prop: Any) -> bool:
    return "pref" in _types(prop) or bool(prop.params.get("PREF"))


def _address_text(prop: Any) -> str:
    """ADR's seven parts (PO box; extended; street; city; region; code; country) as one line."""
    value = prop.value
    parts = [
        getattr(value, attr, "")
        for attr in ("box", "extended", "street", "city", "region", "code", "country")
    ]
    flat = [" ".join(p) if isinstance(p, list) else str(p or "") for p in parts]
    return ", ".join(clean_line(p) for p in flat if clean_line(p))


def _vcard_cells(card: Any) -> list[str]:
    def values(name: str) -> list[Any]:
        return [c for c in card.getChildren() if c.name.upper() == name]

    def preferred(name: str) -> str:
        found = values(name)
        if not found:
            return ""
        found.sort(key=lambda c: not _is_pref(c))
        value = found[0].value
        return str(value) if not isinstance(value, list) else "; ".join(map(str, value))

    names = values("N")
    n = names[0].value if names else None

    def part(attr: str) -> str:
        value = getattr(n, attr, "") if n is not None else ""
        return " ".join(value) if isinstance(value, list) else str(value or "")

    org = values("ORG")
    company = ""
    if org:
        value = org[0].value
        company = str(value[0] if isinstance(value, list) and value else value or "")
    tel = preferred("TEL")
    if tel.lower().startswith("tel:"):  # vCard 4.0: TEL;VALUE=uri:tel:+48-22-555-0134
        tel = tel[4:].split(";", 1)[0]
    email = preferred("EMAIL")
    if email.lower().startswith("mailto:"):
        email = email[7:]
    notes = "\n".join(str(c.value) for c in values("NOTE"))
    addresses = values("ADR")
    sites = [a for a in addresses if _SITE_TYPES & set(_types(a))]
    postal = [a for a in addresses if a not in sites]
    postal.sort(key=lambda a: (not _is_pref(a), "work" not in _types(a)))
    return [
        preferred("FN"),
        part("given"),
        part("additional"),
        part("family"),
        company,
        email,
        tel,
        preferred("LANG"),
        notes,
        _address_text(postal[0]) if postal else "",
        _address_text(sites[0]) if sites else "",
    ]
