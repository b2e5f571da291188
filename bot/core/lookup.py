"""Rows by name: a row named exactly, by an alias, or with a typo; and the closest names when none fits."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from bot.core.catalog.model import Catalog
from bot.core.model import Item
from bot.core.understand.text import compact

ACCEPT = 86  # close enough to be the row ("sentry plugin", "datahandler", "custum screens")
CLOSEST = 50  # close enough to be offered as "did you mean"


def _names(catalog: Catalog) -> dict[str, str]:
    """Every name and alias, compacted, mapped to its row's name."""
    return {compact(alias): item.name for item in catalog.items for alias in (item.name, *item.aliases)}


def find_row(catalog: Catalog, name: str) -> Item | None:
    """The row `name` means, by exact name, alias or a near spelling; None when nothing is close."""
    names = _names(catalog)
    key = compact(name)
    if key in names:
        return catalog.item(names[key])
    found = process.extractOne(key, list(names), scorer=fuzz.ratio, score_cutoff=ACCEPT)
    return catalog.item(names[found[0]]) if found else None


def closest_rows(catalog: Catalog, name: str, limit: int = 3) -> list[str]:
    """Row names that look most like `name`, best first (for "did you mean")."""
    names = _names(catalog)
    found = process.extract(compact(name), list(names), scorer=fuzz.WRatio, score_cutoff=CLOSEST, limit=limit * 4)
    return list(dict.fromkeys(names[key] for key, _, _ in found))[:limit]
