"""`handoff list clients` streams its rows: the same output as listing the built records, and
a damaged record is refused before anything is written. Reading one client builds only it."""

from __future__ import annotations

import json

import pytest
from conftest import run_cli

from handoff.errors import DamagedDatabase, NotFound
from handoff.store import Store

# Stored as a hand-edited or older file might hold them: control characters, line breaks and
# tabs in one-line fields, spaces around values, upper-case codes, one archived client.
CLIENTS = {
    "1": {"name": "  Anna\tKowalska ", "company": "Kafel\nSp. z o.o.", "language": "PL",
          "preferred_channel": "Phone", "key_account": True, "manager_id": 1},
    "2": {"name": "Jordi \x1b[31mVidal\x1b[0m", "company": "", "email": "jordi@example.com",
          "phone": "+34 600 000 000", "language": "ca", "manager_id": 2},
    "10": {"name": "Old Client", "archived": True, "manager_id": 9},
    "3": {"name": "Zoë Whitfield", "company": "Tiles\u0007 Ltd", "notes": "x\ny",
          "private_notes": "Private: pays late."},
}  # fmt: skip
PEOPLE = {"1": {"name": "Lena Nowak"}, "2": {"name": "Marc Ferrer"}}


def write_db(path, clients=CLIENTS):
    data = {"_meta": {"1": {"schema": 2}}, "people": PEOPLE, "clients": clients}
    path.write_text(json.dumps(data), encoding="utf-8")


def expected_rows(path, archived):
    """What the listing showed when it built every `Client` (the store's own cleaning)."""
    store = Store(path)
    people = {p.id: p.name for p in store.people()}
    return people, sorted(store.clients(include_archived=archived), key=lambda c: c.id)


def test_the_table_is_the_records_as_the_store_reads_them(db_path):
    write_db(db_path)
    for flag in ([], ["--archived"]):
        people, clients = expected_rows(db_path, bool(flag))
        rows = [["ID", "NAME", "COMPANY", "LANG", "CHANNEL", "LOOKED AFTER BY"]] + [
            [str(c.id), c.name + (" *" if c.key_account else ""), c.company, c.language,
             c.preferred_channel, people.get(c.manager_id, "")]
            for c in clients
        ]  # fmt: skip
        widths = [max(len(r[i]) for r in rows) for i in range(6)]
        expected = "".join(
            "  ".join(v.ljust(w) for v, w in zip(r[:-1], widths[:-1], strict=True))
            + "  " + r[-1] + "\n"
            for r in rows
        )  # fmt: skip
        result = run_cli("list", "clients", *flag, db=db_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout == expected
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert "Anna Kowalska *" in result.stdout and " pl " in result.stdout
        assert ("Old Client" in result.stdout) == bool(flag)


def test_the_json_is_the_records_as_the_store_reads_them(db_path):
    write_db(db_path)
    for flag in ([], ["--archived"]):
        people, clients = expected_rows(db_path, bool(flag))
        expected = [
            {"id": c.id, "name": c.name, "company": c.company, "email": c.email,
             "phone": c.phone, "preferred_channel": c.preferred_channel,
             "language": c.language, "key_account": c.key_account,
             "manager": people.get(c.manager_id), "archived": c.archived}
            for c in clients
        ]  # fmt: skip
        result = run_cli("list", "clients", "--json", *flag, db=db_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        assert "pays late" not in result.stdout


def test_an_empty_client_book_lists_nothing(db_path):
    write_db(db_path, clients={})
    assert run_cli("list", "clients", "--json", db=db_path).stdout == "[]\n"
    assert run_cli("list", "clients", db=db_path).stdout.splitlines() == [
        "ID  NAME  COMPANY  LANG  CHANNEL  LOOKED AFTER BY"
    ]


def test_a_damaged_record_is_one_line_and_nothing_is_written(db_path):
    # The last record (by id) does not fit: a number for a name, a private note too long.
    damaged = {"99": {"name": "Secret Person", "language": "pl", "private_notes": "s" * 200_001}}
    write_db(db_path, clients={**CLIENTS, **damaged})
    for flag in ([], ["--json"]):
        result = run_cli("list", "clients", *flag, db=db_path)
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1, result.stderr
        assert "clients record 99: private_notes" in result.stderr
        assert "sss" not in result.stderr and "Secret" not in result.stderr


def test_one_client_is_read_without_reading_every_client(db_path):
    """A lookup builds only the record it asks for (the dashboard looks up the language of
    the few clients in each contact log among 100,000): a damaged record elsewhere does not
    stop it, and is still refused when it is the one read, or when every client is read."""
    damaged = {"7": {"name": "Secret Person", "language": "xx"}}
    write_db(db_path, clients={**CLIENTS, **damaged})
    store = Store(db_path)
    assert store.client(2).name == "Jordi Vidal"
    assert store.client(1).language == "pl"
    for read in (lambda: store.client(7), store.clients):
        with pytest.raises(DamagedDatabase, match="clients record 7: language") as refused:
            read()
        assert "Secret" not in str(refused.value)
    with pytest.raises(NotFound, match="no client with id 8"):
        store.client(8)
