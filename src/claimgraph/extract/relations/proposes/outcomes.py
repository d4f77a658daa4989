"""Coined names the authors' work gives rise to (:func:`_result_names`: "..., giving rise to AutoSOD, an
end-to-end unsupervised pipeline", "resulting in an image-to-code model, FigCodifier")."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.cues import AuthorCues
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.pipeline.token_table import TokenTable
from claimgraph.extract.relations.proposes.cues import ProposeCues, _after_abbreviation

#: Lower-case words (hyphens not counted) of a description that may stand between a result phrase and the
#: name it closes with a kind noun ("resulting in an image-to-code model, FigCodifier").
_DESCRIPTION_WORDS = 5


def _result_names(
    entities: list[Span], tokens: TokenTable, chosen: dict[int, Span], authors: AuthorCues, parts: ProposeCues
) -> None:
    """The coined name right after a ``result_phrases`` phrase ("giving rise to", "resulting in") is what the
    authors' work produced, when an author word stands earlier in the abstract: past ``result_name_skips``
    words ("leading to the development of X") and an unnamed description that ends in a kind noun and a comma
    ("resulting in an image-to-code model, FigCodifier"). Only that first name: a dataset listed after it
    ("FigCodifier and ImgCode-8.6M dataset"), once proposed, made the uses relation drop a correct use of a
    later dataset on recent-dev. An established (lexicon) name is none ("resulting in GPT-4"),
    nor is a name no author word precedes (background: "Scaling laws ..., leading to X"), nor one that only
    modifies the lower-case noun after it ("resulting in a stochastic differential equation (SDE) surrogate
    model": the unnamed model is the product)."""
    by_start = {span.start: span for span in entities}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in parts.result_phrases:
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append(words)
    lower = tokens.lower
    for index, first in enumerate(lower):
        for phrase in by_first.get(first, ()):
            if tuple(lower[index : index + len(phrase)]) != phrase:
                continue
            if not any(w in authors.author_words for w in lower[:index]):
                continue
            start = _name_start(tokens, index + len(phrase), authors, parts)
            span = by_start.get(start)
            if span is None or span.start in chosen:
                continue
            if get_evidence(span) in ("lexicon", "lexicon-variant") or span.kb_id_:
                continue
            if _modifies_next(tokens, span, authors):
                continue
            chosen[span.start] = span


def _name_start(tokens: TokenTable, j: int, authors: AuthorCues, parts: ProposeCues) -> int:
    """Where the name after a result phrase (ending before ``j``) starts: past ``result_name_skips`` words,
    then past lower-case words that end in a kind noun and a comma ("an image-to-code model, FigCodifier")."""
    end = tokens.sentence_end(j) if j < len(tokens) else j
    while j < end and tokens.lower[j] in parts.result_name_skips:
        j += 1
    words = 0
    for k in range(j, min(end, j + 2 * _DESCRIPTION_WORDS)):
        word = tokens.text[k]
        if word == "-":
            continue
        if not (word.isalpha() and word.islower()) or words >= _DESCRIPTION_WORDS:
            break
        words += 1
        if word in authors.kind_nouns and k + 1 < end and tokens.text[k + 1] == ",":
            return k + 2
    return j


def _modifies_next(tokens: TokenTable, span: Span, authors: AuthorCues) -> bool:
    """Whether a lower-case word that closes no name ("and", "that", "for", ...) follows the name (past its
    abbreviation) in its sentence: the name modifies it ("an SDE surrogate model")."""
    after = _after_abbreviation(tokens, span.end)
    if after >= tokens.sentence_end(span.start):
        return False
    word = tokens.text[after]
    return word.isalpha() and word.islower() and word not in authors.name_closers
