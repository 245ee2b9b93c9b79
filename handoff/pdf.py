"""HTML → PDF with WeasyPrint, which loads nothing but the app's own bundled assets.

WeasyPrint is imported lazily (only `--format pdf` pays for it, and a machine without it still
runs everything else). Its URL fetcher is replaced by one that refuses every URL — no `file://`,
no `http(s)://`, no `data:` — except `handoff-asset:NAME` for a file shipped in
`templates/print/assets/`. So neither a client's data nor a user's template override can make a
PDF read a file from disk or reach the network.
"""

from __future__ import annotations

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


def html_to_pdf(html: str, paper: str = "a4") -> bytes:
    """Render `html` (already escaped by the templates) to PDF bytes on `paper`."""
    weasyprint = _weasyprint()
    fetcher = make_fetcher(weasyprint)
    try:
        document = weasyprint.HTML(
            string=html, base_url=ASSET_SCHEME, url_fetcher=fetcher, media_type="print"
        )
        stylesheet = weasyprint.CSS(string=page_css(paper), url_fetcher=fetcher)
        data = document.write_pdf(stylesheets=[stylesheet])
    except OSError as exc:  # fonts or Pango going missing half-way
        raise HandoffError(f"the PDF could not be made ({exc}); try: {INSTALL_PANGO}") from None
    if not data:
        raise HandoffError("the PDF could not be made (WeasyPrint returned nothing)")
    return bytes(data)
