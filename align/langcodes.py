"""Language codes: one normaliser for every place a code enters (CLI options, ``--config``, the API).

Users write a language many ways: ``id``, ``ID``, ``ind`` (ISO 639-2/3), ``in`` (the withdrawn ISO 639-1 code
Java and Android still use), ``indonesian``, ``Bahasa Indonesia``, ``id-ID``. The word lists are keyed by the
ISO 639-1 code, so a code that is not normalised silently switches them off (``--src-lang ID`` once gave 8
extra critical findings on the bundled example). :func:`normalize_lang` maps every accepted spelling to the
two-letter code and rejects anything else with one line that lists the supported codes.

The supported languages are those of NTREX-128 that wiredrift reads (Indonesian, English, German, French,
Spanish, Russian, Japanese, Chinese, Vietnamese, Thai, Malay) plus Dutch and Portuguese, which the language
check in :mod:`wiredrift.align.langid` already profiles.
"""

from __future__ import annotations

import re
import unicodedata

from .errors import ConfigError

__all__ = ["SUPPORTED_LANGS", "normalize_lang"]

#: ISO 639-1 code -> every other accepted spelling (compared case-folded and without diacritics).
_ALIASES: dict[str, tuple[str, ...]] = {
    "de": ("deu", "ger", "german", "deutsch"),
    "en": ("eng", "english", "inggris", "bahasa inggris"),
    "es": ("spa", "spanish", "espanol", "castellano"),
    "fr": ("fra", "fre", "french", "francais"),
    "id": ("ind", "in", "indonesian", "indonesia", "bahasa indonesia"),
    "ja": ("jpn", "japanese", "日本語"),
    "ms": ("msa", "may", "zsm", "malay", "melayu", "bahasa melayu", "bahasa malaysia"),
    "nl": ("nld", "dut", "dutch", "nederlands"),
    "pt": ("por", "portuguese", "portugues"),
    "ru": ("rus", "russian", "русскии"),
    "th": ("tha", "thai", "ไทย"),
    "vi": ("vie", "vietnamese", "tieng viet"),
    "zh": ("zho", "chi", "cmn", "chinese", "mandarin", "中文"),
}

#: The codes :func:`normalize_lang` returns, sorted.
SUPPORTED_LANGS: tuple[str, ...] = tuple(sorted(_ALIASES))


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().replace("_", " ").split())


_LOOKUP: dict[str, str] = {code: code for code in _ALIASES}
_LOOKUP.update({_key(alias): code for code, aliases in _ALIASES.items() for alias in aliases})
#: ``en-US``, ``zh_CN``, ``pt-BR``, ``deu-DE``, ``zho-Hans``: a language subtag followed by region or script subtags
_TAGGED = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]{2,8})+")


def normalize_lang(code: object, what: str = "language") -> str:
    """The ISO 639-1 code of ``code`` (``ID``, ``ind``, ``in``, ``Indonesian``, ``id-ID`` -> ``id``).

    :param code: a language code or name as a user wrote it.
    :param what: where the code came from, named in the error (``--src-lang``, ``wiredrift.toml: src-lang``).
    :raises ConfigError: ``code`` is not a string or names no supported language; the message is one line
        listing the supported codes.
    """
    if isinstance(code, str):
        key = _key(code)
        found = _LOOKUP.get(key)
        if found is None:
            m = _TAGGED.fullmatch(key.replace(" ", "-"))
            if m:
                found = _LOOKUP.get(m.group(1))
        if found is not None:
            return found
    raise ConfigError(f"{what} {code!r}: unknown language; supported: {', '.join(SUPPORTED_LANGS)}")
