"""Meaning flips in every aligned pair: negation added or dropped, a direction or polarity word swapped.

Two checks run on every aligned pair, quoted or not (inside a quote present on both sides the quote check
of :mod:`.quotes` is responsible, so quoted text is left out here and one change gives one finding):

**Negation (critical).** Negators are counted on each side (``eval/data/negation.tsv``): hard ones
(``tidak, tak, bukan, belum, tanpa, jangan, tiada``, and words that negate their clause by their meaning: ``gagal,
enggan, nihil, batal, mustahil, mangkir, absen, abstain, kehilangan`` / ``not, n't, no, never, without,
none, neither, nor``, ``yet`` in "has yet to", ``fail to``, ``refuse to``; ``fail`` without ``to``, a breakdown such
as "the brakes failed" = ``remnya blong``, is soft) and soft ones, verbs whose usual
renderings carry no negator (``menolak, membantah, menampik`` / ``deny, reject, decline to``); ``menolak`` before a
verb is hard, as "refuse to" is (``menolak hadir`` = refused to attend). A flip is reported when the more negated side holds
more *hard* negators than the other side holds negators in all, after these guards:

- idioms whose negator negates nothing (``tidak hanya ... tetapi juga`` = not only ... but also; litotes
  ``tidak sedikit`` = many, ``tidak jarang`` = often, ``bukan tidak mungkin``; ``no doubt``, ``no matter``);
- negators inside a question (``Bukankah ...?``, ``..., bukan?``) and two negators that cancel (``bukan tidak``,
  ``not impossible``; not across a conjunction: ``tidak enak karena tidak digoreng`` negates two clauses); a question on one side only (a speaker's rising "they're not separate?" for "tidak
  terpisah.") keeps its negators, those that form the question aside;
- a double negation (``tidak mustahil``, ``tidak kehilangan``, ``bukan tidak mungkin``) rendered as a negator
  of a word negative in its meaning ("not impossible", "did not lose");
- a negated word rendered by one word of the other language: the guard table (``tidak ramah`` = hostile,
  ``tidak setuju`` = oppose, ``belum jelas`` = unclear; ``not allowed`` = ``dilarang``; a word derived from a
  listed one counts: disagreement; a negator of its own meaning by its own renderings: ``mangkir`` = skipped,
  ``belum pernah`` = the first time), a direction pair standing near it (``tidak naik`` vs "fell"), or a word with
  a negation in its form or meaning on the other side (``unable``, ``kurang``; English ``un-``,
  ``in-``/``im-``/``ir-``/``il-`` adjectives, ``dis-``, ``non-``, ``ill-`` + participle, ``-less``, ``-proof``;
  phrases such as "short of", "set in stone"), which makes the difference inconclusive. In a sentence of
  ``SHORT_SENTENCE`` tokens or more a one-word rendering (a guard's word, a lexical negative) explains only a
  negator standing near it (``CANCEL_SPAN``): "sulit" of one clause is no rendering of a "not" added to another.

Informal copy writes the negators otherwise (``gak``, ``ga``, ``nggak``, ``tdk`` = tidak, ``blm`` = belum, ``jgn`` =
jangan; joined to a frequent word: ``gabisa`` = tidak bisa): the tokenizer reads these as the negator itself
(``spelling`` and ``joined`` rows, :func:`_chat_negator`), so idioms, guards and places hold for them as written in full;
a passive written apart (``tidak di hiraukan``) is looked up joined for the guards, and the negator of a rhetorical
"who does not" (``Siapa sih yang gak kenal ...``) is rendered by its answer ("Everyone knows ...", :func:`_rhetorical_who`),
that of a rhetorical "how could one not" (``gimana gak betah``, ``Bagaimana tidak, ...``), a suggesting "why not" and
an exclamation tag (``Mantap gak tuh!``) by an affirmative English with no negator about its place
(:func:`_rhetorical_how`), and one that denies anything is more so (``tidak ada tempat lain yang lebih enak``) by a
superlative ("the tastiest place", :func:`_none_more`). A negated equative (``tidak semahal``) is its word negated
("cheaper"); a ``kurang`` (not very) before an adjective of the direction rows whose same member the English states
plainly ("kurang bersih" against "very clean") is a negation dropped (:func:`_kurang_dropped`); a "more" after a verb
of need ("needed more salt" = ``kurang garam``) is no direction claim (:func:`_wanted_amount`). A word of reluctance (``malas``)
is a soft negator before a verb only (``malas keluar`` = "don't feel like going out"; ``karyawan malas`` = a lazy
employee). ``absen`` next to a word of clocking in or of its record (``absen telat`` = clocked in late, ``daftar
absen`` = the attendance list) names attendance, no absence (:func:`_attendance_absen`); English "couldn't be
happier", "couldn't agree more", "can't thank you enough" intensify a positive claim (Indonesian ``sangat``): their
negator is rendered unless the source states a comparative (:func:`_intensifying_modal`), while "can't wait", "can't compete", "can't stand" stay negators whose
positive renderings are guards (``antusias``, ``kalah``, ``benci``). A negator before "until" (``tidak ... hingga``) reads as "only then" and counts none, but not before
"until now" (``hingga kini``, ``sampai sekarang`` = to this day), and ``tidak ada X`` negates X as well as ``ada``.

An English litotes ("not unusual", "not impossible": a negator of a word negative by its form) is rendered by
an Indonesian affirmative holding no negator and no lexical negative at its place (:func:`_litotes_as_plain`); the
predicate of an English extraposition ("It is considered rude to point ...") renders a negation the Indonesian
states at the other end of the sentence (:func:`_extraposed`).

With equal counts the places still tell a flip: an English negator of a word negative by its form ("not
unlikely") where the source negates plainly, or a negator left over once a lexical negative has taken the
source negator it stands nearest ("tidak berdasar" = "unfounded", :func:`_displaced`).

**Other languages** come in through their profile folder (:mod:`.profiles`): German negators, idioms and
lexical negatives are merged into the negation lists, and ``lang-profiles/de/directions.tsv`` adds de-en pairs
of opposites (``stieg``/rose, ``lehnte ... ab``/rejected) matched as written and through the profile's rules
(inflection endings, compound heads, separable verbs, comparatives and superlatives: :func:`_profile_match`); a
German negator after its word (``stiegen nicht``) negates it.

**Direction (critical).** A bilingual lexicon of opposites (``eval/data/directions.tsv``: naik/turun
rise/fall, menang/kalah win/lose, membenarkan/membantah confirm/deny, sebelum/sesudah before/after ...): a
flip is one side holding member A (not negated) and not B, the other side B (not negated) and not A, so the
source's word is not rendered; or the source holding both and the target only B, more often than the source
("freed ... detention" against "re-arrested ... detention", :func:`_both_members_flips`). Indonesian words are matched through their affixes (see :func:`id_roots`),
English ones through light inflection (see :func:`en_lemma`), phrasal verbs also when their object splits them
("brought the launch forward", :func:`_split_particle`), a market's "closed up/down 45 points" (or a figure's "were up by 1,200", "was down by a
third") as a rise or a fall (:func:`_market_move`), and a word that is also a noun of another meaning only in the reading its entry
names ("ended" is no "akhir", :func:`_verb_reading`). A converse pair (win/lose: "A beat B" = "B lost
to A") is only major unless the machine translation confirms it. Words inside a name count ("Best Actor" against
``Aktor Terbaik``, "Low Street"); derived forms count as their listed word: an Indonesian superlative
(``tersukses``), "less"/"least" before an English adjective as its other member ("less expensive" = ``murah``;
``kurang aktif`` is the adjective negated, :func:`_less_hits`), an English un-/in-/dis-/non- word of a listed stem
("insecure", :func:`_derived_members`). A target word that heads its member also flips against a source word of
another row that lists the head of its opposite ("menewaskan" = killed against "injured", :func:`_partner_flips`).
An English word negated by a prefix whose stem is spelt like a plain source word (``populer`` against
"unpopular", ``konstitusional`` against "unconstitutional"), or "the least X" against the source's superlative of X
(``terpopuler``), is a major flip (:func:`_prefix_antonyms`). Degree words (``semakin`` = more and more, flag
``degree``) state a direction only before a word no row lists. An adverb of rare frequency negates the word after it
(``jarang kosong`` = rarely empty = "almost always packed"), and an English negated verb phrase the frequency or
degree adverb that closes it ("doesn't come by often" = ``jarang lewat``).

**With MT** (English MT of the source), both checks also run English-to-English on MT against the target:
an id-en negation flip that the MT does not show (MT and target equally negated) is dropped; an en-en flip
where the id-en check was inconclusive, or where the same predicate is negated on one side only (so two
unrelated negations no longer mask a flip), is reported; a converse direction flip confirmed by MT is critical.

Everything is linear in the sentence length: one tokenisation per side, dictionary look-ups per token.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ..findings import Finding
from ._lexicon import EN_NOT_SUPERLATIVE, Side, base_lines, data_lines, en_superlative_form, fold, is_common_word, negator_spellings, vocab
from .dates import _calendar
from .entities import _cognate_key, _renderings, _renderings_en
from .numbers import _count_kinds, tally_words
from .numbers import _words as _number_words
from .profiles import folder_languages, get_profile
from .quotes import paragraph_quotes, morphological_negatives

logger = logging.getLogger(__name__)

__all__ = ["Token", "tokenize", "id_roots", "en_lemma", "negation_flips", "direction_flips", "predicate_flips",
           "check_meaning", "text_direction_flips", "rendered_negators", "DirectionFlip", "NegationVerdict", "NEG_WINDOW"]

#: how many words may stand between a negator and the word it negates (``tidak akan pernah naik``)
NEG_WINDOW = 3
#: how far apart (share of the sentence length) a negated direction word and the other side's plain opposite
#: may stand for the opposite to render it (``tidak naik`` = "fell")
CANCEL_SPAN = 0.4
#: how far apart (share of the sentence length) the two words of a ``near`` row's flip may stand
NEAR_SPAN = 0.1
#: how far apart (share of the sentence length, a fifth) a negator and the other side's word that renders it at
#: its place (a negator, a lexical negative, a "not only") may stand: the negation checks' own span, no longer
#: written as twice the ``near`` rows' (the same value)
RENDER_SPAN = 0.2
#: tokens below which a sentence is too short for places to tell which word renders which
SHORT_SENTENCE = 10

_BOUNDARY = re.compile(r"[,;:.!?()\[\]\"“”«»—–]|\s-\s")
#: a separator inside a number ("16.050", "1,2", "14:30") between two words is no clause boundary
_NUMBER_SEP = re.compile(r"(?<=\d)[.,:](?=\d)")


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a side: folded text ``w``, offsets into the text, keys it is looked up by."""

    w: str
    start: int
    end: int
    #: a clause boundary (punctuation) lies between the previous token and this one
    boundary: bool
    #: capitalised inside a sentence (part of a name)
    cap: bool
    #: inside a question (its sentence ends with ``?``)
    question: bool
    #: look-up keys: roots (Indonesian) or the lemma (English)
    keys: frozenset[str]
    #: written with a capital (also at a sentence start)
    upper: bool = False
    #: a number follows in its clause before the next word ("steigt auf 832": "auf" is a preposition there,
    #: no separable particle ending the clause)
    number_after: bool = False


# --- English inflection -----------------------------------------------------------------------------

_EN_IRREGULAR = {
    "rose": "rise", "risen": "rise", "sat": "sit", "broke": "break", "broken": "break", "fell": "fall", "fallen": "fall", "won": "win", "lost": "lose",
    "grew": "grow", "grown": "grow", "began": "begin", "begun": "begin", "drew": "draw", "drawn": "draw",
    "went": "go", "gone": "go", "found": "find", "bought": "buy", "sold": "sell", "shut": "shut",
    "left": "leave", "held": "hold", "upheld": "uphold", "withheld": "withhold", "overthrew": "overthrow",
    "overthrown": "overthrow", "shrank": "shrink", "shrunk": "shrink", "forbade": "forbid", "forbidden": "forbid",
    "fought": "fight", "ate": "eat", "spent": "spend", "lent": "lend", "struck": "strike", "wound": "wound", "kept": "keep", "paid": "pay", "brought": "bring", "took": "take",
    "taken": "take", "beat": "beat", "beaten": "beat", "sank": "sink", "sunk": "sink", "slid": "slide",
    "froze": "freeze", "frozen": "freeze", "died": "die", "dying": "die", "lay": "lie",
    "born": "born", "wrote": "write", "sworn": "swear", "swore": "swear", "lit": "light", "dealt": "deal",
    "better": "better", "best": "best", "worse": "worse", "worst": "worst", "men": "man", "women": "woman",
    "wives": "wife", "lives": "life", "cut": "cut", "put": "put", "set": "set", "let": "let", "quit": "quit",
    "led": "lead", "withdrew": "withdraw", "withdrawn": "withdraw", "undertook": "undertake", "sped": "speed",
    "allies": "ally", "enemies": "enemy", "casualties": "casualty", "fatalities": "fatality",
    "injuries": "injury", "failures": "failure", "ca": "can", "wo": "will", "sha": "shall",
    "came": "come", "threw": "throw", "thrown": "throw", "drove": "drive", "driven": "drive", "built": "build",
    "flew": "fly", "flown": "fly", "goes": "go", "going": "go", "got": "get", "gotten": "get", "getting": "get",
}


def _en_forms(lemma: str, degrees: bool = True) -> set[str]:
    """Inflected forms of an English lemma (over-generated: ``stop`` -> stops, stopped, stoping, stopping), with
    ``degrees`` its superlative too."""
    out = {lemma, lemma + "s", lemma + "ed", lemma + "ing", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        out.add(lemma + "es")
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma.endswith("e"):
        out |= {lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("ie"):
        out.add(lemma[:-2] + "ying")
    # the superlative of an adjective ("strongest", "safest", "hottest", "easiest"); "latest" is the newest
    if degrees:
        sup = {lemma + "est", lemma + lemma[-1] + "est"} | ({lemma + "st"} if lemma.endswith("e") else set())
        if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
            sup.add(lemma[:-1] + "iest")
        out |= sup - EN_NOT_SUPERLATIVE
    out |= {f for f, lem in _EN_IRREGULAR.items() if lem == lemma}
    return out




@functools.cache
def _en_form_map() -> dict[str, str]:
    """Inflected form -> lemma for every English word the lists name (the lexicon meets its own forms)."""
    words: set[str] = set()
    singles: set[str] = set()

    def add(cell: str) -> None:
        for t in cell.split("|"):
            ws = fold(_without_pos(t)).replace("-", " ").split()
            words.update(ws)
            if len(ws) == 1:
                singles.add(ws[0])

    for row in data_lines("directions.tsv"):
        add(row[1])
        add(row[3])
    for code in _profile_langs():
        for prow in get_profile(code).directions:
            add(prow[1])
            add(prow[3])
    for row in data_lines("negation.tsv"):
        if row[0] == "guard" and row[1] == "id":
            add(row[3])
        elif row[1] == "en":
            add(row[2])
    out: dict[str, str] = {}
    for w in sorted(words, key=lambda x: (len(x), x)):  # a lemma before its forms: deny before denied
        if len(w) <= 3:
            continue  # not, no, nor, yet, cut: "noting" is no form of "not"
        for f in _en_forms(w):
            out.setdefault(f, w)
    out.update({f: lem for f, lem in _EN_IRREGULAR.items() if lem in words})
    for w in singles:
        if w not in _EN_IRREGULAR:
            out[w] = w  # a listed word is its own lemma ("rising", "better", "found" when listed)
    return out


@functools.cache
def _en_also() -> dict[str, str]:
    """A listed word that is also a form of another listed word -> that word ("rising" -> "rise"): the word
    belongs to the rows of both, so a row that lists only "rise" still meets "rising". A listed superlative
    keeps to its own rows ("smallest" of largest/smallest is no "small" of big/small, which would render it)."""
    words = {w for w, lem in _en_form_map().items() if w == lem}
    out: dict[str, str] = {}
    for w in sorted(words, key=lambda x: (len(x), x)):
        if len(w) <= 3:
            continue
        for f in _en_forms(w, degrees=False):
            if f != w and f in words:
                out.setdefault(f, w)
    return out


@functools.cache
def en_lemma(w: str) -> str:
    """The lemma of a folded English word: ``rises``/``rose``/``risen``/``rising`` -> ``rise``.

    Words the lists name are matched through their generated forms (exact); other words go through light
    rules, where a wrong lemma is harmless as long as it does not collide with a listed word.
    """
    form = _en_form_map().get(w)
    if form is not None:
        return form
    if w in _EN_IRREGULAR:
        return _EN_IRREGULAR[w]
    if len(w) <= 3:
        return w
    for suf in ("ies", "ied"):
        if w.endswith(suf) and len(w) > 4:
            return w[:-3] + "y"
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        return _restore_e(stem)
    if w.endswith("ed") and len(w) > 4:
        stem = w[:-2]
        return _restore_e(stem)
    if w.endswith("es") and len(w) > 4 and w[-3] in "sxzh":
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


_E_ENDINGS = ("as", "is", "os", "us", "at", "it", "ot", "ut", "iv", "av", "ov", "ur", "ir", "ar", "oz", "iz", "az",
              "ag", "ug", "ud", "id", "ad", "in", "un", "am", "im", "ol", "ul", "il", "op")


def _restore_e(stem: str) -> str:
    """``ris`` -> ``rise``, ``stopp`` -> ``stop``, ``increas`` -> ``increase``, ``climb`` stays."""
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    if stem.endswith(("at", "iz", "is")) and len(stem) > 4:
        return stem + "e"  # escalat-e, legaliz-e, rais-e
    if stem.endswith(("c", "g", "v", "z", "s", "u", "dg")) and not stem.endswith(("ss", "us", "ng", "rg", "lg")):
        return stem + "e"  # reduc-e, chang-e, mov-e, increas-e, argu-e
    if re.search(r"[^aeiou][aeiou][bcdfgklmnprstvz]$", stem) and len(stem) <= 5 and stem.endswith(
            ("ir", "ar", "ot", "at", "in", "os", "ap", "op", "ak", "ok", "ik", "om", "im", "id")):
        return stem + "e"  # retir-e, clos-e, hop-e, wak-e ... (short stems only)
    return stem


@functools.cache
def _profile_langs() -> tuple[str, ...]:
    """Folder-profile languages (German ...) the meaning check reads: those with negators or direction pairs."""
    out = []
    for code in folder_languages():
        if code in ("id", "en"):
            continue
        p = get_profile(code)
        if p.negators or p.directions:
            out.append(code)
    return tuple(out)


def meaning_languages() -> frozenset[str]:
    """Languages the meaning check reads: Indonesian, English and every folder profile with negators."""
    return frozenset(("id", "en") + _profile_langs())


# --- Indonesian affixes -------------------------------------------------------------------------------

#: Indonesian and English words for "until" after which a negation is "not ... until" (a time, no inverted claim)
_UNTIL_ID = ("sampai", "hingga")
_UNTIL_EN = ("until", "till")
#: words of sufficiency: a negator before them negates them, and an "until" after them belongs to what suffices ("not
#: enough to last until March" = "tidak cukup sampai Maret" is a shortfall, no "not ... until" = only then)
_SUFFICIENT = frozenset("enough sufficient sufficiently adequate cukup memadai".split())
#: prepositions after which "sampai" is the verb "reach", "arrive" ("sampai ke desa", "sampai di lokasi")
_REACH_AT = frozenset(("ke", "di"))
#: "hingga kini", "sampai sekarang" = to this day, so far: a negation before them holds ("tidak pernah diusut hingga
#: sekarang" = "has never been investigated to this day"), it is no "not ... until" (only then)
_NOW_ID = frozenset("kini sekarang saat hari detik".split())
#: the words of a fronted "so far", "to this day" ("hingga kini", "sampai saat ini", "hingga hari ini")
_SO_FAR_ID = frozenset(_UNTIL_ID) | _NOW_ID | {"ini"}

_ID_CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
_ID_SUFFIXES = ("kan", "an", "i")
#: prefix -> what may have been dropped at the root's start (nasal assimilation: menutup = meN + tutup)
_ID_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("memper", ("",)), ("diper", ("",)), ("meng", ("", "k")), ("meny", ("s",)), ("mem", ("", "p")),
    ("men", ("", "t")), ("me", ("",)), ("peng", ("", "k")), ("peny", ("s",)), ("pem", ("", "p")),
    ("pen", ("", "t")), ("per", ("",)), ("pe", ("",)), ("di", ("",)), ("ter", ("", "r")), ("ber", ("", "r")),
    ("be", ("",)), ("ke", ("",)), ("se", ("",)),
)


@functools.cache
def id_roots(w: str) -> frozenset[str]:
    """Candidate roots of a folded Indonesian word: every way of removing clitics (``-nya, -lah, -kah,
    -pun``), suffixes (``-kan, -an, -i``) and up to two prefixes (``me(N)-, di-, ter-, ber-, ke-, pe(N)-,
    per-, memper-, se-``), with the initial consonant a nasal prefix swallowed restored (``menurunkan`` ->
    ``turun``, ``penutupan`` -> ``tutup``). The word itself is among them.

    A candidate is only used when it is a root listed in the lexicon, so over-generation is harmless; the
    set has a few dozen members at most, so the cost per word is bounded.
    """
    bases = [w]
    for cl in _ID_CLITICS:
        if w.endswith(cl) and len(w) - len(cl) >= 3:
            bases.append(w[: -len(cl)])
    with_suffix = list(bases)
    for b in bases:
        for suf in _ID_SUFFIXES:
            if b.endswith(suf) and len(b) - len(suf) >= 3:
                with_suffix.append(b[: -len(suf)])
    out: set[str] = set()

    def strip(x: str, depth: int) -> None:
        out.add(x)
        if depth == 2:
            return
        for pre, restore in _ID_PREFIXES:
            if x.startswith(pre) and len(x) - len(pre) >= 2:
                for r in restore:
                    strip(r + x[len(pre):], depth + 1)

    for b in with_suffix:
        strip(b, 0)
    return frozenset(out)


#: affixed forms whose root is a lexicon entry by accident (keturunan = descent, not a fall)
_ID_NOT_ROOT = frozenset("keturunan turunan menaiki dinaiki".split())


# --- tokenising ----------------------------------------------------------------------------------------

_ID_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_EN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


#: Indonesian prefixes written with a hyphen that are words in their own right (``pro-``, ``anti-``, ``pasca-``)
_ID_HYPHEN_PREFIXES = frozenset("pro anti pasca pra non eks neo".split())

#: English verbs of a market's close after which "up"/"down" is a rise or a fall ("closed up 45 points")
_EN_MARKET_VERBS = frozenset("close end finish trade settle".split())
#: words that may stand between such a verb and "up"/"down" ("closed 32 points down", "ended sharply up")
_EN_MARKET_FILLER = frozenset("point points percent per cent pct basis sharply slightly marginally modestly firmly "
                              "nearly almost about some a bit".split())
#: forms of "ease" that report a price or rate moving down when a figure follows, and that figure
_EN_EASE = frozenset("ease eases eased easing".split())
_EN_EASE_FIGURE = re.compile(r"\s+(?:(?:slightly|marginally|by|to|some|about|nearly|almost)\s+)*(?:Rp|US\$|[$€£¥])?\s?\d")
#: a figure of change after a comma's "up"/"down" ("profit of Rp45 trillion, up 2 percent"): an amount or a
#: percentage or points, with the words that may come first
_EN_CHANGE_FIGURE = re.compile(
    r"\s+(?:(?:by|some|about|nearly|almost|sharply|slightly|marginally|more than|less than)\s+)*"
    r"(?:(?:Rp|IDR|US\$|[$€£¥])\s?\d[\d.,]*(?:\s*(?:thousand|million|billion|trillion|[mbk]n?|tn)\b)?"
    r"|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|pct\b|points?\b|basis\s+points?\b|bps\b|percentage\s+points?\b))")

#: "by" and an amount after a "be up"/"be down" ("were up by 1,200", "was down by a third", "is up by a fraction"):
#: digits, a number word or a share; "up by the river" or "down by the harbour" has none
_EN_BY_FIGURE = re.compile(
    r"\s+by\s+(?:(?:about|some|nearly|almost|roughly|around|over|more\s+than|less\s+than|just|only)\s+)*"
    r"(?:(?:Rp|IDR|US\$|[$€£¥])?\s?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|a\s+hundred|hundreds|thousands|a\s+dozen|dozens|half|a\s+half|a\s+third|a\s+quarter|"
    r"a\s+fifth|a\s+tenth|a\s+fraction|two[\s-]thirds|three[\s-]quarters)\b)", re.I)


def _market_move(out: Sequence[Token], w: str, boundary: bool, text: str, end: int) -> str | None:
    """``rise``/``fall`` for an English "up"/"down" (``boundary``: a clause boundary before it) that reports a
    market's move, with a figure: after a closing verb ("closed up 45 points", "ended 1.2 percent down"), or
    right after "be" ("sales were up 5 percent", "cases were up by 1,200", "down by a third"), or opening a clause after a comma before a figure of change
    ("profit reached Rp45 trillion, up 2 percent"); else ``None`` ("up to", "it is up to the court", "ended up
    in hospital"). "eased" before a figure is a small fall of a price or rate ("eased 0.3 percent", "eased
    Rp5,000", "eased to 5.1 percent"), not the easing of a rule ("eased restrictions")."""
    if w in _EN_EASE and _EN_EASE_FIGURE.match(text, end):
        return "fall"
    if w not in ("up", "down"):
        return None
    if boundary:
        # a clause of its own after a comma, as wire copy reports a change: "reached Rp1.5 trillion, down 0.4
        # percent from a year earlier" (not "up to", "broke down 3 points of the plan" has no comma before it)
        return ("rise" if w == "up" else "fall") if _EN_CHANGE_FIGURE.match(text, end) else None
    for k in range(len(out) - 1, max(len(out) - 5, -1), -1):
        t = out[k]
        if (next(iter(t.keys), t.w) in _EN_MARKET_VERBS or t.w in _BE and k == len(out) - 1) and (re.search(
                r"\d", text[t.end:end - len(w)]) or re.match(r"\s*[$€£]?\d", text[end:])):
            return "rise" if w == "up" else "fall"
        if t.w in _BE and k == len(out) - 1 and _EN_BY_FIGURE.match(text, end):
            # "cases were up by 1,200", "rainfall was down by a third": "by" and the amount of the change
            return "rise" if w == "up" else "fall"
        if t.w not in _EN_MARKET_FILLER or t.boundary:
            return None
    return None


#: the first word of a sentence that opens a question: a question word or an inverted auxiliary
_QUESTION_OPENER = re.compile(
    r"""[\s"“'‘(\[]*(?:apa|apakah|mengapa|kenapa|bagaimana|bagaimanakah|siapa|siapakah|kapan|kapankah|di\s+mana|"""
    r"""dimana|ke\s+mana|berapa|berapakah|bukankah|tidakkah|why|what|how|who|whom|whose|when|where|which|"""
    r"""do|does|did|is|are|was|were|am|can|could|will|would|shall|should|may|might|must|have|has|had)\b""", re.I)


def _question_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the questions of ``text``: a sentence that ends with "?" and opens as a question ("Why don't
    you, Canada, take over?"), or else its last clause only ("Bantuan belum tiba, bagaimana ini?": the negated
    statement before the comma is no question)."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^.!?]*\?", text):
        a = m.start()
        if not _QUESTION_OPENER.match(m.group(0)):
            a += max(m.group(0).rfind(","), m.group(0).rfind(";")) + 1
        out.append((a, m.end()))
    return out


@functools.cache
def _chat_spellings() -> tuple[dict[str, str], dict[str, str]]:
    """Informal spellings of the Indonesian negators (``negation.tsv`` ``spelling`` rows: form -> negator) and the
    words chat spelling joins to one (``joined`` rows: as written -> word, ``papa`` -> ``apa-apa``)."""
    joined: dict[str, str] = {}
    for row in data_lines("negation.tsv"):
        if row[0] == "joined" and row[1] == "id":
            for cell in row[2].split("|"):
                written, _, word = cell.partition("=")
                joined[fold(written)] = fold(word or written)
    return negator_spellings("id"), joined


#: chat abbreviations of Indonesian function words, read as the word (``ga ada yg spesial`` = ``tidak ada yang
#: spesial``, ``enak tp mahal``): the rules that look for "yang", "untuk", "karena", "tapi" see them
_ID_CHAT_WORDS = {"yg": "yang", "dgn": "dengan", "utk": "untuk", "krn": "karena", "tp": "tapi", "jd": "jadi"}


def _chat_negator(raw: str, w: str, start: int, cap: bool) -> list[tuple[str, int, int]]:
    """An informal spelling of a negator as the negator (``gak``, ``ga``, ``tdk`` = tidak, ``blm`` = belum), alone
    or joined to a word (``gabisa`` = tidak bisa); none for a name's word (capitalised inside a sentence) or a short
    form in capitals (``NDA``, ``TDK``: an abbreviation)."""
    if cap or raw.isupper() and len(raw) <= 3:
        return []
    forms, joined = _chat_spellings()
    if w in forms:
        return [(forms[w], start, start + len(raw))]
    for n in range(2, min(len(w) - 1, 7)):
        neg, rest = forms.get(w[:n]), w[n:]
        if neg == "tidak" and rest in joined:
            return [(neg, start, start + n), (joined[rest], start + n, start + len(raw))]
    return []


def tokenize(text: str, lang: str) -> list[Token]:
    """Words of ``text`` with offsets, clause boundaries and look-up keys.

    English ``don't`` gives ``do`` + ``n't`` and ``cannot`` gives ``can`` + ``not``; English hyphenated words
    are read as separate words (``north-east``), Indonesian ones stay whole (``luka-luka``).
    """
    out: list[Token] = []
    prev_end = 0
    q_spans = _question_spans(text)
    qi = 0
    word_re = _ID_WORD if lang == "id" else _EN_WORD
    for m in word_re.finditer(text):
        raw = m.group(0)
        w = fold(raw)
        gap = text[prev_end:m.start()]
        if out and any(c.isdigit() for c in gap):
            out[-1] = replace(out[-1], number_after=True)
        boundary = bool(_BOUNDARY.search(_NUMBER_SEP.sub("", gap))) or not out
        b = m.start() - 1
        while b >= 0 and text[b] in " \"“'‘([\n\t":
            b -= 1  # look back over spaces and opening marks only: constant work per word
        sentence_start = b < 0 or text[b] in ".!?:"
        cap = raw[0].isupper() and not sentence_start and not raw.isupper()
        while qi < len(q_spans) and q_spans[qi][1] <= m.start():
            qi += 1
        question = qi < len(q_spans) and q_spans[qi][0] <= m.start() < q_spans[qi][1]
        pieces: list[tuple[str, int, int]]
        if lang == "en" and w.endswith("n't") and len(w) > 3:
            pieces = [(w[:-3], m.start(), m.end() - 3), ("n't", m.end() - 3, m.end())]
        elif lang == "en" and w == "cannot":
            pieces = [("can", m.start(), m.start() + 3), ("not", m.start() + 3, m.end())]
        elif lang == "en" and w == "no" and re.match(r"\.?\s*\d", text[m.end():]):
            pieces = [("no.", m.start(), m.end())]  # "No. 1", "no 3": a number sign
        elif lang == "en" and w == "no" and text[m.end():m.end() + 1] == "-":
            pieces = [("no-", m.start(), m.end())]  # "no-confidence", "no-fly zone": a compound, no negator
        elif lang == "id" and (chat := _chat_negator(raw, w, m.start(), cap)):
            pieces = chat  # "gak" = tidak, "gabisa" = tidak bisa: the negator's informal spelling
        elif lang == "id" and w in _ID_CHAT_WORDS and not cap and not raw.isupper():
            pieces = [(_ID_CHAT_WORDS[w], m.start(), m.end())]
        elif lang == "id" and "-" in w and w.split("-", 1)[0] in _ID_HYPHEN_PREFIXES:
            # "pro-kemerdekaan", "anti-korupsi": the prefix is a word of its own, as in English
            pre = w.split("-", 1)[0]
            pieces = [(pre, m.start(), m.start() + len(pre)), (w[len(pre) + 1:], m.start() + len(pre) + 1, m.end())]
        else:
            pieces = [(w.replace("’", "'"), m.start(), m.end())]
        for k, (p, a, b) in enumerate(pieces):
            if lang == "id":
                keys = frozenset() if p in _ID_NOT_ROOT else id_roots(p)
            elif lang == "en":
                # a possessive is its noun ("this winter's heat wave", "the winner's share")
                stem = p[:-2] if p.endswith("'s") and len(p) > 4 else p
                keys = frozenset((_market_move(out, p, boundary, text, b) or en_lemma(stem),))
            else:
                keys = frozenset((p,))  # a profile language: forms are listed as written
            out.append(Token(p, a, b, boundary and k == 0, cap, question, keys, raw[0].isupper()))
        prev_end = m.end()
    if out and any(c.isdigit() for c in text[prev_end:]):
        out[-1] = replace(out[-1], number_after=True)
    return out


# --- data -----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Row:
    """One pair of opposites: member terms per language and side (``a``/``b``)."""

    n: int
    id_a: tuple[tuple[str, ...], ...]
    en_a: tuple[tuple[str, ...], ...]
    id_b: tuple[tuple[str, ...], ...]
    en_b: tuple[tuple[str, ...], ...]
    conv: bool
    compass: bool
    #: the flip counts only where the two words stand about where each other stands (a preposition with other
    #: readings: German "vor" is before, in front of and ago): ``near`` flag
    near: bool = False
    #: the Indonesian members are degree words before another word (``semakin`` = more and more): they state a
    #: direction only before a word no row lists (``semakin rumit``; ``semakin mahal`` is ``mahal``'s): ``degree``
    degree: bool = False

    def label(self, lang: str, side: str) -> str:
        terms = getattr(self, f"{lang}_{side}", None) or getattr(self, f"en_{side}")
        return " ".join(terms[0]) if terms else "?"


@dataclass(frozen=True, slots=True)
class _Lists:
    hard: dict[str, frozenset[str]]
    soft: dict[str, frozenset[str]]
    idioms: dict[str, tuple[tuple[str, ...], ...]]
    guard_id: dict[str, frozenset[str]]
    guard_en: dict[str, frozenset[str]]
    lexneg: dict[str, frozenset[str]]
    #: lexical negatives of several words ("short of", "set in stone"), English as lemmas
    lexneg_phrases: dict[str, tuple[tuple[str, ...], ...]]
    #: per language: soft negators that are hard before a verb (menolak hadir = refused to attend), and the
    #: bare verbs that count as verbs besides the prefixed forms (see :func:`_before_verb`)
    hardverb: dict[str, tuple[frozenset[str], frozenset[str]]]
    #: per language: words of reluctance that are soft negators only before a verb (malas keluar = "don't feel like
    #: going out"; karyawan malas = a lazy employee)
    softverb: dict[str, frozenset[str]]
    rows: tuple[_Row, ...]
    #: per language: literal phrase (tuple of words) -> [(row, side)]; first word -> longest phrase length
    phrases: dict[str, dict[tuple[str, ...], list[tuple[int, str]]]]
    max_len: dict[str, dict[str, int]]
    #: Indonesian roots (matched through affixes) -> [(row, side)]
    roots: dict[str, list[tuple[int, str]]]
    #: Indonesian content word -> the members of several rows that hold it ("bawah": "bawahnya" in
    #: downward/upward and "di bawah" in less/more): a word of one renders the other
    siblings: dict[str, frozenset[tuple[int, str]]]
    #: per profile language: finite verb -> [(particle, row, side)] of its separable forms ("stieg an")
    splits: dict[str, dict[str, list[tuple[str, int, str]]]]
    #: per profile language: nouns (listed with a capital) that also match as the head of a compound
    heads: dict[str, frozenset[str]]
    #: per English table: phrasal verb -> its particles, matched also with an object between them
    en_splits: dict[str, dict[str, frozenset[str]]]
    #: English members (words, row, side) that hold only as a verb (True: "end(v)", not "the end of the
    #: year") or only as no verb (False: "end(n)", not "ended")
    pos: dict[tuple[tuple[str, ...], int, str], bool]
    #: Indonesian members (words, row, side) written "=word$": they hold only where they end their clause
    #: (``sebelumnya`` = "before" closing a clause, not "pertemuan sebelumnya" = the previous meeting)
    clause_end: frozenset[tuple[tuple[str, ...], int, str]] = frozenset()
    #: per language: words of "only" and words of a condition ("onlyif" rows: hanya ... jika, nur ... wenn), which
    #: together render the English "not ... unless"
    only_if: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    #: per language: the negation idioms a word for word rendering keeps negated ("no matter" = "tidak peduli",
    #: "did not hesitate" = "tidak ragu"), a subset of ``idioms`` ("literal" rows)
    literal: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)


#: an English member written "end(v)" holds only where the word is a verb, "end(n)" only where it is none (see
#: :func:`_verb_reading`): the verb "ended" is no "akhir" (the end of the year)
_POS_MARKS = ("(v)", "(n)")


def _pos_mark(term: str) -> str | None:
    return next((m for m in _POS_MARKS if term.strip().endswith(m)), None)


def _without_pos(term: str) -> str:
    """``term`` without its part-of-speech mark ("end(v)" -> "end")."""
    return term.strip().removesuffix(_pos_mark(term) or "")


def _en_key(term: str) -> tuple[str, ...]:
    return tuple(en_lemma(w) for w in fold(_without_pos(term)).replace("-", " ").split())


@functools.cache
def _lists() -> _Lists:  # noqa: C901 - one pass over the list files, a branch per row kind; split, it reads worse
    hard: dict[str, frozenset[str]] = {}
    soft: dict[str, frozenset[str]] = {}
    idioms: dict[str, tuple[tuple[str, ...], ...]] = {}
    guard_id: dict[str, set[str]] = {}
    guard_en: dict[str, set[str]] = {}
    lexneg: dict[str, frozenset[str]] = {}
    lexneg_phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    hardverb: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    softverb: dict[str, frozenset[str]] = {}
    only_if: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    literal_idioms: dict[str, tuple[tuple[str, ...], ...]] = {}
    for row in data_lines("negation.tsv"):
        kind, lang = row[0], row[1]
        if kind in ("hard", "hardlex"):
            hard[lang] = hard.get(lang, frozenset()) | {fold(w) for w in row[2].split("|")}
        elif kind == "soft":
            soft[lang] = frozenset(fold(w) for w in row[2].split("|"))
        elif kind == "idiom":
            idioms[lang] = tuple(tuple(fold(p).split()) for p in row[2].split("|"))
        elif kind == "literal":
            literal_idioms[lang] = tuple(tuple(fold(p).split()) for p in row[2].split("|"))
        elif kind == "lexneg":
            negs = [fold(w) for w in row[2].split("|")]
            # rows of one language add up (a row per documented category)
            lexneg[lang] = lexneg.get(lang, frozenset()) | {w for w in negs if " " not in w}
            lexneg_phrases[lang] = lexneg_phrases.get(lang, ()) + tuple(
                (_en_key(w) if lang == "en" else tuple(w.split())) for w in negs if " " in w)
        elif kind == "hardverb":
            hardverb[lang] = (frozenset(fold(w) for w in row[2].split("|")), frozenset(fold(w) for w in row[3].split("|")))
        elif kind == "softverb":
            softverb[lang] = frozenset(fold(w) for w in row[2].split("|"))
        elif kind == "onlyif":
            only_if[lang] = (frozenset(fold(w) for w in row[2].split("|")), frozenset(fold(w) for w in row[3].split("|")))
        elif kind == "guard" and lang == "id":
            guard_id.setdefault(fold(row[2]).lstrip("="), set()).update(" ".join(_en_key(w)) for w in row[3].split("|"))
        elif kind == "guard" and lang == "en":
            guard_en.setdefault(en_lemma(fold(row[2])), set()).update(fold(w) for w in row[3].split("|"))
    # English "fail" stays a direction member (berhasil / failed): without "to" it counts as a soft negator only
    # (see _negators), so the success row is what catches "berhasil" rendered "had failed"
    all_neg = hard.get("id", frozenset()) | hard.get("en", frozenset()) - {"fail"}
    rows: list[_Row] = []
    pos: dict[tuple[tuple[str, ...], int, str], bool] = {}
    clause_end: set[tuple[tuple[str, ...], int, str]] = set()
    phrases: dict[str, dict[tuple[str, ...], list[tuple[int, str]]]] = {"id": {}, "en": {}}
    roots: dict[str, list[tuple[int, str]]] = {}
    for n, row in enumerate(data_lines("directions.tsv")):
        flags = set(row[4].split("|")) if len(row) > 4 else set()
        if "neutral" in flags:
            # phrases that hold a listed word but state no direction ("naik motor" = ride a motorbike): passed
            # over whole; the row keeps its number, empty
            for t in row[0].split("|"):
                if fold(t.lstrip("=")).split():
                    phrases["id"].setdefault(tuple(fold(t.lstrip("=")).split()), [])
            for t in row[1].split("|"):
                if t.strip() and t.strip() != "-":
                    phrases["en"].setdefault(_en_key(t), [])
            rows.append(_Row(n, (), (), (), (), False, False))
            continue
        cols: dict[str, tuple[tuple[str, ...], ...]] = {}
        for name, col, lang in (("id_a", 0, "id"), ("en_a", 1, "en"), ("id_b", 2, "id"), ("en_b", 3, "en")):
            terms: list[tuple[str, ...]] = []
            for t in row[col].split("|"):
                t = t.strip()
                if not t:
                    continue
                side = name[-1]
                if lang == "id":
                    literal = t.startswith("=")
                    words = tuple(fold(t.lstrip("=").rstrip("$")).split())
                    if t.endswith("$"):
                        clause_end.add((words, n, side))
                    if set(words) & all_neg:
                        continue  # "tidak setuju": the negation check's business
                    if literal or len(words) > 1:
                        phrases["id"].setdefault(words, []).append((n, side))
                    else:
                        roots.setdefault(words[0], []).append((n, side))
                    terms.append(words)
                else:
                    words = _en_key(t)
                    if set(words) & all_neg and tuple(fold(t).split()) not in idioms.get("en", ()):
                        continue  # a negation idiom listed whole ("no later than" = a deadline) is a member
                    phrases["en"].setdefault(words, []).append((n, side))
                    if mark := _pos_mark(t):
                        pos[(words, n, side)] = mark == "(v)"
                    terms.append(words)
            cols[name] = tuple(terms)
        rows.append(_Row(n, cols["id_a"], cols["en_a"], cols["id_b"], cols["en_b"], "conv" in flags, "compass" in flags,
                         near="near" in flags, degree="degree" in flags))
    by_word: dict[str, set[tuple[int, str]]] = {}
    for r in rows:
        for side in ("a", "b"):
            for words in getattr(r, f"id_{side}"):
                # a member's one content word ("bawah" of "di bawah", "bawahnya"), or a phrase of several
                # whole: a word inside it tells nothing ("terdakwa" of "membebaskan terdakwa" = acquit is no
                # sibling of "terdakwa" = defendant)
                key = _content_key(words)
                if key:
                    by_word.setdefault(key, set()).add((r.n, side))
    # a word on both sides of one row ("sebelah utara", "sebelah selatan") tells nothing
    siblings = {w: frozenset(pairs) for w, pairs in by_word.items() if len({r for r, _ in pairs}) == len(pairs) > 1}
    # folder profiles (German): their forms as written, against the English column. The English terms of a
    # profile's rows go to a table of their own ("en:de"), matched apart from the Indonesian rows' phrases, so
    # that "less than" of an id-en row does not hide "less" from a de-en row (and the id-en rows see nothing new)
    splits: dict[str, dict[str, list[tuple[str, int, str]]]] = {}
    heads: dict[str, set[str]] = {}
    for code in _profile_langs():
        prof = get_profile(code)
        phrases.setdefault(code, {})
        en_table = phrases.setdefault("en:" + code, {})
        split = splits.setdefault(code, {})
        for prow in prof.directions:
            n = len(rows)
            flags = set(prow[4].split("|"))
            if "neutral" in flags:
                # phrases that hold a listed word but state no direction ("nach wie vor" = still)
                for t in prow[0].split("|"):
                    if fold(t).split():
                        phrases[code].setdefault(tuple(fold(t).split()), [])
                continue
            en_cols: list[tuple[tuple[str, ...], ...]] = []
            for col, side in ((0, "a"), (2, "b")):
                for t in prow[col].split("|"):
                    words = tuple(fold(t).split())
                    if not words or set(words) & all_neg:
                        continue
                    if len(words) == 1 and t.strip()[:1].isupper():
                        heads.setdefault(code, set()).add(words[0])  # a noun: "Sieg" in "Wahlsieg"
                    if len(words) == 2 and words[1] in prof.particles:
                        # a separable verb ("stieg an"): the particle ends the clause ("stieg im März an"), or is
                        # joined to the verb in a subordinate clause ("weil die Preise anstiegen")
                        split.setdefault(words[0], []).append((words[1], n, side))
                        phrases[code].setdefault((words[1] + words[0],), []).append((n, side))
                    else:
                        phrases[code].setdefault(words, []).append((n, side))
            for col, side in ((1, "a"), (3, "b")):
                terms = []
                for t in prow[col].split("|"):
                    words = _en_key(t) if t.strip() else ()
                    if words and not set(words) & all_neg:
                        en_table.setdefault(words, []).append((n, side))
                        if mark := _pos_mark(t):
                            pos[(words, n, side)] = mark == "(v)"
                        terms.append(words)
                en_cols.append(tuple(terms))
            rows.append(_Row(n, (), en_cols[0], (), en_cols[1], "conv" in flags, "compass" in flags, "near" in flags))
    max_len: dict[str, dict[str, int]] = {lang: {} for lang in phrases}
    for lang in phrases:
        for words in phrases[lang]:
            ml = max_len[lang]
            ml[words[0]] = max(ml.get(words[0], 0), len(words))
    # English phrasal verbs, which an object may split ("brought the launch forward"): verb -> particles; verbs
    # that take no object ("go up", "step down") are never split
    en_splits: dict[str, dict[str, set[str]]] = {}
    for table in phrases:
        if table == "en" or table.startswith("en:"):
            for words in phrases[table]:
                if len(words) == 2 and words[1] in _EN_PARTICLES and words[0] not in _EN_NO_OBJECT:
                    en_splits.setdefault(table, {}).setdefault(words[0], set()).add(words[1])
    return _Lists(hard, soft, idioms, {k: frozenset(v) for k, v in guard_id.items()},
                  {k: frozenset(v) for k, v in guard_en.items()}, lexneg, lexneg_phrases, hardverb, softverb, tuple(rows), phrases, max_len, roots,
                  siblings, splits,
                  {c: frozenset(v) for c, v in heads.items()},
                  {t: {v: frozenset(p) for v, p in d.items()} for t, d in en_splits.items()}, pos,
                  frozenset(clause_end), only_if, literal_idioms)


def _content_key(words: Sequence[str]) -> str:
    """The content word of an Indonesian member ("bawah" of "di bawah", "bawahnya"), or a phrase of several
    whole: a word inside it tells nothing ("terdakwa" of "membebaskan terdakwa" = acquit is no sibling of
    "terdakwa" = defendant); empty for function words only."""
    content = [w[:-3] if w.endswith("nya") and len(w) > 5 else w for w in words]
    content = [w for w in content if w not in _ID_FUNCTION]
    return content[0] if len(content) == 1 else " ".join(content)


#: Indonesian words of lexicon phrases that carry no direction (di bawah, ke atas, bagian atas, lebih dari)
_ID_FUNCTION = frozenset("di ke dari yang bagian secara untuk pada se lebih kurang paling makin semakin sangat amat "
                         "terlalu cukup jauh".split())


# --- direction words ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Hit:
    """A lexicon member found in a side: token range ``[i, j)``, row, side ``a``/``b``, negated or not, and
    whether it stands inside a name (a run of capitalised words in a line not in title case)."""

    i: int
    j: int
    row: int
    side: str
    negated: bool
    in_name: bool = False
    #: the word of a litotes idiom, stating the opposite of its member (see :func:`_litotes_members`)
    litotes: bool = False


_BE = frozenset("be is are was were been being got get gets getting".split())
#: English verbs whose passive names the other member of their row ("was beaten" = lost)
_PASSIVE_SWAP = {"beat": "lose", "defeat": "lose", "rout": "lose", "thrash": "lose", "crush": "lose"}


def _key_of(tok: Token, lang: str, prev: Sequence[Token] = ()) -> str:
    if lang == "id":
        # a listed form with a clitic or particle ("=kemenangan" in "kemenangannya", "negatifnya") is the
        # listed form: they change no direction
        known = _lists().max_len.get("id", {})
        if tok.w not in known:
            for c in _ID_CLITICS:
                if tok.w.endswith(c) and len(tok.w) - len(c) >= 3 and tok.w[:-len(c)] in known:
                    return tok.w[:-len(c)]
            half, _, rest = tok.w.partition("-")
            if half == rest and half in known:
                return half  # a reduplicated word ("awal-awal", "besar-besar") is the word
            if tok.w.startswith("se") and tok.w[2:] in known and prev and prev[-1].w in _lists().hard.get("id", ()):
                # a negated equative ("tidak semahal" = "not as expensive as") is its word negated: "cheaper"
                # renders it as "tidak mahal" = "cheap" does
                return tok.w[2:]
            return next((f for f in sorted(_colloquial_forms(tok.w)) if f in known), tok.w)  # cepet = cepat
        return tok.w
    if lang != "en":
        return tok.w
    lemma = next(iter(tok.keys))
    if lemma in _PASSIVE_SWAP and tok.w != lemma and any(p.w in _BE for p in prev[-2:]):
        return _PASSIVE_SWAP[lemma]
    return lemma


def _direction_hits(toks: Sequence[Token], lang: str, negs: set[int]) -> list[_Hit]:
    """Lexicon members in ``toks``, longest phrase first; a token belongs to one member only (per table: English
    is read once against the id-en rows and once against each profile's rows). Words inside a negation idiom
    (``tidak sedikit`` = many, ``no less than``) are no direction claim."""
    tables = (lang,) + (tuple("en:" + c for c in _profile_langs()) if lang == "en" else ())
    hits = [h for table in tables for h in _table_hits(toks, lang, table, negs)]
    if lang == "id":
        hits = [h for h in hits if not _mulai_as_from(toks, h.i)]
    return hits


#: Indonesian words of a point in time that a preposition "mulai" (from, starting) opens: "mulai tahun depan", "mulai
#: 1 Januari", "mulai pukul 06.00 WIB", "mulai hari ini"
_ID_TIME_WORDS = frozenset("""tahun bulan pekan minggu hari besok lusa pukul jam tanggal awal akhir pertengahan sekarang
kini saat pagi siang sore malam semester kuartal triwulan periode musim""".split())


def _mulai_as_from(toks: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is ``mulai`` as a preposition of time ("mulai tahun depan" = "from next year", "mulai
    Senin" = "starting Monday"): it opens a time, and states no beginning against an English "stop" or "end" of the
    clause's own verb ("tidak lagi memberikan subsidi mulai tahun depan" = "will stop subsidising from next year")."""
    if toks[k].w != "mulai" or k + 1 >= len(toks) or toks[k + 1].boundary:
        return False
    nxt = toks[k + 1]
    return nxt.w in _ID_TIME_WORDS or nxt.w[:1].isdigit() or nxt.w in _id_calendar_names()


@functools.cache
def _id_calendar_names() -> frozenset[str]:
    """Indonesian weekday and month names as written, folded (the date check's calendar): "mulai Senin", "mulai
    Januari"."""
    return frozenset(fold(f) for f in _calendar("id")[0] if len(f) > 3)


def _table_hits(toks: Sequence[Token], lang: str, table: str, negs: set[int]) -> list[_Hit]:
    L = _lists()
    phrases, max_len = L.phrases.get(table, {}), L.max_len.get(table, {})
    idiom = _idiom_tokens(toks, lang)
    if idiom:
        idiom -= _member_idioms(toks, lang, idiom, phrases)
    profile = lang in L.splits
    particles = get_profile(lang).particles if profile else frozenset()
    heads = L.heads.get(lang, frozenset())  # a capitalised word inside a sentence is a noun: a listed noun only
    title = sum(t.cap for t in toks) * 2 > len(toks)
    rows = L.rows
    en_splits = L.en_splits.get(table, {}) if lang == "en" else {}
    particles_used: set[int] = set()  # the particle of a phrasal verb split by its object: part of the verb
    out: list[_Hit] = []
    k = 0
    n = len(toks)
    ends = [n] * n  # per token: the index after the last token of its clause (profile languages)
    if profile:
        for j in range(n - 1, 0, -1):
            ends[j - 1] = j if toks[j].boundary else ends[j]
    while k < n:
        tok = toks[k]
        if k in idiom or k in particles_used or k and tok.w in particles and (k + 1 == n or toks[k + 1].boundary):
            litotes = _litotes_hits(toks, k, idiom, table)
            out += litotes
            k += 1 + len(litotes[:1])  # a particle that ends its clause belongs to a verb ("sieht ... vor"): no preposition
            continue
        first = _key_of(tok, lang, toks[max(0, k - 2):k])
        matched: list[tuple[int, str]] = []
        length = 0
        degree = _less_hits(toks, k, lang, first, phrases, negs) if table in ("en", "id") else []
        if degree:
            out += degree
            k += 2
            continue
        for ln in range(min(max_len.get(first, 0), n - k), 0, -1):
            words = tuple(_key_of(t, lang, toks[max(0, k + d - 2):k + d]) for d, t in enumerate(toks[k:k + ln]))
            if any(t.boundary for t in toks[k + 1:k + ln]):
                continue
            if words in phrases and not (profile and ln == 1 and tok.cap and words[0] not in heads):
                matched, length = phrases[words], ln
                also = _en_also().get(words[0]) if lang == "en" and ln == 1 else None
                if also is not None:
                    matched = matched + [p for p in phrases.get((also,), ()) if p not in matched]
                break
        if not length and lang == "en" and (also := _en_also().get(first)) is not None and (also,) in phrases:
            # a form listed in another file as a word of its own ("injured" in a negation guard) is still a
            # form of its lemma here ("injure")
            matched, length = phrases[(also,)], 1
        if length <= 1 and first in en_splits:
            part = _split_particle(toks, k, en_splits[first])
            if part is not None:
                matched, length = phrases[(first, toks[part].w)], 1
                particles_used.add(part)
        if matched and length == 1 and lang == "en" and any(((first,), r, sd) in L.pos for r, sd in matched):
            verb = _verb_reading(toks, k)
            matched = [(r, sd) for r, sd in matched if L.pos.get(((first,), r, sd), verb) == verb]
            length = 1 if matched else 0
        if matched and lang == "id" and L.clause_end and k + length < n and not toks[k + length].boundary:
            matched = [(r, sd) for r, sd in matched
                       if (tuple(t.w for t in toks[k:k + length]), r, sd) not in L.clause_end]
        if not matched and not length and lang == "id":
            for r in tok.keys:
                if r in L.roots:
                    matched, length = L.roots[r], 1
                    break
        if not matched and not length:
            matched, length = _derived_members(toks, k, lang, first, phrases)
        if profile and length == 1 and not tok.cap and ends[k] > k + 1 and toks[ends[k] - 1].w in particles \
                and not toks[ends[k] - 1].number_after \
                and toks[ends[k] - 1].w not in {p for p, _, _ in L.splits.get(lang, {}).get(first, ())}:
            # a listed verb form whose clause ends with a separable particle is another verb ("fiel ... aus" =
            # was called off, "stieg ... aus" = got out, "stieg ... ab" = dropped out): only its split form (if
            # listed: "stieg ... an") counts
            matched, length = [], 0
        if not length and profile:
            matched = _profile_match(toks, k, lang, phrases)
            length = 1 if matched else 0
        # "menurunkan 1.200 personel" = deployed, "menurunkan penumpang" = dropped off: no fall
        matched = [] if _people_after(toks, k) else matched
        if matched:
            neg = _negated(toks, k, negs, lang) or lang == "en" and _wanted_amount(toks, k)
            # a word inside a run of capitalised words is part of a name ("Kepolisian Resor Kota Besar", "Rising
            # Star Academy") unless the whole line is in title case (in a language that capitalises its nouns,
            # capitals are no name signal: "Anstieg der Preise")
            in_name = not profile and tok.cap and not title and any(
                0 <= j < n and toks[j].cap and not toks[j].boundary for j in (k - 1, k + length))
            before_member = lang == "id" and k + length < n and _member_at(toks, k + length, phrases)
            for row, side in matched:
                if rows[row].compass and tok.cap or rows[row].degree and (before_member or _degree_of_negated(toks, k, negs)):
                    continue  # Jawa Barat / West Java: a name, the entity check's business; "semakin mahal"
                # a word inside a name still states its direction: "Best Actor" against "Aktor Terbaik",
                # "High Court" against "Pengadilan Tinggi"; a name kept on both sides holds it on both (a source
                # word inside a name faces only a target word inside a name: see _name_faces)
                out.append(_Hit(k, k + length, row, side, neg, in_name))
        k += max(length, 1)  # a listed phrase without a direction ("nach wie vor") is passed over whole
    return out


#: English verbs of need before "more"/"less" ("needed more salt", "could use more staff")
_EN_NEED = frozenset("need want require deserve".split())


def _wanted_amount(toks: Sequence[Token], k: int) -> bool:
    """Whether English ``more``/``less`` at ``k`` is the object of a verb of need ("it needed more salt", "could
    use less sugar"): it states what is lacking, no amount that rose or fell, and renders a ``kurang garam``
    (lacking salt) as well as a ``perlu lebih banyak``; like a negated member it is no direction claim."""
    if toks[k].w not in ("more", "less", "fewer") or k == 0 or toks[k].boundary:
        return False
    verb = next(iter(toks[k - 1].keys), toks[k - 1].w)
    return verb in _EN_NEED or verb == "use" and k > 1 and toks[k - 2].w in ("could", "can")


def _litotes_hits(toks: Sequence[Token], k: int, idiom: set[int], table: str) -> list[_Hit]:
    """The claim of an Indonesian litotes idiom opening at ``k`` (see :func:`_litotes_members`): its word as the
    opposite member, plain; none where ``k`` opens no litotes (or the table is no Indonesian one)."""
    if table != "id" or k not in idiom:
        return []
    return [_Hit(k + 1, k + 2, row, "a" if side == "b" else "b", False, litotes=True)
            for row, side in sorted(_litotes_members(toks, k, idiom))]


def _litotes_members(toks: Sequence[Token], k: int, idiom: set[int]) -> set[tuple[int, str]]:
    """The members of the word an Indonesian litotes idiom opening at negator ``k`` negates: "tidak sedikit" (=
    many), "tidak jarang" (= often), "tak jauh dari" (= near), "tidak kurang dari" (= more than) state the opposite
    member, as a negated member does ("tidak naik" = fell), so "few", "rarely" or "far from" on the other side is a
    flip. Only "tidak"/"tak" and one word (and "dari"): the idiom's word is then its claim ("tidak jauh berbeda",
    "paling tidak" or "tanpa ragu" say more than their word), and no converse row ("tidak kalah penting" = as
    important is no win)."""
    if toks[k].w not in ("tidak", "tak") or k - 1 in idiom or k + 1 not in idiom:
        return set()
    end = k + 2
    if end in idiom and toks[end].w == "dari":
        end += 1
    if end in idiom and not toks[end].boundary:
        return set()
    rows = _lists().rows
    return {m for m in _word_members(toks, k + 1, "id") if not rows[m[0]].conv}


#: "turun" made transitive: with people as its object it puts them somewhere ("menurunkan 1.200 personel" =
#: deployed, "menurunkan tiga pemain muda" = fielded, "menurunkan penumpang" = dropped off), no fall
_ID_DEPLOY = frozenset("menurunkan diturunkan turunkan menurunkannya".split())
#: quantifiers that may stand between a verb and the people it counts (a number is no token; number words come from
#: number_words.tsv, see :func:`_id_count_words`)
_ID_COUNT_QUANTIFIERS = frozenset("""sebanyak sekitar para seluruh semua beberapa sejumlah ratusan ribuan puluhan belasan
seorang""".split())


@functools.cache
def _id_count_words() -> frozenset[str]:
    """Words that may stand between a verb and the people it counts: the quantifiers, and the Indonesian number words
    of ``number_words.tsv`` (units, teens, tens, scales: "menurunkan dua juta penumpang")."""
    kinds = ("unit", "teen", "belas", "puluh", "tens", "scale", "scale1", "weak")
    return _ID_COUNT_QUANTIFIERS | {w for w, (_, kind) in _number_words("id").items() if kind in kinds and len(w) > 2}


#: people a count lowers rather than places ("menurunkan korban kecelakaan" = cut accident casualties)
_ID_NOT_DEPLOYED = frozenset("korban jiwa pasien pengungsi tersangka pengangguran".split())


@functools.cache
def _people_nouns() -> frozenset[str]:
    """Indonesian nouns of people as counted in news copy (the ``person`` kind of ``count_nouns.tsv``) that can be
    put somewhere: not victims or patients, whose number is what ``menurunkan`` lowers."""
    return frozenset(w for w, kind in _count_kinds().get("id", {}).items() if kind == "person") - _ID_NOT_DEPLOYED


def _people_after(toks: Sequence[Token], k: int) -> bool:
    """Whether ``k`` is a verb of :data:`_ID_DEPLOY` whose object is people: a noun of the ``person`` kind of
    ``count_nouns.tsv`` right after it, or after number words and quantifiers only ("menurunkan sebanyak 300
    personel gabungan")."""
    if toks[k].w not in _ID_DEPLOY:
        return False
    people = _people_nouns()
    for t in toks[k + 1:k + 4]:
        if t.boundary:
            return False
        if t.w in people or not people.isdisjoint(t.keys):
            return True
        if t.w not in _id_count_words():
            return False
    return False


def _member_idioms(toks: Sequence[Token], lang: str, idiom: set[int],
                   phrases: Mapping[tuple[str, ...], list[tuple[int, str]]]) -> set[int]:
    """Tokens of a negation idiom that is itself a listed member: "no later than" (= by, ``paling lambat``) and
    "no earlier than" (``paling cepat``) state no negation but a deadline, whose opposite the lexicon knows."""
    out: set[int] = set()
    for k in sorted(idiom):
        if k - 1 in idiom:
            continue
        run = k
        while run in idiom:
            run += 1
        words = tuple(_key_of(t, lang, toks[max(0, k + d - 2):k + d]) for d, t in enumerate(toks[k:run]))
        if phrases.get(words):
            out.update(range(k, run))
    return out


#: English prefixes that negate their stem (see :func:`_affix_negative`; ``non`` is a word of its own)
_NEG_PREFIXES = ("un", "in", "im", "ir", "il", "dis", "non")


def _neg_stem(w: str) -> str:
    """English word ``w`` less the first of :data:`_NEG_PREFIXES` it opens with ("insecure" -> "secure"): the
    stem an affix negative negates, read alike where a stem is looked up (:func:`_negated_stem`) and where it is
    set against a source cognate (:func:`_prefix_antonyms`)."""
    return w[next((len(p) for p in _NEG_PREFIXES if w.startswith(p)), 0):]
#: per language: the words that say "to a lower degree" before an adjective (its opposite: "less safe")
_LESS = {"en": ("less", "least"), "id": ("kurang",)}
#: endings of English adjectives ("expensive", "dangerous", "successful", "stable", "legal")
_EN_ADJ_ENDINGS = ("ive", "ous", "ful", "able", "ible", "al", "ic", "ent", "ant", "ary")


def _en_adjective(w: str) -> bool:
    """Whether English word ``w`` reads as an adjective or adverb by its ending ("expensive", "successful",
    "legal", "quickly")."""
    return w.endswith(_EN_ADJ_ENDINGS) or w.endswith("ly") and len(w) > 5


def _adjectival(row: _Row, side: str, word: str | None = None) -> bool:
    """Whether a member of ``row`` is an adjective with degrees, so that its superlative (``tersukses``) and
    "less"/"least" or ``kurang`` before it ("less safe", ``kurang aktif``) say something of it: an Indonesian
    comparative of it is listed (``lebih kuat``: strong), or ``word`` (the English word met; without one, any
    English word of the member) reads as an adjective (:func:`_en_adjective`). A noun of the member ("less
    benefit", "less support") does not."""
    if any(len(words) > 1 and words[0] == "lebih" for words in getattr(row, "id_" + side)):
        return True
    if word is not None:
        return _en_adjective(word)
    return any(len(words) == 1 and _en_adjective(words[0]) for words in getattr(row, "en_" + side))


def _member_at(toks: Sequence[Token], k: int, phrases: Mapping[tuple[str, ...], list[tuple[int, str]]]) -> bool:
    """Whether Indonesian token ``k`` is a listed word by itself, as written, through its affixes or derived
    (``semakin mahal``: a degree word before a member, see the ``degree`` flag)."""
    tok = toks[k]
    return bool(phrases.get((_key_of(tok, "id"),)) or any(r in _lists().roots for r in tok.keys)
                or _derived_members(toks, k, "id", tok.w, phrases)[0])


def _less_hits(toks: Sequence[Token], k: int, lang: str, first: str,
               phrases: Mapping[tuple[str, ...], list[tuple[int, str]]], negs: set[int]) -> list[_Hit]:
    """Hits of a listed adjective after a word of lower degree at ``k`` (tokens ``k``, ``k + 1``): "less
    expensive" = cheaper, "the least safe" are the adjective's other member; Indonesian ``kurang aktif`` is
    "not very active" as often as "less active", so it is the adjective negated (no claim). A phrase listed
    whole ("less often", ``kurang dari``) and a noun ("less support", "less benefit") are read as they stand;
    so is English read against a profile's rows, whose comparative (``optimistischer``) "less" answers."""
    n = len(toks)
    if toks[k].w not in _LESS.get(lang, ()) or k + 1 >= n or toks[k + 1].boundary:
        return []
    L = _lists()
    nxt_tok = toks[k + 1]
    nxt = _key_of(nxt_tok, lang, toks[k - 1:k + 1])
    if (first, nxt) in phrases:
        return []
    found = phrases.get((nxt,)) or (next((L.roots[r] for r in nxt_tok.keys if r in L.roots), []) if lang == "id" else [])
    adj = [(r, sd) for r, sd in found if _adjectival(L.rows[r], sd, nxt_tok.w if lang == "en" else None)]
    neg = lang == "id" or _negated(toks, k, negs, lang)
    return [_Hit(k, k + 2, r, sd if lang == "id" else "b" if sd == "a" else "a", neg) for r, sd in adj]


def _degree_of_negated(toks: Sequence[Token], k: int, negs: set[int]) -> bool:
    """Whether a degree word (``makin``, ``semakin``, ``kian``: more and more) stands right before a negator: the
    growing degree of a negated quality is told either way, "less and less clear" or "more and more pointless",
    "increasingly mistrust" ("makin gak jelas", "semakin tidak percaya"), so it states no direction."""
    return k + 1 < len(toks) and k + 1 in negs and not toks[k + 1].boundary


def _derived_members(toks: Sequence[Token], k: int, lang: str, first: str,
                     phrases: Mapping[tuple[str, ...], list[tuple[int, str]]]) -> tuple[list[tuple[int, str]], int]:
    """Members of a word derived from a listed one, with its length in tokens: an Indonesian superlative of a
    listed adjective (``tersukses`` = most successful, ``terkuat``; ter- on other words makes a passive or a
    word of its own, ``termasuk`` = including, so adjectives only), an English un-/in-/dis-/non- word whose
    stem is listed ("insecure", "disorderly", "non-transparent": the other member of the stem's row)."""
    L = _lists()
    if lang == "id" and first.startswith("ter"):
        matched = [(r, sd) for r, sd in phrases.get((first[3:],), ()) if _adjectival(L.rows[r], sd)]
        return matched, 1 if matched else 0
    if lang == "en" and toks[k].w.startswith(_NEG_PREFIXES) and _affix_negative(toks, k):
        return _negated_stem(toks, k, phrases, L.pos)
    return [], 0


def _negated_stem(toks: Sequence[Token], k: int, phrases: Mapping[tuple[str, ...], list[tuple[int, str]]],
                  pos: Mapping[tuple[tuple[str, ...], int, str], bool]) -> tuple[list[tuple[int, str]], int]:
    """The members an English affix negative (:func:`_affix_negative`) holds by its stem, the other member
    of the stem's row ("insecure": unsafe, "disorderly", "non-transparent"), with its length in tokens; a stem
    listed only as a verb or a noun ("end(v)") is left alone."""
    w = toks[k].w
    if w == "non":
        stems, length = [toks[k + 1].w], 2
    else:
        rest = _neg_stem(w)
        stems = _stem_forms(rest) + ([rest[:-2]] if rest.endswith("ly") and len(rest) > 5 else [])
        length = 1
    for stem in stems:
        key = (en_lemma(stem),)
        found = [(r, "b" if sd == "a" else "a") for r, sd in phrases.get(key, ()) if (key, r, sd) not in pos]
        if found:
            return found, length
    return [], 0


#: particles of English phrasal verbs that an object may split from their verb ("brought prices down"); "on",
#: "in" and "over" are left out, being prepositions too often ("took the stage on Friday")
_EN_PARTICLES = frozenset("up down off out back forward away".split())
#: verbs of listed phrasal verbs that take no object, so are never split ("went to the city down south")
_EN_NO_OBJECT = frozenset("go come get be step back crash drop fall carry".split())
#: words that end the object of a split phrasal verb: a new clause or comparison begins
_EN_SPLIT_STOP = frozenset("who which that and or but to as when while if because than where".split())
_EN_DETERMINERS = frozenset("the a an his her its their our my your this these those".split())
#: words before an English word that show it is a verb (``to end``, ``will end``, ``did not end``)
_EN_VERB_CUES = frozenset("to will would could can may might should must did do does not n't also".split())


def _split_particle(toks: Sequence[Token], k: int, particles: Collection[str]) -> int | None:
    """The index of the particle of the phrasal verb at ``k`` when its object stands between them ("brought
    the satellite launch forward", "put it off"): up to four words later in the same clause, no new clause
    between, and not a preposition before its noun ("took the banner down the street", "out of" aside)."""
    n = len(toks)
    for j in range(k + 1, min(k + 6, n)):
        t = toks[j]
        if t.boundary:
            return None
        if t.w in particles and j > k + 1:
            nxt = toks[j + 1] if j + 1 < n and not toks[j + 1].boundary else None
            if nxt is not None and (nxt.w in _EN_DETERMINERS or nxt.w == "of" and t.w != "out"):
                return None
            return j
        if t.w in _EN_SPLIT_STOP or t.w in _EN_PARTICLES:
            return None
    return None


def _verb_reading(toks: Sequence[Token], k: int) -> bool:
    """Whether English token ``k`` reads as a verb where the word is also a noun: a past form ("ended",
    "contracted"), or after "to", a modal or "did" ("to end the ban"); "the end of the year", "a new contract"
    are nouns."""
    w = toks[k].w
    if w.endswith("ed") or w in _EN_IRREGULAR:
        return True
    prev = toks[k - 1].w if k and not toks[k].boundary else ""
    nxt = toks[k + 1] if k + 1 < len(toks) and not toks[k + 1].boundary else None
    if nxt is not None and (nxt.cap or nxt.w in _EN_DETERMINERS) and prev not in _EN_DETERMINERS:
        return True  # with its object right after it: "Honeyghan defeats Donald Curry", "since defeating the champion"
    return prev in _EN_VERB_CUES or w.endswith("ing") and prev in _BE


def _profile_match(toks: Sequence[Token], k: int, lang: str,
                   phrases: dict[tuple[str, ...], list[tuple[int, str]]]) -> list[tuple[int, str]]:
    """Members a word of a profile language (German) holds beyond its forms as listed: the listed form with an
    inflection ending (``höheren``: ``höher``), a listed noun as the head of a compound (``Wahlsieg``:
    ``Sieg``), the finite part of a separable verb whose particle ends the clause (``stiegen im März an``:
    ``stieg an``), a comparative or superlative adjective (``noch komplizierter``: the form ``+comparative``,
    "more"; ``wichtigsten``: ``+superlative``, "most") and a word right before a number (``über 20``: the form
    ``über +number``, "more than")."""
    L = _lists()
    prof = get_profile(lang)
    w = toks[k].w
    # a listed form with an inflection ending ("höheren", "Siegen"); an ending that also makes a comparative is
    # only stripped from a comparative ("höherer", not "früher": earlier is no "früh")
    comp = prof.degrees.get("comparative", {}).get("endings", ())[:1]
    forms = [w] + [w[: -len(s)] for s in prof.suffixes if w.endswith(s) and len(w) - len(s) >= 3
                   and (s not in comp or w[: -len(s)].endswith(comp))]
    heads = L.heads.get(lang, frozenset())
    for f in forms[1:]:
        if phrases.get((f,)) and (not toks[k].cap or f in heads):
            return phrases[(f,)]
    split = L.splits.get(lang, {})
    if any(f in split for f in forms):
        j = k + 1
        while j < len(toks) and not toks[j].boundary:
            j += 1
        last = toks[j - 1].w if j - 1 > k else ""
        for f in forms:
            found = [(row, side) for particle, row, side in split.get(f, ()) if particle == last]
            if found:
                return found
    if toks[k].upper and prof.compounds and len(w) >= 7:
        for i in range(3, len(w) - 3):  # the longest head first: "Ausverkauf" is a sale, not a purchase
            for f in (w[i:], *(w[i:-len(s)] for s in prof.suffixes if w.endswith(s) and len(w) - i - len(s) >= 4)):
                if f in heads and phrases.get((f,)):
                    return phrases[(f,)]
    if toks[k].number_after and phrases.get((w, "+number")):
        return phrases[(w, "+number")]  # "über 20 Millionen" = more than: "über" of its own is over or about
    for degree, rule in prof.degrees.items():
        if phrases.get(("+" + degree,)) and _degree(toks, k, rule, lang):
            return phrases[("+" + degree,)]
    return []


def _degree(toks: Sequence[Token], k: int, rule: Mapping[str, tuple[str, ...]], code: str) -> bool:
    """Whether token ``k`` is a comparative or superlative adjective by the profile's ``rule`` (``comparative``
    or ``superlative`` of its ``profile.toml``): a stem that is an adjective (a common word or one with an
    adjective ending) with one of the rule's endings; where the rule names cue words, its first ending (German
    ``-er``, also a masculine ending: "ein neuer Plan") counts only beside one (``noch komplizierter``,
    ``offener als``)."""
    tok = toks[k]
    endings = rule.get("endings", ())
    if tok.upper or not endings:
        return False
    for e in sorted(endings, key=len, reverse=True):
        stem = tok.w[: -len(e)]
        if not tok.w.endswith(e) or len(stem) < 4 or stem in rule.get("not", ()):
            continue
        if not (stem.endswith(rule.get("adjective", ())) or is_common_word(stem, code, stems=False)):
            continue
        if e != endings[0] or not (rule.get("before") or rule.get("after")):
            return True
        before = k > 0 and not tok.boundary and toks[k - 1].w in rule.get("before", ())
        after = k + 1 < len(toks) and not toks[k + 1].boundary and toks[k + 1].w in rule.get("after", ())
        return before or after
    return False


def _negated(toks: Sequence[Token], k: int, negs: set[int], lang: str = "en") -> bool:
    """Whether a counted negator negates token ``k``: ``k`` is the word right after it, auxiliaries skipped
    (``tidak akan naik``, ``has not yet risen``; not "the missing" in "has not found the missing"), nor a word
    with "pun" after it: "tak sedikit pun bantuan" = "not even a little aid" (none at all) is no "many"."""
    if lang == "id" and k + 1 < len(toks) and toks[k + 1].w == "pun" and not toks[k + 1].boundary:
        return False
    if lang not in ("id", "en"):
        # German puts "nicht" after a finite verb ("die Preise stiegen nicht"): a negator next to the word on
        # either side, in the same clause, negates it
        for j in range(max(0, k - NEG_WINDOW), min(len(toks), k + 3)):
            if j != k and j in negs and not any(toks[i].boundary for i in range(min(j, k) + 1, max(j, k) + 1)):
                return True
        if toks[k].cap and _object_of_negative_verb(toks, k, negs, lang):
            return True
        return _late_negator(toks, k, negs) is not None
    if lang == "en" and _phrase_negated(toks, k):
        return True  # "far from clean" = kotor
    if lang == "id" and _none_of_predicate(toks, k, negs) is not None:
        return True  # "Tak satu pun dari 14 penambang itu yang selamat" = "All 14 miners died"
    for d in range(1, NEG_WINDOW + 1):
        n = k - d
        if n < 0:
            break
        if n in negs:
            if any(t.start == toks[k].start for t in (*_negated_words(toks, n, lang), *_bukan_modifier(toks, n))):
                return True  # "bukan perkara mudah" = difficult
            break
    # an adverb closing a negated verb phrase is in its scope: "doesn't come by often" = jarang lewat
    return lang == "en" and toks[k].w in _EN_SCOPE_ADVERBS and _clause_negated(toks, k, negs, 2 * NEG_WINDOW)


def _object_of_negative_verb(toks: Sequence[Token], k: int, negs: Collection[int], lang: str) -> bool:
    """Whether noun ``k`` of a profile language is the object of a verb of a negative meaning earlier in its
    clause (its ``hardlex`` rows): "verweigerte dem Kandidaten die Zustimmung" (refused consent = rejected) negates
    the "Zustimmung" however many words (an indirect object, an article) stand between, as German sets the
    objects after its finite verb; a noun is no verb of its own, so the verb's negation is the noun's."""
    lex = _hard_lexical(toks, lang)
    for j in range(k - 1, -1, -1):
        if toks[j + 1].boundary or toks[j + 1].w in _DE_CLAUSE_OPENERS:
            return False
        if j in negs and j in lex:
            return True
    return False


#: quantifiers of all that a negator right before makes "not all" ("tidak semua", "tak seluruh", "not every")
_ALL_WORDS = {"id": frozenset("semua seluruh segenap".split()), "en": frozenset("all every everyone everybody".split())}


def _not_all_predicate(toks: Sequence[Token], k: int, negs: Collection[int], lang: str) -> bool:
    """Whether token ``k`` is said of a subject that a negated "all" quantifies: "Tidak semua anggota aliansi setuju"
    (not all members agree) says the predicate of part of them only."""
    words = _ALL_WORDS.get(lang, frozenset())
    for j in range(k - 1, max(-1, k - 8), -1):
        if toks[j + 1].boundary or toks[j].w in _CLAUSE_JOINERS:
            return False
        if toks[j].w in words:
            return j >= 1 and (j - 1 in negs or toks[j - 1].w in _NOT_BEFORE_ALL) and not toks[j].boundary
    return False


#: the negators that make "not all" of a quantifier right after them (the callers' negator sets may be empty)
_NOT_BEFORE_ALL = frozenset("tidak tak bukan not".split())


#: Indonesian words of one that a negator and "pun" make "none" ("tak satu pun", "tidak seorang pun", "tak ada sebuah pun")
_ID_ONE = frozenset("satu seorang sebuah seekor sehelai".split())


def _none_of_predicate(toks: Sequence[Token], k: int, negs: Collection[int]) -> int | None:
    """Whether token ``k`` is the predicate that a quantifier of none negates: "Tidak satu pun fraksi yang menolak" (no
    faction objected), "Tak ada seorang pun yang selamat", "Tak satu pun dari 14 penambang yang terjebak itu selamat":
    a negator before ``satu``/``seorang`` ... ``pun`` (an ``ada`` between) negates what its clause says after the
    ``yang`` that follows its noun, not that noun ("tak sedikit pun" is another idiom, see :func:`_negated`). The
    negator's index, or None."""
    seen_yang = False
    for j in range(k - 1, -1, -1):
        t = toks[j]
        if toks[j + 1].boundary or t.w in _CLAUSE_JOINERS:
            return None
        if t.w == "yang":
            seen_yang = True
        elif t.w == "pun" and j >= 2 and toks[j - 1].w in _ID_ONE:
            n = j - 2 if toks[j - 2].w != "ada" else j - 3
            return n if seen_yang and n >= 0 and n in negs else None
    return None


#: German words that open a clause of their own inside a sentence without a comma before them: a negator after one
#: negates that clause, not a verb before it ("stiegen im Mai und sanken nicht im Juni")
_DE_CLAUSE_OPENERS = frozenset("und oder aber sondern denn doch jedoch sowie".split())


def _late_negator(toks: Sequence[Token], k: int, negs: Collection[int]) -> int | None:
    """A German negator that negates word ``k`` from the far end of its clause: the finite verb stands second
    and "nicht" after the objects and adverbs ("Der Bundesrat stimmte dem Gesetz nicht zu", "Autos dürfen die
    Innenstadt nicht befahren", "genehmigte die Fusion nicht"), so a negator later in the same clause, with no
    other clause opened in between, is the negator of that verb; a word just before ``k`` is taken by
    :func:`_negated`'s window. Only a word about second in its clause can be that verb, and no noun
    (capitalised) or comparative ("mehr als 4.000 Erwachsenen ... konnten keine" negates no "mehr")."""
    start = k
    while start > 0 and not toks[start].boundary and toks[start - 1].w not in _DE_CLAUSE_OPENERS:
        start -= 1
    if k - start > 4 or toks[k].cap and k != start or k + 1 < len(toks) and toks[k + 1].w == "als":
        return None
    for j in range(k + 1, len(toks)):
        if toks[j].boundary or toks[j].w in _DE_CLAUSE_OPENERS:
            return None
        if j in negs:
            return j
    return None


#: English phrases that negate the word after them without a negator ("far from clean", "anything but cheap")
_EN_PHRASE_NEGATORS = frozenset((("far", "from"), ("anything", "but"), ("nowhere", "near")))


def _phrase_negated(toks: Sequence[Token], k: int) -> bool:
    """Whether English token ``k`` follows a phrase that negates it in the same clause ("far from clean" = dirty,
    "anything but cheap" = expensive, "nowhere near enough"): a direction member there is its other member, as
    after "not"."""
    return k >= 2 and (toks[k - 2].w, toks[k - 1].w) in _EN_PHRASE_NEGATORS and not toks[k - 1].boundary \
        and not toks[k].boundary


#: English adverbs of frequency and degree that close a verb phrase, in the scope of a negator before the verb
_EN_SCOPE_ADVERBS = frozenset("often frequently always much well enough long soon early late easily".split())


#: adverbs of rare frequency, which negate the word they stand before for the direction check ("jarang kosong" =
#: rarely empty = "almost always packed"); the negation check reads them as lexical negatives
_RARELY = {"id": frozenset(("jarang",)), "en": frozenset("rarely seldom hardly barely scarcely".split())}


def _rarely(toks: Sequence[Token], lang: str) -> set[int]:
    """Indices of the adverbs of rare frequency (:data:`_RARELY`) that stand before a word of their clause."""
    words = _RARELY.get(lang, frozenset())
    return {k for k, t in enumerate(toks[:-1]) if t.w in words and not toks[k + 1].boundary}


def _siblings(toks: Sequence[Token], h: _Hit) -> frozenset[tuple[int, str]]:
    """Members of other rows that share the content word of Indonesian hit ``h`` (``menguat``: strong/weak and
    the market's rise/fall; ``lebih kuat`` only the first): either renders it."""
    sib = _lists().siblings
    words = [t.w for t in toks[h.i:h.j]]
    out = sib.get(_content_key(words), frozenset())
    if h.j - h.i == 1:
        for r in toks[h.i].keys:
            out |= sib.get(r, frozenset())
    return out


@dataclass(frozen=True, slots=True)
class DirectionFlip:
    """Side A held ``a_tok`` (row member ``a_side``), side B holds the opposite ``b_tok``."""

    row: int
    src_tok: Token
    tgt_tok: Token
    src_end: int
    tgt_end: int
    src_member: str
    tgt_member: str


def direction_flips(s_toks: Sequence[Token], s_lang: str, t_toks: Sequence[Token], t_lang: str,
                    s_negs: set[int] | None = None, t_negs: set[int] | None = None) -> list[DirectionFlip]:
    """Rows where one side holds member A (not negated) and not B, and the other side B and not A.

    At most one flip per source word and per target word.
    """
    L = _lists()
    # a capitalised word written alike on both sides is copied, a name or a title kept as written ("Breaking
    # Bad" in Indonesian copy): no claim of either language
    s_caps = {t.w for t in s_toks if t.upper}
    t_caps = {t.w for t in t_toks if t.upper}
    s_hits = _main_claims(s_toks, [h for h in _direction_hits(s_toks, s_lang, s_negs or set())
                                   if not (s_toks[h.i].upper and s_toks[h.i].w in t_caps)])
    t_hits = _main_claims(t_toks, [h for h in _direction_hits(t_toks, t_lang, t_negs or set())
                                   if not (t_toks[h.i].upper and t_toks[h.i].w in s_caps)])
    # a word that is a member of several rows is rendered when any of them matches the other side
    # ("grow": tambah and tumbuh; "lost": kalah, rugi and hilang); an Indonesian word also by the members of
    # other rows that share its content word ("bawahnya" by "below")
    s_pairs: dict[tuple[int, str], list[float]] = {}
    t_pairs: dict[tuple[int, str], list[float]] = {}
    for hits, toks, pairs in ((s_hits, s_toks, s_pairs), (t_hits, t_toks, t_pairs)):
        for h in hits:
            pairs.setdefault((h.row, h.side), []).append(h.i / len(toks))
    s_by_tok: dict[int, set[tuple[int, str]]] = {}
    t_by_tok: dict[int, set[tuple[int, str]]] = {}
    for h in s_hits:
        s_by_tok.setdefault(h.i, set()).update({(h.row, h.side)} | (_siblings(s_toks, h) if s_lang == "id" and not h.litotes else set()))
    for h in t_hits:
        t_by_tok.setdefault(h.i, set()).update({(h.row, h.side)} | (_siblings(t_toks, h) if t_lang == "id" and not h.litotes else set()))
    s_all, t_all = s_hits, t_hits
    s_hits = [h for h in s_hits if not _rendered_by(h.i / len(s_toks), s_by_tok[h.i], t_pairs)]
    t_hits = [h for h in t_hits if not _rendered_by(h.i / len(t_toks), t_by_tok[h.i], s_pairs)]
    by_row_s: dict[int, list[_Hit]] = {}
    by_row_t: dict[int, list[_Hit]] = {}
    for h in s_hits:
        by_row_s.setdefault(h.row, []).append(h)
    for h in t_hits:
        by_row_t.setdefault(h.row, []).append(h)
    out: list[DirectionFlip] = []
    used_s: set[int] = set()
    used_t: set[int] = set()
    for row in sorted(set(by_row_s) & set(by_row_t)):
        sh, th = by_row_s[row], by_row_t[row]
        s_sides = {h.side for h in sh}
        t_sides = {h.side for h in th}
        if len(s_sides) != 1 or len(t_sides) != 1 or s_sides == t_sides:
            continue  # both members on a side, or the same member on both: nothing flipped
        s_plain = [h for h in sh if not h.negated]
        t_plain = [h for h in th if not h.negated]
        if not s_plain and not t_plain:
            s_plain, t_plain = sh, th  # "tidak mudah" vs "not difficult": both negated, still opposite
        elif not s_plain or not t_plain:
            continue  # "tidak naik" vs "fell": a negated member is not a direction claim
        # a plain source word before one inside a name (see _name_faces)
        hs, ht = next((h for h in s_plain if not h.in_name), s_plain[0]), t_plain[0]
        if hs.i in used_s or ht.i in used_t:
            continue
        if not _name_faces(hs, ht):
            continue
        if _complement_shares(L.rows[row]) and (_predicate_negated(s_toks, hs, s_negs or set())
                                                 != _predicate_negated(t_toks, ht, t_negs or set())):
            continue  # "Kebanyakan warga tidak berbicara bahasa Inggris" = "Few locals speak English"
        if (_not_all_predicate(s_toks, hs.i, s_negs or set(), s_lang)
                != _not_all_predicate(t_toks, ht.i, t_negs or set(), t_lang)):
            continue  # "Tidak semua anggota aliansi setuju" = "Some members of the alliance oppose": part of them
        if L.rows[row].near and abs(hs.i / len(s_toks) - ht.i / len(t_toks)) > NEAR_SPAN:
            continue  # "vor den Wahllokalen" (in front of) and an "after" elsewhere: two claims
        if t_lang == "en" and t_toks[ht.i].w.startswith(_NEG_PREFIXES) and _affix_negative(t_toks, ht.i) \
                and _clause_negated(s_toks, hs.i, s_negs or set(), NEG_WINDOW + 1) \
                and not _clause_negated(t_toks, ht.i, t_negs or set(), NEG_WINDOW + 1):
            # "lembaga yang tidak mencari keuntungan" = "a non-profit institution": the object of a negated verb
            # (not against "not unacceptable", which negates twice)
            continue
        used_s.add(hs.i)
        used_t.add(ht.i)
        out.append(DirectionFlip(row, s_toks[hs.i], t_toks[ht.i], s_toks[hs.j - 1].end, t_toks[ht.j - 1].end,
                                 hs.side, ht.side))
    out += _partner_flips(s_toks, t_toks, s_hits, t_hits, used_s, used_t, (s_lang, t_lang), (s_negs or set(), t_negs or set()))
    out += _both_members_flips(s_toks, t_toks, s_all, t_all, by_row_s, {f.row for f in out}, used_s, used_t)
    # and the mirror: the target holds both members, the source one of them more often than the target does
    # ("lebih dari $37 miliar ... lebih dari 2,25 miliar" = "less than $37 billion ... more than 2.25 billion");
    # compass rows are left out like converse ones: a place is placed from either end (X north of Y = Y south of X)
    by_row_t = {r: hs for r, hs in by_row_t.items() if not L.rows[r].compass}
    for f in _both_members_flips(t_toks, s_toks, t_all, s_all, by_row_t, {f.row for f in out}, used_t, used_s,
                                 mirror=True):
        out.append(DirectionFlip(f.row, f.tgt_tok, f.src_tok, f.tgt_end, f.src_end, f.tgt_member, f.src_member))
    return out


#: members that compare a figure with an earlier one ("to Rp12,100, down from Rp12,950"): they restate the
#: direction of the sentence's own verb, so they yield to the opposite member when both stand on one side
_FROM_COMPARISONS = frozenset({("up", "from"), ("down", "from")})


def _main_claims(toks: Sequence[Token], hits: list[_Hit]) -> list[_Hit]:
    """A side's ``hits`` without its comparison phrases (``down from``) in a row where the opposite member also
    stands, not negated: "raised the price to X, down from Y" claims a rise (its "down from" renders the source's
    "dari sebelumnya", or contradicts its own verb), so against "menurunkan" it is a flip, not both members."""
    def comparison(h: _Hit) -> bool:
        return tuple(t.w for t in toks[h.i:h.j]) in _FROM_COMPARISONS
    claims = {(h.row, h.side) for h in hits if not h.negated and not comparison(h)}
    return [h for h in hits if not (comparison(h) and (h.row, "b" if h.side == "a" else "a") in claims)]


def _clause_negated(toks: Sequence[Token], k: int, negs: Collection[int], span: int) -> bool:
    """Whether a counted negator stands at most ``span`` words before token ``k`` in its clause: the negator of the
    verb whose object ``k`` is ("tidak mencari keuntungan", "tidak berorientasi pada laba"), or of the verb phrase
    an adverb closes ("doesn't come by often")."""
    for n in range(k - 1, max(-1, k - span - 1), -1):
        if toks[n + 1].boundary or toks[n + 1].w in _CLAUSE_JOINERS:
            return False
        if n in negs:
            return True
    return False


def _complement_shares(row: _Row) -> bool:
    """Whether a row pairs a majority with a minority (mayoritas / minoritas, most / few): shares that are each
    other's complement, so a majority whose predicate is negated is the minority of the other side ("most do
    not speak" = "few speak")."""
    return ("majority",) in row.en_a and ("minority",) in row.en_b


def _predicate_negated(toks: Sequence[Token], hit: _Hit, negs: Collection[int]) -> bool:
    """Whether a negator follows member ``hit`` within its clause (no punctuation or clause joiner between): the
    predicate of the share it names is negated."""
    for n in range(hit.j, min(len(toks), hit.j + 8)):
        if toks[n].boundary or toks[n].w in _CLAUSE_JOINERS:
            return False
        if n in negs:
            return True
    return False


def _rendered_by(at: float, members: Collection[tuple[int, str]], other: Mapping[tuple[int, str], list[float]]) -> bool:
    """Whether a word at ``at`` (share of its sentence) holding ``members`` is rendered by the other side's
    members (``other``: member -> their places). A member of a ``near`` row renders only at about the same place,
    as it flips only there: "pertemuan sebelumnya" (the previous meeting) early in a sentence is no rendering of
    an adverb "before" far from it."""
    rows = _lists().rows
    return any(m in other and (not rows[m[0]].near or any(abs(at - p) <= NEAR_SPAN for p in other[m]))
               for m in members)


def _name_faces(src: _Hit, tgt: _Hit) -> bool:
    """Whether source member ``src`` may flip against target member ``tgt``: a source word inside a name faces
    only a target word inside a name. A source name is kept, glossed or named otherwise ("Polrestabes", for
    "Kepolisian Resor Kota Besar", against "a minor"); an English name holding the opposite of a plain source
    word renders it ("Worst Actor" for "Aktor ... terbaik")."""
    return not src.in_name or tgt.in_name


def _partner_flips(s_toks: Sequence[Token], t_toks: Sequence[Token], s_hits: Sequence[_Hit], t_hits: Sequence[_Hit],
                   used_s: set[int], used_t: set[int], langs: tuple[str, str] = ("id", "en"),
                   negs: tuple[Collection[int], Collection[int]] = ((), ())) -> list[DirectionFlip]:
    """Flips across two rows: a target word, the head word (the first) of its member and unrendered, whose
    opposite's head word is among the English words of an unrendered source word of another row
    ("kehilangan rumah" = lost their homes, of the row found/missing, against "won their homes", the head of
    win/lose; "menewaskan" = killed, of survive/kill, against "injured", the head of injure/kill). Head words
    only: a word listed as a looser sense of another row ("improve" among rise/increase, "more" among
    increase/decrease) would chain unrelated pairs. Compass and ``near`` rows are left out (a place or a
    preposition). Both words must stand alike under a negated "all" (:func:`_not_all_predicate`, read with the
    negators ``negs`` of each side, as :func:`direction_flips` reads it)."""
    rows = _lists().rows
    out: list[DirectionFlip] = []
    for ht in t_hits:
        rt = rows[ht.row]
        if ht.negated or ht.i in used_t or rt.compass or rt.near:
            continue
        opposite = getattr(rt, "en_" + ("b" if ht.side == "a" else "a"))[:1]
        head = getattr(rt, "en_" + ht.side)[:1]
        if not head or tuple(_en_also().get(w, w) for w in (_key_of(t, "en") for t in t_toks[ht.i:ht.j])) != head[0]:
            continue
        for hs in s_hits:
            rs = rows[hs.row]
            if hs.negated or hs.i in used_s or hs.row == ht.row or rs.compass or rs.near or not _name_faces(hs, ht) or (
                    bool(rs.id_a or rs.id_b) != bool(rt.id_a or rt.id_b)):
                continue  # (a profile's row and an Indonesian row: English read against two tables)
            if opposite and opposite[0] in getattr(rs, "en_" + hs.side) and (
                    _not_all_predicate(s_toks, hs.i, negs[0], langs[0]) == _not_all_predicate(t_toks, ht.i, negs[1], langs[1])):
                used_s.add(hs.i)
                used_t.add(ht.i)
                out.append(DirectionFlip(ht.row, s_toks[hs.i], t_toks[ht.i], s_toks[hs.j - 1].end,
                                         t_toks[ht.j - 1].end, "b" if ht.side == "a" else "a", ht.side))
                break
    return out


def _both_members_flips(s_toks: Sequence[Token], t_toks: Sequence[Token], s_all: Sequence[_Hit], t_all: Sequence[_Hit],
                        unrendered: Mapping[int, list[_Hit]], done: set[int], used_s: set[int],
                        used_t: set[int], mirror: bool = False) -> list[DirectionFlip]:
    """Rows where the source holds both members and the target only one, more often than the source: the
    source's other member became it ("membebaskan dua tahanan ... masa penahanan" = "freed ... detention";
    "re-arrested ... detention" leaves the release out and arrests twice). Converse rows are left out (their
    arguments swap). ``mirror``: the sides are swapped (``s_toks`` is the target), for :func:`_name_faces`."""
    rows = _lists().rows
    out: list[DirectionFlip] = []
    for row, sh in unrendered.items():
        if row in done or rows[row].conv or rows[row].near:
            continue
        s_row = [h for h in s_all if h.row == row and not h.negated]
        t_row = [h for h in t_all if h.row == row]
        t_sides = {h.side for h in t_row}
        if len({h.side for h in s_row}) != 2 or len(t_sides) != 1 or any(h.negated for h in t_row):
            continue
        side = next(iter(t_sides))
        if len({h.i for h in t_row}) <= len({h.i for h in s_row if h.side == side}):
            continue
        hs = next((h for h in sh if h.side != side and not h.negated and h.i not in used_s), None)
        if hs is None:
            continue
        rel = hs.i / max(len(s_toks), 1)
        ht = min((h for h in t_row if h.i not in used_t), key=lambda h: abs(h.i / max(len(t_toks), 1) - rel), default=None)
        if ht is None or not (_name_faces(ht, hs) if mirror else _name_faces(hs, ht)):
            continue
        used_s.add(hs.i)
        used_t.add(ht.i)
        out.append(DirectionFlip(row, s_toks[hs.i], t_toks[ht.i], s_toks[hs.j - 1].end, t_toks[ht.j - 1].end,
                                 hs.side, ht.side))
    return out


# --- negation -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Neg:
    """Counted negators of a side: token indices of hard and soft ones, and how many double negations
    (``tidak mustahil``, ``bukan tidak mungkin``) it holds, which count as none."""

    hard: list[int]
    soft: list[int]
    doubles: int = 0

    @property
    def total(self) -> int:
        return len(self.hard) + len(self.soft)


def _idiom_tokens(toks: Sequence[Token], lang: str, literal: bool = False) -> set[int]:
    """Indices of tokens inside a negation idiom (``tidak hanya``, ``no doubt``); ``literal``: only inside one that a
    word for word rendering keeps negated ("literal" rows)."""
    idioms = (_lists().literal if literal else _lists().idioms).get(lang, ())
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for p in idioms:
        by_first.setdefault(p[0].lstrip("~"), []).append(p)
    out: set[int] = set()
    words = [t.w for t in toks]
    for k, w in enumerate(words):
        for p in by_first.get(w, ()):
            if p[0][0] == "~":
                # "thousands if not millions": the idiom holds only inside a clause; "If not repaired, ..." and
                # "Jika tidak diperbaiki, ..." open a clause and negate it. A whole clause of its own ("Kalau
                # tidak, ..." / "If not, ...") is "otherwise".
                n = len(p)
                alone = k + n >= len(toks) or toks[k + n].boundary
                if (not toks[k].boundary or alone) and tuple(words[k + 1:k + n]) == p[1:]:
                    out.update(range(k, k + n))
            elif p[-1] == "$":
                # "ob sie Mitglieder sind oder nicht.": the idiom holds only at the end of a clause
                n = len(p) - 1
                if tuple(words[k:k + n]) == p[:-1] and (k + n >= len(toks) or toks[k + n].boundary):
                    out.update(range(k, k + n))
            elif p[-1] == "_":
                # "tidak kalah penting": the idiom holds only with a word of the same clause after it
                n = len(p) - 1
                if tuple(words[k:k + n]) == p[:-1] and k + n < len(toks) and not toks[k + n].boundary:
                    out.update(range(k, k + n))
            elif tuple(words[k:k + len(p)]) == p and not (
                    k + len(p) < len(toks) and words[k + len(p)] == "pun" and not toks[k + len(p)].boundary):
                # "tak sedikit pun bantuan" = "not a single bit of aid": "pun" after the idiom's word makes the
                # emphatic negation "not even (one) X" (tak seorang pun, tidak satu pun), no litotes
                out.update(range(k, k + len(p)))
    return out if literal else out | _bounded_comparative(toks, lang)


#: words after which a comparative with "dari"/"than" is a bound ("tidak lebih lambat dari" = "no later than")
_BOUND_NEGATORS = {"id": frozenset(("tidak", "tak")), "en": frozenset(("no",))}


def _bounded_comparative(toks: Sequence[Token], lang: str) -> set[int]:
    """A negated comparative with its standard: "tidak lebih lambat dari Jumat", "no later than Friday", "no
    bigger than a coin": a bound (at the latest, at most), which the other language writes with or without a
    negator ("paling lambat", "selambat-lambatnya"); the idiom lists hold the commonest ("tidak lebih dari",
    "no more than"), this reads any comparative word between."""
    negs = _BOUND_NEGATORS.get(lang)
    out: set[int] = set()
    if not negs:
        return out
    for k in range(len(toks) - 2):
        if toks[k].w not in negs or any(toks[j].boundary for j in range(k + 1, min(k + 4, len(toks)))):
            continue
        words = [t.w for t in toks[k + 1:k + 4]]
        if lang == "id" and words[0] == "lebih" and words[2:3] in (["dari"], ["daripada"]):
            out.update(range(k, k + 4))
        elif lang == "en" and words[1] == "than" and (words[0].endswith("er") or words[0] in ("less", "fewer", "worse")):
            out.update(range(k, k + 3))  # "no later than", "no bigger than"
        elif lang == "en" and words[0] in ("more", "less") and words[2:3] == ["than"]:
            out.update(range(k, k + 4))  # "no more effective than"
    return out


#: English modals of ability before a negator ("can't", "cannot", "couldn't")
_EN_CAN = frozenset(("can", "ca", "could"))
#: words in -er after "couldn't be" that are no comparative raised to a superlative ("couldn't be happier" = sangat
#: bahagia): "further"/"farther" ("couldn't be further from the truth" = "sama sekali tidak benar" keeps its
#: negation), times ("couldn't be later"), nouns and adverbs; a comparative before "than" is a bound, negated too
_EN_NOT_COMPARATIVE = frozenset("""further farther later earlier sooner number member together other another over
under after never ever either neither whether rather whatever wherever however""".split())
#: verbs of "can't thank/stress/recommend ... enough" (= sangat berterima kasih, menekankan betul), and "can't get
#: enough of" (= ketagihan): praise whose negator negates nothing
_EN_ENOUGH_VERBS = frozenset("thank stress emphasise emphasize praise recommend say overstate get".split())


#: Indonesian comparative words: a side that holds one renders a comparative as such ("bisa lebih besar" = "could be
#: greater"), so an English "couldn't be greater" against it is a negated comparative, no intensifier
_ID_COMPARATIVE = frozenset("lebih makin semakin kian".split())


def _intensifying_modal(toks: Sequence[Token], k: int) -> bool:
    """Whether English negator ``k`` of "can't"/"couldn't" only intensifies a positive claim, which Indonesian
    renders with a degree word and no negator: "couldn't be happier/better/prouder" (sangat bahagia, sempurna),
    "couldn't agree more" (sangat setuju), "can't thank you enough" (sangat berterima kasih). A comparative after
    "be" (an -er form, or "more"/"any more" + adjective) raises to a superlative; "more" right after "agree", and
    "enough" closing the clause of a verb of praise (or before its "for"/"about": "can't thank you enough for"),
    do the same. Such a negator is read as rendered (:func:`_guarded`) unless the Indonesian side holds a
    comparative word (``lebih``, ``semakin``): "bisa lebih besar" against "could not be greater" is a flip. Plain "can't wait"/"can't compete" stay negators:
    their renderings are looked up as guards (``negation.tsv``), so "tidak sabar" still matches them."""
    if k < 1 or toks[k].w not in ("n't", "not") or toks[k - 1].w not in _EN_CAN:
        return False
    nxt = list(toks[k + 1:k + 11])
    if len(nxt) >= 2 and nxt[0].w == "be" and not nxt[1].boundary:
        c = nxt[1].w
        if c in ("more", "any") and len(nxt) >= 3 and not nxt[2].boundary and nxt[2].w != "than":
            return True
        bound = len(nxt) >= 3 and nxt[2].w == "than" and not nxt[2].boundary
        if not bound and c not in _EN_NOT_COMPARATIVE and (c in ("better", "worse") or len(c) > 5 and c.endswith("er")):
            return True
    if len(nxt) >= 2 and nxt[0].w == "agree" and nxt[1].w == "more":
        return True
    verb = next(iter(nxt[0].keys), "") if nxt else ""
    if verb in _EN_ENOUGH_VERBS:
        for j in range(1, len(nxt)):
            if nxt[j].boundary:
                break
            if nxt[j].w == "enough":
                after = nxt[j + 1] if j + 1 < len(nxt) else None
                if verb == "get":
                    return after is not None and after.w == "of" and not after.boundary
                return after is None or after.boundary or after.w in _CONJUNCTIONS or after.w in ("for", "about")
    return False


#: Indonesian "absen" is attendance itself, no absence, next to a word of clocking in or out ("absen masuk",
#: "absen telat" = clocked in late, "absen online") or after a word of its record ("daftar absen", "mesin absen",
#: "mengisi absen"); elsewhere it is a negator of its own meaning ("absen dalam laga" = missed the match)
_ABSEN_CLOCK = frozenset("""masuk pulang pagi siang sore malam telat terlambat online daring digital elektronik
manual sidik wajah harian kehadiran kerja kantor lewat jam pukul""".split())
_ABSEN_RECORD = frozenset("""daftar isi mengisi diisi mesin sistem aplikasi lembar buku jam data rekap rekapitulasi
tanda alat fitur""".split())


def _attendance_absen(toks: Sequence[Token], k: int) -> bool:
    """Whether Indonesian ``absen`` at ``k`` names attendance (clocking in, the attendance list), not absence."""
    if toks[k].w != "absen":
        return False
    after = k + 1 < len(toks) and not toks[k + 1].boundary and toks[k + 1].w in _ABSEN_CLOCK
    before = k >= 1 and not toks[k].boundary and toks[k - 1].w in _ABSEN_RECORD
    return after or before


#: "without" and Indonesian "tanpa" with its clitics (``tanpanya`` = without it)
_WITHOUT = frozenset(("tanpa", "tanpanya", "tanpamu", "tanpaku", "without"))
#: words that join two claims: a negator on each side of one negates both ("tidak X dan tidak Y"), none cancels
_CONJUNCTIONS = frozenset("dan atau serta maupun tetapi tapi namun and or but nor".split())
#: subordinating conjunctions: a negator on each side of one negates two clauses ("tidak enak karena tidak digoreng
#: garing"), no double negation
_SUBORDINATORS = frozenset("""karena sebab jika kalau bila apabila ketika saat sehingga agar supaya meski meskipun walau
walaupun because since if when while although though unless""".split())
#: words that open a new clause: "not ... until" reads as "only then" inside one clause, not across "had not been
#: restored and restoration continues till today"
_CLAUSE_JOINERS = frozenset("dan tetapi tapi namun sedangkan sementara and but while whereas".split())
#: English pronouns of a tag question ("isn't it?", "don't you?")
_EN_TAG_PRONOUNS = frozenset("it i you he she we they there that this".split())


def _question_former(toks: Sequence[Token], k: int, lang: str) -> bool:
    """Whether negator ``k`` of a question forms the question rather than negating a claim: Indonesian
    ``bukankah``/``tidakkah`` or a tag at its end (``..., bukan?``), English inversion at its start ("Isn't
    it ...?", "Don't you ...?") or a tag ("..., isn't it?", "..., no?")."""
    last = k + 1 >= len(toks) or not toks[k + 1].question or toks[k + 1].upper and not toks[k + 1].cap
    if lang != "en":
        return toks[k].w.endswith("kah") or last
    if last:
        return True
    tag = k + 1 < len(toks) and toks[k + 1].w in _EN_TAG_PRONOUNS and (
        k + 2 >= len(toks) or not toks[k + 2].question or toks[k + 2].upper and not toks[k + 2].cap)
    opener = toks[k].w == "n't" and k >= 1 and (k == 1 or toks[k - 1].boundary or not toks[k - 2].question)
    return tag or opener


def _negators(toks: Sequence[Token], lang: str, questions: bool = False, formers: bool = False,
              until: bool = True) -> _Neg:
    """Hard and soft negators of a side, idioms, questions and cancelling pairs left out.

    :param questions: count the negators of questions too, those that form the question aside (see
        :func:`_question_former`): for a side that asks what the other side states ("they're not
        separate?" for "tidak terpisah.").
    :param formers: with ``questions``, count those that form the question too: for two sides that both ask,
        where one language forms with a negator what the other does too, though in another place
        ("Bukankah itu lebih kuat?" = "And isn't that stronger?", "Mengapa kita tidak ...?" = "Why don't we?").
    :param until: leave out a negator before "until" ("not ... until" reads "only then"); without, it is
        kept, as for a word it negates ("tidak diizinkan ... sampai" is still "barred ... until").
    """
    L = _lists()
    hard, soft = L.hard.get(lang, frozenset()), L.soft.get(lang, frozenset())
    hardverb = L.hardverb.get(lang, _NO_HARDVERB)[0]
    skip = _idiom_tokens(toks, lang)
    h: list[int] = []
    s: list[int] = []
    for k, t in enumerate(toks):
        if k in skip or t.question and (not questions or not formers and _question_former(toks, k, lang)):
            continue
        w = t.w
        if lang == "en":
            if w == "yet":
                # "has yet to" / "is yet to" only
                if not (k >= 1 and toks[k - 1].w in ("has", "have", "had", "is", "are", "was", "were")
                        and k + 1 < len(toks) and toks[k + 1].w == "to"):
                    continue
            if w == "nor" and h:
                continue  # "neither ... nor", "didn't have corn, nor tomatoes": one negation
            if w == "no" and t.boundary and k + 1 < len(toks) and toks[k + 1].w in ("not", "never") and not toks[k + 1].boundary:
                continue  # "No not Louis Farrakhan": an interjection before the negation, not a second one
            lemma = next(iter(t.keys))
            if until and w in hard and w not in ("nor", "yet") and _until_follows(toks, k, _UNTIL_EN):
                continue  # "did not start until 20:30" = "baru dimulai pukul 20.30"
            if lemma == "fail" and not (k + 1 < len(toks) and toks[k + 1].w == "to"):
                s.append(k)  # "one of its engines failing", "the brakes failed" (mati, blong): a breakdown
                continue  # worded without a negator, as "failure" is; only "fail to" negates its verb
            if w in hard or lemma in hard:
                h.append(k)
                continue
            if lemma in soft and (lemma != "decline" or (k + 1 < len(toks) and toks[k + 1].w == "to")):
                s.append(k)
        else:
            if lang not in ("id", "en") and w == "nicht" and h and k and toks[k - 1].w == "auch":
                continue  # "nie ... auch nicht bei": the negation goes on (English "nor", "including")
            if until and lang == "id" and w in ("tidak", "tak") and _id_until_after(toks, k):
                continue  # "tidak mau pergi sampai ..." = "did not want to go until": as English "not ... until"
                # ("tidak naik hingga akhir tahun": "hingga" is the same word)
                # ("tidak sampai ke pasien" = "not getting to patients": "sampai" right after it is the verb)
            if lang == "id" and _attendance_absen(toks, k):
                continue  # "absen telat" = clocked in late
            if w in hard or w in hardverb and _before_verb(toks, k, lang):
                h.append(k)
            elif w in soft or w in L.softverb.get(lang, ()) and _reluctant(toks, k, lang):
                s.append(k)
    # two negators close together in a clause cancel (bukan tidak, not impossible is handled as lexical)
    cancel: set[int] = set()
    # German only when adjacent ("nicht ohne", "nicht nie"): "ohne die Untersuchung nicht" negates twice
    span = 3 if lang in ("id", "en") else 1
    for a, b in zip(h, h[1:]):
        if toks[a].w in _WITHOUT and b - a > 1:
            continue  # "tanpa kemampuan ini tidak ada sulap" = "without this ability there is no magic": two negations
        if toks[b].w in _WITHOUT and b - a > 1:
            continue  # "cannot burn it without causing": two negations (only "not without" side by side is litotes)
        if _no_one_who_not(toks, a, b):
            cancel.update((a, b))
            continue
        if any(toks[j].w in _CONJUNCTIONS or toks[j].w in _SUBORDINATORS for j in range(a + 1, b)):
            continue  # "tidak komunikatif dan tidak bisa" = "not ... and couldn't": two negated claims; so are
            # "tidak enak karena tidak digoreng" = "wasn't good because it wasn't fried": a clause of its own
        if b - a <= span and not any(toks[j].boundary for j in range(a + 1, b + 1)):
            cancel.update((a, b))
    # litotes idioms of two negators ("bukan tidak mungkin") are double negations too
    idiom_doubles = sum(1 for k in skip if toks[k].w in hard and k + 1 in skip and toks[k + 1].w in hard)
    # a profile's verbs of a negative meaning ("sagte ... ab" = cancelled) count as negators of their own, never
    # cancelled by a negator beside them here: whether "nicht ausgeschlossen" is "not ruled out" or "possible"
    # depends on the other side (see _hard_lexical_guarded)
    lex = [k for k in _hard_lexical(toks, lang) if k not in skip] if lang not in ("id", "en") else []
    return _Neg(sorted({k for k in h if k not in cancel} | set(lex)), [k for k in s if k not in cancel],
                len(cancel) // 2 + idiom_doubles)


def _hard_lexical_verbs(toks: Sequence[Token], lang: str) -> set[int]:
    """Token indices of the finite verbs whose particle :func:`_hard_lexical` found ("blieben" of "blieben ...
    fern")."""
    lex = _hard_lexical(toks, lang)
    split = _hard_lexical_table(lang)[2]
    out: set[int] = set()
    for k in lex:
        j = k - 1
        while j >= 0 and not toks[j].boundary and toks[j].w not in split:
            j -= 1
        if j >= 0 and toks[j].w in split:
            out.add(j)
    return out


def _hard_lexical(toks: Sequence[Token], lang: str) -> dict[int, tuple[str, ...]]:
    """Token index -> English lemmas that render it, for the verbs of a negative meaning of a profile language
    (its ``hardlex`` rows: "abgesagt", "verweigerte", "sagte ... ab", "schloss ... aus"). A verb with its
    separable particle is found where the particle closes the verb's clause (the index is the particle's: "nicht
    aus" then stands side by side), or as one listed word."""
    single, prefixes, split = _hard_lexical_table(lang)
    if not (single or prefixes or split):
        return {}
    out: dict[int, tuple[str, ...]] = {}
    n = len(toks)
    for k, t in enumerate(toks):
        if t.w in split:
            last = k + 1
            while last < n and not toks[last].boundary and toks[last].w not in _DE_CLAUSE_OPENERS:
                last += 1
            last -= 1
            for particle, ens in split[t.w]:
                if last > k and toks[last].w == particle:  # "schloss aus, dass ...": the particle right after it
                    out.setdefault(last, ens)
        lemmas = single.get(t.w) or next((ls for p, ls in prefixes if t.w.startswith(p)), None)
        if lemmas is not None:
            out.setdefault(k, lemmas)
    return out


@functools.cache
def _hard_lexical_table(lang: str) -> tuple[dict[str, tuple[str, ...]], tuple[tuple[str, tuple[str, ...]], ...],
                                            dict[str, list[tuple[str, tuple[str, ...]]]]]:
    """A profile's ``hardlex`` rows as look-ups: word -> lemmas, (prefix, lemmas), verb -> [(particle, lemmas)]."""
    single: dict[str, tuple[str, ...]] = {}
    prefixes: list[tuple[str, tuple[str, ...]]] = []
    split: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for words, lemmas in get_profile(lang).hard_lexical:
        for w in words:
            verb, _, particle = w.partition(" ")
            if particle:
                split.setdefault(verb, []).append((particle, lemmas))
            elif w.endswith("*"):
                prefixes.append((w[:-1], lemmas))
            else:
                single.setdefault(w, lemmas)
    return single, tuple(prefixes), split


def _hard_lexical_guarded(toks: Sequence[Token], lang: str, negs: Collection[int], other: Sequence[Token],
                          where: dict[int, int]) -> set[int]:
    """Negators of a profile language that the English renders without a counted negator of its own: a verb of a
    negative meaning (:func:`_hard_lexical`) whose English lemma stands anywhere in the English, negated or not
    ("sagte ... ab" = "called off", "nicht ausschließen" = "not rule out": the "not" renders the "nicht"); and a
    negator right before such a verb the English does not render, or before a negative un- word, where the
    English holds no negator before a negative word of its own: a litotes ("nicht unwahrscheinlich" = "likely"), and
    for a verb where it holds no negator at all ("nicht ausgeschlossen" = "possible"), both words then dropped as a
    double negation."""
    lex = _hard_lexical(toks, lang)
    out: set[int] = set()
    hard = _lists().hard.get(lang, frozenset())
    words = [t.w for t in other]
    for k, lemmas in lex.items():
        if k not in negs:
            continue
        for lemma in lemmas:
            first, *rest = lemma.split()
            forms = _en_forms(first, degrees=False)
            at = next((j for j, w in enumerate(words) if w in forms and (not rest or any(
                words[j + 1 + g:j + 1 + g + len(rest)] == rest for g in range(3)))), None)
            if at is not None:
                out.add(k)
                where[k] = at
                break
    en_hard = _lists().hard.get("en", frozenset())
    en_negated = any(t.w in en_hard for t in other)
    # the English keeps the litotes ("not unlikely") or states the negative word plainly ("unlikely": a flip)
    en_litotes = any(t.w in en_hard and _negates_negative(other, j, "en")
                     or _affix_negative(other, j) for j, t in enumerate(other))
    # a negated verb of a negative meaning where the English negates one too ("verweigerten die Behandlung nicht"
    # = "did not refuse treatment", which the English count reads as a double negation)
    if lex and _negators(other, "en").doubles:
        for k in [k for k in lex if k in negs and k not in out]:
            j = next((j for j in _clause_of(toks, k) if j in negs and j not in out and j not in lex and toks[j].w in hard), None)
            if j is not None:
                out.update((j, k))
                where[j] = where[k] = 0
    for k in negs:
        if k in out or toks[k].w not in hard or k + 1 >= len(toks) or k + 1 not in negs and not _un_word(toks[k + 1].w, lang):
            continue
        if k + 1 in negs and k + 1 not in out and k + 1 in lex and not en_negated:
            out.update((k, k + 1))  # "nicht ausgeschlossen" = "possible": a double negation
            where[k] = where[k + 1] = 0
        elif _un_word(toks[k + 1].w, lang) and not en_litotes:
            out.add(k)  # "nicht unwahrscheinlich" = "likely"
            where[k] = 0
    return out


def _unlisted_hard_lexical(toks: Sequence[Token], lang: str) -> int:
    """How many verbs of a negative meaning (:func:`_hard_lexical`) a side of a profile language holds that its
    lexical negatives do not count already ("verweigerte" is both; the particle of "sagte ... ab" only this)."""
    if lang in ("id", "en"):
        return 0
    listed = _listed_lexical(toks, lang)
    return sum(1 for k in _hard_lexical(toks, lang) if not listed[k])


def _un_word(w: str, lang: str) -> bool:
    """Whether German word ``w`` is a negative un- word ("unwahrscheinlich", "unproblematisch"), by the profile's
    un- patterns of lexical negatives (``unb*``, ``unw*``: "und", "uns", "unter" stay out)."""
    return w.startswith("un") and any(p.endswith("*") and p.startswith("un") and w.startswith(p[:-1])
                                      for p in get_profile(lang).lexical_negatives)


#: what a negator of existence opens: "tidak ada (warga)", "tak seorang pun", "tidak satu pun"
_ID_NONE_HEADS = frozenset("ada seorang seorangpun satu satupun sebuah".split())
_EN_NONE = frozenset("no none nobody nothing no-one noone".split())
#: the relative word after which a negator negates the one the negated existence names
_WHO = {"id": frozenset(("yang",)), "en": frozenset(("who", "which", "whose"))}  # "that" also opens a complement
#: how many words may stand between "tidak ada" and the relative clause's negator ("tidak ada satu pun warga yang
#: tidak")
_NONE_SPAN = 8


def _no_one_who_not(toks: Sequence[Token], a: int, b: int) -> bool:
    """Whether negators ``a`` and ``b`` are a negated existence and the negator of its relative clause: "tidak ada
    warga yang tidak menerima bantuan" = "every resident received aid", "there is no one who does not know him" =
    "everyone knows him". The two negations cancel into "all", which a translation writes with no negator (the
    clause's own negators stand farther apart than two that cancel side by side, and "yang"/"who" is no
    conjunction)."""
    if not 0 < b - a <= _NONE_SPAN or any(toks[j].boundary for j in range(a + 1, b + 1)):
        return False
    head = toks[a].w in _EN_NONE or toks[a].w == "tiada" or a + 1 < b and toks[a + 1].w in _ID_NONE_HEADS
    return head and any(toks[j].w in _WHO["id"] | _WHO["en"] for j in range(a + 1, b)) and not any(
        toks[j].w in _CONJUNCTIONS or toks[j].w in _SUBORDINATORS for j in range(a + 1, b))


#: a language without a ``hardverb`` row: no such negators, no bare verbs
_NO_HARDVERB: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
#: Indonesian words that look prefixed (me-, ber-, di-) but are no verbs (menolak mereka, menolak berkas perkara)
_ID_NOT_VERB = frozenset("""mereka menteri media merek metode mentah-mentah mentah-mentahnya dia diri dirinya dinas direksi
direktur diskusi dialog berita beras besar berkas bersama bermacam berbagai""".split())


#: Indonesian words that may stand between a word of reluctance and its verb (``males banget keluar``)
_ID_DEGREE = frozenset("untuk buat banget sekali sangat amat sih deh juga jadi".split())


#: Indonesian personal pronouns, formal and informal, after which a word of reluctance is a predicate ("aku males")
_ID_SUBJECTS = frozenset("saya aku gue gua gw kami kita dia ia mereka kamu anda lu lo".split())


def _reluctant(toks: Sequence[Token], k: int, lang: str) -> bool:
    """Whether a word of reluctance (``softverb`` row) is a predicate: before a verb of its clause (degree words
    passed over), or opening its clause or after a pronoun with a word after it (``Males antri lama`` = "didn't
    feel like queuing", ``aku males masak``; chat verbs come without their prefix); after a noun it is an
    adjective (``karyawan malas`` = a lazy employee)."""
    if _before_verb(toks, k, lang, _ID_DEGREE):
        return True
    opens = k == 0 or toks[k].boundary or toks[k - 1].w in _ID_SUBJECTS
    if k > 0 and _reluctant_clause_end(toks, k):
        return True
    return opens and k + 1 < len(toks) and not toks[k + 1].boundary and not toks[k + 1].cap


#: Indonesian chat particles and degree words that may close a clause after its predicate ("lagi males ah")
_ID_CLOSING = _ID_DEGREE | frozenset("ah aja dong kok nih tuh lho loh kan bgt bener".split())


def _reluctant_clause_end(toks: Sequence[Token], k: int) -> bool:
    """Whether a word of reluctance ends its clause after a word of its own (particles and degree words
    passed over): a predicate whose verb is left out, as chat writes it ("ojol pada males" = "the drivers can't
    be bothered", "warga udah pada malas", "lagi males ah" = "I'm not feeling it"), which English renders with
    a negator. An adjective before its noun stands inside a clause ("malas" before a noun is no clause end)."""
    for j in range(k + 1, len(toks)):
        if toks[j].boundary:
            return True
        if toks[j].w not in _ID_CLOSING:
            return False
    return True


def _before_verb(toks: Sequence[Token], k: int, lang: str, skip: Collection[str] = ("untuk",)) -> bool:
    """Whether a verb follows negator ``k`` in its clause (``skip`` words passed over, ``untuk`` unless told): a
    me-/ber-/di- form or a bare verb of the ``hardverb`` row (``menolak hadir``, ``menolak untuk berkomentar``;
    not ``menolak usulan``)."""
    bare = _lists().hardverb.get(lang, _NO_HARDVERB)[1]
    for j in range(k + 1, min(k + 3, len(toks))):
        t = toks[j]
        if t.boundary or t.cap:
            return False
        if t.w in skip:
            continue
        return t.w in bare or (t.w.startswith(("me", "ber", "di")) and len(t.w) >= 5 and t.w not in _ID_NOT_VERB)
    return False


#: Indonesian words between a negator and the word it negates (``tidak akan pernah``, ``belum juga``, ``gak pake lama``,
#: ``tidak secara langsung`` = indirectly); the modals of ability ``mampu``, ``sanggup`` as ``bisa``, ``dapat`` (``tidak mampu membayar`` =
#: defaulted: the negated verb is "membayar")
_ID_AUX = frozenset("akan bakal bakalan bisa dapat mampu sanggup pernah mau ingin boleh perlu harus lagi juga terlalu begitu sama pula kunjung "
                    "sempat sedang terlalu cukup benar-benar sepenuhnya lah ada pakai pake mengalami secara".split())


def _negated_words(toks: Sequence[Token], k: int, lang: str) -> list[Token]:
    """The word(s) negator ``k`` negates: the next word, and the one after it when the next is an auxiliary."""
    out: list[Token] = []
    aux = _ID_AUX if lang == "id" else _EN_AUX
    for j in range(k + 1, min(k + 1 + NEG_WINDOW, len(toks))):
        if toks[j].boundary:
            break
        out.append(toks[j])
        if toks[j].w not in aux and next(iter(toks[j].keys), "") not in aux:
            break
    return out


def _id_until_after(toks: Sequence[Token], k: int) -> bool:
    """Whether "sampai"/"hingga" (until) follows Indonesian negator ``k`` in its clause, as English "not ... until".

    Not right after it ("tidak sampai ke pasien" = not getting to patients), not before "kini"/"sekarang" (to this
    day) and not before "ke"/"di", where "sampai" is the verb "reach" ("tak sedikit pun bantuan sampai ke desa"), nor past a word of sufficiency
    ("tidak cukup hingga Maret" = not enough to last until March), nor after "tak kunjung" (never came)."""
    if k + 1 < len(toks) and toks[k + 1].w in _UNTIL_ID:
        return False
    if k + 1 < len(toks) and toks[k + 1].w == "kunjung":
        # "tak kunjung" = "never came" ("kunjung", at last, stands only negated): "tak kunjung mendakwa hingga
        # tenggat berakhir" had not charged by the deadline, a negation that holds, no "only then"
        return False
    return _until_follows(toks, k, _UNTIL_ID, lambda j: not (j + 1 < len(toks) and toks[j + 1].w in _NOW_ID | _REACH_AT))


def _until_follows(toks: Sequence[Token], k: int, until: Collection[str],
                   keep: Callable[[int], bool] = lambda j: True) -> bool:
    """Whether a word of ``until`` (that ``keep`` accepts) follows negator ``k`` within six words of its clause,
    with no word of sufficiency before it ("not enough to last until March" / "tidak cukup hingga Maret" negates
    the sufficiency, not the time)."""
    for j in range(k + 1, min(k + 7, len(toks))):
        if toks[j].boundary or toks[j].w in _CLAUSE_JOINERS or toks[j].w in _SUFFICIENT:
            return False
        if toks[j].w in until and keep(j):
            return True
    return False


def _not_until(toks: Sequence[Token], k: int, other: Sequence[Token]) -> int | None:
    """The English negator that Indonesian negator ``k`` before "sampai"/"hingga" renders as "not ... until".

    The count leaves out a "tidak" and an English "not" before "until" (they read "only then", see
    :func:`_negators`), but not "menolak", "enggan", "belum" before "sampai": "menolak memberikan rincian sampai
    sidang berikutnya" = "would not give details until the next hearing". Only a negator that the English count
    left out for its "until" renders it, so "menolak ... sampai" against "gave details until" stays a dropped negation.
    """
    if _id_until_after(toks, k):
        left_out = set(_negators(other, "en", until=False).hard) - set(_negators(other, "en").hard)
        return min(left_out) if left_out else None
    return None


def _guarded(toks: Sequence[Token], lang: str, negs: Sequence[int], other: Sequence[Token], other_lang: str,
             other_text: str, where: dict[int, int] | None = None) -> set[int]:
    """Negators of ``toks`` rendered by one word on the other side (``tidak ramah`` = hostile).

    :param where: filled with the other side's token index of the word that renders each guarded negator.
    """
    L = _lists()
    out: set[int] = set()
    where = {} if where is None else where
    if lang == "id" and other_lang == "en":
        # hyphens read as spaces, as in the guard's keys ("a no-show" holds "no show")
        other_words = " " + " ".join(next(iter(t.keys)).rstrip("-") for t in other) + " "
        # English that the Indonesian copy keeps as is renders nothing of its own ("gak nyesel, worth it banget"
        # holds the "worth" a translation keeps), unless it is the word looked up (``abstain``)
        own_words = " " + " ".join(t.w for t in toks) + " "
        hard_en = L.hard.get("en", frozenset())
        own = L.hard.get(lang, frozenset()) | L.soft.get(lang, frozenset()) | L.hardverb.get(lang, _NO_HARDVERB)[0]
        until = [j for j, t in enumerate(other) if t.w in _UNTIL_EN]
        en_hard = _negators(other, other_lang).hard if any(_rhetorical_how(toks, k) for k in negs) else []
        for k in negs:
            if until and toks[k].w in ("tidak", "tak") and any(
                    toks[j].w == "sebelum" for j in range(k + 2, min(k + 10, len(toks)))
                    if not any(toks[i].boundary or toks[i].w in _CLAUSE_JOINERS for i in range(k + 1, j + 1))):
                # "tidak akan mundur sebelum ..." = "will not back down until ...", whose English negator the
                # count leaves out ("not ... until" reads "only then", see _negators); Indonesian spells out more
                # words ("tidak akan menjadi tuan rumah Piala Eropa putri sebelum 2029"), so it is looked for a
                # few words further than the English "until" is
                out.add(k)
                where[k] = until[0]
                continue
            if (neg := _not_until(toks, k, other)) is not None or (neg := _derived_negative(toks, k, other)) is not None \
                    or (neg := _abilitative_as_able(toks, k, other)) is not None:  # tak terlupakan = unforgettable
                out.add(k)
                where[k] = neg
                continue
            if (still := _belum_as_still(toks, k, other, hard_en)) is not None:
                out.add(k)
                where[k] = still
                continue
            best = next((j for j in range(len(other)) if _en_superlative(other, j)), None)
            if best is not None and _none_more(toks, k) and _rendered_near(toks, k, other, other[best].w):
                # "tidak ada tempat lain yang lebih enak" = "the tastiest place"
                out.add(k)
                where[k] = best
                continue
            if _rhetorical_how(toks, k):
                # "gimana gak betah" = "no wonder we loved it": it states what it seems to deny, rendered without a
                # negator where the English holds none about its place ("how could we not" keeps one)
                at = min(len(other) - 1, k * len(other) // max(1, len(toks)))
                if not any(abs(j / max(1, len(other)) - k / max(1, len(toks))) <= CANCEL_SPAN for j in en_hard):
                    out.add(k)
                    where[k] = at
                    continue
            if (yet := _belum_as_before(toks, k, other)) is not None:  # "belum gajian" = "before payday"
                out.add(k)
                where[k] = yet
                continue
            everyone = next((j for j, t in enumerate(other) if t.w in _EN_EVERYONE), None)
            if everyone is not None and _rhetorical_who(toks, k):
                out.add(k)
                where[k] = everyone
                continue
            # a negator that is a word of its own meaning (mangkir = skipped, mustahil = unrealistic) is
            # looked up itself, a function negator (tidak) by the word it negates, unless that word is a negator
            # with renderings of its own ("tidak menolak" is no "rejected")
            for tok in (toks[k], *(t for t in _negated_words(toks, k, lang) if t.w not in own), *_bukan_modifier(toks, k)):
                for c in {tok.w} | set(tok.keys) | _split_passive(toks, tok) | _colloquial_forms(tok.w):
                    ens = L.guard_id.get(c) if _guard_key_fits(tok, c) else None
                    # a listed word or a word derived from it ("disagree" in "disagreement")
                    hit = next((e for e in ens or () if (f" {e} " in other_words or len(e) >= 6 and " " not in e
                                                         and f" {e}" in other_words) and e not in hard_en
                                and (f" {e} " not in own_words or e == c)
                                and _rendered_near(toks, k, other, e)
                                and not _quality_guard_off(toks, k, c, e, other)
                                and (e != "ever" or _superlative_ever(other))
                                and not _risk_of_doing(e, other)
                                and not _staying_own(toks, k, e, other)), None)
                    if hit is not None:
                        out.add(k)
                        where[k] = other_words[:other_words.find(f" {hit}")].count(" ")
                        break
                if k in out:
                    break
    elif lang == "en":
        # a word that is itself negated renders nothing ("tidak terlalu mudah" is not the "easy" that
        # "not too difficult" would be)
        hard_id = L.hard.get(other_lang, frozenset())
        # a listed word that is itself a counted negator ("enggan" for "did not want") leaves the counts equal
        # ... nor the verb of a profile's split verb of a negative meaning, a counted negator with its particle
        # ("blieben ... fern" = "stayed away": its "blieben" renders no "did not go")
        split_verbs = _hard_lexical_verbs(other, other_lang) if other_lang not in ("id", "en") else set()
        other_set = {t.w for j, t in enumerate(other) if t.w not in hard_id and j not in split_verbs
                     and not any(o.w in hard_id for o in other[max(0, j - NEG_WINDOW):j])}
        unless = [j for j, t in enumerate(toks) if t.w == "unless"]
        only_if = _only_if(other, other_lang) if unless else []
        for k in negs:
            near = next((j for j in unless if abs(j - k) <= _UNLESS_SPAN), None)
            if near is not None and only_if:
                # "will not take effect unless ..." = "tritt nur in Kraft, wenn ..." / "hanya berlaku jika ...": the
                # other side's "only ... if" renders this negator and its "unless" (one pair each)
                out.add(k)
                where[k] = only_if.pop(0)
                unless.remove(near)
                continue
            if other_lang == "id" and _intensifying_modal(toks, k) and not any(t.w in _ID_COMPARATIVE for t in other):
                # "couldn't be happier" = "sangat bahagia"; against "bisa lebih besar" the comparative is literal
                out.add(k)
                where[k] = min(len(other) - 1, k * len(other) // max(1, len(toks)))
                continue
            still = _not_yet_as_still(toks, k, other) if other_lang == "id" else None
            if still is not None:
                out.add(k)
                where[k] = still
                continue
            if other_lang == "id" and ((avoid := _advice_as_avoid(toks, k, other)) is not None
                                       or (avoid := _regret_as_wish(toks, k, other)) is not None):  # nyesel = wish I hadn't
                out.add(k)
                where[k] = avoid
                continue
            if other_lang == "id" and (plain := _quality_negated(toks, k, other)) is not None:  # "not simple" = ribet
                out.add(k)
                where[k] = plain
                continue
            # a negative verb is looked up itself too ("failed" = German "verpasste", a profile's "renders" row); a
            # negative quantifier negates the words of its clause ("no parking space left" = "parkirnya penuh")
            for tok in (toks[k], *_negated_words(toks, k, lang), *_quantified_clause(toks, k)):
                ids = L.guard_en.get(next(iter(tok.keys)))
                if ids and any(_rendered_near(toks, k, other, w) for w in ids & other_set) and not _staying_taken(toks, ids & other_set):
                    out.add(k)
                    where[k] = next(j for j, t in enumerate(other) if t.w in ids & other_set)
                    break
    elif other_lang == "en":
        out |= _hard_lexical_guarded(toks, lang, negs, other, where)
        out |= _profile_guarded(toks, lang, [k for k in negs if k not in out], other, where)
    return out


#: English words of staying, and the German forms of "bleiben" (stay, remain) that render them
_EN_STAYING = frozenset("stay stays stayed staying remain remains remained remaining".split())
_DE_STAYING = ("bleib", "blieb", "geblieb", "verbleib", "verblieb")


def _staying_taken(toks: Sequence[Token], words: Collection[str]) -> bool:
    """Whether the other side's words that would render an English negated leaving ("will not leave" = German "bleibt",
    a profile's ``renders`` rows) are forms of "bleiben" that a plain English word of staying already renders
    ("Schools remain closed" for "Die Schulen bleiben geschlossen"): one word renders one word, so a "not" added to
    another clause ("children will not go to their grandparents") is no staying."""
    return any(w.startswith(_DE_STAYING) for w in words) and any(t.w in _EN_STAYING for t in toks)


def _clause_of(toks: Sequence[Token], k: int) -> range:
    """The token indices of the German clause of token ``k``: from the boundary or clause opener (und, aber) that
    opens it to the next one ("gingen immer noch ... nach und rannten nicht davon": the "noch" is another clause's)."""
    a = k
    while a > 0 and not toks[a].boundary and toks[a - 1].w not in _DE_CLAUSE_OPENERS:
        a -= 1
    b = k + 1
    while b < len(toks) and not toks[b].boundary and toks[b].w not in _DE_CLAUSE_OPENERS:
        b += 1
    return range(a, b)


#: words after "still" that state an ongoing state ("still at large", "still under way", "still being counted")
_ONGOING = frozenset("being at under in on pending ongoing open unclear unknown missing outstanding to".split())


def _ongoing_after(toks: Sequence[Token], j: int) -> bool:
    """Whether the "still" at ``j`` stands before an ongoing state (an -ing form or a word of :data:`_ONGOING`,
    an auxiliary between them allowed): "still searching", "are still being counted", "is still at large". Only
    then does it render a "noch nicht" without a negator; "has still found" is a "has still not found" whose
    negator was dropped."""
    for t in toks[j + 1:j + 3]:
        if t.boundary:
            return False
        if t.w in _ONGOING or t.w.endswith("ing") and len(t.w) > 5:
            return True
        if t.w not in _EN_AUX:
            return False
    return False


def _profile_guarded(toks: Sequence[Token], lang: str, negs: Sequence[int], other: Sequence[Token],
                     where: dict[int, int]) -> set[int]:
    """Negators of a profile language (German) rendered by an English word without a negator: a profile's
    ``rendered`` rows pair words of the negator's clause with English lemmas ("keine Anleihen mehr kaufen" =
    "stopped buying", "noch nicht geklärt" = "still being investigated", "keineswegs" = "far from", "stimmte
    nicht zu" = "rejected"). German sets its negator apart from the verb it negates (the finite verb second, the
    participle and the particle last), so the whole clause is its scope, and places in the English tell nothing
    (see :func:`_explaining_lexical`); an English word that is itself negated ("did not stop") renders none, nor
    one the clause's own lexical negative may render ("Kein einziger stimmte gegen" is no "rejected"; the word
    the negator negates is its pair: "noch nicht verloren" = "remains unbeaten")."""
    rows = get_profile(lang).rendered
    if not rows:
        return set()
    hard_en = _lists().hard.get("en", frozenset())
    plain = [not any(o.w in hard_en for o in other[max(0, j - NEG_WINDOW):j]) for j in range(len(other))]

    def at_lemma(lemma: str) -> int | None:
        first, *rest = lemma.split()
        forms = _en_forms(first, degrees=False)
        return next((j for j in range(len(other)) if j not in used and plain[j] and other[j].w in forms
                     and [t.w for t in other[j + 1:j + 1 + len(rest)]] == rest
                     and (first != "still" or _ongoing_after(other, j))), None)

    used: set[int] = set()
    out: set[int] = set()
    for k in negs:
        clause = [toks[i].w for i in _clause_of(toks, k)]
        if _lexical([toks[i] for i in _clause_of(toks, k) if i != k + 1], "", lang):
            continue  # the English word may render the clause's own negative word ("Kein einziger stimmte gegen")
        for words, lemmas in rows:
            if not any(w == c or w.endswith("*") and c.startswith(w[:-1]) for w in words for c in clause):
                continue
            at = next((j for j in map(at_lemma, lemmas) if j is not None), None)
            if at is not None:
                out.add(k)
                where[k] = at
                used.add(at)
                break
    return out


#: English negators that are quantifiers: they negate the verb of their clause, not the word after them
_EN_NEG_QUANTIFIERS = frozenset("no none nobody nothing noone no-one".split())


def _quantified_clause(toks: Sequence[Token], k: int) -> list[Token]:
    """The words after English negator ``k`` to the end of its clause (six at most) when it is a quantifier, whose
    guards are looked up too ("no parking space left" = "parkirnya penuh": the guard of "space"); none otherwise.
    "None was hurt" against "all are safe" is :func:`_none_as_all`'s."""
    if toks[k].w not in _EN_NEG_QUANTIFIERS:
        return []
    out: list[Token] = []
    for t in toks[k + 2:k + 8]:
        if t.boundary:
            break
        out.append(t)
    return out


def _not_yet_as_still(toks: Sequence[Token], k: int, other: Sequence[Token]) -> int | None:
    """The Indonesian "masih" (still) that renders English negator ``k`` of a "not yet" told as an effort under
    way: "has not yet decided" = "masih menimbang", "have not yet caught the attacker" = "masih memburu pelaku"
    (the mirror of :func:`_belum_as_still`). The "yet" must follow the negator within two words, and "masih" must
    stand before a verb (a me-/ber-/di- form), not before a negator ("masih belum" keeps its own)."""
    if not any(t.w == "yet" for t in toks[k + 1:k + 3]):
        return None
    for j, t in enumerate(other[:-1]):
        nxt = other[j + 1]
        if t.w == "masih" and not nxt.boundary and nxt.w.startswith(("me", "ber", "di")) and len(nxt.w) >= 5 and (
                _rendered_near(toks, k, other, "masih")):
            return j
    return None


def _bukan_modifier(toks: Sequence[Token], k: int) -> list[Token]:
    """The word that modifies the noun Indonesian ``bukan`` negates ("bukan warga asli" = outsiders, "bukan spesies
    asli" = introduced species, "bukan anggota tetap" = temporary member): ``bukan`` negates a noun phrase, whose
    meaning lies in its modifier after the noun; English renders the two by one word of the opposite. Empty for
    any other negator, or where the clause ends or a function word follows the noun."""
    if toks[k].w not in ("bukan", "bukanlah") or k + 2 >= len(toks) or toks[k + 1].boundary or toks[k + 2].boundary:
        return []
    mod = toks[k + 2 + _light_noun_relative(toks, k)]
    return [] if mod.w in _ID_FUNCTION or mod.w in _ID_AUX else [mod]


#: nouns of "a thing, a matter" that say nothing of their own: "bukan hal yang aneh" negates "aneh"
_ID_LIGHT_NOUNS = frozenset("hal sesuatu perkara persoalan soal barang pemandangan".split())


def _light_noun_relative(toks: Sequence[Token], k: int) -> int:
    """1 where ``bukan`` at ``k`` negates a light noun with a relative clause of one word ("bukan hal yang aneh" =
    common, "bukanlah sesuatu yang asing" = familiar, "bukan hal yang baru" = long known): the meaning lies in the
    word after "yang", which English renders by one word of the opposite; 0 otherwise."""
    return int(k + 3 < len(toks) and toks[k + 1].w in _ID_LIGHT_NOUNS and toks[k + 2].w == "yang"
               and not toks[k + 3].boundary)


#: English affixes that negate the word they are joined to ("colourless", "tirelessly", "unarmed", "nonstop")
_EN_NEG_SUFFIXES = ("lessly", "lessness", "less")
_EN_NEG_PREFIXES = ("non", "un", "in", "im", "ir", "il")


def _affix_stems(w: str) -> list[str]:
    """The words an English negative derivation may be made of: ``colourless`` -> colour, color;
    ``unarmed`` -> armed, arm, arme; ``tirelessly`` -> tire (empty where ``w`` carries no negative affix)."""
    bases: list[str] = []
    for suf in _EN_NEG_SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3 and w not in ("unless", "nevertheless", "nonetheless"):
            bases.append(w[: -len(suf)])
            break
    for pre in _EN_NEG_PREFIXES:
        if w.startswith(pre) and len(w) - len(pre) >= 3 and not w.startswith(
                (*_NOT_IN_NEGATIVE, *_UN_REVERSAL, "under", "uni", "inter")):
            bases.append(w[len(pre):].lstrip("-"))  # not "income" (come), "unveil" (veil), "insight" (sight)
            break
    out: list[str] = []
    for b in bases:
        out += [b, b[:-3] + "or" if b.endswith("our") else b]
        for end in ("ed", "d", "ing", "s"):
            if b.endswith(end) and len(b) - len(end) >= 3:
                out += [b[: -len(end)], b[: -len(end)] + "e"]
    return out


def _derived_negative(toks: Sequence[Token], k: int, other: Sequence[Token]) -> int | None:
    """The English word that renders Indonesian negator ``k`` and the word it negates as one word of a negative
    affix made of that word's dictionary rendering (``renderings.tsv``): "tidak berwarna" = "colourless" (warna =
    colour), "tanpa batas" = "limitless", "tak bersenjata" = "unarmed" (senjata = arm), "tidak bertenaga" =
    "powerless". The derivation is read by its form, so it holds for any word the dictionary gives; it must stand
    about where the negator stands (see :func:`_rendered_near`). None when there is none."""
    if toks[k].w not in ("tidak", "tak", "tanpa", "bukan", "belum"):
        return None
    table = _renderings()
    ens: set[str] = set()
    for tok in _negated_words(toks, k, "id"):
        for c in {tok.w} | set(tok.keys):
            ens |= {fold(e) for e in table.get(c, ())}
    if not ens:
        return None
    for j, o in enumerate(other):
        if len(o.w) >= 6 and any(b in ens for b in _affix_stems(o.w)) and _rendered_near(toks, k, other, o.w):
            return j
    return None


#: an English adjective or adverb of "cannot be done": a negative prefix and -able/-ible ("unforgettable",
#: "unimaginably", "inevitable", "irreplaceable")
_EN_NOT_ABLE = re.compile(r"(?:un|in|im|ir|il)[a-z-]{3,}(?:able|ible|ably|ibly)")


def _abilitative_as_able(toks: Sequence[Token], k: int, other: Sequence[Token]) -> int | None:
    """The English "un-...-able" word that renders Indonesian negator ``k`` before a verb of ability, a ``ter-`` verb
    or its informal ``ke-`` form ("can be done"): "tak terlupakan" = "unforgettable", "gk kebayang indahnya" =
    "unimaginably beautiful", "tak tergantikan" = "irreplaceable". Both sides tell "cannot be done" by their form,
    so it holds for any verb, listed (``guard`` rows) or not; it must stand about where the negator stands (see
    :func:`_rendered_near`). A "not" that an English word has dropped is no such word ("forgettable"). None when
    there is none."""
    if k + 1 >= len(toks) or toks[k + 1].boundary:
        return None
    w = toks[k + 1].w
    if not (w.startswith("ter") and len(w) >= 7 or w.startswith("ke") and len(w) >= 6):
        return None
    return next((j for j, o in enumerate(other) if _EN_NOT_ABLE.fullmatch(o.w) and not o.w.startswith(
        (*_NOT_IN_NEGATIVE, "invent", "inflat", "imag")) and _rendered_near(toks, k, other, o.w)), None)


#: English words after "still" of a state still going on ("still under construction", "still in talks", "still at large",
#: "still on its way", "still missing")
_EN_STILL_STATE = frozenset("under in at on out off awaiting pending underway missing there stuck far".split())
#: English verbs of effort and deliberation towards an end not yet reached (lemmas): "still deciding", "still trying",
#: "still investigating" tell a "belum" (not yet decided, not yet succeeded, not yet known); a verb of a plain
#: activity ("still paying", "still working" of a job) tells an action that goes on, no "not yet"
_EN_EFFORT = frozenset("""try seek search look hunt wait await negotiate discuss debate deliberate consider weigh review
study investigate probe examin examine assess evaluate verify check count tally calculate process analyse analyze
decide determine establish figure struggle hope recover prepare plan test""".split())


#: Indonesian roots of verbs of ending (a fire going out, a flood receding, a case closed, an illness healed): "belum" before
#: one tells a state that still goes on
_ID_ENDING = frozenset("padam surut reda henti berhenti usai akhir berakhir selesai tuntas rampung tamat kelar beres sembuh "
                       "mereda".split())
#: English verbs (lemmas) of a state going on that render "belum" before a verb of ending ("the fire keeps burning")
_EN_GOING_ON = frozenset("continue keep persist linger".split())
#: English lemmas of ending: "still" before one ("still ended on time") renders no "not yet ended"
_EN_ENDING = frozenset("""end finish complete conclude stop cease subside recede extinguish heal close wrap settle resolve
die""".split())
_EN_BE_FORMS = frozenset("be been being is are was were".split())


def _belum_as_still(toks: Sequence[Token], k: int, other: Sequence[Token], hard_en: Collection[str]) -> int | None:
    """The English "still" or "remain" that renders Indonesian ``belum`` (not yet) at ``k`` as the state that goes on
    ("belum selesai dibangun" = "still under construction", "belum memutuskan" = "is still deciding", "masih belum
    mengetahui" = "are still trying to establish"): "not yet done" told as "still doing". Only a "still" of
    continuity counts: before an -ing form of a verb of effort (:data:`_EN_EFFORT`), a "being" and a participle
    ("still being repaired") or a preposition of a state, or a "remains to be"; a concessive "still" before a plain
    verb ("he still paid") or one of an activity that goes on ("is still paying") renders no "belum", nor one that
    a negator follows ("still not finished" keeps its own). It must stand about where ``belum`` stands (within
    ``RENDER_SPAN`` of the sentence, any place in a short one). None when there is none."""
    if toks[k].w != "belum":
        return None
    n, n_o = max(len(toks), 1), max(len(other), 1)
    # "not yet ended" is "still going on", whatever verb tells what goes on: "belum padam" = "still burning",
    # "belum surut" = "still high", "belum berakhir" = "continues"
    ending = any(o.keys & _ID_ENDING for o in _negated_words(toks, k, "id"))
    for j, t in enumerate(other):
        lemma = next(iter(t.keys), "")
        if t.w != "still" and lemma != "remain" and not (ending and lemma in _EN_GOING_ON):
            continue
        after = other[j + 1:j + 4]
        if not after or any(o.w in hard_en or o.w.endswith("n't") for o in after):
            continue
        told = [o for o in after if o.w not in _EN_BE_FORMS]
        if ending and told and not told[0].keys & _EN_ENDING and _at_place(k, n, j, n_o, RENDER_SPAN):
            return j  # "still burning", not "still ended"
        words = [o for o in after if o.w not in ("be", "been")]
        if t.w != "still":
            state = [o.w for o in after[:2]] == ["to", "be"]
        elif words and words[0].w == "being":
            state = len(words) > 1 and words[1].w.endswith(("ed", "en", "t"))  # "still being built"
        else:
            state = bool(words) and (words[0].w.endswith("ing") and bool(words[0].keys & _EN_EFFORT)
                                     or words[0].w in _EN_STILL_STATE)
        if state and _at_place(k, n, j, n_o, RENDER_SPAN):
            return j
    return None


#: Indonesian verbs of avoiding as written, which render an English advice or command not to do something ("should
#: not use that road" = "sebaiknya menghindari jalan itu", "Do not drive" = "Hindarilah mengemudi")
_ID_AVOID = frozenset("hindari hindarilah menghindari jauhi jauhilah menjauhi".split())
#: English words of a phrase of avoiding after a negator ("should not stay away", "do not keep clear")
_EN_AWAY = frozenset("away clear off avoid avoids avoided avoiding shun".split())
#: English words before a negator that make it an advice or a command ("do not", "should not", "must never")
_EN_ADVICE = frozenset("do should must shall better".split())


def _advice_as_avoid(toks: Sequence[Token], k: int, other: Sequence[Token]) -> int | None:
    """The Indonesian verb of avoiding (:data:`_ID_AVOID`) that renders English negator ``k`` of an advice or a
    command ("Travellers should not use ...", "Do not drive ...", "Never swim ..." opening its clause) about where it
    stands (within ``RENDER_SPAN`` of the sentence, any place in a short one): "avoid X" is "do not X". A negator
    of a statement ("will not stop") is rendered by no such verb, which then renders something else ("menghindari
    kekacauan" = "a slide toward chaos"), nor one of a negative word or a phrase of avoiding ("should not avoid",
    "should not stay away"). None when there is none."""
    prev = toks[k - 1].w if k >= 1 and not toks[k].boundary else ""
    if not (prev in _EN_ADVICE or toks[k].w == "never" and (k == 0 or toks[k].boundary)) or _negates_negative(
            toks, k, "en") or any(t.w in _EN_AWAY for t in toks[k + 1:k + 4]):
        return None  # "should not avoid", "should not stay away" = go there: a negated avoiding is no avoiding
    n, n_o = max(len(toks), 1), max(len(other), 1)
    return next((j for j, t in enumerate(other) if t.w in _ID_AVOID and _at_place(k, n, j, n_o, RENDER_SPAN)),
                None)


#: Indonesian words of regret, by root and in informal spelling (menyesal, penyesalan; nyesel, nyesal)
_ID_REGRET = frozenset("sesal nyesal nyesel".split())
#: the English perfect after a counterfactual: "wish I had not", "wish I'd never", "wish we hadn't"
_EN_HAD = re.compile(r"had|\w+'d")


def _regret_as_wish(toks: Sequence[Token], k: int, other: Sequence[Token]) -> int | None:
    """The Indonesian word of regret (:data:`_ID_REGRET`) that renders English negator ``k`` of a counterfactual
    about the past: "wish I hadn't bought it", "wish I'd never switched", "should never have booked", "shouldn't
    have come" all regret what was done, as "nyesel beli", "menyesal pindah" do with no negator. Only the past
    counterfactual (a "had" after "wish", a "have" after "should"): "I wish it would not rain" regrets nothing.
    About where the negator stands (within ``CANCEL_SPAN`` of the sentence, any place in a short one); None when
    there is none."""
    prev = toks[k - 1].w if k >= 1 and not toks[k].boundary else ""
    wish = _EN_HAD.fullmatch(prev) is not None and any(
        "wish" in toks[j].keys and not any(t.boundary for t in toks[j + 1:k + 1]) for j in range(max(0, k - 4), k - 1))
    should = prev in ("should", "ought") and any(t.w == "have" for t in toks[k + 1:k + 3])
    if not (wish or should):
        return None
    n, n_o = max(len(toks), 1), max(len(other), 1)
    return next((j for j, t in enumerate(other) if (t.w in _ID_REGRET or t.keys & _ID_REGRET)
                 and _at_place(k, n, j, n_o, CANCEL_SPAN)), None)


#: how many words may stand between an English negator and the "unless" of its condition ("won't come unless",
#: "Unless both chambers approve it, the law cannot take effect")
_UNLESS_SPAN = 10
#: how many words may stand between an "only" and its condition word ("nur dann, wenn", "hanya akan berlaku jika")
_ONLY_IF_SPAN = 8


def _only_if(toks: Sequence[Token], lang: str) -> list[int]:
    """Token indices of the words of "only" (``onlyif`` rows of negation.tsv and of a profile: ``hanya``, ``nur``)
    that a condition word (``jika``, ``wenn``, ``falls``) follows within ``_ONLY_IF_SPAN`` words of the same
    sentence: a condition told as "only ... if", which English writes "not ... unless"."""
    only, cond = _lists().only_if.get(lang, (frozenset(), frozenset()))
    return [k for k, t in enumerate(toks) if t.w in only
            and any(o.w in cond for o in toks[k + 1:k + 1 + _ONLY_IF_SPAN])]


def _unless_unnegated(o_toks: Sequence[Token], o_lang: str, o_all: Collection[int], e_toks: Sequence[Token],
                      e_text: str, e_lang: str, e_all: Collection[int]) -> Token | None:
    """The "only" of an "only ... if" (:func:`_only_if`) on one side, not negated itself, where the English side
    says "unless" with no negator and no lexical negative near it ("tritt nur in Kraft, wenn ..." against "will
    take effect unless ..."): "only if" is "not ... unless", so the English has lost the negation."""
    if e_lang != "en" or o_lang == "en":
        return None
    unless = [j for j, t in enumerate(e_toks) if t.w == "unless"]
    only = [k for k in _only_if(o_toks, o_lang) if not any(abs(j - k) <= _ONLY_IF_SPAN for j in o_all)] if unless else []
    if not only:
        return None
    lexical = _lexical_at(e_toks, e_text, e_lang)
    for j in unless:
        if not any(abs(i - j) <= _UNLESS_SPAN for i in e_all) and not any(
                abs(i - j) <= _UNLESS_SPAN for i in lexical if e_toks[i].w != "unless"):
            return o_toks[only[0]]
    return None


#: the Indonesian question words of a rhetorical "who does not ..." (``siapa yang tidak``, ``mana ada yang tidak``),
#: particles that may follow them, and the English words that state its answer ("everyone")
_ID_WHO = frozenset(("siapa", "mana"))
_ID_WHO_PARTICLES = frozenset("sih pun coba ada orang yang".split())
_EN_EVERYONE = frozenset("everyone everybody all anyone anybody".split())


def _rhetorical_who(toks: Sequence[Token], k: int) -> bool:
    """Whether negator ``k`` is the negator of a rhetorical "who does not" (``Siapa sih yang gak kenal ...``,
    ``Mana ada orang yang nggak suka ...``), which English renders by its answer ("Everyone knows ..."): ``yang``
    right before it, a ``siapa``/``mana`` before that with particles only between, in the same clause."""
    if k < 2 or toks[k - 1].w != "yang":
        return False
    for j in range(k - 2, max(-1, k - 6), -1):
        if toks[j + 1].boundary:
            return False
        if toks[j].w in _ID_WHO:
            return True
        if toks[j].w not in _ID_WHO_PARTICLES:
            return False
    return False


#: Indonesian "how" of a rhetorical "how could one not" (``bagaimana tidak``, ``gimana gak betah``), the words that
#: may stand between it and its negator, and the tags that make an exclamation of a negator closing its clause
#: (``Mantap gak tuh!`` = "How great is that!")
_ID_HOW = frozenset("bagaimana gimana gmn gimane".split())
_ID_HOW_PARTICLES = frozenset("bisa mungkin sih dong coba ya orang kita aku saya gue gw kami".split())
_ID_TAGS = frozenset(("tuh",))
#: "why" of a "why not" that suggests, outside a question and before a plain verb ("jika baik kenapa tidak katakan
#: baik" = "if it's good, just say so"); asked ("Kenapa tidak datang?") or before a modal ("kenapa tidak bisa diskip
#: sih" = "why can't I skip"), it is a question or a complaint English keeps negated
_ID_WHY = frozenset("kenapa mengapa napa knp".split())
#: words before a "kenapa" that report a question ("heran kenapa tidak ditahan" = wondered why he was not held)
_ID_ASKED_BEFORE = frozenset("heran bertanya tanya menanyakan tahu mengerti paham menjelaskan jelaskan alasan".split())


def _rhetorical_how(toks: Sequence[Token], k: int) -> bool:
    """Whether negator ``k`` is the negator of a rhetorical "how could one not" (``Bagaimana tidak, ...``,
    ``Gimana gak kesel``), which states what it seems to deny and English renders affirmatively ("no wonder",
    "of course I was annoyed") or with its negator ("how could we not"), or of an exclamation tag (``Mantap gak
    tuh!``), guarded where the English holds no negator about its place (see :func:`_guarded`): a ``bagaimana``/``gimana`` (or, outside a question, a ``kenapa``) before it with particles only
    between, in the same clause, or a ``tuh`` after it that closes its clause."""
    if k + 1 < len(toks) and toks[k + 1].w in _ID_TAGS and not toks[k + 1].boundary and k and not toks[k].boundary \
            and (k + 2 >= len(toks) or toks[k + 2].boundary):
        return True
    for j in range(k - 1, max(-1, k - 4), -1):
        if toks[j + 1].boundary:
            return False
        if toks[j].w in _ID_HOW or toks[j].w in _ID_WHY and not toks[k].question and not (
                k + 1 < len(toks) and toks[k + 1].w in _ID_AUX) and not (j and toks[j - 1].w in _ID_ASKED_BEFORE):
            return True
        if toks[j].w not in _ID_HOW_PARTICLES:
            return False
    return False


def _none_more(toks: Sequence[Token], k: int) -> bool:
    """Whether negator ``k`` denies that anything is more so (``tidak ada tempat lain yang lebih enak``, ``tak
    ada yang lebih penting dari``): ``ada`` after it and ``yang lebih`` in its clause within a few words, which
    English renders by a superlative ("the tastiest place", "the most important")."""
    if k + 1 >= len(toks) or toks[k + 1].w != "ada" or toks[k + 1].boundary:
        return False
    for j in range(k + 2, min(k + 7, len(toks) - 1)):
        if toks[j].boundary:
            return False
        if toks[j].w == "yang" and toks[j + 1].w == "lebih" and not toks[j + 1].boundary:
            return True
    return False


def _en_superlative(toks: Sequence[Token], j: int) -> bool:
    """Whether English token ``j`` is a superlative (``best``, ``most``, ``the tastiest``, ``its biggest``): an
    ``-est`` form of a common word after a determiner (a forest, an interest, a protest are none)."""
    w = toks[j].w
    return w in ("best", "worst", "most", "least") or (
        bool(j) and toks[j - 1].w in _EN_DETERMINERS and en_superlative_form(w))


def _split_passive(toks: Sequence[Token], tok: Token) -> set[str]:
    """The passive verb that informal spelling writes apart (``di hiraukan`` = dihiraukan, ``di pake``): for a
    ``di`` the word after it joined to it, with its roots; else nothing."""
    k = next((j for j, t in enumerate(toks) if t is tok), -1)
    if tok.w != "di" or not 0 <= k < len(toks) - 1 or toks[k + 1].boundary or toks[k + 1].cap:
        return set()
    joined = "di" + toks[k + 1].w
    return {joined} | set(id_roots(joined))


#: Jakarta colloquial spelling: the schwa of a final closed syllable for "a" (cepet = cepat, pedes = pedas, mateng =
#: matang), a final "e" for "ai" (sampe = sampai, rame = ramai), a final "o" for "au" (kalo = kalau), a dropped
#: initial "h" (anget = hangat, abis = habis), and the bare nasal prefix "ng-"/"ny-"/"n-"/"m-" for "meN-" (ngantuk =
#: mengantuk, nanggung = menanggung; nyala, a word of its own, kept as written)
_COLLOQUIAL_SCHWA = re.compile(r"e((?:ng|ny|[bcdfghjklmnprstwy]))$")


@functools.cache
def _colloquial_forms(w: str) -> frozenset[str]:
    """Standard spellings (common words, with their roots) of an informal Indonesian word that is no common word
    itself (``cepet`` -> cepat, ``anget`` -> hangat, ``ngantuk`` -> mengantuk, kantuk): chat and review copy writes
    Jakarta speech, whose sound changes are regular, so a guard or a direction row listed under the standard
    word reads the informal one too ("ga cepet" = "slow" as "tidak cepat" is). Empty for a common word."""
    voc = vocab("id")
    half, _, rest = w.partition("-")
    if half == rest and len(half) >= 3:
        # "gak capek-capek", "gak turun-turun": the repeated word of a negated reduplication is the word
        return frozenset({half} | set(id_roots(half)) | _colloquial_forms(half))
    if len(w) < 4 or w in voc or not w.isalpha():
        return frozenset()
    stems = {w}
    if w.startswith("ng") and w[2:3] in "aeiou":
        stems.add("me" + w)
    elif w.startswith("ny") and w[2:3] in "aeiou":
        stems |= {"me" + w, "s" + w[2:]}
    elif w[:1] in ("n", "m") and w[1:2] in "aeiou":
        stems.add("me" + w)  # nanggung = menanggung, makai = memakai
    forms: set[str] = set()
    for x in stems:
        for y in {x, _COLLOQUIAL_SCHWA.sub(r"a\1", x), x[:-1] + "ai" if x.endswith("e") else x,
                  x[:-1] + "au" if x.endswith("o") else x}:
            forms |= {y, "h" + y} if y[:1] in "aeiou" else {y}
    out = {f for f in forms if f != w and f in voc}
    return frozenset(out | {r for f in out for r in id_roots(f)})


def _belum_as_before(toks: Sequence[Token], k: int, other: Sequence[Token]) -> int | None:
    """The English "before" that renders a ``belum`` (not yet) without a negator, or None: "belum gajian" = "before
    payday", where the Indonesian holds no ``sebelum`` of its own, about where the negator stands ("still" is
    :func:`_belum_as_still`'s)."""
    if toks[k].w != "belum":
        return None
    if any(t.w.startswith("sebelum") for t in toks):
        return None  # "sebelum" renders the "before" itself
    n, n_o = max(len(toks), 1), max(len(other), 1)
    return next((j for j, t in enumerate(other[:-1]) if t.w == "before" and not other[j + 1].boundary
                 and _at_place(k, n, j, n_o, CANCEL_SPAN)), None)


@functools.cache
def _guard_written() -> frozenset[str]:
    """Indonesian guard words marked ``=`` in ``negation.tsv``: adjectives of quality (``=bersih``, ``=cepat``) whose
    antonyms render them only as written (a clitic or a colloquial spelling aside): their verbs are actions
    ("tidak dibersihkan" = "was not cleaned", no "dirty"; "tidak mempercepat" is no "slow")."""
    return frozenset(fold(row[2])[1:] for row in data_lines("negation.tsv")
                     if row[0] == "guard" and row[1] == "id" and row[2].startswith("="))


def _superlative_ever(toks: Sequence[Token]) -> bool:
    """Whether an English "ever" closes a superlative or a comparison earlier in its clause ("the largest ever",
    "the worst flooding the city has ever seen", "more than ever", "retired before ever winning"), the "ever" that
    renders a "belum pernah"/"tidak pernah" (never before); a bare "ever" ("vowed to ever use force") is the
    polarity word of a negation, which the other side's negator needs."""
    for j, t in enumerate(toks):
        if t.w != "ever":
            continue
        for i in range(j - 1, max(-1, j - 9), -1):
            if toks[i].w in ("first", "than", "only", "before") or en_superlative_form(toks[i].w):
                return True
            if toks[i].boundary:
                break
    return False


def _guard_key_fits(tok: Token, c: str) -> bool:
    """Whether guard word ``c`` may be looked up for negated token ``tok``: a word marked written-only
    (:func:`_guard_written`) is read from the word as written, less a clitic, or its colloquial spelling
    (``cepet``, ``capek-capek``), not from a root of an affixed verb ("tidak dibersihkan" holds no "bersih")."""
    if c not in _guard_written():
        return True
    bare = {tok.w} | {tok.w[:-len(cl)] for cl in _ID_CLITICS if tok.w.endswith(cl) and len(tok.w) - len(cl) >= 3}
    return c in bare or any(c in _colloquial_forms(b) and c in vocab("id") | {b.partition("-")[0]} for b in bare)


#: Indonesian degree words that make a negated quality a negation of degree ("tidak terlalu ramai" = "not too busy")
_ID_NOT_VERY = frozenset("terlalu begitu sangat amat banget sekali terlampau".split())


#: English words of threat that render an Indonesian loss under threat ("terancam kehilangan" = "jobs at risk")
_EN_THREAT = frozenset("risk threat jeopardy danger".split())


#: English words of staying that a guard may give as a negated change ("belum turun" = "remained"), the English that
#: renders an Indonesian word of staying ("masih" = still, "tetap" = remained), and those Indonesian words
_EN_STAY_GUARD = frozenset("remain stay".split())
_EN_STAY_RENDER = frozenset("remain stay still".split())
_ID_STAYING = frozenset("masih tetap bertahan".split())


def _staying_own(toks: Sequence[Token], k: int, e: str, other: Sequence[Token]) -> bool:
    """Whether the guard word ``e`` is an English word of staying that renders an Indonesian word of staying of the
    sentence itself rather than the negation at ``k``: "belum diturunkan dan masih berada di Level III" = "had not
    been lowered and remained at Level III", where "remained" is "masih". One word renders one word: the English
    words of staying (and "still") no more than the source's own (``masih``, ``tetap``, ``bertahan``; not one
    beside the negator, "masih belum turun" = "still has not fallen", nor one negated) are all taken by them."""
    if e not in _EN_STAY_GUARD:
        return False
    own = sum(1 for j, t in enumerate(toks) if t.w in _ID_STAYING and not k - 2 <= j <= k + 1
              and not any(o.w in ("tidak", "tak", "belum", "bukan") for o in toks[max(0, j - 2):j]))
    theirs = sum(1 for t in other if t.w == "still" or next(iter(t.keys), "") in _EN_STAY_RENDER)
    return own > 0 and theirs <= own


def _risk_of_doing(e: str, other: Sequence[Token]) -> bool:
    """Whether the guard word ``e`` is a word of threat that the English completes with "of" and a verb ("at risk of
    losing control", "in danger of losing"): the threat then renders "terancam", and the verb after it renders the
    loss itself ("at risk of winning control" keeps no loss), so the threat word renders no negator."""
    last = e.split()[-1]
    return last in _EN_THREAT and any(t.w == last and j + 2 < len(other) and other[j + 1].w == "of"
                                      and other[j + 2].w.endswith("ing") for j, t in enumerate(other))


def _quality_guard_off(toks: Sequence[Token], k: int, c: str, e: str, other: Sequence[Token]) -> bool:
    """Whether a written-only guard word ``c`` (:func:`_guard_written`) of negator ``k`` may not take English ``e``
    as its rendering: ``e`` is negated itself ("not difficult" for "tidak mudah" is the flip the direction rows
    report, no rendering), the negation is one of degree ("gak terlalu bersih" = "not very clean", which "dirty"
    overstates: English keeps its "not"), the side holds a listed lexical negative of its own that ``e`` may render
    ("gak enak, hambar" against "good, bland"), or ``e`` is the dictionary rendering (``renderings.tsv``) of a plain
    word of the same side other than the one the negator negates (none of the three words before it a negator):
    then ``e`` renders that word ("agak kotor" = "rather dirty"), not the negation."""
    if c not in _guard_written():
        return False
    en_hard = _lists().hard.get("en", frozenset())
    if any(next(iter(t.keys), t.w) == e and any(o.w in en_hard for o in other[max(0, j - NEG_WINDOW):j])
           for j, t in enumerate(other)):
        return True
    if any(t.w in _ID_NOT_VERY for t in toks[k + 1:k + NEG_WINDOW]):
        return True
    negated = range(k, k + 1 + len(_negated_words(toks, k, "id")))  # the negator and the words it negates
    if any(x and j not in negated for j, x in enumerate(_listed_lexical(toks, "id"))):
        return True  # "gak enak, hambar": a lexical negative of the same side ("hambar" = "bland") takes the antonym
    ids = _renderings().get(fold(e), frozenset())
    if not ids or " " in e:
        return False
    hard = _lists().hard.get("id", frozenset())
    return any((t.w in ids or set(t.keys) & ids or _colloquial_forms(t.w) & ids) and j not in range(k, k + NEG_WINDOW + 1)
               and not any(o.w in hard for o in toks[max(0, j - NEG_WINDOW):j]) for j, t in enumerate(toks))


def _quality_negated(toks: Sequence[Token], k: int, other: Sequence[Token]) -> int | None:
    """The Indonesian token (or None) of a plain quality word (a written-only guard, :func:`_guard_written`) whose
    antonym English negator ``k`` negates: "Ribet banget prosedurnya" = "The procedure is not simple at all", "gak
    ribet" = "simple" read the other way round. The Indonesian word must stand about where the negator stands (anywhere
    in a short sentence, where informal Indonesian fronts its predicate) and be no negated word itself."""
    L = _lists()
    words = {next(iter(t.keys), t.w) for t in _negated_words(toks, k, "en")}
    hard = L.hard.get("id", frozenset())
    n, n_o = max(len(toks), 1), max(len(other), 1)
    for j, t in enumerate(other):
        if any(o.w in hard for o in other[max(0, j - NEG_WINDOW):j]) or not _at_place(k, n, j, n_o, CANCEL_SPAN):
            continue
        if any(words & L.guard_id.get(c, frozenset()) for c in ({t.w} | _colloquial_forms(t.w)) & _guard_written()
               if _guard_key_fits(t, c)):
            return j
    return None


def _at_place(k: int, n: int, j: int, n_o: int, span: float) -> bool:
    """Whether word ``j`` of a side of ``n_o`` words stands about where word ``k`` of a side of ``n`` words stands
    (within ``span`` of the sentence); in a short sentence places tell nothing, so any place is."""
    return min(n, n_o) < SHORT_SENTENCE or abs(j / n_o - k / n) <= span


def _rendered_near(toks: Sequence[Token], k: int, other: Sequence[Token], word: str) -> bool:
    """Whether the other side holds ``word`` (a guard's rendering; English ones by lemma, several words or a
    long word's derivation) about where negator ``k`` stands, within ``CANCEL_SPAN`` of the sentence: "tidak
    lagi" is no "retiring" that renders another clause's "pensiun", "kurang stabil" no "not sufficient" of a
    later clause. Places tell nothing in a short sentence: there any place does; nor for a negator opening its
    sentence ("Gak salah pilih villa ini" = "Picking this villa was the right choice"), also after a fronted "so
    far" ("Hingga kini belum diketahui penyebab ledakan" = "The cause of the blast is still unknown"), or one of
    an existential ("belum ada kejelasan soal nasib pekerja" = "the workers' fate remains unclear"): a clause
    without a subject is rendered with one first, so its word moves to the end."""
    n, n_o = len(toks), len(other)
    if min(n, n_o) < SHORT_SENTENCE or k == 0 or all(t.w in _SO_FAR_ID for t in toks[:k]) or (
            toks[k].boundary and toks[k].upper) or (
            k + 1 < n and toks[k + 1].w == "ada" and not toks[k + 1].boundary):
        return True
    parts = word.split()
    keys = [next(iter(t.keys), t.w).rstrip("-") for t in other]
    at = [j for j in range(n_o) if other[j].w == word or keys[j:j + len(parts)] == parts
          or len(parts) == 1 and len(word) >= 6 and keys[j].startswith(word)]
    # a rendering the tokens do not show as written (hyphenated, joined) is taken at its word
    return not at or _gap(k / n, at, n_o) <= CANCEL_SPAN or any(_extraposed(other, j) for j in at)


#: what may stand between the "it" of an English extraposition and its predicate: a form of "be" or a verb of
#: seeming and judging, and degree words ("It is considered rude to ...", "It may be very difficult to ...")
_EXTRAPOSING = frozenset("is was are were be been being 's seems seemed appears appeared remains remained becomes "
                         "became considered deemed thought regarded generally often usually still very quite "
                         "extremely highly rather too also may might can could will would should must".split())
#: what opens the clause subject an extraposed predicate comes before ("rude to point", "unlikely that ...")
_EXTRAPOSED_SUBJECT = frozenset("to that for if whether when".split())


def _extraposed(toks: Sequence[Token], j: int) -> bool:
    """Whether English word ``j`` is the predicate of an extraposition, an "it" opening its sentence or clause
    ("It is considered rude to point at people", "In winter, it is unwise to hike alone", "It is difficult to find
    a taxi"): English moves a clause subject after its predicate, which Indonesian states in place after it
    ("Menunjuk orang ... dianggap tidak sopan"), so the predicate stands at the other end of the sentence from the
    negator it renders and places tell nothing."""
    i = j - 1
    while i >= 0 and toks[i].w in _EXTRAPOSING and not toks[i + 1].boundary:
        i -= 1
    return (0 <= i < j - 1 and toks[i].w == "it" and (i == 0 or toks[i].boundary) and j + 1 < len(toks)
            and toks[j + 1].w in _EXTRAPOSED_SUBJECT and not toks[j + 1].boundary)


def _cancelled_by_direction(toks: Sequence[Token], lang: str, negs: set[int], other: Sequence[Token],
                            other_lang: str, other_negs: set[int]) -> set[int]:
    """Negators of a direction word whose opposite the other side holds plainly (``tidak naik`` = fell), about where
    it stands; anywhere in a short sentence, where informal Indonesian fronts its predicate ("Telat terus busnya" =
    "The bus is never on time")."""
    mine = _direction_hits(toks, lang, negs)
    theirs = _direction_hits(other, other_lang, other_negs)
    my_plain = {(h.row, h.side) for h in mine if not h.negated}
    # a word of the other side that renders a plain word of mine through another row explains nothing
    # ("lebih banyak" = "more" is no rise that "tidak dapat mengurangi" was rendered by)
    their_by_tok: dict[int, set[tuple[int, str]]] = {}
    for h in theirs:
        their_by_tok.setdefault(h.i, set()).add((h.row, h.side))
    plain: dict[tuple[int, str], list[float]] = {}
    n_other, n_mine = max(len(other), 1), max(len(toks), 1)
    for h in theirs:
        if not h.negated and not their_by_tok[h.i] & my_plain:
            plain.setdefault((h.row, h.side), []).append(h.i / n_other)
    out: set[int] = set()
    mirrored = _mirrored(mine, theirs)
    for h in mine:
        if not h.negated or h.i in mirrored or _need_negated(toks, h.i, negs):
            continue
        opp = "b" if h.side == "a" else "a"
        # the opposite must stand about where the negated word stands (the same claim, not another clause's)
        near = any(abs(x - h.i / n_mine) <= CANCEL_SPAN for x in plain.get((h.row, opp), ())) or (
            min(n_other, n_mine) < SHORT_SENTENCE and (h.row, opp) in plain)  # "Telat terus busnya" fronts its predicate
        if near and (h.row, h.side) not in plain and (h.row, opp) not in my_plain:
            after = (1, 2) if lang not in ("id", "en") else ()  # "stiegen nicht"
            for d in (*range(1, NEG_WINDOW + 1), *(-a for a in after)):
                if h.i - d in negs:
                    out.add(h.i - d)
                    break
            else:
                late = _late_negator(toks, h.i, negs) if after else None  # "stimmte dem Gesetz nicht zu"
                if late is None and lang == "id":
                    late = _none_of_predicate(toks, h.i, negs)  # "tak satu pun ... yang selamat" = "all died"
                if late is not None:
                    out.add(late)
    return out | _opposite_surplus(mine, theirs, negs, n_mine, n_other) | _degree_negated_as_less(toks, lang, negs, other)


def _degree_negated_as_less(toks: Sequence[Token], lang: str, negs: Collection[int], other: Sequence[Token]) -> set[int]:
    """Indonesian negators right after a comparative (``makin gak jelas``, ``semakin tidak mendidik``, ``kian
    tidak diminati``) that an English "less" renders ("less and less clear"): the lower degree of a quality is
    told in Indonesian by its negation (see :func:`_degree_of_negated`); one "less" for each."""
    if lang != "id":
        return set()
    less = sum(1 for t in other if t.w in _LESS["en"])
    out: set[int] = set()
    for k in sorted(negs):
        if len(out) < less and k > 0 and toks[k - 1].w in _ID_COMPARATIVE and not toks[k].boundary:
            out.add(k)
    return out


#: modals of need: a negator before one negates the need, not the verb after it ("tidak perlu membeli")
_NEED_ID = frozenset("perlu usah harus wajib mesti".split())


def _need_negated(toks: Sequence[Token], k: int, negs: Collection[int]) -> bool:
    """Whether direction word ``k`` is negated through a modal of need ("tidak perlu membeli tiket" = "there is no
    need to buy tickets"): the need is denied, not the buying, so an opposite on the other side ("they are on
    sale at the station") renders another claim and cancels no negator."""
    return k >= 2 and toks[k - 1].w in _NEED_ID and k - 2 in negs


def _opposite_surplus(mine: Sequence[_Hit], theirs: Sequence[_Hit], negs: Collection[int], n_mine: int,
                      n_other: int) -> set[int]:
    """Negators of a direction word whose opposite this side states plainly as well, and the other side more often
    than this side does ("tutup lebih awal pada hari Sabtu dan tidak buka pada hari Minggu" = "close early on
    Saturdays and stay shut on Sundays"): one of the other side's words renders this side's plain one, the one
    left over renders the negated word (about where it stands). :func:`_cancelled_by_direction` leaves these
    alone, reading any plain opposite of this side as the one the other side's words render."""
    out: set[int] = set()
    for h in mine:
        if not h.negated:
            continue
        opp = "b" if h.side == "a" else "a"
        own = sum(1 for x in mine if (x.row, x.side) == (h.row, opp) and not x.negated)
        their = [x for x in theirs if (x.row, x.side) == (h.row, opp) and not x.negated]
        if not own or len(their) <= own or any((x.row, x.side) == (h.row, h.side) and not x.negated for x in theirs):
            continue
        k = next((h.i - d for d in range(1, NEG_WINDOW + 1) if h.i - d in negs), None)
        if k is not None and any(_at_place(h.i, n_mine, x.i, n_other, CANCEL_SPAN) for x in their):
            out.add(k)
    return out


def _mirrored(mine: Sequence[_Hit], theirs: Sequence[_Hit]) -> set[int]:
    """Token indices of my negated direction words that the other side negates too, through any row they share
    ("jam5 pagi, jadi gk telat" = "5 am, so I'm not late": "not late" is "gk telat" of the late/on-time row, no
    rendering of "pagi" through the early/late row): such a negator pairs with the other side's own."""
    their_negated = {(h.row, h.side) for h in theirs if h.negated}
    return {h.i for h in mine if h.negated and (h.row, h.side) in their_negated}


@dataclass(frozen=True, slots=True)
class NegationVerdict:
    """``flip`` (with the unmatched negator token on its side), ``unsure`` (explained away) or ``same``."""

    verdict: str
    src_tok: Token | None = None
    tgt_tok: Token | None = None
    why: str = ""


def _lexical(toks: Sequence[Token], text: str, lang: str) -> int:
    """Words with a negation inside their meaning (``unable``, ``kurang``, ``rarely``) that are no counted
    negator, plus ``un-``/``in-``/``dis-``/``mis-``/``non-``/``ill-``/``-less``/``-proof`` words, phrases such
    as "short of" and "keep ... from" (English), and a profile's words (``*`` patterns) and phrases ("noch aus")."""
    L = _lists()
    words = L.lexneg.get(lang, frozenset())
    listed = _listed_lexical(toks, lang)
    n = sum(listed)
    if lang not in ("id", "en"):
        # profile lexical negatives: "*" marks a prefix (unb*) or a suffix (*los)
        pats = words
        pre = tuple(w[:-1] for w in pats if w.endswith("*"))
        suf = tuple(w[1:] for w in pats if w.startswith("*"))
        n += sum(1 for k, t in enumerate(toks) if not listed[k] and (
            (pre and t.w.startswith(pre) and len(t.w) > 4) or (suf and t.w.endswith(suf) and len(t.w) > 5)))
    elif lang == "en":
        morph = set(morphological_negatives(text, lang))
        # a listed word that is negative by its form too ("inadequate") is one lexical negative, not two
        n += len(morph - {t.w for k, t in enumerate(toks) if listed[k]}) + len(_KEEP_FROM.findall(text))
        n += sum(1 for k, t in enumerate(toks) if not listed[k] and t.w not in morph and _affix_negative(toks, k))
    phrases = L.lexneg_phrases.get(lang, ())
    if phrases:
        joined = " " + " ".join(next(iter(t.keys), t.w) if lang == "en" else t.w for t in toks) + " "
        n += sum(joined.count(" " + " ".join(p) + " ") for p in phrases)
        n += _separable_lexical(toks, lang, phrases)
    return n


def _separable_lexical(toks: Sequence[Token], lang: str, phrases: Sequence[tuple[str, ...]]) -> int:
    """How many lexical-negative phrases of a profile language that are a verb and its separable particle ("blieb
    aus" = "did not materialise") stand split: the particle closes the verb's clause with words between ("Bleiben
    die Zahlungen aus", "Größere Schäden blieben nach Angaben der Feuerwehr aus"), where German puts it, as the
    direction rows' separable verbs are read. The phrase as written is counted by the phrase itself. A first part
    the list also holds joined before the verb is separable the same way ("ließ offen" beside "offenließ": "Ob er
    spielt, ließ der Trainer offen", "ließ die Frage offen" = "would not say")."""
    if lang in ("id", "en"):
        return 0
    particles = get_profile(lang).particles | _joined_first_parts(lang, phrases)
    n = 0
    for verb, particle in (p for p in phrases if len(p) == 2 and p[1] in particles):
        for k, t in enumerate(toks):
            if t.w == verb:
                last = _clause_of(toks, k)[-1]
                n += last > k + 1 and toks[last].w == particle
    return n


def _joined_first_parts(lang: str, phrases: Sequence[tuple[str, ...]]) -> frozenset[str]:
    """Second words of a profile's two-word lexical negatives that its list also holds joined before the verb
    ("offen" of "ließ offen", listed "offenließ"): the first part of a separable verb that is no particle
    (offenlassen), which German sets at its clause's end as it does a particle."""
    words = _lists().lexneg.get(lang, frozenset())
    return frozenset(p[1] for p in phrases if len(p) == 2 and p[1] + p[0] in words)


def _listed_lexical(toks: Sequence[Token], lang: str) -> list[bool]:
    """Per token: whether it is a listed lexical negative (``lexneg`` words, ``ketidak-`` words), idioms aside."""
    words = _lists().lexneg.get(lang, frozenset())
    idiom = _idiom_tokens(toks, lang)  # "tidak sedikit" = many, "not a few": no negative word inside
    if lang == "id":
        # "selain itu" (besides that) opens a sentence as "moreover": it excludes nothing
        idiom |= {k for k, t in enumerate(toks[:-1]) if t.w == "selain" and toks[k + 1].w == "itu"}
    if lang == "en":
        # "nil"/"zero" as a score's tally ("won two-nil", "nil-all") is a number, not a negative word
        idiom |= {k for k, t in enumerate(toks) if t.w in ("nil", "zero") and any(
            0 <= j < len(toks) and (toks[j].w in tally_words("en") or toks[j].w.isdigit() or toks[j].w == "all") for j in (k - 1, k + 1))}
    return [k not in idiom and (t.w in words or (lang == "en" and next(iter(t.keys)) in words)
                                or (lang == "id" and (t.w.startswith(("ketidak", "ketak", "tidak-", "tak-"))
                                                      or _id_clitic_lexneg(t.w, words))))
            for k, t in enumerate(toks)]


#: a lexical negative with "-nya" that is an adverb of its own: "sedikitnya 384 orang" = "at least 384 people"
_ID_CLITIC_ADVERBS = frozenset(("sedikitnya",))


def _id_clitic_lexneg(w: str, words: Collection[str]) -> bool:
    """Whether Indonesian ``w`` is a listed lexical negative with a clitic attached: "kurangnya dana" = "a lack of
    funds", "minimnya", "buntunya perundingan", "sulitlah": the clitic changes the word class, not the meaning
    (a bound of a number aside: ``sedikitnya``)."""
    return w not in _ID_CLITIC_ADVERBS and any(
        w.endswith(c) and len(w) - len(c) >= 4 and w[: -len(c)] in words for c in _ID_CLITICS)


def _lexical_at(toks: Sequence[Token], text: str, lang: str) -> list[int]:
    """Token indices of the one-word lexical negatives :func:`_lexical` counts (listed words, English negative
    forms such as ``speechless`` or ``undetected``): where a side renders a negation without a negator."""
    listed = _listed_lexical(toks, lang)
    morph = set(morphological_negatives(text, lang)) if lang == "en" else set()
    return [k for k, t in enumerate(toks) if listed[k] or lang == "en" and (t.w in morph or _affix_negative(toks, k))]


#: in-/im-/ir-/il- words (prefixes of them) whose stem is an ordinary word but which negate nothing
_NOT_IN_NEGATIVE = tuple("""immigra inmate invent intent insect insure inspire income input inland insight install
instant insider indoor inbound impact impose import impress improve incite include inform infuse inhale inject insist
invest invoice involve inward inpatient interest internal impassion""".split())
#: dis- words that negate their stem (dis- is too often no negation: discover, discount, display)
_DIS_NEGATIVE = ("disagree", "dishonest", "disapprov", "disadvantag", "discomfort", "disorder", "disloyal",
                 "disobe", "disrespect", "distrust", "dissatisf", "disabl", "disqualif", "dislike", "disbelie",
                 "discontinu", "disconnect", "disprov", "disunit", "disinterest", "disallow",
                 "disorganiz", "disproportion", "disregard", "dissimilar", "displeas", "disconten", "disus")
#: un- sentence adverbs that comment on a clause without negating it ("unfortunately", "undoubtedly")
_SENTENCE_ADVERBS = ("unfortunate", "unusual", "unsurprising", "undoubted", "unquestionab", "understandab",
                     "unprecedentedly")
#: un- verbs that reverse an action rather than negate it (unveiled, unearthed, unleashed)
_UN_REVERSAL = ("unveil", "unearth", "unleash", "unlock", "unload", "unpack", "unfold", "untie", "unwrap", "unplug",
                "uncover", "unravel", "unseal", "unzip", "unfreez", "unburden", "unmask", "unroll", "unwind",
                "unblock", "unfurl", "unhook", "unseat", "undress", "unbuckl", "unbutton", "unscrew", "unionis",
                "unioniz", "united", "uniform")
_ADJ_SUFFIX = re.compile(r"(?:able|ible|ent|ant|ence|ance|ive|ate|ete|al|ect|ure|ite|ar|ous|ise|ile|ity)$")
#: under- words whose stem is an ordinary -ed word but which say no "too little" ("underlined", "underpinned")
_UNDER_NOT_NEGATIVE = ("underlin", "underscor", "underpin", "undermin", "undergon", "undertak", "underwrit",
                       "underlay", "understat")
#: endings of a mal- word's stem that mark a process or state gone wrong ("malnutrition", "malnourished")
_MAL_STEM_ENDINGS = ("tion", "ment", "ished", "ised", "ized", "ence")


def _affix_negative(toks: Sequence[Token], k: int) -> bool:
    """Whether English token ``k`` negates an ordinary word by its form: ``speechless``, ``bulletproof``,
    ``impractical``, ``incompetent``, ``untroubled``, ``disagreement``, ``non-English``,
    ``ill-advised`` (an ``ill`` before a past participle), ``intangibles``."""
    w = toks[k].w
    if w == "non":
        return k + 1 < len(toks)
    if w == "ill":
        return k + 1 < len(toks) and toks[k + 1].w.endswith(("ed", "en"))
    if len(w) < 6 or len(w) < 7 and not w.startswith("un") or w.startswith(_SENTENCE_ADVERBS):
        return False
    if w in _wordnet_affix_negatives() and not w.startswith(_UN_REVERSAL):
        return True  # WordNet names its stem as its antonym: "unproven", "unseaworthy", "illegible"
    if w.endswith("ly") and (w.startswith(("un", "dis")) or w.endswith("lessly")):
        w = w[:-2]  # "unevenly", "disorderly", "tirelessly": the adjective's negation (sentence adverbs aside)
    elif w.endswith("ly"):
        return False
    if w.endswith(("ables", "ibles")):
        w = w[:-1]  # an -able word made a noun: "intangibles", "imponderables", "unknowables"
    if w.endswith("less") and w not in ("unless", "nevertheless", "nonetheless"):
        return len(w) - 4 >= 3 and _dictionary_word(w[:-4])  # "endless", "useless", "colourless"
    if w.endswith("proof"):
        return is_common_word(w[:-5], "en", stems=False)
    if w.startswith("under"):
        # "underrepresented", "underfunded", "underpaid": too little, which renders "tidak ... memadai"
        return len(w) >= 9 and w.endswith(("ed", "paid")) and not w.startswith(_UNDER_NOT_NEGATIVE) and any(
            is_common_word(x, "en") for x in _stem_forms(w[5:]))
    if w.startswith("un"):
        # a participle after "un-" negates whatever its verb ("unpolluted", "unpaved", "uninhabited"); reversals (and
        # "united", "uniform": _UN_REVERSAL), "under-" words and "unified" aside
        participle = w.endswith("ed") and len(w) >= 8 and not w.startswith(("under", "unified"))
        known = _dictionary_word if w.endswith(_EN_ADJECTIVE_ENDINGS) else functools.partial(is_common_word, lang="en")
        # an -ive adjective read through its noun too ("unresponsive": response)
        forms = _stem_forms(w[2:]) + ([w[2:-3], w[2:-3] + "e"] if w.endswith("ive") else [])
        return not w.startswith(_UN_REVERSAL) and (participle or any(known(x) for x in forms))
    if _privative_a(w):
        return True
    if w.startswith("dis"):
        return w.startswith(_DIS_NEGATIVE)
    if w.startswith("mis") and len(w) >= 7 and (w.endswith("ed") or w[3:].startswith(("trust", "understand", "understood"))):
        # "mistrust", "misunderstood", "misjudged": wrongly or not at all; a mis- noun or -ing adjective is a bad
        # thing, no negation ("misadventures", "a misfiring side"), and "mission", "missile" have no stem
        return any(is_common_word(x, "en") for x in _stem_forms(w[3:]))
    if w.startswith("mal") and len(w) >= 9:
        # "malnutrition" (gizi tidak seimbang), "malfunctioned" (tidak berfungsi), "malpractice"
        return w[3:].endswith(_MAL_STEM_ENDINGS) or any(is_common_word(x, "en") for x in _stem_forms(w[3:]))
    if w.startswith("de") and re.search(r"i[sz](?:e|ed|es|ing|ation|ations)$", w):
        # "decriminalised" (tidak lagi dianggap tindak pidana), "denuclearisation", "decentralized": undoing
        return any(is_common_word(x, "en", stems=False) for x in _stem_forms(w[2:]))
    if w.endswith("ities"):
        w = w[:-3] + "y"  # "irregularities", "inequalities": the noun's singular
    if w[:2] in ("in", "im", "ir", "il") and not w.startswith(_NOT_IN_NEGATIVE) and len(w) - 2 >= 5 and (
            _ADJ_SUFFIX.search(w)):
        if w.endswith(("sive", "sives")):
            # a Latin "in-" of a verb's stem ("intensive", "impulsive", "invasive": intend, impel, invade), no
            # negation, unless the rest is an adjective of its own ("inexpensive", "indecisive", "inconclusive")
            return _dictionary_word(w[2:].removesuffix("s") if w.endswith("sives") else w[2:])
        # an ordinary stem (impractical), or a rare word made of a long adjective (incompetent, insolvent)
        return any(is_common_word(x, "en", stems=False) for x in _stem_forms(w[2:])) or (
            len(w) - 2 >= 6 and w.endswith(("ent", "ant", "able", "ible")) and not is_common_word(w, "en", stems=False))
    return False


@functools.cache
def _wordnet_affix_negatives() -> frozenset[str]:
    """English adjectives whose stem WordNet lists as their antonym (``affix_negatives_en.txt``, built by
    ``scripts/build_affix_negatives.py``): they negate by their form where the rules below lack the stem's word
    ("unproven": "proven" is no word of the corpus vocabulary)."""
    return frozenset(row[0] for row in base_lines("affix_negatives_en.txt"))


#: the endings of the adjectives that a privative "a-" negates ("asymptomatic", "atypical", "apolitical", "amoral")
_A_PRIVATIVE_ENDINGS = ("ic", "ical", "al")


#: endings of English adjectives: an "un-" word in one is read through the dictionary too ("unnecessary",
#: "unconscious", "unsinkable"); others through the corpus vocabulary only ("ungodly" = outrageously, a word of
#: degree)
_EN_ADJECTIVE_ENDINGS = ("ary", "ous", "ic", "al", "ful", "ive", "ent", "ant", "able", "ible", "ed", "ing")


def _dictionary_word(w: str) -> bool:
    """Whether ``w`` is an ordinary English word: a common one of the corpus vocabulary, or one the bilingual
    dictionary renders (``renderings.tsv``), whose words the vocabulary of news lines misses ("necessary",
    "conscious" of "unnecessary", "unconscious"); a British "-our" spelling is read as the American "-or"
    ("colourless", "odourless")."""
    w = fold(w)
    if is_common_word(w, "en") or w in _renderings_en():
        return True
    return w.endswith("our") and len(w) > 4 and _dictionary_word(w[:-3] + "or")


def _privative_a(w: str) -> bool:
    """Whether ``w`` negates an adjective by the Greek privative "a-" ("asymptomatic" = without symptoms,
    "atypical", "apolitical", "amoral"): an "a" before a dictionary adjective of five letters or more in
    -ic/-ical/-al, the privative standing before a consonant ("animal", "actual" hold none)."""
    stem = w[1:]
    return w.startswith("a") and len(stem) >= 5 and stem[0] not in "aeiouy" and stem.endswith(
        _A_PRIVATIVE_ENDINGS) and _dictionary_word(stem)


def _stem_forms(w: str) -> list[str]:
    """``penetrable`` -> penetrable, penetrate, penetrat(e) ...: the word and the verbs an -able word is made of
    (``usable``: use), and the noun or verb of an -ive word (``responsive``: response)."""
    out = [w]
    for suf in ("able", "ible"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            b = w[: -len(suf)]
            out += [b, b + "e", b + "ate"]
            if b.endswith("i"):
                out.append(b[:-1] + "y")  # enviable: envy
    for suf in ("izations", "isations", "ization", "isation", "izing", "ising", "ized", "ised", "izes", "ises", "ize",
                "ise"):
        if w.endswith(suf) and len(w) > len(suf) + 3:
            out.append(w[: -len(suf)])  # civilized: civil; decentralisation: central
            break
    if w.endswith("ity") and len(w) > 6:
        b = w[:-3]
        out += [b, b + "e", b[:-2] + "le" if b.endswith("il") else b]  # regularity: regular, security: secure,
        # stability: stable
    if w.endswith("ive") and len(w) > 6:
        out += [w[:-3], w[:-3] + "e"]  # unresponsive: response, unproductive: product
    if w.endswith("ied") and len(w) > 5:
        out.append(w[:-3] + "y")  # unverified: verify
    elif w.endswith("ed") and len(w) > 5:
        out += [w[:-2], w[:-1]]  # unsigned: sign, unused: use
    return out


#: "keeps it from competing", "barred them from leaving": a negation in English without a negator
_KEEP_FROM = re.compile(r"\b(?:keep|keeps|kept|keeping|stop|stops|stopped|bar|bars|barred|ban|bans|banned|prohibit\w*|"
                        r"prevent\w*|refrain\w*|discourag\w*|restrain\w*)\b[^.,;:]{0,40}?\bfrom\b", re.I)


def negation_flips(s_toks: Sequence[Token], s_text: str, s_lang: str, t_toks: Sequence[Token], t_text: str,
                   t_lang: str, exclude_s: Collection[int] = (), exclude_t: Collection[int] = (),
                   n_sentences: tuple[int, int] = (1, 1)) -> NegationVerdict:
    """Compare the negation of two sides (see the module docstring).

    :param exclude_s: source token indices already reported (a direction flip's word) or out of scope;
        ``exclude_t`` likewise.
    :param n_sentences: how many sentences each side joins (source, target).
    """
    # a question on one side only asks what the other states: its negators count (see _negators)
    s_q, t_q = any(t.question for t in s_toks), any(t.question for t in t_toks)
    sn, tn = _negators(s_toks, s_lang, s_q), _negators(t_toks, t_lang, t_q)
    if s_q and t_q:
        # both sides ask: a negator that forms one side's question counts when the other side's question holds
        # a negator too ("Bukankah itu lebih kuat?" = "And isn't that stronger?"); alone it is rhetoric
        # ("Tidakkah fotografi mengagumkan?" = "Is photography awesome?")
        sf, tf = _negators(s_toks, s_lang, True, True), _negators(t_toks, t_lang, True, True)
        sn, tn = (sf if tf.total else sn), (tf if sf.total else tn)
    s_all = set(sn.hard + sn.soft)
    t_all = set(tn.hard + tn.soft)
    for o_toks, o_lang, o_all, e_toks, e_text, e_lang, e_all, o_is_src in (
            (s_toks, s_lang, s_all, t_toks, t_text, t_lang, t_all, True),
            (t_toks, t_lang, t_all, s_toks, s_text, s_lang, s_all, False)):
        tok = _unless_unnegated(o_toks, o_lang, o_all, e_toks, e_text, e_lang, e_all)
        if tok is not None:
            return NegationVerdict("flip", tok if o_is_src else None, None if o_is_src else tok,
                                   'an "only ... if" rendered "unless" without its negator')
    drop_s = set(exclude_s) | _gloss_negators(s_toks, s_text, s_lang, sn.hard, t_toks) | _cancelled_by_direction(s_toks, s_lang, s_all, t_toks, t_lang, t_all)
    drop_t = set(exclude_t) | _gloss_negators(t_toks, t_text, t_lang, tn.hard, s_toks) | _cancelled_by_direction(t_toks, t_lang, t_all, s_toks, s_lang, s_all)
    where_s: dict[int, int] = {}
    where_t: dict[int, int] = {}
    guard_s = _guarded(s_toks, s_lang, [k for k in s_all if k not in drop_s], t_toks, t_lang, t_text, where_s)
    guard_t = _guarded(t_toks, t_lang, [k for k in t_all if k not in drop_t], s_toks, s_lang, s_text, where_t)
    if len(s_all - drop_s) == len(t_all - drop_t):
        # counts already equal: a negator the other side negates nearer than the guard word stands is rendered
        # by that negator ("tidak pernah terdegradasi sejak itu" = "never relegated ever since": the "ever" of
        # "ever since" renders no "tidak pernah")
        guard_s = _unmatched(s_toks, guard_s, where_s, t_toks, t_all - drop_t)
        guard_t = _unmatched(t_toks, guard_t, where_t, s_toks, s_all - drop_s)
    drop_s |= guard_s
    drop_t |= guard_t
    s_hard = [k for k in sn.hard if k not in drop_s]
    t_hard = [k for k in tn.hard if k not in drop_t]
    s_tot = len(s_hard) + len([k for k in sn.soft if k not in drop_s])
    t_tot = len(t_hard) + len([k for k in tn.soft if k not in drop_t])
    if s_tot == t_tot and s_lang == "id" and t_lang == "en":
        k = _kurang_dropped(s_toks, t_toks, t_all)
        if k is not None:
            return NegationVerdict("flip", s_toks[k], None, "'kurang' (not very) before a word the other side states "
                                                            "plainly")
    if s_tot == t_tot and (s_all & drop_s or t_all & drop_t or sn.doubles or tn.doubles):
        # a guard already pairs a negator with a word, or two negators cancel: the places tell no more
        return NegationVerdict("same")
    if s_tot == t_tot:
        # no negator was dropped on either side (see above): every counted one is left
        return _displaced(s_toks, s_text, s_lang, s_hard, sorted(s_all), t_toks, t_text, t_lang, t_hard, sorted(t_all))
    if s_tot > t_tot:
        hi_hard, lo_tot, hi_toks, lo_toks, lo_text, lo_lang, hi_is_src = s_hard, t_tot, s_toks, t_toks, t_text, t_lang, True
        lo_hard = t_hard
    else:
        hi_hard, lo_tot, hi_toks, lo_toks, lo_text, lo_lang, hi_is_src = t_hard, s_tot, t_toks, s_toks, s_text, s_lang, False
        lo_hard = s_hard
    hi_sentences, lo_sentences = n_sentences if hi_is_src else n_sentences[::-1]
    hi_lang = s_lang if hi_is_src else t_lang
    lo_doubles = (tn if hi_is_src else sn).doubles
    if lo_doubles:
        # a double negation rendered as a negator of a word negative in its meaning: "tidak kehilangan" =
        # "did not lose", "bukan tidak mungkin" = "not impossible" (each side then negates twice)
        explained = [k for k in hi_hard if _negates_negative(hi_toks, k, hi_lang)][:lo_doubles]
        hi_hard = [k for k in hi_hard if k not in explained]
        if explained and len(hi_hard) <= lo_tot:
            return NegationVerdict("unsure", why="double negation on the other side")
    if len(hi_hard) <= lo_tot:
        return NegationVerdict("unsure", why="soft negators only")
    diff = len(hi_hard) - lo_tot
    if diff == 2 and not any(lo_toks[k].w in _WITHOUT for k in lo_hard) and any(
            _without_then_not(hi_toks, a, b) for a, b in zip(hi_hard, hi_hard[1:])):
        # "you can't have one without the other" = "harus ada keduanya": a double negation in one clause affirms
        # (unless the other side has its "tanpa": then the "not" is the added one)
        return NegationVerdict("unsure", why="double negation")
    if lo_tot and diff < 2 and hi_sentences > lo_sentences:
        # both sides negated and the more negated side is split into more sentences: one negator of the
        # other side often scopes over both ("does not constitute an invasion that would trigger sanctions" =
        # "tidak dianggap invasi. Karena itu, ... tidak memicu sanksi")
        return NegationVerdict("unsure", why="both sides negated")
    hi_text = s_text if hi_is_src else t_text
    if _explaining_lexical(lo_toks, lo_text, lo_lang, hi_toks, hi_text, hi_lang, hi_hard) >= diff:
        return NegationVerdict("unsure", why="lexical negative on the other side")
    tok = _farthest(hi_toks, hi_hard, lo_toks, lo_hard)
    why = _one_rendered(hi_toks, hi_toks.index(tok), hi_lang, lo_toks, lo_lang, bool(lo_hard)) if diff == 1 else None
    if why is not None:
        return NegationVerdict("unsure", why=why)
    return NegationVerdict("flip", tok if hi_is_src else None, None if hi_is_src else tok, "negator without counterpart")


def _one_rendered(hi_toks: Sequence[Token], k: int, hi_lang: str, lo_toks: Sequence[Token], lo_lang: str,
                  lo_negated: bool) -> str | None:
    """Why the one negator ``k`` that the other side lacks is rendered there all the same, by the first structure
    that explains it (each a function of its own, with its examples); ``None`` when none does.

    :param lo_negated: whether the other side holds a counted hard negator of its own.
    """
    checks: tuple[tuple[Callable[[], bool], str], ...] = (
        (lambda: _not_only_rendered(hi_toks, k, lo_toks), "not only ... but on the other side"),
        (lambda: _idiom_split(hi_toks, k, hi_lang, lo_toks, lo_lang), "a negation idiom of the other side, split here"),
        (lambda: _litotes_word_for_word(hi_toks, k, hi_lang, lo_toks, lo_lang), "a litotes of the other side rendered word for word"),
        (lambda: _exception_as_only(hi_toks, k, lo_toks), "a negation with an exception, rendered by 'only'"),
        (lambda: hi_lang != "en" and _english_idiom_literal(hi_toks, k, hi_lang, lo_toks), "an English negation idiom rendered word for word"),
        (lambda: not lo_negated and _negated_denial(hi_toks, k, hi_lang, lo_toks), "a negated denial or refusal, which affirms"),
        (lambda: _not_all_as_only_some(hi_toks, k, lo_toks), "'not all' rendered by 'only some'"),
        (lambda: _exception_before_as_only(hi_toks, k, lo_toks), "an exception before a negation, rendered by 'only'"),
        (lambda: _contrast_as_rather(hi_toks, k, lo_toks), "a 'not X but Y' contrast, rendered by 'rather than'"),
        (lambda: _too_as_not_enough(hi_toks, k, lo_toks), "'not ... enough' rendered by 'too'"),
        (lambda: _none_more_as_superlative(hi_toks, k, hi_lang, lo_toks, lo_lang), "'no one more ... than' rendered by a superlative"),
        (lambda: _before_for_without(hi_toks, k, lo_toks), "'without (having)' / 'not yet' rendered by 'before'"),
        (lambda: _no_longer_as_stop(hi_toks, k, lo_toks), "'no longer' rendered by a word of stopping"),
        (lambda: _none_as_all(hi_toks, k, lo_toks), "'none harmed' rendered by 'all unharmed'"),
        (lambda: _too_to(hi_toks, k, lo_toks), "a negated result rendered by 'too ... to'"),
        (lambda: _scant(hi_toks, k, lo_toks), "'not much' / 'almost no' rendered by a word of scarcity"),
        (lambda: _cannot_as_hard(hi_toks, k, lo_toks), "'could not' rendered by a word of difficulty"),
        (lambda: _not_since_as_first(hi_toks, k, lo_toks), "'not since' rendered by 'the first / last since'"),
        (lambda: not lo_negated and _litotes_as_plain(hi_toks, k, hi_lang, lo_toks, lo_lang), "an English litotes ('not unusual') rendered plainly"),
        (lambda: _not_before_as_first(hi_toks, k, lo_toks), "'never / not ... before' rendered by 'for the first time' / 'at the earliest'"),
        (lambda: not lo_negated and _prohibition_as_keep(hi_toks, k, hi_lang, lo_toks), "a prohibition rendered by an imperative of keeping or leaving"),
        (lambda: _advice_against(hi_toks, k, hi_lang, lo_toks), "advice against, rendered by a word of unwisdom"),
    )
    return next((why for hit, why in checks if hit()), None)


#: English imperatives that tell what to refrain from without a negator ("Keep children away from the pool", "Leave
#: wild plants alone", "Keep your hands off the coral"), with the particle of distance that makes them so ("Stay close
#: to the riverbank" tells the opposite)
_KEEP_IMPERATIVE = frozenset("keep leave stay".split())
_KEEP_APART = frozenset("away off out alone clear undisturbed untouched".split())
#: what may stand before an imperative inside a sentence: a clause joiner or a politeness word
_BEFORE_IMPERATIVE = frozenset("and or but then so please always".split())


def _prohibition_as_keep(hi_toks: Sequence[Token], k: int, hi_lang: str, lo_toks: Sequence[Token]) -> bool:
    """Whether negator ``k`` is an Indonesian prohibition ("jangan", imperative) that the English renders by an
    imperative of keeping or leaving at about its place: "Jangan menyentuh karang" = "Keep your hands off the
    coral", "jangan biarkan kapas itu kering" = "keep the cotton wool moist", "Jangan mencabut tanaman liar" =
    "Leave wild plants alone". Travel and how-to copy absorbs the negation into the verb; an English negator
    ("Don't keep ...") would have been counted. The imperative needs its particle of distance in its clause
    ("away", "off", "alone"): "keep close" or "keep the soil dry" may state the opposite of the prohibition."""
    if hi_lang != "id" or hi_toks[k].w not in ("jangan", "janganlah"):
        return False
    n_hi, n_lo = max(len(hi_toks), 1), max(len(lo_toks), 1)
    return any(t.w in _KEEP_IMPERATIVE and (j == 0 or t.boundary or lo_toks[j - 1].w in _BEFORE_IMPERATIVE)
               and _at_place(k, n_hi, j, n_lo, CANCEL_SPAN) and _apart_after(lo_toks, j) for j, t in enumerate(lo_toks))


def _apart_after(toks: Sequence[Token], j: int) -> bool:
    """Whether a particle of distance ("away", "off", "alone") follows word ``j`` within its clause."""
    for i in range(j + 1, min(len(toks), j + 8)):
        if toks[i].boundary:
            return False
        if toks[i].w in _KEEP_APART:
            return True
    return False


#: Indonesian words of advice that a negator beside them turns into advice against ("sebaiknya tidak", "tidak
#: disarankan", "tidak dianjurkan")
_ADVICE_ID = frozenset("sebaiknya seyogianya seyogyanya disarankan dianjurkan direkomendasikan".split())
#: English words of unwisdom that render advice against without a negator ("is a bad idea", "it is unwise to",
#: "inadvisable", "ill-advised", "best avoided")
_UNWISE_EN = frozenset("unwise inadvisable ill-advised imprudent bad poor avoid avoided discourage discouraged".split())


def _advice_against(hi_toks: Sequence[Token], k: int, hi_lang: str, lo_toks: Sequence[Token]) -> bool:
    """Whether Indonesian negator ``k`` stands beside a word of advice ("Sebaiknya tidak berkemah di tepi sungai",
    "Tidak disarankan menyewa sepeda motor") and the English renders the advice against by a word of unwisdom
    ("Camping on riverbanks is a bad idea", "It is unwise to ..."): the negation is the advice's, told by its
    adjective. A "bad"/"poor" counts only before "idea" or "choice"."""
    if hi_lang != "id" or hi_toks[k].w not in ("tidak", "tak"):
        return False
    if not any(0 <= j < len(hi_toks) and hi_toks[j].w in _ADVICE_ID for j in (k - 1, k + 1)):
        return False
    for j, t in enumerate(lo_toks):
        w = next(iter(t.keys), t.w)
        if t.w in ("bad", "poor"):
            if j + 1 < len(lo_toks) and lo_toks[j + 1].w in ("idea", "choice", "move"):
                return True
        elif t.w in _UNWISE_EN or w in _UNWISE_EN:
            return True
    return False


#: words that affirm what a negated denial or refusal affirms ("tidak membantah" = "acknowledged")
_AFFIRMING = {"en": frozenset("acknowledge admit concede confirm accept agree allow open".split()),
              "id": frozenset("akui mengakui diakui benar membenarkan dibenarkan terima menerima diterima setuju "
                              "menyetujui disetujui buka membuka terbuka iya mengiyakan".split())}


def _negated_denial(toks: Sequence[Token], k: int, lang: str, other: Sequence[Token]) -> bool:
    """Whether negator ``k`` negates a word of denial or refusal (a soft negator of ``negation.tsv``) and the other
    side affirms with a word of admission or acceptance: "tidak menampik kemungkinan" = "left open the
    possibility", "tidak membantah" = "acknowledged", "did not deny" = "mengakui". The two negations cancel. A
    "not denied" against a plain verb ("was not denied by the keeper" for "dijegal") stays a flip."""
    soft = _lists().soft.get(lang, frozenset())
    affirming = _AFFIRMING.get("id" if lang == "en" else "en", frozenset())
    return any(t.w in soft or next(iter(t.keys), "") in soft for t in _negated_words(toks, k, lang)) and any(
        t.w in affirming or bool(t.keys & affirming) for t in other)


def _without_then_not(toks: Sequence[Token], a: int, b: int) -> bool:
    """Whether negators ``a`` and ``b`` are a "without" and a "not" of one claim, which affirms: in one clause, the
    "not" first ("you can't have one without the other" = "harus ada keduanya"), or a "without" phrase opening the
    sentence or clause and the negated clause right after its comma ("Tanpa bantuan pemerintah, petani tidak bisa
    bertahan" = "Farmers need government help to survive")."""
    between = [j for j in range(a + 1, b + 1) if toks[j].boundary]
    if toks[b].w in _WITHOUT and toks[a].w not in _WITHOUT:
        return not between
    return toks[a].w in _WITHOUT and toks[b].w not in _WITHOUT and toks[a].boundary and len(between) == 1 and not any(
        toks[j].w in _CONJUNCTIONS or toks[j].w in _SUBORDINATORS for j in range(between[0], b))


#: the second word of a "not only" idiom (tidak hanya, bukan sekadar, not just)
_ONLY = frozenset("hanya saja cuma sekadar sekedar semata semata-mata only just merely simply nur lediglich".split())
#: the "but" that closes a "not X but Y" contrast
_BUT = frozenset("tetapi tapi namun melainkan but".split())


def _not_only_rendered(hi_toks: Sequence[Token], k: int, lo_toks: Sequence[Token]) -> bool:
    """Whether negator ``k`` opens a "not X, but Y" contrast that renders a "not only X but (also) Y" of the other
    side at the same place ("Tidak hanya satu, tapi 50 persen" = "Not one, but 50 percent"): the other side's
    idiom negates nothing, and neither does this negator, which only sets X against Y."""
    if not any(t.w in _BUT for t in hi_toks[k + 1:]):
        return False
    n_hi, n_lo = max(len(hi_toks), 1), max(len(lo_toks), 1)
    return any(a.w in _ONLY and j and lo_toks[j - 1].w in ("tidak", "tak", "bukan", "not", "n't")
               and abs((j - 1) / n_lo - k / n_hi) <= RENDER_SPAN for j, a in enumerate(lo_toks))


def _idiom_split(hi_toks: Sequence[Token], k: int, hi_lang: str, lo_toks: Sequence[Token], lo_lang: str) -> bool:
    """Whether negator ``k`` and the word after it would form a negation idiom of its own language had a word not
    stood between them ("can't just rely" holds "not just"; German "nicht nur" there is "can't rely only"),
    and the other side holds such an idiom's negator at its place: each side negates the same "only", one as an
    idiom and one split by its verb, so the idiom list alone would count the negator on one side only."""
    if k + 1 >= len(hi_toks) or hi_toks[k + 1].boundary:
        return False
    L = _lists()
    neg = "not" if hi_toks[k].w == "n't" else hi_toks[k].w
    if (neg, hi_toks[k + 1].w) not in L.idioms.get(hi_lang, ()):
        return False
    lo_hard = L.hard.get(lo_lang, frozenset())
    n_hi, n_lo = max(len(hi_toks), 1), max(len(lo_toks), 1)
    return any(lo_toks[j].w in lo_hard and abs(j / n_lo - k / n_hi) <= RENDER_SPAN
               for j in _idiom_tokens(lo_toks, lo_lang))


def _negated_members(toks: Sequence[Token], k: int, lang: str) -> set[tuple[int, str]]:
    """The direction-row members (row, side) of the words negator ``k`` negates, within ``NEG_WINDOW`` after it."""
    return {(h.row, h.side) for h in _direction_hits(toks, lang, {k}) if h.negated and k < h.i <= k + NEG_WINDOW}


def _english_idiom_literal(hi_toks: Sequence[Token], k: int, hi_lang: str, lo_toks: Sequence[Token]) -> bool:
    """Whether Indonesian (or German) negator ``k`` stands where the English holds a negation idiom whose negator
    the count leaves out and that a word for word rendering keeps negated ("literal" rows of negation.tsv: "no matter", "no
    surprise", "did not hesitate", "could not help", "no big deal", "not take it lying down"; not "nothing
    special", which "gak ada lawan" (unbeatable) is not): an Indonesian written or rendered word for word keeps its
    negator ("tidak peduli siapa" = "no matter
    who", "tidak mengejutkan" = "no surprise", "tidak ragu menembak" = "did not hesitate to shoot"). A negated word
    that is the opposite member of a direction row to the idiom's word ("tidak banyak" against "not a few") stays a
    flip. German renders these idioms word for word too ("werde nicht zögern" = "would not hesitate", "keine
    Überraschung" = "no surprise", "konnten sich ... nicht verkneifen" = "could not help")."""
    L = _lists()
    en_hard = L.hard.get("en", frozenset())
    idiom = _idiom_tokens(lo_toks, "en", literal=True)
    n_hi, n_lo = max(len(hi_toks), 1), max(len(lo_toks), 1)
    mine = _negated_members(hi_toks, k, hi_lang)
    for j in sorted(idiom):
        if lo_toks[j].w not in en_hard or not _at_place(k, n_hi, j, n_lo, RENDER_SPAN):
            continue
        if hi_lang != "id" and abs(j / n_lo - k / n_hi) > CANCEL_SPAN:
            continue  # a profile language's negator of another clause, even in a short sentence ("Egal wer gewinnt, die
            # Steuern werden nicht steigen" is no "No matter who wins" rendered word for word)
        theirs: set[tuple[int, str]] = set()
        for i in range(j + 1, min(j + 4, len(lo_toks))):
            if i in idiom:
                theirs |= _word_members(lo_toks, i, "en")
        if not any((row, side) not in theirs and any(r == row for r, _ in theirs) for row, side in mine):
            return True
    return False


#: words that make an exception to a negation ("tidak ada yang boleh masuk kecuali petugas" = only officers may enter)
_EXCEPT = frozenset("kecuali selain except excepting außer ausser".split())


#: the words of "only" an exception is rendered by: those of "not only", and Indonesian "satu-satunya" (the only
#: one: "satu-satunya cara" = "cannot be reached except by")
_SOLE = _ONLY | {"satu-satunya", "satu-satunyanya"}


def _outside_as_except(toks: Sequence[Token], e: int) -> bool:
    """Whether token ``e`` is the ``luar`` of an Indonesian "di luar" (outside) that makes an exception to a negation
    of its clause: "tidak boleh menyeberang di luar zebra cross" = "may cross only at zebra crossings"."""
    return toks[e].w == "luar" and e >= 1 and toks[e - 1].w == "di"


#: universal quantifiers a negator may negate ("tidak semua", "not every") and the partitive quantifiers of "only
#: some" ("hanya sebagian", "only a few")
_UNIVERSAL = frozenset("semua seluruh segala setiap all every everyone everybody everything".split())
_PARTITIVE = frozenset("sebagian beberapa segelintir sejumlah some few part certain handful minority".split())


def _not_all_as_only_some(hi_toks: Sequence[Token], k: int, lo_toks: Sequence[Token]) -> bool:
    """Whether negator ``k`` negates a universal quantifier ("tidak semua restoran", "not all visitors") and the
    other side says "only" before a partitive quantifier about there ("only some restaurants", "hanya sebagian
    pengunjung"): "not all" is "only some", with no negator."""
    if k + 1 >= len(hi_toks) or hi_toks[k + 1].boundary or hi_toks[k + 1].w not in _UNIVERSAL:
        return False
    n_hi, n_lo = max(len(hi_toks), 1), max(len(lo_toks), 1)
    return any(t.w in _ONLY and any(o.w in _PARTITIVE for o in lo_toks[j + 1:j + 3])
               and _at_place(k, n_hi, j, n_lo, RENDER_SPAN) for j, t in enumerate(lo_toks))


def _exception_as_only(hi_toks: Sequence[Token], k: int, lo_toks: Sequence[Token]) -> bool:
    """Whether negator ``k`` is negated with an exception after it in its clause ("tidak ada yang boleh masuk kecuali
    petugas", "tidak bisa berbuat apa-apa selain menunggu") and the other side says "only" at the place of the
    negator or of the exception ("Only officers may enter", "could only wait"): "none but X" is "only X"."""
    n_hi, n_lo = max(len(hi_toks), 1), max(len(lo_toks), 1)
    for e in range(k + 1, len(hi_toks)):
        if hi_toks[e].boundary:
            return False
        if hi_toks[e].w in _EXCEPT or _outside_as_except(hi_toks, e):
            short = min(n_hi, n_lo) < SHORT_SENTENCE  # places tell nothing in a short sentence
            if any(t.w in ("little", "few") and any(lo_toks[i].w == "but" for i in range(j + 1, min(j + 4, len(lo_toks))))
                   for j, t in enumerate(lo_toks)):
                return True  # "tidak punya pilihan selain mengungsi" = "had little choice but to flee"
            if _exceptive_but(lo_toks):
                return True  # "tidak bepergian ... kecuali yang mendesak" = "advises against all but essential travel"
            return any(t.w in _SOLE and t.w not in ("saja", "just", "simply") and (short or min(
                abs(j / n_lo - k / n_hi), abs(j / n_lo - e / n_hi)) <= RENDER_SPAN) for j, t in enumerate(lo_toks))
    return False


def _exceptive_but(lo_toks: Sequence[Token]) -> bool:
    """Whether the other side makes its exception with a negative quantifier and "but" ("bring nothing but their
    phones", "none but") or with "against all but" ("advises against all but essential travel"): English news renders
    "tidak V ... kecuali X" this way, the negation absorbed by "nothing" or by "against", so the exception after the
    negator is the evidence (as for "only"). A plain "all but" (= almost) or "everything but" (the inverse: bring
    everything but X) renders no negation."""
    return any(lo_toks[j + 1].w == "but" and (t.w in ("nothing", "none") or t.w == "all" and j and lo_toks[j - 1].w
                                              == "against") for j, t in enumerate(lo_toks[:-1]))


def _exception_before_as_only(hi_toks: Sequence[Token], k: int, lo_toks: Sequence[Token]) -> bool:
    """Whether negator ``k`` follows the exception it makes, which opens its clause or the sentence ("Außer dem
    Fahrer wurde niemand verletzt", "Selain petugas, tidak ada yang boleh masuk", "Except for the driver, no one
    was hurt"), and the other side says "only" ("Only the driver was injured", "Nur der Fahrer wurde verletzt"):
    "none but X" is "only X" in either order (see :func:`_exception_as_only`). "selain itu" (moreover) excludes
    nothing."""
    for e in range(k - 1, -1, -1):
        if hi_toks[e].w in _EXCEPT and not (e + 1 < len(hi_toks) and hi_toks[e + 1].w == "itu"):
            if not (e == 0 or hi_toks[e].boundary):
                return False
            return any(t.w in _ONLY and t.w not in ("saja", "just", "simply") for t in lo_toks)
        if hi_toks[e].boundary and e and not any(t.w in _EXCEPT for t in hi_toks[:e]):
            return False
    return False


#: the "but" of a corrective "not X but Y" (German "sondern", Indonesian "melainkan"): it replaces X, adds nothing
_CORRECTIVE_BUT = frozenset("sondern melainkan but".split())
#: words that set Y in place of X without a negator ("Y rather than X", "statt X", "alih-alih X")
_RATHER = (("rather", "than"), ("instead", "of"), ("instead",), ("statt",), ("anstatt",), ("stattdessen",), ("alih-alih",))


def _contrast_as_rather(hi_toks: Sequence[Token], k: int, lo_toks: Sequence[Token]) -> bool:
    """Whether negator ``k`` opens a corrective "not X, but Y" ("Nicht die Regierung, sondern das Parlament
    entscheidet", "bukan pemerintah, melainkan DPR") and the other side sets Y in place of X by "rather than",
    "instead of" or "statt" ("Parliament, rather than the government, decides"): the negator only rules X out,
    which the other side says without one. A "but" of concession ("not cheap, but good") has no such word
    on the other side."""
    if not any(t.w in _CORRECTIVE_BUT for t in hi_toks[k + 1:k + 1 + 3 * NEG_WINDOW]):
        return False
    words = [t.w for t in lo_toks]
    return any(words[j:j + len(r)] == list(r) for r in _RATHER for j in range(len(words)))


#: "enough" (English, German, Indonesian) and "too" of an excess (German "zu" only before an adjective, see
#: :func:`_too_as_not_enough`)
_ENOUGH = frozenset("enough genug cukup".split())
_TOO = frozenset("too zu terlalu".split())


def _too_as_not_enough(hi_toks: Sequence[Token], k: int, lo_toks: Sequence[Token]) -> bool:
    """Whether negator ``k`` negates an "enough" of its clause ("nicht dick genug, um", "not wide enough for",
    "tidak cukup kuat") and the other side says "too" before a word of the opposite degree ("zu dünn, um",
    "too thin to", "terlalu lemah"): "not X enough" is "too un-X". A German "zu" counts only before a word that
    ends its phrase (a comma, "um", "für", "als", the sentence end) and is no infinitive ("um sie zu tragen")."""
    e = next((j for j in range(k + 1, min(len(hi_toks), k + 2 + NEG_WINDOW)) if hi_toks[j].w in _ENOUGH), None)
    if e is None or any(hi_toks[j].boundary for j in range(k + 1, e + 1)):
        return False
    n = len(lo_toks)
    for j, t in enumerate(lo_toks[:-1]):
        if t.w not in _TOO or lo_toks[j + 1].boundary:
            continue
        if t.w != "zu":
            return True
        nxt, after = lo_toks[j + 1], lo_toks[j + 2] if j + 2 < n else None
        if not nxt.cap and not nxt.w.endswith("en") and (after is None or after.boundary or after.w in (
                "um", "fur", "für", "als")):
            return True
    return False


#: negators of a quantity ("no team", "kein Team", "nobody"), which can deny that anyone is more so
_NONE = frozenset("no none nobody nothing no-one never nowhere kein keine keinen keinem keiner keines niemand nichts".split())
#: words of "above all", which render "never/nowhere more so than" ("ganz besonders bei Wettbewerben wie diesen")
_ESPECIALLY = frozenset("especially particularly besonders insbesondere allem terutama khususnya".split())


def _degree_word(toks: Sequence[Token], j: int, lang: str, degree: str) -> bool:
    """Whether token ``j`` is a comparative (``degree`` "comparative": "more", "bigger", "erfolgreicher") or a
    superlative ("most", "the biggest", "die erfahrenste") of its language: English by form, a profile language by
    its ``profile.toml`` rule (see :func:`_degree`)."""
    w = toks[j].w
    if lang == "en" and degree == "superlative":
        return _en_superlative(toks, j)
    if lang == "en":
        if w in ("more", "less", "fewer", "better", "worse"):
            return True
        b = w[:-2]
        return w.endswith("er") and len(w) >= 5 and any(is_common_word(x, "en", stems=False) for x in (
            b, b + "e", b[:-1] + "y" if b.endswith("i") else b, b[:-1] if len(b) > 2 and b[-1] == b[-2] else b))
    if lang in ("id",):
        return False
    rule = get_profile(lang).degrees.get(degree, {})
    return w == ("mehr" if degree == "comparative" else "meisten") or _degree(toks, j, rule, lang)


def _none_more_as_superlative(hi_toks: Sequence[Token], k: int, hi_lang: str, lo_toks: Sequence[Token],
                              lo_lang: str) -> bool:
    """Whether negator ``k`` denies that anyone is more so than someone ("Kein Team war erfolgreicher als
    Leverkusen", "there is no more experienced diplomat than her") and the other side says it by a superlative
    ("the most successful team", "die erfahrenste Diplomatin"): a comparative within a few words after a
    negator of a quantity in its clause, "than"/"als" after it, a superlative on the other side (see :func:`_none_more` for
    Indonesian "tidak ada ... yang lebih"); "never/nowhere more so than" against "especially", "ganz besonders"."""
    if hi_toks[k].w not in _NONE:
        return False
    for j in range(k + 1, min(len(hi_toks), k + 3 * NEG_WINDOW)):
        if hi_toks[j].boundary:
            return False
        if _degree_word(hi_toks, j, hi_lang, "comparative") and any(
                t.w in ("than", "als") for t in hi_toks[j + 1:j + 12]):
            if hi_toks[j].w in ("less", "fewer", "weniger"):
                return False  # "no less experienced than" says no superlative ("the least" would)
            if j + 1 < len(hi_toks) and hi_toks[j + 1].w == "so" and any(t.w in _ESPECIALLY for t in lo_toks):
                return True  # "never more so than at competitions like these" = "ganz besonders bei ..."
            return any(_degree_word(lo_toks, i, lo_lang, "superlative") for i in range(len(lo_toks)))
    return False
#: "before" in both languages: what a "without (having)", "tanpa (sempat)" or "belum" is rendered by
_BEFORE = frozenset(("before", "sebelum"))
#: negators of an event that has not (yet) happened, which the other language may render by "before"
_NOT_YET = frozenset(("without", "tanpa", "belum"))
#: words of a chance had or missed after "without"/"tanpa" or "sebelum" ("without having", "tanpa sempat", "sebelum
#: sempat", "tanpa pernah"): what makes "before" a rendering of them
_CHANCE = frozenset("having ever could can able chance managed sempat pernah bisa dapat berhasil".split())


def _before_for_without(hi_toks: Sequence[Token], k: int, lo_toks: Sequence[Token]) -> bool:
    """Whether negator ``k`` denies that an event happened first and the other side renders it by "before" at its
    place: "tenggelam tanpa sempat mengirim sinyal" = "sank before it could send a signal", "died without having
    enjoyed his retirement" = "meninggal sebelum sempat menikmati", "mundur sebelum masa jabatannya berakhir" =
    "stepped down without finishing his term", "kabur saat polisi belum tiba" = "fled before police arrived". A
    "without"/"tanpa" must negate a verb ("without finishing", "tanpa sempat", "tanpa menunggu"; "tanpa gol" is a
    thing none of); a side that writes "before" itself renders the other's "before" word for word, so its
    negator is no rendering of it."""
    w = hi_toks[k].w
    if w not in _NOT_YET or k + 1 >= len(hi_toks) or hi_toks[k + 1].boundary or any(
            _BEFORE & ({t.w} | t.keys) for t in hi_toks):
        return False  # "belum pernah ... sebelumnya" = "never ... before": rendered word for word
    nxt = hi_toks[k + 1].w
    if w == "without" and not (nxt == "having" or nxt.endswith("ing") and len(nxt) > 4):
        return False
    if w == "tanpa" and not (nxt == "sempat" or nxt.startswith(("me", "ber", "di")) and len(nxt) >= 5
                             and nxt not in _ID_NOT_VERB):
        return False
    n_hi, n_lo = max(len(hi_toks), 1), max(len(lo_toks), 1)
    if w != "belum" and nxt not in _CHANCE and not any(
            any(o.w in _CHANCE for o in lo_toks[j + 1:j + 1 + 2 * NEG_WINDOW]) for j, t in enumerate(lo_toks)
            if t.w in _BEFORE):
        # "Ia sempat meminta pertolongan sebelum pingsan" against "fainted without calling for help" puts the two
        # events the other way round: "without"/"tanpa" takes "before" only with a word of the chance that was
        # missed on one side ("without having", "tanpa sempat", "sebelum sempat", "before it could")
        return False
    # a "before" that ends its clause is the adverb ("has hosted it before"), no event placed before another; the
    # place counts in a short sentence too: "sempat menikmati masa pensiunnya sebelum meninggal" puts the death
    # after "before", where "died without having enjoyed" puts it first
    return any(t.w in _BEFORE and j + 1 < n_lo and not lo_toks[j + 1].boundary
               and abs(j / n_lo - k / n_hi) <= RENDER_SPAN for j, t in enumerate(lo_toks))


#: words of stopping, ending and leaving an office (lemmas for English, as written for Indonesian): what renders a
#: "no longer" / "tidak lagi" ("no longer makes" = "menghentikan produksi", "tidak lagi menjabat" = "former")
_CEASE = frozenset("""stop cease halt quit end former ex retire cancel scrap drop abandon resign discontinue axe ditch
berhenti menghentikan dihentikan terhenti penghentian mantan eks purnawirawan pensiun membatalkan dibatalkan batal
pembatalan mengakhiri diakhiri berakhir mundur mengundurkan hengkang""".split())
#: what follows a negator to make it "no longer": "no longer", "tidak lagi", "not ... anymore"
_LONGER = frozenset(("longer", "lagi", "anymore"))


def _no_longer_as_stop(hi_toks: Sequence[Token], k: int, lo_toks: Sequence[Token]) -> bool:
    """Whether negator ``k`` says something no longer holds ("no longer", "not ... anymore", "tidak lagi", "sudah
    tidak") and the other side renders that by a word of stopping at about its place, one more than this side
    holds: "The company no longer makes the model" = "menghentikan produksi", "tidak lagi menjabat sebagai
    menteri" = "a former minister", "will no longer perform" = "membatalkan konsernya". A word of stopping that is
    negated itself ("did not stop") renders no "no longer"."""
    clause = []
    for t in hi_toks[k + 1:k + 1 + 2 * NEG_WINDOW]:
        if t.boundary:
            break
        clause.append(t.w)
    if not (clause[:2] and any(w in _LONGER for w in clause[:2]) or "anymore" in clause
            or k and hi_toks[k - 1].w == "sudah" and hi_toks[k].w in ("tidak", "tak")):
        return False
    hard = _lists().hard
    negs = hard.get("id", frozenset()) | hard.get("en", frozenset())
    mine = sum(1 for t in hi_toks if t.w in _CEASE or next(iter(t.keys), "") in _CEASE)
    n_hi, n_lo = max(len(hi_toks), 1), max(len(lo_toks), 1)
    theirs = [j for j, t in enumerate(lo_toks) if (t.w in _CEASE or next(iter(t.keys), "") in _CEASE)
              and not any(o.w in negs for o in lo_toks[max(0, j - NEG_WINDOW):j])]
    return len(theirs) > mine and any(_at_place(k, n_hi, j, n_lo, CANCEL_SPAN) for j in theirs)


#: negators of existence that deny a harm of all ("no one was hurt", "tak seorang pun terluka")
_NONE_WORDS = frozenset("no none nobody nothing no-one noone tiada".split())
#: words of all ("seluruh penumpang selamat" = "none of the passengers were hurt")
_ALL = frozenset("all every everyone everybody everything entire whole semua seluruh seluruhnya semuanya segala setiap segenap".split())
#: harm and change that a "none" denies (lemmas and participles for English, as written for Indonesian; being a
#: victim is a harm: "tidak ada siswa yang menjadi korban" = "all students were safe")
_HARM = frozenset("""hurt injure harm kill die damage change wound lose destroy miss injured harmed killed damaged changed
wounded destroyed victim casualty luka terluka cedera tewas meninggal rusak berubah hilang hancur korban""".split())
#: what "all" then are: unharmed, unchanged
_INTACT = frozenset("""safe safely unharmed unhurt intact same unchanged alive survive survived fine selamat utuh aman
sama tetap hidup lengkap""".split())
#: a want that a "none" denies, and what "all" then have ("tak satu pun desa kekurangan air" = "every village had
#: enough water")
_WANTING = frozenset("lack short shortage kekurangan kurang".split())
_SUFFICING = frozenset("enough sufficient adequate ample cukup memadai mencukupi".split())
#: the pairs of opposites that :func:`_none_as_all` reads
_NONE_OPPOSITES = ((_HARM, _INTACT), (_INTACT, _HARM), (_WANTING, _SUFFICING))


def _none_as_all(hi_toks: Sequence[Token], k: int, lo_toks: Sequence[Token]) -> bool:
    """Whether negator ``k`` denies a harm or change of any ("None of the passengers were hurt", "Nothing has
    changed", "tidak ada yang berubah") and the other side says all are unharmed ("Seluruh penumpang selamat",
    "Semuanya masih sama"): "no X was harmed" is "every X is safe", and "no X survived" is "every X was killed"
    ("tewas seluruhnya"), and "no X lacked" is "every X had enough". Both halves must show, the harm (or being intact) after the negator in its clause and
    the word of all with the opposite, not negated, on the other side: "None of the passengers survived" for
    "Seluruh penumpang selamat" holds being intact on both sides and stays a flip."""
    w = hi_toks[k].w
    exists = w in ("tidak", "tak") and k + 1 < len(hi_toks) and hi_toks[k + 1].w in _ID_NONE_HEADS
    if w not in _NONE_WORDS and not exists:
        return False
    theirs = None
    for t in hi_toks[k + 1:k + 1 + _NONE_SPAN]:
        if t.boundary:
            break
        for mine, opposite in _NONE_OPPOSITES:
            if t.w in mine or next(iter(t.keys), "") in mine:
                theirs = opposite
                break
        if theirs is not None:
            break
    if theirs is None or not any(t.w in _ALL for t in lo_toks):
        return False
    # "none survived" is "all were killed" as "none was hurt" is "all are safe": the other side holds the opposite
    hard = _lists().hard
    negs = hard.get("id", frozenset()) | hard.get("en", frozenset())
    return any((t.w in theirs or next(iter(t.keys), "") in theirs)
               and not any(o.w in negs for o in lo_toks[max(0, j - NEG_WINDOW):j]) for j, t in enumerate(lo_toks))


#: "too" in both languages, and what joins it to the verb it rules out ("too scared to testify")
_TOO_ID_EN = _TOO - {"zu"}  # German "zu" is also the infinitive marker ("um ... zu")
_TOO_TO = frozenset(("to", "untuk", "buat"))


def _too_to(hi_toks: Sequence[Token], k: int, lo_toks: Sequence[Token]) -> bool:
    """Whether negator ``k`` negates a result that the other side rules out by "too ... to" at about its place:
    "were so scared that they would not testify" = "terlalu takut untuk bersaksi", "tidak bisa membelinya karena
    terlalu mahal" = "too expensive to buy". A side that writes "too"/"terlalu" itself renders the other's word
    for word ("tidak terlalu takut untuk bersaksi" against "too scared to testify" is a flip)."""
    if any(t.w in _TOO_ID_EN for t in hi_toks):
        return False
    n_hi, n_lo = max(len(hi_toks), 1), max(len(lo_toks), 1)
    for j, t in enumerate(lo_toks):
        if t.w not in _TOO_ID_EN or not _at_place(k, n_hi, j, n_lo, CANCEL_SPAN):
            continue
        for i in range(j + 1, min(j + 5, len(lo_toks))):
            if lo_toks[i].boundary:
                break
            if lo_toks[i].w in _TOO_TO:
                return True
    return False


#: a degree before a negator that makes it "almost none" ("almost no tax", "nyaris tak ada")
_ALMOST = frozenset("almost nearly virtually hampir nyaris".split())
#: amounts after a negator that make it "not much" ("not much gas left", "tidak banyak warga")
_MUCH = frozenset("much many banyak".split())
#: words of a small amount, as written or by lemma, that render "not much" and "almost no"
_SCANT = frozenset("""few little small tiny scant scarce meagre meager low dwindle thin sedikit kecil minim menipis
tipis segelintir langka rendah""".split())


def _scant(hi_toks: Sequence[Token], k: int, lo_toks: Sequence[Token]) -> bool:
    """Whether negator ``k`` says "not much"/"not many" or "almost no" and the other side renders it by a word of a
    small amount at about its place: "paid almost no tax" = "membayar pajak yang sangat kecil", "There is not much
    gas left" = "Pasokan gas menipis", "tidak banyak investor" = "few investors". A word of a small amount on this
    side too ("not a little") renders the other's word for word, and against a word of plenty the negation is a
    flip ("not much gas" for "gas melimpah")."""
    before = k and hi_toks[k - 1].w in _ALMOST
    after = k + 1 < len(hi_toks) and not hi_toks[k + 1].boundary and hi_toks[k + 1].w in _MUCH
    if not (before or after) or any(t.w in _SCANT or next(iter(t.keys), "") in _SCANT for t in hi_toks):
        return False
    n_hi, n_lo = max(len(hi_toks), 1), max(len(lo_toks), 1)
    return any((t.w in _SCANT or next(iter(t.keys), "") in _SCANT) and _at_place(k, n_hi, j, n_lo, CANCEL_SPAN)
               for j, t in enumerate(lo_toks))


#: modals of ability that a negator denies ("could not", "tidak bisa", "tak mampu")
_ABILITY = frozenset("can ca could able bisa dapat mampu sanggup".split())
#: words of difficulty that render a denied ability ("kesulitan menembus" = "could not break down"; lemmas or as
#: written)
_HARD = frozenset("""struggle difficult difficulty hard trouble sulit susah sukar kesulitan kesusahan kewalahan
kerepotan""".split())


def _cannot_as_hard(hi_toks: Sequence[Token], k: int, lo_toks: Sequence[Token]) -> bool:
    """Whether negator ``k`` denies an ability ("could not break down", "have not been able to", "tidak bisa
    menembus") and the other side renders that by a word of difficulty at about its place ("kesulitan menembus",
    "struggled to break down"): news copy writes a failed effort either way. A word of difficulty on this side too
    renders the other's word for word ("not difficult" for "sulit" is a flip)."""
    before = [t.w for t in hi_toks[max(0, k - 2):k]] + [t.w for t in hi_toks[k + 1:k + 3]]
    if not _ABILITY & set(before) or any(t.w in _HARD or next(iter(t.keys), "") in _HARD for t in hi_toks):
        return False
    n_hi, n_lo = max(len(hi_toks), 1), max(len(lo_toks), 1)
    return any((t.w in _HARD or next(iter(t.keys), "") in _HARD) and _at_place(k, n_hi, j, n_lo, CANCEL_SPAN)
               for j, t in enumerate(lo_toks))


#: words that tell an event happens now for the first time or not before a time, with the word after them that
#: they need ("" for none; folded as tokens are): German "erstmals", "zum ersten Mal", "frühestens"; Indonesian
#: "pertama kali"
#: words of "before" in the languages of the pairs (the other side's own rendering of an English "before")
_BEFORE_WORDS = _BEFORE | {"sebelumnya", "bevor", "zuvor", "vorher", "davor"}
_FIRST_TIME = {"erstmals": "", "erstmalig": "", "erstmalige": "", "erstmaligen": "", "fruhestens": "", "ersten": "mal",
               "pertama": "kali", "pertamanya": "kali"}


def _not_before_as_first(hi_toks: Sequence[Token], k: int, lo_toks: Sequence[Token]) -> bool:
    """Whether negator ``k`` denies that something happened before ("had never been observed in Europe before",
    "Never before has a woman led", "No decision is expected before the end of the month") and the other side says
    it happens now for the first time or then at the earliest ("wurde erstmals beobachtet", "zum ersten Mal",
    "frühestens Ende des Monats", "untuk pertama kali"): the same span told from its other end, as
    :func:`_not_since_as_first` reads "not since". The "before" must follow the negator in its sentence ("will
    not open in 2027" against "frühestens 2027" stays a flip), and a side with "first" renders the other's word
    for word, as one with a "before" of its own renders the "before" ("tritt erstmals in Asien auf, bevor sie nach
    Europa reist" against "is not playing in Asia before ..." is a negator added)."""
    if not any(t.w in _BEFORE for t in hi_toks[k + 1:k + 1 + 4 * NEG_WINDOW]) or any(t.w in _FIRST_LAST for t in hi_toks):
        return False
    if any(t.w in _BEFORE_WORDS for t in lo_toks):
        return False
    return any(t.w in _FIRST_TIME and (not _FIRST_TIME[t.w] or j + 1 < len(lo_toks) and lo_toks[j + 1].w.startswith(
        _FIRST_TIME[t.w])) for j, t in enumerate(lo_toks))


#: "since" in both languages, and the words that make "the first (win) since" / "the last (title) in" of it
_SINCE = frozenset(("since", "sejak"))
_FIRST_LAST = frozenset("first last pertama terakhir perdana".split())


def _not_since_as_first(hi_toks: Sequence[Token], k: int, lo_toks: Sequence[Token]) -> bool:
    """Whether negator ``k`` denies that something happened since a time ("had not won since 1998", "belum pernah
    juara sejak 1990") and the other side says it happened then for the last time or now for the first since
    ("the first win since 1998" = "kemenangan pertama sejak 1998"): the same span told from its other end. The
    other side must hold "first"/"last" with a "since" of its own after it: "had not won since 1998" against
    "menang pada 1998" is a flip, and so is "has been working since last week" for "tidak berfungsi sejak pekan
    lalu" (a "last" after "since" names the time; a side with "first"/"last" itself renders the other's word for
    word)."""
    if not any(t.w in _SINCE for t in hi_toks[k + 1:k + 1 + 4 * NEG_WINDOW]) or any(t.w in _FIRST_LAST for t in hi_toks):
        return False
    return any(t.w in _FIRST_LAST and any(o.w in _SINCE for o in lo_toks[j + 1:j + 1 + 2 * NEG_WINDOW])
               for j, t in enumerate(lo_toks))


def _litotes_as_plain(hi_toks: Sequence[Token], k: int, hi_lang: str, lo_toks: Sequence[Token], lo_lang: str) -> bool:
    """Whether English negator ``k`` makes a litotes with the word negative by its form that it negates ("not
    unusual", "not unheard of", "not impossible", "not insignificant"), a muted affirmative that encyclopaedic and
    travel prose favours, and the other side states the affirmative plainly ("lumrah", "sesekali terjadi", "masih
    bisa dilakukan"): no lexical negative of its own about the negator's place and no negator anywhere, not even
    one a guard has matched. Against a word that renders the negative word itself ("jarang" for "unusual", "tak
    terduga" for "unexpected", "tidak memihak" for "impartial", the same direction member: "berbahaya" for
    "unsafe", the word itself as a loan: "intoleran") the "not" stays an added negation. Indonesian only: the
    lexical negatives of a profile language are patterns this look-up does not read."""
    hard = _lists().hard.get(lo_lang, frozenset())
    if hi_lang != "en" or hi_toks[k].w not in ("not", "n't") or any(t.w in hard for t in lo_toks):
        return False
    words = _negated_words(hi_toks, k, hi_lang)
    j = k + len(words)  # the predicate, after any auxiliary ("not be impossible")
    w = words[-1].w if words and not any(t.w in _EN_DETERMINERS for t in words) else ""  # a predicate, no noun phrase
    if lo_lang != "id" or not w or not (_affix_negative(hi_toks, j) or w.startswith(_SENTENCE_ADVERBS) and w.startswith("un")
                               and not w.endswith("ly") and _dictionary_word(w[2:])):
        return False  # "unusual" is a sentence adverb only as "unusually" ("understandable" negates nothing)
    if any(len(t.w) >= 6 and _cognate_key(t.w)[:6] == _cognate_key(w)[:6] for t in lo_toks):
        return False  # the negative word kept as a loan ("intoleran", "ilegal"): no plain affirmative
    mine = {(h.row, h.side) for h in _direction_hits(hi_toks, hi_lang, set()) if h.i == j}
    if mine & {(h.row, h.side) for h in _direction_hits(lo_toks, lo_lang, set()) if not h.negated}:
        return False
    return not any(_at_place(k, len(hi_toks), x, len(lo_toks), CANCEL_SPAN) for x in _lexical_at(lo_toks, "", lo_lang))


def _word_members(toks: Sequence[Token], k: int, lang: str) -> set[tuple[int, str]]:
    """The direction members (row, side) that token ``k`` alone is listed as, read as written, idioms or not (its
    lemma; for Indonesian also its roots): what a word inside a negation idiom would claim outside it."""
    L = _lists()
    found = set(L.phrases.get(lang, {}).get((_key_of(toks[k], lang, toks[max(0, k - 2):k]),), ()))
    if not found and lang == "id":
        found = {m for r in toks[k].keys for m in L.roots.get(r, ())}
    return found


#: negators that negate a predicate, as the negator of a litotes does (not a quantifier: "no", "none", "nobody")
_PREDICATE_NEGATORS = frozenset(("tidak", "tak", "bukan", "not", "n't"))


def _litotes_word_for_word(hi_toks: Sequence[Token], k: int, hi_lang: str, lo_toks: Sequence[Token],
                           lo_lang: str) -> bool:
    """Whether negator ``k`` renders word for word a litotes idiom of the other side at its place ("tidak segan
    menegur" = "does not hesitate to reprimand", "tak jauh dari pantai" = "not far from the shore"): the idiom
    list reads the other side's negator as none (the idiom means "readily", "near"), a literal translation keeps
    it, so the two sides say the same. The idiom is a negator and one word ("bukan tidak mungkin", "tidak hanya",
    "atau tidak", "jika tidak" have checks of their own); the word this negator negates, where it is a direction
    member, is the idiom word's own member ("not far" for "tak jauh"): "not many" for "tidak sedikit" (= many)
    is a flip, and so is a negated word that is no member against an idiom word that is one ("not a single
    resident" for "tidak sedikit warga"); a word that is no member must be the idiom word's dictionary rendering
    (see :func:`_renders`). A negator of a quantity ("no", "nobody") negates no predicate as a
    litotes does."""
    if k + 1 >= len(hi_toks) or hi_toks[k + 1].boundary or hi_toks[k].w not in _PREDICATE_NEGATORS:
        return False  # "No homes were damaged" for "Tak terhitung jumlah rumah yang rusak" renders no litotes
    L = _lists()
    lo_hard = L.hard.get(lo_lang, frozenset())
    idiom = _idiom_tokens(lo_toks, lo_lang)
    n_hi, n_lo = max(len(hi_toks), 1), max(len(lo_toks), 1)
    mine = _negated_members(hi_toks, k, hi_lang)
    for j in sorted(idiom):
        w = lo_toks[j].w
        if w not in lo_hard or w not in _PREDICATE_NEGATORS or j + 1 >= len(lo_toks) or j + 1 not in idiom or abs(j / n_lo - k / n_hi) > RENDER_SPAN:
            continue
        nxt = lo_toks[j + 1]
        if nxt.w in lo_hard or nxt.w in _ONLY or j + 2 in idiom and not lo_toks[j + 2].boundary:
            continue  # a double negation, "not only", or an idiom of more words ("tidak ada habisnya")
        if j and (lo_toks[j - 1].w in _CONJUNCTIONS or lo_toks[j - 1].w in _SUBORDINATORS or lo_toks[j - 1].w == "apa"):
            continue  # "atau tidak", "jika tidak", "apa tidak": no litotes
        theirs = _word_members(lo_toks, j + 1, lo_lang)
        if mine & theirs or not mine and not theirs and _renders(hi_toks, k, nxt):
            return True
    return False


def _renders(hi_toks: Sequence[Token], k: int, word: Token) -> bool:
    """Whether the word right after negator ``k`` is a dictionary rendering of ``word``
    (``renderings.tsv``: "far" = "jauh", "possible" = "mungkin"): a word for word translation shows its word, where
    "not stunning" for "bukan main indahnya" (= stunningly beautiful) renders another word than the idiom's, "not a
    former employee" for "tidak lain adalah mantan karyawan" (= none other than) no word of the idiom."""
    table = _renderings()
    theirs = {fold(word.w)} | {fold(r) for r in word.keys}
    t = hi_toks[k + 1]
    return bool(theirs & ({fold(r) for r in table.get(fold(t.w), ())}
                          | {fold(r) for key in t.keys for r in table.get(fold(key), ())}))


def _gloss_negators(toks: Sequence[Token], text: str, lang: str, hard: Sequence[int], other: Sequence[Token]) -> set[int]:
    """Indonesian negators that open a gloss in brackets of an English term with a negator copied just before it
    ("Did Not Finish (tidak menyelesaikan balapan)"), where the other side holds that English negator too: the
    gloss repeats that negation, the translation holds it once."""
    english = _lists().hard.get("en", frozenset())
    out: set[int] = set()
    if lang != "id":
        return out
    theirs = {o.w for o in other}
    for k in hard:
        if k and "(" in text[toks[k - 1].end:toks[k].start] and any(
                t.w in english and t.w in theirs or t.w.endswith("n't") and "n't" in theirs
                for t in toks[max(0, k - 4):k]):
            out.add(k)
    return out


def _unmatched(toks: Sequence[Token], guarded: Collection[int], where: Mapping[int, int], other: Sequence[Token],
               other_negs: Collection[int]) -> set[int]:
    """Guarded negators whose guard word (at ``where``) stands nearer (share of the sentence) than every
    negator of the other side, or is negated itself ("tidak diketahui" = "unknown", so "not unknown" adds a
    negation): those alone does the guard word render. A polarity word after the other side's negator is no
    negated guard word but part of that negation: "No president has ever served" = "Tidak pernah ada presiden
    yang menjabat", whose "tidak pernah" the "ever" of "the best ever" renders elsewhere."""
    if not other_negs:
        return set(guarded)
    n, n_other = max(len(toks), 1), max(len(other), 1)
    return {k for k in guarded if _gap(k / n, sorted(other_negs), n_other) > abs(k / n - where[k] / n_other)
            or (other[where[k]].w not in _EN_POLARITY_ITEMS and any(0 < where[k] - j <= NEG_WINDOW for j in other_negs))}


#: English words that only strengthen a negation before them ("no one has ever", "not yet", "not any")
_EN_POLARITY_ITEMS = frozenset("ever yet any anyone anybody anything anywhere".split())


def _displaced(s_toks: Sequence[Token], s_text: str, s_lang: str, s_hard: Sequence[int], s_left: Sequence[int],
               t_toks: Sequence[Token], t_text: str, t_lang: str, t_hard: Sequence[int],
               t_left: Sequence[int]) -> NegationVerdict:
    """Equal counts that still hide a flip: one side renders the other's negation by a lexical negative
    ("tidak bisa berkata apa-apa" = "speechless", "tidak terdeteksi" = "undetected") and negates another
    clause as well. Counted alone the two negators balance; by place they do not: the negator of the side
    with more lexical negatives that stands farther than ``CANCEL_SPAN`` (share of the sentence) from every
    negator of the other side has no counterpart."""
    if not s_left:
        return NegationVerdict("same")
    lex_s, lex_t = _lexical(s_toks, s_text, s_lang), _lexical(t_toks, t_text, t_lang)
    if lex_s == lex_t:
        return NegationVerdict("same")
    hi_is_src = lex_s > lex_t
    hi_toks, hi_text, hi_lang, hi_hard, hi_left, lo_toks, lo_left = (
        (s_toks, s_text, s_lang, s_hard, s_left, t_toks, t_left) if hi_is_src
        else (t_toks, t_text, t_lang, t_hard, t_left, s_toks, s_left))
    n_hi, n_lo = max(len(hi_toks), 1), max(len(lo_toks), 1)
    lo_lang = t_lang if hi_is_src else s_lang
    morph = set(morphological_negatives(hi_text, hi_lang))
    for k in hi_hard if hi_lang == "en" else ():
        # an English negator of a word negative by its form ("not unlikely", "not unavoidable", "not speechless")
        # affirms: against a plain negation of the other side at its place ("tidak akan", "tidak dapat
        # dihindari") it is an added negator (negative by meaning only, "free" or "difficult", the lists of the
        # two languages do not mirror: "tidak terlalu sulit" = "not too difficult")
        near = [j for j in lo_left if abs(j / n_lo - k / n_hi) <= RENDER_SPAN]
        if near and any(t.w in morph or _affix_negative(hi_toks, j)
                        for j, t in enumerate(_negated_words(hi_toks, k, hi_lang), k + 1)) and not any(
                _negates_negative(lo_toks, j, lo_lang) for j in near):
            tok = hi_toks[k]
            return NegationVerdict("flip", tok if hi_is_src else None, None if hi_is_src else tok,
                                   "negator of a negative word where the other side negates plainly")
    # the lexical negative must stand where a negator of the other side stands (within a fifth of the
    # sentence: it renders that one), and be no counted negator itself ("nihil" is both)
    lex = [x / n_hi for x in _lexical_at(hi_toks, hi_text, hi_lang) if x not in hi_left]
    if not hi_hard or not any(_gap(x, lo_left, n_lo) <= RENDER_SPAN for x in lex):
        return NegationVerdict("same")
    # a negator of the other side that a lexical negative renders, standing nearer it than any negator does
    # ("tidak berdasar" = "unfounded"), is matched: the other negators are measured against the rest only (in a
    # sentence long enough for places to tell, and by a lexical negative not negated itself: "tidak luput")
    free = [x / n_hi for x in _lexical_at(hi_toks, hi_text, hi_lang) if x not in hi_left
            and not any(x - NEG_WINDOW <= k < x for k in hi_left)]
    rendered = [j for j in lo_left if min(n_hi, n_lo) >= 1.5 * SHORT_SENTENCE and any(
        abs(x - j / n_lo) <= RENDER_SPAN and abs(x - j / n_lo) < min(abs(k / n_hi - j / n_lo) for k in hi_hard)
        for x in free)]
    rest = [j for j in lo_left if j not in rendered]
    k = max(hi_hard, key=lambda k: _gap(k / n_hi, rest or lo_left, n_lo))
    if rendered and len(rest) < len(hi_hard):
        if rest and _gap(k / n_hi, rest, n_lo) <= RENDER_SPAN:
            return NegationVerdict("same")
    elif _gap(k / n_hi, lo_left, n_lo) <= CANCEL_SPAN:
        return NegationVerdict("same")
    tok = hi_toks[k]
    return NegationVerdict("flip", tok if hi_is_src else None, None if hi_is_src else tok,
                           "negator far from the other side's, whose negation a lexical negative renders")


def _explaining_lexical(lo_toks: Sequence[Token], lo_text: str, lo_lang: str, hi_toks: Sequence[Token],
                        hi_text: str, hi_lang: str, hi_hard: Sequence[int]) -> int:
    """How many lexical negatives of the less negated side may render a negator of the other side, net of the
    other side's own: a one-word one (``kurang``, ``sulit``, ``unable``) only where it stands about where such a
    negator stands (within ``CANCEL_SPAN`` of the sentence), as it renders that negation; "sulit" opening a
    clause of its own leaves a "not" added to a later verb unexplained. A lexical negative standing elsewhere
    renders one of the other side's own first (``selain`` = "non-"). Phrases ("keep ... from", "short of")
    have no place and all count; so do all in a short sentence, and where a side's language puts its verb
    elsewhere (German "nicht erreicht" = "prevent ... hitting"), whose places tell nothing."""
    lo_lex, hi_lex = _lexical(lo_toks, lo_text, lo_lang), _lexical(hi_toks, hi_text, hi_lang)
    n_lo, n_hi = max(len(lo_toks), 1), max(len(hi_toks), 1)
    if not ({lo_lang, hi_lang} <= {"id", "en"}):
        # a profile's verbs of a negative meaning of the more negated side are lexical negatives too ("nicht
        # abgesagt": the "abgesagt" takes the English "cancelled", which then renders no "nicht"); on the other
        # side they are counted negators already
        return lo_lex - hi_lex - _unlisted_hard_lexical(hi_toks, hi_lang)
    if min(n_lo, n_hi) < SHORT_SENTENCE:
        return lo_lex - hi_lex
    at = _lexical_at(lo_toks, lo_text, lo_lang)
    near = sum(1 for x in at if _gap(x / n_lo, hi_hard, n_hi) <= CANCEL_SPAN or _extraposed(lo_toks, x))
    return lo_lex - len(at) + near - max(0, hi_lex - (len(at) - near))


def _negates_negative(toks: Sequence[Token], k: int, lang: str) -> bool:
    """Whether negator ``k`` negates a word with a negation in its meaning or form (``not impossible``,
    ``never banned``, ``did not lose``; ``tidak sulit``)."""
    L = _lists()
    words = L.lexneg.get(lang, frozenset()) | L.hard.get(lang, frozenset())
    for j, tok in enumerate(_negated_words(toks, k, lang), k + 1):  # the words right after the negator
        if tok.w in words or next(iter(tok.keys), "") in words or lang == "en" and _affix_negative(toks, j):
            return True
    return False


#: English words before an adjective that keep a ``kurang`` (not very) in it: a modal of what could be ("could be
#: cleaner"), a degree of a lack ("a little", "enough" after it is read as said) and "less"
_EN_KURANG_KEEP = frozenset("could might would should less lacking enough".split())


def _kurang_dropped(s_toks: Sequence[Token], t_toks: Sequence[Token], t_negs: Collection[int]) -> int | None:
    """The Indonesian ``kurang`` (not very, not quite) before an adjective of the direction rows whose same
    member the English states plainly about where it stands ("kurang bersih" against "very clean"): the
    negation of degree was dropped. ``kurang`` counts as a lexical negative only, so counts of negators never
    see it go; the English keeps it as "not very clean", "not clean enough", "could be cleaner" or the other
    member ("a bit dirty"). None when there is none."""
    s_hits = [h for h in _direction_hits(s_toks, "id", set()) if h.negated and h.j == h.i + 2
              and s_toks[h.i].w == "kurang" and s_toks[h.i + 1].w not in _ID_COMPARATIVE]  # kurang lebih = about
    if not s_hits:
        return None
    t_hits = _direction_hits(t_toks, "en", set(t_negs))
    n_s, n_t = max(len(s_toks), 1), max(len(t_toks), 1)
    for h in s_hits:
        for g in t_hits:
            if g.row != h.row or g.side != h.side or g.negated or abs(h.i / n_s - g.i / n_t) > CANCEL_SPAN:
                continue
            near = t_toks[max(0, g.i - 3):g.j + 1]
            if any(t.w in _EN_KURANG_KEEP for t in near):
                continue
            return h.i
    return None


def _farthest(hi_toks: Sequence[Token], hi: Sequence[int], lo_toks: Sequence[Token], lo: Sequence[int]) -> Token:
    """The negator of the more negated side whose relative position is farthest from every negator of the
    other side (the unmatched one when two sides hold several)."""
    if not lo or len(hi) == 1:
        return hi_toks[hi[0]]
    n_hi, n_lo = max(len(hi_toks), 1), max(len(lo_toks), 1)
    best = max(hi, key=lambda k: _gap(k / n_hi, lo, n_lo))
    return hi_toks[best]


def _gap(x: float, lo: Sequence[int], n_lo: int) -> float:
    """How far (share of the sentence) relative position ``x`` of one side stands from the nearest of the
    other side's tokens ``lo`` (``n_lo`` tokens in all)."""
    return min(abs(x - j / n_lo) for j in lo)


#: English words skipped when looking for the predicate a negator governs ("longer" of "no longer remember", "not
#: any longer open": the predicate is what is negated, as "lagi" of "tidak lagi" in :data:`_ID_AUX`)
_EN_AUX = frozenset("be is are was were been being am do does did have has had will would shall should can could "
                    "may might must to a an the any yet ever even also only so too very really it that this "
                    "longer".split())


def _heads(toks: Sequence[Token], negs: Sequence[int]) -> dict[str, int]:
    """Predicate lemma -> negator index, for each English negator: the first content word after it."""
    out: dict[str, int] = {}
    for k in negs:
        for j in range(k + 1, min(k + 5, len(toks))):
            if toks[j].boundary:
                break
            lem = next(iter(toks[j].keys))
            if toks[j].w in _EN_AUX or lem in _EN_AUX:
                continue
            out.setdefault(lem, k)
            break
    return out


def predicate_flips(m_toks: Sequence[Token], t_toks: Sequence[Token]) -> tuple[Token | None, Token | None]:
    """English-to-English: a predicate negated in one text and plain in the other (masking-proof).

    :return: (negator in ``m_toks``, negator in ``t_toks``): the one whose predicate is plain on the other
        side, or ``(None, None)``.
    """
    mn, tn = _negators(m_toks, "en"), _negators(t_toks, "en")
    mh, th = _heads(m_toks, mn.hard), _heads(t_toks, tn.hard)
    m_lem = {next(iter(t.keys)) for t in m_toks}
    t_lem = {next(iter(t.keys)) for t in t_toks}
    for lem, k in mh.items():
        if lem not in th and lem in t_lem and len(lem) > 3:
            return m_toks[k], None
    for lem, k in th.items():
        if lem not in mh and lem in m_lem and len(lem) > 3:
            return None, t_toks[k]
    return None, None


# --- the check ------------------------------------------------------------------------------------------


_PRONOUNS = {"id": {"ia": "3s", "dia": "3s", "beliau": "3s", "mereka": "3p", "kami": "1p", "kita": "1p", "saya": "1s",
                     "aku": "1s"},
             "en": {"he": "3s", "she": "3s", "him": "3s", "her": "3s", "they": "3p", "them": "3p", "we": "1p", "us": "1p",
                    "i": "1s", "me": "1s"}}


def _anchors(toks: Sequence[Token], lang: str, at: int) -> dict[object, int]:
    """Words that are the same in both languages (names, pronouns, other lexicon members) -> their position
    relative to token offset ``at``: negative before it, positive after it (in words)."""
    out: dict[object, int] = {}
    pron = _PRONOUNS.get(lang, {})
    k_at = next((k for k, t in enumerate(toks) if t.start == at), 0)
    # lexicon words of a profile language (German) are no anchors: its verbs stand at the clause's end
    # ("nach dem Spiel festgenommen" = "arrested after the match")
    for h in _direction_hits(toks, lang, set()) if lang in ("id", "en") else ():
        if h.i != k_at:
            out.setdefault(("row", h.row, h.side), h.i - k_at)
    for k, t in enumerate(toks):
        if k == k_at:
            continue
        if t.w in pron:
            out.setdefault(("pron", pron[t.w]), k - k_at)
        elif t.upper:
            out.setdefault(("cap", t.w), k - k_at)
    return out


def _order(s_toks: Sequence[Token], s_lang: str, s_tok: Token, t_toks: Sequence[Token], t_lang: str,
           t_tok: Token) -> str | None:
    """``same`` when the shared words nearest to the flipped word in the source (the last before it, the
    first after it) stand on the same side of it in the target, ``swapped`` when they changed sides ("Indonesia
    kalah dari Vietnam" vs "Vietnam beat Indonesia"), else ``None`` (no shared word, or a mixed picture)."""
    sa, ta = _anchors(s_toks, s_lang, s_tok.start), _anchors(t_toks, t_lang, t_tok.start)
    shared = set(sa) & set(ta)
    before = [k for k in shared if sa[k] < 0]
    after = [k for k in shared if sa[k] > 0]
    near = ([max(before, key=lambda k: sa[k])] if before else []) + ([min(after, key=lambda k: sa[k])] if after else [])
    if not near:
        return None
    same = [(sa[k] < 0) == (ta[k] < 0) for k in near]
    if all(same):
        return "same"
    if not any(same):
        return "swapped"
    return None


def text_direction_flips(s_text: str, s_lang: str, t_text: str, t_lang: str) -> list[tuple[str, str]]:
    """Direction flips between two short texts (a quote and its rendering), as (source word, target word):
    the lexicon, affixes and negation handling of :func:`direction_flips`; a converse pair (win/lose) counts
    only where the shared words show the arguments kept their places."""
    langs = meaning_languages()
    if s_lang not in langs or t_lang not in langs:
        return []
    s_toks, t_toks = tokenize(s_text, s_lang), tokenize(t_text, t_lang)
    s_neg, t_neg = _negators(s_toks, s_lang, True, until=False), _negators(t_toks, t_lang, True, until=False)  # as check_meaning's flips
    rows = _lists().rows
    out = []
    for f in direction_flips(s_toks, s_lang, t_toks, t_lang, set(s_neg.hard + s_neg.soft), set(t_neg.hard + t_neg.soft)):
        if rows[f.row].conv and _order(s_toks, s_lang, f.src_tok, t_toks, t_lang, f.tgt_tok) != "same":
            continue
        out.append((s_text[f.src_tok.start:f.src_end], t_text[f.tgt_tok.start:f.tgt_end]))
    return out


def rendered_negators(s_text: str, s_lang: str, t_text: str, t_lang: str) -> tuple[int, int]:
    """How many negators of each of two short texts (a quote and its rendering) a word of the other text renders,
    as :func:`_guarded` reads them (``tidak ramah`` = "hostile", a profile's ``renders`` rows: "can't wait" =
    "freuen uns", "only ... if" = "not ... unless"): the quote check leaves them out of its count, as this check
    does outside quotes ("Saya tidak akan mundur" = "I am staying" in a quote as in running text), and a negation idiom of this
    check counts where the other text holds no negator ("without fail" = "auf jeden Fall")."""
    langs = meaning_languages()
    if s_lang == t_lang or s_lang not in langs or t_lang not in langs:
        return 0, 0
    s_toks, t_toks = tokenize(s_text, s_lang), tokenize(t_text, t_lang)
    s_neg, t_neg = _negators(s_toks, s_lang, True), _negators(t_toks, t_lang, True)
    return (len(_guarded(s_toks, s_lang, s_neg.hard + s_neg.soft, t_toks, t_lang, t_text))
            + (0 if t_neg.total else _idiom_negators(s_toks, s_lang)),
            len(_guarded(t_toks, t_lang, t_neg.hard + t_neg.soft, s_toks, s_lang, s_text))
            + (0 if s_neg.total else _idiom_negators(t_toks, t_lang)))


def _idiom_negators(toks: Sequence[Token], lang: str) -> int:
    """How many negators of ``toks`` stand inside a negation idiom of the meaning check ("without fail" = "auf
    jeden Fall", "no doubt"), which negate nothing: the quote check's shorter idiom list counts them, and they are
    rendered as no negation where the other side holds no negator at all (one there may render the idiom word for
    word: "um nichts spielen" = "playing for nothing"). A "not only"/"not just" is left counted: a negator added
    before a "just" makes one."""
    hard = _lists().hard.get(lang, frozenset())
    idiom = _idiom_tokens(toks, lang)
    # one negator an idiom ("without fail": "fail" is no second one)
    return sum(1 for k in idiom if toks[k].w in hard and k - 1 not in idiom
               and not (k + 1 < len(toks) and toks[k + 1].w in _ONLY))


def _cognates(a: str, b: str) -> bool:
    """Whether two words of different languages are the same word spelt each language's way (``populer`` /
    "popular", ``konstitusional`` / "constitutional", ``efektif`` / "effective"): their spelling keys (the
    entity check's, with ``-tio-`` as ``-sio-``) share a stem of five letters or more and most of the shorter."""
    ka, kb = (_cognate_key(w).replace("tio", "sio") for w in (a, b))
    n = 0
    while n < min(len(ka), len(kb)) and ka[n] == kb[n]:
        n += 1
    return n >= 5 and n >= 0.7 * min(len(ka), len(kb))


def _prefix_antonyms(s_toks: Sequence[Token], s_negs: set[int], t_toks: Sequence[Token],
                     used_t: set[int]) -> list[tuple[Token, Token]]:
    """Indonesian words whose English cognate the target negates by a prefix: ``konstitusional`` against
    "unconstitutional", ``populer`` against "unpopular", ``transparan`` against "non-transparent" (an
    English affix negative, :func:`_affix_negative`, whose stem is spelt like the source word, see
    :func:`_cognates`), or puts in the lowest degree where the source has the highest (``terpopuler``,
    ``paling populer`` against "the least popular"). The source word is plain: not negated (``tidak populer``), not after ``non``, and the
    source holds more plain cognates of the stem than the target ("Constitutional Court" renders
    ``Mahkamah Konstitusi``)."""
    out: list[tuple[Token, Token]] = []
    done: set[int] = set()
    for k, t in enumerate(t_toks):
        if t.w == "least" and k + 1 < len(t_toks) and not t_toks[k + 1].boundary and t.start not in used_t:
            # "the least popular" where the source has the superlative of the cognate (``terpopuler``,
            # ``paling populer``)
            w = t_toks[k + 1].w
            sup = next((j for j, u in enumerate(s_toks) if len(w) >= 5 and (
                u.w.startswith("ter") and _cognates(u.w[3:], w) or j and s_toks[j - 1].w == "paling" and _cognates(u.w, w))
                and not _negated(s_toks, j, s_negs, "id")), None)
            if sup is not None and sup not in done:
                done.add(sup)
                out.append((s_toks[sup], t_toks[k + 1]))
            continue
        if t.start in used_t or not t.w.startswith(_NEG_PREFIXES) or t.w.endswith(("less", "proof")) or (
                not _affix_negative(t_toks, k)):
            continue
        if t.w == "non":
            stem = t_toks[k + 1].w
        else:
            stem = _neg_stem(t.w)
            stem = stem[:-2] if stem.endswith("ly") and len(stem) > 7 else stem
        if len(stem) < 5:
            continue
        plain = [j for j, w in enumerate(s_toks) if len(w.w) >= 5 and _cognates(w.w, stem)
                 and not _negated(s_toks, j, s_negs, "id") and not (j and s_toks[j - 1].w in _ID_HYPHEN_PREFIXES)]
        rendered = sum(1 for j, u in enumerate(t_toks) if j not in (k, k + 1) and _cognates(u.w, stem))
        j = next((j for j in plain if j not in done), None)
        if j is not None and len(plain) > rendered:
            done.add(j)
            out.append((s_toks[j], t_toks[k + 1] if t.w == "non" else t))
    return out


def _prefix_findings(src: Side, tgt: Side, s_toks: Sequence[Token], s_negs: set[int], t_toks: Sequence[Token],
                     used_s: set[int], used_t: set[int]) -> list[Finding]:
    """Findings (major) of :func:`_prefix_antonyms`; the character offsets they cover are added to
    ``used_s``/``used_t``."""
    out = []
    for s_tok, t_tok in _prefix_antonyms(s_toks, s_negs, t_toks, used_t):
        k = t_toks.index(t_tok)
        t_start = t_toks[k - 1].start if k and t_toks[k - 1].w in ("non", "least") else t_tok.start
        s_word, t_word = src.text[s_tok.start:s_tok.end], tgt.text[t_start:t_tok.end]
        used_s.update(range(s_tok.start, s_tok.end))
        used_t.update(range(t_start, t_tok.end))
        out.append(Finding(
            "meaning", "major", src.ids, tgt.ids, src.text, tgt.text,
            f'direction "{s_word}" in {src.label()} became "{t_word}" (its opposite by a prefix or degree) in {tgt.label()}',
            s_word, t_word, s_word, t_word, s_tok.start, s_tok.end, t_start, t_tok.end))
    return out


def _outside(toks: list[Token], spans: Sequence[tuple[int, int]]) -> list[Token]:
    if not spans:
        return toks
    return [t for t in toks if not any(a <= t.start < b for a, b in spans)]


def _clip(s: str, n: int = 60) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def check_meaning(
    src: Side,
    tgt: Side,
    src_quotes: Sequence[tuple[int, int]] = (),
    tgt_quotes: Sequence[tuple[int, int]] = (),
    mt_text: str | None = None,
) -> list[Finding]:
    """Negation and direction flips for one aligned pair.

    :param src_quotes: quote content spans in ``src.text``; with ``tgt_quotes`` both non-empty, quoted words
        are left to the quote check.
    :param mt_text: the machine translation of the source side into the target language, when a model ran.
    :return: findings of kind ``meaning``; at most one per source word and per target word.
    """
    langs = meaning_languages()
    if src.lang not in langs or tgt.lang not in langs:
        return []
    both_quoted = bool(src_quotes) and bool(tgt_quotes)
    s_whole = tokenize(src.text, src.lang)
    t_whole = tokenize(tgt.text, tgt.lang)
    s_toks = _outside(s_whole, src_quotes) if both_quoted else s_whole
    t_toks = _outside(t_whole, tgt_quotes) if both_quoted else t_whole
    m_toks = tokenize(mt_text, tgt.lang) if mt_text else None
    if m_toks is not None and both_quoted:
        m_toks = _outside(m_toks, paragraph_quotes(mt_text or ""))
    out: list[Finding] = []
    sl, tl = src.label(), tgt.label()
    L = _lists()
    s_neg, t_neg = _negators(s_toks, src.lang), _negators(t_toks, tgt.lang)
    s_negs, t_negs = set(s_neg.hard + s_neg.soft), set(t_neg.hard + t_neg.soft)
    # a negator inside a question still negates its word ("Mengapa mereka tidak menyukai ...?" = "Why do they
    # dislike ...?"); only one that forms the question (a tag, "bukankah") negates none
    s_qneg, t_qneg = _negators(s_toks, src.lang, True, until=False), _negators(t_toks, tgt.lang, True, until=False)
    flips = direction_flips(s_toks, src.lang, t_toks, tgt.lang, set(s_qneg.hard + s_qneg.soft) | _rarely(s_toks, src.lang),
                            set(t_qneg.hard + t_qneg.soft) | _rarely(t_toks, tgt.lang))
    m_flips = direction_flips(m_toks, tgt.lang, t_toks, tgt.lang, set(_negators(m_toks, tgt.lang).hard),
                              t_negs) if m_toks is not None else []
    m_rows = {f.row for f in m_flips}
    used_s: set[int] = set()
    used_t: set[int] = set()
    for f in flips:
        row = L.rows[f.row]
        severity = "critical"
        if m_toks is not None and f.row not in m_rows:
            m_hits = {h.side for h in _direction_hits(m_toks, tgt.lang, set()) if h.row == f.row}
            if f.tgt_member in m_hits and f.src_member not in m_hits:
                continue  # the MT says the same as the target: the lexicon misread the source
        if row.conv:
            # "A beat B" = "B lost to A": the words both sides share tell a swap of the arguments (no
            # finding) from a flip (critical); without shared words the flip is only major
            order = _order(s_toks, src.lang, f.src_tok, t_toks, tgt.lang, f.tgt_tok)
            if order == "swapped":
                continue
            if order is None:
                m_f = next((g for g in m_flips if g.row == f.row), None)
                m_order = _order(m_toks or [], tgt.lang, m_f.src_tok, t_toks, tgt.lang, m_f.tgt_tok) if m_f else None
                if m_order == "swapped":
                    continue
                if m_order is None:
                    severity = "major"
        s_word = src.text[f.src_tok.start:f.src_end]
        t_word = tgt.text[f.tgt_tok.start:f.tgt_end]
        used_s.update(range(f.src_tok.start, f.src_end))
        used_t.update(range(f.tgt_tok.start, f.tgt_end))
        out.append(Finding(
            "meaning", severity, src.ids, tgt.ids, src.text, tgt.text,
            f'direction "{s_word}" ({row.label(tgt.lang, f.src_member)}) in {sl} became "{t_word}" '
            f'({row.label(tgt.lang, f.tgt_member)}) in {tl}',
            s_word, t_word, row.label(tgt.lang, f.src_member), row.label(tgt.lang, f.tgt_member),
            f.src_tok.start, f.src_end, f.tgt_tok.start, f.tgt_end))
    # the MT against the target: a flip of a pair the source holds no listed word of (its word is missing
    # from the lexicon, or its affix was not understood)
    s_rows = {h.row for h in _direction_hits(s_toks, src.lang, s_negs)}
    flip_rows = {f.row for f in flips}
    for g in m_flips:
        if g.row in flip_rows or g.row in s_rows or L.rows[g.row].conv or g.tgt_tok.start in used_t:
            continue
        row = L.rows[g.row]
        t_word = tgt.text[g.tgt_tok.start:g.tgt_end]
        m_word = (mt_text or "")[g.src_tok.start:g.src_end]
        used_t.update(range(g.tgt_tok.start, g.tgt_end))
        out.append(Finding(
            "meaning", "critical", src.ids, tgt.ids, src.text, tgt.text,
            f'direction: the machine translation of {sl} says "{m_word}" ({row.label(tgt.lang, g.src_member)}) where '
            f'{tl} says "{t_word}" ({row.label(tgt.lang, g.tgt_member)})',
            None, t_word, row.label(tgt.lang, g.src_member), row.label(tgt.lang, g.tgt_member),
            None, None, g.tgt_tok.start, g.tgt_end))
    if src.lang == "id" and tgt.lang == "en" and len(s_neg.hard) <= len(t_neg.hard):
        # (a source negator the target's words do not hold may be what its prefix renders: "belum dikenali"
        # = unidentified)
        out += _prefix_findings(src, tgt, s_toks, s_negs, t_toks, used_s, used_t)
    # direction flips already explain a negation-carrying word (membenarkan -> denied)
    ex_s = {k for k, t in enumerate(s_toks) if t.start in used_s}
    ex_t = {k for k, t in enumerate(t_toks) if t.start in used_t}
    v = negation_flips(s_toks, src.text, src.lang, t_toks, tgt.text, tgt.lang, ex_s, ex_t,
                       (len(src.ids), len(tgt.ids)))
    if v.verdict == "flip" and both_quoted:
        # the two sides may mark a quotation's extent differently (one closes it at the paragraph's end, the
        # other runs on): a negator left outside the quote on one side only is no flip when the whole pair
        # holds as many negators on each side
        whole = negation_flips(s_whole, src.text, src.lang, t_whole, tgt.text, tgt.lang, (), (),
                               (len(src.ids), len(tgt.ids)))
        if whole.verdict != "flip":
            v = whole
    mv: NegationVerdict | None = None
    mp: tuple[Token | None, Token | None] = (None, None)
    if m_toks is not None:
        mv = negation_flips(m_toks, mt_text or "", tgt.lang, t_toks, tgt.text, tgt.lang, (), ex_t,
                            (len(src.ids), len(tgt.ids)))
        mp = predicate_flips(m_toks, t_toks)
    report: tuple[Token | None, Token | None, str] | None = None
    if v.verdict == "flip" and (mv is None or mv.verdict != "same" or mp != (None, None)):
        report = (v.src_tok, v.tgt_tok, v.why)
    elif v.verdict != "flip" and mv is not None and (
            (mv.verdict == "flip" and v.verdict == "unsure") or mp != (None, None)):
        # MT and target differ where the id-en check could not tell: the source negator is the MT's
        m_tok = mv.src_tok if mv.verdict == "flip" else mp[0]
        t_tok = mv.tgt_tok if mv.verdict == "flip" else mp[1]
        s_tok = None
        if m_tok is not None and s_neg.hard and m_toks:
            # the source negator at the MT negator's relative place (the MT keeps the clause order)
            rel = m_toks.index(m_tok) / len(m_toks)
            s_tok = s_toks[min(s_neg.hard, key=lambda k: abs(k / len(s_toks) - rel))]
        report = (s_tok, t_tok, "machine translation " + ("is negated" if m_tok is not None else "is affirmative"))
        if m_tok is None and t_tok is None:
            report = None
    if report is not None:
        s_tok, t_tok, why = report
        if s_tok is not None and s_tok.start in used_s or t_tok is not None and t_tok.start in used_t:
            return out
        if s_tok is not None:
            word = src.text[s_tok.start:s_tok.end]
            msg = (f'negation "{word}" in {sl} has no counterpart in {tl} ({why}): meaning inverted; '
                   f'{sl}: "{_clip(src.text)}"')
            exp, found = f"negated ({word})", "affirmative"
        elif t_tok is not None:
            word = tgt.text[t_tok.start:t_tok.end]
            msg = (f'negation "{word}" in {tl} has no counterpart in {sl} ({why}): meaning inverted; '
                   f'{tl}: "{_clip(tgt.text)}"')
            exp, found = "affirmative", f"negated ({word})"
        else:
            return out
        out.append(Finding(
            "meaning", "critical", src.ids, tgt.ids, src.text, tgt.text, msg,
            src.text[s_tok.start:s_tok.end] if s_tok else None, tgt.text[t_tok.start:t_tok.end] if t_tok else None,
            exp, found, s_tok.start if s_tok else None, s_tok.end if s_tok else None,
            t_tok.start if t_tok else None, t_tok.end if t_tok else None))
    return out
