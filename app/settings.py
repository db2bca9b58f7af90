"""Service configuration, read from the environment (and an optional .env file)."""

from functools import lru_cache
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting the service reads; each one is documented in .env.example."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./data/events.db"
    api_keys: Annotated[list[str], NoDecode] = Field(default_factory=list)
    read_api_keys: Annotated[list[str], NoDecode] = Field(default_factory=list)
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    max_article_chars: int = Field(default=100_000, ge=1)
    log_level: str = "INFO"
    log_format: Literal["json", "text"] = "json"

    @field_validator("api_keys", "read_api_keys", "cors_origins", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        if isinstance(value, str):
            return [key.strip() for key in value.split(",") if key.strip()]
        return value

    @property
    def max_body_bytes(self) -> int:
        """Largest request body worth reading: every character JSON-escaped (\\uXXXX) plus slack."""
        return self.max_article_chars * 6 + 64 * 1024


@lru_cache
def get_settings() -> Settings:
    """Return the process-wide settings."""
    return Settings()
