"""The template environments: built once per format, overrides confined to their folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handoff import printing, render
from handoff.errors import HandoffError
from handoff.render import _md_escape_all, md_escape

VACATION = 1


def overrides(tmp_path: Path) -> Path:
    folder = tmp_path / "home" / "config" / "handoff" / "templates" / "print"
    folder.mkdir(parents=True, exist_ok=True)
    render.reset()  # a process that starts with the override folder in place
    return folder


def test_one_environment_per_format_however_many_texts(sample_store):
    render.reset()
    before = render.builds
    for _ in range(3):
        printing.render_document(sample_store, VACATION, "txt", "packet")
        printing.render_document(sample_store, VACATION, "md", "packet")
    # txt for the packet and its statements and scripts, md for the packet: two, not hundreds
    assert render.builds - before == 2


def test_an_override_symlinked_to_the_database_is_refused(sample_store, tmp_path):
    folder = overrides(tmp_path)
    os.symlink(sample_store.path, folder / "notes.txt")
    (folder / "statements.txt.j2").write_text('{% include "print/notes.txt" %}\n')
    with pytest.raises(HandoffError) as caught:
        printing.render_document(sample_store, VACATION, "txt", "statements")
    assert "not a regular file inside the templates folder" in str(caught.value)
    assert "private" not in str(caught.value).lower()


def test_an_override_that_is_itself_a_symlink_out_of_the_folder_is_refused(sample_store, tmp_path):
    outside = tmp_path / "elsewhere.j2"
    outside.write_text("FROM OUTSIDE\n")
    os.symlink(outside, overrides(tmp_path) / "statements.txt.j2")
    with pytest.raises(HandoffError, match="not a regular file inside"):
        printing.render_document(sample_store, VACATION, "txt", "statements")


def test_dot_dot_cannot_leave_the_override_folder(sample_store, tmp_path):
    (tmp_path / "home" / "config" / "handoff" / "secret.txt").parent.mkdir(parents=True)
    (tmp_path / "home" / "config" / "handoff" / "secret.txt").write_text("SECRET\n")
    (overrides(tmp_path) / "statements.txt.j2").write_text('{% include "../secret.txt" %}\n')
    with pytest.raises(HandoffError):
        printing.render_document(sample_store, VACATION, "txt", "statements")


def test_a_symlink_inside_the_folder_to_a_file_inside_it_is_fine(sample_store, tmp_path):
    folder = overrides(tmp_path)
    (folder / "mine.j2").write_text("MINE {{ header.title }}\n")
    os.symlink(folder / "mine.j2", folder / "statements.txt.j2")
    text = printing.render_document(sample_store, VACATION, "txt", "statements").decode()
    assert text.startswith("MINE ")


def test_markdown_escapes_only_what_markdown_would_misread():
    assert md_escape("2026-11-02") == "2026-11-02"
    assert md_escape("peter@mensah-tiling.example") == "peter@mensah-tiling.example"
    assert md_escape("+44 20 7946 0107 (office)") == "+44 20 7946 0107 (office)"
    assert md_escape("[click](http://x)") == "\\[click\\](http://x)"
    assert md_escape("*bold* _it_ `code` <b> a|b") == "\\*bold\\* \\_it\\_ \\`code\\` \\<b\\> a\\|b"
    assert md_escape("# title") == "\\# title"
    assert md_escape("- item") == "\\- item"
    assert md_escape("1. first") == "1\\. first"


# Text made mostly of what Markdown reads as markup, spaces and line breaks of every kind.
_MARKUP_HEAVY = st.text(
    alphabet=st.sampled_from(list("\\`*_[]<>|~&#;+-=.)1 9a\t\r\n\u00a0\u2003x")), max_size=30
)


@settings(max_examples=2000, deadline=None)
@given(_MARKUP_HEAVY)
def test_the_markdown_shortcut_escapes_exactly_what_every_pass_would(text):
    # md_escape returns a value unchanged when one search finds nothing to escape; with the
    # shortcut or without it, every text comes out the same
    assert md_escape(text) == _md_escape_all(text)


def test_html_keeps_contact_details_and_a_polish_year_whole():
    from handoff.render import keep_contacts

    html = str(keep_contacts("<b> grace@mensah-tiling.example, +44 20 7946 0102, 2026 r."))
    assert html.startswith("&lt;b&gt; ")
    assert '<span class="contact">grace@mensah-tiling.example</span>' in html
    assert '<span class="contact">+44 20 7946 0102</span>' in html
    assert html.endswith("2026\u00a0r.")
