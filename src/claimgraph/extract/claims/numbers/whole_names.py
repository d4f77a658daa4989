"""The whole name a recognised name is part of: a number tied to "BERT" in "Bangla BERT achieves 95.65%" is
Bangla BERT's, in "the ModifiedDeBERTa + GBLS model achieved 79.3%" the combined model's, in "The PETNN
(GELU) model closely follows (F1 = 0.9955)" the PETNN variant's. Shown with the fragment it would be shown
with another (more generic) system; the whole name, which no entity covers, shows none."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.numbers.unnamed_owners import _class_noun
from claimgraph.extract.claims.numbers.words import _ACTORS, _Places, _word_text, _words_located
from claimgraph.extract.lexicons import lexicon_forms
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.pipeline.token_table import span_text
from claimgraph.extract.quantities.number_cues import NumberCues


def _whole_name(view: SentenceView, name: Located | Span | None, places: _Places, nc: NumberCues) -> Located | None:
    """The longer name of the sentence a Model or Method name (a located owner, or the claim's subject when
    it stands in the sentence) is a fragment of; None when it is whole or not in the sentence.

    The name grows over capitalised words no entity, number, metric or dataset covers, right before it
    ("Bangla BERT", "the Swin Transformer") or right after it ("GPT Image", "Onomas-CNN X"), or words shaped
    like a name (a capital past the first letter: "mCLIP"), not over the sentence's first word unless it is
    so shaped, nor over a word of ``noun_leads`` or a class noun ("the proposed LLM NepaliGPT"); over a joiner of
    ``name_joiners`` and the capitalised word or the Model or Method on its other side ("ModifiedDeBERTa +
    GBLS", "mCLIP + Gemini Pro Vision"); and, for a name in brackets, over a name shaped like a code (two
    capitals, "PETNN") right before the bracket, when a class noun follows it ("the PETNN (GELU) model": GELU
    names the variant; not "a general-purpose VLM (Qwen3-VL-8b) trained on it", where the bracket names the
    VLM). Not for a name glued into a longer word ("D2Snap-downsampled DOM snapshots").
    """
    located = name if isinstance(name, Located) else _located(view, name)
    if located is None or located.label not in _ACTORS or _glued(view, located):
        return None  # "D2Snap-downsampled DOM snapshots": the name is a modifier, not part of a longer name
    words = view.words
    taken = places.numbers | places.metrics | places.datasets
    taken |= {k for e in view.entities for k in range(e.first, e.last + 1)}
    starts = {e.first: e for e in view.entities if e.label in _ACTORS}

    def capitalised(k: int) -> bool:
        if k < 0 or k >= len(words) or k in taken or words[k] in nc.noun_leads or _class_noun(words[k], nc):
            return False  # not "the proposed LLM NepaliGPT": a class noun before a name
        text = _word_text(view, k)
        if not text[:1].isalpha():
            return False
        inner = any(c.isupper() for c in text[1:])  # shaped like a name: "PedX", "mCLIP"
        return inner or (text[:1].isupper() and k > 0)

    ends = {e.last: e for e in view.entities if e.label in _ACTORS}
    first, last = located.first, located.last
    while True:
        if capitalised(first - 1):
            first -= 1
        elif first >= 2 and words[first - 1] in nc.name_joiners and (capitalised(first - 2) or first - 2 in ends):
            first = ends[first - 2].first if first - 2 in ends else first - 2
        else:
            break
    while True:
        if capitalised(last + 1):
            last += 1
        elif (
            last + 2 < len(words)
            and words[last + 1] in nc.name_joiners
            and (capitalised(last + 2) or last + 2 in starts)
        ):
            last = starts[last + 2].last if last + 2 in starts else last + 2
        else:
            break
    if (
        first == located.first
        and first >= 2
        and words[first - 1] == "("
        and last + 1 < len(words)
        and words[last + 1] == ")"
        and last + 2 < len(words)
        and _class_noun(words[last + 2], nc)
        and (first - 2) not in taken
        and sum(c.isupper() for c in _word_text(view, first - 2)) >= 2
    ):
        first, last = first - 2, last + 1
    if (first, last) == (located.first, located.last):
        return None
    return _words_located(view, first, last)


def _located(view: SentenceView, span: Span | None) -> Located | None:
    """The entity of the sentence that is ``span`` (the claim's subject), when it stands in the sentence."""
    if span is None:
        return None
    return next(
        (e for e in view.entities if e.span.doc is span.doc and (e.span.start, e.span.end) == (span.start, span.end)),
        None,
    )


def _technique_owner(
    view: SentenceView, quantity: Located, name: Located | Span | None, places: _Places, nc: NumberCues
) -> Located | None:
    """The paper's own system a score belongs to when it would be shown with an established technique (a
    Method of the lexicon, in any casing: "retrieval-augmented generation", "chain-of-thought", "Hidden Markov
    Model") that
    only says what kind of system it is; None otherwise.

    ``name`` is the number's owner, or the claim's subject. In the sentence, the technique right before a
    class noun of ``own_nouns`` names the kind of a system, not the system, when a modifier stands before it
    ("the agent-based RAG approach achieves 87%", "the frozen CoT pipeline yields a Macro F1 of 0.6726") or
    its word goes on past it ("Transformer-based models"): the owner is that phrase, from a word of
    ``noun_leads`` at most four words before the technique. "the BiLSTM model" is BiLSTM, and "the proposed
    multimodal self-consistency approach" (a word of ``own_markers``) is the proposal called by its
    technique: both keep it. Not in the sentence
    (the claim's subject read from another), the owner is the phrase the sentence calls the paper's system
    by before the number: a word of ``own_markers`` at most four words before a class noun ("Our final
    stacking model achieved 95.40% accuracy", "the proposed method achieves an MAE of 8.96 dB"). The phrase
    names no system we know, so the number is shown with none. A technique named only after the number
    ("..., which demonstrates that the combination of ensemble learning and ... is effective") is read as
    not in the sentence; the look-back stops at a Model or Method name and at ";"."""
    span = name.span if isinstance(name, Located) else name
    if span is None or span.label_ != "Method" or not (span.kb_id_ or span.text.lower() in lexicon_forms("Method")):
        return None
    words = view.words
    taken = places.numbers | places.metrics | places.datasets
    taken |= {k for e in view.entities for k in range(e.first, e.last + 1)}
    actors = {k for e in view.entities if e.label in _ACTORS for k in range(e.first, e.last + 1)}
    located = name if isinstance(name, Located) else _located(view, name)
    if located is not None and located.first < quantity.first:
        head = located.last + 1
        if head >= len(words) or words[head] not in nc.own_nouns:
            return None
        glued = _glued(view, located)
        for k in range(located.first - 1, max(-1, located.first - 5), -1):
            if words[k] in nc.own_markers:
                return None  # "The proposed multimodal self-consistency approach": the proposal, by its technique
            if words[k] in nc.noun_leads:
                # "the agent-based RAG approach"; not "the BiLSTM model", which is BiLSTM
                return _words_located(view, k, head) if k < located.first - 1 or glued else None
            if k in taken or not words[k].replace("-", "").isalnum():
                break
        return _words_located(view, located.first, head) if glued else None  # "Transformer-based models"
    if located is not None and isinstance(name, Located):
        return None  # the number's own owner, named after it
    for head in range(quantity.first - 1, max(-1, quantity.first - 26), -1):
        if words[head] in (";", ".") or head in actors:
            return None
        if words[head] not in nc.own_nouns:
            continue
        for k in range(head - 1, max(-1, head - 5), -1):
            if words[k] in nc.own_markers:
                return _words_located(view, k, head)
            if k in taken or not words[k].replace("-", "").isalnum():
                break
    return None


def _glued(view: SentenceView, located: Located) -> bool:
    """Whether the words of a name go on past it ("Transformer" in "Transformer-based")."""
    return span_text(_words_located(view, located.first, located.last).span) != span_text(located.span)
