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
- :func:`coordinated`: a tail listed with the head ("trained with X and Y");
- :func:`name_fragment`: a tail that is a piece of a longer name ("Efficient
  Channel Attention", "2D Gaussian Splatting", "REason-guided ...") is no tail;
- :func:`unstated_use`: a cue that states no use of the paper's own ("without
  requiring X", "the prevailing practice that ... rely on X").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimgraph.extract.claims.cues import RelationCues, relation_cues
from claimgraph.extract.claims.subjects import ACTORS, PROPOSE_VERBS, PaperContext, entity_mask
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.relations.guards import ReadingCues, reading_cues, title_like

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

#: A word capitalised to build an acronym ("REason-guided Fact-checking with Latent
#: EXplanations" for REFLEX): a piece of a longer name when the acronym is in the sentence.
_ACRONYM_PIECE = re.compile(r"[A-Z]{2,}[a-z]{3,}")
#: A model size before a name ("based on 4B Phi-3-Vision"): not a piece of the name.
_SIZE = re.compile(r"\d+(\.\d+)?[KMBT]")


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
    reading = reading_cues()
    cues = []
    for i, word in enumerate(words):
        if word not in rc.use_any or i in masked:
            continue
        if word in reading.adjectival_participles and i and words[i - 1] in reading.adjectival_adverbs:
            continue  # "widely used architectures, including VGG-16": an adjective, not a use
        if _other_clause(view, i, reading):
            continue  # "..., while the popular architectures are employed using X"
        if unstated_use(view, i, rc):
            continue  # "without requiring pre-trained X", "the common practice of using X"
        if _about_named_other(view, i):
            continue  # "surpasses Tongyi DeepResearch (trained via continual pre-training, SFT)"
        before = [w for w in words[max(0, i - 3) : i] if w not in ("the", "a", "an")]
        if before and (before[-1] in reading.comparison_preps or before[-1] in rc.not_after):
            continue  # "alignment over the fine-tuned Stable Diffusion": a baseline, not a use
        if word.endswith("ing") and i > 1 and words[i - 1] == "for" and words[i - 2] in rc.class_nouns:
            continue  # "data augmentation methods for combining images ... include CutMix": a class
        if word in rc.use_weak and any(w in rc.uses_analysis_words for w in words[max(0, i - 3) : i]):
            continue  # "qualitative analyses using Grad-CAM": a tool of the study, not of the method
        if word in rc.use_weak and _setup_cue(words, i, rc, reading):
            continue  # "we evaluate X via linear probing", "pairs generated manually and via GPT"
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


def unstated_use(view: SentenceView, index: int, rc: RelationCues) -> bool:
    """Whether the cue (or shaped tail) at word ``index`` states no use of the paper's own:
    a negator within three words before it ("without requiring pre-trained X", "rather than
    fine-tuning X", "future research integrating X"; not "not only"), or a view the paper
    reports or argues against before it ("the prevailing practice that VLMs must rely on X",
    "the common practice of using X")."""
    words = view.words
    for j in range(max(0, index - 3), index):
        if words[j] in rc.uses_negators and not (words[j] == "not" and words[j + 1] == "only"):
            return True
    if view.present.isdisjoint(rc.uses_view_nouns):
        return False
    for j in range(index - 1, max(-1, index - 16), -1):
        if words[j] in (";", ":"):
            return False
        if words[j] in rc.uses_view_nouns and words[j + 1] in ("that", "of"):
            return True
    return False


def _about_named_other(view: SentenceView, index: int) -> bool:
    """Whether the cue at ``index`` sits in a parenthesis right after a Model/Method name
    ("outperforms Tongyi DeepResearch (trained via continual pre-training, SFT and RL)"):
    the parenthesis describes that name, not the paper's method."""
    words = view.words
    if "(" not in view.present:
        return False
    for j in range(index - 1, max(-1, index - 8), -1):
        if ")" in words[j]:
            return False  # "(SoT)-a novel framework that extends CoT": the parenthesis closed
        if words[j] == "(":
            return any(e.last == j - 1 and e.label in ACTORS for e in view.entities)
    return False


def name_fragment(view: SentenceView, tail: Located, rc: RelationCues) -> bool:
    """Whether ``tail`` is a piece of a longer name, so not what the sentence says is used:
    a capitalised or digit-initial word right before it that is no cue or function word
    ("integrates Efficient Channel Attention", "via 2D Gaussian Splatting", "a dual-branch
    3D ResNet", "via Spatial Heterogeneous Mixture of Experts"), or a word capitalised to
    build an acronym ("REason-guided ... REFLEX"); or a Method that names a kind of data
    ("auxiliary MR images"). Not a lower-case modifier ("LoRA-enhanced
    DINOv2", "the pre-trained BERT"), a title verb ("Harnessing RL") or a sentence's first word."""
    span = tail.span
    after = tail.last + 1
    if tail.label == "Method" and after < len(view.words) and view.words[after] in rc.uses_modality_nouns:
        if span.doc.text[span.end_char : span.end_char + 1].isspace():
            return True  # "auxiliary MR images": a kind of data; not "MetaQuery-based modality"
    piece = _ACRONYM_PIECE.fullmatch(span.text)
    if piece:  # "REason" and "REFLEX" in one sentence; not "SGLang"
        prefix = span.text[: len(span.text) - len(span.text.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))].lower()
        if any(e is not tail and e.key.startswith(prefix) for e in view.entities):
            return True
    k = tail.first - 1
    doc = span.doc
    if k < 1 or span.start_char == 0 or not doc.text[span.start_char - 1].isspace():
        return False  # the sentence's first word, or glued ("3D-GS", "CLIP/SigLIP"): the guards' part
    lower = view.words[k]
    if lower in rc.uses_free_words or lower in rc.use_any or lower in _OPENERS:
        return False
    if span.kb_id_ and lower in span.kb_id_.lower().split():
        return False  # "3D Gaussian splatting": the name the tail stands for has the word
    word = doc[view.starts[k] : span.start].text.strip()
    if not word or not (word[0].isupper() or word[0].isdigit()) or not word[-1].isalnum() or _SIZE.fullmatch(word):
        return False
    last = word.rsplit("-", 1)[-1]
    if "-" in word and not (last[:1].isupper() or last[:1].isdigit()):
        return False  # "LoRA-enhanced DINOv2", "Transformer-based UNet": a modifier
    return not ("-" not in word and lower.endswith("ing") and word[1:].islower())


def _drawn_from_data(view: SentenceView, tail: Located) -> bool:
    """Whether a Model/Method tail is followed by "from/of (the) <Dataset>" ("using WSIs from
    TCGA"): data drawn from a dataset, not a method."""
    words = view.words
    at = tail.last + 1
    if at >= len(words) or words[at] not in ("from", "of"):
        return False
    at += 1 + (at + 1 < len(words) and words[at + 1] == "the")
    return any(e.first == at and e.label == "Dataset" for e in view.entities)


def _listed_as_data(view: SentenceView, tail: Located, rc: RelationCues) -> bool:
    """Whether a Model/Method tail opens a list that ends in "datasets"/"benchmarks"
    ("experiments on WHU-OPT-SAR and DDHR-SK datasets"): data, mistyped."""
    words = view.words
    at = tail.last + 1
    ends = {e.first: e.last for e in view.entities}
    while at < len(words):
        if at in ends:
            at = ends[at] + 1
        elif words[at] in rc.list_joiners:
            at += 1
        else:
            return words[at] in rc.kind_plurals
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
    return False


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
    weak = not training and not experiment  # any cue but a training or experiment cue
    preps = reading_cues().object_preps
    data_verbs = reading_cues().data_verbs
    chosen: list[Located] = []
    last, closed = index, False
    for tail in tails:
        if tail.first <= index:
            continue
        gap = words[last + 1 : tail.first]
        if any(w in rc.use_stops and not (j == 0 and last == index) for j, w in enumerate(gap)):
            break
        if weak and any(w in preps and not (j == 0 and last == index) for j, w in enumerate(gap)):
            break  # "utilize these samples for SSDG": the tail is not the cue's object
        if any(w in rc.subject_clauses for w in gap):
            break  # "agent harnesses show that supervised fine-tuning ...": another clause
        if weak and tail.label == "Model" and _setting_model(view, tail):
            break  # "Using GPT-5 mini on PopQA as the main setting": the model under study
        if experiment and any(w == "from" or w in data_verbs for w in gap):
            break  # "Experiments on a benchmark constructed from X": X is the data's source
        if "as" in gap and any(w in rc.uses_same_words for w in gap):
            break  # "using the same base model as X": X is a point of comparison
        if tail.label != "Dataset" and (any(w in rc.uses_kind_gap for w in gap) or _drawn_from_data(view, tail)):
            break  # "metrics, including traffic light compliance", "using WSIs from TCGA"
        if tail.label != "Dataset" and _listed_as_data(view, tail, rc):
            break  # "experiments on WHU-OPT-SAR and DDHR-SK datasets": data, not a model
        if tail.label == "Method" and tail.last + 1 < len(words) and words[tail.last + 1] in rc.result_after:
            break  # "improves FIM performance": the task measured, not a method used
        if chosen:
            if not all(w in rc.chain_words for w in gap) or closed and gap == (",",):
                break  # "employing both A and B, DMD converges": the list ended with "and B"
            closed = closed or "and" in gap or "or" in gap
        elif tail.first - index > reach + (2 if training and tail.label == "Dataset" else 0):
            break
        elif training and any(w in (",", "and", "or") for w in gap):
            break  # "fine-tuning, LoRA and ...": a list of techniques, not an object
        elif "," in gap and not _introduced_list(gap) and _named_before_comma(view, index, tail):
            break  # "employing both IDA and ISG, DMD converges": the object ended at the comma
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
    return [t for t in chosen if not name_fragment(view, t, rc)]  # a fragment holds its place in the list


def _setting_model(view: SentenceView, tail: Located) -> bool:
    """Whether a Model is followed by "on/across <Dataset>" ("using GPT-5 mini on PopQA"):
    the model the experiment runs, not a component of the method."""
    words = view.words
    following = words[tail.last + 1 : tail.last + 4]
    for k, w in enumerate(following):
        if w in ("on", "across"):
            at = tail.last + 2 + k
            return any(e.label == "Dataset" and e.first in (at, at + 1) for e in view.entities)
    return False


def _named_before_comma(view: SentenceView, index: int, tail: Located) -> bool:
    """Whether a name stands between the cue and the last comma before ``tail`` (the cue's
    object was that name); not "leverages a pre-trained diffusion model, Stable Diffusion XL"."""
    words = view.words
    comma = max(j for j in range(index + 1, tail.first) if words[j] == ",")
    return any(index < e.first and e.last < comma for e in view.entities)


def _introduced_list(gap: tuple[str, ...]) -> bool:
    """Whether the words after the last comma of ``gap`` open a list ("..., e.g. BART")."""
    last = len(gap) - 1 - gap[::-1].index(",")
    return last + 1 < len(gap) and gap[last + 1] in reading_cues().list_intros


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
    reading = reading_cues()
    found = []
    for tail in tails:
        word = words[tail.last]
        if name_fragment(view, tail, rc) or unstated_use(view, tail.first, rc):
            continue  # "an Identity Variational Autoencoder", "without requiring pre-trained RNN-based X"
        if _as_role(words, tail, rc):
            found.append((tail, 0.65, None))
        elif (
            word != tail.key
            and word.endswith(tuple(rc.use_suffixes))
            and not tail.key.endswith(word)
            and not any(
                w in rc.others_words or w in reading.contrast_clauses
                for w in words[max(0, tail.first - 3) : tail.first]
            )  # not "existing X-based frameworks", "while X-based attacks fail": someone else's
            and not _describes_other(view, tail, rc)
            and not _titled_compound(view, tail)
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


def _describes_other(view: SentenceView, tail: Located, rc: RelationCues) -> bool:
    """ "CLIP-based models" (a plural class, not "our"), "the RNN-based RWKV-7 model"
    (another name): the "X-based" phrase describes them, not the paper's method."""
    words = view.words
    after = tail.last + 1
    if any(e.first == after and e.label == "Model" for e in view.entities):
        return True  # "the RNN-based RWKV-7 model"; not "GRPO-based reinforcement learning"
    return (
        after < len(words)
        and words[after] in rc.class_nouns
        and "our" not in words[max(0, tail.first - 3) : tail.first]
    )


def _titled_compound(view: SentenceView, tail: Located) -> bool:
    """ "a Semantic-Guided BEV Dilation Block" in running text: the capitalised "X-Guided",
    with X a descriptive word ("Semantic", "Adaptive Graph"), opens a longer name; X is not
    a method it uses (titles are all capitalised, so kept; "Mamba-Driven ..." is kept)."""
    text, end = tail.span.doc.text, tail.span.end_char
    if text[end : end + 1] != "-" or title_like(view.sentence):
        return False
    if not any(w.endswith(tuple(reading_cues().descriptive_endings)) for w in tail.key.split()):
        return False  # "the Mamba-Driven Topology Fusion framework" is built on Mamba
    if text[end + 1 : end + 2].isupper():
        return True
    following = text[end:].split(None, 2)  # "Adaptive Graph-based Noisy Data Removal framework"
    return len(following) > 1 and following[1][:1].isupper() and following[1].isalpha()


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
                if name_fragment(view, tail, rc) or tail.label == "Dataset" and word in rc.uses_apply_eval_verbs:
                    break  # "we applied our method to the WBC dataset": an evaluation, not a use
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
        objects = {e.key for e in view.entities if index < e.first < comma}
        for located in view.entities:
            if located.first <= comma or located.label not in ACTORS or located.key in objects:
                continue  # "Expanding upon the X framework, we introduce ... mining X, named Y": not X
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
