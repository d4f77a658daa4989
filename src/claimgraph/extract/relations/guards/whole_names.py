"""Whether both arguments of a relation are whole names of two things.

:func:`whole_arguments` is the check every relation passes: neither argument is a fragment of a longer
name (:func:`~.name_fragments.fragment`) nor a generic class (:func:`~.class_mentions.generic_class`, also
through its long form in the paper, unless the paper proposes the name), and one is not the other's
abbreviation (:func:`self_alias`: "DVG, a Dynamic Video Generation framework"): a name never uses or beats
itself. A relation with such an argument is dropped: a missing fact costs less than a wrong one.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.relations.guards.class_mentions import generic_class, generic_class_text
from claimgraph.extract.relations.guards.name_fragments import fragment


def _initials(text: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", text) if w[:1].isalpha()).lower()


def self_alias(head: str, tail: str, long_forms: dict[str, str]) -> bool:
    """Whether one argument is the other's abbreviation: defined so in the paper
    (``long_forms``, lower-cased short -> long) or spelled by its initials ("DVG, a Dynamic
    Video Generation framework"): a name never uses or beats itself."""
    h, t = head.lower(), tail.lower()
    if long_forms.get(h, "").lower() == t or long_forms.get(t, "").lower() == h:
        return True
    for short, long in ((h, tail), (t, head)):
        letters = "".join(c for c in short if c.isalpha())
        if len(letters) >= 2 and " " not in short and len(long.split()) >= 2 and _initials(long) == letters:
            return True
    return False


def whole_arguments(
    head: Span,
    tail: Span,
    rc: RelationCues,
    entity_starts: frozenset[int],
    proposed: frozenset[str] = frozenset(),
    long_forms: dict[str, str] | None = None,
) -> bool:
    """Whether both arguments of a relation are whole names of one thing. A name the
    paper proposes (lower-cased in ``proposed``) may end in a class word ("Time Reversed
    Language Models"); an abbreviation is a class when its long form in the paper
    (``long_forms``, lower-cased short -> long) is ("VLAs" for "Vision-Language-Action models")."""
    if self_alias(head.text, tail.text, long_forms or {}):
        return False
    for span in (head, tail):
        if fragment(span, rc, entity_starts):
            return False
        key = span.text.lower()
        if key in proposed:
            continue
        if generic_class(span, rc) or long_forms and key in long_forms and generic_class_text(long_forms[key], rc):
            return False
    return True
