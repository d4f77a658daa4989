"""Items of one counted list ("comprises two components: the X ..., and the Y ..."): siblings, so
neither uses the other (:func:`sibling_items`)."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.relations.uses.cues import UsesCues

#: Separators after which a name opens the next item of a list.
_ITEM_BREAKS = frozenset((",", ";"))


def sibling_items(view: SentenceView, head: Span, tail: Located, tail_proposed: bool, uc: UsesCues) -> bool:
    """Whether ``head`` and ``tail`` open two items of one list after a colon that a count and a plural
    noun announce ("our architecture comprises two components: the Depth-Guided Attention Module (DGAM)
    modulates ..., and the Depth Prior Fusion Module (DPFM) enables ...", "We propose two attack variants:
    Static Prefilling (SP), which ..., and Optimized Prefilling (OP), which ..."): the paper's parts side
    by side. The head (or the long form its abbreviation follows) opens an item, right after the colon
    or a comma or semicolon (past 'and', an article or a list marker); the tail, a name the paper
    proposes, opens a later item of the same list (no colon between) after a comma or semicolon. A name
    inside an item ("(a) X, which models ... through cross-attention") stays a tail."""
    if not tail_proposed:
        return False
    words = view.words
    at = _named_at(view, head)
    if at is None or at >= tail.first or _item_opening(words, at, uc) < 0:
        return False
    colon = next((j for j in range(at - 1, -1, -1) if words[j] == ":"), -1)
    if colon < 0 or not _counted(words, colon, uc) or ":" in words[at : tail.first]:
        return False
    opening = _item_opening(words, tail.first, uc)
    return opening > at and words[opening] in _ITEM_BREAKS


def _named_at(view: SentenceView, head: Span) -> int | None:
    """The first word of the head's name in the view; for an abbreviation in parentheses right after its
    long form ("the Depth-Guided Attention Module (DGAM)"), the long form's first word."""
    at = next((e.first for e in view.entities if e.span.start == head.start), None)
    if at is not None and at >= 2 and view.words[at - 1] == "(":
        long = next((e for e in view.entities if e.last == at - 2), None)
        return at if long is None else long.first
    return at


def _item_opening(words: tuple[str, ...], at: int, uc: UsesCues) -> int:
    """The index of the mark that opens the list item whose first name is word ``at`` (past an article,
    a list marker "(ii)"/"2)" and 'and'), or -1."""
    j = at - 1
    if j >= 0 and words[j] in ("a", "an", "the"):
        j -= 1
    if j >= 1 and words[j] == ")" and words[j - 1] in uc.uses_list_markers:
        j -= 2
        if j >= 0 and words[j] == "(":
            j -= 1
    if j >= 1 and words[j] == "and" and words[j - 1] in _ITEM_BREAKS:
        j -= 1
    return j if j >= 0 and (words[j] in _ITEM_BREAKS or words[j] == ":") else -1


def _counted(words: tuple[str, ...], colon: int, uc: UsesCues) -> bool:
    """Whether a count word and a plural noun announce the list: "two (typical) components:"."""
    before = words[max(0, colon - 4) : colon]
    return bool(before) and before[-1].endswith("s") and any(w in uc.uses_sibling_counts for w in before[:-1])
