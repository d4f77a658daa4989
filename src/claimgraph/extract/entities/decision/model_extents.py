"""How far a model name reaches past what its candidate covered (pure functions of the doc and the cue
tables): over a glued variant part ("EfficientNet-B3", :func:`variant_part_end`), a glued numbered word
("GPT-image-1", :func:`numbered_word_end`), a single-digit version ("LLaMA-Omni 2",
:func:`single_digit_version`), spaced variant words after a version ("Gemini 1.5 Pro",
:func:`spaced_variant_end`) and the spaced mark of one release ("Claude Opus 4.6", "Kimi K2.5",
:func:`spaced_release_end`)."""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_shapes import glued_extent, hyphen_glued
from claimgraph.extract.pipeline.token_table import table
from claimgraph.names import normalize_name


def variant_part_end(doc: Doc, end: int, cues: NameCues) -> int:
    """The end of a name ending at ``end`` grown over glued name parts and a variant part ("VCMamba" + "-B")."""
    end = glued_extent(doc, end - 1, end, cues)[1]
    if (
        end + 1 < len(doc)
        and hyphen_glued(table(doc), end + 1)
        and cues.variant_part.match(doc[end + 1].text)
        and not (end + 2 < len(doc) and doc[end + 2].text == "-" and not doc[end + 1].whitespace_)
    ):
        end += 2
    return end


def numbered_word_end(doc: Doc, end: int, cues: NameCues) -> int:
    """Grow a Model name over a hyphen-glued lowercase word with a number ("GPT-image-1", "gpt-oss-20"):
    the model is that product, not the family. A glued word with no number ("GPT-based") is no part."""
    if (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and cues.numbered_word_part.match(doc[end + 1].text)
    ):
        return end + 2
    return end


def single_digit_version(doc: Doc, start: int, end: int, cues: NameCues) -> bool:
    """Whether a single digit after a model name is its version: after a hyphenated name ("LLaMA-Omni 2", not
    "GPT-4 2 times"), or after any name when a capitalised variant word follows it ("the Gemini 3 Pro
    reaches ...", "Nemotron 3 Nano"), which then grows the name further (not "Gemini 3 times")."""
    if end >= len(doc) or not doc[end - 1].is_alpha or doc[end].is_sent_start:
        return False
    digit = doc[end].text
    if len(digit) != 1 or digit not in "23456789":
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    if end - start >= 3:
        return after is None or after.lower_ not in cues.version_counts
    return (
        after is not None
        and doc[end].whitespace_ != ""
        and after.text[:1].isupper()
        and after.text in cues.variant_words
        and not after.is_sent_start
    )


def spaced_variant_end(doc: Doc, end: int, cues: NameCues) -> int:
    """Grow a versioned model name over capitalised variant words after a space
    ("SD3.5 Large", "Gemini 1.5 Pro", "Claude 3.5 Sonnet", also "GPT-5.4 mini"; not "BERT Large": no version)."""
    grown = end
    while (
        grown < len(doc)
        and grown - end < 2
        and doc[grown - 1].text[-1:].isdigit()
        and (
            (doc[grown].text[:1].isupper() and doc[grown].text in cues.variant_words)
            or doc[grown].text in cues.spaced_lowercase_variants  # "GPT-5.4 mini"
        )
        and not (grown + 1 < len(doc) and doc[grown + 1].text == "-" and not doc[grown].whitespace_)
        and not doc[grown].is_sent_start
    ):
        grown += 1
    return grown


def spaced_release_end(doc: Doc, end: int, cues: NameCues, all_forms: frozenset[str]) -> int:
    """Grow a Model name over the spaced mark of one release: a capital with a version number ("MiniMax M2.7",
    "Kimi K2.5") or a capitalised variant word with one ("Claude Opus 4.6", "Gemini Pro 1.0"). Without it the
    name is the family or the company, not the model compared. Not over a name of its own ("Flan T5" is
    grown, "BERT T5" is two names only when a lexicon knows "T5"), nor into the next sentence or a hyphen
    compound ("Claude Opus 4.6-based"), nor after a size ("Qwen3.5-0.8B L9": a layer of that model)."""
    if end >= len(doc) or doc[end].is_sent_start or not doc[end - 1].whitespace_:
        return end
    if cues.size_suffix.match(doc[end - 1].text):
        return end  # "Qwen3.5-0.8B L9 H4": after a sized model, a layer or a head, no release
    text = doc[end].text
    if cues.release_mark.match(text) and normalize_name(text) not in all_forms:
        grown = end + 1
    elif (
        end + 1 < len(doc)
        and text[:1].isupper()
        and text in cues.variant_words
        and doc[end].whitespace_
        and cues.release_number.match(doc[end + 1].text)
    ):
        grown = end + 2
    elif (hyphened := _hyphened_release_end(doc, end, cues)) > end:
        grown = hyphened
    else:
        return end
    if grown < len(doc) and doc[grown].text == "-" and not doc[grown - 1].whitespace_:
        return end
    return grown


def _hyphened_release_end(doc: Doc, index: int, cues: NameCues) -> int:
    """The end of a variant word joined by a hyphen to a version after a spaced Model name, ``index`` when
    there is none: "Claude Opus-4.6", "Whisper large-v3", "Gemini Pro-1.5" name one release, the bare name
    the family. A variant word with no version ("BERT large-scale") is none."""
    head, hyphen, tail = doc[index].text.partition("-")
    if hyphen and head in cues.variant_words and _is_release(tail, cues):
        return index + 1  # one token: "Opus-4.6"
    if (
        index + 2 < len(doc)
        and doc[index].text in cues.variant_words
        and doc[index + 1].text == "-"
        and not doc[index].whitespace_
        and not doc[index + 1].whitespace_
        and _is_release(doc[index + 2].text, cues)
    ):
        return index + 3  # "large" "-" "v3"
    return index


def _is_release(text: str, cues: NameCues) -> bool:
    """Whether ``text`` is a release number or a version ("4.6", "v3")."""
    return bool(cues.release_number.match(text) or cues.version.match(text))
