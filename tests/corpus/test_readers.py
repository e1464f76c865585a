"""Readers: every supported format, the one normalisation, and a clear error for bad input."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corpus.errors import EmptyDocument, NoDeliberationFound, NoTextLayer, UnreadableDocument, UnsupportedFormat
from corpus.parse import parse_file
from corpus.readers import read_text
from corpus.readers.pdf import read_with_pypdf
from tests.conftest import pdf_of

SAMPLE_PDF = "montpellier_2014-05-22_subventions-2014"


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_text_encodings_and_newlines(tmp_path: Path) -> None:
    assert read_text(write(tmp_path, "a.txt", "\ufeffDélibération\r\nn° 1\rfin\f".encode())) == \
        "Délibération\nn° 1\nfin\n"
    assert read_text(write(tmp_path, "b.txt", "Séance du 5 décembre".encode("cp1252"))) == "Séance du 5 décembre"


def test_markdown_is_kept_verbatim(tmp_path: Path) -> None:
    assert read_text(write(tmp_path, "c.md", b"# Seance\n\n**Vote** : 12 pour")) == "# Seance\n\n**Vote** : 12 pour"


def test_html_visible_text_only(tmp_path: Path) -> None:
    html = b"<html><head><script>var x=1;</script><style>p{}</style></head><body><h1>CR</h1><p>Vote</p></body></html>"
    text = read_text(write(tmp_path, "d.html", html))
    assert "CR" in text and "Vote" in text and "var x" not in text and "p{}" not in text


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Séance du 3 avril 2025")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Pour", "15"
    document.save(tmp_path / "e.docx")
    text = read_text(tmp_path / "e.docx")
    assert "Séance du 3 avril 2025" in text and "Pour\t15" in text


@pytest.mark.parametrize("name, data, error", [
    ("empty.txt", b"", EmptyDocument),
    ("blank.txt", b"  \n\n ", EmptyDocument),
    ("binary.txt", b"\x00\x01\x02ELF" * 50, UnreadableDocument),
    ("broken.pdf", b"%PDF-1.4 this is not a pdf", UnreadableDocument),
    ("broken.docx", b"PK not a zip", UnreadableDocument),
    ("image.png", b"\x89PNG", UnsupportedFormat),
])
def test_bad_input_is_a_named_error_with_the_path(tmp_path: Path, name: str, data: bytes, error: type) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(error) as raised:
        read_text(path)
    assert raised.value.path == str(path) and raised.value.reason


def test_pdf_without_text_layer_says_so(tmp_path: Path) -> None:
    import pypdf

    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with open(tmp_path / "scan.pdf", "wb") as handle:
        writer.write(handle)
    with pytest.raises(NoTextLayer, match="scanné"):
        read_text(tmp_path / "scan.pdf")


def test_text_without_any_seance_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NoDeliberationFound):
        parse_file(write(tmp_path, "note.txt", "Liste des courses : pain, lait, oeufs.".encode()))


def test_pdf_reads_like_its_published_text(real_corpus: Path) -> None:
    """With poppler installed, a PDF reads exactly as the corpus text made from it."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed")
    pdf = pdf_of(SAMPLE_PDF)
    assert read_text(pdf) == (real_corpus / f"{SAMPLE_PDF}.txt").read_text(encoding="utf-8")


def test_pdf_without_poppler_reads_the_same_words(real_corpus: Path) -> None:
    pdf = pdf_of(SAMPLE_PDF)
    text = read_with_pypdf(pdf)
    expected = set((real_corpus / f"{SAMPLE_PDF}.txt").read_text(encoding="utf-8").split())
    assert len(set(text.split()) & expected) / len(expected) > 0.9
    assert all(name in text for name in ("Patrick VIGNAL", "LANNELONGUE", "FISE"))
