"""The datasets a work is trained or evaluated on, after "on" (cue ``dataset-head``): "experiments on
HICO-DET and V-COCO", "fine-tuned on OAIZIB-CM", "47.1 mIoU on ADE20K"; a list with a known model lists
models (``list``)."""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.entities.lexicon_matcher import CANDIDATES
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns.tokens import BRACKETS
from claimgraph.extract.entities.name_patterns.type_guess import typed_guess
from claimgraph.extract.entities.name_shapes import modifies_next, name_end


def evaluated_on(doc: Doc, on: int, metric_ends: set[int], cues: NameCues):
    """Coined names after "experiments on", "fine-tuned on", "47.1 mIoU on": the datasets of the work.

    "Extensive experiments on HICO-DET and V-COCO", "fine-tuned on
    OAIZIB-CM, SKI-10". A name shaped like a model ("Foo-7B", "SiT-XL/2")
    is a Model; a lexicon entry of another type wins later.
    """
    before = doc[on - 1].lower_
    if before.endswith(("%$", "%}")):  # "$76.0\\%$ on FinanceMath", "78.3%$ on FinQA": as "76.0% on"
        before = "%"
    if (
        before not in cues.evaluated_on_words
        and on not in metric_ends
        and not _verb_before(doc, on, cues)
        and not _score_before(doc, on)
    ):
        return
    index = on + 1
    items: list[tuple[int, int, bool]] = []
    for _ in range(6):
        if index >= len(doc) or doc[index].is_sent_start:
            break
        end = name_end(doc, index, cues, allow_plain=False)
        if end == index or not doc[index].text[:1].isalnum():
            break  # "COCO-Things and -Stuff"
        if "$" in doc[index:end].text or BRACKETS.intersection(doc[index:end].text):
            break
        if end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
            break  # "on RL-trained models": a modifier, not a name
        if _acronym_modifier(doc, index, end, cues):
            break  # "on UI navigation", "93.4% on WLI modality": what is evaluated is the noun's thing
        label, _ = typed_guess(doc, index, end, cues)
        items.append((index, end, label == "Model"))
        index = _bracketed_score_end(doc, end)  # "on T2I-ReasonBench(+3.7), and GenEval++(+4.3)"
        while index < len(doc) and doc[index].text in {",", "and", "or"} and not doc[index].is_sent_start:
            index += 1
        if index == end:
            break
    known = {(span.start, span.end) for span in doc.spans.get(CANDIDATES, []) if span.label_ == "Model"}
    if any((start, end) in known for start, end, _ in items):
        # "experiments on DiT-XL/2, FLUX.1-dev, and Wan2.1": a list with a known model lists models
        for start, end, _ in items:
            if (start, end) not in known:
                yield start, end, "list", "Model"
        return
    for start, end, model_shaped in items:
        if model_shaped:  # "experiments on SiT-XL/2": a model the work runs on, not a dataset
            yield start, end, "model-shape", "Model"
        else:
            yield start, end, "dataset-head", "Dataset"


def _verb_before(doc: Doc, on: int, cues: NameCues) -> bool:
    """Whether an evaluation verb stands up to five words before "on", with no punctuation between
    ("We evaluate Mastermind on CyberGym")."""
    for index in range(on - 1, max(-1, on - 6), -1):
        token = doc[index]
        if token.lower_ in cues.evaluation_verbs:
            return True
        if token.is_punct or token.is_sent_start:
            return False
    return False


def _score_before(doc: Doc, on: int, words: int = 3) -> bool:
    """Whether a percentage and up to ``words`` lowercase words that say what it measures stand right before
    "on" ("reaching 74.24% step success on ChiM-Nav and 55.9% average success on Ubu-Nav"): the score the
    work reaches on what follows."""
    index = on - 1
    while index >= 0 and on - index <= words and doc[index].is_alpha and doc[index].is_lower:
        if doc[index].is_stop or doc[index].is_sent_start:
            return False
        index -= 1
    return on - index > 1 and index >= 0 and doc[index].text.endswith(("%", "%$", "%}"))


def _bracketed_score_end(doc: Doc, end: int) -> int:
    """The index after a bracketed score right after a name ("T2I-ReasonBench(+3.7)", "V* Bench (90.6%)"), or
    ``end`` when there is none: the score is what the work reaches there, and the list goes on after it."""
    if end >= len(doc) or doc[end].text != "(":
        return end
    index = end + 1
    while index < len(doc) and index - end <= 3 and (doc[index].like_num or doc[index].text in {"+", "-", "%"}):
        index += 1
    if index == end + 1 or index >= len(doc) or doc[index].text != ")":
        return end
    return index + 1


def _acronym_modifier(doc: Doc, start: int, end: int, cues: NameCues) -> bool:
    """Whether a short acronym (up to four capitals) modifies the lowercase noun after it ("on UI navigation
    and robotic manipulation tasks", "93.42% on WLI modality,", "on HCC diagnosis and captioning"): it names
    a kind of thing (an interface, an imaging mode, a disease), not a dataset. The noun closes the phrase (a
    punctuation mark, "and"/"or", a task head or the end follows it), so a verb after a dataset ("on MPDD
    demonstrate the ...", "on DFDC reveals catastrophic ...") is no such noun; and a phrase that reaches a
    dataset head ("on DTU reconstruction benchmarks", "on TCGA breast, lung, and kidney cancer datasets")
    keeps the acronym a dataset."""
    text = doc[start:end].text
    if not (
        end - start == 1
        and text.isalpha()
        and text.isupper()
        and len(text) <= 4
        and modifies_next(doc, end, cues, participles=("ing", "ed"))
    ):
        return False
    after = end + 1
    if after < len(doc) and not doc[after].is_sent_start:
        closing = doc[after].is_punct or doc[after].lower_ in {"and", "or"} or doc[after].lower_ in cues.task_heads
        if not closing:
            return False
    return not _reaches_dataset_head(doc, end, cues)


def _reaches_dataset_head(doc: Doc, index: int, cues: NameCues, limit: int = 8) -> bool:
    """Whether the noun phrase from ``index`` (lowercase words, commas, "and"/"or") ends in a dataset head
    within ``limit`` tokens ("breast, lung, and kidney cancer datasets")."""
    for token in doc[index : min(len(doc), index + limit)]:
        if token.is_sent_start and token.i > index:
            return False
        if token.text in cues.dataset_heads:
            return True
        if not (token.is_lower or token.text in {",", "and", "or"}):
            return False
    return False
