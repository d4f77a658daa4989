"""Tails refused for what the sentence does with them: a replaced part (:func:`replaced`), an
evaluator of the outputs (:func:`evaluator`), what the method is compatible with or supports, and the
end of a tail list (:func:`narrowed`)."""

from __future__ import annotations

from claimgraph.extract.claims.cues import RelationCues, relation_cues
from claimgraph.extract.claims.subjects import PROPOSE_VERBS
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView, cue_before
from claimgraph.extract.pipeline.token_table import doc_text, span_text
from claimgraph.extract.relations.guards import reading_cues
from claimgraph.extract.relations.uses.cues import UsesCues, uses_cues


def replaced(words: tuple[str, ...], tail: Located, rc: RelationCues) -> bool:
    """Whether the tail is the part a method gives up: the object of a replace verb within six
    words before it, no "with", "by", "of", clause mark or use cue between ("replaces the
    Transformer-based decoder with an LFM decoder", "by replacing the stacked self-attention and
    cross-attention layers with a gating mechanism", "to replace the FPN-based convolutional
    layers"), or the subject of a passive one ("the ResNet backbone is replaced by ..."). Not what
    the method uses; the replacement after "with" or "by" stays a use ("replaces CNN backbones with
    a Swin Transformer"), and so does a name whose part alone is replaced ("replaces CLIP's text
    encoder", "replaces the attention of the Transformer") or a replacement denied ("without
    retraining the model or replacing the SDS objective")."""
    uc = uses_cues()
    if words[tail.last + 1 : tail.last + 2] in (("'s",), ("\u2019s",), ("'",)):
        return False  # "CLIP's text encoder": a part of the name is replaced, the name stays used
    for k in range(tail.first - 1, max(-1, tail.first - 7), -1):
        word = words[k]
        if word in uc.uses_replace_verbs:
            return not _denied(words, k, rc)
        if word in uc.uses_replace_stops or word in rc.use_any:
            break
    return _replaced_after(words, tail, rc, uc)


def _denied(words: tuple[str, ...], verb: int, rc: RelationCues) -> bool:
    """Whether a negator (relations.json uses_negators) stands within twelve words before the verb,
    no clause mark between ("without retraining the diffusion model, changing the renderer, or
    replacing the SDS objective")."""
    for word in reversed(words[max(0, verb - 12) : verb]):
        if word in (";", ":", "."):
            return False
        if word in rc.uses_negators:
            return True
    return False


def _replaced_after(words: tuple[str, ...], tail: Located, rc: RelationCues, uc: UsesCues) -> bool:
    """Whether the tail is the subject of a passive replace verb (right after a passive auxiliary,
    relation_reading.json passive_auxiliaries) within five words after it, no comma, clause mark or
    use verb between ("the ResNet backbone is replaced by a Swin Transformer", "the FPN-based layers
    are replaced": a part noun or a modifier such as "based" is no verb; not "builds on CLIP and
    replaced its encoder")."""
    for k in range(tail.last + 1, min(len(words), tail.last + 6)):
        word = words[k]
        if word in uc.uses_replace_verbs:
            return words[k - 1] in reading_cues().passive_auxiliaries
        if word == "," or word in uc.uses_replace_stops:
            return False
        if word in rc.use_any and word not in uc.uses_part_nouns and not word.endswith(tuple(uc.uses_modifier_endings)):
            return False
    return False


def evaluator(words: tuple[str, ...], tail: Located, rc: RelationCues) -> bool:
    """Whether the name after the cue is the setup's evaluator: "GPT-4 as the judge",
    "using GPT-4o to (jointly) assess ...": it scores outputs, the method does not use it."""
    reading = reading_cues()
    following = [w for w in words[tail.last + 1 : tail.last + 6] if w not in ("a", "an", "the")]
    if len(following) > 1 and following[0] == "as" and following[1] in reading.evaluator_nouns:
        return True
    if following[:1] == ["to"]:
        rest = [w for w in following[1:] if not w.endswith("ly")]
        return bool(rest) and (rest[0] in rc.eval_verbs or rest[0] in rc.uses_analysis_words)
    return _scoring_tool(words, tail, rc) or _listed_evaluation(words, tail, rc)


def _listed_evaluation(words: tuple[str, ...], tail: Located, rc: RelationCues) -> bool:
    """Whether the tail is listed (within twelve words, no cue or clause mark between) after an
    evaluation noun and an example lead ("Through comprehensive evaluations, including
    LLM-as-a-judge, human ratings, and qualitative analysis, we show that FooNet ..."): one of
    the study's evaluations, not what the method uses."""
    uc = uses_cues()
    for k in range(tail.first - 1, max(-1, tail.first - 13), -1):
        word = words[k]
        if word in (";", ":", ".") or word in rc.use_any:
            return False
        if word in uc.uses_example_leads:
            j = k - 1 - (k > 1 and words[k - 1] == ",")
            return j >= 0 and words[j] in uc.uses_evaluation_nouns
    return False


def _scoring_tool(words: tuple[str, ...], tail: Located, rc: RelationCues) -> bool:
    """Whether the tail is a tool of the study's evaluation: an evaluation noun ends its noun
    phrase ("a GPT-based scoring method", "a CLIP-based evaluator"), a study noun a Method's
    ("through PCA and t-SNE analyses", uses_study_nouns), or, where "we" act (and
    propose nothing), its phrase goes on (no comma, preposition or cue, within eight words) to "to compare/
    probe/assess ..." ("we use LIME heatmaps and Jensen-Shannon divergence to compare attention
    patterns", "we ..., leveraging DDIM inversion to probe whether"); not "fine-tune LLaMA on GSM8K
    to evaluate ...": a setting, nor "FooNet uses CoT verification to assess the relevance": what
    the method does."""
    uc = uses_cues()
    if _evaluated_with(words, tail, rc, uc):
        return True
    after = words[tail.last + 1 : tail.last + 9]
    for j, w in enumerate(after):
        if w in (",", ";", ":"):
            return False
        if w in uc.uses_evaluation_nouns and j < 3:
            return True  # "GPT-based scoring", "Through LLM-as-a-Judge evaluation, ..." ("evaluation" is also a cue)
        if w in uc.uses_study_nouns and j < 3 and tail.label == "Method":
            return True  # "through PCA and t-SNE analyses", "activation patching experiments": the study's tools
        if w in rc.use_any or w in uc.uses_phrase_stops:
            return False
        if w == "to" and j + 1 < len(after) and _we_study(words[: tail.first]):
            return after[j + 1] in uc.uses_study_verbs or after[j + 1] in rc.uses_analysis_words
    return False


def _evaluated_with(words: tuple[str, ...], tail: Located, rc: RelationCues, uc: UsesCues) -> bool:
    """Whether an "X-based" tail follows "with/using/via (a/the)" in a clause where "we" evaluate,
    the evaluation verb within eight words before ("We thus evaluate appearance transfer quality
    with a GPT-based system", "we validate our method with CLIP-based visualizations"): the tool
    that scores the outputs; not the models the method is run with ("We evaluate FooNet on X using
    Qwen2.5 models", "We validate our approach using DeepSeek-R1 as the teacher")."""
    if words[tail.last] == tail.key.rsplit(" ", 1)[-1] or not words[tail.last].endswith(rc.use_suffix_tuple):
        return False
    k = tail.first - 1
    while k >= 0 and (words[k] in ("a", "an", "the") or words[k] in uc.uses_object_adjectives):
        k -= 1
    if k < 1 or words[k] not in uc.uses_trained_vias:
        return False
    return cue_before(words, k, rc.eval_verbs, (",", ";", ":"), reach=8) and _we_study(words[:k])


def _we_study(before: tuple[str, ...]) -> bool:
    """Whether "we" act in the words before a tail and propose nothing after it ("we use X to
    compare"; not "we propose ASD, a defense that leverages X to analyze ...": the method's use)."""
    if "we" not in before:
        return False
    last = len(before) - 1 - before[::-1].index("we")
    return not any(w in PROPOSE_VERBS for w in before[last:])


def narrowed(view: SentenceView, tail: Located, rc: RelationCues) -> bool:
    """Whether a lower-case lexicon model class follows a lower-case word that narrows it to the
    model the sentence names ("a pretrained video diffusion model", "a latent consistency model",
    "a dual-branch diffusion transformer architecture"): the class is too generic to be what is
    used. Not after a generic or evaluative adjective, a cue, a function word or a number ("a
    pre-trained diffusion model"), and not a technique ("label-free reinforcement learning")."""
    span, k = tail.span, tail.first - 1
    if k < 0 or not span.kb_id_ or (text := span_text(span)) != text.lower() or span.start_char == 0:
        return False
    if tail.key.replace("-", " ").split()[-1] not in uses_cues().uses_model_class_ends:
        return False
    doc = span.doc
    if not doc_text(doc)[span.start_char - 1].isspace():
        return False
    word = doc[view.starts[k] : span.start].text.strip()
    if not word or word != word.lower() or not word.replace("-", "").isalpha() or word.endswith("ly"):
        return False
    uc = uses_cues()
    lower = view.words[k]
    return not (
        lower in rc.uses_free_words
        or lower in rc.use_any
        or lower in rc.train_cues
        or lower in uses_cues().uses_opening_words
        or lower in uc.uses_object_adjectives
        or lower in uc.uses_generic_modifiers
        or lower in uc.uses_extra_train_cues
        or lower in uc.uses_from_cues
        or lower in uc.uses_method_cues
    )


def _compatible_with(view: SentenceView, tail: Located, uc: UsesCues) -> bool:
    """Whether a compatibility word ("compatible", "...-agnostic") stands within eight words
    before ``tail``: what the method works with, not what it uses ("MAPO is fully
    architecture-agnostic, supporting 2D/3D CNN and Transformer-based segmentation pipelines");
    or one is glued to the tail ("FlashAttention-compatible token selection"); or the tail follows
    "complementary/orthogonal to" ("our method is orthogonal to LoRA") or an intransitive
    "integrates (seamlessly) with" (:func:`_integrates_with`)."""
    words = view.words
    before = words[max(0, tail.first - 8) : tail.first]
    if any(_compatibility_word(w, uc) for w in before):
        return True
    if any(w in uc.uses_compat_to_words and nxt == "to" for w, nxt in zip(before, before[1:], strict=False)):
        return True
    if _integrates_with(words, tail.first, uc) or _one_of_supported(words, tail.first, uc):
        return True
    word, part = words[tail.last], tail.key.rsplit(" ", 1)[-1]
    glued = word[len(part) :] if word.startswith(part) else ""
    return glued[:1] == "-" and _compatibility_word(glued[1:], uc)


def _one_of_supported(words: tuple[str, ...], at: int, uc: UsesCues) -> bool:
    """Whether word ``at`` follows, within twelve words and with no clause mark or use verb between, a
    uses_support_verbs word and a uses_support_ranges word ("supports both", "supporting various",
    "applicable to any"): one of the alternatives the method works with ("our TCS module supports
    both Transformer-based decoder and Mamba-based decoder", "supporting various vision backbones
    including ResNet"), not what it is built on."""
    rc, nouns = relation_cues(), uc.uses_part_nouns | uc.uses_model_class_ends
    for k in range(at - 1, max(-1, at - 13), -1):
        if words[k] in (";", ":", ".") or words[k] in rc.use_any and words[k] not in nouns:
            return False  # "supports both X and Y by utilizing a CLAP model": CLAP is used ("backbones" is no verb)
        if words[k] in uc.uses_support_ranges:
            j = k - 1 - (k >= 1 and words[k - 1] == "to")
            return j >= 0 and words[j] in uc.uses_support_verbs
    return False


def _compatibility_word(word: str, uc: UsesCues) -> bool:
    """A ``uses_compat_words`` word ("compatible") or a word ending in "-agnostic" ("architecture-agnostic")."""
    return word in uc.uses_compat_words or word.endswith("-agnostic")


def _integrates_with(words: tuple[str, ...], at: int, uc: UsesCues) -> bool:
    """Whether "with" (past "the"/"a" and uses_generic_modifiers words: "with existing X") follows
    an integrate verb of uses_compat_with_verbs directly or past "-ly" adverbs, with no object
    between ("it seamlessly integrates with Hugging Face Transformers", "integrates seamlessly with ControlNet"):
    the method works alongside the tail; "integrates CLIP with X" has its own object and uses both."""
    k = at - 1
    while k >= 0 and (words[k] in ("the", "a", "an") or words[k] in uc.uses_generic_modifiers):
        k -= 1
    if k < 1 or words[k] != "with":
        return False
    k -= 1
    while k >= 0 and words[k].endswith("ly"):
        k -= 1
    return k >= 0 and words[k] in uc.uses_compat_with_verbs
