"""Self-references (:func:`is_self_reference`) and what they stand for (:func:`self_referent`,
:func:`_implicit`; "This design ..." right after the authors propose a second name,
:func:`demonstrative_referent`): "we", "it", "our method"
the proposed Method or Model, "our benchmark" the proposed Dataset. Also an established name that only
modifies the paper's own work ("our RAG framework", :func:`_our_modifier`; "this metric learning paradigm",
:func:`_this_modifier`), a class that names the paper's own instance ("our custom CNN",
:func:`_own_class_instance`), a dataset named as the place of a result (:func:`_measured_in`), a pronoun
that is an object (:func:`_object_pronoun`) and names that look coined (:func:`_coined`)."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.subjects.context import PaperContext, _established, is_component
from claimgraph.extract.claims.subjects.cues import _CUES, _PARADIGMS, _SELF_HEADS, ACTORS, PROPOSE_VERBS
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView


def _our_modifier(words: tuple[str, ...], located: Located, ctx: PaperContext, cues: ClaimCues) -> int | None:
    """The index of "our" when an established (lexicon) name only modifies the paper's own method
    ("our RAG framework", "Our BERT-based framework", "our proposed LoRA method"): "our" (and
    "proposed") right before it and a self head within two words after it ("-based" passed over);
    None otherwise, for a coined name ("our proposed DL4ND approach" is DL4ND) or a proposed one."""
    first = located.first
    our = first - 2 if first >= 2 and words[first - 1] == "proposed" else first - 1
    if our < 0 or words[our] != "our" or ctx.is_proposed(located):
        return None
    if get_evidence(located.span) not in ("lexicon", "lexicon-variant"):
        return None  # a coined name ("our proposed DL4ND approach") is the method's own name
    after = [w for w in words[located.last + 1 : located.last + 5] if w not in ("-", "based", "driven", "powered")]
    return our if any(w in cues.self_heads for w in after[:2]) else None


def _own_class_instance(words: tuple[str, ...], located: Located, ctx: PaperContext) -> int | None:
    """The index of "our"/"proposed" when a class of models or a learning paradigm names the paper's own
    unnamed instance of it: "The proposed deep CNN achieved 100% accuracy", "our custom CNN reaches 0.917"
    ("our" or "proposed" at most two words before the class, one modifier between at most); None otherwise
    (a class the paper proposes, or "the CNN model got a CER of 3.85%": no own instance)."""
    if ctx.is_proposed(located) or located.key.replace("-", " ").removesuffix("s") not in _PARADIGMS:
        return None
    for i in range(located.first - 1, max(-1, located.first - 3), -1):
        if words[i] in ("our", "proposed"):
            return i
        if not words[i].isalpha() or words[i] in ("the", "a", "an"):
            return None
    return None


def _coined(text: str) -> bool:
    """Whether a name looks coined rather than a class name: a digit, an inner capital
    after a small letter or one acronym of three or more capitals ("DL4ND", "evTransFER",
    "HTL"; not "Deep RL", "SFT-RL", "transfer learning")."""
    if len(text) >= 3 and text.isalpha() and text.isupper():
        return True
    return any(c.isdigit() for c in text) or any(
        a.islower() and b.isupper() for a, b in zip(text, text[1:], strict=False)
    )


def _this_modifier(words: tuple[str, ...], located: Located, ctx: PaperContext, cues: ClaimCues) -> bool:
    """Whether an established (lexicon) name only modifies the paper's own work after a merit noun: "this"
    right before it and a self head right after it ("demonstrate the superiority of this metric learning
    paradigm: our model achieves 43.75%" is about the paper's model, not about metric learning)."""
    first = located.first
    if first < 1 or words[first - 1] != "this" or ctx.is_proposed(located):
        return False
    if get_evidence(located.span) not in ("lexicon", "lexicon-variant"):
        return False
    return located.last + 1 < len(words) and words[located.last + 1] in cues.self_heads


def is_self_reference(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    """Whether word ``i`` refers to the authors' own work: "we", a self pronoun, or "our/proposed/this/these/such"
    before a self head word within three words ("our method", "this framework")."""
    word = words[i]
    if word in cues.self_pronouns or word == "we":
        return True
    if word in ("our", "proposed", "this", "these", "such"):
        return any(w in cues.self_heads for w in words[i + 1 : i + 4])
    return False


def self_referent(ctx: PaperContext, words: tuple[str, ...], reference: int, own_ok: bool) -> Span | None:
    """What a self-reference stands for where the paper's own work may be meant (``own_ok``:
    at or after the propose sentence, or the sentence names a proposal), else None. "Our
    method" also stands for a proposal that only the title names (no propose sentence);
    a bare "we" there does not ("We found that many methods ..." in an analysis paper)."""
    if own_ok or ctx.propose_index is None and words[reference] in ("our", "proposed"):
        return _implicit(ctx, words, reference)
    return None


def demonstrative_referent(
    view: SentenceView, ctx: PaperContext, words: tuple[str, ...], reference: int, own_ok: bool, cues: ClaimCues
) -> Span | None:
    """What a self-reference stands for, as :func:`self_referent`, except that "This design ...",
    "This strategy ..." opening the sentence right after a sentence in which the authors propose a
    Method or Model ("we further introduce X") stand for what that sentence proposes (the last one):
    "Based on CoLM, we further introduce CoLM-Air ... This design demonstrates ..." is about CoLM-Air,
    not the paper's first proposal. Not "This work/paper ..." (the whole paper) nor "These modules"
    (several), nor a dataset head ("this benchmark")."""
    if reference == 0 and words[0] == "this" and own_ok:
        head = next((w for w in words[1:4] if w in cues.self_heads), None)
        if head is not None and head not in cues.author_nouns and head not in _CUES.dataset_self_heads:
            named = _proposed_just_before(view, cues)
            if named is not None:
                return named
    return self_referent(ctx, words, reference, own_ok)


def _proposed_just_before(view: SentenceView, cues: ClaimCues) -> Span | None:
    """The last Method/Model the sentence before ``view`` proposes, when the authors propose it there
    (an author word within four words before a propose verb: "we further introduce X"); else None."""
    doc = view.sentence.doc
    if view.sentence.start == 0:
        return None
    before = doc[view.sentence.start - 1].sent
    words = [t.lower_ for t in before]
    if not any(
        w in PROPOSE_VERBS and any(a in cues.author_words for a in words[max(0, i - 4) : i])
        for i, w in enumerate(words)
    ):
        return None
    named = [s for s in doc._.proposes or () if s.label_ in ACTORS and before.start <= s.start < before.end]
    return named[-1] if named else None


def _implicit(ctx: PaperContext, words: tuple[str, ...], reference: int) -> Span | None:
    """What a self-reference at ``reference`` stands for: the proposed dataset after
    "our/this benchmark", else the proposed Method or Model (None when there is none, or
    when that is only a part, a module, and "our method/framework" names the whole, or a known
    technique: a lexicon name that is no coined word, "knowledge distillation", "graph neural
    network", which the work uses rather than names)."""
    heads = words[reference + 1 : reference + 4]
    if ctx.dataset is not None and any(w in _CUES.dataset_self_heads for w in heads):
        return ctx.dataset
    if words[reference] in _CUES.our_determiners and _names_data(heads):
        return None  # "we validate the quality of our proposed dataset": no proposed dataset, not the method
    if ctx.actor is not None and _established(ctx.actor) and not any(_coined(w) for w in ctx.actor.text.split()):
        return None  # "our method achieves 92.5%" in a paper read as proposing "knowledge distillation"
    if ctx.actor is not None and is_component(ctx.actor):
        # "the proposed method achieves 33.29 dB" credits the whole method, not its proposed module
        head = next((w for w in heads if w in _SELF_HEADS), None)
        if head is not None and head not in _CUES.component_heads:
            return None
    return ctx.actor


def _names_data(heads: tuple[str, ...]) -> bool:
    """Whether the only self head after a self-reference names a collection (subjects.json collection_heads: "our
    proposed dataset", "this benchmark"; not "our data augmentation method" nor "our dataset distillation
    framework", whose head is the method's, nor "our generated data" or "our generated dataset" (subjects.json
    output_modifiers), which the method makes)."""
    found = [w for w in heads if w in _SELF_HEADS]
    if len(found) != 1 or found[0] not in _CUES.collection_heads:
        return False
    return _CUES.output_modifiers.isdisjoint(heads[: heads.index(found[0])])  # "our generated dataset": made by it


def _measured_in(words: tuple[str, ...], reference: int) -> bool:
    """Whether a self-reference names the paper's dataset as the place of a result ("On a subset
    of this benchmark, today's strongest models ...", "in our dataset"), not the subject."""
    return (
        reference > 0
        and words[reference - 1] in _CUES.place_preps
        and any(w in _CUES.dataset_self_heads for w in words[reference + 1 : reference + 4])
    )


def _object_pronoun(words: tuple[str, ...], candidate: Located, reference: int, cues: ClaimCues) -> bool:
    """Whether a bare "it"/"they" after a named subject is that clause's object
    ("Vicuna-13B takes it a step further"): no clause boundary lies between them."""
    if words[reference] not in cues.self_pronouns:
        return False
    return not any(w in _CUES.clause_breaks for w in words[candidate.last + 1 : reference])
