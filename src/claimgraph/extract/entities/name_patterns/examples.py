"""Names listed as examples of the type word before them (cue ``head-name``): "debiasing methods such as
PriDe", "datasets, including VisDrone and UAVDT", "tasks such as obstacle avoidance", "metrics such as exposure
duration"."""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.entities.lexicon_matcher import CANDIDATES
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns.tokens import (
    LIST_JOINS,
    capitalised_compound,
    head_noun_type,
    plain_list_member,
)
from claimgraph.extract.entities.name_shapes import is_coined, name_end
from claimgraph.names import is_acronym_plural

#: types whose examples after "such as" / "including" may be lowercase phrases ("tasks such as obstacle avoidance")
_LOWERCASE_EXAMPLE_TYPES = frozenset({"Task"})
_TASK_NOUN_ENDINGS = ("ion", "ing", "ics", "sis")  # a one-word task is a process noun: "navigation", "coding"


def named_examples(doc: Doc, marker: int, cues: NameCues):
    """Coined names listed after "such as" / "including" / "like" right after a type word, or in brackets
    after it when there are two or more ("baseline models (DrugGPT and DrugGen)") or when a list opener
    (``list_openers``) opens the brackets ("graph search algorithms (e.g., FooWalk)").

    "debiasing methods such as PriDe", "benchmarks including MMLU and
    FooBench": the type word before the marker gives the names' type.
    """
    index = marker + 1
    if doc[marker].lower_ == "such":
        if index >= len(doc) or doc[index].lower_ != "as":
            return
        index += 1
    opened = doc[marker].text == "(" and _list_opener(doc, index, cues)
    if opened:  # "strong methods (e.g., FooNet, BarNet)": the parenthesis lists examples, no abbreviation
        while index < len(doc) and (doc[index].lower_ in cues.list_openers or doc[index].lower_ == "such"):
            index += 1
    typed = marker - 2 if marker > 1 and doc[marker - 1].text == "," else marker - 1
    label = head_noun_type(doc[typed].text, cues) if typed >= 0 else None
    rivals = label is None and typed >= 0 and doc[typed].lower_ in cues.rival_heads
    classes = typed >= 0 and doc[typed].lower_ in cues.example_model_heads
    if classes:  # "diffusion transformers (e.g., Zorb-Image)", "VLAs such as FooVLA": trained models
        head_label, head_rivals = label, rivals
        label, rivals = "Model", False
    if label is None and not rivals:
        return  # "benchmarks including MMLU", also "datasets, including VisDrone and UAVDT"
    lexicon = {
        (span.start, span.end): span.label_
        for span in doc.spans.get(CANDIDATES, [])
        if get_evidence(span).startswith("lexicon")
    }
    known = {item: kind for item, kind in lexicon.items() if kind in ("Model", "Dataset")}
    items = []
    plain = False
    for _ in range(6):
        if index >= len(doc) or doc[index].is_sent_start:
            break
        if doc[index].like_url or "://" in doc[index].text:
            break  # "Dataset: https://github.com/...": an address, no name
        end = name_end(doc, index, cues, allow_plain=False)
        if end == index and capitalised_compound(doc[index : name_end(doc, index, cues, allow_plain=True)]):
            end = name_end(doc, index, cues, allow_plain=True)  # "algorithms, namely Fed-Cyclic and Fed-Star"
        if end == index and label == "Model" and opened and plain_list_member(doc, index):
            end = index + 1  # "dual-stream architectures (e.g., Quux)": a capitalised example in brackets
        elif end == index and label in ("Dataset", "Model") and plain_list_member(doc, index):
            end = index + 1  # "datasets, including Visdrone, UAVDT and AI-TOD": a plain word among names
            plain = True
        if end == index and label in _LOWERCASE_EXAMPLE_TYPES:
            end = _lowercase_member(doc, index)  # "tasks, such as multi-robot navigation and ...", "tasks: ..."
            if end > index and doc[end - 1].lower_ in cues.task_attributive_nouns:
                break  # "tasks, such as face matching and text-in-vision comprehension capabilities"
        if (
            end == index
            and label == "Metric"
            and doc[typed].lower_ in cues.lowercase_metric_heads
            and doc[marker].text != "("
        ):
            end = _lowercase_member(doc, index, any_noun=True)  # "three core metrics: style similarity, ..."
            last = doc[end - 1].lower_
            if end > index and (
                last in cues.lowercase_metric_heads or head_noun_type(last, cues) not in (None, "Metric")
            ):
                break  # "metrics like perplexity and synthetic tasks", "... and specific aspect metrics"
        if label == "Task" and end < len(doc) and doc[end].is_lower and doc[end].lower_ not in {"and", "or"}:
            break  # "tasks such as GUI control": the acronym is a piece of the task's name
        if label == "Metric" and end < len(doc) and doc[end].is_alpha and doc[end].is_lower and not doc[end].is_stop:
            break  # "metrics such as circuit depth, CNOT count": the acronym is a piece of the name
        if end == index and (label == "Method" or rivals) and doc[marker].text != "(":
            skipped = _unnamed_member(doc, index)
            if skipped != index:  # "approaches such as end-to-end generation and Prox-C": a described member
                index = skipped + 1
                continue
        if end == index:
            break
        items.append((index, end))
        index = _after_alias(doc, end) if doc[marker].text != "(" else end
        while index < len(doc) and doc[index].text in LIST_JOINS and not doc[index].is_sent_start:
            index += 1
        if index == end and doc[marker].text == "(":
            break  # "(T2I DMs)": one name of two words, no list
    if doc[marker].text == "(" and (len(items) < 2 - opened or index >= len(doc) or doc[index].text != ")"):
        return  # "baseline models (DrugGPT and DrugGen)" lists; "language models (LMs)" defines an abbreviation
    if plain and not any(is_coined(doc[start:end].text) for start, end in items):
        return  # "datasets, including English, French and German": no name among the plain words
    # "architectures such as ResNet-50, DenseNet-121": a known model in the list types the others;
    # "baselines such as DrugGPT and QuuxFormer": the names or other cues type them (label None)
    if classes:  # not a class ("architectures (GANs, AEs)") nor a name before a kind word ("backbones: Foo Models")
        items = [item for item in items if not _class_name(doc, item, cues)]
        if any(lexicon.get(item) == "Method" for item in items):
            label, rivals = head_label, head_rivals  # "architectures including U-Net, SA-UNet": architectures
            if label is None and not rivals:
                return
    listed = {known[item] for item in items if item in known}
    if (label in ("Method", "Model") or rivals) and len(listed) == 1:
        label = listed.pop()
    if rivals:  # not a name before a kind word: "backbones: Vision-Language Models (VLMs)" lists a class
        items = [item for item in items if is_coined(doc[item[0] : item[1]].text) and not _before_kind(doc, item, cues)]
    for start, end in items:
        yield start, end, "head-name", label


def _after_alias(doc: Doc, end: int) -> int:
    """The index after a short parenthesised alias right after a listed name ("Dolphins, OmniDrive (Omni-L),
    and LeapVAD"): up to three tokens in brackets, opening with a capital; ``end`` when there is none."""
    for size in (1, 2, 3):
        close = end + size + 1
        if close < len(doc) and doc[end].text == "(" and doc[close].text == ")":
            inner = doc[end + 1 : close]
            if all(not token.is_punct or token.text == "-" for token in inner) and inner[0].text[:1].isupper():
                return close + 1
    return end


def _class_name(doc: Doc, item: tuple[int, int], cues: NameCues) -> bool:
    """Whether a listed name names a class, not one model: a plural acronym ("GANs", "AEs") or a name before a
    kind word ("Vision-Language Models")."""
    return is_acronym_plural(doc[item[0] : item[1]].text) or _before_kind(doc, item, cues)


def _before_kind(doc: Doc, item: tuple[int, int], cues: NameCues) -> bool:
    """Whether a kind word ("models", "framework") follows the listed name: the name only modifies it."""
    return item[1] < len(doc) and doc[item[1]].lower_ in cues.kind_words


def _list_opener(doc: Doc, index: int, cues: NameCues) -> bool:
    """Whether the words from ``index`` open a list of examples ("e.g.,", "such as", "including"), not a
    comma alone."""
    if index >= len(doc) or doc[index].lower_ in {",", "as"}:
        return False  # "frontier models (as FooReasoners)": a role the models play, no example
    if doc[index].lower_ == "such":
        return index + 1 < len(doc) and doc[index + 1].lower_ == "as"
    return doc[index].lower_ in cues.list_openers


def _lowercase_run(doc: Doc, index: int) -> tuple[int, int]:
    """The end of the run of plain lowercase words from ``index`` and its word count, up to four words (a
    hyphen compound counts as one and may hold stop words: "end-to-end", "structure-from-motion"); the run
    stops at a stop word, any other token or a new sentence."""
    end, words = index, 0
    while end < len(doc) and words < 4:
        token = doc[end]
        if token.text == "-" and end > index and not token.whitespace_ and not doc[end - 1].whitespace_:
            end += 1
            continue
        glued = end > index and doc[end - 1].text == "-"
        if not (token.is_alpha and token.is_lower and (glued or not token.is_stop)) or (
            end > index and token.is_sent_start
        ):
            break
        words += 0 if glued else 1
        end += 1
    return end, words


def _unnamed_member(doc: Doc, index: int) -> int:
    """The index of the list word after a lowercase phrase of one to three words (glued compounds count as one)
    that stands as a member of a list of methods, before a comma, "and" or "or" with a member after it
    ("approaches such as end-to-end generation and Prox-C"); ``index`` when there is none. The phrase
    describes a technique and is no name; the names after it are still examples of the type word."""
    end, words = _lowercase_run(doc, index)
    if not 0 < words < 4 or end + 1 >= len(doc) or doc[end].text not in LIST_JOINS:
        return index
    if doc[end + 1].is_sent_start:
        return index
    return end


def _lowercase_member(doc: Doc, index: int, any_noun: bool = False) -> int:
    """The end of a lowercase phrase of one to three words (glued compounds count as one) that stands alone as
    a list member, before a comma, "and", "or" or the end of the clause ("... such as obstacle avoidance, ...");
    ``index`` when there is none. A one-word member must be a process noun, unless ``any_noun`` (the measures
    a metric list names: "metrics such as diversity and completeness")."""
    end, words = _lowercase_run(doc, index)
    following = doc[end].text if end < len(doc) else "."
    if not 0 < words < 4 or following not in {",", "and", "or", ".", ")", ";"}:
        return index
    if words > 1 and doc[index].lower_.endswith("ing"):
        return index  # "such as diagnosing patients": a verb and its object
    if end == index + 1 and not any_noun and not doc[index].lower_.endswith(_TASK_NOUN_ENDINGS):
        return index  # "semantic and instance segmentation": a lone modifier, no task
    return end
