"""The risk checker's word lists, one table per language (see `handoff.risk`).

Each rule: `cat` (a key of `risk.CATEGORIES`), `re` (a regular expression written in lower case
with real diacritics; a space means any whitespace; matched on word boundaries, case- and
diacritic-insensitively), and optionally `not_before` / `not_after` (the context that makes the
same words harmless), `kinds` (only for these handoff kinds), `why` and `alt` (to override the
category's explanation and alternative).

Inflected forms are spelled out: Polish cases, genders and aspects, Catalan genders and
numbers, Indonesian affixes (di-, me-, pe-an, -nya).
"""

from __future__ import annotations

from typing import Any

TERMINATION = ("termination",)


def r(cat: str, pattern: str, **extra: Any) -> dict[str, Any]:
    return {"cat": cat, "re": pattern, **extra}


_BE = r"(?:was|were|been|being|be|is|are|got|get|gets|getting|had been|has been|have been)"
_ADV = r"(?:just |finally |recently |eventually |basically |effectively |actually |quietly )?"
_PRON = r"(?:him|her|them)"
_POSS = r"(?:his|her|their)"

EN = [
    # reason for leaving
    r(
        "reason",
        rf"{_BE} {_ADV}(?:sacked|axed|dismissed|let go|laid off|made redundant|kicked out"
        r"|booted out|pushed out|forced out|shown the door|asked to leave|asked to resign)",
    ),
    r(
        "reason",
        rf"{_BE} {_ADV}terminated",
        not_before=r"(?:contract|agreement|lease|subscription|service|call|order|warranty|policy"
        r"|job|work|works|hire|project|test"
        r"|connection|cable|wire|pipe|account)s?",
    ),
    r(
        "reason",
        rf"{_BE} {_ADV}fired",
        not_after=r"(?:up|at|in (?:a|the) kiln|twice|to \d|in batches)",
    ),
    r("reason", rf"(?:fired|sacked|dismissed|terminated|got rid of) {_PRON}"),
    r("reason", rf"(?:let|letting) {_PRON} go"),
    r("reason", r"sacked|got the sack|given the sack|got the boot|laid off|lay-?offs?"),
    r("reason", r"redundanc(?:y|ies)|made redundant|dismissal|dismissed for"),
    r("reason", r"(?:dismissed|sacked|let go) (?:after|over|because|following|for)"),
    r("reason", rf"termination of {_POSS} (?:employment|contract|job)"),
    r(
        "reason",
        rf"{_POSS} (?:employment|contract of employment|job) (?:was|has been) (?:terminated|ended)",
    ),
    r("reason", r"resign(?:ed|s|ing|ation)?|(?:handed in|gave) (?:his|her|their) notice"),
    r("reason", r"quit|quits|quitting", not_after=r"smoking|drinking|the app|the program"),
    r("reason", r"walked out|stormed out|walked off the job|walked out on"),
    r(
        "reason",
        rf"(?:given|got) (?:{_POSS} )?marching orders|asked {_PRON} to leave"
        rf"|(?:has|had|have) been suspended|suspended {_PRON}|we parted company",
    ),
    # accusation and crime
    r("accusation", r"steal(?:s|ing)?|stole|stolen|theft|thefts|thief|thieves|thieving|pilfer\w*"),
    r("accusation", r"fraud\w*|embezzl\w*|defraud\w*|swindl\w*|scam(?:med|ming)?"),
    r(
        "accusation",
        r"police",
        not_before=r"traffic",
        not_after=r"station (?:car park|carpark|parking|entrance)|(?:had |have |has )?(?:closed"
        r"|blocked|shut|diverted|cordoned off) the (?:road|street|lane)|traffic",
    ),
    r(
        "accusation",
        r"pocket(?:ed|ing) (?:it|the|money|cash|some|the cash)|(?:took|taking|stole|steals?)"
        r" (?:cash|money)|fiddl\w* (?:the |his |her |their )?(?:books|expenses|accounts)"
        r"|(?:falsif\w*|faked|faking|forged|forging) (?:the |a )?(?:invoices?|receipts?|timesheets?"
        r"|records|books|signatures?|documents)",
    ),
    r("accusation", r"arrest(?:ed|s)?|criminal\w*|crimes?|convicted|conviction|prosecut\w*"),
    r("accusation", r"charged with|(?:gross )?misconduct|harass\w*|assault\w*|sabotag\w*"),
    r("accusation", r"brib(?:e|es|ed|ery|ing)|kickbacks?|drunk|intoxicated|on drugs"),
    r("accusation", r"drugs? (?:use|problem|habit|test)|lied (?:to|about)|a liar|liar"),
    r("accusation", r"cheat(?:ed|ing)|caught (?:stealing|taking|with|red-handed|lying|drinking)"),
    r("accusation", r"(?:took|taking|stealing) money|cooked the books|hand in the till"),
    r("accusation", r"(?:under|internal|criminal|police) investigation|being investigated"),
    # performance and competence
    r("performance", rf"{_POSS} (?:work |job |poor |bad )?performance"),
    r(
        "performance",
        r"(?:poor|bad|weak|unsatisfactory|inadequate|disappointing|sub-?par) (?:work|performance"
        r"|results|attendance|timekeeping|service|workmanship)",
        not_before=r"(?:boiler|pump|heater|machine|system|tile|tiles|engine|signal|connection)",
    ),
    r("performance", r"underperform\w*|performance (?:issues|problems|concerns|improvement)"),
    r("performance", r"not up to (?:the job|scratch|standard)|out of (?:his|her|their) depth"),
    r(
        "performance",
        r"(?:never|wasn't|was not|isn't|is not) up to (?:standard|scratch|the job|par)"
        r"|substandard|below (?:par|standard)|(?:his|her|their) work (?:was|wasn't|is|isn't)"
        r" (?:poor|sloppy|not good|bad|terrible|awful|careless)|not good enough at",
    ),
    r("performance", r"(?:couldn't|could not|wasn't|was not|can't|cannot) cope"),
    r("performance", r"(?:kept|keeps|keep) (?:making mistakes|missing|forgetting|getting)"),
    r("performance", r"(?:he|she|they) made (?:a lot of |many |several |too many |)mistakes"),
    r("performance", r"missed (?:deadlines|appointments|site visits|meetings)"),
    r("performance", r"(?:didn't|did not|never|wouldn't|would not) (?:turn|show) up"),
    r("performance", r"no-shows?|no shows"),
    r(
        "performance",
        r"(?:always|constantly|persistently|habitually|frequently|often|regularly) late"
        r"|late all the time|(?:his|her|their) (?:lateness|timekeeping|attendance)",
    ),
    r("performance", rf"complain(?:ts|ed|ing)? about (?:{_PRON}|{_POSS}\b)"),
    r("performance", r"sloppy|careless(?:ness)?|negligen\w*"),
    r(
        "performance",
        r"(?:he|she|they|who) (?:kept letting|let|has let|had let) (?:us|you|clients|customers"
        r"|the team|everyone) down",
    ),
    # health
    r(
        "health",
        r"sick|sickness|illness|illnesses|unwell|off sick|sick leave|sick note",
        not_after=r"bay|building",
    ),
    r(
        "health",
        r"signed off (?:sick|work)|off work (?:ill|sick|with)|struggling with (?:his |her |their )?"
        r"(?:health|mental|stress|depression)|(?:his|her|their) (?:health|diagnosis|recovery)",
    ),
    r("health", r"ill", not_after=r"-|advised|fitting|feeling between|will"),
    r(
        "health",
        r"(?:in|into) hospital|hospitali[sz]ed|(?:admitted|rushed|taken) to (?:the )?hospital",
    ),
    r("health", r"medical (?:leave|reasons|condition|issues?|problems?|grounds|treatment)"),
    r(
        "health",
        r"(?:had|having|has|undergo\w*|underwent|recovering from|needs) (?:an |major |minor "
        r"|emergency |heart |back |knee |hip )?(?:operation|surgery)",
    ),
    r("health", r"cancer|tumou?rs?|chemo\w*|heart attack|(?:had|suffered) a stroke"),
    r("health", r"(?:was|been|got|is|has been) diagnosed|depress(?:ion|ed)|anxiety"),
    r("health", r"mental health|(?:nervous|mental|emotional) breakdown|had a breakdown"),
    r("health", r"burn-?out|burned out|burnt out|stress(?:ed)? (?:leave|related)"),
    r("health", r"(?:drinking|drink|drug) problem|problem with (?:alcohol|drink|drugs)"),
    r("health", r"rehab\w*|addiction|alcoholi\w*|(?:his|her|their) disability"),
    r(
        "health",
        r"(?:was|is|got|been|were) (?:badly |seriously )?injured|(?:his|her|their) injur\w*",
    ),
    # pregnancy, family and personal life
    r("family", r"pregnan\w*|maternity|paternity|parental leave|expecting (?:a baby|twins)"),
    r("family", r"baby|babies", not_after=r"blue|pink|changing|bath"),
    r("family", r"gave birth|newborn|childcare|divorc\w*|separated from"),
    r(
        "family",
        r"(?:she's|she is|they're|they are|is) expecting|twins|an affair|affair with"
        r"|(?:was|is|were) (?:seeing|dating) (?:one of|a|the)"
        r"|(?:his|her|their) (?:personal|private) life",
    ),
    r(
        "family",
        rf"{_POSS} (?:wife|husband|partner|children|kids|son|daughter|family|mother|father"
        r"|mum|mom|dad|parents|boyfriend|girlfriend|fiancée?)",
    ),
    r("family", r"wedding|honeymoon|funeral|bereavement|passed away|died|compassionate leave"),
    r(
        "family",
        r"(?:family|personal) (?:reasons|matters|issues|problems|emergency|commitments"
        r"|circumstances)",
    ),
    # legal proceedings
    r("legal", r"lawsuits?|law suits?|sued|suing|sue (?:us|you|the company|them|him|her|for)"),
    r("legal", r"legal (?:action|proceedings|case|dispute|claim|battle|trouble|steps)"),
    r("legal", r"tribunal|(?:in|to) court|court (?:case|hearing|action|order)|litigation"),
    r("legal", r"claim against|injunction|defamation|libel|slander"),
    r("legal", r"settlement (?:agreement|talks)|non-disclosure|gagging order"),
    r("legal", rf"{_POSS} (?:lawyers?|solicitors?|attorneys?)|lawyers are involved"),
    # speculation, rumour, confirming a suspicion
    r("speculation", r"rumou?rs?|gossip|hearsay|word (?:is|has it)|allegedly|supposedly"),
    r("speculation", r"i(?:'ve| have)? heard (?:that|he|she|they)|apparently (?:he|she|they)"),
    r("speculation", r"between (?:you and me|ourselves|us)|off the record|just between us"),
    r("speculation", r"(?:you )?didn't hear (?:it|this|that) from me"),
    r(
        "speculation",
        r"i (?:think|suspect|guess|believe|imagine) (?:it was|that was|he|she|they) "
        r"(?:because|was|were|did|had|left)",
    ),
    r("speculation", r"(?:probably|maybe|perhaps|presumably|likely) because"),
    r("speculation", r"as you (?:may have |might have |probably )?(?:suspected|guessed|heard)"),
    r("speculation", r"you(?:'re| are) (?:right|not wrong)|you(?:'ve| have) guessed"),
    r("speculation", r"(?:it's|it is|that's|that is) no surprise|not surprising|read between"),
    r("speculation", r"(?:i'm|i am) not supposed to (?:say|tell)|if you know what i mean"),
    r(
        "speculation",
        r"i hear (?:that|he|she|they)|(?:people|they) say (?:that|he|she|they)"
        r"|from what i (?:hear|heard)|i was told (?:that )?(?:he|she|they)|everyone knows"
        r"|everybody knows|word on the street",
    ),
    # disparagement
    r("disparagement", r"lazy|useless|hopeless|incompeten(?:t|ce)|idiot\w*|stupid"),
    r("disparagement", r"dishonest|untrustworthy|(?:couldn't|could not|can't|cannot) be trusted"),
    r("disparagement", r"unreliable|unprofessional|troublemaker|clueless|good riddance"),
    r("disparagement", r"(?:nightmare|difficult|impossible) to work with|bad attitude"),
    r("disparagement", r"attitude problem|(?:better|well) off without"),
    r(
        "disparagement",
        r"undermin\w* (?:\w+'s |his |her |their |our |my |the )?(?:integrity|reputation"
        r"|authority|name|credibility)|bad-?mouth\w*|trash-talk\w*|talk\w* (?:him|her|them) down",
    ),
    r(
        "disparagement",
        r"(?:he|she|they) (?:was|were|is|are) (?:a bit of a |a complete |an absolute |a total |a )?"
        r"(?:disaster|disgrace|joke|liability|menace|mess)|won't be missed|will not be missed",
    ),
    # confidential personnel details
    r("confidential", r"salary|salaries|wages?|pay (?:rise|cut|dispute|grade)|payslips?"),
    r("confidential", r"disciplinary|(?:written|verbal|final|formal) warnings?|warning letter"),
    r("confidential", r"personnel file|hr file|probation(?:ary)?|severance|pay-?off"),
    r("confidential", r"redundancy (?:pay|package)|exit package|grievance"),
    r("confidential", r"performance review|(?:his|her|their|annual|staff) appraisal|sick pay"),
    r("confidential", r"employment contract"),
    r(
        "confidential",
        r"contract of employment|gardening leave|suspension|hr (?:issue|matter|case)",
    ),
    r("confidential", rf"complaints? against {_PRON}|(?:his|her|their) (?:hr )?record"),
    # false softeners (termination only)
    r(
        "false_softener",
        r"pursue (?:other|new|different) (?:opportunities|interests|challenges|career|paths?)"
        r"|(?:other|new|fresh|exciting) (?:opportunities|challenges|pastures|adventures?|chapter)",
        kinds=TERMINATION,
    ),
    r(
        "false_softener",
        r"decided to (?:move on|leave|go|step down|try something)|chose to (?:leave|move on|go)"
        r"|(?:has|have|had) moved on",
        kinds=TERMINATION,
        not_after=r"to the (?:next|second|third|other)",
    ),
    r(
        "false_softener",
        r"mutual(?:ly)? (?:decision|agreement|agreed|consent)|by mutual|amicabl\w*"
        r"|parted ways|part ways|on good terms|(?:stepped|stepping) down",
        kinds=TERMINATION,
    ),
    r(
        "false_softener",
        r"spend more time with|wanted a change|of (?:his|her|their) own accord"
        r"|(?:his|her|their) own (?:choice|decision)|pastures new|new pastures|new chapter"
        r"|new direction|career change|pursue (?:his|her|their) (?:dream|passion|interests)"
        r"|(?:chosen|chose|opted) to (?:move on|leave|go|step away|pursue)|left (?:us )?to "
        r"(?:pursue|focus|join|start|take up|spend)",
        kinds=TERMINATION,
    ),
    # widened after the second blind measurement
    r(
        "reason",
        rf"show(?:ed|n)? {_PRON} the door|(?:given|got) (?:{_POSS} |two weeks' |a month's )?notice"
        rf"|told (?:{_PRON} )?not to come back|(?:was|were) (?:told|asked) not to come back"
        rf"|(?:pushed|forced|eased) out|ended {_POSS} (?:employment|contract)|cut {_PRON} loose"
        r"|(?:lost|losing) (?:his|her|their) job|(?:was|got) canned",
    ),
    r(
        "accusation",
        r"accused of|accusations?|allegations?|(?:he|she|they) (?:was|were|had been) overcharging"
        rf"|caught {_PRON} (?:on camera|stealing|taking|red-handed)|on camera taking"
        r"|walked off with|helped (?:himself|herself|themselves) to|misappropriat\w*"
        r"|breach of trust",
    ),
    r(
        "performance",
        r"never (?:finished|finishes|turned up|showed up|called back|returned calls|on time)"
        r"|(?:couldn't|could not|didn't|did not) (?:finish|keep up)|shoddy|botched"
        r"|messed (?:it |everything |things )?up|cock-?ups?|screwed up",
    ),
    r(
        "disparagement",
        r"(?:the )?worst (?:tiler|worker|employee|colleague|manager|member of staff|hire|person)"
        rf"|(?:couldn't|could not|can't|cannot) stand {_PRON}|waste of (?:space|money|time)"
        r"|arrogant|moron|glad (?:he's|she's|they're|he is|she is|they are) gone",
    ),
    r(
        "speculation",
        r"(?:joining|joined|gone to|going to|working for) (?:a|the) competitor|i reckon|i bet"
        r"|must have (?:been|done|taken|said)|no doubt (?:he|she|they)",
    ),
    r(
        "health",
        r"miscarriage|radiotherapy|terminal(?:ly)? ill|hospice|psychiatric|(?:long )?covid"
        r"|(?:his|her|their) (?:illness|condition|treatment|therapy|therapist|doctor)"
        r"|doctor's (?:note|orders)|(?:had|in) (?:an|a car|a serious) accident"
        r"|broke (?:his|her|their) (?:leg|arm|wrist|back|ankle)|has (?:the )?flu",
    ),
    r(
        "family",
        r"custody|school run|caring for (?:his|her|their) (?:mother|father|parents|mum|dad)"
        r"|elderly (?:mother|father|parents?)|(?:his|her|their) kids",
    ),
    r(
        "legal",
        r"letter before action|legal advice|threaten\w* (?:to sue|legal action|us with)"
        r"|acas|whistle-?blow\w*|compensation claim|employment judge",
    ),
    r(
        "confidential",
        r"earn(?:ing|ed|s)? (?:far |much |a lot |way )?(?:more|less)"
        r"|(?:his|her|their) (?:pay|salary|wages|earnings|bonus|pension|package)"
        rf"|give {_PRON} a (?:bad |good )?reference"
        r"|(?:sick|absence) record",
    ),
    r(
        "false_softener",
        r"fresh start|time for a change|(?:felt|thought|decided) it was time|better opportunity"
        r"|next step in (?:his|her|their) career|career break|wanted to (?:try|focus|spend)"
        r"|somewhere else|elsewhere",
        kinds=TERMINATION,
    ),
]

PL = [
    # powód odejścia
    r(
        "reason",
        # Participles and nouns are about people ("zwolniona", "zwolnienie"); the verb also
        # frees a slot or scaffolding ("zwolnił się termin", "zwolnimy rusztowanie"), so
        # verb forms count only with a person: a pronoun or "z pracy".
        r"zwolnion\w*|zwolnieni|zwolnien(?:ie|ia|iu|iem|iach|iami)",
        not_after=r"(?:z|od) (?:vat|podatku|opłat|opłaty|akcyzy|cła|obowiązku)|lekarsk",
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
        not_after=r"(?:się )?(?:termin|miejsce|pokój|pokoje|sala|salę|rusztowanie|tempo|blokadę"
        r"|hamulec|kontener|magazyn|plac|parking|linię|zasoby|środki)\w*",
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
    r("accusation", r"kradzie\w*|ukrad\w*|kradł\w*|kradn\w*|kradli|złodzie\w*|okrad\w*"),
    r("accusation", r"oszu\w*|defraudacj\w*|sprzeniewierz\w*|malwersacj\w*|wyłudz\w*"),
    r(
        "accusation",
        r"policj\w*",
        not_before=r"(?:komisariat\w*|komend\w*|posterun\w*)",
        not_after=r"(?:zamknęła|zablokowała|kierowała ruchem|drogow\w*)",
    ),
    r("accusation", r"przestęp\w*|aresztowan\w*|areszt\w*|zatrzyman\w* przez policję"),
    r("accusation", r"łapów\w*|przekup\w*|molestow\w*|nękani\w*|mobbing\w*"),
    r("accusation", r"pijan\w*|po pijanemu|pod wpływem alkoholu|narkoty\w*|sabotow\w*"),
    r("accusation", r"kłama\w*|okłama\w*|kłamstw\w*|naruszeni\w* obowiązków"),
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
    ),
    r("performance", r"(?:jego|jej) (?:wydajnoś\w*|wyniki|wyników|zaangażowani\w*|postaw\w*)"),
    r("performance", r"niekompetencj\w*|zaniedba\w*|zaniedbywa\w*"),
    r("performance", r"(?:ciągle|wiecznie|notorycznie|stale|często|zawsze) (?:się )?spóźnia\w*"),
    r("performance", r"spóźnienia|nieobecnoś\w* w pracy|nie przychodzi\w* do pracy"),
    r("performance", r"niestawiennictw\w*|nie stawia\w* się|popełnia\w* błęd\w*"),
    r("performance", r"skarg\w* na (?:niego|nią|nich|jego|jej)"),
    r("performance", r"zawiód\w*|zawiodł\w*|zawodzi\w*", not_before=r"nie"),
    r(
        "performance",
        r"(?:jego|jej) prac\w* (?:był\w*|jest|nie był\w*) (?:zła|słaba|kiepska|niedbała|fatalna)"
        r"|nie (?:był\w*|jest) na (?:odpowiednim|właściwym|należytym) poziomie"
        r"|nie spełnia\w* (?:oczekiwań|wymagań|standardów)|nie wywiązywa\w* się|fuszerk\w*"
        r"|spartaczy\w*|partacz\w*|niedbał\w*",
    ),
    # zdrowie
    r("health", r"chor(?:y|a|e|zy|ego|ej|ym|ób|oba|obę|oby|obie|obą|obow\w*|uje|ował\w*)"),
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
    r("health", r"nowotw\w*|depresj\w*|wypaleni\w*|załamani\w* nerwow\w*|zawał\w*|udar\w*"),
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
    r("family", r"rozw(?:ód|odu|odzie|odem|odzi\w*|iod\w*)|ślub\w*|wesel\w*|pogrzeb\w*"),
    r("family", r"(?:jego|jej) (?:żon|mąż|męż|partner|rodzin|dziec|matk|ojc|rodzic)\w*"),
    r(
        "family",
        r"(?:z |ze )?(?:względów|powodów|przyczyn|spraw) (?:rodzinnych|osobistych|prywatnych)"
        r"|sprawy (?:rodzinne|osobiste|prywatne)|zmarł\w*|żałob\w*",
    ),
    # postępowanie prawne
    r("legal", r"sąd|sądu|sądem|sądzie|sądy|sądów|sądow\w*|pozew|pozwu|pozw(?:ać|ał\w*|ie\w*)"),
    r("legal", r"pozywa\w*|proces\w* sądow\w*|prokurat\w*|kroki prawne|drog\w* sądow\w*"),
    r("legal", r"zniesławieni\w*|pomówieni\w*|ugod\w* sądow\w*|sprawa w sądzie"),
    r("legal", r"(?:jego|jej|ich) (?:prawnik|adwokat|pełnomocnik)\w*|prawnicy się tym zajmują"),
    r("legal", r"inspekcj\w* pracy|sprawa karna|postępowani\w* (?:karne|sądowe)\w*"),
    # spekulacje i plotki
    r("speculation", r"plotk\w*|podobno|rzekomo|ponoć|krążą słuchy|mówi się, że|mówi się że"),
    r("speculation", r"słyszał(?:em|am|)\W+że|słyszałem|słyszałam|między nami|nieoficjalnie"),
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
    r("speculation", r"ma (?:pan|pani) rację|mają państwo rację|nic dziwnego|nie zdziwi\w*"),
    r("speculation", r"domyśla(?:cie|sz|ją|ją państwo|pan|pani)? się pewnie|nie powinien\w* mówić"),
    # dyskredytowanie
    r("disparagement", r"leniw\w*|bezużyteczn\w*|nieudoln\w*|nieudacznik\w*|niekompetentn\w*"),
    r("disparagement", r"nierzeteln\w*|nieuczciw\w*|kłamc\w*|nieodpowiedzialn\w*"),
    r(
        "disparagement",
        r"nie można (?:było )?na (?:nim|niej|nich) polegać|nie da się z (?:nim|nią)",
    ),
    r("disparagement", r"beznadziejn\w*|idiot\w*|głup\w*|katastrof\w*|nieprofesjonaln\w*"),
    r("disparagement", r"(?:dobrze|lepiej), że (?:go|jej|ich) nie ma"),
    r("disparagement", r"wrzuci\w* (?:mnie|nas|go|ją|ich) pod autobus|obgad\w*|oczerni\w*"),
    r("disparagement", r"szkalowa\w*|oczernia\w*|obsmarowa\w*"),
    r(
        "disparagement",
        r"nikt (?:za nim|za nią|za nimi) nie (?:będzie )?tęskni\w*|(?:był\w*|jest) "
        r"(?:kompletną |totalną )?porażką|(?:kompletn|totaln)\w* porażk\w*",
    ),
    # poufne sprawy kadrowe
    r("confidential", r"pensj\w*|wynagrodzeni\w*|zarobk\w*|zarabia\w*"),
    r("confidential", r"podwyżk\w*", not_after=r"cen"),
    r("confidential", r"premi(?:a|i|ę|ą|e)", not_after=r"ofert"),
    r("confidential", r"nagan\w*|kar\w* dyscyplinarn\w*|postępowani\w* dyscyplinarn\w*"),
    r("confidential", r"dyscyplinarn\w*|upomnieni\w* (?:pisemn|dla)\w*|okres\w* próbn\w*"),
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
]

CA = [
    # motiu de la sortida
    r("reason", r"acomiad\w*|l'acomiad\w*|despatxa(?:t|da|ts|des|r)|l'han despatxat"),
    r("reason", r"(?:fer|fet|feren|fan|va fer|van fer|han fet|hem fet|l'han fet|l'hem fet) fora"),
    r(
        "reason",
        r"rescindi(?:t|da|ts|des|r)|rescissió",
        not_before=r"contracte\w*(?: \w+){0,3}",
        not_after=r"(?:del|de|dels) (?:contracte|lloguer|acord|servei)",
    ),
    r("reason", r"dimiti\w*|dimissió|ha dimitit|va dimitir|plegat|va plegar|ha plegat"),
    r("reason", r"renuncia\w* (?:a la feina|al (?:seu )?lloc|al càrrec)"),
    r("reason", r"reducció de plantilla|retallad\w* de (?:personal|plantilla)|terminació"),
    r("reason", r"baixa voluntària|demanat la baixa|plegar de la feina"),
    r(
        "reason",
        r"(?:treure|tret|va treure|van treure|han tret)\w* de sobre|(?:se'n|ens en) (?:va|van|vam)"
        r" desfer|desfer-nos-en|(?:el|la|els) van posar al carrer|posar-(?:lo|la) al carrer"
        r"|deixa\w* la feina (?:a mitges|sense avisar)|abandon\w* (?:la feina|l'obra)",
    ),
    r("reason", r"l'hem deixat anar|l'han deixat anar|deixar-lo anar|deixar-la anar"),
    # acusacions
    r("accusation", r"robatori\w*|robar|robava|robat|robada|robats|robades|va robar|lladr\w*"),
    r("accusation", r"frau\w*|estafa\w*|malversació|malversa\w*|desfalc\w*|defrauda\w*"),
    r(
        "accusation",
        r"policia\w*",
        not_before=r"comissaria de (?:la )?",
        not_after=r"(?:havia |ha |va )?(?:tallat|tallar|tancat|tancar|desviat|desviar) (?:la|el)"
        r" (?:carretera|carrer|pas|trànsit)|de trànsit",
    ),
    r("accusation", r"delicte\w*|detingu\w*|arrestat\w*|crim|crims|criminal\w*"),
    r("accusation", r"suborn\w*|assetjament\w*|assetja\w*|borratx\w*|begut|begud\w*|drogu\w*"),
    r("accusation", r"robant|enxampa\w* (?:robant|bevent|amb)"),
    r(
        "accusation",
        r"es quedava (?:diners|material|eines)|es va quedar (?:diners|material|eines)"
        r"|s'embutxac\w*|falsifica\w*|va falsificar|denúncia|denunciat\w*|ens ha denunciat",
    ),
    r("accusation", r"sabotej\w*|sabotatge|mentia|va mentir|ha mentit|falta greu"),
    r("accusation", r"infringi\w* la llei|viola\w* (?:una|la) política"),
    # rendiment
    r("performance", r"(?:seu|baix|mal|poc) rendiment|rendiment (?:baix|deficient|dolent)"),
    r("performance", r"servei deficient|feina mal feta|no complia|no feia (?:bé )?la seva feina"),
    r("performance", r"(?:arribava|arribaven|arriba sempre|arribava sempre) tard|impuntualitat"),
    r("performance", r"(?:no es presentava|no venia a treballar|absències|absentisme)"),
    r("performance", r"(?:feia|cometia|va cometre) (?:molts )?errors|queixes sobre (?:ell|ella)"),
    r("performance", r"no estava a l'alçada|negligen\w*|deixadesa"),
    r(
        "performance",
        r"(?:la seva|seva) feina (?:\w+ ){0,4}(?:prou bona|deficient|dolenta|pèssima|mal feta)",
    ),
    # salut
    r("health", r"malalt(?:ia|ies|a|s|es)?|baixa mèdica|baixa per malaltia|hospitalitza\w*"),
    r("health", r"(?:està|estarà|és|ha estat|estava) de baixa|a l'hospital|ingressat\w*"),
    r(
        "health",
        r"(?:va ser|ha estat|l'han|l'hem) operat\w*|operació quirúrgica|depressió|ansietat"
        r"|càncer|infart|cremat per",
    ),
    r("health", r"problem\w* amb (?:l'alcohol|la beguda|les drogues)|alcohòlic\w*"),
    r("health", r"salut mental|esgotament|addicció|alcoholisme|discapacitat|lesió|ferit"),
    # família i vida personal
    r(
        "family",
        r"espera (?:un fill|una filla|un nadó|bessons)|bessons|està esperant (?:un|una) "
        r"(?:fill|filla|criatura|nadó)|(?:surt|sortia) amb (?:una|un) client\w*|aventura amb",
    ),
    r("family", r"embaràs|embarassada|prenyada|maternitat|paternitat|permís de naixement"),
    r("family", r"ha tingut (?:un|una) (?:nen|nena|fill|filla|bebè)|nadó|criatura"),
    r("family", r"divorci\w*|divorcia\w*|separa\w* de|casament|noces|funeral|enterrament"),
    r(
        "family",
        r"(?:la seva|el seu) (?:dona|marit|parella|família|mare|pare|fill|filla|xicot|xicota)",
    ),
    r("family", r"motius (?:personals|familiars)|raons (?:personals|familiars)|va morir|ha mort"),
    # procediments legals
    r("legal", r"demand(?:a|ar|at|ada|es) judicial|posar una demanda|presentar una demanda"),
    r("legal", r"ens ha demandat|ens demanda|demandar-nos|judici\w*|tribunal\w*|jutjat\w*"),
    r(
        "legal",
        r"difamació|calúmni\w*|calumni\w*|acci(?:ó|ons) legal(?:s)?|advocat\w* (?:seu|seva)",
    ),
    r("legal", r"(?:el seu|els seus) advocat\w*|ho porten els advocats|via judicial"),
    r("legal", r"(?:els|els nostres) advocats (?:ja )?ho porten|litigi\w*|plet|plets"),
    # especulació
    r("speculation", r"rumor\w*|xafarder\w*|es rumoreja|es diu que|diuen que"),
    r("speculation", r"he sentit (?:dir )?que|entre nosaltres|extraoficialment|pel que sembla"),
    r("speculation", r"(?:segurament|probablement|potser|suposo que) (?:perquè|per això)"),
    r(
        "speculation",
        r"com (?:ja )?(?:sospitava|s'imaginava|devia imaginar)|té raó|no és cap sorpresa",
    ),
    r("speculation", r"no hauria de dir-ho|no és estrany"),
    # desprestigi
    r("disparagement", r"mandr\w*|gandul\w*|inútil\w*|incompetent\w*|deshonest\w*"),
    r("disparagement", r"mentider\w*|irresponsable\w*|poc professional|un desastre|una desgràcia"),
    r("disparagement", r"parla\w* malament|(?:desprestigi|difama)\w*"),
    r("disparagement", r"ningú no (?:el|la|els) trobarà a faltar|no (?:el|la) trobarem a faltar"),
    r("disparagement", r"no (?:era|és) de fiar|no s'hi podia confiar|estúpid\w*|idiota"),
    # dades confidencials
    r("confidential", r"salari\w*|el seu sou|del seu sou|nòmin\w*|augment de sou"),
    r("confidential", r"expedient disciplinari|sanci(?:ó|ons) disciplinàri\w*|sancionat\w*"),
    r("confidential", r"amonesta\w*|advertiment per escrit|període de prova|finiquit"),
    r("confidential", r"indemnització per acomiadament|contracte laboral|avaluació del seu"),
    r("confidential", r"(?:últim|darrer) avís|avís per escrit|avisos per escrit|expedientat\w*"),
    # falsos eufemismes (només per a una sortida definitiva)
    r(
        "false_softener",
        r"noves oportunitats|nous reptes|nous horitzons|(?:ha|va) decidir (?:marxar|deixar"
        r"|canviar)|ha decidit (?:marxar|deixar|canviar)|de mutu acord|de manera amistosa"
        r"|per voluntat pròpia|vol(?:ia|gut)? canviar d'aires|més temps amb la seva família"
        r"|nous projectes|nova etapa|nou camí|emprendre (?:nous|un nou|una nova)"
        r"|per centrar-se en",
        kinds=TERMINATION,
    ),
    # ampliat després del segon mesurament a cegues
    r(
        "reason",
        r"(?:li|els) van donar (?:quinze dies|el preavís|la carta)|(?:li|els) van dir que no "
        r"(?:tornés|tornessin)|(?:el|la|els) (?:va|van) fer plegar|fer-(?:lo|la) plegar"
        r"|(?:ha|va) perdre la feina|ha perdut la feina|(?:s'ha|es va) quedar sense feina",
    ),
    r(
        "accusation",
        r"l'acusen|acusa(?:t|da|ts|des|r|ció|cions)|cobra\w* de més|infla\w* les factures"
        r"|s'emportava|emportant-se|es va emportar (?:les|el|material|eines|diners)"
        r"|apropiació indeguda",
    ),
    r(
        "performance",
        r"mai no acabava|no acabava (?:res|mai)|no complia (?:els terminis|els horaris)"
        r"|sempre (?:anava|arribava) tard|errors greus|no donava l'abast",
    ),
    r(
        "disparagement",
        r"(?:el|la) pitjor (?:rajoler|treballador|empleat|encarregat|persona)\w*"
        r"|no (?:el|la|els) (?:podia|podíem|puc) suportar|insuportable\w*|maleducat\w*"
        r"|arrogant\w*|sort que ja no hi és|millor sense (?:ell|ella)",
    ),
    r(
        "speculation",
        r"es comenta|m'han dit que|m'ha dit que|segons sembla|imagino que (?:ell|ella|el|la)"
        r"|(?:a|amb) la competència",
    ),
    r(
        "health",
        r"avortament|avortat|quimio\w*|radioteràpia|(?:va tenir|ha tingut) un accident"
        r"|després de l'accident|es va trencar (?:la|el) (?:cama|braç|canell|esquena)"
        r"|tractament mèdic|psiquiatr\w*",
    ),
    r(
        "family",
        r"s'hi van traslladar|es trasllada|s'ha mudat|es muda|se'n va anar a viure"
        r"|cuidar (?:la seva|el seu) (?:mare|pare|fill|filla)"
        r"|(?:els seus|les seves) (?:fills|filles|pares)",
    ),
    r(
        "legal",
        r"burofax|reclamació judicial|magistratura|conciliació laboral|inspecció de treball"
        r"|carta de l'advocat",
    ),
    r(
        "confidential",
        r"(?:cobrava|guanyava) (?:molt |bastant |força )?(?:més|menys)|disciplin\w*",
    ),
    r(
        "false_softener",
        r"començar de (?:nou|zero)|nova aventura|créixer professionalment|altres projectes"
        r"|en un altre lloc|era (?:hora|el moment) de",
        kinds=TERMINATION,
    ),
]

ID = [
    # alasan keluar
    r("reason", r"dipecat\w*|pecat|memecat\w*|pemecatan\w*|dipecatnya|kena pecat"),
    r("reason", r"phk|di-phk|kena phk|pemutusan hubungan kerja"),
    r("reason", r"diberhentikan\w*|memberhentikan\w*|pemberhentian\w*"),
    r("reason", r"mengundurkan diri|pengunduran diri|resign\w*"),
    r(
        "reason",
        r"berhenti (?:bekerja|kerja)",
        not_before=r"(?:kami|kita|tukang)",
        not_after=r"(?:pukul|jam|sebentar|sementara)",
    ),
    r("reason", r"dikeluarkan dari (?:perusahaan|pekerjaan|kantor|tim)|didepak\w*"),
    r("reason", r"dirumahkan|pensiun dini|dikeluarkan karena"),
    r("reason", r"pengurangan (?:karyawan|pegawai|tenaga kerja)|rasionalisasi karyawan"),
    r(
        "reason",
        r"mengeluarkannya|mengeluarkan (?:dia|dirinya|karyawan|pegawai) dari|hengkang"
        r"|meninggalkan pekerjaan\w*|kabur dari (?:pekerjaan|proyek)|keluar dari pekerjaan\w*"
        r"|(?:keluar|berhenti) karena",
    ),
    # tuduhan
    r("accusation", r"mencuri\w*|pencurian\w*|dicuri\w*|curi|maling|pencuri"),
    r("accusation", r"penipuan\w*|menipu\w*|ditipu\w*|penggelapan\w*|menggelapkan\w*|korupsi\w*"),
    r(
        "accusation",
        r"polisi",
        not_before=r"(?:kantor|pos)",
        not_after=r"lalu lintas|(?:menutup|mengalihkan|mengatur) (?:jalan|arus|lalu lintas)",
    ),
    r("accusation", r"ditangkap\w*|kriminal\w*|kejahatan\w*|tindak pidana|dipenjara"),
    r("accusation", r"suap\w*|menyuap\w*|disuap\w*|sogok\w*|disogok|komisi gelap|pungli"),
    r("accusation", r"pelecehan\w*|mabuk\w*|narkoba\w*|sabotase|berbohong|bohong"),
    r("accusation", r"melanggar (?:aturan|hukum|peraturan)|pelanggaran berat"),
    r("accusation", r"mengantongi\w*|memalsu\w*|dipalsukan|pemalsuan|nota palsu|kuitansi palsu"),
    # kinerja
    r(
        "performance",
        r"kinerja(?:nya)?",
        not_before=r"(?:mesin|boiler|pompa|sistem|alat)",
        not_after=r"(?:mesin|boiler|pompa|sistem|alat|pemanas|produk|keramik)",
    ),
    r("performance", r"tidak kompeten|tidak becus|sering terlambat|selalu terlambat"),
    r("performance", r"lalai|kelalaian\w*|bolos|membolos|mangkir|tidak masuk kerja"),
    r(
        "performance",
        r"banyak (?:melakukan )?kesalahan|keluhan (?:tentang|terhadap) (?:dia|dirinya)",
    ),
    r("performance", r"tidak datang ke lokasi|tidak memenuhi target|hasil kerjanya"),
    # kesehatan
    r("health", r"sakit\w*|penyakit\w*", not_before=r"rumah"),
    r("health", r"(?:dirawat|masuk|opname) (?:di )?rumah sakit|cuti sakit|dioperasi"),
    r("health", r"menjalani operasi|depresi|kanker|stroke|serangan jantung|gangguan jiwa"),
    r("health", r"masalah (?:dengan )?(?:alkohol|minuman keras|narkoba)|kecanduan alkohol"),
    r("health", r"kesehatan jiwa\w*|masalah kesehatan|kondisi kesehatan\w*"),
    r("health", r"kesehatan mental|kecanduan|stres berat|kelelahan|cedera|cacat|disabilitas"),
    # kehamilan, keluarga, kehidupan pribadi
    r("family", r"hamil|kehamilan\w*|cuti (?:melahirkan|hamil)|melahirkan|bayi\w*|persalinan"),
    r("family", r"bercerai|perceraian\w*|cerai|menikah|pernikahan\w*|nikah|pemakaman|meninggal"),
    r("family", r"(?:istri|suami|anak|keluarga|orang tua|ibu|ayah|pacar)nya"),
    r("family", r"mengandung|anak kembar|berpacaran|pacaran|selingkuh\w*|perselingkuhan"),
    r(
        "family",
        r"(?:urusan|alasan|masalah) (?:keluarga|pribadi)|keperluan keluarga|kedukaan",
    ),
    # proses hukum
    r("legal", r"gugatan\w*|menggugat\w*|digugat\w*|pengadilan\w*|tuntutan hukum|dituntut"),
    r("legal", r"jalur hukum|proses hukum|masalah hukum|kasus hukum|ranah hukum|somasi"),
    r("legal", r"pencemaran nama baik|fitnah\w*|pengacaranya|lapor\w* ke polisi"),
    r("legal", r"pengacara\w* (?:kami |perusahaan )?(?:sudah |sedang )?menangani"),
    # spekulasi
    r("speculation", r"gosip\w*|kabar burung|kabarnya|katanya|konon|desas-desus|rumor\w*"),
    r("speculation", r"saya dengar|antara kita|jangan bilang siapa-siapa|off the record"),
    r("speculation", r"(?:mungkin|sepertinya|kayaknya|barangkali|pasti) karena"),
    r("speculation", r"seperti yang (?:anda|bapak|ibu) duga|(?:anda|bapak|ibu) benar"),
    r("speculation", r"tidak mengherankan|tidak heran|sudah bisa ditebak"),
    # merendahkan
    r("disparagement", r"menjelek\w*|menjelekkan|menjatuhkan nama|menjelek-jelekkan"),
    r("disparagement", r"malas|pemalas|bodoh|tidak bisa dipercaya|tidak jujur|pembohong"),
    r("disparagement", r"tidak profesional|payah|tidak berguna|bermasalah"),
    r("disparagement", r"tidak bertanggung jawab", not_after=r"(?:kepada|atas|terhadap)"),
    r("disparagement", r"(?:lebih baik|untung) (?:dia|mereka) (?:sudah )?(?:pergi|keluar)"),
    r(
        "disparagement",
        r"tidak ada yang (?:akan )?merindukan\w*|(?:dia|orangnya) (?:benar-benar |memang |sangat )?"
        r"(?:kacau|payah|berantakan|menyebalkan)",
    ),
    # data kepegawaian rahasia
    r("confidential", r"gaji\w*|pesangon\w*|surat peringatan|sp\s*[123]|sanksi\w*"),
    r("confidential", r"tindakan disipliner|disipliner|masa percobaan|penilaian kinerja"),
    r("confidential", r"kontrak kerja(?:nya)?|uang pisah|bonus(?:nya)"),
    # pelunak palsu (hanya untuk pemutusan)
    r(
        "false_softener",
        r"peluang baru|tantangan baru|kesempatan baru|memutuskan untuk (?:pindah|keluar|berhenti"
        r"|pergi|mencari)|atas keinginan sendiri|kesepakatan bersama|secara baik-baik"
        r"|berpisah dengan baik|lebih banyak waktu (?:dengan|untuk) keluarga|jalan baru"
        r"|babak baru|petualangan baru|memilih untuk (?:pindah|keluar|berhenti|pergi|menempuh"
        r"|mengejar)|mengejar (?:karier|karir|impian|mimpi)",
        kinds=TERMINATION,
    ),
    # diperluas setelah pengukuran buta kedua
    r(
        "reason",
        r"disuruh (?:tidak kembali|keluar|pergi|berhenti|angkat kaki)|angkat kaki|diusir"
        r"|dipaksa (?:keluar|berhenti|mundur)|diminta (?:keluar|mundur|berhenti|mengundurkan)"
        r"|diputus kontrak\w*|kontraknya (?:diputus|tidak diperpanjang|dihentikan)"
        r"|kehilangan pekerjaan\w*",
    ),
    r(
        "accusation",
        r"dituduh|menuduh\w*|tuduhan\w*|menggelembungkan|membawa pulang (?:peralatan|barang"
        r"|material|alat)|menilap|rekaman cctv|terekam cctv|kamera merekam (?:dia|dirinya)",
    ),
    r(
        "performance",
        r"tidak pernah (?:menyelesaikan|selesai|tepat waktu|datang)|selalu molor|molor terus"
        r"|kerjanya (?:lambat|jelek|asal-asalan)|asal-asalan",
    ),
    r(
        "disparagement",
        r"terburuk|tidak tahan (?:lagi )?dengan(?:nya)?|menjengkelkan|kurang ajar|sombong"
        r"|tidak sopan|goblok|tolol",
    ),
    r(
        "speculation",
        r"kabar yang beredar|beredar kabar|isunya|dengar-dengar|kabar angin"
        r"|(?:pindah|bergabung) (?:ke|dengan) (?:perusahaan )?pesaing",
    ),
    r(
        "health",
        r"keguguran|kemoterapi|kemo|radioterapi|kecelakaan|patah (?:kaki|tangan|tulang)"
        r"|rawat inap|psikiater|psikolog",
    ),
    r(
        "family",
        r"pindah (?:rumah|kota|ke luar kota|ke luar negeri)|ikut (?:suami|istri)(?:nya)?"
        r"|(?:mengurus|merawat) (?:anak|orang tua|ibu|ayah)\w*",
    ),
    r(
        "legal",
        r"kuasa hukum\w*|sengketa\w*|bersengketa|perkara\w*|disnaker|dinas tenaga kerja"
        r"|hubungan industrial",
    ),
    r(
        "confidential",
        r"penghasilan\w*|pendapatannya|sidang disiplin|pemeriksaan internal|evaluasi kinerja"
        r"|catatan (?:kepegawaian|disiplin)",
    ),
    r(
        "false_softener",
        r"lembaran baru|awal baru|memulai (?:dari awal|lembaran|babak|karier|karir)"
        r"|di tempat lain|sudah waktunya|saatnya (?:pindah|mencari|keluar)"
        r"|kesempatan (?:lain|yang lebih baik)|tawaran yang lebih baik",
        kinds=TERMINATION,
    ),
]

RULES: dict[str, list[dict[str, Any]]] = {"en": EN, "pl": PL, "ca": CA, "id": ID}
