"""A client's form of address comes in from an import column (Outlook's "Title", "address as")."""

from __future__ import annotations

from handoff.importing import import_clients


def test_outlook_title_and_an_address_as_column_set_the_form_of_address(store, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        "Name,Email,Address as\n"
        "Hannah Oakes,hannah@oakes.example,Mrs.\n"
        "Jan Nowak,jan@nowak.example,Pan\n"
        "Dewi Sari,dewi@sari.example,Ibu\n"
        "Sam Lee,sam@lee.example,first name\n"
        "Alex Kim,alex@kim.example,\n",
        encoding="utf-8",
    )
    import_clients(store, path)
    forms = {c.name: c.address_as for c in store.clients()}
    assert forms == {
        "Hannah Oakes": "ms",
        "Jan Nowak": "mr",
        "Dewi Sari": "ms",
        "Sam Lee": "first",
        "Alex Kim": "",
    }


def test_another_title_keeps_the_neutral_default(store, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("Name,Title\nAnn Bell,Dr\n", encoding="utf-8")
    import_clients(store, path)  # an Outlook "Dr." does not refuse the row
    assert [c.address_as for c in store.clients()] == [""]


def test_the_form_of_address_survives_an_export_and_an_import(sample_store, tmp_path):
    from handoff.importing import export_clients
    from handoff.store import Store

    path = tmp_path / "out.csv"
    export_clients(sample_store, path)
    other = Store(tmp_path / "other.json")
    for person in sample_store.people():  # the "looked after by" column names them
        person.id = 0
        other.add_person(person)
    import_clients(other, path)
    assert {c.name: c.address_as for c in other.clients()} == {
        c.name: c.address_as for c in sample_store.clients()
    }
