"""Votes printed as blocks of names under each position, and political groups among the voters.

The mechanisms were written from a column table with civilities and a "Ont voté …" block written
from the forms of the issue, and from Montpellier's "Contre : 8 (UMP + M. Viguié)"; the excerpts
here are other layouts: counts on the headings, names without civility, a blank line between rows,
an empty column, a comma list under a label, a group led by its noun, a group in a sentence.
"""
from __future__ import annotations

from corpus.models import ABSTENTION, CONTRE, NPPV, POUR, Span
from corpus.parse.votes import parse_votes


def votes_of(text: str):
    return parse_votes(text, Span(0, len(text)))


def value(count):
    return None if count is None else count.value


def named(vote, position):
    return [n.person.name for n in vote.named if n.position == position]


def groups(vote, position):
    return [g.group.value for g in vote.groups if g.position == position]


def test_columns_with_counts_on_headings_names_without_civility():
    text = ("Le Conseil, après en avoir délibéré, adopte le budget.\n\n"
            "   POUR (3)            CONTRE (2)          ABSTENTION (0)     NE PREND PAS PART AU VOTE\n\n"
            "   DUPONT Jean         LEROY Anne          néant              BLANC Marc\n\n"
            "   MARTIN Paule        PETIT Luc\n"
            "   DURAND Claire\n\n\n"
            "Fait et délibéré les jour, mois et an susdits.\n")
    (vote,) = votes_of(text)
    assert (value(vote.pour), value(vote.contre), value(vote.abstention)) == (3, 2, 0)
    assert named(vote, POUR) == ["DUPONT Jean", "MARTIN Paule", "DURAND Claire"]
    assert named(vote, CONTRE) == ["LEROY Anne", "PETIT Luc"]
    assert named(vote, NPPV) == ["BLANC Marc"]
    assert text[vote.pour.span.start:vote.pour.span.end] == "3"


def test_columns_without_counts_are_counted_from_their_names():
    text = ("Vote du compte administratif\n"
            "        Pour                          Contre\n"
            "   Mme Anne LEROY              M. Luc PETIT\n"
            "   M. Jean DUPONT\n\n"
            "Adopté à la majorité.\n")
    (vote,) = votes_of(text)
    assert (value(vote.pour), value(vote.contre)) == (2, 1)
    assert named(vote, CONTRE) == ["Luc PETIT"]


def test_a_label_alone_on_its_line_then_a_comma_list():
    text = ("Le conseil municipal adopte la délibération.\n"
            "ABSTENTIONS (2) :\n"
            "Mme Claire DURAND, M. Luc PETIT\n"
            "CONTRE :\n"
            "M. Paul MARTIN\n\n"
            "La séance est levée.\n")
    (vote,) = votes_of(text)
    assert value(vote.abstention) == 2 and value(vote.contre) == 1
    assert named(vote, ABSTENTION) == ["Claire DURAND", "Luc PETIT"]
    assert named(vote, CONTRE) == ["Paul MARTIN"]


def test_prose_after_a_label_is_no_voter():
    text = "Contre :\nAdopté à l'unanimité des membres présents.\n"
    (vote,) = votes_of(text)
    assert not vote.named and vote.contre is None
    (vote,) = votes_of("Pour le Festival des Forêts, Monsieur Papin estime qu'il s'agit d'une association.\n"
                       "Adopté.\n")
    assert not vote.named


def test_a_list_without_count_gives_the_count():
    (vote,) = votes_of("Adopté à la majorité.\nContre : Mme Anne LEROY et M. Luc PETIT qui regrettent le montant.\n")
    assert value(vote.contre) == 2 and named(vote, CONTRE) == ["Anne LEROY", "Luc PETIT"]


def test_a_group_led_by_its_noun_is_not_a_member():
    (vote,) = votes_of("Adopté à la majorité.\nContre : groupe « Agir ensemble », M. Luc PETIT\n")
    assert groups(vote, CONTRE) == ["Agir ensemble"]
    assert named(vote, CONTRE) == ["Luc PETIT"]
    assert vote.contre is None  # a group's voters are not counted by its name


def test_a_group_under_a_larger_count_is_not_a_member():
    (vote,) = votes_of("Pour : 25\nContre : 5 (Les Républicains)\nAbstention : 1 (Mme Claire DURAND)\n")
    assert groups(vote, CONTRE) == ["Les Républicains"]
    assert not named(vote, CONTRE) and named(vote, ABSTENTION) == ["Claire DURAND"]
    assert value(vote.contre) == 5


def test_a_group_name_joined_by_a_dash_is_read_whole():
    (vote,) = votes_of("Pour : 40\nAbstention : 6 (Écologistes – Citoyens)\nAdopté.\n")
    assert groups(vote, ABSTENTION) == ["Écologistes – Citoyens"] and not vote.named


def test_a_candidate_voted_for_stays_a_person():
    (vote,) = votes_of("Pour : 55 Cédric de SAINT-JOUAN\nAdopté.\n")
    assert not vote.groups


def test_a_group_that_says_how_it_votes_in_a_sentence():
    text = ("Le groupe Pierrefonds Demain s'abstient. Le Conseil municipal adopte la délibération par "
            "15 voix pour et 4 abstentions.\n")
    (vote,) = votes_of(text)
    assert groups(vote, ABSTENTION) == ["Pierrefonds Demain"]
    assert not vote.named and value(vote.abstention) == 4
