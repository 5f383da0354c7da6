"""docker-compose.yml, checked without Docker: the services, their wiring and the API's settings."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from graph.settings import Settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))
    return data


def _environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):  # the "KEY=value" list form
        env = dict(item.split("=", 1) for item in env)
    return {key: str(value) for key, value in env.items()}


def _interpolate(value: str) -> str:
    """Compose's ${NAME:-default}, with nothing set: the default."""
    return re.sub(r"\$\{[A-Z0-9_]+:-([^}]*)\}", r"\1", value)


def test_neo4j_is_a_5_26_or_later_image_with_data_on_a_volume(compose: dict[str, Any]) -> None:
    neo4j = compose["services"]["neo4j"]
    # CALL (…) { } scoped subqueries (count_totals) need Neo4j 5.23 or later.
    match = re.fullmatch(r"neo4j:5\.(\d+)(?:\.\d+)?(?:-community|-enterprise)?", neo4j["image"])
    assert match and int(match.group(1)) >= 23, neo4j["image"]
    assert "neo4j-data:/data" in neo4j["volumes"]
    assert "neo4j-data" in compose["volumes"]
    assert {"7474:7474", "7687:7687"} <= set(neo4j["ports"])


def test_neo4j_memory_is_set_in_neo4j_5_setting_names(compose: dict[str, Any]) -> None:
    env = _environment(compose["services"]["neo4j"])
    # Neo4j 5 names (server.memory.*); the 4.x dbms.memory.* ones would be ignored with a warning.
    for setting in ("heap_initial__size", "heap_max__size", "pagecache_size"):
        assert re.fullmatch(r"\d+[mMgG]", env[f"NEO4J_server_memory_{setting}"]), setting
    assert not any(key.startswith("NEO4J_dbms_memory") for key in env)


def test_neo4j_has_a_healthcheck_that_queries_with_the_password(compose: dict[str, Any]) -> None:
    check = compose["services"]["neo4j"]["healthcheck"]
    assert check["test"][0] == "CMD-SHELL"
    command = check["test"][1]
    assert "cypher-shell" in command and "RETURN 1" in command
    # $$ keeps compose from interpolating: the shell in the container expands NEO4J_AUTH.
    assert "$${NEO4J_AUTH#neo4j/}" in command
    assert check["retries"] * int(check["interval"].rstrip("s")) >= 120, "give Neo4j minutes to start"


def test_the_api_waits_for_a_healthy_neo4j(compose: dict[str, Any]) -> None:
    api = compose["services"]["api"]
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert api["build"] == "."
    assert "8000:8000" in api["ports"]


def test_the_api_settings_name_the_neo4j_service_with_its_password(
    compose: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    api_env = {key: _interpolate(value) for key, value in _environment(compose["services"]["api"]).items()}
    neo4j_auth = _interpolate(_environment(compose["services"]["neo4j"])["NEO4J_AUTH"])
    for key, value in api_env.items():
        monkeypatch.setenv(key, value)
    settings = Settings()  # read exactly as the API in the container reads them
    assert settings.store == "neo4j"
    assert settings.neo4j_uri == "bolt://neo4j:7687"
    assert f"{settings.neo4j_user}/{settings.neo4j_password}" == neo4j_auth
    assert len(settings.neo4j_password) >= 8, "Neo4j 5 refuses passwords shorter than 8 characters"
    assert settings.neo4j_wait_s >= 60
