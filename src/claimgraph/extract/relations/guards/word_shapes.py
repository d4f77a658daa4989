"""The shapes of words and sentences the name guards read: a capitalised word of letters and hyphens
that is not an acronym (:func:`titled`: "Cascade", "Multi-scale"), an all-capitals code of two capitals
or more (:func:`all_capitals_code`: "RSNA", "SIIM-ACR") and a sentence whose words are mostly capitalised,
a title or a heading (:func:`title_like`), where capitalised words say nothing about where a name ends."""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimgraph.extract.pipeline.token_table import table

#: An all-capitals code ("ECARE KRE", "PUP 3D-GS", "SIIM-ACR"): capitals and digits, then hyphenated parts.
_CODE = re.compile(r"[0-9A-Z][0-9A-Z]*(-[0-9A-Za-z]+)*")


def all_capitals_code(word: str) -> bool:
    """An all-capitals code of two capitals or more ("RSNA", "SIIM-ACR"), not a number."""
    return bool(_CODE.fullmatch(word)) and sum(c.isupper() for c in word) >= 2


def titled(word: str) -> bool:
    """A capitalised word of letters and hyphens, not an acronym ("Cascade", "Multi-scale")."""
    return word[:1].isupper() and word.replace("-", "").isalpha() and not word.isupper()


def title_like(sentence: Span) -> bool:
    """Whether most words (over 70%) of the sentence are capitalised (a title, a heading)."""
    words = [w for w in table(sentence.doc).text[sentence.start : sentence.end] if w.isalpha()]  # Token.is_alpha
    return not words or 10 * sum(w[:1].isupper() for w in words) > 7 * len(words)
