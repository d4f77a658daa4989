"""Opening phrases and the subject of a cue (:func:`_uses_head`): the subject after an opening phrase
("Using X, our framework Y ..."), the opening's own object, the possessor of "its <part>", another
subject of the cue's clause."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import relation_cues
from claimgraph.extract.claims.subjects import ACTORS, PROPOSE_VERBS, PaperContext
from claimgraph.extract.cues import author_cues
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView, past_abbreviation
from claimgraph.extract.relations.uses.cues import same, uses_cues
from claimgraph.extract.relations.uses.own_method import described_only


def _opening_comma(words: tuple[str, ...], index: int) -> int:
    """The comma that ends an opening phrase (a uses_opening_words word first: "Leveraging
    PlanFactory, we collect ...") before a cue at ``index``, when "we" follows it; else -1. Names
    before it are the opening's objects, never the subject of the main clause's cue."""
    if not words or words[0] not in uses_cues().uses_opening_words or "," not in words[:index]:
        return -1
    comma = words.index(",")
    return comma if comma + 1 < len(words) and words[comma + 1] == "we" else -1


def _verb_between(words: tuple[str, ...]) -> bool:
    """Whether a cue or propose verb stands between an opening phrase's comma and a name ("Building
    upon SFT, this framework integrates GRPO with X"): the name is the object of the main clause,
    not its subject (its subject is "this framework")."""
    return any(w in relation_cues().use_any or w in PROPOSE_VERBS for w in words)


def _untagged_subject(view: SentenceView, at: int) -> bool:
    """Whether word ``at`` opens the clause with a capitalised name that no Method/Model entity
    covers ("TACO introduces", also when TACO was mistyped as a dataset)."""
    if at >= len(view.words) or any(e.first <= at <= e.last and e.label in ACTORS for e in view.entities):
        return False
    doc = view.sentence.doc
    text = doc[view.starts[at]].text
    return text[:1].isupper() and any(c.isupper() for c in text[1:]) and view.words[at] not in ("we", "our", "it")


def _other_subject(view: SentenceView, ctx: PaperContext, index: int) -> bool:
    """Whether a Method/Model the paper does not propose opens the cue's clause as the subject of a
    present-tense cue verb at most three words on ("Yet, PFGM sampling relies on X", "SAM uses X",
    past articles and a subordinator: "Since the DDPM prediction network relies on the U-net, we
    introduce ..."): that method's use, not the paper's."""
    words = view.words
    if not words[index].endswith("s") or words[index] in uses_cues().uses_method_cues:
        return False
    nearest = next((e for e in reversed(view.entities) if e.last < index), None)
    if nearest is None or nearest.label not in ACTORS or index - nearest.last > 3 or ctx.is_proposed(nearest):
        return False
    if any(nearest.key.startswith(key) for key in ctx.keys):
        return False  # "DiTaiListener-Gen adapts X": a part named after the paper's DiTaiListener
    if any(w in ("we", "our", "it", "its", "which", "that", ",") for w in words[nearest.last + 1 : index]):
        return False
    if nearest.first == 0 or words[nearest.first - 1] in (",", ";", ":"):
        return True
    start = nearest.first - (words[nearest.first - 1] in ("the", "a", "an"))
    if start < 1 or words[start - 1] not in uses_cues().uses_clause_openers:
        return False  # "Second, a Strategic Reasoning stage fine-tunes ...": the paper's own stage
    return start == 1 or words[start - 2] in (",", ";", ":")  # "Since the DDPM network relies on X, we ..."


def _opening_end(view: SentenceView, ctx: PaperContext, comma: int) -> int:
    """The comma that ends an opening phrase whose object list goes on past ``comma`` ("By
    integrating GANs, Transformer, and FFC, we designed ..."): names after a comma that another
    comma follows (past an abbreviation in parentheses) are listed objects, not the subject."""
    words = view.words
    starts = {e.first: e for e in view.entities}
    while True:
        at = comma + 1 + (comma + 1 < len(words) and words[comma + 1] in ("and", "or"))
        named = starts.get(at)
        if named is None or ctx.is_proposed(named):
            return comma
        after = past_abbreviation(words, named.last + 1)  # "Fast Fourier Convolution (FFC),"
        if after >= len(words) or words[after] != ",":
            return comma
        comma = after


def _possessor(ctx: PaperContext, part: Located) -> tuple[Span | None, bool]:
    """The head for a subject "its <part>" after an opening phrase ("Built on a DINOv3 foundation,
    its Hierarchical Feature Modulation (HFM) module first generates features"): what "its" stands
    for, the paper's proposed Method/Model (not named in the sentence), builds on the opening's
    object; the part does not. None when the part is that entity itself or there is none."""
    main = ctx.proposed
    if main is None or main.label_ not in ACTORS or same(main, part):
        return None, False
    return main, False


def _opening_object(view: SentenceView, head: Span, index: int) -> bool:
    """Whether the paper's entity ``head`` is the object of an opening phrase (a uses_opening_words
    word first, up to its comma) and word ``index`` comes after that comma: the main clause builds
    on the head, so what it names is no use of the head ("Building on SGDF, we further present the
    Generative Diffusion Contrastive Network (GDCN)": GDCN uses SGDF; "Leveraging VLM-Gym, we train
    G0 models using pure RL": RL is G0's, not VLM-Gym's)."""
    comma = _opening_comma(view.words, index)
    if comma < 0:
        return False
    return any(e.last < comma and e.label in ACTORS and same(head, e) for e in view.entities)


def _uses_head(view: SentenceView, ctx: PaperContext, index: int) -> tuple[Span | None, bool]:
    """The method that uses: the proposed NAME of a title "NAME: ..." ("PreFM: Online Audio-Visual
    Event Parsing via X": PreFM, not the task), a proposed entity named before the cue, the subject
    after an opening phrase ("Using X, our framework Y ..."), else the proposed entity."""
    words = view.words
    named = next((e for e in view.entities if e.first == 0), None) if ":" in view.present else None
    if named is not None and named.last + 1 < index and words[named.last + 1] == ":":
        if named.label in ACTORS and ctx.is_proposed(named):
            return named.span, True  # "PreFM: Online Audio-Visual Event Parsing via X": PreFM, not the task
    if (
        index < 6
        and words[0] in uses_cues().uses_opening_words
        and "," in words[index + 1 : index + 30]
        and "," not in words[:index]
    ):
        comma = _opening_end(view, ctx, words.index(",", index + 1))
        objects = {e.key for e in view.entities if index < e.first < comma}
        for located in view.entities:
            if located.first <= comma or located.label not in ACTORS or located.key in objects:
                continue  # "Expanding upon the X framework, we introduce ... mining X, named Y": not X
            between = words[comma + 1 : located.first]
            if between[:1] == ("its",):
                return _possessor(ctx, located)  # "Built on a DINOv3 foundation, its HFM module ...": the whole's
            if "we" not in between and len(between) <= 4 and not _verb_between(between):
                return located.span, True  # "Using X, our framework Y ..."
            verb = next((w for w in between[1:] if w not in uses_cues().uses_subject_skips), "")
            if len(between) > 1 and between[0] == "we" and verb in PROPOSE_VERBS and ctx.is_proposed(located):
                return located.span, True  # "Building upon X, we (further) introduce Y"
            break
        if _untagged_subject(view, comma + 1):
            return None, False  # "Building on GRPO, TACO introduces ...": an untagged name is the subject
    if _other_subject(view, ctx, index):
        return None, False  # "Yet, PFGM sampling relies on a fixed ODE": another method's use
    opening = _opening_comma(words, index)
    for located in reversed(view.entities):
        if located.last < opening:
            break  # "Leveraging PlanFactory, we ... train Todo-14B": the opening's object does not train
        if located.last < index and index - located.last <= 8 and ctx.is_proposed(located):
            return (located.span, True) if located.label in ACTORS else (None, False)
    described = _described_proposed(view, ctx, index)
    if described is not None:
        return described, False  # "we present GSM++, a model that ... employs X": GSM++
    variant = _own_variant(view, ctx, index)
    if variant is not None:
        return variant, True  # "QREAM-FT employs rejection sampling" in a paper on QREAM: the variant uses
    if ctx.proposed is not None and ctx.proposed.label_ in ACTORS:
        return ctx.proposed, False
    return None, False


def _own_variant(view: SentenceView, ctx: PaperContext, index: int) -> Span | None:
    """The last Model before the cue whose name is a proposed name with more after a hyphen or a space
    ("QREAM-FT" of QREAM, "GUI-Cursor", "Megrez2-Preview"), with no proposed name after it up to the
    cue: the sentence speaks of that trained model of the paper's, so it, not the paper's whole method,
    is what uses ("QREAM-FT employs dual-criteria rejection sampling", "We train our GUI grounding
    model, GUI-Cursor, using ..."). A Method so named is a part and leaves the use to the paper's
    method ("FooNet-Gen adapts X": FooNet uses X)."""
    for located in reversed(view.entities):
        if located.last >= index:
            continue
        if ctx.is_proposed(located):
            return None  # "Megrez2-Preview ..., and Megrez2 uses X": the proposed name is nearer
        text = located.span.text.lower()
        if located.label == "Model" and any(
            len(key) > 2 and len(text) > len(key) + 1 and text.startswith(key) and text[len(key)] in "- "
            for key in ctx.keys
        ):
            return located.span
    return None


def _subject_of(words: tuple[str, ...], last: int, index: int) -> bool:
    """Whether a name ending at word ``last`` is the subject of the cue at ``index``: only "to" or
    uses_subject_skips words ("can", "also", "is") stand between ("allowing STORM to leverage X")."""
    return all(w == "to" or w in uses_cues().uses_subject_skips for w in words[last + 1 : index])


def _described_proposed(view: SentenceView, ctx: PaperContext, index: int) -> Span | None:
    """The proposed Method/Model whose clause the cue at ``index`` stands in, when it is named more
    than eight words before the cue (nearer names are found by :func:`_uses_head` first) and at most
    thirty: the name the sentence introduces ("we present/propose/introduce (the) NAME") with the cue in
    the apposition or relative clause that describes it (past an abbreviation in parentheses and an own
    noun: "NAME, a ...", "NAME (ABBR), which ...", "the NAME model, which ..."), or the name that opens
    the sentence as its subject (past one opening word and a comma: "First, NAME ..."). No "we", "our",
    clause mark (";", ":"), comparison or others word stands between. "we present GSM++, a fast hybrid
    model that uses HAC to tokenize the graph ..., and then employs a hybrid architecture of Transformer"
    (GSM++ employs it, not the title's Graph Sequence Model); "AEPO employs a multi-answer generation
    strategy ..., which is then guided by an Adaptive Exploration Reward" (AEPO, not the paper's model)."""
    words, uc, rc = view.words, uses_cues(), relation_cues()
    stops = {";", ":"} | author_cues().author_words | uc.uses_rival_words | rc.comparison_openers | rc.others_words
    for located in reversed(view.entities):
        if located.last >= index:
            continue
        if index - located.last > 30:
            return None
        if located.label not in ACTORS or not ctx.is_proposed(located):
            continue
        verb = located.first - 1 - (located.first > 1 and words[located.first - 1] in ("the", "a", "an"))
        introduced = verb >= 0 and words[verb] in PROPOSE_VERBS  # not "introduce X-35B and X-397B, ..."
        opens = located.first == 0 or located.first == 2 and words[1] == ","
        if not (introduced or opens):
            continue  # "uses the HAC algorithm", "(HAEC)": the introduced name is further back
        at = past_abbreviation(words, located.last + 1)
        if at < index and words[at] in uc.uses_own_nouns:
            at += 1
        if not opens and (at >= index or words[at] not in (",", "which", "that")):
            return None
        between = words[at:index]
        if described_only(located.span) or any(w in stops for w in between):
            return None  # "introduces a distance-aware attention mechanism that ... and employs LoRA": ours
        if any(at <= e.last < index and e.label in ACTORS and _subject_of(words, e.last, index) for e in view.entities):
            return None  # "..., allowing STORM to leverage data-rich sub-tasks": STORM leverages them
        if opens:
            return located.span
        if uc.uses_relative_pronouns.isdisjoint(between):
            return None  # "we construct X, a training set ..., and fine-tune Gemma3": "we" fine-tunes
        joined = [k for k, w in enumerate(between) if w in ("and", "or")]
        if any(between[k + 1 : k + 2] in (("a",), ("an",), ("the",)) for k in joined):
            return None  # "a module that keeps X, and a fusion block that combines Y": another part
        return located.span
    return None
