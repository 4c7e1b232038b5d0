"""Write the wire-conventions suite (``corpora/wire-suite/``): Indonesian wire sentences, faithful English,
English with exactly one change, and traps.

Every sentence, name, event and figure here is invented for wiredrift, in the way Indonesian wire copy
(Antara, Kompas, Tempo, Detik) writes dates, money, titles, agencies and attributions. The rows are built
from many small hand-written sentence frames filled from hand-written pools, with a fixed seed, so the
output is reproducible::

    python scripts/make_wire_suite.py            # writes tune.tsv and heldout.tsv

The split is by row id (see :func:`split_half`): within each kind the rows are ordered by the SHA-1 of
their id and every other one goes to the tune half. Never move a row between halves once written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
from collections.abc import Callable
from pathlib import Path

HEADER = ("id", "kind", "convention", "id_text", "en_faithful", "en_changed", "change_note")
KINDS = ("number", "money", "date", "time", "quantity", "score", "name", "title", "agency", "region",
         "speaker", "negation", "direction")

Row = tuple[str, str, str, str, str, str]  # convention, id_text, en_faithful, en_changed, change_note

# ----------------------------------------------------------------------------------------------- pools
# (full name, short name used for attribution later in a story) - invented people
PEOPLE = [
    ("Agus Priyanto", "Agus"), ("Dewi Kartikasari", "Dewi"), ("Hendra Wijayakusuma", "Hendra"),
    ("Yohanes Lamaduli", "Yohanes"), ("Made Suarsana", "Suarsana"), ("Nur Aini Lestari", "Nur Aini"),
    ("Taufik Hidayatullah", "Taufik"), ("Rina Oktaviani", "Rina"), ("Bambang Sukmajaya", "Bambang"),
    ("Sri Wahyuningsih", "Sri"), ("Iwan Setiabudi", "Iwan"), ("Ketut Sudarma", "Sudarma"),
    ("Fransiskus Nggadas", "Fransiskus"), ("Dedi Kurniawan Putra", "Dedi"), ("Lukas Tabuni", "Lukas"),
    ("Andi Mappasessu", "Andi"), ("Yuliana Sembiring", "Yuliana"), ("Teguh Santosa Wibowo", "Teguh"),
    ("Ratna Puspitawati", "Ratna"), ("Herman Siregar", "Herman"), ("Wayan Adnyana", "Adnyana"),
    ("Siti Marfuah", "Marfuah"), ("Darmawan Hutapea", "Darmawan"), ("Fitri Handayani Nasution", "Fitri"),
    ("Joko Susilo Hadi", "Joko"), ("Markus Rumbiak", "Markus"), ("Anisa Rahmawati", "Anisa"),
    ("Rizal Fadhilah", "Rizal"), ("Gregorius Tallo", "Gregorius"), ("Suryani Tambunan", "Suryani"),
]

# (city or district, province ID, province EN)
PLACES = [
    ("Sleman", "DI Yogyakarta", "Yogyakarta"), ("Cianjur", "Jawa Barat", "West Java"),
    ("Garut", "Jawa Barat", "West Java"), ("Banyuwangi", "Jawa Timur", "East Java"),
    ("Jember", "Jawa Timur", "East Java"), ("Pati", "Jawa Tengah", "Central Java"),
    ("Cilacap", "Jawa Tengah", "Central Java"), ("Maros", "Sulawesi Selatan", "South Sulawesi"),
    ("Palu", "Sulawesi Tengah", "Central Sulawesi"), ("Kupang", "Nusa Tenggara Timur", "East Nusa Tenggara"),
    ("Ende", "Nusa Tenggara Timur", "East Nusa Tenggara"), ("Mataram", "Nusa Tenggara Barat", "West Nusa Tenggara"),
    ("Ambon", "Maluku", "Maluku"), ("Ternate", "Maluku Utara", "North Maluku"),
    ("Manokwari", "Papua Barat", "West Papua"), ("Medan", "Sumatera Utara", "North Sumatra"),
    ("Padang", "Sumatera Barat", "West Sumatra"), ("Palembang", "Sumatera Selatan", "South Sumatra"),
    ("Pontianak", "Kalimantan Barat", "West Kalimantan"), ("Samarinda", "Kalimantan Timur", "East Kalimantan"),
    ("Banjarmasin", "Kalimantan Selatan", "South Kalimantan"), ("Palangka Raya", "Kalimantan Tengah", "Central Kalimantan"),
    ("Manado", "Sulawesi Utara", "North Sulawesi"), ("Kendari", "Sulawesi Tenggara", "Southeast Sulawesi"),
    ("Denpasar", "Bali", "Bali"), ("Bogor", "Jawa Barat", "West Java"), ("Tangerang", "Banten", "Banten"),
    ("Lumajang", "Jawa Timur", "East Java"), ("Magelang", "Jawa Tengah", "Central Java"),
    ("Tanjung Selor", "Kalimantan Utara", "North Kalimantan"),
]

COASTAL = [p for p in PLACES if p[0] in ("Banyuwangi", "Jember", "Cilacap", "Maros", "Palu", "Kupang", "Ende", "Mataram",
                                         "Ambon", "Ternate", "Manokwari", "Padang", "Manado", "Kendari", "Denpasar")]

# regions whose English name has a compass word, and a confusable neighbour
REGIONS = [
    ("Jawa Barat", "West Java", "Central Java"), ("Jawa Tengah", "Central Java", "East Java"),
    ("Jawa Timur", "East Java", "West Java"), ("Nusa Tenggara Timur", "East Nusa Tenggara", "West Nusa Tenggara"),
    ("Nusa Tenggara Barat", "West Nusa Tenggara", "East Nusa Tenggara"), ("Sumatera Utara", "North Sumatra", "South Sumatra"),
    ("Sumatera Barat", "West Sumatra", "North Sumatra"), ("Sumatera Selatan", "South Sumatra", "West Sumatra"),
    ("Kalimantan Barat", "West Kalimantan", "East Kalimantan"), ("Kalimantan Timur", "East Kalimantan", "South Kalimantan"),
    ("Kalimantan Selatan", "South Kalimantan", "Central Kalimantan"), ("Kalimantan Tengah", "Central Kalimantan", "West Kalimantan"),
    ("Sulawesi Selatan", "South Sulawesi", "Southeast Sulawesi"), ("Sulawesi Utara", "North Sulawesi", "Central Sulawesi"),
    ("Sulawesi Tengah", "Central Sulawesi", "South Sulawesi"), ("Sulawesi Tenggara", "Southeast Sulawesi", "North Sulawesi"),
    ("Papua Barat", "West Papua", "Papua"), ("Maluku Utara", "North Maluku", "Maluku"),
    ("Jakarta Utara", "North Jakarta", "East Jakarta"), ("Jakarta Selatan", "South Jakarta", "South Tangerang"),
    ("Jakarta Timur", "East Jakarta", "West Jakarta"), ("Jakarta Barat", "West Jakarta", "Central Jakarta"),
    ("Jakarta Pusat", "Central Jakarta", "North Jakarta"), ("Kalimantan Utara", "North Kalimantan", "North Sulawesi"),
    ("Kepulauan Riau", "Riau Islands", "Riau"), ("Bangka Belitung", "Bangka Belitung", "Riau Islands"),
]

# (Indonesian title, English title) and a wrong English title for the change
TITLES = [
    ("Menteri Keuangan", "Finance Minister", "Foreign Minister"),
    ("Menteri Luar Negeri", "Foreign Minister", "Finance Minister"),
    ("Menteri Kesehatan", "Health Minister", "Education Minister"),
    ("Menteri Pertahanan", "Defence Minister", "Home Affairs Minister"),
    ("Menteri Dalam Negeri", "Home Affairs Minister", "Defence Minister"),
    ("Menteri Perdagangan", "Trade Minister", "Industry Minister"),
    ("Menteri Pertanian", "Agriculture Minister", "Forestry Minister"),
    ("Menteri Perhubungan", "Transportation Minister", "Tourism Minister"),
    ("Kapolri", "National Police chief", "Jakarta Police chief"),
    ("Panglima TNI", "Indonesian Military (TNI) commander", "Army chief of staff"),
    ("Jaksa Agung", "Attorney General", "Chief Justice"),
    ("Ketua DPR", "Speaker of the House of Representatives (DPR)", "Deputy Speaker of the House of Representatives (DPR)"),
    ("Wakil Presiden", "Vice President", "President"),
    ("Gubernur Bank Indonesia", "Bank Indonesia Governor", "Finance Minister"),
    ("Kepala BNPB", "head of the National Disaster Management Agency (BNPB)", "spokesman of the National Disaster Management Agency (BNPB)"),
    ("Kepala BMKG", "head of the Meteorology, Climatology and Geophysics Agency (BMKG)", "deputy head of the Meteorology, Climatology and Geophysics Agency (BMKG)"),
    ("Ketua KPK", "chairman of the Corruption Eradication Commission (KPK)", "spokesman of the Corruption Eradication Commission (KPK)"),
    ("Kepala Dinas Kesehatan", "head of the health office", "head of the education office"),
    ("Wakil Gubernur", "Deputy Governor", "Governor"),
    ("Sekretaris Daerah", "regional secretary", "regent"),
]

# regional titles: (ID title with {p}, EN with {p}, wrong EN)
LOCAL_TITLES = [
    ("Bupati {p}", "{p} district head", "{p} police chief"),
    ("Wali Kota {p}", "{p} Mayor", "{p} Deputy Mayor"),
    ("Kapolres {p}", "{p} Police chief", "{p} district head"),
    ("Kepala Kejaksaan Negeri {p}", "head of the {p} District Prosecutor's Office", "head of the {p} District Court"),
    ("Komandan Kodim {p}", "{p} military district commander", "{p} Police chief"),
    ("Ketua DPRD {p}", "speaker of the {p} legislative council", "deputy speaker of the {p} legislative council"),
]

# (full ID name, acronym, English name)
AGENCIES = [
    ("Komisi Pemberantasan Korupsi", "KPK", "Corruption Eradication Commission"),
    ("Badan Nasional Penanggulangan Bencana", "BNPB", "National Disaster Management Agency"),
    ("Badan Meteorologi, Klimatologi, dan Geofisika", "BMKG", "Meteorology, Climatology and Geophysics Agency"),
    ("Badan Pusat Statistik", "BPS", "Statistics Indonesia"),
    ("Otoritas Jasa Keuangan", "OJK", "Financial Services Authority"),
    ("Badan Narkotika Nasional", "BNN", "National Narcotics Agency"),
    ("Badan Pengawas Obat dan Makanan", "BPOM", "Food and Drug Monitoring Agency"),
    ("Komisi Pemilihan Umum", "KPU", "General Elections Commission"),
    ("Badan Pengawas Pemilu", "Bawaslu", "Elections Supervisory Agency"),
    ("Badan Pemeriksa Keuangan", "BPK", "Supreme Audit Agency"),
    ("Mahkamah Konstitusi", "MK", "Constitutional Court"),
    ("Badan Nasional Pencarian dan Pertolongan", "Basarnas", "National Search and Rescue Agency"),
    ("Pusat Pelaporan dan Analisis Transaksi Keuangan", "PPATK", "Financial Transaction Reports and Analysis Centre"),
    ("Komisi Nasional Hak Asasi Manusia", "Komnas HAM", "National Commission on Human Rights"),
    ("Badan Siber dan Sandi Negara", "BSSN", "National Cyber and Crypto Agency"),
    ("Lembaga Perlindungan Saksi dan Korban", "LPSK", "Witness and Victim Protection Agency"),
    ("Badan Penanggulangan Bencana Daerah", "BPBD", "Regional Disaster Management Agency"),
    ("Kementerian Kesehatan", "Kemenkes", "Health Ministry"),
    ("Kementerian Keuangan", "Kemenkeu", "Finance Ministry"),
    ("Kementerian Luar Negeri", "Kemlu", "Foreign Ministry"),
]

WEEKDAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

NUMBER_WORDS_ID = {2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh", 8: "delapan", 9: "sembilan"}
NUMBER_WORDS_EN = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


# --------------------------------------------------------------------------------------------- helpers
def id_int(n: int) -> str:
    """``1250`` -> ``1.250`` (Indonesian thousands separator)."""
    return f"{n:,}".replace(",", ".")


def en_int(n: int) -> str:
    """``1250`` -> ``1,250``."""
    return f"{n:,}"


def id_dec(x: str) -> str:
    """``3.5`` -> ``3,5``."""
    return x.replace(".", ",")


def weekday(d: dt.date) -> int:
    return d.weekday()


def rand_date(rng: random.Random, year: int = 2024) -> dt.date:
    return dt.date(year, rng.randint(1, 12), rng.randint(1, 28))


def pick(rng: random.Random, pool: list) -> object:  # type: ignore[type-arg]
    return rng.choice(pool)


def two(rng: random.Random, pool: list) -> tuple:  # type: ignore[type-arg]
    a, b = rng.sample(pool, 2)
    return a, b


def other_number(rng: random.Random, n: int) -> int:
    """A plausible wrong value for ``n``: a digit changed, doubled, shifted."""
    choices = [n + 1, n - 1 if n > 2 else n + 2, n * 10, n + 10, n * 2]
    if n >= 100:
        choices += [n + 100, n - 100, int(str(n)[::-1]) if str(n)[::-1][0] != "0" else n + 7]
    c = rng.choice([c for c in choices if c != n and c > 0])
    return c


# ---------------------------------------------------------------------------------------- kind: number
def number_rows(rng: random.Random) -> list[Row]:
    out: list[Row] = []
    frames: list[Callable[[], Row]] = []

    def f1() -> Row:
        n = rng.randint(120, 4800)
        p = pick(rng, PLACES)
        m = other_number(rng, n)
        return ("thousands separator",
                f"Sebanyak {id_int(n)} warga di {p[0]} mengungsi ke tempat yang lebih tinggi akibat banjir, kata petugas BPBD setempat.",
                f"A total of {en_int(n)} residents in {p[0]} fled to higher ground because of the flooding, a local disaster agency (BPBD) officer said.",
                f"A total of {en_int(m)} residents in {p[0]} fled to higher ground because of the flooding, a local disaster agency (BPBD) officer said.",
                f"{en_int(n)} -> {en_int(m)}")

    def f2() -> Row:
        n = rng.randint(3, 9)
        m = rng.choice([k for k in range(2, 10) if k != n])
        p = pick(rng, PLACES)
        return ("number word",
                f"Longsor di {p[0]} menimbun {NUMBER_WORDS_ID[n]} rumah warga pada Minggu dini hari.",
                f"A landslide in {p[0]} buried {NUMBER_WORDS_EN[n]} houses early on Sunday.",
                f"A landslide in {p[0]} buried {NUMBER_WORDS_EN[m]} houses early on Sunday.",
                f"{NUMBER_WORDS_EN[n]} -> {NUMBER_WORDS_EN[m]}")

    def f3() -> Row:
        a = rng.randint(1, 9)
        b = rng.randint(1, 9)
        x, y = f"{a}.{b}", f"{b}.{a}" if a != b else f"{a}.{b + 1 if b < 9 else b - 1}"
        return ("decimal comma, persen",
                f"BPS mencatat inflasi tahunan pada Oktober mencapai {id_dec(x)} persen, ujar Kepala BPS dalam konferensi pers.",
                f"Statistics Indonesia (BPS) recorded annual inflation of {x} percent in October, the head of BPS told a press conference.",
                f"Statistics Indonesia (BPS) recorded annual inflation of {y} percent in October, the head of BPS told a press conference.",
                f"{x} -> {y}")

    def f4() -> Row:
        mag = f"{rng.randint(4, 7)}.{rng.randint(0, 9)}"
        depth = rng.choice([10, 12, 25, 33, 48, 63, 110])
        p = pick(rng, PLACES)
        if rng.random() < 0.5:
            bad_mag, bad_depth = f"{int(mag[0]) + 1}{mag[1:]}", depth
            note = f"magnitude {mag} -> {bad_mag}"
        else:
            bad_mag, bad_depth = mag, other_number(rng, depth)
            note = f"depth {depth} -> {bad_depth}"
        return ("magnitudo, kilometer",
                f"Gempa bermagnitudo {id_dec(mag)} mengguncang wilayah {p[0]}, {p[1]}, dengan kedalaman {depth} kilometer, menurut BMKG.",
                f"A magnitude {mag} earthquake jolted {p[0]}, {p[2]}, at a depth of {depth} kilometres, according to BMKG.",
                f"A magnitude {bad_mag} earthquake jolted {p[0]}, {p[2]}, at a depth of {bad_depth} kilometres, according to BMKG.",
                note)

    def f5() -> Row:
        age = rng.randint(19, 58)
        bad = age + rng.choice([1, 10, -1])
        ini = rng.choice(["AS", "RW", "MH", "DP", "SN", "YK"])
        return ("age in parentheses",
                f"Polisi menangkap seorang pria berinisial {ini} ({age}) yang diduga mencuri sepeda motor di area parkir pasar.",
                f"Police arrested a man identified by his initials {ini}, {age}, who allegedly stole a motorcycle from a market car park.",
                f"Police arrested a man identified by his initials {ini}, {bad}, who allegedly stole a motorcycle from a market car park.",
                f"age {age} -> {bad}")

    def f6() -> Row:
        a = rng.randint(1, 9)
        b = rng.randint(1, 9)
        bad = f"{a}.{b}" if rng.random() < 0.5 else f"{a + 1}.{b}"
        if bad == f"{a}.{b}":
            bad = f"{a}{b}"
            bad_en = f"{bad} million"
        else:
            bad_en = f"{bad} million"
        return ("juta (millions)",
                f"PT KAI memperkirakan {a},{b} juta penumpang akan menggunakan kereta api selama masa mudik tahun ini.",
                f"State railway operator KAI expects {a}.{b} million passengers to travel by train during this year's homecoming season.",
                f"State railway operator KAI expects {bad_en} passengers to travel by train during this year's homecoming season.",
                f"{a}.{b} million -> {bad_en}")

    def f7() -> Row:
        n = rng.randint(11, 95)
        m = other_number(rng, n)
        who = pick(rng, PEOPLE)
        return ("count with attribution",
                f"\"Hingga hari ini sudah {n} pasien yang kami rawat,\" kata Direktur RSUD {who[0]}.",
                f"\"As of today we have treated {n} patients,\" said {who[0]}, director of the regional hospital.",
                f"\"As of today we have treated {m} patients,\" said {who[0]}, director of the regional hospital.",
                f"{n} -> {m}")

    def f8() -> Row:
        n = rng.choice([150, 200, 250, 300, 350, 400, 500, 750])
        m = other_number(rng, n)
        p = pick(rng, PLACES)
        return ("hectares",
                f"Kebakaran hutan dan lahan di {p[0]} telah menghanguskan sekitar {n} hektare, ujar Kepala BPBD {p[0]}.",
                f"Forest and land fires in {p[0]} have burned about {n} hectares, the head of the {p[0]} disaster agency said.",
                f"Forest and land fires in {p[0]} have burned about {m} hectares, the head of the {p[0]} disaster agency said.",
                f"{n} -> {m}")

    def f9() -> Row:
        n = rng.randint(2, 9)
        m = n + 1
        return ("number word, tewas",
                f"JAKARTA (ANTARA) - Sebanyak {NUMBER_WORDS_ID[n]} orang tewas dalam kecelakaan bus di jalan tol, kata polisi, Senin.",
                f"JAKARTA (ANTARA) - {NUMBER_WORDS_EN[n].capitalize()} people were killed in a bus crash on a toll road, police said on Monday.",
                f"JAKARTA (ANTARA) - {NUMBER_WORDS_EN[m].capitalize() if m < 10 else 'Ten'} people were killed in a bus crash on a toll road, police said on Monday.",
                f"{NUMBER_WORDS_EN[n]} -> {NUMBER_WORDS_EN.get(m, 'ten')}")

    def f10() -> Row:
        n = rng.randint(12, 48)
        m = other_number(rng, n)
        return ("ton, kilogram",
                f"Petugas Bea Cukai menyita {n} ton beras impor ilegal di Pelabuhan Tanjung Priok.",
                f"Customs officers seized {n} tonnes of illegally imported rice at Tanjung Priok Port.",
                f"Customs officers seized {m} tonnes of illegally imported rice at Tanjung Priok Port.",
                f"{n} -> {m}")

    def f11() -> Row:
        n = rng.randint(2, 9) * 1000 + rng.choice([0, 250, 500])
        m = other_number(rng, n)
        return ("seat count, stadium",
                f"Stadion itu hanya mampu menampung {id_int(n)} penonton, sehingga panitia membatasi penjualan tiket.",
                f"The stadium can hold only {en_int(n)} spectators, so the organisers limited ticket sales.",
                f"The stadium can hold only {en_int(m)} spectators, so the organisers limited ticket sales.",
                f"{en_int(n)} -> {en_int(m)}")

    def f12() -> Row:
        a = rng.randint(4, 6)
        b = rng.randint(0, 9)
        c = rng.randint(0, 9)
        x = f"{a}.{b}{c}"
        y = f"{a}.{c}{b}" if b != c else f"{a}.{b}{(c + 1) % 10}"
        return ("growth percent",
                f"Menurut dia, ekonomi Indonesia tumbuh {id_dec(x)} persen secara tahunan pada triwulan ketiga.",
                f"According to him, Indonesia's economy grew {x} percent year on year in the third quarter.",
                f"According to him, Indonesia's economy grew {y} percent year on year in the third quarter.",
                f"{x} -> {y}")

    frames = [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12]
    for k in range(60):
        out.append(frames[k % len(frames)]())
    return out


# ----------------------------------------------------------------------------------------- kind: money
def money_rows(rng: random.Random) -> list[Row]:
    out: list[Row] = []

    def m1() -> Row:
        n = rng.choice([15, 25, 35, 50, 80, 120, 150, 250])
        m = other_number(rng, n)
        en_form = rng.choice(["IDR {v},000", "{v},000 rupiah", "Rp{v},000"])
        return ("Rp80.000",
                f"Harga cabai rawit di Pasar Induk naik menjadi Rp{n}.000 per kilogram, kata seorang pedagang.",
                f"The price of bird's eye chilli at the main wholesale market rose to {en_form.format(v=n)} per kilogram, a trader said.",
                f"The price of bird's eye chilli at the main wholesale market rose to {en_form.format(v=m)} per kilogram, a trader said.",
                f"{n},000 -> {m},000")

    def m2() -> Row:
        a, b = rng.randint(1, 9), rng.randint(1, 9)
        unit_id, unit_en, bad_unit = rng.choice([("triliun", "trillion", "billion"), ("miliar", "billion", "million"),
                                                 ("miliar", "billion", "trillion")])
        en_form = rng.choice(["IDR {v} {u}", "Rp{v} {u}", "{v} {u} rupiah"])
        if rng.random() < 0.5:
            bad, note = en_form.format(v=f"{a}.{b}", u=bad_unit), f"{unit_en} -> {bad_unit}"
        else:
            bad, note = en_form.format(v=f"{b}.{a}" if a != b else f"{a + 1 if a < 9 else a - 1}.{b}", u=unit_en), "digits"
        return ("Rp1,5 triliun",
                f"Pemerintah menyiapkan anggaran Rp{a},{b} {unit_id} untuk memperbaiki jalan dan jembatan yang rusak akibat bencana.",
                f"The government has set aside {en_form.format(v=f'{a}.{b}', u=unit_en)} to repair roads and bridges damaged by the disaster.",
                f"The government has set aside {bad} to repair roads and bridges damaged by the disaster.",
                note)

    def m3() -> Row:
        a, b = rng.randint(1, 9), rng.randint(1, 9)
        en_form = rng.choice(["US${v} billion", "${v} billion", "${v}bn"])
        bad_v = f"{a + 1}.{b}" if a < 9 else f"{a - 1}.{b}"
        return ("US$1,2 miliar",
                f"Investor asal Korea Selatan itu berkomitmen menanamkan modal senilai US${a},{b} miliar di kawasan industri Batang.",
                f"The South Korean investor has committed to invest {en_form.format(v=f'{a}.{b}')} in the Batang industrial estate.",
                f"The South Korean investor has committed to invest {en_form.format(v=bad_v)} in the Batang industrial estate.",
                f"{a}.{b} -> {bad_v} billion")

    def m4() -> Row:
        n = rng.choice([5, 10, 20, 50, 75, 100])
        m = other_number(rng, n)
        who = pick(rng, PEOPLE)
        return ("Rp 80 ribu",
                f"{who[0]} mengaku membayar Rp{n} ribu kepada juru parkir liar di kawasan itu.",
                f"{who[0]} admitted paying {n},000 rupiah to an unlicensed parking attendant in the area.",
                f"{who[0]} admitted paying {m},000 rupiah to an unlicensed parking attendant in the area.",
                f"{n},000 -> {m},000")

    def m5() -> Row:
        a, b = rng.randint(1, 9), rng.randint(1, 9)
        en_form = rng.choice(["IDR {v} million", "{v} million rupiah", "Rp{v} million"])
        bad_v = f"{a}.{b}0" if False else f"{b}.{a}" if a != b else f"{a}.{(b + 2) % 10}"
        return ("Rp3,2 juta",
                f"Upah minimum provinsi tahun depan ditetapkan sebesar Rp{a},{b} juta per bulan, ujar Kepala Dinas Tenaga Kerja.",
                f"Next year's provincial minimum wage has been set at {en_form.format(v=f'{a}.{b}')} a month, the head of the manpower office said.",
                f"Next year's provincial minimum wage has been set at {en_form.format(v=bad_v)} a month, the head of the manpower office said.",
                f"{a}.{b} -> {bad_v} million")

    def m6() -> Row:
        n = rng.choice([120, 250, 340, 480, 615, 890])
        m = other_number(rng, n)
        return ("Rp 450 miliar, space after Rp",
                f"KPK menduga kerugian negara dalam proyek itu mencapai Rp {n} miliar.",
                f"The KPK suspects the state lost {n} billion rupiah in the project.",
                f"The KPK suspects the state lost {m} billion rupiah in the project.",
                f"{n} -> {m} billion")

    def m7() -> Row:
        a = rng.randint(1, 9)
        b = rng.randint(1, 9)
        sym_id, sym_en, bad_sym = rng.choice([("£", "£", "€"), ("€", "€", "£"), ("US$", "$", "£")])
        if rng.random() < 0.5:
            bad, note = f"{bad_sym}{a}.{b}m", f"currency {sym_en} -> {bad_sym}"
        else:
            bad, note = f"{sym_en}{a}.{b + 1 if b < 9 else b - 1}m", "value"
        return ("£2.4m both sides",
                f"Klub Inggris itu merekrut gelandang asal Indonesia tersebut dengan nilai transfer {sym_id}{a},{b} juta.",
                f"The English club signed the Indonesian midfielder for a transfer fee of {sym_en}{a}.{b}m.",
                f"The English club signed the Indonesian midfielder for a transfer fee of {bad}.",
                note)

    def m8() -> Row:
        n = rng.choice([3, 5, 7, 12, 20])
        m = other_number(rng, n)
        return ("€3 juta / €3 million",
                f"Uni Eropa memberikan hibah sebesar €{n} juta untuk program pengelolaan sampah plastik di Bali.",
                f"The European Union has given a €{n} million grant for a plastic waste management programme in Bali.",
                f"The European Union has given a €{m} million grant for a plastic waste management programme in Bali.",
                f"€{n} -> €{m} million")

    def m9() -> Row:
        n = rng.choice([1500, 2500, 3000, 4500, 7500])
        m = other_number(rng, n)
        return ("Rp1.500 per liter",
                f"Harga Pertalite turun Rp{id_int(n)} per liter mulai Sabtu, kata juru bicara Pertamina.",
                f"The price of Pertalite fuel will fall by {en_int(n)} rupiah a litre from Saturday, a Pertamina spokesperson said.",
                f"The price of Pertalite fuel will fall by {en_int(m)} rupiah a litre from Saturday, a Pertamina spokesperson said.",
                f"{en_int(n)} -> {en_int(m)}")

    def m10() -> Row:
        a, b = rng.randint(2, 9), rng.randint(1, 9)
        usd = rng.choice([64, 96, 128, 160, 190])
        bad_usd = other_number(rng, usd)
        if rng.random() < 0.5:
            bad = f"{a}.{b} trillion rupiah (about ${bad_usd} million)"
            note = f"${usd} -> ${bad_usd} million"
        else:
            bad = f"{a}.{b} billion rupiah (about ${usd} million)"
            note = "trillion -> billion"
        return ("rupiah with dollar gloss",
                f"Nilai ekspor kopi daerah itu mencapai Rp{a},{b} triliun (sekitar US${usd} juta) sepanjang tahun lalu.",
                f"The region's coffee exports were worth {a}.{b} trillion rupiah (about ${usd} million) last year.",
                f"The region's coffee exports were worth {bad} last year.",
                note)

    def m11() -> Row:
        n = rng.choice([200, 500, 750, 900])
        m = other_number(rng, n)
        return ("Rp500 juta bail",
                f"Majelis hakim menjatuhkan denda Rp{n} juta kepada terdakwa.",
                f"The panel of judges fined the defendant {n} million rupiah.",
                f"The panel of judges fined the defendant {m} million rupiah.",
                f"{n} -> {m} million")

    def m12() -> Row:
        n = rng.choice([14, 15, 16])
        d = rng.randint(100, 950)
        bad = other_number(rng, d)
        return ("exchange rate Rp15.750 per dolar AS",
                f"Rupiah ditutup pada level Rp{n}.{d} per dolar AS pada perdagangan Jumat sore.",
                f"The rupiah closed at {n},{d} per U.S. dollar in Friday afternoon trading.",
                f"The rupiah closed at {n},{bad:03d} per U.S. dollar in Friday afternoon trading." if bad < 1000 else
                f"The rupiah closed at {n + 1},{d} per U.S. dollar in Friday afternoon trading.",
                "rate changed")

    frames = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12]
    for k in range(60):
        out.append(frames[k % len(frames)]())
    return out


# ------------------------------------------------------------------------------------------ kind: date
def _ap(d: dt.date) -> str:
    return f"{MONTHS_AP[d.month - 1]} {d.day}"


def _full(d: dt.date) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}"


def _date_change(rng: random.Random, d: dt.date) -> tuple[dt.date, str]:
    """The same date with the day or the month moved (weekday recomputed by the caller if needed)."""
    if rng.random() < 0.6:
        nd = d + dt.timedelta(days=rng.choice([1, -1, 2, 7]))
        return nd, "day"
    month = d.month % 12 + 1
    return d.replace(month=month), "month"


def date_rows(rng: random.Random) -> list[Row]:
    out: list[Row] = []

    def d1() -> Row:  # Rabu (13/3) -> Wednesday (March 13); change the day in the parenthesis
        d = rand_date(rng)
        nd, what = _date_change(rng, d)
        w = d.weekday()
        p = pick(rng, PLACES)
        return ("Weekday (d/m)",
                f"Banjir merendam ratusan rumah di {p[0]}, {WEEKDAYS_ID[w]} ({d.day}/{d.month}).",
                f"Floods inundated hundreds of houses in {p[0]} on {WEEKDAYS_EN[w]} ({_ap(d)}).",
                f"Floods inundated hundreds of houses in {p[0]} on {WEEKDAYS_EN[w]} ({_ap(nd)}).",
                f"{_ap(d)} -> {_ap(nd)} ({what})")

    def d2() -> Row:  # Selasa (8/11/2022) -> Tuesday (Nov. 8, 2022); change the year
        d = rand_date(rng, rng.choice([2021, 2022, 2023]))
        w = d.weekday()
        who = pick(rng, PEOPLE)
        bad_year = d.year + rng.choice([1, -1])
        return ("Weekday (d/m/yyyy)",
                f"\"Kami sudah menerima laporan itu,\" kata {who[0]} di Jakarta, {WEEKDAYS_ID[w]} ({d.day}/{d.month}/{d.year}).",
                f"\"We have received the report,\" {who[0]} said in Jakarta on {WEEKDAYS_EN[w]} ({_ap(d)}, {d.year}).",
                f"\"We have received the report,\" {who[0]} said in Jakarta on {WEEKDAYS_EN[w]} ({_ap(d)}, {bad_year}).",
                f"year {d.year} -> {bad_year}")

    def d3() -> Row:  # Kamis, 5 Januari 2023 -> Thursday, January 5, 2023; weekday changed
        d = rand_date(rng, 2023)
        w = d.weekday()
        bw = (w + rng.choice([1, 2, -1])) % 7
        return ("Weekday, d Month yyyy",
                f"Sidang putusan perkara itu digelar pada {WEEKDAYS_ID[w]}, {d.day} {MONTHS_ID[d.month - 1]} {d.year}.",
                f"The verdict hearing in the case was held on {WEEKDAYS_EN[w]}, {_full(d)}, {d.year}.",
                f"The verdict hearing in the case was held on {WEEKDAYS_EN[bw]}, {_full(d)}, {d.year}.",
                f"weekday {WEEKDAYS_EN[w]} -> {WEEKDAYS_EN[bw]}")

    def d4() -> Row:  # d Month -> Month d; month changed
        d = rand_date(rng)
        nd = d.replace(month=(d.month + rng.choice([0, 1, 10])) % 12 + 1)
        return ("d Month, no weekday",
                f"Pendaftaran calon peserta seleksi dibuka hingga {d.day} {MONTHS_ID[d.month - 1]} mendatang.",
                f"Registration for the selection will remain open until {_full(d)}.",
                f"Registration for the selection will remain open until {_full(nd)}.",
                f"{_full(d)} -> {_full(nd)}")

    def d5() -> Row:  # weekday only -> weekday changed
        w = rng.randrange(7)
        bw = (w + rng.choice([1, 3, 6])) % 7
        p = pick(rng, COASTAL)
        return ("weekday only, Antara closing",
                f"Tim SAR gabungan masih mencari dua nelayan yang hilang di perairan {p[0]}, kata Kepala Basarnas setempat di {p[0]}, {WEEKDAYS_ID[w]}.",
                f"A joint search and rescue team is still looking for two fishermen missing in the waters off {p[0]}, the head of the local search and rescue office said in {p[0]} on {WEEKDAYS_EN[w]}.",
                f"A joint search and rescue team is still looking for two fishermen missing in the waters off {p[0]}, the head of the local search and rescue office said in {p[0]} on {WEEKDAYS_EN[bw]}.",
                f"{WEEKDAYS_EN[w]} -> {WEEKDAYS_EN[bw]}")

    def d6() -> Row:  # Jumat (25/2) malam -> Friday night (Feb. 25); day changed
        d = rand_date(rng, 2022)
        w = d.weekday()
        part_id, part_en = rng.choice([("malam", "night"), ("pagi", "morning"), ("sore", "afternoon")])
        nd = d + dt.timedelta(days=rng.choice([1, -1, 10]))
        return ("Weekday (d/m) + time of day",
                f"Kebakaran melanda sebuah pabrik tekstil di Bandung, {WEEKDAYS_ID[w]} ({d.day}/{d.month}) {part_id}.",
                f"A fire broke out at a textile factory in Bandung on {WEEKDAYS_EN[w]} {part_en} ({_ap(d)}).",
                f"A fire broke out at a textile factory in Bandung on {WEEKDAYS_EN[w]} {part_en} ({_ap(nd)}).",
                f"{_ap(d)} -> {_ap(nd)}")

    def d7() -> Row:  # year only
        y = rng.choice([2019, 2020, 2021, 2022, 2023])
        by = y + rng.choice([1, -1, 2])
        return ("year, sejak",
                f"Jembatan gantung itu rusak sejak {y} dan belum pernah diperbaiki.",
                f"The suspension bridge has been damaged since {y} and has never been repaired.",
                f"The suspension bridge has been damaged since {by} and has never been repaired.",
                f"{y} -> {by}")

    def d8() -> Row:  # tanggal range
        d = rand_date(rng)
        e = d + dt.timedelta(days=rng.choice([2, 3, 4]))
        if e.month != d.month:
            d, e = d.replace(day=10), d.replace(day=13)
        be = e + dt.timedelta(days=1)
        return ("date range d-d Month",
                f"Festival budaya itu akan berlangsung pada {d.day}-{e.day} {MONTHS_ID[d.month - 1]} di Lapangan Merdeka.",
                f"The cultural festival will take place on {MONTHS_EN[d.month - 1]} {d.day}-{e.day} at Merdeka Square.",
                f"The cultural festival will take place on {MONTHS_EN[d.month - 1]} {d.day}-{be.day} at Merdeka Square.",
                f"end day {e.day} -> {be.day}")

    def d9() -> Row:  # Senin (15/9/2025) Detik style with dd/mm
        d = rand_date(rng, 2025)
        w = d.weekday()
        who = pick(rng, PEOPLE)
        nd, what = _date_change(rng, d)
        return ("Weekday (dd/mm/yyyy) Detik style",
                f"{who[0]} diperiksa penyidik selama delapan jam pada {WEEKDAYS_ID[w]} ({d.day:02d}/{d.month:02d}/{d.year}).",
                f"{who[0]} was questioned by investigators for eight hours on {WEEKDAYS_EN[w]} ({_full(d)}, {d.year}).",
                f"{who[0]} was questioned by investigators for eight hours on {WEEKDAYS_EN[w]} ({_full(nd)}, {nd.year}).",
                f"{_full(d)} -> {_full(nd)} ({what})")

    def d10() -> Row:  # tanggal merah: 17 Agustus
        d = rand_date(rng, 2024)
        nd = d + dt.timedelta(days=rng.choice([1, -2, 3]))
        return ("pada tanggal d Month",
                f"Menurut jadwal, kapal itu tiba di Pelabuhan Tenau pada tanggal {d.day} {MONTHS_ID[d.month - 1]}.",
                f"According to the schedule, the ship arrives at Tenau Port on {_full(d)}.",
                f"According to the schedule, the ship arrives at Tenau Port on {_full(nd)}.",
                f"{_full(d)} -> {_full(nd)}")

    def d11() -> Row:  # Month yyyy
        m = rng.randrange(12)
        y = rng.choice([2024, 2025, 2026])
        bm = (m + rng.choice([1, 2, 6])) % 12
        return ("Month yyyy",
                f"Bandara baru itu ditargetkan mulai beroperasi pada {MONTHS_ID[m]} {y}.",
                f"The new airport is expected to start operating in {MONTHS_EN[m]} {y}.",
                f"The new airport is expected to start operating in {MONTHS_EN[bm]} {y}.",
                f"{MONTHS_EN[m]} -> {MONTHS_EN[bm]}")

    def d12() -> Row:  # weekday (d/m) with weekday changed
        d = rand_date(rng)
        w = d.weekday()
        bw = (w + 1) % 7
        return ("Weekday (d/m), weekday changed",
                f"Presiden dijadwalkan meresmikan bendungan tersebut pada {WEEKDAYS_ID[w]} ({d.day}/{d.month}) pekan depan.",
                f"The President is scheduled to inaugurate the dam next {WEEKDAYS_EN[w]} ({_ap(d)}).",
                f"The President is scheduled to inaugurate the dam next {WEEKDAYS_EN[bw]} ({_ap(d)}).",
                f"{WEEKDAYS_EN[w]} -> {WEEKDAYS_EN[bw]}")

    frames = [d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12]
    for k in range(60):
        out.append(frames[k % len(frames)]())
    return out


# ------------------------------------------------------------------------------------------ kind: time
def _ampm(h: int, mi: int) -> str:
    suffix = "a.m." if h < 12 else "p.m."
    h12 = h % 12 or 12
    return f"{h12}:{mi:02d} {suffix}" if mi else f"{h12} {suffix}"


def time_rows(rng: random.Random) -> list[Row]:
    out: list[Row] = []
    zones = [("WIB", "Western Indonesia Time", 7), ("WITA", "Central Indonesia Time", 8), ("WIT", "Eastern Indonesia Time", 9)]

    def bad_time(h: int, mi: int) -> tuple[int, int, str]:
        r = rng.random()
        if r < 0.4:
            return (h + 1) % 24, mi, "hour +1"
        if r < 0.7 and mi:
            return h, (mi + 15) % 60, "minutes"
        return (h + 12) % 24, mi, "a.m./p.m. flipped"

    def t1() -> Row:
        h, mi = rng.randint(6, 22), rng.choice([0, 0, 15, 30, 45, 5, 40])
        bh, bm, note = bad_time(h, mi)
        p = pick(rng, PLACES)
        return ("pukul HH.MM WIB -> local time",
                f"Gempa susulan kembali dirasakan warga {p[0]} sekitar pukul {h:02d}.{mi:02d} WIB.",
                f"Residents of {p[0]} felt another aftershock at around {_ampm(h, mi)} local time.",
                f"Residents of {p[0]} felt another aftershock at around {_ampm(bh, bm)} local time.",
                note)

    def t2() -> Row:
        z = rng.choice(zones)
        h, mi = rng.randint(7, 21), rng.choice([0, 10, 30, 45])
        bh, bm, note = bad_time(h, mi)
        return ("pukul HH.MM WITA/WIT -> zone name",
                f"Pesawat itu mendarat di bandara pukul {h:02d}.{mi:02d} {z[0]}, terlambat hampir dua jam.",
                f"The plane landed at the airport at {_ampm(h, mi)} {z[1]}, almost two hours late.",
                f"The plane landed at the airport at {_ampm(bh, bm)} {z[1]}, almost two hours late.",
                note)

    def t3() -> Row:
        h = rng.randint(8, 22)
        gmt = (h - 7) % 24
        bad_gmt = (gmt + 1) % 24
        return ("WIB with GMT gloss",
                f"Pemungutan suara ditutup pukul {h:02d}.00 WIB.",
                f"Voting closed at {_ampm(h, 0)} ({gmt:02d}00 GMT).",
                f"Voting closed at {_ampm(h, 0)} ({bad_gmt:02d}00 GMT).",
                f"GMT {gmt:02d}00 -> {bad_gmt:02d}00")

    def t4() -> Row:
        h, mi = rng.randint(0, 4), rng.choice([5, 15, 20, 35, 50])
        bh, bm = h + 1, mi
        return ("dini hari, 24h",
                f"Kebakaran itu terjadi pada dini hari sekitar pukul {h:02d}.{mi:02d} WIB ketika sebagian besar warga tertidur.",
                f"The fire broke out at around {_ampm(h, mi)} local time, when most residents were asleep.",
                f"The fire broke out at around {_ampm(bh, bm)} local time, when most residents were asleep.",
                f"{h}:{mi:02d} -> {bh}:{bm:02d}")

    def t5() -> Row:
        h = rng.randint(8, 13)
        e = h + rng.choice([2, 3, 4])
        be = e + 1
        return ("time range pukul HH.MM-HH.MM WIB",
                f"Layanan itu dibuka setiap hari mulai pukul {h:02d}.00 hingga {e:02d}.00 WIB.",
                f"The service is open every day from {_ampm(h, 0)} to {_ampm(e, 0)} local time.",
                f"The service is open every day from {_ampm(h, 0)} to {_ampm(be, 0)} local time.",
                f"end {_ampm(e, 0)} -> {_ampm(be, 0)}")

    def t6() -> Row:
        h, mi = rng.randint(13, 20), rng.choice([0, 30])
        bh, bm, note = bad_time(h, mi)
        who = pick(rng, PEOPLE)
        return ("pukul HH.MM WIB kept as 24h + WIB",
                f"Menurut {who[0]}, rapat dengar pendapat itu baru dimulai pukul {h:02d}.{mi:02d} WIB.",
                f"According to {who[0]}, the hearing did not start until {h:02d}:{mi:02d} WIB.",
                f"According to {who[0]}, the hearing did not start until {bh:02d}:{bm:02d} WIB.",
                note)

    def t7() -> Row:
        n = rng.choice([2, 3, 4, 5, 6])
        bn = n + rng.choice([1, 2])
        return ("duration in hours",
                f"Pemadaman listrik bergilir berlangsung selama {NUMBER_WORDS_ID[n]} jam di sejumlah kecamatan.",
                f"Rolling blackouts lasted {NUMBER_WORDS_EN[n]} hours in several subdistricts.",
                f"Rolling blackouts lasted {NUMBER_WORDS_EN.get(bn, 'ten')} hours in several subdistricts.",
                f"{n} -> {bn} hours")

    def t8() -> Row:
        h = rng.randint(14, 18)
        bh = (h + 12) % 24
        return ("sore, afternoon, am/pm",
                f"Tim penyelamat menemukan korban terakhir pada Rabu sore pukul {h:02d}.30 WITA.",
                f"Rescuers found the last victim at {_ampm(h, 30)} local time on Wednesday afternoon.",
                f"Rescuers found the last victim at {_ampm(bh, 30)} local time on Wednesday afternoon.",
                "p.m. -> a.m.")

    frames = [t1, t2, t3, t4, t5, t6, t7, t8]
    for k in range(60):
        out.append(frames[k % len(frames)]())
    return out


# -------------------------------------------------------------------------------------- kind: quantity
VAGUE = [("puluhan", "dozens of"), ("ratusan", "hundreds of"), ("ribuan", "thousands of"),
         ("belasan", "more than a dozen"), ("puluhan ribu", "tens of thousands of"), ("jutaan", "millions of")]


def quantity_rows(rng: random.Random) -> list[Row]:
    out: list[Row] = []
    nouns = [("warga", "residents"), ("rumah", "houses"), ("siswa", "students"), ("kendaraan", "vehicles"),
             ("pengunjuk rasa", "protesters"), ("pedagang", "traders"), ("penumpang", "passengers"),
             ("ekor ternak", "head of livestock"), ("hektare sawah", "hectares of rice fields"), ("pohon", "trees")]
    frames = [
        ("{q} {n} terdampak banjir bandang yang melanda {p} sejak Kamis malam.",
         "{Q} {N} were affected by the flash flood that has hit {p} since Thursday night."),
        ("Polisi membubarkan {q} {n} yang berkumpul di depan kantor bupati, kata saksi mata.",
         "Police dispersed {q} {N} who had gathered outside the district head's office, witnesses said."),
        ("Menurut data sementara, {q} {n} rusak akibat angin puting beliung di {p}.",
         "According to preliminary data, {q} {N} were damaged by a whirlwind in {p}."),
        ("\"Ada {q} {n} yang masih tertahan di pelabuhan,\" ujarnya.",
         "\"There are {q} {N} still stranded at the port,\" he said."),
        ("Sejak pagi, {q} {n} memadati kawasan wisata itu untuk merayakan libur panjang.",
         "Since the morning, {q} {N} have crowded the tourist area to celebrate the long weekend."),
        ("Erupsi gunung itu memaksa {q} {n} di lereng selatan meninggalkan kampung mereka.",
         "The eruption forced {q} {N} on the southern slopes to leave their villages."),
    ]
    for k in range(60):
        idt, ent = frames[k % len(frames)]
        fk = k % len(frames)
        allowed = {0: ("warga", "rumah", "hektare sawah", "ekor ternak", "pedagang"),
                   1: ("warga", "pengunjuk rasa", "pedagang", "siswa"),
                   2: ("rumah", "kendaraan", "pohon", "hektare sawah"),
                   3: ("kendaraan", "penumpang", "ekor ternak"),
                   4: ("warga", "siswa", "penumpang"),
                   5: ("warga", "ekor ternak")}[fk]
        noun = rng.choice([n for n in nouns if n[0] in allowed])
        q, b = two(rng, VAGUE)
        p = pick(rng, PLACES)[0]

        def cap(s: str) -> str:
            return s[0].upper() + s[1:]

        id_text = idt.format(q=q[0], n=noun[0], p=p)
        if id_text.startswith(q[0]):
            id_text = cap(id_text)
        def en(v: str) -> str:
            return ent.format(q=v, Q=cap(v), N=noun[1], p=p)
        out.append((f"{q[0]} / {q[1]}", id_text, en(q[1]), en(b[1]), f"{q[1]} -> {b[1]}"))
    return out


# ----------------------------------------------------------------------------------------- kind: score
TEAMS = [("Persib Bandung", "Persib Bandung", None),
         ("Persija Jakarta", "Persija Jakarta", None), ("Arema FC", "Arema FC", None), ("PSM Makassar", "PSM Makassar", None),
         ("Bali United", "Bali United", None), ("Persebaya Surabaya", "Persebaya Surabaya", None),
         ("PSS Sleman", "PSS Sleman", None), ("Borneo FC", "Borneo FC", None), ("Madura United", "Madura United", None)]
ABROAD = [("Vietnam", "Vietnam"), ("Thailand", "Thailand"), ("Malaysia", "Malaysia"), ("Filipina", "the Philippines"),
          ("Jepang", "Japan"), ("Arab Saudi", "Saudi Arabia"), ("Korea Selatan", "South Korea"), ("Irak", "Iraq")]


def score_rows(rng: random.Random) -> list[Row]:
    out: list[Row] = []

    def win() -> tuple[int, int]:
        a = rng.randint(1, 4)
        return a, rng.randint(0, a - 1)

    def bad_score(a: int, b: int) -> tuple[int, int]:
        r = rng.random()
        if r < 0.5:
            return a + 1, b
        if b > 0 and r < 0.8:
            return a, b - 1
        return a, b + 1 if b + 1 < a else b

    for k in range(60):
        form = k % 6
        t1, t2 = two(rng, TEAMS)
        a, b = win()
        ba, bb = bad_score(a, b)
        if (ba, bb) == (a, b):
            ba = a + 1
        venue = pick(rng, PLACES)[0]
        if form == 0:
            row = ("menang a-b atas",
                   f"{t1[0]} menang {a}-{b} atas {t2[0]} dalam laga lanjutan Liga 1 di {venue}, Sabtu malam.",
                   f"{t1[1]} beat {t2[1]} {a}-{b} in a Liga 1 match in {venue} on Saturday night.",
                   f"{t1[1]} beat {t2[1]} {ba}-{bb} in a Liga 1 match in {venue} on Saturday night.")
        elif form == 1:
            opp = pick(rng, ABROAD)
            row = ("kalah b-a dari -> lost a-b to",
                   f"Timnas Indonesia U-23 kalah {b}-{a} dari {opp[0]} pada laga uji coba di Stadion Pakansari.",
                   f"Indonesia's under-23 team lost {a}-{b} to {opp[1]} in a friendly at Pakansari Stadium.",
                   f"Indonesia's under-23 team lost {ba}-{bb} to {opp[1]} in a friendly at Pakansari Stadium.")
        elif form == 2:
            c = rng.randint(0, 3)
            bc = c + 1
            row = ("imbang c-c",
                   f"Pertandingan antara {t1[0]} dan {t2[0]} berakhir imbang {c}-{c}.",
                   f"The match between {t1[1]} and {t2[1]} ended in a {c}-{c} draw.",
                   f"The match between {t1[1]} and {t2[1]} ended in a {bc}-{bc} draw.")
        elif form == 3:
            pa, pb = rng.choice([(4, 3), (5, 4), (4, 2), (3, 1)])
            bpa, bpb = pa + 1, pb
            opp = pick(rng, ABROAD)
            row = ("adu penalti",
                   f"Indonesia melaju ke final setelah menang adu penalti {pa}-{pb} atas {opp[0]}.",
                   f"Indonesia advanced to the final after winning a penalty shootout {pa}-{pb} against {opp[1]}.",
                   f"Indonesia advanced to the final after winning a penalty shootout {bpa}-{bpb} against {opp[1]}.")
            ba, bb = bpa, bpb
        elif form == 4:
            sets = rng.choice([("21-17, 21-19", "21-17, 21-19", "21-17, 21-15"), ("21-15, 18-21, 21-12", "21-15, 18-21, 21-12", "21-15, 18-21, 21-16"),
                               ("21-9, 21-14", "21-9, 21-14", "21-9, 21-11")])
            who = pick(rng, PEOPLE)
            row = ("badminton games with skor",
                   f"Pebulu tangkis tunggal putra {who[0]} menang dengan skor {sets[0]} di babak kedua.",
                   f"Men's singles shuttler {who[0]} won {sets[1]} in the second round.",
                   f"Men's singles shuttler {who[0]} won {sets[2]} in the second round.")
            out.append((*row, f"{sets[1]} -> {sets[2]}"))
            continue
        else:
            row = ("skor akhir, dengan skor a-b",
                   f"{t1[0]} menaklukkan {t2[0]} dengan skor {a}-{b} di kandang sendiri.",
                   f"{t1[1]} defeated {t2[1]} {a}-{b} at home.",
                   f"{t1[1]} defeated {t2[1]} {ba}-{bb} at home.")
        out.append((*row, f"score changed -> {ba}-{bb}" if form != 2 else f"{c}-{c} -> {bc}-{bc}"))
    return out


# ------------------------------------------------------------------------------------------ kind: name
def name_rows(rng: random.Random) -> list[Row]:
    out: list[Row] = []

    def n1() -> Row:  # person swapped, full name
        a, b = two(rng, PEOPLE)
        return ("person swapped",
                f"Tersangka {a[0]} ditahan di Rutan Salemba selama 20 hari ke depan.",
                f"The suspect, {a[0]}, is being held at Salemba detention centre for the next 20 days.",
                f"The suspect, {b[0]}, is being held at Salemba detention centre for the next 20 days.",
                f"{a[0]} -> {b[0]}")

    def n2() -> Row:  # person removed
        a = pick(rng, PEOPLE)
        return ("person removed",
                f"Salah seorang korban selamat, {a[0]}, mengatakan kapal itu oleng sebelum tenggelam.",
                f"One of the survivors, {a[0]}, said the boat listed before it sank.",
                "One of the survivors said the boat listed before it sank.",
                f"{a[0]} removed")

    def n3() -> Row:  # place swapped
        p, q = two(rng, PLACES)
        return ("place swapped",
                f"Harga beras di {p[0]} masih stabil menjelang Ramadhan, kata dia.",
                f"Rice prices in {p[0]} remain stable ahead of Ramadan, he said.",
                f"Rice prices in {q[0]} remain stable ahead of Ramadan, he said.",
                f"{p[0]} -> {q[0]}")

    def n4() -> Row:  # person with rank swapped
        a, b = two(rng, PEOPLE)
        rank_id, rank_en = rng.choice([("AKBP", "Adjunct Senior Commissioner"), ("Kombes Pol", "Senior Commissioner"),
                                       ("Brigjen TNI", "Brigadier General"), ("Kolonel Inf", "Colonel")])
        return ("rank + name swapped",
                f"Operasi itu dipimpin langsung oleh {rank_id} {a[0]}.",
                f"The operation was led personally by {rank_en} {a[0]}.",
                f"The operation was led personally by {rank_en} {b[0]}.",
                f"{a[0]} -> {b[0]}")

    def n5() -> Row:  # place removed
        p = pick(rng, COASTAL)
        return ("place removed",
                f"Sebuah kapal motor pengangkut sembako tenggelam di perairan {p[0]} akibat cuaca buruk.",
                f"A motorboat carrying basic goods sank in the waters off {p[0]} because of bad weather.",
                "A motorboat carrying basic goods sank because of bad weather.",
                f"{p[0]} removed")

    def n6() -> Row:  # surname changed (partial swap)
        a, b = two(rng, PEOPLE)
        first = a[0].split()[0]
        last_b = b[0].split()[-1]
        changed = f"{first} {last_b}"
        return ("surname swapped",
                f"Warga bernama {a[0]} melaporkan kehilangan dokumen penting ke polsek setempat.",
                f"A resident named {a[0]} reported the loss of important documents to the local police station.",
                f"A resident named {changed} reported the loss of important documents to the local police station.",
                f"{a[0]} -> {changed}")

    def n7() -> Row:  # person in a list swapped
        a, b, c = rng.sample(PEOPLE, 3)
        return ("name in a list swapped",
                f"Tiga atlet yang lolos ke Olimpiade adalah {a[0]}, {b[0]}, dan Eko Yuli Pranoto.",
                f"The three athletes who qualified for the Olympics are {a[0]}, {b[0]} and Eko Yuli Pranoto.",
                f"The three athletes who qualified for the Olympics are {a[0]}, {c[0]} and Eko Yuli Pranoto.",
                f"{b[0]} -> {c[0]}")

    def n8() -> Row:  # foreign name swapped
        x, y = two(rng, [("Sergei Volkov", "Sergei Volkov"), ("Kenji Watanabe", "Kenji Watanabe"),
                          ("Thabo Nkosi", "Thabo Nkosi"), ("Ingrid Halvorsen", "Ingrid Halvorsen"),
                          ("Marco Bellini", "Marco Bellini"), ("Nguyen Van Thanh", "Nguyen Van Thanh"),
                          ("Aisha Rahman", "Aisha Rahman"), ("Daniel Okafor", "Daniel Okafor")])
        return ("foreign name swapped",
                f"Duta besar {x[0]} menyerahkan surat kepercayaan kepada Presiden di Istana Merdeka.",
                f"Ambassador {x[1]} presented credentials to the President at Merdeka Palace.",
                f"Ambassador {y[1]} presented credentials to the President at Merdeka Palace.",
                f"{x[1]} -> {y[1]}")

    def n9() -> Row:  # building / place name swapped
        x, y = two(rng, [("Gelora Bung Karno", "Gelora Bung Karno"), ("Jakarta International Stadium", "Jakarta International Stadium"),
                          ("Stadion Manahan", "Manahan Stadium"), ("Stadion Kanjuruhan", "Kanjuruhan Stadium"),
                          ("Stadion Jakabaring", "Jakabaring Stadium"), ("Stadion Si Jalak Harupat", "Si Jalak Harupat Stadium")])
        return ("venue swapped",
                f"Laga final akan digelar di {x[0]} dengan kapasitas penonton penuh.",
                f"The final will be played at {x[1]} with full spectator capacity.",
                f"The final will be played at {y[1]} with full spectator capacity.",
                f"{x[1]} -> {y[1]}")

    def n10() -> Row:  # person removed in a 'kata X' closing
        a = pick(rng, PEOPLE)
        p = pick(rng, PLACES)
        return ("person removed from attribution",
                f"Pasokan air bersih ke kamp pengungsian di {p[0]} sudah kembali normal, kata relawan {a[0]}.",
                f"The supply of clean water to the evacuation camp in {p[0]} is back to normal, volunteer {a[0]} said.",
                f"The supply of clean water to the evacuation camp in {p[0]} is back to normal, a volunteer said.",
                f"{a[0]} removed")

    frames = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10]
    for k in range(60):
        out.append(frames[k % len(frames)]())
    return out


# ----------------------------------------------------------------------------------------- kind: title
def title_rows(rng: random.Random) -> list[Row]:
    out: list[Row] = []
    frames = [
        ("{T} {P} mengatakan pemerintah akan mengevaluasi kebijakan tersebut.",
         "{T_en} said the government would review the policy."),
        ("\"Kami tidak akan mentoleransi pelanggaran apa pun,\" tegas {T} {P} di Jakarta, Kamis.",
         "\"We will not tolerate any violation,\" {T_en} said firmly in Jakarta on Thursday."),
        ("Rapat koordinasi itu dipimpin oleh {T} {P}.",
         "The coordination meeting was chaired by {T_en}."),
        ("Menurut {T} {P}, anggaran tersebut sudah dicairkan sejak pekan lalu.",
         "According to {T_en}, the funds were disbursed last week."),
    ]
    for k in range(60):
        who = pick(rng, PEOPLE)
        idt, ent = frames[k % len(frames)]
        if k % 3 == 2:
            lt = pick(rng, LOCAL_TITLES)
            place = pick(rng, PLACES)[0]
            t_id, t_en, bad = lt[0].format(p=place), lt[1].format(p=place), lt[2].format(p=place)
        else:
            t_id, t_en, bad = pick(rng, TITLES)

        def en(t: str) -> str:
            # a capitalised English title goes before the name; a lower-case role follows it as an apposition
            who_en = f"{t} {who[0]}" if t[0].isupper() else f"{who[0]}, {t},"
            text = ent.format(T_en=who_en, P="").replace("  ", " ").replace(" ,", ",").replace(",.", ".")
            return text.replace(",,", ",")
        out.append((f"{t_id} / {t_en}", idt.format(T=t_id, P=who[0]), en(t_en), en(bad), f"{t_en} -> {bad}"))
    return out


# ---------------------------------------------------------------------------------------- kind: agency
_GLOSSED = ("MK", "Komnas HAM", "Kemenkes", "Kemenkeu", "Kemlu", "LPSK", "BSSN", "PPATK")


def _no_article(text: str) -> str:
    """English names used without an article (``Statistics Indonesia``, ``Basarnas``, ``Bawaslu``)."""
    for name in ("Statistics Indonesia", "Basarnas", "Bawaslu"):
        text = text.replace(f"The {name}", name).replace(f"the {name}", name)
    return text


def agency_rows(rng: random.Random) -> list[Row]:
    out: list[Row] = []
    frames = [
        # (ID, EN, how the agency is written: full+acronym / acronym / English name only)
        ("{full} ({acr}) menetapkan dua pejabat dinas pekerjaan umum sebagai tersangka.",
         "The {en} ({acr}) named two public works officials as suspects.", "full"),
        ("Laporan itu sudah kami serahkan ke {acr}, kata dia.",
         "We have handed the report over to the {acr}, he said.", "acr"),
        ("Menurut data {full}, jumlah kasus meningkat dibandingkan tahun lalu.",
         "According to data from the {en}, the number of cases has increased compared with last year.", "en"),
        ("Petugas {acr} mendatangi lokasi itu pada Selasa siang untuk mengumpulkan bukti.",
         "Officers from the {acr} went to the site on Tuesday afternoon to gather evidence.", "acr"),
        ("Pihaknya akan berkoordinasi dengan {full} ({acr}) untuk menindaklanjuti temuan tersebut.",
         "His office will coordinate with the {en} ({acr}) to follow up on the findings.", "full"),
        ("{full} menyatakan akan menggelar rapat evaluasi pekan depan.",
         "The {en} said it would hold an evaluation meeting next week.", "en"),
    ]
    for k in range(60):
        idt, ent, form = frames[k % len(frames)]
        a, b = two(rng, AGENCIES)
        ids = idt.format(full=a[0], acr=a[1])
        ids = ids[0].upper() + ids[1:]
        good = ent.format(en=a[2], acr=a[1])
        if form == "full":
            if k % 2:
                bad, note = ent.format(en=b[2], acr=b[1]), f"{a[1]} -> {b[1]}"
            else:
                bad, note = ent.format(en=b[2], acr=a[1]), f"English name {a[2]} -> {b[2]} (acronym kept)"
        elif form == "acr":
            bad, note = ent.format(en=b[2], acr=b[1]), f"{a[1]} -> {b[1]}"
        else:
            bad, note = ent.format(en=b[2], acr=b[1]), f"{a[2]} -> {b[2]}"
        if form == "acr":
            # English wire copy keeps agency acronyms (the KPK, the BNPB) but glosses ministries and courts
            for ag in (a, b):
                if ag[1] in _GLOSSED:
                    good = good.replace(f"the {ag[1]}", f"the {ag[2]} ({ag[1]})")
                    bad = bad.replace(f"the {ag[1]}", f"the {ag[2]} ({ag[1]})")
        good, bad = _no_article(good), _no_article(bad)
        out.append((f"{form}: {a[1]}", ids, good, bad, note))
    return out


# ---------------------------------------------------------------------------------------- kind: region
def region_rows(rng: random.Random) -> list[Row]:
    out: list[Row] = []
    frames = [
        ("Pemerintah Provinsi {r} menetapkan status tanggap darurat bencana selama 14 hari.",
         "The {R} provincial government declared a 14-day disaster emergency response status."),
        ("Hujan lebat diperkirakan turun di sebagian besar wilayah {r} hingga akhir pekan, menurut BMKG.",
         "Heavy rain is forecast across most of {R} until the weekend, according to BMKG."),
        ("Polda {r} mengerahkan 1.200 personel untuk mengamankan malam pergantian tahun.",
         "The {R} Police deployed 1,200 personnel to secure New Year's Eve."),
        ("Kasus demam berdarah di {r} melonjak dalam dua bulan terakhir, ujar seorang pejabat dinas kesehatan.",
         "Dengue fever cases in {R} have surged over the past two months, a health office official said."),
        ("Gubernur {r} meminta para bupati dan wali kota segera menyalurkan bantuan.",
         "The Governor of {R} asked district heads and mayors to distribute aid immediately."),
        ("Produksi padi {r} tahun ini diperkirakan mencapai target, kata dia di Jakarta, Rabu.",
         "{R}'s rice production this year is expected to reach the target, he said in Jakarta on Wednesday."),
    ]
    for k in range(60):
        idt, ent = frames[k % len(frames)]
        r = pick(rng, REGIONS)
        if k % len(frames) in (0, 2, 4) and r[0].startswith("Jakarta"):
            r = rng.choice([x for x in REGIONS if not x[0].startswith("Jakarta")])
        if k % 5 == 4:
            other = rng.choice([x for x in REGIONS if x[1] != r[1]])
            bad = other[1]
        else:
            bad = r[2]
        if bad == r[1]:
            bad = "Central Java" if r[1] != "Central Java" else "East Java"
        out.append((f"{r[0]} / {r[1]}", idt.format(r=r[0]), ent.format(R=r[1]), ent.format(R=bad), f"{r[1]} -> {bad}"))
    return out


# --------------------------------------------------------------------------------------- kind: speaker
def speaker_rows(rng: random.Random) -> list[Row]:
    out: list[Row] = []
    quotes = [
        ("Kami akan bekerja sama dengan semua pihak", "We will work with all parties"),
        ("Bantuan harus sampai ke pengungsi hari ini juga", "The aid must reach the evacuees today"),
        ("Proses hukum tetap berjalan", "The legal process continues"),
        ("Situasi sudah kondusif", "The situation is under control"),
        ("Kami masih menunggu hasil autopsi", "We are still waiting for the autopsy results"),
        ("Harga akan kembali normal dalam sepekan", "Prices will return to normal within a week"),
        ("Semua jalur evakuasi sudah kami siapkan", "We have prepared all the evacuation routes"),
        ("Data ini masih bisa berubah", "These figures may still change"),
    ]

    def s1() -> Row:  # two people in the sentence, quote given to the other
        a, b = two(rng, PEOPLE)
        q = pick(rng, quotes)
        return ("quote + companion",
                f"\"{q[0]},\" kata {a[1]} usai bertemu {b[0]} di Balai Kota.",
                f"\"{q[1]},\" {a[1]} said after meeting {b[0]} at City Hall.",
                f"\"{q[1]},\" {b[0]} said after meeting {a[1]} at City Hall.",
                f"speaker {a[1]} -> {b[0]}")

    def s2() -> Row:  # menurut X, ... Y
        a, b = two(rng, PEOPLE)
        return ("menurut X, Y",
                f"Menurut {a[0]}, {b[0]} sudah dua kali mangkir dari panggilan penyidik.",
                f"According to {a[0]}, {b[0]} has twice failed to answer investigators' summonses.",
                f"According to {b[0]}, {a[0]} has twice failed to answer investigators' summonses.",
                "roles of the two people swapped")

    def s3() -> Row:  # two-sentence paragraph: second speaker attributed wrongly
        a, b = two(rng, PEOPLE)
        q = pick(rng, quotes)
        return ("two sentences, ujarnya -> other person",
                f"{a[0]} bertemu {b[0]} di kantor gubernur pada Senin. \"{q[0]},\" ujar {a[1]}.",
                f"{a[0]} met {b[0]} at the governor's office on Monday. \"{q[1]},\" {a[1]} said.",
                f"{a[0]} met {b[0]} at the governor's office on Monday. \"{q[1]},\" {b[1]} said.",
                f"speaker {a[1]} -> {b[1]}")

    def s4() -> Row:  # speaker replaced by a person not in the sentence
        a, b = two(rng, PEOPLE)
        q = pick(rng, quotes)
        return ("kata X -> said Y",
                f"\"{q[0]},\" kata juru bicara kepolisian {a[0]} kepada wartawan.",
                f"\"{q[1]},\" police spokesperson {a[0]} told reporters.",
                f"\"{q[1]},\" police spokesperson {b[0]} told reporters.",
                f"speaker {a[0]} -> {b[0]}")

    def s5() -> Row:  # statement by an agency given to another person present
        a, b = two(rng, PEOPLE)
        return ("X membantah tuduhan Y",
                f"{a[0]} membantah tuduhan yang dilontarkan {b[0]} dalam sidang tersebut.",
                f"{a[0]} denied the accusations made by {b[0]} at the hearing.",
                f"{b[0]} denied the accusations made by {a[0]} at the hearing.",
                "who denied / who accused swapped")

    def s6() -> Row:  # title-bearing speaker swapped for the other official in the sentence
        t1, t2 = two(rng, TITLES[:9])
        q = pick(rng, quotes)
        return ("speaker by title",
                f"\"{q[0]},\" ujar {t1[0]} seusai rapat terbatas bersama {t2[0]} di Istana Kepresidenan.",
                f"\"{q[1]},\" the {t1[1]} said after a limited cabinet meeting with the {t2[1]} at the Presidential Palace.",
                f"\"{q[1]},\" the {t2[1]} said after a limited cabinet meeting with the {t1[1]} at the Presidential Palace.",
                f"speaker {t1[1]} -> {t2[1]}")

    def s7() -> Row:  # tutur/ucap with two names, attribution reversed in indirect speech
        a, b = two(rng, PEOPLE)
        return ("indirect speech, X mengatakan Y",
                f"{a[0]} mengatakan bahwa {b[0]} tidak pernah menerima uang dari perusahaan itu.",
                f"{a[0]} said that {b[0]} had never received money from the company.",
                f"{b[0]} said that {a[0]} had never received money from the company.",
                "speaker and subject swapped")

    frames = [s1, s2, s3, s4, s5, s6, s7]
    for k in range(60):
        out.append(frames[k % len(frames)]())
    return out


# -------------------------------------------------------------------------------------- kind: negation
# (ID, faithful EN, EN with the negation added or removed, where) - {a} a person, {p} a place
NEGATION = [
    ("Polisi belum menetapkan tersangka dalam kasus pembakaran pasar di {p}.",
     "Police have not yet named a suspect in the market arson case in {p}.",
     "Police have named a suspect in the market arson case in {p}.", "removed: belum"),
    ("Pemerintah tidak akan menaikkan harga elpiji tiga kilogram tahun ini, kata {a}.",
     "The government will not raise the price of three-kilogram LPG canisters this year, {a} said.",
     "The government will raise the price of three-kilogram LPG canisters this year, {a} said.", "removed: tidak akan"),
    ("BMKG menyatakan gempa tersebut tidak berpotensi tsunami.",
     "BMKG said the earthquake had no potential to trigger a tsunami.",
     "BMKG said the earthquake had the potential to trigger a tsunami.", "removed: tidak berpotensi"),
    ("Sekolah-sekolah di {p} tetap dibuka meskipun kabut asap semakin tebal.",
     "Schools in {p} remained open even though the haze was getting thicker.",
     "Schools in {p} did not remain open even though the haze was getting thicker.", "added"),
    ("{a} mengaku tidak mengetahui asal-usul uang tersebut.",
     "{a} said he did not know where the money came from.",
     "{a} said he knew where the money came from.", "removed: tidak"),
    ("Bandara {p} kembali beroperasi normal pada Kamis pagi.",
     "{p} airport resumed normal operations on Thursday morning.",
     "{p} airport did not resume normal operations on Thursday morning.", "added"),
    ("Korban tewas tidak termasuk dua penambang yang masih dinyatakan hilang.",
     "The death toll does not include two miners who are still listed as missing.",
     "The death toll includes two miners who are still listed as missing.", "removed: tidak"),
    ("Tak ada korban jiwa dalam kebakaran itu, kata Kapolsek setempat.",
     "No one was killed in the fire, the local police chief said.",
     "People were killed in the fire, the local police chief said.", "removed: tak ada"),
    ("\"Kami tidak pernah menerima proposal itu,\" kata {a}.",
     "\"We never received that proposal,\" {a} said.",
     "\"We received that proposal,\" {a} said.", "removed inside quote: tidak pernah"),
    ("Kapal feri itu gagal bersandar karena gelombang tinggi.",
     "The ferry failed to dock because of high waves.",
     "The ferry managed to dock despite high waves.", "removed: gagal"),
    ("Warga diminta tidak mendekati kawah dalam radius tiga kilometer.",
     "Residents were asked not to approach the crater within a three-kilometre radius.",
     "Residents were asked to approach the crater within a three-kilometre radius.", "removed: tidak"),
    ("Pengadilan menyatakan terdakwa bersalah melakukan korupsi dana desa.",
     "The court found the defendant guilty of embezzling village funds.",
     "The court found the defendant not guilty of embezzling village funds.", "added"),
    ("Jalur pendakian gunung itu belum dibuka kembali untuk wisatawan.",
     "The hiking trail up the mountain has not yet reopened to tourists.",
     "The hiking trail up the mountain has reopened to tourists.", "removed: belum"),
    ("{a} hadir dalam sidang perdana kasus tersebut di Pengadilan Negeri {p}.",
     "{a} attended the first hearing of the case at the {p} District Court.",
     "{a} did not attend the first hearing of the case at the {p} District Court.", "added"),
    ("Kapal itu tidak membawa penumpang saat tenggelam di perairan {p}.",
     "The boat was not carrying passengers when it sank in the waters off {p}.",
     "The boat was carrying passengers when it sank in the waters off {p}.", "removed: tidak"),
    ("Stok beras di gudang Bulog cukup hingga akhir tahun, ujarnya.",
     "Rice stocks in Bulog warehouses are sufficient until the end of the year, he said.",
     "Rice stocks in Bulog warehouses are not sufficient until the end of the year, he said.", "added"),
    ("Perusahaan itu tidak memiliki izin lingkungan, kata {a}.",
     "The company does not have an environmental permit, {a} said.",
     "The company has an environmental permit, {a} said.", "removed: tidak"),
    ("Polisi memastikan jenazah itu merupakan korban pembunuhan.",
     "Police confirmed that the body was that of a murder victim.",
     "Police said they could not confirm that the body was that of a murder victim.", "added"),
    ("Tim SAR belum menemukan tanda-tanda keberadaan pendaki yang hilang.",
     "The search and rescue team has not found any sign of the missing climber.",
     "The search and rescue team has found signs of the missing climber.", "removed: belum"),
    ("Jangan mudah percaya pada pesan berantai soal bantuan sosial, kata {a}.",
     "Do not readily believe chain messages about social assistance, {a} said.",
     "Readily believe chain messages about social assistance, {a} said.", "removed: jangan"),
    ("Pemilik toko itu menyerahkan diri tanpa perlawanan.",
     "The shop owner surrendered without resistance.",
     "The shop owner surrendered with some resistance.", "removed: tanpa"),
    ("Presiden akan menghadiri KTT ASEAN di Laos pekan depan.",
     "The President will attend the ASEAN summit in Laos next week.",
     "The President will not attend the ASEAN summit in Laos next week.", "added"),
    ("Rumah sakit itu masih menerima pasien BPJS Kesehatan, ujar {a}.",
     "The hospital is still accepting BPJS Kesehatan patients, {a} said.",
     "The hospital is no longer accepting BPJS Kesehatan patients, {a} said.", "added: no longer"),
    ("Hasil uji laboratorium menunjukkan air sumur warga tidak layak diminum.",
     "Laboratory tests showed that the water in residents' wells was not fit to drink.",
     "Laboratory tests showed that the water in residents' wells was fit to drink.", "removed: tidak layak"),
    ("\"Kami akan mengikuti pemilihan kepala daerah,\" ujar {a}.",
     "\"We will take part in the regional head election,\" {a} said.",
     "\"We will not take part in the regional head election,\" {a} said.", "added inside quote"),
    ("Kenaikan tarif itu sudah disetujui oleh DPRD {p}.",
     "The fare increase has been approved by the {p} legislative council.",
     "The fare increase has not been approved by the {p} legislative council.", "added"),
    ("Penyidik tidak menemukan unsur pidana dalam laporan tersebut.",
     "Investigators found no criminal element in the report.",
     "Investigators found a criminal element in the report.", "removed: tidak"),
    ("Ia belum pernah dipanggil sebagai saksi dalam kasus itu, kata kuasa hukumnya.",
     "He has never been summoned as a witness in the case, his lawyer said.",
     "He has been summoned as a witness in the case, his lawyer said.", "removed: belum pernah"),
    ("Harga cabai di {p} mulai turun sejak awal pekan.",
     "Chilli prices in {p} have started to fall since the beginning of the week.",
     "Chilli prices in {p} have not started to fall since the beginning of the week.", "added"),
    ("Kedua negara sepakat memperpanjang perjanjian kerja sama perikanan.",
     "The two countries agreed to extend their fisheries cooperation agreement.",
     "The two countries did not agree to extend their fisheries cooperation agreement.", "added"),
    ("Pasien itu tidak lagi memerlukan alat bantu pernapasan.",
     "The patient no longer needs a ventilator.",
     "The patient still needs a ventilator.", "removed: tidak lagi"),
    ("Penerbangan ke {p} dibatalkan akibat abu vulkanik.",
     "Flights to {p} were cancelled because of volcanic ash.",
     "Flights to {p} were not cancelled despite the volcanic ash.", "added"),
    ("Menurut {a}, pihaknya tidak bisa memastikan kapan listrik akan pulih.",
     "According to {a}, his company cannot say for certain when power will be restored.",
     "According to {a}, his company can say for certain when power will be restored.", "removed: tidak bisa"),
    ("Perahu nelayan itu ditemukan tanpa awak di perairan {p}.",
     "The fishing boat was found without its crew in the waters off {p}.",
     "The fishing boat was found with its crew in the waters off {p}.", "removed: tanpa"),
    ("Terdakwa menerima vonis tersebut dan tidak mengajukan banding.",
     "The defendant accepted the verdict and did not appeal.",
     "The defendant accepted the verdict and appealed.", "removed: tidak"),
    ("{a} memenuhi panggilan penyidik KPK pada Selasa.",
     "{a} answered the KPK investigators' summons on Tuesday.",
     "{a} did not answer the KPK investigators' summons on Tuesday.", "added"),
]


def negation_rows(rng: random.Random) -> list[Row]:
    out: list[Row] = []
    for idt, good, bad, note in NEGATION:
        a = pick(rng, PEOPLE)[0]
        p = pick(rng, COASTAL)[0]
        where = "inside quote" if "inside quote" in note else "outside quote"
        out.append((where, idt.format(a=a, p=p), good.format(a=a, p=p), bad.format(a=a, p=p), note))
    return out


# ------------------------------------------------------------------------------------- kind: direction
DIRECTION = [
    ("Harga minyak goreng di {p} naik dalam sepekan terakhir.",
     "Cooking oil prices in {p} rose over the past week.",
     "Cooking oil prices in {p} fell over the past week.", "naik: rose -> fell"),
    ("Jumlah wisatawan mancanegara ke Bali meningkat dibandingkan bulan sebelumnya, kata BPS.",
     "The number of foreign tourists visiting Bali increased compared with the previous month, BPS said.",
     "The number of foreign tourists visiting Bali decreased compared with the previous month, BPS said.", "meningkat: increased -> decreased"),
    ("Rupiah melemah terhadap dolar AS pada perdagangan Selasa pagi.",
     "The rupiah weakened against the U.S. dollar in Tuesday morning trading.",
     "The rupiah strengthened against the U.S. dollar in Tuesday morning trading.", "melemah: weakened -> strengthened"),
    ("Mahkamah Konstitusi menolak gugatan yang diajukan pasangan calon nomor urut dua.",
     "The Constitutional Court rejected the petition filed by candidate pair number two.",
     "The Constitutional Court upheld the petition filed by candidate pair number two.", "menolak: rejected -> upheld"),
    ("{a} membantah terlibat dalam pengaturan skor pertandingan itu.",
     "{a} denied involvement in fixing the match.",
     "{a} admitted involvement in fixing the match.", "membantah: denied -> admitted"),
    ("Kepala desa membenarkan adanya pungutan liar di pasar tersebut.",
     "The village head confirmed that illegal levies were being collected at the market.",
     "The village head denied that illegal levies were being collected at the market.", "membenarkan: confirmed -> denied"),
    ("Suhu udara di {p} tercatat sebagai yang tertinggi sepanjang tahun ini.",
     "The air temperature in {p} was recorded as the highest this year.",
     "The air temperature in {p} was recorded as the lowest this year.", "tertinggi: highest -> lowest"),
    ("Warga diminta mengungsi sebelum status gunung itu dinaikkan.",
     "Residents were asked to evacuate before the volcano's alert status was raised.",
     "Residents were asked to evacuate after the volcano's alert status was raised.", "sebelum: before -> after"),
    ("Produksi jagung tahun ini lebih besar dibandingkan tahun lalu.",
     "Corn production this year is larger than last year.",
     "Corn production this year is smaller than last year.", "lebih besar: larger -> smaller"),
    ("DPR menyetujui rancangan undang-undang itu dalam rapat paripurna, Kamis.",
     "The House of Representatives (DPR) approved the bill at a plenary session on Thursday.",
     "The House of Representatives (DPR) rejected the bill at a plenary session on Thursday.", "menyetujui: approved -> rejected"),
    ("Neraca perdagangan Indonesia kembali mencatat surplus pada September.",
     "Indonesia's trade balance again recorded a surplus in September.",
     "Indonesia's trade balance again recorded a deficit in September.", "surplus -> deficit"),
    ("Pemerintah daerah memperketat pengawasan di pintu masuk pelabuhan.",
     "The regional government tightened checks at the port's entry points.",
     "The regional government relaxed checks at the port's entry points.", "memperketat: tightened -> relaxed"),
    ("Persib kalah dari Persija dalam laga yang digelar di Bandung.",
     "Persib lost to Persija in the match played in Bandung.",
     "Persib beat Persija in the match played in Bandung.", "kalah: lost to -> beat"),
    ("Jumlah pengangguran terbuka di {p} berkurang sekitar 3.000 orang.",
     "Open unemployment in {p} fell by about 3,000 people.",
     "Open unemployment in {p} rose by about 3,000 people.", "berkurang: fell -> rose"),
    ("Pengadilan mengabulkan permohonan praperadilan yang diajukan {a}.",
     "The court granted the pretrial motion filed by {a}.",
     "The court dismissed the pretrial motion filed by {a}.", "mengabulkan: granted -> dismissed"),
    ("Partai itu mendukung usulan kenaikan ambang batas parlemen.",
     "The party supports the proposal to raise the parliamentary threshold.",
     "The party opposes the proposal to raise the parliamentary threshold.", "mendukung: supports -> opposes"),
    ("Pemerintah melarang ekspor bijih nikel mulai tahun depan.",
     "The government will ban exports of nickel ore from next year.",
     "The government will allow exports of nickel ore from next year.", "melarang: ban -> allow"),
    ("Puskesmas terdekat berjarak sekitar lima kilometer dari kampung itu.",
     "The nearest community health centre is about five kilometres from the village.",
     "The farthest community health centre is about five kilometres from the village.", "terdekat: nearest -> farthest"),
    ("Indeks Harga Saham Gabungan ditutup menguat pada akhir perdagangan Jumat.",
     "The Jakarta Composite Index closed higher at the end of Friday's trading.",
     "The Jakarta Composite Index closed lower at the end of Friday's trading.", "menguat: higher -> lower"),
    ("{a} menerima tawaran untuk menjadi pelatih kepala tim nasional.",
     "{a} accepted the offer to become head coach of the national team.",
     "{a} turned down the offer to become head coach of the national team.", "menerima: accepted -> turned down"),
    ("Debit air Sungai Citarum terus naik sejak Minggu malam.",
     "The water level of the Citarum River has kept rising since Sunday night.",
     "The water level of the Citarum River has kept falling since Sunday night.", "naik: rising -> falling"),
    ("Tingkat kemiskinan di {p} turun menjadi 9,4 persen.",
     "The poverty rate in {p} fell to 9.4 percent.",
     "The poverty rate in {p} rose to 9.4 percent.", "turun: fell -> rose"),
    ("Para pedagang menolak rencana relokasi pasar tersebut.",
     "The traders rejected the plan to relocate the market.",
     "The traders accepted the plan to relocate the market.", "menolak: rejected -> accepted"),
    ("Penyidik membebaskan dua orang yang sempat diamankan karena tidak cukup bukti.",
     "Investigators released two people who had been detained, citing insufficient evidence.",
     "Investigators arrested two people who had been detained, citing insufficient evidence.", "membebaskan: released -> arrested"),
    ("Tim Indonesia menang atas Malaysia di semifinal.",
     "The Indonesian team won against Malaysia in the semi-final.",
     "The Indonesian team lost against Malaysia in the semi-final.", "menang: won -> lost"),
    ("Kendaraan pribadi dilarang masuk ke kawasan itu selama perayaan.",
     "Private vehicles are banned from entering the area during the celebrations.",
     "Private vehicles are allowed to enter the area during the celebrations.", "dilarang: banned -> allowed"),
    ("Angka kematian ibu di {p} merupakan yang terendah di provinsi itu.",
     "The maternal mortality rate in {p} is the lowest in the province.",
     "The maternal mortality rate in {p} is the highest in the province.", "terendah: lowest -> highest"),
    ("Impor gula tahun ini lebih sedikit dibandingkan tahun lalu, kata {a}.",
     "Sugar imports this year are lower than last year, {a} said.",
     "Sugar imports this year are higher than last year, {a} said.", "lebih sedikit: lower -> higher"),
    ("Gelombang laut diperkirakan meninggi pada akhir pekan.",
     "Sea waves are expected to rise at the weekend.",
     "Sea waves are expected to subside at the weekend.", "meninggi: rise -> subside"),
    ("Bank Indonesia menurunkan suku bunga acuan sebesar 25 basis poin.",
     "Bank Indonesia cut its benchmark interest rate by 25 basis points.",
     "Bank Indonesia raised its benchmark interest rate by 25 basis points.", "menurunkan: cut -> raised"),
    ("Kapal itu berangkat dari Pelabuhan Merak setelah cuaca membaik.",
     "The ship left Merak Port after the weather improved.",
     "The ship left Merak Port before the weather improved.", "setelah: after -> before"),
    ("Kondisi kesehatan {a} membaik setelah dirawat tiga hari.",
     "{a}'s health improved after three days in hospital.",
     "{a}'s health worsened after three days in hospital.", "membaik: improved -> worsened"),
    ("Pemerintah kota membuka kembali taman itu untuk umum.",
     "The city government reopened the park to the public.",
     "The city government closed the park to the public.", "membuka: reopened -> closed"),
    ("Nilai ekspor kopi dari {p} melonjak tajam pada semester pertama.",
     "The value of coffee exports from {p} jumped sharply in the first half.",
     "The value of coffee exports from {p} dropped sharply in the first half.", "melonjak: jumped -> dropped"),
    ("Harga emas Antam turun Rp5.000 per gram pada Senin.",
     "The price of Antam gold fell by 5,000 rupiah per gram on Monday.",
     "The price of Antam gold rose by 5,000 rupiah per gram on Monday.", "turun: fell -> rose"),
    ("Ia mengaku kalah suara dalam pemilihan ketua umum partai.",
     "He conceded that he had lost the vote for party chairman.",
     "He said that he had won the vote for party chairman.", "kalah: lost -> won"),
    ("Kejaksaan memperpanjang masa penahanan tersangka selama 40 hari.",
     "Prosecutors extended the suspect's detention by 40 days.",
     "Prosecutors shortened the suspect's detention by 40 days.", "memperpanjang: extended -> shortened"),
    ("Permintaan tiket kereta api menjelang Lebaran lebih tinggi daripada tahun lalu.",
     "Demand for train tickets ahead of Lebaran is higher than last year.",
     "Demand for train tickets ahead of Lebaran is lower than last year.", "lebih tinggi: higher -> lower"),
]


def direction_rows(rng: random.Random) -> list[Row]:
    out: list[Row] = []
    for idt, good, bad, note in DIRECTION:
        a = pick(rng, PEOPLE)[0]
        p = pick(rng, PLACES)[0]
        out.append(("antonym", idt.format(a=a, p=p), good.format(a=a, p=p), bad.format(a=a, p=p), note))
    return out


# ------------------------------------------------------------------------------------------------ traps
# (convention, ID, faithful EN): conventions that must not be flagged
TRAPS = [
    # dates
    ("Rabu (13/3) / Wednesday (March 13)", "Rapat paripurna DPR digelar di Senayan, Jakarta, Rabu (13/3).",
     "The House of Representatives held a plenary session in Senayan, Jakarta, on Wednesday (March 13)."),
    ("Jumat (25/2) / Friday (Feb. 25)", "Kebakaran melanda gudang logistik di Cakung, Jakarta Timur, Jumat (25/2).",
     "A fire swept through a logistics warehouse in Cakung, East Jakarta, on Friday (Feb. 25)."),
    ("Selasa (8/11/2022) / Tuesday (Nov. 8, 2022)", "Sidang perdana digelar di Pengadilan Tipikor Jakarta, Selasa (8/11/2022).",
     "The first hearing was held at the Jakarta Corruption Court on Tuesday (Nov. 8, 2022)."),
    ("Kamis, 5 Januari 2023 / Thursday, January 5, 2023", "Sekolah kembali dibuka pada Kamis, 5 Januari 2023.",
     "Schools reopened on Thursday, January 5, 2023."),
    ("d Month / Month d", "Pemerintah menetapkan cuti bersama Idul Fitri mulai 8 April.",
     "The government set the collective leave for Eid al-Fitr to start on April 8."),
    ("Weekday (d/m) to January 5", "Pencairan bantuan dijadwalkan pada Jumat (5/1).",
     "The aid is scheduled to be disbursed on Friday, January 5."),
    ("Detik style (dd/mm/yyyy)", "\"Semua barang bukti sudah kami amankan,\" kata Kapolres, Senin (15/09/2025).",
     "\"We have secured all the evidence,\" the police chief said on Monday (Sept. 15, 2025)."),
    ("Antara: weekday only at the end", "Hal itu disampaikan Wali Kota Makassar di Balai Kota, Selasa.",
     "The Makassar Mayor said this at City Hall on Tuesday."),
    ("Weekday + malam", "Banjir rob kembali merendam kawasan Muara Baru, Jakarta Utara, Minggu malam.",
     "Tidal flooding again inundated the Muara Baru area of North Jakarta on Sunday night."),
    ("date with year, Month d, yyyy", "Indonesia memproklamasikan kemerdekaannya pada 17 Agustus 1945.",
     "Indonesia proclaimed its independence on August 17, 1945."),
    ("Jumat Agung / Good Friday", "Umat Kristiani di Kupang mengikuti prosesi Jumat Agung dengan khidmat.",
     "Christians in Kupang solemnly took part in the Good Friday procession."),
    ("Weekday (d/m) dini hari", "Gempa dirasakan warga Cianjur pada Sabtu (20/4) dini hari.",
     "Residents of Cianjur felt the earthquake in the early hours of Saturday (April 20)."),
    ("pekan lalu / last week", "Harga telur ayam sudah turun sejak pekan lalu, kata seorang pedagang.",
     "Egg prices have been falling since last week, a trader said."),
    # times
    ("pukul 19.00 WIB / 7 p.m. local time", "Pesawat itu lepas landas pukul 19.00 WIB.", "The plane took off at 7 p.m. local time."),
    ("WITA / Central Indonesia Time", "Upacara dimulai pukul 08.30 WITA di Lapangan Puputan, Denpasar.",
     "The ceremony began at 8:30 a.m. Central Indonesia Time at Puputan Square in Denpasar."),
    ("WIT / Eastern Indonesia Time (WIT)", "Kapal itu merapat di Jayapura pukul 10.00 WIT.",
     "The ship docked in Jayapura at 10 a.m. Eastern Indonesia Time (WIT)."),
    ("WIB / Western Indonesia Time", "Pengumuman hasil seleksi dijadwalkan pukul 13.00 WIB.",
     "The selection results are scheduled to be announced at 1 p.m. Western Indonesia Time."),
    ("WIB with GMT gloss", "Hitung cepat dimulai pukul 15.00 WIB setelah TPS ditutup.",
     "The quick count began at 3 p.m. (0800 GMT) after the polling stations closed."),
    ("pukul 12.00 / noon", "Massa mulai berkumpul di depan gedung DPRD sekitar pukul 12.00 WIB.",
     "The crowd began to gather outside the regional legislature building at around noon local time."),
    ("pukul 00.00 / midnight", "Jalan tol itu ditutup sementara mulai pukul 00.00 WIB.",
     "The toll road was temporarily closed from midnight local time."),
    ("24h kept with WIB", "Arus balik diperkirakan memuncak pada pukul 16.00 WIB.",
     "The return flow is expected to peak at 16:00 WIB."),
    # money
    ("Rp80.000 / IDR 80,000", "Tiket masuk kawasan wisata itu dijual Rp80.000 per orang.",
     "Admission tickets to the tourist site are sold at IDR 80,000 per person."),
    ("Rp80.000 / 80,000 rupiah", "Seorang pengemudi ojek daring mengaku hanya mendapat Rp80.000 sehari.",
     "An online motorcycle taxi driver said he earned only 80,000 rupiah a day."),
    ("Rp 80.000 with space / Rp80,000", "Harga daging sapi di pasar itu mencapai Rp 130.000 per kilogram.",
     "The price of beef at the market has reached Rp130,000 per kilogram."),
    ("Rp80 ribu / 80,000 rupiah", "Warga harus membayar Rp80 ribu untuk sekali menyeberang dengan perahu.",
     "Residents have to pay 80,000 rupiah for a single boat crossing."),
    ("Rp3,2 juta / 3.2 million rupiah", "Gaji guru honorer di daerah itu rata-rata Rp3,2 juta per bulan.",
     "Honorary teachers in the area earn an average of 3.2 million rupiah a month."),
    ("Rp1,5 triliun / IDR 1.5 trillion", "Proyek pembangunan pasar induk itu menelan biaya Rp1,5 triliun.",
     "The construction of the main market cost IDR 1.5 trillion."),
    ("Rp1,5 triliun / Rp1.5 trillion", "Pemerintah menyalurkan subsidi pupuk senilai Rp1,5 triliun kepada petani.",
     "The government distributed Rp1.5 trillion worth of fertiliser subsidies to farmers."),
    ("US$1,2 miliar / $1.2 billion", "Nilai investasi smelter tersebut mencapai US$1,2 miliar.",
     "The smelter investment is worth $1.2 billion."),
    ("US$1,2 miliar / $1.2bn", "Perusahaan itu membukukan pendapatan sebesar US$1,2 miliar tahun lalu.",
     "The company booked revenue of $1.2bn last year."),
    ("£2.4m both sides", "Klub itu menerima tawaran £2.4m untuk pemain sayapnya.",
     "The club accepted a £2.4m offer for its winger."),
    ("€3 juta / €3 million", "Pemerintah Jerman menyumbang €3 juta untuk program rehabilitasi hutan bakau.",
     "The German government donated €3 million to a mangrove rehabilitation programme."),
    ("rupiah with dollar gloss", "Kerugian akibat banjir ditaksir mencapai Rp2,8 triliun atau sekitar US$180 juta.",
     "Losses from the floods are estimated at 2.8 trillion rupiah, or about $180 million."),
    ("Rp450 miliar / 450 billion rupiah", "BPK menemukan potensi kerugian negara sebesar Rp450 miliar.",
     "The Supreme Audit Agency (BPK) found potential state losses of 450 billion rupiah."),
    ("exchange rate", "Rupiah dibuka pada level Rp15.750 per dolar AS.", "The rupiah opened at 15,750 per U.S. dollar."),
    ("Rp2.000 per liter, ribu", "Harga solar naik Rp2.000 per liter menjadi Rp8.800 per liter.",
     "The price of diesel rose by 2,000 rupiah a litre to 8,800 rupiah a litre."),
    # numbers
    ("thousands separator 1.250 / 1,250", "Sebanyak 1.250 personel gabungan dikerahkan untuk mengamankan laga itu.",
     "A total of 1,250 joint personnel were deployed to secure the match."),
    ("decimal comma 3,5 persen / 3.5 percent", "Ekonomi provinsi itu tumbuh 3,5 persen pada triwulan pertama.",
     "The province's economy grew 3.5 percent in the first quarter."),
    ("2,3 juta / 2.3 million", "Sekitar 2,3 juta kendaraan diperkirakan keluar dari Jakarta selama libur Lebaran.",
     "About 2.3 million vehicles are expected to leave Jakarta during the Lebaran holiday."),
    ("number word / digits", "Tiga orang anggota keluarga itu selamat setelah berpegangan pada batang pohon.",
     "Three members of the family survived by clinging to a tree trunk."),
    ("seratus / a hundred", "Seratus relawan membersihkan sampah di sepanjang pantai Kuta.",
     "A hundred volunteers cleared rubbish along Kuta beach."),
    ("dua kali / twice", "Gunung Semeru erupsi dua kali pada Senin pagi.", "Mount Semeru erupted twice on Monday morning."),
    ("ke-79 / 79th", "Upacara peringatan HUT ke-79 RI digelar di Ibu Kota Nusantara.",
     "The ceremony marking Indonesia's 79th Independence Day was held in the new capital, Nusantara."),
    ("age in parentheses / comma", "Korban, Darmawan (45), ditemukan tewas di kebunnya.",
     "The victim, Darmawan, 45, was found dead in his garden."),
    ("setengah / half", "Setengah dari jumlah sekolah di kecamatan itu rusak akibat gempa.",
     "Half of the schools in the subdistrict were damaged by the earthquake."),
    ("magnitudo 5,6 / magnitude 5.6", "Gempa bermagnitudo 5,6 mengguncang Maluku Tengah dengan kedalaman 10 km.",
     "A magnitude 5.6 earthquake struck Central Maluku at a depth of 10 km."),
    ("Lapas Kelas IIA (Roman class)", "Narapidana itu kabur dari Lapas Kelas IIA Kerobokan.",
     "The inmate escaped from Kerobokan Class IIA Prison."),
    # vague quantities
    ("puluhan / dozens of", "Puluhan rumah rusak diterjang angin kencang di Sidoarjo.", "Dozens of houses were damaged by strong winds in Sidoarjo."),
    ("ratusan / hundreds of", "Ratusan buruh berunjuk rasa menuntut kenaikan upah.", "Hundreds of workers rallied to demand higher wages."),
    ("ribuan / thousands of", "Ribuan umat Muslim memadati Masjid Istiqlal untuk salat Id.", "Thousands of Muslims packed the Istiqlal Mosque for Eid prayers."),
    ("belasan / more than a dozen", "Belasan penumpang luka-luka dalam kecelakaan itu.", "More than a dozen passengers were injured in the accident."),
    ("puluhan ribu / tens of thousands of", "Puluhan ribu penonton memadati stadion untuk menyaksikan laga final.",
     "Tens of thousands of spectators packed the stadium to watch the final."),
    # scores
    ("menang 2-1 / won 2-1", "Timnas Indonesia menang 2-1 atas Vietnam di Stadion Utama Gelora Bung Karno.",
     "Indonesia won 2-1 against Vietnam at Gelora Bung Karno Main Stadium."),
    ("kalah 0-3 / lost 3-0", "Persebaya kalah 0-3 dari Bali United di kandang sendiri.", "Persebaya lost 3-0 to Bali United at home."),
    ("imbang 1-1 / drew 1-1", "PSM Makassar bermain imbang 1-1 dengan Arema FC.", "PSM Makassar drew 1-1 with Arema FC."),
    ("badminton skor", "Ganda putri Indonesia menang 21-18, 21-16 di babak perempat final.",
     "Indonesia's women's doubles pair won 21-18, 21-16 in the quarter-finals."),
    # names with number or calendar words
    ("Pasar Minggu", "Kemacetan parah terjadi di sekitar Pasar Minggu, Jakarta Selatan.", "Heavy congestion occurred around Pasar Minggu, South Jakarta."),
    ("Universitas Sebelas Maret", "Tim peneliti Universitas Sebelas Maret (UNS) mengembangkan alat deteksi banjir.",
     "A research team from Sebelas Maret University (UNS) has developed a flood detection device."),
    ("Pasar Rebo", "Terminal bayangan di Pasar Rebo ditertibkan petugas Dinas Perhubungan.",
     "Transportation office officers cleared an unofficial bus stop in Pasar Rebo."),
    ("Kepulauan Seribu / Thousand Islands", "Kapal wisata menuju Kepulauan Seribu kembali berlayar.",
     "Tourist boats to the Thousand Islands have resumed sailing."),
    ("Pasar Senen", "Pedagang buku di Pasar Senen mengeluhkan sepinya pembeli.", "Booksellers at Pasar Senen complained of a lack of buyers."),
    ("names with Sanskrit number words", "Atlet angkat besi Dwi Hartono dan Tri Wulandari meraih medali emas.",
     "Weightlifters Dwi Hartono and Tri Wulandari won gold medals."),
    ("Eka / Panca in names", "Kuasa hukum terdakwa, Eka Panca Nugraha, mengajukan eksepsi.",
     "The defendant's lawyer, Eka Panca Nugraha, filed an objection."),
    ("month words in names", "Pelatih Septian Juniarto memanggil 23 pemain untuk pemusatan latihan.",
     "Coach Septian Juniarto has called up 23 players for a training camp."),
    ("full names kept whole", "Uka Suska Puji Utama terpilih sebagai ketua asosiasi petani kopi.",
     "Uka Suska Puji Utama was elected chairman of the coffee farmers' association."),
    # negation scope guards, litotes, antonym adjectives
    ("tidak hanya ... tetapi juga / not only ... but also", "Banjir tidak hanya merendam permukiman, tetapi juga memutus akses jalan.",
     "The floods not only inundated residential areas but also cut off road access."),
    ("tidak ramah / hostile", "Menurut dia, kebijakan itu tidak ramah terhadap pelaku usaha kecil.",
     "According to him, the policy is hostile to small businesses."),
    ("tidak sedikit / many (litotes)", "Tidak sedikit warga yang memilih mengungsi ke rumah kerabat.",
     "Many residents chose to take shelter with relatives."),
    ("tidak jarang / often", "Tidak jarang nelayan terpaksa melaut meskipun cuaca buruk.",
     "Fishermen are often forced to go to sea despite bad weather."),
    ("tak lama kemudian / shortly afterwards", "Tak lama kemudian, petugas pemadam kebakaran tiba di lokasi.",
     "Shortly afterwards, firefighters arrived at the scene."),
    ("keluarga tidak mampu / low-income families", "Bantuan itu diberikan kepada keluarga tidak mampu di Lombok Timur.",
     "The aid was given to low-income families in East Lombok."),
    ("gagal ginjal / kidney failure", "Puluhan anak dirawat karena gagal ginjal akut.", "Dozens of children were treated for acute kidney failure."),
    ("belum lama ini / recently", "Belum lama ini, pemerintah daerah meresmikan jembatan baru di desa itu.",
     "The regional government recently inaugurated a new bridge in the village."),
    ("tidak lain / none other than", "Pelaku pencurian itu tidak lain adalah penjaga gudang sendiri.",
     "The thief was none other than the warehouse's own guard."),
    ("tidak kurang dari / at least", "Tidak kurang dari 500 warga menghadiri doa bersama itu.",
     "At least 500 residents attended the joint prayer."),
    ("tanpa terkecuali / all", "Semua penumpang, tanpa terkecuali, wajib menunjukkan tiket.",
     "All passengers must show their tickets."),
    ("unanimous rendered without negation", "Tidak ada satu pun fraksi yang menolak usulan itu.", "No faction opposed the proposal."),
    # direction words in other senses
    ("naik kereta / took the train", "Ribuan pemudik memilih naik kereta api untuk pulang ke kampung halaman.",
     "Thousands of travellers chose to take the train to return to their hometowns."),
    ("turun ke jalan / took to the streets", "Mahasiswa turun ke jalan menolak revisi undang-undang itu.",
     "Students took to the streets to reject the revision of the law."),
    ("lebih dari / more than", "Lebih dari 300 rumah terendam banjir di Kabupaten Bandung.", "More than 300 houses were flooded in Bandung district."),
    ("kurang dari / less than", "Kurang dari sepekan, polisi berhasil menangkap pelaku.", "In less than a week, police arrested the perpetrator."),
    ("menerima penghargaan / received an award", "Puskesmas itu menerima penghargaan dari Kementerian Kesehatan.",
     "The community health centre received an award from the Health Ministry."),
    ("sebelum / prior to", "Sebelum menjabat sebagai bupati, ia bekerja sebagai guru.", "Prior to becoming district head, he worked as a teacher."),
    # titles rendered
    ("Kapolri / National Police chief", "Kapolri memerintahkan jajarannya menindak tegas pelaku penimbunan BBM.",
     "The National Police chief ordered his ranks to take firm action against fuel hoarders."),
    ("Menkeu / Finance Minister", "Menkeu mengatakan defisit anggaran masih di bawah tiga persen.",
     "The Finance Minister said the budget deficit was still below three percent."),
    ("Menlu / Foreign Minister", "Menlu bertemu mitranya dari Australia di sela pertemuan ASEAN.",
     "The Foreign Minister met her Australian counterpart on the sidelines of the ASEAN meeting."),
    ("Bupati / district head", "Bupati Garut meninjau lokasi longsor di Kecamatan Cisewu.",
     "The Garut district head inspected the landslide site in Cisewu subdistrict."),
    ("Bupati / Regent", "Bupati Banyuwangi membuka festival itu pada Sabtu malam.", "The Banyuwangi Regent opened the festival on Saturday night."),
    ("Panglima TNI / military commander", "Panglima TNI meninjau kesiapan pasukan perdamaian di Mabes TNI.",
     "The Indonesian Military commander inspected the readiness of peacekeeping troops at TNI headquarters."),
    ("Wali Kota / Mayor", "Wali Kota Surabaya meminta warga tidak membuang sampah ke sungai.",
     "The Surabaya Mayor asked residents not to throw rubbish into the river."),
    ("Gubernur DKI Jakarta / Jakarta Governor", "Gubernur DKI Jakarta meresmikan rusun baru di Cakung.",
     "The Jakarta Governor inaugurated a new low-cost apartment block in Cakung."),
    ("Kapolda / regional police chief", "Kapolda Jawa Timur memimpin apel pasukan Operasi Ketupat.",
     "The East Java Police chief led a troop parade for Operation Ketupat."),
    # agencies glossed
    ("MPR acronym gloss", "Majelis Permusyawaratan Rakyat (MPR) menggelar sidang tahunan di Gedung Nusantara.",
     "The People's Consultative Assembly (MPR) held its annual session at the Nusantara Building."),
    ("KPK / anti-graft agency", "KPK menggeledah kantor dinas pekerjaan umum di Medan.",
     "The anti-graft agency KPK searched the public works office in Medan."),
    ("BNPB full gloss", "Badan Nasional Penanggulangan Bencana (BNPB) mengirim helikopter untuk pemadaman.",
     "The National Disaster Management Agency (BNPB) sent helicopters to fight the fires."),
    ("Kejagung / Attorney General's Office", "Kejagung memeriksa tiga saksi dalam kasus korupsi timah.",
     "The Attorney General's Office questioned three witnesses in the tin corruption case."),
    ("Polri / National Police", "Polri menyiapkan 150.000 personel untuk pengamanan pemilu.",
     "The National Police prepared 150,000 personnel to secure the election."),
    ("BPS / Statistics Indonesia", "Menurut BPS, jumlah penduduk miskin turun tipis.",
     "According to Statistics Indonesia (BPS), the number of poor people fell slightly."),
    ("OJK / Financial Services Authority", "OJK mencabut izin usaha sebuah bank perkreditan rakyat di Jawa Tengah.",
     "The Financial Services Authority (OJK) revoked the business licence of a rural bank in Central Java."),
    ("MK / Constitutional Court", "Mahkamah Konstitusi (MK) akan membacakan putusan pekan depan.",
     "The Constitutional Court (MK) will read out its ruling next week."),
    # regions
    ("Jakarta Utara / North Jakarta", "Banjir rob merendam Pelabuhan Sunda Kelapa di Jakarta Utara.",
     "Tidal flooding inundated Sunda Kelapa Port in North Jakarta."),
    ("Jawa Barat / West Java", "Pemprov Jawa Barat menyiapkan 40 posko kesehatan di jalur mudik.",
     "The West Java provincial government prepared 40 health posts along the homecoming routes."),
    ("NTT / East Nusa Tenggara", "Kekeringan melanda sejumlah desa di NTT.", "Drought has hit several villages in East Nusa Tenggara."),
    ("Nusa Tenggara Timur (NTT) gloss", "Gubernur Nusa Tenggara Timur (NTT) meninjau lokasi banjir di Flores Timur.",
     "The Governor of East Nusa Tenggara (NTT) visited the flood site in East Flores."),
    ("Kabupaten Bandung Barat / West Bandung district", "Longsor menutup jalan di Kabupaten Bandung Barat.",
     "A landslide blocked a road in West Bandung district."),
    ("Jaksel / South Jakarta", "Polres Metro Jaksel menangkap pengedar narkoba di Kebayoran Baru.",
     "South Jakarta Metro Police arrested a drug dealer in Kebayoran Baru."),
    ("Sulsel / South Sulawesi", "Produksi beras Sulsel surplus tahun ini.", "South Sulawesi's rice production is in surplus this year."),
    # attributions
    ("kata dia / he said", "Pihaknya akan menambah armada bus selama libur sekolah, kata dia.",
     "His company will add more buses during the school holidays, he said."),
    ("ujarnya / she said", "\"Stok obat di rumah sakit masih aman,\" ujarnya.", "\"Drug stocks at the hospital are still sufficient,\" she said."),
    ("menurut dia / according to him", "Menurut dia, perbaikan jalan itu rampung akhir bulan ini.",
     "According to him, the road repairs will be completed by the end of this month."),
    ("tuturnya / he said", "\"Kami mohon maaf atas keterlambatan ini,\" tuturnya.", "\"We apologise for this delay,\" he said."),
    ("dateline JAKARTA (ANTARA) -", "JAKARTA (ANTARA) - Presiden meminta menteri mempercepat penyaluran bantuan sosial.",
     "JAKARTA (ANTARA) - The President asked ministers to speed up the distribution of social aid."),
    ("kata X kepada wartawan", "\"Penyelidikan masih berjalan,\" kata Kasat Reskrim Polres Bogor kepada wartawan.",
     "\"The investigation is ongoing,\" the head of the Bogor Police criminal investigation unit told reporters."),
]


MORE_TRAPS = [
    ("Weekday (d/m) / on Weekday (Mon. d)", "Kapal tanker itu kandas di Selat Bangka, Sabtu (6/4).",
     "The tanker ran aground in the Bangka Strait on Saturday (April 6)."),
    ("Weekday (d/m) mid-sentence", "Pada Sabtu (27/4), ratusan relawan menanam bakau di pesisir Manokwari.",
     "On Saturday (April 27), hundreds of volunteers planted mangroves on the Manokwari coast."),
    ("Weekday (d/m) after a quote", "\"Kami siap menggelar pemungutan suara ulang,\" kata Ketua KPU Magelang, Minggu (21/1).",
     "\"We are ready to hold a re-vote,\" the head of the Magelang elections commission said on Sunday (Jan. 21)."),
    ("d Month without weekday, di Padang", "Sebanyak 40 jemaah haji asal Padang diberangkatkan pada 11 Mei.",
     "A total of 40 hajj pilgrims from Padang departed on May 11."),
    ("Weekday, d Month yyyy with month name", "Perjanjian itu ditandatangani di Palembang pada Selasa, 10 Desember 2024.",
     "The agreement was signed in Palembang on Tuesday, December 10, 2024."),
    ("Rp6,1 miliar / Rp6.1 billion", "Kerugian akibat kebakaran pasar ditaksir Rp6,1 miliar.",
     "Losses from the market fire are estimated at Rp6.1 billion."),
    ("Rp7,9 miliar / IDR 7.9 billion", "Polisi menyita uang tunai senilai Rp7,9 miliar dari rumah tersangka.",
     "Police seized IDR 7.9 billion in cash from the suspect's home."),
    ("Rp 250.000 / 250,000 rupiah, per orang", "Setiap keluarga menerima bantuan tunai Rp 250.000 per bulan.",
     "Each family receives cash aid of 250,000 rupiah a month."),
    ("US$ juta / $ million", "Bank Dunia menyetujui pinjaman US$300 juta untuk program air bersih.",
     "The World Bank approved a $300 million loan for a clean water programme."),
    ("pukul 13.45 WIB / 1:45 p.m. local time", "Rombongan presiden tiba di Bandara Adisutjipto pukul 13.45 WIB.",
     "The presidential entourage arrived at Adisutjipto Airport at 1:45 p.m. local time."),
    ("pukul 09.30 WIB / 9:30 a.m. Western Indonesia Time (WIB)", "Sidang dimulai pukul 09.30 WIB dengan agenda pembacaan dakwaan.",
     "The hearing began at 9:30 a.m. Western Indonesia Time (WIB) with the reading of the indictment."),
    ("pukul 06.00 WITA / 6 a.m. local time, pagi", "Pada pukul 06.00 WITA pagi, air laut mulai surut di pantai Kuta.",
     "At 6 a.m. local time, the sea began to recede on Kuta beach."),
    ("pukul 21.00 WIT / 9 p.m. Eastern Indonesia Time", "Jam malam di Wamena berlaku mulai pukul 21.00 WIT.",
     "A curfew in Wamena takes effect from 9 p.m. Eastern Indonesia Time."),
]


def trap_rows(rng: random.Random) -> list[Row]:
    out: list[Row] = [(c, i, e, "", "no change") for c, i, e in TRAPS]
    # more date, money and time traps in other sentence shapes (trap-114 .. trap-126)
    out += [(c, i, e, "", "no change") for c, i, e in MORE_TRAPS]
    return out


# ------------------------------------------------------------------------------------------------- split
def split_half(rows: list[list[str]]) -> dict[str, str]:
    """``{row id: "tune" | "heldout"}``: within each kind, rows ordered by the SHA-1 of their id; the 1st, 3rd,
    5th ... go to ``tune``, the others to ``heldout``."""
    by_kind: dict[str, list[str]] = {}
    for r in rows:
        by_kind.setdefault(r[1], []).append(r[0])
    out: dict[str, str] = {}
    for ids in by_kind.values():
        for k, rid in enumerate(sorted(ids, key=lambda x: hashlib.sha1(x.encode("utf-8")).hexdigest())):
            out[rid] = "tune" if k % 2 == 0 else "heldout"
    return out


GENERATORS: list[tuple[str, str, Callable[[random.Random], list[Row]]]] = [
    ("number", "num", number_rows), ("money", "mon", money_rows), ("date", "dat", date_rows),
    ("time", "tim", time_rows), ("quantity", "qty", quantity_rows), ("score", "sco", score_rows),
    ("name", "nam", name_rows), ("title", "tit", title_rows), ("agency", "agy", agency_rows),
    ("region", "reg", region_rows), ("speaker", "spk", speaker_rows), ("negation", "neg", negation_rows),
    ("direction", "dir", direction_rows), ("trap", "trap", trap_rows),
]


#: rows kept per templated kind (the hand-written negation, direction and trap lists are kept whole)
PER_KIND = 36


def build(seed: int) -> list[list[str]]:
    """All rows, in kind order, with ids ``<prefix>-<nnn>``; no Indonesian sentence occurs twice."""
    rows: list[list[str]] = []
    seen: set[str] = set()
    for kind, prefix, gen in GENERATORS:
        rng = random.Random(f"{seed}-{kind}")
        kept: list[Row] = []
        for row in gen(rng):
            if row[1] in seen or row[2] in seen:
                continue
            seen.update((row[1], row[2]))
            kept.append(row)
        if kind not in ("negation", "direction", "trap"):
            kept = kept[:PER_KIND]
        for k, (conv, idt, good, bad, note) in enumerate(kept, 1):
            for text in (conv, idt, good, bad, note):
                if "\t" in text or "\n" in text:
                    raise ValueError(f"tab or newline in row {prefix}-{k:03d}")
            if kind != "trap" and good == bad:
                raise ValueError(f"{prefix}-{k:03d}: changed text equals faithful text")
            rows.append([f"{prefix}-{k:03d}", kind, conv, idt, good, bad, note])
    return rows


def write(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "corpora" / "wire-suite"))
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    rows = build(args.seed)
    half = split_half(rows)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    write(out / "tune.tsv", [r for r in rows if half[r[0]] == "tune"])
    write(out / "heldout.tsv", [r for r in rows if half[r[0]] == "heldout"])
    n_change = sum(1 for r in rows if r[1] != "trap")
    print(f"{len(rows)} rows ({n_change} changed, {len(rows) - n_change} traps) -> {out}")


if __name__ == "__main__":
    main()
