"""Tails listed with the head or spelling the head's name out (:func:`coordinated`), the head's own
model at one size (:func:`_own_size`), and "we apply <ours> to Y" (:func:`applied_to`)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.claims.subjects import PaperContext
from claimgraph.extract.entities.abbreviation_forms import short_forms
from claimgraph.extract.entities.name_shapes import capitals
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView, written_word
from claimgraph.extract.relations.uses.cues import _abbreviates, _without_aside, uses_cues
from claimgraph.extract.relations.uses.fragments import name_fragment
from claimgraph.extract.relations.uses.openings import _opening_object
from claimgraph.extract.relations.uses.own_method import component_actor

#: A model size in billions after a name, past an optional short tag ("-7b", " 8b", "-t-7b"), or a
#: variant tag of one letter or a digit and a letter ("-s", "-2s"); lower case. Not "-1m", "-450k",
#: the sizes of data sets ("EditHF-1M"), nor a longer tag that may name another model ("-er").
_SIZE_AFTER = re.compile(r"[-\s]?(?:[a-z]{1,2}-)?\d+(\.\d+)?b|-\d?[a-jln-z]")


def applied_to(
    view: SentenceView, tails: list[Located], ctx: PaperContext, rc: RelationCues, self_heads: frozenset[str]
) -> list[tuple[Span | None, bool, Located]]:
    """ "we apply <ours> to Y", "extending <ours> to Y": (head, explicit, tail Y).

    The words between the verb and "to" must name the paper's method: a proposed
    entity (the head, explicit) or "our method", "it" (the proposed entity)."""
    words = view.words
    if view.present.isdisjoint(rc.apply_verbs) or "to" not in view.present:
        return []
    found = []
    for i, word in enumerate(words):
        if word not in rc.apply_verbs or "to" not in words[i + 1 : i + 8]:
            continue
        to = words.index("to", i + 1)
        named = [e for e in view.entities if i < e.first and e.last < to and ctx.is_proposed(e)]
        gap = words[i + 1 : to]
        ours = ("our" in gap and any(w in self_heads for w in gap)) or gap[:1] in (("it",), ("them",))
        if not named and not ours:
            continue
        head, explicit = (named[0].span, True) if named else (ctx.proposed, False)
        if head is None or not explicit and (component_actor(ctx) or _opening_object(view, head, i)):
            continue  # "With EnvScaler, we synthesize ... scenarios, and apply them to SFT": not EnvScaler's
        last = -1
        for tail in tails:
            if last < 0 and tail.first in (to + 1, to + 2) and words[to + 1 : tail.first] in ((), ("the",)):
                if name_fragment(view, tail, rc) or tail.label == "Dataset" and word in rc.uses_apply_eval_verbs:
                    break  # "we applied our method to the WBC dataset": an evaluation, not a use
                if tail.key.replace("-", " ").split()[-1] in uses_cues().uses_task_ends:
                    break  # "Applying GRIN to autoregressive language modeling": a task
                found.append((head, explicit, tail))
                last = tail.last
            elif (
                last >= 0
                and tail.first > last
                and all(w in rc.chain_words for w in _without_aside(view, last + 1, tail.first))
            ):
                found.append((head, explicit, tail))  # "to X, Y and Z"
                last = tail.last
            elif last >= 0 and tail.first > last:
                break
    return found


def _spelled_out(name: str, long: str) -> bool:
    """Whether a one-word name contracts a longer one: its capitals are the initials of the long
    name's words ("PreFM", "Predictive Future Modeling") and each capitalised piece opens the word
    it stands for ("TactAlign" and "Tactile Alignment"): the same method, so not what it uses."""
    if not _abbreviates(name, long):
        return False
    pieces = re.findall(r"[A-Z][a-z]*", name)
    words = [w for w in re.split(r"[\s-]+", long) if w]
    if len(pieces) != len(words):
        return False
    return all(w.lower().startswith(p.lower()) for p, w in zip(pieces, words, strict=True))


def _inside_own_long_form(view: SentenceView, head: Span, tail: Located) -> bool:
    """Whether ``tail`` ends a longer phrase of the sentence that spells the head out: the head is
    one word whose capitals are the initials of the phrase's words (hyphen pieces counted,
    uses_long_form_joiners words such as "and"/"of" skipped; the words before the tail
    capitalised), and the phrase opens before the tail ("UPRE: Zero-Shot Domain Adaptation for
    Object Detection via Unified Prompt and Representation Enhancement": "Representation
    Enhancement" is a piece of UPRE's own name, not a method UPRE uses)."""
    name, joiners = head.text, uses_cues().uses_long_form_joiners
    letters = capitals(name)
    if " " in name or len(letters) < 3:
        return False
    pieces: list[str] = []
    for j in range(tail.last, max(-1, tail.first - 10), -1):
        word = [p for p in re.split(r"[\s-]+", written_word(view, j)) if p]
        if j < tail.first and not all(p[0].isupper() or p.lower() in joiners for p in word):
            return False  # "AdaGC adopts a gradient calibration (GC) mechanism": no spelled-out name
        pieces = word + pieces
        initials = "".join(p[0] for p in pieces if p.lower() not in joiners).upper()
        if j < tail.first and initials == letters:
            return True
        if len(initials) >= len(letters) or not letters.endswith(initials):
            return False
    return False


def _ends_in_own_long_form(name: str, long: str) -> bool:
    """Whether a longer name ends in capitalised words (hyphen pieces counted, joiners such as "of"
    skipped) whose initials are all the capitals of the one-word ``name``, after words of its own
    ("PGPO" and "Pseudocode-style Planning Guided Preference Optimization"): the name's own long form
    with a modifier, the same method, not what it uses."""
    letters, joiners = capitals(name), uses_cues().uses_long_form_joiners
    if " " in name or len(letters) < 3:
        return False
    pieces = [p for p in re.split(r"[\s-]+", long) if p and p.lower() not in joiners]
    run = pieces[len(pieces) - len(letters) :]
    return len(pieces) > len(letters) and all(p[:1].isupper() for p in run) and "".join(p[0] for p in run) == letters


def _head_goes_on(head: Span, tail: Located) -> bool:
    """Whether the tail's words open with all of the head's words and go on after a space ("MorfFlex"
    and "MorfFlex CZ", "Multi-LoRA Interaction" and "multi-LoRA Interaction for mathematical reasoning
    Distillation"): a longer name built on the head's, an instance the head makes or its whole name,
    not something the head uses."""
    own, other = head.text.lower().split(), tail.span.text.lower().split()
    return len(other) > len(own) and other[: len(own)] == own


def _letters_blend(name: str, long: str) -> bool:
    """Whether a one-word name with capitals inside and some lower case blends the openings of a
    longer capitalised name's words when it is cut at any capital, also inside a run of capitals
    ("CLIPer" and "Classifier-Guided Inference-Time Personalization": CL-I-Per, "guided" and "time"
    skipped; "LCO-Emb" and "Language-Centric Omnimodal Embedding"; "SenCache" and "Sensitivity-Aware
    Caching", where "Cache" opens "Caching" less its final "e"): the first piece opens the first word,
    the last piece the last word, the others words between in order. The same method, so not what it
    uses."""
    if " " in name or not any(c.isupper() for c in name[1:]) or not any(c.islower() for c in name):
        return False  # "T-GRAG", all capitals, is an acronym (:func:`_spelled_out`), no blend
    cased = "".join(c for c in name if c.isalnum())
    letters = cased.lower()
    words = [w.lower() for w in re.split(r"[\s-]+", long) if w]
    if len(words) < 2 or not all(w[:1].isupper() for w in re.split(r"[\s-]+", long) if w):
        return False
    last = len(words) - 1

    def rest(at: int, k: int) -> bool:  # letters[at:] blends words[k:], opening words[k]
        for end in range(len(letters), at, -1):
            if not _piece_opens(letters[at:end], words[k]):
                continue
            if end == len(letters):
                if k == last:
                    return True
                continue
            if not cased[end].isupper():
                continue  # a piece opens at a capital ("CL-I-Per"), never inside a lower-case run
            if any(rest(end, j) for j in range(k + 1, last + 1)):
                return True
        return False

    return rest(0, 0)


def _piece_opens(piece: str, word: str) -> bool:
    """Whether a name piece opens a word ("Sen" and "Sensitivity"; "Cache" and "Caching")."""
    p, w = piece.lower(), word.lower()
    return w.startswith(p) or len(p) >= 4 and p.endswith("e") and w.startswith(p[:-1])


def coordinated(view: SentenceView, head: Span, tail: Located) -> bool:
    """Whether ``tail`` is listed with ``head`` ("trained with X and Y"), is the head's own
    name spelled out (:func:`_spelled_out`: "TactAlign: ... via Tactile Alignment") or is the
    head's own model at one size or in one variant (:func:`_own_size`: "our fine-tuned LeaP-T-7B")."""
    if _own_size(head, tail):
        return True  # "our fine-tuned LeaP-T-7B matches ..." for Learning from Peers (LeaP): its product
    if not tail.span.kb_id_ and (_spelled_out(head.text, tail.span.text) or _letters_blend(head.text, tail.span.text)):
        return True  # not an established technique the name is built from ("FeatDistill", feature distillation)
    if not tail.span.kb_id_ and _inside_own_long_form(view, head, tail):
        return True  # "UPRE: ... via Unified Prompt and Representation Enhancement": not "Representation Enhancement"
    if not tail.span.kb_id_ and (_ends_in_own_long_form(head.text, tail.span.text) or _head_goes_on(head, tail)):
        return True  # "PGPO: ... via Pseudocode-style Planning Guided Preference Optimization": PGPO itself
    words = view.words
    key = head.text.lower()
    for e in view.entities:
        if e.span.start == head.start or e.key == key:
            lo, hi = (e.last + 1, tail.first) if e.last < tail.first else (tail.last + 1, e.first)
            gap = words[lo:hi]
            listed = "and" in gap or "or" in gap or e.last < tail.first  # "X, Y": a list; "Using Y, X": not
            return 0 < len(gap) <= 2 and listed and all(w in (",", "and", "or") for w in gap)
    return False


def _own_size(head: Span, tail: Located) -> bool:
    """Whether a Model/Method ``tail`` is the head's name, or the abbreviation the paper gives it,
    with a model size after it (past a short tag) or a short variant tag: "LeaP-T-7B" for Learning
    from Peers (LeaP), "SciForma-9B" for SciForma, "DALE-CT-2S" for DALE-CT. That is the paper's
    own model at one size or in one variant, which the method makes, not what it uses; a Dataset
    named so is its data ("trained on Puffin-4M"), and so is a size in thousands or millions
    ("Based on EditHF-1M, we propose EditHF")."""
    if tail.label == "Dataset":
        return False
    names = {head.text.lower()} | {short.lower() for short in short_forms(head.doc, head.text)}
    return any(
        len(name) > 2 and tail.key.startswith(name) and _SIZE_AFTER.fullmatch(tail.key[len(name) :]) for name in names
    )
