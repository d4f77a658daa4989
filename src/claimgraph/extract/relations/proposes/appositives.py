"""Coined names that no earlier stage tagged, read from the authors' proposal sentence and added to the
doc's entities (:func:`appositive_names`: "We present hyper-connections, a simple yet effective method
..."), and the head of an apposition (:func:`_apposition_head`) that types them."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimgraph.extract.cues import AuthorCues
from claimgraph.extract.entities.decision import ENTITIES
from claimgraph.extract.entities.evidence import set_evidence
from claimgraph.extract.pipeline.token_table import TokenTable, table
from claimgraph.extract.relations.proposes.authorship import _by_authors
from claimgraph.extract.relations.proposes.cues import APPOSITIVE_HEAD, APPOSITIVE_WORDS, ProposeCues, propose_cues


def _apposition_head(tokens: TokenTable, start: int, width: int, parts: ProposeCues, authors: AuthorCues) -> str | None:
    """The head of the apposition whose words after "a/an" start at ``start``: its last noun within ``width``
    tokens that names a kind (``authors.kind_nouns``, ``part_nouns``, the ``appositive_*_heads``) or a thing
    that is no proposal (``appositive_not_proposable``), not glued by a hyphen to a neighbour ("multi-task"),
    before a stop word (``appositive_head_stops``) or, once a noun is found, a participle or a non-word ("a
    large-scale dataset containing 22,346 tasks": dataset; "a training-free score calibration module": module;
    "a new task that ...": task). None without one."""
    nouns = (
        authors.kind_nouns
        | parts.part_nouns
        | parts.appositive_dataset_heads
        | parts.appositive_model_heads
        | parts.appositive_kind_heads
        | parts.appositive_not_proposable
    )
    head = None
    for j in range(start, min(tokens.sentence_end(start), start + width)):
        word = tokens.lower[j]
        if word in parts.appositive_head_stops:
            break
        if head is not None and (word.endswith(("ing", "ed")) or not word.isalpha()) and word != "-":
            break
        glued = tokens.text[j - 1] == "-" or tokens.text[j + 1 : j + 2] == ["-"]
        if word in nouns and not glued:
            head = word
    return head


def appositive_names(doc: Doc, authors: AuthorCues, cues: ProposeCues | None = None) -> list[Span]:
    """Coined names that no earlier stage tagged, read from the authors' proposal sentence and
    added to the doc's entities: "We present hyper-connections, a simple yet effective method
    ...", "we introduce folktexts, a software package ..." (the guide: a name the paper coins
    for its contribution is always an entity). The name is one to four words right after the
    proposal verb and before ", a/an"; the appositive names its kind within a few words, which
    types it (a benchmark or dataset: Dataset; a model or LLM: Model; a method, framework, ...:
    Method); a task, a metric or a phenomenon is no proposal. Later mentions of the same words
    are tagged too. Returns the new spans (also in ``doc.spans["entities"]``)."""
    cues = cues or propose_cues()
    tokens = table(doc)
    lower = tokens.lower
    existing = list(doc.spans.get(ENTITIES, []))
    taken = {i for span in existing for i in range(span.start, span.end)}
    found: list[Span] = []
    for verb, word in enumerate(lower):
        if word not in authors.propose_verbs or not _by_authors(tokens, verb, authors):
            continue
        comma = _appositive_comma(tokens, verb, cues)
        if comma is None:
            continue
        cut = _glued_prefixes(doc, existing, verb + 1, comma)
        if any(i in taken for i in range(verb + 1, comma)) and not cut:
            continue
        label = _appositive_kind(tokens, comma + 2, cues, authors)
        if label is None:
            continue
        if cut:
            existing = [e for e in existing if e not in cut]
            taken -= {i for e in cut for i in range(e.start, e.end)}
        span = Span(doc, verb + 1, comma, label=label)
        set_evidence(span, "propose")
        found.append(span)
        taken |= set(range(span.start, span.end))
        found += _later_mentions(doc, tokens, span, taken)
    if found:
        doc.spans[ENTITIES] = sorted(existing + found, key=lambda s: (s.start, s.end))
    return found


def _glued_prefixes(doc: Doc, existing: list[Span], start: int, end: int) -> list[Span]:
    """The entities that hold only the first part of a coined name written as one hyphen-glued word
    ("Learn" of "We propose Learn-by-interact, a data-centric framework"), at ``start`` and at its
    later mentions ("Learn-by-interact synthesizes ..."): the name is the whole glued word, which
    the proposal sentence marks. Empty when ``doc[start:end]`` is no glued word or another entity
    covers its end."""
    if end - start < 3 or any(doc[j].whitespace_ for j in range(start, end - 1)):
        return []
    first = [e for e in existing if e.start == start and e.end < end]
    if len(first) != 1 or any(e.start < end and e.end > first[0].end and e.start >= start for e in existing):
        return []
    words = [t.lower_ for t in doc[start:end]]
    prefix = first[0].end - start
    cut = []
    for e in existing:
        whole = doc[e.start : e.start + len(words)]
        if (
            e.end - e.start == prefix
            and [t.lower_ for t in whole] == words
            and not any(doc[j].whitespace_ for j in range(e.start, e.start + len(words) - 1))
        ):
            cut.append(e)
    return cut


def _appositive_comma(tokens: TokenTable, verb: int, cues: ProposeCues) -> int | None:
    """The comma that closes a one-to-four-word name right after ``verb``, followed by "a"/"an"."""
    end = min(tokens.sentence_end(verb), verb + 2 * APPOSITIVE_WORDS + 2)
    if verb + 1 >= end or tokens.lower[verb + 1] in cues.appositive_skip_words:
        return None
    words = 0
    for j in range(verb + 1, end):
        text = tokens.text[j]
        if text == ",":
            ok = words and j + 1 < len(tokens) and tokens.lower[j + 1] in ("a", "an") and tokens.text[j - 1] != "-"
            return j if ok else None
        if text == "-":
            continue
        if not (text[:1].isalnum() and all(c.isalnum() or c in "-_.+" for c in text)):
            return None
        words += 1
        if words > APPOSITIVE_WORDS:
            return None
    return None


def _appositive_kind(tokens: TokenTable, start: int, cues: ProposeCues, authors: AuthorCues) -> str | None:
    """The type an appositive ("a simple yet effective method for ...") gives the name before
    it, from its head (:func:`_apposition_head`); None without one or for a task or metric."""
    head = _apposition_head(tokens, start, APPOSITIVE_HEAD, cues, authors)
    if head is None or head in cues.appositive_not_proposable:
        return None
    if head in cues.appositive_dataset_heads:
        return "Dataset"
    if head in cues.appositive_model_heads:
        return "Model"
    return "Method"


def _later_mentions(doc: Doc, tokens: TokenTable, name: Span, taken: set[int]) -> list[Span]:
    """Later mentions of the same words (case-insensitive) that no entity covers."""
    width = name.end - name.start
    key = tokens.lower[name.start : name.end]
    found = []
    for i in range(name.end, len(tokens) - width + 1):
        if tokens.lower[i : i + width] == key and not any(j in taken for j in range(i, i + width)):
            if (i and tokens.text[i - 1] == "-") or (i + width < len(tokens) and tokens.text[i + width] == "-"):
                continue  # part of a longer hyphenated word
            span = Span(doc, i, i + width, label=name.label_)
            set_evidence(span, "repeat")
            found.append(span)
            taken |= set(range(i, i + width))
    return found
