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
