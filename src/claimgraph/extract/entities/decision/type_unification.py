"""One type per name in a paper (pure functions of the decided spans): every mention of a name, whatever its
case, and both forms of an abbreviation pair take the type with the strongest evidence, then the most
mentions (:func:`unify_types`), and a name the paper also writes with a size ("ReasonIR" and "ReasonIR-8B")
is a family of trained models, a Model in every mention (:func:`sized_families`)."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.entities.evidence import get_evidence, set_evidence
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.pipeline.token_table import span_text
from claimgraph.names import normalize_name


def _type_strength(span: Span, weak: set[tuple[int, int]]) -> int:
    if get_evidence(span).startswith("lexicon"):
        return 3
    return 1 if (span.start, span.end) in weak else 2


def unify_types(spans: list[Span], weak: set[tuple[int, int]], pairs=()) -> list[Span]:
    """One type per name: relabel every mention of a name with its best-supported type.

    Mentions are the same name when their normalised texts are equal whatever
    their case ("LENS" in a title, "Lens" in the abstract) or an abbreviation
    pair ``(long, short)`` ties them. The type is the one with the strongest
    evidence (lexicon 3, a type the text states 2, the default guess in
    ``weak`` 1), then the most mentions, then the earliest.
    """
    if len(spans) < 2:
        return spans
    keys = [normalize_name(span_text(s).lower()) for s in spans]  # "LENS" in the title is "Lens" in the abstract
    alias = {}
    for long_form, short_form in pairs or ():
        a, b = normalize_name(long_form.text.lower()), normalize_name(short_form.text.lower())
        alias[b] = alias.get(a, a)
        alias.setdefault(b + "s", alias[b])
    keys = [alias.get(k, k) for k in keys]
    votes: dict[str, dict[str, list[int]]] = {}
    for index, (key, span) in enumerate(zip(keys, spans, strict=True)):
        vote = votes.setdefault(key, {}).setdefault(span.label_, [0, 0, -index])
        vote[0] = max(vote[0], _type_strength(span, weak))
        vote[1] += 1
    out = []
    for key, span in zip(keys, spans, strict=True):
        labels = votes[key]
        best = max(labels, key=lambda label: tuple(labels[label])) if len(labels) > 1 else span.label_
        if best == "Method" and labels.get("Model", (0,))[0] == labels["Method"][0] == 2:
            # "PyTester, a Text-to-Testcase generation approach" and "PyTester, a small language model": both
            # stated; a model is the narrower thing, and what a paper trains and releases
            best = "Model"
        if best != span.label_:
            relabeled = Span(doc=span.doc, start=span.start, end=span.end, label=best, kb_id="")
            set_evidence(relabeled, get_evidence(span))
            span = relabeled
        out.append(span)
    return out


def _family(text: str, cues: NameCues) -> str | None:
    """The family name of a size variant written as one name ("Critique-Coder-8B", "DA-VIT-Base",
    "SAIL-VL2 2B" -> the text before the size), None when the last part is no size (a count of examples,
    "Lay2Story-1M", "-10K", is none)."""
    for separator in ("-", " "):
        family, _, size = text.rpartition(separator)
        if family and (cues.parameter_count.match(size) or size in cues.model_size_parts):
            return family
    return None


def sized_families(spans: list[Span], cues: NameCues) -> list[Span]:
    """A name the paper also writes with a size ("ReasonIR" and "ReasonIR-8B", "DA-VIT" and "DA-VIT-Tiny")
    names a family of trained models: a Model, with every size variant of it, whatever one mention said
    (a lexicon Method keeps its type: "LoRA" is no model)."""
    texts = {span_text(span) for span in spans}
    families = {
        family
        for span in spans
        if (family := _family(span_text(span), cues)) is not None and (span.label_ == "Model" or family in texts)
    }
    out = []
    for span in spans:
        coined = span.label_ == "Method" and not get_evidence(span).startswith("lexicon")
        if coined and (span.text in families or _family(span.text, cues) in families):
            relabeled = Span(doc=span.doc, start=span.start, end=span.end, label="Model", kb_id=span.kb_id_)
            set_evidence(relabeled, get_evidence(span))
            span = relabeled
        out.append(span)
    return out
