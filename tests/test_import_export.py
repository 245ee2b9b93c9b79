"""The CSV export: formula cells neutralised, private notes only on request, a clean round trip."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from handoff.errors import ValidationError
from handoff.importing import export_clients, import_clients, neutralise
from handoff.model import Client, Person
from handoff.store import Store


def read_rows(path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # so spreadsheets read the accents
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'),
        ("+48 22 555 0134", "'+48 22 555 0134"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab first", "'\tTab first"),
        ("\rCR first", "'\rCR first"),
        ("'=already quoted", "''=already quoted"),
        ("'s-Hertogenbosch", "'s-Hertogenbosch"),
        ("Ann = Lee", "Ann = Lee"),
        ("", ""),
    ],
)
def test_neutralise(value, cell):
    assert neutralise(value) == cell


def hostile_store(path) -> Store:
    store = Store(path)
    boss = store.add_person(Person(name="Grace Boateng", role="boss"))
    store.add_client(
        Client(
            name='=cmd|" /C calc"!A0',
            company="@SUM(1+1)*cmd|' /C calc'!A0",
            email="ann@lee.example",
            phone="+44 1632 960001",
            notes="-2+3\nsecond line",
            private_notes="Owes us money; do not say",
            manager_id=boss.id,
        )
    )
    store.add_client(
        Client(
            name='Soler, Pere "the tiler"',
            company="Soler, Fills & Co",
            availability="Mornings,\nnever Fridays",
            checkin='"Weekly", Monday',
            language="ca",
            preferred_channel="phone",
            key_account=True,
            notes="'=not a formula either\r\nthird",
        )
    )
    return store


def test_formula_cells_are_neutralised_and_private_notes_left_out(tmp_path):
    store = hostile_store(tmp_path / "db.json")
    target = tmp_path / "out.csv"
    assert export_clients(store, target) == 2
    rows = read_rows(target)
    assert "private_notes" not in rows[0]
    assert "Owes us money" not in target.read_text(encoding="utf-8-sig")
    first = rows[0]
    assert first["name"] == '\'=cmd|" /C calc"!A0'
    assert first["company"].startswith("'@")
    assert first["phone"] == "'+44 1632 960001"
    assert first["notes"].startswith("'-2+3")
    assert first["manager"] == "Grace Boateng"
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "\0")), cell


def test_private_notes_only_when_asked(tmp_path):
    store = hostile_store(tmp_path / "db.json")
    target = tmp_path / "private.csv"
    export_clients(store, target, include_private=True)
    rows = read_rows(target)
    assert rows[0]["private_notes"] == "Owes us money; do not say"


def test_export_then_import_gives_the_same_clients(tmp_path):
    store = hostile_store(tmp_path / "db.json")
    target = tmp_path / "round.csv"
    export_clients(store, target, include_private=True)
    again = Store(tmp_path / "again.json")
    again.add_person(Person(name="Grace Boateng", role="boss"))
    report = import_clients(again, target)
    assert report.table.shape == "handoff export"

    def docs(s: Store) -> list[dict]:
        return [c.to_doc() for c in sorted(s.clients(), key=lambda c: c.id)]

    assert docs(again) == docs(store)
    names = [c.name for c in again.clients()]
    assert names == ['=cmd|" /C calc"!A0', 'Soler, Pere "the tiler"']


def test_sample_firm_round_trips(sample_store, tmp_path):
    target = tmp_path / "firm.csv"
    export_clients(sample_store, target, include_private=True)
    fresh = Store(tmp_path / "fresh.json")
    for person in sample_store.people():
        fresh.add_person(Person(name=person.name, role=person.role, id=person.id))
    import_clients(fresh, target)
    keep = ("name", "company", "email", "phone", "notes", "availability", "checkin", "language")
    before = [{k: getattr(c, k) for k in keep} for c in sample_store.clients()]
    after = [{k: getattr(c, k) for k in keep} for c in fresh.clients()]
    assert after == before
    assert [c.manager_id for c in fresh.clients()] == [c.manager_id for c in sample_store.clients()]


def test_export_refuses_the_database_and_missing_folders(store, db_path, tmp_path):
    store.add_client(Client(name="Ann Lee"))
    before = db_path.read_bytes()
    with pytest.raises(ValidationError, match="the database itself"):
        export_clients(store, db_path)
    assert db_path.read_bytes() == before
    with pytest.raises(ValidationError, match="does not exist"):
        export_clients(store, tmp_path / "no" / "such" / "out.csv")
    with pytest.raises(ValidationError, match="is a folder"):
        export_clients(store, tmp_path)


TRICKY = "=+-@'\"\t\r\n,;  aZłàé[]/\\\x1b\x00"


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    rows=st.lists(
        st.tuples(
            st.text(alphabet=TRICKY, min_size=1, max_size=12),
            st.text(alphabet=TRICKY, max_size=12),
            st.text(alphabet=TRICKY, max_size=20),
        ),
        min_size=1,
        max_size=4,
    )
)
@example(rows=[("'=x", "-1", "\t@SUM(A1)\r\n''")])
@example(rows=[('a, "b"', "=1;2", "line\nline, 'quoted'")])
def test_any_text_survives_export_then_import(tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("round")
    store = Store(folder / "db.json")
    for name, company, notes in rows:
        client = Client(name=name, company=company, notes=notes)
        # A name is required; notes of nothing but blanks are read back as no notes.
        assume(client.name and (client.notes.strip() or not client.notes))
        store.add_client(client)
    export_clients(store, folder / "out.csv", include_private=True)
    again = Store(folder / "again.json")
    import_clients(again, folder / "out.csv")
    assert [c.to_doc() for c in again.clients()] == [c.to_doc() for c in store.clients()]
