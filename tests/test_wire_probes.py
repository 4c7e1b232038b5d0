"""Wire-style probe pairs (``tests/data/wire_probes.tsv``): every faithful rendering gives no finding at major or
above, and every changed one is caught (critical for numbers, dates, money, times, names, titles, agencies,
regions and speakers; major or above for negation, direction and vague quantities). Trap rows hold a faithful
rendering only, one that differs from the source legitimately.

Rows of kind ``trap`` are faithful renderings only, worded differently on purpose (no changed version).

The probes were written in rounds to find gaps; the few changes still missed are listed in :data:`KNOWN_MISSES`
and the few faithful renderings still flagged in :data:`KNOWN_FALSE_ALARMS`, each with the reason, as strict
expected failures, so fixing one shows up here.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from drift_helpers import check_pair

PROBES = Path(__file__).parent / "data" / "wire_probes.tsv"

#: changed rows the detectors still miss, and why
KNOWN_MISSES = {
    # round p68 (English news copy rendered into Indonesian: negation absorbed by a word, written before fixing)
    "p68-254": "'freed' (lemma 'free', a lexical negative) renders 'dibebaskan' word for word, but 'dibebaskan' is no "
               "listed form of 'bebas', so the English side keeps one lexical negative more, read as the rendering "
               "of the dropped 'tanpa' (as on main)",
    "p68-256": "'buron' (still at large) of the first clause stands within the lexical-negative span (four tenths of "
               "the sentence) of the 'do not' added to the second clause, so it is read as that negator's rendering: "
               "places are all the check has to pair them (as p42-03)",
    # round p42 (negation added or removed beside another negative word)
    "p42-03": "'sulit' (difficult) of an attributive clause stands about where the added 'not' stands in a short "
              "sentence, so it is read as the rendering of that 'not' (places are all the check has to pair them)",
    "p42-16": "'tidak ... sampai' and 'not ... until' both read 'only then', so neither side counts the negator: a "
              "'not' dropped before 'until' leaves both sides at none",
    # round p43 (every wire convention, a fresh round)
    "p43-36": "belasan (a dozen or more) against 'scores of', as p12-19: both are read as vague tens",
    "p43-48": "a one-word name into a near spelling (Suparman / Suparno), as p34-15: the spelling tolerance takes it "
              "as a variant",
    # round p44 (every wire convention, a second fresh round: regional news, fisheries, mining, migrant workers)
    "p44-35": "'beberapa' (a few) alone is no vague quantity: read as one, it would face every exact count a "
              "translator gives for it ('three residents'), so 'dozens' in its place faces nothing",
    "p44-74": "a compass point into its neighbour (barat daya / northwest): neighbouring points are no pair of the "
              "lists, as real translations mix them up (NTREX renders 'tenggara' as southwest), so they would be "
              "false alarms on faithful copy",
    "p44-77": "an office (Kepala Desa) against a plain noun before the same name ('fisherman'): a dropped office is "
              "common in translation and the noun is no office of the lists",
    "p44-89": "'eksepsi' rendered 'objection', which is also a member of menolak's other row (keberatan/objection "
              "against setuju), so the source's 'menolak' reads as rendered and 'accepted' faces nothing",
    # round p49 (every wire convention, a third fresh round: long sentences, datelines, units, counted nouns)
    "p49-067": "a monument named in ordinary capitalised words (Monumen Pancasila Sakti) is read as no name, so the "
               "known National Monument in its place faces nothing",
    "p49-071": "two speakers' claims swapped within one sentence: each speaker is still found with a speech verb, and "
               "what each said is not matched to them",
    "p49-124": "anjlok (plunged) against soared where the source also holds 'menambah' (raise): 'soared' is a member "
               "of menambah's row too, so it reads as that word rendered",
    "p49-176": "a ferry's name with its last word changed into an honorific (Tunu Pratama Jaya / Tunu Pratama Mulia, "
               "'Yang Mulia'): the honorific is no word of the name, so the names differ in length, as p27-14",
    "p49-303": "a quote's 'ujarnya' (the police chief) given to 'the suspect's lawyer': the office pairs with "
               "'Police chief', a lawyer alone is no entity finding, and the attribution check does not read 'ujarnya' "
               "as the named speaker of the sentence before",
    "p49-286": "'tidak melarang' (does not ban) against 'bans': 'ban' is a soft negator, which balances the hard one "
               "on the other side (as p19-34)",
    "p49-182": "killed and injured counts swapped where the second noun is 'lainnya' / 'others', which counts no kind "
               "of its own",
    # round p58 (informal review and social-media Indonesian: litotes, negations rendered by one word, rhetorical
    # questions, exclamations, kurang, comparisons, lines split otherwise; rows whose faithful rendering stayed
    # flagged were left out: p58-15, -23, -50, -58, -82, -86, -98)
    "p58-8": "'tak pernah sepi' (always busy) against 'not always packed': each side holds one negator, and 'not "
             "always' is not told from 'never' by the counts",
    "p58-22": "'seenak ini' (this tasty) is an equative of 'enak' read as a direction word only after a negator, so "
              "'this bad' faces no member",
    "p58-47": "a rhetorical 'siapa yang tidak suka' (everyone loves) against 'Nobody loves', as p47-73",
    "p58-48": "'gimana gak betah' (no wonder we loved it) is rendered without a negator, and 'wanted to leave' "
              "against 'betah' (feel at home) is no pair of the direction rows",
    "p58-49": "a 'not' near a rhetorical 'gimana gak' is read as its rendering ('how could I not be annoyed')",
    "p58-53": "'malu' (ashamed) against 'proud' is no pair of the direction rows, and the rhetorical 'apa nggak' "
              "question holds a negator the English question drops",
    "p58-64": "'kurang nendang' (did not quite hit the spot): 'nendang' is no word of the direction rows, so the "
              "dropped 'kurang' (a lexical negative) is not seen",
    "p58-65": "'kurang puas' against 'quite satisfied': 'puas' is no word of the direction rows, as p58-64",
    "p58-68": "'kurang rekomen' against 'Great for': 'rekomen' is no word of the direction rows, as p58-64",
    "p58-69": "'hot enough' keeps a 'kurang panas' (not hot enough) by its 'enough', so the dropped 'not' is not seen",
    "p58-73": "'lebih murah' (cheaper) against 'cost way more': 'cost more' is read as an amount, not as 'mahal'",
    "p58-74": "'lebih sedikit' (smaller) against 'bigger': two rows (few/many, small/big), so no row holds both",
    "p58-75": "'kurang garam' (needed more salt) against 'too much salt': 'too much' is no member of the less/more row",
    "p58-83": "'sepi' (quiet) is a lexical negative: a 'not' added to its rendering is read as that negation rendered",
    "p58-85": "'asal jadi' (carelessly) holds no negator: 'carelessly' dropped for 'carefully' changes no count, as "
              "p47-82",
    "p58-90": "'kehabisan' (ran out of) is no negator: 'We got tickets' drops the English negator of a side with none",
    "p58-92": "'tanpa sendok' against 'with a spoon, not your hands': each side holds one negator",
    "p58-124": "'a bargain' is no member of the cheap/expensive row ('bargain' is also haggling in news copy)",
    "p58-129": "'for more money' against 'lebih murah': 'more money'/'less money' are no members of the price row, as "
               "amounts ('deliver more money' = lebih banyak uang) are the many/few row's",
    # round p47 (negation and direction in informal review copy and news: chat spellings, lexical renderings, idioms)
    "p47-69": "'gak ada yang spesial' is an idiom as 'tidak ada yang istimewa' is (rendered 'nothing special', itself an "
              "English idiom), so neither side counts a negator and 'something special' faces none",
    "p47-73": "a rhetorical 'siapa yang gak kenal' (everyone knows) against 'Nobody knows': each side holds one negator, "
              "and a negator's reading as a rhetorical question is not compared",
    "p47-75": "'Everybody hates' against a rhetorical 'mana ada orang yang nggak suka' (everybody loves): 'everybody' "
              "renders the rhetorical negator, and 'hates' against 'suka' is no pair of the direction rows",
    "p47-81": "'collapse' is a lexical negative (fall through, break down), so it explains the source's 'tidak' once "
              "'Substandard' is changed into 'Quality'",
    "p47-82": "'jauh dari kata alot' (far from tough) holds no negator, only a lexical negative phrase: a negation "
              "dropped from a side with none is not seen",
    "p47-83": "the added 'not' stands before 'till' and reads as 'not ... until' (only then), which counts no negator",
    # round p39 (directions: antonyms in names, superlatives, comparatives, prefixes)
    "p39-51": "'paling tidak' (at least) against 'at most': a pair member holding a negator is left to the negation "
              "check, and 'paling tidak' is a negation idiom (its negator negates nothing), so it is no member",
    "p39-61": "the source holds both members (tertimbun = buried, dapat dilalui = passable), so the changed "
              "member is not told apart, as p8-19",
    "p39-64": "kondusif (favourable) against unfavourable: the stem is neither a listed member nor spelt like the "
              "source word",
    # round p48 (titles and regions, a fresh round across the provinces: acting, deputy, former, local offices)
    "p48-39": "a lurah (urban village head) rendered 'subdistrict head': the lists relate the two, as Jakarta's "
              "kelurahan are often called subdistricts in English",
    "p48-52": "a president director against a commissioner: 'commissioner' is also the police rank Kompol, so it is no "
              "office of the lists (as p38-253)",
    "p48-70": "the head of Bank Indonesia's provincial office (Kepala Perwakilan BI) against the bank's Governor: "
              "'Perwakilan' stands between the head and the bank, so 'Kepala' stays the generic head",
    "p48-93": "a regency's police chief (Kapolres Bogor) against the city's ('Bogor city police chief'): a tier "
              "inside a police office is not read, only Kabupaten/Kota before a place",
    "p48-153": "the Jakarta police (Polda Metro Jaya) against the West Java police: the source names no region, and a "
               "region added to a body of the same kind is not read as a change",
    "p48-198": "a word dropped inside a copied English name ('Free West Papua Campaign' -> 'Free Papua Campaign'): "
               "Indonesian reads 'Papua' alone in it, which the shorter name still holds",
    # round p38 (regions and titles)
    "p38-162": "a toll road named by its two ends (Tol Jakarta-Cikampek) is one unknown name, so the end changed "
               "into a known place (Merak) faces no known entity: a known place alone is no finding",
    "p38-185": "an assistant to the regional secretary (Asisten Pemerintahan Setda) is no office of the lists, so the city "
               "secretary in its place stands alone",
    "p38-250": "'Military Area' without 'Command' is no form of the Korem, so the Kodim's commander faces no other body",
    "p38-251": "the head of a unit of an agency (Kepala Pusat Data ... BNPB) against the agency's head: the unit is no "
               "body of the lists, so 'Kepala' stays the generic head, which renders any head's office",
    "p38-253": "a commission's chairwoman against its commissioner: 'commissioner' is also the police rank Kompol, so it "
               "is no office of the lists",
    "p38-255": "a prison's head against the police's, as p18-04: the generic head before an unlisted place names no body",
    # round p41 (a name removed, an agency swapped)
    # round p45 (names holding a word the vocabularies once held)
    "p45-02": "a given name changed before the same surname, where the surname reads as an English word through its "
              "stem (Harding: hard + -ing), so only the given name is left to tell the people apart",
    "p45-06": "a city before an office holder's name (Wali Kota Los Angeles Karen Bass): the city and the name are read "
              "as one name, whose tail the English keeps",
    # round p37 (a name removed from the English)
    "p37-5": "'New Plymouth' in Indonesian copy: 'New' is no distinctive word and 'Plymouth' is not read as a name there",
    "p37-6": "a name holding Indonesian words (Waduk Gajah Mungkur) may be translated as a whole, so a translation "
             "without its one distinctive word has not necessarily lost it",
    # round p34 (every wire convention)
    "p34-08": "a name's two words in the other order on second mention (Nawawi Pomolango / Pomolango Nawawi), as p23-29",
    "p34-14": "a one-word name into a longer name that holds it (Emilia / Emiliana): the spelling tolerance for "
              "variant spellings (Tarmizi / Tarmidzi) takes it as the same name",
    "p34-15": "a one-word name into a near spelling (Karyoto / Karyanto): the spelling tolerance takes it as a variant",
    "p34-27": "customs against immigration, both written as a bare common noun ('Immigration at Soekarno-Hatta')",
    "p34-39": "a pronoun speaker (katanya) against a person the sentence names as the one met: the pronoun's "
              "referent is not the named person, but no earlier sentence names who 'he' is",
    "p34-40": "the speaker and the person accompanying him changed places: the Indonesian office holds 'dan' "
              "(Haji dan Umrah), so the speaker is read as that office without its holder's name, and an office "
              "against a name is no swap",
    "p34-63": "belasan (a dozen or more) against dozens, as p12-19",
    "p34-68": "'tidak naik hingga akhir tahun' against 'would rise before the end of the year': 'tidak ... hingga' "
              "is read as English 'not ... until' (a time, no negation), so the dropped negation is not counted",
    "p34-70": "'bukan tidak mungkin' (possible) against impossible: a lexical negative is no negator, as p19-15",
    "p34-74": "a ferry route with its two ports swapped (from Merak to Bakauheni / from Bakauheni to Merak), as p24-53",
    "p4-03": "both directions swapped at once (released/detained): the sides still hold one member each",
    "p4-24": "a traffic jam clearing against building up: 'build' is too common a word to list",
    "p8-18": "a substitute brought on against taken off",
    "p8-19": "demolished to make way for a station: the source holds both members (dirobohkan, pembangunan)",
    "p11-19": "erratic against predictable: a negated adjective rendered by a word, changed into its antonym",
    "p12-01": "setengah (half) against 60 percent: a fraction word against a percentage is major, not critical",
    "p12-19": "belasan (a dozen or more) against 'more than 20'",
    "p17-07": "'put ... up' against cut: 'put up' is mostly erect or install (put up banners), so it is no rise",
    "p18-04": "a prison's head against the police's: a generic head before an unlisted place ('Cipinang') names no body",
    "p18-18": "a detention centre (rutan) against a prison: 'prison' is too common an English word to list as a body",
    # an Indonesian word that carries the negation against a plain English word: lexical negatives only
    # explain a difference away, they are no negator of their own
    "p19-15": "kurang (not enough) against sufficient",
    "p19-29": "menampik (rejected) against accepted: a soft negator alone is no evidence",
    "p19-34": "tidak ... menolak against rejected: the soft negator on the other side balances the count",
    "p19-38": "mencegah (prevented) against let",
    "p20-33": "batal (called off) against 'took place'",
    "p20-34": "bungkam (kept silent) against answered",
    "p20-38": "berbeda pendapat (disagree) against agree",
    "p20-41": "mandek (stalled) against moved",
    "p24-12": "padat (heavy traffic) against light: 'heavy' and 'light' are too common English words to list",
    "p24-25": "mati (lights out) against 'were on': 'on' and 'out' are particles too common to list",
    "p24-41": "'paling sedikit' (fewest) against highest: the phrase is mostly 'at least', a bound and no direction",
    "p24-50": "crowding easing (terurai) against building: 'build' is too common a word to list",
    "p24-52": "named a suspect (menetapkan ... tersangka) against cleared: the verb and its object stand apart",
    "p24-53": "dari (from) against to: prepositions of a route are too common to list",
    "p23-11": "the changed word of a name is an ordinary word (Amin, Rais: amen, leader), so it is no token of the name",
    "p23-14": "a name glued to the club before it ('Gelandang Persib Bandung Marc Klok'): the player's name matches the whole",
    "p23-29": "a name's two words in the other order (Budi Santoso / Santoso Budi): East Asian names are written both ways",
    "p23-32": "the kept surname (Shihab) is an ordinary Indonesian word, so the source name has one token left",
    "p23-33": "a name whose surname became its first word (Anwar Ibrahim / Ibrahim Ali): no word at the same place",
    "p27-09": "a corruption court (Pengadilan Tipikor) against a district court: Tipikor courts sit in district courts, "
              "so the two are related, never a swap",
    "p27-14": "a company name with one word changed into an Indonesian honorific (Sinar Jaya / Sinar Mas): the "
              "honorific is no token of the English name, whose other words are all in the source",
    "p27-28": "team manager against coach: 'manager' is also the English name of a football coach, so the offices are related",
    "p28-09": "one volcano for another of near spelling (Lewotobi / Lewotolok, both in East Flores): the spelling "
              "tolerance that lets 'Lewotobi' match a variant spelling matches the other name too",
    "p29-23": "'jauh dari cukup' (far from enough) against 'more than enough': no negator on either side, and 'jauh "
              "dari' is most often distance (jauh dari pusat kota), so it is no negator to list",
    "p29-32": "'membantah tidak membayar' against 'denied that it had paid': a soft negator (deny) may render the hard "
              "one too ('membantah tidak terlibat' = denied involvement), so soft plus hard against soft stays unsure",
    "p29-18": "a negation moved to the other clause across 'but': each side holds one negator, and translators put "
              "clauses in another order as often ('He sent his deputy but did not come himself'), so it is not read",
    "p29-19": "a negation moved to the other clause across 'but' (see p29-18)",
    "p32-23": "'tak terduga' (unexpected) against expected: the phrase is a negation idiom, since it is as often rendered "
              "by a word with no negation in it ('sudden', 'a twist')",
    "p32-16": "melarang (banned) against letting: 'melarang' is no counted negator, since 'tidak melarang' (allowed) "
              "would then be a double negation that 'has banned' could no longer be told from",
    "p31-19": "a ministry's inspector general against its secretary-general: 'Inspector General' is also the police "
              "rank Irjen, and a rank in place of an office is no swap",
    "p31-88": "membatalkan (called off) against confirmed: 'confirm' is the opposite of deny in the lists, not of cancel",
    "p31-101": "China against Taiwan: exonyms.tsv relates the two, so they never form a swap",
    "p35-07": "won ... losing for menang ... menang: converse rows stay out of the both-members rule (their arguments may swap)",
    # round p46 (foreign and historical names in their Indonesian form, names translated word by word)
    "p46-47": "'Gedung Opera Sydney' dropped while 'Sydney' stays: the name's other words are translated, and a name "
              "of ordinary words with a known place is not reported alone (translators drop and add such descriptions)",
    # round p50 (numbers, dates and times as wire copy renders them)
    "p50-26": "G20 against 'Group of 7': the source's value sits inside a token, so it is read as a name, and the "
              "lone 7 is a number with no counterpart (major, not critical)",
    "p50-50": "36 °C against 38 °C with an unchanged Fahrenheit bracket (97 °F): the bracket converts 36, so the "
              "source number is matched and the changed 38 is left alone (major)",
    "p50-61": "'kedua negara' (the two countries) against 'three countries': 'kedua' before a noun is 'both', no "
              "ordinal, and is weak (also 'second'), and a small number word alone is not reported",
    # round p57 (scores, results and standings in sports copy; ordinals of periods and places)
    "p57-47": "winner and loser swapped with the same score and verb (A mengalahkan B / B beat A): the numbers and "
              "the direction word agree, and which name stands before the verb is not compared",
    "p57-116": "two places swapped between two riders (ketiga ... kedua / second ... third): each ordinal still finds "
               "its value on the other side, and which name an ordinal belongs to is not compared",
    # round p52 (antonym swaps of adverbs, deadlines and advice)
    "p52-2": "'sebelumnya' (before) stands in the scope of 'belum pernah' (never) while 'after' is not next to "
             "'never': a member negated on one side only is left to the negation check",
    "p52-39": "'mendahulukan' (put first) is a verb the lexicon does not list against 'last'",
    # round p51 (modal idioms, attendance 'absen', negator + word rendered by one English word)
    "p51-15": "'kewalahan' (overwhelmed) has a negation in its meaning only, so neither 'couldn't keep up' nor the "
              "changed 'could keep up' has a counted negator to face: the change leaves both sides at none",
    # round p53 (a name left out, an agency swapped: families of the real pairs' misses)
    "p53-13": "a hyphenated Korean name (Kim Jong-jin) is split into short parts that vocabularies know, so it is "
              "too weak to be reported alone",
    "p53-14": "'Dan' opening a name is read as the conjunction 'dan', so only the surname is a mention, and one "
              "unknown word is not reported alone",
    "p53-21": "'Andi' is no distinctive word, so 'Andi Wijaya' is a one-word name, not reported alone",
    "p53-25": "FBI is an unknown acronym to the lists; an unknown acronym left unmatched may be rendered by any "
              "body in words, so the added 'Department of Justice' is not reported",
    "p53-26": "the short capitalised sentence is read as a title-case headline, so 'Met Office Conference' is no "
              "mention and the lost party (known) is not reported alone",
    "p53-28": "two bodies in words of one head kind ('Kantor Pos' / 'Met Office'): an unknown body in words is "
              "taken as translated by any other body of its kind",
    "p53-31": "a generic parliament ('Parlemen Skotlandia') may be rendered by a named chamber of any legislature",
    "p58-50": "the rhetorical 'masa ... gak' holds a negator, so the added 'can't' reads as its rendering",
    "p58-58": "'nggak banget' holds a negator, so the 'not' of 'not that bad' reads as its rendering",
    "p58-86": "'wasn't up to par' removed leaves 'up to par', which no lexicon row pairs with 'mengecewakan'",
    "p58-98": "'Never again' replaced by 'I'll be back' in a line of several sentences: the source's two negators "
              "already outnumber the faithful English's, so one fewer is no new difference",
    # round p55 (encyclopaedic and travel copy: translated and transliterated names, eras, units, ranks)
    "p55-12": "a canal named by its country (Panama Canal) read as the country Panama, an unknown name of the source "
              "(Terusan Suez) facing a known country: no swap between the two kinds",
    "p55-23": "a sentence-opening one-word name (Mencius) pairs only with a copied unknown name, and Konfusius is a "
              "known group (Confucian): the two are of different kinds",
    "p55-45": "two one-word names that each open their sentence (Sirius, Vega) are read as possible ordinary words, "
              "which stand in no swap",
    "p55-444": "a ruler's epithet (Agung = the Great) is read as the last word of the name, as a surname is, so the "
               "given name changed with it kept (Petrus / Catherine the Great) is not seen",
    # round p56 (direction words in other senses, negation rendered lexically or absorbed)
    "p56-24": "'not ... until' reads 'only then' (as 'did not start until 20:30' = 'baru dimulai'), so the added "
              "'not' before 'until half-time' is not counted",
    "p56-28": "'lantai atas' (upper floors) is no listed member ('atas' alone is no direction), so 'lower floors' "
              "has nothing to flip against but the 'menurunkan' (launched) that it seems to render",
    "p56-46": "'tidak kurang dari' states 'more than' (row more/less), 'at most' is of another row (at least / at "
              "most), so no row holds both",
    "p56-49": "'tidak menyetujui' against the plain opposite 'rejected' reads as its rendering (as 'tidak naik' = "
              "fell), so the negator counts as rendered: that 'every one except PKS' turns the subject around is "
              "not read",
    "p56-60": "a hard negator ('tidak aman') against a soft one ('denied') is inconclusive by design (menolak = "
              "'turned down' carries no negator), so the dropped 'un-' of 'unsafe' is not reported",
    "p56-71": "'bukan tidak mungkin' is a double negation (possible); 'impossible' is an affix negative, which "
              "counts as lexical only, not as a negator of its own",
    "p56-111": "'tidak pernah absen' is two negators that cancel (never absent) and 'missed' is a lexical negative, "
               "so the counts balance; 'often' has no partner in the source",
    # round p59 ('<head> of <place>' names): changes the head rule does not see
    "p59-7": "an office swapped for another office of another place: 'Governor of Jakarta' against the central "
             "bank's governor, the body's name left out is not read",
    "p59-8": "'Metropolitan Museum of Art' against 'Museum Seni Modern': the head 'Museum' is rendered, the name "
             "in words is taken as translated",
    "p59-23": "'Bank of America' against 'Bank Dunia': the head 'Bank' is rendered and the new place is taken as its qualifier",
    "p59-27": "two ministries of one head kind ('Departemen Kehakiman' / 'Department of State'): the head is rendered",
    "p59-33": "'Bank of the Philippine Islands' against 'Bank Pembangunan Asia': the head 'Bank' is rendered",
    "p59-38": "'Bank of Indonesia' against 'Bank Rakyat Indonesia': the head 'Bank' and the place are rendered",
    "p59-39": "'Council of Europe' against 'Parlemen Eropa': parliament and council are one head kind",
    "p59-40": "'University of Bandung' against 'Universitas Padjadjaran': the head is rendered and Bandung stands elsewhere",
    "p59-42": "'Bank of America' against 'Bank Sentral Amerika Serikat': the head 'Bank' and the place are rendered",
    "p59-43": "'Bank of Japan' against 'Bank Sentral Eropa' beside another 'Bank Sentral': the head is rendered",
    "p59-47": "'Prince of Wales' against 'Putra Mahkota Inggris': a title, not a body or place head",
    "p59-49": "'Commonwealth Bank of Australia' against 'Bank Sentral Australia': the head 'Bank' is rendered",
    "p59-62": "'Duke of Edinburgh' against 'Universitas Edinburgh': a title, not a body or place head",
    "p59-3": "'State of' is no head kind, and a university's head left out beside its place is not read (English often drops it: 'Oxford researchers')",
    "p59-46": "as p59-3 ('Universitas California' told by 'State of California')",
    "p59-32": "'Universitas Tokyo' told by 'Tokyo': a university's head left out is not read (see p59-3)",
    "p59-52": "as p59-32 ('Universitas Sydney' told by 'Sydney')",
    "p59-64": "'Sea of Natuna' against 'perairan Natuna': the 'Laut' of 'Angkatan Laut' (navy) counts as its head",
    "p59-70": "'Universitas Oxford' / 'Cambridge researchers': the university's head goes unsaid in English and the place put in place of another is not paired",
    "p59-75": "'Church of Jakarta' against 'Gereja Katedral Jakarta': the head 'Gereja' is rendered",
    "p59-17": "the strait left out, its place kept ('off Malacca'): a place's head often goes unsaid in English ('Danau Kinneret' = the Kinneret), so only a bank's dropped head is read",
    "p59-63": "as p59-17 ('Laut Jawa' told by 'off Java')",
    "p59-74": "as p59-17 ('Selat Taiwan' told by 'near Taiwan')",
    # round p65 (NTREX-style English news rendered into Indonesian)
    "p65-134": "the English turns the sentence round (subject 'Kerusuhan ... setelah pemilu' first, 'killed in the "
               "pre-election violence' last), so 'setelah' and 'pre' stand too far apart by place to be paired "
               "('... killed in the violence before the election' is missed alike); unturned (p65-131) it is caught",
    # round p70 (lead: absorbed negation)
    "p70-9": "'tidak lebih lambat dari' (no later than) is a bound on both sides, so 'later than' against it reads as "
             "the bound without its negator, as 'tidak lebih dari' / 'more than' does",
    "p70-34": "'tidak pernah absen' (never missed) against 'missed every session': a double negation on one side "
              "against a lexical negative on the other is not reduced to one polarity",
    # round p66 (review of the tenth pass's rules)
    "p66-1": "'satu tahun' holds the weak number word 'satu' (matched, never reported alone), so '11 months' faces "
             "nothing and is reported as added (major), not as the year changed (critical)",
    # round p67 (absorbed negation in FLORES-style copy): the negation lives in an Indonesian word of its own
    # meaning; the changed English drops it with no negator on either side, so the negation check counts nothing
    "p67-243": "'berhenti melayani' (no longer serves) changed to 'now also handles': neither side holds a negator",
    "p67-244": "'melajang' (stayed single) changed to 'married twice': neither side holds a negator, and no direction "
               "row pairs 'melajang' with 'married'",
    # round p69 (informal review Indonesian: negation absorbed by an antonym)
    "p69-230": "'abal-abal' (knock-off) restates the negated 'gak original' and 'knockoff' renders it, which the "
               "dictionary does not give for 'abal-abal': the guard word is taken for the negator's rendering",
    # round p75 (blind round), a changed row written with its fixes
    "p75-127": "'tidak ... sampai' reads 'not ... until' (only then) and counts no negator, so an English that drops "
               "the negation and turns 'until' into 'before' is no flip to the count",
}

#: faithful rows still flagged at major or above, and why: kept in the file so that their family stays in view
KNOWN_FALSE_ALARMS: dict[str, str] = {
    # round p68 (English news copy rendered into Indonesian: negation absorbed by a word), kept after its fixes
    "p68-10": "'irit bicara' (sparing with words) rendered 'would not say much': an idiom of two plain words",
    "p68-14": "'tidak menimbulkan kerusakan berarti' rendered 'only minor damage': the negator negates the verb, the "
              "word it denies ('berarti', significant) stands two words on, where no guard looks",
    "p68-16": "'tidak bersalah' rendered 'acquitted': see p65-133",
    "p68-35": "'mundur sebelum masa jabatannya berakhir' rendered 'stepped down without finishing his term': 'before' "
              "renders 'without' only with a word of the missed chance ('sebelum sempat', 'without having'), since "
              "'X before Y' against 'Y without X' swaps the events",
    "p68-43": "'merugi' (made a loss) rendered 'did not make a profit': the direction check reports loss/profit too",
    "p68-51": "'belum meraup untung' rendered 'losing money': the direction check reports profit/loss too",
    "p68-68": "'belum pernah juara sejak 1990' rendered 'last title came in 1990': no 'since' on the English side "
              "(numbers are no tokens of the check)",
    "p68-69": "'tak mampu mengimbangi' rendered 'outplayed': 'mampu' is no auxiliary, so the guard looks up 'mampu', "
              "not the verb after it",
    "p68-84": "'seorang diri' (alone) rendered 'did not have accomplices': a limiter told as a negated noun",
    "p68-108": "'baru tersedia bagi pengguna di AS' rendered 'not yet available outside the US': a limiter ('baru', "
               "only) told by a negated complement; 'only' against a negator is a real flip often enough",
    "p68-137": "'lebih memilih diam ketimbang berdebat' rendered 'chose not to argue and stayed silent': a 'rather "
               "than' told by a negated verb; 'rather than' against a negator is a real flip often enough",
    "p68-152": "'menjauhi' (keep away from) rendered 'not to go near': the direction check reports far/near too",
    "p68-161": "'ludes' (sold out) rendered 'no tickets left': 'ludes' is no lexical negative, 'did not sell out' "
               "against it (p47-68) is a flip",
    "p68-172": "'lolos dari hukuman penjara' (escaped a prison term) rendered 'will not go to prison': 'lolos' is also "
               "'qualified', 'lolos dari' also 'got through'",
    "p68-231": "'Semua warga desa selamat' rendered 'None of the villagers were killed': the negation check pairs them "
               "('none harmed' = 'all safe'), but the direction check reads 'killed' as not negated ('None' stands "
               "more than three words before it) and reports survive/kill",
    "p68-239": "as p68-231, the mirror: 'tewas seluruhnya' rendered 'None ... survived'",
    # round p58 (informal review Indonesian), kept after its fixes
    "p58-15": "'ga bakal nyesel' (won't regret) rendered by 'will love': a negated regret told as the positive feeling",
    "p58-23": "'gak mau pulang' (did not want to go home) rendered 'wanted to stay': the negated verb told by its opposite, "
              "which no direction row pairs with 'pulang'",
    "p58-50": "a rhetorical 'masa ... gak bisa' (surely ... can) rendered as the positive question it asks",
    "p58-58": "'nggak banget' (a slang verdict: a total no) rendered 'a total no-go', with no English negator",
    "p58-86": "'mengecewakan' (disappointing) rendered 'wasn't up to par': a negative word told by a negated idiom",
    "p58-98": "'gak lagi-lagi' (not again) rendered 'never again' in a line of several sentences the check pairs as one",
    # round p55 (encyclopaedic and travel copy)
    "p55-20": "Cheng Ho / Zheng He: an older Indonesian romanisation of a Chinese name against pinyin, both words "
              "spelled otherwise ('He' is also read as the pronoun): no spelling rule relates them",
    "p55-21": "as p55-20 (the same sentence)",
    "p55-50": "Rasi Bintang Biduk / Big Dipper: a conventional English name of an asterism, no word rendered by the "
              "dictionary ('biduk' is a boat)",
    "p55-188": "Karel Agung / Charlemagne: a ruler known in English by one fused name",
    "p55-193": "Ibnu Sina / Avicenna: a scholar known in English by his Latin name",
    "p55-288": "Timur Lenk / Tamerlane: 'Timur' is read as the compass word (east), and the English name is fused",
    "p55-375": "Richard Si Hati Singa / Richard the Lionheart: an epithet of two words fused into one English word",
    "p55-376": "Suleiman Agung / Suleiman the Magnificent: the epithet 'Agung' told by a word the dictionary does not "
               "give for it, and 'Magnificent' read as a name of its own",
    # round p65 (NTREX-style English news rendered into Indonesian), kept after its fixes
    "p65-61": "'menit ke-60' rendered 'the hour mark': a sports clock minute told as a unit of time in words",
    "p65-133": "'dinyatakan tidak bersalah' rendered 'acquitted': 'acquit' is no guard of 'tidak bersalah' (only "
               "'innocent' and 'clear' are), since 'found not guilty and acquitted' (p39-59) holds both and the guard "
               "would then take the Indonesian negator from the English 'not'",
    # round p64 (blind FLORES-style copy: Wikinews, Wikivoyage, Wikibooks)
    # round p70 (lead: absorbed negation)
    "p70-26": "'hanya diam' (just stood still) rendered 'did not react': 'diam' is no lexical negative, since 'tidak "
              "tinggal diam' (will act) must keep its negator (p47-85)",
    "p73-5": "'sudah berhenti merokok' (has stopped smoking) rendered 'has not smoked since': 'berhenti' is no lexical "
             "negative, since 'tak akan berhenti' (will not stop) must keep its negator",
    "p64-216": "a negated equative ('tidak seramai', not as busy as) rendered by the opposite's comparative "
               "('quieter'): English comparatives in -er are not generated as forms of the listed adjectives "
               "(only superlatives are), as '-er' would also turn agent nouns into verbs (leader, winner)",
    # round p67 (absorbed negation in FLORES-style encyclopaedic and news copy), kept after its fixes
    "p67-106": "'tidak turun hujan' (no rain fell) rendered 'dry': the direction rows read 'hujan' as wet against 'dry'",
    "p67-117": "'tidak dipamerkan' (not on show) rendered 'kept in storage': a negated verb told by a situation",
    "p67-132": "'tidak ada penumpang yang selamat' rendered 'all the passengers died': a negated existence over a "
               "relative clause told by 'all' and the opposite verb, which the direction rows read as a flip",
    "p67-142": "as p67-132 the other way round: 'seluruh awak tewas' rendered 'none of the crew survived'",
    "p67-173": "'sia-sia' (in vain) rendered 'does not work': 'sia-sia' is listed as an idiom, which no lexical "
               "negative reads",
    "p67-178": "'tersingkir' (knocked out) rendered 'did not make it past': a verb of elimination, left out of the "
               "lexical negatives (its English 'eliminate' is none)",
    "p67-181": "'hanya berlaku bagi warga asing' rendered 'does not apply to citizens': a limiter told by the "
               "negation of its complement",
    "p67-183": "'lebih suka bersembunyi' (prefers to hide) rendered 'does not like to come out': a preference told "
               "by the negated opposite",
    "p67-186": "'sudah punah' (extinct) rendered 'nobody speaks it any more': the negated verb stands apart from its "
               "negator and 'any more'",
    "p67-253": "'tidak tersedia' rendered 'suspended': a negated availability told by a verb of interruption",
    "p67-264": "'tidak pernah kering' (never dry) rendered 'flows all year round': a negated state told by the "
               "activity it implies",
    "p67-273": "'tidak diberi tahu' rendered 'kept in the dark': an idiom of the opposite",
    "p67-278": "'tidak ditanami' rendered 'fallow': an antonym no list pairs",
    "p67-281": "'tanpa anak dan cucu' rendered 'childless, with no grandchildren': one 'tanpa' over two nouns rendered "
               "by an affix and a 'no'",
    "p67-300": "'meninggal sebelum karyanya diterbitkan' (died before) rendered 'did not live to see': an event "
               "told by the negated outcome",
    "p67-307": "'lebih sejuk' (cooler) rendered 'not as hot as': a negated equative told by the opposite's "
               "comparative (as p64-216 the other way round)",
    "p67-309": "'penuh' (full) rendered 'no vacancies': fullness told by negated vacancy (as p58-82)",
    "p67-322": "'tidak menerima kartu' (do not take cards) rendered 'only take cash': a negation told by 'only' and "
               "the alternative, which no word pairs with what is negated",
    "p69-39": "'gak bayar alias gratis' (no charge, i.e. free) restates its negation by a lexical negative ('gratis'), "
              "so against 'free of charge' the Indonesian holds one negative more than the English",
    # round p69 (informal review Indonesian: negation absorbed by an antonym, a lexical negative or a limiter),
    # kept after its fixes; rows p69-187..211 were written after the fixes, as an unseen check
    "p69-31": "'gak nanggung' (not half-hearted) rendered 'intense': colloquial 'nanggung' is no common word and no "
              "guard lists it",
    "p69-66": "'habis' (sold out) rendered 'no tickets left': 'habis' is also 'after', so it is no lexical negative",
    "p69-86": "colloquial 'abis' is read as 'habis', which is also 'after', against 'before payday'",
    "p69-91": "'jangan sampai ketinggalan' (don't miss) rendered 'make sure you catch': a prohibition told as an "
              "obligation with the verb's opposite",
    "p69-123": "'kurang puas' opening the sentence is read as plain 'puas' by the direction rows against 'dissatisfied'",
    "p69-136": "'gak turun-turun' (won't come down) rendered 'still high': a negated fall told by the level it stays at",
    "p69-137": "'belum nyala' (not back on) rendered 'has been out': 'out' is too common a word to guard 'nyala'",
    "p69-140": "'gak ada lagi' (no one else) restates the limiter 'cuma' and is rendered by 'only' alone",
    "p69-144": "a negated equative ('gak sebanyak', not as much) rendered by another row's comparative ('smaller')",
    "p69-158": "'gak renyah' guarded by 'soggy' while the English also negates 'crisp' ('no longer crisp'): the "
               "literal rendering's negator is left without counterpart",
    "p69-160": "'gak runtut' (incoherent) rendered by the idiom 'all over the place', which no guard lists",
    "p69-193": "'gak tegas' (not firm) rendered 'soft': an antonym no guard or direction row lists",
    "p69-195": "'gak tajam' (not sharp) rendered by the restatement 'blurry' (burem): no guard lists 'tajam'",
    "p69-196": "'gak ngebut' (not speeding) rendered 'rode slowly': colloquial verb no guard lists",
    "p69-198": "'gak keras, lembut banget' rendered 'soft, really tender': the negated claim merged into its restatement",
    "p69-199": "'gak fals' (not off-key) rendered 'pitch-perfect': an antonym no guard lists",
    "p69-200": "'gak licin' (not slippery) rendered 'dry': an antonym no guard lists",
    "p69-201": "'gak garing' (not dull, of a joker) rendered 'hilarious': 'garing' is listed as 'crisp' only",
    "p69-205": "'gak pelit' (not stingy) rendered 'generous': an antonym no guard lists",
    "p69-211": "'gak sia-sia' (not in vain) rendered 'paid off': 'sia-sia' is read as an idiom of its own, so the "
               "negator before it counts alone",
    "p69-242": "'nyerah' (give up) rendered with an added 'can't deal with it': a restatement the Indonesian does not hold",
    "p69-244": "'sebentar doang' (only briefly) rendered 'didn't take long': the negator negates 'take', and 'long' after "
               "it is out of its reach",
    "p69-251": "'salah kirim' (sent the wrong one) rendered 'didn't send the right': the negator negates 'send', and "
               "'right' after its object is out of its reach",
    # rows p69-256..275 were written after all of the round's fixes, as a second unseen check
    "p69-258": "'gak kenceng, ... lemot' rendered 'sluggish, ... slow': the negated claim told by its restatement "
               "('lemot'), which no dictionary row gives",
    "p69-263": "'gak abis-abis' (never runs out) rendered 'lasts forever': 'habis' has no guard, being also 'after'",
    "p69-264": "'gak kerasa' (did not feel it) rendered 'flew by': a negated perception told by its effect",
    "p69-268": "'gak pengap' (not stuffy) rendered 'airy': the antonym of a negative quality, which no guard lists",
    "p69-270": "'gak ada yang rusak' (none is broken) rendered 'all in good condition': a negated existence told by "
               "the universal and the opposite quality",
    # round p74 (blind: faithful renderings written before reading the lists), kept after its fixes
    "p74-15": "'hanya menerima pembayaran tunai' (only take cash) rendered 'do not accept cards': an 'only X' told "
              "by the negation of what it leaves out, which names another object",
    "p74-53": "'baru buka pukul 10.00' (open only at 10) rendered 'Don't expect shops to open before 10 a.m.': "
              "'baru' before a time as 'not before', with the negator on a verb of expecting",
    "p74-112": "'tidak menaikkan ... di luar ketentuan' (did not raise beyond the rules) rendered 'kept ... within': "
               "a negation absorbed by the antonym of a preposition ('di luar' = outside, 'within')",
    # round p75 (a blind round: 122 faithful renderings in NTREX and NusaX style written before looking at the lists,
    # 9 flagged before its fixes), kept after them
    "p75-1": "'Senin (24/6)' rendered 'on Monday': the bracketed day and month the weekday already pins down is "
             "dropped, which the date check reports as a missing date (major) by design",
    "p75-15": "'secara tidak sah' (not lawfully) rendered 'improperly': a negated adjective told by another word's "
              "negative affix, which no dictionary rendering links",
    "p75-56": "'tidak akan lagi menjalankan tugas' rendered 'will step back from duties': an idiom of stopping",
    "p75-101": "'ga pelit' (not stingy) rendered 'generous': the antonym of a negative quality, which no guard lists",
    # round p79 (a blind round: 135 id-en news renderings dense in names, 19 flagged before its fixes), kept after them
    "p79-20": "a film's Indonesian title 'Budi Pekerti' rendered by its English release title 'Andragogy': two titles of "
              "one work, which no list pairs (a title swapped for another work's reads the same)",
    "p79-23": "'tidak akan mundur dari komitmennya' rendered 'would stand by its commitment': a negated verb of "
              "withdrawing told by its antonym idiom",
    "p79-64": "'PSSI' rendered 'Indonesian FA' and the team's nickname 'Garuda' rendered 'national team': a body's "
              "generic English short name and a sports nickname, which no list pairs",
    "p79-66": "a foreign agency named in translated words on both sides ('Pusat Kebakaran Hutan Antarlembaga Kanada' / "
              "'Canadian Interagency Forest Fire Centre'): the speaker check matches names as written",
    "p79-69": "'14 suara mendukung dan satu abstain' rendered '14 votes to none, with ... abstaining': a vote tally's "
              "'none' (no vote against), which Indonesian leaves unsaid",
    "p79-70": "'meminta warga tidak membuang sampah ke sungai' rendered 'urged residents to keep rubbish out of the "
              "rivers': a negated verb told by a phrasal verb of keeping away",
    "p79-92": "'di IKN' rendered 'in the new capital' beside 'Otorita Ibu Kota Nusantara' = 'Nusantara Capital "
              "Authority': the capital's acronym, a repeat of the name the authority holds, told by a description",
    "p79-97": "'dipecat tidak dengan hormat' rendered 'dishonourably discharged': a negated phrase told by an "
              "adverb of negative prefix",
    "p79-146": "the nickname 'Bamsoet' (Bambang Soesatyo) is blended from a syllable, 'Soet', that no word of the "
               "name opens with ('Soesatyo'): only nicknames of the names' opening letters are read (Jokowi, Zulhas)",
    "p79-171": "'Sekretaris Jenderal Amnesty International' rendered 'Amnesty International chief': a secretary-general "
               "heads an international body but not an Indonesian party or ministry, so the office is not a head's",
    "p79-173": "'1 Syawal 1445 H' rendered 'Eid al-Fitr': the Hijri year, which English copy leaves out, is a number "
               "without counterpart",
    # round p77 (blind: 140 FLORES-style renderings, 4 flagged before its fixes, none after; rows of the flagged
    # families in new topics written before fixing them), kept after its fixes
    "p77-188": "'ditutup ... tidak dibuka' rendered 'is closed ... has been shut': 'closed' is read as a member of "
               "another row, so the surplus of the opposite that renders 'tidak dibuka' is not seen",
    "p77-195": "'bukan masalah baru' (no new problem) rendered 'have long been a problem': a negated novelty told by "
               "a duration, which no guard lists",
    "p77-197": "'bukanlah hal yang langka' (no rare thing) rendered 'quite common': 'langka' has no guard",
    # round p80 (wire copy in ANTARA style: 60 faithful renderings written before any fix, 4 flagged; the three
    # families fixed in directions.tsv, each with new rows and a changed row), kept after them
    "p80-15": "'tidak mudah percaya' (not easily believe) rendered 'be wary of': an idiom of caution, which no "
              "lexicon pairs with a negated belief",
    # round p76 (informal Indonesian, NusaX style: p76-1..133 written blind, before reading the detectors; p76-134..192
    # and p76-200..205, 214..219, 221..225 written per family before its fix, as an unseen check, p76-208..212 after
    # it; p76-193..199, 206, 207, 213, 220, 226 changed rows of the fixed families)
    "p76-7": "'gk ketebak' (could not be guessed) rendered by the idiom 'kept me guessing', which holds no negation",
    "p76-98": "'sampe' is 'until' as often as 'arrived', so 'berangkat ... sampe' against 'left ... arrived' reads as "
              "depart turned arrive, and 'malem ... subuh' against 'pm ... morning' pairs night with morning by place",
    "p76-126": "'17an' (the 17 August festivities) rendered 'Independence Day': the number check reads '17an' as "
               "the number 17 (also 'about 17', an age), which no holiday name renders; the date check reads written "
               "dates only ('17 Agustus')",
    "p76-157": "'17an' rendered 'Independence Day', as p76-126",
    "p76-160": "'17an' rendered 'Independence Day', as p76-126",
    "p76-164": "'sampe' (arrive, also 'until') is no member of the arrive row, so 'berangkat ... sampe' against "
               "'left ... arrived' reads as depart turned arrive, as p76-98",
    "p76-170": "'gk kekontrol' (could not be controlled) rendered 'chaotic': no un-...-able word, no guard",
    "p76-187": "'makin mengecewakan' (more and more disappointing) rendered 'less and less good': the degree word is "
               "read against its opposite, the polarity turned by the adjective",
    "p76-189": "'mengecewakan' (disappointing) rendered 'wasn't up to scratch': 'up to scratch' is a member of the "
               "good/bad row, 'mengecewakan' of the satisfied/disappointed row, and a negated word is read against "
               "the opposite of its own row only",
    "p76-192": "'mengecewakan' rendered 'wasn't up to par', as p76-189",
    "p76-224": "'payah' (lousy) is no member of the good/bad row: it is also 'hard' ('susah payah' = painstakingly), so "
               "'isn't up to snuff' faces no opposite",
    # round p85 (NTREX style: English world news and its Indonesian translation), kept after its fixes
    "p85-41": "'pembunuhan tidak berencana' (unpremeditated killing) rendered 'manslaughter': the name of an offence "
              "that holds a negator, which no list of legal terms reads as a term",
    "p85-87": "'pemerintah kota' (the city government) rendered 'city council': the entity check keys the council as "
              "another body than the city administration",
    "p85-89": "'tidak berolahraga berat, kecuali jalan kaki ringan' rendered 'against all but light walking': the comma "
              "before 'kecuali' ends the negator's clause, where the exception is looked for",
    "p85-96": "'enggan berlibur' rendered 'put ... off holidaying': the particle stands apart from 'put', so no guard "
              "phrase matches",
    # round p87 (FLORES style: travel advice, how-to and children's science, see the comment below)
    "p87-33": "'jangan biarkan kapas itu kering' (don't let the cotton dry) rendered 'keep the cotton wool moist': the "
              "prohibition is absorbed into an antonym ('kering' = dry, 'moist'), which no list pairs; an imperative "
              "'keep' alone also renders 'keep it dry', so it explains nothing",
    "p87-e1": "'Jangan biarkan adonan terlalu lama di luar kulkas' rendered 'Keep the dough in the fridge': the "
              "prohibition absorbed into the opposite place ('di luar' = outside, 'in'), as p87-33",
    "p87-ex1": "'Jangan biarkan anak-anak berenang sendirian' rendered 'Keep an eye on children swimming': the "
               "prohibition rendered by its remedy (watching them), which no structure reads",
    "p87-b3": "'singgah' (stop over) is no member of the continue/stop row, so the 'stop' that renders it faces "
              "'melanjutkan' (continue), which the English renders by the particle of 'flying on'",
    "p87-d2": "'setiap Minggu kedua' rendered 'every second Sunday': without a month after it, 'Minggu kedua' reads as "
              "the second week as often as the second Sunday",
    "p87-e2": "'Jangan sampai anak-anak bermain di dekat kolam' rendered 'Keep children away from the pool': the "
              "prohibition is absorbed, and 'dekat' (near) then faces 'away from' as a direction flip",
    "p87-ex4": "'Jangan tinggalkan api unggun menyala' rendered 'Always put out your campfire': the prohibition is "
               "absorbed into the opposite verb, which no list pairs with 'menyala' (alight)",
    # round p84 (informal comments on services, transport, football, TV, elections), kept after its fixes
    "p84-8": "'duit blm masuk' rendered 'the money left my balance but still hasn't reached': the 'belum' is taken "
             "by the direction pair 'masuk' (enter) / 'left', leaving the English negator alone",
    "p84-73": "'kagak ngerti lagi' (I give up on) is a chat idiom of despair, rendered without a negator; the "
              "other 'kagak' is rendered",
    "p84-117": "'beda jauh sama' (far from) rendered 'looks nothing like': 'nothing like' is no guarded word",
    "p84-118": "'berbeda dengan' rendered 'doesn't line up with': the negated word is the verb 'line', too plain to guard",
    "p84-119": "'beda dari fotonya' rendered 'isn't what the photo showed': the negated word is 'what'",
}
KNOWN_FALSE_ALARMS.update({
    # round p88 (ANTARA style, quotes and their speakers: 40 faithful renderings written before any fix, 2 flagged;
    # "kalau tidak ada kendala" = "barring any obstacles" is now a guard, with rows in new topics)
    "p88-1": "'Himpunan Nelayan Seluruh Indonesia' rendered 'All-Indonesia Fishermen's Association': a body named in "
             "translated words, 'himpunan' missing from the dictionary's renderings of 'association'",
    # round p89 (NTREX style, business, technology and science: 30 faithful renderings written before any fix, 1
    # flagged; "tidak disengaja" = accidental is now a guard, with rows in new topics)
    "p89-26": "'kebakaran tidak disengaja tidak tercakup polis' rendered 'accidental fires were not covered': two "
              "negators one word apart read as a double negation ('tidak bisa tidak'); requiring only auxiliaries "
              "between them raised the NusaX tuning half's false alarms (23 -> 25)",
    # quotes of round p68 that the probe file had written without the CSV escaping of their quote marks, so they were
    # read unquoted until the file was mended; inside quotes the quote check counts negators, with the meaning check's
    # guards, and these three no guard explains
    "p68-122": "the quote 'Semuanya masih sama' rendered 'Nothing has changed': a negative quantifier against an "
               "affirmed sameness, which no guard pairs",
    "p68-128": "the quote 'Kami masih buta soal penyebabnya' rendered 'We have no idea': an idiom of ignorance",
    "p68-129": "the quote 'Jangan panik' rendered 'Stay calm': a prohibition told by its opposite command, which "
               "only the meaning check's reading of commands (outside quotes) explains",
})
# round p90 (h90, blind: economy and markets wire copy, BI rates, bond auctions, BPS figures, rupiah and JCI moves, budget,
# fuel and food prices, company results; 112 rows written before reading any detector code, 10 of 112 faithful flagged
# and 3 of 81 changes missed: absorbed negations 'tidak berubah' = stand pat, 'tidak ragu' = readily, 'tidak terburu-buru'
# = take its time, 'belum pulih' = remains weak, a strong dollar told 'perkasa', months told 'the first ten months' or a
# quarter's months, 'PT X Tbk' told 'X', a comma's 'up 0.4 percent', 'cukup ... hingga' negated; all but these fixed,
# each with rows in new topics written before its fix and a change after it)
KNOWN_MISSES.update({
    "p90-16": "'lebih tinggi dari' (above) changed to 'below': a row pairing 'lebih tinggi/rendah dari' with above/below "
              "makes 'above' render every 'tinggi' (a sibling of its content word) and hid two NTREX tuning flips "
              "('tinggi ... di atas' against 'low above'); withdrawn",
    "p90-129": "'lebih rendah dari' (below) changed to 'above', as p90-16",
    "p90-130": "'lebih tinggi dari' (above) changed to 'below', as p90-16",
    "p90-45": "'dolar AS' swapped for 'the euro': a currency named in words outside an amount is neither an entity nor "
              "a number",
    "p90-137": "'tidak ragu' (readily) changed to 'do not raise': one negator on each side, so the count sees no change",
    "p90-150": "'tidak ragu' (readily) changed to 'are not opening', as p90-137",
    "p90-139": "'tidak berubah hingga' reads 'not ... until' (only then) and counts no negator, so an English that "
               "drops the negation before 'until' is no flip to the count (as p75-127)",
})
KNOWN_FALSE_ALARMS.update({
    "p90-95": "'triwulan sebelumnya' (the previous quarter) rendered by its months 'April-June': a relative quarter is "
              "no span the date check resolves",
    "p90-132": "'mengajukan kasasi' rendered 'appealed ... to the Supreme Court': the court is implied by the legal "
               "term 'kasasi', which names no body",
    "p90-148": "the faithful rendering of p90-132",
})
# round p91 (h91, blind: politics, law and crime wire copy, 70 changes and 30 traps written before reading any detector
# code, 5 faithful rows flagged and 5 changes missed; "Penjabat (Pj) Gubernur", "tidak ragu" = "decisively", "a
# quarter of a billion", grams against kilograms and aggravating against mitigating fixed, with rows in new topics)
KNOWN_MISSES.update({
    "p91-4": "'menyatakan banding' (filed an appeal) changed to 'accepted the verdict': an appeal and an acceptance "
             "are no listed pair of opposites",
    "p91-41": "'menghentikan penuntutan' (dropped the case) changed to 'pursued the case': 'menghentikan' holds no "
              "negator and no direction row pairs stopping a case with pursuing it",
    "p91-54": "'dua di antaranya' changed to 'one of whom': the English 'one' is weak (an article's reading) and is "
              "never reported alone",
    "p91-125": "'tak ragu' changed to 'is reluctant to': the soft negator 'reluctant' is counted as the Indonesian "
               "negator's counterpart",
})
KNOWN_FALSE_ALARMS.update({
    "p91-86": "'RUU Perampasan Aset' rendered 'Asset Forfeiture Bill': 'perampasan' missing from the dictionary's "
              "renderings of 'forfeiture' ('Asset Seizure Bill' passes)",
    "p91-97": "'12 kepala kejaksaan tinggi' rendered '12 high prosecutors': the heads of the offices told by the "
              "office's holders, a loose rendering that no title row gives",
})
# round p92 (disaster, weather, health and regional wire copy: 83 changes and 32 traps written before reading any
# detector code, 3 of 115 faithful flagged and 14 of 83 changes missed; "lives were lost", "dibatalkan", "up from" after
# "meningkat", a damage degree without its noun, quake coordinates, "tidak mendekati" = "keep away from" and KAI's
# "Daop" fixed in the lists, each with rows in new topics written before its fix and a change after it)
KNOWN_MISSES.update({
    "p92-15": "'sepekan' made 'month': a duration's unit of time changed with no digit is no number the number check reads",
    "p92-37": "'dua jam' made 'two days': a spelled-out duration's unit changed, as p92-15",
    "p92-69": "'beberapa detik' made 'several minutes': a vague duration's unit changed, as p92-15",
    "p92-26": "'Wahyuhadi' made 'Wahyudi': a surname changed into a near spelling reads as the same name",
    "p92-30": "'KM Sinar Bangun' made 'KM Sinar Baru': one word of a ship's name changed, the name's other words kept",
    "p92-38": "'PC-6' made 'PC-12': an aircraft model's code is a name, its digits no count",
    "p92-28": "'dipulangkan' (discharged) made 'admitted': 'admit' is too often 'confess' for a direction row",
    "p92-78": "'bersandar' (dock) made 'depart': no direction row for a vessel's docking and leaving",
    "p92-80": "'39 selamat dan sembilan meninggal' made '39 dead and nine alive': two states swapped between their "
              "counts keep every word of each side",
})
KNOWN_FALSE_ALARMS.update({
    # round p92: see its KNOWN_MISSES block
    "p92-93": "'Basarnas, TNI, Polri, BPBD' rendered 'search and rescue personnel, soldiers, police, disaster agency "
              "staff': the agency named by its staff, which the entity check pairs with the next agency",
})
# round p93 (h93, blind: sports and world wire copy, 106 rows written before reading any detector code; 8 of 106
# faithful flagged, 5 of 75 changes missed; the missing bodies (PSSI's committees, KOI, IEA) and 'UN chief' fixed in
# the lists, with rows in new topics), kept after its fixes
KNOWN_FALSE_ALARMS.update({
    "p93-29": "the set scores '18-21, 15-21' beside 'babak 16 besar' (round of 16): the English 'round of 16' leaves "
              "a 21 that the Indonesian score's pairing does not explain",
    "p93-82": "'Aula Besar Rakyat' rendered 'Great Hall of the People': a foreign landmark in translated words, "
              "'Aula' read as a name against 'Hall'",
    "p93-87": "'menit ke-90+3' rendered 'three minutes into stoppage time': the added time told apart from the 90th "
              "minute, which the number check reads as 90 against three",
    "p93-93": "'tak mampu menyembunyikan kegembiraannya' (could not hide his joy) rendered 'was beaming': the "
              "negated inability is absorbed into its result",
    "p93-101": "'tidak menyangka bisa mengalahkan' rendered 'came as a surprise': not expecting told as a surprise, "
               "which no guard pairs",
    "p93-104": "'sepakat untuk tidak saling menyerang' rendered 'agreed to a halt on strikes': the negated verb "
               "absorbed into a noun of stopping",
    "p93-105": "'Skuad Garuda Muda' (the Young Garudas, the U-23 side) rendered 'Indonesia's Under-23 side': a team's "
               "nickname no list keys, and the '23' of the rendering then has no counterpart",
})
KNOWN_MISSES.update({
    "p93-5": "'failed to qualify' changed to 'qualified': 'gagal lolos' against a plain 'qualified' is not read as a "
             "dropped negation, 'gagal' being a verb of failure rather than a negator",
    "p93-60": "'Belasan' (a dozen or more) changed to 'Dozens': the teens count word is not paired with its English "
              "rendering, so the step up to dozens goes unread",
})
# round p102 (informal reviews and social media: 40 rows written before any fix, 1 of 40 faithful renderings flagged
# and 7 of 31 changes missed: "going down" unlemmatised, sweet/bitter, steep/gentle, too big/too small, clear/murky,
# light/heavy, "gak jelek" = decent; all but one fixed, with tests in tests/test_meaning.py)
KNOWN_MISSES.update({
    "p102-20": "'menurun' (declined) of a quality against 'got better': better/worse is a row of its own (membaik/"
               "memburuk), and 'menurun' said of prices is 'fell', which no 'better' renders",
})
# round p103 (ANTARA-style wire copy by the lead: dates, times, money, titles, agencies, regions; 40 rows written before
# any fix, 0 of 40 faithful renderings flagged, 2 of 26 changes missed: "satu meter" against "two metres" (a weak one
# of a unit is now paired with a lone count of that unit) and the one below)
KNOWN_MISSES.update({
    "p103-26": "two volcanoes whose names differ in one vowel (Marapi / Merapi): the spelling tolerance that lets "
               "transliterations and variant spellings pass (Sumatera / Sumatra) takes them as one name, as p43-48",
})
# round p104 (political, court and economic wire copy with quotes and speakers, by the lead: 36 rows written before
# any fix, 1 of 36 faithful renderings flagged ("subsider" = "if not paid", fixed) and 1 of 24 changes missed)
KNOWN_MISSES.update({
})
# round p100 (h100, blind: NTREX-style world news rendered into Indonesian, EU politics and institutions, regions,
# energy and commodities, trade, sport, courts, elections, seasons; 70 changes and 21 traps written before reading any
# detector code: 12 of 91 faithful flagged and 19 of 70 changes missed before the fixes, 0 and 2 after)
KNOWN_MISSES.update({
    "p100-9": "'Bank Sentral Eropa (ECB)' made 'the Bank of England': the English name is read as England with a bank's "
              "head, which the source's central bank renders, and a known body lost beside a country gained is no swap",
    "p100-57": "'melemah' (fell) made 'rose' where the source also holds 'menaikkan' (raised output): 'rise' is a member "
               "of naik's row too, so it reads as that word rendered (as p49-124)",
})
# round p99 (h99, blind: science, weather and climate, volcano and quake, space and health agency, holiday and
# regional-official copy in FLORES/encyclopaedic-news style; 8 of 102 faithful flagged and 19 of 80 changes missed
# before its fixes: mm/cm units, 'grow longer/shorter', 'brighter/dimmer', 'paling dekat', 'be up/down by N',
# 'tidak berhenti' = kept, 'belum reda' = still, 'pernah' in an all-time record, foreign agencies (USGS, NOAA, CDC, FDA,
# JMA, Japan Coast Guard, JAXA), Lieutenant Governor and 'Deputi Bidang', a holiday with its year (Boxing Day 2004),
# an ordinal week, 'belum ... dan masih' told 'remained', a name kept only by its common words; each fixed, with rows
# in new topics written before its fix (103-148) and changes after it)
KNOWN_MISSES.update({
    "p99-138": "a probe's name whose last word is an English common word ('Parker Solar Probe' / \"Voyager 1 probe\"): "
               "the surname rule takes the lower-case 'probe' of the English as the name kept",
})
# round p107 (h107, blind: English-first international news rendered into Indonesian; 11 of 129 faithful flagged and
# 13 of 84 changes missed before its fixes: 'tak kunjung ... hingga' read as 'not ... until', 'bukan pertama kalinya' =
# before, 'bukan satu-satunya' = one of, 'tak pernah melewatkan' = attended, 'tidak semua' = some, 'menolak' = defied,
# 'masih menyelidiki' = yet to determine, 'aman' = no shortage, 'dua pertiga'/'tiga perempat' read as their count;
# each fixed; these remain)
KNOWN_MISSES.update({
    "p107-005": "'masih minim' (scant) against 'solid evidence': 'minim' is a lexical negative (lexneg), which alone on "
                "one side is no evidence of a dropped negation",
    "p107-021": "'kecil kemungkinan' (unlikely) is no negator of the lists, so 'likely' in its place faces nothing "
                "('unlikely' is only an affix negative)",
    "p107-022": "'kecuali' (unless) against 'if': neither 'unless' nor 'kecuali' counts as a negator outside an 'only "
                "... if' condition",
    "p107-029": "'ditarik mundur' (pulled out) against 'pushed into': 'push into' is no member of maju's row",
    "p107-032": "'lebih tinggi' against 'below', as p90-16: the pair was tried and withdrawn (it made 'above' render "
                "every 'tinggi')",
    "p107-037": "'terkerek naik' (lifted) against 'dragged down': missed, not traced in the round (the passive "
                "'ter-' verb beside 'naik' may hide the move)",
    "p107-060": "a storm's one-word name after 'Topan'/'Typhoon' (Haiyan / Rai) is read as no name",
    "p107-064": "'CEO' against 'chairman': 'chairman' is the generic 'Ketua', which renders any office held by a head",
    "p107-070": "'Bank sentral AS, Federal Reserve' against 'The European Central Bank': missed, not traced in the "
                "round (a central bank described in apposition before its name)",
    "p107-073": "'Mahkamah Agung AS' against 'a U.S. federal appeals court': an appeals court is no body of the lists, "
                "so the known court lost beside a plain noun phrase is no swap",
    "p107-077": "'menurut analis Goldman Sachs' against 'according to Federal Reserve officials': missed, not traced "
                "in the round (a company behind a 'menurut' attribution swapped for an institution)",
})
KNOWN_FALSE_ALARMS.update({
    "p107-043": "'2 jam 0 menit 35 detik' rendered '2 hours and 35 seconds': the zero count of minutes has no "
                "counterpart (a zero part of a compound duration dropped)",
    "p107-052": "'Selasa (13/2)' rendered 'on Tuesday': the Indonesian desk adds the date in brackets, and a date "
                "with no counterpart is flagged whichever side holds it",
    "p107-127": "'gagal menyepakati ... akibat veto Rusia' rendered 'a Russian veto blocked': 'blocked' as a rendering "
                "of 'gagal' was tried and dropped (a road 'blocked' by a landslide then rendered a dropped 'gagal', "
                "p56-83)",
})
# round p81 (NTREX style: 60 faithful renderings of English world news written before any fix, 2 flagged: "No X
# has ever" against "Tidak pernah ada X" and "tidak diunggulkan" = underdog; both fixed, with rows in new topics)
# round p82 (ANTARA style again, other desks: 60 faithful renderings written before any fix, 3 flagged: "Bundaran HI"
# = "Hotel Indonesia traffic circle", "jaksa" against "the prosecution", "dua tahun absen" = "two-year hiatus"; all
# fixed in the lists, with rows in new topics and a change each)
# round p83 (wire conventions: 50 faithful renderings heavy in dates, times, money and scores, written before any fix,
# 1 flagged: "Pasar Senen" = "Senen Market", a keyed place whose common word is translated; fixed in the entity check)
# round p85 (NTREX style: 82 faithful renderings of English world news written before any fix, 5 flagged: "juru
# bicaranya" (an office with a clitic) read as no office, "terancam kehilangan" = "at risk", "enggan keluar rumah" =
# "kept at home", "tidak ... kecuali" = "against all but", "pembunuhan tidak berencana" = manslaughter; the first four
# fixed, with rows in new topics and a change each)
# round p87 (FLORES style: Wikivoyage travel advice, how-to and children's science rendered into formal Indonesian;
# 86 faithful renderings written before reading any detector code, p87-1..86: 7 flagged, 1 after its fixes: "jangan"
# absorbed by "keep ... away"/"leave ... alone", "tidak disarankan"/"sebaiknya tidak" as "a bad idea", "tidak perlu membeli"
# against "on sale", "seratus tahun" = "a century", "between May and September", "Minggu pertama setiap bulan" = the
# first Sunday of the month; p87-a*..e* written per family before its fix (7 flagged, 4 after), p87-ax*..ex* in new
# topics before the fix was measured on them (10 flagged, 2 after); p87-k* the changes of the fixed families)
# round p84 (NusaX style: 90 faithful renderings of informal comments on telcos, couriers, banks, ride-hailing, transport,
# public services, football, TV and elections, written before any fix, 8 flagged, 2 after: a reluctance word closing its
# clause ("ojol pada males" = "can't be bothered"), durations told in another unit of time ("90 menit" = "an hour and a
# half", "30 menit" = "half an hour"), "mulu" = "never stops", "beda" = "doesn't match" and a lower-case weekday
# without a date word and "makin gak jelas" = "less and less" fixed, each with rows in new topics written before its fix)


# round p105 (h105, blind: economy, disaster, court, politics, health, sports and regional wire copy weighted to
# negations rendered lexically or idiomatically, 136 rows written before reading any detector code; 24 of 136 faithful
# flagged and 11 of 79 changes missed before fixes): a modal of ability, 'belum' before a verb of ending, 'mulai' as
# 'from', a quantifier of none, and direction rows fixed; kept after its fixes
KNOWN_MISSES.update({
    "p105-035": "'menolak eksepsi' made 'upheld the objection': the 'objection' renders 'eksepsi' but also pairs with "
                "'menolak' in the agree/object row, which then reads as rendered",
    "p105-049": "'BNN' made 'Customs officers': an agency swapped for staff of another one, named by their office",
    "p105-053": "'belum menandatangani' made 'has signed': the English 'dismissing' of 'pemberhentian' is read as a "
                "lexical negative that may render the 'belum'",
    "p105-075": "'Direktur Utama' made 'Supervisory Board chairman': a company board's office, no title row",
    "p105-110": "'tidak segan menindak' (come down hard) made 'go easy on': an idiom of leniency, no row",
    "p105-082": "'An Se-young' made 'Chen Yufei': a foreign player's name swapped is an unmatched entity, flagged "
                "major but not critical",
    "p105-119": "'Tidak ada kenaikan ... hingga akhir tahun' made 'will go up before the end of the year': the "
                "'before' reads as the 'not ... until' of 'tidak ... hingga'",
})
KNOWN_FALSE_ALARMS.update({
    "p105-014": "'tanpa lonjakan harga pangan' rendered 'food prices largely stable': a 'without' told by the opposite state",
    "p105-025": "'tidak lengah' rendered 'stay alert': a negated quality told by its antonym after 'stay', no guard",
    "p105-033": "'tidak tergenang' rendered 'stayed dry': as p105-025",
    "p105-047": "'tidak terbukti' rendered 'found ... unproven' at the clause's far end: the lexical negative stands too "
                "far from the negator's place",
    "p105-054": "'Prolegnas' rendered 'National Legislation Program': an acronym told by its expansion, no list row",
    "p105-055": "'tidak ada penundaan' rendered 'would go ahead as planned': a negated delay told as its opposite",
    "p105-064": "'agar tidak bepergian ke luar negeri' rendered 'to stay in the country': as p105-025",
    "p105-066": "'tidak tertampung' rendered 'ran out of beds': a negated capacity told by what ran out",
    "p105-068": "'tidak lagi diedarkan' rendered 'pulled from the market': a 'no longer' told by a verb of withdrawal",
    "p105-069": "'tidak perlu dirawat inap' rendered 'treated as outpatients': the negated word's antonym noun",
    "p105-079": "'tak mampu membendung' rendered 'was overpowered by': a negated ability told by the passive of the other",
    "p105-080": "'tidak memanggil' rendered 'left ... out of the squad': a negated call-up told by its opposite phrase",
    "p105-086": "'Tak ada satu pun ... yang tersisa' rendered 'have all been knocked out': a quantifier of none told by "
                "'all' and an opposite that no direction row pairs with 'tersisa'",
    "p105-098": "'tidak memperpanjang kontrak' rendered 'let the contract lapse': a negated extension told as a lapse",
    "p105-107": "'RUU Perampasan Aset' rendered 'Asset Forfeiture Bill': 'perampasan' = forfeiture is no dictionary row",
    "p105-115": "'batal menghadiri' rendered 'pulled out of': a hard lexical negative told by a phrasal verb of withdrawal",
    "p105-120": "'tidak keberatan' rendered 'accepted': a negated objection told by its opposite verb",
    "p105-125": "'mangkrak' (stalled) rendered 'has not moved': an English negator for an Indonesian word of standstill "
                "that no list holds",
})


def _rows() -> list[tuple[str, str, str, str, str]]:
    with PROBES.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return [(r["id"], r["kind"], r["id_text"], r["faithful_en"], r["changed_en"])
            for r in csv.DictReader(lines, delimiter="\t")]


ROWS = _rows()
_MEANING_KINDS = ("negation", "direction", "quantity")


def test_the_probe_file_is_well_formed() -> None:
    assert len(ROWS) >= 230
    assert len({r[0] for r in ROWS}) == len(ROWS)
    assert set(KNOWN_MISSES) <= {r[0] for r in ROWS if r[1] != "trap"}
    assert set(KNOWN_FALSE_ALARMS) <= {r[0] for r in ROWS}
    assert all((r[4] == "") == (r[1] == "trap") for r in ROWS), "a trap has no changed English, every other row has one"


def test_the_probe_file_escapes_its_quote_marks() -> None:
    """A field with a quote mark is written as CSV writes it (in marks, the inner ones doubled): one written bare
    is read without its quote marks, and the quote check never sees the quotation."""
    import io

    for line in PROBES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        out = io.StringIO()
        csv.writer(out, delimiter="\t", lineterminator="").writerow(next(csv.reader([line], delimiter="\t")))
        assert out.getvalue() == line, f"quote marks not CSV-escaped: {line[:60]}"


@pytest.mark.parametrize("row", [pytest.param(r, marks=pytest.mark.xfail(reason=KNOWN_FALSE_ALARMS[r[0]], strict=True))
                                 if r[0] in KNOWN_FALSE_ALARMS else r for r in ROWS], ids=[r[0] for r in ROWS])
def test_a_faithful_probe_gives_no_finding(row: tuple[str, str, str, str, str]) -> None:
    _, _, src, faithful, _ = row
    assert [f.message for f in check_pair(src, faithful) if f.severity in ("critical", "major")] == []


#: rows of kind "trap" are faithful renderings only (legitimately different wording), with no changed version
_CHANGED = [r for r in ROWS if r[1] != "trap"]


@pytest.mark.parametrize("row", [pytest.param(r, marks=pytest.mark.xfail(reason=KNOWN_MISSES[r[0]], strict=True))
                                 if r[0] in KNOWN_MISSES else r for r in _CHANGED], ids=[r[0] for r in _CHANGED])
def test_a_changed_probe_is_caught(row: tuple[str, str, str, str, str]) -> None:
    _, kind, src, _, changed = row
    found = {f.severity for f in check_pair(src, changed)}
    assert "critical" in found or kind in _MEANING_KINDS and "major" in found, (kind, changed)
