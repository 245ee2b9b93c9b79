"""The away person's auto-reply: one text in every language their clients speak, or a Sieve
script that answers each client with their own covering colleague, in the client's language.

`txt` is for mail programs with one auto-reply for everyone: the out-of-office text in each
language the handoff's clients speak (most-spoken first), naming the general contact. `sieve` is
a script for the mail server (RFC 5228, the `vacation` action of RFC 5230, `currentdate` of RFC
5260 with `:value` comparisons of RFC 5231): a message from a client's address is answered with
that client's statement (their covering colleague, their language); any other message with the
general text; only between the handoff's dates. Never imports textual.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from handoff import reach
from handoff.errors import HandoffError, ValidationError
from handoff.model import LANGUAGES, Person
from handoff.storage import atomic_write_bytes
from handoff.store import Store
from handoff.views import person_view

FORMATS = ("txt", "sieve")
LANGUAGE_RULE = "----------"  # between the languages of the one text
VACATION_DAYS = 7  # the same sender is answered again after a week at the earliest
CRLF = "\r\n"  # Sieve scripts are CRLF text (RFC 5228, section 1.1)


def general_contact(store: Store, leaving_id: int) -> dict[str, Any]:
    """Who the general auto-reply names for anything that cannot wait (a `person_view`).

    The one place that chooses: the owner, else the boss, else any other colleague, never the
    person who is away (the firm's own contact details can take its place here).
    """
    people = [p for p in store.people() if p.id != leaving_id]

    def first(role: str) -> Person | None:
        return next((p for p in sorted(people, key=lambda p: p.id) if p.role == role), None)

    chosen = first("owner") or first("boss") or first("colleague")
    return person_view(chosen)


def _reach_list(person: dict[str, Any]) -> list[dict[str, str]]:
    options = [("email", person.get("email", "")), ("phone", person.get("phone", ""))]
    return [{"how": how, "value": value} for how, value in options if value]


def languages(outreach: reach.Outreach) -> list[str]:
    """The languages of the handoff's clients, most clients first (ties in the app's order)."""
    counts = Counter(c["language"] for c in outreach.clients)
    order = list(LANGUAGES)
    langs = sorted(counts, key=lambda lang: (-counts[lang], order.index(lang)))
    return langs or ["en"]


def _general_texts(outreach: reach.Outreach, general: dict[str, Any]) -> list[tuple[str, str]]:
    texts = []
    contact = {"name": general["name"], "reach": _reach_list(general)}
    for lang in languages(outreach):
        view = reach.text_view(outreach, lang)
        texts.append((lang, reach.render_text("autoreply", lang, **view, general=contact)))
    names = (*outreach.names(), general["name"])
    reach.refuse_risky(
        [(f"auto-reply ({lang})", text, lang, names) for lang, text in texts], outreach.kind
    )
    return texts


def _load(store: Store, handoff_id: int, override_risk: str | None) -> reach.Outreach:
    outreach = reach.load(store, handoff_id, None, override_risk)
    outreach.require_dates("auto-reply")
    return outreach


def autoreply_text(store: Store, handoff_id: int, override_risk: str | None = None) -> str:
    """The one out-of-office text, in each language the clients speak, most-spoken first."""
    outreach = _load(store, handoff_id, override_risk)
    general = general_contact(store, store.handoff(handoff_id).person_id)
    texts = _general_texts(outreach, general)
    return f"\n\n{LANGUAGE_RULE}\n\n".join(text for _lang, text in texts) + "\n"


def sieve_string(value: str) -> str:
    """A Sieve quoted string (RFC 5228, 2.4.2): backslash and double quote escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sieve_multiline(value: str) -> str:
    """A Sieve multi-line string (`text:` ... `.`), lines starting with a dot doubled; what
    follows it starts on the next line."""
    lines = [("." + line if line.startswith(".") else line) for line in value.split("\n")]
    return CRLF.join(["text:", *lines, "."])


def _comment(value: str) -> str:
    return "# " + " ".join(value.split())


def _active_test(starts: date, until: date | None) -> str:
    first = f'currentdate :value "ge" "date" {sieve_string(starts.isoformat())}'
    if until is None:
        return first
    last = f'currentdate :value "le" "date" {sieve_string(until.isoformat())}'
    return f"allof ({first},{CRLF}          {last})"


def _vacation(text: str, subject: str | None = None) -> str:
    parts = ["vacation", f":days {VACATION_DAYS}"]
    if subject:
        parts.append(f":subject {sieve_string(subject)}")
    return " ".join(parts) + " " + sieve_multiline(text) + CRLF + ";"


def _indent(block: str, spaces: int) -> str:
    """Indent the lines of a command, but never inside a multi-line string."""
    out, inside = [], False
    for line in block.split(CRLF):
        out.append(line if inside else " " * spaces + line)
        if not inside and line.rstrip().endswith("text:"):
            inside = True
        elif inside and line == ".":
            inside = False
    return CRLF.join(out)


def sieve_script(store: Store, handoff_id: int, override_risk: str | None = None) -> str:
    """A Sieve script: each client's address answered with their own statement (their
    covering colleague, their language); everyone else with the general text; only between
    the handoff's dates."""
    outreach = _load(store, handoff_id, override_risk)
    starts, until = outreach.require_dates("auto-reply")
    general = general_contact(store, store.handoff(handoff_id).person_id)
    general_text = f"\n\n{LANGUAGE_RULE}\n\n".join(t for _l, t in _general_texts(outreach, general))
    leaving = outreach.leaving["name"]
    dates = f"{starts} to {until}" if until else f"from {starts}"
    lines = [
        _comment(f"Auto-reply for {leaving} ({outreach.kind}, {dates}), written by handoff."),
        _comment("Each client is answered with their own covering colleague, in their language;"),
        _comment("everyone else with the general text. Active only between the handoff's dates."),
        'require ["date", "relational", "vacation"];',
        "",
        f"if {_active_test(starts, until)} {{",
    ]
    branches: list[tuple[str, str, str]] = []  # (comment, test, action)
    seen: set[str] = set()
    subjects = []
    for client in outreach.clients:
        address, cover = client["email"], client["cover"]
        if not address or not cover["name"] or address.casefold() in seen:
            continue
        seen.add(address.casefold())
        lang = client["language"]
        subject = reach.render_text("subject", lang, **reach.text_view(outreach, lang, cover))
        subjects.append((f"subject for {client['name']}", subject, lang, outreach.names()))
        branches.append(
            (
                _comment(f"{client['name']} ({LANGUAGES.get(lang, lang)}): {cover['name']}"),
                f'address :is "from" {sieve_string(address)}',
                _vacation(client["statement"].strip(), subject),
            )
        )
    reach.refuse_risky(subjects, outreach.kind)
    keyword = "if"
    for comment, test, action in branches:
        lines += [f"    {comment}", f"    {keyword} {test} {{", _indent(action, 8), "    }"]
        keyword = "elsif"
    if branches:
        lines += ["    else {", _indent(_vacation(general_text), 8), "    }"]
    else:
        lines.append(_indent(_vacation(general_text), 4))
    lines.append("}")
    return CRLF.join(lines) + CRLF


def render_autoreply(
    store: Store, handoff_id: int, fmt: str = "txt", override_risk: str | None = None
) -> str:
    """The auto-reply in `fmt` (txt or sieve)."""
    if fmt not in FORMATS:
        raise ValidationError(f"format: {fmt!r} is not one of {', '.join(FORMATS)}", "format")
    if fmt == "sieve":
        return sieve_script(store, handoff_id, override_risk)
    return autoreply_text(store, handoff_id, override_risk)


def write_autoreply(
    store: Store,
    handoff_id: int,
    fmt: str,
    output: Path | str,
    override_risk: str | None = None,
) -> Path:
    """Write the auto-reply to `output` atomically; the path written."""
    path = reach.output_file(output)
    text = render_autoreply(store, handoff_id, fmt, override_risk)
    try:
        atomic_write_bytes(path, text.encode("utf-8"))
    except OSError as exc:
        raise HandoffError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
