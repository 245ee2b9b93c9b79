"""The Polish rules of the risk checker (see `handoff.risk.rules` for their form)."""

from __future__ import annotations

from typing import Any

from handoff.risk.rules import TERMINATION, r, s

# Things and outside firms a client may call poor, a cheat or a let-down ("hurtownia nas
# zawiodła", "tarcza padła", "skład budowlany oszukał nas na ilości"): the subject of the
# flagged words, up to four words before them, or the noun an adjective qualifies right after
# ("nierzetelna firma"). `_THING_WORD` is the word alone, for a pattern that says what
# stands before it.
_THING_WORD = (
    r"(?:hurtowni|dostawc|kurier|ekip|firm|program|aplikacj|system|maszyn|tarcz|pomp|piec"
    r"|kocioł|kotł|samochód|bus|drukark|wiertark|szlifierk|bateri|akumulator|silnik|serwer"
    r"|sieć|farb|tynk|klej|płytk|produkt|dostaw|bank|stron|telefon|laptop|dźwig|winda|sklep"
    r"|producent|hurtownik|fabryk|spedytor|przewoźnik|lakierni|drukarni|skład|deweloper"
    r"|podwykonawc|wykonawc|cateri|cukierni|piekarni|tapet|zawias|kserokopiar|zestaw|hotel"
    r"|parti[aię]|silikon|urząd|urzęd|poczt|wydawnictw|przedstawiciel|ubezpieczyciel|towar"
    r"|materiał|sprzęt|urządzeni|lakier|cement|kabel|kabl|okn|drzwi|kurs|model|marka|mark[iię]"
    r"|przesyłk|paczk|kontener|transport|ciężarówk|zamówieni"
    # machines of an office or a shop, prices, the market, the weather, trading partners
    r"|klimatyzacj|komputer|kas(?:a|y|ie|ą|ę) fiskaln|ekspres|agregat|licznik|kopark|pomysł"
    r"|cen(?:a|y|ie|ę|ą|ami)\b|koniunktur|rynek|rynk|gaz|prąd|pogod|kontrahent|konkurencj"
    r"|partner\w* (?:technologiczn|biznesow|handlow)|seri[aię] |kafl|rośli|szkółk|inwestycj"
    r"|fundusz|burz|mróz|mroz|deszcz|wiatr|powód|powodzi|upał"
    r"|betoniar|kosiar|zmywar|pralk|suszar|zamrażar|lodówk|wkrętar|kompresor|frezar|tokar)"
    r"\w*"
)
_THING = r"(?<!\w)" + _THING_WORD
# (no "jego", "jej" between: "te kable to jego dzieło, partactwo" is about him)
_NOT_HIM = r"(?!(?:jego|jej|go|mu|on|ona|oni|one|nim|nią|niego|niej|ich|im)\b)"
_THINGS = _THING + r"(?:,? " + _NOT_HIM + r"[\w']+){0,4}"
_THING_NEXT = r"(?:[\w']+ )?" + _THING
# Firms that cheat as a sentence's subject ("hurtownia nas oszukała"), not the place a person
# worked ("w sklepie oszukiwał") nor what was stolen ("opychał firmowe nagłośnienie na boku").
_FIRMS = (
    r"(?<!\bw\s)(?<!\bna\s)(?<!\bu\s)(?<!\bz\s)(?<!\bze\s)(?<!\bdo\s)(?<!\w)"
    r"(?:hurtowni|hurtownik|dostawc|kurier|ekip|firma|firmą|producent|fabryk|spedytor|przewoźnik"
    r"|lakierni|drukarni|skład|deweloper|podwykonawc|wykonawc|cukierni|piekarni|hotel|urząd"
    r"|poczt|wydawnictw|przedstawiciel|ubezpieczyciel|bank|sklep|kontrahent|szkółk|cateri"
    r"|partner\w* (?:technologiczn|biznesow|handlow)|licznik|system|program|pogod)\w*(?:,? "
    + _NOT_HIM
    + r"[\w']+){0,4}"
)

# What a client was right about, or what would not surprise us, when it is a thing, a date or
# a matter of the job and not a person ("ma Pan rację co do terminu", "miał pan rację z tą
# pogodą", "nie zdziwiłbym się, gdyby ceny poszły w górę"): written from the train split's false
# alarms.
_MATTER = (
    r"(?:(?:co do|z|ze|w sprawie|odnośnie|jeśli chodzi o) (?:t(?:ym|ą|ego|ej|ych|e|en|a) )?"
    r"|(?:się,? )?(?:gdyby|jeśli|jeżeli|że) (?:[\w']+ )?)"
    + _NOT_HIM
    + r"(?:"
    + _THING_WORD
    + r"|termin\w*|hałas\w*|wentylator\w*|mecz\w*|rur\w*"
    r"|remont\w*|kolor\w*|wycen\w*|faktur\w*|rachun\w*|kosztorys\w*|projekt\w*|dach\w*"
    r"|ścian\w*|podłog\w*|kuchni\w*|łazien\w*|zam(?:ek|k)\w*|pomiar\w*|kolejk\w*|ofert\w*"
    r"|umow\w*|podat\w*|zus\w*|ulg\w*|rozlicze\w*|dokument\w*|stawk\w*|koszt\w*|pogod\w*)"
    r"|,? że to ja\b"
)
# A refusal to repeat rumours ("nie będę ich komentować", "proszę je puścić mimo uszu") right
# after the word, or a rule or a question before it ("o kolegach się nie plotkuje", "nie
# wiem, skąd ta plotka"); a rumour said before a refusal ("krążą plotki, że…, ale nie będę
# tego komentować") stands, and so does "ja nie plotkuję, ale…".
_REFUSED_AFTER = (
    r"(?:(?!że\b)[\w']+,? ){0,4}(?:ale |to |więc |i )?(?:proszę (?:je |ich )?)?"
    r"(?:nie (?:będę|zamierzam|chcę|mogę) (?:ich |jej |tego |tych |o nich )?(?:komentow|powtarza)"
    r"|(?:puścić|puszczać) (?:je )?mimo uszu|nie (?:słuchać|wierzyć))"
)
_REFUSED_BEFORE = r"się nie|skąd (?:ta|te|takie|taka|tyle)|nie komentuj\w*|nie powtarzam"
# "Nie wiem, czemu odeszła, bo byłam wtedy na urlopie": not knowing why, or declining to say.
_NOT_KNOWN_WHY = (
    r"(?:nie wiem|nie mogę (?:powiedzieć|mówić)|nie powiem|nie komentuj\w*|nie będę komentować)"
    r",? (?:czemu|dlaczego) (?:[\w']+ )?"
)

# The court in the firm's paperwork: papers it prepares for a court or translates from one
# ("kosztorys naprawy dla sądu", "wycenę możemy przesłać do sądu", "papiery z sądu
# rodzinnego"), before the word; an expert witness ("jest dziś w sądzie jako biegły"), after it.
_COURT_PAPERS = (
    r"(?:kosztorys\w*|wycen\w*|opini\w*|dokument\w*|pism\w*|papier\w*|wyliczeni\w*)"
    r"(?: [\w']+){0,3} (?:dla|do|z|ze)"
    r"|(?:przesła|prześl|wysła|wyśl|dostarcz|przekaza|przekaż)\w*"
    r"(?: (?:go|je|ją|ten|tę|to))?(?: do)?"
)
_EXPERT = r"(?:[\w']+ ){0,2}jako biegł"

# A thing or a firm as the subject of the flagged words ("ten klej to jakaś kradzież", "seria
# kafli jest oszukana"), never the place a person worked ("w sklepie podkradał").
_SUBJ_THINGS = r"(?<!\bw\s)(?<!\bna\s)(?<!\bu\s)(?<!\bz\s)(?<!\bze\s)(?<!\bdo\s)" + _THINGS

RULES: list[dict[str, Any]] = [
    # powód odejścia
    r(
        "reason",
        # Participles and nouns are about people ("zwolniona", "zwolnienie"); the verb also
        # frees a slot or scaffolding ("zwolnił się termin", "zwolnimy rusztowanie"), so
        # verb forms count only with a person: a pronoun or "z pracy".
        r"zwolnion\w*|zwolnieni|zwolnien(?:ie|ia|iu|iem|iach|iami)",
        not_after=r"(?:z|od) (?:vat|podatku|opłat|opłaty|akcyzy|cła|obowiązku)|lekarsk"
        # releasing a block, funds or a deposit ("zwolnienie blokady na koncie")
        r"|(?:blokad|środków|zabezpieczeni|hipotek|kaucj|gwarancj|zastaw)",
        not_before=r"(?:termin|miejsce|pokój|rusztowanie|sala)\w*(?: (?:został|została|było))?",
    ),
    r(
        "reason",
        r"(?:zwolni|zwalnia)\w* (?:go|ją|ich|jego|jej|mnie|nas|pracownik\w*|z pracy|z firmy"
        r"|się z pracy|dyscyplinarnie)|(?:go|ją|ich) (?:zwolni|zwalnia)\w*",
    ),
    r(
        # Past tense is nearly always about a person ("zwolnili Tomka"), unless a slot,
        # a room or the pace is what was freed.
        "reason",
        r"zwolnił(?!o)\w*|zwolnili\w*|zwalniał(?!o)\w*|zwalniali\w*",
        not_after=r"(?:(?:się|nam|mi|wam|panu|pani|państwu) )?(?:termin|miejsce|pokój|pokoje|sala"
        r"|salę|rusztowanie|tempo|blokadę|hamulec|kontener|magazyn|plac|parking|linię|zasoby"
        r"|środki)\w*|" + _THING_NEXT,
        not_before=r"(?:termin|miejsce|pokój|sala|rusztowanie|tempo|parking|plac)\w*(?: się)?",
    ),
    r(
        "reason",
        r"wyrzuc\w* (?:go|ją|ich|z pracy|z firmy)|wyrzucon\w* z (?:pracy|firmy)"
        r"|wylecia\w* z (?:pracy|firmy)|wylan\w* z (?:pracy|firmy)",
    ),
    r(
        "reason",
        r"rozwiąza\w* (?:z nim|z nią|z nimi) umow\w*|umow\w* o pracę|wypowiedzeni\w* umowy o pracę",
    ),
    r("reason", r"(?:złoży\w*|dosta\w*|otrzyma\w*|wręczy\w*) wypowiedzeni\w*"),
    r("reason", r"zrezygnowa\w* z (?:pracy|posady|stanowiska)|rezygnacj\w* z (?:pracy|posady)"),
    r("reason", r"redukcj\w* etat\w*|zwolnienia grupowe|dyscyplinark\w*"),
    r(
        "reason",
        r"wylał\w* (?:go|ją|ich)|(?:go|ją|ich) wylał\w*|wylan\w* z (?:pracy|roboty)"
        r"|pozby\w* się (?:go|jej|ich)|(?:pożegna|rozsta)\w* się z (?:nim|nią|nimi)"
        r"|(?:zostawi|porzuci)\w* (?:robotę|pracę|budowę)|wypowiedzia\w* umowę o pracę",
    ),
    r("reason", r"rzuci\w* (?:pracę|robotę)|odszed\w* z hukiem|pożegnaliśmy się z (?:nim|nią)"),
    # oskarżenia
    r("accusation", r"ukrad\w*|kradł\w*|kradn\w*|kradli", not_before=_SUBJ_THINGS),
    # "złodziej prądu" is a machine that eats power; the weather "robs" weeks
    r(
        "accusation",
        r"złodzie\w*|okrad\w*",
        not_before=_SUBJ_THINGS,
        not_after=r"(?:prądu|energii|paliwa|miejsca|wody|gazu)",
    ),
    # A theft of goods from a store is a crime by persons unknown, not an accusation.
    r(
        "accusation",
        r"kradzie\w*",
        not_before=_SUBJ_THINGS,
        not_after=r"(?:towar|stok|materiał|narzędz|paliw|sprzęt|aut|samochod|rower"
        r"|(?:z|w|na) (?:magazyn|budow|plac|parking))"
        # a price: "to jakaś kradzież, osiemdziesiąt złotych za tubkę"
        r"|,? (?:[\w']+ ){0,3}(?:złotych|złote|zł|euro|\d+) za\b",
    ),
    r("accusation", r"defraudacj\w*|sprzeniewierz\w*|malwersacj\w*|wyłudz\w*"),
    # Cheating and lying are said of firms and things too ("hurtownia nas oszukała", "tapeta
    # kłamie na zdjęciach").
    r("accusation", r"oszu\w*", not_before=_FIRMS + "|" + _SUBJ_THINGS),
    r(
        "accusation",
        r"policj\w*",
        # a crime against the firm reported, traces secured, footage asked for: not an
        # accusation; nor a speed trap or a closed road; nor the papers of a claim ("protokół
        # policji", "zgłoszenie na policję", "policja wystawiła nam zaświadczenie")
        not_before=r"(?:komisariat\w*|komend\w*|posterun\w*)"
        r"|zgłosi\w* (?:kradzież|włamanie|zniszczenie|wandalizm|szkodę|kolizję)(?: [\w']+){0,4}"
        r" (?:na|do)|(?:protokół|protokołu|protokołem|notatk\w*|raport\w*|zaświadczeni\w*)"
        r"(?: (?:z|od))?|zgłoszeni\w* (?:na|do)",
        not_after=r"(?:zamknęła|zablokowała|kierowała ruchem|drogow\w*|zabezpieczyła ślady"
        r"|(?:prosi|poprosi)\w* (?:\w+ )?o (?:nagrania|nagranie|zapis|monitoring|listę|numer"
        r"|fakturę|dane)|(?:zrobiła|zrobili|ustawiła) (?:\w+ )?(?:zasadzkę|kontrolę)|fotoradar"
        r"|(?:już )?(?:wszystko )?spisał\w*|wystawiła (?:nam|mi|panu|pani)"
        r"|przyszła (?:zrobić|na) (?:rutynow|oględzin)\w*)",
    ),
    r("accusation", r"przestęp\w*|aresztowan\w*|areszt\w*|zatrzyman\w* przez policję"),
    r("accusation", r"łapów\w*|przekup\w*|molestow\w*|nękani\w*|mobbing\w*"),
    r("accusation", r"pijan\w*|po pijanemu|pod wpływem alkoholu|narkoty\w*|sabotow\w*"),
    # ("ta tapeta kłamie na zdjęciach")
    r("accusation", r"kłama\w*|okłama\w*|kłamstw\w*", not_before=_THINGS),
    r("accusation", r"naruszeni\w* obowiązków"),
    r(
        "accusation",
        r"(?:brał|brała|brali|wziął|wzięła|wzięli) pieniądze|do (?:własnej|swojej) kieszeni"
        r"|fałszowa\w*|sfałszowa\w*|podrabia\w*|podrobi\w*",
    ),
    # wyniki i kompetencje
    r("performance", r"nie radzi\w* sobie|nie dawa\w* sobie rady|nie nadawa\w* się"),
    r(
        "performance",
        r"(?:słab|złe|złych|kiepsk|niezadowalając)\w* (?:wynik|prac|wydajnoś|jakoś)\w*",
        not_before=_THINGS + r" (?:był|była|było|były|jest|są)",
        # the results of an investment, a fund or a quarter
        not_after=r"(?:inwestycj|fundusz|sprzedaż|portfel|finansow|rynk|firmy|spółki|kwartał"
        r"|lokat|obligacj|akcj)",
    ),
    r("performance", r"(?:jego|jej) (?:wydajnoś\w*|wyniki|wyników|zaangażowani\w*|postaw\w*)"),
    r("performance", r"niekompetencj\w*|zaniedba\w*|zaniedbywa\w*"),
    r("performance", r"(?:ciągle|wiecznie|notorycznie|stale|często|zawsze) (?:się )?spóźnia\w*"),
    r("performance", r"spóźnienia|nieobecnoś\w* w pracy|nie przychodzi\w* do pracy"),
    r("performance", r"niestawiennictw\w*|nie stawia\w* się|popełnia\w* błęd\w*"),
    r("performance", r"skarg\w* na (?:niego|nią|nich|jego|jej)"),
    r(
        "performance",
        r"zawiód\w*|zawiodł\w*|zawodzi\w*",
        not_before=r"nie|" + _THINGS,
        not_after=r"(?:nas |mnie )?" + _THING,  # "zawiódł nas transport z hurtowni"
    ),
    r(
        "performance",
        r"(?:jego|jej) prac\w* (?:był\w*|jest|nie był\w*) (?:zła|słaba|kiepska|niedbała|fatalna)"
        r"|nie (?:był\w*|jest) na (?:odpowiednim|właściwym|należytym) poziomie"
        r"|nie spełnia\w* (?:oczekiwań|wymagań|standardów)|nie wywiązywa\w* się|fuszerk\w*"
        r"|spartaczy\w*|partacz\w*|niedbał\w*",
        not_before=_SUBJ_THINGS,
        not_after=r"(?:nas |mnie )?" + _THING,
    ),
    # zdrowie
    r(
        "health",
        r"chor(?:y|a|e|zy|ego|ej|ym|ób|oba|obę|oby|obie|obą|obow\w*|uje|ował\w*)",
        # someone else's firm's worker: "operator dźwigu jest chory"
        not_before=r"(?:operator|kierowc|kurier|monter|dźwigow|hydraulik dostawcy)\w*"
        r"(?: [\w']+){0,3}|" + _SUBJ_THINGS,
        not_after=r"(?:pomysł|koncept)\w*",  # "chory pomysł"
    ),
    r("health", r"zwolnieni\w* lekarsk\w*|na l4|urlop\w* zdrowotn\w*"),
    r(
        "health",
        r"(?:jest|był|była|leży|leżał\w*|trafił\w*) (?:w|do) szpital\w*|hospitalizowan\w*",
    ),
    r("health", r"operacj\w* (?:serca|kolana|biodra|kręgosłupa)|po operacji|przeszł\w* operację"),
    r(
        "health",
        r"zdrowi\w* psychiczn\w*|problem\w* (?:ze zdrowiem|zdrowotn\w*)|stan\w* zdrowia"
        r"|leczy się|leczył\w* się|psychiatr\w*|(?:był|była|jest|są|byli) wypalon\w*",
    ),
    # "zawał" (a heart attack) in its cases only: folded, "zawalił termin" (missed a deadline)
    # begins the same way.
    r(
        "health",
        r"nowotw\w*|depresj\w*|wypaleni\w* (?:zawodow\w*|psychiczn\w*)|załamani\w* nerwow\w*"
        r"|udar(?:u|em|owi|ze|y|ów)?",
    ),
    # a system "dostał zawału", and "zawał zamówień" is a rush of orders
    r(
        "health",
        r"zawał(?:u|em|owi|e|y|ów)?",
        not_before=_SUBJ_THINGS,
        not_after=r"(?:zamówień|zleceń|pracy|roboty|telefonów|maili|klientów|rezerwacji)",
    ),
    # "zawalić" of a person, not of an order that fell through ("zamówienie się zawaliło") or
    # a firm that let us down ("hurtownia zawaliła dostawę").
    r(
        "performance",
        r"zawal(?:ił|iła|ili|iły|ał|ała|ali|ały|a|ą|ać|ić)\w* (?:\w+ )?(?:termin\w*|spraw\w*"
        r"|robot\w*|projekt\w*|zlecen\w*)|zawalił|zawaliła|zawalili|zawalał\w*",
        not_before=_THINGS,
    ),
    r("health", r"problem\w* z (?:alkoholem|piciem|narkotykami)|nadużywa\w* alkoholu"),
    r("health", r"uzależni\w*|alkoholi\w*|(?:jest|był|była) niepełnospraw\w*|odwyk\w*"),
    # ciąża, rodzina, życie prywatne
    r(
        "family",
        r"spodziewa\w* się (?:dziecka|bliźniąt|bliźniaków)|romans\w*"
        r"|(?:jego|jej) życi\w* (?:prywatn|osobist)\w*|spotyka\w* się z (?:klientką|klientem)",
    ),
    r("family", r"ciąż\w*|w ciąży|urlop\w* (?:macierzyńsk|ojcowsk|wychowawcz|rodzicielsk)\w*"),
    r("family", r"macierzyńsk\w*|urodzi\w* dzieck\w*|porod\w*|poród|opiek\w* nad dzieckiem"),
    r("family", r"rozw(?:ód|odu|odzie|odem|odzi\w*|iod\w*)"),
    # A wedding or a funeral is what a florist, a caterer or a photographer sells ("fotki z
    # wesela", "zakład pogrzebowy"): only someone's own counts.
    r(
        "family",
        r"(?:bierze|brał\w*|wzi\w*|weźmie|biorą) ślub\w*|żeni się|ożeni\w* się"
        r"|(?:wychodzi|wyszła|wyjdzie) za mąż|(?:jego|jej|ich|swój|swoje|swoim|swojego|swojej)"
        r" (?:ślub|wesel|pogrzeb)\w*|(?:jest|był\w*|pojecha\w*|wyjecha\w*|jedzie|poszedł|poszła)"
        r" na (?:ślub|wesel|pogrzeb)\w*",
    ),
    r("family", r"(?:jego|jej) (?:żon|mąż|męż|partner|rodzin|dziec|matk|ojc|rodzic)\w*"),
    r(
        "family",
        r"(?:z |ze )?(?:względów|powodów|przyczyn|spraw) (?:rodzinnych|osobistych|prywatnych)"
        r"|sprawy (?:rodzinne|osobiste|prywatne)|zmarł\w*|żałob\w*",
    ),
    # postępowanie prawne
    r(
        "legal",
        r"sąd|sądu|sądem|sądzie|sądy|sądów|sądow(?!nik)\w*|pozew|pozwu|pozw(?:ać|ał\w*|ie\w*)",
        # the company register; the firm's own case against a supplier
        not_after=r"rejestrow|(?:gospodarczy )?(?:wpisał|zarejestrował|przysłał (?:nam )?"
        r"postanowienie o wpis)|(?:[\w']+ ){0,3}?przeciwko (?:naszemu |temu |tej |naszej )?"
        r"(?:dostawc|hurtowni|wykonawc|podwykonawc|producent|firm|dewelop|ubezpieczyciel|bank)"
        r"|(?:dostawc|hurtowni|wykonawc|podwykonawc|producent|firm|dewelop|ubezpieczyciel|bank)"
        r"|" + _EXPERT,
        not_before=_COURT_PAPERS,
    ),
    r("legal", r"pozywa\w*|proces\w* sądow\w*|prokurat\w*|kroki prawne|drog\w* sądow\w*"),
    r("legal", r"zniesławieni\w*|pomówieni\w*|ugod\w* sądow\w*|sprawa w sądzie"),
    r("legal", r"(?:jego|jej|ich) (?:prawnik|adwokat|pełnomocnik)\w*|prawnicy się tym zajmują"),
    r("legal", r"inspekcj\w* pracy", not_before=r"kontrol\w*(?: z)?"),
    r("legal", r"sprawa karna|postępowani\w* (?:karne|sądowe)\w*"),
    # A law firm acting for us; a notary's, tax adviser's or accountant's office, or the office
    # as the client's firm or a former colleague's workplace, is not.
    r(
        "legal",
        r"kancelari\w*",
        # the firm's own office hours, a law firm's invoice, a parish office
        not_before=r"(?:pracownik|pracownic|współpracownik|wspólnik)\w*"
        r"|(?:w|u) (?:naszej |tej |tamtej )?|godzin\w*|(?:faktur|rachun)\w* (?:od|z|dla)",
        not_after=r"(?:notarialn|podatkow|rachunkow|księgow|biegł|parafi)",
    ),
    # spekulacje i plotki
    r("speculation", r"plotk\w*", not_before=_REFUSED_BEFORE, not_after=_REFUSED_AFTER),
    r("speculation", r"podobno|rzekomo|ponoć|krążą słuchy|mówi się, że|mówi się że"),
    # (not "nie słyszałam, żeby…", a denial; nor the client's own news heard from them, "od
    # Pana", or about them, "że miałeś wypadek")
    r(
        "speculation",
        r"(?<!\bnie\s)(?:słyszał(?:em|am|)\W+że|słyszałem|słyszałam)",
        not_after=r"(?:od (?:pana|pani|państwa|ciebie|was)\b"
        r"|(?:\W*że)?\W*(?:[\w']+ )?(?:jesteś|jesteście|miałeś|miałaś|byłeś|byłaś|masz|macie)\b)",
    ),
    r("speculation", r"między nami|nieoficjalnie"),
    r(
        "speculation",
        r"ludzie mówią|mówią, że|mówiło się|podejrzewam, że|chodzą słuchy|wszyscy wiedzą"
        r"|każdy wie|po cichu",
    ),
    r(
        "speculation",
        r"(?:chyba|pewnie|prawdopodobnie|pewno|zapewne) (?:dlatego|przez to|z powodu)"
        r"|jak się (?:(?:pan|pani|państwo) )?domyśla\w*",
    ),
    r(
        "speculation",
        r"ma (?:pan|pani) rację|mają państwo rację|nic dziwnego|nie zdziwi\w*",
        not_after=_MATTER,
    ),
    r("speculation", r"domyśla(?:cie|sz|ją|ją państwo|pan|pani)? się pewnie|nie powinien\w* mówić"),
    # dyskredytowanie
    r(
        "disparagement",
        r"leniw\w*|bezużyteczn\w*|nieudoln\w*|nieudacznik\w*|niekompetentn\w*",
        not_before=_THINGS,
        not_after=_THING_NEXT,
    ),
    r(
        "disparagement",
        r"nierzeteln\w*|nieuczciw\w*|kłamc\w*|nieodpowiedzialn\w*",
        not_before=_THINGS,
        not_after=_THING_NEXT,
    ),
    r(
        "disparagement",
        r"nie można (?:było )?na (?:nim|niej|nich) polegać|nie da się z (?:nim|nią)",
    ),
    r(
        "disparagement",
        r"beznadziejn\w*|idiot\w*|głup\w*|katastrof\w*|nieprofesjonaln\w*",
        not_before=_THINGS,
        not_after=_THING_NEXT,
    ),
    r("disparagement", r"(?:dobrze|lepiej), że (?:go|jej|ich) nie ma"),
    r("disparagement", r"wrzuci\w* (?:mnie|nas|go|ją|ich) pod autobus|obgad\w*|oczerni\w*"),
    r("disparagement", r"szkalowa\w*|oczernia\w*|obsmarowa\w*"),
    r(
        "disparagement",
        r"nikt (?:za nim|za nią|za nimi) nie (?:będzie )?tęskni\w*|(?:był\w*|jest) "
        r"(?:kompletną |totalną )?porażką|(?:kompletn|totaln)\w* porażk\w*",
        not_before=_THINGS + r"(?: to)?",
    ),
    # poufne sprawy kadrowe
    # pay across a trade or a country is economics, not a colleague's pay
    r(
        "confidential",
        r"pensj\w*|wynagrodzeni\w*|zarobk\w*|zarabia\w*",
        not_before=r"(?:średni\w*|minimaln\w*|gus)(?: [\w']+){0,2}",
        not_after=r"w (?:całej )?(?:branży|kraju|gospodarce|sektorze|regionie|polsce)",
    ),
    # a price rise for the client ("lekka podwyżka za obiady"), not a pay rise
    r(
        "confidential",
        r"podwyżk\w*",
        not_after=r"cen|cennik|czynsz|opłat|stawek|abonament|rachunk|za (?:obiad|usług|towar"
        r"|produkt|prąd|gaz|wod|czynsz|abonament|dostaw|wynaj|bilet|paliw|materiał|wizyt|kurs)",
    ),
    r("confidential", r"premi(?:a|i|ę|ą|e)", not_after=r"ofert"),
    r("confidential", r"nagan\w*|kar\w* dyscyplinarn\w*|postępowani\w* dyscyplinarn\w*"),
    r("confidential", r"dyscyplinarn\w*|upomnieni\w* (?:pisemn|dla)\w*"),
    # software on trial is not a person on probation
    r("confidential", r"okres\w* próbn\w*", not_before=_SUBJ_THINGS),
    r("confidential", r"akt\w* osobow\w*|(?:dosta\w*|otrzyma\w*|wypłaci\w*) odpraw\w*"),
    r("confidential", r"odpraw\w* (?:pieniężn\w*|dla (?:niego|niej))"),
    r("confidential", r"ocen\w* (?:okresow|pracownicz)\w*|świadectw\w* pracy"),
    r(
        "confidential",
        r"(?:ostatni\w*|pisemn\w*|ustn\w*|formaln\w*) ostrzeżeni\w*|ostrzeżeni\w* na piśmie"
        r"|zawieszon\w* w (?:obowiązkach|prawach)",
    ),
    # fałszywe złagodzenia (tylko przy rozstaniu na stałe)
    r(
        "false_softener",
        r"postanowi\w* odejść|zdecydowa\w* się odejść|chcia\w* odejść|na własną prośbę"
        r"|nowych wyzwań|nowe wyzwania|nowych możliwości|nowe możliwości|nowej drogi",
        kinds=TERMINATION,
    ),
    r(
        "false_softener",
        r"za porozumieniem stron|w zgodzie|polubownie|w dobrej atmosferze|rozstaliśmy się"
        r"|rozwijać się gdzie indziej|spróbować czegoś nowego|więcej czasu dla rodziny",
        kinds=TERMINATION,
    ),
    # poszerzone po drugim pomiarze na ślepo
    r(
        "reason",
        r"wypowiedzeni(?:e|a|u|em)",
        not_after=r"(?:umowy|umów|najmu|dzierżawy)",
        # the notice period of a lease or a subscription
        not_before=r"bez(?: okresu)?"
        r"|(?:najm|dzierżaw|lokal|abonament|subskrypcj)\w*(?: [\w']+){0,4}",
    ),
    r(
        "reason",
        r"kaza\w* (?:mu|jej|im) (?:nie wracać|odejść|się wynosić|się spakować|opuścić)"
        r"|pokaza\w* (?:mu|jej|im) drzwi|wywal\w* (?:go|ją|ich|z pracy|z roboty)|wywalon\w*"
        r"|wylecia\w* z roboty|na bruk|straci\w* pracę",
    ),
    r(
        "accusation",
        r"zarzuca\w* (?:mu|jej|im)|postawiono (?:mu|jej|im) zarzut\w*|oskarżon\w*"
        r"|oskarża\w* (?:go|ją|ich|o)|zawyża\w* (?:rachunki|faktury|ceny)|przywłaszcz\w*"
        r"|wynosi\w* (?:narzędzia|materiał\w*|towar\w*)|wyniósł\w*|zdefraudowa\w*"
        r"|nagra\w* (?:go|ją|ich) kamer\w*|na nagraniu z monitoringu",
        not_before=_FIRMS,
    ),
    r(
        "performance",
        r"(?:nigdy )?(?:niczego )?nie kończył\w*|nie dotrzymywa\w* terminów"
        r"|(?:ciągle|zawsze|wiecznie) (?:się )?(?:opóźnia|spóźnia)\w*",
    ),
    r(
        "disparagement",
        r"najgorsz\w* (?:glazurnik|pracownik|pracownic|fachow|kierownik|osob|pracowni)\w*"
        r"|nie (?:mógł|mogła|mogli|dało się) (?:już )?z (?:nim|nią|nimi) wytrzymać"
        r"|nie do zniesienia|nie znosi\w* (?:go|jej|ich)|arogan\w*|chamsk\w*|bezczeln\w*"
        r"|dobrze, że (?:odszedł|odeszła|odeszli)",
    ),
    r(
        "speculation",
        r"(?:przechodzi|przeszedł|przeszła|odszedł|odeszła) do konkurencji|u konkurencji"
        r"|podejrzewam|zdaje się, że (?:on|ona)|pewnie (?:odszedł|odeszła|dlatego)",
    ),
    r(
        "health",
        r"poroni\w*|poronieni\w*|chemioterapi\w*|radioterapi\w*|zachorowa\w*"
        r"|(?:miał\w*|uległ\w*) wypad\w*|po wypadku|złama\w* (?:nogę|rękę|kręgosłup|nadgarstek)",
    ),
    r(
        "family",
        r"przeprowadz\w* się|przeprowadzi\w* się|wyjecha\w* za granicę|emigrow\w*"
        r"|opiek\w* nad (?:mamą|tatą|rodzicami|matką|ojcem)"
        r"|opiekuje się (?:chor|mam|tat|rodzic)\w*",
    ),
    r("legal", r"grozi\w* (?:nam )?(?:sądem|pozwem|prawnikiem)|spor\w* sądow\w*|sporze"),
    r("confidential", r"dyscyplin(?:arn|ując)\w*"),
    r(
        "false_softener",
        r"nowy start|nowy początek|nowe otwarcie|czas na zmian\w*|gdzie indziej"
        r"|uzna\w*, że (?:czas|pora|nadszedł czas)|zmienić branżę",
        kinds=TERMINATION,
    ),
    # Reguły na rdzeniach (Snowball): jedna forma słownikowa obejmuje wszystkie formy o tym
    # samym rdzeniu ("prawnik" — prawnicy, prawników, prawnikami).
    s(
        "reason",
        "etat ... zlikwidowano/zlikwidowany/zlikwidowali|likwidacja ... stanowiska"
        "|odszedł/odeszła/odejść bo/ponieważ/przez|musieliśmy ... pożegnać"
        "|musieliśmy ... pozbyć|nie mieliśmy wyboru|pokazali ... drzwi|wyprowadzono ... z biura"
        "|wyprowadzili ... z biura|kazali ... spakować|nie przedłużyliśmy ... umowy"
        "|rozwiązaliśmy ... umowę|wręczyliśmy ... wypowiedzenie|dyscyplinarnie",
        not_before=_FIRMS + "|" + _NOT_KNOWN_WHY,
        # a contract ended with a courier firm or a supplier
        not_after=r"(?:z|ze) (?:[\w']+ )?(?:firm|dostawc|hurtowni|kurier|wykonawc|podwykonawc|bank"
        r"|operator|wynajmując|ubezpieczyciel|kontrahent|spół|agencj|drukarni|hotel)",
    ),
    s(
        "speculation",
        "nie z własnej woli|nie odszedł/odeszła z własnej woli|pan/pani się domyśla"
        "|sam/sama pan/pani się domyśla|jak się pan/pani domyśla|pani/pan wie jakie"
        "|były powody|swoje powody|dobrze wie co zrobił/zrobiła|dopowie resztę|powiem tyle"
        "|nic więcej nie powiem|więcej nie powiem|nieprawidłowości|nie wszystko było czyste"
        "|że tak powiem|wiadomo czemu/dlaczego|po tym co się stało|więcej niż mogę powiedzieć"
        "|czemu/dlaczego ktoś|sama sobie na to zapracowała|sam sobie na to zapracował"
        "|zapracował/zapracowała sobie|był incydent|incydent|w sumie dobrze|nie w zgodzie"
        "|nie bez powodu|miało go/ją dosyć|szefostwo miało|nie była do końca jego/jej decyzja"
        "|tak to ujmę|rzeczy się wydały|wszystko się wydało|wyszło na jaw|wyszły na jaw"
        "|przeczucia ... sprawdziły|przeczucia/obawy/podejrzenia co do niego/niej"
        "|przeczucie ... sprawdziło|słusznie pan/pani podejrzewał"
        "|słusznie pan/pani podejrzewała|podejrzenia ... trafne|podejrzenia ... potwierdziły"
        "|obawy ... uzasadnione|obawy ... słuszne|dobrze pan/pani zrobił/zrobiła że zgłosił"
        "|to właśnie powód|jedynym klientem który|nie zaprzeczę|dobrze pani/pan wyczuła/wyczuł"
        "|intuicja nie zawiodła|miała/miał pani/pan rację co do|miałeś/miałaś rację że"
        "|rację co do niego/niej|martwił/martwiła ... o niego/nią"
        "|ostrzegał/ostrzegała ... przed nim"
        "|ostrzegał/ostrzegała ... przed nią|słusznie pan/pani się martwił/martwiła",
        # "nie komentuję, dlaczego ktoś przestał u nas pracować"
        not_before=r"nie (?:komentuj\w*|będę komentować|mogę (?:powiedzieć|mówić|komentować))",
        not_after=_MATTER,
    ),
    s(
        "performance",
        "najbardziej niezawodnym|nie był/była najbardziej"
        "|nie ogarnął/ogarnęła/ogarniał/ogarniała/ogarniali"
        "|nie nadążał/nadążała|musieliśmy poprawiać|poprawiać po nim/niej|myliła/mylił zamówienia"
        "|ciągle mylił/myliła|nie przykładał/przykładała się|się nie przykładał/przykładała"
        "|nie odpisywał/odpisywała|narobił/narobiła bałaganu|bałagan|strasznie długo"
        "|nie był/była zbyt solidny/solidna|jakość jego/jej pracy|niechlujny/niechlujna"
        "|niechlujnie|za dużo błędów|popełniał/popełniała ... błędów|nie dowoził/dowoziła"
        "|nie spełniał/spełniała|w tyle|zapominał/zapominała|ciągle zapominał/zapominała"
        "|nie dotrzymywał/dotrzymywała|olewał/olewała"
        "|spartaczył/spartaczyła|fuszerka|fuszerkę"
        "|nie radził/radziła sobie|nie nadawał/nadawała się|nie sprawdził/sprawdziła się"
        "|niekompetentny/niekompetentna|partacz|partaczył/partaczyła|guzdrał/guzdrała",
        not_before=_THINGS,
    ),
    # Slang of botched work in the past tense, said of a person; a thing "się zepsuł" or
    # "nawalił" as the subject named after the verb ("nawalił serwer") is not.
    r(
        "performance",
        r"nawali(?:ł|ła|li)|spieprzy(?:ł|ła|li)|popsu(?:ł|ła|li)|zepsu(?:ł|ła|li)"
        r"|fuszerowa(?:ł|ła|li)|spapra(?:ł|ła|li)|schrzani(?:ł|ła|li)|spartoli(?:ł|ła|li)",
        not_before=r"się|" + _SUBJ_THINGS,
        not_after=r"się|(?:(?:nam|mi|znowu|dziś|wczoraj|nagle|całkiem) )*(?:serwer|system|program"
        r"|komputer|internet|prąd|sprzęt|transport|kurier|dostawca|pogoda|drukarka|aplikacja|sieć"
        r"|hurtownia|firma|ekipa|pompa|piec|samochód|bus|auto|kasa|maszyna|silnik|dostawa)\b",
    ),
    # Of a person: "coś się pokręciło" (something got mixed up) is not.
    r("performance", r"pokręcił|pokręciła|pokręcili", not_before=r"się|" + _SUBJ_THINGS),
    s(
        "accusation",
        "okłamywał/okłamywała|okłamał/okłamała|kombinował/kombinowała|kręcił/kręciła z"
        "|podkradał/podkradała|podkradł/podkradła|na boku|fałszował/fałszowała"
        "|sfałszował/sfałszowała|dopisywał/dopisywała ... godziny|znęcał/znęcała się"
        "|przywłaszczył/przywłaszczyła|złapali ... na|trawki/trawkę|narkotyki"
        "|sprzedawał/sprzedawała"
        " ... nasz towar|podprowadzał/podprowadzała|podprowadził/podprowadziła|na bani"
        "|pijany/pijana"
        "|zawyżył/zawyżyła|zawyżał/zawyżała|zgarnął/zgarnęła różnicę|kradł/kradła/ukradł/ukradła"
        "|krętacz/krętaczka|kłamał/kłamała|kłamca|kłamczucha|oszukiwał/oszukiwała|molestował"
        "|molestowanie|mobbing|łapówka/łapówki|wziął/wzięła łapówkę|rąbnął/rąbnęła",
        not_before=_FIRMS,
    ),
    # ("z kasy", the till, and "z Kasią" share a stem; "zwinąć się" is to pack up and go)
    r("accusation", r"z kas(?:y|ą)(?! fiskaln)|zwinął|zwinęła|zwinęli", not_after=r"się"),
    s(
        "disparagement",
        "to był koszmar|z nim/nią ... koszmar|współpraca ... koszmar|nie do wytrzymania"
        "|lepiej ... bez niego/niej|nikt ... nie zatrudni"
        "|nie wpuszczałbym/wpuszczałabym|niegrzeczny/niegrzeczna|omijałbym/omijałabym"
        "|nie wierzyć ... jego/jej słowo|referencji ... nie dostanie|ciężko się z nim/nią pracowało"
        "|beznadziejny/beznadziejna|nieudacznik|nieudacznica|leniwy/leniwa|obibok|leniwiec"
        "|nieuczciwy/nieuczciwa|nie można było na nim/niej polegać|kompletna porażka",
        not_before=_THINGS,
    ),
    s(
        "legal",
        "nasz/nasi/naszego/naszych prawnik/prawnicy/prawnika/prawników|prawnicy ... zajmują"
        "|prawnicy kazali"
        "|prawnik ... zajmuje|radca/radcy prawny/prawnego"
        "|adwokat/adwokata|komenda/komendy|komisariat|wzywała ... w jego/jej sprawie"
        "|postępowanie|przeciwko niemu/niej|prokuratura/prokuratury|prokurator|śledztwo"
        "|pozew|pozwać nas|pozwie nas|w sądzie|do sądu|zawiadomienie ... przestępstwa|doniesienie",
        # the firm's lawyer answering a client's questions is the right channel, not a threat
        not_after=r"(?:chętnie )?(?:odpowie|odpowiada|udzieli|pomoże|wyjaśni|skontaktuje)"
        r"|(?:upadłościow|restrukturyzacyjn|przetargow)"
        # the firm's own case against a supplier or a contractor
        r"|przeciwko (?:naszemu |temu |tej |naszej )?(?:dostawc|hurtowni|wykonawc|podwykonawc"
        r"|producent|firm|dewelop|ubezpieczyciel|bank)|" + _EXPERT,
        not_before=_COURT_PAPERS,
    ),
    s(
        "health",
        "trafić/trafia/trafiła/trafił do szpitala|terapia/terapię/terapii|terapeuta/terapeutka"
        "|psycholog|psychiatra|kręgosłup/kręgosłupem"
        "|na SOR|SOR-ze|w ośrodku|covid/covida|z powodu operacji|przed operacją"
        "|rozchorował/rozchorowała|kłopoty z sercem|problemy z sercem|specjalista/specjalisty"
        "|wyniki badań|chemioterapia|na zwolnieniu|na L4|zwolnienie lekarskie|lekarz/lekarza"
        "|leczy się|odwyk/odwyku|depresja/depresję|nerwica|wypalenie zawodowe|wypalony/wypalona"
        "|załamanie nerwowe",
        # tests of water or soil, not of a person; a website "na zwolnieniu" is down
        not_before=_SUBJ_THINGS,
        not_after=r"(?:wody|gleby|gruntu|powietrza|technicznych|rynku|jakości)",
    ),
    s(
        "family",
        "mąż ... zostawił|spodziewa się ... dziecka|z dziećmi|umierający/umierającym|umiera"
        "|mama/mamą/matka umiera|problemy z mężem/żoną|ojcowskim|ojcowski"
        "|macierzyński/macierzyńskim"
        "|w ciąży|ciąża|rozwód/rozwodzi|rozstał/rozstała się z mężem/żoną|żałoba",
    ),
    s(
        "confidential",
        "pisemne upomnienie|dostał/dostała/miał/miała ... upomnienie|plan naprawczy/naprawczym"
        "|zawieszony/zawieszona"
        "|do czasu wyjaśnienia|nagana/naganę|kara porządkowa|jego/jej pensja|jego/jej pensji"
        "|zarabiał/zarabiała|jego/jej premia|dostał/dostała ... odprawę"
        "|jego/jej odprawa",
        # a reminder from an office or an inspection, an office closed until a fault is found
        not_after=r"(?:z|od) (?:sanepidu|urzędu|us|zus|banku|gminy|skarbówki|inspekcji|spółdzielni"
        r"|wspólnoty|dostawcy)|(?:awarii|usterki|przyczyn\w* awarii)",
    ),
    # Szerokie idiomy i slang spoza korpusu, w każdej kategorii.
    # ("romans" and "Roman", "łgał" and "łgać" stems are too short or shared: patterns)
    r("family", r"romans\w*|urodził\w* (?:dziecko|syna|córkę|bliźniaki)"),
    r("accusation", r"łgał\w*|łże|łgarz\w*"),
    s(
        "reason",
        "wywalili/wywalił/wywaliła go/ją|wyleciał/wyleciała z roboty/pracy"
        "|poleciał/poleciała z pracy/roboty|pokazali mu/jej drzwi|dostał/dostała kopa"
        "|wyrzucili go/ją na bruk|pożegnano się z nim/nią|rozwiązano z nim/nią umowę"
        "|zwolniono go/ją|kazano mu/jej odejść|musiał/musiała odejść|w atmosferze skandalu"
        "|nie przedłużono mu/jej umowy|dostał/dostała dyscyplinarkę",
    ),
    s(
        "accusation",
        "ręka w kasie|rękę w kasie|podbierał/podbierała|zwędził/zwędziła|zajumał/zajumała"
        "|buchnął/buchnęła|lewe faktury|lewych faktur|przekręt/przekręty|przekrętów"
        "|szwindel/szwindle|kręcił/kręciła lody|oszust/oszustka|naciągał/naciągała klientów"
        "|naciągnął/naciągnęła|ściemniał/ściemniała|wciskał/wciskała kit"
        "|robił/robiła w konia|pod wpływem alkoholu|nietrzeźwy/nietrzeźwa|pijany/pijana w pracy"
        "|podchmielony/podchmielona|na kacu|podbierał/podbierała klientów|fuchy na boku",
        not_before=_FIRMS,
    ),
    s(
        "performance",
        "nie dawał/dawała rady|spartolił/spartoliła|sknocił/sknociła|schrzanił/schrzaniła"
        "|dał/dała ciała|zawalił/zawaliła sprawę|olał/olała klientów/robotę/sprawę/terminy"
        "|bumelował/bumelowała"
        "|obijał/obijała się|partactwo|na odwal się|po łebkach|niedokładny/niedokładna"
        "|niesolidny/niesolidna|wiecznie spóźniony/spóźniona|do niczego się nie nadawał/nadawała"
        "|pozostawiał/pozostawiała wiele do życzenia|nie najsolidniejszy|nie najbardziej rzetelny"
        "|nie był/była zbyt rzetelny/rzetelna/kompetentny/kompetentna"
        "|nie był/była najlepszy/najlepsza"
        "|nie był/była najmocniejszym ogniwem|wszystko robił/robiła na ostatnią chwilę",
        not_before=_THINGS,
    ),
    s(
        "disparagement",
        "cwaniak/cwaniara|kombinator/kombinatorka|leser|nierób|próżniak|darmozjad|łajza|oferma"
        "|fajtłapa|niedorajda|ciamajda|pajac|błazen|był/była toksyczny/toksyczna"
        "|toksyczny człowiek|toksyczna osoba|żmija"
        "|dwulicowy/dwulicowa|nikt po nim/niej nie płacze|dobrze że go/jej nie ma"
        "|bez niego/niej lepiej|nie polecam go/jej|trzymałbym się od niego/niej z daleka"
        "|szkoda było na niego/nią czasu|same problemy z nim/nią",
        not_before=_THINGS,
    ),
    s(
        "health",
        "po zawale|po wylewie|bierze leki|antydepresanty|psychiatryk|nerwy mu/jej puściły"
        "|załamał/załamała się|choruje|złamał/złamała nogę/rękę|chore serce|ma raka|na chorobowym"
        "|na zwolnieniu lekarskim|w szpitalu leży|leży w szpitalu|rekonwalescencja"
        "|na rehabilitacji|jego/jej pobyt w szpitalu|po pobycie w szpitalu",
        not_before=r"(?:dostawc|hurtowni|operator|kierowc|kurier)\w*(?: \w+){0,3}|" + _SUBJ_THINGS,
    ),
    s(
        "family",
        "zaszła w ciążę|tacierzyński/tacierzyńskim|rozwodzi się|rozwodu"
        "|zdradzał/zdradzała żonę/męża"
        "|kłopoty rodzinne|sprawy rodzinne|sytuacja rodzinna|opieka nad dzieckiem"
        "|chore dziecko|chora matka|chory ojciec|problemy osobiste|sprawy osobiste",
    ),
    s(
        "legal",
        "sprawa w sądzie|sprawa sądowa|sprawę sądową|pozwał/pozwała nas/firmę|pozwiemy"
        "|pozywa/pozywamy"
        "|zawiadomienie do prokuratury|policja się tym zajmuje|nasz mecenas|mecenas się"
        "|komenda wojewódzka/miejska/powiatowa|komendy wojewódzkiej/miejskiej/powiatowej"
        "|komisariat policji|z CBA|z CBŚ|przez CBA|skierowaliśmy sprawę|na drogę sądową"
        "|drogą sądową",
    ),
    s(
        "speculation",
        "chodzą słuchy|między nami mówiąc|nieoficjalnie|wie pan/pani jak jest"
        "|domyśla się pan/pani|nie chcę mówić za dużo|nie mogę powiedzieć wszystkiego"
        "|lepiej nie mówić|dużo by mówić|długa historia|miał/miała pan/pani nosa"
        "|przeczucie pana/pani nie myliło|słusznie się pan/pani obawiał/obawiała"
        "|nie mylił/myliła się pan/pani|nie bez przyczyny|łatwo się domyślić|sam/sama pan/pani wie",
        not_after=_MATTER,
    ),
    s(
        "confidential",
        "jego/jej wynagrodzenie|ile zarabiał/zarabiała|jego/jej podwyżka|dostał/dostała naganę"
        "|na okresie wypowiedzenia|jego/jej okres wypowiedzenia|postępowanie wyjaśniające"
        "|dział kadr się|kadry się tym zajmują|jego/jej umowa o pracę|porozumienie stron"
        "|za porozumieniem stron",
        not_before=_THINGS,
    ),
    # Idiomy, slang i formy czasownika, ogólnie (nie zdania korpusu): kradzież i oszustwo
    # "na lewo", "na czarno", "za plecami"; lepkie ręce; karta firmowa na prywatne wydatki.
    r(
        "accusation",
        r"(?:prac|fuch|zleceni|robot)\w* na czarno"
        r"|(?:pracowa|zatrudnia|dorabia)\w*(?: [\w']+){0,2} na czarno"
        r"|za (?:naszymi|moimi|szefa|firmy) plecami|za plecami (?:szef|firm|klient|kierown)\w*"
        r"|(?:przejmowa|bra|wynosi|robi|sprzedawa|zabiera|kasowa|dorabia|pracowa|przyjmowa)\w*"
        r"(?: [\w']+){0,3} po kryjomu|po kryjomu (?:przejmowa|bra|wynosi|robi|sprzedawa|zabiera"
        r"|kasowa|dorabia|pracowa|przyjmowa)\w*"
        r"|bez wiedzy (?:firmy|szefa|szefowej|klient\w*|przełożon\w*|zarządu)"
        r"|lepki\w* (?:ręce|rąk|łapy|palce)|(?:klei|lepi)\w* (?:mu |jej |im )?się do rąk"
        r"|do (?:jego|jej) kieszeni|na (?:swoje|prywatne|własne) konto"
        r"|firmow\w* kart\w*(?: [\w']+){0,3} (?:za|na) prywatn\w*"
        r"|prywatn\w*(?: [\w']+){0,3} na firmow\w* kart\w*"
        r"|brak\w* (?:pieniędzy )?(?:w kasie|w utargu|z kasy|ze zbiórki|z utargu)|manko"
        r"|(?:zginęł|zniknęł|wyparował)\w* pieniądze|wyprowadza\w* pieniądze",
        not_before=_FIRMS,
    ),
    # "na lewo" (under the counter), not the way to the door ("na lewo od wejścia")
    r(
        "accusation",
        r"(?:sprzeda|bra|bił|biła|bili|bije|robił|robiła|robili|wynosi|opyla|opycha|kasowa"
        r"|tankowa|puszcza|handlowa)\w*(?: [\w']+){0,3} na lewo",
        not_before=_FIRMS,
        not_after=r"(?:od|i na prawo|na prawo|stron|skręc|w dół|w górę)",
    ),
    s(
        "accusation",
        "robił/robiła ... w konia|wystawiał/wystawiała lewe|kasował/kasowała podwójnie"
        "|naciągał/naciągała|fałszywe rachunki|lewe rachunki|puste faktury",
        not_before=_FIRMS,
    ),
    # wyniki: nie radził sobie, byle jak, nie przyłożył się, nie był orłem
    r(
        "performance",
        r"sobie nie radzi\w*|radzi\w* sobie (?:kiepsko|słabo|źle|marnie|średnio|fatalnie)"
        r"|nie wyrabia\w*|byle jak|na odczepnego|nie przyłoży\w* się|się nie przyłoży\w*"
        r"|nieogarnię\w*|ogarnięt\w*(?: to)?(?: on| ona)? nie był\w*"
        r"|nie (?:był|była) orłem|orłem (?:to )?(?:on |ona )?nie (?:był|była)"
        r"|nie (?:miał|miała) (?:ręki|głowy|talentu|smykałki) do"
        r"|nie pali\w* się do (?:roboty|pracy)|do (?:roboty|pracy) (?:to )?(?:się )?nie pali\w*"
        r"|(?:on|ona) (?:był|była|jest) (?:bardzo |strasznie |po prostu )?(?:słab|kiepsk|cienk)\w*"
        r"|po (?:nim|niej) (?:wszystko )?trzeba (?:było )?(?:robić|poprawiać|przerabiać)"
        r"|(?:poprawia|przerabia)\w* (?:za|po) (?:nim|niej)|za (?:nim|nią) poprawia\w*"
        r"|(?:jego|jej) (?:wina|winy|sprawka|sprawką|zaniedbanie|niedopatrzenie|partactwo)"
        r"|siedzia\w* (?:głównie |ciągle |cały czas )?(?:w|na) telefonie"
        r"|odbiega\w* od (?:\w+ )?standard\w*|kul\w* u nogi"
        r"|(?:on|ona|oni) (?:\w+ )?(?:był|była|jest|byli) do niczego|nadawa\w* się do niczego"
        r"|do niczego(?: [\w']+){0,3} nie nada\w*"
        r"|(?:położył|położyła|położyli) (?:\w+ )?(?:projekt|kampani|spraw|zleceni|robot)\w*"
        r"|koncertowo (?:położy|zawali|spartaczy|schrzani|zepsu)\w*"
        r"|(?:położy|zawali|spartaczy|schrzani|zepsu)\w* (?:\w+ )?koncertowo"
        r"|(?:zostawi|porzuci)\w*(?: [\w']+){0,3} w połowie",
        not_before=_THINGS,
    ),
    # dyskredytowanie: obelgi i wyzwiska, "nikt go nie chce", "żaden z niego fachowiec"
    r(
        "disparagement",
        r"bufon\w*|cham|chama|chamem|chamuś\w*|chamidł\w*|konował\w*|zołz\w*"
        r"|ciapa|ciapą|ciapę|ciapy|ciapowat\w*"
        r"|leniuch\w*|nudziarz\w*|bałaganiarz\w*|żałosn\w*|bez honoru|konfliktow\w*"
        r"|wredn\w*|podły|podła|podłe|podłego|kretyn\w*|debil\w*|matoł\w*|tępak\w*"
        r"|dureń|durnia|nieudaczn\w*|niedojd\w*|łamag\w*|gamoń\w*|ofiar\w* losu"
        r"|nikt (?:go|jej|ich) (?:tu |u nas )?nie (?:lubi|chce|chciał|przyjmie|zatrudni|weźmie)\w*"
        r"|(?:żaden|żadna|żadne)(?: [\w']+){0,4} (?:go|jej|ich) (?:już )?nie"
        r" (?:przyjmie|weźmie|zatrudni|zechce|chce)\w*|(?:go|jej|ich) już nie przyjm\w*"
        r"|(?:żaden|żadna) z (?:niego|niej)|z (?:niego|niej) (?:\w+ ){0,2}jak (?:ze mnie|z koziej)"
        r"|z koziej dupy|szkoda (?:gadać|słów|strzępić)|szkoda na (?:niego|nią|nich)"
        r"|nie szkoda mi (?:go|jej|ich)|nie (?:był|była|jest) (?:tego )?wart\w*"
        r"|jeszcze (?:tego )?pożałuje\w*|(?:on|ona) (?:tego )?pożałuje\w*"
        r"|bardziej przeszkadza\w*|wstyd (?:wspominać|mówić|gadać)"
        r"|nie (?:przyjął|przyjęł|zatrudnił|powierzył|polecił|wpuścił)\w*by\w* (?:go|jej|ich)"
        r"|(?:go|jej|ich) (?:bym|byśmy) nie (?:przyjął|przyjęł|zatrudnił|polecił|wpuścił)\w*"
        r"|psu\w* (?:\w+ )?(?:opinię|renomę|markę|reputację|atmosferę)"
        r"|najgorsz\w* \w+,? (?:jak\w*|w historii|nasz\w*)",
        not_before=_THINGS,
    ),
    # rodzina i zdrowie
    r(
        "family",
        r"(?:żona|mąż|baba|dziewczyna|chłopak|partner\w*|narzeczon\w*) (?:go|ją|od niego|od niej)"
        r" (?:zostawi|rzuci|odesz|odejdzie|wyrzuci|wyprowadzi)\w*"
        r"|problem\w* (?:rodzinn|małżeńsk)\w*|kłopot\w* (?:rodzinn|małżeńsk)\w*"
        r"|kryzys\w* w małżeństwie|rozsta\w* się z (?:mężem|żoną|partner\w*)"
        r"|został\w* (?:ojcem|matką|mamą|tatą)|rozwodz\w* się",
    ),
    r(
        "health",
        r"rozpi(?:ł|ła|li)\w* się|zapija\w*|pije (?:za dużo|na umór|w pracy)"
        r"|zaglądał\w* do kieliszka"
        r"|atak\w* paniki|stan\w* lękow\w*|nerwic\w*|stwardnieni\w* rozsian\w*"
        r"|rozrusznik\w* serca|wszczepi\w*"
        r"|cukrzyc\w*|padaczk\w*|epilepsj\w*|alzheimer\w*|demencj\w*|białaczk\w*|anoreksj\w*"
        r"|bulimi\w*|schizofreni\w*|dwubiegunow\w*|(?:ma|miał|miała) raka|na raka"
        r"|(?:ciężko|poważnie|przewlekle|nieuleczalnie) chor\w*|na rentę|na rencie",
    ),
    # postępowanie prawne
    r(
        "legal",
        r"rozpraw\w* (?:karn|sądow)\w*|czeka (?:go|ją|ich) rozpraw\w*|(?:ma|miał|miała) rozpraw\w*"
        r"|czeka (?:go|ją|ich|na) proces\w*|(?:został|została|zostali) zatrzyman\w*"
        r"|dozór\w* policyjn\w*|dozoru policyjn\w*|zakaz\w* zbliżania|spraw\w* karn\w*"
        r"|rzecznik\w* odpowiedzialności|(?:w|do) izb\w* (?:lekarsk|aptekarsk|adwokack)\w*"
        r"|zajmuj\w* się (?:\w+ ){0,2}(?:prawnicy|prawnik|adwokat|adwokaci|kancelaria)",
        not_before=_THINGS,
    ),
    # powód odejścia
    r(
        "reason",
        r"na zbity pysk|się z (?:nim|nią|nimi) (?:pożegna|rozsta)\w*|pożegnano (?:go|ją|ich)"
        r"|podziękowa\w* (?:mu|jej|im) za współpracę"
        r"|(?:szef|szefowa|firma|zarząd|dyrektor\w*|prezes\w*) (?:\w+ )?podziękowa\w* (?:mu|jej|im)"
        r"|nie dogadywa\w* się z (?:szef|kierown|zespoł|przełożon|resztą)\w*",
    ),
    # poufne sprawy kadrowe
    r(
        "confidential",
        r"(?:był|była|jest|pracował\w*) (?:u nas )?na (?:umowie|B2B|śmieciówce|czarno)"
        r"|(?:jego|jej) umow\w* (?:o pracę|wygasa|wygasła|kończy|się kończy|nie zostanie"
        r"|nie została|zleceni|na czas)|zakaz\w* konkurencji|klauzul\w* (?:poufności|o zakazie)"
        r"|wypłaci\w* (?:mu|jej|im) (?:odszkodowanie|odprawę|pieniądze)"
        r"|zapłaci\w* (?:mu|jej|im),? żeby|(?:jego|jej) prowizj\w*"
        r"|obci\w* (?:mu|jej) (?:prowizj|pensj|premi|wynagrodz|pensj)\w*"
        r"|(?:dał|dała|dali|dostał|dostała) (?:\w+ ){0,2}ostatni\w* szans\w*"
        r"|(?:ma|miał|miała) długi|komornik\w*(?! wezwał (?:nas|firmę))",
        not_before=_FIRMS,
    ),
    # (a surprise bouquet is made "w tajemnicy" too: only telling something in confidence)
    r(
        "speculation",
        r"(?:mówię|powiem|mówiąc|mówiłam|mówiłem)(?: \w+)? w (?:zaufaniu|tajemnicy)"
        r"|w (?:zaufaniu|tajemnicy),? (?:ale|to|powiem|mówię)|nie wypada mi mówić"
        r"|nie powinnam mówić",
    ),
    # Confirming the client's suspicion: their hunch, doubts or fears "were right" (the
    # sentence must name someone: see `handoff.risk.subject.NEEDS_PERSON`).
    r(
        "speculation",
        r"(?:przeczuci|intuicj|podejrzeni|podejrzliwoś|obaw|wątpliwoś|wrażeni|nos)\w*"
        r"(?: [\w']+){0,5} (?:(?:się|był\w*|okazał\w* się) )?(?:\w+ )?(?:trafn|słuszn"
        r"|uzasadnion|zasadn|potwierdzi|potwierdzał|sprawdzi|zadziała|nie myli|nie zawiod)\w*"
        r"|słusznie (?:pan|pani|państwo|pan się|pani się)\b"
        r"|nie (?:się )?pomylił\w*|się (?:pan |pani )?nie pomylił\w*"
        r"|(?:miał|miała|mieli) (?:pan|pani|państwo) rację"
        r"|wyszło na (?:twoje|pana|pani|państwa)|dobrze (?:pan |pani )?(?:kombinował|myśli"
        r"|wyczuł|przeczuwał)\w*",
        not_after=_MATTER,
    ),
    # Słownictwo potoczne, ogólnie: kradzież, picie, zwolnienie, kłamstwo, obijanie się,
    # choroby, wyroki, plotki, życie prywatne.
    r(
        "accusation",
        r"podpieprzy\w*|zakosi\w*|zajuma\w*|skubnął|skubnęła|gwizdnął|gwizdnęła|podwędzi\w*"
        r"|podbiera\w*|przytuli\w* (?:kasę|pieniądze|hajs|forsę)"
        r"|wynosi\w* (?:\w+ )?(?:z magazynu|z firmy|z budowy|ze sklepu|z biura|z hurtowni)"
        r"|zmyśla\w*|zmyślił\w*|nakłama\w*|naściemnia\w*|konfabul\w*"
        r"|(?:był|była|jest|przyszedł|przyszła|przychodził\w*|przyjeżdżał\w*|przyjechał\w*)"
        r" (?:do pracy |na budowę |do klienta )?(?:zalany|zalana|nawalony|nawalona|naprut\w*"
        r"|wstawion\w*|pijan\w*|na kacu|na gazie|wczorajsz\w*)"
        r"|na gazie|na rauszu|śmierdzia\w* (?:alkoholem|wódą|piwem|gorzałą)"
        r"|czuć (?:było )?od (?:niego|niej) (?:alkohol|wód|piw)\w*|chlał\w*|chleje|chlać"
        r"|(?:pił|piła|popijał\w*) (?:\w+ )?w pracy",
        not_before=_FIRMS,
    ),
    r(
        "reason",
        r"przepędzi\w* (?:go|ją|ich)|wilczy bilet"
        r"|odsunię\w* od (?:obowiązków|pracy|klientów|zleceń)|(?:odsunęli|odsunął|odsunęła)"
        r" (?:go|ją|ich)|(?:ma|dostał|dostała) zakaz wstępu do (?:biura|firmy|zakładu|nas|sklepu)"
        r"|nie ma (?:już )?wstępu do (?:biura|firmy|zakładu|nas|sklepu)",
    ),
    r(
        "performance",
        r"olewa\w* (?:klient|robot|prac|obowiązk|termin|zgłosze|telefon)\w*"
        r"|nie chciało (?:mu|jej) się|leniuchowa\w*|(?:spał|spała) w pracy"
        r"|nie odbiera\w* telefonów|nie oddzwania\w*|ignorowa\w* (?:maile|klientów|telefony)",
        not_before=_THINGS,
    ),
    r(
        "disparagement",
        r"szerokim łukiem|zero (?:kultury|profesjonalizmu|zaangażowania|kompetencji"
        r"|wiedzy)|brak\w* (?:kultury|profesjonalizmu|kompetencji)|nie do polecenia",
        not_before=_THINGS,
    ),
    r(
        "health",
        r"cierpi\w* na (?!brak|niedob|nadmiar)|bierze chemię|dializ\w*|przeszczep\w*"
        r"|guz|guza|guzem|guzy|guzów"
        r"|bezpłodn\w*|niepłodn\w*|in vitro",
    ),
    r(
        "legal",
        r"(?:dostał|dostała|dostali|usłyszał\w*|ma|miał\w*|czeka\w* na) wyrok\w*"
        r"|wyrok\w* (?:w zawieszeniu|więzienia|skazując\w*|za)|skazan\w* (?:za|prawomocnie"
        r"|na (?:\w+ )?(?:więzienie|karę|grzywn|lat|miesiąc|miesięc|rok))"
        r"|więzieni\w*|odsiadk\w*|odsiadu\w*|za kratk\w*|poprawczak\w*"
        r"|kurator\w* sądow\w*|w zawieszeniu na|alimen\w*",
    ),
    r(
        "speculation",
        r"krąż\w* (?:plotk|wieś|słuch)\w*|wieść niesie|z tego,? co słyszał\w*"
        r"|nie wiem,? czy to prawda|nie ode mnie (?:to )?(?:wiesz|pan wie|pani wie)"
        r"|(?:tylko )?(?:niech pan |niech pani )?nie (?:mów|mówi|mówcie) nikomu"
        r"|niech to zostanie między nami|nie mówiłem ci tego|nie mówiłam ci tego",
    ),
    r("confidential", r"na dywanik\w*|(?:jego|jej) wypłat\w*"),
    r(
        "family",
        r"samotn\w* (?:matk|ojc|mam|tat)\w*|adoptu\w* dzieck\w*|adoptowa\w* dzieck\w*"
        r"|starają się o dziecko|(?:zdradza|zdradził)\w* (?:żon|męż|partner|narzeczon)\w*"
        r"|kochan(?:ek|ka|ki|kę|kiem|ką|kowi)|orientacj\w* seksualn\w*"
        r"|(?:jest|był) gejem|(?:jest|była) lesbijką|coming out\w*",
    ),
]
