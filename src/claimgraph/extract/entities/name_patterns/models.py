"""Model names: a name with a parameter count ("SAIL-VL2-2B", cue ``model-shape``), a coined name after a
model verb ("we fine-tune YOLOWorld", ``model-verb``) and a model family before a plural model head word
("the EXAONE 3.5 instruction-tuned language models", ``head-name``)."""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns.tokens import BRACKETS
from claimgraph.extract.entities.name_patterns.type_guess import trained_word
from claimgraph.extract.entities.name_shapes import hyphen_glued, is_coined, name_end
from claimgraph.extract.pipeline.token_table import TokenTable, table


def glued_start(doc: Doc, index: int, cues: NameCues) -> int:
    """The first of the word parts glued by hyphens before token ``index`` ("Light" + "-R1" + "-14B"), not
    over a suffix word ("instruction-tuned")."""
    start = index
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
        and doc[start - 2].text.isalnum()
        and doc[start - 2].lower_ not in cues.suffix_stoplist
    ):
        start -= 2
    return start


def sized_name(doc: Doc, size: int, cues: NameCues):
    """A hyphenated name whose parameter count is a part of its own ("SAIL-VL2-2B", "Light-R1-14B-DS"): a
    Model, from its first glued part (capitalised or coined) to the count; later glued parts join it when the
    name grows. Not before a dataset head word."""
    start = glued_start(doc, size, cues)
    first = doc[start].text
    if start == size or not (first[:1].isupper() and sum(ch.isalpha() for ch in first) > 1):
        return
    if size + 1 < len(doc) and doc[size + 1].text in cues.dataset_heads:
        return
    yield start, size + 1, "model-shape", "Model"


def model_verb(tokens: TokenTable, index: int, lower: str, cues: NameCues, training_verbs: frozenset[str]) -> bool:
    """Whether token ``index`` ends a model verb ("fine-tuned", "finetune", "pre-trained")."""
    word = f"{tokens.lower[index - 2]}-{lower}" if hyphen_glued(tokens, index) else lower
    return word in cues.model_verbs or word in training_verbs


def model_after(doc: Doc, index: int, cues: NameCues, *, whole: bool = False):
    """A coined name right after a model verb: "we fine-tune YOLOWorld", "a pretrained V-JEPA encoder".

    Articles may come between; short generic acronyms ("pretrained VLMs")
    and names glued into a longer compound ("CLIP-based") are no model names.
    """
    while index < len(doc) and doc[index].lower_ in cues.appositive_skip:
        index += 1
    if index >= len(doc) or doc[index].is_sent_start:
        return
    end = name_end(doc, index, cues, allow_plain=False)
    if end == index or not is_coined(doc[index:end].text) or "$" in doc[index:end].text:
        return
    if doc[index:end].text in cues.acronym_stoplist or BRACKETS.intersection(doc[index:end].text):
        return
    text = doc[index:end].text
    if text.isupper() and len(text) <= 4 and end < len(doc) and doc[end].is_lower:
        return  # "pretrained VLA policies": a short acronym that modifies a noun names a kind of model
    if end < len(doc) and doc[end].text in {"-", "/"} and not doc[end - 1].whitespace_:
        return  # "fine-tuned CLIP-based models": a modifier
    if end < len(doc) and doc[end].is_lower and doc[end].text in cues.model_heads and doc[end].text.endswith("s"):
        return  # "to train NormFormer models": models built with the name say nothing of it
    if whole and end < len(doc) and doc[end].is_alpha and doc[end].is_lower and not doc[end].is_stop:
        return  # "the trained AlloSpatial agents": after "train" the name must be the whole object
    yield index, end, "model-verb", "Model"


def after_trained_opening(doc: Doc, start: int, cues: NameCues) -> bool:
    """Whether the name at ``start`` is the subject after an opening participle of training: "Trained on this
    scaled-up data, ScaleCUA can operate ...", "Fine-tuned on X, FooLM reaches ..."."""
    if start < 3 or doc[start - 1].text != ",":
        return False
    tokens = table(doc)
    index = tokens.sentence_start(start - 2)
    if "," in tokens.text[index + 1 : start - 1]:
        return False
    return doc[index].is_sent_start and trained_word(doc, index, cues)


def family_before_models(doc: Doc, head: int, cues: NameCues):
    """A model family named before a plural model head word, after "the" or "our", with only lowercase
    modifiers between: "the EXAONE 3.5 instruction-tuned language models", "our Ministral 3 models". The name
    is a capitalised word with a version number, or a coined word ("EXAONE", "MathCoder2"); a short acronym
    names a kind ("the GNN models", "the CAD models") and a plain word a class ("the Transformer models")."""
    end = head
    while end > 0 and head - end < 5 and (doc[end - 1].text == "-" or _plain_modifier(doc[end - 1])):
        end -= 1  # "instruction-tuned language"
    if end < head and doc[end].text == "-":
        return  # "the LLaMA-based models": a compound modifier, no name before the head
    start = end - 1
    if start >= 1 and cues.release_number.match(doc[start].text) and doc[start - 1].text[:1].isupper():
        start -= 1  # "EXAONE 3.5", "Ministral 3"
    elif start < 1 or not is_coined(doc[start].text):
        return
    word = doc[start].text
    if word in cues.acronym_stoplist or (word.isupper() and len(word) < 5):
        return
    if start < 1 or doc[start - 1].lower_ not in ("the", "our") or doc[start].is_sent_start:
        return
    yield start, end, "head-name", "Model"


def _plain_modifier(token) -> bool:
    """Whether a lowercase word may modify a head noun after it: no stop word ("and", "other") and no word in -s,
    which is a verb or a plural ("our SHIFT equips LLMs", "X outperforms models")."""
    return token.is_alpha and token.is_lower and not token.is_stop and not token.text.endswith("s")
