"""Attributes kept where CPython reads them fastest: a cached property and an unpickling hook that never
write into an object's `__dict__`.

CPython 3.11 keeps a constructed object's attributes inline; once its `__dict__` is asked for (as
`functools.cached_property` and pickle's default unpickling do), every later attribute read of that
object takes a slower path (about three times slower for a frame or a catalog row). Setting each
attribute with `object.__setattr__` (frozen dataclasses included) keeps them inline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Cached(Generic[T]):
    """`functools.cached_property` for frozen classes: computed on first read, then set as an attribute,
    which is found before this descriptor from then on."""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.name = compute.__name__

    def __get__(self, obj: object, owner: type | None = None) -> T:
        value = self.compute(obj)
        object.__setattr__(obj, self.name, value)
        return value


def set_state(obj: object, state: dict[str, Any]) -> None:
    """`__setstate__` for the classes the compiled cache keeps (`bot.core.catalog.cache`): each attribute
    set on its own, so an unpickled object reads as fast as a constructed one."""
    for name, value in state.items():
        object.__setattr__(obj, name, value)
