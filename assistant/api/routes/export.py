"""`GET /export/scdl`: the indexed deliberations as an SCDL « Délibérations » CSV."""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import PlainTextResponse

from assistant.api.deps import AssistantDep
from assistant.scdl import export_scdl

router = APIRouter(tags=["export"])


class CsvResponse(PlainTextResponse):
    media_type = "text/csv"


@router.get("/export/scdl", response_class=CsvResponse,
            responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}},
                             "description": "SCDL 2.1.5 CSV, one row per deliberation"}})
def export_scdl_csv(assistant: AssistantDep) -> CsvResponse:
    """One row per deliberation, the 17 SCDL columns; what the archive does not state stays empty."""
    return CsvResponse(export_scdl(assistant),
                       headers={"Content-Disposition": 'attachment; filename="deliberations-scdl.csv"'})
