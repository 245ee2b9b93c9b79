"""The words that tell whom a sentence is about, per language: words of address to the client,
words for a third person, common first names, wishes, and the forms Polish, Catalan and
Indonesian mark the client with. `handoff.risk.subject` reads them; like the rule tables beside
this module, they are data, grown as the corpus shows what people write.
"""

from __future__ import annotations

import re

# Folded (lower case, no diacritics) words of address to the client, per language.
CLIENT: dict[str, frozenset[str]] = {
    "en": frozenset(
        ["you", "your", "yours", "you're", "you've", "you'd", "yourself", "yourselves", "ur"]
    ),
    "pl": frozenset(
        [
            "pan",
            "pana",
            "panu",
            "panem",
            "pani",
            "pania",
            "panie",
            "panstwo",
            "panstwa",
            "panstwu",
            "panstwem",
            "panski",
            "panska",
            "panskie",
            "panskiego",
            "panskim",
            "panskiej",
            "ty",
            "cie",
            "ciebie",
            "ci",
            "tobie",
            "toba",
            "twoj",
            "twoja",
            "twoje",
            "twojego",
            "twojej",
            "twoim",
            "wy",
            "was",
            "wam",
            "wasz",
            "wasza",
            "wasze",
            "waszej",
            "waszego",
            "waszym",
            "wami",
            "twoich",
        ]
    ),
    # "seu, seva" is also "his, her"; said to a client addressed as vostè it is "your".
    "ca": frozenset(
        [
            "voste",
            "vostes",
            "tu",
            "et",
            "t",
            # not "te": folded, "té" (has) is spelled so, and "té una depressió" is no address
            "teu",
            # second-person verbs: "si ets a urgències amb la nena"
            "ets",
            "estas",
            "tens",
            "teva",
            "teus",
            "teves",
            "vosaltres",
            "us",
            "vostre",
            "vostra",
            "seu",
            "seva",
            "seus",
            "seves",
            # Valencian and Balearic forms
            "seua",
            "seues",
            "teua",
            "teues",
            # "has plegat", "has perdut": you have
            "has",
        ]
    ),
    "id": frozenset(
        [
            "bapak",
            "ibu",
            "pak",
            "bu",
            "anda",
            "kamu",
            "kau",
            "engkau",
            "saudara",
            "bapak-ibu",
            "ibunda-bapak",
            # Everyday address: to an older or younger customer, in Jakarta talk, in Javanese.
            "kak",
            "kakak",
            "mas",
            "mbak",
            "mba",
            "bang",
            "abang",
            "om",
            "tante",
            "bro",
            "sis",
            "lo",
            "lu",
            "elo",
            "elu",
            "ente",
            "sampeyan",
            "panjenengan",
            "njenengan",
        ]
    ),
}


# Words that put a third person in the sentence: he, she, they, our colleague.
THIRD: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "he",
            "she",
            "him",
            "his",
            "her",
            "hers",
            "they",
            "them",
            "their",
            "he's",
            "she's",
            "they're",
        ]
    ),
    "pl": frozenset(
        [
            "on",
            "ona",
            "oni",
            "one",
            "jego",
            "jej",
            "go",
            "mu",
            "niego",
            "niej",
            "nim",
            "nia",
            "jemu",
            "ich",
            "im",
            "nimi",
            "kolega",
            "kolezanka",
            "pracownik",
            "pracownica",
        ]
    ),
    "ca": frozenset(
        [
            "ell",
            "ella",
            "ells",
            "elles",
            "company",
            "companya",
            "companys",
            "companyes",
            "treballador",
            "treballadora",
        ]
    ),
    # "beliau" is the respectful he/she; "orangnya", the person in question.
    "id": frozenset(
        ["dia", "ia", "mereka", "rekan", "karyawan", "karyawati", "beliau", "orangnya"]
    ),
}


# Common first names (folded), read as a third person even at the start of a sentence, where
# a capital says nothing: "Tomek nie pracuje już u nas", "Maya's on sick leave" speak of
# someone. A few hundred of the names most given in each country (with the English names in
# every language: firms employ people of every origin), not the names of the corpus: the
# checker meets names it was never shown.
_FIRST_NAMES: dict[str, str] = {
    "en": "aaron adam adrian aidan aisha alan alex alexander ali alice alison amanda amelia "
    "amit amy andrew andy angela anil anjali ann anna anne annie anthony arjun arthur ashley "
    "barbara becky ben beth bethany bobby brad brandon brenda brian bridget callum cameron "
    "carl carlos caroline catherine charlie charlotte chen chidi chloe chris christine "
    "claire colin connor craig dan daniel danny darren dave david dean debbie declan "
    "deepak denise derek diana donna doug dylan eddie edward eleanor elizabeth ellie emeka "
    "emily emma eric ethan fatima femi fiona fraser freddie gareth gary gavin gemma george "
    "georgia gordon graham greg hannah harriet harry hassan heather helen ian isaac isabel "
    "jack jackie jade jake james jamie jane janet jasmine jason jeff jennifer jenny jeremy "
    "jess jessica jim jimmy jo joan joe joel john jon jonathan jordan joseph josh joshua "
    "julia julie justin karen kate katie keith kelly kerry kevin kieran kirsty kofi kwame "
    "laura lauren leah leo leon liam linda lisa liz lorna louise lucas lucy luke lydia "
    "marcus maria martin mary matt matthew maya megan melissa michael michelle mike "
    "mohammed muhammad nadia naomi natalie nathan neha neil ngozi niamh nick nicola nicole "
    "noah oliver olivia omar oscar owen pamela patrick paul paula pete peter phil philip "
    "pooja priya rachel rahul raj ravi rebecca rhys richard ricky rita rob robert robin "
    "ross ruby ruth ryan sally sam sandra sanjay sarah sean shane sharon shaun simon "
    "sinead sonia sophie stacey stephen steve stuart sunil susan tanya tara tariq theo "
    "thomas tim tina toby tom tommy tony tracy tunde vanessa vicky victoria vikram wayne "
    "zainab zoe",
    "pl": "adam adrian agata agnieszka aleksander aleksandra alicja andrzej ania anna antoni "
    "arek artur asia barbara bartek bartosz basia beata bogdan bozena damian daniel danuta "
    "darek dariusz dawid dominik dorota edyta ela elzbieta emilia ewa ewelina filip gosia "
    "grazyna grzegorz grzesiek halina hania hanna igor irena iwona iza izabela jacek "
    "jadwiga jakub jan janek janusz jarek jaroslaw jerzy joanna jola jolanta julia julka "
    "justyna kacper kamil kamila karol karolina kasia katarzyna kinga konrad krystyna "
    "krzysiek krzysztof kuba lena leszek lucyna lukasz maciej maciek magda magdalena "
    "malgorzata malgosia marcin marek maria mariusz marta marzena mateusz michal mikolaj "
    "milena monika natalia natalka nina ola oliwia patrycja paulina pawel piotr piotrek "
    "przemek radek rafal renata robert roman sebastian slawek staszek stefan sylwia szymon "
    "tadeusz teresa tomasz tomek ula urszula wanda weronika wiesiek wiktor wiola witek "
    "wojciech wojtek zbigniew zbyszek zosia zuzanna zuzia",
    "ca": "adria agusti aina aitana alba albert aleix alex alfons alicia amparo andreu angel "
    "angels anna antoni antonia arnau bernat berta biel carla carles carlota carme cesc "
    "clara cristina dani daniel david elena elisabet eloi emma enric ester eulalia eva "
    "ferran francesc gemma gerard guillem hector helena irene isabel ivan jan jaume joan "
    "joana jordi josep julia laia laura lluc llucia lluis manel marc marcel margarida "
    "maria marina marta merce miquel mireia montse neus nil nuria oriol paula pep pere "
    "pilar pol queralt quim rafel ramon raquel ricard rita robert roger roser rut salvador "
    "sandra sergi silvia sonia teresa tomas toni txell vicent victor xavi xavier ximo",
    "id": "adi agus ahmad aldi andi angga anisa anita arief arif asep aulia ayu bambang bayu "
    "budi cahyo citra dani danu dedi dewi dian dimas dina doni eka eko endang erik fajar "
    "farah fauzi febri fitri gilang hadi hana hendra heri hesti ika ilham indra intan "
    "irfan iwan joko kadek kartika ketut komang lestari lia lina linda lukman maya mega "
    "nanda nia nina novi nur nurul nyoman oki prasetyo putu rahmat raka rama rangga ratna "
    "reza rian rina rini riski rizky rudi ruslan sandi sari siti slamet sri surya susi "
    "syahrul taufik teguh tika tono udin vina wahyu wati wayan weni widya wulan yanti yogi "
    "yudi yuli yusuf zainal",
}
# Capitalised words that name no one in any language: illnesses named after a person
# ("Alzheimer's", "l'Alzheimer", "Parkinsona"), folded, with their common case forms.
ILLNESS_NAMES = frozenset(
    [
        "alzheimer",
        "alzheimera",
        "parkinson",
        "parkinsona",
        "crohn",
        "crohna",
        "asperger",
        "aspergera",
        "hodgkin",
        "tourette",
        "huntington",
        "huntingtona",
        "lyme",
        "down",
        "downa",
    ]
)


# Names of another language that are common words of this one, never read as names in it:
# Polish "sam" (himself), "pol" (half), "raka" (cancer), "rama" (frame), "lina" (rope);
# Catalan "jo" (I), "ben" (well), "rama" (branch), "nina" (doll), "dina" (has lunch); Indonesian
# "dan" (and), "tanya" (ask), "tim" (team), "derek" (a tow truck), "pilar" (pillar), "roman"
# (novel); English "angel", "marina", "nil", "pep", "asia" (the Catalan, Polish and Indonesian
# names an English text may name).
NAME_HOMOGRAPHS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "angel",
            "angels",
            "roman",
            "marina",
            "nil",
            "pep",
            "rut",
            "ester",
            "mega",
            "sari",
            "asia",
            "hector",
        ]
    ),
    "pl": frozenset(["sam", "pol", "raka", "rama", "lina", "toni", "biel"]),
    "ca": frozenset(["jo", "ben", "rama", "nina", "dina", "lia"]),
    "id": frozenset(["dan", "tanya", "tim", "derek", "pilar", "roman"]),
}


def _polish_cases(name: str) -> set[str]:
    """The forms a Polish first name takes at the start of a sentence besides the nominative
    (folded): "Tomka zwolnili", "Kasi nie ma", "Annę przenieśliśmy"."""
    if name.endswith("ia"):  # Kasia: Kasi, Kasię
        return {name[:-1], name[:-1] + "e"}
    if name.endswith("a"):  # Anna: Anny, Annę; Kuba: Kuby, Kubę; Alicja: Alicji
        stem = name[:-1]
        return {stem + ("i" if stem[-1:] in "kglj" else "y"), stem + "e"}
    if name.endswith("iek"):  # Krzysiek: Krzyśka (folded krzyska), Maciek: Maćka
        stem = name[:-3] + "k"
        return {stem + "a", stem + "owi"}
    if name.endswith("ek"):  # Tomek: Tomka, Tomkowi, Tomkiem
        stem = name[:-2] + "k"
        return {stem + "a", stem + "owi", stem + "iem"}
    if name.endswith("el"):  # Paweł: Pawła
        return {name[:-2] + "la", name[:-2] + "lowi"}
    if name[-1:] not in "aeiouy":  # Piotr: Piotra, Piotrowi, Piotrem
        return {name + "a", name + "owi", name + "em"}
    return set()


FIRST_NAMES: dict[str, frozenset[str]] = {
    lang: frozenset(names.split())
    | (
        frozenset(form for name in names.split() for form in _polish_cases(name))
        if lang == "pl"
        else frozenset()
    )
    for lang, names in _FIRST_NAMES.items()
}
# A Polish case form that is a common word: "Ani słowa" (not a word), not Ania.
FIRST_NAMES["pl"] -= {"ani"}
# English text names colleagues from the other three countries too ("Marta was fired, so I
# handle the hotel now"), whichever language the client speaks: their common names as written.
NAMES_IN_ENGLISH = frozenset(
    name for lang in ("pl", "ca", "id") for name in _FIRST_NAMES[lang].split()
)


# Catalan "seu, seva" is "your" said to a client addressed as vostè, and "his, her" too: it
# governs a finding as the client's only when the sentence names no third person.
AMBIGUOUS: dict[str, frozenset[str]] = {
    "ca": frozenset(["seu", "seva", "seus", "seves", "seua", "seues"])
}


# Polish words of address that can be a verb's subject ("stracił Pan pracę", "jest Pani po
# operacji"). The other forms make the client an object, a victim or a place ("podrobił Pana
# podpis", "zawyżył Panu fakturę"): they do not govern the verb next to them.
SUBJECT: dict[str, frozenset[str]] = {
    "pl": frozenset(["pan", "pani", "panstwo", "panie", "ty", "wy"])
}


# Prepositions that make a word of address a place or a source ("z Pana budowy", "od Pani"):
# the client is then not whom the passage is about.
PREPOSITIONS: dict[str, frozenset[str]] = {
    "pl": frozenset(
        ["z", "ze", "u", "od", "do", "dla", "o", "przy", "na", "w", "we", "po", "za", "przez"]
        + ["nad", "pod", "przed"]
    )
}


# Verbs in the second person ("jesteś", "byłaś", "spodziewacie się", "masz"): the client, in a
# language that drops the pronoun (folded spelling).
SECOND_PERSON: dict[str, re.Pattern[str]] = {
    "pl": re.compile(
        r"jestes|jestescie|masz|macie|\w{2,}(?:les|las|liscie|lyscie)|\w{3,}(?:asz|esz|isz|ysz)"
        r"|\w{2,}(?<!t)acie|\w*(?:moz|chc|dzi|uj|ij)ecie"
    )
}


# A relative or a pet named with no possessive ("Mąż trafił do szpitala", "Skoro córka jest w
# ciąży"): in Polish that is the relative of whoever the sentence speaks to, so the client's own
# when the sentence addresses the client or opens with it; "jej mąż", "mąż Kasi" are a third
# person's. Nominative forms only: the relative as the subject of what is flagged.
KIN: dict[str, frozenset[str]] = {
    "pl": frozenset(
        ["maz", "zona", "syn", "corka", "synek", "coreczka", "dziecko", "dzieci", "maluch"]
        + ["mama", "mamusia", "tata", "matka", "ojciec", "rodzice", "babcia", "dziadek", "wnuk"]
        + ["wnuczek", "wnuczka", "siostra", "brat", "tesciowa", "tesc", "narzeczony"]
        + ["narzeczona", "pies", "piesek", "kot", "kotek"]
    )
}


# What opens a clause about the client's relative with no possessive: sympathy, or what we
# heard or understand of them ("Przykro mi, że mąż trafił do szpitala", "Rozumiem, że siostra
# prowadzi sprawę o odszkodowanie"), the relative right after it (folded). Written from the
# train split's false alarms.
KIN_OPENER: dict[str, re.Pattern[str]] = {
    "pl": re.compile(
        r"(?:przykro (?:mi|nam)|szkoda|wspolczuj\w*|slyszal\w*|rozumiem|wiem|ciesz\w* sie"
        r"|cieszymy sie),?\s+ze\s+$"
    )
}


# The same relatives in the genitive that only the genitive spells ("o chorobie córki", "ciąża
# żony"): right after the flagged words, the client's own relative unless the sentence opens
# with a verb whose dropped subject is their owner ("Wzięła wolne z powodu choroby córki").
KIN_OF: dict[str, frozenset[str]] = {
    "pl": frozenset(
        ["corki", "coreczki", "zony", "matki", "mamusi", "babci", "siostry", "tesciowej"]
        + ["wnuczki", "dziecka", "cioci"]
    )
}


# A past-tense verb in the singular, folded ("podrobiła", "okłamał"): one person did it. Right
# before a word of address it makes the client the object, not the one the passage is about;
# the plural is the impersonal "they" ("zwolnili Pana": you were fired).
SINGULAR_PAST: dict[str, re.Pattern[str]] = {"pl": re.compile(r"\w{2,}(?:l|la)")}


# A Polish sentence that opens with a verb in the past tense ("Podrobiła Pana podpis",
# "Kradł materiały z Pana budowy") has a subject the language drops: with no word of address
# that could be that subject, it is a third person.
PAST_VERB: dict[str, re.Pattern[str]] = {
    "pl": re.compile(
        r"(?!(?:materiał|dział|udział|kanał|sygnał|upał|zapał|szał|ideał|kapitał|potencjał"
        r"|rytuał|orzeł|węzeł|siła|siły|żyła|żyły|mogiła|skała|skały|soli|woli|roli|oli|doli"
        r"|jeśli|jeżeli|jesli|jezeli|czyli)$)"
        r"\w{2,}(?<!o)(?:ł|ła|li|ły)"
    )
}


# Capitalised words after these are the client's name in the vocative ("Panie Marku", "Pani
# Wando", "pani Kasiu"), not a third person: after "panie" any name, after "pani" a name ending
# as only a vocative does.
VOCATIVE: dict[str, tuple[frozenset[str], frozenset[str], tuple[str, ...]]] = {
    "pl": (frozenset(["panie"]), frozenset(["pani"]), ("o", "u"))
}


# Languages that set a word of address apart with a comma when it calls the client ("Pak, kami
# memberhentikan dia", "Udah didepak, Bu."): a word of address so called governs nothing, and a
# title with a capitalised name so called ("Pak Hamzah, semoga lekas sembuh") is the client's
# name, not a third person. Without a comma, a title before a name ("Bu Rosa") is a third
# person's, and a word of address right after the flagged words is their owner ("perkara
# Bapak", "anak Ibu"), unless a name follows it. In a sentence that speaks of a third person, a
# word of address in an earlier clause governs nothing ("Kalau Ibu bersedia, kuasa hukum…").
CALLED: dict[str, frozenset[str]] = {
    "id": frozenset(
        ["bapak", "ibu", "pak", "bu", "mas", "mbak", "mba", "kak", "kakak", "bang", "abang"]
        + ["om", "tante", "saudara", "dik", "adik", "teh", "aa"]
    )
}


# What one says to the client about the client's own life: congratulations, condolences.
WISHES: dict[str, tuple[str, ...]] = {
    "en": (
        "congratulations",
        "congrats",
        "best wishes",
        "condolences",
        "get well",
        "sorry to hear",
        "sorry for your loss",
        "good luck with",
        "all the best with",
        "hope the ",
        "hope your ",
        "hope you ",
    ),
    "pl": (
        "gratul",
        "kondolencj",
        "wszystkiego najlepszego",
        "zdrowia zycze",
        "trzymam kciuki",
        "zycze",
        "zyczymy",
        "zyczenia",
        "wspolczu",
        "przykro mi z powodu",
        "przykro nam z powodu",
        "mi przykro z powodu",
        "nam przykro z powodu",
        "trzymamy kciuki",
    ),
    # Sympathy and good wishes are said about the client's own news ("em sap greu que l'hagin
    # acomiadat"), not about a colleague.
    "ca": (
        "felicitats",
        "condol",
        "que es millori",
        "molts anims",
        "enhorabona",
        "em sap greu que",
        "ens sap greu que",
        "em sap greu el",
        "em sap greu la",
        "em sap greu l'",
        "em sap molt de greu",
        "sento molt que",
        "sento molt el",
        "sento moltissim",
        "lamento que",
        "lamento molt",
        "lamentem molt",
        "lamentem que",
        "lamentem la",
        "lamentem el",
        "lamento la",
        "lamento el",
        "sento molt la",
        "sento molt l'",
        "sentim molt",
        "quina alegria",
        "quina llastima que",
        "quina pena que",
        "li desitjo",
        "celebro que",
        "molta sort amb",
        "que li vagi be",
        "que vagi molt be",
        "que vagi be",
        "li vagi be",
        "quin ensurt",
        "quin disgust",
        "ho sento molt",
        "ho sentim",
        "sentim que",
        "doni forces",
        "lamentem saber",
        "lamentem profundament",
        "sentim profundament",
        "quina sort",
        "que be que",
    ),
    "id": ("selamat atas", "turut berduka", "turut prihatin", "semoga lekas", "semangat"),
}


# What the firm will do for the client, at the start of a clause (folded): a verb in the first
# person plural ("li ajornem", "ens adaptarem", "l'avisarem"), or "li, us" and a verb in the
# first person singular ("li enviaré", "l'hi porto").
_SERVICE_CA = (
    r"(?:[\w'·-]+\s+){0,7}?(?:(?:(?:li|us|l'hi|li'n|ho|els|les|la|el|en|ens)\s+|(?:l|n)')?"
    r"(?:[a-z·]+(?:em|im)|puc|podem|farem|fem)\b|(?:li|us|l'hi|li'n)\s+[a-z·]+(?:o|re)\b"
    r"|(?:fare|[a-z]{3,}(?:are|ere|ire))\b|(?:la|les|ho|el|els|l')\s*pot\s+(?:pagar|fer|recollir"
    r"|portar|canviar|enviar|triar)\b|no hi ha (?:cap )?pressa|no pateixi"
    r"|no cal que (?:ens|em|m'|pagui|es preocupi))"
)
# Sympathy or good wishes said in answer to what the client told us.
_SYMPATHY_CA = (
    r"(?:ho sent|sento molt|sentim molt|quin disgust|quina pena|quin ensurt|enhorabona|felicitats"
    r"|que deu li)"
)


# A condition or a cause, then what the firm will do for the client: "Si ha perdut la feina, li
# ajornem el pagament", "Com que està de baixa pel genoll, podem venir qualsevol matí". A
# subordinate clause opening the sentence states the client's situation when the main clause
# offers a service: a verb in the first person plural (we), or "li, us" and a first person.
# Not a counterfactual ("si hagués marxat per la porta gran, li hauríem fet un sopar"). So too
# what the client has told us or we know of them, then the service: "Sé que està en ple
# divorci; només li escriurem per correu".
# What opens such a sentence: a condition or a cause, or what we know or were told of the
# client ("Sé que…", "El seu marit em va dir que…").
CLIENT_OPENER: dict[str, re.Pattern[str]] = {
    "ca": re.compile(
        # after the client called by name or title ("Senyor Garcies, mentre el jutge…")
        r"^\W*(?:(?:hola|bon dia|bona tarda|senyor|senyora|sr|sra|estimat|estimada)\b[^,:;.?!]*"
        r"[,:]\s*)?(?:com que|si(?!\s+(?:hagu|fos))|quan|ja que|mentre|fins que"
        r"|(?:ja )?(?:se|sabem|entenc|entenem|veig|tinc entes|lamentem saber) que"
        # what the client (or their relative) told us: "Em va dir que", "Ja m'explicava que"
        r"|(?:(?:el seu|la seva|la seua|els seus) [\w'-]+ |voste )?(?:ja )?(?:em|m'|ens) ?"
        r"(?:va |ha |han |havia )?(?:dir|dit|diu|deia|comenta|comentar|comentat|comentava|explica"
        r"|explicar|explicat|explicava|conta|contar|contat|contava) que)\s"
    )
}
CLIENT_CLAUSE: dict[str, re.Pattern[str]] = {
    "ca": re.compile(CLIENT_OPENER["ca"].pattern + r"[^.?!]+?[,;:]\s*" + _SERVICE_CA)
}


# The speaker taking over someone's work ("li portaré jo el seu expedient", "a partir d'ara
# l'atendrà la Marta", "el tècnic nou"): the handoff itself, so the sentence speaks of the
# colleague, not of the client, whatever service it offers.
TAKEOVER: dict[str, re.Pattern[str]] = {
    "ca": re.compile(
        r"\bjo\b|a partir d'ara|d'ara endavant|\batend\w*|\batenc\b|me'n (?:faig|fare|farem)"
        r"|ens en (?:fem|farem) carrec|\brelleu\b|\b(?:nou|nova) (?:tecnic|contacte|responsable"
        r"|gestor|assessor|encarregat)|(?:tecnic|contacte|responsable|gestor|gestora|assessor"
        r"|assessora|encarregat|encarregada) (?:nou|nova)\b"
    )
}


# A confirmed suspicion is about a thing or a firm when the sentence names one ("Vostè
# sospitava de la instal·lació antiga, i tenia raó"); otherwise, said to a client in a
# handoff, it is about someone (folded spelling).
THINGS: dict[str, re.Pattern[str]] = {
    "ca": re.compile(
        r"\b(?:majorista|proveidor|missatgeri|empresa|aplicacio|programa|sistema|maquina|bomba"
        r"|caldera|furgoneta|cotxe|impressora|bateria|motor|servidor|xarxa|pintura|rajol|producte"
        r"|entrega|banc|web|mobil|portatil|ascensor|botiga|fabricant|material|ordinador|alarma"
        r"|rentadora|subministrador|distribuidor|companyia|pis|local|gotera|canonada|soroll"
        r"|asseguradora|gestoria|taller|plataforma|calefaccio|instal·lacio|radiador|paret|sostre"
        r"|teulada|finestra|porta|traduccio|factura|pressupost|humitat|iva|agencia|transportista"
        r"|paquet|comanda|clinica|diagnostic|internet|connexio|llum|aigua|gas|preu|tarifa|contracte"
        r"|obra|cuina|bany|aixeta|endoll|cable|peca|recanvi|pneumatic|fre|frens|oli|escalfador"
        r"|termo|termostat|calefactor|electrodomestic)\w*"
    )
}


# The words of address that make the client the one who did what an accusation says: its
# subject ("vostè", "tu", a verb in the second person). An object or an owner ("us va estafar",
# "et cobrava de més", "la seva signatura", "a vostè") makes the client its victim, and the
# accusation is about someone else.
ACCUSED: dict[str, frozenset[str]] = {
    "ca": frozenset(["voste", "vostes", "tu", "vosaltres", "ets", "estas", "tens", "has"])
}


# A question put back to the client about their own life ("Li han diagnosticat diabetis?",
# "Ha perdut la feina i no pot pagar la quota?") is answered with a service: the sentence after
# it opens with what the firm will do ("Doncs l'ajudem a triar…", "Si vol, li canviem el pany",
# "Parlem-ne", "No cal que ens doni explicacions").
ANSWER: dict[str, re.Pattern[str]] = {
    "ca": re.compile(
        r"^\W*(?:(?:doncs|i|cap problema|tranquil\w*|no pateixi|d'acord|entesos)\W+)?"
        r"(?:si (?:vol|ho prefereix|li va be|necessita)\W+)?(?:parlem-ne|no cal que|"
        + _SYMPATHY_CA
        + "|"
        + _SERVICE_CA
        + r")"
    )
}


# The client's own question said back to them ("Que l'han fet fora?", "Que si està malalt?")
# repeats their words; it states nothing when the answer, next, declines to say (`REFUSE`: "Això
# no l'hi puc comentar", "Ni ho sé"). An answer that dodges with a wink ("Ehem. Passem a un altre
# tema") or confirms is no refusal.
#
# Polish: the client's question, asked back or reported ("Czy coś ukradł?", "— Zwolnili go?",
# "Pyta Pan, czy go zwolniliśmy."), then a refusal ("Nie mam żadnych informacji", "Nie mogę
# rozmawiać o sprawach kadrowych", "Pan Sylwester nie pracuje już w naszym biurze, tyle mogę
# powiedzieć"). A Polish question carries its person in the verb or a pronoun, so it may name
# whom it asks about (`ECHO_NAMES`). Written from the train split's false alarms.
ECHO: dict[str, re.Pattern[str]] = {
    "ca": re.compile(r"^\W*(?:(?:ah|oh|ai|vaja|uf)\W+)?que\s"),
    "pl": re.compile(
        r"^\W*(?:(?:pyta|pytal|pytala|pytaja|zapytal|zapytala|dopytuje)\s+(?:pan|pani|panstwo)"
        r"|(?:pan|pani|panstwo)\s+(?:pyta|pytal|pytala|pytaja|zapytal|zapytala|dopytuje))\W+"
        r"(?:czy|dlaczego|czemu)\s|^\W*(?:czy\s|[^?]*\?\s*$)"
    ),
}
ECHO_NAMES = frozenset(["pl"])
REFUSE: dict[str, re.Pattern[str]] = {
    "pl": re.compile(
        r"^\W*(?:(?:niestety|przykro mi|szczerze|prosze pana|prosze pani|nie)\W+){0,2}"
        # (not "nie mogę ani potwierdzić, ani zaprzeczyć", which hints)
        r"(?!nie (?:moge|mozemy) ani )(?:nie (?:moge|mozemy|wiem|wiemy|mam|mamy|komentuje"
        r"|komentujemy|bede|zajmuje sie|udzielamy|udzielam|rozmawiam|rozmawiamy|znam)\b"
        r"|tego nie (?:wiem|moge|powiem)"
        r"|o tym nie (?:moge|bede|rozmawiam)|to nie moja|nie do mnie"
        # the neutral line itself: "Pan Sylwester nie pracuje już w naszym biurze, tyle mogę
        # powiedzieć"
        r"|(?:[\w'.]+\s+){0,6}?nie pracuje\b)"
    ),
    "ca": re.compile(
        r"^\W*(?:[\w'-]+\W+){0,2}?(?:no (?:ho |en |l'hi |li |m'hi |us |els )?(?:se|puc|sabria"
        r"|sabem|podem|tinc)\b|ni ho se\b|no es cosa|no em toca|no m'hi toca"
        r"|aixo no (?:ho |l'hi |li |us )?(?:se|puc|sabem|podem)\b|no cal que (?:ens|em|m')"
        r"|quina sort|" + _SYMPATHY_CA + ")"
    ),
}


# Capitalised words that name no person: illnesses, police forces, feasts. Inside a sentence they
# are not a third person ("Com que el seu marit té Parkinson, …").
NOT_NAMES: dict[str, frozenset[str]] = {
    "ca": frozenset(
        ["alzheimer", "parkinson", "covid", "crohn", "mossos", "esquadra", "policia", "guardia"]
        + ["urbana", "civil", "local", "nacional", "hisenda", "nadal", "pasqua", "deu", "sida"]
        + ["urgencies", "dni", "itv", "seguretat", "social", "treball", "jutjat", "sant", "santa"]
    )
}


# English relatives: "your husband mentioned he's recovering", "your wife lost her job" — a
# third-person pronoun after "your <relative>" is that relative, the client's own.
KIN_EN = frozenset(
    ["wife", "husband", "partner", "son", "daughter", "mum", "mom", "mother", "dad", "father"]
    + ["boyfriend", "girlfriend", "fiance", "fiancee", "brother", "sister", "child", "kid"]
    + ["grandmother", "grandfather", "gran", "grandma", "grandad", "grandpa", "nan", "aunt"]
    + ["uncle", "niece", "nephew", "stepson", "stepdaughter", "spouse", "baby", "dog", "cat"]
)


# Catalan names the possessor after the thing, with "de": "l'embaràs de la seva dona".
OF = {"ca": frozenset(["de", "del", "dels"])}


# Words of address and third persons of other languages that are also English words.
HOMOGRAPHS = frozenset(
    ["was", "us", "et", "t", "tu", "has", "on", "one", "go", "im", "mu", "lo", "om", "bang", "mas"]
    + ["ia"]
)


# Catalan puts an article before a title when it speaks of someone ("la senyora Font ha
# trucat", "el Sr. Bosch") and none when it speaks to them ("Bon dia, senyora Font"): a title
# without an article, and the name after it, address the client.
TITLES: dict[str, frozenset[str]] = {
    "ca": frozenset(["senyor", "senyora", "senyoreta", "sr", "sra", "srta", "don", "donya"])
}


ARTICLES: dict[str, frozenset[str]] = {
    "ca": frozenset(["el", "la", "l", "en", "na", "al", "del", "els", "les", "dels", "als"])
}


# The client in a note about them (the contact log, a call written up by whoever covered):
# "Client mentioned he's been signed off", "Klientka mówi, że…", "El client diu que…", "Catatan:
# klien …". Folded; an English possessive ("client's") is read as the word.
CLIENT_NOUN: dict[str, frozenset[str]] = {
    "en": frozenset(["client", "customer", "caller", "clients", "customers", "callers"]),
    "pl": frozenset(
        ["klient", "klientka", "kl", "klienta", "klientki", "klientowi", "klientce", "klientem"]
        + ["klientke", "klientko"]
    ),
    "ca": frozenset(["client", "clienta"]),
    "id": frozenset(["klien", "pelanggan", "nasabah", "konsumen"]),
}


# A note opens with what the client tells us: the client by title and name, then a verb of
# saying ("Mrs Kemp says…", "Pan Rybak wspomniał, że…", "La senyora Rius ens explica…", "Bu Siti
# bilang…"), or in Catalan with the subject dropped ("Ens diu que té càncer"; only the present
# tense: "em va dir que" may report what anyone said). Folded, at a clause's start (or after a
# colon: "Note on file: Mrs Kemp says…").
_START = r"(?:^|:)[\s*•-]*"
_TITLED = (
    r"(?:(?:el |la |l')?(?:mr|mrs|ms|miss|mx|dr|pan|pani|p|senyor|senyora|sr|sra|pak|bu|ibu"
    r"|bapak|mas|mbak|kak|bang)\.?\s+[\w'-]+\s*,?\s+)"
)
CLIENT_TELLS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        _START
        + _TITLED
        + r"(?:says|said|mentioned|told (?:me|us)|explained|reports|reported|informed us"
        r"|(?:rang|called|wrote|emailed) to say)\b"
    ),
    # Polish notes also open with the client's surname after "p." ("P. Sikora jest po
    # operacji"); "p. Hanna", a first name, is a colleague.
    "pl": re.compile(
        _START
        + r"(?:p\.\s+(?!(?:"
        + "|".join(sorted(FIRST_NAMES["pl"], key=len, reverse=True))
        + r")\b)[\w'-]+\s+(?=\w)|"
        + _TITLED
        + r"(?:mowi|wspomnial\w*|wspominal\w*|twierdzi|powiedzial\w*|poinformowal\w*"
        r"|zglasza|przekazal\w*|opowiadal\w*|pisze|napisal\w*)\b)"
    ),
    "ca": re.compile(
        _START
        + _TITLED
        + r"?(?:ens |em |m')?(?:diu|explica|comenta|fa saber|comunica|informa|confirma"
        r"|avisa)\s+(?:que|de que)\b"
    ),
    "id": re.compile(
        _START
        + _TITLED
        + r"(?:bilang|cerita|bercerita|menyebut|mengatakan|mengabarkan|memberi tahu"
        r"|memberitahu|menyampaikan|mengaku|info)\b"
    ),
}


# The client's own people, who may be named with an owner ("your trainee", "Pana pracownik",
# "el seu treballador", "kasir Ibu"): staff, household help (a cleaner, a gardener, a nanny), a
# carer, tenants, the client's own business partner or neighbour. A private matter of theirs is
# the client's business. `STAFF` are theirs with a bare "your" (or its like). `SERVICE` are
# people a firm like ours may be the one to supply ("your accountant", "your adviser", "your
# builder"): they are the client's only when the owner says so plainly — "own" ("your own
# accountant", "her own lawyer"), the client's word ("client's accountant", "X of the client"),
# or the client's workplace ("your shop manager"). With "old, former, previous" ("your old
# adviser was sacked") they may be the one we had on the client's file: the finding stays
# (`handoff.risk.subject.ours_maybe`).
STAFF: dict[str, frozenset[str]] = {
    "en": frozenset(
        ["staff", "staffer", "employee", "employees", "worker", "workers", "trainee", "trainees"]
        + ["apprentice", "apprentices", "lodger", "lodgers", "tenant", "tenants", "housekeeper"]
        + ["nanny", "babysitter", "cashier", "cashiers", "receptionist", "secretary", "deputy"]
        + ["pa", "foreman", "employer", "boss", "neighbour", "neighbor", "landlord", "landlady"]
        + ["flatmate", "housemate", "ex", "caretaker", "doorman", "porter", "clerk", "storeman"]
        + ["bookkeeper", "treasurer", "subcontractor", "subcontractors", "gardener", "cleaner"]
        + ["cleaners", "carer", "carers", "housemaid", "maid", "butler", "chauffeur"]
    ),
    "pl": frozenset(
        ["pracownik", "pracownica", "pracownicy", "pracownika", "pracownicę", "pracownice"]
        + ["kierowca", "magazynier", "magazynierka", "kasjer", "kasjerka", "sprzedawca"]
        + ["sprzedawczyni", "kucharz", "kelner", "kelnerka", "recepcjonistka", "sekretarka"]
        + ["gosposia", "niania", "opiekunka", "najemca", "najemczyni", "lokator", "lokatorka"]
        + ["sasiad", "sasiadka", "wspolnik", "wspolniczka", "szef", "szefowa", "zastepca"]
        + ["brygadzista", "ogrodnik", "sprzataczka", "ochroniarz", "stroz", "kolega"]
        + ["kolezanka", "praktykant", "praktykantka", "stazysta", "stazystka", "uczen"]
        + ["podwykonawca", "zarzadca", "skarbnik", "pomoc", "szwagier", "szwagierka"]
    ),
    "ca": frozenset(
        ["treballador", "treballadora", "treballadors", "empleat", "empleada", "empleats"]
        + ["aprenent", "aprenenta", "cambrer", "cambrera", "cuiner", "cuinera", "recepcionista"]
        + ["secretari", "secretaria", "caixer", "caixera", "dependent", "dependenta", "vigilant"]
        + ["xofer", "llogater", "llogatera", "llogaters", "inquili", "inquilina", "veí", "vei"]
        + ["veina", "soci", "socia", "cap", "encarregat", "encarregada", "mosso", "cangur"]
        + ["cuidador", "cuidadora", "jardiner", "netejadora", "assistenta", "minyona", "becari"]
        + ["becaria", "company", "companya"]
    ),
    "id": frozenset(
        ["karyawan", "karyawati", "pegawai", "kasir", "sopir", "supir", "pembantu", "art"]
        + ["satpam", "staf", "staff", "sekretaris", "penyewa", "bendahara", "pembuku", "mandor"]
        + ["koki", "pelayan", "pengasuh", "babysitter", "bawahan", "tetangga"]
        + ["atasan", "bos", "manajer", "tukang", "buruh", "penjaga", "kurir", "admin", "magang"]
    ),
}
SERVICE: dict[str, frozenset[str]] = {
    "en": frozenset(
        ["accountant", "solicitor", "lawyer", "adviser", "advisor", "manager", "assistant"]
        + ["driver", "nurse", "builder"]
        + ["chef", "cook", "director", "consultant", "therapist", "broker", "agent", "planner"]
        + ["contractor", "plumber", "electrician", "guard", "officer", "partner"]
    ),
    "pl": frozenset(
        ["ksiegowa", "ksiegowy", "prawnik", "adwokat", "doradca", "kierownik", "kierowniczka"]
        + ["asystent", "asystentka", "pielegniarka", "dyrektor", "dyrektorka", "fachowiec"]
    ),
    "ca": frozenset(
        ["gestor", "gestora", "advocat", "advocada", "assessor", "assessora", "gerent", "director"]
        + ["directora", "infermer", "infermera", "comptable", "administrador", "administradora"]
    ),
    "id": frozenset(
        ["akuntan", "pengacara", "konsultan", "perawat", "direktur", "notaris", "kontraktor"]
    ),
}


# What says "the client's own": "own" words, and the client's workplace before a person at work
# ("your shop manager", "Pana szef kuchni" needs none).
OWN: dict[str, frozenset[str]] = {
    "en": frozenset(["own"]),
    "pl": frozenset(["wlasny", "wlasna", "wlasnego", "wlasnej"]),
    "ca": frozenset(["propi", "propia"]),
    "id": frozenset(["sendiri", "pribadi"]),
}
WORKPLACE_EN = frozenset(
    ["shop", "restaurant", "warehouse", "office", "site", "farm", "kitchen", "payroll", "finance"]
    + ["store", "bar", "salon", "company", "firm", "business", "practice", "hotel", "cafe", "pub"]
    + ["factory", "bakery", "garage", "surgery", "household", "house", "home", "agency", "sales"]
)


# A possessive right before a person ("your", "Pana", "el vostre"), per language: the client
# owns them. Catalan "seu, seva" only when the sentence speaks to the client or of a client.
OWNER_BEFORE: dict[str, frozenset[str]] = {
    "en": frozenset(["your", "ur", "yr"]),
    "pl": frozenset(
        ["pana", "pani", "panstwa", "twoj", "twoja", "twoi", "twojego", "twojej", "wasz", "wasza"]
        + ["panski", "panska", "panscy"]
    ),
    "ca": frozenset(["vostre", "vostra", "vostres", "teu", "teva", "teus", "teves"]),
    "id": frozenset(),
}
# A word of address right after the person (Polish "pracownik Pani", Indonesian "kasir Ibu").
OWNER_AFTER: dict[str, frozenset[str]] = {
    "en": frozenset(),
    "pl": frozenset(["pana", "pani", "panstwa"]),
    "ca": frozenset(),
    "id": frozenset(
        ["bapak", "ibu", "pak", "bu", "anda", "kamu", "mas", "mbak", "kak", "kakak", "koko"]
        + ["koh", "cici", "bang", "abang", "om", "tante", "klien", "pelanggan", "nasabah"]
    ),
}
# Third-person possessives that, after a client's word, make a person the client's ("Client
# said his warehouse manager…"): English, Polish, Catalan words; Indonesian "-nya" on the noun.
HIS: dict[str, frozenset[str]] = {
    "en": frozenset(["his", "her", "their"]),
    "pl": frozenset(["jego", "jej", "ich", "swoj", "swoja", "swojego", "swojej", "swoi"]),
    "ca": frozenset(["seu", "seva", "seus", "seves", "seua"]),
    "id": frozenset(),
}
# Pronouns by gender, so that "Told her he's suing us" is two people.
GENDER: dict[str, dict[str, str]] = {
    "en": {"he": "m", "him": "m", "his": "m", "he's": "m", "himself": "m", "she": "f"}
    | {"her": "f", "hers": "f", "she's": "f", "herself": "f"},
    "pl": {"on": "m", "jego": "m", "go": "m", "mu": "m", "niego": "m", "jemu": "m"}
    | {"ona": "f", "jej": "f", "niej": "f", "nia": "f"},
    "ca": {"ell": "m", "ella": "f"},
    "id": {},
}
# The speaker, as the subject: after a pronoun it may be someone the speaker speaks of ("Client
# asked and I said he was sacked").
SPEAKER: dict[str, frozenset[str]] = {
    "en": frozenset(["i", "we", "i'm", "we're", "i've", "we've"]),
    "pl": frozenset(["ja", "my"]),
    "ca": frozenset(["jo", "nosaltres"]),
    "id": frozenset(["saya", "aku", "sy", "gue", "gw"]),
}
# Words that put a question or a subject before a pronoun ("Client asked why he left"): the
# pronoun after them is whom the client asks about, not the client.
ASKS: dict[str, frozenset[str]] = {
    "en": frozenset(["why", "whether", "if", "about", "where", "what", "re", "how", "who"]),
    "pl": frozenset(["dlaczego", "czemu", "czy", "o", "gdzie", "co", "kto", "jak"]),
    "ca": frozenset(["per", "si", "on", "qui", "com", "sobre"]),
    "id": frozenset(["kenapa", "mengapa", "apakah", "soal", "tentang", "mana", "apa", "siapa"]),
}


# Other people at work, whom a sentence may speak of (ours, most likely): with no owner that
# is the client's, a private matter of theirs is not the client's ("Client was told the
# technician was sacked"). English reads `_PERSON_WORDS` in `handoff.risk.subject` as well.
OTHERS: dict[str, frozenset[str]] = {
    "en": frozenset(["colleague", "colleagues", "predecessor", "technician", "engineer", "rep"]),
    "pl": frozenset(
        ["technik", "monter", "instalator", "hydraulik", "elektryk", "opiekun", "przedstawiciel"]
        + ["specjalista", "specjalistka", "poprzednik", "poprzedniczka", "handlowiec"]
        + ["konsultant", "konsultantka", "kolega", "kolezanka"]
    ),
    "ca": frozenset(
        ["tecnic", "tecnica", "instal-lador", "lampista", "fuster", "paleta", "comercial"]
        + ["agent", "predecessor", "predecessora", "responsable", "encarregat", "encarregada"]
    ),
    "id": frozenset(
        ["teknisi", "petugas", "sales", "agen", "pendahulu", "rekan", "marketing", "orangnya"]
    ),
}


# Before a word for the client, words that make it some client, not the one the note is about
# ("with a client", "z klientem", "ke pelanggan", "ada klien yang…"), and after it, "other".
SOME_CLIENT: dict[str, frozenset[str]] = {
    "en": frozenset(["a", "an", "another", "other", "any", "every", "each", "one", "some", "no"])
    | frozenset(["with", "to", "from", "for", "of", "about", "by", "at", "on", "three", "two"]),
    "pl": frozenset(["z", "ze", "od", "do", "dla", "o", "u", "przy", "przez", "na", "w", "po"])
    | frozenset(["jeden", "jedna", "inny", "inna", "innego", "innej", "kazdy", "kazda"]),
    "ca": frozenset(["un", "una", "amb", "a", "de", "per", "altre", "altra", "cada", "cap", "al"]),
    "id": frozenset(["ke", "dengan", "dari", "untuk", "kepada", "sama", "pada", "ada", "seorang"])
    | frozenset(["para", "banyak", "beberapa", "setiap", "tiap", "salah", "satu", "oleh"]),
}
OTHER_CLIENT = frozenset(["other", "lain", "lainnya", "inny", "inna", "innego", "altre", "altra"])
OTHER_CLIENT |= frozenset(["lama", "former", "old", "dawny", "dawna", "antic", "antiga"])
# Before a word for the client, a greeting: the client called, not the subject of the note.
OTHER_CLIENT |= frozenset(["dear", "estimat", "estimada", "benvolgut", "benvolguda", "drogi"])
OTHER_CLIENT |= frozenset(["droga", "szanowny", "szanowna", "yth", "kepada", "hi", "hello"])
# Verbs of asking: what follows "Client asked…" is whom the client asks about.
ASKED: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"ask(?:s|ed|ing)?|enquir\w*|inquir\w*|wonder\w*|query\w*|want(?:s|ed)"),
    "pl": re.compile(r"pyt\w*|zapyta\w*|dopytuj\w*|dopyta\w*"),
    "ca": re.compile(r"pregunt\w*|demana\w*"),
    "id": re.compile(r"tanya\w*|bertanya|nanya\w*|menanyakan|ditanya\w*"),
}


# English: days and months, capitalised and no name; a person at work named by a noun (see
# `handoff.risk.subject.suspects_someone`).
CALENDAR_EN = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january"]
    + ["february", "march", "april", "may", "june", "july", "august", "september", "october"]
    + ["november", "december", "christmas", "easter"]
)
PERSON_WORDS = (
    r"(?:colleague|technician|engineer|plumber|electrician|tiler|painter|decorator|fitter"
    r"|installer|accountant|adviser|advisor|consultant|manager|assistant|stylist|hairdresser"
    r"|barber|nurse|dentist|hygienist|therapist|receptionist|agent|rep|representative|guy|man"
    r"|woman|lad|girl|bloke|chap|person|fella|fellow|employee|staff|staffer|worker|apprentice"
    r"|trainee|predecessor|carer|cleaner|driver|mechanic|teacher|tutor|trainer|coach|planner"
    r"|designer|developer|surveyor|handyman|joiner|carpenter|gardener|landscaper|groomer"
    r"|nanny|chef|cook|waiter|waitress|bookkeeper|broker)s?\b"
)


# Words between an owner and a person ("your old adviser", "Pana zwolniony pracownik"); those
# that make a person at work maybe one we had ("your old adviser"): `STEP_OLD`.
STEP = frozenset(["old", "former", "previous", "new", "ex", "usual", "regular", "byly", "byla"])
STEP |= frozenset(["zwolniony", "zwolniona", "nowy", "nowa", "dawny", "dawna", "antic", "nou"])
STEP_OLD = frozenset(["old", "former", "previous", "ex", "last", "antic", "antiga", "anterior"])
STEP_OLD |= frozenset(["byly", "byla", "dawny", "dawna", "poprzedni", "poprzednia", "lama"])
STEP |= STEP_OLD
# Words between a word for the client and the client's name set beside it ("Klien kita, Bu
# Sari,", "Klientka (p. Ostrowska)").
APPOSED = frozenset(["kami", "kita", "our", "nasz", "nasza", "p", "pan", "pani", "mr", "mrs"])
APPOSED |= frozenset(["ms", "bu", "pak", "ibu", "bapak", "mas", "mbak", "kak", "sr", "sra"])
APPOSED |= frozenset(["senyor", "senyora", "el", "la", "nostre", "nostra"])
CLOSED = re.compile(r"\s*[,;:.)]")  # after the client's name so set beside


# English calls the client by name between pauses: "Hope it goes well, Brenda, we'll…", "So
# sorry, Mr Dunne." — a name set off by a comma (or opening the sentence) and followed by the
# end of the sentence or by the speaker or the client ("we", "I", "you") is no third person.
EN_CALLED = re.compile(
    r"(?:^|[,;:!?.]\s*|\b(?:hi|hello|dear|thanks|thank you|morning|evening)\s+)"
    r"((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?[A-Z][\w'’-]*)"
    r"(?=\s*(?:[.!?]|$|[,;:]\s*(?:we|we'll|we're|we've|we'd|i|i'm|i'll|i've|i'd|you|you're"
    r"|you'll|you've|your|let's|please|thanks|thank|just|and|but|so|hope|if)\b))",
    re.IGNORECASE,
)


# A letter's greeting: "Dear Mr Igwe, following your dismissal…" calls the client.
EN_DEAR = re.compile(
    r"\b(?:dear|hi|hello)\s+((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:and\s+)?){0,2}"
    r"[A-Z][\w'’-]*)\s*,",
    re.IGNORECASE,
)


# Where a clause of a note starts; a sentence that ends with an abbreviation ("p.", "kl.").
NOTE_CLAUSE = re.compile(r"[:;(\n]|\s[-–—]\s|—")
ABBREVIATION = re.compile(r"(?:^|[\s(])\w{1,4}\.\s*$")


# Indonesian: "about" (folded): what follows is what the passage is about.
ABOUT = frozenset(["soal", "tentang", "terkait", "mengenai", "perihal"])
# A transitive verb (folded): a word of address right after it is its object, not an owner.
VERB: dict[str, re.Pattern[str]] = {"id": re.compile(r"(?:me|di|ng|ny|nge)\w{3,}")}


# A note's heading that names the client, folded: "Rang client.", "Spoke to Mr Abara.", "Telp Bu
# Santi:", "Tel. od p. Grabowskiej." — as a sentence of its own before the note, or before a
# colon. What follows is about the client, as after "Client mentioned…".
_HEAD = r"\s*(?:the |our |el |la |l'|z |od |de |amb |from |with |to ){0,2}"
NOTE_HEADING: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"(?:note|visit|call|spoke to|spoke with|rang|called|phoned|emailed|met|meeting with"
        r"|visit to|call with|call from|tel\.?)\s*:?"
        + _HEAD
        + r"(?:client|customer|caller|(?:mr|mrs|ms|miss|dr)\.?\s+[\w'-]+)\s*[.:]"
    ),
    "pl": re.compile(
        r"(?:notatka|tel\.?|telefon|rozm\.?|rozmowa|spotkanie|spotk\.?|wizyta)\s*:?"
        + _HEAD
        + r"(?:klient\w*|kl\.|(?:p|pan|pani|pania|panem)\.?\s+[\w'-]+)\s*[.:]"
    ),
    "ca": re.compile(
        r"(?:nota|trucada|tel\.?|reunio|visita)\s*:?"
        + _HEAD
        + r"(?:client|clienta|(?:sr|sra|senyor|senyora)\.?\s+[\w'-]+)\s*[.:]"
    ),
    "id": re.compile(
        r"(?:catatan|telp|telepon|wa|kunjungan|rapat|email)\s*:?"
        + _HEAD
        + r"(?:klien|pelanggan|nasabah|(?:pak|bu|ibu|bapak|mas|mbak)\.?\s+[\w'-]+)\s*[.:]"
    ),
}


# English: "you" right after a third person and a verb is their object ("he overcharged you and
# kept the difference"), "your" their object's owner ("the planner who had your file"). The
# client's own people ("your therapist") are neither ours nor the client.
YOUR = frozenset(["your", "ur"])
SUBJECT_EN = frozenset(["he", "she", "they", "he'd", "she'd", "they'd", "who"])
OBJECT_YOU = frozenset(["you", "ur"])
