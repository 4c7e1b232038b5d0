"""The house glossary: CSV/TSV and TBX parsing, one-line errors, silencing, and ``term`` findings."""

from __future__ import annotations

from pathlib import Path

import pytest
from drift_helpers import doc

from wiredrift.align.errors import InputError
from wiredrift.align.types import Bead
from wiredrift.eval.cli import main
from wiredrift.eval.drift import detect_drift
from wiredrift.eval.findings import KINDS
from wiredrift.eval.glossary import load_glossary

# A market report in Antara/Kompas style, and an English version by a desk that writes IDR for Rp, calls the
# family-hope aid by its English name, and (in sentence 3) drops the agency name that must stay as it is.
SRC = [
    "Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp80.000 per kilogram, Rabu (13/3).",
    "Sebelumnya, cabai rawit dijual Rp65.000 per kilogram, kata seorang pedagang, Siti.",
    "Pemerintah menyalurkan Bansos PKH kepada 10 juta keluarga, ujarnya.",
    "Hal itu disampaikan kepada Antara di Jakarta.",
]
TGT = [
    "The price of bird's eye chilli at Kramat Jati market rose to IDR 80,000 per kilogram on Wednesday, March 13.",
    "Chilli had earlier sold for IDR 65,000 per kilogram, a trader named Siti said.",
    "The government is paying Family Hope Programme aid to 10 million families, she said.",
    "She said this to the state news agency in Jakarta.",
]

CSV = "source,target,dnt\nRp,IDR|rupiah,\nBansos PKH,Family Hope Programme|PKH,no\nAntara,,yes\n"

TBX2 = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
 <text><body>
  <termEntry id="c1">
   <langSet xml:lang="id"><tig><term>Rp</term></tig></langSet>
   <langSet xml:lang="en-US">
    <tig><term>IDR</term></tig>
    <tig><term>Rps</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
   </langSet>
  </termEntry>
  <termEntry id="c2">
   <descrip type="transferComment">do not translate</descrip>
   <langSet xml:lang="id"><ntig><termGrp><term>Antara</term></termGrp></ntig></langSet>
  </termEntry>
 </body></text>
</martif>
"""

TBX3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
 <text><body>
  <conceptEntry id="c1">
   <langSec xml:lang="id"><termSec><term>Bansos PKH</term></termSec></langSec>
   <langSec xml:lang="en"><termSec><term>Family Hope Programme</term></termSec>
     <termSec><term>PKH</term></termSec></langSec>
  </conceptEntry>
 </body></text>
</tbx>
"""


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _check(src: list[str], tgt: list[str], glossary_path: str | None = None):  # type: ignore[no-untyped-def]
    glossary = load_glossary(glossary_path, "id", "en") if glossary_path else None
    beads = [Bead((k,), (k,), 0.9) for k in range(len(src))]
    return detect_drift(doc("id", src), doc("en", tgt), beads, glossary=glossary)


def test_term_is_a_known_kind() -> None:
    assert "term" in KINDS


def test_csv_rows(tmp_path: Path) -> None:
    g = load_glossary(_write(tmp_path, "house.csv", CSV))
    assert [(e.source, e.targets, e.dnt, e.line) for e in g.entries] == [
        ("Rp", ("IDR", "rupiah"), False, 2),
        ("Bansos PKH", ("Family Hope Programme", "PKH"), False, 3),
        ("Antara", ("Antara",), True, 4),
    ]


def test_tsv_with_columns_in_another_order(tmp_path: Path) -> None:
    g = load_glossary(_write(tmp_path, "house.tsv", "# house terms\ndnt\ttarget\tsource\tnote\n\tIDR\tRp\tmoney\nx\t\tKompas\t\n"))
    assert [(e.source, e.targets, e.dnt) for e in g.entries] == [("Rp", ("IDR",), False), ("Kompas", ("Kompas",), True)]


def test_tbx_basic_2(tmp_path: Path) -> None:
    g = load_glossary(_write(tmp_path, "house.tbx", TBX2))
    # the deprecated "Rps" is not a required target; an entry with only a source term is kept when it is DNT
    assert [(e.source, e.targets, e.dnt) for e in g.entries] == [("Rp", ("IDR",), False), ("Antara", ("Antara",), True)]


TBX3_DCT = """<?xml version="1.0" encoding="UTF-8"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic" type="TBX-Basic" style="dct"
     xml:lang="en">
 <text><body>
  <conceptEntry id="c1">
   <langSec xml:lang="id"><termSec><term>Kapolri</term></termSec></langSec>
   <langSec xml:lang="en">
    <termSec><term>National Police chief</term></termSec>
    <termSec><term>police boss</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec>
   </langSec>
  </conceptEntry>
  <conceptEntry id="c2">
   <basic:transferComment>do not translate</basic:transferComment>
   <langSec xml:lang="id"><termSec><term>Kompas</term></termSec></langSec>
  </conceptEntry>
 </body></text>
</tbx>
"""


def test_tbx_3_dct_style(tmp_path: Path) -> None:
    g = load_glossary(_write(tmp_path, "house.tbx", TBX3_DCT))
    assert [(e.source, e.targets, e.dnt) for e in g.entries] == [
        ("Kapolri", ("National Police chief",), False), ("Kompas", ("Kompas",), True)]


def test_tbx_3_namespaced(tmp_path: Path) -> None:
    g = load_glossary(_write(tmp_path, "house.tbx", TBX3))
    assert [(e.source, e.targets) for e in g.entries] == [("Bansos PKH", ("Family Hope Programme", "PKH"))]


BAD = [
    ("g.csv", "source,target\nRp,IDR\nBansos PKH,\n", "g.csv:3: glossary row 'Bansos PKH' has no target term"),
    ("g.csv", "source,target,dnt\nAntara,,maybe\n", "g.csv:2: dnt 'maybe' is not yes/no"),
    ("g.csv", "term,translation\nRp,IDR\n", "g.csv:1: glossary header needs the columns source, target"),
    ("g.csv", "source,target\n,IDR\n", "g.csv:2: glossary row has no source term"),
    ("g.csv", "source,target\n", "g.csv: glossary holds no entries for id-en"),
    ("g.tbx", "<martif>\n<text><body><termEntry>\n</body></text></martif>\n", "g.tbx:3: not a TBX glossary (XML error"),
    ("g.tbx", "<glossary/>\n", "g.tbx:1: not a TBX glossary (root element <glossary>"),
    ("g.tbx", '<martif><text><body><termEntry>\n<langSet xml:lang="id"><tig><term> </term></tig></langSet>'
              "</termEntry></body></text></martif>", "g.tbx:2: empty <term>"),
]


@pytest.mark.parametrize(("name", "text", "message"), BAD, ids=[b[2][:40] for b in BAD])
def test_errors_name_the_file_and_line(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = _write(tmp_path, name, text)
    with pytest.raises(InputError) as exc:
        load_glossary(path)
    assert message in str(exc.value)
    assert "\n" not in str(exc.value)


def test_tbx_entities_are_not_expanded(tmp_path: Path) -> None:
    path = _write(tmp_path, "bomb.tbx", '<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY a "Rp">]>\n'
                  '<martif><text><body><termEntry><langSet xml:lang="id"><tig><term>&a;</term></tig></langSet>'
                  '<langSet xml:lang="en"><tig><term>IDR</term></tig></langSet></termEntry></body></text></martif>')
    with pytest.raises(InputError, match=r"bomb.tbx:1: TBX glossary declaring entities"):
        load_glossary(path)
    ok = _write(tmp_path, "ok.tbx", '<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n'
                + TBX2.split("\n", 1)[1])
    assert len(load_glossary(ok)) == 2  # an external DTD is named, never fetched


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="glossary|folder|directory"):
        load_glossary(str(tmp_path))


def test_rupiah_rows_stay_silent_and_the_glossary_silences_its_names(tmp_path: Path) -> None:
    without = _check(SRC, TGT)
    # without the glossary the aid's Indonesian name has no counterpart, and "Antara" is gone
    assert any(f.kind == "entity" and f.src_span == "Bansos PKH" for f in without)
    path = _write(tmp_path, "house.csv", CSV)
    found = _check(SRC, TGT, path)
    rupiah_rows = {0, 1}
    assert not [f for f in found if set(f.src) & rupiah_rows], found  # Rp = IDR: the rupiah rows are silent
    assert not [f for f in found if f.kind == "entity" and f.src_span == "Bansos PKH"]
    assert not [f for f in found if f.kind == "term" and f.src_span in ("Rp", "Bansos PKH")]


def test_a_missing_do_not_translate_term_is_a_term_finding(tmp_path: Path) -> None:
    found = _check(SRC, TGT, _write(tmp_path, "house.csv", CSV))
    terms = [f for f in found if f.kind == "term"]
    assert len(terms) == 1
    t = terms[0]
    assert (t.severity, t.src, t.tgt, t.src_span, t.expected) == ("major", (3,), (3,), "Antara", "Antara")
    assert t.src_text[t.src_start:t.src_end] == "Antara"
    assert "do-not-translate term Antara" in t.message and "house.csv, line 4" in t.message
    # kept verbatim, it is silent
    fixed = TGT[:3] + ["She told Antara in Jakarta."]
    assert not [f for f in _check(SRC, fixed, _write(tmp_path, "house.csv", CSV)) if f.kind == "term"]


def test_dnt_is_case_sensitive_and_a_plain_term_is_not(tmp_path: Path) -> None:
    path = _write(tmp_path, "house.csv", CSV)
    lower = TGT[:3] + ["She told antara in Jakarta."]
    assert [f.src_span for f in _check(SRC, lower, path) if f.kind == "term"] == ["Antara"]
    rupiah = ["Chilli rose to 80,000 RUPIAH per kilogram on Wednesday, March 13."]
    assert not [f for f in _check(SRC[:1], rupiah, path) if f.kind == "term"]


def test_a_required_target_missing_is_a_term_finding(tmp_path: Path) -> None:
    path = _write(tmp_path, "house.csv", "source,target\nKapolri,National Police chief\n")
    src = ["Kapolri Jenderal Listyo Sigit Prabowo meninjau lokasi banjir di Bekasi, Jawa Barat, Sabtu (16/3)."]
    tgt = ["Police boss Gen. Listyo Sigit Prabowo visited the flooded area in Bekasi, West Java, on Saturday, March 16."]
    found = _check(src, tgt, path)
    assert [(f.kind, f.src_span, f.expected) for f in found if f.kind == "term"] == [("term", "Kapolri", "National Police chief")]


def test_check_cli_takes_the_glossary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _write(tmp_path, "id.txt", "\n\n".join(SRC) + "\n")
    tgt = _write(tmp_path, "en.txt", "\n\n".join(TGT) + "\n")
    glossary = _write(tmp_path, "house.csv", CSV)
    code = main(["check", src, tgt, "--offline", "--glossary", glossary, "--fail-on", "major", "--format", "json"])
    out = capsys.readouterr().out
    import json

    report = json.loads(out)
    assert report["signature"]["config"]["glossary"] == glossary
    assert [f["src_span"] for f in report["findings"] if f["kind"] == "term"] == ["Antara"]
    assert code == 1
    bad = _write(tmp_path, "bad.csv", "source,target\nRp,\n")
    assert main(["check", src, tgt, "--offline", "--glossary", bad]) == 2
    assert "bad.csv:2:" in capsys.readouterr().err


# (source, target, finding the detectors give without the glossary, whether the glossary silences it)
SILENCED = [
    ("Tim Densus 88 menangkap terduga teroris di Bekasi, Jawa Barat, Minggu (17/3).",
     "The counterterrorism squad arrested a terror suspect in Bekasi, West Java, on Sunday, March 17.",
     ("number", "88", None), True),
    # a house rendering the dictionary does not hold ("Ylang"; melati = jasmine is in renderings.tsv, so a
    # "Jasmine health post" needs no glossary)
    ("Posyandu Kenanga di Kelurahan Cilandak membuka layanan imunisasi, ujar lurah setempat.",
     "The Ylang health post in Cilandak opened its immunisation service, the village head said.",
     ("entity", "Posyandu Kenanga", "Ylang"), True),
    ("Rombongan tiba di Bandara Soekarno-Hatta pukul 14.00 WIB.",
     "The delegation arrived at Jakarta's main airport at 14:00 WIB.",
     ("entity", "Bandara Soekarno-Hatta", "Jakarta"), True),
    # the required term is not there: the detector's finding stays (and no second, term, finding joins it)
    ("Rombongan tiba di Bandara Soekarno-Hatta pukul 14.00 WIB.",
     "The delegation arrived at Jakarta's Halim airport at 14:00 WIB.",
     ("entity", "Bandara Soekarno-Hatta", "Jakarta"), False),
]

HOUSE = ("source\ttarget\n"
         "Densus 88\tcounterterrorism squad|Detachment 88\n"
         "Posyandu Kenanga\tYlang health post\n"
         "Bandara Soekarno-Hatta\tJakarta's main airport|Soekarno-Hatta airport\n")


@pytest.mark.parametrize(("src", "tgt", "finding", "silenced"), SILENCED, ids=[f"{s[2][1]}-{s[3]}" for s in SILENCED])
def test_glossary_pairs_count_as_matching_names(tmp_path: Path, src: str, tgt: str,
                                                finding: tuple[str, str, str | None], silenced: bool) -> None:
    def key(found):  # type: ignore[no-untyped-def]
        return [(f.kind, f.src_span, f.tgt_span) for f in found]

    assert finding in key(_check([src], [tgt]))
    with_glossary = _check([src], [tgt], _write(tmp_path, "house.tsv", HOUSE))
    assert (finding not in key(with_glossary)) is silenced
    assert not [f for f in with_glossary if f.kind == "term"]


def test_an_export_may_not_overwrite_the_glossary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _write(tmp_path, "id.txt", "\n\n".join(SRC) + "\n")
    tgt = _write(tmp_path, "en.txt", "\n\n".join(TGT) + "\n")
    glossary = _write(tmp_path, "house.csv", CSV)
    assert main(["check", src, tgt, "--offline", "--glossary", glossary, "--export", glossary]) == 2
    assert "house.csv" in capsys.readouterr().err
    assert Path(glossary).read_text(encoding="utf-8") == CSV


def test_corpus_takes_the_glossary_per_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "pairs"
    folder.mkdir()
    _write(folder, "cabai.id.txt", "\n\n".join(SRC) + "\n")
    _write(folder, "cabai.en.txt", "\n\n".join(TGT) + "\n")
    glossary = _write(tmp_path, "house.csv", CSV)
    junit = tmp_path / "out.xml"
    code = main(["corpus", str(folder), "--glossary", glossary, "--fail-on", "major", "--junit", str(junit),
                 "--no-progress"])
    out = capsys.readouterr().out
    assert code == 1  # the missing do-not-translate "Antara" is a major term finding
    assert "term" in junit.read_text(encoding="utf-8") and "Antara" in junit.read_text(encoding="utf-8")
    assert "cabai" in out
    bad = _write(tmp_path, "bad.csv", "source,target\nRp,\n")
    assert main(["corpus", str(folder), "--glossary", bad, "--no-progress"]) == 2
    assert "bad.csv:2:" in capsys.readouterr().err
