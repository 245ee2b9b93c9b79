"""A handoff right in every state: the domain's rules and the command line, case by case.

The sample firm (today pinned to 2026-11-23): handoff 1 is Marta Puig's finalized vacation
(2026-11-02 to 2026-11-20), handoff 2 Tom Fletcher's draft termination (effective 2026-11-16).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import run_cli

from handoff import changes, coverage, items, lifecycle, packet, printing, queries
from handoff.errors import ValidationError
from handoff.model import Handoff, OpenItem
from handoff.people import edit_person
from handoff.review import build_review
from handoff.sample import load_sample
from handoff.store import Store

VACATION, TERMINATION = 1, 2
MARTA, PETER, DEWI, TOM, KOJO = 3, 4, 5, 6, 1


def managers(store: Store) -> dict[int, int | None]:
    return {c.id: c.manager_id for c in store.clients()}


def sample_db(db_path: Path) -> Path:
    assert run_cli("sample", db=db_path).returncode == 0
    return db_path


def one_line_error(result) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    return result.stderr


# -- 1. ending needs a finalized packet, and asks before the date --------------------------------
def test_a_draft_never_ends_unless_forced_with_a_recorded_reason(sample_store: Store) -> None:
    before = managers(sample_store)
    with pytest.raises(ValidationError, match="never finalized"):
        coverage.end_handoff(sample_store, TERMINATION)
    assert managers(sample_store) == before and sample_store.handoff(2).ended is None
    coverage.end_handoff(sample_store, TERMINATION, force_reason="Each client was told by phone")
    ended = sample_store.handoff(TERMINATION)
    assert ended.ended == date(2026, 11, 23)
    assert ended.justifications[0]["what"] == "ended without a finalized packet"
    assert ended.justifications[0]["reason"] == "Each client was told by phone"


def test_ending_before_the_date_must_be_confirmed(sample_store: Store) -> None:
    early = date(2026, 11, 10)
    with pytest.raises(coverage.EndsEarly, match="returns on 2026-11-20"):
        coverage.end_handoff(sample_store, VACATION, early)
    assert sample_store.handoff(VACATION).ended is None
    coverage.end_handoff(sample_store, VACATION, early, early=True)
    handoff = sample_store.handoff(VACATION)
    assert handoff.ended == early
    assert handoff.justifications[-1]["what"] == "ended early"


def test_cli_end_refuses_a_draft_and_records_a_forced_end(db_path: Path) -> None:
    sample_db(db_path)
    error = one_line_error(run_cli("end", "2", db=db_path))
    assert "never finalized" in error and "--force --reason" in error
    clients = json.loads(run_cli("list", "clients", "--json", db=db_path).stdout)
    assert next(c for c in clients if c["id"] == 6)["manager"] == "Tom Fletcher"
    assert "--reason" in one_line_error(run_cli("end", "2", "--force", db=db_path))
    forced = run_cli("end", "2", "--force", "--reason", "Told every client by phone", db=db_path)
    assert forced.returncode == 0, forced.stderr
    shown = run_cli("show", "2", db=db_path).stdout
    assert "ended without a finalized packet: Told every client by phone" in shown


def test_cli_end_before_the_date_asks_and_needs_yes_without_a_terminal(db_path: Path) -> None:
    sample_db(db_path)
    early = {"HANDOFF_TODAY": "2026-11-10"}
    error = one_line_error(run_cli("end", "1", db=db_path, env=early, stdin=""))
    assert "returns on 2026-11-20" in error and "--yes" in error
    assert json.loads(run_cli("list", "handoffs", "--json", db=db_path).stdout)[0]["status"] != (
        "ended"
    )
    done = run_cli("end", "1", "--yes", db=db_path, env=early)
    assert done.returncode == 0 and "back with Marta Puig" in done.stdout


# -- 2. before a handoff starts, no apology --------------------------------------------------------
def test_review_before_the_start_says_not_contacted_yet_without_apology(sample_store) -> None:
    review = build_review(sample_store, TERMINATION, today=date(2026, 11, 10))
    assert all(r.findings() == ["not contacted yet"] for r in review.clients)
    text = " ".join(a.title + " ".join(a.lines) for a in review.actions)
    assert "not contacted yet" in text
    assert "apologi" not in text and "left" not in text.replace("Tom Fletcher is leaving", "")


def test_apology_only_for_a_real_gap_or_a_complaint(sample_store) -> None:
    review = build_review(sample_store, VACATION)
    [apology] = [a for a in review.actions if a.kind == "call"]
    [check_in] = [a for a in review.actions if a.kind == "check_in"]
    assert "apologise" in apology.title and "apologise" not in check_in.title
    assert any(line.startswith("Pere Soler") for line in apology.lines)  # never contacted
    assert any(line.startswith("Agnieszka") for line in apology.lines)  # complained
    # "Sent the revised quote…", outcome fine: a call to check, no apology
    assert any(line.startswith("Budi Santoso") for line in check_in.lines)
    assert not any(line.startswith("Budi Santoso") for line in apology.lines)


def test_cli_review_before_the_start(db_path: Path) -> None:
    sample_db(db_path)
    result = run_cli("review", "2", db=db_path, env={"HANDOFF_TODAY": "2026-11-10"})
    assert result.returncode == 0
    assert "Leaves for good as of 2026-11-16" in result.stdout
    assert "not contacted yet" in result.stdout and "apologise" not in result.stdout


# -- 3. a cover names only the handoff's clients ---------------------------------------------------
def test_a_cover_for_someone_elses_client_names_whose_it_is(sample_store) -> None:
    people = {p.id: p for p in sample_store.people()}
    emma = next(c for c in sample_store.clients() if c.name == "Emma Clarke")
    with pytest.raises(ValidationError, match="Emma Clarke is looked after by Kojo Mensah"):
        lifecycle.check_cover_client(emma, [1, 2, 3], people[MARTA], people)
    lifecycle.check_cover_client(emma, [1, 2, 3, emma.id], people[MARTA], people)


def test_cli_new_refuses_a_cover_outside_the_handoff_unless_added(db_path: Path) -> None:
    sample_db(db_path)
    args = ["new", "vacation", "--person", "Marta", "--from", "2026-12-01", "--until",
            "2026-12-05", "--cover", "Peter", "--cover", "Dewi=Emma Clarke"]  # fmt: skip
    error = one_line_error(run_cli(*args, db=db_path))
    assert "Emma Clarke is looked after by Kojo Mensah" in error and "--clients" in error
    assert len(json.loads(run_cli("list", "handoffs", "--json", db=db_path).stdout)) == 2
    added = run_cli(*args, "--clients", "1,2,3,4,5,Emma Clarke", db=db_path)
    assert added.returncode == 0, added.stderr
    store = Store(db_path)
    handoff = store.handoff(int(added.stdout))
    assert handoff.covers[13] == DEWI and handoff.covers[1] == PETER


# -- 4. who has left never covers nor answers ------------------------------------------------------
def test_a_person_has_left_from_the_day_their_termination_ended(sample_store) -> None:
    assert str(lifecycle.statuses(sample_store)[TOM]) == "at the firm"
    coverage.end_handoff(sample_store, TERMINATION, force_reason="told by phone")
    status = lifecycle.statuses(sample_store)[TOM]
    assert status.status == lifecycle.LEFT and str(status) == "left on 2026-11-23"
    assert str(lifecycle.statuses(sample_store, date(2026, 11, 22))[TOM]) == "at the firm"
    offered = {p.id for p in lifecycle.helpers(sample_store, PETER)}
    assert TOM not in offered and PETER not in offered and DEWI in offered


def test_who_left_or_is_leaving_is_refused_as_cover_and_contact(sample_store) -> None:
    coverage.end_handoff(sample_store, TERMINATION, force_reason="told by phone")
    leave = Handoff(person_id=PETER, kind="leave", starts=date(2026, 12, 1),
                    until=date(2026, 12, 9), client_ids=[10], covers={10: TOM})  # fmt: skip
    with pytest.raises(ValidationError, match="Tom Fletcher left the firm on 2026-11-23"):
        lifecycle.check_helpers(sample_store, leave)
    leave.covers = {10: DEWI}
    leave.escalation = {"legal": PETER}
    with pytest.raises(ValidationError, match="Peter Nowak is the person leaving"):
        lifecycle.check_helpers(sample_store, leave)
    assert PETER not in lifecycle.default_routes(sample_store, PETER).values()


def test_cli_refuses_who_left_and_lists_their_status(db_path: Path) -> None:
    sample_db(db_path)
    run_cli("end", "2", "--force", "--reason", "told by phone", db=db_path)
    people = json.loads(run_cli("list", "people", "--json", db=db_path).stdout)
    assert next(p for p in people if p["name"] == "Tom Fletcher")["status"] == "left on 2026-11-23"
    error = one_line_error(
        run_cli(
            "new",
            "leave",
            "--person",
            "Peter",
            "--cover",
            "Tom",
            "--from",
            "2026-12-01",
            "--until",
            "2026-12-09",
            db=db_path,
        )  # fmt: skip
    )
    assert "Tom Fletcher left the firm on 2026-11-23" in error
    error = one_line_error(run_cli("edit", "1", "--route", "legal=Marta", db=db_path))
    assert "Marta Puig is the person leaving" in error


# -- 5. edits after finalizing are seen ------------------------------------------------------------
def test_changes_since_the_frozen_version_are_listed(sample_store) -> None:
    handoff = sample_store.handoff(VACATION)
    assert changes.changes_since(sample_store, handoff) == []
    assert changes.version_label(sample_store, handoff) == "v1 (current)"
    sample_store.add_item(OpenItem(client_id=4, title="Measure the terrace"))
    edit_person(sample_store, PETER, phone="+44 20 7946 9999")
    found = changes.changes_since(sample_store, handoff)
    assert "Pere Soler: open item added: 'Measure the terrace'" in found
    assert "colleague Peter Nowak: phone +44 20 7946 0104 → +44 20 7946 9999" in found
    assert not changes.is_current(sample_store, handoff)
    assert changes.version_label(sample_store, handoff) == "v1, changed since v1"
    [summary] = [s for s in queries.handoff_summaries(sample_store) if s.id == VACATION]
    assert summary.status_label == "due to end v1, changed since v1"
    # printing gives the frozen v1, as the colleagues had it
    text = printing.render_document(sample_store, VACATION, "txt").decode()
    assert sample_store.latest_packet(VACATION).sha256 in text
    assert "Measure the terrace" not in text


def test_cli_print_and_show_say_changed_since_v1(db_path: Path, tmp_path: Path) -> None:
    sample_db(db_path)
    assert "Packet v1 (current)" in run_cli("show", "1", db=db_path).stdout
    run_cli("items", "Pere Soler", "add", "Measure the terrace", db=db_path)
    out = tmp_path / "packet.txt"
    result = run_cli("print", "1", "--format", "txt", "-o", str(out), db=db_path)
    assert result.returncode == 0
    assert "changed since v1: this prints the frozen v1" in result.stderr
    assert "handoff finalize 1" in result.stderr and "open item added" in result.stderr
    assert "Measure the terrace" not in out.read_text(encoding="utf-8")
    shown = run_cli("show", "1", db=db_path).stdout
    assert "(current)" not in shown and "Changed since v1" in shown
    listed = run_cli("list", "handoffs", db=db_path).stdout
    assert "changed since v1" in listed


# -- 6. overlapping handoffs, and names that tell two apart ----------------------------------------
def test_an_overlapping_handoff_needs_a_reason(sample_store) -> None:
    second = Handoff(person_id=TOM, kind="termination", starts=date(2026, 12, 1))
    with pytest.raises(ValidationError, match="overlaps another open handoff"):
        lifecycle.check_overlap(sample_store, second)
    lifecycle.check_overlap(sample_store, second, "the first was entered with the wrong date")
    assert second.justifications[0]["what"] == "overlap"
    later = Handoff(person_id=MARTA, kind="vacation", starts=date(2026, 12, 21),
                    until=date(2026, 12, 31))  # fmt: skip
    lifecycle.check_overlap(sample_store, later)  # after her first vacation: fine
    lifecycle.cancel(sample_store, TERMINATION)
    lifecycle.check_overlap(sample_store, Handoff(person_id=TOM, kind="termination"))


def test_cli_overlap_and_names_with_dates(db_path: Path) -> None:
    sample_db(db_path)
    args = ["new", "termination", "--person", "Tom", "--cover", "Peter", "--from", "2026-12-01"]
    error = one_line_error(run_cli(*args, db=db_path))
    assert "overlaps another open handoff" in error and "2: termination from 2026-11-16" in error
    assert run_cli(*args, "--overlap-reason", "re-entered", db=db_path).returncode == 0
    names = [
        h["name"] for h in json.loads(run_cli("list", "handoffs", "--json", db=db_path).stdout)
    ]
    assert "Tom Fletcher (termination from 2026-11-16)" in names
    assert "Tom Fletcher (termination from 2026-12-01)" in names


# -- 7. text printed under an override is marked on the page ---------------------------------------
def test_overridden_text_is_marked_with_date_and_justification(sample_store) -> None:
    handoff = sample_store.handoff(TERMINATION)
    handoff.scripts[6] = "Hello Sarah. He was fired for stealing. Dewi is your new contact."
    sample_store.save_handoff(handoff)
    with pytest.raises(printing.RiskRefused):
        printing.render_document(sample_store, TERMINATION, "txt", for_person=DEWI)
    why = "The client read the court report; counsel approved"
    for fmt in ("txt", "md", "html"):
        text = printing.render_document(
            sample_store, TERMINATION, fmt, for_person=DEWI, override_risk=why
        ).decode()
        flat = " ".join(text.replace("\\", "").split())
        assert "Printed under a risk override" in flat, fmt
        assert "recorded on 2026-11-23" in flat and why in flat, fmt
        assert "stealing" in flat
    plain = printing.render_document(sample_store, VACATION, "txt").decode()
    assert "risk override" not in plain


def test_cli_print_marks_overridden_text(db_path: Path) -> None:
    sample_db(db_path)
    store = Store(db_path)
    handoff = store.handoff(TERMINATION)
    handoff.scripts[6] = "Hello Sarah. He was fired for stealing."
    store.save_handoff(handoff)
    result = run_cli("print", "2", "--format", "md", "--for", "Dewi", "-o", "-",
                     "--override-risk", "Counsel approved", db=db_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "**Printed under a risk override** recorded on 2026-11-23" in result.stdout
    assert "Justification: Counsel approved" in result.stdout


# -- 8. what finalizing needs, from the command line -----------------------------------------------
def test_items_domain_add_edit_done(sample_store) -> None:
    laia = queries.find_client(sample_store, "Laia")
    item, changed = items.edit_item(sample_store, laia, "Site report", next_step="Call Monday")
    assert changed == ["next step: (none) → Call Monday"]
    assert packet.missing(sample_store, sample_store.handoff(TERMINATION)) == []
    added = items.add_item(sample_store, laia, "Order grout", due="2026-12-01")
    done, _ = items.edit_item(sample_store, laia, str(added.id), status="done")
    assert done.done
    with pytest.raises(ValidationError, match="belongs to David Okafor, not Laia Ferrer"):
        items.edit_item(sample_store, laia, "12", status="done")
    with pytest.raises(ValidationError, match="due date"):
        items.edit_item(sample_store, laia, "Order grout", due="soon")


def test_cli_finalize_without_the_app(db_path: Path) -> None:
    sample_db(db_path)
    shown = run_cli("show", "2", db=db_path).stdout
    assert "Status: draft" in shown and "Packet: not finalized" in shown
    assert "overdue item 'Site report with photos, Carrer Major' has no next step" in shown
    assert "Sarah Whitfield — covered by Dewi Lestari" in shown
    assert run_cli("finalize", "2", db=db_path).returncode == 2
    listed = run_cli("items", "Laia Ferrer", db=db_path).stdout
    assert "[open] Site report with photos, Carrer Major" in listed
    edited = run_cli("items", "Laia Ferrer", "edit", "Site report",
                     "--next-step", "Call Laia on Monday", db=db_path)  # fmt: skip
    assert edited.returncode == 0 and "next step: (none) → Call Laia on Monday" in edited.stdout
    assert run_cli("finalize", "2", db=db_path).returncode == 0
    assert "Packet v1 (current)" in run_cli("show", "2", db=db_path).stdout
    done = run_cli("items", "Laia Ferrer", "done", "Site report", db=db_path)
    assert "status: open → done" in done.stdout
    added = run_cli("items", "Laia Ferrer", "add", "Order grout", "--due", "2026-12-01",
                    db=db_path)  # fmt: skip
    assert added.returncode == 0 and "Added item" in added.stdout
    assert "due date" in one_line_error(
        run_cli("items", "Laia Ferrer", "edit", "Order grout", "--due", "soon", db=db_path)
    )


def test_cli_edit_dates_covers_routes_and_cancel(db_path: Path) -> None:
    sample_db(db_path)
    edited = run_cli("edit", "2", "--from", "2026-11-30", "--cover", "Peter=Sarah Whitfield",
                     "--route", "billing=Kojo", db=db_path)  # fmt: skip
    assert edited.returncode == 0, edited.stderr
    store = Store(db_path)
    handoff = store.handoff(TERMINATION)
    assert handoff.starts == date(2026, 11, 30) and handoff.covers[6] == PETER
    assert handoff.escalation["contract_billing"] == KOJO
    assert "Emma Clarke is looked after by Kojo Mensah" in one_line_error(
        run_cli("edit", "2", "--cover", "Dewi=Emma Clarke", db=db_path)
    )
    assert "only a draft" in one_line_error(run_cli("cancel", "1", db=db_path))
    cancelled = run_cli("cancel", "2", db=db_path)
    assert cancelled.returncode == 0 and "kept in the file" in cancelled.stdout
    assert "cancelled" in one_line_error(run_cli("edit", "2", "--from", "2026-12-01", db=db_path))
    assert "cancelled" in one_line_error(run_cli("end", "2", "--yes", db=db_path))
    listed = json.loads(run_cli("list", "handoffs", "--json", db=db_path).stdout)
    assert listed[1]["status"] == "cancelled"


def test_show_never_prints_the_private_reason(db_path: Path) -> None:
    sample_db(db_path)
    store = Store(db_path)
    handoff = store.handoff(TERMINATION)
    handoff.private_reason = "CANARY-REASON"
    store.save_handoff(handoff)
    for args in (["show", "2"], ["show", "2", "--json"]):
        result = run_cli(*args, db=db_path)
        assert result.returncode == 0 and "CANARY" not in result.stdout + result.stderr


def test_print_to_standard_output(db_path: Path, tmp_path: Path) -> None:
    sample_db(db_path)
    result = run_cli("print", "1", "--format", "md", "-o", "-", db=db_path)
    assert result.returncode == 0
    assert "\n# Handoff packet: Marta Puig" in result.stdout  # after the firm's name
    assert not Path("-").exists() and not (tmp_path / "-").exists()


def test_cancelled_and_justifications_survive_a_reload(db_path: Path) -> None:
    store = Store(db_path)
    load_sample(store)
    lifecycle.cancel(store, TERMINATION)
    handoff = store.handoff(TERMINATION)
    lifecycle.record(handoff, "overlap", "kept on purpose")
    store.save_handoff(handoff)
    again = Store(db_path).handoff(TERMINATION)
    assert again.cancelled == date(2026, 11, 23)
    assert again.justifications == [
        {"what": "overlap", "reason": "kept on purpose", "at": "2026-11-23"}
    ]
    assert again.status(date(2026, 11, 23), False) == "cancelled"


def test_changes_see_an_edited_script_and_nothing_when_only_saved(sample_store) -> None:
    handoff = sample_store.handoff(VACATION)
    sample_store.save_handoff(handoff)  # saved, nothing the packet says changed
    assert changes.changes_since(sample_store, sample_store.handoff(VACATION)) == []
    handoff = sample_store.handoff(VACATION)
    handoff.scripts[4] = "Hola Pere, soc en Peter. Et truco per la data del frontal."
    sample_store.save_handoff(handoff)
    assert changes.changes_since(sample_store, sample_store.handoff(VACATION)) == [
        "Pere Soler: contact script changed"
    ]
