"""Arguments that stand for a class or family of methods, not for one named thing.

A relation with such an argument is dropped: "CNN baselines" are no rival, "Video Large Language Models"
use nothing. :func:`generic_class` reads a name that ends in a plural class word (``class_plurals`` of
``cues/relations.json``), :func:`paradigm` a learning paradigm or an architecture class ("RL", "CNN",
"VLA models"; ``paradigm_tails`` of ``cues/relation_reading.json``), :func:`glued_modifier` a name that
only modifies the noun after it ("BLOOMZ-based model", "GPT-4 based models") and :func:`class_mention` a
name, alone or in a list, followed by a plural class noun ("CNN baselines", "ViT and CNN baselines"),
while a Model's own family is a name ("Llama models").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.pipeline.token_table import doc_text
from claimgraph.extract.relations.guards.reading_cue_words import ReadingCues, reading_cues

#: A long form's abbreviation glued to a modifier suffix: " (GRPO)-trained".
_ABBREVIATED = re.compile(r"\s*\([^()\s]{1,20}\)-([A-Za-z]+)")


def generic_class(span: Span, rc: RelationCues) -> bool:
    """Whether ``span`` names a class of models ("Video Large Language Models",
    "Multimodal LLMs", "VideoLLMs"), not one model: a plural class word last
    ("models" only after another word) and no digit."""
    return generic_class_text(span.text, rc)


def generic_class_text(text: str, rc: RelationCues) -> bool:
    """Whether ``text`` names a class of models as :func:`generic_class` reads it (also a long form's text)."""
    words = text.lower().split()
    if not words or any(c.isdigit() for c in text):
        return False
    if len(words) == 1 and words[0] == "models":
        return False
    return words[-1].endswith(tuple(rc.class_plurals))


def _plain(text: str) -> str:
    """Lower-cased, hyphens as spaces, last word singular: "Vision-Language-Action models" ->
    "vision language action model"."""
    words = text.lower().replace("-", " ").split()
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def paradigm(span: Span, reading: ReadingCues, long_forms: dict[str, str] | None = None) -> bool:
    """Whether ``span`` names a learning paradigm or an architecture class ("RL", "CNN",
    "imitation learning", "VLA models"): by its text, its canonical name (``kb_id_``) or its
    long form in the paper. As a rival it stands for an unnamed instance, not a named method."""
    names = {span.text, span.kb_id_.split(":", 1)[-1]}
    if long_forms:
        names.add(long_forms.get(span.text.lower(), ""))
    return any(n and _plain(n) in reading.paradigm_tails for n in names)


def glued_modifier(view: SentenceView, e: Located, rc: RelationCues) -> bool:
    """Whether the name only modifies the noun after it: glued by a hyphen to a modifier
    suffix ("BLOOMZ-based model", "RGB-only counterparts", "HTV-oriented trackers"), a
    suspended hyphen ("CNN-, Transformer-, and CLIP-based methods"), a slash list glued to
    one ("DiT/JiT-like pixel diffusion models"), or followed by a modifier word ("GPT-4 based models")."""
    words = view.words
    word = words[e.last]
    part = e.key.rsplit(" ", 1)[-1].rstrip("-")
    rest = word[len(part) :] if word.startswith(part) else ""
    if rest == "-" or rest[:1] == "-" and rest[1:] in rc.modifier_suffixes:
        return True
    if rest[:1] == "/" and "-" in rest and rest.rsplit("-", 1)[-1] in rc.modifier_suffixes:
        return True  # "prior DiT/JiT-like pixel diffusion models": a slash list glued to the suffix modifies a class
    if "-" in e.key and e.key.rsplit("-", 1)[-1] in rc.modifier_suffixes:
        return True  # "automatic COCO-format ground-truth export": the name itself ends in a modifier suffix
    glued = _ABBREVIATED.match(doc_text(e.span.doc), e.span.end_char)
    if glued is not None and glued.group(1).lower() in rc.modifier_suffixes:
        return True  # "Group Relative Policy Optimization (GRPO)-trained agents"
    return e.last + 1 < len(words) and words[e.last + 1] in rc.modifier_words


def _plain_noun(view: SentenceView, j: int, rc: RelationCues) -> bool:
    """Whether word ``j`` is a plain lower-case word of letters that is neither an others word, a
    rival adjective, a baseline noun nor a preposition ("memory" of "RPA memory baselines"; not
    "other", "strong", "Transformer baseline models", "FuseChat-7B over baselines")."""
    if j >= len(view.words):
        return False
    word = view.sentence.doc[view.starts[j]].text
    lower = word.lower()
    reading = reading_cues()
    stops = (
        rc.others_words
        | reading.rival_adjectives
        | rc.list_joiners
        | rc.modifier_words
        | rc.eval_preps
        | reading.phrase_preps
        | reading.setting_preps
        | reading.comparison_preps
        | reading.object_preps
        | rc.use_stops
        | rc.subject_clauses
        | reading.baseline_nouns  # "Transformer baseline models": the Transformer baseline
    )
    return word.isalpha() and word.islower() and lower not in stops and lower not in ("as", "than")


def class_mention(view: SentenceView, e: Located, rc: RelationCues) -> bool:
    """Whether the name stands for a class or family of methods, not one method: it is
    followed by a plural class noun ("CNN baselines", "other FD methods", "multi-turn RL
    baselines"), alone or in a list of names or name modifiers before it ("ViT and CNN
    baselines", "CNN-, Transformer-, and CLIP-based methods", "GPT-4 based models").
    A Model's own family is a name ("Llama models", "GPT-4 and Llama models"). One plain lower-case
    noun may stand right after the name ("RPA memory baselines"; not "X and other baselines"), and so may
    the name's abbreviation in parentheses ("Explanation-Guided Learning (EGL) methods")."""
    words = view.words
    entity_words = {j: f for f in view.entities for j in range(f.first, f.last + 1)}
    j, closest = e.last + 1, e
    bare = words[e.last] == e.key.rsplit(" ", 1)[-1]  # not "Transformer-based diffusion models"
    if j + 2 < len(words) and words[j] == "(" and words[j + 2] == ")":
        j += 3  # "Explanation-Guided Learning (EGL) methods": the name's abbreviation stands between
    elif j < len(words) and words[j] == ")" and e.first > 0 and words[e.first - 1] == "(":
        j += 1  # "Explanation-Guided Learning (EGL) methods": the abbreviation itself
    elif bare and _plain_noun(view, j, rc) and j + 1 < len(words) and words[j + 1] in rc.class_nouns:
        j += 1  # "significantly outperforms RPA memory baselines": RPA names the kind of the baselines
    while j < len(words) and j - e.last <= 8:
        w = words[j]
        if w in rc.class_nouns:
            if closest.label == "Model" and w in rc.family_nouns and w not in reading_cues().derivative_nouns:
                return False  # "Llama models": the family; not "prior medical CLIP variants"
            return j == e.last + 1 or words[j - 1] not in rc.list_joiners
        if j in entity_words and entity_words[j].label in ("Method", "Model"):
            closest = entity_words[j]
            j = closest.last + 1
            continue
        if w not in rc.list_joiners and w not in rc.modifier_words:
            return False
        j += 1
    return False
