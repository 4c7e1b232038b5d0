"""Compare PySastrawi with wiredrift's own affix stripper for the meaning detector's Indonesian look-ups.

Two figures per stemmer:

- **coverage**: of the inflected forms in :data:`FORMS` (written for this benchmark from the direction
  lexicon's roots: ``menaikkan`` -> ``naik``, ``penutupan`` -> ``tutup``), the share that reach their root.
  Sastrawi must return the root; the own stripper must have the root among its candidates *and* no other
  root of the lexicon (a candidate that is another lexicon root would be a false match).
- **speed**: seconds to process every word of N sentences (FLORES-200 devtest id, first rows; skipped when
  ``../shared`` is absent), reported per 1,000 sentences.

Run: ``.venv/bin/python scripts/bench_stemmer.py [N]`` (needs ``pip install Sastrawi`` for the Sastrawi column).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from wiredrift.eval.drift._lexicon import fold
from wiredrift.eval.drift.meaning import _ID_WORD, _lists, id_roots

#: (inflected form, root): affixed forms of roots a wire desk meets, written for this benchmark
FORMS: list[tuple[str, str]] = [
    ("menaikkan", "naik"), ("dinaikkan", "naik"), ("kenaikan", "naik"), ("naiknya", "naik"), ("menaik", "naik"),
    ("kenaikannya", "naik"), ("menurunkan", "turun"), ("diturunkan", "turun"), ("penurunan", "turun"),
    ("menurun", "turun"), ("turunnya", "turun"), ("penurunannya", "turun"), ("menambah", "tambah"),
    ("bertambah", "tambah"), ("tambahan", "tambah"), ("ditambah", "tambah"), ("penambahan", "tambah"),
    ("bertambahnya", "tambah"), ("menambahkan", "tambah"), ("melonjak", "lonjak"), ("lonjakan", "lonjak"),
    ("melonjaknya", "lonjak"), ("anjloknya", "anjlok"), ("membuka", "buka"), ("dibuka", "buka"),
    ("terbuka", "buka"), ("pembukaan", "buka"), ("dibukanya", "buka"), ("membukakan", "buka"),
    ("menutup", "tutup"), ("ditutup", "tutup"), ("tertutup", "tutup"), ("penutupan", "tutup"),
    ("ditutupnya", "tutup"), ("menguat", "kuat"), ("menguatnya", "kuat"), ("penguatan", "kuat"),
    ("memperkuat", "kuat"), ("diperkuat", "kuat"), ("melemah", "lemah"), ("melemahnya", "lemah"),
    ("pelemahan", "lemah"), ("memperlemah", "lemah"), ("tertinggi", "tinggi"), ("terendah", "rendah"),
    ("memenangkan", "menang"), ("kemenangan", "menang"), ("memenangi", "menang"), ("kekalahan", "kalah"),
    ("dikalahkan", "kalah"), ("menerima", "terima"), ("diterima", "terima"), ("penerimaan", "terima"),
    ("menolak", "tolak"), ("ditolak", "tolak"), ("penolakan", "tolak"), ("membenarkan", "benar"),
    ("membantah", "bantah"), ("dibantah", "bantah"), ("bantahan", "bantah"), ("sebelumnya", "sebelum"),
    ("memperpanjang", "panjang"), ("diperpanjang", "panjang"), ("perpanjangan", "panjang"),
    ("melonggarkan", "longgar"), ("pelonggaran", "longgar"), ("memperketat", "ketat"), ("pengetatan", "ketat"),
    ("mencabut", "cabut"), ("pencabutan", "cabut"), ("memberlakukan", "berlaku"), ("diberlakukan", "berlaku"),
    ("mendukung", "dukung"), ("dukungan", "dukung"), ("menentang", "tentang"), ("penentangan", "tentang"),
    ("menyetujui", "setuju"), ("persetujuan", "setuju"), ("mengekspor", "ekspor"), ("mengimpor", "impor"),
    ("memasuki", "masuk"), ("keluarnya", "keluar"), ("mempercepat", "cepat"), ("percepatan", "cepat"),
    ("memperlambat", "lambat"), ("melarang", "larang"), ("larangan", "larang"), ("mengizinkan", "izin"),
    ("membebaskan", "bebas"), ("pembebasan", "bebas"), ("menahan", "tahan"), ("penahanan", "tahan"),
    ("menewaskan", "tewas"), ("diselamatkan", "selamat"), ("ditemukan", "temu"), ("kehilangan", "hilang"),
    ("menghilang", "hilang"), ("perdamaian", "damai"), ("peperangan", "perang"), ("memperluas", "luas"),
    ("menyempit", "sempit"), ("pertumbuhan", "tumbuh"), ("menyusut", "susut"), ("memburuk", "buruk"),
    ("membaik", "baik"), ("kerugian", "rugi"), ("keuntungan", "untung"), ("menguntungkan", "untung"),
]


def _sastrawi():  # type: ignore[no-untyped-def]
    try:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    except ImportError:
        return None
    return StemmerFactory().create_stemmer()


def _flores(n: int) -> list[str]:
    path = Path(__file__).resolve().parent.parent / ".." / "shared" / "data" / "flores200" / "flores200_devtest_id_en.tsv"
    if not path.exists():
        return []
    out = []
    with open(path, encoding="utf-8", newline="\n") as f:
        next(f)
        for line in f:
            out.append(line.rstrip("\n").split("\t")[1])
            if len(out) >= n:
                break
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    n = int(args[0]) if args else 500
    roots = set(_lists().roots) | {r for _, r in FORMS}
    st = _sastrawi()
    own_ok = sum(1 for w, r in FORMS if r in id_roots(w) and not (id_roots(w) & roots) - {r})
    print(f"forms: {len(FORMS)}")
    print(f"own stripper coverage: {own_ok}/{len(FORMS)} = {own_ok / len(FORMS):.3f}")
    if st is not None:
        sas_ok = sum(1 for w, r in FORMS if st.stem(w) == r)
        print(f"Sastrawi coverage:     {sas_ok}/{len(FORMS)} = {sas_ok / len(FORMS):.3f}")
        print("Sastrawi misses:", ", ".join(f"{w}->{st.stem(w)}" for w, r in FORMS if st.stem(w) != r))
    print("own misses:", ", ".join(f"{w}" for w, r in FORMS if not (r in id_roots(w) and not (id_roots(w) & roots) - {r})))
    sents = _flores(n)
    if not sents:
        print("speed: ../shared absent, skipped")
        return 0
    words = [[fold(m.group(0)) for m in _ID_WORD.finditer(s)] for s in sents]
    id_roots.cache_clear()
    t = time.perf_counter()
    for ws in words:
        for w in ws:
            id_roots(w)
    own_t = time.perf_counter() - t
    print(f"own stripper: {own_t / len(sents) * 1000:.3f} s per 1,000 sentences (cold cache, {len(sents)} sentences)")
    if st is not None:
        t = time.perf_counter()
        for ws in words:
            for w in ws:
                st.stem(w)
        sas_t = time.perf_counter() - t
        print(f"Sastrawi:     {sas_t / len(sents) * 1000:.3f} s per 1,000 sentences ({len(sents)} sentences)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
