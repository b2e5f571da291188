"""Shared fixtures: the real catalog and engine, built once per session."""

from __future__ import annotations

import copy
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from bot.core.catalog.load import load_catalog
from bot.core.catalog.model import Catalog
from bot.core.engine import Engine
from bot.core.state import MemoryStore

ROOT = Path(__file__).resolve().parent.parent

# Property tests: a fixed seed and more examples in CI (CI is set there), quicker and varied locally.
settings.register_profile("ci", derandomize=True, database=None, max_examples=300, print_blob=True)
settings.register_profile("dev", max_examples=60)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The compiled knowledge cache of this test run, never the user's (subprocesses inherit it)."""
    folder = tmp_path_factory.mktemp("sobot-cache")
    previous = os.environ.get("SOBOT_CACHE_DIR")
    os.environ["SOBOT_CACHE_DIR"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("SOBOT_CACHE_DIR", None)
    else:
        os.environ["SOBOT_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The real data/ and intents/ of the repository."""
    return load_catalog(ROOT / "data", ROOT / "intents")


@pytest.fixture(scope="session")
def engine(catalog: Catalog) -> Engine:
    """One engine on the real catalog; tests that use threads give them unique names."""
    return Engine(catalog)


@pytest.fixture
def fresh_engine(engine: Engine) -> Engine:
    """The session engine's matcher with an empty conversation store of its own."""
    clone = copy.copy(engine)
    clone.store = MemoryStore()
    return clone
