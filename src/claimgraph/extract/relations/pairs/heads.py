"""Heads shared by evaluated_on and outperforms: the default head of a sentence, the models of a
data-making method (:func:`_models_of_data_maker`, :func:`_data_maker_stand_in`), base models the authors
trained, named variants and components, the paper's own head (:func:`_paper_head`, :func:`_unnamed_own`),
the product of the paper's method (:func:`_product_subject`), a subject no entity covers
(:func:`_untagged_subject`) and another proposal that opens a comparison's clause (:func:`_other_proposal`)."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.claims.subjects import ACTORS, PROPOSE_VERBS, PaperContext, spelled
from claimgraph.extract.pipeline.sentence_view import ENTITIES, Located, SentenceView, written_word
from claimgraph.extract.pipeline.token_table import doc_text
from claimgraph.extract.relations.guards import (
    ReadingCues,
    apposed_kind,
    established_technique,
    lexicon_forms,
    opens_apposition,
    reading_cues,
    unnamed_description,
)
from claimgraph.extract.relations.pairs.sentences import _explicit, _host, _past_adverbs, _Sentence


def _default_head(s: _Sentence, ctx: PaperContext) -> Span | None:
    if s.claim is not None and s.claim.subject is not None and s.claim.subject.label_ in ACTORS:
        located = next((e for e in s.view.entities if e.span.start == s.claim.subject.start), None)
        if located is None or not _host(s.view.words, located):
            return s.claim.subject  # not "hybrid branching in VGG improves ...": VGG only hosts it
    if ctx.proposed is not None and ctx.proposed.label_ in ACTORS and (s.own or s.after):
        return ctx.proposed
    return None


def _data_maker(span: Span, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether a proposed Method makes data, by an apposition after its name in the abstract ("APIGen-MT,
    a two-phase framework that generates verifiable and diverse multi-turn agent data", "FoundationMotion,
    a fully automated data curation pipeline that constructs large-scale motion datasets"): a data-making
    word and a data noun there. A title's subtitle ("Vision-G1: Towards ... with Multi-Domain Data
    Curation") describes the paper, not the named system, and the apposition ends at ", and" ("Open-o3
    Video, a non-agent framework that integrates ..., and carefully collect training data": the authors
    collect it)."""
    doc, key = span.doc, span.text.lower()
    title_end = doc.user_data.get("cg_title_end") or 0
    for mention in doc.spans.get(ENTITIES, ()):
        if mention.text.lower() != key or mention.start_char < title_end:
            continue
        if not opens_apposition(doc, mention.end) or mention.end >= mention.sent.end:
            continue
        after = [t.text.lower() for t in doc[mention.end : mention.sent.end]]
        if ";" in after:
            after = after[: after.index(";")]
        ends = [k for k in range(1, len(after)) if after[k] == "and" and after[k - 1] == ","]
        if ends:
            after = after[
                : ends[0]
            ]  # "Open-o3 Video, a framework that ..., and carefully collect training data": we collect
        if any(w in reading.data_making_words for w in after) and any(
            w in reading.data_nouns or w in rc.kind_plurals for w in after
        ):
            return True
    return False


def _models_of_data_maker(
    words: tuple[str, ...], index: int, head: Span, ctx: PaperContext, rc: RelationCues, reading: ReadingCues
) -> bool:
    """Whether "our model(s)" before the comparison word at ``index`` ("Our models outperform frontier
    models such as GPT-4o", "our 7B model surpasses Y") stands for models trained with the data of a
    proposed data-making Method (:func:`_data_maker`) that ``head`` was resolved to: the models win,
    not the method."""
    proposed = ctx.proposed
    if proposed is None or head.start != proposed.start or proposed.label_ != "Method":
        return False
    ours = any(
        w == "our" and any(x in reading.data_model_nouns for x in words[j + 1 : j + 4])
        for j, w in enumerate(words[:index])
    )
    return ours and _data_maker(proposed, rc, reading)


def _data_maker_stand_in(
    head: Span, view: SentenceView, end: int, ctx: PaperContext, rc: RelationCues, reading: ReadingCues
) -> bool:
    """Whether ``head`` was resolved from "it" or no subject to a proposed data-making Method
    (:func:`_data_maker`; "AgentInstruct, an extensible agentic framework for automatically creating
    large amounts of ... synthetic data") without being named or called by a system noun before word
    ``end``: what is scored there ("it consistently outperforms other models such as LLAMA-8B-instruct",
    "For example, 40% improvement on AGIEval") is a model trained on the data, not the data-making
    method ("our approach achieves ... on ScanRefer" keeps it)."""
    proposed = ctx.proposed
    if proposed is None or head.start != proposed.start or proposed.label_ != "Method" or _explicit(head, view):
        return False
    words = view.words
    if any(w in reading.own_system_nouns for w in words[:end]) or any(ctx.is_proposed(e) for e in view.entities):
        return False  # "our approach achieves ...", "Evaluated on X, DiscoPER recovers ...": the method itself
    if any(w.replace("-", "").startswith(key) for w in words for key in ctx.spelled if len(key) > 2):
        return False  # "CharTide-7B/8B significantly outperforms ...": the method's own model, untagged
    return _data_maker(proposed, rc, reading)


def _trained_by_authors(words: tuple[str, ...], first: int, rc: RelationCues) -> bool:
    """Whether "we" and a training verb stand right before the name, an article allowed ("We further
    fine-tuned a LLaMA model to be an expert model ..., which outperformed GPT-4o"): for a Model, the
    authors' model trained from it is what the sentence goes on about, not the base model itself ("We
    train linear probes ..., outperforming TF-IDF" keeps the probes, a Method trained from scratch)."""
    j = first - 1
    if j > 0 and words[j] in ("a", "an", "the"):
        j -= 1
    if j < 1 or words[j] not in rc.train_cues:
        return False
    return "we" in words[max(0, j - 3) : j]


def _relative_antecedent(view: SentenceView, index: int, rc: RelationCues, reading: ReadingCues) -> Located | None:
    """The Method/Model a relative pronoun right before the comparison at ``index`` (adverbs
    allowed) refers to: the name right before it ("we release FooNet-7B, which outperforms Y") or
    the name its apposition describes ("SFT on X yields S-Agent-8B, a compact spatial agent that
    significantly surpasses Y"). None when the pronoun follows a plain noun ("models that outperform")."""
    words = view.words
    k = _past_adverbs(words, index - 1, rc)
    if k <= 1 or words[k] not in reading.winner_pronouns:
        return None
    ends = {e.last: e for e in view.entities if e.label in ACTORS}
    j = k - 2 if words[k - 1] == "," else k - 1
    if j in ends:
        return ends[j]
    for a in range(k - 1, max(0, k - 9), -1):
        if words[a] == ",":
            apposed = a + 1 < k and words[a + 1] in ("a", "an") and a - 1 in ends
            return ends[a - 1] if apposed else None
    return None


def _named_variant(view: SentenceView, head: Span, start: int, end: int) -> Located | None:
    """The paper's variant of ``head`` that words ``start`` to ``end`` name ("our Critique-Coder-8B
    can reach 60% on X, outperforming Y" for the proposed Critique-Coder): the sentence's own name."""
    key = head.text.lower()
    return next(
        (
            e
            for e in view.entities
            if start <= e.first
            and e.last < end
            and e.label in ACTORS
            and e.key.startswith(key)
            and e.key[len(key) : len(key) + 1] in ("-", " ")
        ),
        None,
    )


def _opens_clause(words: tuple[str, ...], j: int, start: int) -> bool:
    """Whether word ``j`` opens its clause: the clause's first word, or after a comma or "that"
    ("Furthermore, 4DVLM outperforms", "show that cVMDx achieves"; not "across multiple DETR baselines")."""
    return j == start or words[j - 1] in (",", "that")


def _other_proposal(
    view: SentenceView, head: Span, start: int, end: int, ctx: PaperContext, rc: RelationCues
) -> Span | None:
    """Another proposal of the paper that words ``start`` to ``end`` (a comparison's clause before its
    word) name, for a head resolved from elsewhere ("Furthermore, 4DVLM outperforms Y" in a paper that
    proposes CL4D and the model 4DVLM, "show that cVMDx achieves higher accuracy over Y"): the clause
    names its own winner, at the clause's opening (:func:`_opens_clause`). Not with "our"/"we" in the
    clause ("with the GMU, our model outperforms Y")."""
    words = view.words
    if any(w in rc.own_words for w in words[start:end]):
        return None
    own = spelled(head.text.lower())
    named = [e for e in view.entities if start <= e.first and e.last < end and e.label in ACTORS]
    for e in reversed(named):
        if ctx.is_proposed(e):
            return e.span if spelled(e.span.text.lower()) != own and _opens_clause(words, e.first, start) else None
    if named:
        return None
    covered = {j for e in view.entities for j in range(e.first, e.last + 1)}
    for j in range(end - 1, start - 1, -1):
        word = words[j].replace("-", "")
        if j in covered or word not in ctx.spelled or word == own or not _opens_clause(words, j, start):
            continue
        return next((p for p in view.sentence.doc._.proposes or () if spelled(p.text.lower()) == word), None)
    return None


def _component(span: Span, reading: ReadingCues) -> bool:
    """Whether a proposed name is a part of a system by its last word ("Gated Memory Unit") or by
    the noun of its apposition ("the Gated Memory Unit (GMU), a simple yet effective mechanism";
    not "SambaY, a decoder-hybrid-decoder architecture that incorporates GMUs")."""
    if span.text.lower().rsplit(" ", 1)[-1] in reading.component_nouns:
        return True
    doc, i, end = span.doc, span.end, span.sent.end
    if i < end and doc[i].text == "(":
        i = next((k + 1 for k in range(i, min(end, i + 8)) if doc[k].text == ")"), end)
    return apposed_kind(doc, i, end, reading.component_nouns, 8, reading.instance_nouns)


def _paper_head(head: Span, view: SentenceView, ctx: PaperContext, reading: ReadingCues) -> Span:
    """The paper-level head for a head resolved from "our model", "we", "it" (not named in the
    sentence): a component the paper proposes ("the GMU, a mechanism") is never the head of a
    claim about the whole system; a system the paper proposes besides it ("We apply it to create
    SambaY, an architecture") is. ``head`` itself otherwise."""
    proposed = ctx.proposed
    if proposed is None or _explicit(head, view) or head.text.lower() not in ctx.keys:
        return head
    compound = _hyphen_compound(head, proposed.doc._.proposes or (), view)
    if compound is not None:
        return compound  # "a TDA-ViT fusion model": "it" is TDA-ViT, not its TDA features
    if not _component(proposed, reading):
        return head
    key = proposed.text.lower()
    for other in proposed.doc._.proposes or ():
        name = other.text.lower()
        if other.label_ in ACTORS and name != key and not _component(other, reading):
            if other.start > proposed.start and key.replace(" ", "") not in name.replace(" ", ""):
                return other
    return head


def _unnamed_own(head: Span, view: SentenceView) -> bool:
    """Whether a head read for "our method", "the framework", "it" or "This" (not named in the sentence)
    leaves the paper's own method unnamed: the proposal it resolved to is only described ("a weighted
    convolution operator") or is an established technique the method is built with ("Evaluations on
    STATE-ToxiCN validate the framework's effectiveness" where the paper proposes nothing named but
    Prompt Engineering), unless the paper names it as its own (:func:`_coined_by_paper`)."""
    if _explicit(head, view):
        return False
    return unnamed_description(head) or established_technique(head) and not _coined_by_paper(head)


@cache
def _naming_lead() -> re.Pattern[str]:
    """A naming word or a propose verb and the space after it ("called ", "we introduce "), any case."""
    words = sorted(reading_cues().naming_words | PROPOSE_VERBS, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\s+", re.IGNORECASE)


def _coined_by_paper(head: Span) -> bool:
    """Whether the paper names ``head`` as its own right after a naming word or a propose verb ("a new
    fine-tuning method called Self-Play fIne-tuNing (SPIN)", "we introduce DAPO"): the paper that coined a
    name the lexicon now lists, not a paper that builds on the technique."""
    text = doc_text(head.doc)
    name = head.text
    for m in _naming_lead().finditer(text):
        after = text[m.end() + len(name) : m.end() + len(name) + 1]
        if text.startswith(name, m.end()) and not (after.isalnum() or after == "-"):
            return True  # not "we present UNet-X" for UNet
    return False


def _component_for_whole(head: Span, view: SentenceView, ctx: PaperContext, reading: ReadingCues) -> bool:
    """Whether ``head``, not named in the sentence, is named as a part of a system (its last word is a
    component noun: "Kernel Feature Fusion Module", "Relation Attention Module") and stands for what the
    sentence calls "our method", "the proposed approach" or "we" when the paper proposes no whole system
    by a name (:func:`_paper_head` found none): the sentence's result is the whole method's, not the
    part's. A sentence that names one of the paper's own entities ("DAM brings ...") keeps it, and so does
    a contribution only described as a part ("δ-mem, a lightweight memory mechanism": "it achieves ...")."""
    if _explicit(head, view) or head.text.lower().rsplit(" ", 1)[-1] not in reading.component_nouns:
        return False
    return not any(ctx.is_proposed(e) and e.label in ACTORS for e in view.entities)


def _product_subject(words: tuple[str, ...], end: int, reading: ReadingCues) -> bool:
    """Whether "the/our resulting/resultant" + a model noun (at most one word between: "The resulting
    segmentation models"; not "the resulting pipeline", the method itself) stands before word ``end``: the
    sentence is about the model the paper's method produced ("The resulting model achieves 41.5% on
    WebArena, surpassing GPT-4o", "our resulting model, Eurus-2-7B-PRIME, surpasses Y"), so a Method head
    resolved from elsewhere (a framework, a training recipe) is not what is scored."""
    return any(
        w in ("the", "our")
        and words[j + 1] in reading.product_participles
        and any(x in reading.product_nouns for x in words[j + 2 : j + 4])
        for j, w in enumerate(words[: max(0, end - 2)])
    )


def _hyphen_compound(head: Span, proposes: tuple[Span, ...], view: SentenceView) -> Span | None:
    """A proposed Method/Model named before the sentence whose name is the head's name joined by a
    hyphen to another known method or model ("TDA-ViT" for the proposed TDA, in a paper on "a TDA-ViT
    fusion model"; ViT is a lexicon name): the compound fuses both, the head is only a part of it.
    Not a variant of the head ("RICO-Flash", "Kimi-VL-Thinking": no name after the hyphen), nor one
    named after the sentence; None when there is none."""
    key = head.text.lower()
    known = _known_names()
    return next(
        (
            other
            for other in proposes
            if other.label_ in ACTORS
            and other.text.lower().startswith(key + "-")
            and other.text.lower()[len(key) + 1 :] in known
            and other.text in doc_text(head.doc)[: view.sentence.start_char]
        ),
        None,
    )


@cache
def _known_names() -> frozenset[str]:
    """The lower-cased names and aliases of the lexicon's methods and models."""
    return lexicon_forms("Method") | lexicon_forms("Model")


def _apposed_actor(
    view: SentenceView, start: int, index: int, rc: RelationCues, reading: ReadingCues
) -> Located | None:
    """A Method/Model set off by commas after "our ..." and before a score or clause verb ("Notably,
    our model, InternVL2-8B-MPO, achieves 67.0 on X, outperforming Y"): the clause's named subject."""
    words = view.words
    for e in view.entities:
        if e.label not in ACTORS or not start < e.first or e.last + 2 >= index:
            continue
        if words[e.first - 1] != "," or words[e.last + 1] != ",":
            continue
        verb = words[e.last + 2]
        if (verb in reading.clause_verbs or verb in reading.score_verbs) and any(
            w in rc.own_words for w in words[start : e.first - 1]
        ):
            return e
    return None


def _glued_modifier_word(text: str, rc: RelationCues) -> bool:
    """Whether a word is a name glued to a lower-case modifier suffix or participle ("RL-tuned",
    "GRPO-trained", "CLIP-based", "KG-enhanced"): it describes the noun after it, it names nothing."""
    rest = text.rsplit("-", 1)[1] if "-" in text else ""
    return rest.isalpha() and rest.islower() and (rest in rc.modifier_suffixes or rest.endswith("ed"))


def _untagged_subject(
    view: SentenceView, start: int, index: int, ctx: PaperContext, rc: RelationCues, reading: ReadingCues
) -> bool:
    """Whether the comparison's clause names its own subject with a coined name the entity stage
    did not tag ("FVQ significantly enhances ..., surpassing Y", "Our largest model ...,
    Phi4-mini-Flash-Reasoning, achieves better performance than Y"): a coined name ("FVQ",
    "Phi4-mini") after the clause start, a comma or "that", followed by an adverb or a verb (or,
    after "our ...", set off by commas). Then a head resolved from elsewhere is not the winner."""
    words = view.words
    tagged = {j for e in view.entities for j in range(e.first, e.last + 1)}
    for p in range(start, index - 1):
        plain = words[p].replace("-", "")
        if (
            p in tagged
            or words[p] in rc.own_words
            or any(k.startswith(plain) or plain.startswith(k) for k in ctx.spelled)
        ):
            continue  # "DORA achieves" for the proposed DORA Explorer, "CharTide-7B/8B outperforms" for CharTide
        opens = p == start or words[p - 1] in (",", "that")
        owned = "our" in words[max(start, p - 3) : p]
        if not opens and not owned:
            continue
        text = written_word(view, p)
        if (
            len(text) < 2
            or not text[0].isupper()
            or not (any(c.isdigit() for c in text) or any(c.isupper() for c in text[1:]))
            or _glued_modifier_word(text, rc)
        ):
            continue
        nxt = words[p + 1]
        if (
            owned
            and (nxt in reading.instance_nouns or nxt in rc.class_plurals)
            and not (text.isalpha() and text.isupper())
        ):
            return True  # "Our resulting G1 models consistently surpass Y": the clause's own, untagged models
        if not opens:
            continue
        if nxt in rc.adverbs or nxt.endswith("ly") or nxt in reading.clause_verbs or nxt in reading.score_verbs:
            return True
        if nxt in reading.result_verbs:
            return True  # "On the Crello benchmark, I2L reduces ... over Y"
        if (
            nxt == ","
            and p > start
            and words[p - 1] == ","
            and p + 2 < len(words)
            and (words[p + 2] in reading.clause_verbs or words[p + 2] in reading.score_verbs)
            and any(w in rc.own_words for w in words[start:p])
        ):
            return True  # "Our largest model ..., Phi4-mini-Flash-Reasoning, achieves"; not "MMB, SEED-I, and MME"
    return False


#: A model name ending in a size glued by a hyphen ("T1-115B", "Mistral-Small-24B"), a whole word.
_SIZED_NAME = re.compile(r"(?<![\w.-])[A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*-\d+(?:\.\d+)?[BMK]\b")


def _glued_variant(view: SentenceView, lo: int, index: int, ctx: PaperContext) -> bool:
    """Whether a word in ``words[lo:index]`` (the winner's clause) glues a size or variant part to a
    name the paper proposes ("PURe34 achieves 80.27%, surpassing ResNet101" for the proposed PURe,
    "STResNetMilli attains 70.0 percent, outperforming MobileNetV1" for STResNet): the sentence's
    winner is that named variant, which the entity stage did not find, not the paper's name itself;
    so is a model name with a size glued after it that is no entity ("T1-115B outperform o1-mini").
    The name part keeps its capitals (two or more: a coined name, not "Purely") and the glued part
    opens with a digit or a capital (not a plural "s")."""
    doc = view.sentence.doc
    if lo < index:
        begin, end = doc[view.starts[lo]].idx, doc[view.starts[index]].idx
        spans = [(e.span.start_char, e.span.end_char) for e in view.entities]
        for m in _SIZED_NAME.finditer(doc.text, begin, end):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                return True  # "\\textbf{T1-115B} outperform o1-mini": a sized model name not found as an entity
    located = {k for e in view.entities for k in range(e.first, e.last + 1)}
    for i in range(lo, index):
        if i in located:
            continue
        text = doc[view.starts[i]].text
        for key in ctx.keys:
            if len(key) < 3 or len(text) <= len(key) or text[: len(key)].lower() != key:
                continue
            rest = text[len(key) :]
            if (
                sum(c.isupper() for c in text[: len(key)]) >= 2
                and rest.isalnum()
                and (rest[0].isdigit() or rest[0].isupper())
            ):
                return True
    return False
