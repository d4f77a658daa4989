"""The cue words of ``uses`` (:func:`use_cues`) and the cues that state no use of the paper's own
(:func:`unstated_use`): hopes and plans, analyses and purposes, evaluation lists, study openings,
"without requiring X", "instead of X"."""

from __future__ import annotations

from claimgraph.extract.claims.cues import RelationCues, claim_cues, relation_cues
from claimgraph.extract.claims.subjects import ACTORS, entity_mask
from claimgraph.extract.pipeline.sentence_view import SentenceView, cue_before
from claimgraph.extract.relations.guards import ReadingCues, reading_cues
from claimgraph.extract.relations.uses.cues import UsesCues, uses_cues
from claimgraph.extract.relations.uses.rivals import (
    _about_named_other,
    _inspired_clause,
    _others_subject,
    _others_trained,
    _rival_aside,
    _rival_relative,
    _rivals_trained,
    _trains_another,
)


def use_cues(view: SentenceView, rc: RelationCues, pairs: dict[str, frozenset[str]]) -> list[tuple[int, float]]:
    """Cue words of ``uses`` as (word index, base confidence)."""
    words = view.words
    uc = uses_cues()
    extra = uc.extra_cues
    if view.present.isdisjoint(rc.use_any) and view.present.isdisjoint(extra):
        return []
    masked = entity_mask(view)
    opener = view.find(rc.comparison_openers) if not view.present.isdisjoint(rc.comparison_openers) else -1
    reading = reading_cues()
    cues = []
    for i, word in enumerate(words):
        if word not in rc.use_any and word not in extra or i in masked:
            continue
        if word in uc.uses_extra_train_cues and (
            i + 1 >= len(words) or words[i + 1] in uc.uses_train_noun_words or i and words[i - 1] in ("the", "a", "an")
        ):
            continue  # "the train split", "train and test sets": a noun, not the verb
        if word in uc.uses_from_cues and word not in rc.use_any and (i + 1 >= len(words) or words[i + 1] != "from"):
            continue  # "adapted from X", "derived from X"; not "an adapted model"
        if word in uc.uses_purpose_participles and i + 1 < len(words) and words[i + 1] in uc.uses_purpose_words:
            continue  # "images that can be used for data augmentation": a purpose, not a use
        if word in uc.uses_purpose_participles and i + 1 < len(words) and words[i + 1] == "by":
            continue  # "the SigLIP encoder that was also used by PaliGemma": the user, not what is used
        if word in uc.uses_purpose_participles and i + 1 < len(words) and words[i + 1] in uc.uses_purpose_infinitives:
            continue  # "spectral clustering is used to generate pseudo-labels": the product, not a use
        if _in_purpose_clause(view, i, uc):
            continue  # "VisCoR-55K, which is then used to boost various VLMs through SFT": their training
        if word in rc.train_cues and _others_trained(words, i, rc):
            continue  # "detectors trained with SAM degenerate": other models' training, not ours
        if _rivals_trained(view, i, rc, uc):
            continue  # "competitive with models trained on Objaverse": the rivals' training data
        if word in reading.adjectival_participles and i and words[i - 1] in reading.adjectival_adverbs:
            continue  # "widely used architectures, including VGG-16": an adjective, not a use
        if _other_clause(view, i, reading):
            continue  # "..., while the popular architectures are employed using X"
        if unstated_use(view, i, rc):
            continue  # "without requiring pre-trained X", "the common practice of using X"
        if _others_subject(words, i, rc):
            continue  # "Existing methods use a CLIP encoder, while FooNet ...": another subject uses it
        if _about_named_other(view, i):
            continue  # "surpasses Tongyi DeepResearch (trained via continual pre-training, SFT)"
        before = [w for w in words[max(0, i - 3) : i] if w not in ("the", "a", "an") and w not in reading.quantifiers]
        if before and (before[-1] in reading.comparison_preps or before[-1] in rc.not_after):
            continue  # "alignment over the fine-tuned Stable Diffusion": a baseline, not a use
        if before and before[-1] in uc.uses_rival_words and before[-1] in uc.uses_rival_relative_words:
            continue  # "it outperforms every fine-tuned cross-encoder": the beaten rival, not a use
        if word.endswith("ing") and i > 1 and words[i - 1] == "for" and words[i - 2] in rc.class_nouns:
            continue  # "data augmentation methods for combining images ... include CutMix": a class
        weak = word in rc.use_weak or word in uc.uses_method_cues
        if weak and any(w in rc.uses_analysis_words for w in words[max(0, i - 3) : i + 2]):
            continue  # "qualitative analyses using Grad-CAM", "through analysis of X": a tool of the study
        if weak and _analysis_object(view, i, rc):
            continue  # "Through theoretical gradient analysis of SCL, we identify ...": what is studied
        if weak and _analysis_clause(words, i, rc):
            continue  # "we conducted a comparative analysis between the two sets using a VGG16 model"
        if weak and _setup_cue(words, i, rc, reading):
            continue  # "we evaluate X via linear probing", "pairs generated manually and via GPT"
        if word in uc.uses_method_cues and view.has_any(uc.uses_rival_words, max(0, i - 4), i):
            continue  # "outperform models trained through DPO": the rivals' technique
        if _rival_aside(words, i, uc):
            continue  # "more accurate than int2 quantization (using techniques like QAT)": the rival's
        if _rivals_trained(view, i - 1, rc, uc):
            continue  # "competitive with models trained via reward model-guided RL": the rivals' technique
        if word in uc.uses_extra_train_cues and i == 1 and words[0] == "to":
            continue  # "To train the ColorBook, we construct X": a purpose, not a use
        if i + 1 < len(words) and words[i + 1] in uc.uses_cue_noun_after:
            continue  # "downstream use cases such as RAG": a noun, not a use
        if _rival_relative(words, i, uc):
            continue  # "surpassing the previous best score, which was obtained using SANA-1.5": the rival's
        if _inspired_clause(words, i, uc):
            continue  # "Inspired by DeepSeek-R1's success ... through rule-based RL, we ...": the other work
        if i > 1 and words[i - 1] == "for" and words[i - 2] in uc.uses_advice_nouns:
            continue  # "offer practical guidance for applying RLVR": advice, not a use of the paper's
        if i > 1 and words[i - 1] in uc.uses_rival_pronouns and words[i - 2] in uc.uses_rival_words:
            continue  # "models ... outperform those using BPE tokenizers": the rivals' technique
        if _hoped_for(words, i, uc):
            continue  # "We hope our study paves a new path for integrating CoT reasoning with X": a hope
        if weak and _study_opening(words, i, rc, uc):
            continue  # "Furthermore, utilizing the Grad-CAM, we pinpoint systematic failures": a tool of the study
        if i and words[i - 1] in rc.others_words:
            continue  # "prior uses often relied on ICA", "existing fine-tuned models": others' use
        if weak and _trains_another(view, i, uc):
            continue  # "where we train a humanoid robot via sim-to-real RL": how that thing is trained
        if weak and _evaluated_list(words, i, rc):
            continue  # "We evaluate our approach on three examples: ..., and Y via Gaussian splatting"
        if (
            word in pairs
            and (i + 1 >= len(words) or words[i + 1] not in pairs[word])
            and not _applies_method(view, i, uc)
        ):
            continue  # "applied to X", "based on X"; "we apply supervised fine-tuning (SFT)" takes its object
        if i and words[i - 1] in rc.not_after:
            continue  # "improving upon X", "compared with X": a comparison
        if opener >= 0 and opener < i and not any(w in ("our", "we") for w in words[opener:i]):
            continue  # "For comparison, X using Y ...": about a baseline
        if 0 <= opener <= 1 and opener < i and "our" not in words[opener:i]:
            continue  # "For comparison, we fine-tuned five other CNNs via transfer learning"
        if word in rc.experiment_nouns:
            if _rival_result(words, i, uc):
                continue  # "achieves competitive results with DeepSeek-R1": a comparison, not a use
            if i + 1 < len(words) and words[i + 1] in rc.experiment_preps:
                cues.append((i + 1, 0.60))
            continue
        strong = word in rc.use_strong or word in uc.uses_extra_train_cues or word in uc.uses_from_cues
        cues.append((i, 0.70 if strong else 0.55))
    return cues


def _rival_result(words: tuple[str, ...], index: int, uc: UsesCues) -> bool:
    """Whether the experiment noun at ``index`` follows a comparison word and comes before one of
    uses_rival_result_preps ("achieves competitive results with DeepSeek-R1", "comparable
    results to GPT-4"): the name after it is the rival matched, not a model the method is applied to."""
    return (
        0 < index < len(words) - 1
        and words[index - 1] in uc.uses_rival_words
        and words[index + 1] in uc.uses_rival_result_preps
    )


def _hoped_for(words: tuple[str, ...], index: int, uc: UsesCues) -> bool:
    """Whether the cue follows a hope ("We hope our study ... paves a new path for integrating CoT
    reasoning with X", "we envision ...") or comes within eight words after "future" and a plan noun
    ("key future directions, such as integrating StyleGAN3"): a hope or a plan states no use."""
    if any(w in uc.uses_hope_words and j and words[j - 1] in ("we", "in") for j, w in enumerate(words[:index])):
        return True  # "we hope", "in hopes of"; not the name "Envision: ... via X"
    return any(
        words[j] == "future" and words[j + 1] in uc.uses_future_nouns for j in range(max(0, index - 9), index - 1)
    )


def _study_opening(words: tuple[str, ...], index: int, rc: RelationCues, uc: UsesCues) -> bool:
    """Whether the cue opens the sentence (after at most a sentence adverb and its comma) with a
    phrase whose main clause is "we" and a study or analysis verb ("Furthermore, utilizing the
    Grad-CAM, we pinpoint systematic failures of AI-generated videos", "Using SHAP, we analyze ..."):
    the authors' tool for inspecting results, not a part of the method ("Using LoRA, we train ...")."""
    if index > 2 or index and words[index - 1] != ",":
        return False
    comma = next((j for j in range(index + 1, min(len(words), index + 16)) if words[j] == ","), None)
    if comma is None or comma + 2 >= len(words) or words[comma + 1] != "we":
        return False
    at = comma + 2
    while at < len(words) - 1 and (words[at].endswith("ly") or words[at] in uc.uses_subject_skips):
        at += 1
    return words[at] in uc.uses_study_verbs or words[at] in rc.uses_analysis_words


def _analysis_object(view: SentenceView, index: int, rc: RelationCues) -> bool:
    """Whether an analysis word and "of" stand between a weak cue and the first name after it,
    within five words ("through theoretical gradient analysis of SCL"): the name is what is
    analysed (not "utilizing reachability analysis and employ LoRA")."""
    words = view.words
    end = min([len(words), index + 6] + [e.first for e in view.entities if e.first > index])
    return any(words[j] in rc.uses_analysis_words and words[j + 1] == "of" for j in range(index + 1, end - 1))


def _analysis_clause(words: tuple[str, ...], index: int, rc: RelationCues) -> bool:
    """Whether an analysis word opens the object of the weak cue's clause, up to ten words back
    (no comma, semicolon or colon between): "we conducted a comparative analysis between the
    original dataset and its variant using a VGG16 model" — a tool of the study; not a cue verb
    after "and" ("a pipeline utilizing reachability analysis and employ X": a verb of its own)."""
    if index and words[index - 1] in ("and", "or"):
        return False
    return cue_before(words, index, rc.uses_analysis_words, (",", ";", ":"), reach=10)


def _in_purpose_clause(view: SentenceView, index: int, uc: UsesCues) -> bool:
    """Whether the cue at ``index`` follows "<data> ... used/employed to" in its clause (back to a
    comma, semicolon or colon; the data within six words before the participle): it says what
    others do with the paper's data ("a dataset, VisCoR-55K, which is then used to boost various
    VLMs through supervised finetuning"), not what the paper's method uses ("this uncertainty is
    then used to guide the student through knowledge distillation" stays)."""
    words = view.words
    for j in range(index - 1, 0, -1):
        if words[j] in (",", ";", ":"):
            return False
        if words[j] in uc.uses_purpose_infinitives and words[j - 1] in uc.uses_purpose_participles:
            lo = max(0, j - 7)
            data = reading_cues().data_nouns
            return any(w in data for w in words[lo : j - 1]) or any(
                e.label == "Dataset" and lo <= e.last < j - 1 for e in view.entities
            )
    return False


def _evaluated_list(words: tuple[str, ...], index: int, rc: RelationCues) -> bool:
    """Whether the cue sits in a list after a colon whose clause evaluates with "we" ("We evaluate
    our approach on three examples: A, B, and C via X"), or in parentheses after such a clause
    ("We tested multiple tuning regimes (zero-shot, full fine-tuning, and PEFT via LoRA)"): a
    setting of the evaluation."""
    colon = next((j for j in range(index - 1, -1, -1) if words[j] in (":", ";", "(", ")")), -1)
    if colon < 1 or words[colon] not in (":", "("):
        return False
    return "we" in words[:colon] and any(
        words[j] in rc.eval_verbs and (words[j] not in rc.eval_nounlike or j and words[j - 1] in rc.eval_verb_context)
        for j in range(colon)
    )


def _applies_method(view: SentenceView, index: int, uc: UsesCues) -> bool:
    """Whether the cue is an "apply" verb whose direct object is a Method (past an article): "we apply
    supervised fine-tuning (SFT) to establish ...", not only "applied to X"."""
    if view.words[index] not in uc.uses_apply_object_verbs or index and view.words[index - 1] in uc.uses_naive_adverbs:
        return False  # "directly applying PTQ to a merged model is unreliable": the naive baseline
    at = index + 1 + (index + 1 < len(view.words) and view.words[index + 1] in ("a", "an", "the"))
    return any(e.first == at and e.label == "Method" for e in view.entities)


def unstated_use(view: SentenceView, index: int, rc: RelationCues) -> bool:
    """Whether the cue (or shaped tail) at word ``index`` states no use of the paper's own:
    a negator within three words before it ("without requiring pre-trained X", "rather than
    fine-tuning X", "future research integrating X"; not "not only"), or a view the paper
    reports or argues against before it ("the prevailing practice that VLMs must rely on X",
    "the common practice of using X")."""
    words = view.words
    adverbs = uses_cues().uses_adverb_negators
    for j in range(max(0, index - 3), index):
        if words[j] in adverbs and words[j + 1] == ",":
            continue  # "Instead, we employ DPO": a sentence adverb, not "instead of using X"
        if words[j] in rc.uses_negators and not (words[j] == "not" and words[j + 1] == "only"):
            return True
    if _alternative_named(words, index, rc):
        return True  # "we propose SDT, instead of the vanilla Transformer, to ...": the alternative
    if view.present.isdisjoint(rc.uses_view_nouns):
        return False
    for j in range(index - 1, max(-1, index - 16), -1):
        if words[j] in (";", ":"):
            return False
        if words[j] in rc.uses_view_nouns and words[j + 1] in ("that", "of"):
            return True
    return False


def _alternative_named(words: tuple[str, ...], index: int, rc: RelationCues) -> bool:
    """Whether word ``index`` ends a short phrase after "instead of" or "rather than" (a negator of
    relations.json uses_negators and its preposition; at most three words between, no punctuation,
    no "we", "our" or "it"): the alternative the method is put in place of, not what it uses ("we
    propose a Sparse Differential Transformer (SDT), instead of the vanilla Transformer, to
    eliminate noise", "rather than being imposed via explicit instruction tuning"; not "instead of
    retraining we use LoRA")."""
    for j in range(max(0, index - 5), index - 1):
        if words[j] in rc.uses_negators and words[j + 1] in ("of", "than"):
            authors = claim_cues().author_words
            gap = words[j + 2 : index]
            return all((w.isalnum() or "-" in w) and w not in authors and w not in rc.own_words for w in gap)
    return False


def _other_clause(view: SentenceView, index: int, reading: ReadingCues) -> bool:
    """Whether the cue at ``index`` sits in a contrast clause ("while", "whereas") whose
    subject is neither the paper's method nor "we"/"our"/"it": another subject uses it."""
    words = view.words
    if view.present.isdisjoint(reading.contrast_clauses):
        return False
    opener = next((j for j in range(index - 1, -1, -1) if words[j] in reading.contrast_clauses), -1)
    if opener < 0 or opener + 1 == index or words[opener + 1].endswith("ing"):
        return False  # "while using X": the main clause's subject uses it
    gap = words[opener + 1 : index]
    if any(w in ("we", "our", "it", "its", "ours") for w in gap):
        return False
    if any(e.span.label_ in ACTORS and opener < e.first < index for e in view.entities):
        return False
    rc = relation_cues()
    return any(w in rc.others_words or w in rc.class_nouns for w in gap)  # "the popular architectures"


def _setup_cue(words: tuple[str, ...], index: int, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether a weak cue says how data was made or how something is evaluated: a data verb
    within three words before it, or an evaluation verb earlier in its clause (no comma)."""
    if any(w in reading.data_verbs for w in words[max(0, index - 3) : index]):
        return True
    for j in range(index - 1, max(-1, index - 10), -1):
        if words[j] in (",", ";", ":"):
            return False
        if words[j] in rc.eval_verbs and j and words[j - 1] == "to":
            return False  # "a method ... to test the robustness using GoT": a purpose of the method
        if words[j] in rc.eval_verbs and (
            words[j] not in rc.eval_nounlike or j and words[j - 1] in rc.eval_verb_context
        ):
            return True
    return False
