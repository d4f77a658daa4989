"""Uses read from context, with no cue word before the tail (:func:`_context_use`): the paper's own
method as a subject, trained or evaluated on a Model, a result reported on a Model, put into a Model,
its core and its listed parts."""

from __future__ import annotations

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.claims.subjects import ACTORS, PaperContext
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.relations.guards import reading_cues
from claimgraph.extract.relations.uses.classes import _kind_of_data
from claimgraph.extract.relations.uses.cues import TAIL_LABELS, UsesCues


def _context_use(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues, uc: UsesCues) -> bool:
    """Whether the words around ``tail`` state that the paper's own method uses it (no cue word
    before it): trained on it, applied to or run on it, or built with it as a part."""
    if tail.label == "Dataset":
        return _trained_ours_on(view, tail, ctx, uc)
    if _kind_of_data(view, tail):
        return False  # "Our approach includes a supervised fine-tuning (SFT) dataset of 87k samples"
    if _part_listed(view, tail, ctx, rc, uc) or _at_core(view, tail, ctx, uc) or _enables_ours(view, tail, ctx, rc, uc):
        return True
    if _put_into(view, tail, ctx, uc):
        return True
    if tail.label != "Model":
        return False
    return (
        _evaluated_on_models(view, tail, ctx, uc)
        or _result_on_model(view, tail, ctx, uc)
        or _into_model(view, tail, ctx, uc)
        or _opening_models(view, tail, ctx, rc, uc)
        or _object_of_ours(view, tail, ctx, uc)
        or _part_of_ours(view, tail, ctx, rc, uc)
    )


def _own_start(view: SentenceView, at: int, ctx: PaperContext, uc: UsesCues) -> int:
    """The first word of a reference to the paper's own method that ends at word ``at`` (a
    proposed Method/Model, "our (proposed) model", "the proposed network", "it"), else -1."""
    words = view.words
    if at < 0:
        return -1
    for e in view.entities:
        if e.last == at and e.label in ACTORS and ctx.is_proposed(e):
            return e.first - 1 if e.first and words[e.first - 1] in ("our", "the") else e.first
    if words[at] in ("it", "them"):
        return at
    if words[at] in uc.uses_own_nouns:
        for j in range(at - 1, max(-1, at - 4), -1):
            if words[j] == "our":
                return j
            if words[j] in uc.uses_own_adjectives and j and words[j - 1] == "the":
                return j - 1  # "The proposed network introduces ..."
            if words[j] in (",", "and", "or", "the", "a", "an"):
                break
        named = at - 1
        if named > 2 and words[named] == ")" and words[named - 2] == "(":
            named -= 3  # "the Mixture-of-Roles (MoR) framework"
        for e in view.entities:
            if e.last == named and e.label in ACTORS and ctx.is_proposed(e):
                return e.first
    return -1


def _subject_end(words: tuple[str, ...], verb: int, uc: UsesCues, adverbs: bool = True) -> int:
    """The last word of the subject of the verb at ``verb``: the word before it past auxiliaries
    and other skip words ("FooNet can be plugged into") and, when ``adverbs``, -ly adverbs
    ("FooNet further introduces"); -1 when none."""
    j = verb - 1
    while j >= 0 and (words[j] in uc.uses_subject_skips or adverbs and words[j].endswith("ly")):
        j -= 1
    return j


def _own_subject_before(view: SentenceView, verb: int, ctx: PaperContext, uc: UsesCues) -> int:
    """The first word of the paper's own method as the subject of the verb at ``verb`` (see
    :func:`_subject_end`, :func:`_own_start`), else -1."""
    return _own_start(view, _subject_end(view.words, verb, uc), ctx, uc)


def _before_prep(view: SentenceView, tail: Located, preps: frozenset[str]) -> int:
    """The index of the preposition (one of ``preps``) right before ``tail`` (or "the"), else -1."""
    words = view.words
    at = tail.first - 1
    if at >= 0 and words[at] == "the":
        at -= 1
    return at if at >= 0 and words[at] in preps else -1


def _trained_ours_on(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> bool:
    """ "we train FooNet on the Pile", "we fine-tune our model on GSM8K", "we train and evaluate our
    model on X" (a training verb joined to an evaluation verb): training data of ours."""
    prep = _before_prep(view, tail, frozenset(("on", "with", "using")))
    start = _own_start(view, prep - 1, ctx, uc) if prep > 0 else -1
    words = view.words
    if start > 2 and words[start - 1] in uc.uses_eval_verbs and words[start - 2] in ("and", "or"):
        start -= 2  # "train and evaluate our model on X": trained on X too
    return start > 0 and words[start - 1] in uc.uses_train_verbs


def _evaluated_on_models(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> bool:
    """ "we evaluate FooNet on LLaMA-2-7B", "FooNet is tested on Mistral-7B", "we validate on
    OPT-13B": the models the method is applied to (a Model after the verb, never "compare")."""
    prep = _before_prep(view, tail, uc.uses_model_preps)
    if prep < 0:
        prep = _prep_before_list(view, tail, uc)  # "on multiple paradigms, including SD and FLUX"
    return prep >= 1 and _ours_with_verb(view, prep, uc.uses_eval_verbs, ctx, uc, we=True)


def _result_on_model(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> bool:
    """ "FooNet achieves average gains of 5.1% on Qwen2.5-3B and 3.6% on Qwen2.5-7B", "It shows a
    10-point improvement for Llama-3.1-8B": a result the paper's method ("it") reaches on a Model,
    the model it is applied to. The nearest result verb before the preposition (a result noun is
    passed, :func:`_result_noun`) stands in its clause (sixteen words at most; no semicolon, colon,
    rival word or comma that ends a clause, :func:`_clause_comma`, between) and has the method as
    its subject; not "FooNet achieves 80%, whereas prompting yields 70% on GPT-4o" nor "... and
    prompting yields 70% on GPT-4o"."""
    prep = _before_prep(view, tail, uc.uses_result_preps)
    if prep < 2:
        return False
    words = view.words
    for j in range(prep - 1, max(0, prep - 17), -1):
        if words[j] in (";", ":") or words[j] in uc.uses_rival_words or _clause_comma(words, j):
            return False
        if words[j] in uc.uses_result_verbs and not _result_noun(words, j):
            return _own_subject_before(view, j, ctx, uc) >= 0
    return False


def _clause_comma(words: tuple[str, ...], at: int) -> bool:
    """Whether word ``at`` is a comma that ends a clause: not one of a list of numbers ("up to 5.9x,
    5.7x, and 4.1x acceleration on X") nor one before a participle that shares the subject ("DVG
    achieves near-lossless acceleration, reaching 7x speedup on X")."""
    if words[at] != ",":
        return False
    after = at + 1 + (at + 1 < len(words) and words[at + 1] in ("and", "or"))
    if after >= len(words):
        return True
    word = words[after]
    return not (word.endswith("ing") or word[:1] == "$" or any(c.isdigit() for c in word))


def _result_noun(words: tuple[str, ...], at: int) -> bool:
    """Whether the result word at ``at`` is a noun, not a verb with a subject: "of" after it
    ("achieves average gains of 5.1%"), or an article, a number or "%" before it ("brings a 3% gain")."""
    before = words[at - 1] if at else ""
    return (
        at + 1 < len(words)
        and words[at + 1] == "of"
        or before in ("a", "an", "the", "%")
        or any(c.isdigit() for c in before)
    )


def _prep_before_list(view: SentenceView, tail: Located, uc: UsesCues) -> int:
    """The model preposition before "<class noun phrase>, including/such as/e.g." that opens
    the list ``tail`` starts ("on multiple generative paradigms, including Stable Diffusion"),
    else -1; the phrase between holds no name and no verb-like word."""
    words = view.words
    intro = tail.first - 1
    while intro >= 0 and words[intro] in (",", "as", "the"):
        intro -= 1  # "such as", "e.g.,"
    if intro < 0 or words[intro] not in reading_cues().list_intros and words[intro] != ":":
        return -1  # "on several models, including X", "with three LLMs: X, Y and Z"
    for j in range(intro - 1, max(-1, intro - 7), -1):
        if words[j] in uc.uses_model_preps:
            return j if not any(j < e.first < intro for e in view.entities) else -1
    return -1


def _enables_ours(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues, uc: UsesCues) -> bool:
    """ "our Deep RL approach enables PyTester to ...": the paper's named method works through
    the approach the paper calls its own."""
    words = view.words
    if "our" not in words[max(0, tail.first - 2) : tail.first]:
        return False
    at = tail.last + 1
    if at + 2 >= len(words) or words[at] not in uc.uses_own_nouns or words[at + 1] not in rc.enable_verbs:
        return False
    return any(e.first == at + 2 and e.label in ACTORS and ctx.is_proposed(e) for e in view.entities)


def _into_model(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> bool:
    """ "we integrate FooNet into LLaVA-1.5", "FooNet can be plugged into Qwen2-VL": the Model the
    paper's method is put into."""
    prep = _before_prep(view, tail, frozenset(("into",)))
    return prep >= 1 and _ours_with_verb(view, prep, uc.uses_into_verbs, ctx, uc, we=False)


def _put_into(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> bool:
    """ "we integrate product quantization into VQGAN", "Our framework integrates image condition into a
    Diffusion Transformer (DiT)", "FooNet injects semantics into CNN features": what the authors or the
    paper's method put something into (the object at most eight words, no clause mark between) is what
    the method is built on; a Method that takes the paper's own named part ("we integrate LoRaD into VSD,
    resulting in WaDi") is no such base (:func:`_into_model` reads own names put into Models)."""
    words = view.words
    prep = _before_prep(view, tail, frozenset(("into",)))
    if prep < 0 and tail.first >= 2 and words[tail.first - 1] in ("a", "an") and words[tail.first - 2] == "into":
        prep = tail.first - 2
    for verb in range(prep - 2, max(-1, prep - 10), -1):
        if words[verb] in (",", ";", ":", "(", ")") or words[verb] in reading_cues().contrast_clauses:
            return False
        if words[verb] in uc.uses_into_verbs:
            if tail.label != "Model" and any(verb < e.first < prep and ctx.is_proposed(e) for e in view.entities):
                return False  # "we integrate LoRaD into VSD, resulting in WaDi": our part goes into VSD
            j = _subject_end(words, verb, uc)
            return j >= 0 and (words[j] == "we" or _own_start(view, j, ctx, uc) >= 0)
    return False


def _ours_with_verb(
    view: SentenceView, prep: int, verbs: frozenset[str], ctx: PaperContext, uc: UsesCues, *, we: bool
) -> bool:
    """Whether the word before preposition ``prep`` ends the paper's own method after a verb of ``verbs``
    ("we evaluate FooNet on", "we integrate FooNet into"), or is such a verb whose subject, past auxiliaries,
    is the paper's method ("FooNet is tested on", "FooNet can be plugged into") or, when ``we``, "we"
    ("we evaluate on")."""
    words = view.words
    start = _own_start(view, prep - 1, ctx, uc)
    if start > 0 and words[start - 1] in verbs:
        return True
    if words[prep - 1] not in verbs:
        return False
    j = _subject_end(words, prep - 1, uc, adverbs=False)
    return j >= 0 and ((we and words[j] == "we") or _own_start(view, j, ctx, uc) >= 0)


def _at_core(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> bool:
    """ "At the heart of SPIN lies a self-play mechanism", "the core of FooNet is X"."""
    words = view.words
    for j in range(max(0, tail.first - 4), tail.first):
        if words[j] not in uc.uses_core_links:
            continue
        if any(e.first < tail.first and e.first > j for e in view.entities):
            return False  # the first name after the link only
        k = j - 1
        own = -1
        while k >= 0 and j - k <= 4 and own < 0:
            own = _own_start(view, k, ctx, uc)
            k -= 1
        if own < 2 or words[own - 1] != "of" or words[own - 2] not in uc.uses_core_nouns:
            return False
        return all(w.isalpha() and w.islower() for w in words[j + 1 : tail.first] if w not in ("a", "an", "the"))
    return False


def _opening_models(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues, uc: UsesCues) -> bool:
    """ "On LLaMA-2-7B (and Mistral-7B), FooNet reduces ...", "On AIME with Qwen-7B, FooNet ...",
    "Across Qwen3-4B, OLMo-3-7B, and LLaMA-3.1-8B, FooNet improves ...": an opening phrase of names
    (Models listed with commas) followed by the paper's own method as the subject."""
    words = view.words
    if not words or words[0] not in uc.uses_opening_preps or "," not in words[: tail.first + 12]:
        return False
    if _before_prep(view, tail, uc.uses_opening_preps) < 0:
        return False  # "On LLaMA-2-7B", "On AIME with Qwen-7B"; not "For tasks where GPT-4 fails"
    ends = {e.first: e for e in view.entities}
    at = 1
    while at < len(words):  # the opening phrase: names, list words, preps
        if words[at] == ",":
            listed = at + 1 + (at + 1 < len(words) and words[at + 1] in ("and", "or"))
            if listed not in ends or ends[listed].label != "Model" or ctx.is_proposed(ends[listed]):
                break  # the phrase ends; "Across Qwen3-4B, OLMo-3-7B, and LLaMA-3.1-8B, FooNet": a list
            at = listed
        elif at in ends:
            at = ends[at].last + 1
        elif words[at] in rc.chain_words or words[at] in uc.uses_opening_preps or "/" in words[at]:
            at += 1
        else:
            return False
    if at <= tail.last:
        return False
    ends_at = [k for k in (at + 1, at + 2, at + 3) if k < len(words)]
    return any(_own_start(view, k, ctx, uc) in (at + 1, at + 2) for k in ends_at)  # ", FooNet", ", our method"


def _part_listed(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues, uc: UsesCues) -> bool:
    """ "EPANet consists of two key components: EPA-FPN and ...", "the MoR framework, which
    comprises three LoRA groups": the first name after a part verb whose subject is ours."""
    words = view.words
    verb = next((j for j in range(tail.first - 1, max(-1, tail.first - 9), -1) if words[j] in uc.uses_part_verbs), -1)
    if verb < 1 or any(e.last < tail.first and e.first > verb for e in view.entities):
        return False  # the first name after the verb only; the list after it is chained
    gap = words[verb + 1 : tail.first]
    if any(w in rc.use_stops or w == ";" for w in gap) or "," in gap and not _parts_introduced(gap, uc):
        return False
    j = _subject_end(words, verb, uc, adverbs=False)
    if j > 0 and words[j] == "which" and words[j - 1] == ",":
        j -= 2  # "the MoR framework, which comprises"
    return j >= 0 and _own_start(view, j, ctx, uc) >= 0


def _parts_introduced(gap: tuple[str, ...], uc: UsesCues) -> bool:
    """Whether the only comma between a part verb and its first part follows a count of parts and
    opens their list ("includes two novel modules, a X and a Y")."""
    comma = gap.index(",")
    rest = gap[comma + 1 :]
    return (
        gap.count(",") == 1
        and comma > 0
        and gap[comma - 1] in uc.uses_component_nouns
        and all(w in ("a", "an", "the") for w in rest)
    )


def _object_of_ours(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> bool:
    """ "FooNet compresses LLaMA-2-7B", "we prune OPT-175B": the Model the method is applied to,
    when the verb's subject is the paper's own method, "we" or "it"."""
    words = view.words
    verb = tail.first - 1
    while (
        verb >= 0
        and tail.first - verb <= 3
        and (
            words[verb] in ("the", "a", "an")
            or words[verb] in uc.uses_object_adjectives
            or any(c.isdigit() for c in words[verb])
        )
    ):
        verb -= 1
    if verb > 0 and words[verb] == "of":  # "improves the zero-shot accuracy of GPT-4o"
        the = next((k for k in range(verb - 1, max(-1, verb - 6), -1) if words[k] == "the"), -1)
        if the < 1 or any(the < e.first < verb and e.label in TAIL_LABELS for e in view.entities):
            return False
        verb = the - 1
    if verb < 1 or words[verb] not in uc.uses_object_verbs:
        return False
    j = _subject_end(words, verb, uc)
    return j >= 0 and (words[j] == "we" or _own_start(view, j, ctx, uc) >= 0)


def _part_of_ours(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues, uc: UsesCues) -> bool:
    """ "HBFormer combines a U-shaped design with a Swin Transformer backbone", "FooNet pairs a CLIP
    image encoder with ...": a named part of the method in a sentence about the paper's own method."""
    words = view.words
    at = tail.last + 1
    if at < len(words) and words[at] in uc.uses_part_modifiers:
        at += 1
    if at >= len(words) or words[at] not in uc.uses_part_nouns:
        return False
    if any(w in rc.others_words for w in words[max(0, tail.first - 3) : tail.first]):
        return False  # "existing CLIP encoders"
    stops = (
        (rc.use_stops - uc.uses_purpose_words)
        | rc.comparison_openers
        | rc.likeness_words
        | rc.eval_verbs
        | rc.uses_analysis_words
        | reading_cues().contrast_clauses
    )
    own = -1
    for j in range(tail.first):
        if words[j] in stops:
            return False
        if own < 0 and (words[j] == "our" or _own_start(view, j, ctx, uc) >= 0):
            own = j
    return own >= 0  # not "we perform an analysis of the frozen CLIP image encoder"
