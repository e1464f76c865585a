"""`GET /documents/{id}/text` (the text citations point into) and `POST /documents` (upload)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, UploadFile

from assistant.api.deps import AssistantDep, SettingsDep, require_read_key, require_upload_key
from assistant.api.errors import NothingIngested
from assistant.api.uploads import ingest_uploads
from assistant.models import DocumentText, IngestSummary

router = APIRouter(tags=["documents"])


@router.get("/documents/{document_id}/text", response_model=DocumentText,
            dependencies=[Depends(require_read_key)])
def document_text(document_id: str, assistant: AssistantDep) -> DocumentText:
    """The document's text as stored: a citation's `quote` is `text[start:end]`."""
    return assistant.document_text(document_id)


@router.post("/documents", response_model=IngestSummary, dependencies=[Depends(require_upload_key)])
def upload(files: Annotated[list[UploadFile], File(description=".txt .pdf .docx .md .html, 20 MB in all")],
           assistant: AssistantDep, settings: SettingsDep) -> IngestSummary:
    """Add or replace documents (X-API-Key = DELIB_API_KEY); unchanged files are skipped.

    Files that cannot be read are listed in `errors`; the answer is 400 only when none could be.
    """
    summary = ingest_uploads(assistant, [(f.filename, f.file) for f in files], settings.upload_dir)
    if summary.errors and not (summary.added or summary.updated or summary.unchanged):
        reasons = "; ".join(f"{e['path']} : {e['reason']}" for e in summary.errors)
        raise NothingIngested(f"aucun fichier n'a pu être indexé — {reasons}"[:2000])
    return summary
