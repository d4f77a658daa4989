"""Who a sentence is about and whom it compares against (token patterns only).

Shared by the claims and relations components:

- :func:`paper_context` finds the paper's proposed entity (the first proposed
  Method/Model, else the first proposed entity) and the index of the sentence
  that proposes it;
- :func:`resolve_subject` picks the entity in subject position before the main
  cue, resolving "our method", "it", "this approach", "we" to the proposed
  entity;
- :func:`markers` and :func:`baselines_of` find the entities after
  "outperforms", "than", "over", "compared to", "versus", "improves" ...
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers the shared Doc and Span extensions)
from claimgraph.extract.claims.cues import ClaimCues, claim_cues, relation_cues
from claimgraph.extract.cues import author_cues, load_cues, read_cue_file
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.pipeline.sentence_view import CONTEXT_CACHE, Located, SentenceView
from claimgraph.vocabulary import ACTOR_TYPES

ACTORS = frozenset(ACTOR_TYPES)
_ENABLE = relation_cues().enable_verbs
_JOINERS = relation_cues().list_joiners
_CONJUNCTIONS = _JOINERS - {","}
_SELF_HEADS = claim_cues().self_heads  # "our method", "the proposed framework" ...
_OTHERS = relation_cues().others_words  # "existing", "prior" ...
PROPOSE_VERBS = author_cues().propose_verbs


@dataclass(frozen=True, slots=True)
class SubjectCues:
    """Word sets of ``cues/subjects.json`` (the file documents each key)."""

    not_subject_after: frozenset[str]
    enumerators: frozenset[str]
    clause_openers: frozenset[str]
    our_determiners: frozenset[str]
    clause_stops: frozenset[str]
    compare_gap_stops: frozenset[str]
    clause_breaks: frozenset[str]
    family_markers: frozenset[str]
    dataset_self_heads: frozenset[str]
    subject_preps: frozenset[str]
    infinitive_adverbs: frozenset[str]
    component_heads: frozenset[str]
    respective_words: frozenset[str]
    based_words: frozenset[str]
    appositive_baseline_words: frozenset[str]
    descriptor_determiners: frozenset[str]
    superlative_words: frozenset[str]
    superlative_heads: frozenset[str]
    trained_words: frozenset[str]
    merit_nouns: frozenset[str]
    subject_example_markers: frozenset[str]
    subject_phrase_preps: frozenset[str]
    aim_words: frozenset[str]
    place_preps: frozenset[str]
    ablation_nouns: frozenset[str]
    made_with_preps: frozenset[str]
    not_made_participles: frozenset[str]
    adding_gerunds: frozenset[str]


_CUES = load_cues(SubjectCues, "subjects.json")
#: learning paradigms and architecture classes ("cnn", "transfer learning"): relation_reading.json's paradigm_tails
_PARADIGMS = frozenset(read_cue_file("relation_reading.json")["paradigm_tails"])


#: Words before a proposed name that keep it from being the subject; "by" introduces a passive agent.
_NOT_AGENT = _CUES.not_subject_after - {"by"}
#: Words after which a background word ("over recent models", "than existing methods") describes a baseline.
_BASELINE_MARKERS = frozenset({"over", "than", "against"}) | claim_cues().beat_verbs
#: Verbs of a gain or a saving ("This improves ...", "This reduces ..."), not of achieving ("This sets ...").
_GAIN_VERBS = frozenset(w for w in claim_cues().improvement_cues | claim_cues().decrease_cues if w.endswith("s"))
#: Words that open a new clause before a name ("show that X ...", "whereas X ...").
_BREAKS = _CUES.clause_breaks - {"and", ","}


@dataclass(frozen=True, slots=True)
class PaperContext:
    """What the whole paper tells about its own contribution."""

    proposed: Span | None
    keys: frozenset[str]
    propose_index: int | None
    has_title: bool
    #: The first proposed Method/Model (what "we", "our method", "it" stand for), else None.
    actor: Span | None = None
    #: The first proposed Dataset (what "our benchmark", "this dataset" stand for), else None.
    dataset: Span | None = None
    #: ``keys`` without hyphens and spaces, so that "alpha-Flow" matches the proposed AlphaFlow.
    spelled: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "spelled", frozenset(k.replace("-", "").replace(" ", "") for k in self.keys))

    def is_proposed(self, span: Span | Located) -> bool:
        """Whether ``span`` (or a located span) names an entity the paper introduces."""
        if not self.keys:
            return False
        if isinstance(span, Located):
            if span.key in self.keys:
                return True
            span = span.span
        return span.text.lower() in self.keys or bool(span.kb_id_) and span.kb_id_.lower() in self.keys


def paper_context(doc: Doc, views: list[SentenceView], cues: ClaimCues) -> PaperContext:
    """Collect the proposed entity, its aliases and the propose sentence index.

    Cached in ``doc.user_data`` next to the sentence views (see
    :func:`claimgraph.extract.pipeline.sentence_view.release_views`).
    """
    cached = doc.user_data.get(CONTEXT_CACHE)
    if cached is not None:
        return cached
    proposes = list(doc._.proposes or ())
    # a coined name before an established (lexicon) one: "we introduce domain adversarial learning
    # ... our GB-DAL" is about GB-DAL
    # ... and a whole system before a part of it ("a token allocation mechanism ... our framework")
    actors = sorted((s for s in proposes if s.label_ in ACTORS), key=lambda s: (_established(s), is_component(s)))
    proposed = actors[0] if actors else (proposes[0] if proposes else None)
    keys = {s.text.lower() for s in proposes} | {s.kb_id_.lower() for s in proposes if s.kb_id_}
    pairs = doc._.abbreviations
    for long, short in pairs or ():
        if long.text.lower() in keys or short.text.lower() in keys:
            keys |= {long.text.lower(), short.text.lower()}
    keys |= _initials(s.text for s in proposes)
    title_end = doc.user_data.get("cg_title_end")
    has_title = bool(title_end) and len(views) > 1
    first = 1 if has_title else 0
    propose_index = None
    starts = {s.start for s in proposes}
    for view in views[first:]:
        words = view.words
        by_authors = not view.present.isdisjoint(PROPOSE_VERBS) and any(
            w in PROPOSE_VERBS
            and any(a in cues.author_words or a in cues.author_nouns for a in words[max(0, i - 4) : i])
            for i, w in enumerate(words)
        )
        if (
            by_authors
            or any(e.span.start in starts for e in view.entities)
            or (keys and not view.present.isdisjoint(keys))
        ):
            propose_index = view.index
            break
    datasets = [s for s in proposes if s.label_ == "Dataset"]
    actor = actors[0] if actors else None
    if actor is not None and _component_of_unnamed(doc, views, actor, propose_index):
        actor = None
    context = PaperContext(
        proposed,
        frozenset(keys),
        propose_index,
        has_title,
        actor,
        datasets[0] if datasets else None,
    )
    doc.user_data[CONTEXT_CACHE] = context
    return context


def _established(span: Span) -> bool:
    """Whether a proposed name is an established (lexicon) name, which the paper's own
    contribution rarely is; sorts coined names first."""
    return get_evidence(span) == "lexicon"


def is_component(span: Span) -> bool:
    """Whether a name is that of a part ("Residual Convolutional Block Attention Module", "a
    Spatial Self-Attention (SSA) mechanism"): its last word, or the word after it and its
    parenthesised abbreviation, is a component head."""
    doc = span.doc
    end = span.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3
    return (
        doc[span.end - 1].lower_ in _CUES.component_heads or end < len(doc) and doc[end].lower_ in _CUES.component_heads
    )


def _initials(names) -> set[str]:
    """Acronyms spelled by the initials of proposed names of three or more words
    ("Discriminative Concept Calibrator" -> "dcc"), lower-cased: the paper's short name for
    them even where no "(DCC)" definition was read."""
    found = set()
    for name in names:
        parts = [p for p in name.replace("-", " ").split() if p[:1].isalpha()]
        if len(parts) >= 3 and all(p[0].isupper() for p in parts):
            found.add("".join(p[0] for p in parts).lower())
    return found


def _component_of_unnamed(doc: Doc, views: list[SentenceView], actor: Span, propose_index: int | None) -> bool:
    """Whether the first proposed name is only a component of an unnamed contribution: the
    authors' propose sentence names nothing ("we propose a novel framework for X") and the
    name comes later as a part ("a new Spatial Self-Attention (SSA) mechanism"); then "our
    framework" is not that component."""
    if propose_index is None:
        return False
    sentence = next((v.index for v in views if v.sentence.start <= actor.start < v.sentence.end), None)
    if sentence is None or sentence <= propose_index:
        return False
    end = actor.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3  # "Spatial Self-Attention (SSA) mechanism"
    return end < len(doc) and doc[end].lower_ in _CUES.component_heads


def is_purpose(words: tuple[str, ...], i: int) -> bool:
    """Whether ``words[i]`` is an infinitive of purpose: "to improve", "to further improve",
    or coordinated with one ("to reduce hallucination and enhance ...")."""
    if i > 1 and words[i - 1] in ("for", "at") and words[i - 2] in _CUES.aim_words:
        return True  # "aiming for increased performance", "aimed at improving ..."
    if i == 0 or words[i].endswith(("s", "ment", "ion", "ed")):
        return False
    before = words[i - 1]
    if before == "to":
        return True
    if i > 1 and words[i - 2] == "to" and (before.endswith("ly") or before in _CUES.infinitive_adverbs):
        return True  # "to further enhance", "to significantly improve"
    if before in ("and", "or"):
        for j in range(i - 2, max(-1, i - 7), -1):
            if words[j] in (",", ";", ":", "that", "which"):
                return False
            if words[j] == "to" and j + 1 < i - 1 and words[j + 1].isalpha():
                return not words[j + 1].endswith(("s", "ment", "ion", "ed")) and words[j + 1] not in ("the", "a", "an")
    return False


def entity_mask(view: SentenceView) -> frozenset[int]:
    """Indices of words inside non-metric entity names (their cue words do not count)."""
    return frozenset(i for e in view.entities if e.label != "Metric" for i in range(e.first, e.last + 1))


def is_background(view: SentenceView, cues: ClaimCues, within: int | None = None) -> bool:
    """Whether the sentence carries background words ("recent", "existing", "have been"),
    anywhere or (``within``) among its first words ("However, ...", "Existing methods ...")."""
    words = view.words
    if view.present.isdisjoint(cues.background_cues) and view.present.isdisjoint(("have", "has")):
        return False
    for i, word in enumerate(words if within is None else words[:within]):
        if word in cues.background_cues:
            if i and (words[i - 1] in _BASELINE_MARKERS or i > 1 and words[i - 2] in _BASELINE_MARKERS):
                continue  # "improving ... over recent state-of-the-art models": the baseline, not background
            return True
        if word in ("have", "has") and i + 1 < len(words):
            following = words[i + 1]
            if following == "been" or following.endswith(("ed", "en", "own")):
                if following != "been" and (
                    words[i - 1] in cues.author_words
                    or i > 1
                    and words[i - 1] in cues.result_nouns
                    and words[i - 2] in _CUES.our_determiners
                ):
                    continue  # "the experiments have shown ...", "we have found ...": the authors' result
                return True
    return False


def _self_reference(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    word = words[i]
    if word in cues.self_pronouns or word == "we":
        return True
    if word in ("our", "proposed", "this", "these", "such"):
        return any(w in cues.self_heads for w in words[i + 1 : i + 4])
    return False


def own_reference(view: SentenceView, ctx: PaperContext, cues: ClaimCues) -> bool:
    """Whether the sentence speaks about the authors' own work."""
    words = view.words
    if not view.present.isdisjoint(cues.author_words):
        return True
    if not view.present.isdisjoint(cues.author_nouns) and any(
        w in cues.author_nouns
        and words[i - 1] in ("this", "our")
        and not cues.finding_verbs.isdisjoint(words[i + 1 : i + 3])
        for i, w in enumerate(words)
        if i
    ):
        return True  # "this paper shows that ...", "this work further demonstrates ...": the authors report
    if any(ctx.is_proposed(e) for e in view.entities) or not view.present.isdisjoint(ctx.keys):
        return True  # the proposed name, even where the entity stage missed a mention
    if ctx.spelled and any((e.key or "").replace("-", "").replace(" ", "") in ctx.spelled for e in view.entities):
        return True  # "Video CoM achieves ..." for the proposed "Video-CoM"
    if "proposed" in view.present and any(
        w == "proposed" and words[i - 1] in _CUES.our_determiners for i, w in enumerate(words) if i
    ):
        return True  # "the proposed method", not "methods have been proposed"
    if (
        "this" in view.present
        and any(words[i] == "this" and words[i + 1] in cues.self_heads for i in range(len(words) - 1))
        and not is_background(view, cues, 4)
    ):
        return (
            True  # "this approach", unless the sentence opens on others' work ("Previous work ..., but this approach")
        )
    return (
        ctx.propose_index is not None
        and view.index > ctx.propose_index
        and (
            any(w in cues.self_pronouns for w in words[:3])
            or _opening_pronoun(words, cues)  # "For open-ended tasks, it generalizes well ..."
            or words[:2] == ("the", "resulting")  # "The resulting heuristics solve many more tasks ..."
            or len(words) > 2
            and words[0] in ("these", "such", "this", "together")
            and (
                words[1] in cues.own_result_heads
                or words[1:3] == (",", "these")
                and words[3:4]
                and words[3] in cues.own_result_heads
            )
            # "These gains come with minimal overhead.", "Together, these contributions lead to ..."
            or words[0] == "this"
            and (words[1] in _GAIN_VERBS or words[1].endswith("ly") and words[2] in _GAIN_VERBS)
            # "This improves ...", "This significantly reduces ..."
        )
    )


def _opening_pronoun(words: tuple[str, ...], cues: ClaimCues) -> bool:
    """Whether "it"/"they" opens the main clause after an opening phrase ("By learning X
    through Y, it achieves ...", "For multiple-choice questions, it detects ...")."""
    start = opening_end(words)
    return start is not None and any(w in cues.self_pronouns for w in words[start : start + 2])


def clause_start(view: SentenceView, finding: int) -> int:
    """First word of the reported clause ("we show that >X ...") or 0."""
    if finding < 0:
        return 0
    for i in range(finding + 1, min(len(view.words), finding + 4)):
        if view.words[i] in ("that", ":"):
            return i + 1
    return finding + 1


def _subjectable(located: Located, ctx: PaperContext, words: tuple[str, ...]) -> bool:
    if located.label not in ACTORS and not (located.label == "Dataset" and ctx.is_proposed(located)):
        return False
    before = words[max(0, located.first - 2) : located.first]
    return not any(w in _CUES.not_subject_after for w in before)


def in_subject_position(located: Located, ctx: PaperContext, words: tuple[str, ...]) -> bool:
    """Whether an entity may be a clause's subject (an actor not after "than", "using", "on" ...)."""
    return _subjectable(located, ctx, words)


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
        return _own_reference(ctx, words, lo, own_ok), False
    start = _after_opening(words) if cue == 0 and lo == 0 else None
    if start is not None:
        # "Notably, X-7B achieves ...", "Compared to Y, X improves ...": the subject follows the
        # opening; "Notably, our 3-bit Vicuna-1.5 ...", "the proposed scorer" are the paper's own
        own = next(
            (
                i
                for i in range(start, min(len(words), start + 2))
                if words[i] in ("our", "proposed") or _self_reference(words, i, cues)
            ),
            None,
        )
        if own is not None and not any(start <= e.first < own for e in view.entities):
            variant = _variant(view, ctx, own + 1, own + 2)  # "Notably, our MambaOutRS-t variant attained ..."
            if variant is not None and variant.first == own + 1 and not _listed(view, variant):
                return variant.span, True
            return _own_reference(ctx, words, own, own_ok), False
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
                    return _own_reference(ctx, words, our, own_ok), False
                return _named(view, ctx, cues, located)
        if 0 < lo < len(words) and words[lo] in _OTHERS:
            return None, False  # "we find existing reward models struggle ...": others' models
        for i in range(lo, min(len(words), lo + 4)):
            if _self_reference(words, i, cues):
                return _own_reference(ctx, words, i, own_ok), False
        if lo > 0 and _generic_clause(words, lo, len(words)) and not names_proposed(view, ctx, lo, len(words)):
            return _made_with_proposed(view, ctx, lo, len(words)) or _proposed_reporter(view, ctx, lo), False
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
            return located.span, True
    variant = _variant(view, ctx, lo, cue)
    if variant is not None:  # "VCMamba-B achieves ...": the whole name, not the proposed "VCMamba"
        return (None, True) if _listed(view, variant) else (variant.span, True)
    if names_proposed(view, ctx, lo, cue):
        return ctx.proposed, True  # the proposed name, untagged in this sentence
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
        if _self_reference(words, i, cues) and not _measured_in(words, i):
            reference = i
            break
    our = _our_modifier(words, candidate, ctx, cues) if candidate is not None else None
    if our is None and candidate is not None:
        our = _own_class_instance(words, candidate, ctx)
    if our is not None:
        return _own_reference(ctx, words, our, own_ok), False  # "our RAG framework": the paper's own
    if reference >= 0 and (
        candidate is None
        or reference > candidate.last
        and not _object_pronoun(words, candidate, reference, cues)
        and words[reference - 1] not in _CUES.subject_phrase_preps  # "X fine-tuned with our data outperforms"
    ):
        return _own_reference(ctx, words, reference, own_ok), False
    if candidate is not None:
        return _named(view, ctx, cues, candidate)
    if lo > 0:
        if _generic_clause(words, lo, cue) or words[lo] in _OTHERS:
            # "results show that large models ...": not about the proposal; but "FooNet demonstrates
            # that query-based trackers benefit ..." reports what the paper's own FooNet shows
            return _made_with_proposed(view, ctx, lo, cue) or _proposed_reporter(view, ctx, lo), False
        # the reported clause names no subject: the reporter's may be it ("FooNet shows consistent
        # gains"), but not a name inside the reporter's phrase ("Our analysis of GPT-4o reveals ...")
        return resolve_subject(view, ctx, cues, cue, 0, after, reporter=True)
    return (ctx.actor if after else None), False


def _our_modifier(words: tuple[str, ...], located: Located, ctx: PaperContext, cues: ClaimCues) -> int | None:
    """The index of "our" when an established (lexicon) name only modifies the paper's own method
    ("our RAG framework", "Our BERT-based framework", "our proposed LoRA method"): "our" (and
    "proposed") right before it and a self head within two words after it ("-based" passed over);
    None otherwise, for a coined name ("our proposed DL4ND approach" is DL4ND) or a proposed one."""
    first = located.first
    our = first - 2 if first >= 2 and words[first - 1] == "proposed" else first - 1
    if our < 0 or words[our] != "our" or ctx.is_proposed(located):
        return None
    if get_evidence(located.span) not in ("lexicon", "lexicon-variant"):
        return None  # a coined name ("our proposed DL4ND approach") is the method's own name
    after = [w for w in words[located.last + 1 : located.last + 5] if w not in ("-", "based", "driven", "powered")]
    return our if any(w in cues.self_heads for w in after[:2]) else None


def _gerund_clause(words: tuple[str, ...], lo: int, cue: int) -> bool:
    """Whether the clause before the finding verb at ``cue`` is a gerund phrase of adding or combining
    (subjects.json adding_gerunds), after an opening adverb if any, with no comma before the verb:
    "Incorporating multi-source training and data augmentation further enhances robustness", "Moreover,
    combining the predictions of 15 models increases the accuracy to 85.2%". What the gerund adds is no
    subject; the paper's system with it is. Not "Using X, we achieve ..." (the comma ends the phrase),
    nor "equipping the Mamba architecture with attention blocks improves ..." (its object is the host)."""
    start = lo + 2 if lo + 1 < len(words) and words[lo + 1] == "," else lo
    return lo <= start < cue and words[start] in _CUES.adding_gerunds and "," not in words[start:cue]


def _own_class_instance(words: tuple[str, ...], located: Located, ctx: PaperContext) -> int | None:
    """The index of "our"/"proposed" when a class of models or a learning paradigm names the paper's own
    unnamed instance of it: "The proposed deep CNN achieved 100% accuracy", "our custom CNN reaches 0.917"
    ("our" or "proposed" at most two words before the class, one modifier between at most); None otherwise
    (a class the paper proposes, or "the CNN model got a CER of 3.85%": no own instance)."""
    if ctx.is_proposed(located) or located.key.replace("-", " ").removesuffix("s") not in _PARADIGMS:
        return None
    for i in range(located.first - 1, max(-1, located.first - 3), -1):
        if words[i] in ("our", "proposed"):
            return i
        if not words[i].isalpha() or words[i] in ("the", "a", "an"):
            return None
    return None


def _ranked_other(view: SentenceView, lo: int, cue: int) -> bool:
    """Whether the clause opens with, or the words right before the finding verb are, a ranked model
    the paper evaluates: "the best model achieves", "even the strongest model reaches", "The
    best-performing combination achieves" (not "our best model", the paper's own; not when a name
    follows: "the best model, GPT-4, achieves" is about GPT-4)."""
    words = view.words
    for i in (*range(lo + 1, min(cue, lo + 3)), *range(max(lo + 3, cue - 4), cue)):  # clause start, before cue
        if words[i] in _CUES.superlative_words and i > 0 and words[i - 1] in ("the", "even"):
            if any(i < e.first < cue and e.label in ACTORS for e in view.entities):
                return False  # "the best model, GPT-4, achieves ...": the name is the subject
            return any(w in _CUES.superlative_heads for w in words[i + 1 : min(cue, i + 4)])
    return False


def _named(view: SentenceView, ctx: PaperContext, cues: ClaimCues, located: Located) -> tuple[Span | None, bool]:
    """A named subject candidate, or no subject when the name is not the one that achieves
    the result: one of a "respectively" list, the base of an unnamed system ("a
    Qwen3-32B-based agent"), a baseline described by an appositive ("BigCodec, the current
    SOTA codec, which ..."), or a generic Method naming an unnamed system ("a multi-task
    learning technique that ..."). The paper's own names are kept."""
    if ctx.is_proposed(located):
        return located.span, True
    words = view.words
    after = located.last + 1
    if _respective_member(view, located):
        return None, True
    based = (after + 1 < len(words) and words[after] == "-" and words[after + 1] in _CUES.based_words) or words[
        located.last
    ].rpartition("-")[2] in _CUES.based_words
    if based and located.label == "Model":
        return None, True  # "a Qwen3-32B-based agent"; "the RLHF-based approach" keeps the Method
    trained = (after + 1 < len(words) and words[after] == "-" and words[after + 1] in _CUES.trained_words) or words[
        located.last
    ].rpartition("-")[2] in _CUES.trained_words
    if trained and located.label == "Method":
        # "the SFT-trained model achieves 86%": a model trained with the Method; "our SFT-trained model" is ours
        return (ctx.actor if located.first > 0 and words[located.first - 1] == "our" else None), False
    if (
        after + 1 < len(words)
        and words[after] == ","
        and words[after + 1] in ("the", "a", "an")
        and any(w in _CUES.appositive_baseline_words for w in words[after + 2 : after + 6])
    ):
        return None, True  # "BigCodec, the current SOTA codec, which achieves ..."
    if _name_fragment(view, located):
        return None, True  # "the Variable Threshold feature selection algorithm": not "feature selection"
    if (
        located.label == "Method"
        and not based
        and located.first > 0
        and words[located.first - 1] in _CUES.descriptor_determiners
        and after < len(words)
        and words[after] in cues.self_heads
    ):
        # "our Deep RL approach" is the paper's own system; "a multi-task learning technique"
        # (a lower-case class name) none; "the Self-Instruct approach" stays Self-Instruct
        if words[located.first - 1] in ("our", "proposed") and ctx.actor is not None and not _coined(located.span.text):
            return ctx.actor, False  # "our proposed DL4ND approach" keeps its coined name
        if located.span.text.islower():
            return None, True  # "the proposed SFDR method" (no other own name) keeps SFDR
    return located.span, True


def _name_fragment(view: SentenceView, located: Located) -> bool:
    """Whether a Method or Model name is the tail of a longer name we do not know: right after a
    capitalised word that no entity covers and that does not open the sentence or a clause ("the Variable
    Threshold feature selection algorithm combined with the SVM model achieved ..." names the Variable
    Threshold algorithm, not feature selection; "Point Transformer V3 achieves", "Attention U-Net paired
    with ...", "the Vision and Language Transformer" name neither Transformer nor U-Net)."""
    i = located.first - 1
    if located.label not in ACTORS or i < 1:
        return False
    if any(e.first <= i <= e.last for e in view.entities):
        return False
    word = view.sentence.doc[view.starts[i]].text
    return word[:1].isupper() and word.isalpha() and view.words[i - 1] not in (".", ",", ";", ":", "(")


def opening_end(words: tuple[str, ...]) -> int | None:
    """Where the main clause starts after an opening adverbial phrase ("By mitigating X and
    improving Y, DCC strengthens ...": the index of "DCC"), within 24 words; None otherwise."""
    return _after_opening(words, 25)


def _after_opening(words: tuple[str, ...], window: int = 13) -> int | None:
    """Where the clause after a sentence-opening cue starts: after "Notably," or after the
    comma that closes "Compared to Y, ..." or "Notably, on X, ..." (within 12 words); None
    otherwise."""
    start = 0
    if len(words) > 2 and words[1] == ",":
        start = 2
    if start < len(words) and (words[start] in _CUES.not_subject_after or words[start] in _CUES.subject_preps):
        comma = next((i for i in range(start + 1, min(len(words), start + window)) if words[i] == ","), None)
        start = comma + 1 if comma is not None else 0
    return start if 0 < start < len(words) else None


def _variant(view: SentenceView, ctx: PaperContext, lo: int, cue: int) -> Located | None:
    """A Model/Method in the clause before the cue whose name extends a proposed name
    ("VCMamba-B", "ThinkLite-VL-7B" for the proposed "VCMamba", "ThinkLite-VL"), not
    after "than", "using" ..."""
    if not ctx.keys:
        return None
    for located in view.entities:
        if lo <= located.first and located.last < cue and located.label in ACTORS:
            key = located.key or located.span.text.lower()
            if key not in ctx.keys and any(key.startswith(k + "-") for k in ctx.keys):
                if _subjectable(located, ctx, view.words):
                    return located
    return None


def _coined(text: str) -> bool:
    """Whether a name looks coined rather than a class name: a digit, an inner capital
    after a small letter or one acronym of three or more capitals ("DL4ND", "evTransFER",
    "HTL"; not "Deep RL", "SFT-RL", "transfer learning")."""
    if len(text) >= 3 and text.isalpha() and text.isupper():
        return True
    return any(c.isdigit() for c in text) or any(
        a.islower() and b.isupper() for a, b in zip(text, text[1:], strict=False)
    )


def _listed(view: SentenceView, located: Located) -> bool:
    """Whether another Model/Method stands next to ``located`` joined only by list words
    ("GPTZero, Claude and GPT-4o")."""
    words = view.words
    for other in view.entities:
        if other is located or other.label not in ACTORS:
            continue
        gap = (
            words[other.last + 1 : located.first]
            if other.last < located.first
            else words[located.last + 1 : other.first]
        )
        if gap and len(gap) <= 2 and all(w in _JOINERS for w in gap):
            return True
    return False


def _respective_member(view: SentenceView, located: Located) -> bool:
    """Whether the sentence says "respectively" and ``located`` stands in a list of names: next to another
    Model/Method (:func:`_listed`) or last after "and"/"or" and a name no entity covers ("GPTZero, Claude
    Opus-4.6, and GPT-5.5 achieve 89.41%, 77.92%, and 75.94% respectively")."""
    if view.present.isdisjoint(_CUES.respective_words):
        return False
    if _listed(view, located):
        return True
    words, k = view.words, located.first - 1
    if k < 1 or words[k] not in _CONJUNCTIONS:
        return False  # "A and B", "A, B, and C"; not "On EVT-Bench, FooNet achieves ..."
    k -= 1 + (words[k - 1] == ",")
    if k < 0:
        return False
    word = view.sentence.doc[view.starts[k]].text
    return word[:1].isalnum() and any(c.isdigit() or c.isupper() for c in word)


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
            and _self_reference(words, i, cues)
        ):
            return _own_reference(ctx, words, i, own_ok), False  # "our benchmark reveals ..."
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


def _opens_clause(words: tuple[str, ...], first: int, view: SentenceView | None = None) -> bool:
    """Whether no preposition stands before word ``first`` in its clause ("Experiments on
    X and our in-house Y model demonstrate ...": Y is no subject). With ``view``, a comma
    inside a list of names ("on Qwen3-VL, Kimi-VL, and ERNIE-VL") does not end the clause."""
    return not _after_in_clause(words, first, _CUES.subject_preps, view)


def _after_in_clause(words: tuple[str, ...], first: int, stops: frozenset[str], view: SentenceView | None) -> bool:
    """Whether a word of ``stops`` stands before word ``first`` in its clause; with ``view``,
    commas after a name or an example marker ("e.g.,") continue the clause."""
    ends = {e.last for e in view.entities} if view is not None else set()
    for j in range(first - 1, -1, -1):
        w = words[j]
        if w == "," and view is not None and j and (j - 1 in ends or words[j - 1] in _CUES.subject_example_markers):
            continue  # "on Qwen3-VL, Kimi-VL, and ERNIE-VL", "(e.g., o3-mini, ..."
        if w in (",", ";", ":") or view is not None and w in _BREAKS:
            return False
        if w in stops:
            return True
    return False


def _in_phrase(view: SentenceView, located: Located) -> bool:
    """Whether a name stands inside a prepositional phrase or a list of examples of its
    clause, not in subject position: "Experiments across dense and Mixture-of-Experts LLMs
    demonstrate ...", "by integrating X with the powerful Y, ...", "models (e.g., o3-mini,
    Qwen3) achieve ..."; "of" does not count ("the performance of X improves")."""
    return _after_in_clause(view.words, located.first, _CUES.subject_phrase_preps | _CUES.subject_example_markers, view)


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
        if words[i] not in _CUES.merit_nouns or i + 1 >= len(words) or words[i + 1] != "of":
            continue
        for located in view.entities:
            if i + 2 <= located.first <= i + 4 and (
                located.label in ACTORS or located.label == "Dataset" and ctx.is_proposed(located)
            ):
                if _this_modifier(words, located, ctx, cues):
                    return _own_reference(ctx, words, located.first - 1, own_ok), False
                return _named(view, ctx, cues, located)  # "the superiority of MiraData" (a proposed dataset)
        for j in range(i + 2, min(len(words), i + 5)):
            if words[j] in ("our", "proposed") and any(w in cues.self_heads for w in words[j + 1 : j + 4]):
                return _own_reference(ctx, words, j, own_ok), False
        return None
    return None


def _this_modifier(words: tuple[str, ...], located: Located, ctx: PaperContext, cues: ClaimCues) -> bool:
    """Whether an established (lexicon) name only modifies the paper's own work after a merit noun: "this"
    right before it and a self head right after it ("demonstrate the superiority of this metric learning
    paradigm: our model achieves 43.75%" is about the paper's model, not about metric learning)."""
    first = located.first
    if first < 1 or words[first - 1] != "this" or ctx.is_proposed(located):
        return False
    if get_evidence(located.span) not in ("lexicon", "lexicon-variant"):
        return False
    return located.last + 1 < len(words) and words[located.last + 1] in cues.self_heads


def _component(located: Located, view: SentenceView) -> bool:
    """Whether a proposed name is a component the clause's subject uses ("With X, our
    framework ...", "using X", "trained on X"), not the subject; "BERT with X" keeps X."""
    words = view.words
    j = located.first - 1
    if j < 0 or words[j] not in _CUES.not_subject_after or words[j] == "by":
        return False
    return not (words[j] == "with" and any(e.last == j - 1 and e.label in ACTORS for e in view.entities))


def _own_reference(ctx: PaperContext, words: tuple[str, ...], reference: int, own_ok: bool) -> Span | None:
    """What a self-reference stands for where the paper's own work may be meant (``own_ok``:
    at or after the propose sentence, or the sentence names a proposal), else None. "Our
    method" also stands for a proposal that only the title names (no propose sentence);
    a bare "we" there does not ("We found that many methods ..." in an analysis paper)."""
    if own_ok or ctx.propose_index is None and words[reference] in ("our", "proposed"):
        return _implicit(ctx, words, reference)
    return None


def _implicit(ctx: PaperContext, words: tuple[str, ...], reference: int) -> Span | None:
    """What a self-reference at ``reference`` stands for: the proposed dataset after
    "our/this benchmark", else the proposed Method or Model (None when there is none, or
    when that is only a part, a module, and "our method/framework" names the whole, or a known
    technique: a lexicon name that is no coined word, "knowledge distillation", "graph neural
    network", which the work uses rather than names)."""
    heads = words[reference + 1 : reference + 4]
    if ctx.dataset is not None and any(w in _CUES.dataset_self_heads for w in heads):
        return ctx.dataset
    if ctx.actor is not None and _established(ctx.actor) and not any(_coined(w) for w in ctx.actor.text.split()):
        return None  # "our method achieves 92.5%" in a paper read as proposing "knowledge distillation"
    if ctx.actor is not None and is_component(ctx.actor):
        # "the proposed method achieves 33.29 dB" credits the whole method, not its proposed module
        head = next((w for w in heads if w in _SELF_HEADS), None)
        if head is not None and head not in _CUES.component_heads:
            return None
    return ctx.actor


def _measured_in(words: tuple[str, ...], reference: int) -> bool:
    """Whether a self-reference names the paper's dataset as the place of a result ("On a subset
    of this benchmark, today's strongest models ...", "in our dataset"), not the subject."""
    return (
        reference > 0
        and words[reference - 1] in _CUES.place_preps
        and any(w in _CUES.dataset_self_heads for w in words[reference + 1 : reference + 4])
    )


def _object_pronoun(words: tuple[str, ...], candidate: Located, reference: int, cues: ClaimCues) -> bool:
    """Whether a bare "it"/"they" after a named subject is that clause's object
    ("Vicuna-13B takes it a step further"): no clause boundary lies between them."""
    if words[reference] not in cues.self_pronouns:
        return False
    return not any(w in _CUES.clause_breaks for w in words[candidate.last + 1 : reference])


def names_proposed(view: SentenceView, ctx: PaperContext, lo: int, hi: int) -> bool:
    """Whether ``words[lo:hi]`` spell a proposed name (tagged or not) in subject position."""
    if ctx.proposed is None:
        return False
    words = view.words
    for key in ctx.keys:
        first = key.split(" ", 1)[0]
        if " " not in key:  # "Medusa" also names "Medusa-1"
            if any(
                (w == key or w.startswith(key + "-")) and (i < 1 or words[i - 1] not in _NOT_AGENT)
                for i, w in enumerate(words[lo:hi], lo)
            ):
                return True
            continue
        if first not in view.present:
            continue
        width = key.count(" ") + 1
        for i in range(lo, hi - width + 1):
            if (
                words[i] == first
                and " ".join(words[i : i + width]) == key
                and (i < 1 or words[i - 1] not in _NOT_AGENT)
            ):
                return True
    return False


def _generic_clause(words: tuple[str, ...], lo: int, cue: int) -> bool:
    """Whether a reported clause opens with a noun phrase that is not a pronoun,
    a determiner or a self-reference ("that large-scale models perform well")."""
    if words[lo - 1] not in ("that", ":"):
        return False  # "experiments demonstrate large gains": an object, not a clause
    j = lo
    while j < cue and (
        words[j] in _CUES.enumerators or len(words[j].strip("().")) <= 1 or words[j].strip("().").isdigit()
    ):
        j += 1  # "1)", "(a)", ":"
    return j + 1 < cue and words[j] not in _CUES.clause_openers and not words[j][0].isdigit()


def markers(view: SentenceView, cues: ClaimCues) -> list[tuple[int, str]]:
    """Comparison markers as (word index, kind): beat, than, over, compare, match, improve."""
    words = view.words
    found: list[tuple[int, str]] = []
    if view.present.isdisjoint(cues.marker_words):
        return found
    for i in [i for i, w in enumerate(words) if w in cues.marker_words]:
        word = words[i]
        if word in cues.compare_openers and i + 1 < len(words) and words[i + 1] in ("to", "with"):
            i, word = i + 1, words[i + 1]
        elif word == "within" and "of" in words[i + 1 : i + 5]:
            of = words.index("of", i + 1)
            if not any(i < q.first < of for q in view.quantities):
                continue  # "within minutes of ...": no margin, no comparison
            i, word = of, "of"
        if is_purpose(words, i) and not _enabled_to(view, i):
            continue
        negated = any(w in cues.negations for w in words[max(0, i - 3) : i])
        if word in cues.beat_verbs:
            kind = "beat"
        elif word == "than":
            kind = _than_kind(view, cues, i)
        elif word == "over":
            window = words[max(0, i - 5) : i]
            if not any(w in cues.improvement_cues or w in cues.beat_verbs for w in window) and not any(
                q.last in range(i - 3, i) for q in view.quantities
            ):
                continue
            kind = "over"
        elif word in ("to", "with") and i and words[i - 1] in cues.compare_openers:
            kind = "compare"
        elif word == "of" and "within" in words[max(0, i - 4) : i]:
            kind = "match"  # "within 1% of X"
        elif word in cues.match_verbs:
            kind = "match"
        elif word in cues.improve_verbs:
            kind = "improve"
        else:
            continue
        found.append((i, "negated" if negated else kind))
    return found


def _lower_better(view: SentenceView, cues: ClaimCues, lo: int, hi: int) -> bool:
    """Whether ``words[lo:hi]`` name a lower-is-better measure ("latency", "error", "FID")."""
    if any(w in cues.lower_better_nouns for w in view.words[lo:hi]):
        return True
    for e in view.entities:
        if e.label == "Metric" and lo <= e.first < hi:
            info = cues.metric_table.get(e.key)
            if info is not None and info.higher_is_better is False:
                return True
    return False


def _than_kind(view: SentenceView, cues: ClaimCues, i: int) -> str:
    """Kind of a "than" marker: "than" when the subject comes out ahead, "trail" when it
    comes out behind ("0.4% lower than X", "higher error than X"), "cost" when it compares
    size or cost ("47x fewer parameters than X"), else "compare"."""
    words = view.words
    window = range(max(0, i - 4), i)
    comparative = next((j for j in reversed(window) if words[j] in cues.comparatives), -1)
    if comparative < 0:
        return "compare"
    down = words[comparative] in cues.down_comparatives
    if words[comparative] in ("worse", "weaker", "inferior", "poorer", "slower"):
        return "trail"
    if _size_or_cost(words, comparative, i, cues):
        return "cost"
    lower_better = _lower_better(view, cues, max(0, comparative - 3), i)
    return "trail" if down != lower_better else "than"


def _size_or_cost(words: tuple[str, ...], comparative: int, than: int, cues: ClaimCues) -> bool:
    """Whether a comparison compares size or cost, not quality: a size comparative ("47x
    fewer parameters than X", "4.8x fewer than Y", "smaller than Z") unless a quality noun
    that is lower-better stands before "than" ("fewer errors than X"), or a cost noun
    after any comparative ("lower memory than X")."""
    between = words[comparative + 1 : than]
    if any(w in cues.cost_nouns for w in between):
        return True
    if words[comparative] not in cues.size_comparatives:
        return False
    return not any(w in cues.lower_better_nouns for w in between)


def enabled_actor(view: SentenceView, i: int) -> Located | None:
    """The entity X of "enables/allows X (, a ...,) to <verb at i>", if any."""
    words = view.words
    if i < 2 or words[i - 1] != "to":
        return None
    for e in reversed(view.entities):
        if e.last < i - 1 and i - 1 - e.last <= 8 and e.label in ACTORS:
            before = words[max(0, e.first - 3) : e.first]
            return e if any(w in _ENABLE for w in before) else None
    return None


def _enabled_to(view: SentenceView, i: int) -> bool:
    return enabled_actor(view, i) is not None


def compared_after(view: SentenceView, index: int, window: int, types: frozenset[str]) -> list[Located]:
    """The entities a comparison marker at ``index`` compares against: :func:`entities_after`
    up to a word after which a name is a setting, not a rival ("over GRPO by 4 points on
    Qwen3", "methods distilled from GPT-4") or an ", -ing" clause ("..., achieving ...")."""
    words = view.words
    found = []
    last = index
    starts = {q.first for q in view.quantities}
    for e in entities_after(view, index, window, types):
        gap = words[last + 1 : e.first]
        stops = [
            j
            for j, w in enumerate(gap)
            if w in _CUES.compare_gap_stops
            and not (j and gap[j - 1] in _CUES.family_markers)  # "models based on X"
            and not (w == "by" and last + 2 + j in starts)  # "X by 3.2 points and Y by 7.7 points"
        ]
        if stops or any(w == "," and j + 1 < len(gap) and gap[j + 1].endswith("ing") for j, w in enumerate(gap)):
            break
        found.append(e)
        last = e.last
    return found


def entities_after(view: SentenceView, index: int, window: int, types: frozenset[str]) -> list[Located]:
    """Entities of ``types`` within ``window`` words after ``index``, up to a clause stop."""
    words = view.words
    limit = min(len(words), index + 1 + window)
    for j in range(index + 1, limit):
        if words[j] in _CUES.clause_stops:
            limit = j
            break
    return [e for e in view.entities if index < e.first < limit and e.label in types]


def compared_against(view: SentenceView, cues: ClaimCues, name: Span) -> bool:
    """Whether the sentence names ``name`` (by its words) as what it beats, after a marker of beating
    ("outperforming", "better than", "over"): "our best model achieved an F1-score of 0.85227, outperforming
    the baseline EVA-02 model": an own reference ("our best model") then stands for something else than that
    name. Not after "compared with" or "improves" ("Compared with prior approaches such as Self-Forcing,
    Mutual Forcing removes ...", "It helps enhance the performance of CogVideoX")."""
    key = name.text.lower()
    for index, kind in markers(view, cues):
        if kind not in ("beat", "than", "over"):
            continue
        if any(located.key == key for located in compared_after(view, index, 14, ACTORS)):
            return True
    return False


def baselines_of(view: SentenceView, ctx: PaperContext, cues: ClaimCues, subject: Span | None) -> tuple[Located, ...]:
    """Method/Model entities the sentence compares its subject against."""
    chosen: dict[int, Located] = {}
    subject_key = subject.text.lower() if subject is not None else None
    for index, kind in markers(view, cues):
        window = 10 if kind == "improve" else 14
        for located in compared_after(view, index, window, ACTORS):
            if located.key == subject_key or ctx.is_proposed(located):
                continue
            chosen.setdefault(located.first, located)
    return tuple(chosen[k] for k in sorted(chosen))
