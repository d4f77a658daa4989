"""A plain-Python table of a doc's tokens, built once per doc.

Creating spaCy ``Token`` objects in Python loops costs about a microsecond
each; every component that scans all tokens would pay it again. The first
component (``claimgraph_sentences``) builds a :class:`TokenTable` from one
``Doc.to_array`` call and stores it in ``doc.user_data["cg_tokens"]``; later
components read strings and offsets from it and touch ``Token``/``Span``
objects only where something was found.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, LENGTH, SPACY
from spacy.tokens import Doc, Span

TABLE = "cg_tokens"
TEXT = "cg_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached: spaCy rebuilds ``Doc.text`` from every token on each access."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, sliced from the cached doc text: spaCy joins the span's tokens on each access."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def tokens_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` for ``0 <= start``, sliced from the cached doc text without making the span."""
    tokens = table(doc)
    end = min(end, len(tokens))
    if start >= end:
        return ""
    return doc_text(doc)[tokens.idx[start] : tokens.idx[end - 1] + len(tokens.text[end - 1])]


@dataclass(frozen=True, slots=True)
class TokenTable:
    """Token texts, lowercase texts, trailing-space flags and character offsets."""

    text: list[str]
    lower: list[str]
    space: list[bool]
    idx: list[int]
    sentence_of: list[int]
    sentence_bounds: list[tuple[int, int]]

    def __len__(self) -> int:
        return len(self.text)

    def sentence_end(self, index: int) -> int:
        """The token index where the sentence holding ``index`` ends."""
        return self.sentence_bounds[self.sentence_of[index]][1]

    def sentence_start(self, index: int) -> int:
        """The token index where the sentence holding ``index`` starts."""
        return self.sentence_bounds[self.sentence_of[index]][0]

    def starts_sentence(self, index: int) -> bool:
        """Whether token ``index`` starts its sentence (``Token.is_sent_start``, without making the token)."""
        return self.sentence_start(index) == index


def base_table(doc: Doc) -> tuple[list[str], list[bool], list[int]]:
    """Texts, trailing-space flags and offsets of every token, from one array call."""
    if not len(doc):
        return [], [], []
    # one list per column: a list per token (``.tolist()`` of the 2-D array) costs several times more
    idx, length, space = doc.to_array([IDX, LENGTH, SPACY]).T.tolist()
    text = doc_text(doc)
    return [text[i : i + n] for i, n in zip(idx, length, strict=True)], [bool(s) for s in space], idx


def make_table(texts: list[str], space: list[bool], idx: list[int], starts: list[bool]) -> TokenTable:
    """Build the table from token data and sentence-start flags."""
    bounds: list[tuple[int, int]] = []
    sentence_of: list[int] = []
    for position, start in enumerate(starts):
        if start or not bounds:
            if bounds:
                bounds[-1] = (bounds[-1][0], position)
            bounds.append((position, len(starts)))
        sentence_of.append(len(bounds) - 1)
    return TokenTable(texts, [t.lower() for t in texts], space, idx, sentence_of, bounds)


def table(doc: Doc) -> TokenTable:
    """The doc's table (built here if no component built it yet)."""
    found = doc.user_data.get(TABLE)
    if found is None or len(found.text) != len(doc):
        texts, space, idx = base_table(doc)
        starts = (
            [bool(t.is_sent_start) for t in doc]
            if doc.has_annotation("SENT_START")
            else [i == 0 for i in range(len(doc))]
        )
        found = make_table(texts, space, idx, starts)
        doc.user_data[TABLE] = found
    return found
