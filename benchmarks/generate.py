"""Build a large, believable database quickly: 5,000 clients, 25,000 open items, 200 handoffs,
20,000 contact-log entries, straight through the store's bundle path.

The data is as varied as a firm's: clients in four languages, with addresses (some with a
separate work site), open items, and one big handoff (the last one) of every client, covered
by several colleagues, with some scripts and statements edited by the owner, so the packet
figures hold on real data.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from handoff.bundle import validate_bundle
from handoff.store import Store

FIRST = [
    "Anna",
    "Jan",
    "Montse",
    "Budi",
    "Sarah",
    "David",
    "Siti",
    "Laia",
    "Piotr",
    "Wayan",
    "Emma",
    "Oriol",
    "Zoë",
    "Łukasz",
    "Núria",
]
LAST = [
    "Kowalska",
    "Nowak",
    "Vidal",
    "Santoso",
    "Whitfield",
    "Okafor",
    "Rahayu",
    "Ferrer",
    "Wiśniewski",
    "Sudarsana",
]
LANGS = ["en", "pl", "ca", "id"]
SAID = [
    "Introduced myself as the contact while they are away; confirmed the visit on the {day}th.",
    "Sent the revised quote no. {n} and the delivery dates for the tiles.",
    "Called about the grout colour; they will choose from the samples by the {day}th.",
    "Sorry, no information was left for me about order {n}.",
    "Told them the invoice {n} is with Grace and she will call back.",
    "Between us, he was let go after the complaint about job {n}.",
]
CHANNELS = ["email", "phone", "sms", "in person"]
STREETS = ["ul. Puławska", "Carrer Major", "Jl. Melati", "High Street", "ul. Długa", "Via Augusta"]
CITIES = ["Warszawa", "Barcelona", "Bandung", "Bristol", "Kraków", "Girona"]
# Edits an owner makes to a generated script or statement: neutral, one per language.
EDITED = {
    "en": "Hello {name}, while Lena is away I look after the tiling at {company}. "
    "I will call you on Monday about the grout samples.",
    "pl": "Dzień dobry {name}, podczas nieobecności Leny zajmuję się pracami w {company}. "
    "Zadzwonię w poniedziałek w sprawie próbek fugi.",
    "ca": "Bon dia {name}, mentre la Lena és fora porto jo les obres de {company}. "
    "Us trucaré dilluns per les mostres de junta.",
    "id": "Selamat pagi {name}, selama Lena pergi saya mengurus pekerjaan di {company}. "
    "Saya akan menelepon hari Senin tentang contoh nat.",
}
COVERING = 6  # colleagues who share the big handoff's clients
EDITED_SHARE = 0.05  # of its clients whose script and statement the owner edited


def build_tables(
    clients: int = 5000,
    items: int = 25000,
    handoffs: int = 200,
    log: int = 20000,
    people: int = 40,
    seed: int = 5000,
) -> dict:
    rng = random.Random(seed)
    roles = ["owner", "boss", "hr", "legal"] + ["colleague"] * (people - 4)
    tables: dict = {name: {} for name in ("people", "clients", "items", "handoffs", "log")}
    for i in range(1, people + 1):
        tables["people"][str(i)] = {
            "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
            "role": roles[i - 1],
            "email": f"person{i}@firm.example",
            "phone": f"+44 20 7946 {i:04d}",
        }
    colleagues = list(range(5, people + 1))
    for i in range(1, clients + 1):
        tables["clients"][str(i)] = {
            "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "company": f"Company {i} Ltd",
            "email": f"client{i}@example.com",
            "phone": f"+48 22 555 {i:04d}",
            "preferred_channel": rng.choice(CHANNELS),
            "availability": "Weekdays 9:00–17:00",
            "checkin": "Weekly call on Mondays",
            "language": rng.choice(LANGS),
            "key_account": rng.random() < 0.2,
            "notes": "Bathroom and kitchen tiling; keys at reception. " * 2,
            "private_notes": "Private: pays late." if rng.random() < 0.1 else "",
            "manager_id": rng.choice(colleagues),
            "archived": False,
            "address": f"{rng.choice(STREETS)} {i % 120 + 1}, {rng.choice(CITIES)}",
            "site": f"{rng.choice(STREETS)} {i % 70 + 2} (site)" if rng.random() < 0.3 else "",
        }
    start = date(2024, 1, 1)
    for i in range(1, items + 1):
        tables["items"][str(i)] = {
            "client_id": rng.randint(1, clients),
            "title": f"Open item {i}: confirm tiles and grout",
            "status": rng.choice(["open", "waiting", "done"]),
            "due": (start + timedelta(days=rng.randint(0, 1100))).isoformat(),
            "next_step": "Call the client to confirm the date",
        }
    by_manager: dict[int, list[int]] = {}
    for cid, doc in tables["clients"].items():
        by_manager.setdefault(doc["manager_id"], []).append(int(cid))
    for h in range(1, handoffs + 1):
        person = rng.choice(colleagues)
        client_ids = by_manager.get(person, [])[:40]
        kind = rng.choice(["vacation", "leave", "termination"])
        starts = start + timedelta(days=rng.randint(0, 1000))
        others = [c for c in colleagues if c != person]
        tables["handoffs"][str(h)] = {
            "person_id": person,
            "kind": kind,
            "starts": starts.isoformat(),
            "until": (starts + timedelta(days=14)).isoformat() if kind != "termination" else None,
            "private_reason": "Private reason",
            "client_ids": client_ids,
            "covers": {str(c): rng.choice(others) for c in client_ids},
            "escalation": {"contract_billing": 2, "personnel": 3, "legal": 4},
            "scripts": {},
            "statements": {},
            "wizard_step": 6,
            "created": datetime(2024, 1, 1).isoformat(),
        }
    _packet_handoff(tables, rng, handoffs + 1, colleagues)
    handoff_ids = [h for h, d in tables["handoffs"].items() if d["client_ids"]]
    for i in range(1, log + 1):
        h = rng.choice(handoff_ids)
        doc = tables["handoffs"][h]
        client = rng.choice(doc["client_ids"])
        tables["log"][str(i)] = {
            "handoff_id": int(h),
            "client_id": client,
            "when": f"{doc['starts']}T10:00:00",
            "who_id": doc["covers"][str(client)],
            "channel": "phone",
            "said": rng.choice(SAID).format(n=i, day=rng.randint(1, 28)),
            "asked_why": False,
            "outcome": rng.choice(["fine", "fine", "fine", "follow-up", "complaint", "lost"]),
        }
    _analyse_log(tables)
    return tables


def _packet_handoff(tables: dict, rng: random.Random, hid: int, colleagues: list[int]) -> None:
    """One person leaves every client to several colleagues; some texts edited by the owner."""
    leaving, covers = colleagues[0], colleagues[1 : 1 + COVERING]
    client_ids = [int(c) for c in tables["clients"]]
    for cid in client_ids:
        tables["clients"][str(cid)]["manager_id"] = leaving
    edited: dict[str, str] = {}
    for cid in rng.sample(client_ids, int(len(client_ids) * EDITED_SHARE)):
        doc = tables["clients"][str(cid)]
        edited[str(cid)] = EDITED[doc["language"]].format(name=doc["name"], company=doc["company"])
    tables["handoffs"][str(hid)] = {
        "person_id": leaving,
        "kind": "vacation",
        "starts": "2026-12-01",
        "until": "2026-12-20",
        "private_reason": "",
        "client_ids": client_ids,
        "covers": {str(c): covers[i % len(covers)] for i, c in enumerate(client_ids)},
        "escalation": {"contract_billing": 2, "personnel": 3, "legal": 4},
        "scripts": dict(edited),
        "statements": dict(edited),
        "wizard_step": 6,
        "created": datetime(2026, 11, 20).isoformat(),
    }


def _analyse_log(tables: dict) -> None:
    """Store each entry's analysis as recording it through the app would (contact_log)."""
    from handoff.contact_log import analyse
    from handoff.model import ContactLogEntry

    for key, doc in tables["log"].items():
        handoff = tables["handoffs"][str(doc["handoff_id"])]
        lang = tables["clients"][str(doc["client_id"])]["language"]
        doc["analysis"] = analyse(ContactLogEntry.from_doc(doc, id=int(key)), lang, handoff["kind"])


def build_database(path: Path, **sizes: int) -> Store:
    """Write the generated tables to `path`; the big handoff is the one with the highest id."""
    tables = build_tables(**sizes)
    bundle = {"format": "handoff-backup", "schema": 1, "tables": tables}
    store = Store(path)
    store.replace_everything(validate_bundle(bundle, "generated"))
    return store
