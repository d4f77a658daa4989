"""Cues that describe another work, not the paper's method: what rivals or others are trained on or
built with ("competitive with models trained on X", "prior work relies on X"), a relative clause or a
bracketed aside about a rival, a cue before a named other system, the work that inspired the paper."""

from __future__ import annotations

from claimgraph.extract.claims.cues import RelationCues, relation_cues
from claimgraph.extract.claims.subjects import ACTORS, PROPOSE_VERBS
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView, cue_before, written_word
from claimgraph.extract.relations.guards import reading_cues
from claimgraph.extract.relations.uses.cues import UsesCues, uses_cues


def _others_trained(words: tuple[str, ...], index: int, rc: RelationCues) -> bool:
    """Whether the training cue at ``index`` follows, past an abbreviation in parentheses, a class
    noun that is not the paper's own ("detectors trained with SAM", "Convolutional Neural Networks
    (CNNs) trained on CIFAR-10"; not "our models (OMs) trained on X"): how those models are trained."""
    j = index - 1
    if j >= 3 and words[j] == ")" and words[j - 2] == "(":
        j -= 3
    return j >= 0 and words[j] in rc.class_nouns and not _own_clause(words, j + 1)


def _rival_relative(words: tuple[str, ...], index: int, uc: UsesCues) -> bool:
    """Whether the cue sits in a relative clause (", which/that/who", or "that/which/who" right after a
    plural noun) whose antecedent's phrase (back to a comma outside parentheses, ten words at most) holds a
    comparison word ("surpassing the previous best score of 0.80, which was obtained using a larger model",
    "competitive with larger models (e.g., OS-Atlas-7B), which are trained via SFT", "outperforms existing
    methods that heavily depend on refinement via X"); so does an appositive (", a/an ...") after a
    comparison word (in both uses_rival_relative_words and uses_rival_words: "HALT outperforms Lettuce,
    a fine-tuned modernBERT-base encoder"; not "prior"). The clause describes the rival, not the
    paper's method."""
    for j in range(index - 1, 0, -1):
        if words[j] == "," and j + 1 < index and words[j + 1] in ("a", "an"):
            chunk = _without_parentheses(words[max(0, j - 10) : j])
            if "," in chunk:
                chunk = chunk[len(chunk) - chunk[::-1].index(",") :]
            rivals = uc.uses_rival_relative_words & uc.uses_rival_words  # comparison words, not "prior"
            return any(w in rivals for w in chunk)  # "outperforms Lettuce, a fine-tuned modernBERT-base ..."
        if words[j] in (",", ";", ":"):
            return False  # "Unlike prior X pipelines, which struggle ..., our method leverages Y"
        if words[j] not in ("which", "that", "who"):
            continue
        restrictive = words[j - 1] != "," and _plural_noun(words[j - 1])
        if words[j - 1] == "," or restrictive:
            lo = max(0, j - 11)
            chunk = _without_parentheses(words[lo : j if restrictive else j - 1])  # "larger models (e.g., X)"
            if "," in chunk:  # the antecedent's own phrase: back to a comma
                chunk = chunk[len(chunk) - chunk[::-1].index(",") :]
            rival = any(w in uc.uses_rival_relative_words for w in chunk)
            if rival or not restrictive:
                return rival  # a restrictive clause about no rival may sit inside a rival's ", which" clause
    return False


def _plural_noun(word: str) -> bool:
    """Whether a word looks like a plural noun ("methods", "approaches"), the antecedent of a restrictive
    relative clause ("methods that rely on X"); not "its", "this", "was"."""
    return len(word) > 3 and word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _rival_based(words: tuple[str, ...], tail: Located, uc: UsesCues) -> bool:
    """Whether an "X-based" tail follows a comparison word in its clause (eight words back at most,
    parentheses skipped; no comma, "we" or "our" between): "SATNet excels state-of-the-art (SOTA)
    CNN-based heavyweight models" describes the beaten rivals, not what the method is built on; so does
    one after "over" (uses_rival_based_words) with a win word before it (relation_reading.json
    win_over_words, speedup_nouns: "improves fidelity over representative CNN-based methods"; not
    "computes precoders over SVD-based initializations"). A later item of a list of such modifiers is
    a rival too ("over CNN-based, GAN-based, and diffusion-based methods"): a comma right after an
    "X-based" word does not end the clause, and the list does not count against the eight words."""
    chunk = _without_parentheses(words[max(0, tail.first - 24) : tail.first])
    suffixes = relation_cues().use_suffix_tuple + ("-",)
    counted = 0
    for k in range(len(chunk) - 1, -1, -1):
        w = chunk[k]
        listed = w == "," and k > 0 and chunk[k - 1].endswith(suffixes)
        if not listed and not (w.endswith(suffixes) and k + 1 < len(chunk) and chunk[k + 1] == ","):
            counted += 1
        if counted > 8:
            return False
        if listed:
            continue  # "CNN-based, GAN-based": the list of modifiers goes on
        if w in (",", ";", ":", "we", "our"):
            return False
        if w in uc.uses_rival_relative_words:
            return True
        if w in uc.uses_rival_based_words:
            return _win_before(chunk[max(0, k - 12) : k])
    return False


def _win_before(words: tuple[str, ...]) -> bool:
    """Whether a win word (relation_reading.json win_over_words, speedup_nouns) stands in ``words`` after
    their last ';' or ':' ("improves image fidelity, ... over", "consistent speedups over")."""
    reading = reading_cues()
    for w in reversed(words):
        if w in (";", ":"):
            return False
        if w in reading.win_over_words or w in reading.speedup_nouns:
            return True
    return False


def _without_parentheses(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words outside parentheses ("larger models ( e.g. , X )" -> "larger models"); an
    unclosed parenthesis keeps what follows it."""
    kept: list[str] = []
    depth = 0
    for w in words:
        if w == "(":
            depth += 1
        elif w == ")" and depth:
            depth -= 1
        elif not depth:
            kept.append(w)
    return tuple(kept) if not depth else words


def _inspired_clause(words: tuple[str, ...], index: int, uc: UsesCues) -> bool:
    """Whether the cue's clause (back to a comma, colon or semicolon) follows "inspired by",
    "following", "similar to" ...: it describes the work the paper follows, not the paper's method."""
    return cue_before(words, index, uc.uses_inspired_words, (",", ";", ":"))


def inspired_tail(words: tuple[str, ...], tail: Located) -> bool:
    """Whether the tail stands right after "<inspired word> by" (uses_inspired_words, past an article:
    "invertible transformations inspired by normalizing flows", "advantages inspired by the
    reinforcement learning literature"): the work the method draws on, not what it uses."""
    k = tail.first - 1
    k -= k > 0 and words[k] in ("the", "a", "an")
    return k > 0 and words[k] == "by" and words[k - 1] in uses_cues().uses_inspired_words


def _trains_another(view: SentenceView, index: int, uc: UsesCues) -> bool:
    """Whether the weak cue at ``index`` follows "we train <a thing>" in its clause, the thing
    being no name, no pronoun and no noun of the paper's own method ("we train a humanoid robot
    via sim-to-real RL" with the paper's data): the cue says how that thing is trained."""
    words = view.words
    for j in range(index - 1, max(0, index - 6), -1):
        if words[j] in (",", ";", ":", "(", ")"):
            return False
        if words[j] in uc.uses_train_verbs and words[j - 1] == "we":
            thing = [w for w in words[j + 1 : index] if w not in ("a", "an", "the")]
            return (
                bool(thing)
                and not any(j < e.last and e.first < index for e in view.entities)
                and all(w.isalpha() and w not in uc.uses_own_nouns and w not in uc.uses_object_pronouns for w in thing)
            )
    return False


def _rival_aside(words: tuple[str, ...], index: int, uc: UsesCues) -> bool:
    """Whether the cue opens a parenthetical aside (within two words after "(") on what follows
    "than" in its clause, eight words back at most ("more accurate than standard int2 quantization
    (using techniques like QAT or OmniQuant)"): how the rival works."""
    paren = next((j for j in range(index - 1, max(-1, index - 3), -1) if words[j] == "("), -1)
    return paren > 0 and cue_before(words, paren, uc.uses_than_words, (",", ";", ":", ")"), reach=8)


def _rivals_trained(view: SentenceView, at: int, rc: RelationCues, uc: UsesCues) -> bool:
    """Whether word ``at`` is "trained" after "<class noun>" and a rival word ("competitive with
    models trained on Objaverse", "outperforms models fine-tuned with LoRA"): the cue itself or the
    word before the cue ("models trained via RL"), the rivals' training; or after a name that
    follows a rival word ("comparable to DeepSequence trained on MSAs and finetuned on DMS")."""
    words = view.words
    if at < 2 or words[at] not in rc.train_cues:
        return False
    if words[at - 1] in rc.class_nouns:
        return view.has_any(uc.uses_rival_words, max(0, at - 4), at - 1)
    if words[at - 1] in ("and", "or"):  # "... trained on MSAs and finetuned on DMS": the same rival's
        earlier = next((j for j in range(at - 2, max(0, at - 10), -1) if words[j] in rc.train_cues), -1)
        return earlier > 0 and "," not in words[earlier:at] and _rivals_trained(view, earlier, rc, uc)
    named = next((e for e in view.entities if e.last == at - 1 and e.label in ACTORS), None)
    return named is not None and view.has_any(uc.uses_rival_words, max(0, named.first - 4), named.first)


def _others_subject(words: tuple[str, ...], index: int, rc: RelationCues) -> bool:
    """Whether the cue's clause opens with a class of other works as its subject ("Existing
    methods use X", "prior approaches rely on X", "prior uses often relied on X", "State-of-the-art
    FIQA methods mainly rely on X": uses_others_subject_words, :func:`_others_phrase`): read back to
    the clause's start."""
    start = index - 1
    while start >= 0 and words[start] not in (",", ";", ":") and index - start <= 6:
        start -= 1
    subject = words[start + 1 : index]
    uc = uses_cues()
    others_nouns = uc.uses_others_nouns
    return (
        (any(w in rc.others_words for w in subject) or _others_phrase(subject, start, words, uc))
        and any(w in rc.class_nouns or w in others_nouns for w in subject)
        and not any(w in ("we", "our") for w in subject)
    )


def _others_phrase(subject: tuple[str, ...], start: int, words: tuple[str, ...], uc: UsesCues) -> bool:
    """Whether a uses_others_subject_words word opens the clause (the subject read back to word
    ``start``, a clause mark or -1) or a noun phrase after an article or a preposition
    ("State-of-the-art FIQA methods rely on X", "challenges faced by state-of-the-art methods when applied
    to X"; not "FooNet discovers state-of-the-art solutions using X", the object of the paper's verb)."""
    openers = reading_cues().phrase_preps | {"the", "a", "an"}  # "by state-of-the-art methods"
    opened = start < 0 or words[start] in (",", ";", ":")
    return any(
        w in uc.uses_others_subject_words and (subject[j - 1] in openers if j else opened)
        for j, w in enumerate(subject)
    )


def _own_clause(words: tuple[str, ...], index: int) -> bool:
    """Whether the words before ``index`` speak of the paper's own work ("our models trained on
    X", "we present V, a family of models trained on X")."""
    before = words[:index]
    return "our" in before[-4:] or "we" in before and any(w in PROPOSE_VERBS for w in before)


def _about_named_other(view: SentenceView, index: int) -> bool:
    """Whether the cue at ``index`` sits in a parenthesis right after a Model/Method name
    ("outperforms Tongyi DeepResearch (trained via continual pre-training, SFT and RL)"):
    the parenthesis describes that name, not the paper's method; so it does after a capitalised
    word the entity stage did not tag when a rival word stands within twelve words before the
    parenthesis ("surpasses industrial competitors such as Tongyi DeepResearch (trained via ...)")."""
    words = view.words
    if "(" not in view.present:
        return False
    for j in range(index - 1, max(-1, index - 8), -1):
        if ")" in words[j]:
            return False  # "(SoT)-a novel framework that extends CoT": the parenthesis closed
        if words[j] == "(":
            if any(e.last == j - 1 and e.label in ACTORS for e in view.entities):
                return True
            return j > 1 and written_word(view, j - 1)[:1].isupper() and _rival_before(words, j)
    return False


def _rival_before(words: tuple[str, ...], at: int) -> bool:
    """Whether a rival word (uses_rival_relative_words) stands within twelve words before word
    ``at``, with no semicolon between ("... even surpasses competitors such as X (" )."""
    rivals = uses_cues().uses_rival_relative_words
    for j in range(at - 1, max(-1, at - 13), -1):
        if words[j] in (";", ":"):
            return False
        if words[j] in rivals:
            return True
    return False
