"""Component ``claimgraph_entities``: the final entity spans of a doc.

Takes the candidates of ``claimgraph_lexicon`` and ``claimgraph_name_patterns``
and decides:

1. generic phrases (``lexicons/generic.txt``) are dropped;
2. overlaps are resolved: the longest span wins, then the stronger evidence
   (lexicon before context cues before bare shapes);
3. a name found once by a context cue (title, "we propose", "termed") is
   also an entity wherever else the same words occur;
4. abbreviations (``doc._.abbreviations``) tie short and long form together:
   both get the type of whichever is known (lexicon or context), an unknown
   pair is typed from the long form's head word, and every later occurrence of
   the short form becomes a mention of the same type.

The result is ``doc.spans["entities"]`` (``label_`` = type, ``kb_id_`` =
lexicon canonical name or ``""``, ``id_`` = evidence).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimgraph.extract.entities.lexicon_matcher import CANDIDATES
from claimgraph.extract.entities.name_cues import NameCues, name_cues
from claimgraph.extract.entities.name_shapes import compound_start, glued_extent, is_coined
from claimgraph.extract.lexicons import load_lexicon
from claimgraph.extract.pipeline.token_table import table

ENTITIES = "entities"
EVIDENCE_RANK = {
    "lexicon": 0,
    "lexicon-variant": 0,
    "abbreviation": 1,
    "title": 2,
    "propose": 2,
    "naming": 2,
    "dataset-head": 3,
    "head-name": 3,
    "model-shape": 3,
    "compare": 4,
    "task-phrase": 5,
    "repeat": 6,
}
_ADJECTIVE_ENDINGS = ("ed", "al", "ive", "ous", "ic", "able", "ible", "ent", "ant", "ar")
_HEAD_TYPES = (("dataset_heads", "Dataset"), ("model_heads", "Model"), ("metric_heads", "Metric"))


def resolve_overlaps(spans: list[Span]) -> list[Span]:
    """Keep non-overlapping spans: longest first, then strongest evidence, then earliest."""
    ranked = sorted(spans, key=lambda s: (-(s.end - s.start), EVIDENCE_RANK.get(s.id_, 9), s.start))
    taken: set[int] = set()
    kept = []
    for span in ranked:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _drop_weak_overlaps(spans: list[Span]) -> list[Span]:
    """Drop task-phrase guesses that overlap a lexicon name: the lexicon's extent wins."""
    known = set()
    for span in spans:
        if span.id_.startswith("lexicon"):
            known.update(range(span.start, span.end))
    return [s for s in spans if s.id_ != "task-phrase" or not known.intersection(range(s.start, s.end))]


#: Cues that find a name once, by its context; later uses of the name have no cue.
_CONTEXT_CUES = frozenset({"title", "propose", "naming", "head-name", "compare", "dataset-head", "model-shape"})


def _repeated_mentions(doc: Doc, spans: list[Span]) -> list[Span]:
    """Every other occurrence of a name that a context cue found once ("Cappy: ..." then "Cappy outperforms")."""
    texts = table(doc).text
    added: list[Span] = []
    seen: set[tuple[str, ...]] = set()
    for span in spans:
        if span.id_ not in _CONTEXT_CUES:
            continue
        words = tuple(texts[span.start : span.end])
        if words in seen or not words[0][:1].isupper():
            continue
        seen.add(words)
        size = len(words)
        for start in range(len(texts) - size + 1):
            if texts[start] == words[0] and tuple(texts[start : start + size]) == words and start != span.start:
                repeat = Span(doc, start, start + size, label=span.label_, kb_id=span.kb_id_)
                repeat.id_ = "repeat"
                added.append(repeat)
    return added


def long_form_type(long_form: Span, short_text: str, cues: NameCues) -> str | None:
    """Type of an abbreviation pair nobody knows, from the long form's last word (pure).

    Dataset, Model and Metric head words give their type; a lowercase long form
    ending in a task word is a Task; a method head word ("Training",
    "prompting") or any other noun phrase is a Method. A single hyphenated
    compound ("out-of-distribution (OOD)", "key-value (KV)") or a phrase ending
    in an adjective ("independent and identically distributed (IID)") is no
    entity.
    """
    if short_text in cues.acronym_stoplist:
        return None
    words = [t.text for t in long_form if t.text != "-"]
    if not words:
        return None
    head = words[-1]
    for attribute, label in _HEAD_TYPES:
        if head.lower() in {word.lower() for word in getattr(cues, attribute)}:
            return label
    if long_form.text.islower() and head.lower() in cues.task_phrase_heads:
        return "Task"
    if " " not in long_form.text.strip() or head.lower().endswith(_ADJECTIVE_ENDINGS):
        return None
    return "Method"


class EntityDecider:
    """Choose the final entity spans from all candidates."""

    def __init__(self, generic: frozenset[str], cues: NameCues):
        self.generic = generic
        self.cues = cues

    def is_generic(self, span: Span) -> bool:
        """A generic phrase; a lexicon name counts only when written in lowercase ("quality", not "QuALITY")."""
        if span.id_.startswith("lexicon") and span.text != span.text.lower():
            return False
        text = " ".join(span.text.lower().split())
        return text in self.generic or (text.endswith("s") and text[:-1] in self.generic)

    def __call__(self, doc: Doc) -> Doc:
        candidates = [self._grow(doc, s) for s in doc.spans.get(CANDIDATES, []) if not self.is_generic(s)]
        candidates = _drop_weak_overlaps(candidates)
        pairs = doc._.abbreviations if Doc.has_extension("abbreviations") else None
        if pairs:
            candidates.extend(self._abbreviation_spans(doc, pairs, candidates))
        decided = resolve_overlaps(candidates)
        repeats = _repeated_mentions(doc, decided)
        doc.spans[ENTITIES] = resolve_overlaps(decided + repeats) if repeats else decided
        return doc

    def _grow(self, doc: Doc, span: Span) -> Span:
        """Grow names over glued parts (Model, Dataset) and tasks over hyphen compounds."""
        if span.label_ in ("Model", "Dataset"):
            start, end = glued_extent(doc, span.start, span.end, self.cues)
            if end < len(doc) and self.cues.version.match(table(doc).text[end]) and not doc[end].is_sent_start:
                end += 1  # "Natural Instructions V2", "SQuAD v1.1"
        elif span.label_ == "Task" and (span.text.islower() or span.text.isupper()):
            start, end = compound_start(doc, span.start), span.end
        else:
            return span
        if (start, end) == (span.start, span.end):
            return span
        grown = Span(doc, start, end, label=span.label_, kb_id=span.kb_id_)
        grown.id_ = "lexicon-variant" if span.id_ == "lexicon" else span.id_
        return grown

    def _abbreviation_spans(self, doc: Doc, pairs, candidates: list[Span]) -> list[Span]:
        by_end = {}
        by_range = {}
        for span in candidates:
            by_end.setdefault(span.end, []).append(span)
            by_range[(span.start, span.end)] = span
        added: list[Span] = []
        for long_form, short_form in pairs:
            if self.is_generic(long_form) or self.is_generic(short_form):
                continue
            known = by_range.get((short_form.start, short_form.end))
            inner = [s for s in by_end.get(long_form.end, []) if s.start >= long_form.start]
            label = kb_id = None
            if known is not None:
                label, kb_id = known.label_, known.kb_id_
            elif inner:
                best = min(inner, key=lambda s: s.start)
                label, kb_id = best.label_, best.kb_id_ if best.start == long_form.start else ""
            else:
                label = long_form_type(long_form, short_form.text, self.cues)
            if label is None or not (is_coined(short_form.text) or short_form.text.isupper()):
                continue
            for start, end in [(long_form.start, long_form.end)] + self._occurrences(doc, short_form.text):
                span = Span(doc, start, end, label=label, kb_id=kb_id or "")
                span.id_ = "abbreviation"
                added.append(span)
        return added

    @staticmethod
    def _occurrences(doc: Doc, text: str) -> list[tuple[int, int]]:
        """Token ranges where the short form ``text`` (or its plural) occurs."""
        plurals = {text, text + "s", text + "'s"}
        return [(i, i + 1) for i, token_text in enumerate(table(doc).text) if token_text in plurals]


@Language.factory("claimgraph_entities", default_config={"directory": None})
def make_entities(nlp: Language, name: str, directory: str | None) -> EntityDecider:
    """Build the entity decision component."""
    return EntityDecider(load_lexicon(directory).generic, name_cues())
