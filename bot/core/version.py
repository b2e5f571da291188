"""sobot's version: the one place of it (pyproject.toml reads it; the knowledge cache is keyed on it)."""

__version__ = "0.1.0"
