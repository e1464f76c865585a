"""Property-based fuzzing of every operation in /openapi.json against the running server: no 5xx,
and answers that match the documented schemas and status codes. Kept to a few examples per
operation so that it runs in well under a minute (`DELIB_FUZZ_EXAMPLES` raises it for a deeper run);
`-m fuzz` selects it, `-m "not fuzz"` skips it."""
from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (content_type_conformance, not_a_server_error, response_schema_conformance,
                                 status_code_conformance)

schema = schemathesis.pytest.from_fixture("api_schema")


@pytest.fixture(scope="session")
def api_schema(base_url: str) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_url(f"{base_url}/openapi.json")


@pytest.mark.fuzz
@schema.parametrize()
@settings(max_examples=int(os.environ.get("DELIB_FUZZ_EXAMPLES", "15")), deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_no_server_error(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=[not_a_server_error, status_code_conformance, content_type_conformance,
                                   response_schema_conformance], timeout=60)
