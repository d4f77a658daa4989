"""Where a candidate name starts and ends once it is read in its doc (:func:`grown_span`, pure in the doc,
the cue tables and the lexicon's normalised forms ``all_forms``): models and datasets grow over glued parts,
versions and variants (:mod:`.model_extents`, :mod:`.dataset_extents`), tasks over the words that narrow them
(:mod:`.task_extents`), a metric over its qualifier ("Top-3 accuracy") and a known Title Case method over a
Title Case qualifier ("Reinforcement Learning via Verifiable Rewards")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.entities.decision.dataset_extents import acronym_part_end, dataset_year_end, subset_extent
from claimgraph.extract.entities.decision.model_extents import (
    numbered_word_end,
    single_digit_version,
    spaced_release_end,
    spaced_variant_end,
    variant_part_end,
)
from claimgraph.extract.entities.decision.task_extents import (
    acronym_modifier_start,
    acronym_task_grows,
    lowercase_name,
    spells_out_a_pair,
    task_modifier_start,
    title_cased,
    title_task_start,
)
from claimgraph.extract.entities.evidence import get_evidence, set_evidence
from claimgraph.extract.entities.lexicon_matcher import variant_end
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_shapes import compound_start, glued_extent, hyphen_glued, is_coined, is_percentage
from claimgraph.extract.pipeline.sentences import in_title
from claimgraph.extract.pipeline.token_table import table
from claimgraph.names import normalize_name


def grown_span(doc: Doc, span: Span, starts: set[int], cues: NameCues, all_forms: frozenset[str]) -> Span:
    """Grow names over glued parts (Model, Dataset), tasks over hyphen compounds and a Title Case method over
    its Title Case qualifier (``starts``: where other candidates begin, which a qualifier never runs over)."""
    if span.label_ in ("Model", "Dataset"):
        start, end = glued_extent(doc, span.start, span.end, cues)
        if span.label_ == "Dataset" and get_evidence(span) == "lexicon":
            subset = subset_extent(doc, start, end, cues, all_forms)
            if subset != (start, end) and (
                normalize_name(doc[subset[0] : subset[1]].text) not in all_forms or subset[1] - end == 2
            ):
                # "GPQA Diamond", "Foggy Cityscapes": another dataset, not the known one (a listed subset,
                # "SWE-bench Lite", is matched whole); a glued variant the lexicon lists in another case
                # ("HumanEval-plus" for "HumanEval-Plus") is that variant
                grown = Span(doc, *subset, label="Dataset", kb_id="")
                set_evidence(grown, "lexicon-variant")
                return grown
        elif span.label_ == "Dataset":
            end = acronym_part_end(doc, start, end, cues, all_forms)  # "UC Merced", "IU X-Ray": not the source alone
        if span.label_ == "Model":
            end = variant_part_end(doc, end, cues)  # "EfficientNet-B3"
            end = numbered_word_end(doc, end, cues)  # "GPT-image-1"
            if end > span.end and doc[end - 1].like_num:
                end = variant_end(doc, end, cues)  # "GPT-4-1106" + "-turbo": variant words after a date part
        if (
            end < len(doc)
            and cues.version.match(table(doc).text[end])
            and not doc[end].is_sent_start
            and not is_percentage(doc, end)  # "(GQA 60.81%)": a score after the name
        ):
            end += 1  # "Natural Instructions V2", "SQuAD v1.1"
        elif span.label_ == "Dataset" and dataset_year_end(doc, start, end, cues, all_forms) > end:
            end += 1  # "BraTS 2021", "IWSLT 2026": a yearly release of the known name, its own dataset
        elif span.label_ == "Model" and single_digit_version(doc, start, end, cues):
            end += 1  # "LLaMA-Omni 2"
        if span.label_ == "Model":
            end = spaced_release_end(doc, spaced_variant_end(doc, end, cues), cues, all_forms)
        if (
            end < len(doc)
            and doc[end].text == "+"
            and not doc[end - 1].whitespace_
            and (doc[end].whitespace_ or end + 1 == len(doc) or doc[end + 1].is_punct)
        ):
            end += 1  # "HER2+", "Spider+": a trailing plus belongs to the name
    elif span.label_ == "Task" and (lowercase_name(span, cues) or span.text.isupper()):
        start, end = compound_start(doc, span.start, cues.task_setting_ends), span.end
        if get_evidence(span) == "lexicon" and (not span.text.isupper() or acronym_task_grows(doc, span)):
            start = task_modifier_start(doc, start, cues)
        if get_evidence(span) == "lexicon" and start == span.start and not span.text.isupper():
            start = acronym_modifier_start(doc, start, end, cues, all_forms)  # "HSI reconstruction"
    elif span.label_ == "Task" and get_evidence(span) == "lexicon" and title_cased(span):
        start, end = title_task_start(doc, span.start, cues), span.end
        if start != span.start and spells_out_a_pair(doc, start, end, cues):
            return span  # "... based on Bi-directional Domain Adaptation", then "(BiDA) framework"
    elif span.label_ == "Metric":
        start, end = _metric_start(doc, span.start, cues), span.end
    elif span.label_ == "Method" and (qualified := _qualified_method_end(doc, span, starts, cues)) > span.end:
        start, end = span.start, qualified
    elif span.label_ == "Method" and get_evidence(span).startswith("lexicon") and is_coined(span.text):
        # "RED-CNN", "LSTM-CRF": a known acronym glued into a larger coined name is part of that name
        start, end = glued_extent(doc, span.start, span.end, cues, coined_only=True)
        if any(cues.model_shape.match(t.text) or cues.size_suffix.match(t.text) for t in doc[start:end]):
            return span  # "Zephyr-7B-SFT" is a model, "SFT" its variant
    else:
        return span
    if (start, end) == (span.start, span.end):
        return span
    kb_id = "" if span.label_ in ("Method", "Metric") else span.kb_id_  # "Patho-FID" is no FID
    grown = Span(doc, start, end, label=span.label_, kb_id=kb_id)
    set_evidence(grown, "lexicon-variant" if get_evidence(span) == "lexicon" else get_evidence(span))
    return grown


def _qualified_method_end(doc: Doc, span: Span, starts: set[int], cues: NameCues) -> int:
    """The end of a known method written in Title Case in running text and continued by a qualifier in Title
    Case: a ``method_qualifier_connectors`` word and up to three plain capitalised words that close the
    phrase (:func:`_closes_name_run`: "Reinforcement Learning via Verifiable Rewards." is one name,
    "Reinforcement Learning" a fragment of it). Not over another candidate name ("Supervised Fine-Tuning with
    Reinforcement Learning": two names), a model or dataset ("with Large Language Models": what the method
    is applied to), nor in the title, where every word is capitalised. A run before a parenthesis is left to
    the abbreviation it defines ("Mamba-2 with Selective Attention Layers (SALs)")."""
    end = span.end
    if (
        not get_evidence(span).startswith("lexicon")
        or in_title(doc, span.start)
        or end + 1 >= len(doc)
        or doc[end].lower_ not in cues.method_qualifier_connectors
        or not all(token.text[:1].isupper() for token in span if token.is_alpha)
    ):
        return end
    grown = end + 1
    while grown < len(doc) and grown - end <= 3 and _plain_capitalised(doc[grown]) and grown not in starts:
        grown += 1
    if grown == end + 1 or not (grown == len(doc) or _closes_name_run(doc[grown])):
        return end  # no qualifier, or the phrase runs on ("Flow Matching via Bregman divergence")
    heads = cues.model_heads | cues.dataset_heads
    if any(token.text in heads for token in doc[end + 1 : grown]):
        return end  # "Reinforcement Learning with Large Language Models": what it is applied to, another thing
    return grown


def _metric_start(doc: Doc, start: int, cues: NameCues) -> int:
    """Grow a metric name left over a narrowing qualifier ("Top-3 accuracy", "weighted success rate",
    "macro F1") or a word glued by a hyphen ("Patho-FID", "macro-average accuracy")."""
    tokens = table(doc)
    if hyphen_glued(tokens, start):
        if (
            doc[start - 2].is_alpha
            and doc[start - 2].lower_ not in cues.task_modifier_stoplist  # "High-Sensitivity": a quality
            and not doc[start - 1].is_sent_start
            and not doc[start].is_sent_start
        ):
            start -= 2
    if start >= 1 and not doc[start].is_sent_start:
        word = doc[start - 1].text
        if word.lower() in cues.metric_qualifiers or cues.metric_qualifier_shape.match(word):
            start -= 1
        elif hyphen_glued(tokens, start - 1) and doc[start - 3 : start].text.lower() in cues.metric_qualifiers:
            start -= 3  # "macro-averaged F1"
    return start


def _closes_name_run(token: Token) -> bool:
    """Whether ``token`` ends a phrase right before it: punctuation other than a hyphen, a slash or a parenthesis,
    or a lower-case function word ("... Verifiable Rewards." / "... with Momentum and"; not "... Bregman
    divergence", "... Human-Aligned", "... Layers (SALs)", a long form "(... with Tools)")."""
    if token.is_sent_start:
        return True
    if token.is_punct:
        return token.text not in {"-", "(", ")", "/"}
    return token.is_stop and token.text.islower()


def _plain_capitalised(token: Token) -> bool:
    """A plain word with only its first letter capital ("Verifiable", not "RLVR", "FooNet" or "the")."""
    return token.is_alpha and token.text[:1].isupper() and token.text[1:].islower()
