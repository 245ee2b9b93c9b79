"""HTML → PDF with WeasyPrint, which loads nothing but the app's own bundled assets.

WeasyPrint is imported lazily (only `--format pdf` pays for it, and a machine without it still
runs everything else). Its URL fetcher is replaced by one that refuses every URL — no `file://`,
no `http(s)://`, no `data:` — except `handoff-asset:NAME` for a file shipped in
`templates/print/assets/`. So neither a client's data nor a user's template override can make a
PDF read a file from disk or reach the network.
"""

from __future__ import annotations

import io
import itertools
import os
import re
from pathlib import Path
from typing import Any

from handoff.errors import HandoffError
from handoff.paths import templates_dir

ASSET_SCHEME = "handoff-asset:"
PAGE_SIZES = {"a4": "A4", "letter": "letter"}
INSTALL_WEASYPRINT = "pip install 'handoff[pdf]'"
INSTALL_PANGO = "apt-get install libpango-1.0-0 libpangoft2-1.0-0"


class RefusedURL(ValueError):
    """A document asked for something outside the app's bundled assets."""


def assets_dir() -> Path:
    return templates_dir() / "print" / "assets"


def asset_path(url: str) -> Path:
    """The bundled file `url` names, or `RefusedURL` for anything else."""
    if not url.startswith(ASSET_SCHEME):
        raise RefusedURL(f"refused to load {url[:80]!r}: PDFs load only the app's own assets")
    name = url[len(ASSET_SCHEME) :]
    folder = assets_dir().resolve()
    path = (folder / name).resolve()
    # A plain file name inside the assets folder: no "../", no sub-folders, no absolute paths.
    if not name or "/" in name or "\\" in name or path.parent != folder or not path.is_file():
        raise RefusedURL(f"refused to load {url[:80]!r}: not one of the app's assets")
    return path


def _mime(path: Path) -> str:
    return {
        ".css": "text/css",
        ".png": "image/png",
        ".svg": "image/svg+xml",
        ".ttf": "font/ttf",
        ".woff2": "font/woff2",
    }.get(path.suffix, "application/octet-stream")


def _weasyprint() -> Any:
    try:
        import weasyprint
    except ImportError:
        raise HandoffError(f"PDF output needs WeasyPrint: {INSTALL_WEASYPRINT}") from None
    except OSError as exc:  # WeasyPrint is there but cannot load Pango through cffi
        raise HandoffError(
            f"PDF output needs Pango ({exc.__class__.__name__}): {INSTALL_PANGO}"
        ) from None
    return weasyprint


def make_fetcher(weasyprint: Any) -> Any:
    """A WeasyPrint URL fetcher that serves bundled assets and refuses everything else."""
    base = getattr(getattr(weasyprint, "urls", None), "URLFetcher", None)
    if base is not None:  # WeasyPrint ≥ 68: a URLFetcher subclass returning responses

        class AssetsOnlyFetcher(base):  # type: ignore[misc, valid-type]
            def fetch(self, url: str, headers: Any = None) -> Any:
                path = asset_path(url)
                return weasyprint.urls.URLFetcherResponse(
                    url, path.read_bytes(), {"Content-Type": _mime(path)}
                )

        return AssetsOnlyFetcher(allowed_protocols=("handoff-asset",))

    def fetch(url: str, timeout: int = 10, ssl_context: Any = None) -> dict[str, Any]:
        path = asset_path(url)  # older WeasyPrint: a function returning a dict
        return {"string": path.read_bytes(), "mime_type": _mime(path), "redirected_url": url}

    return fetch


def page_css(paper: str) -> str:
    """Paper size and page furniture, applied to every PDF the app makes."""
    size = PAGE_SIZES.get(paper)
    if size is None:
        raise HandoffError(f"paper: {paper!r} is not one of {', '.join(PAGE_SIZES)}")
    return (asset_path(ASSET_SCHEME + "page.css").read_text(encoding="utf-8")).replace(
        "PAPER_SIZE", size
    )


# Templates put this comment before each client's pages (`pdf_chunk` in their context). A big
# document is laid out a few dozen clients at a time: WeasyPrint keeps the layout of every page
# in memory until it writes the file, about 1 MB a page, so 5,000 clients in one go would need
# gigabytes. Each part is written on its own and the parts are joined (`join_and_number`).
CHUNK_MARK = "<!--handoff:pdf-chunk-->"
CLIENTS_PER_PART = 50
_BODY = re.compile(r"<body[^>]*>", re.IGNORECASE)
_RUNNING_HEADER = re.compile(r'<div class="running-header">.*?</div>', re.DOTALL)


def split_parts(html: str, size: int | None = None) -> list[str]:
    """`html` as one or more documents of at most `size` marked sections each.

    The first part is the document's start (header, rules) with the first sections; every
    later part repeats the document's `<head>` and its running header (the line at the top of
    each page) and goes on with the next sections. The last part carries the document's end.
    A document without marks (a user's own template) is one part.
    """
    size = size or CLIENTS_PER_PART
    pieces = html.split(CHUNK_MARK)
    body = _BODY.search(pieces[0])
    if len(pieces) <= size + 1 or body is None:
        return [html.replace(CHUNK_MARK, "")]
    running = _RUNNING_HEADER.search(pieces[0])
    opening = pieces[0][: body.end()]
    sections = pieces[1:]
    parts = [pieces[0] + "".join(sections[:size])]
    for start in range(size, len(sections), size):
        first, *rest = sections[start : start + size]
        if running:  # inside the first section, on its first page (a section starts a page)
            tag_end = first.find(">") + 1
            first = first[:tag_end] + running.group(0) + first[tag_end:]
        parts.append("".join([opening, first, *rest]))
    return parts


def html_to_pdf(html: str, paper: str = "a4", progress: Any = None) -> bytes:
    """Render `html` (already escaped by the templates) to PDF bytes on `paper`.

    A document of several parts is laid out in a pool of processes, one per core (`workers`),
    a few parts ahead at most, so memory stays bounded by the parts in flight. `progress(message)`
    hears each part as it is done, in order. Each part is added to the joined document as soon
    as it is ready, while the pool lays out the next ones: only numbering the pages and
    writing the file are left for the end.
    """
    _weasyprint()  # a missing WeasyPrint or Pango is told here, before any process starts
    parts = split_parts(html)
    joined = Joiner()
    if len(parts) == 1 or workers() == 1:
        for number, part in enumerate(parts, start=1):
            if progress is not None and len(parts) > 1:
                progress(f"making the PDF: part {number} of {len(parts)}")
            joined.add(layout_part(part, paper))
    else:
        _layout_in_pool(parts, paper, progress, joined)
    return joined.finish()


def workers() -> int:
    """The cores this process may run on (at most 8: each holds a part's layout in memory)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def _layout_in_pool(parts: list[str], paper: str, progress: Any, joined: Joiner) -> None:
    """Each part laid out in a worker process and added to `joined` in order; at most two
    parts per worker are in flight."""
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    count = min(workers(), len(parts))
    # "spawn": the app calls this from a worker thread, and forking a threaded process can
    # leave a lock held in the child.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
        pending: list[Future[bytes]] = []
        queued = iter(parts)
        for part in itertools.islice(queued, 2 * count):
            pending.append(pool.submit(layout_part, part, paper))
        number = 0
        while pending:
            number += 1
            if progress is not None:
                progress(f"making the PDF: part {number} of {len(parts)}")
            done = pending.pop(0).result()
            following = next(queued, None)
            if following is not None:  # keep the workers busy while this part is joined
                pending.append(pool.submit(layout_part, following, paper))
            joined.add(done)


def layout_part(part: str, paper: str) -> bytes:
    """One part of a document laid out as PDF bytes (in this process or a pool's worker)."""
    weasyprint = _weasyprint()
    fetcher = make_fetcher(weasyprint)
    try:
        stylesheet = weasyprint.CSS(string=page_css(paper), url_fetcher=fetcher)
        document = weasyprint.HTML(
            string=part, base_url=ASSET_SCHEME, url_fetcher=fetcher, media_type="print"
        )
        data = document.write_pdf(stylesheets=[stylesheet])
    except OSError as exc:  # fonts or Pango going missing half-way
        raise HandoffError(f"the PDF could not be made ({exc}); try: {INSTALL_PANGO}") from None
    if not data:
        raise HandoffError("the PDF could not be made (WeasyPrint returned nothing)")
    return bytes(data)


# Helvetica's widths (1/1000 em) for the characters of "page 12 of 345", to right-align it.
_HELVETICA = {" ": 278, "f": 278, **{c: 556 for c in "0123456789pageo"}}
FOOTER_PT = 7.5
FOOTER_RIGHT_MM = 16  # the page's right margin (page.css)
FOOTER_BASELINE_MM = 8


def join_and_number(parts: list[bytes]) -> bytes:
    """One PDF from the parts, with "page N of M" at the bottom right of every page."""
    joined = Joiner()
    for data in parts:
        joined.add(data)
    return joined.finish()


class Joiner:
    """Joins laid-out parts, in order, into one PDF; `finish` numbers its pages.

    The page count of the whole document is only known once every part is laid out, so the
    number is added here rather than by the page style. The outline (the PDF's bookmarks) of
    later parts is put under the document's first heading, as if it had been laid out whole.
    """

    def __init__(self) -> None:
        try:
            from pypdf import PdfWriter
        except ImportError:
            raise HandoffError(f"PDF output needs pypdf: {INSTALL_WEASYPRINT}") from None
        self.writer = PdfWriter()
        self.metadata: dict[str, Any] = {}
        self.top: Any = None  # the document's title in the outline, once the first part is in
        self.parts = 0

    def add(self, data: bytes) -> None:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        writer = self.writer
        if self.parts == 0:
            writer.append(reader)
            found = writer.root_object.get("/Outlines")
            outlines: Any = found.get_object() if found is not None else {}
            self.top = outlines.raw_get("/First") if "/First" in outlines else None
            if reader.metadata:
                self.metadata = {k: v for k, v in reader.metadata.items() if isinstance(k, str)}
        else:
            offset = len(writer.pages)
            writer.append(reader, import_outline=False)
            _copy_outline(writer, reader, reader.outline, offset, self.top)
        self.parts += 1

    def finish(self) -> bytes:
        from pypdf.generic import DictionaryObject, NameObject

        writer = self.writer
        if self.metadata:
            writer.add_metadata(self.metadata)
        font = writer._add_object(
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Font"),
                    NameObject("/Subtype"): NameObject("/Type1"),
                    NameObject("/BaseFont"): NameObject("/Helvetica"),
                    NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
                }
            )
        )
        total = len(writer.pages)
        for number, page in enumerate(writer.pages, start=1):
            _stamp(writer, page, f"page {number} of {total}", font)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()


def _stamp(writer: Any, page: Any, text: str, font: Any) -> None:
    """Write `text` at the bottom right of `page`, whatever state its own drawing leaves."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject

    mm = 72 / 25.4
    width = sum(_HELVETICA[c] for c in text) / 1000 * FOOTER_PT
    x = float(page.mediabox.right) - FOOTER_RIGHT_MM * mm - width
    y = float(page.mediabox.bottom) + FOOTER_BASELINE_MM * mm
    # The page's drawing is wrapped in q … Q so its transformation does not move the text.
    before, after = DecodedStreamObject(), DecodedStreamObject()
    before.set_data(b"q\n")
    draw = f"Q\nq 0.333 g BT /HandoffFooter {FOOTER_PT} Tf {x:.2f} {y:.2f} Td ({text}) Tj ET Q\n"
    after.set_data(draw.encode("ascii"))
    reference = page.raw_get("/Contents")  # the stream stays where it is, compressed
    contents = reference.get_object()
    existing = list(contents) if isinstance(contents, ArrayObject) else [reference]
    page[NameObject("/Contents")] = ArrayObject(
        [writer._add_object(before), *existing, writer._add_object(after)]
    )
    resources = page["/Resources"].get_object() if "/Resources" in page else DictionaryObject()
    fonts: Any = resources["/Font"].get_object() if "/Font" in resources else DictionaryObject()
    fonts[NameObject("/HandoffFooter")] = font
    resources[NameObject("/Font")] = fonts
    page[NameObject("/Resources")] = resources


def _copy_outline(writer: Any, reader: Any, items: list[Any], offset: int, parent: Any) -> None:
    """Re-create `reader`'s outline `items` (nested lists are children) under `parent`."""
    last = None
    for item in items:
        if isinstance(item, list):
            _copy_outline(writer, reader, item, offset, last if last is not None else parent)
            continue
        page = reader.get_destination_page_number(item)
        last = writer.add_outline_item(title=item.title, page_number=offset + page, parent=parent)
