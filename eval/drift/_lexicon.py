"""Word lists from ``eval/data/`` and the small text helpers every detector shares.

Lists load lazily, once per process (``functools.cache``); nothing is read at import time.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__: list[str] = []

#: A word: letters, inner apostrophes and hyphens (``don't``, ``Jum'at``, ``Bangsa-Bangsa``).
WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")

#: eval/data/ beside this subpackage; it is package data, so it exists in wheel and editable installs alike
DATA_DIR = Path(__file__).resolve().parent.parent / "data"

_QUOTE_CHARS = "\"“”„‟«»‘’‚‛'"


def data_lines(name: str) -> list[list[str]]:
    """The non-comment lines of ``eval/data/name`` split on tabs, with the rows (or, for ``calendar.tsv``, the
    columns) of every per-language profile folder merged in (see :mod:`.profiles`)."""
    return [list(row) for row in _data_lines(name)]


@functools.cache
def _data_lines(name: str) -> tuple[tuple[str, ...], ...]:
    from .profiles import merged_rows

    return merged_rows(name, base_lines(name))


@functools.cache
def base_lines(name: str) -> tuple[tuple[str, ...], ...]:
    """The non-comment lines of the shared file ``eval/data/name`` alone, split on tabs."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    rows = []
    for line in text.split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(line.rstrip("\r").split("\t")))
    return tuple(rows)


@functools.cache
def negator_spellings(lang: str) -> dict[str, str]:
    """Informal spellings of ``lang``'s negators (``negation.tsv`` ``spelling`` rows, folded: ``gak`` -> ``tidak``,
    ``blm`` -> ``belum``): read by the meaning check as the negator and counted by the quote check as one."""
    return {fold(f): fold(row[2]) for row in data_lines("negation.tsv") if row[0] == "spelling" and row[1] == lang
            for f in row[3].split("|")}


def fold(text: str) -> str:
    """Lower case without diacritics, curly apostrophes straightened: the key for string comparison."""
    text = text.replace("’", "'").replace("‘", "'")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def words(text: str) -> Iterator[re.Match[str]]:
    """Word matches of ``text`` in order."""
    return WORD_RE.finditer(text)


@functools.cache
def vocab(lang: str) -> frozenset[str]:
    """Words seen in lower case inside sentences (common words, not names) for ``lang``: a word that the build's
    sources show mostly as a name (``Thomas``, ``Robin``, ``Los Angeles`` once counted from lower-cased NER text) is
    left out, so a name holding it is still a name (``scripts/build_drift_lists.py``, ``build_vocab``)."""
    try:
        text = (DATA_DIR / f"vocab_{lang}.txt").read_text(encoding="utf-8")
    except FileNotFoundError:
        from .profiles import folder_languages, get_profile

        return get_profile(lang).vocab if lang in folder_languages() else frozenset()
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


@functools.cache
def word_set(name: str, lang: str, column: int = 1) -> frozenset[str]:
    """The ``|``-separated words of the row for ``lang`` in list ``name`` (folded)."""
    out: set[str] = set()
    for row in _data_lines(name):
        if row[0] == lang and len(row) > column:
            out.update(fold(w) for w in row[column].split("|") if w)
    return frozenset(out)


def _stems(w: str, lang: str) -> list[str]:
    """Plausible stems of ``w`` (a light affix stripper; only used to find ``w`` in the common-word list)."""
    out = [w]
    if lang == "en":
        for suf, add in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
                         ("ing", "e"), ("ly", ""), ("ers", ""), ("er", ""), ("'s", "")):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                out.append(w[: -len(suf)] + add)
    elif lang == "id":
        cores = [w]
        for suf in ("nya", "lah", "kah", "pun", "ku", "mu"):
            if w.endswith(suf) and len(w) - len(suf) >= 4:
                cores.append(w[: -len(suf)])
        for c in list(cores):
            for suf in ("kan", "an", "i"):
                if c.endswith(suf) and len(c) - len(suf) >= 4:
                    cores.append(c[: -len(suf)])
        for c in list(cores):
            for pre in ("meng", "meny", "mem", "men", "me", "di", "ber", "be", "ter", "peng", "pem", "pen", "pe", "ke", "se"):
                if c.startswith(pre) and len(c) - len(pre) >= 4:
                    cores.append(c[len(pre):])
        out.extend(cores)
    elif lang in _folder_langs():
        from .profiles import stems

        out.extend(stems(w, lang, vocab(lang)))
    return out


@functools.cache
def _folder_langs() -> frozenset[str]:
    from .profiles import folder_languages

    return frozenset(folder_languages())


def lexicon_lang(lang: str) -> str:
    """``lang`` when it has word lists of its own (id, en or a profile folder), else ``en``: a language
    without lists borrows the English ones (names and titles in Latin script often match)."""
    return lang if lang in ("en", "id") or lang in _folder_langs() else "en"


def calendar_column(lang: str) -> int | None:
    """The column of ``lang`` in :func:`data_lines` ``("calendar.tsv")`` (``None``: no calendar names)."""
    from .profiles import calendar_column as column

    return column(lang, base_lines("calendar.tsv"))


@functools.cache
def articles(lang: str) -> frozenset[str]:
    """Indefinite articles of ``lang`` that stand for "one" before a scale word (``a``/``an``, ``eine``)."""
    from .profiles import get_profile

    try:
        return get_profile(lang).articles
    except Exception:  # noqa: BLE001 - an unsupported code simply has none
        return frozenset()


def is_common_word(word: str, lang: str, seen_lower: frozenset[str] = frozenset(), stems: bool = True) -> bool:
    """Whether ``word`` is an ordinary word of ``lang`` (seen in lower case), so a capital is no name signal.

    :param seen_lower: words seen in lower case in the document at hand (either language): a capitalised
        word that also occurs in lower case there is an ordinary word too.
    :param stems: also accept the word when one of its stems is common (``kirim`` for ``mengirim``).
    """
    w = fold(word)
    if w in seen_lower or w in word_set("stopwords.tsv", lang) or w in word_set("titles.tsv", lang):
        return True
    if not stems:
        return w in vocab(lang) or w in _common_stems(lang) and w in vocab(lang)
    voc = _common_stems(lang)
    return any(s in voc for s in _stems(w, lang))


@functools.cache
def _common_stems(lang: str) -> frozenset[str]:
    """Common words of ``lang``, their stems and the number words: ``kirim`` is common because ``mengirim`` is."""
    out = set(vocab(lang))
    for w in vocab(lang):
        out.update(_stems(w, lang)[1:])
    out.update(fold(row[1]) for row in _data_lines("number_words.tsv") if row[0] == lang)
    return frozenset(out)


class Taken:
    """Character occupancy of a text: claimed spans, checked in time proportional to the span, so an extractor
    that claims its mentions stays linear in the text's length (numbers and dates share it)."""

    def __init__(self, n: int) -> None:
        self.occ = bytearray(n + 1)

    def free(self, a: int, b: int) -> bool:
        """Whether no character of ``[a, b)`` is claimed yet."""
        return self.occ.find(1, a, b) < 0

    def take(self, a: int, b: int) -> None:
        """Claim ``[a, b)``."""
        self.occ[a:b] = b"\x01" * (b - a)


@dataclass(frozen=True, slots=True)
class Side:
    """One side of an aligned pair: its sentence ids, joined text and language."""

    ids: tuple[int, ...]
    text: str
    lang: str
    roles: tuple[str, ...] = ()
    #: offsets in ``text`` where each sentence starts (for sentence-initial capitals)
    starts: tuple[int, ...] = ()

    def is_sentence_start(self, pos: int) -> bool:
        """Whether ``pos`` is the first word of a sentence (after opening quotes and brackets)."""
        for s in self.starts or (0,):
            head = self.text[s:pos]
            if not head.strip(" " + _QUOTE_CHARS + "([-–—*•"):
                return True
        return False

    def label(self) -> str:
        """``ID sentence 3`` / ``EN sentences 3-4`` for messages, numbered from 1 as people count
        (``ids`` are 0-based: ids ``(2,)`` is ``sentence 3``)."""
        lang = self.lang.upper()
        if not self.ids:
            return f"{lang} (nothing)"
        if len(self.ids) == 1:
            return f"{lang} sentence {self.ids[0] + 1}"
        return f"{lang} sentences {self.ids[0] + 1}-{self.ids[-1] + 1}"


#: forms made like a superlative that are none ("the latest data" = the newest, no degree of "late"), and -est words
#: whose stem happens to be a common word ("forest": for, "earnest": earn, "digest": dig)
EN_NOT_SUPERLATIVE = frozenset("""latest forest earnest digest modest honest tempest attest detest ingest infest divest
molest midwest southwest northwest interest protest harvest request contest suggest invest conquest inquest bequest
unrest arrest manifest""".split())


def en_superlative_form(word: str) -> bool:
    """Whether the English word is a superlative by its form: ``best``, ``worst``, ``most``, ``least``, or an
    ``-est`` form of a common word (``largest``, ``busiest``, ``biggest``, ``wealthiest``); a forest, an interest, a
    protest are none (their stems are no common word), nor is "latest". Where it stands (after a determiner, after an
    ordinal) is the caller's test."""
    w = fold(word)
    if w in ("best", "worst", "most", "least"):
        return True
    if not w.endswith("est") or len(w) < 6 or w in EN_NOT_SUPERLATIVE:
        return False
    b = w[:-3]
    stems = (b, b + "e", b[:-1] + "y" if b.endswith("i") else b, b[:-1] if len(b) > 2 and b[-1] == b[-2] else b)
    return any(is_common_word(x, "en") for x in stems)

