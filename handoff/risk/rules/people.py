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


# English names that are common words of another language, never read as names there: Polish
# "sam" (himself), Catalan "jo" (I) and "ben" (well), Indonesian "dan" (and), "tanya" (ask),
# "tim" (team), "derek" (a tow truck).
NAME_HOMOGRAPHS: dict[str, frozenset[str]] = {
    "pl": frozenset(["sam"]),
    "ca": frozenset(["jo", "ben"]),
    "id": frozenset(["dan", "tanya", "tim", "derek"]),
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
ECHO: dict[str, re.Pattern[str]] = {"ca": re.compile(r"^\W*(?:(?:ah|oh|ai|vaja|uf)\W+)?que\s")}
REFUSE: dict[str, re.Pattern[str]] = {
    "ca": re.compile(
        r"^\W*(?:[\w'-]+\W+){0,2}?(?:no (?:ho |en |l'hi |li |m'hi |us |els )?(?:se|puc|sabria"
        r"|sabem|podem|tinc)\b|ni ho se\b|no es cosa|no em toca|no m'hi toca"
        r"|aixo no (?:ho |l'hi |li |us )?(?:se|puc|sabem|podem)\b|no cal que (?:ens|em|m')"
        r"|quina sort|" + _SYMPATHY_CA + ")"
    )
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
