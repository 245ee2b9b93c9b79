"""Printing to PDF: what a reader of the paper notices, and what the PDF must never load."""

from __future__ import annotations

import io
import sys

import pypdf
import pytest
from extras import PDF, needs_pdf
from test_print import (
    TERMINATION,
    VACATION,
    as_text,
    pdf_text,
    small_firm,
    user_template,
)

from handoff import printing
from handoff.errors import HandoffError


@needs_pdf
def test_header_on_every_pdf_page(sample_store):
    data = printing.render_document(sample_store, VACATION, "pdf")
    reader = pypdf.PdfReader(io.BytesIO(data))
    sha = sample_store.latest_packet(VACATION).sha256
    assert len(reader.pages) >= 6  # rules, a page per client, the log sheet
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text().replace("\n", "")
        assert "Marta Puig — vacation" in text, number
        assert sha in text, number
        assert "printed 2026-11-23" in text, number
        assert f"page {number} of {len(reader.pages)}" in text


def _outline(reader: pypdf.PdfReader) -> list[tuple[int, str, int]]:
    """(depth, title, page number) of every bookmark, in order."""
    found: list[tuple[int, str, int]] = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return found


@needs_pdf
@pytest.mark.parametrize("what", ["packet", "statements"])
def test_a_big_pdf_made_in_parts_reads_as_one_document(sample_store, monkeypatch, what):
    """Big documents are laid out a few clients at a time (to bound memory); the reader must
    not be able to tell: same pages, header and "page N of M" on each, one outline."""
    from handoff import pdf

    whole = pypdf.PdfReader(
        io.BytesIO(printing.render_document(sample_store, VACATION, "pdf", what))
    )
    monkeypatch.setattr(pdf, "CLIENTS_PER_PART", 2)
    heard: list[str] = []
    data = printing.render_document(sample_store, VACATION, "pdf", what, progress=heard.append)
    parts = pypdf.PdfReader(io.BytesIO(data))
    assert "making the PDF: part 3 of 3" in heard  # five clients, two at a time
    assert len(parts.pages) == len(whole.pages)
    for number, (page, same) in enumerate(zip(parts.pages, whole.pages, strict=True), start=1):
        text = page.extract_text()
        assert "Marta Puig — vacation" in text and "printed 2026-11-23" in text, number
        assert f"page {number} of {len(parts.pages)}" in text.replace("\n", " ")
        # the same words on the same page (the running header may be read out twice)
        assert set(text.splitlines()) == set(same.extract_text().splitlines()), number
    assert _outline(parts) == _outline(whole)
    assert parts.metadata.title == whole.metadata.title


@needs_pdf
def test_the_parts_are_laid_out_by_other_processes_and_read_the_same(sample_store, monkeypatch):
    """With two cores the parts go to a pool of processes: the PDF is the same page for page,
    and the progress still names every part, in order."""
    from handoff import pdf

    monkeypatch.setattr(pdf, "CLIENTS_PER_PART", 2)
    monkeypatch.setattr(pdf, "workers", lambda: 1)
    alone = pypdf.PdfReader(io.BytesIO(printing.render_document(sample_store, VACATION, "pdf")))
    import weasyprint

    laid_out_here: list[str] = []
    html = weasyprint.HTML

    def spy(*args: object, **kwargs: object) -> object:  # the workers are fresh processes
        laid_out_here.append("part")
        return html(*args, **kwargs)

    monkeypatch.setattr(weasyprint, "HTML", spy)
    monkeypatch.setattr(pdf, "workers", lambda: 2)
    heard: list[str] = []
    data = printing.render_document(sample_store, VACATION, "pdf", progress=heard.append)
    pooled = pypdf.PdfReader(io.BytesIO(data))
    assert laid_out_here == []  # not one part was laid out in this process
    parts = [message for message in heard if message.startswith("making the PDF: part")]
    assert parts == [f"making the PDF: part {n} of 3" for n in (1, 2, 3)]
    assert len(pooled.pages) == len(alone.pages)
    for page, same in zip(pooled.pages, alone.pages, strict=True):
        assert page.extract_text() == same.extract_text()


@needs_pdf
def test_each_part_is_joined_as_soon_as_it_is_laid_out(sample_store, monkeypatch):
    """The parent joins part 1 while the pool lays out the next parts, rather than waiting for
    every part and then joining them all at the end (the parent's serial share)."""
    from handoff import pdf

    monkeypatch.setattr(pdf, "CLIENTS_PER_PART", 2)
    monkeypatch.setattr(pdf, "workers", lambda: 2)
    heard: list[str] = []
    add = pdf.Joiner.add

    def joined(self: pdf.Joiner, data: bytes) -> None:
        heard.append("joined")
        add(self, data)

    monkeypatch.setattr(pdf.Joiner, "add", joined)
    printing.render_document(sample_store, VACATION, "pdf", progress=heard.append)
    steps = [m for m in heard if m == "joined" or m.startswith("making the PDF: part")]
    assert steps == [
        "making the PDF: part 1 of 3", "joined",
        "making the PDF: part 2 of 3", "joined",
        "making the PDF: part 3 of 3", "joined",
    ]  # fmt: skip


@needs_pdf
def test_paper_size_reaches_html_and_pdf(sample_store):
    html = printing.render_document(sample_store, TERMINATION, "html", paper="letter").decode()
    assert "size: letter" in html
    for paper, width in (("a4", 595), ("letter", 612)):
        data = printing.render_document(sample_store, TERMINATION, "pdf", "statements", paper=paper)
        page = pypdf.PdfReader(io.BytesIO(data)).pages[0]
        assert round(float(page.mediabox.width)) == width, paper


@needs_pdf
def test_non_ascii_survives_in_pdf(store):
    name = "Zoë Ąęł – €5 ✓ ç"
    handoff_id = small_firm(
        store, name, company="Łódź Płytki ąęłśżź", notes="Façana: ç, à, è; Rp 5.000 ✓"
    )
    for what in ("packet", "statements"):
        text = pdf_text(printing.render_document(store, handoff_id, "pdf", what))
        assert name in text, what
    text = pdf_text(printing.render_document(store, handoff_id, "pdf"))
    assert "Łódź Płytki ąęłśżź" in text and "Façana: ç, à, è; Rp 5.000 ✓" in text


@needs_pdf
def test_pdf_loads_nothing_from_disk_or_network(sample_store, tmp_path):
    from handoff import pdf

    secret = tmp_path / "secret.css"
    secret.write_text('body::before { content: "LEAKEDFROMDISK"; }', encoding="utf-8")
    image = tmp_path / "logo.svg"
    image.write_text("<svg xmlns='http://www.w3.org/2000/svg'><text>LEAKEDSVG</text></svg>")
    user_template(
        tmp_path,
        "statements.html.j2",
        f'<html><head><link rel="stylesheet" href="{secret.as_uri()}">'
        '<link rel="stylesheet" href="http://127.0.0.1:9/x.css"></head>'
        f'<body><p>{{{{ header.title }}}}</p><img src="{image.as_uri()}">'
        f'<img src="{image}"></body></html>',
    )
    text = pdf_text(printing.render_document(sample_store, VACATION, "pdf", "statements"))
    assert "Marta Puig — vacation" in text
    assert "LEAKED" not in text
    for url in (secret.as_uri(), "http://example.com/x.css", "data:text/css,p{}", str(secret)):
        with pytest.raises(pdf.RefusedURL):
            pdf.asset_path(url)
    for url in ("handoff-asset:../print/packet.html.j2", "handoff-asset:/etc/passwd"):
        with pytest.raises(pdf.RefusedURL):
            pdf.asset_path(url)
    assert pdf.asset_path("handoff-asset:page.css").name == "page.css"


@pytest.mark.parametrize("fmt", ["html", "md", "txt", PDF])
def test_private_fields_never_printed_in_any_format(sample_store, fmt):
    for handoff_id in (VACATION, TERMINATION):
        for what in ("packet", "statements"):
            text = as_text(printing.render_document(sample_store, handoff_id, fmt, what), fmt)
            assert "discount" not in text  # Agnieszka's private note
            assert "no-shows" not in text and "wedding" not in text  # the private reasons


def test_missing_weasyprint_says_what_to_install(sample_store, monkeypatch):
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # `import weasyprint` → ImportError
    with pytest.raises(HandoffError, match=r"needs WeasyPrint: pip install 'handoff\[pdf\]'"):
        printing.render_document(sample_store, VACATION, "pdf")


@needs_pdf
def test_missing_pypdf_says_what_to_install(sample_store, monkeypatch):
    monkeypatch.setitem(sys.modules, "pypdf", None)
    with pytest.raises(HandoffError, match=r"needs pypdf: pip install 'handoff\[pdf\]'"):
        printing.render_document(sample_store, VACATION, "pdf")


def test_missing_pango_says_what_to_install(sample_store, monkeypatch):
    class NoPango:
        def find_spec(self, name, path=None, target=None):
            if name == "weasyprint":
                raise OSError("cannot load library 'libpango-1.0-0'")
            return None

    monkeypatch.delitem(sys.modules, "weasyprint", raising=False)
    monkeypatch.setattr(sys, "meta_path", [NoPango(), *sys.meta_path])
    with pytest.raises(HandoffError) as error:
        printing.render_document(sample_store, VACATION, "pdf")
    assert "apt-get install libpango-1.0-0 libpangoft2-1.0-0" in str(error.value)
    assert "\n" not in str(error.value)
