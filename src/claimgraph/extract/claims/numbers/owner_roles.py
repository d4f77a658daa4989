"""Whether the name a number is tied to is the paper's own system (the number stays a score) or
another's (a baseline's score): a proposed name, "our", the claim's subject or a variant of its name."""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimgraph.extract.claims.cues import claim_cues
from claimgraph.extract.claims.numbers.words import _ACTORS, _OWN_NOUNS
from claimgraph.extract.claims.subjects import SubjectCues
from claimgraph.extract.cues import load_cues
from claimgraph.extract.entities.name_shapes import initials
from claimgraph.extract.pipeline.sentence_view import CONTEXT_CACHE, Located, SentenceView
from claimgraph.extract.pipeline.token_table import span_text
from claimgraph.extract.quantities.number_cues import number_cues


def _owner_role(
    view: SentenceView,
    owner: Located | None,
    role: str,
    model: Located | None,
    subject: Span | None,
    baselines: tuple[Located, ...],
    owners: list[Located],
    peers: list[Located] | None = None,
) -> tuple[str, Located | None]:
    """The role and model of a number tied to ``owner`` (see :func:`_owner`). ``peers``: the list of names
    ``owner`` was picked from by position ("A, B and C achieve 61%, 70% and 75%"); when the claim's subject
    is one of them, each number is its own name's score."""
    if owner is None:
        return "baseline", None  # a person's or chance's number
    if any(owner.span == b.span for b in baselines):
        return "baseline", owner
    ctx = view.sentence.doc.user_data.get(CONTEXT_CACHE)
    proposed = ctx is not None and ctx.is_proposed(owner)
    own = proposed or _ours(view.words, (peers or [owner])[0].first)
    if not owner.label:  # an unrecognised name: the paper's own name, a variant of it ("UCAN-L") or another's
        if proposed or (subject is not None and owner.key == span_text(subject).lower()):
            return role, None  # the paper's own name: the claim's subject
        if not own and not _variant_of_own(owner.key, subject, ctx):
            if subject is not None and subject.label_ in _ACTORS:
                return "baseline", owner
            if _others_unnamed(view, owner):
                return "baseline", owner  # another's system the graph does not name ("o1 only achieves 19.1%")
        return role, owner
    if subject is not None:
        key = span_text(subject).lower()
        # the subject itself, or a sized variant of it ("OpenSWE-32B and OpenSWE-72B" of OpenSWE)
        own = own or any(p.span == subject or p.key in (key, *_variants(p.key, key)) for p in peers or [owner])
        other = subject.label_ in _ACTORS and not own
    else:
        keys = {p.key for p in peers or [owner]}
        rivals = [o for o in owners if o.key not in keys]
        other = not own and (
            bool(rivals)
            or (ctx is not None and any(e.label in _ACTORS and ctx.is_proposed(e) for e in view.entities))
            or _speaks_of_own(view, owner)
        )
    owners.append(owner)
    if other:
        return "baseline", owner
    return role, owner


def _others_unnamed(view: SentenceView, owner: Located) -> bool:
    """Whether an unrecognised name a number is tied to ("o1 only achieves a 19.1% pass@1", "the
    best-performing MLLM achieves only 58.0%", "while SegFormer-b0 has competitive mIoU (90.84%)") is
    another's system: its score is a baseline's, and a leaderboard row could not show whose it is. Asked
    only of a name the paper does not mark as its own ("our", "proposed", a variant of a proposed name:
    :func:`_variant_of_own`); not when "our <noun>" is named before it (:func:`_speaks_of_own`), when the
    title names it (:func:`_in_title`), when the sentence goes on to say it beats others ("FSNet
    achieves an IoU of 0.56 ..., notably outperforming the baseline": ``beat_verbs``), nor when a
    preposition puts it inside a phrase and not in subject position ("our best configuration using OCGTL
    achieves 0.805": :func:`_after_preposition`)."""
    if _speaks_of_own(view, owner):
        return False
    if not claim_cues().beat_verbs.isdisjoint(view.words[owner.last + 1 :]):
        return False
    return not _in_title(view, owner) and not _after_preposition(view.words, owner.first)


def _after_preposition(words: tuple[str, ...], first: int) -> bool:
    """Whether a preposition of a phrase (``subject_phrase_preps``: "using", "in", "with", ...) stands
    before word ``first`` with at most two lowercase modifiers between ("grounding VLMs in cooperative LiDAR
    achieves", "a configuration using OCGTL achieves")."""
    preps = load_cues(SubjectCues, "subjects.json").subject_phrase_preps
    for k in range(first - 1, max(-1, first - 4), -1):
        if words[k] in preps:
            return True
        if not (words[k].isalpha() and words[k].islower()) and "-" not in words[k]:
            return False
    return False


def _in_title(view: SentenceView, owner: Located) -> bool:
    """Whether the paper's title holds the word ``owner`` ("FSNet: Few-Shot ..." makes "FSNet achieves 0.56
    IoU" the paper's own). Not the propose sentence: a benchmark's names the models it evaluates."""
    doc = view.sentence.doc
    title_end = doc.user_data.get("cg_title_end") or 0
    word = re.compile(r"(?<![\w-])" + re.escape(owner.key) + r"(?![\w-])")
    return bool(title_end) and word.search(doc.text[:title_end].lower()) is not None


def _variant_of_own(key: str, subject: Span | None, ctx) -> bool:
    """Whether an unrecognised name is the paper's own name or a variant glued to it by a hyphen ("ucan-l"
    of the proposed UCAN, "owl-t" of OWL)."""
    keys = set(ctx.keys) if ctx is not None else set()
    if subject is not None:
        keys.add(span_text(subject).lower())
        keys.add(initials(span_text(subject)).lower())  # its initials
    base = key.split("-", 1)[0]
    return any(k in keys for k in (key, base)) or (ctx is not None and key.replace("-", "") in ctx.spelled)


def _own_apposition(words: tuple[str, ...], first: int) -> bool:
    """Whether the name at word ``first`` is set in apposition to "our <noun>": "our model, X, ..."."""
    return first >= 3 and words[first - 1] == "," and words[first - 3] == "our" and words[first - 2] in _OWN_NOUNS


def _ours(words: tuple[str, ...], first: int) -> bool:
    """Whether a word of the paper's own (``own_markers``: "our", "proposed", "resulting") stands right before
    word ``first``, or "our" before one participle there ("our fine-tuned Qwen2.5-VL"), or the name is in
    apposition to "our <noun>" ("our model, X,")."""
    if first > 0 and words[first - 1] in number_cues().own_markers:
        return True
    if _own_apposition(words, first):
        return True
    return first > 1 and words[first - 1].endswith("ed") and words[first - 2] == "our"


def _variants(name: str, subject: str) -> tuple[str, ...]:
    """``name`` when it is the subject's name with a size or version glued by a hyphen ("openswe-32b" of
    "openswe"), else nothing."""
    if name.startswith(subject + "-") and any(c.isdigit() for c in name[len(subject) + 1 :]):
        return (name,)
    return ()


def _speaks_of_own(view: SentenceView, owner: Located) -> bool:
    """Whether the sentence names the paper's own entity before ``owner`` ("our method", "our FooNet")."""
    nc, words = number_cues(), view.words
    starts = {e.first for e in view.entities if e.label in _ACTORS}
    for i in range(min(owner.first, len(words) - 1)):
        if words[i] == "our" and (
            i + 1 in starts or words[i + 1] in nc.own_nouns or (i + 2 < owner.first and words[i + 2] in nc.own_nouns)
        ):
            return True
    return False
