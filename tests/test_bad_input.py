"""Every bad input through the CLI: exit 2, one ``error:`` line naming the file, no output file."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from wiredrift.eval.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOOD_EN = ROOT / "corpora" / "voi-137686" / "en.txt"

# Indonesian and French reports written for these tests (enough words for a confident check).
ID_TEXT = """Pemerintah Kirim Bantuan Beras ke Bekasi

JAKARTA (ANTARA) - Pemerintah mengirim bantuan beras sebanyak 1.500 ton kepada korban banjir di Bekasi pada Senin. Bantuan itu dikirim dari gudang Bulog karena harga beras di pasar sudah naik.

"Kami tidak akan membiarkan warga kelaparan, dan semua posko harus mendapat beras hari ini," kata menteri itu kepada wartawan.
"""
ID_TEXT_2 = """Harga Cabai Naik Menjelang Lebaran

JAKARTA (ANTARA) - Harga cabai rawit di pasar tradisional naik 12,5 persen dalam sepekan terakhir. Para pedagang mengatakan bahwa pasokan dari daerah sentra produksi berkurang karena hujan.

"Kami berharap pemerintah segera turun tangan agar harga kembali normal," ujar seorang pedagang di Pasar Induk.
"""
FR_TEXT = """Le gouvernement envoie du riz aux victimes

JAKARTA - Le gouvernement a envoyé lundi plus de mille tonnes de riz aux victimes des inondations dans la région de Bekasi. Les prix du riz sont en hausse sur les marchés depuis une semaine.

« Nous ne laisserons pas les habitants avoir faim », a dit le ministre aux journalistes.
"""


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _missing(tmp_path: Path) -> tuple[list[str], str]:
    return [str(tmp_path / "nope.txt"), str(GOOD_EN)], "nope.txt: file not found"


def _directory(tmp_path: Path) -> tuple[list[str], str]:
    d = tmp_path / "adir"
    d.mkdir()
    return [str(d), str(GOOD_EN)], "adir: is a directory"


def _empty(tmp_path: Path) -> tuple[list[str], str]:
    return [str(_write(tmp_path, "empty.txt", b"")), str(GOOD_EN)], "empty.txt: file is empty"


def _whitespace(tmp_path: Path) -> tuple[list[str], str]:
    return [str(_write(tmp_path, "blank.txt", " \n\t\r\n\u00a0\n")), str(GOOD_EN)], "blank.txt: file contains only whitespace"


def _binary_nul(tmp_path: Path) -> tuple[list[str], str]:
    data = "Pemerintah mengirim bantuan.".encode() + b"\x00\x01\x02" + bytes(range(256))
    return [str(_write(tmp_path, "bin.txt", data)), str(GOOD_EN)], "bin.txt: binary file (NUL byte at offset 28)"


def _binary_noise(tmp_path: Path) -> tuple[list[str], str]:
    data = bytes((i * 37 + 11) % 256 or 1 for i in range(3000))
    return [str(_write(tmp_path, "noise.bin", data)), str(GOOD_EN)], "noise.bin: binary file"


def _pdf(tmp_path: Path) -> tuple[list[str], str]:
    return [str(_write(tmp_path, "report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")), str(GOOD_EN)], "report.pdf: a PDF file"


def _latin1(tmp_path: Path) -> tuple[list[str], str]:
    data = ID_TEXT.replace("Senin", "Senin café").encode("utf-8").replace("café".encode(), b"caf\xe9")
    offset = data.index(b"\xe9")
    return [str(_write(tmp_path, "latin1.txt", data)), str(GOOD_EN)], (
        f"latin1.txt: not UTF-8 (byte 0xe9 at offset {offset}); re-save it as UTF-8"
    )


def _utf16(tmp_path: Path) -> tuple[list[str], str]:
    return [str(_write(tmp_path, "utf16.txt", ID_TEXT.encode("utf-16"))), str(GOOD_EN)], "utf16.txt: UTF-16 text, not UTF-8"


def _no_sentences(tmp_path: Path) -> tuple[list[str], str]:
    md = "---\ntitle: x\n---\n\n![photo](a.jpg)\n\n***\n"
    return [str(_write(tmp_path, "images.md", md)), str(GOOD_EN)], "images.md: no sentences found"


def _target_bad(tmp_path: Path) -> tuple[list[str], str]:
    src = _write(tmp_path, "id.txt", ID_TEXT)
    return [str(src), str(_write(tmp_path, "en.txt", b"\xff\xfeX\x00"))], "en.txt: UTF-16 text"


def _swapped(tmp_path: Path) -> tuple[list[str], str]:
    tgt = _write(tmp_path, "id.txt", ID_TEXT)
    return [str(GOOD_EN), str(tgt)], "en.txt: looks like English (en), not Indonesian (id); check the argument order or --src-lang"


def _indonesian_as_english(tmp_path: Path) -> tuple[list[str], str]:
    src = _write(tmp_path, "fr.txt", FR_TEXT)
    tgt = _write(tmp_path, "en.txt", ID_TEXT)
    return [str(src), str(tgt), "--src-lang", "fr"], (
        "en.txt: looks like Indonesian (id), not English (en); check the argument order or --tgt-lang"
    )


def _french_as_english(tmp_path: Path) -> tuple[list[str], str]:
    src = _write(tmp_path, "id.txt", ID_TEXT)
    tgt = _write(tmp_path, "en.txt", FR_TEXT)
    return [str(src), str(tgt)], "en.txt: looks like French (fr), not English (en)"


def _both_indonesian(tmp_path: Path) -> tuple[list[str], str]:
    src = _write(tmp_path, "a.txt", ID_TEXT)
    tgt = _write(tmp_path, "b.txt", ID_TEXT_2)
    return [str(src), str(tgt)], f"{src} and {tgt}: both files look like Indonesian (id); pass the two language versions"


def _same_file(tmp_path: Path) -> tuple[list[str], str]:
    src = _write(tmp_path, "id.txt", ID_TEXT)
    return [str(src), str(src), "--tgt-lang", "ms"], f"{src} and {src}: both files hold the same text"


CASES: dict[str, Callable[[Path], tuple[list[str], str]]] = {
    "missing": _missing,
    "directory": _directory,
    "empty": _empty,
    "whitespace-only": _whitespace,
    "binary-nul": _binary_nul,
    "binary-noise": _binary_noise,
    "pdf": _pdf,
    "not-utf8": _latin1,
    "utf16": _utf16,
    "no-sentences": _no_sentences,
    "bad-target": _target_bad,
    "swapped-files": _swapped,
    "indonesian-as-english": _indonesian_as_english,
    "french-as-english": _french_as_english,
    "both-same-language": _both_indonesian,
    "same-file-twice": _same_file,
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_one_line_exit_2_no_output(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args, expected = CASES[case](tmp_path)
    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()
    code = main(["check", *args, "--json", str(out)])
    captured = capsys.readouterr()
    assert code == 2
    lines = [ln for ln in captured.err.split("\n") if ln.strip()]
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("error: ")
    assert expected in lines[0]
    assert not out.exists()
    assert list(out.parent.iterdir()) == []  # no temporary or partial file either
    assert "Traceback" not in captured.err


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "locked.txt", ID_TEXT)
    path.chmod(0)
    try:
        assert main(["check", str(path), str(GOOD_EN)]) == 2
    finally:
        path.chmod(0o644)
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "locked.txt: cannot read the file (permission denied)" in err


def test_good_pair_passes_the_checks(tmp_path: Path) -> None:
    """The checks do not reject a real pair (the reads and language checks, not the whole pipeline)."""
    from wiredrift.align.langid import check_pair_languages
    from wiredrift.align.reader import read_document

    src = read_document(_write(tmp_path, "id.txt", ID_TEXT), "id", check_language=False)
    tgt = read_document(GOOD_EN, "en", check_language=False)
    check_pair_languages(src, tgt)
