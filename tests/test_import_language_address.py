"""Importing a client's language (any common form, or guessed) and address (CRM columns)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

from handoff import printing
from handoff.importing import import_clients, language_code, phone_language, read_source
from handoff.importing.plan import plan_import
from handoff.model import Client, Handoff, Person
from handoff.store import Store


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def by_name(store: Store) -> dict[str, Client]:
    return {c.name: c for c in store.clients()}


# -- languages -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("English (United States)", "en"),  # Outlook
        ("Polish", "pl"),
        ("polski", "pl"),
        ("ca-ES", "ca"),
        ("ca_ES", "ca"),
        ("Català", "ca"),
        ("kataloński", "ca"),
        ("Bahasa Indonesia", "id"),
        ("pl-PL", "pl"),
        ("en_GB.UTF-8", "en"),
        ("eng", "en"),
        ("pol", "pl"),
        ("ID", "id"),
    ],
)
def test_a_language_is_read_in_every_common_form(written, code):
    assert language_code(written) == code


@pytest.mark.parametrize("written", ["Spanish", "Klingonese", "xx", "42"])
def test_a_language_handoff_has_no_statements_in_is_not_read(written):
    assert language_code(written) == ""


def test_an_outlook_language_no_longer_blocks_the_file(store, tmp_path):
    path = write(
        tmp_path,
        "outlook.csv",
        "First Name,Last Name,E-mail Address,Language\n"
        "Hannah,Oakes,hannah@oakes.example,English (United States)\n"
        "Marta,Puig,marta@puig.example,ca-ES\n"
        "Agnieszka,Nowak,agnieszka@nowak.example,polski\n",
    )
    report = import_clients(store, path)
    assert report.written
    languages = {n: c.language for n, c in by_name(store).items()}
    assert languages == {"Hannah Oakes": "en", "Marta Puig": "ca", "Agnieszka Nowak": "pl"}


def test_a_file_without_language_is_guessed_from_the_phone_or_the_firm_default(store, tmp_path):
    path = write(
        tmp_path,
        "contacts.csv",
        "Name,Phone\n"
        "Anna Nowak,+48 22 555 0134\n"
        "Dewi Santoso,0062 22 555 0199\n"
        "Jordi Pla,+376 812 345\n"
        "Pere Soler,+34 93 555 0101\n"  # Spain: Spanish or Catalan, not reliable
        "Jo Brown,020 7946 0000\n",  # no country code
    )
    table = read_source(path)
    plan = plan_import(store, table, default_language="pl")
    languages = {c.name: c.language for c in plan.new}
    assert languages == {
        "Anna Nowak": "pl",
        "Dewi Santoso": "id",
        "Jordi Pla": "ca",
        "Pere Soler": "pl",
        "Jo Brown": "pl",
    }
    assert phone_language("+44 20 7946 0000") == ("en", "+44")


def test_the_report_says_how_many_clients_got_which_language_and_why(db_path, tmp_path):
    path = write(
        tmp_path,
        "mixed.csv",
        "Name,Phone,Language\n"
        "Anna Nowak,+48 22 555 0134,Polish\n"
        "Piotr Lis,+48 22 555 0135,\n"
        "Jo Brown,020 7946 0000,\n",
    )
    result = run_cli("import", "clients", str(path), db=db_path)
    assert result.returncode == 0, result.stderr
    lines = [line.split() for line in result.stdout.splitlines()]
    assert ["Polish", "1", "from", "the", "“Language”", "column"] in lines
    assert ["Polish", "1", "from", "the", "phone's", "country", "code", "(+48)"] in lines
    assert [
        "English",
        "1",
        "the",
        "firm's",
        "default",
        "(nothing",
        "in",
        "the",
        "row",
        "tells)",
    ] in (lines)


def test_a_language_that_cannot_be_read_names_the_row_and_column(db_path, tmp_path):
    path = write(tmp_path, "bad.csv", "Name,Language\nAnna Nowak,Klingonese\n")
    result = run_cli("import", "clients", str(path), db=db_path)
    assert result.returncode == 2
    assert "row 2, column “Language”: 'Klingonese' is not a language" in result.stderr
    assert "Traceback" not in result.stderr


# -- addresses -----------------------------------------------------------------------------
GOOGLE = (
    "First Name,Last Name,E-mail 1 - Value,Address 1 - Type,Address 1 - Formatted,"
    "Address 1 - Street,Address 1 - City,Address 1 - Postal Code,Address 1 - Country\n"
    'Anna,Nowak,anna@nowak.example,Work,"ul. Puławska 12\n02-515 Warszawa\nPoland",'
    "ul. Puławska 12,Warszawa,02-515,Poland\n"
    "Piotr,Lis,piotr@lis.example,Home,,ul. Długa 3,Kraków,31-147,Poland\n"
)
OUTLOOK = (
    "First Name,Last Name,E-mail Address,Business Street,Business City,Business Postal Code,"
    "Business Country/Region,Home Street,Home City,Home Postal Code\n"
    "Hannah,Oakes,hannah@oakes.example,1 Quay St,Bristol,BS1 4DJ,United Kingdom,,,\n"
    "Tom,Hill,tom@hill.example,,,,,9 Elm Road,Leeds,LS1 1AA\n"
)
HUBSPOT = (
    "Record ID,First Name,Last Name,Email,Street Address,City,State/Region,Postal Code,"
    "Country/Region\n"
    "77,Pere,Soler,pere@soler.example,Carrer Major 3,Girona,Catalunya,17001,Spain\n"
)
THUNDERBIRD = (
    "First Name,Last Name,Display Name,Primary Email,Home Address,Home City,Work Address,"
    "Work Address 2,Work City,Work ZipCode,Work Country\n"
    "Dewi,Santoso,Dewi Santoso,dewi@santoso.example,Jl. Kenanga 1,Bandung,Jl. Melati 4,"
    "Lantai 2,Bandung,40115,Indonesia\n"
)
ZOHO = (
    "Record Id,First Name,Last Name,Email,Mailing Street,Mailing City,Mailing Zip,"
    "Mailing Country,Shipping Street,Shipping City\n"
    "9,Marta,Puig,marta@puig.example,Carrer Nou 5,Barcelona,08001,Spain,Obra: Carrer Alt 9,"
    "Sabadell\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            GOOGLE,
            {
                "Anna Nowak": ("ul. Puławska 12\n02-515 Warszawa\nPoland", ""),
                "Piotr Lis": ("ul. Długa 3, Kraków, 31-147, Poland", ""),
            },
        ),
        (
            OUTLOOK,
            {
                "Hannah Oakes": ("1 Quay St, Bristol, BS1 4DJ, United Kingdom", ""),
                "Tom Hill": ("9 Elm Road, Leeds, LS1 1AA", ""),
            },
        ),
        (HUBSPOT, {"Pere Soler": ("Carrer Major 3, Girona, Catalunya, 17001, Spain", "")}),
        (
            THUNDERBIRD,
            {"Dewi Santoso": ("Jl. Melati 4, Lantai 2, Bandung, 40115, Indonesia", "")},
        ),
        (
            ZOHO,
            {
                "Marta Puig": (
                    "Carrer Nou 5, Barcelona, 08001, Spain",
                    "Obra: Carrer Alt 9, Sabadell",
                )
            },
        ),
    ],
    ids=["google", "outlook", "hubspot", "thunderbird", "zoho"],
)
def test_addresses_come_in_from_the_columns_of_real_exports(store, tmp_path, text, expected):
    report = import_clients(store, write(tmp_path, "export.csv", text))
    assert report.written
    clients = by_name(store)
    assert {n: (clients[n].address, clients[n].site) for n in expected} == expected


def test_a_vcard_adr_is_the_address_and_a_site_adr_the_site(store, tmp_path):
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Nowak\r\nN:Nowak;Anna;;;\r\n"
        "EMAIL:anna@nowak.example\r\n"
        "ADR;TYPE=WORK:;;ul. Puławska 12;Warszawa;;02-515;Poland\r\n"
        "ADR;TYPE=X-SITE:;;ul. Budowlana 7;Piaseczno;;05-500;Poland\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Piotr Lis\r\nN:Lis;Piotr;;;\r\n"
        "ADR;TYPE=HOME:;;ul. Długa 3;Kraków;;31-147;\r\nEND:VCARD\r\n"
    )
    import_clients(store, write(tmp_path, "cards.vcf", card))
    clients = by_name(store)
    assert clients["Anna Nowak"].address == "ul. Puławska 12, Warszawa, 02-515, Poland"
    assert clients["Anna Nowak"].site == "ul. Budowlana 7, Piaseczno, 05-500, Poland"
    assert (clients["Piotr Lis"].address, clients["Piotr Lis"].site) == (
        "ul. Długa 3, Kraków, 31-147",
        "",
    )


def test_a_site_equal_to_the_address_is_not_kept_twice():
    client = Client(name="A", address="1 Quay St, Bristol", site="1 Quay St, Bristol")
    assert client.site == ""


def test_the_export_carries_the_address_and_site_back_in(store, tmp_path):
    store.add_client(Client(name="Anna Nowak", address="ul. Puławska 12", site="ul. Budowlana 7"))
    target = tmp_path / "out.csv"
    from handoff.importing import export_clients

    export_clients(store, target)
    other = Store(tmp_path / "other.json")
    import_clients(other, target)
    (client,) = other.clients()
    assert (client.address, client.site) == ("ul. Puławska 12", "ul. Budowlana 7")


@pytest.mark.parametrize("fmt", ["html", "txt", "md"])
def test_the_packet_prints_the_address_and_the_site(store, fmt):
    leaving = store.add_person(Person(name="Lena Leaving"))
    cover = store.add_person(Person(name="Cora Cover"))
    client = store.add_client(
        Client(
            name="Anna Nowak",
            address="ul. Puławska 12, Warszawa",
            site="ul. Budowlana 7, Piaseczno",
            manager_id=leaving.id,
        )
    )
    plain = store.add_client(Client(name="Piotr Lis", manager_id=leaving.id))
    handoff = store.add_handoff(
        Handoff(
            person_id=leaving.id,
            kind="vacation",
            starts="2026-12-01",
            until="2026-12-20",
            client_ids=[client.id, plain.id],
            covers={client.id: cover.id, plain.id: cover.id},
        )
    )
    out = printing.render_document(store, handoff.id, fmt)
    text = out.decode() if isinstance(out, bytes) else out
    assert "Puławska 12, Warszawa" in text
    assert "Budowlana 7, Piaseczno" in text
    assert text.count("Site of the work") == 1  # only the client whose site differs


def test_the_rows_are_read_in_a_stream_and_a_changed_file_is_refused(store, tmp_path):
    rows = "".join(f"Client {i},client{i}@example.com\n" for i in range(1000))
    path = write(tmp_path, "big.csv", "Name,Email\n" + rows)
    table = read_source(path)
    assert len(table.records) == 1000
    assert table.records[999].cells == ["Client 999", "client999@example.com"]
    path.write_text("Name,Email\nSomeone else,x@example.com\n", encoding="utf-8")
    with pytest.raises(Exception, match="changed since it was read"):
        plan_import(store, table)


def test_the_app_shows_the_address_and_the_site():
    from handoff.tui.screens.client_detail import client_details

    shown = client_details(
        Client(name="Anna Nowak", address="ul. Puławska 12", site="ul. Budowlana 7"), None
    ).plain
    assert "Address:" in shown and "ul. Puławska 12" in shown
    assert "Site of work:" in shown and "ul. Budowlana 7" in shown


def test_a_big_import_is_saved_in_chunks_that_make_the_same_file(store, tmp_path):
    """The database is written a few thousand records at a time, never as one string."""
    import json

    from handoff.storage import encode, encode_chunks

    rows = "".join(f"Klient {i} Łódź,k{i}@example.com\n" for i in range(4500))
    import_clients(store, write(tmp_path, "many.csv", "Name,Email\n" + rows))
    raw = store.path.read_bytes()
    data = json.loads(raw)
    assert len(data["clients"]) == 4500
    assert b"".join(encode_chunks(data)) == encode(data) == raw
