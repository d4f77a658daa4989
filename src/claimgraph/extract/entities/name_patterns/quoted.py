"""Names in quotes or in LaTeX text markup after a propose or naming word ("we introduce
\\emph{Gaussian-shaped convolution}"), and markup that cuts a name inside a word ("\\textbf{Light}weight")."""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns.tokens import OPEN_QUOTES
from claimgraph.extract.entities.name_shapes import is_capitalised, is_coined

_CLOSE_QUOTES = frozenset({'"', "”"})
_INNER_PUNCTUATION = frozenset({",", ".", ";", ":"})


def quoted_name(doc: Doc, index: int, limit: int, cues: NameCues) -> tuple[int, int] | None:
    """``(start, end)`` of a quoted name after a propose or naming word ("we present "I am a Strange
    Dataset", a ...", "we introduce the "Misery Game Show", a ..."), or of one in LaTeX text markup
    ("we introduce \\emph{Gaussian-shaped convolution} with ...": the braces hold the whole name).

    Articles and adjectives before the opening quote are skipped and are no
    part of the name; the quote holds at most eight words in one sentence,
    the first capitalised or coined.
    """
    skip = cues.skip_after_propose_verb
    while index < limit and doc[index].lower_ in skip:
        index += 1
    if index + 2 >= len(doc):
        return None
    markup = doc[index].text != "}" and bool(cues.markup.match(doc[index].text))
    if doc[index].text not in OPEN_QUOTES and not markup:
        return None
    first = doc[index + 1]
    if not (is_capitalised(first) or is_coined(first.text)) or first.is_sent_start:
        return None
    closers = {"}"} if markup else _CLOSE_QUOTES
    for close in range(index + 2, min(len(doc), index + 10)):
        if doc[close].is_sent_start:
            return None
        if markup and doc[close].text == "(":
            close_paren = close  # "\\textbf{Adaptive Group Swapping (AGSwap)}": the name ends before its short form
            if close_paren > index + 1 and _markup_closes(doc, close_paren):
                return _marked_name(doc, index + 1, close_paren, cues)
            return None
        if doc[close].text in closers:
            if markup and cut_by_markup(doc, close, cues):
                return None  # "\\textbf{G}lacial": the markup spells a piece of a word
            end = _before_inner_punctuation(doc, index + 1, close)
            return _marked_name(doc, index + 1, end, cues) if markup else (index + 1, end)
    return None


def _before_inner_punctuation(doc: Doc, start: int, end: int) -> int:
    """The end of a quoted name without the punctuation that American style puts inside the quotes
    ("we propose "HIDE," a framework ...": the name is HIDE)."""
    while end - 1 > start and doc[end - 1].text in _INNER_PUNCTUATION:
        end -= 1
    return end


def _markup_closes(doc: Doc, paren: int) -> bool:
    """Whether the parenthesis at ``paren`` holds a short form right before the markup's closing brace."""
    for j in range(paren + 1, min(len(doc), paren + 6)):
        if doc[j].text == ")":
            return j + 1 < len(doc) and doc[j + 1].text == "}"
    return False


def _marked_name(doc: Doc, start: int, end: int, cues: NameCues) -> tuple[int, int] | None:
    """``(start, end)`` of a name in text markup, or None for a description in bold ("we propose an
    \\textbf{Agent-side Approach}"): plain words that end in a kind word (``head_before_words``)."""
    words = doc[start:end]
    if words[-1].lower_ in cues.head_before_words and not any(is_coined(t.text) for t in words):
        return None
    return start, end


def cut_by_markup(doc: Doc, end: int, cues: NameCues) -> bool:
    """Whether markup glued to a word follows the name ending at ``end``.

    "\\textbf{Light}weight", "\\textbf{G}}eography": the name is a piece of a word.
    """
    if doc[end - 1].whitespace_:
        return False
    index = end
    while index < len(doc) and cues.markup.match(doc[index].text) and not doc[index].whitespace_:
        index += 1
    return index > end and index < len(doc) and doc[index].text[:1].isalnum()
