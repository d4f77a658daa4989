"""The paper's own names and how the text introduces them (pure functions of the doc, the cue tables and the
propose verbs): whether a propose verb or a naming cue comes shortly before a name (:func:`introduced`), and
a lexicon name of another type that the paper introduces with a describing phrase is its own Method, Model
or Dataset in every mention, without the lexicon's entry ("We introduce DAVIS, a simple ... technique": no
DAVIS dataset; :func:`own_names_typed`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimgraph.extract.entities.evidence import get_evidence, set_evidence
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns import appositive_type
from claimgraph.extract.entities.name_shapes import is_coined
from claimgraph.extract.pipeline.list_items import closes_marker, joins_items, past_article
from claimgraph.extract.pipeline.token_table import span_text, table


def own_names_typed(
    doc: Doc, spans: list[Span], cues: NameCues, propose_verbs: frozenset[str], dataset_heads_lower: frozenset[str]
) -> list[Span]:
    """The paper's own method or model keeps the type the text gives it wherever a lexicon types the name
    otherwise (issue #15: types consistent within a paper, by what the text says). A lexicon name of another
    type that the paper introduces with a describing phrase ("We introduce DAVIS, a simple ... post-hoc
    technique", the title "LAMA-Net: A Convergent Network Architecture for ...") is a Method or Model in
    every mention of the paper, without the lexicon's entry (the DAVIS dataset, the LAMA probe); a lexicon
    Model or Method name introduced as a dataset or benchmark ("Falcon: A Comprehensive Chinese Text-to-SQL
    Benchmark", "We introduce Falcon, a cross-domain ... benchmark") is a Dataset the same way (not the
    Falcon LLM). Only a one-word coined name (or, for a Model or Method name, a capitalised word): a task
    phrase the paper works in is no name of its own."""
    retyped: dict[str, str] = {}
    for span in spans:
        if not get_evidence(span).startswith("lexicon"):
            continue
        system = span.label_ in ("Method", "Model")
        text = span_text(span)
        if " " in text or not (is_coined(text) or (system and text[:1].isupper())):
            continue  # "we introduce native-resolution image synthesis, a ... paradigm": a task, no coined name
        titled = span.start == 0 and span.end < len(doc) and doc[span.end].text == ":"
        if not (titled or introduced(doc, span.start, cues, propose_verbs) or _named_as(doc, span.start, cues)):
            continue
        label = appositive_type(doc, span.end, cues) or _named_as(doc, span.start, cues)
        if system and label == "Dataset" and _collection_of(doc, span.end, dataset_heads_lower):
            continue  # "We introduce Atlas-Chat, the first-ever collection of large language models"
        if label in (("Dataset",) if system else ("Method", "Model")):
            retyped[text] = label  # "We introduce Falcon, a ... text-to-SQL benchmark": no Falcon LLM
    if not retyped:
        return spans
    out = []
    for span in spans:
        label = retyped.get(span_text(span))
        if label is not None:
            span = Span(doc, span.start, span.end, label=label)
            set_evidence(span, "propose")
        out.append(span)
    return out


def _collection_of(doc: Doc, end: int, dataset_heads_lower: frozenset[str]) -> bool:
    """Whether the describing phrase after a name (up to its sentence's end or ten words) has a dataset head
    word followed by "of" ("a new suite of multimodal models", "a collection of LLMs"): a set of what
    comes after "of", not a dataset."""
    stop = min(len(doc) - 1, end + 10)
    return any(
        doc[index].lower_ in dataset_heads_lower and doc[index + 1].lower_ == "of" and not doc[index + 1].is_sent_start
        for index in range(end, stop)
    )


def _named_as(doc: Doc, start: int, cues: NameCues) -> str | None:
    """The type a naming cue gives the name at ``start`` by the head word before it ("a highly interpretable
    neural network architecture called LAMA-Net": Method; "a model dubbed X": Model), else None."""
    if start < 2 or doc[start - 1].lower_ not in cues.naming_cues:
        return None
    head = doc[start - 2].lower_
    if head in cues.model_heads:
        return "Model"
    return "Method" if head in cues.method_heads else None


def introduced(doc: Doc, start: int, cues: NameCues, propose_verbs: frozenset[str]) -> bool:
    """Whether a propose verb ("we introduce a ...") or a naming cue ("..., dubbed the Video Promotion
    attack (ViPro)", ``naming_cues``) comes shortly before ``start`` in its sentence, with no comma and no
    word of ``introduction_stops`` between ("we present an approach for multiword expression (MWE)
    identification": MWE is what the approach is for)."""
    tokens = table(doc)
    for index in range(start - 1, max(-1, start - 6), -1):
        if tokens.lower[index] in propose_verbs or tokens.lower[index] in cues.naming_cues:
            return True
        if tokens.starts_sentence(index) or tokens.text[index] == "," or tokens.lower[index] in cues.introduction_stops:
            break  # "we introduce CheXficient, a chest X-ray (CXR) foundation model": CXR is not introduced
    return False


def listed_after_proposal(doc: Doc, start: int, propose_verbs: frozenset[str]) -> bool:
    """Whether the name at ``start`` opens an item of a list after a colon whose clause holds a propose verb ("we
    introduce three modules to ...: the X (XA) Injector, the Event-Driven Sparse (EDS) Injector, and ...", "a
    framework with two modules: a X (XA) and ..."): past an article, the colon, ";", ",", "and" or a list marker
    ("(2)", "2)") stands right before it. The authors introduce each item as :func:`introduced` reads one name.
    Unlike the lists the proposal stages read from their opener (``proposal_lists._opens_counted_item``,
    ``announced._opens_announced_item``), this one starts from the name: any item opener will do, and the colon
    and its propose verb are then looked for in the name's sentence."""
    tokens = table(doc)
    j = past_article(tokens, start, 0)
    if j <= 0 or tokens.starts_sentence(start):
        return False
    if not (tokens.text[j] == ":" or joins_items(tokens, j) or closes_marker(tokens, j)):
        return False
    first = tokens.sentence_start(start)
    colon = next((k for k in range(j, first - 1, -1) if tokens.text[k] == ":"), None)
    return colon is not None and any(tokens.lower[k] in propose_verbs for k in range(first, colon))
