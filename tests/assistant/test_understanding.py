"""Question understanding: kinds, dates in French forms, meaningful words."""
from __future__ import annotations

import pytest

from assistant.understanding import DateHint, Understanding, content_words, find_date_hints, question_kind


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
