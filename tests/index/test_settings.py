"""`Settings.from_env`: each `DELIB_*` variable, its default, and a bad value named in French."""
from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from index.errors import BadSetting
from index.settings import Settings


def test_defaults_when_nothing_is_set() -> None:
    assert Settings.from_env({}) == Settings(
        index_dir=Path(platformdirs.user_data_dir("delib")) / "index", model=None, api_key=None,
        read_key=None, llm_url=None, llm_model="default", llm_api_key=None, llm_timeout=20.0,
        max_question_chars=2000)


def test_empty_variables_count_as_unset() -> None:
    names = ["DELIB_INDEX", "DELIB_MODEL", "DELIB_API_KEY", "DELIB_READ_KEY", "DELIB_LLM_URL",
             "DELIB_LLM_MODEL", "DELIB_LLM_API_KEY", "DELIB_LLM_TIMEOUT", "DELIB_MAX_QUESTION_CHARS"]
    assert Settings.from_env(dict.fromkeys(names, "")) == Settings.from_env({})


@pytest.mark.parametrize("name, value, field, expected", [
    ("DELIB_INDEX", "/srv/delib/index", "index_dir", Path("/srv/delib/index")),
    ("DELIB_MODEL", "/models/minilm", "model", "/models/minilm"),
    ("DELIB_API_KEY", "upload-secret", "api_key", "upload-secret"),
    ("DELIB_READ_KEY", "read-secret", "read_key", "read-secret"),
    ("DELIB_LLM_URL", "  http://127.0.0.1:8080/v1 ", "llm_url", "http://127.0.0.1:8080/v1"),
    ("DELIB_LLM_URL", "   ", "llm_url", None),
    ("DELIB_LLM_MODEL", "mistral", "llm_model", "mistral"),
    ("DELIB_LLM_API_KEY", "sk-local", "llm_api_key", "sk-local"),
    ("DELIB_LLM_TIMEOUT", "7.5", "llm_timeout", 7.5),
    ("DELIB_LLM_TIMEOUT", " 30 ", "llm_timeout", 30.0),
    ("DELIB_MAX_QUESTION_CHARS", "500", "max_question_chars", 500),
])
def test_each_variable_sets_its_field(name: str, value: str, field: str, expected: object) -> None:
    assert getattr(Settings.from_env({name: value}), field) == expected


@pytest.mark.parametrize("name, value", [
    ("DELIB_LLM_TIMEOUT", "soon"), ("DELIB_LLM_TIMEOUT", "0"), ("DELIB_LLM_TIMEOUT", "-3"),
    ("DELIB_LLM_TIMEOUT", "inf"), ("DELIB_LLM_TIMEOUT", "nan"),
    ("DELIB_MAX_QUESTION_CHARS", "beaucoup"), ("DELIB_MAX_QUESTION_CHARS", "0"),
    ("DELIB_MAX_QUESTION_CHARS", "12.5"),
])
def test_a_bad_value_is_named_in_french(name: str, value: str) -> None:
    with pytest.raises(BadSetting) as raised:
        Settings.from_env({name: value})
    message = str(raised.value)
    assert message.startswith(f"{name} : ") and f"« {value} »" in message and "attendu" in message


def test_settings_are_frozen() -> None:
    with pytest.raises(AttributeError):
        Settings.from_env({}).api_key = "x"  # type: ignore[misc]
