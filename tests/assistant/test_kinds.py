"""The kind of a question by its nearest labelled examples, weighed against the rules."""
from __future__ import annotations

from assistant.kinds import KindClassifier, read_bank
from assistant.understanding import Vote, weighed_kind

CLASSIFIER = KindClassifier()


def test_the_bank_holds_enough_examples_of_every_kind() -> None:
    kinds = [kind for kind, _ in read_bank()]
    assert len(set(kinds)) >= 16 and min(kinds.count(k) for k in set(kinds)) >= 25


def test_wordings_and_typos_not_in_the_bank_find_their_kind() -> None:
    assert CLASSIFIER.vote("combien d'abstensions sur le budget de la commune ?").kind == "vote_count"
    assert CLASSIFIER.vote("la seance etait presidee par qui ?").kind == "president"
    assert CLASSIFIER.vote("qui tenait la plume comme secretaire ce soir la ?").kind == "secretary"


def test_the_examples_decide_only_what_no_rule_recognised() -> None:
    assert weighed_kind("content", Vote((("amount", 0.7), ("content", 0.3)))) == "amount"
    assert weighed_kind("content", Vote((("amount", 0.5), ("date", 0.5)))) == "content"
    assert weighed_kind("proxy", Vote((("absence", 0.9), ("proxy", 0.1)))) == "proxy"


def test_a_gram_weighs_by_how_well_it_tells_the_kinds_apart() -> None:
    """A gram every kind uses ("conseil municipal du") tells nothing; one many examples of one
    kind use ("voté") tells much; one met in a single example ("entreprise") little, however pure."""
    from collections import Counter

    from assistant.kinds import _telling

    by_kind = {"absence": Counter({"cons": 5, "vot": 0, "entr": 0}), "president": Counter({"cons": 5}),
               "vote_count": Counter({"cons": 5, "vot": 9}), "nppv": Counter({"cons": 5, "entr": 1})}
    spread, voted, single = (_telling(g, by_kind, c, 4) for g, c in (("cons", 20), ("vot", 9), ("entr", 1)))
    assert spread < 0.05 and voted > 0.5 and single < voted


def test_a_question_far_from_every_example_gets_no_kind_from_them() -> None:
    """"à quelle entreprise" shares little with any example: the examples abstain."""
    assert CLASSIFIER.vote("à quelle entreprise").kind is None
    assert Vote((("amount", 1.0),), nearest=0.1).share == 0.0


def test_a_why_question_asks_for_a_reason_whatever_role_or_vote_it_names() -> None:
    """"Pourquoi …, selon le président ?" is not a question on who presided, nor "pourquoi X n'a-t-il
    pas voté ?" one on who did not take part: the reason is read in the text."""
    from assistant.understanding import Understanding

    for question in ("Pourquoi la médiathèque fermera-t-elle en août, selon la réponse du président du conseil ?",
                     "pourquoi mme durand n'a pas pris part au vote sur la vente du terrain ?"):
        assert Understanding.of(question, CLASSIFIER.vote).kind == "content"
