"""Appositions that say what the name before them is.

", a/an ..." after a name is an is-a apposition ("the GMU, a simple yet effective mechanism"): the
words after the article say what kind of thing the name is, so the readers do not take them for another
argument. :func:`opens_apposition` finds where one opens and :func:`apposed_kind` whether it names one of
the given kinds within a few words.
"""

from __future__ import annotations

from spacy.tokens import Doc


def opens_apposition(doc: Doc, at: int) -> bool:
    """Whether ", a"/", an" stands at token ``at``: an apposition says what the name before it is."""
    return at + 1 < len(doc) and doc[at].text == "," and doc[at + 1].lower_ in ("a", "an")


def apposed_kind(doc: Doc, at: int, end: int, nouns: frozenset[str], width: int, stops: frozenset[str]) -> bool:
    """Whether ", a/an ..." at token ``at`` (tokens end at ``end``) says what the name before it
    is with one of ``nouns`` within ``width`` words after the article ("the GMU, a simple yet
    effective mechanism", "(CS2), a module enabling ..."); punctuation or a word of ``stops``
    ends the search first."""
    if at + 1 >= end or not opens_apposition(doc, at):
        return False
    for token in doc[at + 2 : min(end, at + 2 + width)]:
        if token.is_punct or token.lower_ in stops:
            return False
        if token.lower_ in nouns:
            return True
    return False
