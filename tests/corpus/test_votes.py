"""Votes and decisions read from the real corpus; every expected value was read in the text."""
from __future__ import annotations

from corpus.models import ABSTENTION, ADOPTED, CONTRE, NOTED, NPPV, REJECTED, Vote
from corpus.parse.votes import parse_decision, parse_votes
from tests.corpus._real import item, item_titled, layout_of, text_of


def votes_of(name: str, number: str | None = None) -> tuple[Vote, ...]:
    found = item(name, number) if number else layout_of(name).items[0]
    return parse_votes(text_of(name), found.span)


def counts(vote: Vote) -> tuple:
    return tuple(c.value if c else None for c in (vote.pour, vote.contre, vote.abstention))


def named(vote: Vote, position: str) -> list[str]:
    return [n.person.name for n in vote.named if n.position == position]


def test_dijon_scrutin_block_and_pris_acte() -> None:
    name = "dijon-metropole_2020-09-17_pacte-de-solidarite.txt"
    (vote,) = votes_of(name)
    assert counts(vote) == (75, 0, 8)
    assert vote.nspp.value == 0 and vote.procurations.value == 6
    assert vote.outcome.value == NOTED
    text = text_of(name)
    assert text[vote.pour.span.start:vote.pour.span.end] == "75"
    decision = parse_decision(text, layout_of(name).items[0].span)
    assert decision.value.startswith("Le conseil prend acte de l'élaboration")


def test_named_contre_on_a_subsidy_line() -> None:
    name = "pierrefonds_2016-04-04_compte-rendu.txt"
    vote = next(v for v in votes_of(name, "1") if v.subject and v.subject.value.startswith("Festival des Forêts"))
    assert counts(vote) == (11, 2, 6)
    assert named(vote, CONTRE) == ["TANGUY", "SMESSAERT"]
    assert named(vote, ABSTENTION)[:3] == ["GOSSOT", "DANAN", "HUDO"]


def test_line_by_line_votes_each_with_its_subject() -> None:
    name = "pierrefonds_2018-04-10_compte-rendu.txt"
    by_subject = {v.subject.value: v for v in votes_of(name, "1") if v.subject}
    comite = by_subject["Comité des Fêtes 2000 €"]
    assert comite.pour.value == 17 and named(comite, NPPV) == ["Laurent LAMAND"]
    assert by_subject["Amitié Loisirs Aînés 610 €"].unanimity is not None


def test_vote_column_of_a_subsidy_table() -> None:
    name = "pierrefonds_2024-04-10_cfu-et-subventions.txt"
    by_subject = {v.subject.value: v for v in votes_of(name, "D2024-17") if v.subject}
    jumelage = by_subject["Les amis du jumelage"]
    assert (jumelage.pour.value, jumelage.abstention.value, jumelage.nppv.value) == (14, 2, 1)
    assert by_subject["Judo"].abstention.value == 2


def test_named_contre_in_parentheses() -> None:
    (vote,) = votes_of("pierrefonds_2024-04-10_cfu-et-subventions.txt", "D2024-15")
    assert vote.contre.value == 2
    assert named(vote, CONTRE) == ["LEBLANC", "THUILLIER"]


def test_named_abstentions_after_a_count() -> None:
    (vote,) = votes_of("pierrefonds_2025-04-03_proces-verbal.txt", "D2025-010")
    assert vote.abstention.value == 4
    assert named(vote, ABSTENTION) == ["Debuisser", "Leblanc", "Papin", "Thuillier"]


def test_refusing_to_take_part_with_counts() -> None:
    (vote,) = votes_of("pierrefonds_2022-12-13_retrait-delegation-adjoint.txt", "1")
    assert counts(vote) == (12, 2, 3)
    assert named(vote, CONTRE) == ["DECKER", "DUTILLOY"]
    assert named(vote, NPPV) == ["TANGUY"]


def test_unanimity_except_one_who_does_not_vote() -> None:
    name = "putanges-le-lac_2019-07-29_deliberations.txt"
    (vote,) = votes_of(name, "2019-07-14")
    assert vote.unanimity.value == "à l’unanimité des Membres présents"
    assert named(vote, NPPV) == ["Ludovic BAECHLER"]
    person = vote.named[0].person
    assert text_of(name)[person.span.start:person.span.end] == "Ludovic BAECHLER"


def test_counts_in_prose() -> None:
    (vote,) = votes_of("putanges-le-lac_2019-03-11_deliberations.txt", "2019-03-18")
    assert counts(vote) == (19, 17, 2)


def test_rejected_motion_with_counts() -> None:
    vote = votes_of("putanges-le-lac_2022-12-05_registre-pv.txt", "20221205 1")[-1]
    assert counts(vote) == (3, 26, 1)
    assert vote.outcome.value == REJECTED


def test_informal_counts() -> None:
    name = "couthenans_2023-02-24_compte-rendu.txt"
    assert counts(votes_of(name, "4")[0]) == (9, 2, 1)
    assert counts(votes_of(name, "1")[0]) == (10, None, 2)
    assert counts(votes_of("couthenans_2021-11-26_compte-rendu.txt", "2")[0]) == (13, None, None)


def test_adopted_outcomes() -> None:
    (vote,) = votes_of("lannion_2020-06-08_proces-verbal.txt", "1")
    assert vote.outcome.value == ADOPTED and vote.unanimity is not None
    (vote,) = votes_of("montpellier_2014-05-22_subventions-2014.txt")
    assert vote.outcome.value == ADOPTED and vote.pour is None


def test_decision_of_a_registre() -> None:
    name = "putanges-le-lac_2019-07-29_deliberations.txt"
    decision = parse_decision(text_of(name), item_titled(name, "ACQUISITION IMMEUBLE").span)
    assert decision.value.startswith("Après en avoir délibéré")


def test_adopted_by_a_majority_unless_the_counts_reject() -> None:
    (vote,) = votes_of("putanges-le-lac_2019-03-11_deliberations.txt", "2019-03-10")
    assert vote.outcome.value == ADOPTED and counts(vote) == (None, None, 1)
    text = text_of("putanges-le-lac_2019-03-11_deliberations.txt")
    assert text[vote.outcome.span.start:vote.outcome.span.end] == "à la majorité des voix"
    # "à la majorité (26 voix contre, 1 abstention et 3 pour)": the majority was against
    assert votes_of("putanges-le-lac_2022-12-05_registre-pv.txt", "20221205 1")[-1].outcome.value == REJECTED


def test_adopted_by_a_majority_before_the_list_of_decisions() -> None:
    # "Le Conseil municipal, après en avoir délibéré, à la majorité :" then "- APPROUVE le bilan…"
    (vote,) = votes_of("pierrefonds_2025-04-03_proces-verbal.txt", "D2025-015")
    assert vote.outcome.value == ADOPTED and counts(vote) == (None, None, None)


def test_a_proposal_then_adopted_is_the_decision() -> None:
    # Lannion: "Il est proposé au conseil municipal :" then "D'APPROUVER …", then "ADOPTÉ À L'UNANIMITÉ"
    name = "lannion_2021-07-05_proces-verbal.txt"
    found = item_titled(name, "Beg Leguer")
    decision = parse_decision(text_of(name), found.span)
    assert decision is not None and "D’APPROUVER l’acquisition" in decision.value
