"""Where the forms of an abbreviation occur and what a short form reads as (pure functions of the doc, the cue
tables and the lexicon's forms): the places the paper writes a short form, its plural or a phrase
(:func:`short_form_occurrences`, :func:`phrase_occurrences`), a mixed-case short form written in capitals
("Clue" and "CLUE", :func:`capitals_of`), and whether the paper defines a short form the lexicon knows as
another thing ("Segment Any Crack (SAC)" is no soft actor-critic, :func:`is_redefined`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimgraph.extract.entities.abbreviations import capital_spellings, same_long_form, spells_out
from claimgraph.extract.entities.decision.long_forms import long_form_typing
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.pipeline.token_table import doc_text, table
from claimgraph.names import normalize_name


def short_form_occurrences(doc: Doc, short_form: Span) -> list[tuple[int, int]]:
    """Token ranges where the short form (or its plural) occurs, also one of several tokens ("MT-DNN")."""
    texts = table(doc).text
    words = [token.text for token in short_form]
    last = words[-1]
    plurals = {last, last + "s", last + "'s"}
    if len(last) > 2 and last.endswith("s") and last[-2].isupper():
        plurals.add(last[:-1])  # "TRLMs" is also written "TRLM"
    size = len(words)
    if size == 1:
        return [(i, i + 1) for i, token_text in enumerate(texts) if token_text in plurals]
    first, middle = words[0], words[1:-1]
    spacing = [bool(token.whitespace_) for token in short_form[:-1]]
    return [
        (i, i + size)
        for i in range(len(texts) - size + 1)
        if texts[i] == first
        and texts[i + size - 1] in plurals
        and texts[i + 1 : i + size - 1] == middle
        and [bool(token.whitespace_) for token in doc[i : i + size - 1]] == spacing
    ]


def capitals_of(doc: Doc, short_form: Span) -> list[tuple[int, int]]:
    """Token ranges where a mixed-case one-word short form is written in capitals: "CLUE: Non-parametric
    Verification ..." and "we present Clue (Clustering and Experience-based Verification)" are one name,
    which the paper's definition types. Empty for a short form already in capitals or of several tokens."""
    if len(short_form) != 1:
        return []
    found = (doc.char_span(start, end) for start, end in capital_spellings(doc_text(doc), short_form.text))
    return [(span.start, span.end) for span in found if span is not None and len(span) == 1]


def is_redefined(
    long_form: Span,
    short_form: Span,
    known: Span,
    cues: NameCues,
    known_forms: dict[str, frozenset[str]],
    listed_forms: dict[str, tuple[str, ...]],
    *,
    elsewhere: bool = False,
) -> bool:
    """Whether a lexicon short form is defined locally as another thing.

    When the lexicon entry lists a long form of the short form ("soft
    actor-critic" for SAC), the paper's long form must spell the same name
    (:func:`same_long_form`: "Convolution Neural Networks" for CNN), else
    it is another thing ("Segment Any Crack (SAC)", "Prior-Guided Data
    Distillation (PGD)"). When it lists none (MIMIC-CXR, GPT-2), a long form
    is read as the lexicon's unless it names a type of its own that differs
    from the entry's ("Organ-Wise Tokenization (OWT)" is no OpenWebText). ``elsewhere``: ``known`` is a
    reading of the short form at another place (in capitals: "CLUE" for "Clue (Clustering and ...)"), so
    the order of the pair ("SF (long form)") says nothing.
    """
    if not get_evidence(known).startswith("lexicon") or not known.kb_id_:
        return False
    if long_form.start > short_form.start and not elsewhere:
        return False  # "42x PPO (Puffer Pong)": a parenthesis after a known short form redefines nothing
    forms = known_forms.get(known.kb_id_)
    if forms is None or normalize_name(long_form.text) in forms:
        return False
    spelled = [form for form in listed_forms.get(known.kb_id_, ()) if spells_out(short_form.text, form)]
    if spelled:
        words = cues.long_form_function_words
        return not any(same_long_form(long_form.text, form, words) for form in spelled)
    typed, stated = long_form_typing(long_form, short_form.text, cues)
    return typed is not None and stated and typed != known.label_


def phrase_occurrences(doc: Doc, phrases: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Token ranges where ``doc`` writes one of ``phrases`` (lower-cased token texts), case aside."""
    lower = [token.lower_ for token in doc]
    found = []
    for words in phrases:
        size = len(words)
        found += [(i, i + size) for i in range(len(lower) - size + 1) if tuple(lower[i : i + size]) == words]
    return found
