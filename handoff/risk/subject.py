"""Whom a sentence is about: the client, or the absent or departed person.

"Your wife is in hospital", "Skoro został Pan zwolniony…", "Karena Bapak kena PHK…" speak of
the client's own life; they say nothing about the colleague and are not a risk. A rule's finding
of a private kind (health, family, legal, a reason for leaving, an accusation, personnel
details) is set aside when the words it flags are governed by the client — a word of address
(you, your; Pan/Pani/Państwo; vostè, tu; Bapak/Ibu/Anda/kamu) shortly before them, or right
after the verb in the languages that put it there — and no word for a third person (he, she,
"our colleague", a name of the handoff) stands between. Everything else is left to the rules
and to the meaning check.

Polish drops the pronoun and gives Pan/Pani third-person verbs, so a few more signs are read
there: the case of the word of address (the client as a verb's subject, "stracił Pan pracę", or
as its object or victim, "podrobiła Pana podpis"), a relative named with no possessive ("Mąż
trafił do szpitala": the client's), a verb in the second person, a sentence opening with a
past-tense verb (a dropped third person: "Kradł materiały z Pana budowy"), and the client's own
name in the vocative ("Pani Wando,"), which is not a third person. Catalan and Indonesian have a
few of their own (a title without an article, a word of address called between commas, a
condition followed by a service), English too (wishes, "your wife … her job"). The words
themselves are tables in `handoff.risk.rules.people`; this module holds the reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from handoff.risk.core import fold
from handoff.risk.rules import people
from handoff.risk.rules.people import (
    ACCUSED,
    AMBIGUOUS,
    ARTICLES,
    CALLED,
    CLIENT,
    CLIENT_CLAUSE,
    FIRST_NAMES,
    HOMOGRAPHS,
    ILLNESS_NAMES,
    KIN,
    KIN_EN,
    KIN_OF,
    KIN_OPENER,
    NAME_HOMOGRAPHS,
    NAMES_IN_ENGLISH,
    NOT_NAMES,
    OF,
    PAST_VERB,
    PREPOSITIONS,
    SECOND_PERSON,
    SINGULAR_PAST,
    SUBJECT,
    TAKEOVER,
    THINGS,
    THIRD,
    TITLES,
    VOCATIVE,
    WISHES,
)

_PAUSE = re.compile(r"\s*[,.!?;:]")
_CLAUSE_STOP = re.compile(r"[.!?;:]")


def _kin_antecedent(words: list[tuple[int, str]], i: int, names: frozenset[str]) -> bool:
    """English: the third-person pronoun `words[i]` follows "your <relative>" in its sentence
    with no name between, so it is the client's relative."""
    for j in range(i - 1, max(0, i - 10) - 1, -1):
        word = words[j][1]
        if word in names:
            return False
        if word in KIN_EN and j and words[j - 1][1] in people.YOUR:
            return True
    return False


def _not_the_client(words: list[tuple[int, str]], i: int, third: frozenset[str]) -> bool:
    """English: the word of address `words[i]` does not make the passage the client's: "you",
    "your" after a third person's verb."""
    word = words[i][1]
    before = [w for _, w in words[max(0, i - 3) : i]]
    # "he overcharged you", "who had your file": a third person's verb comes first
    return word in people.OBJECT_YOU | people.YOUR and any(
        w in people.SUBJECT_EN or w in third for w in before[:-1]
    )


def _en_called(sentence: str, match: re.Match[str], lang: str) -> bool:
    """English: the word `match` is the client's name, or their title, called (`EN_CALLED`)."""
    if lang != "en":
        return False
    return any(
        m.start(1) <= match.start() < m.end(1) and m.group(1)[:1].isupper()
        for pattern in (people.EN_CALLED, people.EN_DEAR)
        for m in pattern.finditer(sentence)
    )


# English nouns for a person at work: a confirmed suspicion about one ("you were right to worry
# about the last technician") is about someone even with no name or pronoun in the sentence.
# "your own accountant", "your previous builder" are the client's own people, not ours.
PERSON_EN = re.compile(
    r"\b(?<!your )(?<!your own )(?<!your former )(?<!your previous )(?<!your old )"
    + people.PERSON_WORDS
)


def suspects_someone(sentence: str, lang: str, after: int = 0) -> bool:
    """English: the sentence names a person at work by a noun (`PERSON_EN`) after the position
    `after` (where the confirmed suspicion ends), so the suspicion is about someone, not about a
    thing (a quote, the paint). Catalan: the sentence names no thing or firm (`THINGS`)."""
    if lang in THINGS:  # Catalan: about someone unless it names a thing or a firm
        return not THINGS[lang].search(fold(sentence))
    return lang == "en" and bool(PERSON_EN.search(fold(sentence), after))


# Kinds of finding that are private to whoever they are about.
PRIVATE = frozenset({"health", "family", "legal", "reason", "accusation", "confidential"})
# Confirming a suspicion needs someone to be suspected: "you're right about the paint" is not.
NEEDS_PERSON = frozenset({"speculation"})

WORD = re.compile(r"[\w'’-]+")
BEFORE = 6  # words before the flagged ones in which a word of address governs them
AFTER = 2  # words after their first word (verb-first address: "stracił Pan pracę")


@cache
def word_sets(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of address to the client and the words of a third person, in `lang` and in
    English (an owner may write English into any client's text). `lang` "en+pl": English words
    found in a Polish text, read the English way but with the Polish words of address and third
    persons as well, less those an English word spells (`HOMOGRAPHS`: "was", "us", "on")."""
    if "+" in lang:
        base, other = lang.split("+", 1)
        own = CLIENT.get(other, frozenset()) - HOMOGRAPHS - AMBIGUOUS.get(other, frozenset())
        client = CLIENT[base] | own
        return client, THIRD[base] | (THIRD.get(other, frozenset()) - HOMOGRAPHS)
    return CLIENT.get(lang, CLIENT["en"]) | CLIENT["en"], THIRD.get(lang, THIRD["en"]) | THIRD["en"]


@cache
def first_names(lang: str) -> frozenset[str]:
    """The common first names of `lang` and of English (`FIRST_NAMES`) and, in English words
    (`lang` "en" or "en+pl"…), the other languages' names too (`NAMES_IN_ENGLISH`), less the
    names that are words of the text's language (`NAME_HOMOGRAPHS`: Catalan "jo", Indonesian
    "dan", English "Marina")."""
    own = lang.split("+")[-1]
    others = FIRST_NAMES["en"] - NAME_HOMOGRAPHS.get(own, frozenset())
    if lang.startswith("en"):
        words = NAME_HOMOGRAPHS["en"] | NAME_HOMOGRAPHS.get(own, frozenset())
        others |= NAMES_IN_ENGLISH - words
    return FIRST_NAMES.get(own, frozenset()) | others


def about_client(
    folded: str,
    start: int,
    end: int,
    lang: str,
    names: frozenset[str],
    third_in_sentence: bool = False,
    accused: bool = False,
) -> bool:
    """True when the words `folded[start:end]` are governed by a word of address to the client.

    `folded` is the folded text (see `handoff.risk.fold`); `names` the folded first words of
    the people of the handoff, which count as third persons. `third_in_sentence`: the sentence
    names a third person, so an ambiguous possessive (Catalan "seva") is theirs. `accused`: the
    words are an accusation, which only its subject governs (`ACCUSED`): the client it names as
    an object or an owner is its victim.
    """
    client, pronouns = word_sets(lang)
    if third_in_sentence:
        client = client - AMBIGUOUS.get(lang, frozenset())
    if accused and lang in ACCUSED:
        client = client & ACCUSED[lang]
    third = pronouns | names
    words = [(m.start(), m.group().replace("’", "'")) for m in WORD.finditer(folded)]
    first = next((i for i, (pos, _) in enumerate(words) if pos >= start), len(words))
    last = next((i for i, (pos, _) in enumerate(words) if pos >= end), len(words))
    inside = {w for _, w in words[first:last]}
    # A capitalised flagged word ("Polsek", "Covid") is read as a name: only a pronoun inside
    # the flagged words makes them a third person's (in English, unless "your wife" said it).
    if inside & pronouns:
        return lang == "en" and _kin_antecedent(words, first, names)
    if lang in CALLED:
        return _about_client_called(folded, words, first, last, lang, client, third)
    # Where a verb in the singular comes first ("stracił Pan pracę"), only a word of address
    # that can be its subject governs it: "podrobiła Pana podpis" is about the one who forged it.
    singular = SINGULAR_PAST.get(lang)
    one = first < len(words) and singular is not None and singular.fullmatch(words[first][1])
    subject = SUBJECT.get(lang, client)
    governs = subject if one else client
    second = SECOND_PERSON.get(lang)
    if second is not None and any(second.fullmatch(w) for _, w in words[first:last]):
        return True
    kin = KIN.get(lang, frozenset())
    prepositions = PREPOSITIONS.get(lang, frozenset())
    # Backwards from the flagged words: the first word of address wins, a third person loses.
    for i in range(first - 1, max(0, first - BEFORE) - 1, -1):
        word = words[i][1]
        before = words[i - 1][1] if i else ""
        if _among(word, third):
            return lang == "en" and word in pronouns and _kin_antecedent(words, i, names)
        if lang == "en" and _not_the_client(words, i, third):
            continue
        if word in kin:
            if _among(before, third):
                return False
            if _among(before, client) or _kin_is_clients(folded, words, i, lang):
                return True
            continue
        if _among(word, client):
            if before in prepositions and word not in subject:
                continue  # "z Pana budowy", "od Pani": a place or a source
            return True
        if second is not None and second.fullmatch(word):
            return True
    if last < len(words) and words[last][1] in KIN_OF.get(lang, frozenset()):
        start_of, _end = _sentence_at(folded, start)
        opening = WORD.search(folded, start_of)
        verb = PAST_VERB.get(lang)
        if not (opening and verb and verb.fullmatch(_unfold(opening.group()))):
            return True
    if any(_among(w, governs) for _, w in words[first + 1 : min(last, first + 1 + AFTER)]):
        return True
    # Catalan names the possessor after the thing: "l'embaràs de la seva dona".
    if (
        last < len(words)
        and words[last][1] in OF.get(lang, ())
        and any(_among(w, client) for _, w in words[last + 1 : last + 3])
    ):
        return True
    if lang not in SUBJECT:  # right after them, in the same clause ("… de baixa; vostè …" is not)
        return any(
            _among(w, client) and not _CLAUSE_STOP.search(folded, end, pos)
            for pos, w in words[last : last + AFTER]
            if lang != "en"
        )
    # Right after the flagged words ("stracił Pan pracę"), unless a third person comes first or
    # the word of address is a title before a name ("z panią Renatą").
    after = [w for _, w in words[last : last + AFTER + 1]]
    for i, word in enumerate(after[:AFTER]):
        if _among(word, third):
            return False
        if _among(word, governs):
            return i + 1 >= len(after) or not _among(after[i + 1], third)
    return False


def _called(folded: str, words: list[tuple[int, str]], i: int) -> bool:
    """The word of address `words[i]` calls the client: a comma or a stop right after it."""
    pos, word = words[i]
    return bool(_PAUSE.match(folded, pos + len(word)))


def _about_client_called(
    folded: str,
    words: list[tuple[int, str]],
    first: int,
    last: int,
    lang: str,
    client: frozenset[str],
    third: frozenset[str],
) -> bool:
    """`about_client` in a language that calls the client with a comma (`CALLED`). Right after
    the flagged words, with no pause between, a pronoun is their owner or object
    ("memberhentikan dia") and a word of address inside the clause their owner ("perkara Bapak
    ditangani…"; after a verb it is the victim, "menipu Bapak", and at a clause's end a call,
    "resign kak,": the subject is looked for before). Otherwise the nearest
    word of address before them governs them unless a third person stands between, or it is a
    call in a sentence that speaks of a third person ("Pak, kami memberhentikan dia")."""

    def owner(i: int) -> bool:  # a word of address not a title before a name
        return i + 1 >= len(words) or not _among(words[i + 1][1], third)

    def attached(i: int) -> bool:  # no pause between words[i - 1] and words[i]
        pos, word = words[i - 1]
        return i < len(words) and not _PAUSE.match(folded, pos + len(word))

    if first < last < len(words) and attached(last):
        word = words[last][1]
        if _among(word, THIRD[lang]):
            return False
        verb = people.VERB.get(lang)
        possessor = last + 1 < len(words) and attached(last + 1) and owner(last)
        if _among(word, client) and possessor and not (verb and verb.match(words[first][1])):
            return True
    for i in range(first + 1, min(last, first + 1 + AFTER)):
        if _among(words[i][1], client) and owner(i):
            return True
    start_of, end_of = _sentence_at(folded, words[first][0] if first < len(words) else len(folded))
    someone = any(start_of <= p < end_of and _among(w, third) for p, w in words)
    # "saksi soal dia", "keterangan tentang dia": the matter is the third person's.
    for i in range(last, min(len(words) - 1, last + AFTER)):
        if words[i][1] in people.ABOUT and _among(words[i + 1][1], third):
            return False
    for i in range(first - 1, max(0, first - BEFORE) - 1, -1):
        word = words[i][1]
        if _among(word, third):
            return False
        if someone and not attached(i + 1):
            return False  # a client in an earlier clause ("Kalau Ibu bersedia, …") governs nothing
        if _among(word, client):
            if someone and _called(folded, words, i):
                continue
            return True
    for i in range(last, min(len(words), last + AFTER)):
        if not attached(i):
            return False
        word = words[i][1]
        if _among(word, third):
            return False
        if _among(word, client):
            return owner(i)
    return False


def _unfold(word: str) -> str:
    """Enough of a folded word's spelling for `PAST_VERB`: its "l" may have been "ł"."""
    if word.endswith("l"):
        return word[:-1] + "ł"
    return word[:-2] + "ła" if word.endswith("la") else word


_STOPS = ".!?;:\n"


def _sentence_at(folded: str, pos: int) -> tuple[int, int]:
    """(start, end) of the clause of `folded` around position `pos`, between stops (`_STOPS`)."""
    start = max(folded.rfind(c, 0, pos) for c in _STOPS) + 1
    ends = [e for e in (folded.find(c, pos) for c in _STOPS) if e >= 0]
    return start, min(ends) if ends else len(folded)


def _kin_is_clients(folded: str, words: list[tuple[int, str]], i: int, lang: str) -> bool:
    """The relative `words[i]` opens its sentence (after one word at most: "Skoro mąż…") or
    the sentence speaks to the client."""
    start, end = _sentence_at(folded, words[i][0])
    opening = sum(1 for p, _ in words[:i] if p >= start)
    opener = KIN_OPENER.get(lang)
    after_opener = opener is not None and opener.search(folded, start, words[i][0]) is not None
    return opening <= 1 or after_opener or to_client(folded[start:end], lang)


def _among(word: str, group: frozenset[str]) -> bool:
    """The word, or a part of it an apostrophe elides ("t'han": t, han; "d'ell": ell), is in
    the group."""
    return word in group or ("'" in word and any(p in group for p in word.split("'") if p))


ME = frozenset({"I", "I'm", "I've", "I'll", "I'd", "I’m", "I’ve", "I’ll", "I’d"})
# A name inside a word: an English possessive or "is" ("Maya's on sick leave") and a Catalan
# elided article or preposition ("l'Anna", "d'Arnau") around it.
_NAME_IN = re.compile(r"(?:[ldnsLDNS]['’])?(?P<name>[^\W\d_][\w-]*?)(?:['’]s)?")


def not_a_name(word: str, lang: str) -> bool:
    """The folded capitalised `word` names no person: an illness named after someone in any
    language (`ILLNESS_NAMES`), a police force, feast or office of `lang` (`NOT_NAMES`)."""
    return word in ILLNESS_NAMES or word in NOT_NAMES.get(lang.split("+")[-1], frozenset())


def name_part(raw: str) -> str:
    """The part of the word `raw` that may be a name: "Maya's" → "Maya", "l'Anna" → "Anna"."""
    match = _NAME_IN.fullmatch(raw)
    return match.group("name") if match else raw


def _titled(words: list[str], i: int, lang: str) -> bool:
    """True when the folded word `words[i]` is a title said to the client, or a name after
    one (`TITLES`)."""
    titles = TITLES.get(lang)
    if not titles:
        return False
    for j in range(i, max(-1, i - 3), -1):
        if words[j] in titles:
            return not (j and words[j - 1].split("'")[-1] in ARTICLES[lang])
    return False


def no_third_person(
    sentence: str, folded: str, lang: str, names: frozenset[str], nouns: bool = True
) -> bool:
    """True when the sentence names no third person: no he/she/they, no "our colleague", no
    name of the handoff, no capitalised word inside it (a name the checker does not know), no
    common first name at its start, and (Polish) no verb opening it whose subject can only be
    someone dropped ("Podrobiła Pana podpis"). `nouns`: English nouns for a person at work
    count as a third person too."""
    _client, third = word_sets(lang)
    third = third | names
    words = [m.group().replace("’", "'") for m in WORD.finditer(folded)]
    if any(w in third for w in words):
        return False
    # English: a person at work ("the rep who had your file"), not the client's own ("your
    # therapist", "your old plumber": `PERSON_EN`)
    if nouns and lang == "en" and PERSON_EN.search(folded):
        return False
    if next(_names(sentence, lang, strict=False), None) is not None:
        return False
    return not _dropped_subject(sentence, words, lang)


def _speaker_or_client(
    sentence: str,
    match: re.Match[str],
    words: list[str],
    i: int,
    previous: str,
    word: str,
    lang: str,
) -> bool:
    """The capitalised word `match` (the `i`th of the sentence, folded `word`, after folded
    `previous`) names nobody else: it is the speaker ("I"), or the client called by name or
    title ("Pani Wando", "Bon dia, senyora Font", "Pak Hamzah,", ", Brenda,")."""
    return (
        match.group() in ME
        or _vocative(previous, word, lang)
        or _titled(words, i, lang)
        or _called_name(sentence, match, previous, lang)
        or _en_called(sentence, match, lang)
        or _ca_called(sentence, match, previous, lang)
    )


# Catalan puts an article before a name it speaks of ("la Laia", "en Jordi"): a name with none,
# set off by a comma and closing the clause ("Enhorabona per l'embaràs, Neus!", "…amb la quimio,
# Jaume;") or after a greeting ("Hola Laia!"), calls the client.
_CA_GREETING = frozenset(
    ["hola", "dia", "tarda", "nit", "estimat", "estimada", "benvolgut", "benvolguda"]
)
_CA_CALLED = re.compile(r",\s*$")
_CA_CLOSES = re.compile(r"\s*(?:[.!?;]|$)")


def _ca_called(sentence: str, match: re.Match[str], previous: str, lang: str) -> bool:
    """Catalan: the capitalised word `match` is the client's name called (`_CA_CALLED`)."""
    if lang != "ca" or previous in ARTICLES["ca"]:
        return False
    if previous in _CA_GREETING:
        return True
    return bool(
        _CA_CALLED.search(sentence, 0, match.start()) and _CA_CLOSES.match(sentence, match.end())
    )


def _vocative(previous: str, word: str, lang: str) -> bool:
    """`word` is the client's name called after a word of address ("Panie Marku", "Pani
    Wando")."""
    after_any, after_some, endings = VOCATIVE.get(lang, (frozenset(), frozenset(), ()))
    return previous in after_any or (previous in after_some and word.endswith(endings))


def _called_name(sentence: str, match: re.Match[str], previous: str, lang: str) -> bool:
    """The word `match` is the client's name called after a title ("Pak Hamzah, semoga…",
    "Terima kasih, Bu Ratna."): `CALLED`."""
    if previous not in CALLED.get(lang, frozenset()) or not _PAUSE.match(sentence, match.end()):
        return False
    return bool(_OPENS.search(sentence, 0, match.start()))


# Where a title stands that calls the client: at the start of a sentence or after a pause.
_OPENS = re.compile(r"(?:^|[,.!?;:])\s*[\w'’-]+\s+$")


def _dropped_subject(sentence: str, words: list[str], lang: str) -> bool:
    """The sentence opens with a verb in the past tense and has no word of address that could
    be its subject (`PAST_VERB`)."""
    verb = PAST_VERB.get(lang)
    opening = WORD.search(sentence)
    if verb is None or opening is None or not verb.fullmatch(opening.group().lower()):
        return False
    subject = SUBJECT.get(lang, frozenset())
    prepositions = PREPOSITIONS.get(lang, frozenset())
    second = SECOND_PERSON.get(lang)
    for i, word in enumerate(words):
        if word in subject and not (i and words[i - 1] in prepositions):
            return False
        if second is not None and second.fullmatch(word):
            return False
    return True


def names_in(sentence: str, lang: str) -> frozenset[str]:
    """The folded names `sentence` holds: capitalised words inside it (a word of address, "I",
    an acronym such as "PHK" and the client's name called after a word of address excepted)
    and common first names at its start."""
    return frozenset(_names(sentence, lang, strict=True))


def _names(sentence: str, lang: str, strict: bool) -> Iterator[str]:
    """The folded names of `sentence`, as `names_in` reads them (`strict`) or as
    `no_third_person` does: there a common first name counts even when it is also a word of
    address, and English days and months ("Monday", "March") are no names."""
    client = word_sets(lang)[0]
    first = first_names(lang)
    previous = ""
    words = [fold(m.group()).replace("’", "'") for m in WORD.finditer(sentence)]
    for i, match in enumerate(WORD.finditer(sentence)):
        raw = name_part(match.group())
        word = fold(raw)
        # "IVF", "GP", "PHK", "l'IVA": no name
        acronym = (len(raw) > 1 and raw.isupper()) or (
            not strict and lang == "en" and word in people.CALENDAR_EN
        )
        placed = (i and word not in client) or word in first
        if (
            raw[:1].isupper()
            and not acronym
            and (placed and (not strict or word not in client))
            and not not_a_name(word, lang)
            and not _speaker_or_client(sentence, match, words, i, previous, word, lang)
        ):
            yield word
        previous = word


def to_client(folded: str, lang: str) -> bool:
    """True when the sentence addresses the client (a word of address, a wish, or a condition
    followed by a service, `CLIENT_CLAUSE`). An ambiguous possessive (Catalan "seva": your, or
    his, her) does not make the whole sentence the client's: `about_client` weighs it where it
    stands ("la seva dona és a l'hospital", but not "el van despatxar, així que acabo jo la
    seva obra")."""
    client, _third = word_sets(lang)
    client = client - AMBIGUOUS.get(lang, frozenset())
    words = {m.group().replace("’", "'") for m in WORD.finditer(folded)}
    if words & client:
        return True
    clause = CLIENT_CLAUSE.get(lang)
    takeover = TAKEOVER.get(lang)
    if (
        clause is not None
        and clause.search(folded.replace("’", "'"))
        and not (takeover is not None and takeover.search(folded))
    ):
        return True
    # a wish in the text's language counts where English words were found ("en+pl")
    own = lang.split("+")[-1]
    return any(w in folded for w in WISHES.get(own, ()) + WISHES["en"])


def third_person_word(sentence: str, lang: str) -> bool:
    """The sentence holds a word for a third person ("ella", "el nostre company")."""
    _client, third = word_sets(lang)
    return any(m.group().replace("’", "'") in third for m in WORD.finditer(fold(sentence)))
