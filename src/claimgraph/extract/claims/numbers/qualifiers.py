"""The variant or qualified system a score belongs to instead of its base model: a tuned or sized
variant ("Gemma-2 finetuned", "our 7B and 72B variants"), a method on a host model ("X with SLOT"), a gerund
or trailing qualifier ("Training X on ...", "X with SSL achieved"), the paper's work after the number, or a
component hosted in the base."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.numbers.non_scores import _size_or_cost
from claimgraph.extract.claims.numbers.number_lists import _number_run
from claimgraph.extract.claims.numbers.owner_roles import _ours
from claimgraph.extract.claims.numbers.words import (
    _ACTORS,
    _LIST_JOINERS,
    _NOUN_LEADS,
    _parsed,
    _Places,
    _word_located,
    _words_located,
)
from claimgraph.extract.pipeline.sentence_view import CONTEXT_CACHE, Located, SentenceView
from claimgraph.extract.pipeline.token_table import span_text
from claimgraph.extract.quantities.number_cues import NumberCues


def _variant_owner(
    view: SentenceView,
    quantities: tuple[Located, ...],
    index: int,
    model: Located | None,
    subject: Span | None,
    places: _Places,
    nc: NumberCues,
) -> Located | None:
    """The variant a score belongs to when the sentence names one instead of its base, else None:

    - a tuned variant, a name followed by a tuning participle ("Gemma-2 finetuned" achieved 91.4 F1): the
      number's model, or the claim's subject when the number has none, with the participle;
    - sized variants ("our 7B and 72B variants achieve 49.1% and 65.9%"): the size the number goes with,
      by position, before a variant noun the number is tied to by link words only.

    Either is shown without the base's name (a leaderboard finds no entity of that name).
    """
    words, doc = view.words, view.sentence.doc
    base = model
    if base is None and subject is not None:
        key = span_text(subject).lower()
        base = next((e for e in view.entities if e.label in _ACTORS and (e.span == subject or e.key == key)), None)
    if (
        base is not None
        and base.label
        and base.first > 0
        and words[base.first - 1] in nc.tuning_participles
        and "our" not in words[max(0, base.first - 3) : base.first - 1]  # "our fine-tuned X" is the paper's X
    ):
        return _word_located(view, base.first - 1)  # "a fine-tuned Florence-2 achieves 49% IoU"
    if base is not None and base.label and base.last + 1 < len(words):
        nxt = base.last + 1 + (words[base.last + 1] in ('"', "'", "\u201d"))
        if words[base.last + 1] in nc.tuning_participles or (
            nxt < len(words) and nxt > base.last + 1 and words[nxt] in nc.tuning_participles
        ):
            k = base.last + 1 if words[base.last + 1] in nc.tuning_participles else nxt
            # the participle alone: a span that starts at the base's name is written as that name
            return _word_located(view, k)
    if model is not None:
        return None
    if base is not None and base.label:
        hosted = _hosted_in(view, base, nc)
        if hosted is not None:
            return hosted
    sizes = {q.first: q for q in quantities if _size_or_cost(_parsed(q), nc) == "size"}
    ends = {q.last: q for q in sizes.values()}
    quantity = quantities[index]
    i = quantity.first - 1
    while i > 0 and quantity.first - i <= 12:
        w = words[i]
        if w in nc.variant_nouns and i - 1 in ends:
            chain = [ends[i - 1]]
            k = chain[0].first - 1
            while k >= 1 and words[k] in _LIST_JOINERS:
                before = k - 1 - (words[k] in ("and", "or") and words[k - 1] == ",")
                if before not in ends:
                    break
                chain.insert(0, ends[before])
                k = ends[before].first - 1
            start, end = _number_run(words, quantities, index, places.metrics)
            if len(chain) == 1:
                return chain[0]
            if len(chain) == end - start + 1:
                return chain[index - start]
            last = chain[-1]  # counts differ: the whole list, no single variant
            return Located(span=doc[chain[0].span.start : last.span.end], first=chain[0].first, last=last.last)
        if i in places.numbers or i in places.metrics or w in nc.owner_links or w in _LIST_JOINERS:
            i -= 1
            continue
        return None
    return None


def _qualified_base(
    view: SentenceView, quantity: Located, model: Located | None, subject: Span | None, nc: NumberCues, cues: ClaimCues
) -> Located | None:
    """The qualifier of a base model whose score the number is not, else None. The number's model (or the
    claim's subject), a named Model or Method the paper does not propose, is

    - the paper's method named after a qualifier of another model (:func:`_method_on_host`);
    - after a gerund that opens its clause (:func:`_gerund_qualifier`: "Training Qwen2.5-Coder-32B-Instruct
      on Bolt.diy trajectories ... achieves 38.2%");
    - followed by a qualifier up to the verb of its clause (:func:`_trailing_qualifier`: "EfficientNet-V2-S
      with SSL achieved an F1-score of 98.21%");
    - or given the paper's work after the number (:func:`_own_work_after`: "... with our method").

    The score is the qualified system's, not the base's: the qualifier (a span that does not start at the base's
    name, which would be written as that name) is shown instead, and a leaderboard finds no entity of that name.
    "FooNet with a ResNet-50 backbone" (the paper's own FooNet) and "X with a 92.3% AUC" (a number) are no
    qualifiers."""
    base = _trained_actor(view, quantity, cues, nc) or _base_actor(view, quantity, model, subject)
    if base is None or not base.label or base.last >= quantity.first:
        return None
    hosted = _method_on_host(view, base, nc)
    if hosted is not None:
        return hosted
    ctx = view.sentence.doc.user_data.get(CONTEXT_CACHE)
    if (ctx is not None and ctx.is_proposed(base)) or _ours(view.words, base.first):
        return None
    numbers = {k for q in view.quantities for k in range(q.first, q.last + 1)}
    return (
        _gerund_qualifier(view, base, quantity, numbers, nc, cues)
        or _trailing_qualifier(view, base, quantity, numbers, nc, cues)
        or _own_work_after(view, quantity, nc)
    )


def _method_on_host(view: SentenceView, base: Located, nc: NumberCues) -> Located | None:
    """The qualifier "with <base>" when ``base`` is a method put on another model named right before it,
    not the paper's own: "DeepSeek-R1-Distill-Llama-70B with SLOT achieves a SOTA accuracy of 68.69%" is
    shown as "with SLOT" (SLOT on that host), not as SLOT's own score nor as the host's; else None."""
    words = view.words
    if base.first < 2 or words[base.first - 1] not in nc.qualifier_openers:
        return None
    host = next((e for e in view.entities if e.label in _ACTORS and e.last == base.first - 2), None)
    if host is None:
        return None
    ctx = view.sentence.doc.user_data.get(CONTEXT_CACHE)
    if (ctx is not None and ctx.is_proposed(host)) or _ours(words, host.first):
        return None
    return _words_located(view, base.first - 1, base.last)


def _gerund_qualifier(
    view: SentenceView, base: Located, quantity: Located, numbers: set[int], nc: NumberCues, cues: ClaimCues
) -> Located | None:
    """The whole gerund phrase that opens the base model's clause, up to the clause's verb ("Training
    Qwen2.5-Coder-32B-Instruct on trajectories ... achieves 38.2%", "equipping SiT-XL/2 with CAR-Flow
    reduces FID from 2.07 to 1.68"), else None."""
    gerund = _after_gerund(view.words, base.first, cues, nc)
    if gerund is None:
        return None
    end = _qualifier_end(view.words, base.last + 1, quantity.first, numbers, nc, cues, longest=16)
    return _words_located(view, gerund, end) if end is not None else None


def _trailing_qualifier(
    view: SentenceView, base: Located, quantity: Located, numbers: set[int], nc: NumberCues, cues: ClaimCues
) -> Located | None:
    """The qualifier right after the base model's name, up to the verb of its clause ("a DiT-XL trained on
    FlatDINO latents achieves a gFID of 1.80", "EfficientNet-V2-S with SSL achieved 98.21%"), else None."""
    start = base.last + 1
    if start >= len(view.words) or view.words[start] not in nc.qualifier_openers:
        return None
    end = _qualifier_end(view.words, start, quantity.first, numbers, nc, cues)
    return _words_located(view, start, end) if end is not None and end > start else None


def _own_work_after(view: SentenceView, quantity: Located, nc: NumberCues) -> Located | None:
    """The paper's work given to a base model after its number, in the number's clause ("Llama3.1-8B reaches
    a 29.44 win rate on AlpacaEval 2.0 with our method": "with our method"), else None."""
    words = view.words
    for k in range(quantity.last + 1, min(len(words) - 2, quantity.last + 12)):
        if words[k] in (",", ";", ":", "(") or words[k] in nc.bracket_clause_breaks:
            return None
        if words[k] in nc.qualifier_openers and words[k + 1] == "our":
            last = k + 2
            if k + 3 < len(words) and words[k + 3] in nc.own_nouns:
                last = k + 3  # "with our method", not only "with our"
            return _words_located(view, k, last)
    return None


def _after_gerund(words: tuple[str, ...], first: int, cues: ClaimCues, nc: NumberCues) -> int | None:
    """The index of a training or qualifier gerund right before word ``first`` (articles skipped) that opens
    the sentence or a clause ("Training Qwen2.5 on ...", "; fine-tuning a Llama-3 on ...", ", equipping
    SiT-XL/2 with ..."), else None."""
    k = first - 1
    while k >= 0 and words[k] in ("a", "an", "the"):
        k -= 1
    if k < 0 or (words[k] not in cues.training_words and words[k] not in nc.qualifier_gerunds):
        return None
    return k if k == 0 or words[k - 1] in (",", ";", ":") else None


def _trained_actor(view: SentenceView, quantity: Located, cues: ClaimCues, nc: NumberCues) -> Located | None:
    """The Model or Method right after a gerund that opens the number's clause (:func:`_after_gerund`:
    "Training Qwen2.5-Coder-32B-Instruct on ... achieves 38.2%"), before the number and with no ";"
    between, else None."""
    words = view.words
    for e in view.entities:
        if e.label not in _ACTORS or e.last >= quantity.first:
            continue
        gerund = _after_gerund(words, e.first, cues, nc)
        if gerund is not None and ";" not in words[gerund : quantity.first]:
            return e
    return None


def _base_actor(view: SentenceView, quantity: Located, model: Located | None, subject: Span | None) -> Located | None:
    """The number's model, else the claim's subject as it stands in the number's clause (a Model or Method
    named before the number, with no ";" between)."""
    if model is not None:
        return model
    if subject is None:
        return None
    key = span_text(subject).lower()
    for e in view.entities:
        if e.label in _ACTORS and (e.span == subject or e.key == key):
            if e.last < quantity.first and ";" in view.words[e.last : quantity.first]:
                continue  # "FooBar is fine-tuned with X; it reaches 80%": another clause
            return e
    return None


def _qualifier_end(
    words: tuple[str, ...],
    start: int,
    limit: int,
    numbers: set[int],
    nc: NumberCues,
    cues: ClaimCues,
    longest: int = 8,
) -> int | None:
    """The last word of a qualifier that opens at word ``start`` and runs to the verb of its clause
    ("with SSL achieved", "trained on FlatDINO latents achieves"), at most ``longest`` words and before word
    ``limit``; None when no verb closes it, or a number stands in it ("with a 92.3% AUC", "with 7B
    parameters": a number, not a qualifier)."""
    for k in range(start, min(limit, start + longest + 1)):
        if k in numbers:
            return None
        verb = words[k] in cues.achieve_cues or words[k] in cues.improvement_cues or words[k] in cues.decrease_cues
        if k > start and verb and words[k - 1] not in _NOUN_LEADS:
            return k - 1  # not "this training set": a noun
        if words[k] in (",", ";", ":", "(", ")"):
            return None
    return None


def _hosted_in(view: SentenceView, base: Located, nc: NumberCues) -> Located | None:
    """The component a clause puts into ``base`` ("we integrate identical attention blocks within U-Net
    architecture ... 58.54% IoU"): the words from after the host verb to the host's name, shown without
    the host's name (the score is the component's in the host, not the host's), else None."""
    words = view.words
    i = base.first - 1
    if i < 2 or words[i] not in nc.host_prepositions:
        return None
    for v in range(i - 1, max(-1, i - 8), -1):
        w = words[v]
        if w in nc.host_verbs:
            if v + 1 >= i:
                return None
            k = v + 1 + (words[v + 1] in ("a", "an", "the", "our"))
            end = view.starts[base.last + 1] if base.last + 1 < len(view.starts) else view.sentence.end
            span = view.sentence.doc[view.starts[k] : end]
            return Located(span=span, first=k, last=base.last, key=span_text(span).lower(), label="")
        if w in (",", ";", ":", ".", "(", ")") or w in nc.bracket_clause_breaks:
            return None
    return None
