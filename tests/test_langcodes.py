"""Language codes are normalised wherever they enter: CLI options, ``--config``, ``CheckConfig``, documents.

Issue 11: ``--src-lang ID`` used to be taken as an unknown language, which switched the Indonesian word lists
off and gave extra critical findings on the bundled example.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wiredrift.align import SUPPORTED_LANGS, ConfigError, normalize_lang
from wiredrift.align.reader import parse_document
from wiredrift.align.types import Bead, Document, Sentence
from wiredrift.eval.cli import main
from wiredrift.eval.drift import detect_drift
from wiredrift.eval.pipeline import CheckConfig

PAIR = Path(__file__).resolve().parent.parent / "corpora" / "voi-137686"
SUPPORTED_LINE = "supported: de, en, es, fr, id, ja, ms, nl, pt, ru, th, vi, zh"


@pytest.mark.parametrize(("given", "code"), [
    ("id", "id"), ("ID", "id"), ("Id", "id"), ("ind", "id"), ("IND", "id"), ("in", "id"),
    ("indonesian", "id"), ("Indonesian", "id"), ("Bahasa Indonesia", "id"), ("id-ID", "id"), ("id_ID", "id"),
    ("EN", "en"), ("eng", "en"), ("english", "en"), ("en-US", "en"), ("en-GB", "en"),
    ("de", "de"), ("deu", "de"), ("ger", "de"), ("german", "de"), ("Deutsch", "de"), ("de-AT", "de"),
    ("fra", "fr"), ("fre", "fr"), ("Français", "fr"), ("spa", "es"), ("Español", "es"), ("rus", "ru"),
    ("Русский", "ru"), ("jpn", "ja"), ("日本語", "ja"), ("zho", "zh"), ("chi", "zh"), ("zh-CN", "zh"),
    ("zh_Hans", "zh"), ("vie", "vi"), ("Tiếng Việt", "vi"), ("tha", "th"), ("msa", "ms"), ("zsm", "ms"),
    ("Malay", "ms"), (" id ", "id"),
])
def test_spellings_map_to_the_iso_639_1_code(given: str, code: str) -> None:
    assert normalize_lang(given) == code


@pytest.mark.parametrize("bad", ["xx", "", "e", "en-", "bahasa", "indo", "klingon", "i d", None, 7])
def test_unknown_code_is_one_line_naming_the_option_and_the_supported_codes(bad: object) -> None:
    with pytest.raises(ConfigError) as err:
        normalize_lang(bad, "--src-lang")
    msg = str(err.value)
    assert "\n" not in msg
    assert msg.startswith(f"--src-lang {bad!r}: unknown language; ")
    assert msg.endswith(SUPPORTED_LINE)


def test_every_supported_code_is_its_own_normal_form() -> None:
    assert SUPPORTED_LANGS == tuple(sorted(SUPPORTED_LANGS))
    assert {"de", "en", "es", "fr", "id", "ja", "ms", "ru", "th", "vi", "zh"} <= set(SUPPORTED_LANGS)
    assert all(normalize_lang(c) == c and normalize_lang(c.upper()) == c for c in SUPPORTED_LANGS)


def _check(capsys: pytest.CaptureFixture[str], tmp_path: Path, *extra: str) -> tuple[int, dict, str]:
    out = tmp_path / f"report{len(list(tmp_path.iterdir()))}.json"
    rc = main(["check", str(PAIR / "id.txt"), str(PAIR / "en.txt"), "--offline", "--quiet", "--json", str(out), *extra])
    err = capsys.readouterr().err
    return rc, (json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}), err


def _essence(report: dict) -> list[tuple]:
    return [(f["kind"], f["severity"], tuple(f["src"]), tuple(f["tgt"]), f["message"]) for f in report["findings"]]


def test_upper_case_and_three_letter_codes_give_the_same_findings(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rc_id, ref, _ = _check(capsys, tmp_path, "--src-lang", "id")
    assert _essence(ref), "the bundled example has findings"
    for src, tgt in (("ID", "en"), ("ind", "EN"), ("Indonesian", "english")):
        rc, rep, err = _check(capsys, tmp_path, "--src-lang", src, "--tgt-lang", tgt)
        assert (rc, _essence(rep)) == (rc_id, _essence(ref)), (src, tgt, err)


def test_unknown_cli_code_exits_2_with_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rc, rep, err = _check(capsys, tmp_path, "--tgt-lang", "xx")
    assert rc == 2 and rep == {}
    assert err == f"error: --tgt-lang 'xx': unknown language; {SUPPORTED_LINE}\n"


@pytest.mark.parametrize("command", ["align", "translate", "corpus"])
def test_every_subcommand_rejects_an_unknown_code(command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    files = {"align": [str(PAIR / "id.txt"), str(PAIR / "en.txt")], "translate": [str(PAIR / "id.txt")],
             "corpus": [str(tmp_path), "-o", str(tmp_path / "out")]}[command]
    rc = main([command, *files, "--src-lang", "indo"])
    err = capsys.readouterr().err
    assert rc == 2
    assert err == f"error: --src-lang 'indo': unknown language; {SUPPORTED_LINE}\n"


def test_config_file_values_are_normalised_and_checked(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text('src-lang = "IND"\ntgt-lang = "English"\n', encoding="utf-8")
    rc_ref, ref, _ = _check(capsys, tmp_path)
    rc, rep, err = _check(capsys, tmp_path, "--config", str(good))
    assert (rc, _essence(rep)) == (rc_ref, _essence(ref)), err
    bad = tmp_path / "bad.toml"
    bad.write_text('src-lang = "bahasa"\n', encoding="utf-8")
    rc, _, err = _check(capsys, tmp_path, "--config", str(bad))
    assert rc == 2
    assert err == f"error: {bad}: src-lang 'bahasa': unknown language; {SUPPORTED_LINE}\n"


def test_check_config_normalises_and_rejects() -> None:
    config = CheckConfig(src_lang="ID", tgt_lang="eng")
    assert (config.src_lang, config.tgt_lang) == ("id", "en")
    assert config.to_dict()["src_lang"] == "id"
    with pytest.raises(ConfigError, match=r"^tgt_lang 'english\?': unknown language"):
        CheckConfig(tgt_lang="english?")


def test_documents_made_by_hand_are_checked_with_the_right_word_lists() -> None:
    # "tiga" is only a number to the Indonesian lists: under an unnormalised "ID" it was invisible
    src_text, tgt_text = "Polisi menangkap tiga tersangka di Bekasi.", "Police arrested two suspects in Bekasi."
    beads = [Bead((0,), (0,), 0.9)]
    found = {}
    for code in ("id", "ID", "ind"):
        src = Document(code, (Sentence(0, src_text, 0),))
        tgt = Document("EN", (Sentence(0, tgt_text, 0),))
        found[code] = [(f.kind, f.severity, f.message) for f in detect_drift(src, tgt, beads)]
    assert ("number", "critical", "number tiga (3) in ID sentence 1 became two (2) in EN sentence 1") in found["id"]
    assert found["ID"] == found["ind"] == found["id"]
    assert parse_document(src_text, "Indonesian").lang == "id"
    with pytest.raises(ConfigError, match="^lang 'xx': unknown language"):
        parse_document(src_text, "xx")
