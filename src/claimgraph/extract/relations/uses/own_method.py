"""What the whole paper says of its own method, found once per paper (:func:`_paper_facts`): whether the
proposed entity is only a component (:func:`component_actor`), its main method, whether a
description only names it (:func:`described_only`); and heads that are no method of the paper's own
(:func:`not_own_method`)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimgraph.extract.claims.cues import relation_cues
from claimgraph.extract.claims.subjects import ACTORS, PROPOSE_VERBS, PaperContext
from claimgraph.extract.entities.abbreviation_forms import is_defined_form
from claimgraph.extract.pipeline.sentence_view import PAPER_FACTS_CACHE, SentenceView, sentence_views
from claimgraph.extract.pipeline.token_table import span_text
from claimgraph.extract.relations.guards import reading_cues
from claimgraph.extract.relations.uses.cues import uses_cues
from claimgraph.extract.relations.uses.fragments import clause_like, modifier_cut


def _main_method(ctx: PaperContext) -> Span | None:
    """The paper's main proposed Method or Model when it is no component and no description only."""
    return _paper_facts(ctx)[1]


def _paper_facts(ctx: PaperContext) -> tuple[bool, Span | None, bool]:
    """Whether the paper's proposed entity is only a component (:func:`component_actor`), its
    main method (:func:`_main_method`), and whether the paper's own system uses the proposed
    entity (:func:`_used_by_ours`). All read the whole paper, so they are found once and kept
    in the document's ``user_data`` beside its context (dropped with it by ``release_context``)."""
    main = ctx.proposed
    if main is None:
        return False, None, False
    cached = main.doc.user_data.get(PAPER_FACTS_CACHE)
    if cached is not None:
        return cached
    component = _component_actor(ctx)
    tool = any(_own_system_uses(v, main) for v in sentence_views(main.doc))
    unnamed = main.label_ not in ACTORS or component or tool or described_only(main)
    facts = component, None if unnamed else main, tool
    main.doc.user_data[PAPER_FACTS_CACHE] = facts
    return facts


def _own_system_uses(view: SentenceView, main: Span) -> bool:
    """Whether ``view`` says "our <own noun> <use cue> (the) <main>" (:func:`_used_by_ours`)."""
    words, rc, uc = view.words, relation_cues(), uses_cues()
    key = span_text(main).lower()
    for e in view.entities:
        if e.key != key:
            continue
        k = e.first - 1
        while k > 0 and words[k] in ("the", "a", "an"):
            k -= 1
        if k < 2 or words[k] not in rc.use_weak | rc.use_strong or words[k - 1] not in uc.uses_own_nouns:
            continue
        if "our" in words[max(0, k - 4) : k - 1]:
            return True
    return False


def described_only(head: Span) -> bool:
    """Whether the paper's entity is only described, never named: a lower-case phrase of several
    words without a digit or an abbreviation ("reliability-aware diffusion framework", "a
    computationally efficient mechanism"). A sentence that does not name it says nothing of it
    to a reader; a coined lower-case name has an abbreviation after it ("expert-router coupling (ERC)"),
    unless an own noun follows the abbreviation ("a case-based reasoning (CBR) system", :func:`_classed`)."""
    text, doc = head.text, head.doc
    if text != text.lower() or " " not in text or any(c.isdigit() for c in text):
        return False
    if head.end < len(doc) and doc[head.end].text == "(":
        return _classed(head)  # "spatial-spectral collaborative perception network (S$^2$CPNet)": named
    return not is_defined_form(doc, text)


def _classed(head: Span) -> bool:
    """Whether the abbreviation in parentheses after the lower-case ``head`` is followed by an own noun
    (uses_own_nouns: "a case-based reasoning (CBR) system", "a novel multi-agent reinforcement learning
    (MARL) framework"): the long form names the field or class the paper's system belongs to, and
    the system itself ("the ... system") is only described. A coined lower-case name stands alone
    ("we propose uncertainty-aware policy steering (UPS), a framework ...")."""
    doc = head.doc
    close = next((k for k in range(head.end + 1, min(head.end + 8, len(doc))) if doc[k].text == ")"), None)
    return close is not None and close + 1 < len(doc) and doc[close + 1].lower_ in uses_cues().uses_own_nouns


def not_own_method(head: Span) -> bool:
    """Whether a head is no method of the paper's own: an established technique (a lexicon name
    whose id is lower case, written in lower case: "multi-task learning", "structured pruning", "total
    variation", or capitalised or abbreviated, :func:`_lexicon_short`: "TTA" linked to test-time adaptation,
    "CNN"; what the paper's method is or uses, never the paper's method), or a name that ends in a
    task word ("Text-to-CAD Retrieval": the task), unless it says what it is for ("X for Deepfake
    Detection") or the paper abbreviates it (a coined name); or a name cut before the noun its last
    modifier qualifies ("Gaussian-shaped" of "Gaussian-shaped convolution", :func:`modifier_cut`);
    or no name at all: a lower-case description ending in a kind noun, or with one before "for"
    ("an uncertainty-aware refinement strategy", "a practical inference procedure", "a voxel-based
    framework for crown design", :func:`described_only`; the judged samples read it as "partly" even where
    the sentence says it), a piece of a clause (:func:`clause_like`), a name cut after a hyphen or inside
    brackets ("Latent Implicit Functions for Task-"), a benchmark ("Qwen-Image-Bench") or language names only
    ("English-Chinese": a language pair, the task)."""
    text = head.text
    if established_technique(head):
        return True  # "TTA" linked to test-time adaptation, "CNN": the established technique, not the paper's name
    last, uc = text.replace("-", " ").split()[-1].lower(), uses_cues()
    if last in uc.uses_head_nonmethod_ends:
        return True  # "Spectrum Matching Hypothesis", "Information Gap": no method
    opening = text.split()
    if len(opening) > 2 and opening[0].lower() in uc.uses_head_nonmethod_ends and opening[1].lower() == "of":
        return True  # "Challenges of Trustworthy Federated Learning", "Survey of X": a study's topic, no method
    if modifier_cut(head):
        return True  # "Gaussian-shaped" of "Gaussian-shaped convolution": a cut name
    kind = text.split(" for ", 1)[0].replace("-", " ").split()[-1].lower()
    if described_only(head) and {last, kind} & (uc.uses_component_nouns | uc.uses_own_nouns | uc.uses_class_heads):
        return True  # "an uncertainty-aware refinement strategy": a description, not a name ("physics steering" is)
    if clause_like(text):
        return True  # "challenge, we propose Compound Adverse Weather Mamba": a piece of a clause
    if text.endswith("-") or text.count("(") != text.count(")"):
        return True  # "Latent Implicit Functions for Task-", "IQuest-Coder-V1 series-(7B/14B": a cut name
    if benchmark_named(head.text):
        return True  # "Qwen-Image-Bench", "MTADataset": data, not a method that uses
    if set(text.lower().replace("-", " ").split()) <= reading_cues().language_names:
        return True  # "English-Chinese": a language pair (the task), not a method
    if last not in uc.uses_head_task_ends or " for " in text:
        return False  # "MARE: Multimodal Alignment and Reinforcement for Explainable Deepfake Detection"
    # a name the paper abbreviates is coined ("Hypernetwork-driven Style-adaptive Retrieval (Hystar)")
    return not is_defined_form(head.doc, text)


def established_technique(head: Span) -> bool:
    """Whether a head is an established technique: a lexicon name whose id is lower case, written in lower
    case ("multi-task learning") or capitalised or abbreviated (:func:`_lexicon_short`: "TTA", "CNN")."""
    text = head.text
    return bool(head.kb_id_) and head.kb_id_ == head.kb_id_.lower() and (text == text.lower() or _lexicon_short(head))


def _lexicon_short(head: Span) -> bool:
    """Whether a head written as an abbreviation (one word of letters, digits and hyphens, in capitals or
    with two capitals or more: "TTA", "CNN", also mixed case "ViT", "ViTs", "CoOp") or as a capitalised long form is
    linked to a lexicon technique of several words ("TTA" to test-time adaptation, "CNN", "RL", "Direct
    Preference Optimization" in "augmented by a preference learning algorithm called Direct Preference
    Optimization (DPO)"): the established technique; not when the paper coins it (:func:`_coined_at`:
    "We propose a new fine-tuning method called Self-Play fIne-tuNing (SPIN)", a name the lexicon knows)."""
    text = head.text
    capitals = text.upper() == text or sum(c.isupper() for c in text) >= 2  # "TTA", "ViTs"
    short = " " not in text and text.replace("-", "").isalnum() and capitals
    if " " not in head.kb_id_ or " " not in text and not short:
        return False
    pairs = head.doc._.abbreviations or ()
    if any(text in (long.text, abbreviation.text) and _coined_at(long) for long, abbreviation in pairs):
        return False
    if short:
        return True  # "we propose A3-TTA, a TTA framework": an abbreviation the paper does not define is cut
    return not any(_coined_at(span) for span in (head, *(head.doc._.proposes or ())) if span.text == text)


def _coined_at(long: Span) -> bool:
    """Whether a long form stands at most eight words after a propose verb of its sentence ("We
    propose a new fine-tuning method called Self-Play fIne-tuNing (SPIN)"): the paper coins it."""
    doc = long.doc
    start = max(long.sent.start, long.start - 8)
    return any(t.lower_ in PROPOSE_VERBS for t in doc[start : long.start])


def benchmark_named(text: str) -> bool:
    """Whether a head is named like a benchmark or dataset (relation_reading.json
    benchmark_name_endings): a piece of a word ends with one of them, and that word ends the name,
    is hyphen-joined or is more than the ending ("Qwen-Image-Bench", "VSI-Bench-Debiased",
    "PathBench-MIL", "MTADataset"); not "Distribution-aware Dataset Distillation", where the bare
    word "Dataset" qualifies the method's last word."""
    endings = tuple(reading_cues().benchmark_name_endings)
    words = text.split()
    for k, word in enumerate(words):
        for piece in re.split(r"[-_/]+", word):
            if piece.endswith(endings) and (k == len(words) - 1 or piece != word or piece not in endings):
                return True
    return False


def component_actor(ctx: PaperContext) -> bool:
    """Whether the paper's proposed entity is only a component of its contribution: a name
    ending in a component noun, or followed by one, introduced after the sentence where the
    authors propose their contribution ("we propose a semi-supervised dehazing method ... we
    introduce a Residual Difference Convolution block (RDC)"). Found once per paper."""
    return _paper_facts(ctx)[0]


def _component_actor(ctx: PaperContext) -> bool:
    """:func:`component_actor`, read from the paper's sentences."""
    main = ctx.proposed
    if main is None or ctx.propose_index is None:
        return False
    doc = main.doc
    at = next((v.index for v in sentence_views(doc) if v.sentence.start <= main.start < v.sentence.end), None)
    if at is None or at <= ctx.propose_index:
        return False
    nouns = uses_cues().uses_component_nouns
    end = main.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3  # "Residual Difference Convolution (RDC) block"
    return main[-1].lower_ in nouns or end < len(doc) and doc[end].lower_ in nouns
