"""Printing: the packet, a colleague's packet, the statements and the return review, as files.

Everything printed comes from templates under `templates/print/` rendered through
`handoff.render.render`, fed only with allow-listed views (`packet.snapshot`, `views`), so no
template can reach a private note or a private reason. When the handoff has a packet version,
its latest frozen version is printed (its number and SHA-256 in the header), even when the
handoff was edited since (`handoff.changes` lists what a new version would change); otherwise
the live packet, marked "DRAFT — not finalized". PDF is made from the same
HTML by `handoff.pdf`. Never imports textual.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from handoff import chain, clock, packet
from handoff.errors import HandoffError, ValidationError
from handoff.firm import firm_view
from handoff.model import CHANNELS, OUTCOMES, PacketVersion, Person
from handoff.paths import output_path, shown
from handoff.render import render
from handoff.storage import atomic_write_bytes
from handoff.store import Store
from handoff.views import packet_header_view, person_view

FORMATS = ("html", "pdf", "md", "txt")
WHATS = ("packet", "statements", "review")
PAPERS = ("a4", "letter")
PAGE_SIZES = {"a4": "A4", "letter": "letter"}
TEXT_WIDTH = 80
FORM_FEED = "\f"  # a page break for plain-text printing (lp, pr, most printers)
# The blank contact-log sheet has exactly the columns `handoff log import` reads.
LOG_COLUMNS = ("when", "client", "who", "channel", "said", "asked_why", "outcome")
_LOG_WIDTHS = (16, 12, 8, 8, 10, 9, 9)  # + 8 rules = 80 columns in the text format
LOG_ROWS = 14
DOCUMENT_TITLES = {"packet": "Handoff packet", "statements": "Client statements"}
REVIEW_UNAVAILABLE = "the return review is not available yet"

Progress = Callable[[str], None]


class RiskRefused(HandoffError):
    """Printing stopped: a script or statement is flagged by the risk checker, no override."""

    def __init__(self, flagged: list[Any]) -> None:
        self.flagged = flagged
        super().__init__(
            f"{len(flagged)} script(s) or statement(s) hold risky words; nothing was printed "
            "(fix the text, or print with --override-risk JUSTIFICATION)"
        )

    def lines(self) -> list[str]:
        """One line per flagged text: client, which text, the exact words."""
        out = []
        for item in self.flagged:
            # one line each, even when the flagged words span a line break
            words = "; ".join(
                f"'{' '.join(f.words.split())}' ({f.category})" for f in item.findings
            )
            out.append(f"{item.client_name}: {item.which}: {words}")
        return out


def _check_choice(value: str, choices: tuple[str, ...], what: str) -> None:
    if value not in choices:
        raise ValidationError(f"{what}: {value!r} is not one of {', '.join(choices)}", what)


def _frozen_for(data: dict[str, Any], person: Person) -> dict[str, Any]:
    """A frozen packet's content cut down to one colleague's clients: those it names them as
    the cover of (the frozen content names covers by view, and covers may have changed since)."""
    clients = [c for c in data["clients"] if c.get("cover", {}).get("name") == person.name]
    return {**data, "clients": clients}


def document_context(
    store: Store, handoff_id: int, what: str = "packet", for_person: int | None = None
) -> tuple[dict[str, Any], PacketVersion | None]:
    """The allow-listed data a packet or statements template receives, and the frozen version
    it came from (None for a draft)."""
    handoff = store.handoff(handoff_id)
    people = {p.id: p for p in store.people()}
    person = None
    if for_person is not None:
        person = people.get(for_person)
        if person is None:
            raise ValidationError(f"--for: no person with id {for_person}", "for")
        if for_person not in handoff.covers.values():
            covering = sorted({people[p].name for p in handoff.covers.values() if p in people})
            raise ValidationError(
                f"--for: {person.name} covers no client in handoff {handoff.id}"
                + (f" (covering: {', '.join(covering)})" if covering else " (nobody covers yet)"),
                "for",
            )
    # A finalized handoff prints its latest frozen version, even when edited since: that is
    # what the colleagues were given (`handoff.changes` says what a new version would change).
    version = store.latest_packet(handoff.id)
    versions = store.packet_versions(handoff.id)
    if version is not None:
        broken = chain.first_break(handoff.id, versions)
        if broken is not None:
            raise HandoffError(f"{broken}; see handoff verify {handoff.id}")
        data = json.loads(version.content)
        if person is not None:
            data = _frozen_for(data, person)
    else:
        data = packet.snapshot(store, handoff, only_for=for_person)
    if person is not None:
        data["covering"] = [person_view(person)]
    header = packet_header_view(
        data["handoff"], version, clock.today(), person, DOCUMENT_TITLES.get(what, what)
    )
    # the head of the handoff's chain of packet versions (`handoff verify`), on every page
    header["chain"] = chain.short(chain.head(versions)) if version is not None else ""
    header.update(_dates_in_words(data["handoff"]))
    firm = store.firm()
    header["firm"] = firm.name
    counts: dict[str, int] = {}
    for client in data["clients"]:
        name = client["cover"]["name"]
        if name:
            counts[name] = counts.get(name, 0) + 1
    context = {
        "header": header,
        "firm": firm_view(firm),
        # who answers for how many clients: the packet tells each reader their own share
        "shares": [{"name": name, "count": count} for name, count in counts.items()],
        "handoff": data["handoff"],
        "rules": data["rules"],
        "covering": data["covering"],
        "clients": data["clients"],
    }
    return context, version


def _dates_in_words(handoff: dict[str, Any]) -> dict[str, str]:
    """The handoff's dates as the statements write them (English): "away from 2 to 19 November
    2026, back in the office on 20 November 2026" and a short form for the running header."""
    from datetime import date

    from handoff.i18n import format_date, last_day_away, period

    starts = date.fromisoformat(handoff["starts"]) if handoff["starts"] else None
    until = date.fromisoformat(handoff["until"]) if handoff["until"] else None
    since = format_date(starts, "en")
    if not handoff["temporary"]:
        when = f"effective {since}" if starts else "effective date not set"
        return {"dates": when, "dates_short": when, "since": since}
    last = last_day_away(starts, until)
    away = period(starts, last, "en")
    back = format_date(until, "en")
    words = "; ".join(
        p for p in (f"away {away}" if away else "", back and f"back in the office on {back}") if p
    )
    return {
        "dates": words or "dates not set",
        "dates_short": _span(starts, last, back),
        "since": since,
    }


def _span(starts: Any, last: Any, back: str) -> str:
    """ "2–19 November 2026, back 20 November 2026" for a running header."""
    from handoff.i18n import format_date

    if starts is None:
        return f"back {back}" if back else "dates not set"
    if last is None or last == starts:
        span = format_date(starts, "en")
    elif (starts.year, starts.month) == (last.year, last.month):
        span = f"{starts.day}–{format_date(last, 'en')}"
    elif starts.year == last.year:
        span = f"{format_date(starts, 'en').rsplit(' ', 1)[0]} – {format_date(last, 'en')}"
    else:
        span = f"{format_date(starts, 'en')} – {format_date(last, 'en')}"
    return f"{span}, back {back}" if back else span


def check_risk(
    store: Store,
    handoff_id: int,
    context: dict[str, Any],
    version: PacketVersion | None,
    override: str | None = None,
) -> list[dict[str, Any]]:
    """Refuse (`RiskRefused`) to print flagged scripts or statements nobody has overridden.

    Overrides recorded in the frozen version (at finalize) or on the handoff (earlier prints)
    count; a new `override` justification is recorded with `packet.record_override`. Returns
    the overrides recorded now.
    """
    handoff = store.handoff(handoff_id)
    known = list(version.overrides) if version is not None else []
    known += list(getattr(handoff, "risk_overrides", []) or [])
    data = {key: context[key] for key in ("handoff", "rules", "covering", "clients")}
    left = packet.uncovered(data, known)  # one pass of the checker over every text
    if not left:
        return []
    if override is None or not override.strip():
        raise RiskRefused(left)
    return list(packet.record_override(store, handoff_id, left, override.strip()))


def _log_sheet_lines() -> dict[str, str]:
    header = "|" + "|".join(c.ljust(w) for c, w in zip(LOG_COLUMNS, _LOG_WIDTHS, strict=True))
    rule = "+" + "+".join("-" * w for w in _LOG_WIDTHS)
    blank = "|" + "|".join(" " * w for w in _LOG_WIDTHS)
    return {
        "log_sheet_header": header + "|",
        "log_sheet_rule": rule + "+",
        "log_sheet_blank": blank + "|",
    }


# Where a wrapped line's continuation starts: after a list marker ("- ", "* ", "[x] ", "1. ")
# or after a padded label ("Check-in rhythm:   ").
_HANG = re.compile(r"\s*(?:(?:[-*]|\[.\]|\d+\.)\s+|[A-Za-z][A-Za-z -]*:\s{2,})?")


# A phone number ("+44 20 7946 0107", "(022) 555-01-34") is never split across lines.
_PHONE = re.compile(r"\+?\(?\d[\d ()./-]{5,}\d")
_KEEP = "\u00a0"  # a space textwrap does not break at


def _glue_phone(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", _KEEP)


# What `textwrap` treats apart from plain spaces: tabs and other ASCII whitespace, and a word
# made only of other whitespace (it is dropped at a line's end like a space).
_OTHER_SPACE = re.compile(r"[^\S ]")
_UNUSUAL_SPACE = re.compile(r"[\t\r\x0b\x0c]|(?:^| )[^\S ]+(?= |$)")


@lru_cache(maxsize=8)
def _line_pattern(width: int) -> re.Pattern[str]:
    """The longest start of a text, at most `width` characters, ending where a word or a run
    of spaces ends (or at the end of the text)."""
    return re.compile(rf"(?s).{{1,{width}}}(?:(?<! )(?= )|(?<= )(?! )|\Z)")


def _wrap_line(line: str, width: int, hang: str) -> list[str] | None:
    """`line` wrapped exactly as `textwrap.wrap` would with `wrap_text`'s options, or None
    when the line needs `textwrap` itself (a word wider than a line, tabs, odd whitespace).

    The greedy filling is one regular-expression match per output line instead of textwrap's
    Python loop over every word: wrapping was a third of the time a big text packet took."""
    narrow = width - len(hang)
    if narrow < 1 or (_OTHER_SPACE.search(line) and _UNUSUAL_SPACE.search(line)):
        return None
    if max(map(len, line.split(" "))) > narrow or not line.strip(" "):
        return None
    lines: list[str] = []
    first, rest = _line_pattern(width), _line_pattern(narrow)
    pos, end, pattern, indent = 0, len(line), first, ""
    while pos < end:
        match = pattern.match(line, pos)
        if match is None:  # cannot happen once every word fits; textwrap decides then
            return None
        piece = match.group().rstrip(" ")
        pos = match.end()
        while pos < end and line[pos] == " ":  # the spaces a line break replaces
            pos += 1
        if piece:  # a line of nothing but spaces is not a line: the next is still the first
            lines.append(indent + piece)
            pattern, indent = rest, hang
    return lines


def wrap_text(text: str, width: int = TEXT_WIDTH) -> str:
    """Wrap every line to `width` columns; list items and indented lines keep a hanging indent.
    Phone numbers stay whole on one line."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        if _KEEP not in line:
            glued = _PHONE.sub(_glue_phone, line)
            if glued != line:
                out.extend(w.replace(_KEEP, " ") for w in wrap_text(glued, width).split("\n"))
                continue
        match = _HANG.match(line)
        hang = " " * (match.end() if match else 0)
        if len(hang) > width // 2:
            hang = ""
        fast = _wrap_line(line, width, hang)
        out.extend((fast or [""]) if fast is not None else textwrap_line(line, width, hang))
    return "\n".join(out)


def textwrap_line(line: str, width: int, hang: str) -> list[str]:
    """The lines `textwrap` makes of one line (at least one): what `_wrap_line` gives faster
    for the lines it takes."""
    return textwrap.wrap(
        line,
        width=width,
        subsequent_indent=hang,
        break_long_words=True,
        break_on_hyphens=False,
        expand_tabs=True,
        replace_whitespace=True,
    ) or [""]


def _render_review(store: Store, handoff_id: int, fmt: str) -> str:
    try:
        from handoff.review_report import render_review
    except ImportError:
        raise HandoffError(REVIEW_UNAVAILABLE) from None
    return render_review(store, handoff_id, fmt)


def _pdf_chunk_mark() -> Any:
    """Where a big PDF may be split into parts (see `handoff.pdf.split_parts`)."""
    from markupsafe import Markup

    from handoff.pdf import CHUNK_MARK

    return Markup(CHUNK_MARK)


def render_document(
    store: Store,
    handoff_id: int,
    fmt: str,
    what: str = "packet",
    for_person: int | None = None,
    *,
    paper: str = "a4",
    override_risk: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The document as bytes: `fmt` html|pdf|md|txt, `what` packet|statements|review.

    `for_person` keeps one colleague's clients (packet and statements). Raises `RiskRefused`
    when a script or statement is flagged and not overridden, `HandoffError` otherwise.
    """
    _check_choice(fmt, FORMATS, "format")
    _check_choice(what, WHATS, "what")
    _check_choice(paper, PAPERS, "paper")
    say = progress or (lambda _message: None)
    template_fmt = "html" if fmt == "pdf" else fmt
    if what == "review":
        if for_person is not None:
            raise ValidationError("--for applies to packets and statements, not the review", "for")
        say("building the return review")
        text = _render_review(store, handoff_id, template_fmt)
    else:
        say("reading the packet")
        context, version = document_context(store, handoff_id, what, for_person)
        check_risk(store, handoff_id, context, version, override_risk)
        from handoff.marks import override_marks  # text kept under an override is marked

        context["overridden"] = override_marks(store, handoff_id, context, version)
        say(f"laying out {len(context['clients']):,} client(s)")
        text = render(
            f"print/{what}.{template_fmt}.j2",
            template_fmt,
            **context,
            page_size=PAGE_SIZES[paper],
            formfeed=FORM_FEED,
            log_columns=list(LOG_COLUMNS),
            log_rows=LOG_ROWS,
            channels=list(CHANNELS),
            outcomes=list(OUTCOMES),
            **_log_sheet_lines(),
            pdf_chunk=_pdf_chunk_mark() if fmt == "pdf" else "",
        )
    if fmt == "txt":
        text = wrap_text(text)
    if fmt == "pdf":
        say("making the PDF")
        from handoff.pdf import html_to_pdf

        return html_to_pdf(text, paper=paper, progress=progress)
    return text.encode("utf-8")


def write_document(
    store: Store,
    handoff_id: int,
    fmt: str,
    what: str = "packet",
    for_person: int | None = None,
    output: Path | str | None = None,
    *,
    paper: str = "a4",
    override_risk: str | None = None,
    progress: Progress | None = None,
) -> Path:
    """Render the document and write it to `output` atomically; returns the path written.

    `output` is checked first (see `paths.output_path`): never the database or its files,
    never a device. `-` is a file name here; the command line writes to standard output with
    `render_document`."""
    path = output_path(output, store.path, stdout=False)
    assert path is not None
    data = render_document(
        store,
        handoff_id,
        fmt,
        what,
        for_person,
        paper=paper,
        override_risk=override_risk,
        progress=progress,
    )
    if progress is not None:
        progress(f"writing {path}")
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise HandoffError(f"cannot write {shown(path)}: {exc.strerror or exc}") from None
    return path
