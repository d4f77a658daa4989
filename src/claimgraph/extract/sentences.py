"""Component ``claimgraph_sentences``: rule-based sentence boundaries.

A paper is processed as one doc, ``title + " " + abstract``; the first token of
the abstract always starts a sentence (``doc.user_data["cg_title_end"]`` holds
the character offset where the title ends). Inside the text a sentence ends
after ``.``, ``!`` or ``?`` (and any closing quotes or brackets after them),
except after "et al." followed by a lowercase word.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

TITLE_END = "cg_title_end"
_TERMINAL = frozenset({".", "!", "?", "...", "…"})
_CLOSERS = frozenset({'"', "'", ")", "]", "”", "’"})


def sentence_starts(doc: Doc, title_end: int | None) -> list[bool]:
    """Return, for every token, whether it starts a sentence (pure)."""
    starts = [False] * len(doc)
    if not starts:
        return starts
    starts[0] = True
    pending = False
    for index, token in enumerate(doc):
        if index and title_end is not None and token.idx >= title_end > doc[index - 1].idx:
            starts[index] = True
            pending = False
            continue
        if pending and token.text not in _CLOSERS:
            starts[index] = True
            pending = False
        if token.text in _TERMINAL or (len(token.text) > 1 and token.text[-1] in "!?"):
            pending = not _continues(doc, index)
    return starts


def _continues(doc: Doc, index: int) -> bool:
    """Whether the period at ``index`` does not end a sentence."""
    if index + 1 >= len(doc):
        return False
    following = doc[index + 1].text
    if index > 0 and doc[index - 1].lower_ in {"al", "etc", "approx", "cf", "resp", "fig", "figs", "eq", "eqs", "sec", "tab", "ref", "no"}:
        return not following[:1].isupper()
    return following[:1].islower()


@Language.factory("claimgraph_sentences")
def make_sentences(nlp: Language, name: str):
    """Build the sentence boundary component."""

    def set_sentences(doc: Doc) -> Doc:
        title_end = doc.user_data.get(TITLE_END)
        for token, start in zip(doc, sentence_starts(doc, title_end)):
            token.is_sent_start = start
        return doc

    return set_sentences
