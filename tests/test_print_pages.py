"""Printed pages as a reader sees them: read back from the PDF, the text and Markdown files."""

from __future__ import annotations

import io
import json
import re

import pypdf
from extras import needs_pdf

from handoff import printing
from handoff.paths import sample_data_dir

VACATION, TERMINATION = 1, 2
SIGN_OFF_WORDS = ("Kind regards,", "Z poważaniem", "Cordialment,", "Hormat kami,", "Hormat saya,")


def pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def body_lines(page: str) -> list[str]:
    """A page's text without its running header and its 'page N of M'."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return [
        line
        for line in lines
        if not re.fullmatch(r"page \d+ of \d+", line)
        and not line.startswith(("packet version", "DRAFT", "no packet version"))
        and not line.startswith("Mensah Tiling & Renovation · ")
    ]


def sign_off_lines(store) -> set[str]:
    firm = store.firm()
    lines = {*SIGN_OFF_WORDS, firm.name, firm.contact_line, *firm.signature.splitlines()}
    lines |= {p.name for p in store.people()}
    return {line.strip() for line in lines if line.strip()}


@needs_pdf
def test_no_pdf_page_holds_only_a_sign_off_and_no_address_breaks(sample_store):
    documents = [
        printing.render_document(sample_store, VACATION, "pdf", "packet"),
        printing.render_document(sample_store, TERMINATION, "pdf", "packet"),
        printing.render_document(sample_store, VACATION, "pdf", "statements"),
        printing.render_document(sample_store, TERMINATION, "pdf", "statements"),
    ]
    closing = sign_off_lines(sample_store)
    emails = {p.email for p in sample_store.people()} | {c.email for c in sample_store.clients()}
    for number, document in enumerate(documents):
        texts = pages(document)
        for index, page in enumerate(texts):
            lines = body_lines(page)
            assert lines, (number, index)
            assert not set(lines) <= closing, f"document {number}, page {index + 1}: {lines}"
        whole = "\n".join(texts)
        for email in filter(None, emails):
            local = email.split("@")[0] + "@"
            assert whole.count(email) == whole.count(local), email  # never split across lines
    statements = pages(documents[2])
    # the statements start on the first page, under the header (no near-empty cover)
    assert "Agnieszka Wiśniewska" in statements[0]
    # the running header: its two lines, the SHA-256 whole on the second
    version = sample_store.latest_packet(VACATION)
    proof = f"packet version 1 · SHA-256 {version.sha256} · printed 2026-11-23\n"
    assert proof in statements[1]


@needs_pdf
def test_the_review_pdf_has_a_running_header(sample_store):
    texts = pages(printing.render_document(sample_store, VACATION, "pdf", "review"))
    version = sample_store.latest_packet(VACATION)
    for page in texts:
        assert "Return review · Marta Puig (vacation 2026-11-02 – 2026-11-20)\n" in page
        assert f"SHA-256 {version.sha256}" in page


def test_each_reader_is_told_their_own_share(sample_store):
    whole = printing.render_document(sample_store, VACATION, "txt").decode()
    flat = " ".join(whole.split())
    assert "You are the contact for the 5 clients" not in flat
    assert "(Peter Nowak: 3 clients; Dewi Lestari: 2 clients;" in flat
    dewi = printing.render_document(sample_store, VACATION, "txt", for_person=5).decode()
    assert "You are the contact for the 2 clients in this packet" in " ".join(dewi.split())


def test_plain_text_keeps_phone_numbers_whole_and_markdown_stays_readable(sample_store):
    txt = printing.render_document(sample_store, VACATION, "txt").decode()
    lines = re.sub(r"\n\s*", "\n", txt)
    phones = [p.phone for p in sample_store.people()] + [c.phone for c in sample_store.clients()]
    for phone in filter(None, phones):
        parts = phone.split(" ")
        for cut in range(1, len(parts)):
            split = " ".join(parts[:cut]) + "\n" + " ".join(parts[cut:])
            assert split not in lines, phone
    md = printing.render_document(sample_store, VACATION, "md").decode()
    assert "peter@mensah-tiling.example" in md and "2026-11-10" in md
    assert "\\-" not in md and "\\." not in md


def test_the_sample_reads_as_a_real_firm():
    raw = (sample_data_dir() / "firm.json").read_text(encoding="utf-8")
    assert not re.search(r"\bseed\b", raw, re.IGNORECASE)
    firm = json.loads(raw)["tables"]["firm"]["1"]
    assert firm["name"] == "Mensah Tiling & Renovation" and firm["signature"]


def test_the_header_names_the_firm_and_says_the_dates_in_words(sample_store):
    txt = printing.render_document(sample_store, VACATION, "txt", "statements").decode()
    assert txt.startswith("Mensah Tiling & Renovation\nCLIENT STATEMENTS: Marta Puig")
    assert "away from 2 to 19 November 2026; back in the office on 20 November 2026" in (
        " ".join(txt.split())
    )
    assert "Send by" not in txt
    assert "CALL SCRIPT for Peter Nowak: call +48 22 555 0134" in txt
    assert "EMAIL to direccio@hotelvidal.example" in txt
