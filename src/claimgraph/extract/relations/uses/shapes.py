"""Tails named by their own shape (:func:`tail_shapes`): "X-based", "our quantized X", "X trained with
our method", "enables X to", "a novel X method, NAME", derived names, techniques a method works by."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.claims.subjects import ACTORS, PaperContext
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView, past_abbreviation
from claimgraph.extract.pipeline.token_table import doc_text
from claimgraph.extract.relations.guards import ReadingCues, reading_cues, title_like
from claimgraph.extract.relations.guards.class_mentions import glued_modifier, paradigm
from claimgraph.extract.relations.uses.classes import plural_class, served
from claimgraph.extract.relations.uses.context import _context_use
from claimgraph.extract.relations.uses.cue_reading import unstated_use
from claimgraph.extract.relations.uses.cues import UsesCues, _without_aside, uses_cues
from claimgraph.extract.relations.uses.fragments import name_fragment
from claimgraph.extract.relations.uses.openings import _opening_object
from claimgraph.extract.relations.uses.parts import (
    _component_proposed,
    _enumerated_part,
    _introduced_by_ours,
    _main_of_part,
)
from claimgraph.extract.relations.uses.refusals import _compatible_with, narrowed, replaced
from claimgraph.extract.relations.uses.rivals import _inspired_clause, _rival_based


def _derived_head(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> Span | None:
    """The proposed Method/Model named in the sentence whose name is ``tail``'s name with a prefix
    or suffix ("MedSAM" and SAM, "BERT-MultiCulture-DEID" and BERT, "UniGRPO" and GRPO): the
    paper's method is built on the tail. Not a version or size ("PaliGemma 2", "SAM-Large")."""
    if tail.label not in ACTORS or ctx.is_proposed(tail) or _derived_kind(view.words, tail, uc):
        return None
    if tail.label != "Model" and not tail.span.kb_id_:
        return None  # "To advance PETRG, we propose PETRG-3D": an unlisted abbreviation may name the task
    text, span = doc_text(tail.span.doc), tail.span
    if text[span.start_char - 1 : span.start_char] in "-{" or text[span.end_char : span.end_char + 1] in ("-", "}"):
        return None  # "\\textbf{LoRA-Drop}": a piece of the name itself, not a separate mention
    for e in view.entities:
        if e is not tail and e.label in ACTORS and ctx.is_proposed(e) and _derives(e.span.text, tail.span.text, uc):
            data = reading_cues().data_nouns | uc.uses_train_noun_words
            if any(w in data and w not in ("and", "/", "-") for w in view.words[e.last + 1 : e.last + 6]):
                return None  # "MobileVLA-CoT, a large-scale dataset of ... chain-of-thought": data, not a method
            return e.span
    return None


def _derived_kind(words: tuple[str, ...], tail: Located, uc: UsesCues) -> bool:
    """Whether the sentence names the tail as the kind of the paper's method ("CoopRAG, a novel
    RAG framework", "a cache-based TTA method", "LAMM-ViT, a Vision Transformer designed for ..."),
    or data ("4 MTL datasets"), or the tail is a task ("PET/CT report generation") or modifies a task
    noun of uses_head_task_ends ("facilitating ISTS forecasting" in a paper on MM-ISTS; not "CoT
    reasoning"): not a use that sentence states."""
    names = (tail.key, tail.span.kb_id_.lower())
    if any(name and name.replace("-", " ").split()[-1] in uc.uses_task_ends for name in names):
        return True
    first, after = tail.first, past_abbreviation(words, tail.last + 1)  # "an In-Context Learning (ICL) framework"
    if after == tail.last + 1 and first and after < len(words) and words[first - 1] == "(" and words[after] == ")":
        first, after = max(0, first - 5), after + 1  # the abbreviation: "a novel Generative Adversarial Network (GAN)"
    kinds = (uc.uses_own_nouns, uc.uses_class_heads, uc.uses_part_nouns, uc.uses_train_noun_words)
    if after < len(words) and any(words[after] in kind for kind in kinds):
        return True  # "a MIL encoder", "4 MTL datasets"
    if after < len(words) and words[after] in uc.uses_head_task_ends:
        return True  # "facilitating ISTS forecasting", "enhances HOI detection": the task the name modifies
    for j in range(first - 1, max(-1, first - 6), -1):  # "a Physics-Guided ControlNet", "a ... learning-enhanced ViT"
        if words[j] in ("a", "an"):
            return True
        if words[j] in ("of", "from", "with", "to", "for", "on", "that", "which", ",", "(", ")"):
            return False  # "a novel adaptation of RoPE": RoPE is what it adapts
    return False


def _derives(name: str, part: str, uc: UsesCues) -> bool:
    """Whether ``name`` is ``part`` with a prefix or suffix that is no version, cut at a hyphen,
    a space or a capital ("MedSAM", "MT-R1-Zero"; not "SAMurai", "PaliGemma 2", "CLIP-L")."""
    if len(part) < 3 or not any(c.isupper() for c in part) or name.lower() == part.lower():
        return False
    if name.startswith(part):
        rest = name[len(part) :]
        cut = rest[:1] in "-_ " or rest[:1].isupper() or rest[:1].isdigit() and not part[-1].isdigit()
    elif name.endswith(part):
        rest = name[: -len(part)]
        cut = rest[-1:] in "-_ " or part[:1].isupper()
    else:
        return False
    bare = rest.strip("-_ .").lower()
    # not a version or size: "PaliGemma 2", "SAM-v2", "GPT-4++", "SAM-Large", "X-L"
    return bool(cut and len(bare) >= 2 and bare.strip("0123456789.v+") and bare not in uc.uses_version_words)


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
    uc = uses_cues()
    found = []
    chained: Located | None = None  # the last tail a context rule took, so a list after it is taken too
    chained_head: Span | None = None  # the head named for that list (the main method of its own parts)
    for tail in tails:
        word = words[tail.last]
        if chained is not None and _listed_after(view, chained, tail, rc, parts=chained_head is not None):
            chained = tail
            if not name_fragment(view, tail, rc):
                found.append((tail, 0.60, chained_head))  # "on LLaMA-2-7B and Mistral-7B", "on C4 and the Pile"
            continue
        if chained is not None and _abbreviation_of(words, chained, tail):
            continue  # "a multi-view template fusion module (MTFM) and ...": the list goes on
        chained, chained_head = None, None
        if _compatible_with(view, tail, uc) or narrowed(view, tail, rc) or plural_class(view, tail, rc):
            continue  # "architecture-agnostic, supporting CNN and Transformer-based pipelines"
        if name_fragment(view, tail, rc) or unstated_use(view, tail.first, rc) or served(words, tail, rc):
            continue  # "an Identity Variational Autoencoder", "without requiring pre-trained RNN-based X"
        if replaced(words, tail, rc):
            continue  # "replaces the Transformer-based decoder with ...": the part given up
        if _inspired_clause(words, tail.first, uc):
            continue  # "Inspired by the in-context learning framework, we propose ICD": not a use
        derived = _derived_head(view, tail, ctx, uc)
        if derived is not None:
            found.append((tail, 0.60, derived))  # "we propose MedSAM, ... SAM": built on SAM
            continue
        if _context_use(view, tail, ctx, rc, uc):
            chained, chained_head = tail, _main_of_part(view, tail, ctx, rc, uc)
            found.append((tail, 0.60, chained_head))
        elif _as_role(words, tail, rc):
            found.append((tail, 0.65, None))
        elif (lister := _enumerated_part(view, tail, ctx, uc)) is not None:
            found.append((tail, 0.55, lister))  # "Our approach introduces two innovations: (1) X ...; (2) Y"
        elif _component_proposed(view, tail, ctx):
            found.append((tail, 0.55, ctx.proposed))  # "We propose FooNet. ... Then we propose X, which ..."
        elif (introducer := _introduced_by_ours(view, tail, ctx, rc, uc)) is not None:
            chained, chained_head = tail, introducer
            found.append((tail, 0.55, introducer))  # "MemServe introduces MemPool, an elastic memory pool"
        elif _by_technique(view, tail, uc):
            found.append((tail, 0.60, None))  # "by the Neural Tangent Kernel (NTK) technique"
        elif _based_apart(view, tail, rc, reading):
            found.append((tail, 0.60, None))  # "a 3D Gaussian Splatting (3DGS) based approach"
        elif (
            word != tail.key
            and tail.label != "Dataset"  # "IMU+UWB-based motion capture": data, not a method used
            and word.endswith(rc.use_suffix_tuple)
            and not tail.key.endswith(word)
            and not any(
                w in rc.others_words or w in reading.contrast_clauses
                for w in words[max(0, tail.first - 3) : tail.first]
            )  # not "existing X-based frameworks", "while X-based attacks fail": someone else's
            and not _describes_other(view, tail, rc)
            and not _rival_based(words, tail, uc)
            and not _titled_compound(view, tail)
            and not _based_elsewhere(view, tail, ctx, uc)
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
        elif (kind := _model_kind(view, tail, rc, uc)) is not None and (
            named := _kind_apposed(view, tail, kind, ctx, rc)
        ) is not None:
            found.append((tail, 0.60, named))  # "we propose FogNet, a two-stream CLIP model"
    return [(t, base, h) for t, base, h in found if h is None or not _opening_object(view, h, t.first)]


def _by_technique(view: SentenceView, tail: Located, uc: UsesCues) -> bool:
    """Whether a Method tail is the technique after "by (the)" and before a kind noun, past an
    abbreviation in parentheses ("we approximate the process by the Neural Tangent Kernel (NTK)
    technique"); not "the bias introduced by the X method" nor after a rival word."""
    words = view.words
    if tail.label != "Method":
        return False
    by = tail.first - 1 - (tail.first > 1 and words[tail.first - 1] in ("the", "a", "an"))
    if by < 1 or words[by] != "by" or words[by - 1] in uc.uses_by_blockers or words[by - 1] in uc.uses_rival_words:
        return False
    at = past_abbreviation(words, tail.last + 1)
    return at < len(words) and words[at] in uc.uses_by_kind_nouns


def _based_apart(view: SentenceView, tail: Located, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether "based" follows the tail as its own word, past an abbreviation in parentheses, and
    a noun follows it ("a 3D Gaussian Splatting (3DGS) based approach", "a Transformer based
    model"), said of no one else ("existing CNN based methods")."""
    words = view.words
    at = past_abbreviation(words, tail.last + 1)
    if at + 1 >= len(words) or words[at] != "based" or not words[at + 1].isalpha() or words[at + 1] in ("on", "upon"):
        return False
    if any(w in rc.others_words or w in reading.contrast_clauses for w in words[max(0, tail.first - 3) : tail.first]):
        return False
    return words[at + 1] not in rc.class_nouns or "our" in words[max(0, tail.first - 3) : tail.first]


def _listed_after(view: SentenceView, prev: Located, tail: Located, rc: RelationCues, parts: bool = False) -> bool:
    """Whether ``tail`` continues the list that ``prev`` opened ("LLaMA-2-7B, OPT and Mistral"); a
    list of ``parts`` may name each with an article, past the abbreviation of the one before it
    ("a multi-view template fusion module (MTFM) and an optimal trajectory correction module")."""
    if tail.first <= prev.last or (tail.label == "Dataset") != (prev.label == "Dataset"):
        return False
    gap = _without_aside(view, prev.last + 1, tail.first)
    if parts:
        gap = tuple(w for w in gap[past_abbreviation(gap, 0) :] if w not in ("a", "an"))
    return 0 < len(gap) <= 3 and all(w in rc.chain_words for w in gap)


def _abbreviation_of(words: tuple[str, ...], prev: Located, tail: Located) -> bool:
    """Whether ``tail`` is a one-word name in parentheses right after ``prev`` (its abbreviation)."""
    return tail.first == tail.last == prev.last + 2 and past_abbreviation(words, prev.last + 1) == tail.last + 2


def _based_elsewhere(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> bool:
    """Whether an "X-based" tail names what something else is built on: a class that an opening
    phrase builds with the paper's own method ("Leveraging MLEP, a robust CNN-based classifier
    can be trained")."""
    words = view.words
    if not words or words[0] not in uses_cues().uses_opening_words or "," not in words[: tail.first]:
        return False
    comma = words.index(",")
    head = tail.last + 1
    return (
        head < len(words)
        and words[head] in uc.uses_class_heads
        and any(ctx.is_proposed(e) and e.last < comma for e in view.entities)
    )


def _describes_other(view: SentenceView, tail: Located, rc: RelationCues) -> bool:
    """ "CLIP-based models" (a plural class, not "our"), "the RNN-based RWKV-7 model"
    (another name), "stronger RL-based mathematical reasoning." (a Task that ends the phrase, not
    after "for"): the "X-based" phrase describes them, not the paper's method ("an LLM-based
    question answering system" is the method's, "configurations for vDiT-based video generation"
    the models it is applied to)."""
    words = view.words
    after = tail.last + 1
    if any(e.first == after and e.label == "Model" for e in view.entities):
        return True  # "the RNN-based RWKV-7 model"; not "GRPO-based reinforcement learning"
    task = next((e for e in view.entities if e.first == after and e.label == "Task"), None)
    ended = task is not None and (task.last + 1 >= len(words) or not words[task.last + 1].isalpha())
    if ended and "for" not in words[max(0, tail.first - 2) : tail.first]:
        return True  # "unlocks stronger RL-based mathematical reasoning.": how the task is done, no part
    return (
        after < len(words)
        and words[after] in rc.class_nouns
        and "our" not in words[max(0, tail.first - 3) : tail.first]
    )


def _titled_compound(view: SentenceView, tail: Located) -> bool:
    """ "a Semantic-Guided BEV Dilation Block" in running text: the capitalised "X-Guided",
    with X a descriptive word ("Semantic", "Adaptive Graph"), opens a longer name; X is not
    a method it uses (titles are all capitalised, so kept; "Mamba-Driven ..." is kept)."""
    text, end = doc_text(tail.span.doc), tail.span.end_char
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
    following = [w for w in words[tail.last + 1 : tail.last + 5] if w not in ("the", "a", "an", "our", "its")]
    return len(following) > 1 and following[0] == "as" and following[1] in rc.role_nouns


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


def _model_kind(view: SentenceView, tail: Located, rc: RelationCues, uc: UsesCues) -> int | None:
    """The place of the model noun a listed Model or Method name modifies ("a two-stream CLIP model",
    "a Mixture-of-Experts architecture", "an MoE language model"; one word may stand between): the
    model or architecture a described system is built on. None for an unlisted name ("a
    diffusion-based VTOFF model": it may name the task), a paradigm ("a CNN model") or a glued modifier."""
    words = view.words
    if tail.label not in ("Model", "Method") or not tail.span.kb_id_:
        return None
    if paradigm(tail.span, reading_cues()) or glued_modifier(view, tail, rc):
        return None
    after = past_abbreviation(words, tail.last + 1)
    for k in (after, after + 1):
        if k < len(words) and words[k] in uc.uses_model_kind_nouns and (k == after or words[after].isalpha()):
            return k
    return None


def _kind_apposed(view: SentenceView, tail: Located, kind: int, ctx: PaperContext, rc: RelationCues) -> Span | None:
    """The proposed name in apposition with "a ... <tail> <kind noun>": before it ("FogNet, a two-stream
    CLIP model") or right after its comma or naming word ("a Transformer network, MvBody,")."""
    words = view.words
    for e in view.entities:
        if e is tail or not ctx.is_proposed(e) or e.label not in ACTORS:
            continue
        if e.last < tail.first:
            gap = words[e.last + 1 : tail.first]
            ok = 2 <= len(gap) <= 6 and gap[0] == "," and gap[1] in ("a", "an", "the")
        else:
            gap = words[kind + 1 : e.first]
            ok = 1 <= len(gap) <= 2 and gap[0] in (",", *rc.name_markers)
        if ok and not any(w in rc.apposition_blockers for w in gap[1:]):
            return e.span
    return None


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
