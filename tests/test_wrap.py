"""The text packet's line wrapping: the same lines `textwrap` makes, whatever the text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from handoff import printing

PIECES = [
    "a",
    "bb",
    "Wiśniewska",
    " ",
    "  ",
    "   ",
    "-",
    "\u00a0",
    "x" * 12,
    "\u2003",
    "\t",
    "ab\u00a0cd",
]


by_textwrap = printing.textwrap_line  # the path a line the fast one leaves takes


@settings(max_examples=600, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(PIECES), min_size=1, max_size=60),
    width=st.sampled_from([10, 20, 33, 80]),
    hang=st.sampled_from(["", "  ", "    "]),
)
# leading spaces then a word that does not fit after them: the next line is still the first
@example(pieces=["   ", "   ", "  ", "ab\u00a0cd", " "], width=10, hang="  ")
def test_the_fast_wrap_makes_the_lines_textwrap_makes(pieces, width, hang):
    line = "".join(pieces)
    fast = printing._wrap_line(line, width, hang)
    if fast is not None:  # None: the line is left to textwrap itself
        assert (fast or [""]) == by_textwrap(line, width, hang)


def test_a_long_paragraph_is_wrapped_with_its_hanging_indent():
    line = "- " + " ".join(["Send three grout samples; she chooses by email"] * 4)
    wrapped = printing.wrap_text(line)
    assert wrapped.split("\n") == by_textwrap(line, 80, "  ")
    assert printing._wrap_line(line, 80, "  ") is not None  # the fast path took it
    assert all(len(row) <= 80 for row in wrapped.split("\n"))
