"""The English rules of the risk checker (see `handoff.risk.rules` for their form)."""

from __future__ import annotations

from typing import Any

from handoff.risk.rules import TERMINATION, r, s

_BE = r"(?:was|were|been|being|be|is|are|got|get|gets|getting|had been|has been|have been)"
_ADV = r"(?:just |finally |recently |eventually |basically |effectively |actually |quietly )?"
_PRON = r"(?:him|her|them)"
_POSS = r"(?:his|her|their)"
# Things and outside firms a client may call poor, sick or dead ("the wholesaler let us down",
# "the cutting disc died"), up to four words before the flagged ones.
_THING_NOUNS = (
    r"(?:supplier|wholesaler|courier|fitter|builder|contractor|subcontractor|software|system"
    r"|app|machine|disc|pump|boiler|van|printer|drill|saw|grinder|battery|engine|server|network"
    r"|paint|product|firm|company|delivery|delivery|bank|website|phone|laptop|lift|crane|tile"
    r"|glue|grout|plaster|timber|brand|manufacturer|factory|merchant|shop|store"
    # tools, parts and materials
    r"|hinge|sealant|adhesive|cement|mortar|concrete|filler|primer|varnish|insulation|router|modem|generator|inverter|mixer|scanner|panel|alarm|forms?|tool"
    r"|part|fitting|valve|motor|fuse|sensor|camera|charger|kit|equipment|car|lorry|truck"
    r"|computer|screen|tablet|oven|fridge|freezer|heater|compressor|unit|device|cable|material"
    # outside bodies and services
    r"|lab|laboratory|insurer|insurance|airline|agency|council|landlord|hotel|venue|route|road"
    r"|traffic|weather|post|royal mail|post office|carrier|haulier|retailer|wholesaler|vendor"
    r"|platform|portal|service|provider|broker|lender|sales|market|economy|deal|order|quote"
    # prices and running costs, machines of a shop, rival firms
    r"|price|cost|fee|tariff|premium|rent|ink|cartridge|toner|cash register|meter|kiln"
    r"|air-?con|aircon|air conditioning|hose|pipe|competitor|rival"
    # the weather's damage
    r"|frost|storm|rain|wind|flood|snow|heatwave|damp|leak"
    r"|reader|card machine|terminal|photocopier|copier)"
)
_THINGS = (
    rf"\b(?:{_THING_NOUNS})(?:s|es)?(?:'s)?(?: [\w']+){{0,4}}"
    # the verb after a subject of four words ("the panels on the north roof were")
    r"(?: (?:is|was|are|were|has been|have been|had been))?"
)
# A thing or an outside firm as the subject of the flagged words ("the old till was stealing").
_THING_DOES = (
    rf"\b(?:(?:the|our|old|new) till|{_THING_NOUNS})(?:s|es)?(?:'s)? (?:(?:is|was|are|were"
    r"|has been|have been|had been|keeps|kept|keep)(?: \w+ly| just| always)? )?"
)
# Prices and charges called criminal or a rip-off ("timber prices right now are criminal").
_PRICES = (
    r"\b(?:prices?|pricing|costs?|rates?|fees?|charges?|rents?|premiums?|mark-?ups?"
    r"|margins?|tariffs?|quotes?)(?: [\w']+){0,4}"
)
# A rival firm ("the roofers next door", "the lot down the road").
_RIVALS = (
    r"\b(?:the|those|these|that) (?:[\w-]+ )?(?:firm|firms|lot|crowd|company|companies|outfit"
    r"|lads|guys|[\w]+ers)(?: (?:next door|down the road|across the road|over the road"
    r"|round the corner|up the road|in town))(?: [\w']+){0,3}"
)
# Whom a criticism may be about that is not ours: a thing or an outside firm (`_THINGS`), or the
# client's own former providers ("your own accountant", "your previous builder").
_NOT_OURS = (
    rf"(?:{_THINGS}|{_RIVALS}"
    r"|\byour (?:own|former|previous|old|last|other|new) (?:[\w-]+ )?[\w-]+(?:'s)?"
    r"(?: [\w']+){0,4})"
)


RULES: list[dict[str, Any]] = [
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
    # "sacked off the paper forms", "sacked the old booking app": dropping a thing or a firm.
    r(
        "reason",
        r"sacked",
        not_after=r"off|(?:the |our |that |this |those |these )?(?:[\w-]+ ){0,2}?" + _THINGS,
    ),
    r("reason", r"got the sack|given the sack|got the boot|laid off|lay-?offs?"),
    r("reason", r"redundanc(?:y|ies)|made redundant|dismissal|dismissed for"),
    r("reason", r"(?:dismissed|sacked|let go) (?:after|over|because|following|for)"),
    r("reason", rf"termination of {_POSS} (?:employment|contract|job)"),
    r(
        "reason",
        rf"{_POSS} (?:employment|contract of employment|job) (?:was|has been) (?:terminated|ended)",
    ),
    r("reason", r"resign(?:ed|s|ing|ation)?|(?:handed in|gave) (?:his|her|their) notice"),
    r(
        "reason",
        r"quit|quits|quitting",
        not_after=r"smoking|drinking|(?:the |our |his |her |their )?(?:old |new )?(?:app|program"
        r"|software|system|subscription|platform)",
    ),
    r("reason", r"walked out|stormed out|walked off the job|walked out on"),
    r(
        "reason",
        rf"(?:given|got) (?:{_POSS} )?marching orders|asked {_PRON} to leave"
        rf"|(?:has|had|have) been suspended|suspended {_PRON}|we parted company",
    ),
    # accusation and crime
    # "stole a march on", "stealing the show", "a steal at that price" are idioms of success.
    r(
        "accusation",
        r"steal(?:s|ing)?|stole",
        not_before=r"\b(?:a|real|absolute|total) |" + _THING_DOES,
        not_after=r"(?:a march|the show|the limelight|a glance|a look|a kiss|a base|a nap"
        r"|(?:a )?(?:bit|moment|minute) of)",
    ),
    r("accusation", r"theft|thefts|thief|thieves|thieving|pilfer\w*"),
    # Goods stolen from a place are a crime by persons unknown, not an accusation.
    r(
        "accusation",
        r"stolen",
        not_before=r"\b(?:stock|tools?|vans?|materials?|goods|equipment|delivery|parcels?|it|they"
        r"|bikes?|bicycles?|cars?|vehicles?|phones?|laptops?|wallets?|purses?|(?:hand)?bags?"
        r"|keys|jewell?e?ry|passports?|cards?|catalytic converters?)"
        r" (?:was|were|got|had been|has been|have been)"
        # the client's things: "your car was stolen", "the stolen car"
        r"|\byour (?:[\w-]+ ){0,2}(?:was|were|got|had been|has been|have been)|\b(?:the|a|your)",
        not_after=r"(?:from|off|out of) (?:your|you)\b",
    ),
    # A bank's fraud team, checks against fraud, fraud someone else suffered: not an accusation.
    r(
        "accusation",
        r"fraud(?!sters\b)\w*",
        not_before=r"\b(?:investigat\w*|prevent\w*|protect\w*(?: you)?(?: against| from)?|against"
        r"|anti-?|suspected|possible|potential|report(?:ed|ing)?|bank's|card)",
        not_after=r"(?:team|department|unit|alerts?|checks?|prevention|protection|squad|office"
        r"|line|hotline|helpline|on your|against you)\b",
    ),
    r("accusation", r"embezzl\w*|defraud\w*|swindl\w*|scam(?:med|ming)?"),
    # A price or a product is "a rip-off"; a person rips clients off.
    r(
        "accusation",
        r"rip-?offs?|ripp(?:ed|ing) off|rip off",
        not_before=_NOT_OURS
        + "|"
        + _PRICES
        + r"|\b(?:it|that|this|which)(?: [\w']+){0,3}(?:'s| is| was| are| were)"
        r"(?: (?:such|a|an|absolute|total|complete|real|bit|of))*",
        not_after=r"by (?:the|a|an|that|this|those|these|some) (?:[\w-]+ ){0,2}?(?:firm|company"
        r"|shop|site|website|seller|supplier|dealer|garage|retailer|scammers?)",
    ),
    r("accusation", r"rip-?off (?:merchants?|artists?)"),
    r(
        "accusation",
        # the police by their names abroad too (not "SAPS": Catalan "saps", you know)
        r"police|garda\w*|gardaí|rcmp|nypd|lapd|efcc|fbi|detectives?",
        # a checkpoint or a check for the client's staff is no accusation ("a police checkpoint
        # held the delivery up", "a police disclosure certificate for the nanny")
        not_before=r"traffic|(?:recovered|found|returned|traced|stopped) by(?: the)?",
        not_after=r"checkpoints?|road ?blocks?|cordon|speed (?:checks?|traps?|cameras?)"
        r"|(?:disclosure|background|reference|record|vetting) (?:checks?|certificates?)"
        r"|checks?\b|clearance|vetting"
        r"|station (?:car park|carpark|parking|entrance)|(?:had |have |has )?(?:closed"
        r"|blocked|shut|diverted|cordoned off) the (?:road|street|lane)|traffic|escorts?\b"
        # the police dealing with a crime against the client ("your break-in", "your stolen bike")
        r"|(?:[\w'-]+ ){0,8}?(?:your|you) (?:[\w-]+ )?(?:break-in|burglary|theft|stolen|accident"
        r"|crash|insurance|claim)|(?:[\w'-]+ ){0,3}?(?:(?:want|wants|need|needs) to (?:speak|talk)"
        r" (?:to|with) you|(?:reference|crime|incident) (?:number|ref))"
        r"|(?:may |might |will |would )?(?:need|needs|want|wants|ask|asks|asked|request\w*)"
        r" (?:[\w'-]+ ){0,4}?(?:cctv|footage"
        r"|a statement|your statement|a copy|the reference)",
    ),
    r(
        "accusation",
        r"pocket(?:ed|ing) (?:it|the|money|cash|some|the cash)|(?:took|taking|stole|steals?)"
        r" (?:cash|money)|fiddl\w* (?:the |his |her |their )?(?:books|expenses|accounts)"
        r"|(?:falsif\w*|faked|faking|forged|forging) (?:the |a )?(?:invoices?|receipts?|timesheets?"
        r"|records|books|signatures?|documents)",
    ),
    r("accusation", r"arrest(?:ed|s)?|crimes?|convicted|conviction|prosecut\w*"),
    # "timber prices are criminal", "it's criminal what they charge": prices, not people
    r(
        "accusation",
        r"criminal\w*",
        not_before=_PRICES + r"|\b(?:it's|it is|that's|that is)(?: (?:just|frankly|honestly))?",
        not_after=r"record checks?|records? checks?|background checks?"
        r"|what (?:they|[\w']+) (?:charge|charges|ask|asks|want|wants)\b",
    ),
    r("accusation", r"charged with|(?:gross )?misconduct|harass\w*|assault\w*|sabotag\w*"),
    r("accusation", r"brib(?:e|es|ed|ery|ing)|kickbacks?|drunk|intoxicated|on drugs"),
    r("accusation", r"drugs? (?:use|problem|habit|test)|a liar"),
    # Indonesian "parkir liar", "pedagang liar" (unlicensed) in a text also read in English
    r(
        "accusation",
        r"liar",
        not_before=r"\b(?:parkir|pedagang|bangunan|balap|hewan|kucing|anjing|sampah|ojek|taksi"
        r"|pasar|penambangan|tambang|tanaman|rumput|burung)",
    ),
    r("accusation", r"lied (?:to|about)", not_before=_NOT_OURS),
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
    # A material or an outside firm "not up to the job" is a business matter.
    r(
        "performance",
        r"(?:never|wasn't|was not|isn't|is not|weren't|aren't|not) up to"
        r" (?:standard|scratch|the job|par)"
        r"|substandard|below (?:par|standard)",
        not_before=_NOT_OURS,
    ),
    r("performance", r"out of (?:his|her|their) depth"),
    r(
        "performance",
        r"(?:his|her|their) work (?:was|wasn't|is|isn't)"
        r" (?:poor|sloppy|not good|bad|terrible|awful|careless)|not good enough at",
    ),
    r("performance", r"(?:couldn't|could not|wasn't|was not|can't|cannot) cope"),
    r(
        "performance",
        r"(?:kept|keeps|keep) (?:making mistakes|missing|forgetting|getting|mixing|losing"
        r"|messing|mucking|breaking)",
        not_before=_NOT_OURS,
    ),
    # Slang of poor work, said of a person ("he mucked up your hem", "couldn't tile a straight
    # line to save his life", "a right pig's ear", "not his strong point").
    r(
        "performance",
        r"muck(?:ed|ing)? (?:it |things |everything |your [\w-]+ )?up|mucked up"
        r"|to save (?:his|her|their) (?:life|lives)|(?:a |right )?pig's ear|pigs ear"
        r"|in a (?:right|real|proper) state|couldn't hack (?:it|the)|could not hack (?:it|the)"
        r"|fob(?:bed|bing)? (?:you|clients|customers|people|us) off"
        r"|(?:not|wasn't|was not|never|isn't) (?:really |exactly )?(?:his|her|their)"
        r" (?:strong point|strongest suit|strong suit|forte|thing)"
        r"|(?:he|she|they|who) (?:never|didn't|did not|hadn't|had not|wouldn't) (?:[\w']+ ){0,4}?"
        r"properly|(?:he|she|they) (?:simply |just |completely )?forgot (?:about (?:it|your)|your)",
        not_before=_NOT_OURS,
    ),
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
    r("performance", r"sloppy|careless(?:ness)?|negligen\w*", not_before=_NOT_OURS),
    r(
        "performance",
        r"(?:he|she|they|who) (?:kept letting|let|has let|had let) (?:us|you|clients|customers"
        r"|the team|everyone) down",
    ),
    # health
    r(
        "health",
        r"sick|sickness|illness|illnesses|unwell|off sick|sick leave|sick note",
        not_before=_THINGS + r" (?:was|is|were|are|went|got|has been|had been)",
        not_after=r"bay|building",
    ),
    r(
        "health",
        r"signed off (?:sick|work)|off work (?:ill|sick|with)|struggling with (?:his |her |their )?"
        r"(?:health|mental|stress|depression)|(?:his|her|their) (?:health|diagnosis|recovery)",
    ),
    # "ill do it tomorrow": "I'll" typed without its apostrophe, before a bare verb.
    r(
        "health",
        r"ill",
        not_after=r"-|advised|fitting|feeling between|will|(?:just |also |then |have to |be )?"
        r"(?:do|be|get|call|ring|text|send|let|sort|check|see|have|make|pop|book|pass|give|take"
        r"|try|keep|put|look|come|go|bring|drop|fix|message|email|phone|ask|tell|find|chase"
        r"|update|confirm|arrange|pick|meet|finish|start)\b",
    ),
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
    r("health", r"mental health|(?:nervous|mental|emotional) breakdown"),
    # a kiln or a boiler breaks down too
    r("health", r"had a breakdown", not_before=_THINGS),
    # (left broad: tests/test_risk_meaning.py relies on "the glue gun burnt out" being a hit
    # that the meaning check sets aside)
    r("health", r"burn-?out|burned out|burnt out"),
    r("health", r"stress(?:ed)? (?:leave|related)"),
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
    r("family", r"wedding|honeymoon|bereavement|passed away|compassionate leave"),
    # a funeral home or director is a business, not a death in the family
    r("family", r"funeral", not_after=r"(?:home|director|parlou?r|service provider|plan)s?\b"),
    # "died on us", "died a death" are said of machines and sales
    r("family", r"died", not_before=_THINGS, not_after=r"a death|on (?:us|me|site)\b"),
    r(
        "family",
        r"(?:family (?:reasons|matters|issues|problems|emergency|commitments|circumstances)"
        r"|personal (?:issues|problems|emergency|commitments))",
    ),
    # legal proceedings
    r("legal", r"lawsuits?|law suits?|sued|suing|sue (?:us|you|the company|them|him|her|for)"),
    r("legal", r"legal (?:action|proceedings|case|dispute|claim|battle|trouble|steps)"),
    r(
        "legal",
        r"tribunal",
        not_before=r"(?:tax|valuation|planning|rates|property|lands|first-tier|land)",
        not_after=r"(?:over|about|on) (?:the |our |their )?(?:business )?(?:rates|rent|lease"
        r"|planning|tax|vat|valuation|licen[cs]e|parking|appeal)",
    ),
    r("legal", r"(?:in|to) court|court (?:case|hearing|action|order)|litigation"),
    # taking a supplier to small claims is the firm's business
    r("legal", r"small claims", not_before=_THINGS),
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
    r("disparagement", r"lazy|incompeten(?:t|ce)|idiot\w*|stupid"),
    r("disparagement", r"useless|usless|useles|hopeless|unreliable", not_before=_NOT_OURS),
    r("disparagement", r"dishonest|untrustworthy|(?:couldn't|could not|can't|cannot) be trusted"),
    r("disparagement", r"unprofessional|troublemaker|clueless"),
    r(
        "disparagement",
        r"good riddance",
        not_after=r"to (?:that|the|this|those|these|our|my|your) (?:[\w-]+ ){0,2}?" + _THING_NOUNS,
    ),
    r("accusation", r"fib(?:s|bed|bing|bers?)|telling fibs"),
    # Scammers who clone a website or phone clients are strangers, not the colleague.
    r(
        "accusation",
        r"scammers?|fraudsters",
        # "by scammers", "beware of fraudsters", or plural strangers opening a sentence
        not_before=r"\b(?:by|from|of|against|about|beware of|watch out for|targeted by"
        r"|hit by)(?: (?:some|the|a|online|phone|fake|professional))?|^|[.!?;:]",
    ),
    r("health", r"a\s*&\s*e|accident and emergency"),
    r("disparagement", r"(?:nightmare|difficult|impossible) to work with", not_before=_NOT_OURS),
    r("disparagement", r"bad attitude"),
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
    r("confidential", r"disciplinary"),
    # a warning given to a contractor or a supplier is a business matter
    r(
        "confidential",
        r"(?:written|verbal|final|formal) warnings?|warning letter",
        not_before=_THINGS,
    ),
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
        not_before=_NOT_OURS,
        # "botched by the plastering sub": an outside firm's work
        not_after=r"by (?:the|a|an|their|your|that) (?:[\w-]+ ){0,2}?(?:sub|subbie|subby"
        r"|subcontractor|contractor|supplier|builders?|firm|company|fitters?|installers?)\b",
    ),
    r(
        "disparagement",
        r"(?:the )?worst (?:tiler|worker|employee|colleague|manager|member of staff|hire|person)"
        rf"|(?:couldn't|could not|can't|cannot) stand {_PRON}|waste of space"
        r"|arrogant|moron|glad (?:he's|she's|they're|he is|she is|they are) gone",
    ),
    r("disparagement", r"(?:a |complete |total )?waste of (?:money|time)", not_before=_NOT_OURS),
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
    # Rules on stems (Snowball): one form counts for every form sharing its stem ("nick" —
    # nicks, nicked, nicking; "lawyer" — lawyers).
    s(
        "reason",
        "part ways with him/her/them|parted company with|clear his/her/their desk"
        "|no choice but to ... rid of|get/got rid of him/her/them|dismiss/dismised him/her/them"
        "|let him/her/them go|show him/her/them the door|garden leave|notice runs out"
        "|escort ... out of the building/office|march ... off site|did not renew his/her contract"
        "|didn't renew his/her contract|ended his/her contract|he/she was let go|walk the plank",
    ),
    s(
        "speculation",
        "under a cloud|catch my drift|if you get me|if you know what i mean|read into it"
        "|gone for a reason|left for a reason|there was an incident|work out the rest"
        "|draw your own conclusions|that's for the best|above board|shall we say"
        "|got ugly|the less said|overstay ... welcome|some irregularities"
        "|irregularities in/with|were ... irregularities|ask yourself why"
        "|we both know why|you know why|iykyk|you can guess why|you can guess|can imagine why"
        "|let's just say|lets just say|not by choice|didn't leave by choice"
        "|more to the story|more to it than|ended ... abruptly|came to light|that was that"
        "|weren't what they seemed|not what he/she seemed|knows what he/she did"
        "|weren't wrong|wasn't wrong|were not wrong|not far off|wasn't far off|spot on"
        "|your instincts|your hunch|your doubts|your concerns|your suspicions|your suspicion"
        "|had her/his number|you called it|right to worry|right to be worried|right to flag"
        "|correct to flag|correct to worry|every reason to be worried/worry|noticed it too"
        "|said the same thing about him/her|won't deny|will not deny|turned out to be true"
        "|what you suspected|you suspected|right about him/her|last straw|you were right about",
    ),
    s(
        "performance",
        "get the hang of|got the hang of|a liability|not cut out for|wasn't cut out"
        "|sharpest tool|paperwork ... all over the place|his/her work ... all over the place"
        "|redo half of what|redo what he/she|redo his/her work|mess up|messing up|messed up"
        "|made a mess|right mess|his/her work ... a mess|pull his/her/their weight"
        "|pulling his/her/their weight"
        "|took forever|takes forever|not the most reliable/dependable|wasn't the most"
        "|standards slipped|in over his/her/their head|out of his/her/their depth"
        "|quality of his/her/their work|gone downhill|went downhill|incompetant|incompetent"
        "|too many mistakes|failed to deliver|never followed through"
        "|fell short of what we expect|fell short of our standards"
        "|dropped the ball|drop the ball|never answered|never replied|never returned"
        "|couldn't be relied on|could not be relied on|let the side down|asleep at the wheel"
        "|phoned it in|cut corners|cutting corners|half-hearted|slacking off|been slacking"
        "|a slacker|bodged|bodge",
        not_before=_NOT_OURS,
    ),
    s(
        "accusation",
        "nick/nicking stuff/things/money/tools/stock|pinch money/cash/stuff/tools|skimming off"
        "|skimmed off|skimming money/cash"
        "|cook the figures/books|cooking the figures/books|kept the difference|pocket your"
        "|pocketed your/the/our/some/money/cash|economical with the truth|falsify|a crook|bully"
        "|bullying|leak/leaking ... data"
        "|stealin|nickin|padding the invoices"
        "|pad the invoices|smoking weed"
        "|was bent|helping himself/herself to|helped himself/herself to|nicked by the police/cops"
        "|arrested|conned the/him/her/us/customers/clients|con man"
        "|made up the hours|selling our stock"
        "|backhanders|backhander|on the take|light-fingered|sticky fingers|on the fiddle"
        "|telling porkies|told porkies|porky pies|tall tales|spinning yarns|a pack of lies"
        "|lying to customers/clients/us|lied to customers/clients/us|lie to customers/clients",
    ),
    s(
        "disparagement",
        "a snake|never work in this industry again|wouldn't let him/her near|nasty temper"
        "|a cowboy|cowboy|bad apple|weakest link|was toxic|so toxic|a flake|total flake"
        "|such a flake"
        "|won't get a reference|don't hire him/her|lucky to find another job"
        "|he's bad news|she's bad news|he/she is bad news"
        "|a waste of space|dead weight|a nightmare|nightmare to work with|a shambles",
        not_before=_NOT_OURS,
    ),
    s(
        "legal",
        "lawyer/lawyers|solicitor/solicitors",
        # the firm's lawyer answering a client's questions is the right channel, not a threat
        not_before=r"(?:landlord|owner|buyer|seller|vendor|purchaser|freeholder|council|bank"
        r"|developer|lender|insurer|agent|tenant|leaseholder)'?s?",
        not_after=r"(?:for|of|from) the (?:landlord|owner|buyer|seller|vendor|freeholder|council)"
        r"|(?:will|can|would|may|is happy to) (?:answer|reply|respond|help|get back)"
        # the lawyers' bill, or the papers of a sale or a lease in their hands
        r"|(?:s )?(?:invoice|bill|fees?|costs?)\b"
        r"|(?:has|have|had|holds?) (?:the|our|your) (?:signed )?(?:contracts?|lease|deeds"
        r"|paperwork|documents|papers)"
        # lawyers doing a transaction's paperwork
        r"|(?:have |has |had |are |is )?(?:now |just |finally |already )?(?:finished|signed"
        r"|checked|checking|approved|drafted|drafting|sent|reviewed|reviewing|exchanged"
        r"|completed|registered|agreed)\b",
    ),
    s(
        "legal",
        "our legal team|legal team|case pending|pending against|our lawyer/lawyers/solicitor"
        "|our solicitors|facing charges|pressing charges|press charges"
        "|with the courts|reported him/her to|reported ... to the met|the met police"
        "|metropolitan police"
        "|greater manchester police|west midlands police|police scotland|the cps"
        "|crown prosecution|cease and desist|magistrates|crown court|employment tribunal",
    ),
    s(
        "health",
        "signed off by his/her gp|his/her gp|gp's note|fit note|sick note|counsellor"
        "|in counselling|having counselling"
        "|therapist|therapy|his/her nerves|a bit of a breakdown|off with his/her back"
        "|his/her back again|a&e|in a clinic|at a clinic|he's poorly|she's poorly|been poorly"
        "|feeling poorly|since the diagnosis"
        "|his/her diagnosis|test results from|from the specialist|seeing a specialist"
        "|his/her operation|her/his surgery"
        "|in hospital|hospital stay|stay in hospital|his/her heart|heart isn't|mental health"
        "|on medication|antidepressants|rehab|signed off by the doctor|sick leave",
        not_before=r"(?:system|server|machine|printer|van|engine|network|pump)s?(?: \w+){0,3}",
    ),
    s(
        "family",
        "her/his dying father/mother/dad/mum|caring for her/his|problems at home"
        "|marriage is falling apart|her/his marriage|going through a divorce|split up"
        "|her/his husband/wife/partner|pregnant|expecting a baby|on maternity leave",
    ),
    s(
        "confidential",
        "big payout|payout to go|signed a settlement|months' pay|months pay|suspended pending"
        "|pending an inquiry|pending an investigation|unpaid leave|hr investigates"
        "|while hr|final warning|written warning|disciplinary|performance improvement plan",
    ),
    # Broad idioms and slang beyond the corpus, per category.
    s(
        "reason",
        "sent packing|given the boot|given the push|got the push|got the chop|for the chop"
        "|got the axe/ax|turfed out|frog-marched|escorted off|handed his/her P45|got his/her P45"
        "|given his/her cards|let go of him/her|showed him/her out|booted out|binned him/her off",
    ),
    s(
        "accusation",
        "fingers in the till|hand in the till|hand in the cookie jar|swiped cash/money/tools"
        "|half-inched|dodgy dealings|shady dealings|con artist|grifter|fiddling the"
        "|lying through his/her teeth|pulled a fast one|pulling a fast one|double-dealing"
        "|dipping into the|creative accounting|a tea leaf|light fingers|on the fiddle"
        "|taking backhanders|took a backhander|cash in hand on the side|doing jobs on the side"
        "|poaching our/your clients/customers|under the influence|turned up drunk|came in drunk",
    ),
    s(
        "performance",
        "not up to it|made a hash of|made a pig's ear of|a dog's dinner|a botch job|botch job"
        "|cack-handed|ham-fisted|useless at|asleep on the job|out of his/her league|subpar"
        "|sub-par|not fit for the job|behind on everything|all at sea|winging it|let things slide"
        "|let standards slip|not the sharpest|not the brightest|not exactly reliable/dependable"
        "|not exactly competent/punctual/organised|hardly reliable|left a lot to be desired"
        "|leaves a lot to be desired|wasn't up to much|couldn't get it right|never got it right"
        "|kept getting it wrong|always behind|never on time|never finished on time|a let-down",
        not_before=_NOT_OURS,
    ),
    s(
        "disparagement",
        "he/she was/is a joke|he's a joke|she's a joke|a clown|a waste of space|two-faced"
        "|a chancer|nasty piece of work"
        "|a piece of work|a menace|a loser|a muppet|a numpty|a pain in the|good-for-nothing"
        "|no great loss|no loss to us|glad to see the back of|see the back of him/her"
        "|a bad egg|a wrong'un|wrong un|a liability|trouble from day one|nothing but trouble",
        not_before=_NOT_OURS,
    ),
    s(
        "health",
        "under the weather|on the sick|in and out of hospital|signed him/her off"
        "|on antidepressants|panic attacks|recovering from surgery/illness"
        "|recovering from an operation"
        "|recovering from a stroke|having chemo|an MRI"
        "|bad back|a meltdown|on the mend|convalescing|being treated for|his/her treatment"
        "|his/her surgery|mental breakdown|burnout|burned out|burnt out|off with stress"
        "|stress leave|signed off with|his/her condition|unwell"
        "|in the hospital|kept in hospital|kept in overnight|hospital appointment",
        not_before=_THINGS + r"|(?:motor|fuse|bulb|element|heater|site|project|job|building"
        r"|wall|floor|roof|house|kitchen|bathroom)s?(?: \w+){0,3}",
    ),
    s(
        "family",
        "family stuff|things at home|domestic situation|rough patch at home|split from his/her"
        "|split up with|bun in the oven|baby on the way|ivf treatment|having ivf|custody battle"
        "|his missus"
        "|her fella|his/her ex|his/her kids|his/her children|going through a divorce"
        "|his/her marriage|personal problems|personal issues|personal stuff",
    ),
    s(
        "legal",
        "taking legal advice|our legal department|in the hands of our|the police are involved"
        "|police are involved|the old bill|the cops|the fuzz|the cid|a summons|been summonsed"
        "|court summons"
        "|proceedings against|constabulary|police force|police service|the lawyers are"
        "|threatening to sue|threatened to sue|going to sue|legal action|legal proceedings",
    ),
    s(
        "speculation",
        "rumour has it|no smoke without fire"
        "|make of that what you will|say no more|nudge nudge|wink wink|i'll leave it there"
        "|i'll leave it at that|you can probably guess"
        "|you can guess|put two and two together|read between the lines|you had a point"
        "|your gut was right|your instincts were right|you saw it coming|you were onto something"
        "|as you feared|just as you thought|you weren't imagining it|not imagining things"
        "|i wouldn't be surprised|wouldn't surprise me|draw your own conclusions",
    ),
    s(
        "confidential",
        "his/her salary|his/her wages|golden handshake|hush money|an nda|gagging clause"
        "|on a final warning|hr are dealing with|hr got involved|hr is dealing with"
        "|investigation by hr|on probation|failed his/her probation"
        "|his/her contract wasn't renewed",
    ),
    # Widened in general terms (other forms, slang, idioms, euphemisms of the same matters).
    r(
        "reason",
        r"terminat(?:e|ed|ing) (?:his|her|their) (?:contract|employment)|then dismissed"
        rf"|(?:to |had to |have to |did )?sack {_PRON}|(?:binned|canned|axed|booted) {_PRON}"
        r"|(?:got|gave (?:him|her|them)|given) the (?:flick|elbow|heave-ho)"
        r"|get the (?:chop|sack|boot|push)|(?:he|she|they) (?:was|were) pushed"
        r"|pack up (?:his|her|their) (?:things|stuff|desk)|stormed off"
        r"|(?:we|we've|we'd|we have|we had|had to) (?:had to )?let (?!it |that |this |things "
        r"|me |us |you |the )[\w']+ go\b"
        r"|(?:not|didn't|did not|won't|will not|chose not to) (?:renew|extend)(?:ing)? [\w']+"
        r"(?:'s)? contract",
    ),
    r(
        "reason",
        r"(?:was|were|got|been|is|being) suspended",
        not_before=_THINGS,
        not_after=r"(?:from (?:the|trading|service))",
    ),
    r(
        "accusation",
        r"overcharg\w*|overbill\w*|over-?charg\w*|double-?charg\w*|double-?bill\w*"
        r"|pad(?:ded|ding) (?:the |your |their |his |her )?(?:invoices?|bills?|hours|timesheets?)"
        r"|forg(?:ed|ing) (?:[\w']+ ){0,2}(?:signatures?|sign-?offs?|documents?|certificates?"
        r"|invoices?|receipts?|records?|references?|paperwork|forms?|cheques?|qualifications?)"
        rf"|ripped (?:you|us|{_PRON}|clients|customers|people) off"
        r"|(?:flog|flogged|flogging) (?:our|the firm's|the company's|company|client|clients'"
        r"|customers'|stock|materials|parts|tools)|ran off with|robb(?:ed|ing) (?:us|you|clients"
        r"|customers|the company|the firm)|under the table|(?:jobs|work|business|cash jobs"
        r"|cash-in-hand jobs) on the side|cash-in-hand jobs|side business"
        r"|(?:sold|selling|sell|sells) (?:[\w']+ ){0,2}(?:client|customer|patient)s?'?"
        r" (?:list|lists"
        r"|data|details|database|records|files)|(?:fake|dodgy|false|bogus) (?:invoices?|receipts?"
        r"|claims?|timesheets?|expenses)|doctor(?:ed|ing) (?:[\w']+ ){0,2}(?:receipts?|invoices?"
        r"|records?|figures|books|accounts|reports?)|made up (?:the |fake |false )?(?:numbers"
        r"|figures|qualifications|invoices|hours|results)|snooping|diverting (?:payments|funds"
        r"|money)|controlled drugs|kiting cheques|copied (?:the |our |a )?(?:whole |entire )?"
        r"(?:client|customer|patient) (?:database|list|data|files)"
        r"|(?:billing|charging|billed|charged) (?:you|clients|customers|patients|people|students)"
        r" for [^.;!?]{0,40}\b(?:never|not done|didn't|did not|hadn't|wasn't|weren't)",
    ),
    r(
        "legal",
        r"subpoena\w*|(?:on|out on|released on) bail|under caution|restraining order"
        r"|before the courts"
        r"|court proceedings|(?:called|brought|taken) in for questioning"
        r"|police case|(?:are|is|were|was) investigating (?:him|her|them|his|her|their)"
        r"|investigating (?:his|her|their) conduct|(?:he's|she's|they've|he has|she has|they have)"
        r" been charged\b(?! (?:for|up|extra|twice))|struck off",
    ),
    r(
        "health",
        r"psychiatr\w*|psych ward|mentally|psychologically|sectioned|slipped (?:a|his|her) disc"
        r"|chest pains?|cardiac|diabet\w*|passed out|phased return|laid up|heart (?:problem"
        r"|condition|trouble|scare)|(?:a|minor|major|mild|massive) stroke|detached retina"
        r"|treatment for (?:his|her|their)|getting treatment|(?:spinal|back|knee|hip|heart|eye)"
        r" (?:surgery|operation|op)\b|(?:his|her|their) (?:op|wobble|drinking|nerves)\b",
    ),
    r(
        "family",
        r"ivf|adoption|adopting|fostering|(?:little|baby) one on the way|(?:just )?become a (?:dad"
        r"|mum|mom|father|mother|parent)|the separation|(?:his|her|their) (?:other half|teenagers?"
        r"|little (?:boy|girl|one)|mam|ma|da|ex-(?:wife|husband|partner))"
        r"|(?:a lot|lots|loads) on at home|(?:complicated|difficult|tough|hard) at home",
    ),
    r(
        "confidential",
        r"notice period|(?:serving|working|paying(?: out)?) (?:his|her|their) notice"
        r"|in lieu of notice|non-?compete|non-?solicitation|demot\w*|capability (?:process"
        r"|procedure|hearing|review)|performance plan|relieved of (?:\w+ )?duties"
        r"|internal process|last warning|paid (?:him|her|them) off"
        r"|(?:his|her|their) (?:hourly )?rate|(?:his|her|their) commission|fixed-term contract"
        r"|on full pay|suspended (?:while|pending|on)"
        r"|on (?:a lot |way |much |far )?(?:more|less) money|on less than"
        r"|earn(?:ing|ed|s)? (?:about|nearly|almost|over|around|twice|double)"
        r"|(?:his|her|their) (?:absences|absence record|exit terms)"
        r"|terms of (?:his|her|their) exit",
    ),
    # Judgements only a person earns: idioms of incompetence and of contempt.
    r(
        "performance",
        r"sharpest (?:knife|tool|pencil)|(?:not|wasn't|never) (?:exactly |really )?(?:a star"
        r" performer|the hardest worker|the most (?:organi[sz]ed|reliable|careful|competent"
        r"|efficient|punctual)|very (?:competent|reliable|organi[sz]ed|good at)|much good at"
        r"|great (?:at|with))|head in the clouds|no (?:idea|clue) what (?:he|she|they) (?:was|were)"
        r" doing|(?:he|she|they) had no clue|struggl(?:ed|ing) to (?:keep up|finish|cope|manage)"
        r"|did (?:it|everything|the job) badly|couldn't get anything right|butcher(?:ed|ing)"
        r"|(?:full of|riddled with) (?:mistakes|errors)|(?:a|complete|total|right) hash of"
        r"|dog's dinner|half-finished jobs|rushed everything|never checked (?:his|her|their)"
        r"|not performing|up to the mark|wasn't on top of|met our standards"
        r"|(?:his|her|their) work was (?:rubbish|crap|garbage|a joke)",
        not_before=_NOT_OURS,
    ),
    r(
        "disparagement",
        r"(?:nobody|no one|none of us)(?: here)? (?:will|would|is going to) miss"
        r"|(?:never|won't|will not) work in (?:this|the|construction|[\w-]+) (?:trade|industry"
        r"|town|business|again)|finished in (?:this|the) (?:trade|industry|business)"
        r"|steer clear|(?:wouldn't|would not|I'd never|I would never|don't|do not) trust (?:him|her"
        r"|them)|not someone I'd trust|burn(?:ed|t) every bridge|a moaner|pain in the (?:neck"
        r"|backside|arse|ass)|worthless|what's coming to (?:him|her|them)|god's gift|no manners"
        r"|shyster|(?:total|proper|right|real) (?:chancer|clown|tool|idiot|eejit|nightmare|joke"
        r"|disaster|liability)|(?:is|was|she's|he's|they're) poison"
        r"|disgrace to (?:the|his|her|their)|spoilt brat"
        r"|eejit|chocolate teapot|stab (?:you|us|people) in the back|backstabb\w*"
        r"|piss-up in a brewery|(?:a|that) dinosaur|most annoying|walking (?:hr )?(?:complaint"
        r"|disaster)|shonky|(?:don't|do not) believe (?:anything|a word) (?:he|she|they)"
        r"|(?:wouldn't|would not|I'd not|I wouldn't) recommend (?:him|her|them)"
        r"|put up with (?:him|her|them)|sell (?:his|her|their) own (?:grand)?mother"
        r"|that clown|a typical (?:estate agent|salesman|cowboy)",
        not_before=_NOT_OURS,
    ),
    # More forms of the same private matters: courts and regulators, convalescence, pay.
    r(
        "legal",
        r"court (?:settlement|date|appearance|summons|is dealing|proceedings)|sheriff court"
        r"|(?:high|county|district|magistrates'?|family|criminal|youth) court"
        r"|under (?:a |an )?(?:formal |internal )?investigation|investigating what happened"
        r"|(?:the )?(?:fca|hse|gdc|gmc|nmc|hcpc|sra|icaew|cqc|ofsted|law society|regulator"
        r"|health and safety executive|fair work commission|gas safe(?: register)?)(?:'s)?"
        r" (?:are |is |has |have |were |was )?(?:been |now )?(?:involved|investigating|informed"
        r"|looking into|took (?:him|her|them) off|struck (?:him|her|them) off)",
    ),
    r(
        "health",
        r"(?:on|off) the booze|(?:hasn't|has not|haven't|have not|not) been (?:himself|herself"
        r"|themselves)|running on empty|cracked under|(?:been|is|was|feeling) (?:a bit |very "
        r"|quite )?(?:poorly|fragile)\b(?! (?:made|fitted|designed|built|installed|written"
        r"|finished|packed|paid|lit|maintained|sealed|packaged))|(?:the|his|her|their) op went"
        rf"|(?:gp|doctor) (?:has|had|signed|'s got) {_PRON}",
    ),
    r("family", r"(?:after|since) the split|living arrangements"),
    r(
        "confidential",
        r"(?:his|her|their) final pay|(?:still )?being paid (?:till|until|while)"
        rf"|settlement with {_PRON}|(?:his|her|their) contract says|glowing reference"
        r"|company car taken|(?:failed|flunked) (?:his|her|their) (?:[\w-]+ )?exams?"
        r"|(?:on )?a lower rate than"
        r"|(?:wasn't|was not|isn't|is not|not) (?:actually |even |fully )?qualified to",
    ),
    # Conditions, wards and clinics that only ever mean someone's health, and a relative dying.
    # (Not words Catalan, Polish or Indonesian spell alike, such as "anorèxia": the English
    # rules read their texts too.)
    r(
        "health",
        r"dementia|psychosis|psychotic|bipolar|schizophreni\w*|hiv positive|(?:has|with|got) hiv"
        r"|leuka?emia|lymphoma|eating disorder|hernia|mis+car+iage"
        r"|in the priory|at the priory|anger (?:issues|management)|took (?:his|her|their) own life"
        r"|(?:admitted to|in|on|into) (?:the )?(?:[\w-]+ ){0,2}?(?:ward|infirmary|icu"
        r"|intensive care|oncology|cardiology|psych unit)\b"
        r"|waiting (?:on|for) (?:a |the |some )?(?:scan|biopsy|test results)"
        r"|heart'?s? (?:been )?playing up",
        not_before=_THINGS,
    ),
    r(
        "family",
        r"(?:dad|mum|mom|mother|father|wife|husband|son|daughter|brother|sister|gran|grandad"
        r"|grandmother|grandfather|partner)(?:'s| is| was) dying|taken into care",
    ),
    r("disparagement", r"bodgers?|bodge merchants?", not_before=_NOT_OURS),
]
