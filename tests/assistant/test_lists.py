"""Lists read from a deliberation's structure: lead-ins with their items, numbered outlines."""
from __future__ import annotations

from assistant.answering.lists import _blocks, _lead_sentence, _pick, asks_list
from assistant.answering.passages import stem
from assistant.understanding import Understanding
from corpus.models import Span

# a layout the module was not written from: lettered items, "•" bullets, a wrapped item
PLAN = """Plan communal de sobriété énergétique
Le plan poursuit quatre orientations :
a) Réduire la consommation des bâtiments communaux
b) Moderniser l'éclairage public
c) Former les agents
d) Associer les habitants
1. Bâtiments communaux
Les travaux suivants sont programmés :
• isolation de la toiture de l'école
  élémentaire Jules Ferry
• remplacement de la chaudière de la mairie
2. Éclairage public
Il est prévu :
• l'extinction nocturne de 23 h à 5 h
• le passage aux lampes LED
"""


def test_lead_ins_with_their_items_and_sections() -> None:
    blocks = _blocks(PLAN, Span(0, len(PLAN)))
    assert [len(b.items) for b in blocks] == [4, 2, 2]
    assert blocks[0].section is None and PLAN[blocks[1].section.start:blocks[1].section.end] == "1. Bâtiments communaux"
    wrapped = blocks[1].items[0]
    assert " ".join(PLAN[wrapped.start:wrapped.end].split()) == "isolation de la toiture de l'école élémentaire Jules Ferry"


def test_the_list_named_by_its_noun_the_one_narrowed_to_or_the_outline() -> None:
    blocks = _blocks(PLAN, Span(0, len(PLAN)))
    assert _pick(PLAN, blocks, "orientations", []) == [blocks[0]]
    assert _pick(PLAN, blocks, "travaux", [stem("eclairage")]) == [blocks[2]]
    assert _pick(PLAN, blocks, "actions", []) == blocks[1:]


def test_a_list_question_asks_for_several_things() -> None:
    assert asks_list(Understanding.of("Quelles sont les actions du plan de sobriété ?"))
    assert not asks_list(Understanding.of("Quel est le montant du plan de sobriété ?"))


ORIENTATIONS = """Le projet d'aménagement retient les orientations suivantes, débattues en séance.
Orientation I – Protéger la ressource en eau
et les zones humides
   Monsieur X demande si les captages sont concernés.
Orientation II – Développer les mobilités douces
   Un débat a lieu sur les pistes cyclables.
Orientation III – Conforter les commerces du bourg
Article 4 : le présent document sera affiché.
"""


def test_headings_named_by_the_asked_noun_and_a_number_are_the_list() -> None:
    """"Orientation I – …" headings, one wrapped, separated by discussion: the three orientations,
    not the article that merely has the same shape."""
    from assistant.answering.lists import _labelled

    found = _labelled(ORIENTATIONS, Span(0, len(ORIENTATIONS)), "orientations")
    assert [" ".join(ORIENTATIONS[s.start:s.end].split()) for s in found] == [
        "Orientation I – Protéger la ressource en eau et les zones humides",
        "Orientation II – Développer les mobilités douces",
        "Orientation III – Conforter les commerces du bourg"]
    assert _labelled(ORIENTATIONS, Span(0, len(ORIENTATIONS)), "articles") == []


def test_terse_and_imperative_list_questions_ask_for_their_noun() -> None:
    for question in ("Liste des actions du plan de sobriété", "Détaillez les mesures du plan de sobriété",
                     "citez les orientations du plan"):
        understanding = Understanding.of(question)
        assert understanding.focus in ("actions", "mesures", "orientations") and asks_list(understanding), question


def test_numbered_items_under_a_lead_in_are_its_items_not_sections() -> None:
    """"Le plan comporte les actions suivantes :" then "1. Créer…", "2. Rénover…": capitalised and
    numbered, they read like section titles, but numbers in a row under a lead-in are its items; a
    section title after a dashed list ("1. Renforcer…" with its text under it) is not."""
    text = ("Le plan comporte les actions suivantes :\n\n"
            "   1.  Créer une plateforme de rénovation énergétique de l'habitat, en lien avec\n"
            "       l'espace France Rénov' ;\n"
            "   2.  Rénover les bâtiments intercommunaux ;\n"
            "   3.  Aménager la voie verte entre Gramat et Rocamadour.\n\n"
            "Le pacte se décline en deux volets :\n- Renforcer l'accès aux droits\n- Fortifier le logement\n\n"
            "1. Renforcer l'accès aux droits\nLe premier volet prévoit un guichet unique pour les familles.\n")
    blocks = _blocks(text, Span(0, len(text)))
    assert [len(b.items) for b in blocks] == [3, 2]
    assert text[blocks[0].items[0].start:blocks[0].items[0].end].endswith("France Rénov' ;")


def test_a_part_asked_by_its_number_is_the_numbered_section() -> None:
    """ "le volet 2", "la deuxième partie", "le 2e axe": the section numbered 2 and what it lists."""
    from assistant.answering.lists import _ranked_part, _section_number

    assert [_ranked_part(q) for q in ("Que prévoit le volet 2 du plan ?", "Que contient la deuxième partie ?",
                                      "Objectifs du 2e axe ?", "Que prévoit le plan pour 2024 ?",
                                      "Subvention de 12 000 € ?", "Quels sont les trois volets ?")] == [2, 2, 2, None, None, None]
    blocks = _blocks(PLAN, Span(0, len(PLAN)))
    assert [_section_number(PLAN, b) for b in blocks] == [None, 1, 2]


# a lead-in wrapped over two lines: its noun on the first, the colon on the second
WRAPPED_LEAD_IN = """Le rapporteur rappelle le contexte. Il présente les trois priorités
du programme pluriannuel de voirie pour la période 2025-2027 :
- la réfection des chaussées les plus dégradées
- la sécurisation des abords des écoles
- l'accessibilité des arrêts de car
Le rapporteur précise les deux financeurs suivants :
- le Département
- l'État au titre de la DETR
"""


def test_a_lead_in_wrapped_over_lines_above_counts_its_items_by_the_asked_noun() -> None:
    blocks = _blocks(WRAPPED_LEAD_IN, Span(0, len(WRAPPED_LEAD_IN)))
    assert [len(b.items) for b in blocks] == [3, 2]
    assert _pick(WRAPPED_LEAD_IN, blocks, "priorites", []) == [blocks[0]]
    assert _pick(WRAPPED_LEAD_IN, blocks, "financeurs", []) == [blocks[1]]
    assert _lead_sentence(WRAPPED_LEAD_IN, blocks[0].lead_in).start == WRAPPED_LEAD_IN.index("Il présente")
