"""Hostile inputs (issue 15, input side): FIFOs, devices, folders, oversize files, bad configs, odd
encodings and odd file names. Each is exit 2 with one ``error:`` line naming the file, no traceback
and no output file; nothing may hang (FIFO cases run in a subprocess with a timeout).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wiredrift.align.errors import InputError, show_path
from wiredrift.align.reader import DEFAULT_MAX_INPUT_MB, parse_document, read_document, read_input_bytes
from wiredrift.eval.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOOD_EN = ROOT / "corpora" / "voi-137686" / "en.txt"

ID_TEXT = """Polisi Amankan Dua Pengedar Sabu di Bekasi

BEKASI (ANTARA) - Polres Metro Bekasi menangkap dua pengedar sabu di Jalan Ahmad Yani pada Rabu (13/3) malam. Dari tangan keduanya, polisi menyita 250 gram sabu senilai Rp375 juta.

"Kami masih mengejar satu orang lain yang diduga menjadi pemasok," kata Kapolres Metro Bekasi kepada wartawan, Kamis.
"""

#: A subprocess runs the CLI, so a hang is killed by the timeout instead of stalling the suite.
_CLI = "import sys; from wiredrift.eval.cli import main; sys.exit(main(sys.argv[1:]))"
_TIMEOUT = 30

no_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
no_dev_zero = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")


def _run_cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``wiredrift ARGS`` in a child process; fails the test (never hangs) after 30 s."""
    try:
        return subprocess.run(
            [sys.executable, "-c", _CLI, *args], cwd=cwd, capture_output=True, text=True, timeout=_TIMEOUT,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"wiredrift {' '.join(args)} hung for {_TIMEOUT} s")


def _one_error_line(err: str, expected: str) -> str:
    lines = [ln for ln in err.split("\n") if ln.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("error: "), err
    assert expected in lines[0], err
    assert "Traceback" not in err
    return lines[0]


def _id_file(tmp_path: Path, name: str = "id.txt") -> Path:
    path = tmp_path / name
    path.write_text(ID_TEXT, encoding="utf-8")
    return path


# -- FIFO, device, folder: through a child process with a timeout ---------------------------------


@no_fifo
@pytest.mark.parametrize("side", ["src", "tgt"])
def test_fifo_input_is_refused_without_hanging(side: str, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    src = _id_file(tmp_path)
    args = [str(fifo), str(GOOD_EN)] if side == "src" else [str(src), str(fifo)]
    out = tmp_path / "report.json"
    proc = _run_cli(["check", *args, "--json", str(out)], tmp_path)
    assert proc.returncode == 2
    _one_error_line(proc.stderr, "pipe.txt: not a regular file (a FIFO)")
    assert not out.exists()


@pytest.mark.slow
@no_fifo
def test_fifo_input_to_align_and_as_config(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    proc = _run_cli(["align", str(fifo), str(GOOD_EN), "--presegmented"], tmp_path)
    assert proc.returncode == 2
    _one_error_line(proc.stderr, "pipe.txt: not a regular file (a FIFO)")
    proc = _run_cli(["check", "--config", str(fifo), str(_id_file(tmp_path)), str(GOOD_EN)], tmp_path)
    assert proc.returncode == 2
    _one_error_line(proc.stderr, "pipe.txt: not a regular file (a FIFO)")


@no_dev_zero
def test_dev_zero_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.json"
    assert main(["check", "/dev/zero", str(GOOD_EN), "--json", str(out)]) == 2
    _one_error_line(capsys.readouterr().err, "/dev/zero: not a regular file (a character device)")
    assert not out.exists()


def test_directory_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    out = tmp_path / "report.json"
    assert main(["check", str(_id_file(tmp_path)), str(folder), "--json", str(out)]) == 2
    _one_error_line(capsys.readouterr().err, "reports: is a directory, not a file")
    assert not out.exists()


# -- size cap -------------------------------------------------------------------------------------


def _sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as fh:
        fh.truncate(size)  # a sparse file: no data written, instant
    return path


def test_oversize_input_is_refused_before_reading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = _sparse(tmp_path / "big.txt", 25_300_000)
    out = tmp_path / "report.json"
    assert main(["check", str(big), str(GOOD_EN), "--json", str(out)]) == 2
    line = _one_error_line(capsys.readouterr().err, "big.txt: 25.3 MB is over the 20 MB input limit")
    assert line.endswith("raise it with --max-input-mb")
    assert not out.exists()


def test_max_input_mb_lowers_and_raises_the_cap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _id_file(tmp_path)
    assert main(["check", str(src), str(GOOD_EN), "--max-input-mb", "0.0001"]) == 2
    _one_error_line(capsys.readouterr().err, f"id.txt: {len(ID_TEXT.encode())} bytes is over the 0.0001 MB input limit")
    # Raised above the file's size, the 21 MB file is read (and refused for what it holds: NUL bytes).
    big = _sparse(tmp_path / "big.txt", 21_000_000)
    assert main(["check", str(big), str(GOOD_EN), "--max-input-mb", "30"]) == 2
    _one_error_line(capsys.readouterr().err, "big.txt: binary file (NUL byte at offset 0)")


def test_max_input_mb_from_a_config_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "wiredrift.toml"
    config.write_text("max_input_mb = 0.0001\n", encoding="utf-8")
    assert main(["check", "--config", str(config), str(_id_file(tmp_path)), str(GOOD_EN)]) == 2
    _one_error_line(capsys.readouterr().err, "over the 0.0001 MB input limit")


@pytest.mark.parametrize("value", ["0", "-3", "nan", "inf", "lots"])
def test_max_input_mb_must_be_a_positive_size(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "a.txt", "b.txt", "--max-input-mb", value]) == 2
    err = capsys.readouterr().err
    assert "--max-input-mb" in err and "Traceback" not in err


def test_align_presegmented_honours_the_cap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = _sparse(tmp_path / "big.de", 21_000_000)
    assert main(["align", str(big), str(GOOD_EN), "--presegmented"]) == 2
    _one_error_line(capsys.readouterr().err, "big.de: 21.0 MB is over the 20 MB input limit")


def test_the_cap_is_checked_on_bytes_read_too(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"a" * 101)
    with pytest.raises(InputError, match=r"x\.txt: 101 bytes is over the 0\.0001 MB input limit"):
        read_input_bytes(path, max_bytes=100)
    assert read_input_bytes(path, max_bytes=101) == b"a" * 101
    assert DEFAULT_MAX_INPUT_MB == 20


# -- --config -------------------------------------------------------------------------------------


def test_config_folder_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "conf"
    folder.mkdir()
    assert main(["check", "--config", str(folder), str(_id_file(tmp_path)), str(GOOD_EN)]) == 2
    _one_error_line(capsys.readouterr().err, "conf: is a directory, not a file")


@no_dev_zero
def test_config_dev_zero_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--config", "/dev/zero", str(_id_file(tmp_path)), str(GOOD_EN)]) == 2
    _one_error_line(capsys.readouterr().err, "/dev/zero: not a regular file (a character device)")


def test_config_oversize_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _sparse(tmp_path / "huge.toml", 5_000_000)
    assert main(["check", "--config", str(config), str(_id_file(tmp_path)), str(GOOD_EN)]) == 2
    _one_error_line(capsys.readouterr().err, "huge.toml: 5.0 MB is over the 1 MB config file limit")


# -- encodings and Markdown -----------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_named(codec: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(ID_TEXT.encode(codec))
    assert main(["check", str(path), str(GOOD_EN)]) == 2
    line = _one_error_line(capsys.readouterr().err, "utf16.txt: UTF-16 text")
    assert "without a byte-order mark" in line and "binary" not in line and "iconv" in line


def test_binary_with_nuls_is_still_binary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 8)
    assert main(["check", str(path), str(GOOD_EN)]) == 2
    _one_error_line(capsys.readouterr().err, "blob.txt: binary file")


def test_link_in_a_txt_file_keeps_angle_bracket_text(tmp_path: Path) -> None:
    path = tmp_path / "id.txt"
    path.write_text(
        "Lihat [laman resmi](https://polri.go.id) untuk rinciannya.\n\n"
        "Tersangka berinisial <AS> dan <RH> ditahan di Polres Metro Bekasi sejak Kamis (14/3).\n",
        encoding="utf-8",
    )
    doc = read_document(path, "id", check_language=False)
    assert "<AS> dan <RH>" in " ".join(doc.texts)
    assert "[laman resmi](https://polri.go.id)" in doc.texts[0]  # plain text: the link is left as written
    md = read_document(path, "id", check_language=False, fmt="md")
    assert "laman resmi untuk" in md.texts[0] and "<AS>" not in " ".join(md.texts)


def test_input_format_flag_reaches_the_reader(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A file of only a fenced code block has no prose when read as Markdown, some when read as text.
    path = tmp_path / "id.txt"
    path.write_text("```\nprint('halo')\n```\n", encoding="utf-8")
    assert main(["align", str(path), str(path), "--input-format", "md", "--format", "tsv"]) == 0
    out = capsys.readouterr().out
    assert out.strip() == "src\ttgt\tsimilarity\tsrc_text\ttgt_text"  # nothing to align


MARKDOWN_REPORT = """# Harga Beras Naik di Jawa Barat

BANDUNG (ANTARA) - Harga beras medium di Jawa Barat naik 4 persen dalam sepekan, kata Kepala Dinas Perdagangan pada Rabu (13/3).

| Kota | Harga per kg |
|:-----|-------------:|
| Bandung | Rp13.500 |
| Bekasi | Rp13.900 |

```json
{"harga": 13500, "kota": "Bandung"}
```

    SELECT harga FROM beras;

Pedagang berharap pasokan dari Karawang segera pulih.
"""


def test_markdown_table_rows_are_table_sentences_and_code_is_skipped() -> None:
    doc = parse_document(MARKDOWN_REPORT, "id", "harga.md")
    roles = [(s.role, s.text) for s in doc.sentences]
    assert roles[0] == ("headline", "Harga Beras Naik di Jawa Barat")
    tables = [text for role, text in roles if role == "table"]
    assert tables == ["Kota | Harga per kg", "Bandung | Rp13.500", "Bekasi | Rp13.900"]
    texts = " ".join(doc.texts)
    assert "harga\":" not in texts and "SELECT" not in texts and ":-----" not in texts
    assert roles[-1] == ("body", "Pedagang berharap pasokan dari Karawang segera pulih.")
    table_line = next(s.line for s in doc.sentences if s.text.startswith("Bandung"))
    assert table_line == 7


def test_markdown_list_continuation_is_not_code() -> None:
    doc = parse_document("- Butir pertama.\n\n    Lanjutan butir pertama.\n", "id", "a.md")
    assert "Lanjutan butir pertama." in doc.texts


# -- escaped paths --------------------------------------------------------------------------------


def test_file_name_with_newline_stays_on_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = "x\n::warning file=a::pwned.txt"
    try:
        path = tmp_path / name
        path.write_bytes(b"\x00\x01binary")
    except OSError:  # pragma: no cover - a file system that refuses newlines
        pytest.skip("file system refuses a newline in a name")
    assert main(["check", str(path), str(GOOD_EN)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "\\n::warning" in err and "binary file" in err


def test_missing_file_with_control_characters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a\rb\x1b[31m.txt"
    assert main(["check", str(path), str(GOOD_EN)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\r" not in err and "\x1b" not in err
    assert "\\r" in err and "\\x1b" in err and "file not found" in err


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("a b.txt", "a b.txt"),
        ("laporan/ü.txt", "laporan/ü.txt"),
        ("a\nb.txt", "'a\\nb.txt'"),
        ("x\u202egnp.txt", "'x\\u202egnp.txt'"),
        ("\udcff.txt", "'\\udcff.txt'"),
        (Path("p/q.txt"), "p/q.txt"),
    ],
)
def test_show_path(path: str | Path, shown: str) -> None:
    assert show_path(path) == shown
    assert "\n" not in show_path(path)


def test_undecodable_file_name_never_reaches_the_document(tmp_path: Path) -> None:
    doc = parse_document(ID_TEXT, "id", str(tmp_path / "\udcffid.txt"))
    assert doc.path is not None and "\udcff" not in doc.path
    assert doc.path.endswith("\ufffdid.txt")


# -- saved reports and exports --------------------------------------------------------------------

SAMPLE_REPORT = ROOT / "tests" / "data" / "report-sample.json"


@pytest.mark.parametrize("fmt", ["tsv", "jsonl", "tmx"])
def test_lone_surrogate_escape_in_a_report_is_one_line(fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    report = json.loads(SAMPLE_REPORT.read_text(encoding="utf-8"))
    report["src"]["sentences"][0]["text"] = "PLACEHOLDER"
    text = json.dumps(report).replace("PLACEHOLDER", "Harga \\ud800 naik")
    path = tmp_path / "r.json"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / f"pairs.{fmt}"
    assert main(["export", str(path), "-o", str(out)]) == 2
    _one_error_line(capsys.readouterr().err, "r.json: holds a lone surrogate escape ('\\ud800')")
    assert not out.exists()


@no_fifo
def test_saved_report_fifo_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "r.json"
    os.mkfifo(fifo)
    proc = _run_cli(["export", str(fifo), "-o", str(tmp_path / "p.tsv")], tmp_path)
    assert proc.returncode == 2
    _one_error_line(proc.stderr, "r.json: not a regular file (a FIFO)")


def test_control_character_in_a_document_id_exports_as_xml(tmp_path: Path) -> None:
    from lxml import etree

    from wiredrift.eval.export import AlignedPair, to_tmx, to_xliff

    pairs = [AlignedPair(doc_id="berita\x01\x1b12", bead=0, src=(0,), tgt=(0,), src_text="Harga naik.",
                         tgt_text="Prices rose.", scores={"chrf\x02": 50.0}, finding_kinds=("number\x00",))]
    tmx = etree.fromstring(to_tmx(pairs, "id", "en"))
    assert tmx.find("./body/tu").get("tuid") == "berita12:0"
    xliff = etree.fromstring(to_xliff(pairs, "id", "en"))
    assert xliff.find(".//{*}file").get("original") == "berita12"


def test_manifest_that_is_a_device_is_refused(tmp_path: Path) -> None:
    from wiredrift.eval.corpus import discover_pairs

    link = tmp_path / "m.jsonl"
    if not Path("/dev/zero").exists():  # pragma: no cover
        pytest.skip("no /dev/zero")
    link.symlink_to("/dev/zero")
    with pytest.raises(InputError, match=r"m\.jsonl: not a regular file \(a character device\)"):
        discover_pairs(link)


def test_translate_input_is_capped_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = _sparse(tmp_path / "big.id", 21_000_000)
    out = tmp_path / "big.en"
    assert main(["translate", str(big), "-o", str(out), "--offline"]) == 2
    _one_error_line(capsys.readouterr().err, "big.id: 21.0 MB is over the 20 MB input limit; raise it with --max-input-mb")
    assert not out.exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no UNIX sockets or FIFOs")
def test_socket_and_symlinked_fifo_are_refused(tmp_path: Path) -> None:
    import socket

    sock_path = tmp_path / "s.txt"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(sock_path))
        with pytest.raises(InputError, match=r"s\.txt: not a regular file \(a socket\)"):
            read_input_bytes(sock_path)
    finally:
        server.close()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "report.txt"
    link.symlink_to(fifo)
    with pytest.raises(InputError, match=r"report\.txt: not a regular file \(a FIFO\)"):
        read_input_bytes(link)  # never blocks: the FIFO is refused before any open
