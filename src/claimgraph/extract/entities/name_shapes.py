"""Pure predicates on tokens: does this look like part of a name?"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.pipeline.token_table import TokenTable, table


@lru_cache(maxsize=1 << 16)  # pure, and asked of the same token texts again and again
def is_coined(text: str) -> bool:
    """Whether ``text`` has the shape of a coined name: CamelCase, an acronym or letters+digits.

    Examples
    --------
    >>> [is_coined(t) for t in ("CItruS", "QuaRot", "SPT", "GPT-4", "Medusa", "the", "2023")]
    [True, True, True, True, False, False, False]
    """
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 2:
        return False
    if any(ch.isupper() for ch in text[1:]) and any(ch.isalpha() for ch in text[1:]):
        return True
    return text[0].isalpha() and any(ch.isdigit() for ch in text) and text[0].isupper()


def capitals(name: str) -> str:
    """A name's capital letters.

    >>> capitals("CURE: Clinical Understanding"), capitals("PreFM")
    ('CURECU', 'PFM')
    """
    return "".join(c for c in name if c.isupper())


def initials(name: str) -> str:
    """The first letters of a name's words and hyphen parts, upper-cased.

    >>> initials("Predictive Future-modeling"), initials("graph  sequence model")
    ('PFM', 'GSM')
    """
    return "".join(word[0] for word in name.replace("-", " ").split()).upper()


def title_case(words: Sequence[str], small: frozenset[str]) -> bool:
    """Whether words are written in Title Case: the first opens with a capital, and every other one too unless
    it is one of the ``small`` words ("Priors-to-Geometry Deterministic", "Dynamic Template Update with Mamba";
    not "semi-autoregressive", "Style Attributes Disentanglement approach")."""
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or w in small for w in words)


def is_acronym(text: str) -> bool:
    """Whether ``text`` is a plain acronym: two to six capital letters ("SAR", "PET"; not "GPT-4", "FooNet").

    Examples
    --------
    >>> [is_acronym(t) for t in ("SAR", "RGB", "GPT4", "FooNet", "A", "Image")]
    [True, True, False, False, False, False]
    """
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def hyphen_glued(tokens: TokenTable, index: int) -> bool:
    """Whether token ``index`` is the second part of a hyphen compound ("trained" in "Pre-trained"): a "-" right
    before it with no space on either side of the hyphen."""
    return index >= 2 and tokens.text[index - 1] == "-" and not tokens.space[index - 1] and not tokens.space[index - 2]


def is_capitalised(token: Token) -> bool:
    """A word starting with an uppercase letter (``Medusa``, ``Knesset``, also ``Forcing++``: a trailing "+" is
    part of a name, as in "Causal Forcing++")."""
    if token.is_alpha:
        return token.text[:1].isupper()
    text = token.text.rstrip("+")
    return text != token.text and len(text) > 1 and text.isalpha() and text[:1].isupper()  # not "C++"


_CONNECTORS = frozenset({"of", "for", "with", "in", "on", "and", "via", "to", "from", "by"})
MAX_NAME_TOKENS = 10
_LIST_CONNECTORS = frozenset({"and", "or"})


def _is_list(doc: Doc, start: int, end: int, following: int) -> bool:
    """Whether ``doc[start:end]`` and/or ``doc[end + 1:following]`` are two coined names of a list.

    "MATH-P-Simple and MATH-P-Hard" and "GPT-4 or Claude" are lists; "Search
    and Learn" (plain words on both sides) is one name.
    """
    return any(is_coined(token.text) for token in doc[start:end]) or any(
        is_coined(token.text) for token in doc[end + 1 : following]
    )


def name_end(doc: Doc, start: int, cues: NameCues, *, allow_plain: bool, multiword: bool = False) -> int:
    """Return the end of a name starting at ``start`` (``start`` when there is none).

    A name is a coined token (or, with ``allow_plain``, a capitalised word)
    followed by hyphen-joined parts, digits or version numbers ("Orca 2") and
    size or variant suffixes. Stopwords and generic acronyms never start one.
    With ``multiword``, further capitalised words continue it, also across a
    lowercase connector followed by one ("Internal Consistency", "Chain of
    Code"); that is for contexts that announce a name ("we propose", "termed").
    """
    end = _single_name_end(doc, start, cues, allow_plain=allow_plain)
    if not multiword or end == start:
        return end
    while end < len(doc) and end - start < MAX_NAME_TOKENS and doc[end - 1].whitespace_:
        token = doc[end]
        if token.is_sent_start:
            break
        if is_capitalised(token) or is_coined(token.text):
            following = _single_name_end(doc, end, cues, allow_plain=True)
            if following == end and token.text in cues.acronym_stoplist and token.whitespace_:
                # a generic acronym inside a name ("Compressed LLM BenchmarK"), never at its end
                following = _single_name_end(doc, end + 1, cues, allow_plain=True)
                following = end if following == end + 1 else following
        elif _plain_connector_the(doc, start, end):
            # "Stick to the Facts", "Learning from the Crowd": plain words on both sides of "<connector> the"
            following = _single_name_end(doc, end + 2, cues, allow_plain=True)
            following = end if following == end + 2 else following
        elif token.lower_ in _CONNECTORS and end + 1 < len(doc) and is_capitalised(doc[end + 1]) and token.whitespace_:
            following = _single_name_end(doc, end + 1, cues, allow_plain=True)
            following = end if following == end + 1 else following
            if token.lower_ in _LIST_CONNECTORS and _is_list(doc, start, end, following):
                break  # "MATH-P-Simple and MATH-P-Hard": two names, not one
        else:
            break
        if following <= end:
            break
        if token.lower_ in _CONNECTORS and modifies_next(doc, following, cues):
            break  # "a Neural Decaying Function on Gaussian opacities": "Gaussian" modifies a noun, no name part
        end = following
    return end


def modifies_next(
    doc: Doc, end: int, cues: NameCues, *, participles: tuple[str, ...] = ("ing",), spaced_suffix: bool = False
) -> bool:
    """Whether the capitalised words ending at ``end`` modify the lower-case noun right after them (after a
    space): "a Neural Decaying Function on Gaussian opacities", "a Gaussian human avatar representation".
    A kind word after them (``NameCues.kind_words``: "the Mixture of Block Attention mechanism", "Medusa
    framework", "... dataset"), a stop word or a verb form ending in one of ``participles`` ("Chain of Thought
    prompting", "Medusa trained on ...") follows a whole name. With ``spaced_suffix``, a modifier suffix
    written spaced ("we propose Event based Sparse Segmentation Network") modifies too."""
    if end >= len(doc) or not doc[end - 1].whitespace_:
        return False
    token = doc[end]
    if not (token.is_alpha and token.is_lower) or token.is_stop or token.lower_ in cues.kind_words:
        return False
    if spaced_suffix and token.lower_ in cues.suffix_stoplist:
        return True
    return not token.text.endswith(participles)


def _plain_connector_the(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[end:end + 3]`` is "<connector> the <Word>" between plain capitalised words of one name.

    "Stick to the Facts" is one name; after a coined word ("FooNet for the ImageNet task") or before one
    it is a phrase of the sentence, not part of the name.
    """
    return (
        end + 2 < len(doc)
        and doc[end].lower_ in _CONNECTORS
        and doc[end + 1].text == "the"
        and doc[end].whitespace_
        and doc[end + 1].whitespace_
        and all(is_capitalised(token) and not is_coined(token.text) for token in doc[start:end])
        and is_capitalised(doc[end + 2])
        and not is_coined(doc[end + 2].text)
        and not doc[end + 2].is_sent_start
    )


def _glued_to_code(doc: Doc, start: int) -> bool:
    """Whether token ``start`` is glued by a hyphen to a coined part ("AI-TOD", "NLP-KG"): a stoplisted
    acronym that opens a name; "AI-generated" and "AI-Driven" are no names."""
    return (
        start + 2 < len(doc)
        and doc[start + 1].text == "-"
        and not doc[start].whitespace_
        and not doc[start + 1].whitespace_
        and is_coined(doc[start + 2].text)
    )


def _single_name_end(doc: Doc, start: int, cues: NameCues, *, allow_plain: bool) -> int:
    if start >= len(doc):
        return start
    first = doc[start]
    if first.text in cues.acronym_stoplist and not _glued_to_code(doc, start):
        return start
    if first.is_stop and not glued_capitalised_stop(doc, start):
        return start
    if not (
        is_coined(first.text)
        or (
            is_capitalised(first)
            and (allow_plain or _glued_to_coined(doc, start, cues) or _glued_to_variant(doc, start, cues))
        )
    ):
        return start
    index = start + 1
    while index < len(doc):
        token = doc[index]
        previous = doc[index - 1]
        glued = not previous.whitespace_
        if token.text == "-" and glued and index + 1 < len(doc) and doc[index + 1].text[:1].isalnum():
            following = doc[index + 1]
            if following.is_lower and following.text.endswith("ing") and len(following.text) > 5:
                break  # "RELLIS-3D-demonstrating": a dash, then a verb
            if following.lower_ in cues.suffix_stoplist or (following.is_stop and following.is_lower):
                if connected_part(doc, index + 1, cues):
                    index += 4  # "Autonomy" + "-of-Experts", "Sim" + "-to-Real"
                    continue
                break  # "-based"; "MapBench-the first dataset": a dash before a stop word ends the name
            index += 2
            continue
        if glued and token.text[:1].isalnum() and token.lower_ not in cues.suffix_stoplist:
            index += 1
            continue
        if glued and token.text == "*" and star_suffix(doc, index):
            index += 1  # "S*", "CFG-Zero*": a closing star is part of the name
            continue
        if glued and token.text == "$" and doc[start:index].text.count("$") % 2 == 1:
            index += 1  # "MARS$^2$": the dollar that closes the name's LaTeX
            continue
        if (
            token.like_num
            and len(token.text) <= 4
            and "," not in token.text
            and not is_year_word(token.text)
            and not is_percentage(doc, index)
        ):
            index += 1
            continue
        if cues.size_suffix.match(token.text) or (glued and token.text in cues.variant_words):
            index += 1
            continue
        if token.text[:1] in "vV" and cues.version.match(token.text) and not token.is_sent_start:
            index += 1  # "OpenEvents V1", "Natural Instructions v2"
            continue
        break
    return index


def star_suffix(doc: Doc, index: int) -> bool:
    """Whether the "*" at ``index``, glued to the word before it, ends a name ("S*: Test Time Scaling",
    "the V* benchmark", "T*, which", "CFG-Zero*"): it closes the word (a space, a punctuation mark or the
    end follows) and closes no Markdown emphasis opened earlier in the sentence ("a *Emotion-Aware
    Fusion* module": there the star is markup, no part of a name)."""
    if index + 1 < len(doc) and not doc[index].whitespace_ and doc[index + 1].text[:1].isalnum():
        return False  # "A*B": the star joins two words
    sentence_start = doc[index].sent.start if doc.has_annotation("SENT_START") else 0
    for j in range(index - 1, sentence_start - 1, -1):
        token = doc[j]
        opens = token.text == "*" and not token.whitespace_ and j + 1 < len(doc) and doc[j + 1].text[:1].isalnum()
        if opens and (j == 0 or doc[j - 1].whitespace_ or not doc[j - 1].text[-1:].isalnum()):
            return False
    return True


def glued_capitalised_stop(doc: Doc, start: int) -> bool:
    """A capitalised stop word hyphen-glued to a capitalised part ("In" in "In-Context", "On" in "On-Device")."""
    return (
        start + 2 < len(doc)
        and doc[start].text[:1].isupper()
        and hyphen_glued(table(doc), start + 2)
        and doc[start + 2].text[:1].isupper()
    )


def _glued_to_variant(doc: Doc, start: int, cues: NameCues) -> bool:
    """Whether a capitalised word is hyphen-glued to a lowercase variant word of a model family ("Kimi-chat",
    "Foo-instruct"): the shape of a model's released variant."""
    if start + 2 >= len(doc) or not hyphen_glued(table(doc), start + 2):
        return False
    part = doc[start + 2].text
    return part.islower() and part in cues.family_variant_words


def _glued_to_coined(doc: Doc, start: int, cues: NameCues) -> bool:
    """Whether a capitalised word is hyphen-glued to a coined part ("Noise" in "Noise-LLM", "Self" in "Self-RAG")."""
    return start + 2 < len(doc) and hyphen_glued(table(doc), start + 2) and is_coined(doc[start + 2].text)


def connected_part(doc: Doc, index: int, cues: NameCues) -> bool:
    """Whether ``doc[index]`` is a connector glued between two parts of one name ("of" in "Autonomy-of-Experts").

    The connector ("of", "to", ...) is followed by a glued hyphen and a
    capitalised, coined or numeric part ("Sim-to-Real", "Real-to-Sim-to-Real");
    a lowercase part ("state-of-the-art", "BERT-as-a-service") is no name part.
    """
    if index + 2 >= len(doc) or doc[index].lower_ not in cues.hyphen_name_connectors:
        return False
    part = doc[index + 2]
    return hyphen_glued(table(doc), index + 2) and (is_capitalised(part) or is_coined(part.text) or part.like_num)


def is_percentage(doc: Doc, index: int) -> bool:
    """Whether the number at ``index`` is a percentage ("outperforming HPSv3 9.8% on HPDv3", "GQA 60.81 %"):
    a score or a margin written after the name, never its version ("Qwen 2.5")."""
    return index + 1 < len(doc) and doc[index + 1].text == "%"


def is_year_word(text: str) -> bool:
    """Whether a token is a year of 1900-2099 ("2025")."""
    return len(text) == 4 and text.isdigit() and text[:2] in {"19", "20"}


def glued_extent(doc: Doc, start: int, end: int, cues: NameCues, *, coined_only: bool = False) -> tuple[int, int]:
    """Grow a name over hyphen-glued name parts on both sides ("FLAN-" + "PaLM-540B", "OPT" + "-IML-175B").

    Parts joined without spaces count when they are coined, capitalised,
    numbers, versions or patch sizes ("ViT" + "-B/8"), and not a suffix such
    as "-based" or "-style".
    With ``coined_only`` a capitalised word is no part ("RED-CNN" grows,
    "Pre-LayerNorm" does not).
    """

    def part(token: Token) -> bool:
        return token.lower_ not in cues.suffix_stoplist and (
            is_coined(token.text)
            or (is_capitalised(token) and not coined_only)
            or token.like_num
            or bool(cues.version.match(token.text))
            or bool(cues.glued_name_part.match(token.text))
        )

    tokens = table(doc)
    while hyphen_glued(tokens, start) and part(doc[start - 2]):
        start -= 2
    while True:
        if end + 1 < len(doc) and hyphen_glued(tokens, end + 1) and part(doc[end + 1]):
            end += 2
        elif end < len(doc) and end > start and _split_unit_letter(tokens, end):
            end += 1  # "SigLIP-So400" + "m": one written word
        else:
            return start, end


def _split_unit_letter(tokens: TokenTable, index: int) -> bool:
    """Whether token ``index`` is a short lower-case word that the tokenizer split off as a unit ("m", "g",
    "mm") from the digits of the name part right before it, with no space between: "YOLOv8m" is read "YOLOv8" +
    "m", "SigLIP-So400m" "SigLIP-So400" + "m"; one written word is one name."""
    text, before = tokens.text[index], tokens.text[index - 1]
    return (
        not tokens.space[index - 1]
        and text.isalpha()  # Token.is_alpha
        and text.islower()  # Token.is_lower
        and len(text) <= 3
        and before[-1:].isdigit()
        and any(ch.isalpha() for ch in before)
    )


def spaced_acronym_prefix(doc: Doc, start: int, cues: NameCues) -> bool:
    """Whether an acronym stands, spaced, right before the dataset name at ``start`` as its first word.

    "T2I CompBench", "MSD Task01": a short all-uppercase word (digits allowed)
    after a lowercase word or punctuation; not a generic acronym ("LLM") and
    not the last word of a longer name ("GPT-4 MSD").
    """
    if start < 1:
        return False
    prefix = doc[start - 1]
    text = prefix.text
    if not (
        prefix.whitespace_
        and 2 <= len(text) <= 6
        and text.isalnum()
        and text.isupper()
        and sum(ch.isalpha() for ch in text) >= 2
        and text not in cues.acronym_stoplist
        and not doc[start].is_sent_start
    ):
        return False
    if start == 1 or prefix.is_sent_start:
        return True
    before = doc[start - 2]
    return before.is_lower or before.is_punct


def ends_hyphen_compound(doc: Doc, end: int) -> bool:
    """Whether tokens ``end-3 .. end-1`` are a glued lowercase compound ("long" "-" "context").

    Only a whole compound counts: "the-art" at the end of "state-of-the-art"
    is not one.
    """
    if end < 3:
        return False
    left, right = doc[end - 3], doc[end - 1]
    if end >= 4 and doc[end - 4].text == "-" and not doc[end - 4].whitespace_:
        return False
    return hyphen_glued(table(doc), end - 1) and left.is_alpha and left.is_lower and right.is_alpha and right.is_lower


def compound_start(doc: Doc, start: int, setting_ends: frozenset[str] = frozenset()) -> int:
    """Move a lowercase phrase's start left over glued hyphen compounds ("long-context" + "question answering").

    A compound whose first word is the phrase's own first word counts too
    ("long-" + "text generation" is "long-text generation"). A compound that
    names an evaluation setting, ending in one of ``setting_ends`` ("zero-shot",
    "few-shot"), is not part of the task's name.
    """
    tokens = table(doc)
    if (
        start < len(doc)
        and hyphen_glued(tokens, start)
        and doc[start - 2].is_alpha
        and doc[start - 2].is_lower
        and doc[start].is_lower
        and doc[start].lower_ not in setting_ends
    ):
        start -= 2
        for _ in range(3):  # a chain of glued parts is one compound ("image-to-" + "video generation")
            if not (hyphen_glued(tokens, start) and doc[start - 2].is_alpha and doc[start - 2].is_lower):
                break
            start -= 2
    while ends_hyphen_compound(doc, start) and doc[start - 1].lower_ not in setting_ends:
        start -= 3
    return start
