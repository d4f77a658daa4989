"""Turn a processed doc into an :class:`Extraction`: the place spans stop.

Offsets: the doc's text is ``title + " " + abstract``; a character before
``len(title)`` belongs to the title, the rest to the abstract (shifted by
``len(title) + 1``). Entity mentions are grouped into one entity per paper by
normalised name, lexicon canonical name and abbreviation pairs.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers the shared Doc and Span extensions)
from claimgraph.extract.entities.decision import ENTITIES
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.entities.name_shapes import is_coined
from claimgraph.extract.model import (
    Claim,
    Comparison,
    Entity,
    Extraction,
    Mention,
    Quantity,
    Relation,
)
from claimgraph.extract.pipeline.sentences import TITLE_END
from claimgraph.extract.pipeline.token_table import doc_text, span_text
from claimgraph.extract.relations.proposes.refusals import listed_proposals
from claimgraph.names import normalize_name


class _Grouping:
    """Union-find over entity mentions of one doc."""

    def __init__(self, spans: list[Span]):
        self.spans = spans
        self.parent = list(range(len(spans)))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _mention(doc: Doc, start_char: int, end_char: int) -> Mention:
    title_end = doc.user_data.get("cg_title_end") or 0
    if start_char < title_end:
        return Mention(start_char, end_char, "title")
    shift = title_end + 1 if title_end else 0
    return Mention(start_char - shift, end_char - shift, "abstract")


def group_entities(doc: Doc) -> tuple[list[Entity], dict[int, str]]:
    """Group the doc's entity spans; return entities and span-start -> entity text."""
    spans = list(doc.spans.get(ENTITIES, []))
    texts = [span_text(span) for span in spans]
    groups = _Grouping(spans)
    first_by_key: dict[tuple[str, str], int] = {}
    for index, span in enumerate(spans):
        keys = [(span.label_, normalize_name(texts[index]))]
        keys.extend((span.label_, normalize_name(form)) for form in _spelled_out_forms(span))
        if span.kb_id_ and get_evidence(span) == "lexicon":
            # only an exact lexicon form joins its canonical entity; a size
            # variant ("OPT-IML-175B" of "OPT-IML") stays its own entity.
            keys.append((span.label_, "kb:" + span.kb_id_))
        for key in keys:
            if key in first_by_key:
                groups.union(first_by_key[key], index)
            else:
                first_by_key[key] = index
    index_of = {(s.start, s.end): i for i, s in enumerate(spans)}
    long_forms: set[int] = set()
    short_forms: set[int] = set()
    # a pair's name written whole with its short form inside ("Adaptive Temporal Weighting (ATW) Injector")
    whole_names = {s.start: i for i, s in enumerate(spans) if "(" in texts[i] and get_evidence(s) == "abbreviation"}
    pairs = doc._.abbreviations
    for long_form, short_form in pairs or ():
        a = index_of.get((long_form.start, long_form.end))
        if a is None and long_form.start in whole_names:
            long_forms.add(whole_names[long_form.start])
            continue
        b = index_of.get((short_form.start, short_form.end))
        if a is not None and b is not None and spans[a].label_ == spans[b].label_:
            groups.union(a, b)
            long_forms.add(a)
            short_forms.add(b)
    members: dict[int, list[int]] = {}
    for index in range(len(spans)):
        members.setdefault(groups.find(index), []).append(index)
    entities = []
    text_of_start: dict[int, str] = {}
    for root in sorted(members):
        indices = members[root]
        forms = list(dict.fromkeys(texts[i] for i in indices))
        preferred = next((texts[i] for i in indices if i in long_forms), None)
        if preferred is not None:
            preferred = _title_name(doc, preferred, [texts[i] for i in indices if i in short_forms])
        if preferred is None:
            counts = Counter(texts[i] for i in indices)
            preferred = max(forms, key=lambda f: (counts[f], -forms.index(f)))
        types = Counter(spans[i].label_ for i in indices)
        canonical = next((spans[i].kb_id_ for i in indices if spans[i].kb_id_), None)
        evidence = min((get_evidence(spans[i]) for i in indices), key=lambda e: (e != "lexicon", e))
        entities.append(
            Entity(
                text=preferred,
                type=types.most_common(1)[0][0],
                aliases=tuple(forms),
                mentions=tuple(_mention(doc, spans[i].start_char, spans[i].end_char) for i in indices),
                canonical=canonical,
                evidence=evidence,
            )
        )
        for i in indices:
            text_of_start[spans[i].start] = preferred
    return entities, text_of_start


def _spelled_out_forms(span: Span) -> list[str]:
    """The shorter forms of a task written with its short form inside ("text-to-image (T2I) generation"):
    the name without the short form, with the short form alone in front of the rest ("T2I generation"), and
    the short form itself ("T2I"), each the same task; so too of a pair's name written whole
    ("Adaptive Temporal Weighting (ATW) Injector": "ATW Injector", "ATW", and its long form alone)."""
    if span.label_ != "Task" and get_evidence(span) != "abbreviation":
        return []
    tokens = [t.text for t in span]
    if "(" not in tokens or len(tokens) < 5:
        return []
    paren = tokens.index("(")
    if paren == 0 or paren + 3 >= len(tokens) or tokens[paren + 2] != ")":
        return []
    doc = span.doc
    rest = doc[span.start + paren + 3 : span.end].text
    short = tokens[paren + 1]
    long_form = doc[span.start : span.start + paren].text
    forms = [f"{long_form} {rest}", f"{short} {rest}", short]
    return forms if span.label_ == "Task" else [*forms, long_form]  # the title's "Bayesian Conditional Priors"


def _title_name(doc: Doc, long_form: str, short_forms: list[str]) -> str:
    """The form an abbreviated entity shows: its long form, unless the long form is the title's description (the
    whole title or its words after a colon) and the short form a coined mixed-case name: under the title
    "GeneralVLA: Generalizable ... Planning", "GeneralVLA (Generalizable ... Planning)" shows as GeneralVLA. An
    all-capital acronym (also in the plural: "RRMs") leaves the long form shown, and so does a one-word long form
    ("Video-DeepResearch (Video-DR)" under "Video-DeepResearch: Towards ...") and a long form that is only part of
    the title ("Sensitivity-Aware Caching (SenCache)" under "SenCache: Accelerating ... via Sensitivity-Aware
    Caching")."""
    if " " not in long_form:
        return long_form
    coined = [form for form in short_forms if is_coined(form) and not form.rstrip("s").isupper()]
    if coined and normalize_name(long_form) in _title_descriptions(doc):
        return coined[0]
    return long_form


def _title_descriptions(doc: Doc) -> set[str]:
    """The normalised title and its words after a colon ("Generalizable ... Planning" of "GeneralVLA: ...")."""
    title = doc_text(doc)[: doc.user_data.get(TITLE_END) or 0]
    _, _, rest = title.partition(":")
    return {normalize_name(part) for part in (title, *rest.split(":")) if part.strip()}


def _entity_text(span: Span | None, text_of_start: dict[int, str]) -> str | None:
    if span is None:
        return None
    return text_of_start.get(span.start, span_text(span))


def _owner_text(doc: Doc, span: Span | None, text_of_start: dict[int, str]) -> str | None:
    """A number's owner: the text of the entity it is, or as written when it is longer than every entity
    that starts where it starts (a whole name such as "Bangla BERT" around the entity "BERT")."""
    if span is None or all(e.start != span.start or e.end >= span.end for e in doc.spans.get(ENTITIES, [])):
        return _entity_text(span, text_of_start)
    return span_text(span)


def _quantities(doc: Doc) -> list[Quantity]:
    quantities = []
    for span in doc.spans.get("quantities", []):
        match = span._.quantity
        quantities.append(
            Quantity(
                text=span_text(span),
                value=float(match.value),
                high=None if match.high is None else float(match.high),
                unit=match.unit,
                measures=getattr(match, "measures", None),
                mentions=(_mention(doc, span.start_char, span.end_char),),
                multiplier=float(getattr(match, "multiplier", 1.0) or 1.0),
            )
        )
    return quantities


def _sentence_location(doc: Doc, sentence: Span) -> tuple[str, int, int]:
    mention = _mention(doc, sentence.start_char, sentence.end_char)
    return mention.field, mention.start, mention.end


def _claims(doc: Doc, names: dict[int, str]) -> list[Claim]:
    claims = []
    for match in doc._.claims or ():
        field, start, end = _sentence_location(doc, match.sentence)
        claims.append(
            Claim(
                text=span_text(match.sentence),
                type=match.type,
                subject=_owner_text(doc, match.subject, names),
                baselines=tuple(dict.fromkeys(_entity_text(s, names) for s in match.baselines)),
                datasets=tuple(dict.fromkeys(_entity_text(s, names) for s in match.datasets)),
                metrics=tuple(dict.fromkeys(_entity_text(s, names) for s in match.metrics)),
                quantities=tuple(span_text(s) for s in match.quantities),
                hedged=bool(match.hedged),
                start=start,
                end=end,
                field=field,
                confidence=round(float(match.confidence), 3),
                comparisons=tuple(
                    Comparison(
                        quantity=span_text(c.quantity),
                        metric=_entity_text(c.metric, names),
                        direction=c.direction,
                        relative=bool(c.relative),
                        higher_is_better=c.higher_is_better,
                        baseline=_entity_text(c.baseline, names),
                        role=c.role,
                        dataset=_entity_text(c.dataset, names),
                        model=_owner_text(doc, c.model, names),
                    )
                    for c in match.comparisons
                ),
            )
        )
    return claims


def _relations(doc: Doc, names: dict[int, str]) -> list[Relation]:
    relations: dict[tuple[str, str, str], Relation] = {}
    for match in (doc._.relations) or ():
        head, tail = _entity_text(match.head, names), _entity_text(match.tail, names)
        if head == tail:
            continue
        field, start, end = _sentence_location(doc, match.sentence)
        relation = Relation(
            head, match.relation, tail, span_text(match.sentence), start, end, field, round(float(match.confidence), 3)
        )
        key = (head, match.relation, tail)
        if key not in relations or relations[key].confidence < relation.confidence:
            relations[key] = relation
    return list(relations.values())


def doc_to_extraction(doc: Doc, paper_id: str, title: str) -> Extraction:
    """Build the :class:`Extraction` of one processed doc."""
    entities, names = group_entities(doc)
    proposes = [_entity_text(s, names) for s in listed_proposals(list(doc._.proposes or ()))]
    return Extraction(
        id=paper_id,
        title=title,
        entities=tuple(entities),
        quantities=tuple(_quantities(doc)),
        proposes=tuple(dict.fromkeys(p for p in proposes if p)),
        claims=tuple(_claims(doc, names)),
        relations=tuple(_relations(doc, names)),
    )
