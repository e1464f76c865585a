"""Votes said as a reader says them: plurals agreed, "prend acte" never taken for a vote."""
from __future__ import annotations

from assistant.facts import named_text, vote_summary
from corpus.parse import parse_text

MINUTES = """COMMUNE DE SAINT-ARNOULT-DES-BOIS
Séance du conseil municipal du 12 mars 2022
Présents : Mme Odile FERRAND, M. Luc BARRAULT, M. Henri CAMUS, Mme Jeanne DORMOY, M. Paul ESNAULT.

1. Budget primitif
Le conseil adopte le budget primitif.
Pour : 3 Contre : 0 Abstentions : 2 (M. Luc BARRAULT, M. Henri CAMUS)

2. Rapport d'activité du syndicat des eaux
Le conseil municipal prend acte du rapport d'activité.

3. Tarifs communaux
Le conseil fixe les tarifs.
Pour : 4 Abstention : 1
"""


def test_counts_agree_in_number_and_noted_reports_are_no_vote() -> None:
    deliberations = parse_text("v.txt", MINUTES).seance.deliberations
    budget, report, tariffs = (d.votes[0] for d in deliberations)
    assert "2 abstentions" in vote_summary(budget)
    assert "1 abstention" in vote_summary(tariffs) and "abstentions" not in vote_summary(tariffs)
    assert "prend acte (pas de vote)" in vote_summary(report)
    assert named_text(budget).count("abstention") == 1  # one group, its names listed
    assert "Luc BARRAULT" in named_text(budget) and "Henri CAMUS" in named_text(budget)
