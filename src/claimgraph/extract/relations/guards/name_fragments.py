"""Arguments that are only a piece of a longer name written in the text.

A relation is only as good as its two arguments. :func:`fragment` looks at the characters and tokens
around a head or tail span and says when the span is a piece of a longer name the entity stage did not
join (issue #17: "Real" from Sim-to-Real, "ImageNet" from ImageNet-LT, "Argoverse" from Argoverse 2,
"Qwen3" from Qwen3-VL, "Linear Attention" from Multi-scale Linear Attention Cascade);
:func:`cut_from_longer` says when a name is cut from a longer one written without a space. Cue words
are data in ``cues/relations.json``: ``modifier_suffixes`` (what may follow "X-" without making X a
fragment: "-based", "-style") and ``name_continuations`` (capitalised words that continue a model name:
"Instruct", "Preview"); ``relation_reading.json`` has ``subset_nouns`` and ``dataset_free_before``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.pipeline.token_table import doc_text
from claimgraph.extract.relations.guards.longer_names_before import coded_name_part, dataset_name_end, method_name_end
from claimgraph.extract.relations.guards.reading_cue_words import reading_cues
from claimgraph.extract.relations.guards.word_shapes import all_capitals_code, title_like, titled

#: A token that continues a name after a space: a version number ("Argoverse 2",
#: "Spider 2.0") or an all-capitals code ("ECARE KRE", "PUP 3D-GS"); not a year.
_NUMBER = re.compile(r"v?\d+(\.\d+)*", re.IGNORECASE)
YEAR = re.compile(r"(19|20)\d\d")
#: A capital and a digit opening a version code after a space ("M3-plus", "K2", "R1-Zero").
_LETTER_CODE = re.compile(r"[A-Z]\d+(\.\d+)?(-[A-Za-z0-9]+)*")

#: A size or context suffix that makes a variant of the same model ("GPT-4-128K", "LLaMA-7B").
_SIZE = re.compile(r"\d+(\.\d+)?[KkMmBbTt]")

#: A parenthesised abbreviation and a version number after a name ("Stable Diffusion (SD) 2.1", "(SD) v1.5").
_VERSION_AFTER_ABBREVIATION = re.compile(r" \([^()]{1,12}\) v?\d")

#: A possessive ending ("Magistral Medium's 50.3": the name goes on with "Medium").
_POSSESSIVE = re.compile(r"['\u2019]s$")

#: Up to three whitespace-separated words (without copying the rest of the text).
_THREE_WORDS = re.compile(r"(?:\s*\S+){0,3}")


def _continuation(text: str, at: int) -> str:
    """The word glued to ``text`` at ``at`` ("LT" of "ImageNet-LT"), letters and digits only."""
    end = at
    while end < len(text) and (text[end].isalnum() or text[end] == "."):
        end += 1
    return text[at:end].rstrip(".")


def fragment(span: Span, rc: RelationCues, entity_starts: frozenset[int] = frozenset()) -> bool:
    """Whether ``span`` is only part of a longer name in its text.

    - glued to a letter or digit on either side (mid-word);
    - glued by a hyphen to a name part that is not a modifier suffix:
      "ImageNet-LT", "Qwen3-VL", "Skywork-SWE" (but "Transformer-based",
      "Window-Based", and a size variant "GPT-4-128K"), or after one ("Sim-to-Real");
    - followed after a space by a version number, an all-capitals code or a
      model-name word ("Argoverse 2", "ECARE KRE", "Llama3 8B Instruct"), a Model by a capital-and-digit
      code ("Baichuan M3-plus"), or a dataset
      by a capitalised word ("MSD Liver Tumor"; not a part: "MathVerse Vision-Only subset"),
      unless that token starts another entity (``entity_starts``) or is a year;
    - inside a run of capitalised words ("Multi-scale Linear Attention Cascade",
      "Compositional Latent Diffusion Transformers"), not at a sentence start;
    - a Method/Model after a capitalised word or a dimension code ("Textual CoT",
      "3D LDM"), a Dataset in a name of a code and capitalised words ("SIIM-ACR
      Pneumothorax", "RSNA Pneumonia"), or a name followed by its abbreviation and a
      version ("Stable Diffusion (SD) 2.1").
    """
    doc = span.doc
    text = doc_text(doc)
    start, end = span.start_char, span.end_char
    if end < len(text) and text[end].isalnum():
        rest = _continuation(text, end)
        # "GPT-4-128" cut from "GPT-4-128K": a size variant of the same model, not another name
        return not (len(rest) == 1 and rest in "KkMmBbTt" and text[end - 1].isdigit())
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "}^_"):
        return True  # "Doc" of "M^{6}Doc"
    if end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum():
        following = _continuation(text, end + 1)
        if (
            following.lower() not in rc.modifier_suffixes
            and (following[:1].isupper() or following[:1].isdigit() or following.lower() in rc.name_continuations)
            and not _SIZE.fullmatch(following)
        ):
            return True  # "ImageNet-LT", "Qwen3.5-Omni-plus"
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():
        return True
    if text[end : end + 4].lower() == "-to-":
        return True  # "DSM" of "DSM-to-DTM translation": one side of a pair
    if text[end : end + 1] == "+" and not text[end + 1 : end + 2].isalnum():
        return True  # "UNet3" of "UNet3+", "U-Net" of "U-Net++": another model
    if _VERSION_AFTER_ABBREVIATION.match(text, end):
        return True  # "Stable Diffusion (SD) 2.1": the version after the abbreviation belongs to the name
    if span.end < len(doc) and doc[span.end - 1].whitespace_ and span.end not in entity_starts:
        nxt = doc[span.end]
        if nxt.is_sent_start:
            return False
        word = _POSSESSIVE.sub("", text[nxt.idx :].split(None, 1)[0].rstrip(",.;:)"))
        if _NUMBER.fullmatch(word) and not YEAR.fullmatch(word):
            return True  # "Argoverse 2"
        if span.label_ == "Model" and _LETTER_CODE.fullmatch(word):
            return True  # "Baichuan M3-plus", "Kimi K2": a model name goes on with a letter-and-digit code
        if word[:1].isupper() and word.lower() in rc.name_continuations:
            return True  # "Llama3 8B Instruct", not "MathVerse Vision-Only subset"
        if span.label_ in ("Model", "Method") and titled(word.split("+", 1)[0]) and not title_like(span.sent):
            return True  # "LLaMA Guard 3 8B", "Claude Computer Use", "Swin Transformer+EnlightenGAN": a longer name
        if span.label_ == "Dataset" and titled(word) and not title_like(span.sent) and not _part_named(doc, span):
            return True  # "On MSD Liver Tumor, X improves mDice": a longer name; not "MathVerse Vision-Only subset"
        if len(word) >= 2 and all_capitals_code(word):
            following = doc[span.end + 1] if span.end + 1 < len(doc) else None
            if following is None or following.text != "(":  # "X RAG (retrieval ...)" defines an acronym
                return True  # "ECARE KRE", "PUP 3D-GS"
    if span.label_ == "Dataset" and (dataset_name_end(span, rc) or coded_name_part(span)):
        return True  # "Moving MNIST", "UPMC Food-101", "AIHub-based Korean benchmark": not a whole dataset name
    if span.label_ in ("Model", "Method") and method_name_end(span, rc):
        return True  # "Textual CoT", "Probabilistic U-Net", "3D LDM": a longer name than CoT, U-Net, LDM
    return _in_capitalised_run(span)


def _part_named(doc: Doc, span: Span) -> bool:
    """Whether a subset noun follows within three words after the dataset ("the MathVerse Vision-Only
    subset", "the UnsafeBench Sexual category"): the capitalised words after it name a part of it."""
    words = _THREE_WORDS.match(doc_text(doc), span.end_char).group().split()
    return any(w.rstrip(",.;:)").lower() in reading_cues().subset_nouns for w in words)


def _in_capitalised_run(span: Span) -> bool:
    """Whether capitalised words stand right before and after ``span`` (itself
    capitalised): it is the middle of a longer name, not a name of its own."""
    doc = span.doc
    text = doc_text(doc)
    start, end = span.start_char, span.end_char
    if not all(t.text[:1].isupper() for t in span if t.is_alpha):
        return False
    if start < 2 or end >= len(text) or not text[start - 1].isspace() or not text[end].isspace():
        return False
    before = text[:start].split()
    after = text[end:].split(None, 1)
    if not before or not after or not titled(before[-1]) or not titled(after[0].rstrip(",.;:)")):
        return False
    first_before = doc.char_span(start - 1 - len(before[-1]), start - 1, alignment_mode="expand")
    return first_before is not None and not first_before[0].is_sent_start


def cut_from_longer(span: Span) -> bool:
    """Whether the name is cut from a longer one written without a space: a letter or digit
    right after it ("SigLIP-So400" of "SigLIP-So400m"), or a hyphen and a letter ("o3-mini" of
    "o3-mini-high", "JEPA" of "JEPA-predictor")."""
    after = doc_text(span.doc)[span.end_char : span.end_char + 2]
    return after[:1].isalnum() or after[:1] == "-" and after[1:].isalpha()
