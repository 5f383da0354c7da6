"""Settings from the environment (``CITYGRAPH_*`` and ``NEO4J_*``), read once."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Where the graph lives and how to reach it."""

    model_config = SettingsConfigDict(env_prefix="CITYGRAPH_", extra="ignore")

    store: Literal["embedded", "neo4j"] = Field(default="embedded", description="Which backend to use.")
    data_dir: Path = Field(default=Path("var"), description="Directory of the embedded store's file.")
    seed_dir: Path = Field(default=REPO_ROOT / "seed", description="Directory of the seed CSV files.")
    query_timeout_ms: int = Field(default=10_000, ge=100, description="Longest a single query may run.")
    api_key: str | None = Field(default=None, description="Key for write endpoints; writes off when unset.")

    neo4j_uri: str | None = Field(default=None, validation_alias="NEO4J_URI")
    neo4j_user: str = Field(default="neo4j", validation_alias="NEO4J_USER")
    neo4j_password: str = Field(default="", validation_alias="NEO4J_PASSWORD")
    neo4j_database: str = Field(default="neo4j", validation_alias="NEO4J_DATABASE")
    neo4j_wait_s: float = Field(
        default=30.0,
        ge=0,
        description="How long to retry reaching Neo4j at start-up (it may still be starting).",
    )

    @property
    def embedded_path(self) -> Path:
        return self.data_dir / "citygraph.kgl"


@lru_cache
def get_settings() -> Settings:
    return Settings()
