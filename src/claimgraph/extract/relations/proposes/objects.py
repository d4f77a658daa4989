"""The object of a proposal: where it may end (:func:`_window_end`, :func:`_proposal_stop`,
:func:`_named_head_end`, :func:`_past_unnamed_long_form`), the first name in it that is not skipped
(:func:`_first_after`) and the names listed right after it (:func:`_coordinated`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimgraph.extract.cues import AuthorCues
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.entities.name_shapes import capitals, initials
from claimgraph.extract.pipeline.list_items import closes_marker, past_article
from claimgraph.extract.pipeline.token_table import TokenTable, table
from claimgraph.extract.relations.proposes.cues import WINDOW, _after_abbreviation


def _past_unnamed_long_form(doc: Doc, starts: frozenset[int], verb: int, stop: int, end: int) -> int:
    """Where a proposal's object may end when a long form that names nothing (a verb phrase, a sentence: no
    entity starts there, its short form is the name) begins before ``stop``: past its parenthesised short form
    ("This paper introduces Growing Networks with Autonomous Pruning (GNAP) for ...": GNAP is proposed).
    Otherwise ``stop``."""
    for long_form, short_form in doc._.abbreviations or ():
        if (
            verb < long_form.start < stop
            and long_form.start not in starts
            and short_form.start in starts
            and long_form.end < short_form.start <= long_form.end + 1
            and short_form.end < end
        ):
            return max(stop, short_form.end + 1)
    return stop


def _window_end(tokens: TokenTable, verb: int) -> int:
    """Where a proposal's object may end: ``WINDOW - 1`` words after the verb, hyphens not
    counted ("the first-of-its-kind large-scale multimodal X dataset"), within the sentence."""
    end = tokens.sentence_end(verb)
    words = 0
    j = verb + 1
    while j < end and words < WINDOW - 1:
        if tokens.text[j] != "-":
            words += 1
        j += 1
    return j


def _named_head_end(tokens: TokenTable, proposed: int, authors: AuthorCues) -> int:
    """After "our/the proposed", the end of the span where the name may start: right after
    it, or after a kind noun and a comma ("our proposed pipeline, AnthroTAP")."""
    end = min(proposed + 4, tokens.sentence_end(proposed))
    j = proposed + 1
    kind = next(
        (k for k in range(j, min(j + 6, tokens.sentence_end(proposed))) if tokens.lower[k] in authors.kind_nouns), None
    )
    if kind is not None and kind > j and all(_plain_word(tokens, k) for k in range(j, kind)):
        # "the resulting 3D-aware video dataset, PointVid": lower-case words before the kind noun
        j, end = kind, min(kind + 3, tokens.sentence_end(proposed))
    while j < end and (tokens.lower[j] in authors.kind_nouns or tokens.text[j] in (",", ":")):
        j += 1
    return min(j + 1, end)


def _plain_word(tokens: TokenTable, j: int) -> bool:
    """Whether token ``j`` is a lower-case word or a hyphen ("3D-aware video")."""
    text = tokens.text[j]
    return text == "-" or text[:1].isdigit() or text.islower()


def _proposal_stop(tokens: TokenTable, j: int, authors: AuthorCues) -> bool:
    """Whether a proposal's object ends at token ``j``: a gap stop (not one glued by a hyphen:
    "a manual-based planning model X"), or a study noun before "of"/"on"/"into" ("we present
    a survey of X": X is studied, not proposed), or a possessive ("This paper presents HITSZ's submission
    for the IWSLT 2025 track": the possessor owns an unnamed proposal, a name after it is no object)."""
    lower = tokens.lower
    if lower[j] in ("'s", "\u2019s"):
        return True
    if lower[j] in authors.propose_gap_stops:
        return not (j >= 2 and tokens.text[j - 1] == "-" and not tokens.space[j - 2])
    return lower[j] in authors.study_nouns and j + 1 < len(lower) and lower[j + 1] in ("of", "on", "into")


def _first_after(
    entities: list[Span], index: int, limit: int, chosen: dict[int, Span], only=None, skip=None
) -> Span | None:
    """Choose the first entity after ``index`` and before ``limit`` (not skipped); return it.
    The parenthesised abbreviation of a skipped name is skipped too ("a custom Convolutional
    Neural Network (CNN) architecture")."""
    skipped = None
    for span in entities:
        if skip is not None and index < span.start < limit:
            if _abbreviation_of_skipped(span, skipped) or skip(span):
                skipped = span
                continue
        if index < span.start < limit:
            if only is None or only(span):
                chosen.setdefault(span.start, span)
                return span
            return None
    return None


def _abbreviation_of_skipped(span: Span, skipped: Span | None) -> bool:
    """Whether ``span`` is the abbreviation, in parentheses, of the skipped name right before it:
    an established one, or one made of its initials ("optimal transport (OT)")."""
    if skipped is None or span.start != skipped.end + 1 or span.doc[skipped.end].text != "(":
        return False
    return get_evidence(span) == "lexicon" or capitals(span.text) == initials(skipped.text)


#: Words that may separate the names of a list ("X (XA), Y, and the Z").
_LIST_GAP = frozenset({",", "and", "or", "a", "an", "the"})


def _coordinated(entities: list[Span], first: Span, chosen: dict[int, Span], skip=None) -> None:
    """Names listed right after a proposed one ("we construct X and Y", "X, Y, and Z",
    "X (XA) and an Y (YA)") are proposed too; a name's parenthesised abbreviation is passed over."""
    tokens = table(first.doc)
    end = _after_abbreviation(tokens, first.end)
    for span in entities:
        if span.start < end:
            continue
        if not _list_gap(tokens.lower[end : span.start]):
            return
        if skip is not None and skip(span):
            return
        chosen.setdefault(span.start, span)
        end = _after_abbreviation(tokens, span.end)


def _list_gap(gap: list[str]) -> bool:
    """Whether the words between two names join a list: ",", "and", "or", ", and", with an
    article only after "and"/"or" ("X and an Y"); ", a" opens a description ("X, a MoE model")."""
    if not gap or len(gap) > 3 or any(w not in _LIST_GAP for w in gap):
        return False
    joined = [i for i, w in enumerate(gap) if w in (",", "and", "or")]
    if not joined:
        return False
    return all(gap[i - 1] in ("and", "or") for i, w in enumerate(gap) if w in ("a", "an", "the") and i)


def _listed_items(
    entities: list[Span], tokens: TokenTable, verb: int, first: Span, chosen: dict[int, Span], markers, skip=None
) -> None:
    """The items of a list that a proposal or component verb announces before a colon ("we propose two
    parallel frameworks: (1) X (XA), a ..., and (2) Y (YA), a ...", "we introduce two targeted mechanisms:
    X, which ..., and Y, which ..."): when ``first`` opens the list, the name opening each later item is
    proposed too. An item opens after a list marker ("(2)", "(ii)", "2)"), or, in a list without
    markers, after ", and" or ";"; an article may stand before its name. Only words, no name, stand
    between the verb and the colon."""
    colon = next((j for j in range(verb + 1, first.start) if tokens.text[j] == ":"), None)
    if colon is None or any(verb < span.start < colon for span in entities):
        return
    opener = _item_opener(tokens, first.start, markers)
    # a marked list: ``first`` opens an item after a marker, and a marker opens the list ("...: (i) X, ...")
    marked = opener is not None and closes_marker(tokens, opener, markers) and closes_marker(tokens, colon + 3, markers)
    if opener != colon and not marked:
        return
    end = tokens.sentence_end(verb)
    for span in entities:
        if span.start <= first.start or span.start >= end:
            continue
        at = _item_opener(tokens, span.start, markers)
        if at is None or marked != closes_marker(tokens, at, markers) or at <= colon:
            continue
        if skip is not None and skip(span):
            continue
        if get_evidence(span) in ("lexicon", "lexicon-variant"):
            continue
        chosen.setdefault(span.start, span)


def _announced_first(entities: list[Span], tokens: TokenTable, verb: int, stop: int, markers, skip=None) -> Span | None:
    """The first name that opens an item of a list that a proposal verb announces before a colon, when no
    name stands in the verb's object ("We propose three complementary interventions: (i) X, an ... filter
    ..., (ii) Y, a ... objective ...": the first item may be an untagged word): after a marker, or right
    after the colon; not an established (lexicon) name. None without one."""
    colon = next((j for j in range(verb + 1, stop) if tokens.text[j] == ":"), None)
    if colon is None or any(verb < span.start < colon for span in entities):
        return None
    end = tokens.sentence_end(verb)
    for span in entities:
        if span.start <= colon or span.start >= end:
            continue
        at = _item_opener(tokens, span.start, markers)
        if at is None or not (at == colon or closes_marker(tokens, at, markers)):
            continue
        if (skip is not None and skip(span)) or get_evidence(span) in ("lexicon", "lexicon-variant"):
            continue
        return span
    return None


def _item_opener(tokens: TokenTable, start: int, markers: frozenset[str]) -> int | None:
    """The token that opens the list item whose name starts at ``start`` (past an article): a list
    marker's ")", a colon, a ";" or the "and" of ", and"; else None. A bare "," or "and" opens no item here, as
    it does in the announced lists (``announced._opens_announced_item``): these items carry descriptions with
    their own commas and "and" ("X (XA), a ... of A and B, and Y (YA), a ...")."""
    j = past_article(tokens, start, 0)
    if j < 1:
        return None
    if tokens.text[j] in (":", ";") or closes_marker(tokens, j, markers):
        return j
    if tokens.lower[j] == "and" and tokens.text[j - 1] in (",", ";"):
        return j
    return None
