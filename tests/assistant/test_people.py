"""Member answers read every record that holds the fact, not only the header's lists."""
from __future__ import annotations

from assistant.answering import people
from assistant.answering.scope import Scope
from assistant.facts import sat_for
from assistant.understanding import Understanding
from corpus.parse import parse_text

MINUTES = """COMMUNE DE SAINT-ARNOULT-DES-BOIS
Procès-verbal de la séance du conseil municipal du 12 mars 2022
Présents : Mme Odile FERRAND, M. Luc BARRAULT, M. Henri CAMUS, Mme Jeanne DORMOY, M. Paul ESNAULT, M. Yves GALLOIS.
Absent excusé : Mme Rose PONS (pouvoir à Mme Odile FERRAND).

1. Budget primitif
Le conseil adopte le budget primitif.
Adopté à l'unanimité.

M. Luc BARRAULT sort de séance et donne sa procuration à M. Camus.

2. Tarifs communaux
Le conseil fixe les tarifs.
Adopté à l'unanimité.
"""


def test_a_proxy_left_on_departure_is_a_proxy() -> None:
    document = parse_text("p.txt", MINUTES)
    assert any(m.proxy_to is not None for m in document.seance.movements)
    question = "À qui Luc Barrault a-t-il laissé sa procuration en quittant la séance du 12 mars 2022 ?"
    result = people.proxy(Understanding.of(question), Scope([document], True, True, ["Luc BARRAULT"]))
    assert result is not None and result.answered
    assert "Henri CAMUS" in result.text and "quitté la séance" in result.text
    assert "sort de séance" in MINUTES[result.citations[0].start:result.citations[0].end]
    everyone = people.proxy(Understanding.of("Quelles procurations le 12 mars 2022 ?"), Scope([document], True, True))
    assert "Rose PONS" in everyone.text and "Luc BARRAULT" in everyone.text


def test_a_seance_printed_in_several_documents_gets_one_secretary_line() -> None:
    minutes = parse_text("pv.txt", MINUTES.replace("Absent excusé", "Secrétaire de séance : M. Henri CAMUS.\nAbsent excusé"))
    acts = parse_text("actes.txt", MINUTES)
    assert minutes.seance.secretary is not None and acts.seance.secretary is None
    question = "Qui était secrétaire de séance le 12 mars 2022 ?"
    result = people.secretary(Understanding.of(question), Scope([acts, minutes], True, True))
    assert result.answered and "Henri CAMUS" in result.text and "Aucun" not in result.text


def test_a_member_who_gave_no_proxy_at_one_of_the_seances_asked_is_said_so() -> None:
    gave = parse_text("a.txt", MINUTES)
    other = MINUTES.replace("12 mars 2022", "9 avril 2022").replace(
        "Absent excusé : Mme Rose PONS (pouvoir à Mme Odile FERRAND).", "Absente excusée : Mme Rose PONS.")
    kept = parse_text("b.txt", other)
    question = "Rose Pons a-t-elle donné pouvoir les 12 mars et 9 avril 2022 ?"
    result = people.proxy(Understanding.of(question), Scope([gave, kept], True, True, ["Rose PONS"]))
    assert "Odile FERRAND" in result.text and "sans procuration" in result.text
    assert len(result.citations) == 2


LATE = """COMMUNE DE SAINT-ARNOULT-DES-BOIS
Séance du conseil municipal du 12 mars 2022
Présents : Mme Odile FERRAND, M. Luc BARRAULT, M. Henri CAMUS, Mme Jeanne DORMOY.

1. Budget primitif
Le conseil adopte le budget primitif.
Adopté à l'unanimité.

M. Camus entre en séance.

2. Tarifs communaux
Le conseil fixe les tarifs.
Adopté à l'unanimité.
"""


def test_a_member_listed_present_who_arrives_later_did_not_sit_before_arriving() -> None:
    document = parse_text("late.txt", LATE)
    budget, tariffs = document.seance.deliberations
    assert [m.kind for m in document.seance.movements] == ["arrivée"]
    assert sat_for(document, budget, "Henri CAMUS")[0] is False
    assert sat_for(document, tariffs, "Henri CAMUS")[0] is True
    assert sat_for(document, budget, "Luc BARRAULT")[0] is True


def test_whether_a_member_sat_from_the_opening_or_all_along_is_answered_first() -> None:
    document = parse_text("late.txt", LATE)
    scope = Scope([document, parse_text("late-copy.txt", LATE)], True, True, ["Henri CAMUS"])
    late = people.presence(None, Understanding.of("Henri Camus était-il là dès l'ouverture de la séance du 12 mars 2022 ?"),
                           scope, "presence")
    # one séance printed in two documents: said once
    assert late.text.startswith("Non") and late.text.count("présent") == 1 and late.text.count("Arrivée") == 1
    whole = people.presence(None, Understanding.of("Henri Camus a-t-il assisté à tout le conseil du 12 mars 2022 ?"),
                            scope, "presence")
    assert whole.text.startswith("Non, pas toute la séance")
    scope.people = ["Luc BARRAULT"]
    on_time = people.presence(None, Understanding.of("Luc Barrault était-il là dès l'ouverture le 12 mars 2022 ?"),
                              scope, "presence")
    assert on_time.text.startswith("Oui")


def test_a_movement_is_told_with_its_time_and_in_the_minutes_words() -> None:
    text = ("COMMUNE DE VERNAY\nSéance du conseil municipal du 5 avril 2024\n\n"
            "Présents : Mme Titina DASYLVA, M. Paul MARTIN, Mme Anne PETIT.\n\n"
            "1. Budget primitif 2024\n\nMadame DASYLVA entre en séance.\nArrivée de M. Paul MARTIN à 19 h 35.\n"
            "Adopté à l'unanimité.\n\n2. Tarifs\n\nMme Anne PETIT quitte la séance à 21 h 10 avant le vote des tarifs de la restauration\n"
            "scolaire et de l'accueil périscolaire et laisse pouvoir à M. Paul MARTIN.\nAdopté à l'unanimité.\n")
    document = parse_text("v.txt", text)
    said = [people.movement_said(document, m) for m in document.seance.movements]
    assert any("entre en séance" in s for s in said)
    assert any("19 h 35" in s and "MARTIN" in s for s in said)
    # a departure's proxy is said, when the minutes' words are too long to quote
    assert any("PETIT" in s and "pouvoir donné à Paul MARTIN" in s for s in said)


def test_a_member_without_proxy_is_told_in_the_minutes_words() -> None:
    """Across two séances, the one where she gave none says so as printed ("(pas de pouvoir donné)")."""
    gave = parse_text("a.txt", MINUTES)
    kept = parse_text("b.txt", MINUTES.replace("12 mars 2022", "9 avril 2022").replace(
        "Absent excusé : Mme Rose PONS (pouvoir à Mme Odile FERRAND).", "Excusés : Rose PONS (pas de pouvoir donné)."))
    question = "Rose Pons a-t-elle donné un pouvoir lors de ses absences du 12 mars et du 9 avril 2022 ?"
    result = people.proxy(Understanding.of(question), Scope([gave, kept], True, True, ["Rose PONS"]))
    assert result is not None and "Odile FERRAND" in result.text and "pas de pouvoir donné" in result.text


def test_two_roles_asked_in_one_clause_are_answered_together() -> None:
    """ "Président et secrétaire ?", even cut short ("Présid. / secrét."), names both; two clauses
    ("Qui présidait, et qui était secrétaire ?") are two parts, each answered once."""
    document = parse_text("pv.txt", MINUTES.replace("Absent excusé", "Président : M. Yves GALLOIS.\n"
                                                                  "Secrétaire de séance : M. Henri CAMUS.\nAbsent excusé"))
    scope = Scope([document], True, True)
    for question in ("Président et secrétaire de la séance du 12 mars 2022 ?", "Présid. / secrét. du 12 mars 2022 ?"):
        result = people.secretary(Understanding.of(question), scope)
        assert "Yves GALLOIS" in result.text and "Henri CAMUS" in result.text, question
        assert len(result.citations) == 2
    split = people.secretary(Understanding.of("Qui présidait, et qui était secrétaire le 12 mars 2022 ?"), scope)
    assert "Yves GALLOIS" not in split.text
