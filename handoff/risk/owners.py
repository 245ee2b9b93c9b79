"""Whose person a sentence speaks of, when it is not the colleague's: the client's own people
and notes about the client.

A covering colleague records a call in the contact log in the third person ("Client mentioned
he's been signed off with stress himself", "Mrs Kemp says her son is in rehab", "Klient mówi,
że…", "Catatan: klien … kemoterapi"), and clients talk of their own staff, household, carers
and tenants ("Your trainee failing his drug test", "Client's accountant was struck off", "kasir
Ibu"). Their private matters are the client's business, not a statement about our colleague:
`clients_own` reads both for `handoff.risk.text`. Words that denote the client in a note
(`CLIENT_NOUN`: client, customer, klient, kl., clienta, klien, pelanggan…) count near the start
of a clause; a pronoun after one is the client unless a name, a person who is not the
client's, a pronoun of the other gender, the speaker ("I said he…") or a question ("Client
asked why he left") comes between. A bare "your" owns `STAFF` (staff, household help, carers,
tenants); `SERVICE` (an accountant, lawyer, adviser, builder: a firm like ours might be one)
needs "own", the client's word or the client's workplace. "Your old adviser was sacked" may be
about our own former colleague and stays flagged (`ours_maybe`). The words are tables in
`handoff.risk.rules.people`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from handoff.risk.core import fold
from handoff.risk.rules import people
from handoff.risk.rules.people import AMBIGUOUS
from handoff.risk.subject import PERSON_EN, WORD, first_names, names_in, to_client, word_sets


def _table(table: Mapping[str, Iterable[str]], lang: str) -> frozenset[str]:
    """The words of `table` in each language of `lang` ("en+pl": English and Polish)."""
    return frozenset(w for part in lang.split("+") for w in table.get(part, ()))


def _owner(words: list[str], i: int, lang: str, sentence: str) -> str:
    """Who owns the person `words[i]`: "client" (a bare "your" owns `STAFF`: staff, household
    help, carers, tenants; `SERVICE`, an accountant or adviser, needs "own", the client's word or
    workplace), "his" (a third person's: the client's if the client came before) or ""."""
    noun, clients, after = words[i], _table(people.CLIENT_NOUN, lang), words[i + 1 : i + 4]
    owners = _table(people.OWNER_AFTER, lang) | clients  # "kasir Ibu", "pracownik klienta"
    if set(after[:1]) & owners or after[:1] == ["of"] and clients & set(after):
        return "client"
    own, work, steps, j = False, False, _table(people.OWN, lang), i - 1
    while j >= 0 and i - j <= 3 and words[j] in people.STEP | steps | people.WORKPLACE_EN:
        own, work = own or words[j] in steps, work or words[j] in people.WORKPLACE_EN
        j -= 1
    owner = words[j] if j >= 0 else ""
    if owner in _table(people.OWNER_BEFORE, lang):
        return "client" if noun in _table(people.STAFF, lang) or own or work else ""
    if owner in _table(people.HIS, lang) or lang == "id" and noun.endswith("nya"):
        ambiguous = owner in AMBIGUOUS.get(lang, frozenset()) and to_client(sentence, lang)
        return "client" if own or ambiguous else "his"
    return "client" if owner.removesuffix("'s") in clients or own and "'" in owner else ""


def clients_own(
    text: str, start: int, end: int, lang: str, names: frozenset[str], sentence: tuple[int, int]
) -> bool:
    """`text[start:end]` (in `text[sentence[0]:sentence[1]]`) is about the client in a note
    (`CLIENT_NOUN`: "Client mentioned he's been signed off"; `_opened`: "Mrs Kemp says…"; a
    pronoun after is the client unless a name, a person not the client's, the other gender, the
    speaker or a question come between: "Client asked why he left") or about the client's own
    people (`_owner`, `STAFF`, `SERVICE`: "Client's accountant was struck off"). `ours_maybe`."""
    at = _back(folded := fold(text), sentence[0])  # "Klientka (p. Ostrowska) na zwolnieniu…"
    part, lang_own = folded[at : sentence[1]], lang.split("+")[-1]
    names = names | names_in(text[at : sentence[1]], lang_own)
    found = [(m.start(), m.group().replace("’", "'")) for m in WORD.finditer(part)]
    words = [w for _, w in found]
    first = next((i for i, (pos, _) in enumerate(found) if pos >= start - at), len(found))
    last = next((i for i, (pos, _) in enumerate(found) if pos >= end - at), len(found))
    clients = _table(people.CLIENT_NOUN, lang)
    persons = _table(people.STAFF, lang) | _table(people.SERVICE, lang)
    inside = [i for i in range(first, last) if words[i] in persons]  # "Pana zwolniony pracownik"
    if any(_owner(words, i, lang, part) == "client" for i in inside):
        return True
    gender = {k: v for p in lang.split("+") for k, v in people.GENDER.get(p, {}).items()}
    asked = [people.ASKED[p] for p in lang.split("+") if p in people.ASKED]
    opener = _opened(folded, at, part, lang_own)
    after = [(words[k - 1] if k else "", words[k]) for k in range(last, len(words))]
    if any(w in first_names(lang_own) or w in names and p in people.APPOSED for p, w in after):
        return False  # "…reclamar al Cesc", "…Mas Tegar": someone else is named after it
    genders: set[str] = set()
    passed, others = False, _table(people.OTHERS, lang)
    stop, asks = _table(people.SPEAKER, lang), _table(people.ASKS, lang)
    for i in range(first - 1, -1, -1):
        word, pos, stem = words[i], found[i][0], words[i].removesuffix("nya" * (lang == "id"))
        mine = word.removesuffix("'s") in clients and _the_client(part, found, i, lang, start - at)
        if mine or pos < opener:
            return True
        if stem in persons or word in others or (lang == "en" and PERSON_EN.fullmatch(word)):
            owner = _owner(words, i, lang, part) if stem in persons else ""
            if owner != "his":
                return owner == "client"
        elif word.removesuffix("'s") in names:  # "Klien kita, Bu Sari, bilang…": the client
            j = next((j for j in range(i - 1, -1, -1) if words[j] not in people.APPOSED), -1)
            pause = people.CLOSED.match(part, pos + len(word))  # "klien (Bu Ani) …"
            return j >= i - 4 and words[j] in clients and bool(pause)
        elif word in gender or word in word_sets(lang)[1]:
            if len((genders := genders | {gender.get(word, "")}) - {""}) > 1:
                return False
        elif word in stop or passed and word in asks or any(p.fullmatch(word) for p in asked):
            return False  # "I said he was sacked", "Client asked why he left"
        passed = passed or stem in persons or word in gender or word in word_sets(lang)[1]
    return opener >= 0


def _the_client(part: str, found: list[tuple[int, str]], i: int, lang: str, to: int) -> bool:
    """`found[i]` is the note's client: near its clause's start ("uang kembalian pelanggan" is
    the customer's), not some client (`SOME_CLIENT`), another or a heading ("Tel. client: …")."""
    before, pos = (found[i - 1][1] if i else ""), found[i][0]
    some = _table(people.SOME_CLIENT, lang) | people.OTHER_CLIENT
    if before in some or people.OTHER_CLIENT & {w for _, w in found[i + 1 : i + 4]}:
        return False
    opening = max((m.end() for m in people.NOTE_CLAUSE.finditer(part, 0, pos)), default=0)
    near = sum(1 for p, _ in found[:i] if p >= opening) <= (1 if lang == "id" else 3)
    return near and ":" not in part[pos:to]


def _opened(folded: str, at: int, part: str, lang: str) -> int:
    """Where `part` (at `folded[at:]`) named the client (`CLIENT_TELLS`, `NOTE_HEADING`), or -1."""
    tells, heading = people.CLIENT_TELLS.get(lang), people.NOTE_HEADING.get(lang)
    if match := tells and tells.search(part) or heading and heading.match(part):
        return match.end()
    before = folded[_back(folded, _before(folded, at)) : at]
    return 0 if heading and heading.fullmatch(before.strip()) else -1


def _before(folded: str, at: int) -> int:
    """Where the sentence holding `folded[at - 2]` starts: just past the last stop before it
    (`at` is just past a stop, or an abbreviation's dot, that ends the sentence after it)."""
    return max(folded.rfind(c, 0, at - 2) for c in ".!?\n") + 1


def _back(folded: str, at: int) -> int:  # the sentence's start, past abbreviations ("Tel. p.")
    while people.ABBREVIATION.search(folded, max(0, at - 8), at):
        at = _before(folded, at)
    return at


def ours_maybe(text: str, start: int, lang: str) -> bool:
    """Before `text[start:]`, one the client once had, maybe ours: "your old adviser was…"."""
    words = [m.group().replace("’", "'") for m in WORD.finditer(fold(text[:start]))][-4:]
    at_work = _table(people.SERVICE, lang) | _table(people.OTHERS, lang)
    for i in range(2, len(words)):
        known = words[i] in at_work or lang == "en" and re.fullmatch(people.PERSON_WORDS, words[i])
        once = words[i - 1] in people.STEP_OLD and words[i - 2] in _table(people.OWNER_BEFORE, lang)
        if known and once and not _owner(words, i, lang, ""):
            return True
    return False
