"""``wiredrift align``: formats, output file, and every bad input (real encoder, tiny inputs, temporary cache)."""

from __future__ import annotations

import json
import re

import pytest

from wiredrift.align.aligner import DEFAULT_NULL_COST
from wiredrift.eval.alignscore import parse_alignment
from wiredrift.eval.cli import main

SRC = [
    "Der Präsident besuchte am Montag die Stadt Bern.",
    "Er sprach mit 200 Arbeitern über die neue Fabrik.",
    "Die Fabrik soll 2025 eröffnet werden.",
    "Danach fuhr er nach Zürich zurück.",
]
TGT = [
    "Le président a visité lundi la ville de Berne.",
    "Il a parlé avec 200 ouvriers de la nouvelle usine.",
    "L'usine doit ouvrir en 2025.",
    "Ensuite, il est retourné à Zurich.",
]

LINE = re.compile(r"^\[(\d+(, \d+)*)?\]:\[(\d+(, \d+)*)?\]:-?\d+\.\d{6}$")


@pytest.fixture(autouse=True)
def _tmp_cache(tmp_path_factory, monkeypatch):
    # One embedding cache for the whole module: tests never depend on a pre-filled user cache.
    monkeypatch.setenv("WIREDRIFT_CACHE", str(tmp_path_factory.getbasetemp() / "align-cli-cache"))


def _write(path, lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return str(path)


def _run(capsys, argv):
    rc = main(argv)
    out, err = capsys.readouterr()
    return rc, out, err


def test_presegmented_vecalign_output(tmp_path, capsys):
    src, tgt = _write(tmp_path / "a.de", SRC), _write(tmp_path / "a.fr", TGT)
    rc, out, err = _run(capsys, ["align", src, tgt, "--src-lang", "de", "--tgt-lang", "fr",
                                 "--presegmented", "--format", "vecalign"])
    assert rc == 0, err
    lines = out.splitlines()
    assert all(LINE.match(line) for line in lines), lines
    assert parse_alignment(lines) == [((i,), (i,)) for i in range(4)]


def test_tsv_and_jsonl(tmp_path, capsys):
    src, tgt = _write(tmp_path / "a.de", SRC), _write(tmp_path / "a.fr", TGT)
    rc, out, _ = _run(capsys, ["align", src, tgt, "--presegmented", "--format", "tsv"])
    assert rc == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows[0] == ["src", "tgt", "similarity", "src_text", "tgt_text"]
    assert rows[2][:2] == ["1", "1"] and rows[2][3] == SRC[1] and rows[2][4] == TGT[1]
    assert 0.5 < float(rows[2][2]) <= 1.0
    rc, out, _ = _run(capsys, ["align", src, tgt, "--presegmented", "--format", "jsonl"])
    recs = [json.loads(line) for line in out.splitlines()]
    assert [r["src"] for r in recs] == [[0], [1], [2], [3]]
    assert recs[3]["tgt_text"] == TGT[3] and set(recs[0]) == {"src", "tgt", "similarity", "cost", "src_text", "tgt_text"}


def test_output_file_is_written_whole(tmp_path, capsys):
    src, tgt = _write(tmp_path / "a.de", SRC), _write(tmp_path / "a.fr", TGT)
    dest = tmp_path / "out.align"
    rc, out, _ = _run(capsys, ["align", src, tgt, "--presegmented", "-o", str(dest)])
    assert rc == 0 and out == ""
    assert len(parse_alignment(dest.read_text(encoding="utf-8").splitlines())) == 4
    rc, _, err = _run(capsys, ["align", src, tgt, "--presegmented", "-o", str(tmp_path / "nope" / "x")])
    assert rc == 2 and err.startswith("error: --output")


def test_document_mode_reads_and_splits(tmp_path, capsys):
    src = tmp_path / "id.txt"
    tgt = tmp_path / "en.txt"
    src.write_text("Presiden mengunjungi Bandung pada hari Senin. Ia bertemu 300 petani.\n\n"
                   "Kunjungan itu berlangsung dua jam.\n", encoding="utf-8")
    tgt.write_text("The president visited Bandung on Monday. He met 300 farmers.\n\n"
                   "The visit lasted two hours.\n", encoding="utf-8")
    rc, out, err = _run(capsys, ["align", str(src), str(tgt), "--format", "jsonl"])
    assert rc == 0, err
    recs = [json.loads(line) for line in out.splitlines()]
    assert [(r["src"], r["tgt"]) for r in recs] == [([0], [0]), ([1], [1]), ([2], [2])]


def test_empty_side_gives_all_null(tmp_path, capsys):
    src, tgt = _write(tmp_path / "a.de", SRC), tmp_path / "empty.fr"
    tgt.write_text("", encoding="utf-8")
    rc, out, _ = _run(capsys, ["align", src, str(tgt), "--presegmented"])
    assert rc == 0
    assert out.splitlines() == [f"[{i}]:[]:{DEFAULT_NULL_COST:.6f}" for i in range(4)]
    rc, out, _ = _run(capsys, ["align", str(tgt), str(tgt), "--presegmented"])
    assert rc == 0 and out == ""


def test_empty_document_gives_all_null(tmp_path, capsys):
    src = tmp_path / "id.txt"
    src.write_text("Presiden mengunjungi Bandung pada hari Senin.\n", encoding="utf-8")
    tgt = tmp_path / "en.txt"
    tgt.write_text("", encoding="utf-8")
    rc, out, _ = _run(capsys, ["align", str(src), str(tgt)])
    assert rc == 0 and parse_alignment(out.splitlines()) == [((0,), ())]


def test_empty_lines_are_sentences(tmp_path, capsys):
    src = _write(tmp_path / "a.de", [SRC[0], "", SRC[1]])
    tgt = _write(tmp_path / "a.fr", [TGT[0], TGT[1]])
    rc, out, _ = _run(capsys, ["align", src, tgt, "--presegmented"])
    beads = parse_alignment(out.splitlines())
    assert rc == 0
    assert [i for s, _ in beads for i in s] == [0, 1, 2]
    assert ((0,), (0,)) in beads


def test_identical_files_align_diagonally(tmp_path, capsys):
    src = _write(tmp_path / "a.txt", SRC + TGT)
    rc, out, _ = _run(capsys, ["align", src, src, "--presegmented"])
    assert rc == 0 and parse_alignment(out.splitlines()) == [((i,), (i,)) for i in range(8)]


@pytest.mark.slow
def test_one_side_hundred_times_longer(tmp_path, capsys):
    filler = [f"Wetter {1800 + k}." for k in range(200)]
    src = _write(tmp_path / "a.de", filler[:100] + [SRC[1]] + filler[100:])
    tgt = _write(tmp_path / "a.fr", [TGT[1], TGT[2]])
    rc, out, _ = _run(capsys, ["align", src, tgt, "--presegmented", "--max-bead", "2"])
    beads = parse_alignment(out.splitlines())
    assert rc == 0
    assert [i for s, _ in beads for i in s] == list(range(201))
    assert [j for _, t in beads for j in t] == [0, 1]
    assert any(100 in s and 0 in t for s, t in beads)


@pytest.mark.slow
def test_five_megabyte_line(tmp_path, capsys):
    big = tmp_path / "big.de"
    big.write_text(("Ein sehr langer Satz ohne Ende, " * 170_000)[:5_000_000] + "\n", encoding="utf-8")
    tgt = _write(tmp_path / "a.fr", TGT)
    rc, out, err = _run(capsys, ["align", str(big), tgt, "--presegmented", "--format", "tsv"])
    assert rc == 0, err
    rows = out.splitlines()[1:]
    assert sum(len(r.split("\t")[0].split(",")) for r in rows if r.split("\t")[0]) == 1
    assert [j for r in rows if r.split("\t")[1] for j in r.split("\t")[1].split(",")] == ["0", "1", "2", "3"]


@pytest.mark.parametrize("argv, message", [
    (["--max-bead", "0"], "--max-bead"),
    (["--max-bead", "17"], "--max-bead"),
    (["--null-cost", "-1"], "--null-cost"),
    (["--null-cost", "inf"], "--null-cost"),
    (["--null-cost", "nan"], "--null-cost"),
])
def test_bad_options(tmp_path, capsys, argv, message):
    src, tgt = _write(tmp_path / "a.de", SRC), _write(tmp_path / "a.fr", TGT)
    rc, out, err = _run(capsys, ["align", src, tgt, "--presegmented", *argv])
    assert rc == 2 and out == "" and err.startswith("error: ") and message in err


def test_bad_files(tmp_path, capsys):
    good = _write(tmp_path / "a.fr", TGT)
    rc, _, err = _run(capsys, ["align", str(tmp_path / "missing.de"), good, "--presegmented"])
    assert rc == 2 and "missing.de: file not found" in err
    latin = tmp_path / "latin.de"
    latin.write_bytes("Gr\xfcsse aus K\xf6ln\n".encode("latin-1"))
    rc, _, err = _run(capsys, ["align", str(latin), good, "--presegmented"])
    assert rc == 2 and "latin.de: not UTF-8" in err
    binary = tmp_path / "bin.de"
    binary.write_bytes(b"\x00\x01\x02abc\n")
    rc, _, err = _run(capsys, ["align", str(binary), good, "--presegmented"])
    assert rc == 2 and "bin.de: binary" in err
    rc, _, err = _run(capsys, ["align", str(tmp_path), good, "--presegmented"])
    assert rc == 2 and "is a directory" in err
    assert len(err.strip().splitlines()) == 1


def test_bad_document_named_empty_is_an_error(tmp_path, capsys):
    # Only the reader's "empty" reasons mean an all-null side, never the word in a file name.
    latin = tmp_path / "not-empty.txt"
    latin.write_bytes("Gr\xfcsse aus K\xf6ln.\n".encode("latin-1"))
    good = _write(tmp_path / "a.fr", TGT)
    rc, out, err = _run(capsys, ["align", str(latin), good])
    assert rc == 2 and out == "" and "not-empty.txt: not UTF-8" in err


@pytest.mark.parametrize("target", ["missing-folder/out.align", "."])
def test_unwritable_output(tmp_path, capsys, monkeypatch, target):
    monkeypatch.chdir(tmp_path)
    src, tgt = _write(tmp_path / "a.de", SRC), _write(tmp_path / "a.fr", TGT)
    rc, out, err = _run(capsys, ["align", src, tgt, "--presegmented", "-o", target])
    assert rc == 2 and out == "" and err.startswith(f"error: --output {target}:")
    assert len(err.strip().splitlines()) == 1


def test_help_has_example(capsys):
    assert main(["align", "--help"]) == 0
    out = capsys.readouterr().out
    assert "Example:" in out and "wiredrift align" in out and "--presegmented" in out and "--null-cost" in out
    assert f"default: calibrated, {DEFAULT_NULL_COST}" in " ".join(out.split())


def test_stats_line_counts_texts_embedded_cold_then_cached(tmp_path, capsys, monkeypatch):
    """--stats: one stderr line; a cold cache embeds every text it uses, a warm one none, same alignment."""
    monkeypatch.setenv("WIREDRIFT_CACHE", str(tmp_path / "cold-cache"))
    src = [*SRC, "Sie wird 300 neue Stellen schaffen und", "vor allem junge Leute anstellen."]
    tgt = [*TGT, "Elle créera 300 nouveaux emplois et embauchera surtout des jeunes."]
    s, t = _write(tmp_path / "s.txt", src), _write(tmp_path / "t.txt", tgt)
    lines = []
    for _ in range(2):
        assert main(["align", s, t, "--presegmented", "--src-lang", "de", "--tgt-lang", "fr", "--stats"]) == 0
        out, err = capsys.readouterr()
        stats = [line for line in err.splitlines() if line.startswith("stats:")]
        assert len(stats) == 1
        lines.append((out, stats[0]))
    pattern = re.compile(r"^stats: 6 \+ 5 sentences; (\d+) texts used \((\d+\.\d\d)x the sentences\), (\d+) embedded, "
                         r"(\d+) from the cache; encoder \d+\.\d s, alignment \d+\.\d s in all$")
    cold, warm = (pattern.match(line) for _out, line in lines)
    assert cold and warm, lines
    used = int(cold.group(1))
    assert used >= 11 and int(cold.group(3)) == used and int(cold.group(4)) == 0  # cold: all embedded
    assert float(cold.group(2)) == pytest.approx(used / 11, abs=0.01)
    assert int(warm.group(1)) == used and int(warm.group(3)) == 0 and int(warm.group(4)) == used
    assert lines[0][0] == lines[1][0]  # the cache changes the cost, never the alignment


def test_no_stats_line_without_the_flag(tmp_path, capsys):
    s, t = _write(tmp_path / "s.txt", SRC), _write(tmp_path / "t.txt", TGT)
    assert main(["align", s, t, "--presegmented", "--src-lang", "de", "--tgt-lang", "fr"]) == 0
    assert "stats:" not in capsys.readouterr().err
