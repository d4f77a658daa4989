"""Component ``claimgraph_relations``: evaluated_on, outperforms and uses.

Token patterns over each sentence's words and the entities already found (no
parser); cue lists are data in ``data/relations.json``. Sentences that are
background (no author or proposed-entity reference, before the propose
sentence, not a claim) give no relations. The head of a relation is the claim's
subject when the sentence is a claim, else the entity in subject position, and
"our method", "it", "we" resolve to the proposed entity (``doc._.proposes``).
``proposes`` itself is emitted by ``claimgraph_proposes``.

==============  ==========================================================  ====
relation        pattern                                                     conf
==============  ==========================================================  ====
evaluated_on    Dataset in a sentence with an evaluation verb ("evaluate    0.75
                X on D", "tested on D")
evaluated_on    Dataset in a claim or in a sentence with result words       0.60
                ("experiments on D", "results on D", "achieves 84% on D")
outperforms     "outperforms/surpasses/beats/exceeds Y"                     0.80
outperforms     "better/higher/faster ... than Y", "gain of 2% over Y"      0.65
uses            "fine-tune Y", "built on/based on Y", "trained on D",       0.70
                "applied to Y", "initialized from Y", "on top of Y"
uses            "using/leverages/integrates/employs/via Y"                  0.55
==============  ==========================================================  ====

+0.05 when the head is named in the sentence (not resolved from "our method",
"it" or "we"), -0.15 when the sentence is hedged; clipped to [0.05, 0.99].
A Dataset after a training cue is a ``uses`` tail, never ``evaluated_on``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimgraph.extract.claim_cues import ClaimCues, load_claim_cues, load_relation_cues
from claimgraph.extract.claims import ClaimMatch, find_claims
from claimgraph.extract.sentence_view import (
    Located,
    SentenceView,
    release_views,
    sentence_views,
)
from claimgraph.extract.subjects import (
    ACTORS,
    PROPOSE_VERBS,
    PaperContext,
    entities_after,
    entity_mask,
    is_background,
    markers,
    own_reference,
    paper_context,
    resolve_subject,
)

TAILS_OF_USES = frozenset({"Model", "Method", "Dataset"})
#: After the propose sentence, background words count only among a sentence's first words.
OPENING = 6
#: First words of an opening phrase whose head is the main clause's subject.
_OPENERS = frozenset({"using", "with", "leveraging", "based", "built", "building", "trained", "applied", "when",
                      "by", "expanding", "starting", "upon", "via", "utilizing", "employing", "on"})

if not Doc.has_extension("relations"):
    Doc.set_extension("relations", default=None)


@dataclass(frozen=True, slots=True)
class RelationMatch:
    """``head --relation--> tail`` found in ``sentence``."""

    head: Span
    relation: str
    tail: Span
    sentence: Span
    confidence: float


@dataclass(frozen=True, slots=True)
class _Sentence:
    """One sentence with what the claims stage and the paper context say about it."""

    view: SentenceView
    claim: ClaimMatch | None
    own: bool
    after: bool
    hedged: bool
    marks: tuple[tuple[int, str], ...] = ()
    compared: frozenset[int] = frozenset()  # first words of entities after a comparison marker


def _score(base: float, explicit: bool, hedged: bool) -> float:
    value = base + (0.05 if explicit else 0.0) - (0.15 if hedged else 0.0)
    return round(min(0.99, max(0.05, value)), 3)


def _default_head(s: _Sentence, ctx: PaperContext) -> Span | None:
    if s.claim is not None and s.claim.subject is not None and s.claim.subject.label_ in ACTORS:
        return s.claim.subject
    if ctx.proposed is not None and ctx.proposed.label_ in ACTORS and (s.own or s.after):
        return ctx.proposed
    return None


def _explicit(head: Span, view: SentenceView) -> bool:
    return any(e.span.start == head.start for e in view.entities)


def _trained(words: tuple[str, ...], first: int, rc: dict[str, frozenset[str]]) -> bool:
    return any(w in rc["train_cues"] for w in words[max(0, first - 4) : first])


def evaluated_on(s: _Sentence, ctx: PaperContext, rc: dict[str, frozenset[str]]) -> list[RelationMatch]:
    """Method/Model -> Dataset relations of one sentence."""
    view, words = s.view, s.view.words
    datasets = [e for e in view.entities if e.label == "Dataset"]
    if not datasets:
        return []
    verb = -1
    if not view.present.isdisjoint(rc["eval_verbs"]):
        verb = next(i for i, w in enumerate(words) if w in rc["eval_verbs"])
    if verb < 0 and s.claim is None and view.present.isdisjoint(rc["eval_cues"]):
        return []
    found = []
    default = _default_head(s, ctx)
    for dataset in datasets:
        if _trained(words, dataset.first, rc) or ctx.is_proposed(dataset) and default is None:
            continue
        heads: list[Span] = []
        if 0 <= verb < dataset.first:
            heads = [e.span for e in view.entities
                     if verb < e.first < dataset.first and e.label in ACTORS
                     and words[e.first - 1] not in ("with", "using", "via")]
        base = 0.75 if verb >= 0 else 0.60
        if not heads and default is not None:
            heads = [default]
        for head in heads:
            found.append(RelationMatch(head, "evaluated_on", dataset.span, view.sentence,
                                       _score(base, _explicit(head, view), s.hedged)))
    return found


def outperforms(s: _Sentence, ctx: PaperContext, cues: ClaimCues) -> list[RelationMatch]:
    """Method/Model -> Method/Model relations of one sentence."""
    view = s.view
    found = []
    for index, kind in s.marks:
        if kind not in ("beat", "than", "over"):
            continue
        if s.claim is not None and s.claim.subject is not None and s.claim.subject.start < view.starts[index]:
            head, explicit = s.claim.subject, _explicit(s.claim.subject, view)
        else:
            head, explicit = resolve_subject(view, ctx, cues, index, 0, s.after)
        if head is None or head.label_ not in ACTORS:
            continue
        key = head.text.lower()
        for tail in entities_after(view, index, 14, ACTORS):
            if tail.key == key or ctx.is_proposed(tail) and ctx.is_proposed(head):
                continue
            base = 0.80 if kind == "beat" else 0.65
            found.append(RelationMatch(head, "outperforms", tail.span, view.sentence,
                                       _score(base, explicit, s.hedged)))
    return found


def uses(s: _Sentence, ctx: PaperContext, rc: dict[str, frozenset[str]],
         pairs: dict[str, frozenset[str]], self_heads: frozenset[str]) -> list[RelationMatch]:
    """Method -> Model/Method/Dataset relations of one sentence (see module doc)."""
    view = s.view
    if not (s.own or s.after) or ctx.proposed is None and not ctx.keys:
        return []
    tails = [e for e in view.entities if e.label in TAILS_OF_USES and e.first not in s.compared]
    if not tails:
        return []
    found: dict[tuple[int, int], RelationMatch] = {}
    evaluative = s.claim is not None or not view.present.isdisjoint(rc["eval_verbs"])

    def add(head: Span | None, explicit: bool, tail: Located, base: float) -> None:
        if head is None or head.label_ not in ACTORS or tail.key == head.text.lower():
            return
        if ctx.is_proposed(tail) and (not explicit or ctx.is_proposed(head) and _same(head, tail)):
            return  # one proposed entity uses another only when both are named
        if _coordinated(view, head, tail):
            return
        match = RelationMatch(head, "uses", tail.span, view.sentence, _score(base, explicit, s.hedged))
        key = (head.start, tail.span.start)
        if key not in found or found[key].confidence < match.confidence:
            found[key] = match

    for i, base in _use_cues(view, rc, pairs):
        head, explicit = _uses_head(view, ctx, i, s)
        for tail in _cue_tails(view, i, tails, rc, evaluative):
            add(head, explicit, tail, base)
    for tail, base, named in _tail_shapes(view, tails, ctx, rc, self_heads):
        head, explicit = (named, True) if named is not None else _uses_head(view, ctx, tail.first, s)
        add(head, explicit, tail, base)
    for index, kind in s.marks:
        head, explicit = _uses_head(view, ctx, index, s)
        if kind == "improve" and head is not None and head.label_ == "Method" and not view.words[index].endswith(
                ("ed", "ing")):
            for tail in _cue_tails(view, index, tails, rc, True):
                if tail.label != "Dataset" and all(w in rc["improve_gap"] for w in view.words[index + 1 : tail.first]):
                    add(head, explicit, tail, 0.55)
    return list(found.values())


def _same(head: Span, tail: Located) -> bool:
    """Whether a head and a tail name the same entity (same text or same kb id)."""
    return head.text.lower() == tail.key or bool(head.kb_id_) and head.kb_id_ == tail.span.kb_id_


def _use_cues(view: SentenceView, rc: dict[str, frozenset[str]],
              pairs: dict[str, frozenset[str]]) -> list[tuple[int, float]]:
    """Cue words of ``uses`` as (word index, base confidence)."""
    words = view.words
    if view.present.isdisjoint(rc["use_any"]):
        return []
    masked = entity_mask(view)
    opener = view.find(rc["comparison_openers"]) if not view.present.isdisjoint(rc["comparison_openers"]) else -1
    cues = []
    for i, word in enumerate(words):
        if word not in rc["use_any"] or i in masked:
            continue
        if word in pairs and (i + 1 >= len(words) or words[i + 1] not in pairs[word]):
            continue
        if i and words[i - 1] in rc["not_after"]:
            continue  # "improving upon X", "compared with X": a comparison
        if opener >= 0 and opener < i and not any(w in ("our", "we") for w in words[opener:i]):
            continue  # "For comparison, X using Y ...": about a baseline
        if word in rc["experiment_nouns"]:
            if i + 1 < len(words) and words[i + 1] in rc["experiment_preps"]:
                cues.append((i + 1, 0.60))
            continue
        cues.append((i, 0.70 if word in rc["use_strong"] else 0.55))
    return cues


def _cue_tails(view: SentenceView, index: int, tails: list[Located],
               rc: dict[str, frozenset[str]], evaluative: bool) -> list[Located]:
    """Tails after the cue at ``index``: the first within reach, then its coordinated list.

    A training cue ("fine-tune", "trained") takes a Model/Method right after it
    or a Dataset after "on/with/using" ("trained on the Pile"); other cues take
    the first entity within 7 words; the list stops at a comparison or purpose.
    """
    words = view.words
    cue = words[index]
    training = cue in rc["train_cues"]
    experiment = cue in rc["experiment_preps"] and index and words[index - 1] in rc["experiment_nouns"]
    reach = 2 if training else 7
    chosen: list[Located] = []
    last = index
    for tail in tails:
        if tail.first <= index:
            continue
        gap = words[last + 1 : tail.first]
        if any(w in rc["use_stops"] and not (j == 0 and last == index) for j, w in enumerate(gap)):
            break
        if chosen:
            if not all(w in rc["chain_words"] for w in gap):
                break
        elif tail.first - index > reach + (2 if training and tail.label == "Dataset" else 0):
            break
        elif training and any(w in (",", "and", "or") for w in gap):
            break  # "fine-tuning, LoRA and ...": a list of techniques, not an object
        if tail.label == "Dataset":
            prep = words[tail.first - 1] if words[tail.first - 1] != "the" else words[tail.first - 2]
            if experiment or training and prep not in rc["dataset_preps"] and not chosen:
                break
            if not training and evaluative:
                break
        elif experiment and tail.label != "Model":
            break
        chosen.append(tail)
        last = tail.last
    return chosen


def _tail_shapes(view: SentenceView, tails: list[Located], ctx: PaperContext,
                 rc: dict[str, frozenset[str]], self_heads: frozenset[str]) -> list[tuple[Located, float, Span | None]]:
    """Tails named by their own shape: "X-based", "our quantized X", "X trained with our
    method", and "a novel X method, NAME" (NAME, a proposed entity, is the head)."""
    words = view.words
    found = []
    for tail in tails:
        word = words[tail.last]
        if word != tail.key and word.endswith(tuple(rc["use_suffixes"])) and not tail.key.endswith(word):
            found.append((tail, 0.60, None))
        elif tail.label == "Model" and tail.first and words[tail.first - 1] in rc["applied_participles"] and any(
            w in ("our", "we") for w in words[max(0, tail.first - 5) : tail.first]
        ):
            found.append((tail, 0.65, None))
        elif tail.label == "Model" and _trained_with_ours(view, tail, ctx, rc):
            found.append((tail, 0.65, None))
        elif tail.label == "Model" and _enabled(words, tail, rc):
            found.append((tail, 0.55, None))
        elif tail.label == "Method" and tail.key.endswith(word) and tail.last + 1 < len(words) and (
                words[tail.last + 1] in rc["method_heads"]):
            named = _apposed_to_proposed(view, tail, ctx, rc)
            if named is not None:
                found.append((tail, 0.60, named))
    return found


def _enabled(words: tuple[str, ...], tail: Located, rc: dict[str, frozenset[str]]) -> bool:
    """"... enables/allows MODEL to ...": the method is applied to the model."""
    before = words[max(0, tail.first - 3) : tail.first]
    if not any(w in rc["enable_verbs"] for w in before):
        return False
    return "to" in words[tail.last + 1 : tail.last + 6]


def _trained_with_ours(view: SentenceView, tail: Located, ctx: PaperContext, rc: dict[str, frozenset[str]]) -> bool:
    words = view.words
    trained = False
    for j in range(tail.last + 1, min(len(words), tail.last + 9)):
        if words[j] in rc["applied_participles"]:
            trained = True
        elif trained and words[j] in rc["via_words"]:
            following = words[j + 1 : j + 4]
            return "our" in following or any(w in ctx.keys for w in following) or any(
                ctx.is_proposed(e) and j < e.first <= j + 3 for e in view.entities)
    return False


def _apposed_to_proposed(view: SentenceView, tail: Located, ctx: PaperContext,
                         rc: dict[str, frozenset[str]]) -> Span | None:
    """The proposed entity that "a novel <tail> method" describes, if any."""
    words = view.words
    for e in view.entities:
        if e is tail or not ctx.is_proposed(e) or e.label not in ACTORS:
            continue
        if e.last < tail.first:  # "NAME, a novel X method"
            gap = words[e.last + 1 : tail.first]
            ok = 2 <= len(gap) <= 6 and gap[0] == "," and gap[1] in ("a", "an", "the")
        else:  # "a novel X method, (called) NAME"
            gap = words[tail.last + 2 : e.first]
            ok = len(gap) <= 2
        if ok and not any(w in rc["apposition_blockers"] for w in gap):
            return e.span
    after = [w for w in words[tail.last + 2 : tail.last + 5] if w not in rc["name_markers"]]
    if ctx.proposed is not None and after and after[0] == ctx.proposed.text.lower():
        return ctx.proposed  # the name itself was not tagged in this sentence
    return None


def _coordinated(view: SentenceView, head: Span, tail: Located) -> bool:
    """Whether ``tail`` is listed with ``head`` ("trained with X and Y")."""
    words = view.words
    key = head.text.lower()
    for e in view.entities:
        if e.span.start == head.start or e.key == key:
            lo, hi = (e.last + 1, tail.first) if e.last < tail.first else (tail.last + 1, e.first)
            gap = words[lo:hi]
            listed = "and" in gap or "or" in gap or e.last < tail.first  # "X, Y": a list; "Using Y, X": not
            return 0 < len(gap) <= 2 and listed and all(w in (",", "and", "or") for w in gap)
    return False


def _uses_head(view: SentenceView, ctx: PaperContext, index: int, s: _Sentence) -> tuple[Span | None, bool]:
    """The method that uses: a proposed entity named before the cue, the subject
    after an opening phrase ("Using X, our framework Y ..."), else the proposed entity."""
    words = view.words
    if index < 6 and words[0] in _OPENERS and "," in words[index + 1 : index + 8] and "," not in words[:index]:
        comma = words.index(",", index + 1)
        for located in view.entities:
            if located.first <= comma or located.label not in ACTORS:
                continue
            between = words[comma + 1 : located.first]
            if "we" not in between and len(between) <= 4:
                return located.span, True  # "Using X, our framework Y ..."
            if len(between) > 1 and between[0] == "we" and between[1] in PROPOSE_VERBS and ctx.is_proposed(located):
                return located.span, True  # "Building upon X, we introduce Y"
            break
    for located in reversed(view.entities):
        if located.last < index and index - located.last <= 8 and ctx.is_proposed(located):
            return (located.span, True) if located.label in ACTORS else (None, False)
    if ctx.proposed is not None and ctx.proposed.label_ in ACTORS:
        return ctx.proposed, False
    return None, False


@lru_cache(maxsize=1)
def _relation_words() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The relation cue lists plus ``use_any`` (every uses cue word), and the
    ``needs_next`` pairs as word -> allowed next words."""
    rc = dict(load_relation_cues())
    rc["use_any"] = rc["use_strong"] | rc["use_weak"] | rc["experiment_nouns"]
    pairs: dict[str, set[str]] = {}
    for item in rc["needs_next"]:
        word, following = item.split(":")
        pairs.setdefault(word, set()).add(following)
    return rc, {k: frozenset(v) for k, v in pairs.items()}


def _compared(view: SentenceView, marks: list[tuple[int, str]]) -> frozenset[int]:
    return frozenset(e.first for index, kind in marks if kind != "improve"
                     for e in entities_after(view, index, 14, ACTORS))


def find_relations(doc: Doc, claims: list[ClaimMatch] | None = None) -> list[RelationMatch]:
    """Return the evaluated_on, outperforms and uses relations of a doc (pure)."""
    cues = load_claim_cues()
    rc, pairs = _relation_words()
    views = sentence_views(doc)
    ctx = paper_context(doc, views, cues)
    if claims is None:
        claims = find_claims(doc, cues, views)
    by_start = {c.sentence.start: c for c in claims}
    found: list[RelationMatch] = []
    release_views(doc)
    for view in views:
        claim = by_start.get(view.sentence.start)
        own = own_reference(view, ctx, cues)
        after = ctx.propose_index is not None and view.index >= ctx.propose_index
        if claim is None and not own and (not after or is_background(view, cues, OPENING)):
            continue
        hedged = claim.hedged if claim is not None else view.has_any(cues.hedges)
        marks = markers(view, cues) if view.entities else []
        s = _Sentence(view, claim, own, after, hedged, tuple(marks), _compared(view, marks))
        found += evaluated_on(s, ctx, rc)
        found += outperforms(s, ctx, cues)
        found += uses(s, ctx, rc, pairs, cues.self_heads)
    return found


@Language.factory("claimgraph_relations")
def make_relations(nlp: Language, name: str):
    """Build the relations component (sets ``doc._.relations``)."""
    load_claim_cues()
    load_relation_cues()

    def set_relations(doc: Doc) -> Doc:
        claims = doc._.claims if Doc.has_extension("claims") else None
        doc._.relations = find_relations(doc, claims)
        return doc

    return set_relations


__all__ = ["RelationMatch", "find_relations", "Located"]
