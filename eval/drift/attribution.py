"""Who said it: the speaker of a quote or a reported statement on each side, and the attribution check.

Speakers are read from the attribution frame around the quote or the speech verb, outside quoted text:

- English: ``"...," X said`` / ``said X`` / ``X said/told/added ...`` / ``according to X``;
- Indonesian: ``kata/ujar/ucap/tutur/ungkap/jelas/tegas/imbuh X`` (``katanya``, ``ujarnya`` and ``kata dia``
  are pronouns), ``X mengatakan/menyatakan/menegaskan ...``, ``menurut X``.

A speaker is a *name* (a capitalised span, titles stripped), a *pronoun* (he/she/they/I/we, dia/ia/mereka/
saya/kami, the ``-nya`` of ``katanya``) or a *description* (``the official``, ``pejabat itu``). A description
set off by commas before a name is that person ("kata pelatih Roma, Luciano Spalletti, kepada wartawan"); a
name after a relation noun (``relations.tsv``: "suami Debbie", "pengacara Jessica") or before an English
possessive ("Wongso's lawyers") is the possessor, so the speaker is described ("Ron, suami Debbie mengatakan":
Ron speaks). Possessive descriptions compare as descriptions; the possessors' names are the entity check's.

Check (per aligned pair with a speaker on both sides):

- name vs name that do not match (token or normalised-string match) is a **wrong speaker (critical)**;
  known entities match through their keys (``Amerika Serikat`` = ``the United States``), and two parts of one
  longer name of the document are one person ("Rusman" / "Heriawan" beside "Rusman Heriawan");
- both people named on both sides, but the other one speaks ("kata Joko usai bertemu Hendra" / "Hendra said
  after meeting Joko"): **wrong speaker (critical)**, the roles changed places;
- speakers named by offices or bodies that differ and are unrelated ("ujar Menteri Keuangan" / "the
  Agriculture Minister said"): **wrong speaker (critical)**; an office or body is never read as a person's name
  ("Kepala Basarnas", "Kepala Dinas Tenaga Kerja");
- a name on one side and a plain description on the other (``the official``: lower-case words only) is a
  **wrong speaker (critical)**;
- in every case the name must be absent from the whole other side of the pair: a speaker moved within the
  sentence, a coordinated subject or a frame read differently is no reassignment;
- a pronoun on one side and a name on the other is resolved to the last person named before it in its
  own document; a name that is another person named in the document is a **wrong speaker (critical)**.
  An unresolved pronoun, pronoun vs description and description vs description are not reported
  (translations vary freely there).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..findings import Finding
from ._lexicon import Side, data_lines, fold, is_common_word, lexicon_lang, word_set
from .profiles import body_head_kinds, get_profile
from .entities import (BODY_HEAD_WORDS, EntityMention, body_kinds, distinct_word, known_entities, norm_tokens, entity_key, extract_entities, match_entity,
                       parts_of_one_name, relation_head)

__all__ = ["Speaker", "find_speaker", "check_attribution", "in_speech_frame"]


@dataclass(frozen=True, slots=True)
class Speaker:
    """The speaker found for a pair side.

    :param kind: ``name``, ``pronoun`` or ``description``.
    :param text: the exact substring naming the speaker.
    :param tokens: folded distinctive words of a name.
    """

    kind: str
    text: str
    start: int
    tokens: tuple[str, ...] = ()
    #: ``verb`` ("kata X", "X said") or ``source`` ("menurut X", "according to X")
    frame: str = "verb"


@functools.cache
def _verbs(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    verbs: set[str] = set()
    source: set[str] = set()
    for row in data_lines("speech_verbs.tsv"):
        if row[0] == lang:
            (verbs if row[1] == "verb" else source).update(row[2].split("|"))
    return frozenset(verbs), frozenset(source)


_PRONOUNS = {
    "en": {"he", "she", "they", "i", "we", "it"},
    "id": {"dia", "ia", "mereka", "saya", "kami", "kita", "aku", "beliau", "nya"},
}
_NAME = r"(?:[A-Z][\w'’\-.]*(?:\s+(?:bin|binti|van|von|de|al|el|da)?\s*[A-Z][\w'’\-.]*){0,4})"
_DESC_EN = r"(?:(?:the|a|an|another|one|his|her|their)\s+(?:[\w\-']+\s+){0,4}?[\w\-']+)"
#: "Wongso's lawyers", "Debbie's husband": someone the name is the possessor of (lower-case words after it)
_POSSESSED_EN = (r"(?:(?!(?:It|That|What|There|Here|He|She|Who|Where|How|This|Let|Everyone|Nobody)['’]s\b)"
                 r"[A-Z][^\s'’]*['’]s?(?:\s+(?!(?:he|she|they|we|i|it|you)\b)[a-z][\w\-]*){1,4})")
_DESC_ID = r"(?:(?:[\w\-']+\s+){0,4}?(?:itu|tersebut|ini|lain|lainnya|[\w\-']+))"


#: characters read before and after a speech verb for its speaker
_FRAME_WINDOW = 200

_MARKS = "\"“”„‟«»‘’‚‛'"


def _mask_quotes(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with complete quotations blanked out; a quotation left open (its other mark in another
    sentence or missing) is kept, because its attribution often follows inside the same span."""
    chars = list(text)
    for a, b in spans:
        a0 = a
        while a0 > 0 and text[a0 - 1].isspace():
            a0 -= 1
        b0 = b
        while b0 < len(text) and text[b0].isspace():
            b0 += 1
        if not (a0 > 0 and text[a0 - 1] in _MARKS and b0 < len(text) and text[b0] in _MARKS):
            continue
        a, b = a0, b0
        for k in range(max(0, a - 1), min(len(chars), b + 1)):
            chars[k] = "\x00"
    return "".join(chars)


def _place_word(word: str, lang: str) -> bool:
    """Whether a capitalised word of a speaker of several words is a known country or place ("The Russia expert", "a
    China analyst", "pengamat Rusia"): it qualifies a description and names no person; the other words may still
    name one. A place alone speaks for its government ("Beijing said") and stays a name."""
    key = entity_key(re.sub(r"['’]s$", "", word.rstrip(".,")), lang)
    return key is not None and known_entities().types.get(key) in ("COUNTRY", "PLACE")


def _words_of_places(words: list[str], lang: str) -> set[str]:
    """The words of a speaker of several words that stand inside a known place of several words followed by a
    word of the speaker ("The North Rhine-Westphalia government", "The New York police department"): as a known
    place of one word (:func:`_place_word`), it qualifies a description and names no person, though none of its
    words alone is a known place. A place alone speaks for its government and stays a name; a body that ends the
    speaker ("The Federal Constitutional Court") is the speaker itself."""
    out: set[str] = set()
    for e in extract_entities(" ".join(words), lang):
        part = e.text.split()
        if e.key and e.type in ("COUNTRY", "PLACE", "INST") and len(part) > 1 and part[-1] in words[:-1]:
            out.update(part)
    return out


#: the end of a sentence inside a run of capitalised words read as a speaker: a word of four letters or more and its
#: full stop ("über seine Zweifel. Harington sagte", "in Paris. Macron said"); initials and short titles ("J.",
#: "Dr.", "St.") and dotted acronyms ("U.S.") end no sentence
_SENTENCE_END_IN_NAME = re.compile(r"[^\W\d_]{4,}[.!?]\s+(?=[^\W\d_])")


def _after_sentence_end(who: str, start: int) -> tuple[str, int]:
    """``who`` and its offset cut after the last sentence end inside it: the sentences of a pair side are read
    joined, and where every noun is capitalised (German) the last noun of one sentence ran into the speaker that
    opens the next ("Zweifel. Harington"), which then named no one of the other side."""
    ends = [m.end() for m in _SENTENCE_END_IN_NAME.finditer(who)]
    return (who[ends[-1]:], start + ends[-1]) if ends else (who, start)


def _classify(lang: str, who: str, start: int) -> Speaker | None:
    who, start = _after_sentence_end(who, start)
    w = who.strip(" ,.;:")
    if not w:
        return None
    lw = fold(w)
    if lw in _PRONOUNS.get(lang, set()) or lw in get_profile(lang).pronouns:
        return Speaker("pronoun", w, start)
    words = w.split()
    if relation_head(words, lang):
        return Speaker("description", w, start)  # "pengacara Jessica": someone Jessica is the possessor of
    if lang == "en" and re.fullmatch(_POSSESSED_EN, w):
        # "Wongso's lawyers" is described by a person; "North Korea's foreign minister" by a country or body,
        # which names the speaker's office in other words
        return Speaker("named-description" if _known_keys(re.split(r"['’]", w)[0], lang) else "description", w, start)
    titles = word_set("titles.tsv", lexicon_lang(lang))
    stop = word_set("stopwords.tsv", lexicon_lang(lang))
    if lang not in ("en", "id") and get_profile(lang).capitalised_nouns and fold(words[0]) in stop:
        # "Ein Polizeisprecher", "Die Gruppe": an article before a capitalised noun is a description where
        # every noun is capitalised
        return Speaker("description", w, start)
    names = [x for x in words if x[:1].isupper() and fold(x.rstrip("'s’").rstrip(".")) not in titles and fold(x) not in stop]
    lk = lexicon_lang(lang)  # en, id or a profile language
    after_title = [x for k, x in enumerate(words) if k and fold(words[k - 1].rstrip(".")) in titles and x[:1].isupper()
                   and fold(x.rstrip(".,")) not in titles]
    # a word after a title that opens a run of ordinary capitalised words names a body, not a person
    # ("Kepala Dinas Tenaga Kerja"), while "Presiden Jokowi" keeps its name
    after_title = [x for k, x in enumerate(words) if x in after_title and not (
        k + 1 < len(words) and words[k + 1][:1].isupper() and is_common_word(words[k + 1].rstrip(".,"), lk))]
    names = [x for x in names if x in after_title or (not is_common_word(re.sub(r"['’]s$", "", x), lk)
                                                      and distinct_word(x.rstrip(".,"), lang))]
    # an institution or office is no person ("Kepala Basarnas", "juru bicara Kemlu"), nor a word a profile reads as
    # a body by its head ("Ein Sprecher der Staatsanwaltschaft")
    names = [x for x in names if _institution_type(x.rstrip(".,"), lang) is None and not body_head_kinds(x.rstrip(".,"), lang)]
    names = [x for x in names if len(words) == 1 or not _place_word(x, lang)]
    names = [x for x in names if x not in _words_of_places(words, lang)]
    if names:
        return Speaker("name", w, start, tuple(t for x in names for t in norm_tokens(x)))
    if any(x[:1].isupper() and fold(x.strip(",.")) not in stop for x in words[1:]):
        # "the Red Cross", "A Labour Party spokesman": a capitalised description is a name in other words
        # ("And I", "Dan Saya": capitalised function words name no one)
        return Speaker("named-description", w, start)
    return Speaker("description", w, start)


#: head nouns of a description that names a body, not a person ("the water company", "perusahaan air minum"):
#: the institutions' head words and the nouns of firms and governments that are not part of their names
_BODY_NOUNS = BODY_HEAD_WORDS | frozenset("company utility firm group operator regulator corporation perusahaan "
                                          "pemerintah".split())


def _acronym_for_body(named: Speaker, described: Speaker, lang: str = "en") -> bool:
    """An unknown acronym against a description of a body: "kata PDAM" rendered "the water company said"
    describes the same speaker in other words (a known acronym is matched through its forms before this).
    So does an office of an unknown unit against a description of that office ("kata Dirjen EBTKE" /
    "the director general for renewable energy said"): the speaker's only name-like word is the acronym."""
    w = named.text.strip(" ,.;:")
    words = [fold(x.strip(",.;:")) for x in described.text.split()]
    if w.isupper() and w.isalpha() and 2 <= len(w) <= 8:
        return any(x in _BODY_NOUNS for x in words)
    *office, last = w.split() or [""]
    return (bool(office) and last.isupper() and last.isalpha() and 2 <= len(last) <= 8
            and named.tokens == (fold(last),)
            and any(x in _BODY_NOUNS or x in word_set("titles.tsv", lexicon_lang(lang)) for x in words[1:]))


def _institution_type(word: str, lang: str) -> str | None:
    """The type of the known institution or office spelled ``word`` (``Basarnas`` -> ORG), else ``None``."""
    key = entity_key(re.sub(r"['’]s$", "", word), lang)
    typ = known_entities().types.get(key) if key else None
    return typ if typ in ("ORG", "ROLE", "INST", "TITLE") else None


#: a name set off by commas after a description ("..., Luciano Spalletti, kepada"), not the first of a list
_APPOSITIVE = re.compile(r"\s*,\s+(" + _NAME + r")(?=\s*(?:[,.;:!?\x00]|$)|\s+(?!(?:dan|serta|atau|and|or)\b)[a-z])")


def _appositive(text: str, end: int, lang: str) -> Speaker | None:
    """The person named right after a description that ends at ``end`` and is set off by commas, else ``None``."""
    m = _APPOSITIVE.match(text, end, end + _FRAME_WINDOW)
    return None if m is None else _set_off_name(lang, m.group(1), m.start(1))


def _set_off_name(lang: str, who: str, start: int) -> Speaker | None:
    """``who``, capitalised words set off by commas beside a description, as a person's name: the place says it
    is one even where a word is also an ordinary word ("Ron", "Dewi"); an office or body is none."""
    if any(e.key and e.type in ("COUNTRY", "PLACE") for e in extract_entities(who, lang)):
        return None  # "..., kata polisi, Jakarta, Senin": a place, not a person
    sp = _classify(lang, who, start)
    if sp is None or sp.kind in ("name", "pronoun"):
        return sp if sp is not None and sp.kind == "name" else None
    words = [x.rstrip(".,") for x in who.split()]
    if _office_keys(who, lang) or not all(x[:1].isupper() and distinct_word(x, lang) and _institution_type(x, lang) is None
                                          for x in words):
        return None
    return Speaker("name", who, start, tuple(t for x in words for t in norm_tokens(x)))


@functools.cache
def _relation_before(lang: str) -> re.Pattern[str] | None:
    """A relation noun of ``relations.tsv`` ending right before a name ("suami ", "kuasa hukum ")."""
    rel = word_set("relations.tsv", lexicon_lang(lang))
    if not rel:
        return None
    alt = "|".join(sorted((r"\s+".join(map(re.escape, p.split())) for p in rel), key=len, reverse=True))
    return re.compile(r"(?<![\w\-])(?:" + alt + r")\s+$", re.I)


def _possessed(text: str, start: int, end: int, lang: str) -> Speaker | None:
    """The speaker where the name at ``text[start:end]`` follows a relation noun ("Ron, suami Debbie
    mengatakan"): the person named before it and set off by a comma, else the description ("suami Debbie")."""
    pat = _relation_before(lang)
    m = pat.search(text, max(0, start - 40), start) if pat is not None else None
    if m is None:
        return None
    a = m.start()
    mn = re.search(r"(" + _NAME + r")\s*,\s*$", text[max(0, a - _FRAME_WINDOW):a])
    sp = None if mn is None else _set_off_name(lang, mn.group(1), max(0, a - _FRAME_WINDOW) + mn.start(1))
    if sp is not None:
        return sp
    return Speaker("description", text[a:end], a)


def _source(sp: Speaker | None) -> Speaker | None:
    return None if sp is None else Speaker(sp.kind, sp.text, sp.start, sp.tokens, "source")


#: a sentence opening with its source ("Menurut kapten Marc Klok, ...", "According to coach Bojan Hodak, ..."): the
#: whole sentence is that source's, whatever verbs its clause holds ("pelatih Bojan Hodak meminta", "asked");
#: lower-case description words may stand before the name
_OPENING_SOURCE = {"id": re.compile(r"^\W*[Mm]enurut\s+(?:[a-z][\w\-]*\s+){0,3}?(" + _NAME + r")\s*,"),
                   "en": re.compile(r"^\W*[Aa]ccording to\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w\-]*\s+){0,3}?(" + _NAME + r")\s*,")}


def _verb_second(t: str, at: int, end: int, lang: str) -> Speaker | None:
    """The speaker after a speech verb at ``at`` in a language that puts its finite verb second (a profile's
    ``subject_openers``): where the clause opens with a function word that opens no subject ("Dort sagte
    Baerbock", "Im Gespräch mit der Zeitung sagte Harington"), the subject follows the verb; else ``None``."""
    openers = get_profile(lang).subject_openers
    if not openers:
        return None
    start = max(t.rfind(c, 0, at) for c in ",;:.!?\x00") + 1
    fronted = t[start:at].split()
    if not fronted or fold(fronted[0]) in openers or fold(fronted[0]) not in word_set("stopwords.tsv", lexicon_lang(lang)):
        return None
    mm = re.match(r"\s+((?:[^\W\d_]+\s+)?" + _NAME + r")", t[end:end + _FRAME_WINDOW])
    if mm is None or " " in mm.group(1) and mm.group(1)[:1].islower() and fold(mm.group(1).split()[0]) not in openers:
        # no name after the verb: a pronoun there ("hieß es", "sagte er") is the subject, never a noun before
        # the verb ("In einer Mitteilung hieß es")
        mp = re.match(r"\s+([^\W\d_]+)(?=\s*[,.;:]|\s+[a-zäöüß])", t[end:end + _FRAME_WINDOW])
        return _classify(lang, mp.group(1), end + mp.start(1)) if mp and fold(mp.group(1)) in openers else None
    return _classify(lang, mm.group(1), end + mm.start(1))


def _verb_final(t: str, at: int, end: int, lang: str) -> Speaker | None:
    """The speaker of a speech verb at ``at`` that ends a clause opened by a subordinating conjunction (a profile's
    ``subordinators``): such a clause puts its finite verb last, so its subject follows the conjunction and the
    name right before the verb is an adverbial's ("..., wie Merkel am Montag in Berlin sagte", "wie Macron nach dem
    Treffen mit Scholz sagte"); else ``None``."""
    subs = get_profile(lang).subordinators
    if not subs or not re.match(r"\s*(?:[,.;:!?\x00\"“”„]|$)", t[end:end + 3]):
        return None
    start = max(t.rfind(c, 0, at) for c in ",;:.!?\x00\"“”„") + 1
    mm = re.match(r"\s*([^\W\d_]+)\s+((?:[^\W\d_]+\s+)?" + _NAME + r")", t[start:at])
    if mm is None or fold(mm.group(1)) not in subs:
        return None
    return _classify(lang, mm.group(2), start + mm.start(2))


#: English speech verbs whose object is the one spoken to ("told reporters", "asked ANTARA"): no inverted speaker
_TOLD_EN = frozenset("told tells tell asked asks".split())


def find_speaker(text: str, lang: str, quote_spans: list[tuple[int, int]]) -> Speaker | None:
    """The speaker of the statement in ``text`` (the joined sentences of a pair side), or ``None``.

    :param quote_spans: quoted text inside ``text`` (never read as a speaker).
    """
    verbs, source = _verbs(lang)
    if not verbs:
        return None
    t = _mask_quotes(text, quote_spans)
    mo = _OPENING_SOURCE[lang].match(t) if lang in _OPENING_SOURCE else None
    if mo and (sp := _source(_classify(lang, mo.group(1), mo.start(1)))) is not None:
        return sp
    vpat = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    # every frame is read in a bounded window around its verb (a name is a few words long), so a long
    # sentence with many verbs costs time in its length, not in its length times its verbs
    if lang == "id":
        # "..., kata Psaki" / "katanya" / "kata dia"; prefer the post-quote frame when a quote is present
        for m in re.finditer(r"(?<![\w])(" + vpat + r")(?![\w])", t):
            v = m.group(1)
            after = t[m.end():m.end() + _FRAME_WINDOW]
            if v.endswith("nya") and v[:-3] in verbs and not v.startswith(("me", "ber", "di")):
                return Speaker("pronoun", v, m.start())  # "katanya", "ujarnya": he/she said
            if v in ("kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tegas", "imbuh", "tambah", "terang", "sebut",
                     "lanjut", "papar", "pungkas", "tukas", "seru", "tanya", "sambung", "urai", "beber", "cetus", "kilah"):
                mm = re.match(r"\s+(" + _NAME + r"|dia|ia|mereka|saya|kami|beliau|(?:[a-z][\w\-]*\s+){0,3}?(?:itu|tersebut|lain|lainnya)|(?:[a-z][\w\-]*\s+){1,6}[A-Z][\w\-']*(?:\s+[A-Z][\w\-']*)*)", after)
                if mm:
                    sp = _classify(lang, mm.group(1), m.end() + mm.start(1))
                    if sp is not None and sp.kind != "pronoun" and mm.group(1)[:1].islower():
                        # "kata pelatih Roma, Luciano Spalletti, kepada wartawan": the description's name follows
                        sp = _appositive(t, m.end() + mm.end(1), lang) or sp
                    return sp
                continue
            # "X mengatakan ..."
            w0 = max(0, m.start() - _FRAME_WINDOW)
            before = t[w0:m.start()]
            mb = re.search(r"(" + _NAME + r"|dia|ia|mereka|saya|kami|beliau|[Pp]ejabat(?:\s+[\w\-]+){0,3}?\s+(?:itu|tersebut|lain|lainnya))\s*(?:juga\s+|pun\s+|telah\s+|sempat\s+)?$", before)
            if mb and v.startswith("me") or mb and v.startswith("ber"):
                return _possessed(t, w0 + mb.start(1), w0 + mb.end(1), lang) or _classify(lang, mb.group(1), w0 + mb.start(1))
        ma = re.search(r"(?<![\w])[Mm]enurut\s+(" + _NAME + r"|(?:[a-z][\w\-]*\s+){0,3}?(?:itu|tersebut))", t)
        if ma:
            return _source(_classify(lang, ma.group(1), ma.start(1)))
        return None
    # English
    for m in re.finditer(r"(?<![\w])(" + vpat + r")(?![\w])", t):
        w0 = max(0, m.start() - _FRAME_WINDOW)
        before = t[w0:m.start()]
        after = t[m.end():m.end() + _FRAME_WINDOW]
        if (sp := _verb_final(t, m.start(), m.end(), lang)) is not None:
            return sp
        if (sp := _verb_second(t, m.start(), m.end(), lang)) is not None:
            return sp
        # "..., said Psaki" (inversion right after a quote or a comma)
        mi = re.match(r"\s+(?:(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}(?=[A-Z]))?(" + _NAME + r"|" + _DESC_EN + r"(?=\s*[.,;]))", after)
        # "..., Judha Nugraha, told ANTARA": after "told" / "asked" stands the one spoken to, never the speaker
        if mi and re.search(r"[,\x00]\s*$", before) and m.group(1).lower() not in _TOLD_EN:
            sp = _classify(lang, mi.group(1), m.end() + mi.start(1))
            described = mi.start(1) > len(after) - len(after.lstrip())  # "the Roma coach": an article came first
            if described or sp is not None and sp.kind != "name":
                # "said the Roma coach, Luciano Spalletti": the description's name follows
                tail = re.match(r"(?:\s+[a-z][\w\-]*){0,3}", after[mi.end(1):])
                sp = _appositive(t, m.end() + mi.end(1) + (tail.end() if tail else 0), lang) or sp
            return sp
        mb = re.search(r"(" + _POSSESSED_EN + r"|" + _NAME + r"|he|she|they|I|we|[Hh]e|[Ss]he|[Tt]hey|" + r"\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w\-']+\s+){0,4}?[\w\-']+)\s+(?:(?:also|later|then|however|again|previously|earlier|has|had|have|was|is|would|will|[a-z]+ly)\s+){0,2}$", before)
        if mb:
            sp = _classify(lang, mb.group(1), w0 + mb.start(1))
            if sp and sp.kind == "name":
                # keep the name part only ("White House spokeswoman Jen Psaki")
                pass
            return sp
    # a description runs to the end of its clause ("according to the water company, ...")
    ma = re.search(r"[Aa]ccording to\s+(" + _NAME + r"|" + _DESC_EN + r"(?=\s*[,.;:!?\"“”]|\s*$))", t)
    if ma:
        return _source(_classify(lang, ma.group(1), ma.start(1)))
    return None


_FRAME = {
    "en": r"(?:said|says|say|told|tells|added|asked|wrote|stated|explained|noted|warned|insisted|claimed|argued|"
          r"revealed|announced|reported|according to)",
    "id": r"(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|imbuh|tambah|menurut|kepada|mengatakan|menyatakan|"
          r"menjelaskan|menegaskan|menambahkan|mengungkapkan|berkata|melaporkan|menulis|dilaporkan|diberitakan|"
          r"dikutip)",
}


@functools.cache
def _speech_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Patterns for a speaker right before a speech verb ("X mengatakan", "X, said") and right after one
    ("kata X", "menurut X", "said X"), from ``speech_verbs.tsv``; addressee markers ("kepada") are not in it."""
    verbs: set[str] = set()
    for row in data_lines("speech_verbs.tsv"):
        if row[0] == lexicon_lang(lang) and len(row) > 2 and row[1] in ("verb", "source"):
            verbs.update(w for w in row[2].split("|") if w)
    if not verbs:
        return None
    alt = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    after = re.compile(r"['’]?s?,?\s+(?:(?:juga|pun|also|then|later)\s+)?(?:" + alt + r")\b", re.I)
    before = re.compile(r"\b(?:" + alt + r")\s+(?:(?:the|pihak|sang)\s+)?$", re.I)
    return after, before


def speaks(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the name at ``text[start:end]`` is the one speaking: followed by a speech verb ("Herman
    Siregar, mengatakan", "Widodo said") or preceded by one or a source marker ("kata Widodo", "menurut X")."""
    pats = _speech_words(lang)
    if pats is None:
        return False
    after, before = pats
    m = after.match(text, end, end + 40)
    if m and lang == "id" and m.group(0).split()[-1].lower() in _ID_SPEAKER_AFTER:
        m = None  # "... pemberontak Macan Tamil, kata seorang pejabat": "kata" takes its speaker after it
    return bool(m or before.search(text[max(0, start - 40):start]))


def in_speech_frame(text: str, span: str, lang: str, start: int | None = None) -> bool:
    """Whether ``span`` stands next to a speech verb or a source marker in ``text`` ("said X", "X told",
    "according to X", "kata X", "kepada X"): a name there is a speaker, a source or an addressee.

    :param start: the offset of the occurrence meant (default: the first occurrence of ``span``).
    """
    verbs = _FRAME.get(lang)
    if not verbs or not span:
        return False
    k = start if start is not None and text[start:start + len(span)] == span else text.find(span)
    if k < 0:
        return False
    before = text[max(0, k - 40):k]
    after = text[k + len(span):k + len(span) + 40]
    rel = _relation_before(lang)
    owner = re.match(r"\s+[a-z]", after) if span.endswith(("'s", "’s")) else re.match(r"['’]s?\s+[a-z]", after)
    if owner or (rel is not None and rel.search(before)):
        return False  # the possessor of the one who speaks ("pengacara Jessica mengatakan", "Wongso's lawyers said")
    if re.search(verbs + r"\s+(?:(?:the|The|a|an|pihak|sang)\s+)?(?:[\w.'’-]+\s+){0,1}$", before):
        return True
    m = re.match(r"['’]?s?,?\s+(?:(?:also|then|later|has|had|however)\s+)?" + verbs + r"\b", after)
    # Indonesian puts its speaker after "kata", "ujar", "menurut": "... di Stadion Manahan, kata panitia"
    # ends the statement with the name; only a verb such as "mengatakan" takes its speaker before it
    return m is not None and not (lang == "id" and m.group(0).split()[-1].lower() in _ID_SPEAKER_AFTER)


#: Indonesian speech words whose speaker follows them
_ID_SPEAKER_AFTER = frozenset("kata ujar ucap tutur ungkap jelas tegas imbuh tambah terang menurut kepada".split())


_REPORTED_BY = r"(?:dilaporkan|diberitakan|dikutip|dilansir|reported\s+by|according\s+to)\s+(?:oleh\s+)?(?:the\s+)?$"


def _reported_by(text: str, name: str) -> bool:
    """Whether ``name`` stands in ``text`` as the outlet a statement is reported by ("dilaporkan AFP")."""
    k = text.find(name)
    return k >= 0 and bool(re.search(_REPORTED_BY, text[max(0, k - 30):k], re.I))


def _last_person(ents_before: list[EntityMention]) -> EntityMention | None:
    people = [e for e in ents_before if e.key is None and e.type in ("NAME", "PERSON")]
    return people[-1] if people else None


def _name_mention(sp: Speaker) -> EntityMention:
    """The speaker's surname as a mention: "LSU basketball coach Will Wade" is compared as "Wade"."""
    return EntityMention(sp.start, sp.start + len(sp.text), sp.text, None, "NAME", sp.tokens[-1:])


def _ends_known(sp: Speaker, lang: str) -> bool:
    ents = extract_entities(sp.text, lang)
    return bool(ents) and ents[-1].key is not None and ents[-1].end >= len(sp.text.rstrip(".,;: ")) - 1


def _known_keys(text: str, lang: str) -> set[str]:
    return {e.key for e in extract_entities(text, lang) if e.key}


def _office_keys(text: str, lang: str) -> set[str]:
    """Keys of the offices and institutions named in a speaker's words (``Menteri Keuangan`` -> MENKEU)."""
    return {e.key for e in extract_entities(text, lang) if e.key and e.type in ("ROLE", "ORG")}


def _related_keys(a: set[str], b: set[str]) -> bool:
    rel = known_entities().related
    return bool(a & b) or any(y in rel.get(x, frozenset()) for x in a for y in b)


def _unnamed_in(sp: Speaker, text: str) -> bool:
    """No word of the speaker's name occurs in ``text`` (a spelling variant is left to :func:`match_entity`)."""
    words = {w.lower() for w in re.findall(r"[\w'’-]+", text)}
    return not any(tok in words for tok in sp.tokens)


def _same_person(s: Speaker, t: Speaker, doc_names: dict[str, tuple[frozenset[str], ...]] | None = None) -> bool:
    """Whether two named speakers are one person: a surname of one occurs in the other's words, or both are
    parts of one longer name of the document ("Rusman" / "Heriawan" where "Rusman Heriawan" occurs)."""
    return (bool(s.tokens) and match_entity(_name_mention(s), t.text, [])) or (
        bool(t.tokens) and match_entity(_name_mention(t), s.text, [])) or (
        bool(doc_names) and parts_of_one_name(s.tokens, t.tokens, doc_names or {}))


def _person(sp: Speaker, lang: str) -> bool:
    """Whether a named speaker holds a person's name, not only an office ("Menteri Keuangan")."""
    office = {fold(t) for e in extract_entities(sp.text, lang) if e.key and e.type in ("ROLE", "ORG", "INST", "TITLE")
              for t in norm_tokens(e.text)}
    return any(t not in office for t in sp.tokens)


def _in_institution(text: str, sp: Speaker, lang: str) -> bool:
    """Whether the speaker's words lie inside a known institution's or office's name in ``text`` (the speaker
    parse cut "Pusat Pelaporan dan Analisis Transaksi Keuangan" at "dan"); a bounded window is read."""
    a = max(0, sp.start - 120)
    end = sp.start + len(sp.text)
    return any(e.key and e.type in ("ORG", "ROLE", "INST", "TITLE") and e.start + a < end and e.end + a > sp.start
               for e in extract_entities(text[a:end + 60], lang))


def _bodies_of_one_kind(described: Speaker, named: Speaker, d_lang: str, n_lang: str) -> bool:
    """Whether a body described where every noun is capitalised ("Die Bundesnetzagentur", "Das
    Heimatschutzministerium": an article and a compound) and a capitalised name of the other side ("The Federal
    Network Agency") have heads of one kind: the German compound is the body's name, translated; a body of another
    kind ("the Federal Court") is still another speaker."""
    if not get_profile(d_lang).capitalised_nouns:
        return False
    return bool(body_kinds(described.text, d_lang) & body_kinds(named.text, n_lang))


def _common_word_name(described: Speaker, named: Speaker, d_lang: str, n_lang: str) -> bool:
    """Whether a speaker read as a description because its one capitalised word is also a common word ("Ford sagte":
    a ford) is a word of the other side's named speaker ("Blasey Ford said"), whose tokens leave that common word
    out: the same surname, no other person. A known name (a place, a body) is left to the entity lists."""
    words = described.text.split()
    return (len(words) == 1 and words[0][:1].isupper() and entity_key(words[0], d_lang) is None
            and words[0] in named.text.split()[1:])


def _as_name(sp: Speaker, lang: str, text: str = "") -> Speaker:
    """A capitalised description made only of ordinary words that is no institution ("Dewi Lestari": goddess,
    lasting) is compared as a person's name."""
    words = sp.text.split()
    if (sp.kind == "named-description" and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
            and not _office_keys(sp.text, lang) and all(_institution_type(w, lang) is None for w in words)
            and not (text and _in_institution(text, sp, lang))):
        return Speaker("name", sp.text, sp.start, tuple(t for w in words for t in norm_tokens(w)), sp.frame)
    return sp


def check_attribution(
    src: Side,
    tgt: Side,
    src_speaker: Speaker | None,
    tgt_speaker: Speaker | None,
    src_context: tuple[str, list[EntityMention]],
    tgt_context: tuple[str, list[EntityMention]],
    src_people_before: list[EntityMention],
    tgt_people_before: list[EntityMention],
    src_doc_people: list[EntityMention],
    tgt_doc_people: list[EntityMention],
    doc_names: dict[str, tuple[frozenset[str], ...]] | None = None,
) -> list[Finding]:
    """Attribution findings for one aligned pair (see the module docstring).

    :param src_context: text and entity mentions of the source sentences around the pair.
    :param src_people_before: entity mentions of the source document before the pair (pronoun resolution).
    :param src_doc_people: every unknown-name mention of the source document.
    :param doc_names: the longer names of both documents (:func:`~.entities.long_names`): two parts of one
        of them are one person.
    """
    if src_speaker is None or tgt_speaker is None:
        return []
    s, t = _as_name(src_speaker, src.lang, src.text), _as_name(tgt_speaker, tgt.lang, tgt.text)
    tl = tgt.label()
    s_all = src.text
    t_all = tgt.text

    def wrong(why: str) -> list[Finding]:
        return [Finding("attribution", "critical", src.ids, tgt.ids, src.text, tgt.text,
                        f"speaker {s.text} ({src.lang.upper()}) became {t.text} ({tgt.lang.upper()}) in {tl}: {why}",
                        s.text, t.text, s.text, t.text, s.start, s.start + len(s.text), t.start, t.start + len(t.text))]

    # offices and bodies named in the speakers themselves ("ujar Menteri Keuangan" / "the Agriculture Minister
    # said"): different, unrelated ones are another speaker even when both occur elsewhere in the pair
    so, to = _office_keys(s.text, src.lang), _office_keys(t.text, tgt.lang)
    if so and to and not _related_keys(so, to) and not (s.kind == t.kind == "name" and _same_person(s, t, doc_names)):
        return wrong("another office or body speaks")
    # a speaker that is a known entity ("Amerika Serikat" = "the United States") is compared by key; one
    # that ends in a person's name ("diplomat Korea Utara Ri Yong Ho") by that name
    sk = _known_keys(s.text, src.lang) if _ends_known(s, src.lang) else set()
    tk = _known_keys(t.text, tgt.lang) if _ends_known(t, tgt.lang) else set()
    if sk and (sk & _known_keys(t_all, tgt.lang)) or tk and (tk & _known_keys(s_all, src.lang)):
        return []
    if sk and tk and not (sk & tk) and _related_keys(sk, tk):
        # a seat of power for its government, related in exonyms.tsv ("the White House" = "Washington", "the
        # Kremlin" = "Moscow"): the same speaker by metonymy
        return []
    # a speaker is only "replaced" when the other side does not mention that name at all
    s_in_t = s.kind == "name" and match_entity(_name_mention(s), t_all, [])
    t_in_s = t.kind == "name" and match_entity(_name_mention(t), s_all, [])
    if s.kind == "name" and t.kind == "name":
        if _same_person(s, t, doc_names):
            return []
        if (s_in_t and t_in_s and s.frame == t.frame and _person(s, src.lang) and _person(t, tgt.lang)
                and not _reported_by(s_all, t.text) and not _reported_by(t_all, s.text)):
            # (a speaker the other side names as the reporting source, "..., yang dilaporkan AFP" / "..., AFP
            # reported", is a second source, not a swap)
            # both people are named on both sides, but the other one speaks in the same kind of frame: the
            # roles changed places (a "said" read against an "according to" is two different statements)
            # ("kata Joko usai bertemu Hendra" / "Hendra said after meeting Joko")
            return wrong("the speaker and another person named in the pair changed places")
        if t_in_s:
            return []
        if s_in_t and not (_person(t, tgt.lang) and _unnamed_in(t, s_all)):
            return []
        # the source's speaker is still named elsewhere on the other side, but the one who speaks there is a
        # person the source never names, not even by one word of the name ("kata Gregoria" / "Putri said")
        return wrong("a different person")
    if s.kind == "name" and t.kind == "description":
        if s_in_t or _acronym_for_body(s, t, tgt.lang):
            return []
        return wrong("the named speaker is replaced by a description of someone else")
    if s.kind == "description" and t.kind == "name":
        if (t_in_s or _acronym_for_body(t, s) or _bodies_of_one_kind(s, t, src.lang, tgt.lang)
                or _common_word_name(s, t, src.lang, tgt.lang)):
            return []
        return wrong("the target names a speaker the source does not")
    if s.kind == "pronoun" and t.kind == "name":
        ref = _last_person(src_people_before)
        if ref is None or t_in_s or match_entity(_name_mention(t), ref.text, []):
            return []
        others = [p for p in src_doc_people if not match_entity(p, ref.text, [])]
        if any(match_entity(_name_mention(t), p.text, []) for p in others):
            return wrong(f"the source's pronoun refers to {ref.text}")
        return []
    if s.kind == "name" and t.kind == "pronoun":
        ref = _last_person(tgt_people_before)
        if ref is None or s_in_t or match_entity(_name_mention(s), ref.text, []):
            return []
        others = [p for p in tgt_doc_people if not match_entity(p, ref.text, [])]
        if any(match_entity(_name_mention(s), p.text, []) for p in others):
            return wrong(f"the target's pronoun refers to {ref.text}")
        return []
    return []
