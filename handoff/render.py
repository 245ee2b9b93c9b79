"""One Jinja2 environment per output format, built once and shared by everything that renders.

Safety by construction: `StrictUndefined` (a typo is an error, not a blank), HTML autoescaped
explicitly (`select_autoescape` would not match `.html.j2` names), Markdown escaped by its own
filter, plain text left as is. Templates a user puts in their config folder override the bundled
ones and run in Jinja2's sandbox; an override is read only when it is a regular file that really
lies inside that folder (no symbolic link out of it, no `..`). Templates only ever receive data
from `handoff.views`.

The user's template folder is looked up once, when a format's environment is first built, and
each template is compiled once per process: a packet of 5,000 clients renders its 10,000 texts
through the same few compiled templates. `reset()` forgets the environments (tests, or after
changing the override folder in a long-running process).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateNotFound,
)
from jinja2.exceptions import TemplateError
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from handoff.errors import HandoffError
from handoff.paths import templates_dir, user_templates_dir

FORMATS = ("html", "md", "txt")
# What Markdown would misread in running text: backslashes, code spans, emphasis, links and
# images, inline HTML, and a table's cell separator. A line-start marker (#, -, +, 1.) is
# escaped only at the start of a line; dots, hyphens and parentheses elsewhere are left alone.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*)(?:(>|[#+\-=*]+(?=\s|$))|(\d+)([.)])(?=\s|$))", re.MULTILINE)
_MD_AMP_ENTITY = re.compile(r"&(?=#?\w+;)")
# Anything any of the three passes (or the line breaks) could change: an inline character, an
# ampersand, a line break, or a text that starts like a line-start marker. Most values of a
# packet (names, phone numbers, dates, addresses) have none and are returned after one search.
_MD_ANY = re.compile(r"[\\`*_\[\]<>|~&\n]|^\s*(?:[>#+\-=*]|\d+[.)])")

_environments: dict[str, Environment] = {}
builds = 0  # how many environments this process has built (one per format; see tests)


def md_escape(value: Any) -> str:
    """Escape text for Markdown so client data cannot become links, HTML or formatting.

    Only what Markdown would read as markup is escaped, so the raw file stays readable:
    `2026-11-02` and `peter@mensah-tiling.example` are written as they are.
    """
    text = "" if value is None else str(value)
    if _MD_ANY.search(text) is None:  # nothing to escape: a packet's usual value
        return text
    return _md_escape_all(text)


def _md_escape_all(text: str) -> str:
    """`md_escape` without its shortcut: every pass over the whole text."""
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_AMP_ENTITY.sub("&amp;", text)
    text = _MD_LINE_START.sub(_escape_line_start, text)
    return text.replace("\n", "  \n")


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker, number, dot = match.groups()
    return f"{indent}\\{marker}" if marker else f"{indent}{number}\\{dot}"


_CONTACT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d ()./-]{5,}\d")


_POLISH_YEAR = re.compile(r"\b(\d{4}) r\.")


def keep_contacts(value: Any) -> Markup:
    """HTML: the text escaped, with each email address and phone number in a span the page
    never breaks (`.contact`): not at a hyphen, not at a space. A Polish year keeps its "r."
    on the same line ("2026 r.")."""
    text = "" if value is None else str(value)
    out: list[str] = []
    last = 0
    for match in _CONTACT.finditer(text):
        out.append(_year_abbreviation(str(escape(text[last : match.start()]))))
        out.append(f'<span class="contact">{escape(match.group(0))}</span>')
        last = match.end()
    out.append(_year_abbreviation(str(escape(text[last:]))))
    return Markup("".join(out))


def _year_abbreviation(html: str) -> str:
    return _POLISH_YEAR.sub("\\1\u00a0r.", html)


def capfirst(value: Any) -> str:
    """The text with its first letter capitalised and the rest as it is (unlike `capitalize`)."""
    text = "" if value is None else str(value)
    return text[:1].upper() + text[1:]


class OverrideRefused(TemplateError):
    """A user's override is not a regular file inside the override folder."""


class ConfinedLoader(BaseLoader):
    """Loads the user's overrides: regular files that really lie inside `root`.

    A name with `..` is not found; a file that is (or passes through) a symbolic link leading
    out of the folder, or that is not a regular file (a FIFO, a device), is refused with an
    error naming the template, never its target or contents.
    """

    def __init__(self, root: str) -> None:
        self.root = os.path.realpath(root)

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)  # raises TemplateNotFound on ".."
        path = os.path.join(self.root, *pieces)
        if not os.path.lexists(path):
            raise TemplateNotFound(template)
        real = os.path.realpath(path)
        inside = os.path.commonpath([self.root, real]) == self.root
        if not inside or not os.path.isfile(real):
            raise OverrideRefused(
                f"the override {template!r} is not a regular file inside the templates folder"
            )
        with open(real, encoding="utf-8") as handle:
            source = handle.read()
        mtime = os.path.getmtime(real)

        def uptodate() -> bool:
            try:
                return os.path.getmtime(real) == mtime
            except OSError:
                return False

        return source, real, uptodate


def environment(fmt: str) -> Environment:
    """The environment for `fmt` ('html', 'md' or 'txt'), built on first use."""
    env = _environments.get(fmt)
    if env is None:
        if fmt not in FORMATS:
            raise HandoffError(f"unknown format {fmt!r}")
        env = _environments[fmt] = _build(fmt)
    return env


def reset() -> None:
    """Forget the built environments; the next render looks up the override folder again."""
    _environments.clear()


def _build(fmt: str) -> Environment:
    global builds
    builds += 1
    user = user_templates_dir()
    loaders: list[BaseLoader] = [FileSystemLoader(str(templates_dir()))]
    env_class: type[Environment] = Environment
    if user.is_dir():
        loaders.insert(0, ConfinedLoader(str(user)))
        env_class = SandboxedEnvironment
    env = env_class(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=(fmt == "html"),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # compiled once per process and never looked at on disk again: checking each
        # template's file before every render was 40,000 stat calls for a 5,000-client packet
        auto_reload=False,
    )
    env.filters["md"] = md_escape
    env.filters["capfirst"] = capfirst
    env.filters["keep_contacts"] = keep_contacts
    env.globals["Markup"] = Markup
    return env


def overridden(folder: str) -> bool:
    """Whether the user's override folder holds a template under `folder` (e.g. "statements"):
    text made from such a template is the user's own writing, not the shipped words."""
    root = user_templates_dir() / folder
    return root.is_dir() and any(path.is_file() for path in root.rglob("*"))


def render(template: str, fmt: str, **context: Any) -> str:
    """Render `template` (a path under templates/) for `fmt` with an allow-listed context."""
    try:
        return environment(fmt).get_template(template).render(**context)
    except TemplateError as exc:
        raise HandoffError(f"template {template}: {exc}") from exc
