"""Deterministic generator of realistic French council séances, for benchmarks at any scale.

Each file is one séance of a commune: a header (date, convocation, président, secrétaire, members
present, excused with proxies, absent, counts), then numbered deliberations with a rapporteur, an
exposé in sections, amounts, a "DÉCIDE" part and a vote block (unanimity, or counts with named
opponents and abstentions, sometimes a member not taking part). The same seed gives the same texts.

    python bench/synthetic.py OUT_DIR --files 200 --deliberations 8 --seed 1
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")
TOWNS = ("Saint-Martin-des-Champs", "Villeneuve-sur-Aisne", "Montreuil-le-Vieux", "Beaulieu",
         "La Roche-Bernard", "Fontaine-l'Évêque", "Sainte-Colombe", "Châteauneuf", "Bréval", "Orly-sur-Marne")
FIRST = ("Marie", "Jean", "Anne", "Philippe", "Isabelle", "Michel", "Sylvie", "Pierre", "Nathalie",
         "Laurent", "Christine", "Éric", "Sandrine", "Gérard", "Hélène", "François", "Agnès", "Thierry")
LAST = ("MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY",
        "MOREAU", "SIMON", "LAURENT", "LEFÈVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX",
        "VINCENT", "FOURNIER", "MOREL", "GIRARD", "ANDRÉ", "MERCIER", "DUPONT", "LAMBERT")
SUBJECTS = (
    ("Budget primitif {year}", "le budget primitif de l'exercice {year}", "investissement"),
    ("Subvention à l'association {assoc}", "une subvention de fonctionnement à l'association {assoc}", "subvention"),
    ("Travaux de voirie rue {street}", "des travaux de réfection de la voirie rue {street}", "travaux"),
    ("Tarifs de la cantine scolaire", "les tarifs de la restauration scolaire à la rentrée", "tarif"),
    ("Acquisition d'une parcelle cadastrée {parcel}", "l'acquisition de la parcelle cadastrée {parcel}", "acquisition"),
    ("Demande de DETR pour la rénovation de l'école", "une demande de dotation (DETR) pour l'école", "dotation"),
    ("Création d'un emploi non permanent", "la création d'un emploi non permanent pour accroissement d'activité", "emploi"),
    ("Décision modificative n°{dm}", "la décision modificative n°{dm} du budget communal", "budget"),
)
ASSOCS = ("Comité des fêtes", "Football Club", "Les Amis du patrimoine", "Club des aînés", "Harmonie municipale")
STREETS = ("de la Gare", "du Moulin", "des Écoles", "Victor Hugo", "de l'Église", "du Stade")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _amount(rng: random.Random) -> str:
    euros = rng.randrange(500, 900_000)
    return f"{euros:,}".replace(",", " ") + f",{rng.randrange(100):02d} €"


def _vote(rng: random.Random, members: list[str], voters: int) -> str:
    if rng.random() < 0.6:
        return "Après en avoir délibéré, le Conseil Municipal adopte à l'unanimité."
    against, abstain = rng.sample(members, rng.randint(1, 3)), rng.sample(members, rng.randint(0, 2))
    lines = [f"Vote : {voters - len(against) - len(abstain)} POUR, {len(against)} CONTRE "
             f"({', '.join('M. ' + m for m in against)}), {len(abstain)} ABSTENTION(S)"
             + (f" ({', '.join(abstain)})" if abstain else "") + "."]
    if rng.random() < 0.3:
        lines.append(f"Monsieur {rng.choice(members)} ne prend pas part au vote.")
    return "\n".join(lines + ["La délibération est adoptée à la majorité."])


def _deliberation(rng: random.Random, number: str, members: list[str], voters: int, year: int) -> str:
    title, object_, topic = rng.choice(SUBJECTS)
    fill = {"year": year, "assoc": rng.choice(ASSOCS), "street": rng.choice(STREETS),
            "parcel": f"{rng.choice('ABZ')}{rng.randrange(1, 999)}", "dm": rng.randrange(1, 6)}
    title, object_ = title.format(**fill), object_.format(**fill)
    sentences = [f"Le montant total de l'opération s'élève à {_amount(rng)} HT, soit {_amount(rng)} TTC.",
                 f"Le plan de financement prévoit une participation de {rng.randrange(20, 80)} % au titre du {topic}.",
                 "La commission des finances, réunie le mois dernier, a émis un avis favorable.",
                 f"Les crédits nécessaires sont inscrits au chapitre {rng.randrange(10, 70)} du budget.",
                 "Cette opération répond aux besoins exprimés par les habitants lors de la réunion publique."]
    body = " ".join(rng.sample(sentences, rng.randint(2, 5)))
    return "\n".join([
        f"Délibération n° {number} : {title}", "",
        f"Rapporteur : {rng.choice(members)}", "",
        "EXPOSÉ", f"Monsieur le Maire expose au Conseil Municipal qu'il convient d'approuver {object_}.",
        body, "",
        "Le Conseil Municipal, après en avoir délibéré,",
        "DÉCIDE", f"- d'approuver {object_} ;",
        "- d'autoriser Monsieur le Maire à signer toute pièce relative à ce dossier.", "",
        _vote(rng, members, voters), ""])


def seance_text(rng: random.Random, deliberations: int) -> tuple[str, str]:
    """(file name, text) of one séance."""
    town = rng.choice(TOWNS)
    day = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(12 * 365))
    members = sorted({_person(rng) for _ in range(rng.randint(11, 29))})
    excused = rng.sample(members, rng.randint(0, 3))
    absent = rng.sample([m for m in members if m not in excused], rng.randint(0, 2))
    present = [m for m in members if m not in excused and m not in absent]
    proxies = [f"{giver} donne pouvoir à {rng.choice(present)}" for giver in excused]
    date = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    header = [
        f"COMMUNE DE {town.upper()}", "PROCÈS-VERBAL DU CONSEIL MUNICIPAL", f"Séance du {date}", "",
        f"L'an {day.year}, le {date} à {rng.choice((18, 19, 20))}h00, le Conseil Municipal de la commune "
        f"de {town}, dûment convoqué, s'est réuni en session ordinaire à la mairie, sous la présidence "
        f"de Monsieur {present[0]}, Maire.", "",
        f"Nombre de membres en exercice : {len(members)}   Présents : {len(present)}   "
        f"Votants : {len(present) + len(proxies)}", "",
        "Présents : " + ", ".join(present) + ".",
        "Excusés : " + ("; ".join(proxies) if proxies else "néant") + ".",
        "Absents : " + (", ".join(absent) if absent else "néant") + ".",
        f"Secrétaire de séance : {rng.choice(present)}.", ""]
    items = [_deliberation(rng, f"{day.year}-{i:02d}", present, len(present) + len(proxies), day.year)
             for i in range(1, deliberations + 1)]
    closing = [f"L'ordre du jour étant épuisé, la séance est levée à {rng.choice((21, 22))}h{rng.randrange(60):02d}."]
    slug = town.lower().replace(" ", "-").replace("'", "-")
    return f"{slug}_{day.isoformat()}_conseil.txt", "\n".join(header + items + closing) + "\n"


def generate(folder: Path, files: int, deliberations: int = 8, seed: int = 1) -> list[Path]:
    """Write `files` séances under `folder`; file names are made unique with a counter."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(files):
        name, text = seance_text(rng, deliberations)
        path = folder / f"{number:06d}_{name}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--deliberations", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = generate(args.out, args.files, args.deliberations, args.seed)
    print(f"{len(paths)} files written to {args.out}")


if __name__ == "__main__":
    main()
