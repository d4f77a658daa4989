"""The evaluated_on reading of one sentence (:func:`evaluated_on`): its datasets, its head and the
readings that rule a pair out."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.claims.subjects import ACTORS, PaperContext
from claimgraph.extract.relations.guards import glued_modifier, reading_cues, speed_subject
from claimgraph.extract.relations.pairs.eval_cues import (
    _eval_verb,
    _glued_training,
    _in_eval_slot,
    _introduced,
    _proposed_result,
    _trained,
    _training_data,
)
from claimgraph.extract.relations.pairs.eval_subjects import (
    _actor_before,
    _instrument,
    _listed_models,
    _other_subject,
    _participle_subject,
    _score_subject,
    _variant_lead,
)
from claimgraph.extract.relations.pairs.heads import (
    _component_for_whole,
    _data_maker_stand_in,
    _default_head,
    _models_of_data_maker,
    _named_variant,
    _paper_head,
    _product_subject,
    _unnamed_own,
    _untagged_subject,
)
from claimgraph.extract.relations.pairs.non_datasets import (
    _acronyms_of_tasks,
    _apposed_data,
    _beaten_data,
    _described_data,
    _hardware,
    _kind_named,
    _kind_of_data,
    _metric_like,
    _model_listed,
    _model_peer,
    _named_after,
    _names_models,
    _scored_measure,
    _size_unit,
    _slash_piece,
    _speedup_on,
    _task_named,
)
from claimgraph.extract.relations.pairs.others import (
    _contrasted,
    _evaluated_object,
    _evaluation_of_others,
    _first_objects,
    _glossed_part,
    _others_after,
    _others_evaluated,
    _others_reported,
    _others_subject,
    _own_subject_after,
    _phenomenon_head,
    _proposed_method_name,
    _purpose_data,
    _setting_model,
    _technique_instance,
    _theory_tested,
)
from claimgraph.extract.relations.pairs.sentences import (
    RelationMatch,
    _explicit,
    _host,
    _made_with_prefix,
    _modified,
    _score,
    _Sentence,
    _stands_for_class,
    _unmodified,
)


def evaluated_on(s: _Sentence, ctx: PaperContext, rc: RelationCues, scored_only: bool = False) -> list[RelationMatch]:
    """Method/Model -> Dataset relations of one sentence. With ``scored_only`` (a sentence the
    paper gives as background or about others), only a system named before a score verb is a
    head ("... the strongest evaluated model, Gemini 3.1 Pro, achieves only 71.1% on X")."""
    view, words = s.view, s.view.words
    datasets = [e for e in view.entities if e.label == "Dataset"]
    if not datasets:
        return []
    reading = reading_cues()
    if scored_only and view.present.isdisjoint(reading_cues().score_verbs):
        return []
    if not scored_only and ctx.actor is not None and view.words[0] == "to":
        purposed = _purpose_data(view, ctx, rc, reading)
        if purposed:  # "To evaluate our method, we present Wild-Explore, a benchmark ..."
            return [
                RelationMatch(ctx.actor, "evaluated_on", d.span, view.sentence, _score(0.60, False, s.hedged))
                for d in purposed
            ]
    verb = _eval_verb(view, rc)
    if verb < 0 and s.claim is None and view.present.isdisjoint(rc.eval_cues):
        return []
    found = []
    default = None if scored_only else _default_head(s, ctx)
    listed = frozenset(j for d in datasets for j in range(d.first, d.last + 1))
    listed_models = _listed_models(view, s, rc) if default is None and not scored_only else []
    for dataset in datasets:
        if _trained(words, dataset.first, dataset.last, rc, listed):
            continue
        if glued_modifier(view, dataset, rc) or _glued_training(words, dataset, rc):
            continue  # "seven WSI-level tasks over Camelyon16": a modifier, not the dataset evaluated on
        if dataset.key in reading.language_names or dataset.key in reading.programming_languages:
            continue  # "on aggregate English and German benchmarks", "on C# and Java datasets": a language
        if _size_unit(view, dataset):
            continue  # "On a 1 TB dataset with 1 KB values": a size, no dataset
        if _model_peer(view, dataset):
            continue  # "20.1% on Qwen3-VL-8B and 20.1% on GLM-4.1V-Thinking": a model, typed as a dataset
        if _model_listed(view, dataset):
            continue  # "benchmarks such as VGG-11, ResNet-18, and EfficientNetLite": a model, typed as a dataset
        if _beaten_data(words, dataset, listed):
            continue  # "Darwin-CC ... surpassing DCLM, Ultra-FineWeb, and FineWeb-Edu": rival data, no benchmark
        if _slash_piece(view, dataset, rc):
            continue  # "on the public TRAIL/GAIA dataset": a piece of the benchmark's name
        if _kind_named(view, dataset, reading):
            continue  # "the planner LAMA": a system of that kind, typed as a dataset
        if _hardware(view, dataset, reading):
            continue  # "Extensive evaluations on NVIDIA H20 GPUs": hardware, not a dataset
        if _names_models(view, dataset, rc, reading):
            continue  # "11.1% on CLIP-family models": models, not a dataset
        if _metric_like(words, dataset, listed, reading) or _scored_measure(view, dataset, listed, rc):
            continue  # "2.70% on mAP@3+tgt", "on SIM, CC, NSS and AUC-J metrics": a metric typed as a dataset
        if _acronyms_of_tasks(view, dataset, listed, reading):
            continue  # "achieves the state-of-the-art results on both GRES and GREC tasks": tasks, not datasets
        if _task_named(view, dataset, ctx, reading):
            continue  # "on practical, non-tutorial CFD tasks": a task or domain, not a dataset
        if _proposed_method_name(dataset.span, ctx, reading):
            continue  # "We introduce DAVIS, a post-hoc technique ...": the paper's method, typed as a dataset
        if _evaluated_object(words, dataset, rc):
            continue  # "To evaluate LAMA-Net, we conduct experiments ... on benchmark datasets": what is evaluated
        scorers = _score_subject(view, dataset, s, rc)
        if scored_only and not scorers:
            continue
        if ctx.is_proposed(dataset) and default is None and not listed_models and not scorers:
            continue
        if _introduced(words, dataset.first, verb, rc) and not _proposed_result(view, dataset, ctx):
            continue
        if _training_data(words, dataset.last, rc):
            continue
        if _speedup_on(words, dataset, listed, reading) and speed_subject(dataset.span, reading):
            continue  # "1.35x and 1.50x speedups on LongLive and Self Forcing": models the speed is measured on
        if _named_after(view, dataset, rc):
            continue  # "we establish the first ... Dataset for UGC images, termed ViDA-UGC": its name
        if not 0 <= verb < dataset.first and _apposed_data(words, dataset, rc):
            continue  # "an evaluation benchmark, AesVideo-Bench, containing 2500 pairs": introduced
        if not _in_eval_slot(view, dataset, listed, rc) or _kind_of_data(view, dataset, rc):
            continue
        heads: list[Span] = []
        if 0 <= verb < dataset.first and not scored_only:
            heads = [
                e.span
                for e in view.entities
                if verb < e.first < dataset.first
                and e.label in ACTORS
                and e.first not in s.compared
                and _modified(view, e) is None
                and not _instrument(view, e)
                and not _host(view.words, e)
            ]
            if any(_setting_model(words, verb, e, reading) for e in view.entities if e.label in ACTORS):
                heads = []  # "Evaluated on Qwen2.5-32B, FIPO extends the chain-of-thought length ...": the subject's
            heads = [h for h in heads if not _own_subject_after(view, h, dataset, rc)]
            heads = _first_objects(view, heads, reading)
        base = 0.75 if verb >= 0 else 0.60
        if not heads and 0 <= verb < dataset.first and not scored_only:
            opened = _participle_subject(view, verb, dataset)
            heads = [opened.span] if opened is not None else []  # "When evaluated on X, GroundNext attains ..."
        if (
            scorers
            and not heads
            and (
                default is None
                or any(e.span.start == default.start for e in scorers)  # "X and Y achieve": the whole list
                or default is ctx.proposed
                and not any(ctx.is_proposed(e) for e in scorers)
                and not _variant_lead(view, scorers[0])
            )
        ):
            heads = [e.span for e in scorers]  # "Our strongest model, InternVL3, achieved 0.74 on X": its score
        if not heads and default is None:
            heads = listed_models  # "drops on MATH-P-Hard across various models, including o1-mini"
        if not heads and default is not None:
            others = _other_subject(view, dataset, s, ctx) if default is ctx.proposed else None
            if others is not None:
                # "The VideoMAE model achieves 75.58% on X": the named subject's result, not the proposed
                # entity's; none for "our fine-tuned Qwen2.5-VL reaches 51.7% on X" (the paper's variant)
                own = None if others else _named_variant(view, default, 0, dataset.first)
                heads = [e.span for e in others] or ([own.span] if own is not None else [])
                if not heads:
                    continue  # not for "our fine-tuned Qwen2.5-VL"; "our FooNet-8B" for FooNet is named
            elif (
                default is ctx.proposed
                and 0 <= verb < dataset.first
                and _others_evaluated(words[verb + 1 : dataset.first], rc)
            ):
                continue  # "we benchmark several pose estimation models on X": not the proposed entity
            elif not _explicit(default, view) and _theory_tested(view, reading):
                continue  # "We test these predictions on CIFAR-10": a theory is tested, not the paper's system
            elif default is ctx.proposed and _evaluation_of_others(words, dataset, rc):
                continue  # "Evaluation of different perception pipelines on nuScenes": others are evaluated
            elif ctx.is_proposed(dataset) and verb < 0 and s.claim is None and not _actor_before(view, dataset, ctx):
                continue  # "examples in DA-Code are based on real data": describes the paper's dataset
            elif default is ctx.proposed and _others_after(view, dataset, rc):
                continue  # "(X-Bench), which we used to run an evaluation of 12 frontier LLMs": others evaluated
            elif not _explicit(default, view) and (
                _others_reported(view, dataset, ctx, rc) or _others_subject(view, ctx, rc)
            ):
                continue  # "Our experiments on Life-Bench reveal that existing methods falter ...": others'"
            elif _contrasted(view, dataset, default, rc, reading) or (
                not _explicit(default, view) and _untagged_subject(view, 0, dataset.first, ctx, rc, reading)
            ):
                continue  # ", whereas RL on the base models ... AIME"; "Our largest model, Phi4-mini-Flash, ... X"
            else:
                if not _explicit(default, view) and _described_data(view, dataset, verb, rc, reading):
                    continue  # "ObfusQA provides a comprehensive benchmark for evaluating LLMs": a description
                variant = None if _explicit(default, view) else _named_variant(view, default, 0, dataset.first)
                head = variant.span if variant is not None else _paper_head(default, view, ctx, reading)
                if _unnamed_own(head, view):
                    continue  # "we evaluate our method on X" for "a weighted convolution operator": no name
                if _component_for_whole(head, view, ctx, reading):
                    continue  # "our method achieves ... on FoggyLane" for the Kernel Feature Fusion Module
                if (
                    not _explicit(head, view)
                    and head.label_ == "Method"
                    and _product_subject(words, dataset.first, reading)
                ):
                    continue  # "The resulting model achieves 41.5% on WebArena": the model made with the method
                if not _explicit(head, view) and _models_of_data_maker(words, dataset.first, head, ctx, rc, reading):
                    continue  # "Our models ... on tau-bench" in a paper on APIGen-MT, a data pipeline
                if _data_maker_stand_in(head, view, len(words), ctx, rc, reading):
                    continue  # "40% improvement on AGIEval" in a paper on AgentInstruct: the trained model's
                heads = [head]
        heads = [
            h
            for h in (_unmodified(view, h) for h in heads)
            if not _stands_for_class(view, h, ctx, rc)
            and not _made_with_prefix(view, h, ctx)
            and not _technique_instance(view, h, reading)
            and not _phenomenon_head(h, reading)
        ]
        glossed = {e.span.start for e in view.entities if _glossed_part(view, e)}
        heads = [h for h in heads if h.start not in glossed]  # "a Modern protocol (CutMix, ...)": its parts
        for head in heads:
            found.append(
                RelationMatch(
                    head, "evaluated_on", dataset.span, view.sentence, _score(base, _explicit(head, view), s.hedged)
                )
            )
    return found
