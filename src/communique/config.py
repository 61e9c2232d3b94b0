"""Settings: where the registry lives and where user data files are.

Read from the environment each time they are asked for (no import-time
state), so tests and the web app can change them per call:

- ``COMMUNIQUE_DATABASE_URL``: SQLAlchemy URL of the registry
  (default ``sqlite:///./communique.db``; PostgreSQL as
  ``postgresql+psycopg://user@host:5432/db``).
- ``COMMUNIQUE_DATA_DIR``: a folder of user data files (extra patterns,
  gazetteers); default ``./communique-data``. It need not exist.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DEFAULT_DATABASE_URL", "Settings", "get_settings", "database_url"]

DEFAULT_DATABASE_URL = "sqlite:///./communique.db"
DEFAULT_DATA_DIR = "./communique-data"


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_dir: Path


def database_url(explicit: str | None = None) -> str:
    """The URL to use: an explicit one, else the environment, else the default."""
    if explicit:
        return explicit
    return os.environ.get("COMMUNIQUE_DATABASE_URL") or DEFAULT_DATABASE_URL


def get_settings(*, database: str | None = None, data_dir: str | Path | None = None) -> Settings:
    """Current settings; explicit arguments win over the environment."""
    folder = data_dir or os.environ.get("COMMUNIQUE_DATA_DIR") or DEFAULT_DATA_DIR
    return Settings(database_url=database_url(database), data_dir=Path(folder))
