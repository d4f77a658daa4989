"""The winner of a comparison (:func:`_winner`): the clause's subject, or the paper's method, or nobody
(a plain subject of a reported clause, a name capitalised inside sentences, an unnamed proposal, a clause
opener, an absolute phrase, a name in a phrase, another name as the clause's subject, a name of data)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.claims.subjects import ACTORS, PROPOSE_VERBS, PaperContext, spelled
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView, written_word
from claimgraph.extract.pipeline.token_table import doc_text
from claimgraph.extract.relations.guards import ReadingCues
from claimgraph.extract.relations.pairs.heads import (
    _apposed_actor,
    _named_variant,
    _other_proposal,
    _trained_by_authors,
    _untagged_subject,
)
from claimgraph.extract.relations.pairs.rival_names import _in_combination
from claimgraph.extract.relations.pairs.sentences import _enumerator, _located, _past_adverbs
from claimgraph.extract.relations.uses.classes import _kind_of_data
from claimgraph.extract.relations.uses.heads import _own_model


def _plain_clause_subject(view: SentenceView, start: int, index: int, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether the comparison's clause, opened by a clause word, has a plain lower-case noun phrase of
    its own as subject ("Ablation studies confirm ... that optical reflectance dominates over SAR"):
    at most four plain words, no name, no "our"/"it"/"this"/"proposed" and no system noun ("that the
    proposed method outperforms Y" and "that the model outperforms Y" keep the paper's method)."""
    words = view.words
    if start == 0 or words[start - 1] not in rc.subject_clauses:
        return False
    region = [j for j in range(start, index) if words[j] not in rc.adverbs and not words[j].endswith("ly")]
    if not region or len(region) > 4 or any(e.first < index and e.last >= start for e in view.entities):
        return False
    for j in region:
        w = words[j]
        if not w.isalpha() or not written_word(view, j).islower():
            return False
        if w in reading.own_object_words or w in reading.own_system_nouns or w in rc.class_nouns:
            return False
        if w in reading.anaphoric_leads or w in rc.own_words:
            return False
    return True


def _unnamed_part_subject(view: SentenceView, start: int, index: int, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether the comparison's clause has an unnamed noun phrase as subject whose head noun names no system
    of the paper's ("Under identical Stage-1 inputs, the learned reranker also outperforms Y"): a part or a
    product wins, not a method resolved from elsewhere. The subject runs from the clause start, or the comma
    closing an opening phrase (and a following "and"), to the verb: "the", "their" or "its" (before a
    component noun only: "its accuracy" is the method's own) and at most four plain lower-case words, no name
    and no "our"/"this"/"proposed"/"resulting". A head noun that is a system, instance or class noun ("the
    model", "the framework", "the approach") keeps the paper's method; "a single fixed configuration"
    (an unnamed use of the method) is not read."""
    words = view.words
    k = _past_adverbs(words, index - 1, rc, floor=start)
    lo = k
    while lo > start and words[lo - 1] not in (",", ";", ":", "(", ")"):
        lo -= 1
    if lo < k and words[lo] in ("and", "but"):
        lo += 1  # "..., and its axis-guided shape regularizer outperforms Y"
    region = list(range(lo, k + 1))
    if not 2 <= len(region) <= 5 or lo > k:
        return False
    if any(e.first <= k and e.last >= lo for e in view.entities):
        return False
    det = words[lo]
    noun = words[k]
    if det not in ("the", "its", "their"):
        return False
    if det == "its" and noun not in reading.component_nouns:
        return False  # "its accuracy surpasses Y": the method's own result
    for j in region[1:]:
        word = written_word(view, j)
        if not (word.replace("-", "").isalpha() and word.islower()):
            return False
        if words[j] in reading.own_object_words or words[j] in rc.own_words or words[j] in reading.product_participles:
            return False
    kept = reading.own_system_nouns | reading.instance_nouns | rc.class_nouns
    return noun not in kept and noun + "s" not in kept and noun.rstrip("s") not in kept


def _clause_start(words: tuple[str, ...], index: int, rc: RelationCues) -> int:
    """The first word of the clause holding the comparison at ``index``: after ";", ":", a
    clause word ("that", "while", "which") or an enumerator ("(2)", "2)", "(ii)")."""
    for j in range(index - 1, -1, -1):
        if words[j] in (";", ":") or words[j] in rc.subject_clauses or words[j] == "which":
            return j + 1
        if words[j] == ")" and j and _enumerator(words[j - 1]):
            return j + 1
    return 0


def _winner(
    view: SentenceView,
    head: Span,
    explicit: bool,
    index: int,
    ctx: PaperContext,
    rc: RelationCues,
    reading: ReadingCues,
) -> tuple[Span | None, bool]:
    """The head of a comparison, checked against what the clause says wins (issue #17):

    - "DPO agents trained on ADARUBRIC pairs gain over Y", "models refined by ProX
      outperform Y": the named head is what the winner was made with -> no head;
    - "the fine-tuned model outperforms Y" with an unnamed subject and no "our"/"we" ->
      no head (it is "X with Y", not the bare method);
    - "Experimental results show that LinGen outperforms Y": an unknown capitalised name
      right before the verb is the subject -> not the paper's method;
    - "Using RL, our model surpasses Y", "ViT ... we outperform Y": "we"/"our" between a
      named head that the paper does not propose and the verb -> the proposed entity;
    - "Fine-tuning Qwen2.5 on the FLAMES dataset achieves ..., surpassing Y": a head written before a
      data noun names data -> no head.
    """
    words = view.words
    start = _clause_start(words, index, rc)
    if _named_clause_subject(view, start, index, head, ctx, rc):
        return None, False  # "our study shows that temporal video features (V-JEPA2) outperform Y"
    if not explicit and _plain_clause_subject(view, start, index, rc, reading):
        return None, False  # "... confirm that optical reflectance dominates over SAR": that clause's own subject
    if not explicit and _unnamed_part_subject(view, start, index, rc, reading):
        return None, False  # "the learned reranker also outperforms Y": a part or product, not the paper's method
    region = words[start:index]
    first_participle = next((k for k, w in enumerate(region) if w in reading.subject_participles), len(region))
    own = any(w in rc.own_words for w in region[:first_participle])  # not "trained on our data"
    key = head.text.lower()
    mentions = [e for e in view.entities if e.span.start == head.start or e.key == key or ctx.is_proposed(e)]
    mentions = [e for e in mentions if start <= e.first and e.last < index]
    untagged = [j for j in range(start, index) if words[j].replace("-", "") in ctx.spelled]
    other = _other_proposal(view, head, start, index, ctx, rc) if not explicit else None
    if other is not None:
        return other, True  # "Furthermore, 4DVLM outperforms Y" for a paper that proposes CL4D and 4DVLM
    if untagged and not mentions:  # "alpha-Flow outperforms" for the proposed AlphaFlow
        return head, explicit
    for p, w in enumerate(region, start):
        if w not in reading.subject_participles:
            continue
        if any(e.first == p + 1 and ctx.is_proposed(e) for e in mentions):
            continue  # "the end-to-end trained SLVM surpasses Y": the paper's own entity, trained, wins
        if (
            p >= 2
            and words[p - 1] == ","
            and "," in words[p + 1 : index]
            and any(e.last == p - 2 and e.label in ACTORS and ctx.is_proposed(e) for e in view.entities)
        ):
            continue  # "our 7B model, SoS-7B, fine-tuned on SoS-1K for 4 hours, outperforms Y": it describes SoS-7B
        if any(p < e.first <= p + 5 and "," not in words[p : e.first] for e in mentions):
            return None, False  # the head is the instrument: "agents trained on ADARUBRIC"
        if not mentions and not own:
            return None, False  # "the fine-tuned model outperforms Y"
    listed = next((j for j in range(index - 1, 0, -1) if words[j] == ")" and _enumerator(words[j - 1])), -1)
    if listed >= start - 1 >= 0 and not mentions:
        named = [e for e in view.entities if start <= e.first and e.last < index and e.label in ACTORS]
        if named:
            return named[-1].span, True  # "(2) BarNet is faster than Y": that clause's own subject
        if not own:
            return None, False  # "(2) rewriting CoTs is 5x more efficient than RL": not the head's
    located = _located(view, head)
    if located is None and mentions:
        located = mentions[-1]  # the head resolved from elsewhere, named again in this clause
    if located is not None and located.last < index and _kind_of_data(view, located):
        return None, False  # "Fine-tuning Qwen2.5 on the FLAMES dataset achieves ..., surpassing Y": data wins nothing
    if (
        located is not None
        and located.last < index
        and words[located.last].rsplit("-", 1)[-1] in reading.subject_participles
    ):
        return None, False  # "SDPO-tuned agents outperform GPT-4o": agents tuned with SDPO win, not SDPO
    if (
        located is not None
        and located.first
        and words[located.first - 1] in rc.train_cues
        and words[located.first - 1].endswith("ing")
        and not ctx.is_proposed(located)
    ):
        return None, False  # "Training Qwen3-4B-Base on Kuhn Poker alone ..., outperforming SFT": the training wins
    if (
        located is not None
        and located.label == "Model"
        and not ctx.is_proposed(located)
        and _trained_by_authors(words, located.first, rc)
    ):
        return None, False  # "We fine-tuned a LLaMA model ..., which outperformed GPT-4o": the model made wins
    if located is not None and located.last + 1 < index and words[located.last + 1] in reading.ablation_words:
        return None, False  # "Qwen3-VL without any image input surpasses GPT-5": an ablated variant wins
    if located is not None and not ctx.is_proposed(located) and _in_combination(words, located):
        return None, False  # "Qwen3.5-9B + MaR ..., surpassing Y", "The X + XGBoost hybrid model": the combination wins
    if (
        located is not None
        and not ctx.is_proposed(located)
        and located.last + 2 < index
        and words[located.last + 1] in reading.subject_participles
        and words[located.last + 2] in reading.instrument_words
    ):
        return None, False  # "Qwen3-8B equipped with ReMe outperforms Y": X with Y wins, not X
    if (
        located is not None
        and not ctx.is_proposed(located)
        and located.last + 2 < index
        and words[located.last + 1] in reading.instrument_words
        and not any(w in rc.role_nouns for w in words[located.last + 2 : index])
    ):  # not "Mask R-CNN with a ResNet-50 backbone outperforms Y": a configuration of X, X wins
        return None, False  # "our best variant (CLIP with mapped attributes) outperforms Y": X with Y wins
    if located is not None and located.first and words[located.first - 1] in reading.instrument_words:
        # "pretraining with GO-Tokenizer outperforms", "QwQ-32B with LeaP ... surpasses": X with Y wins;
        # "Using FooNet, we outperform Y": the paper's own method
        after = words[located.last + 1 : index]
        if any(w in ("we", "our") for w in after) and ctx.proposed is not None and ctx.proposed.label_ in ACTORS:
            return ctx.proposed, False
        return None, False
    if not explicit:
        variant = _named_variant(view, head, start, index)
        if variant is not None:
            return variant.span, True  # "our Critique-Coder-8B ..., outperforming Y": the variant the clause names
        absolute = _absolute_subject(view, index, rc)
        if absolute is not None:
            return absolute.span, True  # "..., with reinforcement learning outperforming SFT": RL wins
        opener = _clause_opener(view, start, index, ctx, rc)
        if opener is not None:
            return opener.span, True  # "...: Gemma 2 shows greater similarity than Gemma": the clause's own subject
        if _named_subject(view, start, index, ctx, rc, reading):
            return None, False  # "On HLE, Orchestrator achieves 37.1%, outperforming Y": that name wins, not the head
        apposed = _apposed_actor(view, start, index, rc, reading)
        if apposed is not None:
            return apposed.span, True  # "our model, InternVL2-8B-MPO, achieves ..., outperforming Y": the name wins
        if _untagged_subject(view, start, index, ctx, rc, reading) or _unnamed_proposal(view, index, head, reading):
            return None, False  # "FVQ significantly enhances ..., surpassing Y": a subject of its own
        prev = _past_adverbs(words, index - 1, rc, floor=start)
        token = view.sentence.doc[view.starts[prev]] if start <= prev < index else None
        if (
            token is not None
            and token.text[:1].isupper()
            and (prev > 0 or any(c.isupper() or c.isdigit() for c in token.text[1:]) or _capitalised_inside(token))
            and words[prev] not in rc.own_words
            and not any(e.first <= prev <= e.last and e.label in ACTORS | {"Metric", "Dataset"} for e in view.entities)
        ):
            return None, False  # "... show that LinGen outperforms DiT": an untagged subject (not "lower FID than")
        return head, explicit
    if located is not None and not ctx.is_proposed(located) and _in_phrase(view, located, rc, reading):
        if own and ctx.proposed is not None and ctx.proposed.label_ in ACTORS:
            return ctx.proposed, False  # "our approach achieves 2.8x speedup for the Llama-3-70B model"
        return None, False
    if located is not None and not ctx.is_proposed(located) and located.last < index:
        between = words[located.last + 1 : index]
        if any(w in ("we", "our") for w in between) and ";" not in between:
            if ctx.proposed is not None and ctx.proposed.label_ in ACTORS:
                return ctx.proposed, False
            return None, False
    return head, explicit


def _enabled_other(view: SentenceView, enabled: Located, ctx: PaperContext, rc: RelationCues) -> bool:
    """Whether the X of "enables X to outperform Y" is a system the paper does not propose, named without
    "our" ("MoLoRA enables Qwen3-1.7B to exceed Qwen3-8B", "This adjustment enables SigLIP-B16 to surpass
    Y"): X wins only with what enables it, so the bare X beats nothing; not the paper's own system or a
    variant of it ("Our training enables FooNet, a small model, to outperform Y", "enables our Foo-7B ...")."""
    if _own_model(ctx, enabled):
        return False
    before = view.words[max(0, enabled.first - 3) : enabled.first]
    return not any(w in rc.own_words for w in before)


def _capitalised_inside(token: Token) -> bool:
    """Whether a word that opens its sentence is written capitalised inside a sentence of the paper too
    ("We compare LLaMA and Phi as anonymizers. Phi outperformed LLaMA ..."): a name, not a capital only
    because it opens the sentence ("This outperforms ...")."""
    word = token.text
    if not word[:1].isupper() or not word.isalpha():
        return False
    return re.search(rf"[a-z,;:(] +{re.escape(word)}\b", doc_text(token.doc)) is not None


def _unnamed_proposal(view: SentenceView, index: int, head: Span, reading: ReadingCues) -> bool:
    """Whether the sentence proposes, before the comparison, something named without an article
    and not tagged ("Second, we propose dynamic mask attention, which ... improving by 150%
    compared to Y"): that thing wins, not a head resolved from elsewhere. "we propose a novel
    framework that outperforms Y" keeps the paper's proposal."""
    words = view.words
    for j in range(1, index - 1):
        if words[j - 1] == "we" and words[j] in PROPOSE_VERBS:
            nxt = words[j + 1]
            if not nxt.isalpha() or nxt in reading.unnamed_object_leads:
                continue
            if any(e.first == j + 1 for e in view.entities) or head.start == view.starts[j + 1]:
                continue
            return True
    return False


def _clause_opener(view: SentenceView, start: int, index: int, ctx: PaperContext, rc: RelationCues) -> Located | None:
    """A Method/Model the paper does not propose that opens the comparison's clause (after ":",
    ";" or a clause word, "the" allowed) with no "we"/"our"/"it" before the comparison: the
    clause's own subject, which a head resolved from elsewhere must not replace."""
    words = view.words
    first = start + 1 if start < len(words) and words[start] == "the" else start
    if start == 0 or any(w in rc.own_words for w in words[start:index]):
        return None
    e = next((e for e in view.entities if e.first == first), None)
    if e is None or e.label not in ACTORS or ctx.is_proposed(e) or e.last >= index:
        return None
    return e


def _absolute_subject(view: SentenceView, index: int, rc: RelationCues) -> Located | None:
    """The Method/Model of a "with X <win participle> Y" phrase ("post-training with knowledge-augmented
    data further improves performance, with reinforcement learning outperforming supervised fine-tuning"):
    the name between "with" ("the" allowed) and the participle at ``index`` (adverbs allowed) is the
    winner, not a head resolved from the paper. None when there is no such phrase."""
    words = view.words
    if not words[index].endswith("ing"):
        return None
    k = _past_adverbs(words, index - 1, rc)
    e = next((e for e in view.entities if e.last == k and e.label in ACTORS), None)
    if e is None:
        return None
    j = e.first - 1
    if j >= 0 and words[j] == "the":
        j -= 1
    return e if j >= 0 and words[j] == "with" else None


def _named_clause_subject(
    view: SentenceView, start: int, index: int, head: Span, ctx: PaperContext, rc: RelationCues
) -> bool:
    """Whether a name the paper does not propose stands in parentheses right before the
    comparison ("temporal video features (V-JEPA2) outperform Y"), tagged or not: it names
    the clause's subject, so the win is not ``head``'s (unless ``head`` is that name)."""
    words = view.words
    k = _past_adverbs(words, index - 1, rc, floor=start)
    if k - 2 <= start or words[k] != ")" or words[k - 2] != "(":
        return False
    doc = view.sentence.doc
    token = doc[view.starts[k - 1]]
    text = doc_text(doc)[doc[view.starts[k - 2]].idx + 1 : doc[view.starts[k]].idx]
    if not any(c.isupper() for c in text) or sum(c.isalpha() for c in text) < 2:
        return False  # "(ours)", "our model (30B) outperforms": a size, not a name
    if head.start <= token.i < head.end:
        return False
    return words[k - 1].replace("-", "") not in ctx.spelled


def _in_phrase(view: SentenceView, e: Located, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether the name sits in a prepositional or gerund phrase ("for the 4-bit Llama-3-70B
    model", "integrating the YOLOv8 backbone and RT-DETR head"), read back over at most six
    words, other names and list words, up to a comma or a clause word ("Experiments on seven
    benchmarks demonstrate that QwenLong-L1-32B outperforms Y": the name opens the clause)."""
    words = view.words
    ends = {f.last: f for f in view.entities}
    j, steps = e.first - 1, 0
    while j >= 0 and steps < 6:
        w = words[j]
        if w in (",", ";", ":", "(", ")") or w in rc.subject_clauses:
            return False
        if w in reading.phrase_preps or w in rc.use_weak and w.endswith("ing"):
            return True
        j = ends[j].first - 1 if j in ends else j - 1
        steps += 1
    return False


def _named_subject(
    view: SentenceView, start: int, index: int, ctx: PaperContext, rc: RelationCues, reading: ReadingCues
) -> bool:
    """Whether the comparison's clause has a name of its own as subject, for a head resolved from elsewhere
    (issue #17): a word written as a name opens the clause ("the" allowed) or follows the comma of its
    opening phrase, and a lower-case word that is no preposition, conjunction or copula follows it. At the
    clause's start the name needs capitals after its first letter ("Experiments show that CCGQA outperforms
    Y", "LRA-EE reduces FLOPs ... over Y"); after an opening phrase a capital suffices ("On HLE, Orchestrator
    achieves 37.1%, outperforming Y"). Not a name the paper proposes, spells out or starts ("SEAL improves
    ... over Y" for the proposed SEAL-RAG), and no "we"/"our" in the clause. The sentence names its own
    winner, so the paper's method is not credited."""
    words = view.words
    if any(w in rc.own_words for w in words[start:index]):
        return False
    lead = start + 1 if start < index and words[start] == "the" else start
    comma = next((j for j in range(lead, index) if words[j] == ","), -1)
    doc = view.sentence.doc
    for k, after_comma in ((lead, False), (comma + 1, True)):
        if after_comma and k <= 0 or not start <= k < index - 1:
            continue
        text = doc[view.starts[k]].text
        if not text[:1].isupper() or not (after_comma or any(c.isupper() for c in text[1:])):
            continue
        e = next((e for e in view.entities if e.first == k), None)
        last = e.last if e is not None else k
        follower = written_word(view, last + 1)
        if last + 1 >= index or not (follower.isalpha() and follower.islower()):
            continue
        if follower in reading.phrase_preps or follower in reading.subject_link_words:
            continue  # "SFT of Latxa", "BarNet and BazNet", "Qwen3 is": not a subject before its verb
        if e is not None and ctx.is_proposed(e):
            return False
        low = (e.key if e is not None and e.key else text).lower()
        # not the paper's own name, nor its short name ("SEAL" for SEAL-RAG)
        return spelled(low) not in ctx.spelled and not any(n.startswith(low) for n in ctx.keys)
    return False
