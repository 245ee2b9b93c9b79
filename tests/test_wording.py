"""Every statement and script, in each language, as a native reader would check it: every kind
× form (the firm's notice, the colleague's email, the call script) × tense (before, during and
after the dates) × form of address, spell-checked with Hunspell's dictionary for the language."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from handoff import clock, statements
from handoff.firm import set_firm
from handoff.model import ADDRESS_FORMS, KINDS, Handoff
from handoff.risk import check

DICTIONARIES = {"en": "en_GB", "pl": "pl_PL", "ca": "ca", "id": "id_ID"}
# Correct words the packaged dictionaries lack ("Yth." is the usual "Yang terhormat").
KNOWN_WORDS = {"id": {"Yth", "berakhirnya", "pastikan"}}
STARTS, BACK = date(2026, 12, 1), date(2026, 12, 14)
DAYS = {"future": date(2026, 11, 23), "present": date(2026, 12, 5), "past": date(2026, 12, 20)}
TERMINATION_DAYS = {"future": date(2026, 11, 23), "present": STARTS, "past": date(2026, 12, 20)}
FIRST_PERSON = {
    "en": re.compile(r"\bI(?: am|'m| will|)\b|\bme\b"),
    "pl": re.compile(r"\bto ja\b|\bze mną\b|\bdziękuję\b|\bDzwonię\b|\bpiszę\b"),
    "ca": re.compile(r"\bsóc\b|\bseré\b|\bm'ocup|\bEm pot\b|\bLi escric\b"),
    "id": re.compile(r"\bsaya\b"),
}
SAME_MONTH = {
    "en": "from 1 to 13 December 2026",
    "pl": "od 1 do 13 grudnia 2026 r.",
    "ca": "de l'1 al 13 de desembre de 2026",
    "id": "dari 1 sampai 13 Desember 2026",
}
DAY_BACK = {
    "en": "back in the office on 14 December 2026",
    "pl": "wróci do biura 14 grudnia 2026 r.",
    "ca": "tornarà a l'oficina el 14 de desembre de 2026",
    "id": "kembali bekerja pada 14 Desember 2026",
}


def _spelling_mistakes(texts: list[str], lang: str, names: list[str]) -> set[str]:
    joined = "\n".join(texts)
    for name in sorted(names, key=len, reverse=True):
        joined = joined.replace(name, " ")
    # addresses, numbers and the Catalan article before a number ("de l'1") are not words
    joined = re.sub(r"\S*[@\d]\S*|\bwww\.\S+|\bl'(?=\d)|·", " ", joined)
    result = subprocess.run(
        ["hunspell", "-d", DICTIONARIES[lang], "-l"],
        input=joined,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(result.stdout.split()) - KNOWN_WORDS.get(lang, set())


def _texts(store, lang: str) -> dict[tuple[str, str, str, str], str]:
    client = next(c for c in store.clients() if c.language == lang)
    texts = {}
    for kind in KINDS:
        handoff = store.add_handoff(
            Handoff(
                person_id=3,
                kind=kind,
                starts=STARTS,
                until=None if kind == "termination" else BACK,
                client_ids=[client.id],
                covers={client.id: 4},
            )
        )
        days = TERMINATION_DAYS if kind == "termination" else DAYS
        for form_of_address in ADDRESS_FORMS:
            client.address_as = form_of_address
            for tense, day in days.items():
                with clock.as_of(day):
                    for form in statements.FORMS:
                        text = statements.generate(store, handoff, client, lang, form)
                        texts[(kind, form_of_address, tense, form)] = text
    return texts


@pytest.fixture
def hunspell() -> None:
    if shutil.which("hunspell") is None:
        pytest.fail("hunspell is missing: run scripts/system-deps.sh (make test does)")
    for name in DICTIONARIES.values():
        if not Path(f"/usr/share/hunspell/{name}.dic").exists():
            pytest.fail(f"the {name} dictionary is missing: run scripts/system-deps.sh")


@pytest.mark.parametrize("lang", list(DICTIONARIES))
def test_every_kind_form_and_tense_reads_well(sample_store, lang, hunspell):
    texts = _texts(sample_store, lang)
    assert len(texts) == 3 * len(ADDRESS_FORMS) * 3 * 3
    names = [p.name for p in sample_store.people()] + [c.name for c in sample_store.clients()]
    firm = sample_store.firm()
    names += [firm.name, *firm.signature.splitlines(), *firm.address.splitlines()]
    assert _spelling_mistakes(list(texts.values()), lang, names) == set()
    for (kind, _address, tense, form), text in texts.items():
        where = (lang, kind, tense, form)
        assert check(text, lang, kind) == [], where
        assert "(" not in text.split("\n")[0], where  # no "(date to be confirmed)"
        assert "  " not in text and ".." not in text and " ," not in text, where
        if form == "notice":  # the firm's notice, signed by the firm
            assert text.rstrip().endswith("office@mensah-tiling.example"), where
            assert "Kojo Mensah" in text, where
        else:  # the covering colleague, in the first person
            assert FIRST_PERSON[lang].search(text), where
        if form == "email":
            assert (
                text.rstrip().endswith(
                    "Mensah Tiling & Renovation\n+44 20 7946 0100 · office@mensah-tiling.example"
                )
                or "Peter Nowak" in (text.strip().splitlines()[-3])
            ), where
        if kind != "termination" and tense == "future":
            assert SAME_MONTH[lang] in text and DAY_BACK[lang] in text, where
    # the tense follows the day of writing
    future = texts[("vacation", "", "future", "notice")]
    past = texts[("vacation", "", "past", "notice")]
    assert future != past != texts[("vacation", "", "present", "notice")]


def test_tenses_in_english(sample_store):
    texts = _texts(sample_store, "en")
    assert (
        "Marta Puig will be on holiday from 1 to 13 December 2026 and back in the office on "
        "14 December 2026" in texts[("vacation", "", "future", "notice")]
    )
    assert (
        "Marta Puig is on holiday and will be back in the office on 14 December 2026"
        in (texts[("vacation", "", "present", "notice")])
    )
    assert (
        "Marta Puig was on holiday from 1 to 13 December 2026"
        in (texts[("vacation", "", "past", "notice")])
    )
    assert (
        "Marta Puig will no longer be working with us from 1 December 2026"
        in (texts[("termination", "", "future", "notice")])
    )
    assert (
        "as of today, Marta Puig no longer works with us"
        in (texts[("termination", "", "present", "phone")])
    )


def test_polish_and_indonesian_tenses(sample_store):
    pl = _texts(sample_store, "pl")
    assert (
        "Marta Puig będzie na urlopie od 1 do 13 grudnia 2026 r."
        in (pl[("vacation", "", "future", "notice")])
    )
    assert "przebywa obecnie na urlopie" in pl[("vacation", "", "present", "notice")]
    ind = _texts(sample_store, "id")
    assert (
        "Marta Puig akan cuti dari 1 sampai 13 Desember 2026"
        in (ind[("vacation", "", "future", "notice")])
    )
    assert "sedang cuti" in ind[("vacation", "", "present", "notice")]


def test_forms_of_address(sample_store):
    pl = _texts(sample_store, "pl")
    assert pl[("leave", "ms", "present", "phone")].count("Pani sprawami") == 1
    assert "Państwa" not in pl[("leave", "ms", "present", "phone")]
    assert pl[("leave", "", "present", "notice")].startswith("Szanowni Państwo,")
    assert pl[("leave", "mr", "present", "notice")].startswith("Szanowny Panie,")
    ca = _texts(sample_store, "ca")  # Montserrat Vidal
    assert ca[("vacation", "ms", "future", "notice")].startswith("Benvolguda senyora Vidal,")
    assert ca[("vacation", "", "future", "notice")].startswith("Bon dia, Montserrat Vidal,")
    ind = _texts(sample_store, "id")  # Budi Santoso
    assert ind[("vacation", "mr", "future", "phone")].count("Bapak/Ibu") == 0
    assert "urusan Bapak" in ind[("vacation", "mr", "future", "phone")]
    assert "Bapak/Ibu" in ind[("vacation", "", "future", "phone")]
    assert ind[("vacation", "", "future", "phone")].startswith("Selamat siang, saya Peter Nowak")
    en = _texts(sample_store, "en")  # Sarah Whitfield
    assert en[("leave", "ms", "future", "email")].startswith("Dear Ms Whitfield,")
    assert en[("leave", "first", "future", "email")].startswith("Dear Sarah,")
    assert en[("leave", "", "future", "email")].startswith("Dear Sarah Whitfield,")


def test_a_handoff_without_dates_says_no_date(sample_store):
    client = sample_store.client(3)
    handoff = sample_store.add_handoff(
        Handoff(person_id=3, kind="vacation", client_ids=[3], covers={3: 4})
    )
    for lang in DICTIONARIES:
        for form in statements.FORMS:
            text = statements.generate(sample_store, handoff, client, lang, form)
            assert "(" not in text.split("\n\n")[1] and "confirm" not in text, (lang, form)
    text = statements.generate(sample_store, handoff, client, "en", "notice")
    assert "Marta Puig will be on holiday." in text


def test_the_firm_signs_its_notice_and_the_colleague_their_email(sample_store):
    set_firm(sample_store, signature="")
    handoff = sample_store.handoff(1)
    montserrat = sample_store.client(3)  # prefers email; Dewi covers her
    notice = statements.generate_statement(sample_store, handoff, montserrat)
    email = statements.generate_script(sample_store, handoff, montserrat)
    assert notice != email
    assert notice.rstrip().endswith(
        "Cordialment,\nMensah Tiling & Renovation\n"
        "+44 20 7946 0100 · office@mensah-tiling.example · www.mensah-tiling.example"
    )
    assert "Cordialment,\nDewi Lestari\nMensah Tiling & Renovation" in email
    assert "Dewi Lestari" not in email.split("Cordialment")[0]  # no third person about herself
