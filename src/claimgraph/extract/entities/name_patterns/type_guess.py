"""The type of an unknown name from its own shape and the words around it (:func:`typed_guess`), and the
``doc.user_data`` key of the candidates whose type is only the default guess (:data:`WEAK_TYPES`)."""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.cues import author_cues
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns.appositives import appositive_type, second_appositive_type
from claimgraph.extract.entities.name_patterns.tokens import after_parenthesis
from claimgraph.extract.entities.name_shapes import is_coined

#: ``doc.user_data`` key: token ranges of candidates whose type is only the default guess.
WEAK_TYPES = "cg_weak_types"


def guess_type(doc: Doc, start: int, end: int, cues: NameCues) -> str:
    """Type of an unknown name from its own shape and the words around it (pure)."""
    return typed_guess(doc, start, end, cues)[0]


def after_task_of(doc: Doc, start: int, cues: NameCues) -> bool:
    """Whether the name starting at ``start`` follows "task of" / "problem of" ("the task of Memorability Feedback")
    or names a task setting: "a new task setting, termed X", "a problem called X", "the X task setting", or stands
    in apposition right after a task noun that an article or a quality word opens ("we introduce the novel task
    Domain Generalization for LiDAR Semantic Segmentation under Noisy Labels (DGLSS-NL)"; not "multi-task X")."""
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in cues.task_of_nouns:
        return True
    if start >= 2 and doc[start - 1].lower_ in cues.task_setting_nouns and doc[start - 1].whitespace_:
        before = doc[start - 2]
        if before.is_alpha and (before.is_stop or before.lower_ in cues.task_modifier_stoplist) and before.whitespace_:
            return True
    index = start - 1
    while index >= 0 and (doc[index].text in {",", '"', "“"} or doc[index].lower_ in cues.naming_cues):
        index -= 1
    return 0 <= index < start - 1 and doc[index].lower_ in cues.task_setting_nouns


def typed_guess(doc: Doc, start: int, end: int, cues: NameCues) -> tuple[str, bool]:
    """``(type, evidence)``: the guessed type and whether anything in the text supports it.

    Without support (no head word, no shape) the type is Method, the most
    common type of an unknown name, and ``evidence`` is False.
    """
    text = doc[start:end].text
    if after_task_of(doc, start, cues):
        return "Task", True
    if end + 1 < len(doc) and doc[end].text == ":" and doc[end + 1].lower_ in cues.benchmark_subtitle_starts:
        return "Dataset", True  # "CC-OCR V2: Benchmarking Large Multimodal Models for ..."
    # "\\textbf{FooNet}, a new model": the context starts after the closing brace; "REVEAL{}, a diagnostic
    # benchmark": after an empty pair of braces (a LaTeX macro's)
    after = end + 1 if end < len(doc) and cues.markup.match(doc[end].text) else end
    if [token.text for token in doc[after : after + 2]] == ["{", "}"]:
        after += 2
    after = after_parenthesis(doc, after)  # "X (LLM-KICK), a collection of ...": read past the short form
    label = appositive_type(doc, after, cues)
    if label is None:
        label = second_appositive_type(doc, after, cues)
    if label is None and _participle_after(doc, after, cues):
        return "Model", True  # "We also build HSKAgent, fine-tuned on 10K learner compositions"
    # "Foo-7B, a framework": a model; "XTC-Bench, an evaluation framework": a benchmark
    if label == "Method" and doc[end - 1].text in cues.model_heads and end - start > 1:
        return "Model", True  # "the Separable Learning Vision Model (SLVM), a ... framework": a model all the same
    if label is not None and not (label == "Method" and (cues.model_shape.match(text) or text.endswith("Bench"))):
        return label, True
    last = doc[end - 1].text
    window = []
    for token in doc[after : min(after + 4, len(doc))]:
        if token.text == "to" or token.lower_ in cues.appositive_stops:
            break  # "(PAA) to model ...": a verb, no head word; "X on a benchmark of ...": not X's head
        if token.text not in {",", "a", "an", "the", "new", "novel"}:
            window.append(token.text)
    before = [t.text for t in doc[max(0, start - 3) : start] if t.text not in {",", '"', "“"}]
    for position, word in enumerate(window[:2] + before[-1:]):
        if word in cues.dataset_heads:
            return "Dataset", True
        if word in cues.model_heads and not (position == 0 and word.endswith("s") and word[:1].islower()):
            return "Model", True  # not "to train NormFormer models": the models built with a name say nothing of it
        if word in cues.method_heads:
            return "Method", True
    if last in cues.dataset_heads or text.endswith(("Bench", "QA")):
        return "Dataset", True
    if text.endswith(cues.dataset_name_endings) and not (end < len(doc) and doc[end].text == ":"):
        return "Dataset", True  # "a test called SectEval"; a title's "FooEval: ..." may name an evaluation method
    if cues.count_suffix.match(text.replace(" ", "")):
        return "Dataset", True  # "COMPASS-20K", "JMaze-200K"
    if cues.model_shape.match(text) or cues.size_suffix.match(last):
        return "Model", True
    if any(cues.parameter_count.match(token.text) for token in doc[start:end]):
        return "Model", True  # "Light-R1-14B-DS": a parameter count inside the name
    base, _, size = text.split(" ")[-1].rpartition("-")
    if size.partition("/")[0] in cues.model_size_parts and is_coined(base):
        return "Model", True  # "LlamaGen-XL", "Foo-Large", "SiT-XL/2" (with its patch size): a model's size variant
    if end - start > 1 and last in cues.metric_heads:
        return "Metric", True  # "the Wasserstein Distance", "Structural Similarity Index"
    if text.endswith(("LLM", "LM", "GPT", "BERT")):
        return "Model", False  # only the letters say so: what the text says about the name wins
    return "Method", False


def _participle_after(doc: Doc, end: int, cues: NameCues) -> bool:
    """Whether ", fine-tuned ..." / ", pretrained ..." follows a name: what is fine-tuned is a model."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    return trained_word(doc, end + 1, cues)


def trained_word(doc: Doc, index: int, cues: NameCues) -> bool:
    """Whether a participle of training starts at ``index`` ("fine-tuned", "pretrained", "trained")."""
    word = doc[index].lower_
    if index + 2 < len(doc) and doc[index + 1].text == "-" and not doc[index].whitespace_:
        word = f"{word}-{doc[index + 2].lower_}"
    return (word in cues.model_verbs or word in author_cues().training_verbs) and word.endswith("ed")
