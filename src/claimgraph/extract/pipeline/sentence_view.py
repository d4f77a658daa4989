"""A cheap per-sentence view shared by the claims and relations components.

spaCy splits hyphenated words ("state-of-the-art" -> 7 tokens, "fine-tuned" ->
3 tokens). Cue lists are easier to write, and faster to look up, over *words*:
runs of tokens joined by hyphens or slashes without whitespace. A
:class:`SentenceView` holds the lower-cased words of one sentence, their token
boundaries, and the entity and quantity spans of the sentence located by word
index. It is built with one pass over the sentence's tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from claimgraph.extract.pipeline.token_table import doc_text, table

_JOINERS = frozenset({"-", "/", "–"})
ENTITIES = "entities"
QUANTITIES = "quantities"
_CACHE = "cg_sentence_views"
CONTEXT_CACHE = "cg_paper_context"
#: what ``uses`` reads from the whole paper once (relations/uses/own_method.py ``_paper_facts``)
PAPER_FACTS_CACHE = "cg_uses_paper_facts"


@dataclass(frozen=True, slots=True)
class Located:
    """A span with the indices of its first and last word in the sentence."""

    span: Span
    first: int
    last: int
    key: str = ""  # lower-cased text
    label: str = ""


@dataclass(frozen=True, slots=True)
class SentenceView:
    """Words of one sentence plus its entities and quantities (see module doc)."""

    sentence: Span
    index: int
    words: tuple[str, ...]
    starts: tuple[int, ...]
    entities: tuple[Located, ...]
    quantities: tuple[Located, ...]
    present: frozenset[str] = frozenset()

    def word_of(self, token_index: int) -> int:
        """The index of the word holding the token ``token_index`` (doc index)."""
        starts = self.starts
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= token_index:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def has_any(self, cues: frozenset[str], lo: int = 0, hi: int | None = None) -> bool:
        """Whether a word in ``words[lo:hi]`` is in ``cues``."""
        return any(w in cues for w in self.words[lo:hi])

    def find(self, cues: frozenset[str], lo: int = 0, hi: int | None = None) -> int:
        """Index of the first word of ``words[lo:hi]`` in ``cues``, or -1."""
        words = self.words
        for i in range(lo, len(words) if hi is None else min(hi, len(words))):
            if words[i] in cues:
                return i
        return -1


def written_word(view: SentenceView, j: int) -> str:
    """Word ``j`` of the view as the text writes it (all its tokens; ``view.words`` are lower-cased)."""
    doc = view.sentence.doc
    end = view.starts[j + 1] if j + 1 < len(view.starts) else view.sentence.end
    return doc[view.starts[j] : end].text


def cue_before(
    words: tuple[str, ...], index: int, cues: frozenset[str], stops: tuple[str, ...], reach: int | None = None
) -> bool:
    """Whether a word of ``cues`` stands before word ``index`` in its clause: within ``reach`` words
    (the whole sentence when ``None``), with no word of ``stops`` ("," ";" ":" ...) at or after it."""
    floor = -1 if reach is None else max(-1, index - 1 - reach)
    for j in range(index - 1, floor, -1):
        if words[j] in stops:
            return False
        if words[j] in cues:
            return True
    return False


def past_abbreviation(words: tuple[str, ...], at: int) -> int:
    """The word index after a parenthesised abbreviation "( X )" that starts at word ``at`` ("... Network (GAN)
    framework" gives the index of "framework"), or ``at`` when none starts there."""
    if at + 2 < len(words) and words[at] == "(" and words[at + 2] == ")":
        return at + 3
    return at


def _words(columns: tuple[list[str], list[bool]], start: int, end: int) -> tuple[tuple[str, ...], tuple[int, ...]]:
    texts, spaces = columns
    if _JOINERS.isdisjoint(texts[start:end]):
        return tuple(texts[start:end]), tuple(range(start, end))
    words: list[str] = []
    starts: list[int] = []
    glue = False
    previous_space = True
    for i in range(start, end):
        text = texts[i]
        if words and not previous_space and (glue or text in _JOINERS) and text.strip():
            words[-1] += text
            glue = text in _JOINERS
        else:
            words.append(text)
            starts.append(i)
            glue = False
        previous_space = bool(spaces[i])
    return tuple(words), tuple(starts)


def sentence_views(doc: Doc) -> list[SentenceView]:
    """Build one :class:`SentenceView` per sentence of ``doc`` (one pass each).

    The views are cached in ``doc.user_data`` for the components that follow
    (claims, then relations); they go with the doc.
    """
    cached = doc.user_data.get(_CACHE)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    entities = sorted(doc.spans[ENTITIES], key=lambda s: s.start) if ENTITIES in doc.spans else []
    quantities = sorted(doc.spans[QUANTITIES], key=lambda s: s.start) if QUANTITIES in doc.spans else []
    lower = doc_text(doc).lower()
    tokens = table(doc)  # built by claimgraph_sentences, or here for docs without it
    words_table, bounds = (tokens.lower, tokens.space), tokens.sentence_bounds
    views = []
    e = q = 0
    for index, (start, end) in enumerate(bounds):
        words, starts = _words(words_table, start, end)
        view = SentenceView(doc[start:end], index, words, starts, (), ())
        located_entities, e = _located_in(view, entities, e, start, end, lower)
        located_quantities, q = _located_in(view, quantities, q, start, end, lower)
        views.append(
            SentenceView(
                view.sentence,
                index,
                words,
                starts,
                tuple(located_entities),
                tuple(located_quantities),
                frozenset(words),
            )
        )
    doc.user_data[_CACHE] = (len(doc), views)
    return views


def _located_in(
    view: SentenceView, spans: list[Span], i: int, start: int, end: int, lower: str
) -> tuple[list[Located], int]:
    """Locate the spans from ``spans[i]`` on (sorted by start) that lie in tokens [start, end).

    Returns them and the index of the first span of a later sentence.
    """
    located = []
    while i < len(spans) and spans[i].start < end:
        if spans[i].start >= start:
            located.append(_locate(view, spans[i], lower))
        i += 1
    return located, i


def _locate(view: SentenceView, span: Span, lower: str) -> Located:
    return Located(
        span, view.word_of(span.start), view.word_of(span.end - 1), lower[span.start_char : span.end_char], span.label_
    )


def release_context(doc: Doc) -> None:
    """Drop the cached paper context and paper facts of ``doc``, keeping its sentence views."""
    for key in (CONTEXT_CACHE, PAPER_FACTS_CACHE):
        doc.user_data.pop(key, None)
