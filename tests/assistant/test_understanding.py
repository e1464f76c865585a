"""Question understanding: kinds, dates in French forms, meaningful words."""
from __future__ import annotations

import pytest

from assistant.understanding import DateHint, Understanding, content_words, find_date_hints, other_readings, question_kind


@pytest.mark.parametrize("question, kind", [
    ("Qui était secrétaire de séance le 8 juin 2020 ?", "secretary"),
    ("qui presidait le conseil metropolitain de dijon le 17 septembre 2020 ?", "president"),
    ("À qui Laurence Chauvin a-t-elle donné procuration ?", "proxy"),
    ("Qui a donné pouvoir à Christine Martin ?", "proxy"),
    ("Mme Tonot était-elle présente le 17 septembre 2020 ?", "presence"),
    ("Qui était absent sans procuration ?", "absence"),
    ("Qui a voté contre le compte financier unique 2023 ?", "vote_named"),
    ("Qui s'est abstenu sur le budget ?", "vote_named"),
    ("Combien d'abstentions sur le Pacte de solidarité ?", "vote_count"),
    ("Qui n'a pas pris part au vote sur le choix du maître d'œuvre ?", "nppv"),
    ("Combien de voix a obtenu Philippe GRANDIN à l'élection ?", "election"),
    ("Combien de votants pour la décision modificative ?", "attendance_count"),
    ("A quelle heure a commencé la séance ?", "date"),
    ("Quel montant de créance a été admis en non-valeur ?", "amount"),
    ("Quelles actions du Pacte concernent le logement ?", "content"),
    ("A quelle heure Gilles Papin est-il arrivé ?", "presence_movement"),
])
def test_question_kind(question: str, kind: str) -> None:
    assert question_kind(question) == kind


@pytest.mark.parametrize("question, hints", [
    ("le 17 septembre 2020", [DateHint(2020, 9, 17)]),
    ("séance du 5/12/2022", [DateHint(2022, 12, 5)]),
    ("le 1er avril 2016", [DateHint(2016, 4, 1)]),
    ("en avril 2018", [DateHint(2018, 4)]),
    ("du 8 juin 2020 et du 5 juillet 2021", [DateHint(2020, 6, 8), DateHint(2021, 7, 5)]),
    ("(11/03/2019)", [DateHint(2019, 3, 11)]),
    ("et en 2018 ?", [DateHint(2018)]),
    ("le 5 déc.", [DateHint(0, 12, 5)]),
    ("sans date", []),
])
def test_date_hints(question: str, hints: list[DateHint]) -> None:
    assert find_date_hints(question) == hints


def test_content_words_drop_stopwords_and_fold_accents() -> None:
    assert content_words("Quelles écoles de Lannion sont retenues pour l'écomobilité ?") == [
        "ecoles", "lannion", "retenues", "ecomobilite"]


def test_understanding_bundles_kind_dates_words() -> None:
    understanding = Understanding.of("Qui présidait le 17 septembre 2020 ?")
    assert understanding.kind == "president"
    assert understanding.dates == [DateHint(2020, 9, 17)]


@pytest.mark.parametrize("question, kind", [
    ("Quelles règles ont été fixées pour la vente des tables à Couthenans ?", "content"),  # not a "coût"
    ("Comment s'appelle la secrétaire générale évoquée en avril 2024 ?", "content"),
    ("Qui était absent sans avoir donné de pouvoir le 10 avril 2018 ?", "absence"),
    ("Quel a été le décompte des voix sur le budget primitif ?", "vote_count"),
    ("La demande de protection de la chapelle a-t-elle été votée ?", "vote_outcome"),
    ("Garantie d'emprunt votée le 5 décembre 2022 : quel pourcentage et quelle somme ?", "amount"),
    ("Quel est le nouveau montant de la participation au syndicat VIGIPOL ?", "amount"),
    ("Qu'a décidé le conseil pour les budgets annexes d'assainissement ?", "content"),
    ("Le passage à la M57 a-t-il été adopté, et à partir de quand s'applique-t-il ?", "vote_outcome"),
    ("Qui ne s'est pas prononcé sur l'effacement des réseaux ?", "nppv"),
    ("Depuis quelle date a-t-elle démissionné de ses mandats ?", "content"),
])
def test_kind_of_questions_worded_by_staff(question: str, kind: str) -> None:
    assert question_kind(question) == kind


def test_two_part_questions_are_read_clause_by_clause() -> None:
    clauses = Understanding.of("Qui présidait le conseil du 11 juin 2020, et dans quelle salle s'est-il tenu ?").clauses()
    assert [c.kind for c in clauses] == ["president", "content"]
    assert clauses[1].focus == "salle"
    assert Understanding.of("À quelles dates aura lieu la vente ?").wants == "time"
    assert Understanding.of("Quel montant d'aide la CCLO a-t-elle accordé à la SASU Eric Marchand ?").proper_names(
        {"cclo"}) == ["sasu", "eric", "marchand"]


def test_a_departement_is_not_a_departure() -> None:
    from assistant.understanding import question_kind

    assert question_kind("Quelle subvention du Département pour la voirie ?") != "presence_movement"
    assert question_kind("M. Durand est-il parti avant le vote ?") == "presence_movement"


def test_a_subject_then_a_list_of_things_asked_is_one_part_per_thing() -> None:
    from assistant.understanding import split_parts

    assert split_parts("Salle des fêtes (CM du 3 mai 2022) : coût des travaux et vote ?") == [
        "Salle des fêtes (CM du 3 mai 2022) : coût des travaux", "Salle des fêtes (CM du 3 mai 2022) : vote ?"]
    assert split_parts("CM du 3 mai : nombre de présents, de procurations et d'absents ?")[1:] == [
        "CM du 3 mai : nombre de procurations", "CM du 3 mai : nombre d'absents ?"]
    assert split_parts("Qui présidait, qui était secrétaire ?") == ["Qui présidait", "qui était secrétaire ?"]
    assert split_parts("Quel montant pour la rue de la Gare et la rue Haute ?") == [
        "Quel montant pour la rue de la Gare et la rue Haute ?"]


def test_a_clause_that_only_sets_the_scene_stays_with_what_it_introduces() -> None:
    """"Dans la délibération du pacte, quel taux… ?" asks one thing: the opening phrase says about
    what, and is not a part to answer on its own."""
    from assistant.understanding import split_parts

    assert split_parts("Dans la délibération sur le marché, quel taux est retenu ?") == [
        "Dans la délibération sur le marché, quel taux est retenu ?"]
    assert split_parts("Lors de la séance du 3 mai, qui présidait, et qui était secrétaire ?") == [
        "Lors de la séance du 3 mai, qui présidait", "qui était secrétaire ?"]


def test_each_clause_after_a_subject_asks_about_that_subject() -> None:
    """"Garantie accordée à Logissia : à quelle hauteur et pour quel montant ?": the amount asked
    is the guarantee's, not any sum of the séance."""
    from assistant.understanding import split_parts

    assert split_parts("Garantie accordée à Logissia : à quelle hauteur et pour quel montant ?") == [
        "Garantie accordée à Logissia : à quelle hauteur", "Garantie accordée à Logissia : pour quel montant ?"]


def test_other_readings_keep_the_rules_passed_over_for_a_second_try() -> None:
    """"Quelle subvention a été votée pour le club…" reads first as an amount (no sum may be
    printed); the vote its verb names is the next reading tried. "Comment a été votée la
    subvention…" asks for the vote at once."""
    question = "Quelle subvention a été votée pour le club de judo le 3 mars 2020 ?"
    assert Understanding.of(question).kind == "amount"
    assert other_readings(question, "amount", None)[0] == "vote_outcome"
    assert question_kind("Comment a été votée la subvention au club de judo le 3 mars 2020 ?") == "vote_count"
    assert other_readings("Qui était secrétaire de séance le 3 mars 2020 ?", "secretary", None) == []


@pytest.mark.parametrize("question, kind", [
    # the subject first, then what is asked about it
    ("Budget primitif 2012 de la ville : quel résultat au vote du 16 décembre 2011 ?", "vote_count"),
    # a terse question opening on the noun of a figure asks for the figure, whatever verb follows
    ("Taux de taxe d'habitation votés par la commune pour 2014 ?", "amount"),
    ("Montant de l'aide à la société Durand votée le 18 décembre 2025 ?", "amount"),
    ("12 mars 2022 : qui ne participe pas au vote de la garantie d'emprunt ?", "nppv"),
])
def test_what_the_question_asks_decides_its_kind(question: str, kind: str) -> None:
    assert question_kind(question) == kind


def test_a_month_shares_the_year_of_the_month_it_is_coordinated_with() -> None:
    hints = find_date_hints("A-t-elle participé aux conseils d'octobre et de décembre 2025 ?")
    assert {(h.year, h.month, h.day) for h in hints} == {(2025, 10, None), (2025, 12, None)}


def test_a_clause_is_read_by_the_examples_too() -> None:
    """"…, et qui s'y opposait ?" matches no rule; its neighbours among the examples say it asks
    who voted against."""
    from assistant.kinds import KindClassifier
    from assistant.understanding import Understanding

    understanding = Understanding.of("Quel a été le vote sur la convention du festival, et qui s'y opposait ?",
                                     KindClassifier().vote)
    assert [c.kind for c in understanding.clauses()] == ["vote_count", "vote_named"]
    assert Understanding.of("Quel a été le vote sur la convention, et qui s'y opposait ?").clauses()[1].kind == "content"


def test_the_first_clause_decides_even_when_only_the_examples_read_it() -> None:
    """"CM du 3 mars : qui manquait ? y avait-il des pouvoirs ?" asks first who was missing; the
    proxies rule fires on the second question only."""
    from assistant.kinds import KindClassifier
    from assistant.understanding import Understanding

    understanding = Understanding.of("Couthenans, 3 mars 2022 : qui manquait à la séance ? Y avait-il des pouvoirs ?",
                                     KindClassifier().vote)
    assert understanding.kind == "absence"
    assert [c.kind for c in understanding.clauses()][1:] == ["proxy"]


def test_how_much_for_a_beneficiary_is_a_sum_not_a_tally() -> None:
    """"combien pour l'association X ?" asks a sum; "combien pour, combien contre ?" a tally."""
    from assistant.understanding import question_kind

    assert question_kind("Subventions votées le 3 mai : combien pour le club de judo ?") == "amount"
    assert question_kind("Sur le budget, combien pour et combien contre ?") == "vote_count"


def test_a_subject_then_the_noun_of_a_figure_asks_for_the_figure() -> None:
    """"Subventions 2022 : total voté et élus n'ayant pas pris part ?" asks first for a sum."""
    from assistant.understanding import question_kind

    assert question_kind("Subventions 2022 de Flaux : total voté et élus n'ayant pas pris part au vote ?") == "amount"


def test_a_question_asking_which_delegates_or_referents_asks_for_people() -> None:
    """Their answer must name someone: a sentence on the referents' fees does not answer."""
    from assistant.understanding import Understanding

    assert Understanding.of("Quels délégués la commune a-t-elle désignés au SIVOM ?").asks_person
    assert Understanding.of("Quels référents ont été désignés le 3 mai ?").asks_person
    assert not Understanding.of("Quels tarifs ont été votés le 3 mai ?").asks_person


def test_how_much_of_nothing_counted_is_a_sum() -> None:
    """"Combien l'association a-t-elle demandé ?" wants a sum; "combien de places ?" a count."""
    from assistant.understanding import Understanding

    asked = Understanding.of("Combien l'association des parents a-t-elle demandé à la commune ?")
    assert asked.kind == "amount" and asked.wants == "money"
    assert Understanding.of("Combien de places compte la nouvelle crèche ?").wants == "number"


def test_a_terse_question_opening_on_a_rate_asks_for_a_rate() -> None:
    """"Taux du foncier bâti voté en 2014 ?" wants a rate (shown by a "%"), not the tax bases."""
    from assistant.understanding import Understanding

    assert Understanding.of("Taux du foncier bâti voté par la ville en 2014 ?").focus == "taux"
    assert Understanding.of("Montant de l'aide votée le 18 décembre ?").focus is None


def test_a_delegation_of_vote_is_a_proxy() -> None:
    """A département's "délégation de vote" is a council's "pouvoir": asked for, or missing."""
    assert question_kind("delegation de vote Cecile Roques CP Lot 21 novembre 2022") == "proxy"
    assert question_kind("Quels membres étaient absents sans délégation de vote le 21 novembre ?") == "absence"


def test_a_collectivity_misspelt_by_one_letter_is_still_named() -> None:
    """ "Montpelier", "Pierefonds": one letter wrong, missing or doubled in a long name."""
    from assistant.answering.scope import _misspelt

    assert _misspelt(frozenset({"montpellier"}), {"montpelier", "conseil"}) == {"montpelier"}
    assert _misspelt(frozenset({"pierrefonds"}), {"pierefonds"}) == {"pierefonds"}
    assert _misspelt(frozenset({"lannion"}), {"lanion"}) == set()  # too short to tell apart
    assert _misspelt(frozenset({"couthenans"}), {"courtenay"}) == set()


def test_a_discourse_word_is_no_clause() -> None:
    """ "…présidait-il ? Sinon, qui ?": "sinon" asks nothing of its own."""
    clauses = Understanding.of("Le maire présidait-il la séance du 9 avril ? Sinon, qui ?").clauses()
    assert [c.question for c in clauses] == ["Le maire présidait-il la séance du 9 avril ?"]


def test_courtesy_is_no_subject_and_ainsi_que_opens_a_part() -> None:
    """ "Bonjour, pourriez-vous m'indiquer le montant …, ainsi que le nom du bénéficiaire ? Merci d'avance.":
    two parts, and neither greets nor thanks."""
    understanding = Understanding.of("Bonjour, pourriez-vous m'indiquer le montant de la subvention au club de "
                                     "judo, ainsi que le nom de son président ? Merci d'avance.")
    assert not {"bonjour", "pourriez-vous", "indiquer", "merci", "avance"} & set(understanding.words)
    assert [c.question.split()[:3] for c in understanding.clauses()] == [
        ["Bonjour,", "pourriez-vous", "m'indiquer"], ["ainsi", "que", "le"]]


def test_an_elliptic_who_after_a_vote_asks_who_voted_so() -> None:
    """ "…y a-t-il eu des votes contre, et de qui ?", "combien de voix contre, et lesquelles ?"."""
    for question in ("Vente du presbytère : y a-t-il eu des votes contre, et de qui ?",
                     "Budget 2021 : combien de voix contre, et lesquelles ?"):
        assert [c.kind for c in Understanding.of(question).clauses()][-1] == "vote_named", question


def test_an_apposition_is_no_list_of_things_asked() -> None:
    """ "Sujet : l'obligation …, proposée par le maire, est-elle passée ?" is one question; "Sujet :
    tarif, coût et vote ?" lists three things."""
    from assistant.understanding import split_parts

    assert len(split_parts("Conseil du 3 mars : la charte, proposée par le maire, est-elle passée ?")) == 1
    assert len(split_parts("Archives (CM du 4 juin) : tarif journalier, coût total et résultat du vote ?")) == 3


def test_a_verb_in_the_future_is_not_the_noun_asked() -> None:
    """ "Quel sera le prix du ticket … ?" asks a price, not a "sera"."""
    assert Understanding.of("Quel sera le prix du ticket de bus au 1er juillet ?").focus != "sera"
    assert "sera" not in Understanding.of("Quel sera le prix du ticket de bus au 1er juillet ?").words
