"""The Indonesian institutions, regions and titles gazetteer (``eval/data/institutions_id.tsv``) as data."""

from __future__ import annotations

from collections import Counter

import pytest

from wiredrift.eval.drift._lexicon import DATA_DIR, data_lines
from wiredrift.eval.drift.entities import _INSTITUTION_TYPES, known_entities

FILE = "institutions_id.tsv"

#: the 38 provinces by their Indonesian names (Permendagri list, 2022 division of Papua included)
PROVINCES = (
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Sumatera Selatan",
    "Kepulauan Bangka Belitung", "Bengkulu", "Lampung", "DKI Jakarta", "Jawa Barat", "Banten", "Jawa Tengah",
    "Daerah Istimewa Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur",
    "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara",
    "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara",
    "Maluku", "Maluku Utara", "Provinsi Papua", "Papua Barat", "Papua Selatan", "Papua Tengah", "Papua Pegunungan",
    "Papua Barat Daya",
)


@pytest.fixture(scope="module")
def rows() -> list[list[str]]:
    return data_lines(FILE)


def test_at_least_300_rows_every_one_well_formed(rows: list[list[str]]) -> None:
    assert len(rows) >= 300
    for row in rows:
        assert len(row) == 6, row
        key, typ, id_names, acronyms, en_names, related = row
        assert key and key == key.strip() and key.isupper(), row
        assert typ in _INSTITUTION_TYPES, row
        assert id_names or acronyms or typ == "ROLE" and related, row  # an English rendering shared by offices
        assert en_names, row
        for col in (id_names, acronyms, en_names):
            forms = [f for f in col.split("|") if col]
            assert all(f and f == f.strip() and "  " not in f for f in forms), row
            assert len(forms) == len(set(forms)), row


def test_file_names_its_sources_and_readme_lists_it() -> None:
    head = [line for line in (DATA_DIR / FILE).read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("Wikipedia" in line for line in head) and any("go.id" in line for line in head)
    assert FILE in (DATA_DIR / "README.md").read_text(encoding="utf-8")


def test_no_duplicate_keys_and_no_form_for_two_keys(rows: list[list[str]]) -> None:
    keys = Counter(row[0] for row in rows)
    assert [k for k, n in keys.items() if n > 1] == []
    for cols in ((2, 3), (4,)):
        owner: dict[str, str] = {}
        for row in rows:
            for c in cols:
                for f in filter(None, row[c].split("|")):
                    assert owner.setdefault(f, row[0]) == row[0], (f, owner[f], row[0])


def test_related_keys_exist(rows: list[list[str]]) -> None:
    known = {row[0] for row in rows} | {row[0] for row in data_lines("exonyms.tsv")} | {row[0] for row in data_lines("countries.tsv")}
    for row in rows:
        for r in filter(None, row[5].split(",")):
            assert r in known, (row[0], r)


def test_every_province_present_with_an_english_name(rows: list[list[str]]) -> None:
    provinces = [row for row in rows if row[1] == "PROVINCE"]
    assert len(provinces) == 38
    names = {f for row in provinces for f in row[2].split("|")}
    assert [p for p in PROVINCES if p not in names] == []
    # directional names are translated, not copied
    english = {row[0]: row[4].split("|") for row in provinces}
    assert "West Java" in english["JABAR"] and "East Nusa Tenggara" in english["NTT"]
    assert "Southwest Papua" in english["PBD"] and "South Sulawesi" in english["SULSEL"]


@pytest.mark.parametrize("lang,form,key", [
    ("id", "Kemenkeu", "KEMENKEU"), ("en", "Finance Ministry", "KEMENKEU"),
    ("id", "Jakarta Utara", "JAKUT"), ("en", "North Jakarta", "JAKUT"),
    ("id", "Kapolri", "KAPOLRI"), ("en", "national police chief", "KAPOLRI"),
    ("id", "Bupati", "BUPATI"), ("en", "regent", "BUPATI"), ("en", "district head", "DISTRICTHEAD"),
    ("id", "Densus 88", "DENSUS88"), ("en", "PDI-P", "PDIP"),
    ("id", "Mahkamah Agung", "MA"), ("en", "Supreme Court", "MA"),
])
def test_forms_load_into_the_known_entities(lang: str, form: str, key: str) -> None:
    assert known_entities().forms[lang][form] == key


def test_a_displaced_exonym_becomes_related() -> None:
    # "Mahkamah Agung" was the exonyms' Supreme Court (SCOURT); the two keys may not form a swap
    k = known_entities()
    assert "SCOURT" in k.related["MA"] and "PRES" in k.related["PRESIDEN"]
    # an acronym never takes an English meaning away: DPR stays the Donetsk People's Republic in English
    assert k.forms["en"]["DPR"] == "DONETSK" and k.forms["id"]["DPR"] == "DPR"
