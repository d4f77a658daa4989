"""Component ``claimgraph_sentences``: rule-based sentence boundaries.

A paper is processed as one doc, ``title + " " + abstract``; the first token of
the abstract always starts a sentence (``doc.user_data["cg_title_end"]`` holds
the character offset where the title ends). Inside the text a sentence ends
after ``.``, ``!`` or ``?`` (and any closing quotes or brackets after them),
except:

- before a lowercase word, a comma or a semicolon (closing quotes and
  brackets skipped: '"Why?" but also', "(i.i.d.) training");
- after "et al.", "Fig." and similar (``sentence_abbreviations`` of
  ``cues/numbers.json``) followed by a lowercase word or a number;
- after "e.g.", "i.e.", "vs.", "U.S." and similar
  (``sentence_abbreviations_always``), also inside LaTeX ("\\emph{e.g.}");
- inside a number broken by a space ("a 23. 0% improvement"): digits, a
  period, then a word starting with a digit (not an enumerator "2)").

The component also builds the doc's :class:`~claimgraph.extract.pipeline.token_table.TokenTable`.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.extract.pipeline.token_table import TABLE, base_table, make_table, table
from claimgraph.extract.quantities.number_cues import number_cues

TITLE_END = "cg_title_end"
_TERMINAL = frozenset({".", "!", "?", "...", "…"})
_CLOSERS = frozenset({'"', "'", ")", "]", "}", "”", "’"})
_ABBREVIATIONS = number_cues().sentence_abbreviations
_ALWAYS = number_cues().sentence_abbreviations_always


def in_title(doc: Doc, index: int) -> bool:
    """Whether token ``index`` lies in the paper's title (before ``doc.user_data[TITLE_END]``; never without one)."""
    return table(doc).idx[index] < (doc.user_data.get(TITLE_END) or 0)


def title_token_end(doc: Doc) -> int:
    """The index of the first token after the title (0 without one)."""
    return bisect_left(table(doc).idx, doc.user_data.get(TITLE_END) or 0)


def sentence_starts(texts: list[str], idx: list[int], title_end: int | None) -> list[bool]:
    """Return, for every token text, whether it starts a sentence (pure).

    Examples
    --------
    >>> sentence_starts(["A", "title", "It", "works", ".", "Yes", "."], [0, 2, 8, 11, 16, 18, 21], 7)
    [True, False, True, False, False, True, False]
    """
    starts = [False] * len(texts)
    if not starts:
        return starts
    starts[0] = True
    pending = False
    for index, text in enumerate(texts):
        if index and title_end is not None and idx[index] >= title_end > idx[index - 1]:
            starts[index] = True
            pending = False
            continue
        if pending and text not in _CLOSERS:
            starts[index] = True
            pending = False
        if text in _TERMINAL or (len(text) > 1 and text[-1] in "!?"):
            pending = not _continues(texts, index)
    return starts


def _continues(texts: list[str], index: int) -> bool:
    """Whether the period at ``index`` does not end a sentence."""
    after = index + 1
    while after < len(texts) and texts[after] in _CLOSERS:
        after += 1
    if after >= len(texts):
        return False
    following = texts[after]
    if following[:1].islower() or following[:1] in ",;":
        return True
    if index == 0 or texts[index] != ".":
        return False
    previous = texts[index - 1].lower()
    previous = previous[previous.rfind("{") + 1 :]  # "\\emph{e.g" -> "e.g"
    if previous in _ALWAYS:
        return True
    if previous in _ABBREVIATIONS:
        return not following[:1].isupper()
    if previous.isdigit() and after == index + 1 and following[:1].isdigit():
        return not (after + 1 < len(texts) and texts[after + 1] == ")")  # "23. 0%", but not "1. 2) ..."
    return False


@Language.factory("claimgraph_sentences")
def make_sentences(nlp: Language, name: str):
    """Build the sentence boundary component."""

    def set_sentences(doc: Doc) -> Doc:
        texts, space, idx = base_table(doc)
        starts = sentence_starts(texts, idx, doc.user_data.get(TITLE_END))
        if starts:
            values = numpy.array([1 if s else -1 for s in starts], dtype="int64").astype("uint64")
            doc.from_array([SENT_START], values)
        doc.user_data[TABLE] = make_table(texts, space, idx, starts)
        return doc

    return set_sentences
