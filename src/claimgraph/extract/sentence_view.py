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

_JOINERS = frozenset({"-", "/", "–"})
ENTITIES = "entities"
QUANTITIES = "quantities"


@dataclass(frozen=True, slots=True)
class Located:
    """A span with the indices of its first and last word in the sentence."""

    span: Span
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class SentenceView:
    """Words of one sentence plus its entities and quantities (see module doc)."""

    sentence: Span
    index: int
    words: tuple[str, ...]
    starts: tuple[int, ...]
    entities: tuple[Located, ...]
    quantities: tuple[Located, ...]

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


def split_words(sentence: Span) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Lower-cased words of a sentence and the doc index of each word's first token."""
    words: list[str] = []
    starts: list[int] = []
    glue = False
    previous_space = True
    for token in sentence:
        text = token.lower_
        if words and not previous_space and (glue or text in _JOINERS) and text.strip():
            words[-1] += text
            glue = text in _JOINERS
        else:
            words.append(text)
            starts.append(token.i)
            glue = False
        previous_space = bool(token.whitespace_)
    return tuple(words), tuple(starts)


def sentence_views(doc: Doc) -> list[SentenceView]:
    """Build one :class:`SentenceView` per sentence of ``doc`` (one pass each)."""
    entities = sorted(doc.spans[ENTITIES], key=lambda s: s.start) if ENTITIES in doc.spans else []
    quantities = sorted(doc.spans[QUANTITIES], key=lambda s: s.start) if QUANTITIES in doc.spans else []
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    views = []
    e = q = 0
    for index, sentence in enumerate(sentences):
        words, starts = split_words(sentence)
        view = SentenceView(sentence, index, words, starts, (), ())
        located_entities = []
        while e < len(entities) and entities[e].start < sentence.end:
            span = entities[e]
            if span.start >= sentence.start:
                located_entities.append(Located(span, view.word_of(span.start), view.word_of(span.end - 1)))
            e += 1
        located_quantities = []
        while q < len(quantities) and quantities[q].start < sentence.end:
            span = quantities[q]
            if span.start >= sentence.start:
                located_quantities.append(Located(span, view.word_of(span.start), view.word_of(span.end - 1)))
            q += 1
        views.append(
            SentenceView(sentence, index, words, starts, tuple(located_entities), tuple(located_quantities))
        )
    return views
