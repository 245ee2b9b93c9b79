"""Importing clients from vCard files (3.0 and 4.0), parsed with vobject."""

from __future__ import annotations

from pathlib import Path

import pytest

from handoff.errors import ValidationError
from handoff.importing import ImportRejected, import_clients, read_source

VCARD_3 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Wiśniewska;Agnieszka;;;\r\n"
    "FN:Agnieszka Wiśniewska\r\n"
    "ORG:Wiśniewska Dental Clinic;Front desk\r\n"
    "TEL;TYPE=WORK,VOICE:+48 22 555 0134\r\n"
    "EMAIL;TYPE=INTERNET:old@wisniewska.example\r\n"
    "EMAIL;TYPE=INTERNET,PREF:biuro@wisniewska.example\r\n"
    "NOTE:Clinic stays open\\, tile after 18:00\\nPatients first\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Soler;Pere;;;\r\n"
    "FN:Pere Soler\r\n"
    "TEL;TYPE=CELL:+34 600 555 010\r\n"
    "END:VCARD\r\n"
)
VCARD_4 = (
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "FN:Dewi Lestari-Santoso\n"
    "N:Lestari-Santoso;Dewi;;;\n"
    "ORG:Santoso Kopi\n"
    "LANG;PREF=1:id\n"
    "EMAIL;TYPE=home:dewi.home@example.com\n"
    "EMAIL;PREF=1;TYPE=work:dewi@santoso.example\n"
    'TEL;VALUE=uri;TYPE="voice,cell":tel:+62-22-555-0199\n'
    "END:VCARD\n"
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_vcard_3(store, tmp_path):
    path = write(tmp_path, "contacts.vcf", VCARD_3)
    table = read_source(path)
    assert (table.kind, table.format_label, table.delimiter) == ("vcard", "vCard", None)
    import_clients(store, path)
    agnieszka, pere = sorted(store.clients(), key=lambda c: c.id)
    assert agnieszka.name == "Agnieszka Wiśniewska"
    assert agnieszka.company == "Wiśniewska Dental Clinic"
    assert agnieszka.email == "biuro@wisniewska.example"  # the PREF one
    assert agnieszka.phone == "+48 22 555 0134"
    assert agnieszka.notes == "Clinic stays open, tile after 18:00\nPatients first"
    assert (pere.name, pere.phone, pere.email) == ("Pere Soler", "+34 600 555 010", "")


def test_vcard_4(store, tmp_path):
    import_clients(store, write(tmp_path, "dewi.vcf", VCARD_4))
    (dewi,) = store.clients()
    assert dewi.name == "Dewi Lestari-Santoso"
    assert dewi.email == "dewi@santoso.example"
    assert dewi.phone == "+62-22-555-0199"  # the tel: URI of vCard 4.0 unwrapped
    assert dewi.language == "id"


def test_a_card_without_fn_uses_n(store, tmp_path):
    text = "BEGIN:VCARD\nVERSION:3.0\nN:Puig;Marta;;;\nEMAIL:marta@puig.example\nEND:VCARD\n"
    import_clients(store, write(tmp_path, "n.vcf", text))
    assert [c.name for c in store.clients()] == ["Marta Puig"]


def test_broken_card_is_named_and_can_be_skipped(store, tmp_path):
    broken = "BEGIN:VCARD\nVERSION:3.0\nFN Broken line without colon\nEND:VCARD\n"
    path = write(tmp_path, "mixed.vcf", VCARD_4 + broken)
    with pytest.raises(ImportRejected) as caught:
        import_clients(store, path)
    assert str(caught.value).startswith("mixed.vcf, card 2 (line 11): not a readable vCard")
    assert store.clients() == []
    import_clients(store, path, skip_bad=True)
    assert [c.name for c in store.clients()] == ["Dewi Lestari-Santoso"]


def test_text_outside_cards_and_unclosed_card(store, tmp_path):
    with pytest.raises(ValidationError, match="line 3: text outside BEGIN:VCARD"):
        import_clients(store, write(tmp_path, "o.vcf", "BEGIN:VCARD\nEND:VCARD\nhello\n"))
    path = write(tmp_path, "u.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\n")
    with pytest.raises(ImportRejected, match="card 1 \\(line 1\\): not a readable vCard"):
        import_clients(store, path)


def test_vcard_duplicates_merge(store, tmp_path):
    twice = VCARD_4 + VCARD_4.replace("ORG:Santoso Kopi\n", "NOTE:Roastery visit in May\n")
    report = import_clients(store, write(tmp_path, "twice.vcf", twice))
    (dewi,) = store.clients()
    assert dewi.notes == "Roastery visit in May"
    assert report.plan.merges[0].into == "card 1 (line 1)"


def test_vcard_2_1_quoted_printable(store, tmp_path):
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=BB=C3=B3=C5=82kiewski;Micha=C5=82;;;\r\n"
        "TEL;WORK;VOICE:+48 42 555 0101\r\nEMAIL;PREF;INTERNET:michal@lodzka.example\r\n"
        "END:VCARD\r\n"
    )
    report = import_clients(store, write(tmp_path, "old-phone.vcf", text))
    assert [(c.name, c.phone) for c in report.added] == [("Michał Żółkiewski", "+48 42 555 0101")]
