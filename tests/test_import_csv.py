"""Importing clients from CSV: real export shapes, delimiters, encodings, bad files, merges."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from handoff.errors import ValidationError
from handoff.importing import (
    ImportRejected,
    auto_mapping,
    import_clients,
    plan_import,
    read_source,
)
from handoff.store import Store


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def by_name(store: Store) -> dict[str, object]:
    return {c.name: c for c in store.clients()}


# -- the header shapes of real exports ----------------------------------------------------------
HUBSPOT = (
    '"Record ID","First Name","Last Name","Email","Phone Number","Company Name",'
    '"Contact owner","Lifecycle Stage","Preferred language","Create Date"\n'
    '"5101","Agnieszka","Wiśniewska","biuro@wisniewska.example","+48 22 555 0134",'
    '"Wiśniewska Dental","Marta Puig","customer","Polish","2024-03-02 10:11"\n'
    '"5102","Pere","Soler","pere@soler.example","+34 93 555 0101","Soler i Fills",'
    '"","lead","ca-ES","2024-05-12 08:00"\n'
)
SALESFORCE_CONTACTS = (
    "Salutation,First Name,Last Name,Title,Account Name,Mailing Street,Mailing City,"
    "Mailing Country,Phone,Mobile,Fax,Email,Contact Owner,Description\n"
    "Ms.,Dewi,Santoso,Owner,Santoso Kopi,Jl. Melati 4,Bandung,Indonesia,,+62 22 555 0199,,"
    "dewi@santoso.example,Tom Fletcher,Prefers WhatsApp-free contact\n"
)
SALESFORCE_ACCOUNTS = (
    "Account Name,Account Owner,Type,Industry,Phone,Website,Billing Street,Billing City,"
    "Description\n"
    "Harbour Hotel Group,Kojo Mensah,Customer,Hospitality,+44 20 7946 0900,"
    "harbour.example,1 Quay St,Bristol,Lobby retiling in phases\n"
)
GOOGLE_NEW = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Nickname,File As,Organization Name,"
    "Organization Title,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,"
    "E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value\n"
    "Montserrat,,Farré,,,,Cal Ramon,Owner,,Calls after lunch,* myContacts,Work,"
    "montse@calramon.example ::: montse.home@example.com,,,Mobile,"
    "+34 600 555 010 ::: +34 93 555 0102\n"
)
GOOGLE_OLD = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Nickname,Birthday,Notes,"
    "Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
    "Organization 1 - Type,Organization 1 - Name,Organization 1 - Title\n"
    "Budi Hartono,Budi,,Hartono,,,,,* My Contacts,* Work,budi@hartono.example,Work,"
    "+62 21 555 0177,,Hartono Bangun,Director\n"
)
OUTLOOK = (
    "First Name,Middle Name,Last Name,Title,Suffix,E-mail Address,E-mail Type,"
    "E-mail Display Name,E-mail 2 Address,Home Phone,Business Phone,Mobile Phone,"
    "Job Title,Department,Company,Manager's Name,Notes\n"
    "Hannah,Jane,Oakes,Mrs.,,hannah@oakes.example,SMTP,Hannah Oakes (hannah@oakes.example),"
    ",,+44 161 555 0123,,Facilities,,Oakes Property,Jim,Key contact for the Leeds site\n"
)


@pytest.mark.parametrize(
    ("text", "shape", "expected"),
    [
        (
            HUBSPOT,
            "HubSpot contacts export",
            {
                "Agnieszka Wiśniewska": ("Wiśniewska Dental", "biuro@wisniewska.example", "pl"),
                "Pere Soler": ("Soler i Fills", "pere@soler.example", "ca"),
            },
        ),
        (
            SALESFORCE_CONTACTS,
            "Salesforce contacts export",
            {"Dewi Santoso": ("Santoso Kopi", "dewi@santoso.example", "id")},
        ),
        (
            SALESFORCE_ACCOUNTS,
            "Salesforce accounts export",
            {"Harbour Hotel Group": ("Harbour Hotel Group", "", "en")},
        ),
        (
            GOOGLE_NEW,
            "Google Contacts export",
            {"Montserrat Farré": ("Cal Ramon", "montse@calramon.example", "en")},
        ),
        (
            GOOGLE_OLD,
            "Google Contacts export",
            {"Budi Hartono": ("Hartono Bangun", "budi@hartono.example", "id")},
        ),
        (
            OUTLOOK,
            "Outlook contacts export",
            {"Hannah Jane Oakes": ("Oakes Property", "hannah@oakes.example", "en")},
        ),
    ],
    ids=["hubspot", "sf-contacts", "sf-accounts", "google", "google-old", "outlook"],
)
def test_real_export_shapes_are_mapped(store, tmp_path, text, shape, expected):
    path = write(tmp_path, "export.csv", text)
    table = read_source(path)
    assert table.shape == shape
    report = import_clients(store, path)
    assert report.written
    clients = by_name(store)
    assert set(clients) == set(expected)
    for name, (company, email, language) in expected.items():
        client = clients[name]
        assert (client.company, client.email, client.language) == (company, email, language)


def test_crm_details_land_in_the_right_fields(store, tmp_path):
    import_clients(store, write(tmp_path, "g.csv", GOOGLE_NEW))
    import_clients(store, write(tmp_path, "o.csv", OUTLOOK))
    import_clients(store, write(tmp_path, "s.csv", SALESFORCE_CONTACTS))
    clients = by_name(store)
    montse = clients["Montserrat Farré"]
    assert montse.phone == "+34 600 555 010"  # Google's 'a ::: b': the first value
    assert montse.notes == "Calls after lunch"
    hannah = clients["Hannah Jane Oakes"]
    assert hannah.phone == "+44 161 555 0123"  # Business Phone; the display name is ignored
    assert hannah.notes == "Key contact for the Leeds site"
    dewi = clients["Dewi Santoso"]
    assert dewi.phone == "+62 22 555 0199"  # Mobile, since Phone is empty
    assert dewi.notes == "Prefers WhatsApp-free contact"  # Description


def test_owner_column_is_mapped_only_when_asked(sample_store, tmp_path):
    path = write(tmp_path, "sf.csv", SALESFORCE_CONTACTS)
    table = read_source(path)
    assert auto_mapping(table)[table.headers.index("Contact Owner")] == ""
    import_clients(sample_store, path, mapping_overrides=["Contact Owner=manager"])
    dewi = next(c for c in sample_store.clients() if c.name == "Dewi Santoso")
    tom = next(p for p in sample_store.people() if p.name == "Tom Fletcher")
    assert dewi.manager_id == tom.id


def test_unknown_manager_names_row_and_column(sample_store, tmp_path):
    text = "name,email,manager\nAnn Lee,ann@lee.example,Nobody Here\n"
    with pytest.raises(ImportRejected) as caught:
        import_clients(sample_store, write(tmp_path, "m.csv", text))
    assert "m.csv, row 2, column “manager”: no person matches 'Nobody Here'" in str(caught.value)


def test_manager_option_applies_to_every_row(sample_store, tmp_path):
    peter = next(p for p in sample_store.people() if p.name == "Peter Nowak")
    text = "name,email\nAnn Lee,ann@lee.example\nBo Kim,bo@kim.example\n"
    import_clients(sample_store, write(tmp_path, "p.csv", text), manager=peter)
    imported = [c for c in sample_store.clients() if c.name in ("Ann Lee", "Bo Kim")]
    assert [c.manager_id for c in imported] == [peter.id, peter.id]


def test_plain_columns_with_values_people_write(store, tmp_path):
    text = (
        "name,company,email,phone,preferred_channel,availability,language,key account,notes\n"
        'Ann Lee,Lee Ltd,ann@lee.example,+44 1632 960001,Telephone,"Mornings\nnot Fridays",'
        "English,yes,Tiles from Spain\n"
        "Marek Zając,,marek@zajac.example,,SMS,,pl-PL,no,\n"
    )
    import_clients(store, write(tmp_path, "plain.csv", text))
    ann, marek = by_name(store)["Ann Lee"], by_name(store)["Marek Zając"]
    assert (ann.preferred_channel, ann.language, ann.key_account) == ("phone", "en", True)
    assert ann.availability == "Mornings\nnot Fridays"
    assert (marek.preferred_channel, marek.language, marek.key_account) == ("sms", "pl", False)


def test_bad_channel_and_language_name_the_column(store, tmp_path):
    text = "name,preferred_channel,language\nAnn,carrier pigeon,en\nBo,email,Klingon\n"
    with pytest.raises(ImportRejected) as caught:
        import_clients(store, write(tmp_path, "v.csv", text))
    problems = [str(p) for p in caught.value.plan.problems]
    assert problems[0].startswith("row 2, column “preferred_channel”: 'carrier pigeon'")
    assert problems[1].startswith("row 3, column “language”: 'Klingon' is not a language")


def test_file_without_a_name_column_is_refused(store, tmp_path):
    path = write(tmp_path, "n.csv", "email,phone\nann@lee.example,+44 1632 960001\n")
    with pytest.raises(ValidationError, match="no column gives the client's name"):
        import_clients(store, path)


# -- delimiters ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("delimiter", "label"), [(",", "comma"), (";", "semicolon"), ("\t", "tab")]
)
def test_every_delimiter_is_sniffed(store, tmp_path, delimiter, label):
    rows = [
        ["name", "company", "email"],
        ["Soler, Pere" if delimiter != "," else "Pere Soler", "Cal; Ramon", "pere@soler.example"],
        ["Ann Lee", "Lee\tLtd" if delimiter != "\t" else "Lee Ltd", "ann@lee.example"],
    ]
    text = "\n".join(
        delimiter.join(f'"{c}"' if (delimiter in c or "," in c) else c for c in row) for row in rows
    )
    path = write(tmp_path, "d.csv", text + "\n")
    table = read_source(path)
    assert (table.delimiter, table.delimiter_label) == (delimiter, label)
    import_clients(store, path)
    assert len(store.clients()) == 2
    assert any(c.email == "pere@soler.example" for c in store.clients())


def test_semicolon_file_with_commas_in_unquoted_cells(store, tmp_path):
    # What a European spreadsheet writes: semicolons, and commas inside cells, unquoted.
    text = "Name;Company;Notes\nPuig, Marta;Puig, S.L.;Call, then email\nBo Kim;Kim Co;x, y, z\n"
    path = write(tmp_path, "eu.csv", text)
    assert read_source(path).delimiter == ";"
    import_clients(store, path)
    assert by_name(store)["Puig, Marta"].company == "Puig, S.L."


def test_excel_sep_hint_line(store, tmp_path):
    path = write(tmp_path, "sep.csv", "sep=;\nname;email\nAnn, Lee;ann@lee.example\n")
    assert read_source(path).delimiter == ";"
    import_clients(store, path)
    assert [c.name for c in store.clients()] == ["Ann, Lee"]


# -- encodings ----------------------------------------------------------------------------------
POLISH = "Imię;Nazwisko;Firma\nMichał;Żółkiewski;Łódzka Spółka\nAgnieszka;Wiśniewska;Gabinet Ząb\n"
CATALAN = (
    "Nom,Cognoms,Empresa\nJosep,Puigcerdà,Ferreteria Lluís\nMontserrat,Pèrez i Farré,Cal Ramon\n"
)


@pytest.mark.parametrize(
    ("text", "encoding", "told"),
    [
        (POLISH, "utf-8", "UTF-8"),
        (POLISH, "utf-8-sig", "UTF-8 with BOM"),
        (POLISH, "cp1250", "cp1250"),
        (POLISH, "iso-8859-2", "ISO-8859-2"),
        (CATALAN, "latin-1", "cp1252"),  # the same bytes; cp1252 also reads € and ’
        (CATALAN, "cp1252", "cp1252"),
        (CATALAN, "utf-8-sig", "UTF-8 with BOM"),
        (POLISH.replace(";", "\t"), "utf-16", "UTF-16"),  # Excel's "Unicode text"
    ],
)
def test_encodings_keep_polish_and_catalan_names(store, tmp_path, text, encoding, told):
    path = write(tmp_path, "enc.csv", text, encoding)
    table = read_source(path)
    assert table.encoding_label.startswith(told)
    import_clients(store, path)
    expected = {
        line.replace(";", "\t").replace(",", "\t").split("\t")[0]
        + " "
        + line.replace(";", "\t").replace(",", "\t").split("\t")[1]
        for line in text.strip().splitlines()[1:]
    }
    assert {c.name for c in store.clients()} == expected
    companies = {c.company for c in store.clients()}
    assert "Łódzka Spółka" in companies or "Ferreteria Lluís" in companies


def test_a_lone_polish_letter_is_not_read_as_western(store, tmp_path):
    # 'ś' is 0x9C in cp1250 and 'œ' in cp1252: the plausible letter wins.
    path = write(tmp_path, "one.csv", "name\nWiśniewska\n", "cp1250")
    import_clients(store, path)
    assert [c.name for c in store.clients()] == ["Wiśniewska"]


def test_encoding_can_be_forced(store, tmp_path):
    path = write(tmp_path, "f.csv", "name\nPuigcerdà\n", "latin-1")
    assert read_source(path).encoding_label.startswith("cp1252")  # the guess
    table = read_source(path, "cp1250")  # the user knows better: obeyed
    assert (table.encoding_label, table.records[0].cells) == (
        "cp1250 (Windows Central European)",
        ["Puigcerdŕ"],
    )
    with pytest.raises(ValidationError, match="unknown encoding"):
        read_source(path, "no-such-codec")


# -- bad files ----------------------------------------------------------------------------------
@pytest.mark.parametrize("content", [b"", b"\n\n  \r\n", b"\xef\xbb\xbf"])
def test_empty_file(store, tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match="empty.csv is empty"):
        import_clients(store, path)


def test_header_without_rows(store, tmp_path):
    with pytest.raises(ValidationError, match="header row but no clients"):
        import_clients(store, write(tmp_path, "h.csv", "name,email\n"))


def test_binary_garbage_gets_a_clear_message(store, tmp_path):
    rng = random.Random(7)
    samples = {
        "random.csv": rng.randbytes(4000),
        "no-nul.csv": rng.randbytes(4000).replace(b"\0", b"\1"),
        "image.csv": b"\x89PNG\r\n\x1a\n" + rng.randbytes(500),
    }
    for name, raw in samples.items():
        (tmp_path / name).write_bytes(raw)
        with pytest.raises(ValidationError, match="does not look like a text file"):
            import_clients(store, tmp_path / name)
    (tmp_path / "book.xlsx").write_bytes(b"PK\x03\x04" + rng.randbytes(300))
    with pytest.raises(ValidationError, match="save it as CSV"):
        import_clients(store, tmp_path / "book.xlsx")
    assert store.clients() == []


def test_missing_file_and_folder(store, tmp_path):
    with pytest.raises(ValidationError, match="no such file"):
        import_clients(store, tmp_path / "nope.csv")
    with pytest.raises(ValidationError, match="is a folder"):
        import_clients(store, tmp_path)


def test_unclosed_quote_names_the_row_and_line(store, tmp_path):
    text = 'name,email\nAnn Lee,ann@lee.example\n"Bo Kim,bo@kim.example\nCy Dee,cy@dee.example\n'
    with pytest.raises(ValidationError) as caught:
        import_clients(store, write(tmp_path, "q.csv", text))
    message = str(caught.value)
    assert message.startswith("q.csv, row 3 (line 3): a quoted cell is never closed")
    assert store.clients() == []


def test_stray_quote_after_a_quoted_cell(store, tmp_path):
    text = 'name,email\nAnn Lee,ann@lee.example\n"Bo" Kim,bo@kim.example\n'
    with pytest.raises(ValidationError, match=r"q2.csv, row 3 \(line 3\): broken quoting"):
        import_clients(store, write(tmp_path, "q2.csv", text))


def test_ragged_rows(store, tmp_path):
    text = (
        "name,email,phone\n"
        "Ann Lee,ann@lee.example,+44 1632 960001,surplus\n"
        "Bo Kim,bo@kim.example\n"
        "Cy Dee,cy@dee.example,+44 1632 960003,\n"  # a trailing empty cell is harmless
    )
    path = write(tmp_path, "r.csv", text)
    with pytest.raises(ImportRejected) as caught:
        import_clients(store, path)
    problems = [str(p) for p in caught.value.plan.problems]
    assert problems == [
        "row 2: 4 cells but the header has 3 columns "
        "(a cell with a delimiter in it that is not quoted?)",
        "row 3: 2 cells but the header has 3 columns",
    ]
    assert store.clients() == []
    report = import_clients(store, path, skip_bad=True)
    assert [c.name for c in report.added] == ["Cy Dee"]


def test_a_5mb_field_is_refused_naming_row_and_column(store, tmp_path):
    text = "name,email,notes\nAnn Lee,ann@lee.example,short\nBo Kim,bo@kim.example," + (
        "x" * 5_000_000
    )
    with pytest.raises(ImportRejected) as caught:
        import_clients(store, write(tmp_path, "big.csv", text + "\n"))
    assert str(caught.value.plan.problems[0]) == (
        "row 3, column “notes”: 5,000,000 characters is too long (at most 100,000)"
    )
    assert store.clients() == []


def test_escape_codes_and_markup_are_stored_clean(store, tmp_path):
    text = (
        "name,company,notes\n"
        '"\x1b[2J\x1b]0;pwned\x07Ann [bold]Lee[/bold]","[link=http://x]Lee Ltd[/link]",'
        '"line one\x1b[31m red\x1b[0m"\n'
    )
    import_clients(store, write(tmp_path, "esc.csv", text))
    (client,) = store.clients()
    assert client.name == "Ann [bold]Lee[/bold]"
    assert client.company == "[link=http://x]Lee Ltd[/link]"
    assert client.notes == "line one red"


# -- all or nothing, skip-bad, merges -----------------------------------------------------------
def test_one_bad_row_imports_nothing_and_leaves_the_file_unchanged(sample_store, db_path, tmp_path):
    before = db_path.read_bytes()
    text = "name,email\nAnn Lee,ann@lee.example\nBo Kim,bo@\nCy Dee,cy@dee.example\n"
    with pytest.raises(ImportRejected) as caught:
        import_clients(sample_store, write(tmp_path, "bad.csv", text))
    assert "bad.csv, row 3, column “email”: 'bo@' is not an email address" in str(caught.value)
    assert "nothing was imported" in str(caught.value)
    assert db_path.read_bytes() == before


def test_skip_bad_imports_the_good_rows_and_reports_the_rest(store, tmp_path):
    text = "name,email,phone\nAnn Lee,ann@lee.example,\n,x@y.example,\nCy Dee,cy@dee.example,12\n"
    report = import_clients(store, write(tmp_path, "s.csv", text), skip_bad=True)
    assert [c.name for c in store.clients()] == ["Ann Lee"]
    assert [str(p) for p in report.plan.problems] == [
        "row 3: no name (and no company) in this row",
        "row 4, column “phone”: '12' is not a phone number (digits, spaces, + ( ) - . /)",
    ]


def test_dry_run_writes_nothing(store, db_path, tmp_path):
    report = import_clients(
        store, write(tmp_path, "d.csv", "name\nAnn Lee\nBo Kim\n"), dry_run=True
    )
    assert not report.written and len(report.plan.new) == 2
    assert store.clients() == []


def test_duplicates_in_the_file_are_merged_not_doubled(store, tmp_path):
    text = (
        "name,company,email,phone,notes\n"
        "Ann Lee,,ann@lee.example,,First note\n"
        "Ann Lee,Lee Ltd,ANN@Lee.Example,+44 1632 960001,Second note\n"
    )
    report = import_clients(store, write(tmp_path, "dup.csv", text))
    (ann,) = store.clients()
    assert (ann.company, ann.phone, ann.notes) == ("Lee Ltd", "+44 1632 960001", "First note")
    (merge,) = report.plan.merges
    assert (merge.where, merge.into, merge.filled) == ("row 3", "row 2", ["company", "phone"])


def test_duplicates_of_stored_clients_fill_empty_fields_only(sample_store, tmp_path):
    agnieszka = next(c for c in sample_store.clients() if c.name == "Agnieszka Wiśniewska")
    text = (
        "name,email,phone,company,checkin\n"
        f"Someone Else,{agnieszka.email.upper()},+48 600 000 000,Other Co,Fridays\n"
    )
    before = len(sample_store.clients())
    report = import_clients(sample_store, write(tmp_path, "again.csv", text))
    assert len(sample_store.clients()) == before
    after = sample_store.client(agnieszka.id)
    assert (after.name, after.phone, after.company) == (
        agnieszka.name,
        agnieszka.phone,
        agnieszka.company,
    )  # non-empty fields are never overwritten
    assert after.checkin == agnieszka.checkin
    assert report.plan.merges[0].into == f"client {agnieszka.id}"


def test_merge_fills_a_stored_clients_empty_field(store, tmp_path):
    import_clients(store, write(tmp_path, "a.csv", "name,email\nAnn Lee,ann@lee.example\n"))
    report = import_clients(
        store,
        write(tmp_path, "b.csv", "name,email,phone\nA. Lee,ann@lee.example,+44 1632 960001\n"),
    )
    (ann,) = store.clients()
    assert (ann.name, ann.phone) == ("Ann Lee", "+44 1632 960001")
    assert report.plan.merges[0].filled == ["phone"]


def test_progress_is_reported(store, tmp_path):
    rows = "\n".join(f"Client {i},c{i}@example.com" for i in range(500))
    seen: list[tuple[int, int]] = []
    table = read_source(write(tmp_path, "p.csv", "name,email\n" + rows + "\n"))
    plan_import(store, table, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (500, 500)
    assert len(seen) >= 10 and all(b == 500 for _, b in seen)


def test_the_whole_import_is_one_write(store, tmp_path, monkeypatch):
    import handoff.storage

    import_clients(store, write(tmp_path, "a.csv", "name,email\nAnn Lee,ann@lee.example\n"))
    writes: list[Path] = []
    real = handoff.storage.atomic_write_bytes

    def counting(path: Path, payload: bytes) -> None:
        writes.append(path)
        real(path, payload)

    monkeypatch.setattr(handoff.storage, "atomic_write_bytes", counting)
    rows = "".join(f"Client {i},c{i}@example.com,\n" for i in range(50))
    text = "name,email,phone\nAnn Lee,ann@lee.example,+44 1632 960001\n" + rows
    report = import_clients(store, write(tmp_path, "b.csv", text))
    assert len(report.added) == 50 and report.plan.merges[0].filled == ["phone"]
    assert writes == [store.path]


def test_every_problem_of_a_row_is_listed_in_one_pass(sample_store, tmp_path):
    text = (
        "name,email,phone,language,preferred_channel,manager,notes\n"
        f"Ann Lee,ann@,12,xx,pigeon,Nobody,{'n' * 100_001}\n"
        "Bo Kim,bo@kim.example,,en,email,,fine\n"
    )
    with pytest.raises(ImportRejected) as caught:
        import_clients(sample_store, write(tmp_path, "many.csv", text))
    plan = caught.value.plan
    assert [(p.where, p.column) for p in plan.problems] == [
        ("row 2", "notes"),
        ("row 2", "preferred_channel"),
        ("row 2", "language"),
        ("row 2", "manager"),
        ("row 2", "email"),
        ("row 2", "phone"),
    ]
    assert plan.bad_rows == 1
    assert "(and 5 more problems)" in str(caught.value)
    report = import_clients(sample_store, write(tmp_path, "many.csv", text), skip_bad=True)
    assert [c.name for c in report.added] == ["Bo Kim"]
