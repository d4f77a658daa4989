"""How far a dataset name reaches past what its candidate covered (pure functions of the doc, the cue tables
and the lexicon's normalised forms ``all_forms``): a known dataset grows over a word that names a subset or
variant of its own ("GPQA Diamond", "ImageNet-hard", :func:`subset_extent`), a dataset written as one
acronym over the spaced name word after it ("UC Merced", "IU X-Ray", :func:`acronym_part_end`), and a dataset over
the year of its release written after it ("BraTS 2021", :func:`dataset_year_end`). Titles, in Title Case, are left
alone."""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_shapes import glued_extent, hyphen_glued, is_acronym, is_coined, modifies_next
from claimgraph.extract.pipeline.sentences import in_title
from claimgraph.extract.pipeline.token_table import table
from claimgraph.names import normalize_name


def subset_extent(doc: Doc, start: int, end: int, cues: NameCues, all_forms: frozenset[str]) -> tuple[int, int]:
    """Grow a known dataset name in the abstract over a word that makes it a subset or variant of its own.

    The word is a capitalised plain word after a space, on either side
    ("GPQA Diamond", "LIBERO Object", "SWE-Bench Lite", "Foggy Cityscapes",
    "Moving MNIST"), or a lowercase word glued by a hyphen after it
    ("ImageNet-hard", "VideoMME-long"); not a head, task or metric word
    ("MMLU Benchmark", "COCO Detection", "CheXpert Macro-F1"), a suffix
    ("ImageNet-based", "COCO-pretrained"), a stop word or a known name of
    the lexicon ("Llama MMLU"). Titles, written in Title Case, are left alone.
    """
    if in_title(doc, start):
        return start, end
    if (
        end + 1 < len(doc)
        and hyphen_glued(table(doc), end + 1)
        and doc[end + 1].is_alpha
        and doc[end + 1].is_lower
        and len(doc[end + 1].text) > 2
        and not doc[end + 1].is_stop
        and doc[end + 1].lower_ not in cues.suffix_stoplist
        and not doc[end + 1].text.endswith(("ed", "ing"))  # "RELLIS-3D-demonstrating": a dash, then a verb
    ):
        end += 2
    elif end < len(doc) and doc[end - 1].whitespace_ and _is_subset_word(doc, end, cues, all_forms):
        end += 1
    else:
        end = acronym_part_end(doc, start, end, cues, all_forms)  # "KITTI MOTS"
    if start >= 1 and doc[start - 1].whitespace_ and _is_subset_word(doc, start - 1, cues, all_forms):
        start -= 1
    return start, end


def acronym_part_end(doc: Doc, start: int, end: int, cues: NameCues, all_forms: frozenset[str]) -> int:
    """The end of the spaced name word after a dataset written as one acronym (``end`` when there is none).

    "UC Merced", "IU X-Ray", "CMU MOSI", "NWPU VHR-10", "KITTI MOTS", "CH SIMS": after a bare acronym a
    coined word (with its hyphen-glued parts: "X-Ray"), and a capitalised plain word after that ("ASL STEM
    Wiki"), or a capitalised plain word (:func:`_is_subset_word`) is the rest of the name. Not a known name of
    the lexicon ("COCO FID", "POPE F1"), a setting acronym ("ORFD OOD scenarios"), a generic acronym,
    a head or metric word, a word glued to a hyphen compound after it ("CLIP ViT-based"), nor a plain
    word that modifies a lowercase noun after it ("on SAR Target detection"); titles, in Title Case, are
    left alone.
    """
    if end - start != 1 or end >= len(doc) or not is_acronym(doc[start].text) or not doc[start].whitespace_:
        return end
    if in_title(doc, start) or doc[end].is_sent_start or not doc[end].text[:1].isupper():
        return end
    if _is_subset_word(doc, end, cues, all_forms):
        return end if modifies_next(doc, end + 1, cues) else end + 1
    part_end = glued_extent(doc, end, end + 1, cues)[1]
    text = doc[end:part_end].text
    if (
        is_coined(text)
        and "$" not in text
        and text not in cues.acronym_stoplist
        and text not in cues.setting_acronyms  # "on ORFD OOD scenarios": the setting, no subset
        and text not in cues.metric_heads
        and normalize_name(text) not in all_forms
        and not cues.size_suffix.match(text)
        and not cues.model_shape.match(text)
        and not (part_end < len(doc) and doc[part_end].text in {"-", "/"} and not doc[part_end - 1].whitespace_)
    ):
        if (
            part_end < len(doc)
            and _is_subset_word(doc, part_end, cues, all_forms)
            and not modifies_next(doc, part_end + 1, cues)
        ):
            return part_end + 1  # "ASL STEM Wiki"
        return part_end
    return end


def _is_subset_word(doc: Doc, index: int, cues: NameCues, all_forms: frozenset[str]) -> bool:
    """A capitalised plain word that can name a subset or variant of a dataset next to it (see
    :func:`subset_extent`)."""
    token = doc[index]
    text = token.text
    return (
        token.is_alpha
        and len(text) > 2
        and text[:1].isupper()
        and text[1:].islower()
        and not token.is_sent_start
        and not token.is_stop
        and token.lower_ not in cues.task_modifier_stoplist  # "ALFWorld Overall results": a quality, no subset
        and not (index + 1 < len(doc) and doc[index + 1].text == "-" and not token.whitespace_)
        and token.lower_ not in cues.dataset_heads
        and token.lower_ not in cues.task_phrase_heads
        and token.lower_ not in cues.metric_nouns
        and text not in cues.lexicon_trimmed_heads
        and text not in cues.metric_heads
        and text not in cues.method_heads
        and normalize_name(text) not in all_forms
    )


def dataset_year_end(doc: Doc, start: int, end: int, cues: NameCues, all_forms: frozenset[str]) -> int:
    """The end of a dataset name over a spaced year right after it (``end`` when there is none).

    "BraTS 2021", "IWSLT 2026", "Amazon Reviews 2023": the year names one yearly release of the
    dataset (a challenge edition, a crawl), a dataset of its own as the lexicon keeps releases apart
    (``dataset_year``). Not a year the lexicon lists as the entry's own release with the name or its last
    words ("COCO 2017", "MS COCO 2017"), one that opens a sentence, nor a year followed by a number or a word
    of ``dataset_year_counts`` ("MMLU 2023 times faster": a number, not a year).
    """
    if end >= len(doc) or doc[end].is_sent_start or not doc[end - 1].whitespace_:
        return end
    if not cues.dataset_year.match(doc[end].text) or in_title(doc, end):
        return end
    if any(normalize_name(doc[k : end + 1].text) in all_forms for k in range(start, end)):
        return end  # "MS COCO 2017": COCO's own release
    if end + 1 < len(doc) and (doc[end + 1].like_num or doc[end + 1].lower_ in cues.dataset_year_counts):
        return end
    return end + 1
