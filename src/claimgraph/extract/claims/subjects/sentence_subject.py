"""The subject of a sentence and whether it is named there (:func:`resolve_subject`): the entity in
subject position before the main cue, with "our method", "it", "this approach", "we" resolved to the
proposed entity."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.subjects.clauses import (
    _after_opening,
    _component,
    _generic_clause,
    _gerund_clause,
    _in_phrase,
    _opens_clause,
    _subjectable,
)
from claimgraph.extract.claims.subjects.context import PaperContext
from claimgraph.extract.claims.subjects.cues import _CUES, _OTHERS, ACTORS, PROPOSE_VERBS
from claimgraph.extract.claims.subjects.named import (
    _listed,
    _named,
    _ranked_other,
    _respective_member,
    _variant,
    names_proposed,
    whole_word,
)
from claimgraph.extract.claims.subjects.reporters import (
    _made_with_proposed,
    _merit_subject,
    _proposed_reporter,
    _reporter,
)
from claimgraph.extract.claims.subjects.self_references import (
    _measured_in,
    _object_pronoun,
    _our_modifier,
    _own_class_instance,
    demonstrative_referent,
    is_self_reference,
    self_referent,
)
from claimgraph.extract.pipeline.sentence_view import SentenceView


def resolve_subject(
    view: SentenceView, ctx: PaperContext, cues: ClaimCues, cue: int, lo: int, after: bool, reporter: bool = False
) -> tuple[Span | None, bool]:
    """The subject of a sentence and whether it is named there (see module doc).

    "We", "it", "our method" stand for the paper's proposed Method or Model
    (:attr:`PaperContext.actor`), "our benchmark/dataset" for its proposed
    Dataset; a paper that proposes only a dataset has no implicit subject
    ("we find that LLMs ..." is about the models, not the benchmark). A
    proposed name after "with", "using", "by" ... is a component the subject
    uses, not the subject ("With X, our framework achieves ...").
    """
    words = view.words
    own_ok = after or any(ctx.is_proposed(e) for e in view.entities)
    if _gerund_clause(words, lo, cue):
        return self_referent(ctx, words, lo, own_ok), False
    start = _after_opening(words) if cue == 0 and lo == 0 else None
    if start is not None:
        # "Notably, X-7B achieves ...", "Compared to Y, X improves ...": the subject follows the
        # opening; "Notably, our 3-bit Vicuna-1.5 ...", "the proposed scorer" are the paper's own
        own = next(
            (
                i
                for i in range(start, min(len(words), start + 2))
                if words[i] in ("our", "proposed") or is_self_reference(words, i, cues)
            ),
            None,
        )
        if own is not None and not any(start <= e.first < own for e in view.entities):
            variant = _variant(view, ctx, own + 1, own + 2)  # "Notably, our MambaOutRS-t variant attained ..."
            if variant is not None and variant.first == own + 1 and not _listed(view, variant):
                return variant.span, True
            return self_referent(ctx, words, own, own_ok), False
        first = next((e for e in view.entities if e.first >= start), None)
        if (
            own is None
            and first is not None
            and first.first <= start + 1
            and first.label in ACTORS
            and (first.first == start or words[start] in ("the", "a", "an"))
            and not _listed(view, first)  # "Compared with X, Y, and Z, FooNet ...": not Y
        ):
            return _named(view, ctx, cues, first)  # the name that opens the clause
    merit = _merit_subject(view, ctx, cues, lo, cue, own_ok)
    if merit is not None:
        return merit
    if _stated_need(words, lo):
        return None, False  # "These findings highlight the need for richer methods": what the field needs
    if cue < 0:
        if 1 < lo <= len(words) and words[lo - 1] not in ("that", ":"):
            named = _reporter(view, ctx, cues, lo - 1, own_ok)
            if named is not None:
                return named
        for located in view.entities:
            if lo <= located.first < lo + 8 and _subjectable(located, ctx, words) and not _in_phrase(view, located):
                our = _our_modifier(words, located, ctx, cues)
                if our is None:
                    our = _own_class_instance(words, located, ctx)
                if our is not None:
                    return self_referent(ctx, words, our, own_ok), False
                return _named(view, ctx, cues, located)
        if 0 < lo < len(words) and words[lo] in _OTHERS:
            return None, False  # "we find existing reward models struggle ...": others' models
        for i in range(lo, min(len(words), lo + 4)):
            if is_self_reference(words, i, cues):
                return demonstrative_referent(view, ctx, words, i, own_ok, cues), False
        if lo > 0 and _generic_clause(words, lo, len(words)) and not names_proposed(view, ctx, lo, len(words)):
            return _made_with_proposed(view, ctx, lo, len(words)) or _proposed_reporter(view, ctx, lo), False
        if _discovered_phenomenon(view, ctx, cues, lo):
            return None, False  # "we identify the root cause of X": a phenomenon found, not the method's result
        return (ctx.actor if after else None), False
    if _ranked_other(view, lo, cue):
        return None, False  # "with the best model achieving an F1 of 0.56": a ranked model, not ours
    for located in reversed(view.entities):  # the paper's own entity wins when it is in the clause
        if (
            lo <= located.first
            and located.last < cue
            and located.label in ACTORS
            and ctx.is_proposed(located)
            and not _component(located, view)
        ):
            if _respective_member(view, located):
                return None, True  # "FooNet-T and FooNet-L achieve a and b, respectively"
            return whole_word(view, located), True  # "Our DDT-XL/2 achieves ...", not the tagged "DDT"
    variant = _variant(view, ctx, lo, cue)
    if variant is not None:  # "VCMamba-B achieves ...": the whole name, not the proposed "VCMamba"
        return (None, True) if _listed(view, variant) else (variant.span, True)
    if names_proposed(view, ctx, lo, cue):
        # the proposed name, untagged in this sentence; a proposed dataset that opens the clause is itself the
        # subject ("Know-Show establishes a unified standard ..."), not the paper's proposed method
        return _proposed_dataset_subject(view, ctx, cues, lo, cue) or ctx.proposed, True
    candidate = None
    for located in reversed(view.entities):
        if (
            lo <= located.first
            and located.last < cue
            and _subjectable(located, ctx, words)
            and not _in_phrase(view, located)
            and (not reporter or _opens_clause(words, located.first, view))
        ):
            candidate = located
            break
    reference = -1
    for i in range(cue - 1, lo - 1, -1):
        if is_self_reference(words, i, cues) and not _measured_in(words, i):
            reference = i
            break
    our = _our_modifier(words, candidate, ctx, cues) if candidate is not None else None
    if our is None and candidate is not None:
        our = _own_class_instance(words, candidate, ctx)
    if our is not None:
        return self_referent(ctx, words, our, own_ok), False  # "our RAG framework": the paper's own
    if reference >= 0 and (
        candidate is None
        or reference > candidate.last
        and not _object_pronoun(words, candidate, reference, cues)
        and words[reference - 1] not in _CUES.subject_phrase_preps  # "X fine-tuned with our data outperforms"
    ):
        return demonstrative_referent(view, ctx, words, reference, own_ok, cues), False
    if candidate is not None:
        return _named(view, ctx, cues, candidate)
    if lo > 0:
        if _generic_clause(words, lo, cue) or words[lo] in _OTHERS:
            # "results show that large models ...": not about the proposal; but "FooNet demonstrates
            # that query-based trackers benefit ..." reports what the paper's own FooNet shows
            return _made_with_proposed(view, ctx, lo, cue) or _proposed_reporter(view, ctx, lo), False
        made = _made_with_proposed(view, ctx, lo, cue)
        if made is not None:  # "that the model trained on AthleticsPose outperforms ...": made with the proposal
            return made, False
        # the reported clause names no subject: the reporter's may be it ("FooNet shows consistent
        # gains"), but not a name inside the reporter's phrase ("Our analysis of GPT-4o reveals ...")
        if any(w in _CUES.phenomenon_clause_words for w in words[lo:cue]) and _discovered_phenomenon(
            view, ctx, cues, lo
        ):
            return None, False  # "we identify a feature coupling phenomenon, wherein shallow layers exhibit ..."
        return resolve_subject(view, ctx, cues, cue, 0, after, reporter=True)
    return (ctx.actor if after else None), False


#: Words that may open a clause before its subject name ("our proposed X benchmark", "the new X dataset").
_OWN_OPENERS = _CUES.our_determiners | _CUES.descriptor_determiners


def _proposed_dataset_subject(view: SentenceView, ctx: PaperContext, cues: ClaimCues, lo: int, cue: int) -> Span | None:
    """The proposed Dataset the clause ``words[lo:cue]`` is about, else None: a name in subject position (no
    preposition before it in its clause: "Know-Show establishes ...", not "On Know-Show, models ...") that
    opens its clause after a determiner or "our" ("our proposed PixVerve-Bench benchmark establishes ...")
    or is the object of a propose verb ("we propose a new benchmark ZEDD, which contains 8.3x more scenes");
    not the object of another verb ("We use UKBOB to train ..."), nor a place a self-reference's result is
    measured in after it ("benchmark HRVideoBench, on which our finetuned models achieve ..."). None also
    when that dataset is the paper's proposal itself (:attr:`PaperContext.proposed`, returned by the caller)."""
    words = view.words
    for located in view.entities:
        if not (
            lo <= located.first
            and located.last < cue
            and located.label == "Dataset"
            and ctx.is_proposed(located)
            and located.span.text.lower() != ctx.proposed.text.lower()  # the proposal itself: kept as it is
            and _subjectable(located, ctx, words)
            and _opens_clause(words, located.first, view)
            and not _in_phrase(view, located)
        ):
            continue
        if any(is_self_reference(words, i, cues) for i in range(located.last + 1, cue)):
            continue
        start = max([lo] + [i + 1 for i in range(lo, located.first) if words[i] == ","])
        before = [w for w in words[start : located.first] if w not in _OWN_OPENERS]
        if not before or any(w in PROPOSE_VERBS for w in before):
            return located.span
    return None


def _stated_need(words: tuple[str, ...], lo: int) -> bool:
    """Whether the reported clause at ``lo`` is a need (subjects.json need_nouns) after a determiner and at
    most two adjectives, before "for", "to" or "of": "These findings highlight the (urgent) need for X", "Our
    findings suggest a need to reevaluate ...". It states what the field needs, no result of anyone's."""
    if lo < 1 or lo >= len(words) or words[lo] not in ("the", "a", "an"):
        return False
    for i in range(lo + 1, min(len(words) - 1, lo + 4)):
        if words[i] in _CUES.need_nouns:
            return words[i + 1] in ("for", "to", "of")
        if not words[i].isalpha():
            return False
    return False


def _discovered_phenomenon(view: SentenceView, ctx: PaperContext, cues: ClaimCues, lo: int) -> bool:
    """Whether "we" and a verb of discovering (subjects.json discovery_verbs; :func:`_said_by_we`)
    report, from word ``lo`` on, something that holds no number, no self-reference and no proposed name: "Additionally,
    we identify the root cause of X as ...", "We posit that this collapse is driven by ...", "we rethink X
    and reveal inconsistencies in ..."; not "we identify and segregate X" (an action of the method). The
    caller has found no result word in it, or one only in a clause that describes the phenomenon ("we
    identify a feature coupling phenomenon, wherein shallow layers exhibit ...")."""
    words = view.words
    verb = lo - 2 if lo >= 2 and words[lo - 1] in ("that", ":") else lo - 1
    if verb < 1 or words[verb] not in _CUES.discovery_verbs or words[verb + 1] == "and":
        return False  # "we identify and segregate real videos ...": what the method does
    if not _said_by_we(words, verb):
        return False
    if any(q.first >= lo for q in view.quantities):
        return False  # "we observe an average attack success rate of 71.3%": a number the method scored
    if any(is_self_reference(words, i, cues) for i in range(lo, len(words))):
        return False
    return not names_proposed(view, ctx, lo, len(words)) and not any(ctx.is_proposed(e) for e in view.entities)


def _said_by_we(words: tuple[str, ...], verb: int) -> bool:
    """Whether "we" is the subject of the verb at ``verb``: it stands earlier in the verb's clause (no
    comma, semicolon or colon between), also across a coordinated verb ("we rethink X and reveal Y")."""
    for i in range(verb - 1, -1, -1):
        if words[i] in (",", ";", ":"):
            return False
        if words[i] == "we":
            return True
    return False
