"""The parts of the paper's method: a component proposed in a later sentence, a technique the authors
coin, the items of a numbered list after a propose or part verb, the parts a part verb lists."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.claims.subjects import ACTORS, PROPOSE_VERBS, PaperContext
from claimgraph.extract.entities.abbreviation_forms import other_forms
from claimgraph.extract.pipeline.passive import passive_participle
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView, past_abbreviation, sentence_views
from claimgraph.extract.pipeline.sentences import TITLE_END
from claimgraph.extract.relations.guards import reading_cues
from claimgraph.extract.relations.uses.context import _at_core, _own_start, _part_listed, _subject_end
from claimgraph.extract.relations.uses.cues import UsesCues, same, uses_cues
from claimgraph.extract.relations.uses.own_method import _main_method, component_actor, described_only


def _component_proposed(view: SentenceView, tail: Located, ctx: PaperContext) -> bool:
    """Whether a later sentence proposes a further Method of the paper that is a part of the
    proposed method ("We propose FooNet ... we further introduce the Memory Expert Compensation
    Module (MECM)"): "we" and a propose verb just before it, a component noun after it or ending
    it, the main proposal (a Method or Model) not named in the sentence and no other name of it."""
    main = ctx.proposed
    if (
        tail.label != "Method"
        or main is None
        or main.label_ not in ACTORS
        or ctx.propose_index is None
        or view.index <= ctx.propose_index
        or not ctx.is_proposed(tail)
        or component_actor(ctx)  # "our proposed X block ... we design a Y module": Y is no part of X
    ):
        return False
    words = view.words
    uc = uses_cues()
    lead = _named_component(words, tail.first, uc)  # "we propose an innovative module called the X"
    start = tail.first if lead < 0 else lead
    if _built_on_other(view, tail, ctx, uc):
        return False  # "Based on CoLM, we further introduce CoLM-Air": built on CoLM, not a part of the paper's CoM
    coined = tail.span.text[:1].isupper()
    if not _proposed_in_passive(words, tail, uc) and not _we_propose(words, start, uc, coined):
        return False
    if _main_for_purpose(ctx):
        return False  # "we design Pseudo Prompt Generator to encode ...": itself a part (read per paper: last)
    key = main.text.lower()
    if any(e.key == key or same(main, e, abbreviated=False) for e in view.entities):
        return False  # "we introduce FooNet, a X method": the main proposal is here
    if _defined_pair(main, tail.key):
        return False  # the main proposal's other name
    if same(main, tail) or key in tail.key or tail.key in key:
        return False
    at = past_abbreviation(
        words, tail.last + 1
    )  # "the Memory Expert Compensation Module (MECM)"; "the AT-NAC (...) module"
    return (
        lead >= 0
        or at < len(words)
        and words[at] in uc.uses_component_nouns
        or tail.key.split()[-1] in uc.uses_component_nouns
        or (_coined_here(words, tail) or _apposed_component(words, at, uc) or _coined_for_purpose(words, tail, uc))
        and not described_only(main)
        and _main_stands_alone(ctx)
    )


def _built_on_other(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> bool:
    """Whether the sentence opens with a phrase of uses_opening_words that names another Method or Model
    before its comma, not the paper's main proposal ("Based on CoLM, we further introduce CoLM-Air ..."):
    what it proposes is built on that name."""
    words = view.words
    if not words or words[0] not in uc.uses_opening_words or "," not in words[: tail.first]:
        return False
    comma = words.index(",")
    return any(
        e is not tail and e.last < comma and e.label in ACTORS and not _names_main(e, ctx) for e in view.entities
    )


def _names_main(e: Located, ctx: PaperContext) -> bool:
    """Whether ``e`` names the paper's main proposal, by its text or as its long form or abbreviation
    ("Building upon SDTN, we propose TRN": SDTN is the paper's own)."""
    return same(ctx.proposed, e) or _defined_pair(ctx.proposed, e.key)


def _defined_pair(main: Span, key: str) -> bool:
    """Whether the abstract defines ``main`` and the lower-case name ``key`` as a long form and its
    abbreviation (either way round)."""
    return key in {form.lower() for form in other_forms(main.doc, main.text)}


def _main_for_purpose(ctx: PaperContext) -> bool:
    """Whether the paper's main proposal, not named in the title nor ending in a method noun ("Framework"),
    is introduced by what it does ("Therefore, we design Pseudo Prompt Generator to encode pseudo query
    memory"): one part of an unnamed method, so a further proposal is its sibling, not its part."""
    main = ctx.proposed
    doc = main.doc
    title_end = doc.user_data.get(TITLE_END) or 0
    if main.start_char < title_end or main.text.lower() in doc.text[:title_end].lower():
        return False
    if main[-1].lower_ in uses_cues().uses_own_nouns:
        return False  # "We propose an Etiology-Aware Attention Steering Framework to integrate ...": the method
    view = next((v for v in sentence_views(doc) if v.sentence.start <= main.start < v.sentence.end), None)
    if view is None:
        return False
    last = next((e.last for e in view.entities if e.span.start == main.start), -1)
    at = past_abbreviation(view.words, last + 1) if last >= 0 else -1
    return 0 < at < len(view.words) - 1 and view.words[at] == "to" and view.words[at + 1].isalpha()


def _we_propose(words: tuple[str, ...], start: int, uc: UsesCues, coined: bool) -> bool:
    """Whether "we" and a propose verb stand in the six words before word ``start``, no comma between
    ("we further introduce the X Module"), or, for a ``coined`` (capitalised) name, a propose verb there
    goes on a clause of "we" after "and" or "by" ("we incorporate ... and propose CamOperator", "we ... by
    designing a X Module (LBSM)"; not "... and introduce a buffer selection strategy": a description)."""
    before = words[max(0, start - 6) : start]
    verbs = PROPOSE_VERBS | uc.uses_part_propose_verbs
    if "we" in before and any(w in verbs for w in before):
        return not any(w in (",", ";", ":") for w in before[before.index("we") :])
    verb = next((j for j in range(start - 1, max(-1, start - 4), -1) if words[j] in verbs), -1)
    if (
        not coined
        or verb < 1
        or words[verb - 1] not in ("and", "by")
        or not all(w in ("a", "an", "the") for w in words[verb + 1 : start])
    ):
        return False
    clause = words[:verb]
    we = max((j for j, w in enumerate(clause) if w == "we"), default=-1)
    return we >= 0 and not any(w in (";", ":", "which", "that") for w in clause[we:])


def _proposed_in_passive(words: tuple[str, ...], tail: Located, uc: UsesCues) -> bool:
    """Whether the name is the subject of a passive propose verb right after it, past its abbreviation and
    a component noun ("a dedicated Multivariate Forgery Intensity Estimation (MFIE) module is designed
    to ...", "A Multi-Modal Fusion Module is then employed to ..."). The name is already proposed: this asks
    only whether this sentence introduces it as a further part, so any name and any run of ``uses_subject_skips``
    words and -ly adverbs will do, and use verbs (``uses_passive_part_verbs``: "employed") count too, unlike the
    proposes relation's reading of a proposal (``proposes.parts._passive_proposals``)."""
    at = past_abbreviation(words, tail.last + 1)
    if at < len(words) and words[at] in uc.uses_component_nouns:
        at += 1
    verb = passive_participle(words, at, uc.uses_subject_skips, most=None, ly_adverbs=True)
    return verb >= 0 and (words[verb] in PROPOSE_VERBS or words[verb] in uc.uses_passive_part_verbs)


def _named_component(words: tuple[str, ...], at: int, uc: UsesCues) -> int:
    """The article opening "a/an <at most three words> <component noun> called/named (the)" right
    before word ``at`` ("we propose an innovative module called the Rephrasing Adapter"), else -1."""
    j = at - 1 - (at > 0 and words[at - 1] == "the")
    if j < 2 or words[j] not in reading_cues().naming_words or words[j - 1] not in uc.uses_component_nouns:
        return -1
    return next((k for k in range(j - 2, max(-1, j - 6), -1) if words[k] in ("a", "an")), -1)


#: Words that end an apposition before its noun: a relative word, a preposition, a clause break.
_APPOSITION_STOPS = frozenset({"that", "which", "for", "of", "to", "with", ";", ":"})


def _apposition_noun(words: tuple[str, ...], at: int, nouns: frozenset[str], reach: int, *, plain: bool = False) -> int:
    """The index of the first of ``nouns`` in an apposition at ``at`` (", a/an" and at most ``reach`` words),
    before any of _APPOSITION_STOPS (and, when ``plain``, before any token but a word); -1 without one."""
    if at + 2 >= len(words) or words[at] != "," or words[at + 1] not in ("a", "an"):
        return -1
    for j in range(at + 2, min(len(words), at + 2 + reach)):
        if words[j] in _APPOSITION_STOPS or (plain and not words[j].replace("-", "").isalpha()):
            return -1
        if words[j] in nouns:
            return j
    return -1


def _apposed_component(words: tuple[str, ...], at: int, uc: UsesCues) -> bool:
    """Whether an apposition right after a proposed name (", a/an" and at most four words, no
    punctuation or relative word before its noun) ends in a component noun before "that", "which",
    "to" or the sentence's end ("we introduce Lagrangian-Guided Adaptive Erasure Modulation,
    a constrained algorithm that ..."): the name is a part of the main method."""
    j = _apposition_noun(words, at, uc.uses_component_nouns, 5, plain=True)
    return j >= 0 and (j + 1 >= len(words) or words[j + 1] in ("that", "which", "to", "."))


def _main_stands_alone(ctx: PaperContext) -> bool:
    """Whether the paper's main proposal is its whole contribution: named in the title or in the
    authors' propose sentence ("We present a human-grounded evaluation framework ... synCUB" in a
    later sentence is no method of the paper's), which does not open with an ordinal ("First, we
    propose SIBS ... we introduce MGS": the first of several contributions, not their whole)."""
    main = ctx.proposed
    at = next((v for v in sentence_views(main.doc) if v.sentence.start <= main.start < v.sentence.end), None)
    if at is None or at.index not in (0, ctx.propose_index):
        return False
    return not at.words or at.words[0] not in uses_cues().uses_ordinal_openers


def _coined_here(words: tuple[str, ...], tail: Located) -> bool:
    """Whether a capitalised name of several words is coined where it is proposed: its abbreviation
    follows it in parentheses ("we further propose the Weighted Alpha Blending Equation (WABE)",
    "we introduce Candidate Prior Normalization (CPN)"), so a named technique of the paper's method;
    not when a noun after it says it is a metric, task or benchmark ("the Ratio Variance Warping (RVW)
    metric"), when an evaluation follows ("for reference-free evaluation") or the name goes on past
    the abbreviation."""
    uc = uses_cues()
    name = tail.span.text.replace("-", " ").split()
    after = past_abbreviation(words, tail.last + 1)
    if after == tail.last + 1 or len(name) < 2 or _name_goes_on(tail.span):
        return False  # "a Self-Supervised Chain-of-Thought (COT) Data Construction System": a cut name
    noun = after + (after < len(words) and words[after] == "}")
    if noun < len(words) and words[noun] in uc.uses_coined_nonpart_nouns:
        return False  # "the Ratio Variance Warping (RVW) metric", "\\emph{... (CORE)} index"
    if not uc.uses_coined_study_words.isdisjoint(words[after : after + 10]):
        return False  # "the Temporal NCC (TNCC) ... for reference-free evaluation": a measure of the study
    if _apposed_kind(words, after, uc):
        return False  # "we propose the Window-Aware Optimization Module (WOM), an LLM-empowered framework"
    return all(w[:1].isupper() for w in name if w.isalpha() and len(w) > 3)


def _coined_for_purpose(words: tuple[str, ...], tail: Located, uc: UsesCues) -> bool:
    """Whether a capitalised name of several words is followed right away by what it does ("we propose
    Frequency-aware Token Matching by incorporating a penalty", "We further design Point-Lane Graph
    Convolutional Network to enable ..."): a named technique of the paper's method, though no component
    noun or abbreviation says so; not "to evaluate" or a name ending in a measure noun ("Gamma Warp Score"),
    a measure of the study."""
    name = tail.span.text.split()
    after = tail.last + 1
    coined = (
        len(name) >= 2
        or len(name) == 1
        and sum(c.isupper() for c in name[0]) >= 2
        and name[0].replace("-", "").isalnum()
    )
    if not coined or not all(w[:1].isupper() for w in name if w[:1].isalpha()) or after + 1 >= len(words):
        return False
    if name[-1].lower() in uc.uses_coined_nonpart_nouns:
        return False  # "we further propose Gamma Warp Score, which ...": a measure, not a part
    if past_abbreviation(words, after) != after or not uc.uses_coined_study_words.isdisjoint(words[after : after + 10]):
        return False  # an abbreviation is _coined_here's; "we propose X to evaluate ...": a measure of the study
    following = words[after + 1]
    return (
        words[after] == "to"
        and following.isalpha()
        or words[after] == "by"
        and following.endswith("ing")
        or words[after] == ","
        and following == "which"
    )


def _apposed_kind(words: tuple[str, ...], at: int, uc: UsesCues) -> bool:
    """Whether an apposition right after a coined name and its abbreviation (", a/an ...", seven
    words at most, no relative or preposition word before its noun) ends in one of uses_coined_nonpart_nouns or
    uses_coined_standalone_nouns ("Consistency-Oriented Robustness Estimate (CORE) index, a global
    metric", "(WOM), an LLM-empowered, model-agnostic framework", "(MRDF), a domain-specific
    representation"): a further contribution of its own kind, not a part of the main method."""
    while at < len(words) and (words[at] == "}" or words[at] in uc.uses_coined_nonpart_nouns):
        at += 1  # "\\emph{... (CORE)} index, a global metric"
    j = _apposition_noun(words, at, uc.uses_coined_nonpart_nouns | uc.uses_coined_standalone_nouns, 7)
    return j >= 0 and (
        j + 1 >= len(words) or not words[j + 1].isalpha() or words[j + 1] in ("that", "which", "for", "to")
    )


def _name_goes_on(span: Span) -> bool:
    """Whether a capitalised word follows the abbreviation after a name ("Self-Supervised
    Chain-of-Thought (COT) Data Construction System"): the name is longer than the span."""
    doc, at = span.doc, span.end
    return at + 3 < len(doc) and doc[at].text == "(" and doc[at + 2].text == ")" and doc[at + 3].text.istitle()


def _enumerated_part(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> Span | None:
    """The paper's method whose parts a numbered list after a colon names ("Our approach introduces
    two key innovations: (1) Mixed Sampling Strategy, ...; and (2) Policy Correction Mechanism",
    "AdaGRPO consists of two components: (i) X: ...; (ii) Y", "To realize AR-RAG, we propose two
    frameworks: (1) DAiD ..."): a Method right after a list marker (past an article), when the clause
    before the colon has a propose or part verb whose subject is the paper's method, "it" or "we".
    The head is that method named, else the paper's main method, never one the list names itself."""
    words = view.words
    if tail.label != "Method" or not _after_marker(words, tail.first, uc):
        return None
    colons = [j for j in range(tail.first - 1, -1, -1) if words[j] == ":"]
    verb, colon = next(((v, c) for c in colons if (v := _listing_verb(words, c, uc)) > 0), (-1, -1))
    if verb < 1:
        return None  # "AdaGRPO consists of two components: (i) X: tracks ...; (ii) Y": the colon after the verb
    j = _subject_end(words, verb, uc)
    main = _main_method(ctx)
    if main is None or any(same(main, e) for e in view.entities if e.first > colon):
        return None  # "We propose two methods: (1) FooNet ..., (2) Y": contributions side by side
    if j >= 0 and words[j] == "we":
        return main
    if _own_start(view, j, ctx, uc) < 0:
        return None
    named = next((e for e in view.entities if e.last == j and ctx.is_proposed(e)), None)
    return main if named is None else named.span


def _listing_verb(words: tuple[str, ...], colon: int, uc: UsesCues) -> int:
    """The propose or part verb within eight words before a colon ("introduces two key innovations:"), else -1."""
    verbs = range(colon - 1, max(-1, colon - 8), -1)
    return next((j for j in verbs if words[j] in PROPOSE_VERBS or words[j] in uc.uses_part_verbs), -1)


def _after_marker(words: tuple[str, ...], at: int, uc: UsesCues) -> bool:
    """Whether word ``at`` opens an item of a numbered list: "(1) X", "(ii) X", "2) a X"."""
    j = at - 1
    if j >= 0 and words[j] in ("a", "an", "the"):
        j -= 1
    return j >= 1 and words[j] == ")" and words[j - 1] in uc.uses_list_markers


def _introduced_by_ours(
    view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues, uc: UsesCues
) -> Span | None:
    """The paper's method that introduces a further Method or Model the paper proposes as its
    subject ("MemServe introduces MemPool, an elastic memory pool", "To further improve the
    feature, STFTrack introduces a Frequency Enhancement Module (FEM)", "it further designs X"):
    the method's own part. The propose verb stands within six words before the tail (plain words
    between, no comma or cue); its subject, past adverbs, is the paper's main method named, "it" or
    "our method"."""
    if tail.label == "Dataset" or not ctx.is_proposed(tail) or (main := _main_method(ctx)) is None:
        return None  # "Our approach introduces two new datasets (FTAG and T2P)": contributions, not parts
    words = view.words
    verb = next((j for j in range(tail.first - 1, max(-1, tail.first - 7), -1) if words[j] in PROPOSE_VERBS), -1)
    if verb < 1 or not all(w.replace("-", "").isalpha() and w not in rc.use_any for w in words[verb + 1 : tail.first]):
        return None  # "proposes using HDR Gaussian Splats": a cue's object; a comma ends the phrase
    if any(verb < e.first < tail.first for e in view.entities):
        return None  # the first name after the verb only
    j = _subject_end(words, verb, uc)
    if _own_start(view, j, ctx, uc) < 0:
        return None
    named = next((e for e in view.entities if e.last == j and ctx.is_proposed(e)), None)
    if named is None:
        return main  # "it introduces X", "our method introduces X"
    return None if same(named.span, tail) else named.span


def _main_of_part(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues, uc: UsesCues) -> Span | None:
    """The paper's main method when a part verb lists a part the paper proposes ("Our method
    comprises two lightweight modules: FCM and MKP", "It includes two novel modules, a MTFM and
    an OTCM") or a sentence names the core of its unnamed own method ("The core of our framework
    is the X (XX)"): the main method uses its own named parts. None otherwise, or when the main
    proposal is itself only a component (:func:`component_actor`) or is the tail."""
    if not ctx.is_proposed(tail) or (main := _main_method(ctx)) is None or same(main, tail):
        return None
    if _part_listed(view, tail, ctx, rc, uc):
        return main
    named = any(e.first < tail.first and e.label in ACTORS and ctx.is_proposed(e) for e in view.entities)
    return main if not named and _at_core(view, tail, ctx, uc) else None  # "At the heart of FooNet": FooNet
