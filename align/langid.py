"""A small offline language check: stopword profiles plus a few telling characters.

Not a general language identifier. Its job is to catch a report passed under the wrong language
(an Indonesian file given as English, the two files swapped, the same language twice) before an
alignment is wasted on it. News prose is dense in function words, so the share of a text's tokens
that fall in a language's short stopword list separates id, en, de, fr, es, nl and pt reliably
from about fifteen words on. The lists were written for this project from everyday function words.

Indonesian and Malay share most of their function words; only a handful of spellings and words
tell them apart (bahwa/bahawa, karena/kerana, bisa/boleh, setelah/selepas, uang/wang ...). The
detector therefore treats them as one family when deciding whether a text is in the wrong
language, and never reports more than moderate confidence for the choice between them.
"""

from __future__ import annotations

import logging
import re

from .errors import InputError, show_path
from .types import Document

__all__ = ["detect_language", "check_language", "check_pair_languages", "LANGUAGE_NAMES"]

logger = logging.getLogger(__name__)

#: English names of the languages with a profile.
LANGUAGE_NAMES = {
    "id": "Indonesian",
    "ms": "Malay",
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "nl": "Dutch",
    "pt": "Portuguese",
}

_MALAYIC_SHARED = """yang dan di ke dari ini itu dengan untuk pada tidak dalam akan adalah juga oleh ada
    tersebut telah sudah atau mereka kami kita saya ia dia para seorang sebagai lebih dapat hanya namun
    tetapi kata menurut masih belum secara hingga bagi serta sangat orang tahun jika atas agar kepada
    daripada antara bahkan sejak lagi pun apa ketika""".split()
_STOPWORDS: dict[str, frozenset[str]] = {
    "id": frozenset(_MALAYIC_SHARED + """bahwa karena bisa setelah saat yaitu saja uang tapi sementara
        mengatakan pemerintah selama terhadap sekitar kemudian""".split()),
    "ms": frozenset(_MALAYIC_SHARED + """bahawa kerana boleh selepas semasa iaitu sahaja wang ialah
        berkata kerajaan bagaimanapun mahupun beliau manakala""".split()),
    "en": frozenset("""the of and to in a is that for it on was with he as by at be this from are have has
        had not but or an they his her she which will would their were been said who its we after also
        more about than into there what when up out over can could if no""".split()),
    "de": frozenset("""der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als
        auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen
        so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei""".split()),
    "fr": frozenset("""le la les de des du et en un une il elle est que qui dans pour pas au aux sur par
        ne se ce avec plus son sa ses sont été mais ou nous vous ils leur cette comme être fait aussi
        dont l d qu n c j""".split()),
    "es": frozenset("""el la los las de del y en un una que es por con no se para al lo como más su sus
        pero ha fue son está este esta o ya también entre sin sobre le muy hasta desde cuando ser hay
        todo dijo""".split()),
    "nl": frozenset("""de het een en van in is dat op te zijn voor met die niet aan er om ook als bij
        maar door wordt werd nog naar uit dan of tot over heeft hij zij ze worden deze was hebben kan
        meer wel geen""".split()),
    "pt": frozenset("""o a os as de do da dos das e em no na nos nas um uma que é para com não por se
        mais ao como mas foi ele ela são sua seu também pelo pela já está ser entre quando muito há até
        isso disse""".split()),
}
_ID_ONLY = _STOPWORDS["id"] - _STOPWORDS["ms"]
_MS_ONLY = _STOPWORDS["ms"] - _STOPWORDS["id"]

# Characters that only some of the profiled languages use; each occurrence adds a little weight.
_CHARS = {
    "de": "äöüß",
    "fr": "éèêàçœëîôù",
    "es": "ñ¿¡áíóú",
    "pt": "ãõçâêôáéíóú",
}
_CHAR_WEIGHT = 0.15  # one telling character counts as much as 0.15 of a stopword

_WORD = re.compile(r"[^\W\d_]+")  # apostrophes split: French l'/d'/qu' count as stopwords
_FAMILY = {"ms": "id"}

_MIN_WORDS = 15  # fewer words: only a very clear text is flagged
_CONFIDENT = 0.6


def _family(lang: str) -> str:
    return _FAMILY.get(lang, lang)


def _normalise_code(lang: str) -> str:
    return (lang or "").lower().replace("_", "-").split("-")[0]


def _scores(text: str) -> tuple[dict[str, float], int, int, int]:
    """Per-language share of tokens that are its stopwords (plus character bonus).

    :return: ``(scores, n_words, id_only_hits, ms_only_hits)``.
    """
    words = [w.lower() for w in _WORD.findall(text)]
    n = len(words)
    if not n:
        return {}, 0, 0, 0
    latin = sum(1 for w in words if w.isascii() or any("a" <= ch <= "z" for ch in w))
    if latin < 0.5 * n:
        return {}, n, 0, 0  # not a Latin-script text: no profile applies
    counts = dict.fromkeys(_STOPWORDS, 0.0)
    id_only = ms_only = 0
    for w in words:
        for lang, stop in _STOPWORDS.items():
            if w in stop:
                counts[lang] += 1
        if w in _ID_ONLY:
            id_only += 1
        elif w in _MS_ONLY:
            ms_only += 1
    lowered = text.lower()
    for lang, chars in _CHARS.items():
        counts[lang] += _CHAR_WEIGHT * min(sum(lowered.count(ch) for ch in chars), n)
    return {lang: c / n for lang, c in counts.items()}, n, id_only, ms_only


def _family_ranking(scores: dict[str, float]) -> list[tuple[str, float]]:
    """Best score per family (id and ms together), best first."""
    best: dict[str, float] = {}
    for lang, s in scores.items():
        fam = _family(lang)
        best[fam] = max(best.get(fam, 0.0), s)
    return sorted(best.items(), key=lambda kv: -kv[1])


def _family_confidence(ranking: list[tuple[str, float]], n: int | None) -> float:
    """Margin of the best family over the next, damped for sparse or short texts (``n=None``: no length damping)."""
    if not ranking or ranking[0][1] <= 0:
        return 0.0
    top = ranking[0][1]
    second = ranking[1][1] if len(ranking) > 1 else 0.0
    margin = (top - second) / top
    coverage = min(1.0, top / 0.2)  # news prose: 25-45% of tokens are function words
    length = 1.0 if n is None else min(1.0, n / _MIN_WORDS)
    return round(margin * coverage * length, 3)


def detect_language(text: str) -> tuple[str | None, float]:
    """Guess the language of ``text`` among id, ms, en, de, fr, es, nl and pt.

    :param text: any amount of text; a report's body is best.
    :return: ``(code, confidence)`` with confidence in ``[0, 1]``; ``(None, 0.0)`` when no profile
        matches (too few words, another script, no stopwords). Between Indonesian and Malay the
        confidence is at most 0.75 even when the family is certain.
    """
    scores, n, id_only, ms_only = _scores(text)
    ranking = _family_ranking(scores)
    if not ranking or ranking[0][1] <= 0:
        return None, 0.0
    family = ranking[0][0]
    confidence = _family_confidence(ranking, n)
    if family != "id":
        return family, confidence
    code = "ms" if ms_only > id_only else "id"
    spread = abs(id_only - ms_only) / (id_only + ms_only + 2)
    return code, round(confidence * min(0.75, 0.5 + 0.5 * spread), 3)


def _detect_family(text: str) -> tuple[str | None, float]:
    """Like :func:`detect_language`, but Indonesian and Malay count as one family ``id``."""
    scores, n, _, _ = _scores(text)
    ranking = _family_ranking(scores)
    if not ranking or ranking[0][1] <= 0:
        return None, 0.0
    return ranking[0][0], _family_confidence(ranking, n)


def _wrong_language(text: str, lang: str) -> tuple[str, float] | None:
    """The language ``text`` confidently is instead of ``lang``, or ``None``."""
    lang = _normalise_code(lang)
    if lang not in _STOPWORDS:
        return None  # no profile: nothing to compare with
    scores, n, _, _ = _scores(text)
    ranking = _family_ranking(scores)
    if not ranking or ranking[0][1] <= 0:
        return None
    family, top = ranking[0]
    if family == _family(lang):
        return None
    confidence = _family_confidence(ranking, n)
    claimed = scores.get(lang, 0.0)
    if claimed > 0.5 * top:
        return None
    if n < _MIN_WORDS:
        # A short text is flagged only when very clear: no word of the claimed language at all,
        # many of the other's, and nothing else close.
        if not (n >= 6 and claimed == 0.0 and top >= 0.3 and _family_confidence(ranking, None) >= 0.9):
            return None
    elif confidence < _CONFIDENT:
        return None
    code, _ = detect_language(text)
    return (code or family), confidence


def _name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def check_language(text: str, lang: str, name: str, option: str | None = None) -> None:
    """Raise when ``text`` (from file ``name``) is confidently not in ``lang``.

    :param option: the command-line option that set ``lang`` (``--tgt-lang``), named in the hint.
    :raises InputError: ``name: looks like Indonesian (id), not English (en); ...``.
    """
    found = _wrong_language(text, lang)
    if found is None:
        return
    code, confidence = found
    lang = _normalise_code(lang)
    hint = f"check the argument order or {option}" if option else "check the argument order or the language code"
    logger.info("%s: language %s, not %s (confidence %.2f)", name, code, lang, confidence)
    raise InputError(f"{name}: looks like {_name(code)} ({code}), not {_name(lang)} ({lang}); {hint}")


def _body(doc: Document) -> str:
    text = " ".join(s.text for s in doc.sentences if s.role in ("headline", "body"))
    return text or " ".join(doc.texts)


def check_pair_languages(src: Document, tgt: Document) -> None:
    """Check that a source and a target report are in two different, correctly named languages.

    Run after both files are read: first the pair (the same text twice, or both files in one
    language while their languages are named differently), then each side against its own
    language, naming ``--src-lang``/``--tgt-lang`` in the hint.

    :raises InputError: one line naming the file(s) and the problem.
    """
    src_name = show_path(src.path) if src.path else "<source>"
    tgt_name = show_path(tgt.path) if tgt.path else "<target>"
    src_lang = _normalise_code(src.lang)
    tgt_lang = _normalise_code(tgt.lang)
    if src_lang != tgt_lang and src.texts == tgt.texts:
        raise InputError(
            f"{src_name} and {tgt_name}: both files hold the same text; pass the two language versions of the report"
        )
    if _family(src_lang) == _family(tgt_lang):
        return  # the caller says both are in one language (e.g. comparing two English versions)
    src_text, tgt_text = _body(src), _body(tgt)
    src_family, src_conf = _detect_family(src_text)
    tgt_family, tgt_conf = _detect_family(tgt_text)
    if src_family is not None and src_family == tgt_family and min(src_conf, tgt_conf) >= _CONFIDENT:
        code = detect_language(src_text + " " + tgt_text)[0] or src_family
        raise InputError(
            f"{src_name} and {tgt_name}: both files look like {_name(code)} ({code}); "
            f"pass the two language versions of the report"
        )
    check_language(src_text, src_lang, src_name, "--src-lang")
    check_language(tgt_text, tgt_lang, tgt_name, "--tgt-lang")
