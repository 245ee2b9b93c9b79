"""The risk checker: the sentence table per language, exact spans, kinds, odd input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from risk_figures import figures
from risk_samples import HELD_OUT, HELD_OUT_RECALL_FLOOR, SAMPLES

from handoff.errors import ValidationError
from handoff.risk import ALTERNATIVES, CATEGORIES, check, check_text, fold

LANGS = ["en", "pl", "ca", "id"]


@pytest.mark.parametrize("lang", LANGS)
def test_table_has_enough_sentences(lang):
    rows = SAMPLES[lang]
    assert sum(s.category is not None for s in rows) >= 25
    assert sum(s.category is None for s in rows) >= 25
    assert {s.category for s in rows if s.category} <= set(CATEGORIES)


@pytest.mark.parametrize("lang", LANGS)
def test_recall_and_false_alarms_on_the_table(lang):
    f = figures(lang)
    # The rules were built against this table: nearly everything must be caught, and the
    # near-miss business sentences (boiler performance, police station car park) left alone.
    assert f.recall >= 0.95, [s.text for s in f.missed]
    assert f.false_alarm_rate <= 0.05, [s.text for s in f.wrongly_flagged]
    assert f.right_category >= 0.9 * f.caught


@pytest.mark.parametrize("lang", LANGS)
def test_held_out_sentences_are_measured_not_fitted(lang):
    """Sentences written after the rules and never tuned on. A word list misses paraphrase, so
    recall there is only held to what was measured blind (no regression); false alarms stay
    rare. `python tests/risk_figures.py` prints the figures stated in the README."""
    f = figures(lang, HELD_OUT)
    assert f.risky >= 30 and f.safe >= 30
    assert f.false_alarm_rate <= 0.1, [s.text for s in f.wrongly_flagged]
    assert f.recall >= HELD_OUT_RECALL_FLOOR[lang], [s.text for s in f.missed]


def test_finding_reports_exact_words_why_and_alternative_in_the_language():
    text = "Dzień dobry.\nZostała ZWOLNIONA za kradzież."
    found = check(text, "pl")
    assert [(f.words, f.category) for f in found] == [
        ("ZWOLNIONA", "reason"),
        ("kradzież", "accusation"),
    ]
    for f in found:
        assert text[f.start : f.end] == f.words
        assert f.why and f.why.endswith(".")
    assert found[0].alternative == ALTERNATIVES["pl"]["reason"] == "nie pracuje już w naszej firmie"


def test_matching_ignores_missing_diacritics_but_returns_the_original_spelling():
    text = "Zostala zwolniona za kradziez, podobno."
    words = [f.words for f in check(text, "pl")]
    assert words == ["zwolniona", "kradziez", "podobno"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zwolniła ją, zwolnili go, zwolnieni, zwolnienie, zwolnionego.", "pl"),
        ("Acomiadat, acomiadada, acomiadats, acomiadades, l'acomiadament.", "ca"),
        ("Dipecat, pemecatan, memecatnya, diberhentikan, kena PHK.", "id"),
    ],
)
def test_every_inflected_form_is_flagged(text, lang):
    found = check(text, lang)
    assert len(found) == 5, [f.words for f in found]
    assert {f.category for f in found} == {"reason"}


def test_false_softeners_are_flagged_only_for_a_termination():
    text = "Tom left to pursue other opportunities."
    assert check(text, "en", "vacation") == []
    assert check(text, "en") == []
    assert [f.category for f in check(text, "en", "termination")] == ["false_softener"]


def test_words_inside_other_words_are_not_flagged():
    assert check("The courtyard tiles and the illustrated catalogue.", "en") == []
    assert check("Sądzę, że sąsiedni pokój będzie gotowy.", "pl") == []


def test_unknown_language_or_kind_is_a_clear_error():
    with pytest.raises(ValidationError, match="unknown language 'xx'"):
        check("hello", "xx")
    with pytest.raises(ValidationError, match="unknown kind 'holiday'"):
        check("hello", "en", "holiday")


def test_empty_text_has_no_findings():
    assert check("", "ca") == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.sampled_from(LANGS))
def test_any_text_gives_valid_non_overlapping_spans(text, lang):
    assert len(fold(text)) == len(text)
    found = check(text, lang, "termination")
    last_end = 0
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert f.start >= last_end
        assert text[f.start : f.end] == f.words
        last_end = f.end


# Polish: whom a passage is about, and words said of firms and things. New sentences, written
# for these tests (not corpus rows); the rules only, as on a machine without the meaning check.
@pytest.mark.parametrize(
    "text",
    [
        # the client's own relative or pet, named with no possessive
        "Skoro syn leży w szpitalu, lekcje pianina przesuniemy na przyszły miesiąc.",
        "Panie Zbyszku, słyszałem, że żona jest w ciąży; ekipa nie będzie używać rozpuszczalników.",
        "Przykro mi z powodu choroby siostry, termin odbioru zostawiamy otwarty.",
        # the client's name called after "Pani"/"Panie" is not a third person
        "Pani Halinko, wiem, że była Pani po operacji, więc przywieziemy zakupy pod drzwi.",
        # a second-person verb: the client
        "Jak już będziesz po operacji kolana, zrobimy przymiarkę jeszcze raz.",
        # the impersonal plural "they": the client was fired
        "Zwolnili Pana z huty? Raty możemy rozłożyć na dłużej.",
        # firms and things that cheat, let down or are hopeless
        "Drukarnia nas oszukała na nakładzie, więc ulotki dodrukujemy gdzie indziej.",
        "Przewoźnik zawalił dostawę cegły, ekipa zacznie w czwartek.",
        "Ten nowy klej jest beznadziejny, wracamy do starego.",
        "Zwolniliśmy podwykonawcę od dachu, resztę zrobi nasza brygada.",
        # a wedding or a funeral as what the business sells
        "Bukiety na wesele w sobotę są już gotowe do odbioru.",
        "Klucz udarowy wrócił z serwisu, możemy kuć ścianę.",
    ],
)
def test_polish_client_matters_and_business_talk_stay_clean(text):
    assert check_text(text, "pl") == [], [(f.category, f.words) for f in check_text(text, "pl")]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the client as the object or the victim: the dropped subject is the colleague
        ("Wyłudziła od Pana zaliczkę na drzwi, których nigdy nie zamówiła.", "accusation"),
        ("Okłamywał Panią co do ceny kafli.", "accusation"),
        # a relative with a possessive, or the colleague's own, is not the client's
        ("Wzięła wolne z powodu choroby córki.", "health"),
        ("Jej mąż leży w szpitalu po wypadku.", "health"),
        # "jego/jej" between a thing and the word: about the person
        ("Te płytki w łazience to jego robota, zwykła fuszerka.", "performance"),
        # idioms and slang
        ("Wynosił farby z magazynu i sprzedawał je na lewo.", "accusation"),
        ("Brał zlecenia na czarno za plecami szefa.", "accusation"),
        ("Wywalili go na zbity pysk.", "reason"),
        ("Z terminami kompletnie sobie nie radził.", "performance"),
        ("Żaden z niego elektryk, tylko nieudacznik.", "disparagement"),
        ("Rozpił się po tym, jak żona od niego odeszła.", "health"),
        ("W piątek został zatrzymany i czeka na proces.", "legal"),
    ],
)
def test_polish_risky_forms_are_caught(text, category):
    found = check_text(text, "pl")
    assert category in {f.category for f in found}, [(f.category, f.words) for f in found]


# Catalan: the rules' generalisations, on sentences written for these tests.


@pytest.mark.parametrize(
    "text",
    [
        # a firm, a service or goods as the object of a dismissal verb
        "Hem fet fora el proveïdor de fruita perquè arribava sempre tard.",
        "Hem despatxat totes les comandes de la fira en un matí.",
        "Hem rescindit el contracte amb la companyia de telèfon.",
        # a theft by persons unknown, a price called a theft, a deal called a trap
        "Ens han robat la formigonera de l'obra; ja ho hem denunciat.",
        "Van entrar a robar al magatzem, però la seva comanda està intacta.",
        "Aquell pressupost era un robatori; n'hem demanat un altre.",
        "La garantia d'aquella marca és una trampa, millor l'altra.",
        # deceit by "them" or by a named firm
        "El majorista ens va enganyar amb els terminis de lliurament.",
        # a case about a lease or an insurer, the police closing a street
        "El judici amb l'asseguradora no afecta la seva reforma.",
        "La Guàrdia Urbana ha tancat el carrer; arribarem per l'altra banda.",
        # events a firm serves, a short leave, a neutral reason
        "El pastís del casament arriba a les dotze.",
        "La Marta està de baixa uns dies; mentrestant l'atenc jo.",
        "El Pere és fora per motius personals fins dilluns.",
        # a suspicion of a thing; "té raó" is "you are right"
        "Feia bé de sospitar de la canonada: estava rebentada.",
        "Té raó amb les rajoles, les clares queden millor.",
        # things that burn out or break down
        "El motor de la serra estava cremat i l'hem canviat.",
        "La bomba no donava l'abast i n'hem posat una de més gran.",
    ],
)
def test_catalan_business_talk_is_not_flagged(text):
    from handoff.risk import check_text

    assert check_text(text, "ca") == [], check_text(text, "ca")


@pytest.mark.parametrize(
    "text",
    [
        # sympathy and good wishes speak of the client's own news
        "Em sap greu que l'hagin acomiadat; ajornem el pagament el que calgui.",
        "Sento molt el divorci; li enviarem les factures només a vostè.",
        # a title without an article is said to the client
        "Bon dia, senyora Puig: hem rebut l'informe del seu metge i ajornem la visita.",
        # second-person verbs address the client
        "Si ets a l'hospital amb el petit, canviem la classe sense problema.",
        # a condition, then what the firm will do for the client
        "Com que està de baixa pel maluc, li portarem les cortines a casa.",
        "Si l'han acomiadat, li podem allargar el termini de pagament.",
        # the possessor after the thing, with "de"
        "La malaltia de la seva mare ens sap greu; ajornem la mudança.",
    ],
)
def test_catalan_client_own_news_is_not_about_the_colleague(text):
    from handoff.risk import check_text

    assert check(text, "ca"), "the word rules alone flag it"
    assert check_text(text, "ca") == []


@pytest.mark.parametrize(
    "text",
    [
        "Com que la Laia està de baixa per depressió, li portarem nosaltres el projecte.",
        "Com que ell està de baixa per depressió, li enviarem el pressupost.",
        "Sí, l'hem fet fora.",
        # "seva" elsewhere in the sentence does not make the colleague's dismissal the client's
        "La van acomiadar, així que ara porto jo la seva reforma.",
    ],
)
def test_catalan_a_condition_about_a_named_colleague_stays_flagged(text):
    from handoff.risk import check_text

    assert check_text(text, "ca")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("La vam cessar després de la inspecció.", "reason"),
        ("L'han tirat al carrer aquest matí.", "reason"),
        ("El despatxaren dos dies abans de Nadal.", "reason"),
        ("S'embutxacava una part de les quotes.", "accusation"),
        ("Es quedava la diferència de cada cobrament.", "accusation"),
        ("Era un trampós i un estafador.", "accusation"),
        ("Té una depressió i no sabem quan tornarà.", "health"),
        ("Ha tingut un ictus i està ingressat.", "health"),
        ("Té la mare molt malalta i falta sovint.", "family"),
        ("Està en llibertat amb càrrecs.", "legal"),
        ("El van detenir a la porta del taller.", "legal"),
        ("Li vam obrir un expedient per les absències.", "confidential"),
        ("Cobrava molt més que els seus companys.", "confidential"),
        ("Va ficar la pota amb tots els pressupostos.", "performance"),
        ("No era precisament la persona més puntual de l'equip.", "performance"),
        ("És un poca-vergonya i un bocamoll.", "disparagement"),
    ],
)
def test_catalan_risky_forms_are_caught(text, category):
    from handoff.risk import check_text

    found = check_text(text, "ca")
    assert category in {f.category for f in found}, found


def test_catalan_ella_is_not_the_article():
    """ "ella" stems to "el": "raó amb ell/ella" must not read "té raó amb el color"."""
    from handoff.risk import check_text

    assert check_text("Té raó amb el color, el blau queda millor.", "ca") == []
    assert check_text("Tenia tota la raó amb ella, no era de fiar.", "ca")


# Catalan, whom a sentence is about: what the client told us, a question put back to them, a
# name called without an article, the client as the victim of an accusation. New sentences,
# written for these tests.


@pytest.mark.parametrize(
    "text",
    [
        # what the client told us, then (past a ";") what the firm will do
        "Em va comentar que està en tractament per l'ansietat; farem les visites per la tarda.",
        "El seu germà ens va dir que l'havien operat del genoll; li portarem la compra a casa.",
        "Ja m'explicava que la van acomiadar; si vol, li ajornem la quota de setembre.",
        # a question put back to the client, answered with a service, sympathy or a refusal
        "Li han diagnosticat una hèrnia? Doncs li muntem la cadira més alta, sense cost.",
        "Que si està embarassada? No ho sé, i no em toca preguntar-ho.",
        "Ai, que l'han hagut d'operar! Doncs canviem la cita per la setmana que ve.",
        # the client called by name, with no article
        "Quin ensurt l'accident, Pau! El cotxe de substitució el tindrà demà.",
        # the client as the one the police help; a document for the client
        "La policia li ha retornat la bicicleta? Doncs li fem la revisió gratis.",
        "Li enviem el certificat d'antecedents penals que ens va demanar.",
        # the speaker's own leave, emergencies in an auto-reply, a doctor at work
        "Estic fora per baixa de paternitat; escrigui a la recepció.",
        "Per a urgències, truqui al telèfon de guàrdia.",
        "La doctora Pons està de guàrdia a l'hospital aquesta nit.",
        # things and firms: an outside lawyer's contract, a suspicion of a boiler
        "El nostre advocat ha revisat les condicions del lloguer; li envio la còpia.",
        "Vostè sospitava de l'escalfador vell i tenia raó: l'hem canviat.",
        # the English rules do not read Catalan words
        "El tribunal de les oposicions publica les notes divendres.",
    ],
)
def test_catalan_client_and_business_readings_stay_clean(text):
    from handoff.risk import check_text

    assert check_text(text, "ca") == [], check_text(text, "ca")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the speaker taking over the colleague's work is the handoff, not the client's news
        ("Com que està de baixa per depressió, li portaré jo el seu expedient.", "health"),
        ("Sé que el van acomiadar per robar; a partir d'ara l'atenc jo.", "reason"),
        # a question said back, then confirmed
        ("Que si l'han fet fora? Sí, i amb motius.", "reason"),
        # an accusation with the client as its victim is about whoever did it
        ("Us va estafar a tots dos amb les factures, i ara ja no hi és.", "accusation"),
        ("Li cobrava hores que mai no havia fet.", "accusation"),
        # a confirmed suspicion that names no thing is about someone
        ("El que vostè temia era veritat, per desgràcia.", "speculation"),
        ("Els seus dubtes estaven ben justificats.", "speculation"),
        # slang and idioms
        ("El van petar just abans de l'estiu.", "reason"),
        ("Se li enganxaven les propines als dits, a aquell.", "accusation"),
        ("Tot el que muntava ho feia amb els peus.", "performance"),
        ("Té més barra que ningú i es creu el rei del mambo.", "disparagement"),
        ("Diguem que no va marxar de bon rotllo.", "speculation"),
        ("Ara està en estat i ha agafat el permís.", "family"),
        ("Li vam pagar la indemnització a terminis.", "confidential"),
    ],
)
def test_catalan_colleague_readings_stay_flagged(text, category):
    from handoff.risk import check_text

    found = check_text(text, "ca")
    assert category in {f.category for f in found}, found


# Indonesian: whom a passage is about, and words said of firms, things and the client's own
# news. New sentences, written for these tests (not corpus rows); the rules only.
@pytest.mark.parametrize(
    "text",
    [
        # a firm or a product dropped, late, broken or "lying"
        "Jasa catering rapat itu sudah kami pecat, mulai bulan depan kami masak sendiri.",
        "Kami memberhentikan perusahaan pengiriman yang lama karena ongkosnya naik terus.",
        "Printer kantor kami sedang bermasalah, jadi fakturnya saya kirim lewat email.",
        "Iklan genteng murah di internet itu bohong, bahannya tipis sekali.",
        "Ubin yang datang kemarin ternyata cacat, sudah kami tukar di toko.",
        "Tukang antar galon telat karena ada kecelakaan di jalan tol.",
        "Mesin fotokopinya kurang cekatan untuk pesanan sebanyak ini, kami sewa satu lagi.",
        "Maaf, Bu, ada salah hitung di faktur kemarin; sudah kami betulkan.",
        "Dia sudah berhenti bekerja di sini; proyek Ibu saya lanjutkan.",
        "Untuk restoran Bapak kami sarankan polis tanggung gugat dari pihak ketiga.",
        # the client's own news, asked after or awaited
        "Pagi, Mbak! Bagaimana kabarnya hari ini?",
        "Saya dengar Ibu baru pindah kantor; kirimannya kami alamatkan ke mana?",
        "Minggu depan gajian, Pak? Sisa pembayarannya boleh menyusul.",
        "Anak Bapak bolos sekolah lagi? Les gambarnya kami geser ke sore saja.",
        # reported speech and an absence announced without a reason
        "Mbak Sari titip salam, katanya semoga rumah barunya nyaman.",
        "Dimas sedang ada urusan keluarga; pesanan Bapak saya yang pegang dulu.",
        # the client's name called after a title, and the client as the owner after the noun
        "Pak Harun, semoga lekas pulih dari operasi lututnya; dokumennya kami antar ke rumah.",
        "Selama Bu Tini cuti, sidang perkara Bapak tetap didampingi tim kami.",
        # a capitalised word that is a place, not a person
        "Motor Ibu yang hilang sudah dilaporkan ke Polres? Kami pinjamkan motor pengganti.",
    ],
)
def test_indonesian_client_matters_and_business_talk_stay_clean(text):
    assert check_text(text, "id") == [], [(f.category, f.words) for f in check_text(text, "id")]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a word of address called with a comma governs nothing; the object after the verb
        ("Bukan mengundurkan diri, Bu, kantor yang memberhentikan dia.", "reason"),
        ("Kami memecat Mas Joni sesudah stok gudang selisih.", "reason"),
        # "beliau" is a third person
        ("Beliau dirawat di rumah sakit jiwa sejak bulan lalu.", "health"),
        # forms, slang and idioms
        ("Dia dikeluarin gara-gara sering ribut sama pelanggan.", "reason"),
        ("Uang muka dua pelanggan dia bawa lari.", "accusation"),
        ("Nota bensinnya ternyata fiktif semua.", "accusation"),
        ("Dia suka main belakang sama toko bangunan sebelah.", "accusation"),
        ("Dia kena serangan panik waktu presentasi.", "health"),
        ("Dia lagi rebutan hak asuh sama mantan suaminya.", "family"),
        ("Dia sudah dua kali dipanggil penyidik.", "legal"),
        ("Tunjangannya kami potong sejak bulan lalu.", "confidential"),
        # the matter is the third person's, and a client in an earlier clause governs nothing
        ("Mungkin Bapak nanti diperiksa penyidik tentang dia.", "legal"),
        ("Kalau Ibu setuju, pengacara kami mau bertanya soal pinjaman yang dia ambil.", "legal"),
        # judgements of a person, not of a thing
        ("Dia memang kurang teliti kalau mengisi formulir.", "performance"),
        ("Mas Heru bukan tukang yang paling rapi di tim kami.", "performance"),
        ("Orangnya tukang drama, Bu, jangan diambil hati.", "disparagement"),
        ("Jujur saja, saya tidak akan merekomendasikan dia.", "disparagement"),
    ],
)
def test_indonesian_risky_forms_are_caught(text, category):
    found = check_text(text, "id")
    assert category in {f.category for f in found}, [(f.category, f.words) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        # things and outside firms, not a colleague
        "The old compressor died on us, so a new one is coming on Tuesday.",
        "The courier firm we used was useless, so we've switched to another one.",
        "That adhesive wasn't up to the job, so we've redone the skirting with a stronger one.",
        "We sacked off the paper booking diary, you can book online now.",
        "The timber merchant lied about the delivery date, so we're using someone else.",
        "The walnut worktops were a steal in the January sale.",
        "We stole a march on the forecast and finished the render on Monday.",
        # the client's own life and people
        "Your partner mentioned she's recovering from an operation, so we'll come after lunch.",
        "Sorry your son lost his job; we can spread the remaining payments over three months.",
        "Good luck with the court hearing on Monday; the invoice can wait until after.",
        "Hope the IVF goes smoothly, Nadia, we'll keep your Friday slot free.",
        "Congratulations on the baby, Mr Osei! We'll pause your lawn visits for a month.",
        "Sorry to hear your scooter was stolen; we can lend you one for the week.",
        "If your bank is looking into fraud on your card, we can wait for the payment.",
        "You're right that your previous surveyor made a mess of the measurements; we'll redo it.",
        "If the police want to speak to you about the burglary, we'll hold the keys for you.",
        "Your solicitor asked for the completion statement, so it's attached.",
        "Your old gardener was struck off? Then we'll check the tree work ourselves.",
        # business words
        "The funeral director rang to confirm the flowers for Saturday.",
        "The buyer's lawyers have finally signed the transfer, so we complete on Friday.",
        "ill ring you tomorrow about the tiles x",
    ],
)
def test_english_business_talk_and_client_matters_stay_clean(text):
    assert check_text(text, "en") == [], [(f.category, f.words) for f in check_text(text, "en")]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a third person's verb before "you", "your"; a person at work after "your"
        ("She overbilled you and kept the change.", "accusation"),
        ("The rep who handled your account was taking backhanders.", "accusation"),
        ("The fitter who measured your hallway was arrested last week.", "accusation"),
        # forms, slang and idioms
        ("He forged the client's signature on the consent form.", "accusation"),
        ("She was flogging our stock on eBay.", "accusation"),
        ("He was doing cash jobs on the side in the company van.", "accusation"),
        ("We had to let Morgan go after the incident in March.", "reason"),
        ("They binned him after the Christmas do.", "reason"),
        ("He's out on bail, so he can't come near the office.", "legal"),
        ("She's been on a psych ward since the spring.", "health"),
        ("He's waiting for knee surgery, so he's off till June.", "health"),
        ("She's fostering a toddler, so she's cut her hours.", "family"),
        ("He's working his notice but he isn't allowed to see clients.", "confidential"),
        ("She was demoted a month before she left.", "confidential"),
        # a confirmed suspicion about a person at work, with no name in the sentence
        ("You were right to be worried about the last electrician.", "speculation"),
    ],
)
def test_english_risky_forms_are_caught(text, category):
    found = check_text(text, "en")
    assert category in {f.category for f in found}, [(f.category, f.words) for f in found]


def test_english_rules_in_another_language_read_its_words_of_address():
    # "rehab" typed into a Polish client's note is the client's own when "Pani" governs it
    assert check_text("Słyszałam, że Pani wraca z rehab, trzymamy termin.", "pl") == []
    # and still a colleague's when he is named by the Polish pronoun
    assert check_text("Jego rehab potrwa miesiąc, więc przejmuję Pani sprawę.", "pl")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Between us, she was never the most careful with measurements.", "performance"),
        ("He made a complete hash of the rota last spring.", "performance"),
        ("Nobody here is going to miss him, honestly.", "disparagement"),
        ("He hasn't been himself since the autumn, so he's taking a break.", "health"),
        ("She's due at the county court in May.", "legal"),
        ("I'd steer clear if he rings you from his new place.", "disparagement"),
    ],
)
def test_english_idioms_and_other_forms_are_caught(text, category):
    found = check_text(text, "en")
    assert category in {f.category for f in found}, [(f.category, f.words) for f in found]


def test_english_idioms_said_of_things_stay_clean():
    for text in (
        "The hotel Wi-Fi was a disgrace, so we've moved your booking.",
        "The old scanner wasn't great with glossy paper, so we replaced it.",
        "The last batch of shelving was poorly made, so we sent it back.",
    ):
        assert check_text(text, "en") == [], text
