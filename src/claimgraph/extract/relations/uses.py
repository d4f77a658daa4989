"""Patterns of the ``uses`` relation (Method -> Model/Method/Dataset), over sentence views.

Used by :func:`claimgraph.extract.relations.pairs.uses`, which turns what these
functions find into relations and documents their confidences:

- :func:`use_cues`: cue words ("fine-tune", "built on", "based on", "applied
  to", "using", "leverages", "experiments on") with a base confidence;
- :func:`cue_tails`: the entity after a cue and the entities listed with it,
  stopping at a comparison ("than", "outperforms", "compared") or a purpose
  ("to improve");
- :func:`tail_shapes`: tails named by their own shape ("X-based", "our
  quantized X", "X trained with our method", "enables X to", "a novel X
  method, NAME");
- :func:`uses_head`: the entity that uses (see its docstring);
- :func:`coordinated`: a tail listed with the head ("trained with X and Y").
"""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.claims.subjects import ACTORS, PROPOSE_VERBS, PaperContext, entity_mask
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView

#: First words of an opening phrase whose head is the main clause's subject.
_OPENERS = frozenset(
    {
        "using",
        "with",
        "leveraging",
        "based",
        "built",
        "building",
        "trained",
        "applied",
        "when",
        "by",
        "expanding",
        "starting",
        "upon",
        "via",
        "utilizing",
        "employing",
        "on",
    }
)


def same(head: Span, tail: Located) -> bool:
    """Whether a head and a tail name the same entity (same text or same kb id)."""
    return head.text.lower() == tail.key or bool(head.kb_id_) and head.kb_id_ == tail.span.kb_id_


def use_cues(view: SentenceView, rc: RelationCues, pairs: dict[str, frozenset[str]]) -> list[tuple[int, float]]:
    """Cue words of ``uses`` as (word index, base confidence)."""
    words = view.words
    if view.present.isdisjoint(rc.use_any):
        return []
    masked = entity_mask(view)
    opener = view.find(rc.comparison_openers) if not view.present.isdisjoint(rc.comparison_openers) else -1
    cues = []
    for i, word in enumerate(words):
        if word not in rc.use_any or i in masked:
            continue
        if word in pairs and (i + 1 >= len(words) or words[i + 1] not in pairs[word]):
            continue
        if i and words[i - 1] in rc.not_after:
            continue  # "improving upon X", "compared with X": a comparison
        if opener >= 0 and opener < i and not any(w in ("our", "we") for w in words[opener:i]):
            continue  # "For comparison, X using Y ...": about a baseline
        if word in rc.experiment_nouns:
            if i + 1 < len(words) and words[i + 1] in rc.experiment_preps:
                cues.append((i + 1, 0.60))
            continue
        cues.append((i, 0.70 if word in rc.use_strong else 0.55))
    return cues


def cue_tails(
    view: SentenceView, index: int, tails: list[Located], rc: RelationCues, evaluative: bool
) -> list[Located]:
    """Tails after the cue at ``index``: the first within reach, then its coordinated list.

    A training cue ("fine-tune", "trained") takes a Model/Method right after it
    or a Dataset after "on/with/using" ("trained on the Pile"); other cues take
    the first entity within 7 words; the list stops at a comparison or purpose.
    """
    words = view.words
    cue = words[index]
    training = cue in rc.train_cues
    experiment = cue in rc.experiment_preps and index and words[index - 1] in rc.experiment_nouns
    reach = 2 if training else 7
    chosen: list[Located] = []
    last = index
    for tail in tails:
        if tail.first <= index:
            continue
        gap = words[last + 1 : tail.first]
        if any(w in rc.use_stops and not (j == 0 and last == index) for j, w in enumerate(gap)):
            break
        if chosen:
            if not all(w in rc.chain_words for w in gap):
                break
        elif tail.first - index > reach + (2 if training and tail.label == "Dataset" else 0):
            break
        elif training and any(w in (",", "and", "or") for w in gap):
            break  # "fine-tuning, LoRA and ...": a list of techniques, not an object
        if tail.label == "Dataset":
            prep = words[tail.first - 1] if words[tail.first - 1] != "the" else words[tail.first - 2]
            if experiment or training and prep not in rc.dataset_preps and not chosen:
                break
            if not training and (evaluative or view.present.isdisjoint(rc.train_cues)):
                break  # a dataset that is not trained on: "Experiments use the X dataset"
        elif experiment and tail.label != "Model":
            break
        chosen.append(tail)
        last = tail.last
    return chosen


def tail_shapes(
    view: SentenceView,
    tails: list[Located],
    ctx: PaperContext,
    rc: RelationCues,
    self_heads: frozenset[str],
) -> list[tuple[Located, float, Span | None]]:
    """Tails named by their own shape: "X-based", "our quantized X", "X trained with our
    method", and "a novel X method, NAME" (NAME, a proposed entity, is the head)."""
    words = view.words
    found = []
    for tail in tails:
        word = words[tail.last]
        if _as_role(words, tail, rc):
            found.append((tail, 0.65, None))
        elif (
            word != tail.key
            and word.endswith(tuple(rc.use_suffixes))
            and not tail.key.endswith(word)
            and not any(w in rc.others_words for w in words[max(0, tail.first - 3) : tail.first])
        ):
            found.append((tail, 0.60, None))  # not "existing X-based frameworks": someone else's
        elif tail.label == "Model" and (_ours_applied(words, tail, rc) or _trained_with_ours(view, tail, ctx, rc)):
            found.append((tail, 0.65, None))
        elif tail.label == "Model" and _enabled(words, tail, rc):
            found.append((tail, 0.55, None))
        elif (
            tail.label == "Method"
            and tail.key.endswith(word)
            and tail.last + 1 < len(words)
            and (words[tail.last + 1] in rc.tail_head_nouns)
        ):
            named = _apposed_to_proposed(view, tail, ctx, rc)
            if named is not None:
                found.append((tail, 0.60, named))
    return found


def _as_role(words: tuple[str, ...], tail: Located, rc: RelationCues) -> bool:
    """ "(with) LLaMA-2 as the backbone", "GPT-4 as a teacher": a component of the method."""
    following = [w for w in words[tail.last + 1 : tail.last + 5] if w not in ("the", "a", "an", "our")]
    return len(following) > 1 and following[0] == "as" and following[1] in rc.role_nouns


def applied_to(
    view: SentenceView, tails: list[Located], ctx: PaperContext, rc: RelationCues, self_heads: frozenset[str]
) -> list[tuple[Span | None, bool, Located]]:
    """ "we apply <ours> to Y", "extending <ours> to Y": (head, explicit, tail Y).

    The words between the verb and "to" must name the paper's method: a proposed
    entity (the head, explicit) or "our method", "it" (the proposed entity)."""
    words = view.words
    if view.present.isdisjoint(rc.apply_verbs) or "to" not in view.present:
        return []
    found = []
    for i, word in enumerate(words):
        if word not in rc.apply_verbs or "to" not in words[i + 1 : i + 8]:
            continue
        to = words.index("to", i + 1)
        named = [e for e in view.entities if i < e.first and e.last < to and ctx.is_proposed(e)]
        gap = words[i + 1 : to]
        ours = ("our" in gap and any(w in self_heads for w in gap)) or gap[:1] in (("it",), ("them",))
        if not named and not ours:
            continue
        head, explicit = (named[0].span, True) if named else (ctx.proposed, False)
        last = -1
        for tail in tails:
            if last < 0 and tail.first in (to + 1, to + 2) and words[to + 1 : tail.first] in ((), ("the",)):
                found.append((head, explicit, tail))
                last = tail.last
            elif last >= 0 and tail.first > last and all(w in rc.chain_words for w in words[last + 1 : tail.first]):
                found.append((head, explicit, tail))  # "to X, Y and Z"
                last = tail.last
            elif last >= 0 and tail.first > last:
                break
    return found


def _ours_applied(words: tuple[str, ...], tail: Located, rc: RelationCues) -> bool:
    """ "our 3-bit quantized MODEL", "we prune LLaMA": our method applied to the model."""
    if not tail.first or words[tail.first - 1] not in rc.applied_participles:
        return False
    return any(w in ("our", "we") for w in words[max(0, tail.first - 5) : tail.first])


def _enabled(words: tuple[str, ...], tail: Located, rc: RelationCues) -> bool:
    """ "... enables/allows MODEL to ...": the method is applied to the model."""
    before = words[max(0, tail.first - 3) : tail.first]
    if not any(w in rc.enable_verbs for w in before):
        return False
    return "to" in words[tail.last + 1 : tail.last + 6]


def _trained_with_ours(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues) -> bool:
    words = view.words
    trained = False
    for j in range(tail.last + 1, min(len(words), tail.last + 9)):
        if words[j] in rc.applied_participles:
            trained = True
        elif trained and words[j] in rc.via_words:
            following = words[j + 1 : j + 4]
            return (
                "our" in following
                or any(w in ctx.keys for w in following)
                or any(ctx.is_proposed(e) and j < e.first <= j + 3 for e in view.entities)
            )
    return False


def _apposed_to_proposed(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues) -> Span | None:
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
        if ok and not any(w in rc.apposition_blockers for w in gap):
            return e.span
    after = [w for w in words[tail.last + 2 : tail.last + 5] if w not in rc.name_markers]
    if ctx.proposed is not None and after and after[0] == ctx.proposed.text.lower():
        return ctx.proposed  # the name itself was not tagged in this sentence
    return None


def coordinated(view: SentenceView, head: Span, tail: Located) -> bool:
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


def uses_head(view: SentenceView, ctx: PaperContext, index: int) -> tuple[Span | None, bool]:
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
