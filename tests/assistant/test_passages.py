"""What a sentence must hold to answer (`passages.Requirement`)."""
from assistant.answering.passages import Requirement, text_stems


def test_a_rate_is_shown_by_its_figure_not_only_by_the_word() -> None:
    """"Quel taux d'évolution… ?" is answered by "fixée à 1,2 %", which never says "taux"."""
    rate = Requirement(wants="money", focus="taux")
    with_percent = "La trajectoire d'évolution des dépenses est fixée à 1,2 % pour l'année."
    assert rate.met_by(with_percent, set(text_stems(with_percent)))
    with_word = "Le taux horaire de la vacation est porté à 25 euros."
    assert rate.met_by(with_word, set(text_stems(with_word)))
    sum_only = "La dépense est fixée à 200 000 € pour l'année."
    assert not rate.met_by(sum_only, set(text_stems(sum_only)))


def test_a_named_entity_may_be_named_once_in_the_deliberation_rather_than_in_the_figure() -> None:
    """A deliberation on Logissia's loan names Logissia in its title; its article "accorde sa
    garantie à hauteur de 50 %" answers for Logissia. Another deliberation's figure does not."""
    about = Requirement(wants="money", names=frozenset({"logiss"}))
    article = "La commune accorde sa garantie à hauteur de 50 % pour un prêt de 430 000 €."
    stems = set(text_stems(article))
    assert about.met_by(article, stems, item=text_stems("Garantie d'emprunt à Logissia. " + article))
    assert not about.met_by(article, stems, item=text_stems("Garantie d'emprunt à l'OPH. " + article))
