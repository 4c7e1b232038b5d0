"""Quoted speech: find quotes across a document, pair them across an aligned pair, grade the change.

Quotes are found per paragraph, so a quotation that spans several sentences (``"A. B. C," he said.``)
marks all of them. Straight and curly double quotes, guillemets and single quotes used as quotation marks
(``‘looking like muppets’``, German ``‚geh nicht raus‘``; an apostrophe inside a word is never a mark) are
understood; a paragraph that
ends inside a quotation closes it (news style reopens it in the next paragraph).

Pairing: within an aligned pair, quotes of three words or more are paired in order when both sides hold
the same number; otherwise all quoted text of each side is compared as one.

Grading a pair (source quote ``S``, target quote ``T``):

- **inverted (critical)**: the polarity differs. Negators are counted on both sides (``tidak, tak,
  bukan, belum, tanpa, jangan`` / ``not, no, never, n't, without, nothing, none``: the function negators of
  ``eval/data/negation.tsv``, which the meaning check reads too); one side negated and
  the other not is a flip, unless the plain side holds a word with a negation inside (``unable``,
  ``gagal``, ``menolak``, an ``un-``/``dis-`` word whose stem is an ordinary word), which makes the
  evidence inconclusive (a German negative of the same stem as an English one, ``inakzeptabel`` for
  ``unacceptable``, counts as that word does); so does a negator that a word of the other side renders by the
  meaning check's guards ("Saya tidak akan mundur" = "I am staying", a profile's ``renders`` rows: "can't wait" = "freuen uns
  riesig"), so that a quote is read as running text is.
  Antonym pairs (``terbuka``/``open`` vs ``closed``, ``naik``/``rise`` vs ``fall``
  ...) are a flip when ``S`` holds one member, ``T`` the opposite and neither holds the other: the quote pairs
  of ``eval/data/polarity.tsv`` (``baik``/good, ``mungkin``/possible: safe inside a quote, too loose for a
  whole sentence) and the meaning check's direction lexicon (``eval/data/directions.tsv``, read through
  Indonesian affixes by :func:`.meaning.text_direction_flips`). A negation flip and an antonym flip together
  cancel (``tidak terbuka`` = ``closed``).
- **shifted (major)**: a weaker word on one side and a stronger one on the other (``berharap``/``hope`` vs
  ``demand``, ``mungkin``/``may`` vs ``certainly``, ``beberapa``/``some`` vs ``all``), from the degree pairs.
- With machine translation of the source (``mt``), the MT of ``S`` is compared with ``T`` in the same
  language: negator counts and antonyms again (now exact), and chrF below :data:`WORDING_CHRF` makes
  **quote wording (major)**.
- **missing or added quote (major)**: a complete quote (both marks in the sentence) of
  :data:`MIN_QUOTE_WORDS` words or more on one side while the other side quotes nothing; **minor** for a
  partial quote of fewer than :data:`PARTIAL_QUOTE_WORDS` words inside a running sentence, a quoted title, or a
  quote the other side words as reported speech (German Konjunktiv I, the profile's ``reported_speech``).

Numbers and names inside quotes are checked by the number and entity detectors (critical when changed).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...align.types import Document
from ..findings import Finding
from ._lexicon import Side, data_lines, fold, is_common_word, negator_spellings
from .profiles import LanguageProfile, get_profile

__all__ = ["Quote", "quote_spans", "polarity", "compare_quotes", "check_quotes", "MIN_QUOTE_WORDS", "WORDING_CHRF", "paragraph_quotes"]

#: a quote shorter than this is a scare quote or a title; it is not reported as missing or added.
MIN_QUOTE_WORDS = 5
#: chrF (0-100) of MT(source quote) against the target quote below which the wording is reported.
WORDING_CHRF = 30.0

_OPEN_D = "“„«"
_CLOSE_D = "”»"


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted span of an aligned side: ``text[start:end]`` without the marks."""

    start: int
    end: int
    text: str

    @property
    def n_words(self) -> int:
        return len(self.text.split())


def _straight_role(text: str, k: int) -> str:
    """Whether the straight mark at ``k`` opens (``open``), closes (``close``) or neither (``inner``)."""
    prev = text[k - 1] if k else " "
    nxt = text[k + 1] if k + 1 < len(text) else " "
    before_space = prev.isspace() or prev in "([{—–-:" or k == 0
    after_space = nxt.isspace() or nxt in ".,;:!?)]}—–-" or k + 1 == len(text)
    if before_space and not after_space:
        return "open"
    if after_space and not before_space:
        return "close"
    if before_space and after_space:
        return "either"
    return "inner"


def paragraph_quotes(text: str) -> list[tuple[int, int]]:
    """Content spans of the quotations in one paragraph's text.

    A closing mark with no opening mark before it closes a quotation that began in an earlier paragraph
    (so the span starts at the paragraph's start); an opening mark never closed runs to the end.
    """
    spans: list[tuple[int, int]] = []
    state: str | None = None  # None, "d" (double), "s" (single)
    start = 0
    n = len(text)
    seen_mark = False
    s_at_start = False
    for k, ch in enumerate(text):
        prev = text[k - 1] if k else " "
        nxt = text[k + 1] if k + 1 < n else " "
        if ch in _OPEN_D or ch in _CLOSE_D or ch == '"':
            ctx = _straight_role(text, k)
            if ch == '"':
                role = ctx
                if role == "close" and state is None and prev == "s" and re.match(r"\s+[a-z]", text[k + 1:]):
                    role = "inner"  # an apostrophe typed as a quote mark ("Mercedes" team orders)
            elif ch in _OPEN_D:
                # "“" after a word with no quotation open and none before in the paragraph closes one begun
                # earlier (German „...“ typography: "... trete ich an“, sagte er.")
                role = "close" if ctx == "close" and (state == "d" or (state is None and ch == "“" and not seen_mark)) else "open"
            else:
                # a closing mark typed where an opening one belongs (",”Anda ...", " ”dan ...")
                role = "open" if state is None and nxt.isalnum() and (prev in ",:;" or prev.isspace()) else "close"
            if role == "either":
                role = "close" if state == "d" else "open"
            if role == "inner":
                continue
            if role == "open" and state is None:
                state, start = "d", k + 1
            elif role == "close" and state == "d":
                spans.append((start, k))
                state = None
            elif role == "close" and state is None and not seen_mark:
                spans.append((0, k))  # the quote began before this paragraph
            elif role == "open" and state == "d" and ch in _OPEN_D:
                start = k + 1  # a stray reopening: restart
            seen_mark = True
            continue
        if ch == "‚" and state is None and nxt.strip():
            # the German single low mark (‚geh nicht raus‘) is never an apostrophe: it always opens
            state, start = "s", k + 1
            seen_mark = True
            s_at_start = False
            continue
        if ch == "‘" and state == "s" and start and text[start - 1] == "‚" and not prev.isspace():
            spans.append((start, k))  # ... and its closing mark is the English opening one
            state = None
            continue
        if ch in "‘'" and state is None and not prev.isalnum() and (nxt.isalpha() or nxt in "…."):
            # a single mark opens when a closing single mark follows, or at the start of a paragraph
            # (a quotation running over several paragraphs)
            rest = text[k + 1:]
            at_start = not text[:k].strip(" :") or text[:k].rstrip().endswith(":")
            if re.search(r"[^\s]['’](?!\w)", rest) or at_start:
                state, start = "s", k + 1
                seen_mark = True
                s_at_start = at_start
            continue
        if ch in "’'" and state == "s" and not nxt.isalnum() and not prev.isspace():
            if prev.lower() == "s" and re.match(r"\s+[a-z]", text[k + 1:]) and (
                    s_at_start or re.search(r"[^\s]['’](?!\w)", text[k + 1:])):
                continue  # a plural possessive ("students' behaviour") when a later mark can close
            spans.append((start, k))
            state = None
            continue
        if ch in "’'" and state is None and not seen_mark and not nxt.isalnum() and not prev.isspace() and prev in ".,!?":
            spans.append((0, k))  # a single-quoted passage that began in an earlier paragraph
            seen_mark = True
    if state is not None:
        spans.append((start, n))
    return [(a, b) for a, b in spans if text[a:b].strip(" .,;:!?…-—")]


def quote_spans(doc: Document) -> list[list[tuple[int, int]]]:
    """For each sentence of ``doc``, the ``(start, end)`` offsets of quoted text inside the sentence."""
    out: list[list[tuple[int, int]]] = [[] for _ in doc.sentences]
    by_par: dict[int, list[int]] = {}
    for s in doc.sentences:
        by_par.setdefault(s.paragraph, []).append(s.i)
    for ids in by_par.values():
        offsets = []
        pos = 0
        for i in ids:
            offsets.append(pos)
            pos += len(doc.sentences[i].text) + 1
        text = " ".join(doc.sentences[i].text for i in ids)
        for a, b in paragraph_quotes(text):
            for i, off in zip(ids, offsets):
                s_end = off + len(doc.sentences[i].text)
                lo, hi = max(a, off), min(b, s_end)
                if lo < hi:
                    seg = doc.sentences[i].text[lo - off:hi - off]
                    # trim whitespace so spans are exact, tidy substrings
                    l_strip = len(seg) - len(seg.lstrip())
                    r_strip = len(seg) - len(seg.rstrip())
                    if seg.strip(" .,;:") :
                        out[i].append((lo - off + l_strip, hi - off - r_strip))
    return out


# --- polarity -------------------------------------------------------------------------------------


@functools.cache
def _polarity_lists() -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]], list[tuple[tuple[str, ...], ...]]]:
    # the negators are the meaning detector's function negators (negation.tsv "hard" rows, a profile's negators
    # among them), so that one list serves both checks
    neg = {row[1]: frozenset(row[2].split("|")) for row in data_lines("negation.tsv") if row[0] == "hard"}
    # with the informal spellings of a negator (gak, tdk = tidak; the "spelling" rows)
    for lang in {row[1] for row in data_lines("negation.tsv") if row[0] == "spelling"}:
        neg[lang] = neg.get(lang, frozenset()) | frozenset(negator_spellings(lang))
    lexneg: dict[str, tuple[str, ...]] = {}
    ants: list[tuple[tuple[str, ...], ...]] = []
    for row in data_lines("polarity.tsv"):
        if row[0] == "lexneg":
            lexneg[row[1]] = tuple(row[2].split("|"))
        elif row[0] == "ant":
            ants.append(tuple(tuple(c.split("|")) for c in row[1:5]))
        elif row[0] == "deg":
            ants.append(tuple(tuple(c.split("|")) for c in row[1:5]) + (("deg",),))
    # a member that holds a negator ("tidak pernah", "no one") is the negation check's business
    all_neg = set().union(*neg.values()) if neg else set()
    ants = [tuple(tuple(f for f in col if not set(fold(f).split()) & all_neg) for col in row[:4]) + row[4:] for row in ants]
    return neg, lexneg, ants


def _tokens(text: str) -> list[str]:
    t = fold(text)
    t = re.sub(r"\bno\.?(?=\s?\d)", "number", t)  # "No 1", "No. 10 Downing Street": a number sign
    t = re.sub(r"n't\b", " n't", t)
    return re.findall(r"n't|[^\W\d_]+(?:-[^\W\d_]+)*", t)


@functools.cache
def _idioms(lang: str) -> tuple[str, ...]:
    return tuple(w for row in data_lines("polarity.tsv") if row[0] == "idiom" and row[1] == lang for w in row[2].split("|"))


def negators(text: str, lang: str) -> list[str]:
    """The negating words of ``text`` in order (``n't`` counts as one; ``no-fault`` holds ``no``)."""
    neg = _polarity_lists()[0].get(lang, frozenset())
    return [p for w in _tokens(text) for p in ([w] if w in neg else w.split("-"))
            if p in neg or (lang == "en" and p == "cannot")]


def _adj_stems(w: str) -> list[str]:
    out = [w]
    for suf in ("able", "ible", "ably", "ibly"):
        if w.endswith(suf) and len(w) > len(suf) + 3:
            out += [w[: -len(suf)], w[: -len(suf)] + "e"]
    return out


def _lexical_count(text: str, lang: str) -> int:
    """How many words of ``text`` carry a negation in their meaning (``fail``, ``gagal``, ``menolak``),
    morphological negatives (``unable``) aside."""
    morph = set(morphological_negatives(text, lang))
    toks = [t for t in _tokens(text) if t not in morph]
    if lang == "id":
        # a clitic does not change the word ("membantahnya" = denied it)
        toks = [t[:-3] if t.endswith("nya") and len(t) > 6 else t for t in toks]
    joined = " " + " ".join(toks) + " "
    n = 0
    for term in _polarity_lists()[1].get(lang, ()):
        if term in ("un*", "non*", "in*", "im*", "ir*", "il*", "dis*", "*less"):
            continue
        term_f = fold(term)
        if " " in term_f:
            n += joined.count(" " + term_f + " ")
        elif term_f.startswith("*"):
            n += sum(1 for t in toks if t.endswith(term_f[1:]) and len(t) > len(term_f) + 2)
        elif term_f.endswith("*"):
            n += sum(1 for t in toks if t.startswith(term_f[:-1]))
        else:
            n += toks.count(term_f)
    return n


def polarity(text: str, lang: str) -> int:
    """Number of negators in ``text`` (0 = affirmative)."""
    return len(negators(text, lang))


#: English words negated by their form whose Indonesian rendering usually carries a negator
#: ("tidak mungkin" = "impossible", "tidak berdaya" = "powerless"); un-/non- words with an ordinary stem count too
_MORPH_NEG = frozenset("""impossible illegal illegitimate irrelevant irresponsible irregular inability incapable inadequate
insufficient invalid inaccurate incorrect incomplete ineffective inappropriate insecure impatient imperfect
immoral improbable inadmissible inevitable dishonest disagree disagreed disagrees dislike disliked disapprove disapproved
powerless helpless useless hopeless pointless meaningless worthless harmless careless baseless fearless countless
jobless lawless senseless immaculate impeccable""".split())


def morphological_negatives(text: str, lang: str) -> list[str]:
    """Words negated by their form: ``unpresidential``, ``impossible``, ``powerless`` (English only)."""
    if lang != "en":
        return []
    out = []
    for t in _tokens(text):
        if t in _MORPH_NEG:
            out.append(t)
        elif re.match(r"(?:in|im|ir|il)[a-z]{4,}(?:able|ible)$", t) and any(is_common_word(x, lang) for x in _adj_stems(t[2:])[1:]):
            out.append(t)  # irreplaceable, immeasurable
        elif t.endswith("ly"):
            continue  # "unfortunately", "unusually": sentence adverbs rarely render a clause negation
        elif (t.startswith("un") and len(t) >= 6 and any(is_common_word(x, lang) for x in _adj_stems(t[2:]))) or (
                t.startswith("non") and len(t) >= 7 and is_common_word(t[3:].lstrip("-"), lang)):
            out.append(t)
    return out


def _cognate_negatives(hi_text: str, hi_lang: str, lo_text: str, lo_lang: str) -> int:
    """How many morphological negatives of ``hi_text`` (English: ``unacceptable``, ``irreversible``) the other side
    holds as a negative of the same stem, spelt its own way (German ``inakzeptabel``, ``irreversibel``,
    ``illegitim``, ``inkompetent``): a negative prefix, then a stem whose first four letters are those of the
    English stem (c and z read as k). The other language negates by the word's form too, which
    :func:`morphological_negatives` reads in English only: each such word counts on its side as the English one
    counts on the other ("inakzeptabel" = "unacceptable", and a negator dropped beside it is still seen)."""
    from .meaning import _NEG_PREFIXES  # meaning imports this module

    def stem(w: str) -> str:
        p = next((p for p in _NEG_PREFIXES if w.startswith(p) and len(w) >= len(p) + 5), "")
        return w[len(p):len(p) + 4].replace("c", "k").replace("z", "k") if p else ""

    lo_stems = {stem(w) for w in _tokens(lo_text)} - {""}
    return sum(1 for w in morphological_negatives(hi_text, hi_lang) if stem(w) in lo_stems) if hi_lang != lo_lang else 0


def _term_count(tokens: list[str], joined: str, term: str) -> int:
    term = fold(term)
    if " " in term:
        return joined.count(" " + term + " ")
    if term.startswith("*"):
        return sum(1 for t in tokens if t.endswith(term[1:]) and len(t) > len(term) + 2)
    if term.endswith("*"):
        return sum(1 for t in tokens if t.startswith(term[:-1]))
    return tokens.count(term)


def _members_count(tokens: list[str], joined: str, terms: Sequence[str]) -> int:
    """How many times ``terms`` (one member of a pair) occur, a word inside a matched phrase not counted
    again ("a few" is one weak word, not "a few" and "few")."""
    n = 0
    for p in sorted((fold(t) for t in terms if " " in t), key=len, reverse=True):
        n += joined.count(f" {p} ")
        joined = joined.replace(f" {p} ", " \x00 ")
    rest = joined.split()
    return n + sum(_term_count(rest, joined, t) for t in terms if " " not in t)


def _direction_flips(s_text: str, s_lang: str, t_text: str, t_lang: str,
                     known: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Opposites of the meaning check's direction lexicon (``directions.tsv``, with Indonesian affixes) swapped
    between a quote and its rendering, leaving out those that share a word with a flip already ``known``
    (``lebih`` of ``lebih dari``): one flip is counted once."""
    from .meaning import text_direction_flips  # meaning imports this module

    seen_s = {w for a, _ in known for w in fold(a).split()}
    seen_t = {w for _, b in known for w in fold(b).split()}
    return [(a, b) for a, b in text_direction_flips(s_text, s_lang, t_text, t_lang)
            if not set(fold(a).split()) & seen_s and not set(fold(b).split()) & seen_t]


def _antonym_flips(s_text: str, s_lang: str, t_text: str, t_lang: str, degree: bool = False) -> list[tuple[str, str]]:
    """Antonym pairs where the source holds one member and the target the opposite: [(src word, tgt word)].

    Members are counted on both sides: a flip is one member fewer and its opposite more on the target
    side than on the source side ("good ... good" for "jelek ... hebat" is a flip even though the source
    holds both members).

    :param degree: use the degree pairs instead (weaker/stronger: ``hope``/``demand``).
    """
    col = {"en": (0, 2), "id": (1, 3)}
    if s_lang not in col or t_lang not in col:
        return []
    st, tt = _tokens(s_text), _tokens(t_text)
    if degree:
        # "tidak mungkin" (impossible) is no hedge: a word right after a negator does not count
        neg = set().union(*_polarity_lists()[0].values())
        st = [w for k, w in enumerate(st) if not (k and st[k - 1] in neg)]
        tt = [w for k, w in enumerate(tt) if not (k and tt[k - 1] in neg)]
    sj, tj = " " + " ".join(st) + " ", " " + " ".join(tt) + " "
    out = []
    for row in _polarity_lists()[2]:
        if (len(row) > 4) != degree:
            continue
        for a_idx, b_idx in ((0, 1), (1, 0)):
            sa, sb = row[col[s_lang][a_idx]], row[col[s_lang][b_idx]]
            ta, tb = row[col[t_lang][a_idx]], row[col[t_lang][b_idx]]
            n_sa, n_sb = _members_count(st, sj, sa), _members_count(st, sj, sb)
            n_ta, n_tb = _members_count(tt, tj, ta), _members_count(tt, tj, tb)
            if n_sa > n_ta and n_tb > n_sb:
                w_s = next((w for w in sa if _term_count(st, sj, w)), sa[0] if sa else "")
                w_t = next((w for w in tb if _term_count(tt, tj, w)), tb[0] if tb else "")
                if not degree and (_negated_form(st, w_s, s_lang, w_t, t_text, t_lang)
                                   or _negated_form(tt, w_t, t_lang, w_s, s_text, s_lang)):
                    break  # "tidak mungkin" = "impossible": one negation written twice, no swap
                out.append((_surface(s_text, w_s), _surface(t_text, w_t)))
                break
    return out


def _negated_form(toks: list[str], term: str, lang: str, other: str, other_text: str, other_lang: str) -> bool:
    """Whether ``term`` stands right after a negator of its side while the other side's member ``other`` is
    negated by its form: ``tidak mungkin`` / "impossible", "not possible" / ``mustahil`` is no antonym swap
    (the negation counts of both sides already match)."""
    neg = _polarity_lists()[0].get(lang, frozenset())
    core = fold(term).strip("*")
    if " " in core or not any(k and toks[k - 1] in neg and t.startswith(core) for k, t in enumerate(toks)):
        return False
    word = fold(_surface(other_text, other))
    return word in morphological_negatives(other_text, other_lang) or _lexical_count(word, other_lang) > 0


def _surface(text: str, term: str) -> str:
    """The exact substring of ``text`` that a (folded, maybe starred) term matched."""
    core = term.strip("*")
    m = re.search(r"\b\w*" + re.escape(core) + r"\w*" if "*" in term else r"(?<!\w)" + re.escape(core) + r"(?!\w)", text, re.I)
    return m.group(0) if m else core


@dataclass(frozen=True, slots=True)
class QuoteVerdict:
    """How a quote pair differs: ``inverted`` (with evidence), ``wording`` or ``same``."""

    grade: str
    evidence: str
    src_word: str | None = None
    tgt_word: str | None = None


def negativity(text: str, lang: str) -> int:
    """Negators plus morphological negatives: ``tidak tahu`` = 1 = ``unaware``."""
    return polarity(text, lang) + len(morphological_negatives(text, lang))


def pair_negativity(s_text: str, s_lang: str, t_text: str, t_lang: str) -> tuple[int, int]:
    """:func:`negativity` of both sides of a pair, each side's negatives of the same stem as the other side's
    English ones counted too (:func:`_cognate_negatives`)."""
    return (negativity(s_text, s_lang) + _cognate_negatives(t_text, t_lang, s_text, s_lang),
            negativity(t_text, t_lang) + _cognate_negatives(s_text, s_lang, t_text, t_lang))


def _idiom_count(text: str, lang: str) -> int:
    joined = " " + " ".join(_tokens(text)) + " "
    return sum(joined.count(" " + fold(i) + " ") for i in _idioms(lang))


def _negation_verdict(s_text: str, s_lang: str, t_text: str, t_lang: str, n_flips: int) -> QuoteVerdict | None:
    """Compare the negativity of both sides; ``None`` when it agrees.

    A difference is explained away (``same``, inconclusive) when the less negative side holds more words
    with a negation in their meaning (``gagal``, ``refuse``) than the other, when idioms on the more
    negative side cover it (``tidak masuk akal`` = "absurd"), by a double negative, or by an odd number
    of antonym flips (``tidak terbuka`` = "closed").
    """
    n_s, n_t = pair_negativity(s_text, s_lang, t_text, t_lang)
    if n_s == n_t:
        return None
    hi_text, hi_lang, lo_text, lo_lang = (s_text, s_lang, t_text, t_lang) if n_s > n_t else (t_text, t_lang, s_text, s_lang)
    diff = abs(n_s - n_t)
    if s_lang != t_lang:
        # a negative word the other language's side holds as written is a copied title or name
        # ("Mission: Impossible" left in English inside the Indonesian quote), not a negation
        lo_words = set(_tokens(lo_text))
        # (short words only when they are no word of the other language: "Don't Look Back in Anger")
        copied = [w for w in negators(hi_text, hi_lang) + morphological_negatives(hi_text, hi_lang)
                  if (len(w) > 3 or w in ("n't", "not")) and w in lo_words]
        if len(copied) >= diff:
            return QuoteVerdict("same", "negation inconclusive (word copied on both sides)")
    if n_flips % 2 == 1 and diff == 1 and not morphological_negatives(hi_text, hi_lang):
        return QuoteVerdict("same", "negation and antonym cancel")
    if s_lang != t_lang:
        from .meaning import rendered_negators  # meaning imports this module

        # a negator that a word of the other side renders ("tidak akan mundur" = "staying", "can't wait" = "freuen uns
        # riesig", "not ... unless" = "nur ... wenn"): the meaning check's guards, so the two checks read one quote alike
        rendered = rendered_negators(s_text, s_lang, t_text, t_lang)
        if rendered[0 if n_s > n_t else 1] >= diff:
            return QuoteVerdict("same", "negation inconclusive (rendered by a word of the other side)")
    if _lexical_count(lo_text, lo_lang) > _lexical_count(hi_text, hi_lang):
        return QuoteVerdict("same", "negation inconclusive (lexical negative)")
    if _idiom_count(hi_text, hi_lang) >= diff:
        return QuoteVerdict("same", "negation inconclusive (idiom)")
    if max(n_s, n_t) > 3 or (max(n_s, n_t) > 1 and _double_negative(hi_text, hi_lang)):
        return QuoteVerdict("same", "negation inconclusive (double negative)")
    w_s = next(iter(negators(s_text, s_lang) or morphological_negatives(s_text, s_lang)), None)
    w_t = next(iter(negators(t_text, t_lang) or morphological_negatives(t_text, t_lang)), None)
    return QuoteVerdict("inverted", "negation", w_s if n_s > n_t else None, w_t if n_t > n_s else None)


def compare_quotes(s_text: str, s_lang: str, t_text: str, t_lang: str, mt_text: str | None = None) -> QuoteVerdict:
    """Grade a quote pair (see the module docstring).

    :param mt_text: the machine translation of ``s_text`` into ``t_lang``, when a model ran.
    """
    if mt_text is not None:
        flips = _antonym_flips(mt_text, t_lang, t_text, t_lang)
        v = _negation_verdict(mt_text, t_lang, t_text, t_lang, len(flips))
        if v is None:
            flips += _direction_flips(mt_text, t_lang, t_text, t_lang, flips)
        if v is not None and v.grade == "inverted":
            w_s = next(iter(negators(s_text, s_lang)), None)
            return QuoteVerdict("inverted", "negation (MT)", w_s if v.src_word else None, v.tgt_word)
        if v is None and len(flips) % 2 == 1:
            return QuoteVerdict("inverted", "antonym (MT)", flips[0][0], flips[0][1])
        from sacrebleu.metrics import CHRF

        score = CHRF().sentence_score(t_text, [mt_text]).score
        if score < WORDING_CHRF:
            return QuoteVerdict("wording", f"chrF {score:.1f} against MT")
    flips = _antonym_flips(s_text, s_lang, t_text, t_lang)
    v = _negation_verdict(s_text, s_lang, t_text, t_lang, len(flips))
    if v is not None and v.grade == "inverted":
        return v
    # the wider direction lexicon adds flips, but only the quote pairs may cancel a negation ("tidak terbuka"
    # = "closed"): a loose direction word ("much-needed") must not hide an inserted "not"
    if v is None or v.evidence != "negation and antonym cancel":
        flips += _direction_flips(s_text, s_lang, t_text, t_lang, flips)
    if v is not None and v.evidence == "negation and antonym cancel":
        flips = []
    if len(flips) % 2 == 1:
        return QuoteVerdict("inverted", "antonym", flips[0][0], flips[0][1])
    shifts = _antonym_flips(s_text, s_lang, t_text, t_lang, degree=True)
    if shifts:
        return QuoteVerdict("shifted", "stronger or weaker word", shifts[0][0], shifts[0][1])
    return QuoteVerdict("same", "")


def _double_negative(text: str, lang: str) -> bool:
    """Two negators close together ("don't see no tail", "tidak, tidak"; within two words) or a negator
    near a negated word ("don't think that's uncommon"; within four): one negation, not two."""
    toks = _tokens(text)
    neg = _polarity_lists()[0].get(lang, frozenset())
    morph = set(morphological_negatives(text, lang))
    pos = [(k, w in morph) for k, w in enumerate(toks) if w in neg or w in morph]
    return any(b - a <= (4 if (ma or mb) else 2) for (a, ma), (b, mb) in zip(pos, pos[1:]))


def _side_quotes(side_spans: Sequence[tuple[int, int]], text: str) -> list[Quote]:
    return [Quote(a, b, text[a:b]) for a, b in side_spans]


_MARKS = "\"“”„‟«»‘’‚‛'"


def _complete(q: Quote, text: str) -> bool:
    """Whether both marks of the quote are inside ``text`` (a quote continued from or into another
    paragraph is often marked differently by the other side's typist)."""
    a = len(text[:q.start].rstrip())
    b = q.end + len(text[q.end:]) - len(text[q.end:].lstrip())
    return a > 0 and text[a - 1] in _MARKS and b < len(text) and text[b] in _MARKS


#: a quote of fewer words inside a running sentence is a partial quote
PARTIAL_QUOTE_WORDS = 10


def _reported_speech(text: str, lang: str, quoting_lang: str = "") -> bool:
    """Whether ``text`` words speech as reported speech in a form of its own (German Konjunktiv I: "..., West
    sei einfach er selbst"; the profile's ``reported_speech``). A form after "ich" is the indicative ("ich habe").

    Given ``quoting_lang`` (the quote's language), where either language of the pair words quotes that way (its
    profile lists such forms), a speech verb or a
    source word of ``text`` ("sagte, sie würden", "erklärte, dass", "said the government would", "laut") is
    reported speech too: agency German reports in the Konjunktiv II and the indicative as well, and an English
    rendering of a German quote reports it in its own tenses; the words stay the speaker's."""
    profile = get_profile(lang)
    forms = profile.reported_speech
    words = [fold(w) for w in re.findall(r"\w+", text)]
    if any(w in forms and (k == 0 or words[k - 1] != "ich") for k, w in enumerate(words)):
        return True
    return _reporting_pair(lang, quoting_lang) and _speaks(words, profile)


def _speaks(words: Sequence[str], profile: LanguageProfile) -> bool:
    """Whether folded ``words`` hold a speech verb or a source word of ``profile`` ("sagte", "laut", "said")."""
    verbs = {fold(v) for v in profile.speech_verbs}
    joined = " " + " ".join(words) + " "
    return any(w in verbs for w in words) or any(f" {fold(x)} " in joined for x in profile.speech_sources)


def _reporting_pair(lang: str, other_lang: str) -> bool:
    """Whether either language of a pair words quotes as reported speech of a form of its own (German): there
    quotation marks and speech drift apart in more ways than in a pair that quotes alike."""
    return bool(lang and other_lang and (get_profile(lang).reported_speech or get_profile(other_lang).reported_speech))


#: "„...“, so der Sprecher": German attribution by "so" after the quote
_SO_AFTER = re.compile(r"^[\W_]*,\s*so\s", re.I)


#: an opening quote mark before a word that the reader found no quotation for (its closing mark is missing:
#: "... bisa menjadi 'prediktor signifikan dari angka perceraian.")
_STRAY_OPEN = re.compile(r"(?:^|(?<=[\s(]))['‘\"“](?=[^\W\d_])")


def _unquoted_severity(q: Quote, text: str, other_text: str = "", other_lang: str = "", lang: str = "") -> str:
    """A whole quotation quoted on one side only is ``major`` (the words are no longer, or newly, given as the
    speaker's own); a partial quote of a few words inside a sentence ("... would "seek to pass along the
    costs" to ...") or a quoted title ("Johnny English – Der Spion, der es versiebte") that the other side
    words without marks is ``minor``: translators render those freely. So is a quote that the other side
    words as reported speech of a form of its own (German agency copy: "sagte, die Lage sei ernst")."""
    if other_lang and _reported_speech(other_text, other_lang) or other_lang and lang and _reported_speech(
            other_text, other_lang, lang) and negativity(q.text, lang) <= negativity(other_text, other_lang):
        # (reported by a speech verb alone, the other side must keep the quote's negations: "sagte, sie
        # würden nicht" for "will not"; a quote negated on its own is no rendering of the unquoted words)
        return "minor"
    if _STRAY_OPEN.search(other_text):
        return "minor"  # the other side opens the quotation and never closes it: the same quote, a mark lost
    words = q.text.split()
    titled = sum(w[:1].isupper() for w in words) * 2 > len(words)
    before = text[:q.start].rstrip().rstrip(_MARKS).rstrip()
    if _reporting_pair(lang, other_lang):
        # in a pair with German: nothing on the quoting side gives the words as speech (no speech verb, no
        # colon before them, no "so" after them): a title or a term in marks ("Kritik zu „Johnny English – Man
        # lebt nur dreimal“"), which the other side sets in its own way
        outside = text[:q.start] + " " + text[q.end:]
        if not before.endswith(":") and not _SO_AFTER.match(text[q.end:]) and not _speaks(
                [fold(w) for w in re.findall(r"\w+", outside)], get_profile(lang)):
            return "minor"
        # the other side sets the words off by a colon alone ("I couldn't help thinking: can't the British
        # film industry ...?"), keeping the quote's negations
        colon = other_text.find(":")
        if colon >= 0 and len(other_text[colon + 1:].split()) >= MIN_QUOTE_WORDS and negativity(
                q.text, lang) <= negativity(other_text[colon + 1:], other_lang):
            return "minor"
    after = text[q.end:].lstrip().lstrip(_MARKS).strip()
    inside = bool(re.search(r"\w\s*$", before)) and bool(re.match(r"[\w(]", after))
    return "minor" if titled or (q.n_words < PARTIAL_QUOTE_WORDS and inside) else "major"


def _clip(s: str, n: int = 60) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def check_quotes(
    src: Side,
    tgt: Side,
    src_spans: Sequence[tuple[int, int]],
    tgt_spans: Sequence[tuple[int, int]],
    mt_text: str | None = None,
    mt_spans: Sequence[tuple[int, int]] = (),
) -> list[Finding]:
    """Quote findings for one aligned pair.

    :param src_spans: quote content spans inside ``src.text``; ``tgt_spans`` likewise.
    :param mt_text: machine translation of the source side (joined), with its quote spans ``mt_spans``.
    """
    sq = _side_quotes(src_spans, src.text)
    tq = _side_quotes(tgt_spans, tgt.text)
    mq = [q for q in _side_quotes(mt_spans, mt_text or "") if q.n_words >= 2] if mt_text else []
    out: list[Finding] = []
    sl, tl = src.label(), tgt.label()
    if not sq and not tq:
        return out
    if not tq:
        for q in sq:
            if q.n_words >= MIN_QUOTE_WORDS and _complete(q, src.text):
                out.append(Finding("quote", _unquoted_severity(q, src.text, tgt.text, tgt.lang, src.lang), src.ids, tgt.ids, src.text, tgt.text,
                                   f'quote "{_clip(q.text)}" in {sl} is not quoted in {tl}', q.text, None, q.text, None))
        return out
    if not sq:
        for q in tq:
            if q.n_words >= MIN_QUOTE_WORDS and _complete(q, tgt.text):
                out.append(Finding("quote", _unquoted_severity(q, tgt.text, src.text, src.lang, tgt.lang), src.ids, tgt.ids, src.text, tgt.text,
                                   f'quote "{_clip(q.text)}" in {tl} is not quoted in {sl}', None, q.text, None, q.text))
        return out
    if len(sq) == len(tq):
        pairs = list(zip(sq, tq))
        mts: list[str | None] = [q.text for q in mq] if len(mq) == len(sq) else [None] * len(sq)
    else:
        # compare everything quoted on each side as one; spans stay exact by using the first and last quote
        pairs = [(Quote(sq[0].start, sq[-1].end, src.text[sq[0].start:sq[-1].end]),
                  Quote(tq[0].start, tq[-1].end, tgt.text[tq[0].start:tq[-1].end]))]
        mts = [" ".join(q.text for q in mq)] if mq else [None]
    # the whole pair must lean the same way as the quotes, or the quote boundaries are what differ
    n_src, n_tgt = pair_negativity(src.text, src.lang, tgt.text, tgt.lang)
    whole_diff = n_src - n_tgt
    for (s, t), m in zip(pairs, mts):
        v = compare_quotes(s.text, src.lang, t.text, tgt.lang, m)
        if v.grade == "inverted" and v.evidence == "negation" and m is None:
            n_src, n_tgt = pair_negativity(s.text, src.lang, t.text, tgt.lang)
            q_diff = n_src - n_tgt
            if q_diff * whole_diff <= 0:
                continue
        if v.grade == "inverted":
            if v.evidence.startswith("negation"):
                neg_side = f'"{v.src_word}" in {src.lang.upper()}' if v.src_word else f'"{v.tgt_word}" in {tgt.lang.upper()}'
                msg = (f'quote meaning inverted ({v.evidence}): {neg_side} has no counterpart on the other side; '
                       f'{sl}: "{_clip(s.text)}" vs {tl}: "{_clip(t.text)}"')
            else:
                msg = (f'quote meaning inverted ({v.evidence}): "{v.src_word}" ({src.lang.upper()}) became "{v.tgt_word}" '
                       f'({tgt.lang.upper()}); {sl}: "{_clip(s.text)}" vs {tl}: "{_clip(t.text)}"')
            out.append(Finding("quote", "critical", src.ids, tgt.ids, src.text, tgt.text, msg, s.text, t.text,
                               v.src_word or "(affirmative)", v.tgt_word or "(affirmative)"))
        elif v.grade == "shifted":
            out.append(Finding("quote", "major", src.ids, tgt.ids, src.text, tgt.text,
                               f'quote meaning shifted ({v.evidence}): "{v.src_word}" ({src.lang.upper()}) became '
                               f'"{v.tgt_word}" ({tgt.lang.upper()}); {sl}: "{_clip(s.text)}" vs {tl}: "{_clip(t.text)}"',
                               s.text, t.text, v.src_word, v.tgt_word))
        elif v.grade == "wording":
            out.append(Finding("quote", "major", src.ids, tgt.ids, src.text, tgt.text,
                               f'quote wording differs ({v.evidence}): {sl}: "{_clip(s.text)}" vs {tl}: "{_clip(t.text)}"',
                               s.text, t.text, m, t.text))
    return out
