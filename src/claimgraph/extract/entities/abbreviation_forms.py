"""The forms a paper's own abbreviation definitions give a name, looked up by text.

``doc._.abbreviations`` holds the ``(long form, short form)`` span pairs the
paper defines (:mod:`.abbreviations`). Readers that ask "what else does the
paper call this name?" ask it here, one way: a name matches a form when both
are equal in lower case with hyphens read as spaces ("In-Context Learning" =
"in context learning"), and the answer keeps the forms as written.

>>> import spacy
>>> from claimgraph.extract.entities.abbreviations import find_abbreviations
>>> nlp = spacy.blank("en")
>>> doc = nlp("We propose Sparse Token Routing (STR). STR is fast.")
>>> doc._.abbreviations = find_abbreviations(doc)
>>> short_forms(doc, "sparse token routing"), long_forms(doc, "STR")
(('STR',), ('Sparse Token Routing',))
>>> sorted(defined_short_forms(doc)), is_defined_form(doc, "Sparse Token-Routing")
(['STR'], True)
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers doc._.abbreviations)

__all__ = ["form_key", "long_forms", "short_forms", "other_forms", "defined_short_forms", "is_defined_form"]

#: ``doc.user_data`` key of the cached index, with the pair list it was built from.
_INDEX = "cg_abbreviation_forms"
_NO_PAIRS: tuple = ()


def form_key(name: str) -> str:
    """A name's comparison key: lower case, hyphens as spaces, single spaces."""
    return " ".join(name.lower().replace("-", " ").split())


@dataclass(frozen=True)
class _Forms:
    longs: dict[str, tuple[str, ...]]  # short form key -> its long forms, in text order
    shorts: dict[str, tuple[str, ...]]  # long form key -> its short forms, in text order
    short_texts: frozenset[str]


def _index(doc: Doc) -> _Forms:
    """The index of ``doc._.abbreviations``, rebuilt when a later component replaced the pair list."""
    pairs = doc._.abbreviations or _NO_PAIRS  # one object for every empty list: a doc without pairs keeps its index
    cached = doc.user_data.get(_INDEX)
    if cached is not None and cached[0] is pairs and cached[1] == len(pairs):
        return cached[2]
    longs: dict[str, list[str]] = {}
    shorts: dict[str, list[str]] = {}
    for long_form, short_form in pairs:
        longs.setdefault(form_key(short_form.text), []).append(long_form.text)
        shorts.setdefault(form_key(long_form.text), []).append(short_form.text)
    forms = _Forms(
        longs={key: tuple(dict.fromkeys(texts)) for key, texts in longs.items()},
        shorts={key: tuple(dict.fromkeys(texts)) for key, texts in shorts.items()},
        short_texts=frozenset(short_form.text for _, short_form in pairs),
    )
    doc.user_data[_INDEX] = (pairs, len(pairs), forms)
    return forms


def long_forms(doc: Doc, name: str) -> tuple[str, ...]:
    """The long forms the paper defines for ``name`` as a short form ("STR" -> "Sparse Token Routing")."""
    return _index(doc).longs.get(form_key(name), ())


def short_forms(doc: Doc, name: str) -> tuple[str, ...]:
    """The short forms the paper defines for ``name`` as a long form ("Sparse Token Routing" -> "STR")."""
    return _index(doc).shorts.get(form_key(name), ())


def other_forms(doc: Doc, name: str) -> tuple[str, ...]:
    """The paper's other forms of ``name``, either way round: its short forms, then its long forms."""
    return short_forms(doc, name) + long_forms(doc, name)


def defined_short_forms(doc: Doc) -> frozenset[str]:
    """Every short form the paper defines, as written."""
    return _index(doc).short_texts


def is_defined_form(doc: Doc, name: str) -> bool:
    """Whether ``name`` is a long or a short form the paper defines."""
    forms = _index(doc)
    key = form_key(name)
    return key in forms.longs or key in forms.shorts
