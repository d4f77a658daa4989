"""Arguments that describe something rather than name it.

A relation read for "our method" or "it" must not put a description in a table as the head: a proposal
only described in several lower-case words (:func:`unnamed_description`: "a weighted convolution
operator") has no name to show. An argument that runs on into a phrase, a setting preposition followed
only by lower-case words (:func:`phrase_argument`: "AutoML frameworks in task completion rate"), is not
a name either.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimgraph.extract.pipeline.token_table import doc_text, span_text
from claimgraph.extract.relations.guards.reading_cue_words import ReadingCues


def unnamed_description(span: Span) -> bool:
    """Whether a proposal is only described, not named: several lowercase words without a digit,
    never given an abbreviation nor written capitalised in the paper ("a weighted convolution
    operator", "an iterative ensemble strategy"; not "frequency-decoupled guidance (FDG)", "cluster
    paths" of a title "Cluster Paths: ...", "MaskSem", "Lite-7B"). A relation
    read for "our method" or "it" must not put such a description in a table as the head."""
    text = span_text(span)
    if " " not in text or text != text.lower() or any(c.isdigit() for c in text):
        return False
    written = re.finditer(f"(?i:{re.escape(text)})" + r"(\s*\(\s*[A-Za-z-]*[A-Z])?", doc_text(span.doc))
    return not any(m.group(1) or m.group(0)[1:] != text[1:] for m in written)  # not a sentence-initial capital


def phrase_argument(span: Span, reading: ReadingCues) -> bool:
    """Whether an argument is a phrase rather than a name: a setting preposition inside it followed
    only by lower-case words ("AutoML frameworks in task completion rate and model performance",
    "substitution across diverse architectures"); "Segment Anything in High Quality" is a name."""
    words = span_text(span).split()
    return any(
        w in reading.setting_preps and not any(c.isupper() for c in " ".join(words[i:]))
        for i, w in enumerate(words[1:-1], 1)
    )
