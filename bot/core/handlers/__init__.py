"""Handlers: an understood question in, an Answer out, from the catalog alone."""

from bot.core.handlers import platform, rows, scenario, talk, topic  # noqa: F401  (importing them registers the handlers)
from bot.core.handlers.base import REGISTRY, Request

__all__ = ["REGISTRY", "Request"]
