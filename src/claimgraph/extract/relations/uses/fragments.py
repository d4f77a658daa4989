"""Whether a tail is only a piece of a longer name (:func:`name_fragment`): cut by the tokenizer or
before a capitalised noun (:func:`modifier_cut`), one conjunct of a coordinated name, an acronym's
capitalised piece, a capitalised hyphenated modifier."""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.entities.name_shapes import capitals, initials
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView, past_abbreviation, written_word
from claimgraph.extract.pipeline.token_table import doc_text, span_text
from claimgraph.extract.relations.uses.cues import uses_cues

#: A word capitalised to build an acronym ("REason-guided Fact-checking with Latent
#: EXplanations" for REFLEX): a piece of a longer name when the acronym is in the sentence.
_ACRONYM_PIECE = re.compile(r"[A-Z]{2,}[a-z]{3,}")


#: "based" glued to a name without its hyphen ("CoTbased"): a cut of "CoT-based".
_GLUED_BASED = re.compile(r"[A-Z0-9]based$")


#: A model size before a name ("based on 4B Phi-3-Vision"): not a piece of the name.
_SIZE = re.compile(r"\d+(\.\d+)?[KMBT]")

#: What continues a Model's name right after it: versions after a slash that a suffix ends ("Qwen2/2.5/3-VL";
#: not "Qwen-2/2.5", two versions named), a
#: size after a hyphen ("Llama-3.1" of "Llama-3.1-8B"), or after a space a word carrying a size or a
#: lower-case version ("OctoThinker Hybrid-8B-Base", "GPT o4-mini").
_MODEL_GOES_ON = re.compile(
    r"(?:/\d+(?:\.\d+)?)+-[A-Za-z]"  # "/2.5/3-VL"
    r"|-\d+(\.\d+)?[KMBT]\b"  # "-8B"
    r"| (?:[A-Za-z]+-)?\d+(\.\d+)?[KMBT](?:-[A-Za-z]+)*\b"  # " Hybrid-8B-Base"
    r"| [a-z]\d+-[a-z]"  # " o4-mini"
)


def name_fragment(view: SentenceView, tail: Located, rc: RelationCues) -> bool:
    """Whether ``tail`` is a piece of a longer name, so not what the sentence says is used:
    a capitalised or digit-initial word right before it that is no cue or function word
    ("integrates Efficient Channel Attention", "via 2D Gaussian Splatting", "a dual-branch
    3D ResNet", "via Spatial Heterogeneous Mixture of Experts"), or a word capitalised to
    build an acronym ("REason-guided ... REFLEX"); or a Method that names a kind of data
    ("auxiliary MR images"). Not a lower-case modifier ("LoRA-enhanced
    DINOv2", "the pre-trained BERT") unless a lower-case technique is written capitalised after
    it ("Score-based Preference Optimization": a coined name), a title verb ("Harnessing RL")
    or a sentence's first word."""
    span = tail.span
    text = span_text(span)  # spaCy joins the span's tokens on every .text
    after = tail.last + 1
    if text.split(" ", 1)[0].lower() in uses_cues().uses_name_closers:
        return True  # "and Scalable Pipeline" of "an automated and scalable pipeline": no name opens so
    if _cut_name(span):
        return True  # "SigLIP-So400" of "SigLIP-So400m", "SSM(TB-SSM", "CoTbased": not the name written
    if span.label_ == "Model" and _MODEL_GOES_ON.match(doc_text(span.doc), span.end_char):
        return True  # "Qwen2" of "Qwen2/2.5/3-VL", "OctoThinker" of "OctoThinker Hybrid-8B-Base": a cut model name
    if tail.label == "Method" and after < len(view.words) and view.words[after] in rc.uses_modality_nouns:
        if doc_text(span.doc)[span.end_char : span.end_char + 1].isspace():
            return True  # "auxiliary MR images": a kind of data; not "MetaQuery-based modality"
    if _kind_formed(view, tail):
        return True  # "discrete flow matching": another technique than flow matching
    if _product_of(span):
        return True  # "teacher pseudo-labels" (linked to pseudo-labeling): what a technique makes
    if _abbreviated_part(view, tail):
        return True  # "a hybrid CNN-Visual State Space Model (VSSM)": the name is the part VSSM abbreviates
    if modifier_cut(span) or _coordinated_cut(view, tail) or clause_like(text):
        return True  # "a new Image-to-Response Guided loss", "via Layout and Appearance Alignment"
    piece = _ACRONYM_PIECE.fullmatch(text)
    if piece:  # "REason" and "REFLEX" in one sentence; not "SGLang"
        prefix = text[: len(text) - len(text.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))].lower()
        if any(e is not tail and e.key.startswith(prefix) for e in view.entities):
            return True
    k = tail.first - 1
    doc = span.doc
    if k < 1 or span.start_char == 0 or not doc_text(doc)[span.start_char - 1].isspace():
        return False  # the sentence's first word, or glued ("3D-GS", "CLIP/SigLIP"): the guards' part
    lower = view.words[k]
    if lower in rc.uses_free_words or lower in rc.use_any or lower in uses_cues().uses_opening_words:
        return False
    if span.kb_id_ and lower in span.kb_id_.lower().split():
        return False  # "3D Gaussian splatting": the name the tail stands for has the word
    word = doc[view.starts[k] : span.start].text.strip()
    if not word or not (word[0].isupper() or word[0].isdigit()) or not word[-1].isalnum() or _SIZE.fullmatch(word):
        return False
    last = word.rsplit("-", 1)[-1]
    if "-" in word and not (last[:1].isupper() or last[:1].isdigit()):
        # "LoRA-enhanced DINOv2", "Transformer-based UNet": a modifier; but a lower-case technique
        # written capitalised after one is part of a coined name ("via Score-based Preference
        # Optimization": not preference optimization; "via Docker-free SFT" stays: an acronym)
        return (
            text[:1].isupper()
            and text[1:2].islower()
            and span.kb_id_ == span.kb_id_.lower() != ""
            or _coined_modifier(view, k, tail)
        )
    return not ("-" not in word and lower.endswith("ing") and word[1:].islower())


def _kind_formed(view: SentenceView, tail: Located) -> bool:
    """Whether a lower-case word that makes a technique of its own stands right before the tail
    (``uses_kind_forming_modifiers``: "discrete flow matching"): the tail names a more general
    technique than the one the sentence uses."""
    return tail.first > 0 and view.words[tail.first - 1] in uses_cues().uses_kind_forming_modifiers


def _coined_modifier(view: SentenceView, k: int, tail: Located) -> bool:
    """Whether word ``k``, a hyphenated modifier that opens with a capitalised plain word no entity
    covers ("Information-consistency-based", "Key-frame-guided", "Depth-aware"), opens the coined
    name of a tail of several capitalised words the lexicon does not know ("Information-consistency-based
    Plan Selection": not "Plan Selection"). Not "Mamba-based Low-Frequency Enhancement Block" (Mamba is a
    name of its own) nor "Flow-based Diffusion Transformer" (a lexicon name)."""
    words = tail.span.text.split()
    if tail.span.kb_id_ or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if any(e.first <= k <= e.last for e in view.entities):
        return False
    first = written_word(view, k).split("-", 1)[0]
    return first[:1].isupper() and first[1:].isalpha() and first[1:].islower()


def clause_like(text: str) -> bool:
    """Whether a name's text is a piece of a clause, not a name: it holds "we", or it opens in lower
    case and holds a comma ("challenge, we propose Compound Adverse Weather Mamba", "to
    multispectral inputs, as well as a Temporal Transformer model"); a coined name with commas
    ("Search More, Think Less") is capitalised."""
    return " we " in f" {text.lower()} " or text[:1].islower() and ", " in text


def modifier_cut(span: Span) -> bool:
    """Whether a name of several parts ends in a modifier (its last part ends in one of
    uses_modifier_endings: "Guided", "-shaped", "Aware") and a lower-case word follows it, past
    an abbreviation in parentheses ("a new Image-to-Response Guided loss", "\\emph{Gaussian-shaped
    convolution}", "an Adjacent-Frame Semantic-Aware (AFSA) module"), or a capitalised noun on the
    same line ("Label Shift Aware Adaptation", "Organ-Regional Information Driven Framework"): the
    noun it modifies belongs to the name, so the span is cut from a longer one. Not a versioned
    name ("DeepSeek-R1-Distilled models") nor one a comma or verb follows ("Starting from
    Qwen-Image-Layered, we ...")."""
    text = span_text(span)
    parts = re.split(r"[\s-]+", text)
    last = parts[-1]
    if len(parts) < 2 or any(c.isdigit() for c in text) or not last.isalpha() or not last[1:].islower():
        return False
    if not last.lower().endswith(tuple(uses_cues().uses_modifier_endings)):
        return False
    rest = doc_text(span.doc)[span.end_char :]
    rest = re.sub(r"^\s*\([^()\s]{1,12}\)", "", rest)  # "(AFSA)"
    following = re.match(r"[\s}]+([A-Za-z]+)\b", rest)
    if following is None:
        return False
    word = following.group(1)
    if word[:1].isupper() and word[1:].islower() and len(word) > 2 and "\n" not in following.group(0):
        return True  # "Label Shift Aware Adaptation", "CGSA: Class-Guided Slot-Aware Adaptation": the noun cut off
    if not word.islower():
        return False
    uc = uses_cues()
    return not (word in uc.uses_phrase_stops or word in uc.uses_subject_skips or word in ("and", "or", "to"))


def _coordinated_cut(view: SentenceView, tail: Located) -> bool:
    """Whether a tail of several words is one conjunct of a coordinated name whose other conjunct is
    a single bare capitalised word (no entity, no acronym): "via Layout and Appearance Alignment"
    (Layout shares Alignment), "via Graph Edge Addition and Contraction" (Contraction shares
    Graph Edge), "via State-Space and Weak Signal Attention Fusion"; the name is the whole phrase.
    Not "via Conditional Rectified Flow and Retinex Decomposition" (two names), "through
    Hybrid-Model Cascade and Dynamic Templating" (the word before "and" ends a longer phrase), "via
    Cross-Attention Visual Fusion and Normal-Aware 3D Encoder" (the word after "and" opens one) nor
    "via LoRA and Prompt Tuning" (LoRA is a name)."""
    words, closers = view.words, uses_cues().uses_name_closers
    if " " not in span_text(tail.span):
        return False  # "combines Top-k and Top-p": one-word names are whole
    if tail.span.kb_id_:
        return False  # "via Supervised and Reinforcement Learning": a lexicon name is whole on its own
    taken = {j for e in view.entities for j in range(e.first, e.last + 1)}
    before, after = tail.first - 2, tail.last + 2
    if before >= 0 and words[before + 1] in closers and before not in taken and _bare_capital(view, before):
        return before == 0 or not written_word(view, before - 1)[:1].isupper()  # "via Layout and ..."
    if after < len(words) and words[after - 1] in closers and after not in taken and _bare_capital(view, after):
        following = "" if after + 1 >= len(words) else written_word(view, after + 1)[:1]
        return not following.isalnum() or following.islower()  # not "and Normal-Aware 3D Encoder"
    return False


def _bare_capital(view: SentenceView, j: int) -> bool:
    """Whether word ``j`` is written capitalised and otherwise lower case, each of its hyphenated
    pieces so ("Layout", "Contraction", "State-Space"; not "LoRA", "via", "Transformer-based")."""
    text = written_word(view, j)
    return all(p[:1].isupper() and p[1:].isalpha() and p[1:] == p[1:].lower() for p in text.split("-"))


def _cut_name(span: Span) -> bool:
    """Whether a tail is not the name the text writes: cut before a letter or digit glued to it
    ("SigLIP-So400" of "SigLIP-So400m"), with unbalanced brackets ("SSM(TB-SSM"), or glued to a
    "based" written without its hyphen ("CoTbased")."""
    text = doc_text(span.doc)
    if span.end_char < len(text) and text[span.end_char].isalnum():
        return True
    written = text[span.start_char : span.end_char]
    return written.count("(") != written.count(")") or bool(_GLUED_BASED.search(written))


def _product_of(span: Span) -> bool:
    """Whether a Method's words are the plural of what the technique it is linked to makes
    ("pseudo-labels" linked to pseudo-labeling): the products, not the technique ("embeddings"
    linked to an embedding method is the same noun)."""
    if span.label_ != "Method" or not span.kb_id_:
        return False
    said = re.split(r"[\s-]+", span.text.lower())[-1]
    linked = re.split(r"[\s-]+", span.kb_id_.lower())[-1]
    if not said.endswith("s") or not linked.endswith("ing") or said[:-1] == linked:
        return False
    return linked[:-3] == said[:-1] or linked[:-4] == said[:-1]  # label-ing, label-ling


def _abbreviated_part(view: SentenceView, tail: Located) -> bool:
    """Whether the abbreviation in parentheses after a hyphen-joined tail abbreviates only the part
    after the hyphen ("CNN-Visual State Space Model (VSSM)"): the tail glues two names into one."""
    words, at = view.words, tail.last + 1
    if past_abbreviation(words, at) == at or "-" not in tail.span.text:
        return False
    abbr = view.sentence.doc[view.starts[at + 1]].text
    if not abbr.isalnum() or not any(c.isupper() for c in abbr[1:]):
        return False
    first, _, rest = tail.span.text.partition("-")
    if " " in first or not rest[:1].isupper():
        return False  # "Mixture-of-Experts (MoE)", "Low-Rank Adaptation (LoRA)", "Multi-Head Attention (MHA)"
    letters = capitals(abbr)
    return len(letters) > 1 and letters == initials(rest) and not abbr.upper().startswith(first.upper()[:1])
