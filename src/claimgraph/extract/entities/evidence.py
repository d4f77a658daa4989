"""``Span._.evidence``: which rule found an entity candidate ("lexicon", "title", "head-name", ...).

spaCy keeps a span extension's value in ``doc.user_data`` under the span's
character offsets, so two candidates over the same text would share one value.
Here the key also holds the span's label and knowledge-base id: candidates of
different types or lexicon entries over the same text keep their own evidence,
and identical candidates share the strongest (:data:`EVIDENCE_RANK`).

Examples
--------
>>> import spacy
>>> from spacy.tokens import Span
>>> doc = spacy.blank("en")("We fine-tune LLaMA")
>>> span = Span(doc, 3, 4, label="Model")
>>> span._.evidence = "lexicon"
>>> Span(doc, 3, 4, label="Model")._.evidence, Span(doc, 3, 4, label="Method")._.evidence
('lexicon', '')
"""

from __future__ import annotations

from spacy.tokens import Span

_KEY = "cg_evidence"

#: How strongly each rule supports a candidate (lower is stronger).
EVIDENCE_RANK: dict[str, int] = {
    "lexicon": 0,
    "lexicon-variant": 0,
    "abbreviation": 1,
    "title": 2,
    "propose": 2,
    "naming": 2,
    "dataset-head": 3,
    "head-name": 3,
    "model-shape": 3,
    "model-verb": 3,
    "compare": 4,
    "subject-name": 4,
    "list": 5,
    "task-phrase": 5,
    "capitalised-run": 5,
    "metric-phrase": 5,
    "repeat": 6,
    "coined": 6,
}


def _key(span: Span) -> tuple[int, int, int, int]:
    return span.start_char, span.end_char, span.label, span.kb_id


def get_evidence(span: Span) -> str:
    """The rule that found ``span`` ("" when none set it)."""
    found = span.doc.user_data.get(_KEY)
    return found.get(_key(span), "") if found else ""


def set_evidence(span: Span, evidence: str) -> None:
    """Record the rule that found ``span``, unless an identical candidate has stronger evidence."""
    found = span.doc.user_data.setdefault(_KEY, {})
    key = _key(span)
    if key not in found or EVIDENCE_RANK.get(evidence, 9) < EVIDENCE_RANK.get(found[key], 9):
        found[key] = evidence


if not Span.has_extension("evidence"):
    Span.set_extension("evidence", getter=get_evidence, setter=set_evidence)
