"""Token helpers the name patterns share: the type a head noun names, hyphen compounds, short parentheses,
the shape of a coined name and the opening phrase of a sentence."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_shapes import is_capitalised
from claimgraph.extract.pipeline.token_table import table

OPEN_QUOTES = frozenset({'"', "“"})
BRACKETS = frozenset("()[]{}")
#: the words that join the members of a list ("X, Y and Z", "X or Y")
LIST_JOINS = frozenset({",", "and", "or"})


def head_noun_type(word: str, cues: NameCues) -> str | None:
    """The type a head noun names ("benchmark" -> Dataset, "model" -> Model, "metric" -> Metric, "task" -> Task)."""
    if word in cues.dataset_heads:
        return "Dataset"
    if word in cues.model_heads:
        return "Model"
    if word in cues.metric_nouns:
        return "Metric"
    if word in cues.method_heads:
        return "Method"
    if word in cues.task_heads:
        return "Task"
    return None


def capitalised_compound(span: Span) -> bool:
    """Whether a glued compound joins capitalised words by hyphens ("Prov-Decode", "Fed-Cyclic"): the shape
    of a coined name when a describing phrase follows it ("Prov-Decode, a provenance-aware decoding strategy")."""
    words = [token for token in span if token.text != "-"]
    return (
        len(words) > 1
        and len(span) == 2 * len(words) - 1
        and all(token.is_alpha and token.text[:1].isupper() for token in words)
    )


def after_parenthesis(doc: Doc, index: int) -> int:
    """The index after a short parenthesis ("(LLM-KICK)", or a spelled-out long form: "(AGI-Oriented Testbed
    for Logical Application in Science)") that starts at ``index``, else ``index``."""
    if index >= len(doc) or doc[index].text != "(":
        return index
    for close in range(index + 1, min(len(doc), index + 14)):
        if doc[close].text == ")":
            return close + 1
        if doc[close].text == "(" or doc[close].is_sent_start:
            break
    return index


def in_compound(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is glued into a hyphen compound ("Chain-of-Thought", "Large-Scale")."""
    token = doc[index]
    before = index > 0 and doc[index - 1].text == "-" and not doc[index - 1].whitespace_
    after = index + 1 < len(doc) and doc[index + 1].text == "-" and not token.whitespace_
    return before or after


def looks_coined(text: str) -> bool:
    """A coined name with mixed case or a digit ("DictaBERT", "TRLM-Ba", "Qwen2"), or an acronym of 4+ letters."""
    letters = [ch for ch in text if ch.isalpha()]
    mixed = any(ch.isupper() for ch in letters) and any(ch.islower() for ch in letters)
    return mixed or any(ch.isdigit() for ch in text) or len(letters) >= 4


def introductory(doc: Doc, index: int, cues: NameCues) -> bool:
    """Whether token ``index`` ends an opening prepositional phrase of its sentence ("For image classification
    on the ImageNet-1K dataset, ...", "On the 750M model, ..."): the sentence starts with a preposition and no
    comma comes between."""
    tokens = table(doc)
    start = tokens.sentence_start(index)
    if "," in tokens.text[start:index]:
        return False
    first = doc[start]
    return first.is_alpha and first.lower_ in cues.appositive_stops and start < index


def plain_list_member(doc: Doc, index: int) -> bool:
    """Whether a plain capitalised word stands alone as a member of a list ("..., Visdrone, and ...")."""
    token = doc[index]
    after = doc[index + 1].text if index + 1 < len(doc) else "."
    return is_capitalised(token) and token.is_alpha and not token.is_stop and after in {",", "and", "or", ".", ")", ";"}
