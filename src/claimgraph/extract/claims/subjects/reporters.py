"""The subject of a reported clause read outside its subject position: the named reporter of a finding
verb with a direct object ("LLM-KICK unveils ...", :func:`_reporter`), the paper's own name that reports
the clause ("FooNet demonstrates that ...", :func:`_proposed_reporter`), the proposed name the clause's
noun phrase is made with (:func:`_made_with_proposed`) and the name after a merit noun ("the superiority
of X", :func:`_merit_subject`)."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.subjects.clauses import _opens_clause, _subjectable
from claimgraph.extract.claims.subjects.context import PaperContext
from claimgraph.extract.claims.subjects.cues import _BREAKS, _CONJUNCTIONS, _CUES, ACTORS
from claimgraph.extract.claims.subjects.named import _named
from claimgraph.extract.claims.subjects.self_references import _this_modifier, is_self_reference, self_referent
from claimgraph.extract.pipeline.sentence_view import SentenceView


def _reporter(
    view: SentenceView, ctx: PaperContext, cues: ClaimCues, verb: int, own_ok: bool
) -> tuple[Span | None, bool] | None:
    """The named subject of a finding verb with a direct object ("LLM-KICK unveils ...",
    "our benchmark reveals ..."): an entity in subject position or a self-reference with
    a head noun before the verb; None when the authors speak ("we find X ...")."""
    words = view.words
    for located in view.entities:
        if (
            verb - 3 < located.last < verb
            and _opens_clause(words, located.first, view)
            and _subjectable(located, ctx, words)
        ):
            return located.span, True  # "X (further) reveals ..."
    for i in range(max(0, verb - 4), verb - 1):
        if (
            words[i] in _CUES.our_determiners
            and any(w in cues.self_heads for w in words[i + 1 : verb])
            and _opens_clause(words, i)
            and is_self_reference(words, i, cues)
        ):
            return self_referent(ctx, words, i, own_ok), False  # "our benchmark reveals ..."
    return None


def _made_with_proposed(view: SentenceView, ctx: PaperContext, lo: int, hi: int) -> Span | None:
    """The proposed name a reported clause's opening noun phrase is made with ("that images synthesized
    using TraceMark-LDM exhibit ...", "the model trained on AthleticsPose outperforms ..."): a participle
    and a preposition right before it, within the clause's first six words; else None."""
    words = view.words
    for located in view.entities:
        first = located.first
        if (
            lo + 2 <= first < min(hi, lo + 6)
            and ctx.is_proposed(located)
            and words[first - 1] in _CUES.made_with_preps
            and words[first - 2].endswith("ed")
            and words[first - 2] not in _CUES.not_made_participles
            and not any(w in _BREAKS or w == "," for w in words[lo:first])
        ):
            return located.span
    return None


def _proposed_reporter(view: SentenceView, ctx: PaperContext, lo: int) -> Span | None:
    """The paper's own named entity that reports the clause starting at ``lo`` ("Evaluated on
    X, FooNet demonstrates that ..."): a proposed name just before the finding verb, in
    subject position; an ablation of the paper's own method that states no number ("Ablation studies
    confirm that DEM is indispensable ...": the proposed Method/Model; its numbers would be ablated
    variants' scores); None otherwise (authors, results, or others' names report it)."""
    words = view.words
    for located in view.entities:
        if (
            lo - 5 <= located.last < lo - 1
            and ctx.is_proposed(located)
            and _subjectable(located, ctx, words)
            and _opens_clause(words, located.first)  # a comma ends an opening phrase ("Evaluated on X, FooNet")
            and (located.first == 0 or words[located.first - 1] not in _CONJUNCTIONS)  # not a list's last
            and not any(w in _BREAKS for w in words[located.last + 1 : lo - 1])
        ):
            return located.span
    if (
        ctx.actor is not None
        and not view.quantities
        and not _CUES.ablation_nouns.isdisjoint(words[max(0, lo - 6) : lo - 1])
    ):
        return ctx.actor
    return None


def _merit_subject(view: SentenceView, ctx: PaperContext, cues: ClaimCues, lo: int, cue: int, own_ok: bool):
    """The name after a merit noun in the reported clause ("demonstrate the superiority of
    SS-PSD over ...", "validate the efficacy of CoRAG", "the effectiveness of our method"),
    as ``(subject, explicit)``, or None when the clause has no such noun before its cue."""
    words = view.words
    if view.present.isdisjoint(_CUES.merit_nouns):
        return None
    stop = len(words) if cue < 0 else min(len(words), cue + 1)
    while stop + 1 < len(words) and words[stop - 1] in _CUES.merit_nouns and words[stop] in ("and", ","):
        stop += 2  # "the superiority and robustness of X": the merit nouns of one phrase
    for i in range(lo, stop):
        if words[i] in _CUES.merit_nouns:
            owner = _merit_owner(view, ctx, cues, i, own_ok)
            if owner is not None:
                return owner
        if words[i] not in _CUES.merit_nouns or i + 1 >= len(words) or words[i + 1] != "of":
            continue
        for located in view.entities:
            if i + 2 <= located.first <= i + 4 and (
                located.label in ACTORS or located.label == "Dataset" and ctx.is_proposed(located)
            ):
                if _this_modifier(words, located, ctx, cues):
                    return self_referent(ctx, words, located.first - 1, own_ok), False
                return _named(view, ctx, cues, located)  # "the superiority of MiraData" (a proposed dataset)
        for j in range(i + 2, min(len(words), i + 5)):
            if words[j] in ("our", "proposed") and any(w in cues.self_heads for w in words[j + 1 : j + 4]):
                return self_referent(ctx, words, j, own_ok), False
        return None
    return None


def _merit_owner(view: SentenceView, ctx: PaperContext, cues: ClaimCues, i: int, own_ok: bool):
    """The owner of the merit noun at ``i`` in the possessive ("demonstrate ACCO's superiority", "validate
    our approach's effectiveness", one adjective between at most: "DeMamba's superior generalizability"),
    as ``(subject, explicit)``: an actor or proposed dataset name right before "'s", or a self-reference
    ("our/the method's"), right after a finding verb; None otherwise (and for an aim: "proposed to improve
    Mamba-2's length generalizability")."""
    words = view.words
    mark = next((j for j in (i - 1, i - 2) if j > 0 and words[j] in ("'s", "’s")), None)
    if mark is None:
        return None
    for located in view.entities:
        if (
            located.last == mark - 1
            and (located.label in ACTORS or located.label == "Dataset" and ctx.is_proposed(located))
            and located.first > 0
            and words[located.first - 1] in cues.finding_verbs
        ):
            return _named(view, ctx, cues, located)
    if (
        mark >= 3
        and words[mark - 1] in cues.self_heads
        and words[mark - 2] in _CUES.our_determiners
        and words[mark - 3] in cues.finding_verbs
    ):
        referent = self_referent(ctx, words, mark - 2, own_ok)
        return (referent, False) if referent is not None else None
    return None
