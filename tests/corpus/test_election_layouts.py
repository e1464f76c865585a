"""Ballots printed in layouts the real corpus lacks: figures on one line, short leaders, a
proclamation after an apposition, winners named in a sentence."""
from __future__ import annotations

from corpus.models import Span
from corpus.parse import without_leaders
from corpus.parse.elections import parse_elections

ROUNDS = """Désignation du maire délégué

Tour unique – Inscrits : 19 – Votants : 18 – Blancs : 1 – Nuls : 1 – Exprimés : 16 – Majorité : 9
Mme Lucie PERRIN : 10 voix – M. Alain VIDAL : 6 voix
Mme Lucie PERRIN, qui a recueilli la majorité absolue des suffrages, est proclamée maire déléguée
de Saint-Aubin et installée aussitôt.
"""

LEADERS = """Élection du président de la commission

  M. Karim BENALI ... 12 voix
  Mme Rose TANGUY .. 3 voix
M. Karim BENALI est élu président de la commission.
"""

SEATS = """Élection des délégués au syndicat d'énergie

Votants 27 – Blancs 2 – Exprimés 25
Sont élus délégués titulaires : M. Éric MOREL, Mme Julie CARON et M. Yves
LEBRUN.
La séance continue.
"""


def _elections(text: str):
    text = without_leaders(text)
    return parse_elections(text, Span(0, len(text)))


def test_figures_on_one_line_and_results_between_dashes() -> None:
    election, = _elections(ROUNDS)
    assert (election.votants.value, election.blancs.value, election.nuls.value, election.exprimes.value) == (18, 1, 1, 16)
    assert {c.person.name: c.votes.value for c in election.candidates} == {"Lucie PERRIN": 10, "Alain VIDAL": 6}
    assert [p.name for p in election.elected] == ["Lucie PERRIN"]
    assert " ".join(election.office.value.split()) == "maire déléguée de Saint-Aubin"


def test_a_short_leader_between_a_candidate_and_votes() -> None:
    election, = _elections(LEADERS)
    assert {c.person.name: c.votes.value for c in election.candidates} == {"Karim BENALI": 12, "Rose TANGUY": 3}
    assert [p.name for p in election.elected] == ["Karim BENALI"]


def test_winners_named_in_a_sentence() -> None:
    election, = _elections(SEATS)
    assert election.votants.value == 27
    assert [p.name for p in election.elected] == ["Éric MOREL", "Julie CARON", "Yves LEBRUN"]


def test_a_seance_count_line_is_no_ballot() -> None:
    text = "Membres en exercice : 23 – Présents : 19 – Votants : 21\nAdopté à l'unanimité.\n"
    assert _elections(text) == ()
