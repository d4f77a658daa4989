"""The reading of every number of a claim sentence: the order in which the rules of the other modules
decide its role (size or cost, statistic, share, from-to, change, bound, baseline, setting, score), its owner
and variant, the corrections of its metric, and its dataset (see the package docstring)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.numbers.baselines import (
    _bracketed_baseline,
    _class_bracket,
    _compared_clause,
    _entity_before,
    _marker_before,
    _own_labelled,
)
from claimgraph.extract.claims.numbers.changes import (
    _bracket_after_change,
    _bracket_then_change,
    _change_across_bracket,
    _change_after_metric,
    _change_in_metric_before,
    _changed_metric_before,
    _comparative_after,
    _glossed_metric_then_change,
    _is_change,
    _list_goes_on,
    _shared_change_noun,
    _unknown_then_change,
)
from claimgraph.extract.claims.numbers.datasets import _dataset_for
from claimgraph.extract.claims.numbers.direction import direction, is_relative
from claimgraph.extract.claims.numbers.match import ComparisonMatch
from claimgraph.extract.claims.numbers.metric_binding import _bind_metrics
from claimgraph.extract.claims.numbers.metrics import (
    _cost_metric,
    _cost_ratio,
    _foreign_label,
    _metric_family,
    _score_metric,
    metric_mentions,
)
from claimgraph.extract.claims.numbers.name_lists import _glossed_name_list, _name_list, _respective_names
from claimgraph.extract.claims.numbers.non_scores import (
    _after_share_verb,
    _correlated,
    _is_bound,
    _is_count,
    _is_fraction,
    _is_interval_bound,
    _is_setting,
    _is_statistic,
    _is_year,
    _listed_after_bound,
    _negated,
    _operating_point_metric,
    _rank_cutoff_after,
    _relative_to,
    _size_or_cost,
)
from claimgraph.extract.claims.numbers.number_lists import _by_position, _number_run, _spread_over_lists
from claimgraph.extract.claims.numbers.owner_roles import _owner_role
from claimgraph.extract.claims.numbers.owners import (
    _actor_before_contrast,
    _contrast_clause_actor,
    _owner,
    _unknown_names,
)
from claimgraph.extract.claims.numbers.qualifiers import _qualified_base, _variant_owner
from claimgraph.extract.claims.numbers.ranges import _arrow_range, _changed_in_bracket, _from_to, _scaled_before
from claimgraph.extract.claims.numbers.unnamed_owners import (
    _ablation,
    _component_subject,
    _indefinite_system,
    _unnamed_rival,
)
from claimgraph.extract.claims.numbers.whole_names import _technique_owner, _whole_name
from claimgraph.extract.claims.numbers.words import _ACTORS, _parsed, _Places, _word_text, _written
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.pipeline.token_table import span_text
from claimgraph.extract.quantities.number_cues import NumberCues, number_cues
from claimgraph.extract.quantities.units import PHYSICAL_UNITS


def comparisons(
    view: SentenceView, baselines: tuple[Located, ...], cues: ClaimCues, subject: Span | None = None
) -> tuple[ComparisonMatch, ...]:
    """One :class:`ComparisonMatch` per number of the sentence (see module doc).

    ``subject`` is the claim's subject when known: a number the sentence ties
    to another Model or Method is that one's, a baseline's score.
    """
    nc = number_cues()
    quantities = view.quantities
    metrics = metric_mentions(view, cues)
    bound = _bind_metrics(view, metrics, nc)
    places = _Places(
        numbers=frozenset(i for q in quantities for i in range(q.first, q.last + 1)),
        metrics=frozenset(i for m in metrics for i in range(m.first, m.last + 1)),
        datasets=frozenset(i for e in view.entities if e.label == "Dataset" for i in range(e.first, e.last + 1)),
    )
    owners: list[Located] = []  # the names earlier numbers of the sentence were tied to
    unknown: frozenset[int] | None = None  # words that look like names no entity covers
    datasets = [e for e in view.entities if e.label == "Dataset"]
    pairs = _from_to(view, quantities, nc, places.metrics)
    from_to = {quantities[k].span for k in pairs}
    words = view.words
    found = []
    roles: dict[int, str | None] = {}  # index -> role of the numbers read so far
    previous: tuple[Located, str] | None = None
    tied_to: dict[int, Located] = {}  # index -> the name a number was tied to in its clause
    ablated = _ablation(words, nc)
    for index, quantity in enumerate(quantities):
        match = _parsed(quantity)
        unit = getattr(match, "unit", None)
        heading = direction(view, quantity, cues)
        listed = previous is not None and previous[0].last >= quantity.first - 3
        if heading == "unknown" and listed:
            heading = previous[1]  # "by 13.4% and 9.8%", "2x to 5x"
        previous = (quantity, heading)
        metric, how = bound[index]
        role = _size_or_cost(match, nc)
        model: Located | None = None
        if role is None:
            named = _entity_before(view, quantity, ("Model", "Method"))
            marker = _marker_before(words, quantity.first, nc)
            is_baseline = named is not None and any(named.span == b.span for b in baselines)
            bracketed, compared = _bracketed_baseline(view, quantity, nc)
            versus = quantity.last + 1 < len(words) and words[quantity.last + 1] in nc.versus_words
            labelled = _own_labelled(words, quantity.first, nc)  # "(ours: 0.72, imaging-only: 0.75 AUC)"
            if versus or labelled:  # "(35.5 vs 29.6)": the first number is the subject's
                is_baseline = bracketed = marker = False
            elif labelled is False:
                bracketed, compared, named = True, None, None
            if _is_statistic(view, quantity, nc):
                role, metric = None, None  # "P<0.001", "OR 3.14", "95% CI"
            elif _is_interval_bound(view, quantities, index, nc) or _is_count(view, quantity, places.numbers):
                role, metric = None, None  # "74.4% (69.9, 78.8%)": a confidence interval; "183 of 200": a count
            elif _is_fraction(view, quantity, nc, unit) or (unit == "%" and _after_share_verb(words, quantity, nc)):
                role, metric = None, None  # "retains 99% of accuracy", "retaining up to 95.4% mIoU": a share
            elif index in pairs and not _written(quantity).startswith("+"):  # "from +8 mIoU to +2 mIoU": changes
                role = pairs[index]
                if role == "score" and _is_bound(view, quantity, nc):
                    role = None  # "F1 improves from 0.66 to over 0.80"
            elif (
                _is_change(view, quantity, unit, cues)
                or _change_after_metric(view, quantity, metric, how)
                or _changed_metric_before(view, quantity, metric, how)
                or _unknown_then_change(view, quantity)
                or _bracket_then_change(view, quantity, places.metrics)
                or _comparative_after(view, quantity, places, nc)
                or _shared_change_noun(view, quantities, index, places)
                or _glossed_metric_then_change(view, quantity, places)
                or _change_in_metric_before(view, quantity, places)
                or _bracket_after_change(view, quantity, found, quantities[index - 1] if index else None)
                or heading == "within"
                or (
                    found
                    and found[-1].role == "change"
                    and found[-1].quantity == quantities[index - 1].span
                    and (listed or _list_goes_on(view, quantities[index - 1], quantity, places))
                )
                or _change_across_bracket(view, quantities, index, roles, places)
            ):
                role = "change"
            elif (
                _is_bound(view, quantity, nc)
                or _negated(view, quantity, nc)
                or _listed_after_bound(view, quantities, index, nc, places.metrics)
            ):
                role = None  # "over 80%", "no model reaches 60%": a bound, no score
            elif unit == "%" and _relative_to(view, quantity, metric, how):
                role, metric = None, None  # "90% SSIM relative to the full-precision model": a ratio
            elif is_baseline or marker or bracketed or _compared_clause(words, quantity.first, nc):
                role = "baseline"
                model = named or compared
            elif versus:
                role = "score"
            elif _is_year(match) and metric is None:
                role = None
            elif _is_setting(view, quantity, metric, how, nc, metrics):
                role, metric = None, None  # "at 0.7 IoU threshold": a setting, no score
            elif (
                metric is not None
                or unit in ("%", "points")
                or (match is not None and not float(match.value).is_integer())
            ):
                role = "score"
                model = named
            if role in ("score", "baseline") and not versus:
                if unknown is None:
                    unknown = _unknown_names(view, nc)  # once per sentence, when a number needs an owner
                tied, owner = _owner(view, quantity, metric, how, nc, places, unknown)
                if (
                    not tied
                    and index - 1 in tied_to
                    and _measure_list_goes_on(view, quantities[index - 1], quantity, nc)
                ):
                    tied, owner = True, tied_to[index - 1]  # "X achieves 99.9% parse success and 95.8% accuracy"
                if tied and owner is not None:
                    tied_to[index] = owner
                if not tied:
                    tied, owner = _contrast_clause_actor(view, quantity, nc, unknown, subject, places.metrics)
                glossed: list[Located | None] = []
                if not tied:
                    # "to Mamba (state-space), RWKV-4 (...), and RecurrentGemma (...), achieving 0.963, 0.972, and
                    # 0.936 AUC respectively": a list of names glossed in brackets, one number each
                    start, end = _number_run(words, quantities, index, places.metrics)
                    glossed = _glossed_name_list(view, quantities[start].first) if end > start else []
                    if len(glossed) != end - start + 1:
                        glossed = _respective_names(view, quantities[start].first, end - start + 1)
                    if len(glossed) == end - start + 1:
                        tied, owner = True, next(g for g in reversed(glossed) if g is not None)
                    else:
                        glossed = []
                peers = glossed or (_name_list(view, owner) if tied and owner is not None else [])
                if len(peers) > 1:  # "A, B and C achieve 61%, 70% and 75%": by position, or none
                    start, end = _number_run(words, quantities, index, places.metrics)
                    owner = _by_position(peers, start, end, index)
                    if owner is None and len(peers) == end - start + 1:
                        tied, role, model = False, "baseline", None  # the score of a member we cannot name
                    elif owner is None:
                        tied, model = False, None
                    peers = [p for p in peers if p is not None]
                if tied:
                    role, model = _owner_role(view, owner, role, model, subject, baselines, owners, peers)
        if (
            role == "score"
            and getattr(match, "high", None) is not None
            and (
                _arrow_range(_written(quantity), nc)
                or (
                    " to " in _written(quantity)
                    and (
                        heading in ("increase", "decrease")
                        or _scaled_before(words, quantity.first, nc)
                        or _changed_in_bracket(words, quantity.first, nc)
                    )
                )
            )
        ):
            role = "change"  # "triple X's accuracy (32.5% to 89.5%)", "from a to b on A and c to d on B", "a$\to$b"
        if role == "score":
            model = (
                _variant_owner(view, quantities, index, model, subject, places, nc)
                or _qualified_base(view, quantity, model, subject, nc, cues)
                or model
            )
        named_subject = subject is not None and subject.label_ in _ACTORS
        if (
            role == "score"
            and model is None
            and _unnamed_rival(view, quantity, nc, cues, places.metrics, named_subject)
        ):
            role = "baseline"  # "lightweight detectors delivered (up to 77% mAP)": a class of others' models
        if role == "score" and model is None and named_subject and _indefinite_system(view, quantity, nc, cues):
            role = "baseline"  # "a point transformer model provided the best performance reaching 87.9%"
        if role == "score" and model is None:
            model = _component_subject(view, quantity, nc, cues, places.metrics)  # "adversarial review achieves 74%"
        if role == "score" and model is None and named_subject:
            model = _actor_before_contrast(view, quantity, subject, nc)  # "X ... 0.71 F1, while <subject> ..."
        if role == "score":
            owner_or_subject = model if model is not None else subject
            model = (
                _technique_owner(view, quantity, owner_or_subject, places, nc)  # "the agent-based RAG approach"
                or _whole_name(view, owner_or_subject, places, nc)  # "Bangla BERT"
                or model
            )
        if role == "score" and ablated and model is None:
            role = "baseline"  # "Removing X drops accuracy to 17.91%": an ablated variant's score
        if role == "size" or (role in ("cost", "change") and how == "list" and (unit == "x" or role == "cost")):
            metric = None
        if role in ("score", "baseline") and metric is not None and _cost_ratio(metric, nc):
            role = "cost"  # "a 4.71% compression ratio": a setting or cost of the method, no score
        if role == "score" and unit == "%" and metric is not None and not _score_metric(metric, nc):
            role = "change"  # "we reduce 40% FLOPs", "0.1% FLOPs overhead": a share of a cost, no score
        elif role in ("score", "baseline") and metric is not None and _cost_metric(metric, nc):
            role = "cost"  # "reducing FLOPs from 8.21 G to 1.55 G", "a step latency of 0.367 s": a cost, no score
        if role in ("score", "baseline") and _correlated(view, quantity, metric, nc, places.metrics):
            metric = None  # "the correlation with human judgments improves from 0.17 (EM) to 0.85"
        if role == "score" and metric is not None and _rank_cutoff_after(view, quantity, metric, nc):
            metric = None  # "a Recall of 81% at the first chunk": recall at a cutoff, not recall
        if role in ("score", "baseline") and _operating_point_metric(view, metric, how):
            metric = None  # "a TPR@1% FPR of 0.470": the true positive rate at 1% FPR, no false positive rate
        if metric is not None and _metric_family(words, metric):
            metric = None  # "BLEU 1--4 (0.825, 0.788, ...)", "BLEU-1 to BLEU-4 of ...": one number per order
        if role == "score" and metric is not None and metric.info is not None and metric.info.percent:
            if unit in PHYSICAL_UNITS:
                metric = None  # "an average accuracy of 1.08 m": a length, not the accuracy score
        if role == "score" and metric is not None and _foreign_label(span_text(quantity.span)):
            metric = None  # "Spearman rho=0.97, R^2=0.95": the number is R^2's
        if role == "cost" and metric is not None and nc.cost_words.isdisjoint(metric.span.text.lower().split()):
            metric = None  # "86.16% F1 at 120 ms": the time is no F1
        if role == "change" and unit == "x" and metric is not None and metric.info is not None and metric.info.percent:
            metric = None  # "3x" of accuracy: a speed-up, not accuracy
        metric_span = None if metric is None else metric.span
        info = None if metric is None else metric.info
        baseline = None
        if baselines and (heading != "unknown" or role == "baseline"):
            baseline = min(baselines, key=lambda b: abs(b.first - quantity.first)).span
        if role == "baseline" and model is None and baseline is not None and not _class_bracket(view, quantity, nc):
            model = next(b for b in baselines if b.span == baseline)
        dataset = (
            None
            if role in ("size", "cost", None)
            else _dataset_for(view, quantities, index, datasets, places.metrics, cues)
        )
        roles[index] = role
        if heading == "unknown" and metric_span is None and role is None:
            continue
        found.append(
            ComparisonMatch(
                quantity=quantity.span,
                metric=metric_span,
                direction=heading,
                relative=role not in ("score", "baseline") and is_relative(view, quantity, heading, info, cues),
                higher_is_better=None if info is None else info.higher_is_better,
                baseline=baseline,
                role=role,
                dataset=dataset,
                model=None if model is None else model.span,
            )
        )
    for k, (a, b) in enumerate(zip(found, found[1:], strict=False)):  # "improves F1 from 0.420 (CT-Agent) to 0.480"
        paired = a.quantity in from_to and b.quantity in from_to  # not "accuracy (83% vs. 79%), clarity (75% ..."
        unit_a, unit_b = (getattr(getattr(x.quantity._, "quantity", None), "unit", None) for x in (a, b))
        paired = paired and unit_a == unit_b  # not "from 34.66 dB / 0.9234 SSIM to 38.913 dB / 0.971 SSIM"
        if paired and a.role == "baseline" and b.role == "score" and (a.metric is None) != (b.metric is None):
            metric = a.metric or b.metric
            same = a.higher_is_better if a.metric is not None else b.higher_is_better
            found[k] = replace(a, metric=metric, higher_is_better=same)
            found[k + 1] = replace(b, metric=metric, higher_is_better=same)
    return _spread_over_lists(view, tuple(found), places)


def _measure_list_goes_on(view: SentenceView, before: Located, quantity: Located, nc: NumberCues) -> bool:
    """Whether ``quantity`` is the next member of a list of results after the number ``before``, with only a
    plain measure phrase between and a list joiner (and an article) right before it: "Claude 3.5 Haiku
    achieves 99.9% parse success and 95.8% overall task accuracy": the second number has the first's owner.
    Not across a verb, a bracket or a clause break ("... and improves F1 to 80%")."""
    words = view.words
    named = {k for e in view.entities if e.label != "Metric" for k in range(e.first, e.last + 1)}
    stop = quantity.first
    while stop > before.last + 1 and words[stop - 1] in ("a", "an"):
        stop -= 1
    between = range(before.last + 1, stop)
    if not between or words[stop - 1] not in ("and", ",") or len(between) > 6:
        return False
    return all(
        words[k] in ("and", ",")
        or (
            k not in named
            and _word_text(view, k).replace("-", "").isalpha()
            and _word_text(view, k).islower()
            and words[k] not in nc.owner_links
            and words[k] not in nc.contrast_openers
            and words[k] not in nc.relative_pronouns
            and words[k] not in nc.place_words
            and not words[k].endswith(("ing", "ed"))
        )
        for k in between
    )
