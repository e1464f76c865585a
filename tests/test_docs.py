"""The README documents every command and every HTTP route (a new one fails here until it is)."""
from __future__ import annotations

from pathlib import Path

from fastapi.routing import APIRoute

from assistant.api.app import create_app
from assistant.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme() -> None:
    missing = [name for name in cli.commands if f"delib {name}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_route_is_in_the_readme() -> None:
    paths = {route.path for route in create_app().routes if isinstance(route, APIRoute)}
    missing = sorted(path for path in paths if f"{path}`" not in README)
    assert not missing, f"routes missing from README.md: {missing}"
