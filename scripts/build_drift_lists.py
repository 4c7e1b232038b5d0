"""Rebuild the generated word lists in eval/data/ from their public sources.

Generated here (the hand-compiled lists in eval/data/ are edited by hand and not touched):

- ``countries.tsv``   ISO 3166-1 country names in English and Indonesian, from Debian ``iso-codes``
  (``/usr/share/iso-codes/json/iso_3166-1.json`` + the ``id`` gettext catalogue), LGPL-2.1-or-later.
- ``gazetteer_id.tsv`` Indonesian names tagged PERSON/PLACE/ORGANISATION (NERGrit) and PPL/PLC/IND (NERP) in
  IndoNLU (``--shared``/data/indonlu_ner), Apache-2.0; names seen at least twice or of two tokens or more.
- ``vocab_en.txt``, ``vocab_id.txt``: words seen in lower case at least twice inside sentences of the
  geovedi id-en test set (Apache-2.0) and, for Indonesian, IndoNLU NERGrit tokens tagged O; used to tell a capitalised
  common word (``Presiden``, ``However``) from a name.

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


def build_vocab(shared: Path) -> None:
    texts = {"en": [shared / "data" / "geovedi" / "test.raw.en"],
             "id": [shared / "data" / "geovedi" / "test.raw.id"]}
    for lang, paths in texts.items():
        counts: collections.Counter[str] = collections.Counter()
        for p in paths:
            for line in p.read_text(encoding="utf-8").split("\n"):
                for k, m in enumerate(WORD.finditer(line)):
                    w = m.group(0)
                    if k > 0 and w.islower():
                        counts[w] += 1
        if lang == "id":
            # IndoNLU NER data: tokens tagged O are ordinary words. NERGrit is cased, so only its lower-case O
            # tokens count; NERP is lower-cased throughout, but its O tags still say "not a name"
            base = shared / "data" / "indonlu_ner"
            for f in sorted(base.glob("*/*_preprocess.txt")):
                prev_blank = True
                for line in f.read_text(encoding="utf-8").split("\n"):
                    tok, _, tag = line.partition("\t")
                    if tok and tag.strip() == "O" and not prev_blank and tok.isalpha() and tok.islower():
                        counts[tok] += 1
                    prev_blank = not line.strip()
        else:
            # NusaX-MT English side (CC BY-SA 4.0): informal, so only words seen at least twice (below)
            import csv

            with open(shared / "data" / "nusax" / "nusax_mt_id_en.tsv", encoding="utf-8", newline="") as fh:
                extra: collections.Counter[str] = collections.Counter()
                for row in csv.DictReader(fh, delimiter="\t"):
                    for k, m in enumerate(WORD.finditer(row["en"])):
                        if k > 0 and m.group(0).islower():
                            extra[m.group(0)] += 1
            for w, n in extra.items():
                if n >= 2:
                    counts[w] += 2
        names: set[str] = set()
        if lang == "id":
            gaz = (DATA / "gazetteer_id.tsv").read_text(encoding="utf-8").split("\n")
            names = {r.split("\t")[0].lower() for r in gaz if r and not r.startswith("#") and " " not in r.split("\t")[0]}
        words = sorted(w for w, n in counts.items() if n >= (1 if lang == "en" else 2) and w not in names)
        head = [f"# {lang} words seen in lower case inside a sentence (en: once, id: twice)",
                "# source: geovedi id-en MT test set (Apache-2.0)"
                + (" + IndoNLU NER tokens tagged O, single-word gazetteer names removed (Apache-2.0)" if lang == "id"
                   else " + NusaX-MT English words seen twice (CC BY-SA 4.0)")
                + ", built by scripts/build_drift_lists.py"]
        (DATA / f"vocab_{lang}.txt").write_text("\n".join(head + words) + "\n", encoding="utf-8")


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
