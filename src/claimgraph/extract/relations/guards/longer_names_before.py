"""Arguments that end a longer name begun by the words before them.

A name with a capitalised word, a dimension code or an all-capitals code right before it, inside its
sentence and separated by a space only, is often the last part of a longer name the entity stage did
not join: a Method/Model after a qualifier (:func:`method_name_end`: "Textual CoT", "3D LDM"), a Dataset
after a capitalised word or a hyphenated modifier (:func:`dataset_name_end`: "Moving MNIST", "a corrected
AIHub-based Korean benchmark") and a Dataset that is one part of a name of a code and capitalised words
(:func:`coded_name_part`: "SIIM-ACR Pneumothorax"). Title-like sentences, others words, languages and
two codes naming one dataset ("MS COCO") are not read so. :func:`~.name_fragments.fragment` asks these.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.pipeline.sentence_view import ENTITIES
from claimgraph.extract.pipeline.token_table import doc_text
from claimgraph.extract.relations.guards.reading_cue_words import reading_cues
from claimgraph.extract.relations.guards.word_shapes import all_capitals_code, title_like, titled

#: A dimension code that opens a longer name ("3D LDM", "2D U-Net").
_DIMENSION = re.compile(r"[1-4]D")


def _word_before(text: str, end: int) -> str:
    """The last whitespace-delimited word of ``text[:end]`` ("" when there is none), read back from ``end``."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _inner_word_before(span: Span) -> str:
    """The whitespace-delimited word right before ``span``, separated from it by a space, when it is
    inside the sentence: not its first word, not after a colon or a full stop ("Results: Our X"
    capitalises "Our" as an opening); "" otherwise."""
    doc = span.doc
    if span.start == 0 or doc[span.start].is_sent_start or not doc[span.start - 1].whitespace_:
        return ""
    text = doc_text(doc)
    word = _word_before(text, span.start_char)
    at = span.start_char - 1 - len(word)
    while at > 0 and text[at - 1].isspace():
        at -= 1
    if at <= doc[span.start].sent.start_char or text[at - 1] in ":.;!?()":
        return ""
    return word


def method_name_end(span: Span, rc: RelationCues) -> bool:
    """Whether a capitalised word or a dimension code stands right before a Method/Model name inside
    its sentence: it is the end of a longer name ("outperforms Textual CoT and Visual CoT methods",
    "than Probabilistic U-Net", "such as HA-GAN, 3D LDM and WDM-3D"). Not a hyphenated modifier
    ("GAN-based MI-CycleGAN", "RGB-only ViT-Tiny"), an acronym ("MS COCO"), a capitalised others
    word or determiner ("Vanilla RLVR", "(3) The DINO model"), nor in a title-like sentence."""
    word = _inner_word_before(span)
    if not word or title_like(span.sent):
        return False
    lower = word.lower()
    if lower in rc.others_words or lower in reading_cues().unnamed_object_leads or lower in rc.own_words:
        return False
    if not (span.text[:1].isupper() or span.text[:1].isdigit()):
        return False  # "a 3D multi-plane vision transformer (MP-ViT)": a description, not a cut name
    if _DIMENSION.fullmatch(word):
        return True
    return titled(word) and word.rsplit("-", 1)[-1][:1].isupper()


def coded_name_part(span: Span) -> bool:
    """Whether a Dataset is one part of a name of an all-capitals code and capitalised words, with a
    space between ("on RSNA Pneumonia and SIIM-ACR Pneumothorax"): a capitalised word after a code
    before it, or a code before another Dataset entity's capitalised word; neither is the whole name.
    Not two codes ("MS COCO", "PASCAL VOC2012": the same dataset, read by :func:`dataset_name_end`)."""
    doc = span.doc
    text = span.text
    before = _inner_word_before(span)
    if titled(text.split()[0]) and all_capitals_code(before) and not title_like(span.sent):
        return True  # "SIIM-ACR Pneumothorax": Pneumothorax
    if not all_capitals_code(text) or span.end >= len(doc) or not doc[span.end - 1].whitespace_:
        return False
    names = doc.spans.get(ENTITIES, ())
    nxt = doc[span.end]
    return titled(nxt.text) and any(e.start == span.end and e.label_ == "Dataset" for e in names)


def dataset_name_end(span: Span, rc: RelationCues) -> bool:
    """Whether a capitalised word stands right before the dataset, separated by a space only and
    not opening the sentence: the dataset is the end of a longer name ("Moving MNIST", "Object
    HalBench"); not in a title-like sentence, not a language ("English EmoVoice-DB"). Also a
    hyphenated modifier before it ("a corrected AIHub-based Korean benchmark"): a description."""
    doc = span.doc
    if span.start == 0 or doc[span.start].is_sent_start or not doc[span.start - 1].whitespace_:
        return False
    last = _word_before(doc_text(doc), span.start_char)
    if last[:1].isupper() and "-" in last:
        if last.rsplit("-", 1)[-1].lower() in rc.modifier_suffixes:
            return True  # not "improves fine-tuned GLUE performance"
    prev = doc[span.start - 1]
    if prev.is_sent_start or prev.text.lower() in reading_cues().dataset_free_before or title_like(span.sent):
        return False
    return titled(prev.text)  # not an all-capitals code: "MS COCO", "PASCAL VOC2012" name the same dataset
