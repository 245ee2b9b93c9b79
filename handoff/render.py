"""One Jinja2 environment per output format, shared by everything that renders text.

Safety by construction: `StrictUndefined` (a typo is an error, not a blank), HTML autoescaped
explicitly (`select_autoescape` would not match `.html.j2` names), Markdown escaped by its own
filter, plain text left as is. Templates a user puts in their config folder override the bundled
ones and run in Jinja2's sandbox. Templates only ever receive data from `handoff.views`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from handoff.errors import HandoffError
from handoff.paths import templates_dir, user_templates_dir

FORMATS = ("html", "md", "txt")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~&])")


def md_escape(value: Any) -> str:
    """Escape text for Markdown so client data cannot become links, HTML or formatting."""
    text = "" if value is None else str(value)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return text.replace("\n", "  \n")


def environment(fmt: str) -> Environment:
    """The environment for `fmt` ('html', 'md' or 'txt')."""
    if fmt not in FORMATS:
        raise HandoffError(f"unknown format {fmt!r}")
    user = user_templates_dir()
    return _environment(fmt, str(user) if user.is_dir() else None)


@cache
def _environment(fmt: str, user_dir: str | None) -> Environment:
    loaders = [FileSystemLoader(str(templates_dir()))]
    env_class: type[Environment] = Environment
    if user_dir is not None:
        loaders.insert(0, FileSystemLoader(user_dir))
        env_class = SandboxedEnvironment
    env = env_class(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=(fmt == "html"),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.globals["Markup"] = Markup
    return env


def render(template: str, fmt: str, **context: Any) -> str:
    """Render `template` (a path under templates/) for `fmt` with an allow-listed context."""
    from jinja2 import TemplateError

    try:
        return environment(fmt).get_template(template).render(**context)
    except TemplateError as exc:
        raise HandoffError(f"template {template}: {exc}") from exc
