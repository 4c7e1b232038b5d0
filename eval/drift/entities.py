"""Named entities in Indonesian and English text, cross-lingual matching, and the entity-drift check.

Mentions come from two sources:

1. **Known entities**: the longest match of a form in ``countries.tsv`` (ISO 3166-1 names in both languages)
   and ``exonyms.tsv`` (exonyms, demonyms, cities, organisations, LNR/DNR). Each has a key, so ``Rusia``,
   ``Russia`` and ``Russian`` are one entity, ``AS`` = ``U.S.`` = ``United States``, ``Gedung Putih`` =
   ``White House``; all-caps forms match case-sensitively (``AS`` never matches "As").
2. **Capitalised spans and acronyms** not covered by (1), with titles (``Presiden``, ``Minister``) and
   function words stripped from the edges. A span is kept only if one of its words is not an ordinary word
   of the language (``vocab_*.txt``: words seen in lower case), so sentence-initial words, title-case
   headlines and the dateline drop out while ``Putin`` or ``Stoltenberg`` stay.

Matching: a known entity matches the same key on the other side; an unknown one matches when its last
distinctive word, or two thirds of its words, appear on the other side, exactly or by normalised string
similarity (>= 0.8, so ``Lugansk``/``Luhansk`` match). Fuzzy matching never pairs a word with a word of a
*different* known entity, so ``Donetsk`` for ``Lugansk`` stays a swap. The neighbouring sentences on the
other side count too (translators move names across a sentence boundary).

Check (per aligned pair): an unmatched source entity facing an unmatched target entity of a compatible type
is a **swapped entity (critical)**, unless the two are related (``Moskow``/``Russia``: metonyms). A gloss
that contradicts its acronym on one side only (``LNR (Donetsk People's Republic)`` where the other side
has ``LNR (Republik Rakyat Lugansk)``) is a swap too. A known or multi-word name on one side only is a
**dropped or added entity (major)**; a single unknown word alone is not reported (too often a rephrasing).
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..findings import Finding
from ._lexicon import Side, data_lines, fold, is_common_word, word_set

__all__ = ["EntityMention", "extract_entities", "match_entity", "check_entities", "entity_key"]

_LOC = {"COUNTRY", "PLACE"}


@dataclass(frozen=True, slots=True)
class EntityMention:
    """An entity found in a text.

    :param key: the known entity's key (``RU``, ``LUGANSK``) or ``None`` for an unknown name.
    :param type: ``COUNTRY``, ``PLACE``, ``ORG``, ``PERSON``, ``GROUP``, ``TITLE`` or ``NAME`` (unknown).
    :param tokens: folded distinctive words used for string matching.
    """

    start: int
    end: int
    text: str
    key: str | None
    type: str
    tokens: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Known:
    forms: dict[str, dict[str, str]]  # lang -> form -> key
    types: dict[str, str]
    related: dict[str, frozenset[str]]
    patterns: dict[str, re.Pattern[str]]


@functools.cache
def _known() -> _Known:
    forms: dict[str, dict[str, str]] = {"en": {}, "id": {}}
    types: dict[str, str] = {}
    related: dict[str, set[str]] = {}
    for row in data_lines("countries.tsv"):
        key = row[0]
        types[key] = "COUNTRY"
        for lang, col in (("en", 1), ("id", 2)):
            for f in row[col].split("|"):
                forms[lang].setdefault(f, key)
    for row in data_lines("exonyms.tsv"):
        key = row[0]
        types[key] = row[1]
        for lang, col in (("en", 2), ("id", 3)):
            for f in row[col].split("|"):
                if f:
                    forms[lang][f] = key
        if len(row) > 4 and row[4]:
            for r in row[4].split(","):
                related.setdefault(key, set()).add(r)
                related.setdefault(r, set()).add(key)
    patterns = {}
    for lang, table in forms.items():
        alts = sorted(table, key=len, reverse=True)
        patterns[lang] = re.compile(r"(?<![\w.])(" + "|".join(re.escape(f) for f in alts) + r")(?![\w]|\.\w)")
    return _Known(forms, types, {k: frozenset(v) for k, v in related.items()}, patterns)


@functools.cache
def _gazetteer_types() -> dict[str, str]:
    return {row[0]: row[1] for row in data_lines("gazetteer_id.tsv")}


def entity_key(text: str, lang: str) -> str | None:
    """The known-entity key of ``text`` (``Rusia`` -> ``RU``), or ``None``."""
    k = _known()
    return k.forms.get(lang if lang in k.forms else "en", {}).get(text.strip())


_CONNECT = {"of", "de", "da", "van", "von", "der", "den", "bin", "binti", "al", "el", "la", "le", "du", "y", "dos", "del", "the"}
_CAP_TOKEN = r"(?:[A-Z][\w'’\-]*(?:\.[A-Z]\.?)*|[A-Z]\.(?:[A-Z]\.)+)"
_SPAN_RE = re.compile(_CAP_TOKEN + r"(?:\s+(?:(?:" + "|".join(_CONNECT) + r")\s+)?" + _CAP_TOKEN + r")*")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def _strip_token(tok: str) -> str:
    return _POSSESSIVE.sub("", tok.rstrip(".,;:")) if not re.fullmatch(r"(?:[A-Z]\.)+", tok) else tok


def _lang_of(lang: str) -> str:
    return lang if lang in ("en", "id") else "en"


@functools.cache
def _calendar_words() -> frozenset[str]:
    out = set()
    for row in data_lines("calendar.tsv"):
        if not row[0].startswith("rel:"):
            out.update(fold(f).rstrip(".") for c in row[1:3] for f in c.split("|"))
    return frozenset(out)


def _distinct(tok: str, lang: str) -> bool:
    f = fold(tok)
    return (f not in word_set("stopwords.tsv", _lang_of(lang)) and f not in word_set("titles.tsv", _lang_of(lang))
            and f.rstrip(".") not in _calendar_words())


def extract_entities(text: str, lang: str, title_case: bool = False, seen_lower: frozenset[str] = frozenset()) -> list[EntityMention]:
    """Entity mentions of ``text`` in order (see the module docstring).

    :param title_case: the text is a title-case headline; only words that are not ordinary words count.
    :param seen_lower: words seen in lower case in the document pair (they are ordinary words there).
    """
    known = _known()
    lk = lang if lang in known.patterns else "en"
    out: list[EntityMention] = []
    taken: list[tuple[int, int]] = []
    for m in known.patterns[lk].finditer(text):
        key = known.forms[lk][m.group(1)]
        out.append(EntityMention(m.start(), m.end(), m.group(1), key, known.types[key], (fold(m.group(1)),)))
        taken.append(m.span())
    gaz = _gazetteer_types() if lang == "id" else {}
    for m in _SPAN_RE.finditer(text):
        # cut the span around known entities
        pieces = [(m.start(), m.end())]
        for a, b in taken:
            nxt = []
            for s, e in pieces:
                if b <= s or a >= e:
                    nxt.append((s, e))
                else:
                    if a > s:
                        nxt.append((s, a))
                    if b < e:
                        nxt.append((b, e))
            pieces = nxt
        for s, e in pieces:
            # a single word left over beside a known entity is a generic part of its name
            # ("Crimean Peninsula", "Semenanjung Krimea", "Jakarta Selatan"), not a name of its own
            cut = (s, e) != (m.start(), m.end())
            toks = [(t.start() + s, t.end() + s, t.group(0)) for t in re.finditer(r"\S+", text[s:e])]
            # strip titles, function words and connectors at the edges
            while toks and (not _distinct(_strip_token(toks[0][2]), lang) or fold(toks[0][2]) in _CONNECT or not toks[0][2][:1].isupper()):
                toks.pop(0)
            while toks and (not _distinct(_strip_token(toks[-1][2]), lang) or fold(toks[-1][2]) in _CONNECT or not toks[-1][2][:1].isupper()):
                toks.pop()
            if not toks:
                continue
            a, b = toks[0][0], toks[-1][1]
            span = text[a:b].rstrip(".,;:")
            b = a + len(span)
            span_clean = _POSSESSIVE.sub("", span)
            words = [_strip_token(t[2]) for t in toks if fold(t[2]) not in _CONNECT]
            parts = [p for w in words for p in re.split(r"-", w) if p]
            acronym = any(re.fullmatch(r"[A-Z]{2,6}s?|(?:[A-Z]\.){2,}", w) for w in words)
            uncommon = [p for p in parts if not is_common_word(p, _lang_of(lang), seen_lower) and _distinct(p, lang)]
            typ = gaz.get(span_clean) or ("NAME")
            if not uncommon and not acronym and span_clean not in gaz:
                continue
            if title_case and not uncommon and not acronym:
                continue
            if cut and len(words) == 1 and not acronym and span_clean not in gaz:
                continue
            tokens = tuple(fold(w) for w in words if _distinct(w, lang))
            if not tokens:
                continue
            out.append(EntityMention(a, b, text[a:b], None, typ, tokens))
    out.sort(key=lambda x: x.start)
    return out


def _similar(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) < 4 or len(b) < 4 or a[0] != b[0]:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def _text_tokens(text: str) -> list[str]:
    return [fold(_strip_token(t)) for t in re.findall(r"[^\W\d_][\w'’\-.]*", text) for t in [t.rstrip(".")] for t in t.split("-") if t]


def match_entity(m: EntityMention, other_text: str, other_mentions: Sequence[EntityMention]) -> bool:
    """Whether mention ``m`` has a counterpart in ``other_text`` (whose mentions are ``other_mentions``)."""
    if m.key is not None:
        if any(o.key == m.key for o in other_mentions):
            return True
        # an unknown form of the same name on the other side ("Krimea" written "Crimea" in an id text)
        return any(o.key is None and any(_similar(t, f) for t in o.tokens for f in m.tokens) for o in other_mentions)
    known_other = {t for o in other_mentions if o.key is not None for t in _text_tokens(o.text)}
    toks = _text_tokens(other_text)
    exact = set(toks)
    found = []
    for t in m.tokens:
        tt = fold(t)
        if tt in exact:
            found.append(True)
            continue
        found.append(any(_similar(tt, o) for o in toks if o not in known_other))
    if not found:
        return True
    return found[-1] or sum(found) * 3 >= 2 * len(found)


def _compatible(a: EntityMention, b: EntityMention) -> bool:
    known = _known()
    if a.key and b.key and (b.key in known.related.get(a.key, frozenset()) or a.key == b.key):
        return False
    ta = "LOC" if a.type in _LOC else a.type
    tb = "LOC" if b.type in _LOC else b.type
    if "TITLE" in (ta, tb):
        return False
    if "NAME" in (ta, tb):
        return True
    return ta == tb


def _gloss_pairs(text: str, mentions: list[EntityMention]) -> list[tuple[EntityMention, EntityMention]]:
    """``A (B)`` where both are known entities: an acronym or name with its gloss."""
    out = []
    for a, b in zip(mentions, mentions[1:]):
        if a.key and b.key and re.fullmatch(r"\s*\(\s*", text[a.end:b.start]) and text[b.end:b.end + 1] == ")":
            out.append((a, b))
    return out


def _reportable_alone(m: EntityMention) -> bool:
    """A name on one side only is reported when it is a known entity or a name of two words or more."""
    if m.type in ("TITLE", "GROUP"):
        return False
    if m.key is not None:
        return True
    return len(m.tokens) >= 2


def check_entities(
    src: Side,
    tgt: Side,
    src_ents: list[EntityMention],
    tgt_ents: list[EntityMention],
    src_context: tuple[str, list[EntityMention]] = ("", []),
    tgt_context: tuple[str, list[EntityMention]] = ("", []),
) -> list[Finding]:
    """Entity findings for one aligned pair.

    :param src_context: text and mentions of the source sentences around the pair (for moved names).
    :param tgt_context: the same for the target.
    """
    out: list[Finding] = []
    sl, tl = src.label(), tgt.label()
    sL, tL = src.lang.upper(), tgt.lang.upper()

    # glosses that contradict their acronym on one side only
    sg = {(a.key, b.key): (a, b) for a, b in _gloss_pairs(src.text, src_ents)}
    tg = {(a.key, b.key): (a, b) for a, b in _gloss_pairs(tgt.text, tgt_ents)}
    glossed: set[int] = set()
    for side_g, other_g, is_src in ((tg, sg, False), (sg, tg, True)):
        for (ka, kb), (a, b) in side_g.items():
            if ka == kb or kb in _known().related.get(ka, frozenset()) or (ka, kb) in other_g:
                continue
            partner = next((pb for (oa, ob), (pa, pb) in other_g.items() if oa == ka and ob != kb), None)
            if partner is None:
                continue
            s_m, t_m = (b, partner) if is_src else (partner, b)
            glossed.update({id(s_m), id(t_m)})
            out.append(Finding(
                "entity", "critical", src.ids, tgt.ids, src.text, tgt.text,
                f"entity {s_m.text} ({sL}) became {t_m.text} ({tL}) as the gloss of {a.text}",
                s_m.text, t_m.text, s_m.text, t_m.text))

    tctx_text = tgt.text + " " + tgt_context[0]
    sctx_text = src.text + " " + src_context[0]
    t_all = tgt_ents + tgt_context[1]
    s_all = src_ents + src_context[1]
    lost = [m for m in src_ents if id(m) not in glossed and not match_entity(m, tctx_text, t_all)]
    new = [m for m in tgt_ents if id(m) not in glossed and not match_entity(m, sctx_text, s_all)]
    # one report per distinct entity
    lost = list({(m.key or m.text): m for m in lost}.values())
    new = list({(m.key or m.text): m for m in new}.values())
    for s in list(lost):
        t = next((t for t in new if _compatible(s, t) and (s.key or t.key or (len(s.tokens) >= 1 and len(t.tokens) >= 1))), None)
        if t is None:
            continue
        if s.key is None and t.key is None and s.type == "NAME" and len(s.tokens) == 1 and len(t.tokens) == 1:
            # two single unknown words: only when both look like names (not ordinary words anywhere)
            if is_common_word(s.tokens[0], "en") or is_common_word(t.tokens[0], "id"):
                continue
        lost.remove(s)
        new.remove(t)
        out.append(Finding(
            "entity", "critical", src.ids, tgt.ids, src.text, tgt.text,
            f"entity {s.text} ({sL}) became {t.text} ({tL})",
            s.text, t.text, s.text, t.text))
    for s in lost:
        if _reportable_alone(s):
            out.append(Finding(
                "entity", "major", src.ids, tgt.ids, src.text, tgt.text,
                f"entity {s.text} in {sl} has no counterpart in {tl}", s.text, None, s.text, None))
    for t in new:
        if _reportable_alone(t):
            out.append(Finding(
                "entity", "major", src.ids, tgt.ids, src.text, tgt.text,
                f"entity {t.text} in {tl} has no counterpart in {sl}", None, t.text, None, t.text))
    return out
