"""The words every rule of the package reads: how far to look around a number, the word sets the rules
share (list joiners, hedges, change nouns, the labels of a system's name, place words) and a word's text and
position as written."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.pipeline.token_table import span_text
from claimgraph.extract.quantities.number_cues import number_cues

BEFORE = 12  # words looked at before a number
AFTER = 2  # words looked at after a number

#: Words that join the members of a list: numbers ("61%, 70% and 75%") or names ("on A, B and C").
_LIST_JOINERS = frozenset({",", "and", "or", "&"})
#: Words a list of changes may hold besides metrics, datasets and joiners ("1.05% mIoU on GTA V --> Cityscapes").
_LIST_MATERIAL = frozenset(
    {"on", "in", "for", "of", "--", "-", ">", "-->", "->", "\u2192", "$\\rightarrow$", "\\rightarrow", "*", "\u2020"}
)
_HEDGES = number_cues().hedge_words  # "by up to", "an average of"
_OWN_NOUNS = number_cues().own_nouns  # "our method", "our model"
_CHANGE_NOUNS = number_cues().change_nouns  # "a 4% gain", "gain of 4%"

_APPROX = number_cues().approx_words  # "of around 1 point"

#: Words after which a verb form is a noun ("this training set", "the test set").
_NOUN_LEADS = number_cues().noun_leads | number_cues().split_words

_PLACES = ("on", "in", "for", "across")

_ACTORS = ("Model", "Method")


@dataclass(frozen=True, slots=True)
class _Places:
    """Word positions of a sentence's numbers, metric names and dataset names."""

    numbers: frozenset[int]
    metrics: frozenset[int]
    datasets: frozenset[int]


def _parsed(quantity: Located):
    """What the quantity finder read of the number (its text, value, high and unit), None if nothing."""
    return getattr(quantity.span._, "quantity", None)


def _written(quantity: Located) -> str:
    """The number as the quantity finder read it (the span may hold a whole token: "->2.44")."""
    match = _parsed(quantity)
    return match.text if match is not None else span_text(quantity.span)


def _unit(quantity: Located) -> str | None:
    return getattr(_parsed(quantity), "unit", None)


def _latex_opener(word: str) -> bool:
    """A LaTeX formatting command opening a group around a number: "\\textbf{", "\\mathbf{"."""
    return word[:1] == "\\" and word[-1:] == "{"


def _original(view: SentenceView, i: int) -> str:
    """The text of word ``i`` as written (the first token's text; words are lower-cased)."""
    return view.sentence.doc[view.starts[i]].text


def _word_text(view: SentenceView, i: int) -> str:
    """The text of word ``i`` as written (all its tokens)."""
    return span_text(_word_span(view, i))


def _word_span(view: SentenceView, i: int) -> Span:
    end = view.starts[i + 1] if i + 1 < len(view.starts) else view.sentence.end
    return view.sentence.doc[view.starts[i] : end]


def _word_located(view: SentenceView, i: int) -> Located:
    """Word ``i`` as a located name with no entity label (an unrecognised name)."""
    span = _word_span(view, i)
    return Located(span=span, first=i, last=i, key=span_text(span).lower(), label="")


def _words_located(view: SentenceView, first: int, last: int) -> Located:
    """Words ``first..last`` as a located name with no entity label (a phrase, not a name we know)."""
    end = view.starts[last + 1] if last + 1 < len(view.starts) else view.sentence.end
    span = view.sentence.doc[view.starts[first] : end]
    return Located(span=span, first=first, last=last, key=span_text(span).lower(), label="")
