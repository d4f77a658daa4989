"""evaluated_on on the paper's own benchmark that a result sentence points to without naming it, in a paper
that also proposes a Method or Model (:func:`pointed_benchmark`): "We also develop FooBench, a benchmark
for ... . Our 9B model ... achieves state-of-the-art performance on this benchmark", "... with the leading
model Gemini-3.0-Pro only achieving 51% on our benchmark"; and on the benchmark a sentence shortly before
introduces for evaluation (:func:`implied_benchmark`): "To support evaluation, we introduce FooBench, ... .
Experiments demonstrate that FooNet achieves state-of-the-art results". The fact is shown with the passage
from the sentence that names the benchmark."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.claims.subjects import PaperContext
from claimgraph.extract.entities.name_cues import name_cues
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.relations.guards import ReadingCues, reading_cues
from claimgraph.extract.relations.pairs.benchmarks import _noun_after_our, passage_sentences
from claimgraph.extract.relations.pairs.evaluations import evaluated_on
from claimgraph.extract.relations.pairs.sentences import RelationMatch, _score, _Sentence


def pointed_benchmark(
    s: _Sentence, views: list[SentenceView], ctx: PaperContext, rc: RelationCues
) -> list[RelationMatch]:
    """The evaluated_on facts of a sentence after the propose sentence that names no Dataset and points to
    a benchmark of the paper's own after an evaluation preposition ("on this benchmark", "across our new
    benchmark"; ``pointer_determiners``, a singular benchmark noun): the benchmark is the proposed Dataset
    named nearest before, at most ``PASSAGE_BACK`` sentences back in the abstract; the head is read as for
    a named dataset at the pointer's place (the paper's method, a scored model). Only in a claim or a sentence
    with a score verb. Not in a pure benchmark
    paper (no proposed Method/Model: :func:`benchmarks.benchmarked` reads those)."""
    view = s.view
    if ctx.actor is None or ctx.propose_index is None or view.index <= ctx.propose_index:
        return []
    if any(e.label == "Dataset" for e in view.entities):
        return []
    reading = reading_cues()
    if s.claim is None and view.present.isdisjoint(reading.score_verbs):
        return []  # "Building on this dataset, we define three core tasks ...": no result stated
    pointer = _benchmark_pointer(view.words, rc, reading)
    if pointer is None:
        return []
    named = _naming_sentence(views, view, ctx)
    if named is None:
        return []
    start, bench = named
    located = Located(bench, pointer[0], pointer[1], bench.text.lower(), "Dataset")
    entities = tuple(sorted((*view.entities, located), key=lambda e: e.first))
    found = evaluated_on(replace(s, view=replace(view, entities=entities)), ctx, rc)
    passage = view.sentence.doc[start.sentence.start : view.sentence.end]
    key = bench.text.lower()
    return [
        RelationMatch(r.head, r.relation, r.tail, passage, r.confidence)
        for r in found
        if r.tail.start == bench.start and r.tail.end == bench.end and r.head.text.lower() != key
    ]


def _benchmark_pointer(words: tuple[str, ...], rc: RelationCues, reading: ReadingCues) -> tuple[int, int] | None:
    """The first and last word of "this/our (up to two lower-case words) <singular benchmark noun>" right
    after an evaluation preposition ("on this benchmark", "on our challenging benchmark"), or None; not after
    a participle or class link ("Building on this dataset", "based on our benchmark")."""
    nouns = reading.benchmark_nouns
    for j in range(1, len(words) - 1):
        if words[j] not in reading.pointer_determiners or words[j - 1] not in rc.eval_preps:
            continue
        if j > 1 and (words[j - 2] in reading.class_links or words[j - 2].endswith("ing")):
            continue  # "Building on this dataset, we ...", "based on our benchmark": what is built, not evaluated
        for k in range(j + 1, min(j + 4, len(words))):
            w = words[k]
            if w in nouns:
                return (j, k) if w[:-1] not in nouns else None  # "our benchmarks": which one is not said
            if not (w.isalpha() and w.islower()):
                break
    return None


def _naming_sentence(
    views: list[SentenceView], view: SentenceView, ctx: PaperContext
) -> tuple[SentenceView, Span] | None:
    """The nearest abstract sentence before ``view`` in which its passage may start
    (:func:`benchmarks.passage_sentences`) that names a proposed Dataset, with that Dataset's span there
    (the last one it names); None when there is none."""
    for before in passage_sentences(views, view):
        named = _proposed_datasets(before, ctx)
        if named:
            return before, named[-1].span
    return None


def _proposed_datasets(view: SentenceView, ctx: PaperContext) -> list[Located]:
    """The proposed Datasets the sentence names."""
    return [e for e in view.entities if e.label == "Dataset" and ctx.is_proposed(e)]


def implied_benchmark(
    s: _Sentence, views: list[SentenceView], ctx: PaperContext, rc: RelationCues
) -> list[RelationMatch]:
    """evaluated_on for the paper's Method/Model, named in a result sentence that opens with an experiment
    noun and names no data ("Experiments demonstrate that FullDiT achieves state-of-the-art results"), on
    the proposed Dataset that the nearest sentence naming one, at most ``PASSAGE_BACK`` sentences before,
    introduces for evaluation or as a benchmark ("We further introduce FullBench for multi-task video
    generation evaluation."; :func:`_introducing_sentence`): the experiments the abstract goes on to report
    are on it. A result farther than the next sentence names the system or "our approach" itself
    (:func:`_own_system_named`; not "Experiments show consistent gains"). The fact shows the passage. Not
    when the sentence names a dataset or a data noun ("Experiments across four datasets show ...": other
    data), nor when its subject is not the paper's proposed Method/Model (named, or "our method" resolved to
    it) or it names another system outside a comparison ("evaluations on 20 LLMs (including GPT-5.4)
    demonstrate ...")."""
    view = s.view
    if ctx.actor is None or ctx.propose_index is None or view.index <= ctx.propose_index or s.claim is None:
        return []
    reading = reading_cues()
    words = view.words
    if any(e.label == "Dataset" for e in view.entities) or any(w in reading.benchmark_nouns for w in words):
        return []
    if not any(w in rc.experiment_nouns for w in words[:3]):
        return []
    subject = s.claim.subject
    if subject is None or subject.label_ not in ("Method", "Model") or not ctx.is_proposed(subject):
        return []
    if any(
        e.label in ("Method", "Model") and not ctx.is_proposed(e) and e.first not in s.compared for e in view.entities
    ):
        return []  # "Extensive evaluations on 20 LLMs (including GPT-5.4 ...) demonstrate ...": others' results
    if _unnamed_systems_evaluated(view, s, subject, rc):
        return []  # "Our evaluation across representative EAI models shows ...": others' systems
    stated = any(e.span.start == subject.start for e in view.entities) or _own_system_named(words, reading)
    found = _introducing_sentence(views, view, ctx, rc, reading, stated)
    if found is None:
        return []
    before, named = found
    passage = view.sentence.doc[before.sentence.start : view.sentence.end]
    return [RelationMatch(subject, "evaluated_on", named[0].span, passage, _score(0.55, True, s.hedged))]


def _own_system_named(words: tuple[str, ...], reading: ReadingCues) -> bool:
    """Whether "our" or "proposed" is followed within three words by a system noun (``own_system_nouns``: "our
    approach", "the proposed framework"); not "our results", "our evaluation of nine LLMs"."""
    return any(
        w in ("our", "proposed") and _noun_after_our(words, j, reading.own_system_nouns) for j, w in enumerate(words)
    )


def _introducing_sentence(
    views: list[SentenceView],
    view: SentenceView,
    ctx: PaperContext,
    rc: RelationCues,
    reading: ReadingCues,
    stated: bool,
) -> tuple[SentenceView, list[Located]] | None:
    """The nearest sentence before ``view`` in which its passage may start (:func:`benchmarks.passage_sentences`)
    that names a proposed Dataset, with the proposed Datasets it names, when it introduces them for evaluation
    (``evaluation_purpose_words``) or as a benchmark (``evaluation_set_nouns``: "We further introduce TASLE, a
    large-scale benchmark comprising ..."; not "a large-scale dataset", often training data) or by a name that
    ends like a benchmark's with no training word in the sentence (:func:`_benchmark_named`: "We construct
    MMD-Bench, covering ..."; not "To enable pretraining, we curate FooBench"), and is the sentence right before
    ``view`` or ``stated`` (the result sentence names the system itself); else None. When ``stated``, a sentence
    that only describes the Dataset ("CIE-Bench encompasses diverse scenarios ...") lets the search go on to the
    sentence before that introduces the same Dataset."""
    described: set[str] = set()
    for before in passage_sentences(views, view):
        named = _proposed_datasets(before, ctx)
        if not named:
            continue  # the first proposed name is the one introduced ("COCO-Open, an expanded version of COCO-Mixed")
        if described and described.isdisjoint(e.key for e in named):
            return None
        purpose = not before.present.isdisjoint(reading.evaluation_purpose_words)
        kind = not before.present.isdisjoint(reading.evaluation_set_nouns)
        if not kind and before.present.isdisjoint(rc.train_cues):
            kind = any(_benchmark_named(e.span.text) for e in named)  # "We construct MMD-Bench, covering ..."
        if before.index < view.index - 1 and not stated:
            return None
        if purpose or kind:
            return before, named
        if not stated:
            return None
        described = {e.key for e in named}  # "CIE-Bench encompasses ...": the sentence before may introduce it
    return None


def _benchmark_named(text: str) -> bool:
    """Whether a Dataset's name says it is a benchmark by its ending ("MMD-Bench", "FooEval", also before a count:
    "FooBench-500"; the entity stage's ``dataset_name_endings`` and ``dataset_number_suffix``)."""
    cues = name_cues()
    return cues.dataset_number_suffix.sub("", text).endswith(cues.dataset_name_endings)


def _unnamed_systems_evaluated(view: SentenceView, s: _Sentence, subject: Span, rc: RelationCues) -> bool:
    """Whether a plural class noun stands in the sentence's opening, before "that", a comparison marker
    and the named subject ("Our evaluation across representative EAI models shows attack success rates
    ...", "Experiments on 19 large multimodal models show that ..."): the experiments are about those
    systems, not only the paper's."""
    words = view.words
    ends = [j for j, w in enumerate(words) if w == "that"][:1] + [i for i, _ in s.marks]
    ends += [e.first for e in view.entities if e.span.start == subject.start]
    end = min(ends, default=len(words))
    return any(w in rc.class_nouns for w in words[:end])
