"""The away person's auto-reply: the one text in every client language, and the Sieve rules.

The Sieve script is parsed with `sievelib` (syntax, commands, and that every extension used is
required), then its rules are evaluated on sample messages by a small interpreter of the parsed
tree: a client is answered with their own covering colleague, in their language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from sievelib.parser import Parser

from handoff.autoreply import LANGUAGE_RULE, autoreply_text, languages, sieve_script
from handoff.errors import HandoffError
from handoff.reach import load
from handoff.store import Store


@dataclass(frozen=True)
class Reply:
    subject: str | None
    text: str
    days: int


def parse_sieve(script: str) -> list[Any]:
    parser = Parser()
    assert parser.parse(script.encode("utf-8")), parser.error
    return list(parser.result)


def _unquote(value: str) -> str:
    """A Sieve string as its value: quoted (backslash escapes) or multi-line (dot-stuffed)."""
    if value.startswith("text:"):
        lines = value.rstrip("\r").replace("\r\n", "\n").split("\n")[1:]
        assert lines[-1] == "."
        return "\n".join(line[1:] if line.startswith("..") else line for line in lines[:-1])
    assert value[0] == value[-1] == '"'
    out, chars = [], iter(value[1:-1])
    for char in chars:
        out.append(next(chars) if char == "\\" else char)
    return "".join(out)


def _test(test: Any, sender: str, today: date) -> bool:
    if test.name == "allof":
        return all(_test(t, sender, today) for t in test.arguments["tests"])
    if test.name == "anyof":
        return any(_test(t, sender, today) for t in test.arguments["tests"])
    if test.name == "not":
        return not _test(test.arguments["test"], sender, today)
    if test.name == "true":
        return True
    args = test.args_as_tuple()
    if test.name == "address":  # :is, default comparator i;ascii-casemap (case-insensitive)
        _name, match, headers, keys = args
        assert match == ":is" and headers in ("from", ["from"])
        keys = keys if isinstance(keys, list) else [keys]
        return sender.casefold() in [k.casefold() for k in keys]
    if test.name == "currentdate":
        _name, match, relation, part, *keys = args
        assert (match, part) == (":value", "date")
        compare = {"ge": date.__ge__, "le": date.__le__, "gt": date.__gt__, "lt": date.__lt__}
        return any(compare[relation](today, date.fromisoformat(k)) for k in keys)
    raise AssertionError(f"the test interpreter does not know {test.name}")


def _run(commands: list[Any], sender: str, today: date) -> Reply | None:
    done = False  # an if / elsif branch ran
    for command in commands:
        if command.name == "require":
            continue
        if command.name in ("if", "elsif", "else"):
            if command.name == "if":
                done = False
            if done:
                continue
            if command.name == "else" or _test(command.arguments["test"], sender, today):
                done = True
                reply = _run(command.children, sender, today)
                if reply is not None:
                    return reply
            continue
        if command.name == "vacation":
            subject = command.extra_arguments.get("subject")
            return Reply(
                subject=_unquote(subject) if subject else None,
                text=_unquote(command.arguments["reason"]),
                days=int(command.extra_arguments.get("days", 7)),
            )
        raise AssertionError(f"the test interpreter does not know {command.name}")
    return None


def answer(script: str, sender: str, today: date) -> Reply | None:
    """What the script answers a message from `sender` on `today` (None: no reply)."""
    return _run(parse_sieve(script), sender, today)


DURING = date(2026, 11, 10)  # sample handoff 1: Marta Puig away 2026-11-02 to 2026-11-20
AGNIESZKA = "biuro@wisniewska-dent.example"  # Polish, covered by Peter Nowak
MONTSERRAT = "direccio@hotelvidal.example"  # Catalan, covered by Dewi Lestari


def test_two_clients_of_two_colleagues_get_their_own_cover_in_their_own_language(
    sample_store: Store,
) -> None:
    script = sieve_script(sample_store, 1)
    polish = answer(script, AGNIESZKA, DURING)
    catalan = answer(script, "Direccio@HotelVidal.example", DURING)  # addresses ignore case
    assert polish is not None and catalan is not None
    assert polish.text != catalan.text
    assert "Peter Nowak" in polish.text and "Dewi Lestari" not in polish.text
    assert "na urlopie" in polish.text  # Polish
    assert polish.subject == "Osoba kontaktowa do 20 listopada 2026 r.: Peter Nowak"
    assert "Dewi Lestari" in catalan.text and "Peter Nowak" not in catalan.text
    assert "de vacances" in catalan.text  # Catalan
    assert "dewi@mensah-tiling.example" in catalan.text


def test_anyone_else_gets_the_general_text_and_nobody_is_answered_outside_the_dates(
    sample_store: Store,
) -> None:
    script = sieve_script(sample_store, 1)
    stranger = answer(script, "someone@else.example", DURING)
    assert stranger is not None
    assert stranger.text == autoreply_text(sample_store, 1).strip()
    assert "Kojo Mensah" in stranger.text  # the general contact
    assert answer(script, AGNIESZKA, date(2026, 11, 1)) is None  # the day before
    assert answer(script, AGNIESZKA, date(2026, 11, 2)) is not None  # the first day away
    assert answer(script, AGNIESZKA, date(2026, 11, 20)) is not None  # until the return date
    assert answer(script, "someone@else.example", date(2026, 11, 21)) is None


def test_after_a_departure_the_rules_stay_on_from_the_effective_date(sample_store: Store):
    script = sieve_script(sample_store, 2)  # Tom Fletcher, termination effective 2026-11-16
    assert answer(script, "sarah@whitfield-arch.example", date(2026, 11, 15)) is None
    later = answer(script, "sarah@whitfield-arch.example", date(2027, 6, 1))
    assert later is not None
    assert "Dewi Lestari" in later.text and "no longer works with us" in later.text
    okafor = answer(script, "david@okafor-lettings.example", date(2027, 6, 1))
    assert okafor is not None and "Peter Nowak" in okafor.text


def test_the_parser_refuses_a_script_that_uses_an_extension_it_does_not_require(
    sample_store: Store,
) -> None:
    """The syntax check can fail: without `relational`, `:value` is an error."""
    script = sieve_script(sample_store, 1)
    broken = script.replace('"date", "relational", "vacation"', '"date", "vacation"')
    assert broken != script
    assert not Parser().parse(broken.encode("utf-8"))
    no_semicolon = script.replace(".\r\n        ;\r\n", ".\r\n", 1)
    assert no_semicolon != script
    assert not Parser().parse(no_semicolon.encode("utf-8"))


def test_quotes_backslashes_and_lines_starting_with_a_dot_survive(sample_store: Store) -> None:
    handoff = sample_store.handoff(2)
    # (a bare 'and "quoted" text' reads as an insinuation to the meaning check: scare quotes;
    # a quoted product name does not)
    tricky = (
        'Dear Sarah,\n.\n..the "Ocean Blue" tiles \\ grout samples, as promised.\n'
        "Kind regards,\nDewi Lestari"
    )
    handoff.statements[6] = tricky
    sample_store.save_handoff(handoff)
    reply = answer(sieve_script(sample_store, 2), "sarah@whitfield-arch.example", date(2027, 1, 4))
    assert reply is not None and reply.text == tricky


def test_the_text_is_in_every_client_language_most_spoken_first(sample_store: Store) -> None:
    assert languages(load(sample_store, 1)) == ["pl", "ca", "id"]  # 2, 2, 1 clients
    assert languages(load(sample_store, 2)) == ["en", "ca", "id"]  # 2, 1, 1
    text = autoreply_text(sample_store, 1)
    polish, catalan, indonesian = (text.index(w) for w in ("urlopie", "vacances", "cuti"))
    assert polish < catalan < indonesian
    assert text.count("Kojo Mensah") == 3  # the general contact, in each language
    assert "Marta Puig" in text


def test_autoreply_prints_on_the_command_line(sample_store: Store, db_path: Path) -> None:
    txt = run_cli("autoreply", "Marta", db=db_path)
    assert txt.returncode == 0, txt.stderr
    assert txt.stdout.startswith("Dziękuję za wiadomość.")
    sieve = run_cli("autoreply", "1", "--format", "sieve", db=db_path)
    assert sieve.returncode == 0, sieve.stderr
    parse_sieve(sieve.stdout)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("autoreply", "7"), "no handoff matches '7'"),
        (("autoreply", "1", "--format", "html"), "invalid choice: 'html'"),
    ],
)
def test_bad_input_gets_one_line(sample_store: Store, db_path: Path, args, words) -> None:
    result = run_cli(*args, db=db_path)
    assert result.returncode == 2
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_handoff_without_dates_is_refused(sample_store: Store, db_path: Path) -> None:
    handoff = sample_store.handoff(2)
    handoff.starts = None
    sample_store.save_handoff(handoff)
    result = run_cli("autoreply", "2", "--format", "sieve", db=db_path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "handoff: auto-reply: handoff 2 has no effective date yet "
        "(set it with: handoff edit 2 --from YYYY-MM-DD)"
    )


@pytest.mark.parametrize("kind", ["vacation", "leave", "termination"])
def test_every_generated_text_passes_the_risk_checker_in_every_language(
    sample_store: Store, kind: str
) -> None:
    """Generating refuses risky words (`reach.refuse_risky`): every kind in every language
    the app ships comes out, so none of them holds any."""
    handoff = sample_store.handoff(1)
    handoff.kind = kind
    handoff.until = None if kind == "termination" else handoff.until
    sample_store.save_handoff(handoff)
    for client_id, lang in zip(handoff.client_ids, ["en", "pl", "ca", "id", "en"], strict=True):
        client = sample_store.client(client_id)
        client.language = lang
        sample_store.update_client(client)
    # a finalized handoff speaks from its frozen packet: freeze the edited one as a new version
    from handoff import packet

    packet.freeze(sample_store, 1, allow_missing=True, override="test: every kind")
    text = autoreply_text(sample_store, 1)
    assert text.count(LANGUAGE_RULE) == 3  # four languages
    script = sieve_script(sample_store, 1)
    replies = {answer(script, c.email, date(2026, 11, 10)) for c in sample_store.clients()[:5]}
    assert len(replies) == 5  # each client their own text


def test_a_risky_word_in_a_generated_text_stops_it(sample_store: Store) -> None:
    owner = sample_store.person(1)
    owner.name = "Sick"  # a one-word name is read as a word (see risk.mask_names)
    sample_store.update_person(owner)
    with pytest.raises(HandoffError) as caught:
        autoreply_text(sample_store, 1)
    assert "the auto-reply (pl) holds risky words" in str(caught.value)
    assert "nothing was written" in str(caught.value)
