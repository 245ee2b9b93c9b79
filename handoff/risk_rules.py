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
        r"|connection|cable|wire|pipe|account)s?",
    ),
    r(
        "reason",
        rf"{_BE} {_ADV}fired",
        not_after=r"(?:at|in (?:a|the) kiln|twice|to \d|in batches)",
    ),
    r("reason", rf"(?:fired|sacked|dismissed|terminated|got rid of) {_PRON}"),
    r("reason", rf"(?:let|letting) {_PRON} go"),
    r("reason", r"sacked|got the sack|given the sack|got the boot|laid off|lay-?offs?"),
    r("reason", r"redundanc(?:y|ies)|made redundant|dismissal|dismissed for"),
    r("reason", rf"termination of {_POSS} (?:employment|contract|job)"),
    r(
        "reason",
        rf"{_POSS} (?:employment|contract of employment|job) (?:was|has been) (?:terminated|ended)",
    ),
    r("reason", r"resign(?:ed|s|ing|ation)?|(?:handed in|gave) (?:his|her|their) notice"),
    r("reason", r"quit|quits|quitting", not_after=r"smoking|drinking|the app|the program"),
    r("reason", r"walked out|stormed out|walked off the job"),
    # accusation and crime
    r("accusation", r"steal(?:s|ing)?|stole|stolen|theft|thefts|thief|thieves|thieving|pilfer\w*"),
    r("accusation", r"fraud\w*|embezzl\w*|defraud\w*|swindl\w*|scam(?:med|ming)?"),
    r("accusation", r"police", not_after=r"station (?:car park|carpark|parking|entrance)"),
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
    r("health", r"sick|sickness|illness|illnesses|unwell|off sick|sick leave|sick note"),
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
    # disparagement
    r("disparagement", r"lazy|useless|hopeless|incompeten(?:t|ce)|idiot\w*|stupid"),
    r("disparagement", r"dishonest|untrustworthy|(?:couldn't|could not|can't|cannot) be trusted"),
    r("disparagement", r"unreliable|unprofessional|troublemaker|clueless|good riddance"),
    r("disparagement", r"(?:nightmare|difficult|impossible) to work with|bad attitude"),
    r("disparagement", r"attitude problem|(?:better|well) off without"),
    r("disparagement", r"(?:he|she|they) (?:was|were|is|are) (?:a )?(?:disaster|disgrace|joke)"),
    # confidential personnel details
    r("confidential", r"salary|salaries|wages?|pay (?:rise|cut|dispute|grade)|payslips?"),
    r("confidential", r"disciplinary|(?:written|verbal|final|formal) warnings?|warning letter"),
    r("confidential", r"personnel file|hr file|probation(?:ary)?|severance|pay-?off"),
    r("confidential", r"redundancy (?:pay|package)|exit package|grievance"),
    r("confidential", r"performance review|(?:his|her|their|annual|staff) appraisal|sick pay"),
    r("confidential", r"employment contract"),
    r("confidential", r"contract of employment"),
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
        r"|(?:his|her|their) own (?:choice|decision)",
        kinds=TERMINATION,
    ),
]

PL = [
    # powód odejścia
    r(
        "reason",
        r"zwolni\w*|zwalnia\w*|zwolnien\w*",
        not_after=r"(?:z|od) (?:vat|podatku|opłat|opłaty|akcyzy|cła|obowiązku)|się termin"
        r"|się miejsce|tempo|termin|miejsce",
        not_before=r"(?:termin|miejsce|tempo)(?: się)?",
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
    r("reason", r"rzuci\w* (?:pracę|robotę)|odszed\w* z hukiem|pożegnaliśmy się z (?:nim|nią)"),
    # oskarżenia
    r("accusation", r"kradzie\w*|ukrad\w*|kradł\w*|kradn\w*|kradli|złodzie\w*|okrad\w*"),
    r("accusation", r"oszu\w*|defraudacj\w*|sprzeniewierz\w*|malwersacj\w*|wyłudz\w*"),
    r("accusation", r"policj\w*", not_before=r"(?:komisariat\w*|komend\w*|posterun\w*)"),
    r("accusation", r"przestęp\w*|aresztowan\w*|areszt\w*|zatrzyman\w* przez policję"),
    r("accusation", r"łapów\w*|przekup\w*|molestow\w*|nękani\w*|mobbing\w*"),
    r("accusation", r"pijan\w*|po pijanemu|pod wpływem alkoholu|narkoty\w*|sabotow\w*"),
    r("accusation", r"kłama\w*|okłama\w*|kłamstw\w*|naruszeni\w* obowiązków"),
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
    r("performance", r"zawiód\w*|zawiodł\w*|zawodzi\w*"),
    # zdrowie
    r("health", r"chor(?:y|a|e|zy|ego|ej|ym|ób|oba|obę|oby|obie|obą|obow\w*|uje|ował\w*)"),
    r("health", r"zwolnieni\w* lekarsk\w*|na l4|urlop\w* zdrowotn\w*"),
    r(
        "health",
        r"(?:jest|był|była|leży|leżał\w*|trafił\w*) (?:w|do) szpital\w*|hospitalizowan\w*",
    ),
    r("health", r"operacj\w* (?:serca|kolana|biodra|kręgosłupa)|po operacji|przeszł\w* operację"),
    r("health", r"nowotw\w*|depresj\w*|wypaleni\w*|załamani\w* nerwow\w*|zawał\w*|udar\w*"),
    r("health", r"uzależni\w*|alkoholi\w*|(?:jest|był|była) niepełnospraw\w*|odwyk\w*"),
    # ciąża, rodzina, życie prywatne
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
    r("speculation", r"słyszał(?:em|am) (?:że|,)|między nami|nieoficjalnie|po cichu"),
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
    # poufne sprawy kadrowe
    r("confidential", r"pensj\w*|wynagrodzeni\w*|zarobk\w*|zarabia\w*"),
    r("confidential", r"podwyżk\w*", not_after=r"cen"),
    r("confidential", r"premi(?:a|i|ę|ą|e)", not_after=r"ofert"),
    r("confidential", r"nagan\w*|kar\w* dyscyplinarn\w*|postępowani\w* dyscyplinarn\w*"),
    r("confidential", r"dyscyplinarn\w*|upomnieni\w* (?:pisemn|dla)\w*|okres\w* próbn\w*"),
    r("confidential", r"akt\w* osobow\w*|(?:dosta\w*|otrzyma\w*|wypłaci\w*) odpraw\w*"),
    r("confidential", r"odpraw\w* (?:pieniężn\w*|dla (?:niego|niej))"),
    r("confidential", r"ocen\w* (?:okresow|pracownicz)\w*|świadectw\w* pracy"),
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
]

CA = [
    # motiu de la sortida
    r("reason", r"acomiad\w*|l'acomiad\w*|despatxa(?:t|da|ts|des|r)|l'han despatxat"),
    r("reason", r"(?:fer|fet|feren|fan|va fer|van fer|han fet|hem fet|l'han fet|l'hem fet) fora"),
    r(
        "reason",
        r"rescindi(?:t|da|ts|des|r)|rescissió",
        not_before=r"contracte\w*(?: \w+){0,3}",
    ),
    r("reason", r"dimiti\w*|dimissió|ha dimitit|va dimitir|plegat|va plegar|ha plegat"),
    r("reason", r"renuncia\w* (?:a la feina|al (?:seu )?lloc|al càrrec)"),
    r("reason", r"reducció de plantilla|retallad\w* de (?:personal|plantilla)|terminació"),
    r("reason", r"l'hem deixat anar|l'han deixat anar|deixar-lo anar|deixar-la anar"),
    # acusacions
    r("accusation", r"robatori\w*|robar|robava|robat|robada|robats|robades|va robar|lladr\w*"),
    r("accusation", r"frau\w*|estafa\w*|malversació|malversa\w*|desfalc\w*|defrauda\w*"),
    r("accusation", r"policia\w*", not_before=r"comissaria de (?:la )?"),
    r("accusation", r"delicte\w*|detingu\w*|arrestat\w*|crim|crims|criminal\w*"),
    r("accusation", r"suborn\w*|assetjament\w*|assetja\w*|borratx\w*|begut|begud\w*|drogu\w*"),
    r("accusation", r"sabotej\w*|sabotatge|mentia|va mentir|ha mentit|falta greu"),
    r("accusation", r"infringi\w* la llei|viola\w* (?:una|la) política"),
    # rendiment
    r("performance", r"(?:seu|baix|mal|poc) rendiment|rendiment (?:baix|deficient|dolent)"),
    r("performance", r"servei deficient|feina mal feta|no complia|no feia (?:bé )?la seva feina"),
    r("performance", r"(?:arribava|arriba|arribaven) (?:sempre )?tard|impuntualitat"),
    r("performance", r"(?:no es presentava|no venia a treballar|absències|absentisme)"),
    r("performance", r"(?:feia|cometia|va cometre) (?:molts )?errors|queixes sobre (?:ell|ella)"),
    r("performance", r"no estava a l'alçada|negligen\w*|deixadesa"),
    # salut
    r("health", r"malalt(?:ia|ies|a|s|es)?|baixa mèdica|baixa per malaltia|hospitalitza\w*"),
    r("health", r"(?:està|estarà|és|ha estat|estava) de baixa|a l'hospital|ingressat\w*"),
    r(
        "health",
        r"(?:va ser|ha estat|l'han|l'hem) operat\w*|operació quirúrgica|depressió|ansietat"
        r"|càncer|infart|cremat per",
    ),
    r("health", r"salut mental|esgotament|addicció|alcoholisme|discapacitat|lesió|ferit"),
    # família i vida personal
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
    r("disparagement", r"no (?:era|és) de fiar|no s'hi podia confiar|estúpid\w*|idiota"),
    # dades confidencials
    r("confidential", r"salari\w*|el seu sou|del seu sou|nòmin\w*|augment de sou"),
    r("confidential", r"expedient disciplinari|sanci(?:ó|ons) disciplinàri\w*|sancionat\w*"),
    r("confidential", r"amonesta\w*|advertiment per escrit|període de prova|finiquit"),
    r("confidential", r"indemnització per acomiadament|contracte laboral|avaluació del seu"),
    # falsos eufemismes (només per a una sortida definitiva)
    r(
        "false_softener",
        r"noves oportunitats|nous reptes|nous horitzons|(?:ha|va) decidir (?:marxar|deixar"
        r"|canviar)|ha decidit (?:marxar|deixar|canviar)|de mutu acord|de manera amistosa"
        r"|per voluntat pròpia|vol(?:ia|gut)? canviar d'aires|més temps amb la seva família",
        kinds=TERMINATION,
    ),
]

ID = [
    # alasan keluar
    r("reason", r"dipecat\w*|pecat|memecat\w*|pemecatan\w*|dipecatnya|kena pecat"),
    r("reason", r"phk|di-phk|kena phk|pemutusan hubungan kerja"),
    r("reason", r"diberhentikan\w*|memberhentikan\w*|pemberhentian\w*"),
    r("reason", r"mengundurkan diri|pengunduran diri|resign\w*|berhenti (?:bekerja|kerja)"),
    r("reason", r"dikeluarkan dari (?:perusahaan|pekerjaan|kantor|tim)|didepak\w*"),
    r("reason", r"dirumahkan|pensiun dini|dikeluarkan karena"),
    # tuduhan
    r("accusation", r"mencuri\w*|pencurian\w*|dicuri\w*|curi|maling|pencuri"),
    r("accusation", r"penipuan\w*|menipu\w*|ditipu\w*|penggelapan\w*|menggelapkan\w*|korupsi\w*"),
    r("accusation", r"polisi", not_before=r"(?:kantor|pos)"),
    r("accusation", r"ditangkap\w*|kriminal\w*|kejahatan\w*|tindak pidana|dipenjara"),
    r("accusation", r"suap\w*|menyuap\w*|disuap\w*|sogok\w*|disogok|komisi gelap|pungli"),
    r("accusation", r"pelecehan\w*|mabuk\w*|narkoba\w*|sabotase|berbohong|bohong"),
    r("accusation", r"melanggar (?:aturan|hukum|peraturan)|pelanggaran berat"),
    # kinerja
    r("performance", r"kinerja(?:nya)?", not_before=r"(?:mesin|boiler|pompa|sistem|alat)"),
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
    r("health", r"kesehatan mental|kecanduan|stres berat|kelelahan|cedera|cacat|disabilitas"),
    # kehamilan, keluarga, kehidupan pribadi
    r("family", r"hamil|kehamilan\w*|cuti (?:melahirkan|hamil)|melahirkan|bayi\w*|persalinan"),
    r("family", r"bercerai|perceraian\w*|cerai|menikah|pernikahan\w*|nikah|pemakaman|meninggal"),
    r("family", r"(?:istri|suami|anak|keluarga|orang tua|ibu|ayah|pacar)nya"),
    r(
        "family",
        r"(?:urusan|alasan|masalah) (?:keluarga|pribadi)|keperluan keluarga|kedukaan",
    ),
    # proses hukum
    r("legal", r"gugatan\w*|menggugat\w*|digugat\w*|pengadilan\w*|tuntutan hukum|dituntut"),
    r("legal", r"jalur hukum|proses hukum|masalah hukum|kasus hukum|ranah hukum|somasi"),
    r("legal", r"pencemaran nama baik|fitnah\w*|pengacaranya|lapor\w* ke polisi"),
    # spekulasi
    r("speculation", r"gosip\w*|kabar burung|kabarnya|katanya|konon|desas-desus|rumor\w*"),
    r("speculation", r"saya dengar|antara kita|jangan bilang siapa-siapa|off the record"),
    r("speculation", r"(?:mungkin|sepertinya|kayaknya|barangkali|pasti) karena"),
    r("speculation", r"seperti yang (?:anda|bapak|ibu) duga|(?:anda|bapak|ibu) benar"),
    r("speculation", r"tidak mengherankan|tidak heran|sudah bisa ditebak"),
    # merendahkan
    r("disparagement", r"malas|pemalas|bodoh|tidak bisa dipercaya|tidak jujur|pembohong"),
    r("disparagement", r"tidak profesional|payah|tidak berguna|bermasalah|tidak bertanggung jawab"),
    r("disparagement", r"(?:lebih baik|untung) (?:dia|mereka) (?:sudah )?(?:pergi|keluar)"),
    # data kepegawaian rahasia
    r("confidential", r"gaji\w*|pesangon\w*|surat peringatan|sp\s*[123]|sanksi\w*"),
    r("confidential", r"tindakan disipliner|disipliner|masa percobaan|penilaian kinerja"),
    r("confidential", r"kontrak kerja(?:nya)?|uang pisah|bonus(?:nya)"),
    # pelunak palsu (hanya untuk pemutusan)
    r(
        "false_softener",
        r"peluang baru|tantangan baru|kesempatan baru|memutuskan untuk (?:pindah|keluar|berhenti"
        r"|pergi|mencari)|atas keinginan sendiri|kesepakatan bersama|secara baik-baik"
        r"|berpisah dengan baik|lebih banyak waktu (?:dengan|untuk) keluarga",
        kinds=TERMINATION,
    ),
]

RULES: dict[str, list[dict[str, Any]]] = {"en": EN, "pl": PL, "ca": CA, "id": ID}
