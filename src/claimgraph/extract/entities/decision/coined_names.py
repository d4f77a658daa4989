"""Coined one-word names that no other rule took (:func:`coined_names`): a mixed-case word that no English text
uses ("VideoLLaVA", "RexTime"), typed by the names listed with it ("Qwen, VideoLLaVA and GPT-4o", cue ``list``)
or by a head noun of the phrase it stands in ("two datasets, RexTime and VidHalluc", "the FooHaze1k remote
sensing dataset", cue ``coined``). A name nothing types is left out: read as the most common type (Method) it
would be wrong about half the time (a dataset after "on", a model in a list of systems)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from claimgraph.extract.entities.evidence import set_evidence
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns.tokens import LIST_JOINS, after_parenthesis, head_noun_type
from claimgraph.extract.entities.name_patterns.type_guess import trained_word, typed_guess
from claimgraph.extract.entities.name_shapes import hyphen_glued, name_end
from claimgraph.extract.lexicons import english_zipf
from claimgraph.extract.pipeline.sentences import title_token_end
from claimgraph.extract.pipeline.token_table import span_text, table
from claimgraph.names import ends_in_acronym_plural

#: a capital, then a lowercase letter, then a capital later in the word ("TimeMixer", "DivPO", "Hot3D")
_CAMEL = re.compile(r"^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\+*$")
_PLUS = re.compile(r"^[A-Z][a-z]{3,}\+{1,2}$")  # "Reinforce++"
_LISTED = frozenset({"Model", "Dataset", "Method", "Metric"})
#: words after which a list of names opens ("such as X, Y", "(e.g., X, Y)")
_LIST_OPENERS = frozenset({"(", ":", "including", "like", "namely", "as", "e.g.", "i.e.", "e.g", "i.e"})
#: words between a plural head noun and the names it lists ("datasets of X and Y", "data from X and Y")
_HEAD_OPENERS = _LIST_OPENERS | {"of", "from"}


def coined_shape(text: str, cues: NameCues) -> bool:
    """A mixed-case word of five or more characters that no English text uses (wordfreq Zipf 0) and that is no
    generic acronym nor a plural of one."""
    if not text[:1].isupper():
        return False  # both shapes open with a capital: most tokens stop here, before a regular expression
    if _PLUS.match(text):
        return True  # "Reinforce++": the pluses coin a name of an English word
    return (
        len(text) >= 5
        and bool(_CAMEL.match(text))
        and not ends_in_acronym_plural(text)
        and text not in cues.acronym_stoplist
        and english_zipf(text) == 0
    )


def _candidates(doc: Doc, taken: set[int], cues: NameCues, generic: frozenset[str]):
    tokens = table(doc)
    prose = title_token_end(doc)
    shaped = [i for i, text in enumerate(tokens.text) if text[:1].isupper() and coined_shape(text, cues)]
    index = 0
    for start in shaped:
        if start < index or start in taken or hyphen_glued(tokens, start):
            continue  # inside the name found last, or taken by a rule
        index = start + 1
        end = max(name_end(doc, start, cues, allow_plain=False), start + 1)  # "Reinforce++" is no coined token
        if taken.intersection(range(start, end)):
            continue
        index = end
        if end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text[:1] in "-/_.'’@":
            if not doc[end].whitespace_ and doc[end + 1].text[:1].isalnum():
                continue  # "RayMap-based", "OpenCV.js", "ReSTIR'd": part of a longer word
        if start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_punct:
            continue  # glued to the word before it
        if start > 0 and ("/" in doc[start - 1].text or doc[start - 1].like_url):
            continue  # a part of a web address ("github.com/user/ FooNet")
        if start > 0 and doc[start - 1].text in {"{", "\\", "_", "@"}:
            continue
        if _capitalised(doc, end) or (start >= prose and start > 0 and _capitalised(doc, start - 1)):
            continue  # "DeepContext Pooling", "Mycetoma MicroImage: ...": a word of a longer name
        if doc[start:end].text.lower() in generic:
            continue
        yield start, end


def _capitalised(doc: Doc, index: int) -> bool:
    if index < 0 or index >= len(doc):
        return False
    token = doc[index]
    return token.is_alpha and token.text[:1].isupper() and not token.is_sent_start


def _before_parenthesis(doc: Doc, index: int) -> int:
    """The index of the "(" of a short parenthesis that ends right before ``index`` ("OmniDrive (Omni-L),"),
    else ``index``."""
    if index < 1 or doc[index - 1].text != ")":
        return index
    for opening in range(index - 2, max(-1, index - 10), -1):
        if doc[opening].text == "(":
            return opening
        if doc[opening].text == ")" or doc[opening].is_sent_start:
            break
    return index


def _neighbour_types(doc: Doc, start: int, end: int, by_start: dict, by_end: dict, cues: NameCues) -> set[str]:
    """The types of the names listed right before and after ``doc[start:end]`` ("Qwen, FooVLM, and GPT-4o")."""
    found: set[str] = set()
    after = after_parenthesis(doc, end)
    index, words = start - 1, []
    while index >= 0 and doc[index].text in LIST_JOINS and len(words) < 2 and not doc[index + 1].is_sent_start:
        words.append(doc[index].text)
        index -= 1
    left = _before_parenthesis(doc, index + 1)
    if words and left in by_end:
        closes = after == len(doc) or doc[after].text in LIST_JOINS | {")", ";", "."} or doc[after].is_sent_start
        if "," not in words or len(words) > 1 or closes:
            found.add(by_end[left])
    index, words = after, []
    while index < len(doc) and doc[index].text in LIST_JOINS and len(words) < 2 and not doc[index].is_sent_start:
        words.append(doc[index].text)
        index += 1
    if words and index in by_start:
        before = doc[start - 1] if start > 0 else None
        opens = before is not None and (before.text in LIST_JOINS or before.lower_ in _LIST_OPENERS)
        if words != [","] or opens:
            found.add(by_start[index])
    return found


def _member_token(doc: Doc, index: int, taken: set[int]) -> bool:
    """A token that may be part of a listed name: a decided entity's, or one with a capital or a digit, or a
    hyphen-glued part ("NeRF-on-the-go")."""
    token = doc[index]
    if index in taken or any(ch.isupper() or ch.isdigit() for ch in token.text):
        return True
    glued_before = index > 0 and not doc[index - 1].whitespace_ and doc[index - 1].text == "-"
    return token.text == "-" and not token.whitespace_ or glued_before


def _head_before(doc: Doc, start: int, end: int, taken: set[int], cues: NameCues) -> str | None:
    """The type of the plural head noun a list of names after it follows ("two datasets, RexTime and VidHalluc",
    "four benchmark datasets of MVTec, ViSA and RealIAD", "foundation models (SD, FLUX, FooGen)"). A comma
    alone after the head makes a list only when the list goes on after the name ("On three datasets, FooNet
    improves ..." is none)."""
    index, passed = start - 1, set()
    while index >= 0 and start - index <= 16 and not doc[index + 1].is_sent_start:
        token = doc[index]
        if token.text in LIST_JOINS or token.lower_ in _HEAD_OPENERS or token.lower_ == "such":
            passed.add(token.lower_)
        elif token.text == ")" and _before_parenthesis(doc, index + 1) <= index:
            index = _before_parenthesis(doc, index + 1)  # "foundation models (SD, FLUX (v1), FooGen)"
        elif _member_token(doc, index, taken):
            passed.add("member")
        else:
            break
        index -= 1
    if index < 0 or not passed or doc[index + 1].is_sent_start:
        return None
    head = doc[index]
    label = head_noun_type(head.text, cues)
    if label not in ("Dataset", "Model") or not head.lower_.endswith("s"):
        return None
    if passed <= {",", "member"}:
        after = after_parenthesis(doc, end)
        if after < len(doc) and doc[after].text not in LIST_JOINS | {")"}:
            return None
    return label


def _kind_word(doc: Doc, start: int, end: int, cues: NameCues) -> bool:
    """Whether the name says what kind of dataset the head noun right after it names ("seven FooHub datasets",
    "three OpenRE datasets", "a VideoLLM benchmark"); a list or "the" before the name makes it a name ("the
    MNIST and SVHN datasets")."""
    if end >= len(doc) or doc[end].text not in cues.dataset_heads:
        return False
    before = doc[start - 1].text if start > 0 else ""
    if doc[end].lower_.endswith("s"):
        return before not in cues.plural_head_name_openers
    return before.lower() in cues.indefinite_articles


def _verb_after(doc: Doc, end: int, cues: NameCues) -> bool:
    """Whether a lowercase word in -s or -ed that is no head noun follows the name, a verb of which the name is
    the subject ("FooNet uses datasets ...", "FooNet trained on ..."): the words after it say nothing of it. Before
    a singular head noun such a word is a noun of a compound ("the DreamGen robotics benchmark")."""
    if end >= len(doc):
        return False
    token = doc[end]
    if not (token.is_alpha and token.is_lower and token.text.endswith(("s", "ed"))) or head_noun_type(token.text, cues):
        return False
    following = doc[end + 1].text if end + 1 < len(doc) else ""
    return not (head_noun_type(following, cues) and not following.endswith("s"))


def _head_after(doc: Doc, end: int, taken: set[int], cues: NameCues) -> bool:
    """Whether a dataset head noun closes the phrase the name opens, over listed names and up to three
    lowercase words ("the StateHaze1k remote sensing dataset", "MPIIFaceGaze, EYEDIAP, and our IMRGaze
    datasets"); a verb after the name ("FooNet uses datasets") ends the phrase."""
    index, words = end, 0
    while index < len(doc) and index - end <= 14 and not doc[index].is_sent_start:
        token = doc[index]
        if token.text in cues.dataset_heads:
            return True
        if token.text in LIST_JOINS or token.lower_ == "our" or _member_token(doc, index, taken):
            words = 0
        elif token.is_alpha and token.is_lower and not token.is_stop and words < 3:
            if index == end and _verb_after(doc, end, cues):
                return False
            words += 1
        else:
            return False
        index += 1
    return False


def _guessed_type(doc: Doc, start: int, end: int, cues: NameCues) -> tuple[str, bool]:
    """:func:`typed_guess` for a name in running text, without its readings across a clause: a head word
    before a comma that closes an opening phrase ("On three datasets, FooNet improves ...") or after a verb
    ("FooNet uses datasets of ...") says nothing of the name."""
    label, supported = typed_guess(doc, start, end, cues)
    if not supported:
        return label, False
    closes = end == len(doc) or doc[end].text in LIST_JOINS | {".", ";", ")", ":"}
    if not closes and start > 1 and doc[start - 1].text == "," and head_noun_type(doc[start - 2].text, cues):
        return label, False
    if _verb_after(doc, end, cues) and end + 1 < len(doc) and head_noun_type(doc[end + 1].text, cues):
        return label, False
    return label, True


def _stated_type(doc: Doc, start: int, end: int, taken: set[int], cues: NameCues) -> tuple[str, str | None]:
    """The type the words around a name state and the evidence "coined", or a guess and None."""
    if _kind_word(doc, start, end, cues):
        return "Dataset", None
    if _head_after(doc, end, taken, cues):
        return "Dataset", "coined"
    label = _head_before(doc, start, end, taken, cues)
    if label:
        return label, "coined"
    label, supported = _guessed_type(doc, start, end, cues)
    if supported:
        return label, "coined"
    if end + 1 < len(doc) and doc[end - 1].whitespace_ and trained_word(doc, end, cues):
        return "Model", "coined"  # "MatDetector trained on our materials knowledge base"
    return label, None


def coined_names(
    doc: Doc, spans: list[Span], weak: set[tuple[int, int]], cues: NameCues, generic: frozenset[str]
) -> list[Span]:
    """The coined names no rule took, typed by the names listed with them or the words around them."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    known = {span_text(span).lower() for span in spans}
    found = [(s, e) for s, e in _candidates(doc, taken, cues, generic) if doc[s:e].text.lower() not in known]
    if not found:
        return []
    by_start = {s.start: s.label_ for s in spans if s.label_ in _LISTED and (s.start, s.end) not in weak}
    by_end = {s.end: s.label_ for s in spans if s.label_ in _LISTED and (s.start, s.end) not in weak}
    types: dict[tuple[int, int], tuple[str, str | None]] = {}
    changed = True
    while changed:  # a listed name types the next one ("NuScenes, Waymo, NuPlan, ...")
        changed = False
        for start, end in found:
            if (start, end) in types:
                continue
            labels = _neighbour_types(doc, start, end, by_start, by_end, cues)
            if len(labels) == 1:
                label = labels.pop()
                types[(start, end)] = (label, "list")
                by_start[start] = by_end[end] = label
                changed = True
    candidate_tokens = taken | {i for start, end in found for i in range(start, end)}
    for start, end in found:
        if (start, end) not in types:
            types[(start, end)] = _stated_type(doc, start, end, candidate_tokens, cues)
    by_text: dict[str, str] = {}
    for (start, end), (label, evidence) in types.items():
        if evidence is not None:
            by_text.setdefault(doc[start:end].text, label)
    added = []
    for start, end in found:
        label, evidence = types[(start, end)]
        if evidence is None and doc[start:end].text in by_text:
            label, evidence = by_text[doc[start:end].text], "coined"
        if evidence is None:
            continue  # "we incorporate a FooMixer to ...": nothing says what it is, and a guess is wrong too often
        span = Span(doc, start, end, label=label)
        set_evidence(span, evidence)
        added.append(span)
    return added
