"""Email drafts: one message per client, from the covering colleague, in the client's language.

Each draft is an RFC 5322 message built with Python's `email` package: From the covering
colleague, To the client, a subject and the client's statement in the client's language (the
text the owner approved, edited or generated), the signature, and `X-Unsent: 1` so mail programs
open it as a draft to check and send. Nothing is sent. All drafts also go into one mbox file
for mail programs that import a whole folder at once. Never imports textual.
"""

from __future__ import annotations

import email.policy
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from email.errors import MessageError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
from mailbox import mbox
from pathlib import Path
from typing import Any

from handoff import clock, reach
from handoff.errors import HandoffError, ValidationError
from handoff.storage import fsync_dir
from handoff.store import Store

MBOX_NAME = "drafts.mbox"
MAX_LINE = 998  # octets in one line of a message (RFC 5322, 2.1.1)
SIGNATURE_SEPARATOR = "-- "  # RFC 3676: mail programs recognise and fold the signature


@dataclass(frozen=True)
class Draft:
    client_id: int
    client_name: str
    to: str  # the client's address
    sender: str  # the covering colleague's name
    language: str
    filename: str
    message: EmailMessage
    data: bytes  # the message as written to its .eml file (CRLF lines)


@dataclass(frozen=True)
class Skipped:
    client_name: str
    reason: str


@dataclass(frozen=True)
class DraftsWritten:
    folder: Path
    drafts: list[Draft]
    skipped: list[Skipped]
    mbox: Path


def signature(cover: dict[str, Any]) -> str:
    """The signature under every draft: the covering colleague's name, phone and email.

    The one place a draft's signature is made (the firm's own signature block can take its
    place here); `cover` is a `views.person_view`.
    """
    lines = [cover.get("name", ""), cover.get("phone", ""), cover.get("email", "")]
    return "\n".join([SIGNATURE_SEPARATOR, *(line for line in lines if line)])


def file_name(client_id: int, name: str) -> str:
    """'client-1-agnieszka-wisniewska.eml': the id keeps it unique, the name findable."""
    folded = unicodedata.normalize("NFKD", name.casefold().replace("ł", "l"))
    ascii_name = folded.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")[:40].strip("-")
    return f"client-{client_id}" + (f"-{slug}" if slug else "") + ".eml"


def _domain(address: str) -> str:
    return address.rpartition("@")[2] or "handoff.invalid"


def _message(
    outreach: reach.Outreach, client: dict[str, Any], subject: str, sent: datetime
) -> tuple[EmailMessage, bytes]:
    cover = client["cover"]
    message = EmailMessage(policy=email.policy.default)
    message["From"] = Address(display_name=cover["name"], addr_spec=cover["email"])
    message["To"] = Address(display_name=client["name"], addr_spec=client["email"])
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    revision = outreach.version.number if outreach.version is not None else 0
    message["Message-ID"] = (
        f"<handoff-{outreach.handoff_id}.client-{client['id']}.v{revision}"
        f"@{_domain(cover['email'])}>"
    )
    message["X-Unsent"] = "1"
    body = client["statement"].rstrip("\n") + "\n\n" + signature(cover) + "\n"
    # 8bit keeps the file readable as it is; a line too long for it (RFC 5322: 998 octets)
    # is quoted-printable instead
    longest = max(len(line.encode("utf-8")) for line in body.splitlines())
    message.set_content(body, cte="8bit" if longest <= MAX_LINE else "quoted-printable")
    message["Content-Language"] = client["language"]  # after set_content, which clears it
    # serialized once, here: an address that no header can hold fails now, not when writing
    return message, message.as_bytes(policy=email.policy.SMTP)


def build_drafts(
    store: Store,
    handoff_id: int,
    for_person: int | None = None,
    override_risk: str | None = None,
) -> tuple[list[Draft], list[Skipped]]:
    """A draft for every client with an email address (one colleague's with `for_person`),
    and the clients left out with the reason. Raises `printing.RiskRefused` like printing."""
    outreach = reach.load(store, handoff_id, for_person, override_risk)
    sent = clock.now().astimezone(UTC)
    drafts: list[Draft] = []
    skipped: list[Skipped] = []
    subjects = []
    for client in outreach.clients:
        cover = client["cover"]
        if not client["email"]:
            skipped.append(Skipped(client["name"], "no email address"))
            continue
        if not cover["name"]:
            skipped.append(Skipped(client["name"], "nobody covers this client yet"))
            continue
        if not cover["email"]:
            skipped.append(Skipped(client["name"], f"{cover['name']} has no email address"))
            continue
        lang = client["language"]
        view = reach.text_view(outreach, lang, cover)
        subject = reach.render_text("subject", lang, **view)
        subjects.append((f"subject for {client['name']}", subject, lang, outreach.names()))
        try:
            message, data = _message(outreach, client, subject, sent)
        except (ValueError, TypeError, MessageError):
            skipped.append(
                Skipped(client["name"], "an email address that a mail header cannot hold")
            )
            continue
        drafts.append(
            Draft(
                client_id=int(client["id"]),
                client_name=client["name"],
                to=client["email"],
                sender=cover["name"],
                language=lang,
                filename=file_name(int(client["id"]), client["name"]),
                message=message,
                data=data,
            )
        )
    reach.refuse_risky(subjects, outreach.kind)
    return drafts, skipped


def _from_line(draft: Draft) -> bytes:
    """The mbox separator line: 'From <sender> <date in asctime form>'."""
    sent = parsedate_to_datetime(str(draft.message["Date"])).astimezone(UTC)
    sender = draft.message["From"].addresses[0].addr_spec
    return f"From {sender} {sent.strftime('%a %b %d %H:%M:%S %Y')}".encode()


def write_mbox(path: Path, drafts: list[Draft]) -> None:
    """All drafts in one mbox file, replacing `path` whole (never appended to an old one)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        box = mbox(tmp, create=True)
        try:
            box.lock()
            for draft in drafts:
                # bytes that start with a 'From ' line keep it as the separator; mailbox
                # escapes 'From ' at the start of a body line (">From ")
                box.add(_from_line(draft) + b"\n" + draft.data.replace(b"\r\n", b"\n"))
            box.flush()
        finally:
            box.unlock()
            box.close()
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        raise HandoffError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _write_whole(path: Path, data: bytes) -> None:
    """Write a temporary file and rename it over `path`: a draft is whole or not there. (No
    fsync for each of thousands of drafts: they are made again by running the command again;
    the folder is synced once they are all written.)"""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise HandoffError(f"cannot write {path}: {exc.strerror or exc}") from None


def write_drafts(
    store: Store,
    handoff_id: int,
    folder: Path | str,
    for_person: int | None = None,
    override_risk: str | None = None,
) -> DraftsWritten:
    """Write each draft as `<folder>/client-<id>-<name>.eml` and all of them as
    `<folder>/drafts.mbox`; the folder is made when its parent exists."""
    target = reach.output_folder(folder)
    drafts, skipped = build_drafts(store, handoff_id, for_person, override_risk)
    if not drafts:
        raise ValidationError(
            f"no draft to write: {len(skipped)} client(s), none with an email address "
            "and a covering colleague who has one",
            "clients",
        )
    for draft in drafts:
        _write_whole(target / draft.filename, draft.data)
    try:
        fsync_dir(target)
    except OSError as exc:
        raise HandoffError(f"cannot write in {target}: {exc.strerror or exc}") from None
    box = target / MBOX_NAME
    write_mbox(box, drafts)
    return DraftsWritten(target, drafts, skipped, box)
