"""Cue lists: the words and shapes the extraction rules look for, as data files.

Each JSON file in this folder belongs to one kind of rule (``names.json`` to
name recognition, ``claims.json`` to claims, ...). :func:`load_cues` reads a
file into the frozen dataclass its rules declare, the same way for every file:
each key of the file is a field of the dataclass (``_doc`` documents the file
and is skipped), a JSON list becomes a ``frozenset`` or a ``tuple``, a string
annotated ``re.Pattern`` is compiled, and anything else is kept as it is.
A missing or unknown key is a :class:`~claimgraph.errors.ConfigError`.
No key appears in two files (a test checks it).

Examples
--------
>>> from claimgraph.extract.cues import cue_files, read_cue_file
>>> "names.json" in cue_files()
True
>>> sorted(read_cue_file("authors.json"))[:2]
['_doc', 'author_nouns']
"""

from __future__ import annotations

import dataclasses
import json
import re
import typing
from functools import cache
from importlib import resources
from typing import Any, TypeVar

from claimgraph.errors import ConfigError

T = TypeVar("T")

#: The key that documents a cue file; never a field.
DOC_KEY = "_doc"


def cue_files() -> list[str]:
    """The names of the packaged cue files, sorted."""
    return sorted(p.name for p in resources.files(__name__).iterdir() if p.name.endswith(".json"))


def read_cue_file(name: str) -> dict[str, Any]:
    """The raw JSON object of the packaged cue file ``name``."""
    return json.loads((resources.files(__name__) / name).read_text(encoding="utf-8"))


def _convert(value: Any, hint: Any) -> Any:
    origin = typing.get_origin(hint) or hint
    if origin is frozenset:
        return frozenset(value)
    if origin is tuple:
        return tuple(value)
    if origin is re.Pattern:
        return re.compile(value)
    return value


@cache
def load_cues(cls: type[T], name: str) -> T:
    """Read the cue file ``name`` into the frozen dataclass ``cls`` (once per process)."""
    raw = read_cue_file(name)
    hints = typing.get_type_hints(cls)
    fields = {f.name for f in dataclasses.fields(cls) if f.init}
    keys = set(raw) - {DOC_KEY}
    if keys != fields:
        missing, unknown = sorted(fields - keys), sorted(keys - fields)
        raise ConfigError(f"cue file {name}: missing keys {missing}, unknown keys {unknown} for {cls.__name__}")
    return cls(**{key: _convert(raw[key], hints[key]) for key in fields})


@dataclasses.dataclass(frozen=True, slots=True)
class AuthorCues:
    """``authors.json``: the one list each of propose verbs and author words, shared by all rules."""

    propose_verbs: frozenset[str]
    author_words: frozenset[str]
    author_nouns: frozenset[str]
    propose_gap_stops: frozenset[str]
    kind_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    training_verbs: frozenset[str]
    study_nouns: frozenset[str]
    name_closers: frozenset[str]
    name_modifiers: frozenset[str]
    title_openers: frozenset[str]


def author_cues() -> AuthorCues:
    """The packaged ``authors.json``."""
    return load_cues(AuthorCues, "authors.json")
