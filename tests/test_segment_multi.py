"""Sentence splitting outside Indonesian and English: the rules for European languages and Vietnamese,
pysbd for Chinese and Japanese, PyThaiNLP for Thai (skipped when the ``thai`` extra is absent)."""

from __future__ import annotations

import logging

import pytest

from wiredrift.align import segment
from wiredrift.align.segment import split_sentences


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Der Minister sprach am 5. Mai in Berlin. Danach reiste er nach Paris weiter.",
         ["Der Minister sprach am 5. Mai in Berlin.", "Danach reiste er nach Paris weiter."]),
        ("fr", "Le maire a parlé mardi. « Nous allons reconstruire le pont », a-t-il dit.",
         ["Le maire a parlé mardi.", "« Nous allons reconstruire le pont », a-t-il dit."]),
        ("es", "El tren llegó tarde. ¿Por qué? Nadie lo explicó a los pasajeros.",
         ["El tren llegó tarde.", "¿Por qué?", "Nadie lo explicó a los pasajeros."]),
        ("ru", "Выборы прошли в воскресенье. Явка составила 2,5 млн человек.",
         ["Выборы прошли в воскресенье.", "Явка составила 2,5 млн человек."]),
        ("vi", "Cơn bão đổ bộ vào sáng thứ Ba. Hàng nghìn người đã phải sơ tán.",
         ["Cơn bão đổ bộ vào sáng thứ Ba.", "Hàng nghìn người đã phải sơ tán."]),
    ],
)
def test_rules_split_european_and_vietnamese(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # French sets the closing guillemet off by a space: it stays with its sentence.
        ("fr", "Le ministre a déclaré : « Nous avons un plan précis. » Les syndicats restent prudents.",
         ["Le ministre a déclaré : « Nous avons un plan précis. »", "Les syndicats restent prudents."]),
        ("fr", "« Nous ne céderons pas ! » Le préfet a fermé la route.",
         ["« Nous ne céderons pas ! »", "Le préfet a fermé la route."]),
        # A German ordinal after an article or a preposition is no sentence end; a year at the end is.
        ("de", "Der Priester wurde im 1. Weltkrieg ausgezeichnet. Er starb 1918. Die Stadt ehrt ihn.",
         ["Der Priester wurde im 1. Weltkrieg ausgezeichnet.", "Er starb 1918.", "Die Stadt ehrt ihn."]),
        ("de", "Die Kirche stammt aus dem 19. Jahrhundert. Sie wird renoviert.",
         ["Die Kirche stammt aus dem 19. Jahrhundert.", "Sie wird renoviert."]),
        ("de", "Das Spiel endete 2:1. Der Trainer war zufrieden.", ["Das Spiel endete 2:1.", "Der Trainer war zufrieden."]),
    ],
)
def test_closing_marks_and_german_ordinals(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


def test_chinese_closing_quote_stays_with_its_sentence() -> None:
    text = "他说：“我们一定会赢。”比赛明天开始。"
    assert split_sentences(text, "zh") == ["他说：“我们一定会赢。”", "比赛明天开始。"]
    assert "".join(split_sentences(text, "zh")) == text


def test_chinese_splits_after_full_width_marks() -> None:
    text = "市政府周二宣布新的交通计划。该计划将耗资三亿元！居民会支持吗？"
    assert split_sentences(text, "zh") == ["市政府周二宣布新的交通计划。", "该计划将耗资三亿元！", "居民会支持吗？"]


def test_chinese_region_code_and_blank_lines() -> None:
    text = "地震发生在凌晨。\n\n救援队已经出发。伤亡人数尚不清楚。"
    assert split_sentences(text, "zh-CN") == ["地震发生在凌晨。", "救援队已经出发。", "伤亡人数尚不清楚。"]


def test_japanese_splits_and_keeps_every_character() -> None:
    text = "首相は火曜日に記者会見を開いた。新しい予算案について説明した。野党は反対している。"
    out = split_sentences(text, "ja")
    assert out == ["首相は火曜日に記者会見を開いた。", "新しい予算案について説明した。", "野党は反対している。"]
    assert "".join(out) == text


def test_japanese_not_split_inside_a_number() -> None:
    out = split_sentences("株価は3.5%上昇した。市場は落ち着いている。", "ja")
    assert out == ["株価は3.5%上昇した。", "市場は落ち着いている。"]


def test_indonesian_and_english_keep_own_rules() -> None:
    text = "Harga cabai di Jawa Barat naik menjadi Rp80.000 per kg, Rabu (13/3). Pedagang mengeluh, ujarnya."
    assert split_sentences(text, "id") == ["Harga cabai di Jawa Barat naik menjadi Rp80.000 per kg, Rabu (13/3).",
                                           "Pedagang mengeluh, ujarnya."]
    assert segment._EXTERNAL.get("id") is None and segment._EXTERNAL.get("en") is None


def test_thai_is_split_by_pythainlp() -> None:
    pytest.importorskip("pythainlp")
    text = ("นายกรัฐมนตรีเดินทางไปเชียงใหม่เมื่อวันจันทร์ เพื่อตรวจเยี่ยมพื้นที่น้ำท่วม "
            "ประชาชนจำนวนมากมารอต้อนรับ ทางการสัญญาว่าจะส่งความช่วยเหลือเพิ่มเติมภายในสัปดาห์นี้")
    out = split_sentences(text, "th")
    assert len(out) >= 2
    assert "".join(out).replace(" ", "") == text.replace(" ", "")


def test_thai_without_pythainlp_stays_whole(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    import builtins

    real_import = builtins.__import__

    def no_thai(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("pythainlp"):
            raise ImportError("no pythainlp here")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_thai)
    segment._warn_once.cache_clear()
    with caplog.at_level(logging.WARNING, logger="wiredrift.align.segment"):
        out = split_sentences("ฝนตกหนักทั้งคืน ถนนหลายสายถูกปิด", "th")
    assert out == ["ฝนตกหนักทั้งคืน ถนนหลายสายถูกปิด"]
    assert "PyThaiNLP" in caplog.text
