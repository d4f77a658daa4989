"""Whose evaluation a sentence reports: others' systems evaluated or reported on a dataset
(:func:`_others_evaluated`, :func:`_evaluation_of_others`, :func:`_others_reported`), a theory tested
(:func:`_theory_tested`), the paper's proposed
method and its evaluated object, glossed parts and settings, names that set up an evaluation of "our
approach" (:func:`_own_subject_after`), contrasts, and benchmarks built for a purpose
(:func:`_own_purpose_object`, :func:`_purpose_data`), and heads that name an observed phenomenon
(:func:`_phenomenon_head`)."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.claims.subjects import ACTORS, PaperContext
from claimgraph.extract.entities.abbreviation_forms import long_forms
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView, written_word
from claimgraph.extract.relations.guards import ReadingCues, lexicon_forms, opens_apposition, reading_cues
from claimgraph.extract.relations.pairs.sentences import _INTRODUCING, _located
from claimgraph.extract.relations.uses.own_method import established_technique


def _others_evaluated(gap: tuple[str, ...], rc: RelationCues) -> bool:
    """Whether the object of an evaluation verb is an unnamed plural of other systems
    ("several state-of-the-art pose estimation models", "various LLMs", "six VLMs from three
    providers on two benchmarks (X and", "an evaluation of agents over 15 tasks"), not "our
    method"/"it". The object ends at the first evaluation preposition ("on", "over", "across")."""
    reading = reading_cues()
    end = next((j for j, w in enumerate(gap) if w in rc.eval_preps), len(gap))
    gap = gap[:end]
    if not gap or len(gap) > 8 or any(w in reading.own_object_words or w in rc.subject_clauses for w in gap):
        return False
    plural_systems = {w for w in reading.system_nouns if w.endswith("s")}  # "agents"
    return any(w in rc.class_nouns or w in rc.class_plurals or w in plural_systems for w in gap)


def _theory_tested(view: SentenceView, reading: ReadingCues) -> bool:
    """Whether the sentence tests a theory rather than a system: a verb of ``theory_test_verbs`` with
    one of ``theory_nouns`` at most four words after it, no comma, "that" or "and" between ("We test
    these predictions on CIFAR-10", "experiments on MNIST validate our theoretical results"), and no
    "our"/"the proposed" + system noun in the sentence ("... validate our theory and show that our
    method ..." evaluates the method too)."""
    words = view.words
    if any(w in reading.own_system_nouns and words[j - 1] in ("our", "proposed") for j, w in enumerate(words) if j > 0):
        return False
    for j, w in enumerate(words):
        if w not in reading.theory_test_verbs:
            continue
        for k in range(j + 1, min(j + 6, len(words))):
            if words[k] in (",", "that", "and", ";", ":"):
                break
            if words[k] in reading.theory_nouns:
                return True
    return False


def _proposed_method_name(dataset: Span, ctx: PaperContext, reading: ReadingCues) -> bool:
    """Whether a Dataset mention is a name the paper proposes as its method: where the paper names
    it, an apposition says it is a method, model or framework ("We introduce DAVIS, a simple and
    broadly applicable post-hoc technique"), and no benchmark noun ("FooBench, a benchmark
    framework"). A paper's own method is never the data it is evaluated on."""
    if not ctx.is_proposed(dataset):
        return False
    doc, key = dataset.doc, dataset.text.lower()
    for named in doc._.proposes or ():
        if named.text.lower() != key or not opens_apposition(doc, named.end):
            continue
        words = []
        for token in doc[named.end + 2 : min(named.sent.end, named.end + 14)]:
            if token.text in (",", ";", ".", "(") or token.lower_ in ("that", "which", "for", "to", "of"):
                break
            words.append(token.lower_)
        if any(w in reading.instance_nouns for w in words) and not any(w in reading.benchmark_nouns for w in words):
            return True
    return False


def _evaluated_object(words: tuple[str, ...], dataset: Located, rc: RelationCues) -> bool:
    """Whether the dataset is the direct object of an evaluation verb, with an evaluation
    preposition after it ("To evaluate LAMA-Net/iLAMA-Net, we conduct several experiments ... on
    popular benchmark datasets"): it is what is evaluated, on the data the preposition names."""
    verb = dataset.first - 1
    if verb < 0 or words[verb] not in rc.eval_verbs:
        return False
    if words[verb] in rc.eval_nounlike and (verb == 0 or words[verb - 1] not in rc.eval_verb_context):
        return False  # "on the benchmark FooBench": a noun before the name
    return any(w in ("on", "across") for w in words[dataset.last + 1 :])


def _glossed_part(view: SentenceView, e: Located) -> bool:
    """Whether a name is in a parenthesised list of two or more names right after a singular common
    noun ("we compare a Baseline protocol with a Modern protocol (AutoAugment/ColorJitter, CutMix, and
    Label Smoothing) on CIFAR-10"): the list glosses that noun; its names are its parts, not what is
    evaluated. Not after a plural ("several LLMs (GPT-4o, Claude)": examples of the evaluated)."""
    words = view.words
    open_at = next((j for j in range(e.first - 1, max(-1, e.first - 14), -1) if words[j] in ("(", ")")), -1)
    if open_at < 1 or words[open_at] != "(":
        return False
    close = next((j for j in range(e.last + 1, min(len(words), e.last + 14)) if words[j] in ("(", ")")), -1)
    if close < 0 or words[close] != ")":
        return False
    inside = [f for f in view.entities if open_at < f.first and f.last < close]
    noun = words[open_at - 1]
    glossed = noun.isalpha() and not noun.endswith("s") and not any(f.last == open_at - 1 for f in view.entities)
    return len(inside) >= 2 and glossed


def _setting_model(words: tuple[str, ...], verb: int, e: Located, reading: ReadingCues) -> bool:
    """Whether a Method/Model follows the evaluation verb and a setting preposition right away
    ("Evaluated on Qwen2.5-32B, FIPO increases AIME 2024 Pass@1"): the model the method runs on,
    not the system evaluated on the dataset."""
    return e.first == verb + 2 and words[verb + 1] in reading.eval_setting_preps


def _own_subject_after(view: SentenceView, head: Span, dataset: Located, rc: RelationCues) -> bool:
    """Whether "our"/"we"/"it" opens a clause after a comma between a name and the dataset ("Evaluated on
    RGB-to-SWIR translation with two denoiser backbones (U-Net and DiT), our approach improves ... on
    COCO"): the name only sets up the evaluation, the paper's method is what is evaluated."""
    words = view.words
    last = next((e.last for e in view.entities if e.span.start == head.start), -1)
    return last >= 0 and any(
        words[k] == "," and words[k + 1] in rc.own_words for k in range(last + 1, dataset.first - 1)
    )


def _evaluation_of_others(words: tuple[str, ...], dataset: Located, rc: RelationCues) -> bool:
    """Whether an experiment noun with "of" before the dataset has others' systems as its object
    ("Evaluation of different perception pipelines on nuScenes", "our comprehensive evaluation of 22
    LLMs on X", "Evaluations of state-of-the-art LiDAR-based PR methods on X"): they are evaluated, not
    the paper's proposal (:func:`_others_evaluated`); not "evaluations of different model sizes"."""
    for j in range(dataset.first - 2, -1, -1):
        if words[j] in rc.experiment_nouns and words[j + 1] == "of":
            return _others_evaluated(words[j + 2 : dataset.first], rc)
    return False


def _first_objects(view: SentenceView, heads: list[Span], reading: ReadingCues) -> list[Span]:
    """The heads of "we evaluate X (and Y) on D" up to a preposition after the first one: "We
    evaluate VLAA-GUI across five backbones, including Gemini 3.1 Pro, on X" evaluates VLAA-GUI;
    the backbones are its setting, as are "using the model UniAD", "on PixArt and FLUX". Not "compare X
    with Y", "evaluate X against Y": Y is evaluated too."""
    if len(heads) < 2:
        return heads
    words = view.words
    first = view.word_of(heads[0].end - 1)
    cut = next(
        (
            j
            for j in range(first + 1, len(words))
            if words[j] in reading.setting_preps
            and words[j] not in reading.comparison_preps
            or words[j] in reading.instrument_words
            and words[j] != "with"
        ),
        -1,
    )
    if cut < 0:
        return heads
    return [h for h in heads if view.word_of(h.start) < cut]


def _others_after(view: SentenceView, dataset: Located, rc: RelationCues) -> bool:
    """Whether an evaluation word after the dataset has an unnamed plural of other systems as
    its object ("(MedMistake-Bench), which we used to run a final evaluation of 12 frontier
    LLMs"): the dataset evaluates them, not the paper's proposal."""
    words = view.words
    k = next((k for k in range(dataset.last + 1, len(words)) if words[k].startswith("evaluat")), -1)
    return k > 0 and _others_evaluated(words[k + 1 : k + 9], rc)


def _others_reported(view: SentenceView, dataset: Located, ctx: PaperContext, rc: RelationCues) -> bool:
    """Whether what the sentence reports on the dataset is about others' systems: after the dataset, a
    "that" clause whose subject opens with an others word or a baseline noun ("Our experiments on Life-Bench
    reveal that existing methods falter ...", "Experiments on X demonstrate that while baseline completion
    networks perform reasonably ...") and no "our"/"we"/"it" nor the paper's name anywhere after it."""
    words = view.words
    that = next((k for k in range(dataset.last + 1, len(words)) if words[k] == "that"), -1)
    if that < 0:
        return False
    k = that + 1
    while k < len(words) and (words[k] in rc.subject_clauses or words[k] in ("the", ",")):
        k += 1
    if k >= len(words) or not (
        words[k] in rc.others_words or words[k] in reading_cues().baseline_nouns or _unnamed_plural(view, k, rc)
    ):
        return False
    rest = words[that + 1 :]
    if any(w in rc.own_words or w in reading_cues().own_object_words for w in rest):
        return False
    return not any(ctx.is_proposed(e) and e.first > that for e in view.entities)


def _others_subject(view: SentenceView, ctx: PaperContext, rc: RelationCues) -> bool:
    """Whether the sentence opens with an unnamed plural class of models as its subject ("Two open-source
    LLMs (Llama-3.1-8B and Qwen-2.5-7B) were evaluated on X", "Leading VLMs score below 40% on X"),
    with no "our"/"we"/"it" nor the paper's own name in it: its results are those models', not the
    paper's system's."""
    words = view.words
    if not _unnamed_plural(view, 0, rc):
        return False
    if any(w in rc.own_words or w in reading_cues().own_object_words for w in words):
        return False
    return not any(ctx.is_proposed(e) for e in view.entities)


def _unnamed_plural(view: SentenceView, k: int, rc: RelationCues) -> bool:
    """Whether the noun phrase opening at word ``k`` is an unnamed plural class of models, at most two
    lower-case modifiers before it ("leading LLMs", "open-source VLMs", "models"): others' systems."""
    words = view.words
    for j in range(k, min(len(words), k + 3)):
        if words[j] in rc.class_plurals:
            return True
        if not written_word(view, j).islower() or words[j] in rc.own_words or any(e.first == j for e in view.entities):
            return False
    return False


def _contrasted(view: SentenceView, dataset: Located, head: Span, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether a contrast clause after a comma, with a subject of its own, holds the dataset ("the
    full pipeline improves ..., whereas RL applied directly to the base models ..., with AIME
    scores near zero"): its results are that subject's. Not ", while reducing ...", ", while
    it/our ...", nor an opening "While prior methods fail, ours ... on X"."""
    words = view.words
    for j in range(dataset.first - 1, 0, -1):
        if words[j] in reading.contrast_clauses:
            nxt = next((w for w in words[j + 1 :] if w not in rc.adverbs and not w.endswith("ly")), "")
            end = next((k for k in range(dataset.last + 1, len(words)) if words[k] in (",", ";", ".")), len(words))
            return (
                words[j - 1] == ","
                and head.start < view.starts[j]
                and not nxt.endswith(("ing", "ed"))
                and nxt not in reading.own_study_nouns
                and not any(
                    w in rc.own_words or w in reading.own_object_words
                    for w in words[j + 1 : max(end, dataset.last + 5)]
                )
            )
    return False


def _own_purpose_object(purpose: tuple[str, ...], reading: ReadingCues) -> bool:
    """Whether the object of an opening purpose clause is the paper's own system: "our method", "its
    performance", "it", "this approach". "this" before any other noun ("To evaluate this setting",
    "this capability", "this hypothesis") names what the benchmark measures, not the system evaluated."""
    for j, w in enumerate(purpose):
        if w == "this":
            if j + 1 < len(purpose) and purpose[j + 1] in reading.own_system_nouns:
                return True
        elif w in reading.own_object_words:
            return True
    return False


def _purpose_data(view: SentenceView, ctx: PaperContext, rc: RelationCues, reading: ReadingCues) -> list[Located]:
    """The datasets a sentence introduces to evaluate the paper's own Method/Model: an opening
    purpose clause with an evaluation verb whose object is the paper's ("To evaluate our method,",
    "To prove the effectiveness of our model,", "To evaluate performance,"), then "we" and a propose
    verb before the dataset ("..., we present Wild-Explore, a benchmark ...").
    Not "To evaluate LLMs' ability, we introduce D" (others' systems), not a purpose naming training
    ("To support training and evaluation, we release A and B": which is which?), nor any dataset
    before the verb; a second dataset only as "..., and B, <apposition>"."""
    words = view.words
    if ctx.actor is None or len(words) < 6 or words[0] != "to":
        return []
    comma = next((j for j in range(2, min(len(words), 12)) if words[j] == ","), -1)
    if comma < 0 or comma + 2 >= len(words) or words[comma + 1] != "we":
        return []
    both = words[1] in rc.train_cues and words[2] == "and" and words[3] in reading.eval_purpose_verbs
    purpose = words[4 if both else 2 : comma]  # "To train and evaluate Drawing2CAD, we create D": one dataset
    if words[1] not in reading.eval_purpose_verbs and not both:
        return []  # not "To facilitate evaluation, we construct D" nor "For evaluation, ...": whose evaluation?
    if not (
        _own_purpose_object(purpose, reading)
        or any(ctx.is_proposed(e) and e.label in ACTORS and e.last < comma for e in view.entities)
        or purpose in (("performance",), ("effectiveness",))
    ):
        return []
    if any(e.label in ACTORS and not ctx.is_proposed(e) and e.last < comma for e in view.entities):
        return []  # "To evaluate GPT-4 and our method, ...": others are evaluated too
    if any(w in rc.train_cues for w in purpose):
        return []  # "To support training and evaluation, we introduce X-200K, ..., and X-Eval": which is which?
    verb = comma + 2
    while verb < len(words) and words[verb] in rc.adverbs:
        verb += 1
    if verb >= len(words) or not (words[verb] in _INTRODUCING or words[verb] in reading.introducing_verbs):
        return []
    data = [e for e in view.entities if e.label == "Dataset" and e.first > verb]
    if not data or data[0].first > verb + 6:
        return []
    more = [  # "we propose two benchmarks: A, which ..., and B, based on ...": the second one introduced
        e for e in data[1:] if view.words[e.first - 1] == "and" and e.last + 1 < len(words) and words[e.last + 1] == ","
    ]
    if both and (more or len(data) > 1):
        return []  # "To train and evaluate X, we build A and B": which one is the test set?
    return data[:1] + more


def _technique_instance(view: SentenceView, head: Span, reading: ReadingCues) -> bool:
    """Whether the head is an established technique (a lexicon name with a lower-case id: "TTA", "SFT")
    that the sentence does not name, or that names an instance built with it: right before an instance
    noun ("a basic entropy-minimization TTA strategy achieves ... on ImageNet-R", "a two-stage SFT recipe on
    X", "six RAG system configurations") or before "with" and a name ("continual pre-training with LinkQA
    yields ... on MMLU"). What is evaluated there is the paper's system or that instance, not the
    technique; "influence functions effectively identify ... on CEBaB" keeps the technique as the head."""
    if not established_technique(head):
        return False
    located = _located(view, head)
    if located is None:
        return True  # "we evaluate our approach on X" resolved to an established technique
    words, j = view.words, located.last + 1
    if j < len(words) and words[j] in reading.technique_instance_nouns:
        return True
    return j + 1 < len(words) and words[j] == "with" and any(e.first == j + 1 for e in view.entities)


def _phenomenon_head(head: Span, reading: ReadingCues) -> bool:
    """Whether a Method/Model head names a phenomenon the paper observes, not a system: its name, or the
    long form the abstract defines for it, ends in a phenomenon noun ("we observe an Easy-Options Bias (EOB)
    issue in ... benchmarks such as MMStar", "the Rescue Effect"). A lexicon name keeps its reading."""
    name = head.text.lower()
    if name in lexicon_forms("Method") or name in lexicon_forms("Model"):
        return False
    forms = [head.text, *long_forms(head.doc, head.text)]
    return any(f.replace("-", " ").split()[-1].lower() in reading.phenomenon_heads for f in forms if f.split())
