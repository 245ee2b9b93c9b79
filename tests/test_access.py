"""Access to `handoff serve`: links for colleagues, a passphrase for the owner (domain and CLI)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

from handoff import access
from handoff.errors import ValidationError
from handoff.store import Store
from handoff.viewer import OWNER, Viewer


def test_a_link_lets_its_colleague_in_until_it_is_replaced_or_revoked(
    sample_store: Store,
) -> None:
    peter = sample_store.person(4)
    first = access.grant(sample_store, peter)
    found = access.viewer_for_token(sample_store, first.token)
    assert found is not None and found[0] == Viewer(4)
    second = access.grant(sample_store, peter)
    assert access.viewer_for_token(sample_store, first.token) is None  # replaced
    found = access.viewer_for_token(sample_store, second.token)
    assert found is not None and access.still_valid(sample_store, found[1])
    assert access.revoke(sample_store, peter) == 1
    assert access.viewer_for_token(sample_store, second.token) is None
    assert not access.still_valid(sample_store, found[1])


def test_a_wrong_or_forged_token_lets_nobody_in(sample_store: Store) -> None:
    given = access.grant(sample_store, sample_store.person(4))
    number, secret = given.token.split(".")
    for token in (
        f"{number}.{secret[:-1]}{'y' if secret.endswith('x') else 'x'}",  # one letter off
        f"{int(number) + 1}.{secret}",
        secret,
        "",
        "1." + "a" * 500,
    ):
        assert access.viewer_for_token(sample_store, token) is None


def test_only_a_slow_hash_of_the_secret_is_stored(sample_store: Store, db_path: Path) -> None:
    given = access.grant(sample_store, sample_store.person(4))
    secret = given.token.split(".")[1]
    raw = db_path.read_text(encoding="utf-8")
    assert secret not in raw and "$argon2id$" in raw
    access.set_owner_passphrase(sample_store, "correct horse battery")
    assert "correct horse battery" not in db_path.read_text(encoding="utf-8")
    rows = access.listing(sample_store)
    assert all("$argon2" not in f"{r}" for r in rows)


def test_the_owner_signs_in_with_the_passphrase_and_only_that(sample_store: Store) -> None:
    assert not access.has_owner_passphrase(sample_store)
    with pytest.raises(ValidationError, match="at least 12"):
        access.set_owner_passphrase(sample_store, "short")
    access.set_owner_passphrase(sample_store, "correct horse battery")
    found = access.owner_for_passphrase(sample_store, "correct horse battery")
    assert found is not None and found[0] == OWNER
    assert access.owner_for_passphrase(sample_store, "correct horse batterY") is None
    access.set_owner_passphrase(sample_store, "another long passphrase")
    assert access.owner_for_passphrase(sample_store, "correct horse battery") is None


def test_the_owner_gets_no_link(sample_store: Store) -> None:
    with pytest.raises(ValidationError, match="passphrase"):
        access.grant(sample_store, sample_store.person(1))


def test_access_from_the_command_line(sample_store: Store, db_path: Path) -> None:
    done = run_cli("access", "grant", "Peter", "--url", "https://office.example", db=db_path)
    assert done.returncode == 0, done.stderr
    link = done.stdout.strip().splitlines()[-1]
    assert link.startswith("https://office.example/a/")
    token = link.rsplit("/", 1)[1]
    assert access.viewer_for_token(Store(db_path), token) is not None

    listing = run_cli("access", "list", db=db_path)
    assert "Peter Nowak" in listing.stdout and "active" in listing.stdout
    assert token.split(".")[1] not in listing.stdout

    assert run_cli("access", "revoke", "Peter", db=db_path).returncode == 0
    assert access.viewer_for_token(Store(db_path), token) is None
    assert "revoked" in run_cli("access", "list", db=db_path).stdout

    unknown = run_cli("access", "grant", "Nobody", db=db_path)
    assert unknown.returncode == 2 and len(unknown.stderr.strip().splitlines()) == 1


def test_the_owners_passphrase_from_the_command_line(sample_store: Store, db_path: Path) -> None:
    no_tty = run_cli("access", "owner", db=db_path, stdin="")
    assert no_tty.returncode == 2 and "--passphrase-stdin" in no_tty.stderr
    short = run_cli("access", "owner", "--passphrase-stdin", db=db_path, stdin="short\n")
    assert short.returncode == 2 and "at least 12" in short.stderr
    good = run_cli(
        "access", "owner", "--passphrase-stdin", db=db_path, stdin="correct horse battery\n"
    )
    assert good.returncode == 0, good.stderr
    assert access.owner_for_passphrase(Store(db_path), "correct horse battery") is not None


def test_serve_refuses_bad_input_in_one_line(sample_store: Store, db_path: Path) -> None:
    bad_port = run_cli("serve", "--port", "70000", db=db_path)
    assert bad_port.returncode == 2 and "--port" in bad_port.stderr
    missing = run_cli("serve", db=db_path.with_name("nothing.json"))
    assert missing.returncode == 2 and "no database" in missing.stderr


def test_who_has_left_the_firm_has_no_access(sample_store: Store) -> None:
    from datetime import date

    tom = sample_store.person(6)
    given = access.grant(sample_store, tom)
    assert access.viewer_for_token(sample_store, given.token) is not None
    termination = sample_store.handoff(2)  # Tom's termination
    termination.ended = date(2026, 11, 20)  # it ended before today (23 November)
    sample_store.save_handoff(termination)
    assert access.viewer_for_token(sample_store, given.token) is None
    with pytest.raises(ValidationError, match="has left"):
        access.grant(sample_store, tom)
