"""The Catalan word rules on phrase families beyond single words: hints that a departure was not
chosen, a client's suspicion confirmed, work run down sideways, insults and prophecies of
failure. Each is flagged with its category by the rules alone, and a close sentence about the
client's own matters or about a thing is left alone."""

from __future__ import annotations

import pytest

from handoff.risk import check_text

FLAGGED = [
    ("Ai, el Marc... si les parets del taller parlessin.", "speculation"),
    ("El Ferran ja no hi és, i millor no preguntis.", "speculation"),
    ("No va ser idea seva deixar la feina, diguem-ho així.", "speculation"),
    ("Si em pregunta si la Rut ho va fer, tampoc li diré que no.", "speculation"),
    ("Vam haver de canviar totes les contrasenyes l'endemà que marxés.", "speculation"),
    ("No és casualitat que plegués la setmana de l'auditoria.", "speculation"),
    ("Amb el Quim, vau fer santament de no fiar-vos-en.", "speculation"),
    ("Tenies bon olfacte amb aquell noi.", "speculation"),
    ("No brillava precisament per la puntualitat.", "performance"),
    ("La becària ho feia millor que ella.", "performance"),
    ("Era un carallot de cap a peus.", "disparagement"),
    ("Té molt mala bava amb els companys.", "disparagement"),
    ("Acabarà demanant feina a tot arreu, ja ho veuràs.", "disparagement"),
    ("S'anava quedant les propines del pot.", "accusation"),
    ("Li van trobar albarans falsos al calaix.", "accusation"),
    ("Li havíem fet tres advertències per escrit.", "confidential"),
]

SAFE = [
    "Si les parets del seu pis fan humitat, li enviem el pintor dijous.",
    "Li donem la raó: li retornem l'import de la revisió.",
    "Feia bé de no fiar-se d'aquell pressupost tan barat.",
    "La impressora no donava l'abast i n'hem comprat una altra.",
    "La seva dona és a l'hospital; ajornem la visita sense cap problema.",
    "Hem posat una demanda al proveïdor de rajoles per la partida defectuosa.",
    "Ja sap com són aquestes coses amb els terminis de l'ajuntament.",
    "El projecte de la piscina ha fracassat per la sequera; en parlem dilluns.",
]


@pytest.mark.parametrize(("text", "category"), FLAGGED)
def test_catalan_phrase_family_is_flagged(text: str, category: str) -> None:
    findings = check_text(text, "ca")
    assert category in {f.category for f in findings}, findings


@pytest.mark.parametrize("text", SAFE)
def test_close_client_or_business_sentence_is_left_alone(text: str) -> None:
    assert check_text(text, "ca") == []
