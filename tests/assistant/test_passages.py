"""What a sentence must hold to answer (`passages.Requirement`)."""
from assistant.answering.passages import Requirement, sentence_spans, stem, text_stems, whole_sentences
from corpus.models import Span


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


def test_a_count_must_count_the_thing_asked_not_only_hold_a_number() -> None:
    """"Combien d'offres… ?" is answered by "six offres" or "Nombre d'offres : 6", in any order
    and in words; not by the sum of the offer retained, which holds a number and the word."""
    offers = Requirement(wants="number", focus="offres", counted=True)
    answers = ["Six offres ont été reçues dans les délais.", "Nombre d'offres reçues : 6.",
               "Offres reçues        6", "Le conseil fixe le nombre d'offres admises, soit 4 au plus."]
    for sentence in answers:
        assert offers.met_by(sentence, set(text_stems(sentence))), sentence
    sum_only = "Vu les offres reçues, le maire retient l'offre de l'entreprise pour 16 375 € HT."
    assert not offers.met_by(sum_only, set(text_stems(sum_only)))
    assert Requirement(wants="number", focus="offres").met_by(sum_only, set(text_stems(sum_only)))


BUDGET = """Budget :
                              2021/2022     2022/2023      TOTAL
 Consommables                       900           900      1 800
 Entretien des instruments        4 000         4 500      8 500
 TOTAL DÉPENSES                   4 900         5 400     10 300
"""
TAXES = """ Foncier
                      19.38              19.38     2 041 000
 (bâti)                    1.000000
 Autre ligne               5.00
"""


def test_a_table_is_quoted_by_the_rows_its_label_names() -> None:
    """"Quel budget total ?" quotes the row labelled TOTAL, not the header naming the column; a
    label wrapped away from its figures keeps the row of figures beside it."""
    from assistant.answering.passages import quoted_parts
    from corpus.models import Span

    rows = quoted_parts(BUDGET, Span(9, len(BUDGET)), frozenset({"total"}))
    assert [BUDGET[r.start:r.end].split()[:2] for r in rows] == [["2021/2022", "2022/2023"], ["TOTAL", "DÉPENSES"]]
    assert len(quoted_parts(BUDGET, Span(9, len(BUDGET)))) == 4  # nothing asked: every row
    rows = quoted_parts(TAXES, Span(0, len(TAXES)), frozenset({"bati"}))
    assert [TAXES[r.start:r.end].split()[0] for r in rows] == ["19.38", "(bâti)"]


FARES = """  Catégorie d'usager         Avant le 1er mars      À compter du 1er mars
  Repas enfant                     3,10 €                3,25 €
  Repas adulte                     6,40 €                6,60 €
"""


def test_figures_picked_from_a_table_keep_their_column_header() -> None:
    """ "Combien coûte le repas adulte ?" quotes the header saying which figure is which; a row of
    names (an attendance table) takes no header."""
    from assistant.answering.passages import quoted_parts, stem
    from corpus.models import Span

    rows = quoted_parts(FARES, Span(0, len(FARES)), frozenset({stem("adulte")}))
    assert [FARES[r.start:r.end].split()[0] for r in rows] == ["Catégorie", "Repas"]
    assert "6,60" in FARES[rows[1].start:rows[1].end]
    members = "  Commune          Délégué\n  Airvault         M. Paul ROUX\n  Bressuire        Mme Léa GIRAUD\n"
    rows = quoted_parts(members, Span(0, len(members)), frozenset({stem("airvault")}))
    assert [members[r.start:r.end].split()[0] for r in rows] == ["Airvault"]


def test_a_sentence_cut_by_a_chunk_or_a_wrapped_year_is_read_whole() -> None:
    """"…au plus tard le 31 décembre" / "2026." is one sentence: a year wrapped to its own line
    is not a numbered item, and a chunk that stops inside a sentence is read to its end."""
    text = ("Article 2 : Cette avance pallie un décalage de trésorerie.\n\n"
            "Article 3 : Le remboursement interviendra au plus tard le 31 décembre\n2026.\n\nArticle 4 : Suite.")
    cut = text.index("31 décembre") + len("31 décembre")
    spans = sentence_spans(text, whole_sentences(text, Span(text.index("Article 3"), cut)))
    assert [text[s.start:s.end] for s in spans] == [
        "Article 3 : Le remboursement interviendra au plus tard le 31 décembre\n2026."]
    started = whole_sentences(text, Span(text.index("trésorerie"), cut))
    assert text[started.start:].startswith("Article 2")
    numbered = "Les actions :\n1. Créer un guichet unique\n2. Aider les familles"
    assert len(sentence_spans(numbered, Span(0, len(numbered)))) == 1  # a lead-in with its items


def test_a_row_reads_with_the_header_of_its_table_however_far_above() -> None:
    """The figures of "Martel … 31 000 €" are an "aide accordée": the header five rows above says so."""
    from assistant.answering.passages import header_above
    from corpus.models import Span

    table = ("Article 1er : les aides suivantes sont attribuées :\n\n"
             "  Commune        Opération                  Dépense      Aide\n"
             "                                            HT           accordée\n"
             "  Cajarc         Toiture de la mairie       84 200 €     21 050 €\n"
             "  Lalbenque      Salle des fêtes            46 800 €     11 700 €\n"
             "  Martel         Place des Consuls         155 000 €     31 000 €\n")
    row = table.index("  Martel")
    header = header_above(table, Span(row, len(table) - 1))
    assert "Aide" in header and "accordée" in header and "Cajarc" not in header
    assert header_above("Le conseil attribue 31 000 € à Martel.", Span(0, 38)) == ""


def test_words_of_one_synonym_group_share_a_stem() -> None:
    """ "prix du m3" finds "Tarif 2021", "achat" finds "acquisition" (examples/synonyms.tsv)."""
    from assistant.answering.passages import stem, text_stems

    assert stem("prix") == stem("tarifs") == stem("coût".replace("û", "u"))
    assert stem("acquisition") == stem("achat") and stem("cession") == stem("vente")
    assert stem("prix") in text_stems("Tarif 2021 de la consommation d'eau")
    assert stem("subvention") != stem("prix")


def test_lines_opened_by_any_dash_are_items_of_their_own() -> None:
    """Informations listed under a heading with en or em dashes are read one by one: the cost printed
    in one of them does not answer for another."""
    text = ("INFORMATIONS DU MAIRE\n\n — Fête de la musique : samedi 21 juin, place du marché.\n"
            " — Travaux du gymnase : le devis retenu s'élève à 18 400 € HT.\n"
            " – Repas des anciens : dimanche 12 octobre, inscriptions en mairie.\n"
            " − Marché de Noël : samedi 13 décembre.\n")  # a minus sign, as some word processors print bullets
    units = [text[s.start:s.end].strip() for s in sentence_spans(text, Span(0, len(text)))]
    assert sum(unit.startswith(("—", "–", "−")) for unit in units) == 4
    assert not any("Repas" in unit and "€" in unit for unit in units)


def test_a_sentence_printing_the_number_asked_outranks_its_siblings() -> None:
    """"le lot 3" is answered by the lot 3's sentence, not by the lot 1's that comes first and
    shares every other word of the question."""
    from assistant.answering.passages import best_sentences
    from assistant.answering.verify import constraints
    from assistant.understanding import Understanding
    from corpus.parse import parse_text
    from index import Hit

    text = ("COMMUNE DE SAINT-OUEN-DES-VIGNES\nSéance du 2 mai 2023\n\n1. Marché de travaux de la salle des fêtes\n"
            "Le lot 1 (gros œuvre) est attribué à l'entreprise Moreau pour un montant de 84 300 € HT.\n"
            "Le lot 3 (menuiseries) est attribué à l'entreprise Perrin pour un montant de 21 950 € HT.\n")
    document = parse_text("v.txt", text)
    hit = Hit(1, document.id, "v.txt", None, 0, len(text), text, "Marché de travaux", "body", 1.0)
    understanding = Understanding.of("Montant du lot 3 du marché de la salle des fêtes ?")
    words = understanding.subject_words(set())
    pinned = tuple(c.pattern for c in constraints(understanding, set()) if c.identifies)
    plain = best_sentences(words, [hit], {document.id: document}, requirement=Requirement("money"))
    pinned_first = best_sentences(words, [hit], {document.id: document}, requirement=Requirement("money", identifiers=pinned))
    assert "Moreau" in text[plain[0].span.start:plain[0].span.end]  # without the number, the first lot wins
    assert "Perrin" in text[pinned_first[0].span.start:pinned_first[0].span.end]


def test_figures_are_read_whole_and_a_span_of_years_is_about_each_year() -> None:
    """A table headed "2023-2024   2024-2025" answers for 2025; "1 234 567" is not cut to six digits."""
    stems = text_stems("Situation 2023-2024 2024-2025 / budget 1234567 / délibération 2022-019")
    assert {"2023", "2024", "2025", "1234567", "2022-019"} <= stems
    assert "2022" not in stems and "019" not in stems  # an act's number is no span of years


# expenses and receipts side by side, indented: each row holds a label in each half
FINANCING = """  Dépenses                                      Recettes
  Études et relevés            8 200,00 €  Fonds vert (40 %)                    12 720,00 €
  Travaux de clôture          23 600,00 €  Autofinancement                      19 080,00 €
  TOTAL HT                    31 800,00 €  TOTAL                                31 800,00 €
"""


def test_a_row_of_two_tables_side_by_side_is_named_by_either_label() -> None:
    """"Quelle aide du fonds vert ?" quotes the row whose second half names it, under its header."""
    from assistant.answering.passages import quoted_parts
    from corpus.models import Span

    rows = quoted_parts(FINANCING, Span(0, len(FINANCING)), frozenset({stem("fonds"), stem("vert")}))
    assert [FINANCING[r.start:r.end].split()[0] for r in rows] == ["Dépenses", "Études"]
    rows = quoted_parts(FINANCING, Span(0, len(FINANCING)), frozenset({stem("autofinancement")}))
    assert [FINANCING[r.start:r.end].split()[0] for r in rows] == ["Dépenses", "Travaux"]


def test_a_rate_is_asked_of_something_and_may_be_printed_without_its_percent_sign() -> None:
    """"le taux de versement mobilité" is not answered by another rate of the report; a rate table
    announced by "les taux suivants :" prints its figures without "%", and is no sum in euros."""
    from assistant.understanding import Understanding

    asked = Understanding.of("Quel taux de versement mobilité la communauté a-t-elle fixé pour 2026 ?")
    assert asked.rate_of == "versement"
    assert Understanding.of("Quels sont les tarifs du nouveau délégataire ?").rate_of == "delegataire"  # past its adjective
    wants = Requirement("money", "taux", of_what=stem(asked.rate_of))
    other = "Le taux de remplissage des bus atteint 62 % en 2025."
    assert not wants.met_by(other, set(text_stems(other)))
    own = "Le taux du versement mobilité est porté à 1,25 % au 1er janvier 2026."
    assert wants.met_by(own, set(text_stems(own)))
    rates, lead = "Cotisation foncière des entreprises       24.61", text_stems("Il est proposé de voter les taux suivants :")
    assert Requirement("money", "taux").met_by(rates, set(text_stems(rates) | lead))
    bases = "Base prévisionnelle de CFE       1 208 000 €  soit 24.61"
    assert not Requirement("money", "taux").met_by(bases, set(text_stems(bases) | lead))  # a sum, not the rate
