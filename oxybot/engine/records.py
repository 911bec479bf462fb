"""Small value classes for the engine.

The standard library's dataclasses cost tens of milliseconds at import (inspect, ast, code generation
per class) and `oxybot ask` must start fast, so the engine's records use this slotted base instead.
Declare ``__slots__`` (the fields, in order) and ``_defaults`` (field -> default; a list or dict
default is copied per instance).
"""

from __future__ import annotations


class Record:
    __slots__ = ()
    _defaults: dict = {}

    def __init__(self, *args, **kwargs):
        names = self.__slots__
        if len(args) > len(names):
            raise TypeError(f"{type(self).__name__} takes at most {len(names)} arguments")
        values = dict(zip(names, args))
        for key, value in kwargs.items():
            if key not in names:
                raise TypeError(f"{type(self).__name__} has no field {key!r}")
            if key in values:
                raise TypeError(f"{type(self).__name__} got {key!r} twice")
            values[key] = value
        for name in names:
            if name in values:
                object.__setattr__(self, name, values[name])
            elif name in self._defaults:
                default = self._defaults[name]
                object.__setattr__(self, name, default.copy() if isinstance(default, (list, dict, set)) else default)
            else:
                raise TypeError(f"{type(self).__name__} is missing {name!r}")

    def __repr__(self) -> str:
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None  # mutable, like a dataclass without frozen=True

    def replace(self, **changes):
        """A copy with some fields changed (like dataclasses.replace)."""
        values = {n: getattr(self, n) for n in self.__slots__}
        values.update(changes)
        return type(self)(**values)

    def to_dict(self) -> dict:
        return {n: _plain(getattr(self, n)) for n in self.__slots__}


def _plain(value):
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
