"""Rebuild the generated word lists in eval/data/ from their public sources.

Generated here (the hand-compiled lists in eval/data/ are edited by hand and not touched):

- ``countries.tsv``   ISO 3166-1 country names in English and Indonesian, from Debian ``iso-codes``
  (``/usr/share/iso-codes/json/iso_3166-1.json`` + the ``id`` gettext catalogue), LGPL-2.1-or-later.
- ``gazetteer_id.tsv`` Indonesian names tagged PERSON/PLACE/ORGANISATION (NERGrit) and PPL/PLC/IND (NERP) in
  IndoNLU (``--shared``/data/indonlu_ner), Apache-2.0; names seen at least twice or of two tokens or more.
- ``vocab_en.txt``, ``vocab_id.txt``: words seen in lower case inside sentences (en: once, id: twice) and more
  often than as a name, counted on tuning material only (geovedi id-en lines 1-5000 and 7001-9250, Apache-2.0;
  NusaX-MT train and valid, CC BY-SA 4.0; IndoNLU NER tags, Apache-2.0); used to tell a capitalised common word
  (``Presiden``, ``However``) from a name. The words of the list as it stands are kept unless that material shows
  them as names (see :func:`build_vocab`).

Usage: ``python scripts/build_drift_lists.py [--shared ../shared]``
"""

from __future__ import annotations

import argparse
import collections
import gettext
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "eval" / "data"
WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def build_countries() -> None:
    codes = json.loads(Path("/usr/share/iso-codes/json/iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    tr = gettext.translation("iso_3166-1", localedir="/usr/share/locale", languages=["id"])
    lines = ["# ISO 3166-1 names: alpha_2 <TAB> English names (|) <TAB> Indonesian names (|)",
             "# source: Debian iso-codes 4.15 (LGPL-2.1-or-later), built by scripts/build_drift_lists.py"]
    for c in codes:
        en, idn = [], []
        for k in ("name", "common_name", "official_name"):
            if k in c:
                for names, val in ((en, c[k]), (idn, tr.gettext(c[k]))):
                    if "," in val:  # "Korea, Republic of": keep only uninverted forms
                        continue
                    if val not in names:
                        names.append(val)
        if en and idn:
            lines.append(f"{c['alpha_2']}\t{'|'.join(en)}\t{'|'.join(idn)}")
    (DATA / "countries.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _bio_spans(path: Path, types: dict[str, str]):
    toks: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            toks.append(("", "O"))
            continue
        tok, _, tag = line.partition("\t")
        toks.append((tok, tag.strip()))
    cur: list[str] = []
    cur_t = ""
    for tok, tag in toks + [("", "O")]:
        if tag.startswith("I-") and cur and types.get(tag[2:]) == cur_t:
            cur.append(tok)
            continue
        if cur:
            yield " ".join(cur), cur_t
        cur, cur_t = [], ""
        if tag.startswith("B-") and tag[2:] in types:
            cur, cur_t = [tok], types[tag[2:]]


def build_gazetteer(shared: Path) -> None:
    base = shared / "data" / "indonlu_ner"
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    sets = [("nergrit_ner-grit", {"PERSON": "PERSON", "PLACE": "PLACE", "ORGANISATION": "ORG"}),
            ("nerp_ner-prosa", {"PPL": "PERSON", "PLC": "PLACE", "IND": "ORG"})]
    for folder, types in sets:
        for split in ("train", "valid", "test"):
            for name, t in _bio_spans(base / folder / f"{split}_preprocess.txt", types):
                name = re.sub(r"\s+([,.)'])", r"\1", name).replace("( ", "(").strip(" \"'“”‘’")
                if not any(ch.isupper() for ch in name) or len(name) < 2 or len(name) > 60:
                    continue
                counts[(name, t)] += 1
    best: dict[str, tuple[str, int]] = {}
    for (name, t), n in counts.items():
        if n >= 2 or " " in name:
            if name not in best or best[name][1] < n:
                best[name] = (t, n)
    lines = ["# Indonesian named entities: name <TAB> PERSON|PLACE|ORG <TAB> count",
             "# source: IndoNLU NERGrit + NERP (github.com/indobenchmark/indonlu, Apache-2.0), built by scripts/build_drift_lists.py"]
    for name in sorted(best):
        lines.append(f"{name}\t{best[name][0]}\t{best[name][1]}")
    (DATA / "gazetteer_id.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


#: what may open a sentence or a quotation before a word, where a capital says nothing ("co.id" is no stop)
_SENT_OPEN = re.compile(r"(?:[.!?:;]\s+|[\"“”‘'(\[«•–—-]\s*)$")


def _tuning_lines(shared: Path, lang: str) -> tuple[list[str], list[str]]:
    """The sentences of the tuning material alone (the held-out halves of the benchmarks are never read): geovedi
    lines 1-5000 and 7001-9250, and NusaX-MT train and valid rows (informal: it writes brands and acronyms in lower
    case, ``bni``, ``pdam``)."""
    import csv

    lines = (shared / "data" / "geovedi" / f"test.raw.{lang}").read_text(encoding="utf-8").split("\n")
    with open(shared / "data" / "nusax" / "nusax_mt_id_en.tsv", encoding="utf-8", newline="") as fh:
        nusax = [row[lang] for row in csv.DictReader(fh, delimiter="\t") if row["split"] in ("train", "valid")]
    return lines[:5000] + lines[7000:9250], nusax


def _case_counts(lines: list[str]) -> tuple[collections.Counter[str], collections.Counter[str]]:
    """Per word, how often cased text writes it in lower case and how often capitalised, both inside a sentence
    (not its first word, nor a word after a stop, colon, quote, bracket or dash, where a capital says nothing)."""
    low: collections.Counter[str] = collections.Counter()
    cap: collections.Counter[str] = collections.Counter()
    for line in lines:
        for k, m in enumerate(WORD.finditer(line)):
            w = m.group(0)
            if k == 0 or _SENT_OPEN.search(line, 0, m.start()):
                continue
            if w.islower():
                low[w] += 1
            elif w[1:].islower():
                cap[w.lower()] += 1
    return low, cap


def _en_stems(w: str) -> list[str]:
    """``w`` and its English stems, as the drift checks read them (``united``: ``unite``)."""
    from wiredrift.eval.drift._lexicon import _stems

    return _stems(w, "en")


def build_vocab(shared: Path) -> None:
    """Common words: seen in lower case inside sentences of the tuning material, and not mostly as a name.

    Evidence per word: ``low``, lower case inside a sentence of cased text (geovedi; NusaX English words written so
    twice; NERGrit tokens tagged O); ``nerp``, NERP tokens tagged O (NERP is lower-cased throughout, so this is weak:
    its untagged tokens include the ``thomas`` of the Thomas Cup and the ``los angeles`` of a venue); ``cap``, name
    sightings: a person's name in IndoNLU NER (either language) and, for Indonesian only, a capital inside a sentence
    of geovedi (English capitalises the common nouns of every organisation name: Union, Department).

    A word is common when ``low + nerp`` reaches the minimum (en: once, id: twice) and either cased text writes it in
    lower case at least twice, or it is a title or calendar word (capitalised by convention), or (Indonesian) it or its
    stem is a word of the English list (``united`` of Manchester United, ``unite``), or its lower-case
    sightings hold their own against its name sightings (id: twice as many, so ``thomas`` 8 against 20 and ``robin``
    9 against 6 go; en: a quarter as many, so ``prasetyo`` 1 against 14 goes). A word of the list as it stands counts as
    seen the minimum number of times (earlier builds read the whole geovedi test set; its held-out lines are not read
    again). Indonesian single-word gazetteer names are removed.
    """
    # IndoNLU NER data: tokens tagged O are ordinary words, tokens of a person's name are names (in either language:
    # an Indonesian name is one in English copy too); place, organisation, event and food names are not counted, as
    # their heads are often common words (tol, desa, pilkada). NERGrit is cased: its lower-case O tokens count as lower
    # case (its capitalised O tokens are not counted: it leaves many ministry and company names untagged). NERP is
    # lower-cased throughout, so its O tokens are weak evidence
    ner_low: collections.Counter[str] = collections.Counter()
    person: collections.Counter[str] = collections.Counter()
    nerp: collections.Counter[str] = collections.Counter()
    for f in sorted((shared / "data" / "indonlu_ner").glob("*/*_preprocess.txt")):
        prev = ""  # the token before (a blank line: a sentence starts)
        lowered = f.parent.name.startswith("nerp")
        for line in f.read_text(encoding="utf-8").split("\n"):
            tok, _, tag = line.partition("\t")
            tag = tag.strip()
            if tok and prev and not _SENT_OPEN.search(prev + " ") and tok.isalpha():
                if tag[2:] in ("PERSON", "PPL"):
                    person[tok.lower()] += 1
                elif tag != "O":
                    continue
                elif lowered:
                    nerp[tok] += 1
                elif tok.islower():
                    ner_low[tok] += 1
            prev = tok.strip()
    english: set[str] = set()  # the English list, built first
    for lang in ("en", "id"):
        news, nusax = _tuning_lines(shared, lang)
        low, cap = _case_counts(news)
        if lang == "en":
            # NusaX-MT English side: informal, so only words it writes in lower case at least twice. English
            # capitalises the common nouns of every organisation and place name (Union, Department, Regional), so
            # there only Indonesian person names count as name sightings
            extra, _ = _case_counts(nusax)
            low.update({w: n for w, n in extra.items() if n >= 2})
            cap = collections.Counter()
        cap.update(person)
        weak: collections.Counter[str] = collections.Counter()
        if lang == "id":
            low.update(ner_low)
            weak = nerp
        names: set[str] = set()
        if lang == "id":
            gaz = (DATA / "gazetteer_id.tsv").read_text(encoding="utf-8").split("\n")
            names = {r.split("\t")[0].lower() for r in gaz if r and not r.startswith("#") and " " not in r.split("\t")[0]}
        # title and office words (Camat, Presiden, Sungai) are capitalised before a name by convention, and weekday and
        # month names (Januari, Kamis) are written with a capital: no name sightings for them. A word of the English
        # list (or its stem) stays an ordinary word inside the Indonesian names that quote it (Manchester United)
        col = 1 if lang == "en" else 2
        titles = {w.lower() for r in (DATA / "titles.tsv").read_text(encoding="utf-8").split("\n")
                  if r.startswith(lang + "\t") for w in r.split("\t")[1].split("|")}
        titles |= {w.lower() for r in (DATA / "calendar.tsv").read_text(encoding="utf-8").split("\n")
                   if r and not r.startswith("#") and len(r.split("\t")) > col for w in r.split("\t")[col].split("|")}
        # a word of the list as it stands counts as seen in lower case at least as often as a new word must be
        # (earlier builds read the whole geovedi test set, whose held-out lines are not read again), so it stays
        # unless the tuning material shows it as a name
        path = DATA / f"vocab_{lang}.txt"
        kept = {w for w in path.read_text(encoding="utf-8").split("\n") if w and not w.startswith("#")}
        least, ratio = (1, 0.25) if lang == "en" else (2, 2)
        seen = {w: max(low[w] + weak[w], least if w in kept else 0) for w in kept | set(low) | set(weak)}
        words = sorted(w for w, n in seen.items() if w not in names and n >= least
                       and (low[w] >= 2 or english.intersection(_en_stems(w)) or w in titles or n >= ratio * cap[w]))
        head = [f"# {lang} words seen in lower case inside a sentence (en: once, id: twice), not mostly as a name"
                " (see build_vocab)",
                "# source: geovedi id-en MT test set lines 1-5000 and 7001-9250 (Apache-2.0; words of earlier builds from"
                " the whole set kept unless shown as names)"
                + (" + IndoNLU NER tags, single-word gazetteer names removed (Apache-2.0)" if lang == "id"
                   else " + NusaX-MT train and valid English words seen twice (CC BY-SA 4.0) + IndoNLU person names")
                + ", built by scripts/build_drift_lists.py"]
        path.write_text("\n".join(head + words) + "\n", encoding="utf-8")
        if lang == "en":
            english = set(words)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    shared = Path(args.shared)
    build_countries()
    build_gazetteer(shared)
    build_vocab(shared)
    for p in sorted(DATA.glob("*")):
        print(f"{p.name}\t{p.stat().st_size}")


if __name__ == "__main__":
    main()
