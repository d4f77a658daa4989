"""The rivals of a comparison: the names after its word (:func:`_rivals`), examples of a beaten class
(:func:`_class_example`), the rivals a comparison set-up names (:func:`compared_set`) and the next
sentence's "outperforms all baselines/them" (:func:`_anaphoric_rivals`)."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.claims.subjects import ACTORS, PaperContext, compared_after
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.relations.guards import ReadingCues, reading_cues
from claimgraph.extract.relations.pairs.rival_names import _named_rival, _setting_between
from claimgraph.extract.relations.pairs.sentences import _Sentence

#: Words that may join the names of a long list of rivals ("X (FID = 0.116), Y (0.112) and the Z model W").
_LIST_WORDS = frozenset({",", "and", "or", "the", "a", "an", "as", "well", "also", "both"})


def _rivals(view: SentenceView, index: int, rc: RelationCues, reading: ReadingCues) -> list[Located]:
    """The names a comparison at ``index`` is against: those within 14 words (``compared_after``),
    and after them the rest of the same list however long it runs, when only list words,
    parenthesised scores and class nouns stand between two names ("outperforming T2M-GPT
    (FID = 0.116), AttT2M (FID = 0.112) and the BERT-type model MMM (FID = 0.080)")."""
    near = compared_after(view, index, 14, ACTORS)
    words = view.words
    if not near:
        example = _class_example(view, index, rc, reading)
        if example is None:
            return near
        near = [example]
        after = [e for e in view.entities if e.first > example.last and e.label in ACTORS]
    else:
        after = compared_after(view, index, 40, ACTORS)[len(near) :]
    found = list(near)
    for e in after:
        j, ok = found[-1].last + 1, True
        while j < e.first and ok:
            if words[j] == "(":
                close = next((k for k in range(j + 1, min(e.first, j + 12)) if words[k] in ("(", ")")), -1)
                ok = close > 0 and words[close] == ")"
                j = close + 1
            elif words[j] in _LIST_WORDS or words[j] in rc.class_nouns or words[j] in reading.instance_nouns:
                j += 1
            elif words[j] in reading.name_suffix_signs and j == found[-1].last + 1 and _glued(view, j):
                j += 1  # "UNet3+, SegFormer": a suffix glued to the name before, not the end of the list
            else:
                ok = False
        if not ok:
            break
        found.append(e)
    return found


def _glued(view: SentenceView, j: int) -> bool:
    """Whether word ``j`` is written with no space after the word before it ("UNet3+", not "GPT-4o + CoT")."""
    token = view.sentence.doc[view.starts[j]]
    return token.i > 0 and not token.doc[token.i - 1].whitespace_


def _class_example(view: SentenceView, index: int, rc: RelationCues, reading: ReadingCues) -> Located | None:
    """The first name listed as an example of the class a comparison at ``index`` is against
    ("outperforming state-of-the-art models, including the original EfficientNet", "surpasses
    strong baselines, e.g., X and Y"): beating the class beats the examples it names. Only
    plain words and a class noun between the comparison and the list word, no preposition or
    participle ("models trained on X, including Y" is not read)."""
    words = view.words
    stops = (
        reading.phrase_preps
        | reading.subject_participles
        | reading.class_links
        | reading.clause_verbs
        | rc.subject_clauses
        | rc.list_joiners
        | rc.enable_verbs
        | rc.apply_verbs
    )
    j, noun = index + 1, -1
    while j < min(len(words), index + 13):
        w = words[j]
        if w in reading.list_intros:
            break
        if w in rc.class_nouns or w in rc.class_plurals:
            noun = j
        elif w in (",", "(") and noun == j - 1:
            pass
        elif w in stops or not w.replace("-", "").isalnum() or any(e.first == j for e in view.entities):
            return None
        j += 1
    else:
        return None
    if noun < 0 or noun not in (j - 1, j - 2) or (noun == j - 2 and words[j - 1] not in (",", "(")):
        return None
    j += 2 if words[j] == "such" and j + 1 < len(words) and words[j + 1] == "as" else 1
    if j < len(words) and words[j] == ",":
        j += 1  # "e.g., X"
    if j < len(words) and words[j] in ("the", "a", "an"):
        j += 1
    e = next((e for e in view.entities if e.first in (j, j + 1)), None)
    if e is None or e.label not in ACTORS or e.first == j + 1 and not words[j].isalpha():
        return None
    nxt = words[e.last + 1] if e.last + 1 < len(words) else ""
    if nxt.isalpha() and nxt.islower() and nxt not in rc.list_joiners and nxt not in reading.phrase_preps:
        return None  # "including the SAM2 video propagator": the name only modifies an unnamed rival
    return e

    # not "the state-of-the-art VLA model", "Deepseek-R1 distilled counterparts"


def compared_set(s: _Sentence, ctx: PaperContext, rc: RelationCues) -> list[Span]:
    """The named rivals the paper's own entity is set against in a comparison set-up ("We compare
    LaDe against X and Y", "RE-ViT was benchmarked against CNN-based (VGG-16, ResNet) models",
    "compare it against state-of-the-art VLMs, including X, Y and Z"): a comparison verb, then
    "against"/"with"/"to" within six words, with the paper's entity named or referred to ("it",
    "our method") in the sentence. The next sentence's win over "all baselines"/"them" is over these."""
    view, words = s.view, s.view.words
    if not (s.own or s.after) or ctx.proposed is None or ctx.proposed.label_ not in ACTORS:
        return []
    reading = reading_cues()
    verbs = [i for i, w in enumerate(words) if w.startswith(("compar", "benchmark")) and w in rc.eval_verbs]
    for i in verbs:
        prep = next((j for j in range(i + 1, min(len(words), i + 7)) if words[j] in reading.rival_preps), -1)
        if prep < 0 or any(w in (",", ";", ":") for w in words[i + 1 : prep]):
            continue
        if _result_participle(words, i, prep, rc, reading):
            continue  # "requiring only 500KB storage ... compared to its CNN contestant DnCNN": a measured result
        ours = any(ctx.is_proposed(e) and e.last < prep for e in view.entities) or any(
            w in reading.own_object_words for w in words[max(0, i - 4) : prep]
        )
        if not ours:
            continue
        rivals = [
            e.span
            for e in _rivals(view, prep, rc, reading)
            if e.label in ACTORS
            and not ctx.is_proposed(e)
            and _named_rival(view, e, ctx, rc, reading)
            and not _setting_between(words, prep, e, reading)
        ]
        if rivals:
            return rivals
    return []


def _result_participle(words: tuple[str, ...], verb: int, prep: int, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether "compared" at ``verb`` is a participle right before its preposition at ``prep`` that
    follows a noun phrase, not a verb of the authors or a passive ("requiring only 500KB storage and
    0.1% energy consumption compared to its CNN contestant DnCNN"): it states a result against that
    rival, not a set-up whose rivals the next sentence's "outperforms all existing methods" points back
    to ("We compare LaDe against X", "X was compared with Y" are set-ups)."""
    if words[verb] != "compared" or prep != verb + 1 or verb == 0:
        return False
    before = words[verb - 1]
    return not (
        before in reading.passive_auxiliaries or before in rc.own_words or before in rc.adverbs or before == "and"
    )


def _anaphoric_rivals(words: tuple[str, ...], index: int, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether the object of a win verb at ``index`` points back to rivals named before ("outperforms
    all baselines", "outperforms them", "outperforms the other comparison models", "surpasses these
    methods"): a pointing word, then a class noun within three words, nothing else; no kind glued to a
    modifier suffix ("outperforms all existing LUT-based methods" names a kind of its own)."""
    after = words[index + 1 : index + 6]
    if not after:
        return False
    if after[0] in reading.anaphoric_objects and (
        len(after) == 1 or not after[1].isalnum() or after[1] in reading.phrase_preps
    ):
        return True  # "outperforms them", "outperforms all of them", "outperforms them on X"
    if after[0] not in reading.anaphoric_leads:
        return False
    for k, w in enumerate(after[1:4], 1):
        if "-" in w and w.rsplit("-", 1)[-1] in rc.modifier_suffixes:
            return False  # "outperforms all existing LUT-based methods": a kind of its own, not the rivals named before
        if w in rc.class_nouns:
            return (
                k + 1 >= len(after)
                or not after[k + 1].replace("-", "").isalnum()
                or after[k + 1] in reading.phrase_preps
            )
        if not w.replace("-", "").isalpha() or w in reading.phrase_preps:
            return False
    return False
