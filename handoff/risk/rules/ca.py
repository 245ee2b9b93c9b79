"""The Catalan rules of the risk checker (see `handoff.risk.rules` for their form)."""

from __future__ import annotations

from typing import Any

from handoff.risk.rules import TERMINATION, r, s

# Things and outside firms a client may call poor ("el majorista ens ha fallat", "l'aplicació
# és un desastre"), up to four words before the flagged ones.
_THING = (
    r"\b(?:majorista|proveïdor|missatgeri|empresa|colla|aplicació|programa|sistema|màquina|disc"
    r"|bomba|caldera|furgoneta|cotxe|impressora|trepant|radial|bateria|motor|servidor"
    r"|xarxa|pintura|rajol|morter|cola|producte|entrega|banc|web|mòbil|portàtil|grua|ascensor"
    r"|botiga|fabricant|fàbrica|material|compressor|ordinador|pantalla|alarma|forn|nevera|impresora"
    r"|rentadora|subministrador|distribuïdor|companyia|pis|local|nau|gotera|canonada|soroll"
    r"|llogater|venedor|asseguradora|mútua|gestoria|taller|acadèmia|plataforma|calefacció"
    r"|aire condicionat|partida|silicona|remesa|clínica|diagnòstic|campanya|oferta|pedregada"
    r"|calamarsa|tempesta|gelada|sequera|temporal|riuada|crisi|fuita|fuites|derrama|escalfador"
    r"|termo|termòstat|calefactor|electrodomèstic)\w*"
)
_THINGS = _THING + r"(?: [\w']+){0,4}"

# Firms, services and goods as the object of a verb that also dismisses a person: "hem acomiadat
# el distribuïdor", "hem fet fora l'empresa de transport", "hem despatxat totes les comandes".
_FIRM_OBJECT = (
    r"(?:tot\w* )?(?:l'|el |la |els |les |aquest\w* |aquell\w* )?"
    r"(?:anti(?:c|g)\w* |anterior\w* )?(?:empresa|proveïdor|distribuïdor|subministrador|servei"
    r"|companyia|transportista|missatgeri|fabricant|majorista|plaga|contracte|comand|entrad"
    r"|pedid|mercaderi|estoc|paquet|encàrrec|lot|partid|tèrmit|rata|rates|formig)\w*"
)
# A plural or impersonal subject ("ens han robat", "el van enganyar", "entrar a robar"): the
# departed colleague is one person, so "they" robbed or cheated someone is not about them.
_THEY = (
    r"(?:(?:ens|li|els|us|m'|t'|l'|el|la|em|et) )?(?:han|van|havien|hagin|haguessin|vàren"
    r"|varen|haurien)|entra\w* a"
)
# A thing, a price or an offer called a theft or a swindle: "el pressupost era un robatori".
_METAPHOR = (
    r"(?:era|és|és ben bé|sigui|fos|semblava|sembla|tenia|té|hi havia|hi ha) (?:un |una )?"
    r"(?:bon |bona |autèntic |autèntica |veritable |petit |petita |mica de )?"
)
# What a suspicion was of, when that is a thing or a firm ("d'aquella gotera", "del diagnòstic de
# l'altra clínica", "del venedor de cotxes") or the client's own former provider ("amb el seu
# antic fuster"): not the colleague.
_OF_THING = (
    r" ?(?:(?:amb|sobre|de|del|dels|en) |d')(?:(?:l'|el |la |els |les |aquell\w* |aquest\w* )?"
    r"(?:altr\w* )?(?:anterior |anti(?:c|g)\w* )?" + _THING + r"|(?:el seu|la seva) (?:anterior"
    r"|anti(?:c|g)\w*) )"
)

# The matter of a case that is the client's or a firm's, not the colleague's.
_OTHER_CASE = (
    r"(?:[\w']+ ){0,5}(?:l'|d')?(?:contracte (?:de lloguer|de subministrament|de manteniment)"
    r"|garantia|herència|subhasta|examen|desnonament|lloguer|fiança|carnet|trànsit|aparcar|la itv"
    r"|hipoteca|llogater|asseguradora|banc|propietari|veí|veïna|comunitat|partió|finca|carrer"
    r"|oposici"
    r"|fabricant|proveïdor|subministrador|constructor|manifestació|accident|pèrdua|multa|matrícula"
    r"|contenidor|control|embargament|moròs|morosos|concurs de creditors)"
)

RULES: list[dict[str, Any]] = [
    # motiu de la sortida
    r(
        "reason",
        r"acomiad\w*|l'acomiad\w*|despatxa(?:t|da|ts|des|r)|l'han despatxat",
        not_after=_FIRM_OBJECT,
    ),
    r(
        "reason",
        r"(?:fer|fet|feren|fan|va fer|van fer|han fet|hem fet|l'han fet|l'hem fet) fora",
        not_after=_FIRM_OBJECT,
    ),
    r(
        "reason",
        r"rescindi(?:t|da|ts|des|r)|rescissió",
        not_before=r"contracte\w*(?: [\w']+){0,6}",
        not_after=rf"(?:del|de|dels) (?:contracte|lloguer|acord|servei)|(?:el |els )?contracte\w*"
        rf" (?:amb|de|del|d') ?{_FIRM_OBJECT}",
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
    r("reason", r"treure'l|treure-la|treure-lo|l'hem tret|l'han tret|l'hem treta|l'han treta"),
    # acusacions
    r("accusation", r"robar|robava|va robar", not_before=_THEY),
    # "la bici robada" names what was stolen, not who stole it
    r(
        "accusation",
        r"robat|robada|robats|robades",
        not_before=rf"{_THEY}|{_THINGS}|(?:bici\w*|cotxe|moto|cartera|mòbil|furgoneta|portàtil"
        r"|telèfon|bossa"
        r"|rellotge|joies|documentació|targeta|cable)\w*",
    ),
    # "uns lladres" broke in; "era un lladre", "són uns lladres" accuse
    r(
        "accusation",
        r"lladre|lladrets?|lladregot\w*|lladres",
        not_before=r"(?<!són.)uns|(?<!són.)els",
    ),
    # A theft is a crime by persons unknown ("un robatori a la botiga"); it accuses someone only
    # with its author or the act of committing it.
    r(
        "accusation",
        r"(?:va cometre|cometre|cometia|ha comès|autor\w*|culpable|responsable|implicat\w*"
        r"|acusat\w*) (?:d'|de |del |en |d'un |de l')?(?:un |el |uns |els )?robatori\w*",
    ),
    r(
        "accusation",
        r"frau\w*|estafa|estafes|malversació|malversa\w*|desfalc\w*|defrauda\w*",
        not_before=_METAPHOR,
    ),
    r(
        "accusation",
        r"estafa(?:r|t|da|ts|des|va|ven|rà|ria)|va estafar",
        not_before=rf"{_THEY}|{_THINGS}",
    ),
    r("accusation", r"estafador\w*|trampós|trampossa|tramposos|tramposes|enganyós|enganyosa"),
    # the police are a legal matter, as "els Mossos" are; the client may be the one they help
    r(
        "legal",
        r"policia\w*",
        # a document the police issue or are asked for: "la consulta a la policia"
        not_before=r"comissaria de (?:la )?|(?:consulta|certificat|informe|denúncia) (?:a|de) la",
        not_after=r"(?:havia |ha |va )?(?:tallat|tallar|tancat|tancar|desviat|desviar) (?:la|el)"
        r" (?:carretera|carrer|pas|trànsit)|de trànsit|\w* ?no (?:ens|us|li) deixa|" + _OTHER_CASE,
    ),
    r("accusation", r"delicte\w*|detingu\w*|arrestat\w*|criminal\w*"),
    # "la campanya de Nadal ha estat un crim": a thing called a crime
    r("accusation", r"crim|crims", not_before=rf"{_THINGS}|{_METAPHOR}|ha estat (?:un )?"),
    r("accusation", r"suborn\w*|assetjament\w*|assetja\w*|borratx\w*|begut|beguda|beguts|drogu\w*"),
    r("accusation", r"robant|enxampa\w* (?:robant|bevent|amb)"),
    r(
        "accusation",
        r"es quedava (?:diners|material|eines)|es va quedar (?:diners|material|eines)"
        r"|s'embutxac\w*|falsifica\w*|va falsificar|ens ha denunciat",
    ),
    # "ho hem denunciat" (the theft), "hem denunciat el proveïdor": a matter or a firm
    r(
        "accusation",
        r"denúncia|denunciat\w*",
        not_before=r"\bho (?:hem|han|he|ha|vam|van|va)|(?:robatori|furt|accident|sinistre"
        r"|agressió)\w*(?: [\w']+){0,5}",
        not_after=rf"{_OTHER_CASE}|(?:pel |per |del |de |per la |per el )?(?:el |els |la )?"
        rf"(?:robatori|furt)|{_FIRM_OBJECT}",
    ),
    r(
        "accusation",
        r"(?:es|s) (?:quedava|kedava|va quedar|ha quedat) (?:la |una |amb la )?(?:pasta|calers"
        r"|quartos|peles)|(?:es|s) (?:ficava|posava|va ficar|va posar) (?:\w+ )?(?:a la butxaca)",
    ),
    r(
        "accusation",
        r"sabotej\w*|sabotatge|mentia|va mentir|ha mentit|falta greu",
        not_before=_THINGS,
    ),
    r("accusation", r"infringi\w* la llei|viola\w* (?:una|la) política"),
    # rendiment
    r("performance", r"(?:seu|baix|mal|poc) rendiment|rendiment (?:baix|deficient|dolent)"),
    r("performance", r"servei deficient|feina mal feta|no feia (?:bé )?la seva feina"),
    # "anava endarrerit amb tot" (one person); "anem endarrerits" is the firm
    r("performance", r"anava (?:\w+ )?endarreri(?:t|da) amb tot", not_before=_THINGS),
    # "deixava (bastant) que desitjar"
    r(
        "performance",
        r"deixa(?:va|ven|r|t)? (?:bastant |molt |força |prou |una mica )?(?:que|a) desitjar",
        not_before=_THINGS,
    ),
    # one person fails to keep deadlines; a firm "no complien" (they), or is named before
    r(
        "performance",
        r"(?:no|mai|mai no) (?:complia|complís|va complir|ha complert|complir|compleixen"
        r"|complien)(?: (?:el reglament|la normativa|les normes))?|incomplia|va incomplir"
        r"|incompliment",
        not_before=_THINGS,
    ),
    r(
        "performance",
        r"(?:arribava|arribaven|arriba sempre|arribava sempre) tard|impuntualitat",
        not_before=_THINGS,
    ),
    r("performance", r"(?:no es presentava|no venia a treballar|absències|absentisme)"),
    r("performance", r"(?:feia|cometia|va cometre) (?:molts )?errors|queixes sobre (?:ell|ella)"),
    r("performance", r"no estava a l'alçada|negligen\w*|deixadesa|tardava\w*|tardaven"),
    # "robar" stems to "rob", too short to stand alone; "roba" (clothes) is harmless
    r("accusation", r"robaves"),
    # "endur" stems to "en": its forms are spelled out
    r("accusation", r"es va endur|se'n va endur|s'ha endut|s'enduia|s'enduien|s'emporta\w*"),
    r("disparagement", r"(?:era|és) un desastre|(?:era|és) una desgràcia", not_before=_THINGS),
    r(
        "performance",
        r"(?:la seva|seva) feina (?:\w+ ){0,4}(?:prou bona|deficient|dolenta|pèssima|mal feta)",
    ),
    # salut
    r("health", r"baixa mèdica|baixa per malaltia|hospitalitza\w*"),
    r(
        "health",
        r"malalt(?:ia|ies|a|s|es)?",
        # someone else's firm's worker: "l'operari de la grua està malalt"
        not_before=r"(?:operari|gruista|conductor|transportista|missatger|repartidor)\w*"
        r"(?: [\w']+){0,4}",
    ),
    # "de baixa uns dies": an absence with its end, like "fora uns dies"
    r(
        "health",
        r"(?:està|estarà|és|ha estat|estava) de baixa",
        not_after=r"(?:uns|un parell de|dos|tres|pocs) dies|aquesta setmana|fins (?:dilluns"
        r"|dimarts|dimecres|dijous|divendres|al dia|la setmana|demà)",
    ),
    # "de guàrdia a l'hospital", "treballa a l'hospital": work, not illness
    r(
        "health",
        r"a l'hospital|ingressat\w*",
        not_before=r"(?:de guàrdia|treballa\w*|fa guàrdies|fent guàrdies|metge\w*|infermer\w*)",
    ),
    r(
        "health",
        r"(?:va ser|ha estat|l'han|l'hem) operat\w*|operació quirúrgica|depressió|ansietat"
        r"|càncer|infart|cremat per",
    ),
    r(
        "health",
        r"(?:està|estava|està molt|estava molt|ha acabat) (?:cremat|cremada)",
        not_before=_THINGS,
    ),
    r("health", r"problem\w* amb (?:l'alcohol|la beguda|les drogues)|alcohòlic\w*"),
    r("health", r"salut mental|esgotament|addicció|alcoholisme|discapacitat|lesió|ferit"),
    # família i vida personal
    r(
        "family",
        r"espera (?:un fill|una filla|un nadó|bessons)|bessons|està esperant (?:un|una) "
        r"(?:fill|filla|criatura|nadó)|(?:surt|sortia) amb (?:una|un) client\w*|aventura amb",
    ),
    r(
        "family",
        r"embaràs|embarassada|prenyada|maternitat|paternitat|permís de naixement",
        # the speaker's own leave: "sóc fora de l'oficina per baixa de paternitat"
        not_before=r"\b(?:sóc|estic|estaré|seré)(?: [\w']+){0,7}",
    ),
    r(
        "family",
        r"ha tingut (?:un|una) (?:nen|nena|fill|filla|bebè|nadó|criatura)|perdre el nadó"
        r"|(?:ha tingut|va tenir|espera|esperen) bessons|adopci\w*|(?:ha|han|va|van) adoptat"
        r"|adoptar (?:un|una)",
    ),
    # A wedding or a funeral is also an event a firm serves ("el pastís del casament").
    r(
        "family",
        r"divorci\w*|divorcia\w*|separació|(?:s'ha|s'han|es va|es van|s'està|s'estan|estan"
        r"|està) separa\w*|(?:es casa|es va casar|s'ha casat)",
    ),
    r(
        "family",
        r"(?:la seva|el seu) (?:dona|marit|parella|família|mare|pare|fill|filla|xicot|xicota)",
    ),
    r(
        "family",
        r"va morir|ha mort",
        # a machine dies too ("el disc de tall es va morir")
        not_before=r"(?:disc|motor|bateria|màquina|trepant|bomba|ordinador|mòbil|portàtil"
        r"|furgoneta|cotxe|impressora|radial|serra|caldera|aparell|pantalla)\w*(?: [\w']+){0,7}",
    ),
    # "ha anat al funeral de la seva mare"; a funeral the firm serves ("l'església per al
    # funeral", "les flors del funeral") is not private
    r("family", r"funerals?|enterrament", not_before=r"(?:per al|per a l'|pel|del|dels|per als)"),
    # procediments legals
    r("legal", r"demand(?:a|ar|at|ada|es) judicial|posar una demanda|presentar una demanda"),
    r("legal", r"ens ha demandat|ens demanda|demandar-nos"),
    r(
        "legal",
        r"judici\w*|tribunal\w*|jutjat\w*",
        not_before=r"\bno hi ha cap",
        not_after=_OTHER_CASE,
    ),
    r(
        "legal",
        r"difamació|calúmni\w*|calumni\w*|acci(?:ó|ons) legal(?:s)?|advocat\w* (?:seu|seva)",
    ),
    r("legal", r"(?:el seu|els seus) advocat\w*|ho porten els advocats|via judicial"),
    r("legal", r"(?:els|els nostres) advocats (?:ja )?ho porten"),
    r("legal", r"litigi\w*|plet|plets", not_after=_OTHER_CASE),
    # especulació
    r("speculation", r"rumor\w*|xafarder\w*|es rumoreja|es diu que|diuen que"),
    r(
        "speculation",
        r"he sentit (?:dir )?que|entre nosaltres|extraoficialment|pel que sembla",
        # "Entre nosaltres, aquest programa és una catàstrofe": a thing
        not_after=rf"(?:aquest\w* |aquell\w* |el |la |l')?{_THING}",
    ),
    r("speculation", r"(?:segurament|probablement|potser|suposo que) (?:perquè|per això)"),
    r(
        "speculation",
        r"com (?:ja )?(?:sospitava|s'imaginava|devia imaginar)|no és cap sorpresa",
    ),
    r("speculation", r"no hauria de dir-ho|no és estrany"),
    # "per alguna cosa serà": there must be a reason; "el motiu ja el sap tothom"
    r(
        "speculation",
        r"per alguna cosa (?:serà|deu ser|hem|han|vam|van|va)|(?:el motiu|la raó|el perquè)"
        r"(?: [\w']+){0,3} (?:ja )?(?:el|la|ho) (?:coneix|sap) tothom|tothom (?:ja )?(?:sap|coneix)"
        r" (?:el motiu|la raó|el perquè|per què)",
    ),
    # desprestigi
    r("disparagement", r"mandr\w*|gandul\w*|inútil\w*|incompetent\w*|deshonest\w*"),
    # "barrut" stems to "barr", as "barri" (a neighbourhood) does
    r(
        "disparagement",
        r"barrut|barruda|barruts|barrudes|(?:té|tenia) (?:molta |més |una )?barra|quina barra"
        r"|més barra que",
    ),
    r("disparagement", r"mentider\w*|irresponsable\w*|poc professional|una desgràcia"),
    r("disparagement", r"parla\w* malament|(?:desprestigi|difama)\w*"),
    r("disparagement", r"ningú no (?:el|la|els) trobarà a faltar|no (?:el|la) trobarem a faltar"),
    r("disparagement", r"no (?:era|és) de fiar|no s'hi podia confiar|estúpid\w*|idiota"),
    # dades confidencials
    # "nòmines" is a payroll a firm runs for its clients; one person's "nòmina" is theirs
    r("confidential", r"salari\w*|el seu sou|del seu sou|nòmina|augment de sou"),
    r(
        "confidential",
        r"suspès de|suspesa de|suspensió de (?:sou|feina)|(?:està|estava|l'han|l'hem|l'havien)"
        r" (?:suspès|suspesa)",
        not_before=_THINGS,
    ),
    r(
        "health",
        r"(?:pren|prenia|amb) (?:molta )?medicació|medicació (?:per|contra|psiquiàtrica)"
        r"|medicament\w* (?:per|contra)|pastilles (?:per|contra)|pren pastilles|prenia pastilles",
    ),
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
        not_before=r"\b(?:cap|sense|ni)",
    ),
    r(
        "performance",
        r"mai no acabava|no acabava (?:res|mai)|no complia (?:els terminis|els horaris)"
        r"|sempre (?:anava|arribava) tard|errors greus|no donava (?:pas |gens )?l'abast",
        not_before=_THINGS,
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
        r"avortament|avortat|quimio\w*|radioteràpia|(?:va tenir|ha tingut) un accident(?! sense)"
        r"|després de l'accident|es va trencar (?:la|el) (?:cama|braç|canell|esquena)"
        r"|tractament mèdic|psiquiatr\w*|resultats de (?:l'especialista|les proves|la biòpsia)"
        r"|proves mèdiques",
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
        r"(?:cobrava|guanyava) (?:molt |bastant |força )?(?:més|menys)|disciplin\w*"
        r"|(?:cobrava|guanyava) (?:una pasta|un pastó|un dineral|una barbaritat)",
    ),
    r(
        "false_softener",
        r"començar de (?:nou|zero)|nova aventura|créixer professionalment|altres projectes"
        r"|en un altre lloc|era (?:hora|el moment) de",
        kinds=TERMINATION,
    ),
    # Regles sobre arrels (Snowball): una forma del diccionari compta per a totes les que
    # comparteixen l'arrel ("prescindir" — prescindim, prescindit, van prescindir).
    s(
        "reason",
        "prescindir de/d|ensenyar/mostrar ... porta|fotre/posar/llançar ... al carrer"
        "|recollir ... seves coses|suprimir ... seu lloc"
        "|marxar/anar/plegar perquè|complir ... preavís|donar ... carta d'acomiadament"
        "|rescindir ... contracte|no renovar ... contracte"
        "|acabar ... contracte|invitar ... a marxar|convidar ... a marxar",
        not_after=rf"(?:amb |de |d'|del |dels )?{_FIRM_OBJECT}",
    ),
    s(
        "speculation",
        "ja m'entén|ja m'entens|ja em/m entén|pot/podeu imaginar/suposar/deduir"
        "|com pot suposar|ho deixo aquí|no diré res més|només dic això|no dic res més"
        "|sortir a la llum|sortir ... a la llum|es van descobrir|coses es van descobrir"
        "|més història"
        "|és millor així|millor així|perquè sí|hi va haver ... irregularitats"
        "|certes irregularitats"
        "|qualitat de la seva feina|seva feina ... un desastre|feina ... va ser un desastre"
        "|acompanyar ... fora|no va ser ... decisió seva|menys en parlem|menys parlem"
        "|no va ser una sortida amistosa|vostè ja sap|ja sap quins|ja sap per què"
        "|per què algú|no m'estranyaria|sap prou bé|hi havia motius|no ... voluntat pròpia"
        "|no se n va anar per voluntat pròpia"
        "|no va marxar perquè sí"
        "|confirmar el que|endevinar|no negaré|no ho negaré"
        "|l'únic client que|justament el motiu|el que va veure|era cert|resultar ser cert"
        "|no anava desencaminat/desencaminada|ja s'ho imaginava|sospites ... encertades",
    ),
    # an alarm, a machine "sense motiu" is no hint
    s("speculation", "sense motiu", not_before=_THINGS),
    # A suspicion of a leak, a noise or a firm is not one of the colleague.
    s(
        "speculation",
        "no anava errat/errada|no s'equivocava|raó de preocupar|raó de no fiar|intuir bé|intuïció"
        "|sospites/sospita/sospitava|desconfiar",
        not_after=rf"(?:[\w']+ )?{_OF_THING}",
    ),
    s(
        "performance",
        "cagar-la|la va cagar|l'ha cagada|fet per a aquesta feina|desgavell"
        "|equivocar ... contínuament/sempre|no s'hi esforçava|esforçar gens"
        "|xapussa/xapusses|xapusser|una eternitat|no era bo|no era bona|massa errors"
        "|fer/feia/cometre ... errors|passava dels clients|no ... a l'altura|no se'n sortia"
        "|venir gran|li va espatllar|descuidat/descuidada|embolicar|embolicava"
        "|oblidar ... sempre|s'oblidava"
        "|no responia|no contestava|feina ... deixar molt a desitjar|deixava a desitjar"
        "|no es podia confiar|no era gaire de fiar|mala feina|feina mal feta|matusser",
    ),
    s(
        "accusation",
        "mà ... caixa|agafar/agafava ... diners|diners de la caixa"
        "|negoci pel seu compte|inventar/inventava ... hores|desviar/desviava ... pagaments"
        "|porros|fumar ... porros|enduia|s'enduia"
        "|va falsejar|falsejava|falsejat|tocar/tocava ... companyes/companys|quedar ... paga"
        "|furtar/furtava|pispar/pispava|deia mentides|mentider"
        "|cobrar/cobrava ... en negre|factures falses|de la caixa|droga/drogues|anava begut"
        "|beure a la feina|assetjament|abús de confiança",
    ),
    s(
        "disparagement",
        "era un malson|treballar amb ... malson|bon vent i barca nova|ningú ... contractarà"
        "|no li confiaria|caràcter horrible"
        "|maleducat/maleducada|costava ... treballar amb|jo evitaria"
        "|jo que vostè|no el/la deixaria entrar"
        "|no treballarà més en aquest sector|no tornarà a treballar en aquest sector"
        "|tindrà sort si|baula més feble|només hi havia problemes|referències nostres"
        "|no tindrà referències|un inútil|una inútil|impresentable"
        "|era un desastre com a|un desastre de treballador/persona"
        "|un mentider|una mentidera|un pocavergonya|pocavergonya|cap de suro|un cretí|ximple"
        "|no val res|no valia res|no el/la recomanaria|no ho recomanaria|insofrible",
    ),
    s(
        "legal",
        "el bufet|nostre bufet|procediment ... obert"
        "|procediment judicial"
        # the firm's lawyer answering a client's questions is the right channel, not a threat
        "|guàrdia urbana|mossos d'esquadra|mossos|guàrdia civil|policia local|policia nacional"
        "|fiscalia|amenaçar ... demanda|posar ... demanda|demanda contra"
        "|jutge|jutgessa|querella|citació judicial",
        not_after=r"(?:us |li |els |les )?(?:respondrà|contestarà|atendrà|resoldrà|aclarirà)|"
        + _OTHER_CASE,
        not_before=r"\bho (?:hem|han|he|ha|vam|van|va)",
    ),
    # A lawyer the client may need, or one who drafts the firm's contracts, is no threat.
    s(
        "legal",
        "advocat/advocada/advocats/advocades",
        not_before=r"(?:necessita|necessiten|recomanar|recomanem|recomano|portar|contacte d'"
        r"|telèfon d'|per a l'|per al seu|del seu|el seu) ?(?:un |una )?",
        not_after=r"(?:especialista|laboralista de confiança|de confiança)|(?:[\w']+ ){0,7}"
        r"(?:contracte|condicions|clàusul|escriptur|compravenda|lloguer)|" + _OTHER_CASE,
    ),
    r("legal", r"(?:el|la|del|al) fiscal\b"),
    # "denunciar l'antiga empresa", "denunciar la pàgina web falsa": a firm or a fraud
    s(
        "legal",
        "denúncia|denunciar",
        not_before=r"\bho (?:hem|han|he|ha|vam|van|va)|(?:robatori|furt|accident|sinistre|agressió)"
        r"\w*(?: [\w']+){0,5}",
        not_after=rf"{_OTHER_CASE}|{_FIRM_OBJECT}|(?:la |una )?(?:pàgina|web|estafa|frau)",
    ),
    s(
        "health",
        "teràpia|terapeuta|psicòleg/psicòloga|psiquiatre|hospital|tractar ... nervis|nervis"
        "|recuperar ... operació|seva operació|operació de genoll/maluc/cor/esquena/espatlla"
        "|problema amb la beguda|en un centre|emmalaltir|problemes de cor|cremat de la feina"
        "|diagnòstic|metge/metgessa|ingressat/ingressada|hospitalitzat"
        "|quiròfan|rehabilitació|fisioteràpia"
        "|justificant mèdic|informe mèdic|ansietat|depressió|avortament",
        # a department or any doctor: "el servei de fisioteràpia", "qualsevol metge"
        not_before=r"(?:servei|gabinet|departament) de|qualsevol|canviar de"
        r"|(?:de guàrdia|treballa\w*|fa guàrdies) (?:a l|al|a)",
        not_after="(?:de|del|dels) (?:material|client|seu client|vostè|producte)",
    ),
    s(
        "family",
        "el marit|la seva dona|el seu marit|problemes a casa|problemes familiars|amb els fills"
        "|s'està morint|la seva mare|el seu pare|els seus pares"
        "|embarassada",
    ),
    # "No sé res de la vida personal del Roc": a refusal to speak of it
    s(
        "family",
        "vida personal|vida privada",
        not_before=r"no (?:en )?(?:sé|sabem|parlo|parlem|entro|entrem) (?:res |gaire )?(?:de|en)"
        r" (?:la )?",
    ),
    s(
        "confidential",
        "pla de millora|signar ... acord|cobrar ... mesos|el seu sou|sou ... massa"
        "|recursos humans"
        "|avaluació ... rendiment|amonestació|període de prova",
        # "no hi ha cap cobrament de més" ("més", folded, is "mes", a month)
        not_before=r"\b(?:cap|sense|ni)",
    ),
    # Deceit by "them" or by a firm ("el van enganyar", "el proveïdor ens va enganyar"), and a
    # contract or a lock that "is a trap", are not the colleague's doing.
    s(
        "accusation",
        "enganyar/enganyava|fer trampa/trampes|trampes|trampa",
        not_before=rf"(?:{_THEY}|{_METAPHOR}|{_THINGS})",
    ),
    # "ella" stems to "el", the article: phrases with ell/ella are patterns
    r("reason", r"ja no comptem amb (?:ell|ella)"),
    r("speculation", r"raó amb (?:ell|ella)"),
    r(
        "speculation",
        r"(?:donat|dona|donar|donava) la raó sobre|raó sobre",
        not_after=rf"(?:l'|el |la |els |les )?{_THING}",
    ),
    r("disparagement", r"(?:ell|ella) (?:era|és) un desastre"),
    # Expressions i argot més enllà del corpus, per categoria.
    r("accusation", r"manga(?:va|ven|r|t|da)|va mangar|ha mangat"),
    s(
        "reason",
        "el/la van engegar|l'han engegat/engegada|el/la van enviar a casa|li van donar la carta"
        "|va ser acomiadat/acomiadada|enviat/enviada a pastar fang|engegat/engegada a dida"
        "|li van donar el finiquit|li van fer fora|no li van renovar el contracte",
    ),
    s(
        "accusation",
        "tenia la mà llarga|s'ho posava a la butxaca|es posava diners a la butxaca"
        "|enredava ... clients|engalipava|engalipar"
        "|explicava troles|anava col·locat/col·locada|feia negocis bruts|cobrava en negre"
        "|tocava ... companyes|aixecava la camisa|se'ls quedava|se la quedava|se les quedava",
    ),
    s(
        "performance",
        "no en fotia ni una|no en fotia un brot|no feia res de res|ho feia de qualsevol manera"
        "|feina feta de qualsevol manera"
        "|una nyapa|nyapes|ho feia tot malament|no era gaire espavilat/espavilada"
        "|no era el més fiable/responsable|no era la més fiable/responsable"
        "|no era gaire fiable/responsable/competent/seriós/seriosa|no arribava a temps"
        "|sempre tenia excuses|se'l va menjar"
        "|se la va menjar"
        "|no donava pa/pala|no complia mai",
        not_before=_THINGS,
    ),
    s(
        "disparagement",
        "un cregut|una creguda|un xulo|una xula|un penques|un bandarra|un poca-solta|una poca-solta"
        "|un caradura|una caradura|un brètol|un mal bitxo|no val un duro"
        "|millor que no hi sigui|bona sort que ha marxat|tòxic/tòxica amb|era tòxic/tòxica"
        "|un impresentable|una impresentable|no el/la vull veure més",
        not_before=_THINGS,
    ),
    s(
        "health",
        "està fotut/fotuda|no està fi|delicat/delicada de salut|té depre|antidepressius"
        "|al psiquiatre|li van fer una operació|el/la van operar|el/la van portar a urgències"
        "|va anar a urgències|és a urgències|metge de capçalera|li han donat la baixa|té la baixa"
        "|mal d'esquena|problemes de salut|està malament de salut|està de baixa mèdica"
        "|justificant del metge|estada a l'hospital|estada hospitalària",
        not_before=r"(?:operari|gruista|conductor|transportista|missatger)\w*(?: \w+){0,4}",
    ),
    s(
        "family",
        "s'està separant|problemes amb la parella|la seva parella l'ha deixat|té la mare malalta"
        "|té el pare malalt|temes familiars|assumptes familiars|problemes familiars|la seva vida"
        " privada|afers personals|està de baixa per maternitat/paternitat",
    ),
    s(
        "legal",
        "els mossos|la urbana|els serveis jurídics|el gabinet jurídic|via penal"
        "|denunciat penalment|responsabilitat penal"
        "|ho portem als tribunals|portar-lo als tribunals|portar-la als tribunals"
        "|anirem als tribunals"
        "|hem posat una denúncia|posar una denúncia|amenaça de demanda|ens ha amenaçat",
        not_after=_OTHER_CASE,
    ),
    s(
        "speculation",
        "corre la brama|segons diuen|ja m'enteneu|no cal que digui res més|entre tu i jo"
        "|que quedi entre nosaltres|no m'ho ha sentit dir|no fa falta que li expliqui"
        "|pot treure les seves pròpies conclusions|ja sap com va|no és cap secret"
        "|tenia motius per desconfiar|no s'equivocava gens",
    ),
    s(
        "confidential",
        "avís formal|carta d'amonestació|sanció disciplinària|expedient obert|el seu salari"
        "|quant cobrava|el que cobrava|li van rebaixar el sou|acord de sortida",
    ),
    # Més formes i argot (sortida, acusació, salut, família, justícia, dades de personal,
    # rendiment, desprestigi), inequívocs quan es parla d'un company a un client.
    r(
        "reason",
        r"despatx(?:a|à)(?:ren|rem|ven|va|ts|des|da|t|r)|(?:el|la|l') (?:van|vam|han|hem) cessa\w*"
        r"|(?:va ser|ha estat|van ser) cessa(?:t|da|ts|des)|cessa(?:t|da) del (?:seu )?càrrec"
        r"|(?:tirat|tirada|tirar|tirar-lo|tirar-la|van tirar|han tirat) al carrer"
        r"|(?:l'han|l'hem|el van|la van|el vam|la vam) xuta\w*|xutat|xutada|l'han echat|lhan echat",
        not_after=_FIRM_OBJECT,
    ),
    r(
        "reason",
        r"(?:el|la|l') (?:van |vam |hem |han )?(?:haver de |hagut de )?treure"
        r" d(?:e |el |e la |e l')(?:equip|empresa|feina|plantilla|oficina|obra|projecte|escola"
        r"|llar|clínica|centre|càrrec|gimnàs|botiga|despatx)",
    ),
    r(
        "reason",
        r"(?:li|els) (?:van|vam|hem|han) donar (?:la carta|el preavís|quinze dies|el finiquit)"
        r"|carta de comiat|(?:li|els) (?:van|vam|hem|han) (?:dir|demanar) que (?:no tornés|no"
        r" tornessin|recollís|recollissin|agafés les seves coses|marxés|no tornés més)"
        r"|(?:ha estat|va ser|l'han|l'hem|el van|la van) apartat\w* (?:de|del)"
        r"|\bero\b|\berto\b|expedient de regulació"
        r"|(?:per |després d'|arran d')(?:una|la) (?:forta )?(?:discussió|baralla|bronca|topada"
        r"|enganxada)|incompatibilitat amb (?:la direcció|el cap|la gerència|l'encarregat"
        r"|els companys)"
        r"|(?:va donar|amb) un cop de porta",
    ),
    s("reason", "no ... renovar ... contracte|no renovar-li|no li vam renovar|no se li va renovar"),
    r(
        "accusation",
        r"(?:es|s') (?:quedava|quedaven|va quedar|ha quedat) (?:amb )?(?:les|els|la|una part"
        r"|part|tots|totes|la diferència|els diners)"
        r"(?! (?:nit|tarda|setmana|dissabtes|diumenges|matins|tardes|vespres|caps|dies|hores)\b)"
        r"|quedar-se (?:els|la|les) (?:diners|diferència|fiança|fiances|propines|comissions)"
        r"|s'apropia\w*|es va apropiar|apropiar-se|embutxac\w*"
        r"|desvia\w* (?:\w+ )?(?:diners|pagaments|fons|cobraments)"
        r"|infla\w* (?:les|la) (?:hores|factura|factures|pressupost|quilòmetres)"
        r"|(?:s'inventava|es va inventar|va inventar-se|inventar-se|s'ha inventat)"
        r"|(?:per )?sota mà|per sota la taula|xoriço|chorizo|mangant\w*|trilero"
        r"|(?:cobrava|va cobrar|ha cobrat|cobrar-li|cobrar-nos) (?:\w+ )?(?:el doble|dues vegades"
        r"|de més)|(?:ens|us|li) (?:la )?colava"
        r"|falsifica\w*|falseja\w*|doble comptabilitat|factures falses|receptes falses"
        r"|va agredir|agressió|agredi\w*"
        r"|abusar de la confiança|va abusar|molestava les noies|assetjava",
    ),
    r(
        "health",
        r"ictus|marcapassos|fibromiàlgia|migranye?s?|diabetis|hèrnia|tumor\w*|metàstasi"
        r"|atac de (?:pànic|cor|nervis|ansietat)|atac d'ansietat|desintoxica\w*"
        r"|trastorn (?:alimentari|bipolar|mental|d'ansietat|obsessiu|de la personalitat)"
        r"|pal·liati\w*|alzheimer|demència|repòs absolut|fertilitat|in vitro|burnout|brot psicòtic"
        r"|crisi nerviosa|psicològicament|mal moment psicològic|no es troba bé del cap"
        r"|(?:l'han|l'hem|el van|la van) (?:hagut d')?operar|operar del (?:cor|genoll|maluc)"
        r"|(?:té|tenia) la baixa|mesos de baixa|la baixa li dura|(?:va|ha) perdre el bebè"
        r"|ha perdut el bebè|perdut el nadó|es va desmaiar|ambulància|(?<!per.)a urgències",
    ),
    r(
        "family",
        r"problemes (?:a casa|familiars|amb la (?:família|parella|dona|sogra)|amb el (?:marit|fill)"
        r"|amb l'ex\w*)|drama familiar|situació familiar|vídu(?:a|o)"
        r"|custòdia(?: compartida)? (?:dels|del|de la|de les|de l') (?:nens|nen|nena|nenes|fill"
        r"|fills|filla|filles|criatures|petit|petita|petits)|(?:batalla|lluita|judici|plet|barallad\w*"
        r"|lluitant) (?:per|de) la custòdia|(?:tret|treure|perdut|perdre) la custòdia"
        r"|acaba de ser (?:pare|mare)"
        r"|(?:el|la) (?:seu|seva)? ?(?:ex)?(?:marit|dona|home) l'ha deixa\w*"
        r"|(?:la dona|el marit|la parella) l'ha deixat|exmarit|exdona|maltracta\w*"
        r"|centre de menors|casa d'acollida|(?:acaba de|va) perdre un fill|cures pal·liatives"
        r"|(?:a cuidar|cuida|cuidant) (?:la|el) (?:mare|pare|sogra|sogre|fill|filla)"
        r"|té (?:la mare|el pare|el fill|la filla) (?:a la residència|ingressat|ingressada|malalt"
        r"|malalta|molt malalt|molt malalta)|s'ha escapat de casa|(?:se li|li) ha mort"
        r"|se li ha casat|mort de sobte|acaba de morir",
    ),
    r(
        "legal",
        r"(?:van|han|el|la|l') detenir|detenir-lo|detenir-la|arresta(?:r|da|ts|des)|l'han arrestat"
        r"|imputa(?:t|da|ts|des)|l'han imputa\w*|llibertat (?:amb càrrecs|provisional|condicional"
        r"|vigilada)|(?:a|en|de) la presó"
        r"|(?:en )?presó preventiva|antecedents penals|ordre d'allunyament|fiança per sortir"
        r"|amb càrrecs"
        r"|l'hem demandat|(?:la|una) demanda nostra|demandat per|\bpoli\b"
        r"|pendent d'una sentència|procés (?:penal|judicial)|en mans de la justícia|inhabilita\w*"
        r"|acte de conciliació",
        # "el certificat d'antecedents penals" a client asks for
        not_before=r"certificat d'|certificats d'",
    ),
    r(
        "confidential",
        r"finiquit\w*|liquidació i les vacances|(?:pagant|cobra|cobrava|acabi|de|pagar-li) (?:el )?"
        r"preavís|(?:li|els) (?:vam|van|hem|han) (?:pagar|donar) (?:una |la )?(?:bona )?"
        r"(?:indemnització|compensació)|indemnització de|cobrar (?:una|la) indemnització"
        r"|(?:obert|obrir|obrir-li|va obrir) (?:un )?expedient|expedient (?:personal|obert)"
        r"|al seu expedient|cart(?:a|es) d'(?:avís|advertiment|advertència)"
        r"|avisos? (?:per|x) escrit"
        r"|sanció (?:de feina|de \w+ dies|disciplinària|sense sou)|(?<!permís.)sense sou"
        r"|feina i sou"
        r"|per (?:sota|sobre) (?:del|de) conveni|sou (?:més alt|era massa|embargat)|el sou embargat"
        r"|nòmina (?:estava )?embargada|(?:retallar|retallat|rebaixar|rebaixat) (?:\w+ )?(?:el sou"
        r"|les hores)|reducció de jornada|contracte (?:temporal|de pràctiques|per obra)"
        r"|contracte (?:a|de) mitja jornada|excedència forçosa|vacances pagades"
        r"|acord de confidencialitat"
        r"|clàusula de (?:no competència|permanència|confidencialitat)|avaluaci(?:ó|ons) (?:anual"
        r"|dolent)\w*|(?:pitjors|males) avaluacions|estava a prova|no (?:va superar|passava) la"
        r" prova|categoria professional|fitxa de personal|permís retribuït|(?:pagar|pagat) el bonus"
        r"|descomptar del sou"
        r"|descomptat del sou",
    ),
    r(
        "disparagement",
        r"(?:un|una|és|era|quin|quina) (?:pobre )?desgracia(?:t|da)|persona nefasta|egoista"
        r"|mala peça|mala llet|(?:era|és) (?:un|una) corcó|xerraire|cantamanyanes|ganso"
        r"|borde|suplici|pou de problemes|no té solució|hipòcrita|pringat\w*|inepte\w*|imbècil"
        r"|(?:és|era) (?:un|una) (?:capullo|tonto|tonta|burro|burra|pesat|pesada|fantasma)"
        r"|cabró|gilipolles|una serp|quin personatge|xerrameca|creguda|cregut|(?:el|la) pitjor"
        r" contractació|ningú (?:el|la|li) (?:voldrà|donarà feina|agafarà|contractarà)|no (?:el|la)"
        r" tornaran a (?:agafar|contractar)|(?:no )?li donaran feina|pobre de qui (?:el|la)"
        r"|no s'hi acosti|no li faria (?:cas|confiança)|mala persona",
        not_before=_THINGS,
    ),
    r(
        "performance",
        r"no en (?:feia|fa|fotia) ni una|(?:era|és|molt|bastant|més aviat|feina|una feina) fluix\w*"
        r"|anava (?:molt )?perdu(?:t|da)|es perdia (?:amb|en|com)|li va anar gran|li anava gran"
        r"|no donava pic"
        r"|no en sabia gaire|incapaç|a corre-cuita|de qualsevol manera|mal fet(?:a|s|es)?"
        r"|(?:muntat|muntada|muntats|fet|feta|fets|fetes|instal·lat\w*) malament|malament del tot"
        r"|ple(?:ns|na|nes)? d'(?:errors|errades)|plenes de faltes|s'escaquejava|escaquejar\w*"
        r"|no s'hi podia comptar|més nosa que servei|era un perill|(?:ens|li|us) va fer perdre"
        r"|(?:no|mai) (?:preparava|tornava les trucades|responia|contestava|llegia)"
        r"|més lent que|no va saber|no sabia fer|no tenia ni cap ni peus|inservible",
        not_before=_THINGS,
    ),
    # Frases fetes de la feina mal feta i del desprestigi, d'ús corrent.
    r(
        "performance",
        r"(?:no era|no és|no ha estat) (?:precisament |gaire )?el seu (?:punt )?fort|punt feble"
        r"|(?:fica\w*|va ficar) la pota|la (?:liava|pifiava|va liar|va pifiar|feia grossa)|pifia\w*"
        r"|xapuça|xapuces|xapuza|cagarla|no donava pie amb bola|no (?:en )?(?:tocava|encertava"
        r"|va encertar) ni una?|no n'encertava ni una?|dropo|dropa|negat per|negada per"
        r"|desídia"
        r"|era (?:molt )?lent(?:a)?\b|el més lent|la més lenta|poc curós|poc curosa"
        r"|gens (?:curós|curosa|rigorós|rigorosa)|deixat amb|deixada amb|era un caos"
        r"|error de principiant"
        r"|(?:va deixar|deixava|ha deixat) (?:[\w']+ ){0,3}en un estat lamentable"
        r"|(?:deixava|deixar-ho|deixar) (?:\w+ ){0,3}a mitges|per a l'últim moment"
        r"|no servia per a (?:aquesta|la|aquella) feina|per a la feina no servia"
        r"|no (?:en )?(?:tenia|té) ni idea|no es prenia la feina|desapareixia|un destorb"
        r"|més un problema que|per culpa seva|per culpa d'(?:ell|ella)|poca traça"
        r"|per sortir del pas|de la maneta|lliri a la mà|on tenia el cap|una llumenera"
        r"|(?:mal|malament) (?:muntat|muntada|posat|posada|instal·lat|instal·lada)\w*"
        r"|(?:poc|de pressa) i malament|esta tot malament|està tot malament|(?<!no.)s'equivocava"
        r"|no (?:era|és|fos|és que fos|era pas) (?:precisament |gaire |pas |diguem-ne,? )?(?:el|la)"
        r" (?:persona |treballador\w* |professional )?més (?!car|barat|barata|cara)\w+",
        not_before=_THINGS,
    ),
    r(
        "disparagement",
        r"poca-?vergonya|poques vergonyes|betzol|(?:un|aquest|aquell) fava|sapastre|baliga-balaga"
        r"|cul d'olla|tros de quòniam|(?:un|era un|és un) llast|(?:una|era una|és una) bruixa"
        r"|flipao|bocas|bocamoll|prepotent\w*|(?:és|era) (?:una mica |un )?pallasso|analfabet\w*"
        r"|conflictiu\w*|conflictiv\w*|persona desagradable"
        r"|desagradable amb (?:els|la|tothom|nosaltres)"
        r"|mangarrufes|quin element|pa com unes hòsties|perill públic|(?:una|la) vergonya (?:per a"
        r"|de) (?:la professió|l'ofici)|cas perdut|mala fama|més (?:cara|morro) que esquena"
        r"|caràcter (?:impossible|horrible|insuportable)|(?:és|era) un carnisser|tòxi(?:c|ca) per"
        r"|persona tòxica|(?:tia|persona|tio) (?:més |mes )?fals(?:a)?|no val ni un pebre"
        r"|no val la pena ni parlar-ne|no mereix ni que en parlem|i que no torni"
        r"|que no torni (?:mai|més)|pobres clients"
        r"|pobra empresa|pobre empresa|gràcies a déu|m'alegro (?:molt )?que (?:hagi|se n'hagi)"
        r" marxat|millor que (?:ja )?no hi sigui|tindrà el que es mereix|es mereix tot"
        r"|recollirà el que ha sembrat|ja se'n penedirà|ens ha fet un favor|me n'allunyaria"
        r"|canviï de vorera|fugi'n|no li donaria ni l'hora|ni de veí|qui (?:el|la) voldrà"
        r"|no (?:el|la) contracti|(?:no|ni) (?:el|la) contractés|no (?:trobarà|tornarà a trobar)"
        r" feina|no tornarà a (?:treballar|donar classes|fer de|fer d') (?:en|a|enlloc|cap)"
        r"|no durarà (?:gaire|ni)|no (?:li )?dura ni|vaja peça|quina peça|de mala educació"
        r"|mala educació|(?:feia|feien|va fer|ha fet|fer) la vida impossible",
        not_before=_THINGS,
    ),
    r(
        "family",
        r"de dol|(?:s'ha|se li ha|li ha|se li va) mor(?:t|ir)|la mort (?:del seu|de la seva)"
        r"|embaràs de risc|està a l'atur|l'ha deixat per|se n'ha anat amb els nens"
        r"|sola amb els nens|sol amb els nens",
        not_before=_THINGS,
    ),
    # Confirmar una sospita del client.
    r(
        "speculation",
        r"ho (?:va|vas|heu|has|havia) clavar|(?:no|gens) (?:li )?anava (?:tan |gaire |gens )?"
        r"(?:errat|errada|desencaminat|desencaminada)|(?:seu|teu|vostre) pressentiment"
        r"|instint no li va fallar"
        r"|(?:tal|just|exactament) com (?:vostè|tu|vosaltres) (?:pensava|temia|sospitava"
        r"|s'imaginava|deia|se l'imaginava)"
        r"|el que (?:vostè|tu) (?:temia|es temia|es pensava|sospitava)"
        r"|el que es temia (?:de|del|dels)"
        r"|no eren imaginacions"
        r"|paranoia seva|no era cap paranoia|trigo limpio|vostè ja ho veia|(?:ja )?ens va avisar"
        r" d'(?:ell|ella)|es queixa d'(?:ell|ella)|(?:eren|van ser) fundat(?:s|es)?"
        # "tenia raó" closing a clause, or about him or her; "tenia raó amb la gotera" is not
        r"|(?:tenia|tenies|teníeu|tenien) (?:tota la |molta |més )?raó(?= ?[.:;,!?…]| ?$| i "
        r"| des del principi| amb (?:ell|ella)\b| (?:en|de) (?:no )?(?:fiar|queixar|dubtar))",
        not_after=rf"(?: des del principi)?(?: (?:de|d') ?(?:no )?(?:fiar-se|fiar|dubtar|desconfiar"
        rf"|sospitar|queixar-se))?{_OF_THING}",
    ),
    # Més formes i expressions d'ús corrent (sortida, acusació, salut, família, dades de
    # personal, justícia), escrites com es diuen.
    r(
        "reason",
        r"(?:el|la|l') (?:va|van|vam|han|hem) (?:petar|cessar)|(?:fent|fer)-(?:lo|la) fora"
        r"|(?:l'han|l'hem|el van|la van|el vam|la vam|els van) (?:despedir|despedit|despedida)"
        r"|de patitas en la calle|(?:li|els) (?:vam|van|hem|han) (?:haver de |hagut de )?dir adéu"
        r"|donar-(?:lo|la|los) de baixa|(?:el|la|l') (?:van|vam|han|hem) donar de baixa"
        r"|(?:el|la) (?:van|vam) treure(?=\s*[.,;:!?]|\s*$)|(?:rellevat|rellevada) del càrrec"
        r"|(?:el|la|l') (?:vam|van|hem|han) acompanyar a la porta|acompanyar-(?:lo|la) a la porta"
        r"|(?:deixat|deixar|va deixar|deixa) la feina per (?:un|una) (?:conflicte|problema|baralla"
        r"|discussió|bronca)|(?:ha|va) marxar (?:molt )?(?:enfadat|enfadada|emprenyat|emprenyada)"
        r"|marxat (?:molt )?(?:enfadat|enfadada|emprenyat|emprenyada)"
        r"|per problemes amb (?:la seva |el seu |la |el )(?:cap|jefe|jefa|encarregat\w*|direcció"
        r"|gerent\w*|propietat)|per decisió (?:de l'empresa|de la (?:direcció|gerència|empresa"
        r"|propietat)|del gerent|nostra)",
        not_after=_FIRM_OBJECT,
    ),
    r(
        "accusation",
        r"(?:treia|treien|treure|sortia|sortien) (?:[\w'·]+ ){0,3}per la porta del darrere"
        r"|(?:cobrava|cobraven|va cobrar|ha cobrat|cobrar-li|cobrar-los)(?: [\w'·-]+){1,6} que"
        r" (?:mai |no )(?:[\w']+ ){0,2}(?:havia|va|calia|calien|feia|posava|canviava|emetia|tocava"
        r"|tocaven|arribava)\b"
        r"|(?:se li|se'ls|se'l) enganxa\w* (?:[\w']+ ){1,2}als dits|mans llargues"
        r"|(?:ens|li|us) va fer un forat|(?:es va|s'ha) polir|es polia|un sinpa"
        r"|(?:vendes|feines|factures|pagaments|bolos) en negre"
        r"|(?:va vendre|venia|ha venut|va copiar|copiava|ha copiat|s'ha endut|es va endur"
        r"|s'endugué|se'n va endur|se'n va anar amb) (?:les |la |tota la |tot el |els )?(?:dades"
        r"|base de dades|llista|informació|fitxer|cartera|historials?|memòries)(?: [\w'·]+){0,3}"
        r" (?:de|dels) (?:clients|pacients|alumnes)"
        r"|(?:esborra\w*|va esborrar)\b[^.;!?]{0,60}(?:expressament|per fer mal|a propòsit)"
        r"|per fer mal|manipula\w* (?:les|el|la|els) (?:lectures|comptes|factures|dades"
        r"|quilòmetres|quilometratge|albarans|hores|fitxatges)",
        not_before=_THINGS,
    ),
    # "es feia passar per vostè"; a fake website that passed itself off as the firm is a thing
    r("accusation", r"es (?:feia|va fer) passar per|fer-se passar per", not_before=_THINGS),
    r(
        "health",
        r"mastectomia|pneumònia|\bvih\b|cirrosi|metadona|a la uci|a l'uci|rentat d'estómac"
        r"|trastorns? alimentaris?|bipolar\w*|suïcid\w*|(?:se li|li) (?:va anar|ha anat) el cap"
        r"|(?:li ha|li va) petar el cap|no està bé del cap|recaigu(?:t|da)|recaiguda"
        r"|(?:tractar-se|desenganxar-se|desintoxicar-se) (?:de|del) (?:l'alcohol|la droga"
        r"|les drogues|la beguda|el joc)|problemes? amb (?:el joc|alguna substància|substàncies)"
        r"|es punxava|(?:va trencar-se|s'ha trencat|s'ha fracturat|es va fracturar) (?:la|el)"
        r" (?:cama|braç|canell|esquena|maluc|turmell|clavícula|peu|mà)"
        r"|baixa per (?:estrès|ansietat|depressió|esgotament|una lesió)"
        r"|proves (?:de|del) (?:cor|cap|fetge|ronyó)",
    ),
    r(
        "family",
        r"(?:està|estava) en estat(?! d)|a punt de parir|(?:ha|va) parir|està de part"
        r"|mala ratxa (?:personal|familiar)|problemes personals|maldecaps (?:a casa|familiars)"
        r"|fugir de casa|desheret\w*|cura d'un familiar|cuidar un familiar"
        r"|matrimoni (?:s'ha trencat|es va trencar|en crisi|fa aigües)"
        r"|problemes? (?:greus |seriosos |molt gros )?amb (?:la família|el seu fill|la seva filla)"
        r"|se n'ha anat amb (?:un|una) altr(?:e|a)|l'ha deixat per (?:un|una) altr(?:e|a)"
        r"|(?:un|el) fill amb problemes|(?:tenia|té|va tenir) (?:una relació|un lio|un rotllo) amb",
        not_before=_THINGS,
        # "té una relació amb l'empresa de fa anys": business
        not_after=rf"(?:l'|el |la |els |les )?{_THING}|{_FIRM_OBJECT}",
    ),
    r(
        "confidential",
        r"(?:pagar|pagat|donar|donat|cobrar|cobrat|signar) (?:[\w.]+ ){0,4}(?:d')?indemnització"
        r"|indemnització la (?:hi|li) (?:hem|vam) pagat|no renovar-(?:l'hi|li|lo|la)"
        r"|no (?:el|la|li|l'hi) (?:renovarem|hem renovat|vam renovar|renovem)"
        r"|penjant d'un fil|(?:guanyava|cobrava) (?:[\d.,]+ )?(?:nets|bruts|euros|la meitat)"
        r"|tenia un sou de|(?:va|ens va|li va) demanar un augment(?! de (?!sou))"
        r"|augment de sou"
        r"|(?:li|els) (?:vam|hem|van|han) retenir (?:la paga|el sou|la nòmina)"
        r"|li devíem (?:\w+ )?(?:pagues|nòmines|mesos|el sou)"
        r"|suspendre de (?:sou|feina)|deixar vèncer (?:el seu )?contracte|vam deixar vèncer"
        r"|(?:l'hi|li) (?:pagarem|vam pagar|hem pagat) (?:el bonus|la paga|el plus)"
        r"|el bonus (?:[\w']+ ){0,3}no (?:l'hi|li) (?:pagarem|hem pagat|vam pagar)"
        r"|no direm res de bo|referències (?:dolentes|negatives)",
    ),
    r(
        "legal",
        r"calabós|diligències (?:penals|judicials)|l'(?:està|estan|estaven|estava) investigant"
        r"|síndic de greuges|(?:té|tenia) una demanda (?:judicial|d'un|d'una|de la|del|per|contra)"
        r"|protecció de dades (?:li|l'ha|ha) "
        r"|(?:li han|li van) posar una multa",
        not_after=_OTHER_CASE,
    ),
    r("speculation", r"entre vostè i jo|entre vosaltres i jo"),
    # La feina mal feta i el desprestigi, en expressions d'ús corrent.
    r(
        "performance",
        r"(?:qualitat|feina|rendiment)(?: [\w']+){0,4} (?:va caure|ha caigut|queia) en picat"
        r"|(?:fet|feta|fets|fetes|muntat\w*|va fer|va muntar|feia|muntava|ho feia|pintat\w*"
        r"|instal·lat\w*)(?: [\w'·]+){0,2} amb (?:el cul|els peus)"
        r"|no (?:en )?(?:fotia|feia) (?:ni |un )brot|no en donava (?:ni )?una|no donava (?:ni )?una"
        r"|(?:feina|fet|feta) a mitges|\ba mig (?:netejar|fer|acabar|pintar|muntar|instal·lar)"
        r"|(?:pressupost\w*|mides|càlculs?|comptes) a ull(?! nu)"
        r"|es passava el dia (?:[\w'·]+ ){0,3}(?:en lloc de|en comptes de)|més amb el mòbil que"
        r"|(?:tenia|tenien|amb|plena de|plenes de|ple de|plens de) faltes d'ortografia"
        r"|més faltes que paraules"
        r"|(?:l'|els |les |ho |la |el )(?:hem|havíem|vam) (?:hagut de |haver de |de )?(?:repetir"
        r"|desfer|refer|repassar|tornar a fer|començar de zero)"
        r"|(?:s'han|s'hauran) de repassar (?:tot|totes|tots)"
        r"|(?:va badar|badava) amb|no sabia (?:ni )?(?:fer|tractar|calcular|on|com)"
        r"|en sabia (?:ben |molt )?poc|en sabia el just|no es llegia"
        r"|trigava (?:el doble|molt|una eternitat|setmanes)|(?<!es.)va espatllar|(?<!s')espatllava"
        r"|es va equivocar de|s'equivocava de|es va confondre de|confonia (?:els|les)"
        r"|(?:va|li va) (?:calcular|posar|apuntar|instal·lar|muntar|programar|tallar|fer)"
        r" (?:[\w'·]+ ){0,3}malament|va posar mal (?:la|el|les|els)"
        r"|es va deixar (?:la clau|la porta|el gas|l'aixeta|la nevera|la cambra)"
        r"|va perdre (?:les fotos|els papers|la documentació|els arxius)"
        r"|no (?:havia|va) (?:presentat|passat|demanat|enviat|tramitat) (?:cap|el teu|el seu"
        r"|la seva|la teva|els seus|les seves|els teus)|no hi havia fet (?:res|gaire)"
        r"|desendreçat\w*|oblidava (?:sistemàticament|sempre|les cites|els encàrrecs)"
        r"|(?:es va oblidar|s'oblidava|se li va passar|se li passava)(?: completament)? (?:de )?"
        r"(?:la seva|el seu|la teva|el teu) (?:comanda|encàrrec|cita|expedient|pedido)",
        not_before=_THINGS,
    ),
    r(
        "disparagement",
        r"ningú (?:d'aquí |de nosaltres )?(?:no )?(?:el|la|els|les|l') trobarà a faltar"
        r"|(?:el|la) pitjor [\w·]+ que (?:hem tingut|ha passat|ha tingut|hem contractat)"
        r"|el pitjor que ens ha passat|ni regalat|ni regalada"
        r"|no (?:el|la) tornaríem a (?:voler|contractar|agafar)|amb la fama que (?:té|tenia)"
        r"|(?:és|era) (?:d'aquells|d'aquelles|el típic|la típica)(?: persones| persona)? que"
        r"|mai més (?:no )?(?:treballarà|tornarà a treballar|el contractarem|la contractarem"
        r"|el veurà|la veurà)|no (?:torna|tornarà) a fer d'|no s'hi perd res"
        r"|es creu (?:el rei|la reina|el més|la més|que ho sap tot)|se li ha acabat el bròquil"
        r"|fa mal a l'ofici|no aixecarà cap|poc futur (?:en|a) (?:aquest|l')|auguro poc futur"
        r"|vendria la mare|venen la mare|com si no (?:el|la) conegués|elefant en una botiga"
        r"|menys gràcia que|com un dolor de queixal|molt de fum i poca fa(?:e|i)na"
        r"|qui necessita enemics|a veure quant (?:hi )?dura|no sé com (?:l'|el |la )?(?:aguantàvem"
        r"|suportàvem|vam aguantar)|(?:aquell|aquella|un|una) desastre d'(?:home|dona|persona"
        r"|noi|noia)|(?:anava|va|anar) de sobrat",
        not_before=_THINGS,
    ),
    # Fer servir les coses de l'empresa o dels clients per a si: "la furgoneta de l'empresa"
    # hi és l'objecte, no el qui parla malament d'una cosa.
    r(
        "accusation",
        r"(?:feines|bolos|encàrrecs) pel seu compte|per a coses seves|per a ús (?:personal|propi)"
        r"|es pagava\w* (?:[\w']+ ){0,3}amb (?:la targeta|els diners) de l'empresa"
        r"|(?:se'n|s'en) (?:quedava|va quedar) (?:la|el|els|les|una part)"
        r"|(?:es|se|s') (?:va quedar|quedava) amb (?:els|la|les|el) (?:doblers|diners|quota|quotes"
        r"|paga|pasta|calers|propines|comissions)|revenia|va revendre|revenent"
        r"|(?:el|la|l') (?:van|vam) enxampar|va cobrar (?:[\w'·]+ ){1,6}i (?:va desaparèixer"
        r"|se'n va anar|va marxar)|no (?:era|és) (?:gaire |gens )?honrad?\w*",
    ),
    r(
        "performance",
        r"no diré que fos (?:dolent|dolenta|un desastre)|no és que fos (?:dolent|dolenta)"
        r"|(?:feina|treball|instal·lació) de mala qualitat"
        r"|no (?:en )?(?:va fer|feia) ni una (?:de )?bé"
        r"|no (?:era|és) gaire fi\b|s'adormia (?:a|en) (?:les reunions|la feina)|es va adormir amb"
        r"|no (?:va|havia) tocat? ni un"
        r"|sense ni (?:mirar|llegir|revisar|comprovar)|per culpa (?:d'en|de na) "
        r"|no (?:el|la|els|les|l') ?va saber (?:tornar a )?(?:muntar|fer|arreglar|resoldre|acabar)"
        r"|se li escapaven|mai res ben acabat"
        r"|era més de [\w·]+ (?:[\w·]+ )?que de|monument a la paciència|no (?:s'|se n')aclaria"
        r"|va inventar la sopa d'all|no (?:eren|era) precisament (?:un model|una meravella"
        r"|el millor)|no es va lluir|(?:no|tampoc) (?:és|era) gaire fiable",
        not_after=rf"(?:l'|el |la |els |les )?{_THING}",
    ),
    r(
        "disparagement",
        r"millor no tenir-hi res a veure|no es cregui (?:res|ni una paraula)"
        r"|referències(?: [\w'·,]+){0,4} (?:ben )?dolent\w*|ni boig|ni boja|ni es molesti"
        r"|(?:li|s')estalviarà disgustos"
        r"|es pot buscar la vida|no hauria (?:de treballar|d'ensenyar|de tenir clients)"
        r"|no (?:se'n|s'en) fiï|tampoc costava gaire|no (?:el|la) segueixi",
    ),
    # Confirmar una sospita del client, en altres paraules.
    r(
        "speculation",
        r"(?:dubtes|recels|sospites?|pors|temors|inquietud|desconfiança|intuïció|intuicio|olfacte"
        r"|pressentiment|sensació)(?: [\w'·]+){0,6} (?:estav\w* (?:ben )?justifica(?:t|d)\w*"
        r"|eren encertat\w*|tenien? (?:tot el )?fonament|s'han confirmat"
        r"|no eren exagerad\w*|no eren cap exageració|era ben real|no (?:li )?va fallar)"
        r"|més raó que un sant"
        r"|(?:el que|allò que|lo que|el q|això que)(?: [\w'·]+){1,8} (?:era|és|ha resultat"
        r"|va resultar) (?:ser )?(?:veritat|verdat)\b|(?:i|,) (?:era|és) veritat(?=\s*[.,;!?]|\s*$)"
        r"|va resultar que era així|(?:el|la|ho|l') (?:tenia|tenies|teníeu|va) cala"
        r"(?:t|da|r)\b|encerta\w* de ple|(?:vist|veia|veiem|veien|veure) venir"
        r"|no era cap (?:malentès|exageració)|no era una impressió seva|no t'ho vas imaginar"
        r"|no s'ho va imaginar|motius de sobres|no se'n (?:refiava|refiaven|fiava|fiaven)"
        r"|(?:ens va|ens ha|em va) (?:fer )?obrir els ulls"
        r"|(?:ho|el|la) (?:va veure|va dir|va notar|va intuir|vau veure|vas veure) (?:vostè )?abans"
        r" que (?:nosaltres|ningú)",
        not_after=_OF_THING,
    ),
    # La insinuació en frases fetes: una sortida que no es pot explicar sense dir-la.
    r(
        "speculation",
        r"(?:això|aixo) (?:ja )?(?:diu molt|vol dir alguna cosa|sempre vol dir)"
        r"|diguem que no (?:va|vam|van|ha|era|és) |no (?:vam|va|van) acabar com amics"
        r"|(?:n'estava|n'estaven|n'estàvem) fart\w*|ja n'hi havia prou"
        r"|(?:se li|se'ns|ens) va acabar la paciència|passa el que passa|el que havia de passar"
        r"|millor ho deixem (?:estar|aquí|així)|deixem-ho (?:així|estar|aquí)"
        r"|no (?:és|era) res bo|no (?:és|era) cap sant\w*|(?:sortida|eixida|marxa|comiat) poc"
        r" (?:elegant|amistós|amistosa|neta)|no (?:se'n va anar|va marxar) de bon rotllo"
        r"|per telèfon no (?:convé|en puc parlar)|més no explicar-les|no (?:t'|li |us )agradarà la"
        r" resposta|ja (?:saps|sap|sabeu) de què va|no (?:va ser|ha estat|és) per (?:falta de feina"
        r"|les vacances|gust)|no precisament per premiar|no se'n va anar per gust"
        r"|(?:totes les|entre) cometes|si no (?:té|tenia) res a amagar|(?:tenia|té) (?:alguna cosa"
        r"|molt|coses) a amagar|(?:entendrà|entendria|vam entendre|entendreu) moltes coses"
        r"|si (?:jo )?li expliqués|coses que no quadraven|no eren tan netes"
        r"|no és que (?:se n'anés|hagi marxat|marxés|se n'hagi anat)"
        r"|(?:no ha estat|no va ser) per iniciativa (?:seva|pròpia)|raons que no (?:puc|podem)"
        r" explicar|no (?:li )?puc dir el motiu, però|dormo més tranquil\w*|curiosament ja no"
        r"|tornaria a mirar tot el que"
        r"|no em toca a mi dir-ho|(?:tots sabem|tothom sap) (?:què|el que) (?:va ser|va passar"
        r"|ha passat)|va desaparèixer (?:de la nit al dia|d'un dia per l'altre|de seguida)"
        r"|(?:va marxar|se'n va anar) (?:de la nit al dia|d'un dia per l'altre)"
        r"|coses que no (?:podíem|podia) deixar passar"
        r"|(?:es passa|es va passar|s'ha passat) de la ratlla|no (?:les|ho) desmentiré",
        not_before=_THINGS,
        # "diguem que el pressupost és orientatiu": a thing
        not_after=rf"(?:l'|el |la |els |les |un |una )?{_THING}",
    ),
    r(
        "reason",
        r"la gota que va fer vessar el got|(?:li|els) (?:van|vam|hem|han) obrir la porta"
        r"|li hem obert la porta|(?:l'|la |el )han d'acompanyar a la porta|ja no tenia cadira",
    ),
    # Les falques de la insinuació: una sortida que no es pot explicar, un eufemisme subratllat.
    r(
        "speculation",
        r"diguem-ho així|per dir-ho (?:finament|suaument|amablement|elegantment|fi|suau)"
        r"|no per casualitat|(?:no va ser|no ha estat|poc|gens)"
        r" voluntàri\w*|(?:anar|anat|marxar|marxat|sortir|sortit|fora|treia|treure) per la porta"
        r" (?:del darrere|gran)"
        r"|flors i violes|lligat caps"
        r"|sumar dos i dos|entre línies|tregui'n (?:vostè )?les conclusions"
        r"|millor no (?:remenar|remoure)\w*|(?:val|valdria) més no (?:saber|remoure|remenar"
        r"|explicar)\w*|més val no (?:saber|remoure|remenar|explicar)\w*|(?:sortida|adeu|comiat)"
        r" (?:gaire |gens |poc )?amist\w*|fer safareig|ja (?:se'n|s'ho) pot (?:fer una idea"
        r"|imaginar)|ja s'imagina per què|ja t'ho imagines|com (?:ja )?deu (?:suposar|intuir"
        r"|imaginar)|no sé si m'explico|no sé si m'entén|no sé si m'entens"
        r"|no cal que (?:li |et )?(?:faci|fes) un dibuix"
        r"|no cal que (?:li |et )?(?:expliqui|explique|digui|diga) per què"
        r"|(?:i )?(?:amb això )?ja ho diu tot|ja t'ho dic tot",
    ),
    # Més famílies de frases, per categoria, escrites com es diuen (vegeu les proves a
    # tests/test_risk_ca_rules.py).
    # La insinuació: el silenci subratllat, la casualitat que no ho és, el que val més no saber.
    r(
        "speculation",
        r"fins aquí (?:puc|podem|pot) llegir|i fins aquí(?=\s*[.!…]|\s*$)"
        r"|si les parets (?:[\w'·]+ ){0,3}(?:parlessin|parlaren|parlaven|poguessin parlar)"
        r"|no (?:em|m') (?:faci|facis|feu|facin) parlar|no m'ho (?:faci|facis|feu|facin) dir"
        r"|(?:millor|val més|més val) que no (?:ho )?(?:sàpiga|sàpigues|sapigueu|sàpiguen)"
        r"|coses (?:que|q) (?:val més|més val|millor|és millor) (?:que )?no (?:saber|sàpiga"
        r"|sàpigues|sapigueu|preguntar|remenar|remoure)"
        r"|(?:millor|i millor|ni) (?:no )?(?:em )?(?:preguntis|pregunti|pregunteu)"
        r"(?=\s*[.,;:!?…]|\s*$)"
        r"|(?:quina|no (?:és|va ser|fou)|no per) casualitat que (?:[\w'·]+ ){0,4}(?:marxés"
        r"|plegués|desaparegués|deixés|se n'anés|sortís|ja no hi (?:sigui|és))"
        r"|(?:treu-ne|traieu-ne|treure'n|tregui-ne|en pot treure|pot treure'n) (?:vostè )?(?:les )?"
        r"(?:seves |teves |vostres )?conclusions|(?:ho )?deixo a la (?:seva|teva|vostra) imaginació"
        r"|(?:hi va haver|hi ha|va haver-hi|hi hagué) un abans i un després"
        r"|no (?:va|ha) acabar (?:gens |gaire |massa |pas )?bé|(?:ja )?(?:sap|saps|sabeu|sap vostè)"
        r" com (?:van acabar|va acabar) (?:les coses|aquestes coses|aquella història)"
        r"|no (?:va ser|ha estat|fou) (?:idea|iniciativa) seva|no (?:va ser|ha estat) (?:ell|ella)"
        r" qui (?:va |ha )?(?:decidir|decidit|triar|triat|voler|volgut)"
        r"|(?:no|tampoc|ni) (?:et|li|us|els|vos) (?:ho )?(?:diré|dic|puc dir|podria dir|negaré"
        r"|nego|puc negar) (?:pas )?que (?:sí|no)(?=\s*[.,;:!?…]|\s*$| ni que)"
        r"|no (?:li|et|us) ho (?:negaré|puc negar|nego)"
        r"|alguna cosa (?:deu|devia|degué) haver passat|alguna cosa (?:amaga|amagava)"
        r"|(?:vam|hem|van|han|havíem) (?:haver de |hagut de )(?:canviar|tallar|retirar|treure)"
        r" (?:totes |tots )?(?:les |el |els |l')?(?:claus|contrasenyes|pany|panys|accés)"
        r"|ja no (?:li )?(?:deixem|deixàvem|té|tenia) les claus"
        r"|(?:és|era|serà|ha estat) per alguna cosa|per alguna cosa (?:ha|és|deu|devia|ja no)"
        r"|no (?:va marxar|ha marxat|se n'ha anat|se'n va anar|va sortir) (?:pas )?(?:amb bones"
        r" maneres|amb un ram|per gust|per voluntat)|(?:amb|per) la cua entre (?:les )?cames"
        r"|per la porta petita|(?:va sortir|ha sortit|el van treure|la van treure) escortad?\w*"
        r"|(?:amb|i) (?:els diners|la caixa(?: forta)?|les factures|la beguda|la veritat)"
        r" no (?:feien bona parella|es portaven (?:del tot |gaire |gens )?bé|eren (?:gaire |gens )?"
        r"amics)|s'ho (?:ha|va|havia) buscat|s'ho (?:tenia|té) (?:ben )?merescut"
        r"|(?:sortides?|marxa|comiat)\w* (?:tan |molt |ben )?merescud\w*|on li tocava"
        r"|(?:quin|un) (?:descans|alleujament|alliberament)(?:,? de debò,?)? (?:de )?no (?:haver"
        r"|tenir|sentir)|(?:la seva|aquella) (?:marxa|sortida) (?:ha estat|va ser|és) un"
        r" (?:alleujament|descans)|dormim més tranquil\w*"
        r"|ningú (?:no )?(?:ha|va|hi ha) plora\w*|no (?:ens|m') (?:ha|va) sabut (?:gens de )?greu"
        r"(?:,)? que (?:marxés|se n'anés|hagi marxat|se n'hagi anat)"
        r"|no (?:va ser|ha estat|fou|era) (?:precisament )?(?:cap|una) sorpresa per a ningú"
        r"|(?:no|tampoc) (?:ens|em|m'|li) (?:ha|va) sorprendre gens|no (?:ens|em|m'|li) ha sorprès"
        r" gens",
        not_before=_THINGS,
        not_after=rf"(?:l'|el |la |els |les |un |una )?{_THING}",
    ),
    # Confirmar una sospita del client: la raó que se li dona, el bon ull, la queixa que no era
    # la primera.
    r(
        "speculation",
        r"(?:tenia|tenies|teníeu|tenien|té|tens|teniu) (?:molt )?bon (?:ull|olfacte|nas|instint"
        r"|radar)(?! per)"
        r"|(?:va fer|vau fer|vas fer|ha fet|has fet|heu fet|feia|fèieu|feies|fa|feu|fas|faria"
        r"|faríeu) (?:molt |ben |força )?"
        r"(?:bé|santament) (?:de |en |d')(?:no (?:fiar|refiar|confiar)(?:-se'n|-vos-en|-te'n)"
        r"|no deixar-li|desconfiar-ne|sospitar-ne|dubtar-ne|estar a l'aguait)"
        r"|no (?:era|eren|va ser) (?:cap )?(?:mania|imaginació|paranoia|invent) (?:seva|teva"
        r"|vostra)|no (?:era|eren|va ser) cap (?:mania|imaginació|invent)"
        r"|(?:li|et|us) (?:dono|donem|he de donar|hem de donar|haig de donar|vam donar|hem donat)"
        r" la raó(?![:,]? (?:li |us |et )?(?:retornem|tornem|abonem|canviem|fem|enviem"
        r"|reemborsem|refem))|no (?:li|et|us|els) falta raó"
        r"|no (?:li|et|us) (?:tregui|traurà|treuré) la raó"
        r"|(?:com|tal com|el que|del que) (?:vostè|tu|vosaltres|vostès) (?:es |s'|us |t')?"
        r"(?:temia|temies|temíeu|sospitava|sospitaves|sospitàveu|imaginava|imaginaves|pensava"
        r"|pensaves|pensàveu|creia|creies|crèieu)"
        r"|ho (?:va|ha|has|heu|vau|vas) encerta(?:r|t)(?=\s*[.,;:!?…]|\s*$)|(?:va|ha) fer diana"
        r"|(?:va|ha|heu|has) fet diana|el dit a la llaga"
        r"|adon\w*(?:-se'n|-nos-en|-vos-en)? abans que (?:nosaltres|ningú|jo)"
        r"|(?:se'n|us en|ens en|te'n) (?:va|van|vau|vas|ha|heu|han) adonar abans que"
        r"|(?:havíem|hauríem|hauria|havia) d'haver(?:-li|-los|-vos)? fet cas"
        r"|no (?:és|era) la primera queixa",
        not_after=_OF_THING,
    ),
    # La feina mal feta, dita de biaix.
    r(
        "performance",
        r"no (?:brillava|brilla|destacava|destaca) (?:precisament |gaire |pas |gens )?per"
        r"|no (?:era|és) (?:precisament |pas |gaire )?(?:un|una) (?:llamp|geni|crac"
        r"|lince|fenomen)\b|(?:errors|errades) de principiant"
        r"|(?:de feina|a la feina|feina),? (?:la )?justa\b"
        r"|(?:ho )?(?:feia|faria|fa|fan|feien) (?:[\w']+ ){0,2}millor que (?:ell|ella)\b"
        r"|(?:més|moltes|tantes) queixes (?:d'(?:ell|ella)|seves)|queixes (?:\w+ )?a nom seu"
        r"|no (?:tornava|retornava|contestava|responia|llegia) mai"
        r"|no s'hi posava|se li (?:va escapar|escapava|van escapar|escapaven) de les mans"
        r"|(?:feia|fes|feien|fessin) (?:les coses |la feina |tot )?malament"
        r"|(?:fer|va fer|feia|ha fet) anar de cul|(?:amb )?massa calma"
        r"|(?:estaven|eren|estava|tenia|ho tenia) (?:tot|totes|tots) malament"
        r"|(?:menys|tanta|poca) traça (?:que|com)|chapuzas|pie con bola"
        r"|tenien errades|amb errades"
        r"|no com (?:l'anterior|el d'abans|la d'abans|l'altre|l'altra)\b"
        r"|(?:no|ni) (?:va|havia) (?:vendre|acabar|fer|tancar) ni (?:un|una|un sol|una sola)\b",
        not_before=_THINGS,
        not_after=rf"(?:l'|el |la |els |les )?{_THING}",
    ),
    # Insults i malnoms: sols, o amb l'article quan la paraula diu també una altra cosa
    # ("temps aprofitat", "el projecte ha fracassat", "el cable estirat").
    r(
        "disparagement",
        r"barroer\w*|trepa|trepes|pocapena|garrepa\w*|panoli\w*|carallot\w*|galifardeu\w*"
        r"|cràpula|fatxenda\w*|calòs|nyicris|escurçó|sangonera|vividor\w*|fanfarr(?:ó|ona|ons"
        r"|ones)|malparit\w*|covard\w*"
        r"|(?:un|una|és|era|quin|quina|aquell|aquella|aquest|aquesta|de) (?:autèntic |autèntica "
        r"|veritable |mica |pobre )?(?:aprofita(?:t|da)|fracassa(?:t|da)|estira(?:t|da)"
        r"|desagraï(?:t|da)|amarga(?:t|da)|histèric\w*|miserable|perdedor\w*|maula|jeta|xaruc"
        r"|ninot|víbora|vípera|pesada de campionat)\b"
        r"|més fal(?:s|sa|sos|ses) que|(?:té|tenia) (?:una |la )?cara (?:més )?dura|mala bava"
        r"|curt(?:a)? de gambals|tocad?(?:a)? de l'ala|li falta un bull|pa sense sal"
        r"|ni ofici ni benefici|menys trellat que|caràcter de gos|mal caràcter",
        not_before=_THINGS,
    ),
    # Les profecies de fracàs: "acabarà malament", "ningú del gremi el contractarà".
    r(
        "disparagement",
        r"acabarà (?:malament|fent de|demanant|treballant de|a l'atur|sense feina)"
        r"|(?:no|mai) (?:arribarà|arribaran) enlloc|no (?:aguantarà|aguanta|durarà|dura) ni"
        r" (?:tres|dos|un|una|sis)|(?:li|la|el|els) (?:dono|donem|dic) (?:tres|dos|sis|un)"
        r" (?:mesos|setmanes|any)|a veure quant (?:li )?dura|(?:ja )?(?:veurà|veuràs|veureu) com"
        r" (?:[\w']+ ){0,4}(?:tampoc|també|torna|acaba|no aguanta|la faran|el faran|li dura)"
        r"|(?:no )?(?:tornarà|torna) a (?:posar|trepitjar) els peus|qui la fa,? la paga"
        r"|cap (?:empresa|botiga|taller|despatx|obra|clínica|escola|agència)\w*(?: [\w']+){0,3}"
        r" (?:no )?(?:el|la|li) (?:voldrà|contractarà|donarà feina|tornarà a contractar|agafarà)"
        r"|demanant almoina|(?:el|la) faran fora|no (?:li )?quedarà ni un client",
        not_before=_THINGS,
    ),
    r(
        "accusation",
        r"(?:va|ha|el|la|els|l') (?:va )?plomar|plomava|(?:ens|li|us|els) la fotia"
        r"|treia (?:gasoil|gasoli|benzina|material|diners|eines)"
        r"|(?:contractes|albarans|rebuts|documents|firmes|signatures|certificats|nòmines) fals(?:os"
        r"|es)|(?:factures|hores|visites)(?: [\w']+){0,3} (?:eren|eren totes) (?:falses|inventades)"
        r"|maquilla\w* (?:els )?(?:comptes|números|llibres)|comptaquilòmetres (?:trucat|manipulat)"
        r"|(?:cobrava|cobrar|venia|va vendre|va cobrar|venent|cobrant) (?:[\w']+ ){0,3}"
        r"pel seu compte"
        r"|(?:anar|anava|anat|estar|estava|estat|va anar|va estar) (?:quedant|emportant"
        r"|embutxacant)(?:-se)?|s'(?:anava|estava) (?:quedant|emportant|embutxacant)"
        r"|li agradava massa (?:el vi|la beguda|beure|l'ampolla)|feia pudor d'(?:alcohol"
        r"|vi)|acabava pet\b|consumia a la feina|es bevia"
        r"|buida\w* (?:el|els|la) (?:compte|comptes|caixa)|la mà (?:a|dins) (?:la guardiola"
        r"|el calaix|la caixa)|tripijoc\w*|(?:ens|us|li|els) (?:va|ha) enredar"
        r"|(?:ens|us|li|els|et) (?:va|ha|havia) pres el pèl|(?:ens|us|li|els|et) prenia el pèl"
        r"|signa\w* (?:[\w']+ ){0,2}(?:en|amb el) nom (?:del|de la|de l') ?(?:seu |seva )?(?:cap"
        r"|gerent|director|directora|client|clienta|encarregat)|mentint|mentia més",
        not_before=_THINGS,
    ),
    r(
        "confidential",
        r"advertènci\w* (?:formal|formals|per escrit|escrites)|(?:dues|tres|diverses|vàries)"
        r" advertències|(?:retingut|retenir|retenim|retindrem) (?:la liquidació|el finiquit|la paga"
        r"|el sou|la nòmina)|no (?:li |el |la )?(?:vam|hem|van|han) prorroga\w*"
        r"|no prorrogar-(?:li|lo|la)|(?:rebaixa|baixa)\w* (?:de |la )categoria"
        r"|(?:guanyava|cobrava|cobra|guanya) (?:[\d.,]+|\w+ mil)(?: euros)? (?:al mes|mensuals"
        r"|l'any|a l'any|nets|bruts|i pico|i escaig)|(?:cobra|guanya) la meitat",
        not_before=_THINGS,
    ),
    r(
        "reason",
        r"(?:marxar|plegar|sortir|anar-se'n)(?: [\w'·]+){0,3} (?:per|arran d'|arran de|després d'"
        r"|després de) (?:una |la |l'|les |unes |aquell\w* )?(?:queix|escàndol|denúnci|incident"
        r"|bronca|polèmic|investigaci|auditori|expedient|inspecci)\w*"
        r"|(?:li|els) (?:va|ha) (?:dir|demanar) que (?:no tornés|no tornessin|marxés|marxessin"
        r"|recollís)|no calia que tornés|(?:fessin|faran|farien) fora"
        r"|(?:li|els) (?:va|van|han|ha) (?:treure|retirar|retirat|tret) (?:la llicència|la"
        r" col·legiació)|(?:deixar|deixat|van deixar|vam deixar|hem deixat) caure (?:el seu |el )"
        r"contracte",
        not_after=_FIRM_OBJECT,
    ),
    r(
        "health",
        r"(?:va trencar-se|s'ha trencat|s'ha fracturat|es va fracturar|es va trencar) (?:el|la|les"
        r"|els) (?:genoll|costella|costelles|dit|colze|espatlla|nas|peu|mà)"
        r"|parkinson|leucèmia|esclerosi|paràlisi|epilèpsia|lupus|tractament (?:psicològic"
        r"|psiquiàtric|oncològic)|comunicat de baixa|(?:tornarà a |torni a |tornar a )recaure"
        r"|(?:està|estava) fent(?:-se)? proves",
        not_before=_THINGS,
    ),
    r(
        "family",
        r"maldecaps amb (?:la|el) (?:filla|fill|dona|marit|parella)"
        r"|(?:té|tenia) (?:el fill|la filla|el germà|la germana)(?: petit| petita| gran)?"
        r" molt (?:greu|malalt|malalta)|fer de cuidador\w*"
        r"|(?:ha|han|va) perd(?:ut|re) (?:la|el) (?:mare|pare|germà|germana|fill|filla)"
        r"|li pegava|la pegava",
    ),
    r(
        "legal",
        r"condemna(?:t|da|ts|des)|(?:l'han|l'havien|el van|la van) condemna\w*"
        r"|hisenda (?:el|la|l') ?(?:té |tenia )?(?:enxampat|enxampada|investiga|persegueix)",
        not_before=_THINGS,
        not_after=_OTHER_CASE,
    ),
]


# Catalan words that the English rules would read as English ("tribunal", "funeral", "tornat a
# liar": messed up again): in a Catalan text the Catalan rules above judge them.
NOT_ENGLISH = frozenset(["tribunal", "tribunals", "funeral", "funerals", "a", "liar"])
