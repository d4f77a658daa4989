"""Abbreviations: Schwartz-Hearst short form <-> long form detection on a Doc.

Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation
definitions in biomedical text", adapted like scispaCy's AbbreviationDetector:
only parenthesised spans are looked at.

- "long form (SF)": the short form is the parenthesised text (before any ``,``
  or ``;``); the long form is searched in the words before the parenthesis.
- "SF (long form)": when the parenthesis holds more than two words, the word
  before it is the short form and the parenthesis must start with its long form.
- "SF, a Long Form ...": a short form with two capitals or more, a comma, an
  article and a run of capitalised words that spells it as initials, every
  capitalised word giving a letter ("We propose STAR, a Structure Aware Routing
  that ..."): the paper's own definition, which comes before a lexicon's
  meaning of the short form.

Classic rules: a short form has 2-10 characters, at most two words, a letter,
and starts with a letter or digit (here also: at least one capital, which
rules out "(ours)", "(here)"); the long form has at most
``min(|SF| + 5, |SF| * 2)`` words; every letter and digit of the short form
appears in the long form in order, the first one at the start of a word.
Hyphenated words count as one word and hyphens start words, so
"Semantic-aware Permutation Training (SPT)", "in-context learning (ICL)",
"Chunked Instruction-aware State Eviction (CItruS)" and "large language
models (LLMs)" all resolve; "(i.e., ...)", "(e.g., ...)" never do.

The component ``claimgraph_abbreviations`` stores ``doc._.abbreviations``:
a list of ``(long_form, short_form)`` span pairs in text order.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers the shared Doc and Span extensions)
from claimgraph.extract.entities.name_cues import name_cues
from claimgraph.extract.pipeline.sentences import TITLE_END
from claimgraph.extract.pipeline.token_table import doc_text

__all__ = [
    "find_abbreviations",
    "best_long_form",
    "abbreviation_map",
    "short_form_mentions",
    "spells_out",
    "same_long_form",
    "AbbreviationDetector",
]

_PAREN_RE = re.compile(r"\(([^()]{1,200})\)")
_BOUNDARY_RE = re.compile(r"(?:[.;:!?](?=\s)|[()\[\]{}\n])")
_NOT_SHORT_FORMS = frozenset(
    [
        "i.e.",
        "i.e",
        "ie",
        "e.g.",
        "e.g",
        "eg",
        "cf.",
        "cf",
        "see",
        "viz.",
        "viz",
        "resp.",
        "resp",
        "respectively",
        "et",
        "etc",
        "etc.",
        "ours",
        "also",
        "such",
        "including",
        "namely",
        "sic",
    ]
)
_WORDS_RE = re.compile(r"\S+")
#: "SF, a Long Form": a word, a comma, an article, then a capitalised word
_APPOSITION_RE = re.compile(r"(?<![\w-])([A-Za-z0-9][\w-]*),\s+(?:a|an|the)\s+(?=[A-Z])")
#: lowercase words that may join the capitalised words of an apposition's long form ("a Mixture of Experts")
_RUN_CONNECTORS = frozenset({"of", "for", "and", "in", "to", "with", "via", "on"})
_SPLIT_RE = re.compile(r"[,;]\s")


def _valid_short_form(sf: str) -> bool:
    return (
        2 <= len(sf) <= 10
        and len(sf.split()) <= 2
        and sf[0].isalnum()
        and any(c.isupper() for c in sf)
        and sf.lower() not in _NOT_SHORT_FORMS
        and not sf.lower().startswith(("i.e", "e.g", "cf.", "et al"))
    )


def _max_words(sf: str) -> int:
    return min(len(sf) + 5, len(sf) * 2)


def best_long_form(short: str, long: str) -> int | None:
    """Schwartz-Hearst matching: where in ``long`` the long form of ``short`` starts.

    Parameters
    ----------
    short : str
        The short form, e.g. "SPT".
    long : str
        The candidate text it abbreviates (the words before "(SPT)").

    Returns
    -------
    int or None
        The offset in ``long`` of the shortest suffix of words that contains
        every letter and digit of ``short`` in order, its first character at
        the start of a word; None when there is none.
    """
    s, i = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i].lower() != c or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = i + 1
    while start > 0 and not long[start - 1].isspace():  # back to the start of a hyphenated word
        start -= 1
    return start


#: the capitalised pieces of a blended short form ("Sen", "Cache" of "SenCache")
_BLEND_PIECE_RE = re.compile(r"[A-Z][a-z]+")


def blend_long_form(short: str, long: str) -> int | None:
    """Where in ``long`` the long form of a blended short form starts: a short form made of two or more
    capitalised word beginnings ("SenCache" for "Sensitivity-Aware Caching", "FlowEdit" for "Flow Editing"),
    each the start of a word in order (a final "e" may be dropped: "Cache" of "Caching"), the last one the
    start of the last word, other words between them allowed. None for any other short form.

    >>> blend_long_form("SenCache", "we propose Sensitivity-Aware Caching")
    11
    >>> blend_long_form("SenCache", "caches by sensitivity"), blend_long_form("SPT", "Semantic Permutation Training")
    (None, None)
    """
    pieces = _BLEND_PIECE_RE.findall(short)
    if len(pieces) < 2 or "".join(pieces) != short:
        return None
    words = list(_LONG_WORD_RE.finditer(long))
    if not words or not _begins(pieces[-1], words[-1].group()):
        return None
    at = len(words) - 1
    for piece in reversed(pieces[:-1]):
        at -= 1
        while at >= 0 and not _begins(piece, words[at].group()):
            at -= 1
        if at < 0:
            return None
    if len(words) - at > _max_words(short):
        return None
    return words[at].start()


def capitals_long_form(short: str, long: str) -> int | None:
    """Where in ``long`` the long form of ``short`` starts when every capital of ``short`` begins a word or a
    hyphenated part, in order, the last one the last word: "Sample-specific Score-aware Noise Injection" for
    "SSNI", where the shortest spelling (:func:`best_long_form`) takes the "n" of "Injection" for the "N" and
    the "s" of "Noise" for an "S". None with fewer than three capitals, with a digit ("3DFSR", whose "D" no
    word begins), or without such words; and None when the long form so found opens with a lower-case word or
    holds a comma ("we propose a deep learning model, 3D Forest ...").

    >>> capitals_long_form("SSNI", "we propose Sample-specific Score-aware Noise Injection")
    11
    >>> capitals_long_form("SSNI", "we propose Score-aware Noise Injection") is None
    True

    A last hyphen part of the short form that the long form ends with, written whole ("RAG" of "CoCR-RAG"),
    is that word; the capitals before it are read the same way:

    >>> capitals_long_form("CoCR-RAG", "the Concept-oriented Context Reconstruction RAG")
    4
    """
    head, _, tail = short.rpartition("-")
    if head and tail and long.endswith(" " + tail):
        return capitals_long_form(head, long[: -len(tail) - 1].rstrip())  # "Context Reconstruction RAG (CoCR-RAG)"
    capitals = [c.lower() for c in short if c.isupper()]
    parts = list(_LONG_WORD_RE.finditer(long))  # words and the parts of hyphenated words
    if (
        len(capitals) < 3
        or any(c.isdigit() for c in short)
        or not parts
        or not parts[-1].group().lower().startswith(capitals[-1])
    ):
        return None
    at = len(parts) - 1
    for capital in reversed(capitals[:-1]):
        at -= 1
        while at >= 0 and not parts[at].group().lower().startswith(capital):
            at -= 1
        if at < 0:
            return None
    start = parts[at].start()
    while start > 0 and not long[start - 1].isspace():  # back to the start of a hyphenated word
        start -= 1
    if not long[start].isupper() or "," in long[start:]:
        return None
    return start


def _begins(piece: str, word: str) -> bool:
    """Whether a piece of a blended short form begins ``word`` ("Sen" of "Sensitivity"; "Cache" of "Caching",
    whose final "e" a suffix drops)."""
    piece, word = piece.lower(), word.lower()
    return word.startswith(piece) or (len(piece) >= 4 and piece.endswith("e") and word.startswith(piece[:-1]))


_LONG_WORD_RE = re.compile(r"[^\W_]+")
_VOWELS = frozenset("aeiouy")


def spells_out(short: str, form: str) -> bool:
    """Whether a lexicon form is a long form of ``short``: two or more words, at least two of them of four
    letters or more, whose letters spell ``short`` in order ("soft actor-critic" for "SAC"; not
    "DataComp-LM" for "DCLM", which is a name, not a long form).

    >>> spells_out("SAC", "soft actor-critic"), spells_out("DCLM", "DataComp-LM"), spells_out("SAC", "SAC")
    (True, False, False)
    """
    words = _LONG_WORD_RE.findall(form)
    return len(words) >= 2 and sum(len(w) >= 4 for w in words) >= 2 and best_long_form(short, form) is not None


def _same_word(a: str, b: str) -> bool:
    """Two forms of one word: equal, or a shared start of four letters ("optimisation", "optimization"), or
    of three letters followed by two vowels ("visual", "vision")."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    return a[:4] == b[:4] or (a[:3] == b[:3] and a[3] in _VOWELS and b[3] in _VOWELS)


def same_long_form(paper: str, listed: str, function_words: frozenset[str]) -> bool:
    """Whether a paper's long form and a listed long form spell the same name (pure).

    Every content word of the paper's form has a form in the listed one
    ("Convolution Neural Networks", "convolutional neural network";
    "Visual-Language Navigation", "vision-and-language navigation"), or all
    but one when its first word does and three others do ("Area Under the ROC
    Curve", "area under the curve"). "Next-Scale Prediction" is no "next
    sentence prediction", "Reinforcement Fine-Tuning" no "rejection sampling
    fine-tuning".

    >>> same_long_form("Directed Preference Optimisation", "direct preference optimization", frozenset())
    True
    >>> same_long_form("Next-Scale Prediction", "next sentence prediction", frozenset())
    False
    """
    words = [w for w in _LONG_WORD_RE.findall(paper.lower()) if w not in function_words]
    listed_words = [w for w in _LONG_WORD_RE.findall(listed.lower()) if w not in function_words]
    if not words or not listed_words:
        return False
    found = [any(_same_word(w, v) for v in listed_words) for w in words]
    missing = found.count(False)
    return missing == 0 or (missing == 1 and found[0] and len(words) - missing >= 3)


def _window(text: str, end: int, n_words: int, floor: int = 0) -> int:
    """Start offset of the last ``n_words`` words before ``end``, not crossing a sentence, a bracket or ``floor``
    (the end of the title, which no punctuation marks)."""
    lo = max(floor, end - 30 * n_words)
    stops = [mm.end() for mm in _BOUNDARY_RE.finditer(text, lo, end)]
    lo = stops[-1] if stops else lo
    starts = [mm.start() for mm in _WORDS_RE.finditer(text, lo, end)]
    return starts[-n_words] if len(starts) >= n_words else (starts[0] if starts else end)


def _pair(doc: Doc, lf: tuple[int, int], sf: tuple[int, int]) -> tuple[Span, Span] | None:
    long_span = doc.char_span(*lf, alignment_mode="contract")
    short_span = doc.char_span(*sf, alignment_mode="contract")
    if (
        long_span is None
        or short_span is None
        or (long_span.end > short_span.start and long_span.start < short_span.end)
    ):
        return None
    markup = name_cues().markup
    if any(markup.match(token.text) for token in long_span):
        # "GLACIA (\textbf{G}lacial \textbf{LA}ke ...)": a long form spelt with text markup is no
        # name a reader can use; the short form stands alone
        return None
    return long_span, short_span


#: a comma followed by a lowercase word other than "and"/"or" before a capitalised one: the words before it end
#: a clause ("inputs, as well as a ..."), while "Vision, Language, and Action" lists the parts of one name
_COMMA_CLAUSE_RE = re.compile(r",\s+(?!(?:and|or)\s+[A-Z])[a-z]")


def _clause_fragment(long: str) -> bool:
    """Whether a candidate long form is a piece of running text, no name: it runs over a comma into a lowercase
    clause ("adapted to multispectral inputs, as well as a Temporal Transformer model (TEC-TT)", whose letters
    the words spell from "to ..."). A name listing capitalised parts after commas ("Vision, Language, and Action
    (VLA)") stays, and so does a long form opening with a word of a compound ("in context language learning
    (ICLL)")."""
    return bool(_COMMA_CLAUSE_RE.search(long))


def _long_before(text: str, sf: str, paren: int, floor: int = 0) -> tuple[int, int] | None:
    """ "long form (SF)": offsets of the long form in the words before the parenthesis (after ``floor``).

    A long form whose first letter comes from an article or determiner ("the
    dual-optical ... counting model (TAPNet)") abbreviates nothing: no pair.
    """
    end = paren
    while end > 0 and (text[end - 1].isspace() or text[end - 1] == "~"):
        end -= 1  # "Mixture of Experts~(MoE)": a LaTeX non-breaking space is a space
    lo = _window(text, end, _max_words(sf), floor)
    cand = text[lo:end]
    off = best_long_form(sf, cand)
    letters = sf.rstrip("0123456789")
    if (
        off is None
        and letters != sf
        and letters[-1:].isalpha()
        and " " not in sf
        and sum(map(str.isupper, letters)) >= 2
    ):
        # "Cross-Modal Semantic Sieve (CS2)": a count or version digit at the end need not be spelled out
        off = best_long_form(letters, cand)
    if off is None:
        off = blend_long_form(sf, cand)
    if off is None:
        return None
    aligned = capitals_long_form(sf, cand)
    if aligned is not None and aligned < off:
        off = aligned  # "Sample-specific Score-aware Noise Injection (SSNI)", not "Score-aware Noise Injection"
    long = cand[off:].strip(" ,-\"'")
    if not long[:1].isalnum() or len(long) <= len(sf) or sf.lower() in long.lower().split():
        return None
    if long.split(maxsplit=1)[0].lower() in name_cues().long_form_determiners and " " in long:
        return None
    if _clause_fragment(long):
        return None
    start = lo + off
    start += len(cand[off:]) - len(cand[off:].lstrip(" ,-\"'"))
    return start, start + len(long)


def _short_before(text: str, paren: int, inner: str, inner_start: int):
    """ "SF (long form)": the word before the parenthesis abbreviates its content. The short form has
    two capitals, or the paper also writes it in capitals ("we present Clue (Clustering and
    Experience-based Verification)" in a paper titled "CLUE: ...")."""
    m = re.search(r"(\S+)\s*$", text[max(0, paren - 40) : paren])
    if not m:
        return None
    sf = m.group(1).strip(",;:\"'")
    if not _valid_short_form(sf) or len(inner.split()) > _max_words(sf):
        return None
    if sum(c.isupper() for c in sf) < 2 and not capital_spellings(text, sf):
        return None
    body = re.sub(r"^(?:the|a|an)\s+", "", inner, flags=re.I)
    skipped = len(inner) - len(body)
    off = best_long_form(sf, body)
    if off is None or body[:off].strip() or len(body) <= len(sf):
        return None
    sf_start = max(0, paren - 40) + m.start(1) + m.group(1).find(sf)
    return (inner_start + skipped, inner_start + len(inner)), (sf_start, sf_start + len(sf))


def _initials(letters: str, parts: list[str]) -> bool:
    """Whether ``parts`` (the words and hyphen parts of a long form) spell ``letters`` as initials: every
    capitalised part gives the next letter by its first one, and maybe the letters after it from inside ("STructure
    Aware Routing" for STAR); a lowercase part ("of", "modal") gives none or the next ones from its start."""

    def spell(i: int, k: int) -> bool:
        if k == len(parts):
            return i == len(letters)
        part, capital = parts[k].lower(), parts[k][:1].isupper()
        if not capital and spell(i, k + 1):
            return True
        if i == len(letters) or part[:1] != letters[i]:
            return False
        i += 1
        if spell(i, k + 1):
            return True
        for char in part[1:]:
            if i < len(letters) and char == letters[i]:
                i += 1
                if spell(i, k + 1):
                    return True
            elif not capital:
                return False  # a lowercase part gives letters only from its start
        return False

    return spell(0, 0)


#: a lowercase run of three letters or more: a word inside a name ("QA-Dragon"), not initials ("MoE", "HyKey")
_WORD_RUN_RE = re.compile(r"[a-z]{3,}")


def _apposition(text: str, match: re.Match) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "SF, a Long Form": the offsets of the long form and the short form, when the run of capitalised words
    after the article (lowercase connectors between them: "a Mixture of Experts") spells the short form as its
    initials (:func:`_initials`), every capitalised word giving a letter. The long form is the longest such run
    ending in a capitalised word: "STAR, a Structure Aware Routing that ...", "LEGS, a Laplacian-Enhanced Gaussian
    Splatting Method" (LEGS has no letter for "Method"). A short form with a word in it ("QA-Dragon") is no
    acronym of the words after it."""
    sf = match.group(1)
    if not _valid_short_form(sf) or sum(c.isupper() for c in sf) < 2 or _WORD_RUN_RE.search(sf):
        return None
    if any(c.isdigit() for c in sf):
        return None
    letters = "".join(c.lower() for c in sf if c.isalpha())
    words: list[tuple[int, int]] = []
    for word in _WORDS_RE.finditer(text, match.end()):
        bare = re.split(r"[,.;:)]", word.group(), maxsplit=1)[0]
        if not bare or not (bare[:1].isupper() or (bare in _RUN_CONNECTORS and bare == word.group())):
            break
        words.append((word.start(), word.start() + len(bare)))
        if bare != word.group() or len(words) >= _max_words(sf):
            break
    for k in range(len(words), 1, -1):
        if not text[words[k - 1][0]].isupper():
            continue  # a connector does not end a name
        long = text[words[0][0] : words[k - 1][1]]
        if _initials(letters, [part for part in re.split(r"[\s-]+", long) if part]):
            return (words[0][0], words[k - 1][1]), match.span(1)
    return None


def capital_spellings(text: str, word: str) -> list[tuple[int, int]]:
    """Character ranges where ``text`` writes the mixed-case ``word`` as an all-capital word ("Clue" and
    "CLUE: Non-parametric Verification ..."); empty for a word already in capitals."""
    capitals = word.upper()
    if capitals == word or capitals not in text:
        return []
    return [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(capitals)}(?![\w-])", text)]


def find_abbreviations(doc: Doc) -> list[tuple[Span, Span]]:
    """Find "long form (SF)", "SF (long form)" and "SF, a Long Form" definitions in ``doc``.

    Parameters
    ----------
    doc : Doc
        Any tokenised doc (``spacy.blank("en")`` is enough).

    Returns
    -------
    list of (Span, Span)
        ``(long_form, short_form)`` pairs in text order.
    """
    text = doc_text(doc)
    title_end = doc.user_data.get(TITLE_END) or 0
    pairs: list[tuple[Span, Span]] = []
    for m in _PAREN_RE.finditer(text):
        inner_start = m.start(1)
        raw = m.group(1)
        lead = len(raw) - len(raw.lstrip())
        inner = raw.strip()
        inner_start += lead
        if inner.lower().startswith(("i.e", "e.g", "cf.", "see ", "viz")):
            continue
        first = _SPLIT_RE.split(inner, maxsplit=1)[0].strip()
        found = None
        if _valid_short_form(first):
            lf = _long_before(text, first, m.start(), title_end if m.start() > title_end else 0)
            if lf:
                found = (lf, (inner_start, inner_start + len(first)))
        if found is None and not _valid_short_form(first):
            found = _short_before(text, m.start(), _SPLIT_RE.split(inner, maxsplit=1)[0].rstrip(), inner_start)
        if found:
            pair = _pair(doc, *found)
            if pair:
                pairs.append(pair)
    defined = {short.text for _, short in pairs}
    for m in _APPOSITION_RE.finditer(text, title_end):
        found = None if m.group(1) in defined else _apposition(text, m)
        pair = _pair(doc, *found) if found else None
        if pair:
            pairs.append(pair)
            defined.add(m.group(1))
    return sorted(pairs, key=lambda pair: min(pair[0].start, pair[1].start))


def abbreviation_map(doc: Doc, pairs: list[tuple[Span, Span]] | None = None) -> dict[str, str]:
    """Short form text -> long form text (the first definition wins)."""
    if pairs is None:
        pairs = doc._.abbreviations if doc._.abbreviations is not None else find_abbreviations(doc)
    out: dict[str, str] = {}
    for long_span, short_span in pairs:
        out.setdefault(short_span.text, long_span.text)
    return out


def _variants(sf: str) -> list[str]:
    if len(sf) > 2 and sf.endswith("s") and sf[-2].isupper():
        return [sf, sf[:-1]]  # "LLMs" also matches "LLM"
    return [sf, sf + "s"]


def short_form_mentions(doc: Doc, pairs: list[tuple[Span, Span]]) -> list[tuple[Span, Span]]:
    """Later (and earlier) uses of each short form outside its definitions.

    Parameters
    ----------
    doc : Doc
        The doc the pairs were found in.
    pairs : list of (Span, Span)
        ``(long_form, short_form)`` pairs from :func:`find_abbreviations`.

    Returns
    -------
    list of (Span, Span)
        ``(occurrence, long_form)`` in text order; an occurrence is matched
        case-sensitively as a whole word, with or without a plural "s".
    """
    if not pairs:
        return []
    longs: dict[str, Span] = {}
    for long_span, short_span in pairs:
        for v in _variants(short_span.text):
            longs.setdefault(v, long_span)
    taken = [(s.start_char, s.end_char) for pair in pairs for s in pair]
    alts = "|".join(re.escape(v) for v in sorted(longs, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?<![\w-])(?:{alts})(?![\w-])", doc_text(doc)):
        a, b = m.span()
        if any(a < e and s < b for s, e in taken):
            continue
        span = doc.char_span(a, b) or doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            out.append((span, longs[m.group()]))
    return out


class AbbreviationDetector:
    """spaCy component: sets ``doc._.abbreviations`` to ``(long, short)`` span pairs."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.abbreviations = find_abbreviations(doc)
        return doc


@Language.factory("claimgraph_abbreviations")
def make_abbreviation_detector(nlp: Language, name: str) -> AbbreviationDetector:
    """Build the ``claimgraph_abbreviations`` component."""
    return AbbreviationDetector()
