"""Honest change against the previous campaign (issue 20.2): a 95 % interval for every
difference, and whether it is beyond noise.

Pure statistics, no database and no Qt. The two campaigns are independent samples (anonymous
questionnaires: nobody can be matched across campaigns).

- **Means** (a factor's mean score, a scale's mean, a parameter's partial level, the motivation
  level): Welch's interval, mean₂ − mean₁ ± t(0.975, ν) · √(s₁²/n₁ + s₂²/n₂), with the
  Welch–Satterthwaite degrees of freedom ν = (a + b)² / (a²/(n₁−1) + b²/(n₂−1)), a = s₁²/n₁,
  b = s₂²/n₂. The t quantile is computed here (`t_quantile`: the Student t distribution through
  the regularised incomplete beta function, inverted by Newton's method), because SciPy is not a
  dependency of Motivdesk.
- **Shares** (a factor's 4–5 or 0–2 share, the high/medium/low job-satisfaction shares, a type's
  share): Newcombe's hybrid score interval (Newcombe 1998, method 10) for the difference of two
  independent proportions, from the two Wilson score intervals (no continuity correction).
- **The motivation level** (integral level Σ dᵢ·Uᵢ, table 2.4) is not a mean over respondents:
  it is a ratio of factor means (dᵢ = P_imp,i / Σ P_imp, Uᵢ = P_perc,i / 5), and a parameter's
  P may be the mean of several factors' means. Its per-respondent quantity is the linearised
  value (Taylor linearisation, "influence values" in survey sampling: Deville 1999, Survey
  Methodology 25(2)): zⱼ = L + N·Σ_f g_f·(x_jf − m_f)/n_f over the factors f the respondent rated,
  g_f = ∂L/∂m_f. The mean of the zⱼ is L exactly, and their variance / N is the delta-method
  variance of L (the uncertainty of the weights dᵢ included), so Welch's interval applies to
  them as to any mean. A parameter's partial level Uᵢ uses the same construction (it is a plain
  mean when the parameter has one factor and everyone rated it).

A difference is **beyond noise** when its interval excludes 0. It cannot be assessed (None)
when a side has fewer than two answers. The caller decides which figures may be compared (the
disclosure rule: never a hidden figure).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

LEVEL = 0.95
Z = 1.959963984540054  # standard normal 0.975 quantile


# --- the Student t quantile -------------------------------------------------------------------
def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction of the incomplete beta function (modified Lentz)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return h


def incomplete_beta(a: float, b: float, x: float) -> float:
    """The regularised incomplete beta function I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _betacf(a, b, x) / a
    return 1.0 - math.exp(log_front) * _betacf(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T ≤ t) for Student's t with `df` (> 0, not necessarily whole) degrees of freedom."""
    tail = 0.5 * incomplete_beta(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t > 0 else tail


def _t_pdf(t: float, df: float) -> float:
    return math.exp(
        math.lgamma((df + 1) / 2)
        - math.lgamma(df / 2)
        - 0.5 * math.log(df * math.pi)
        - (df + 1) / 2 * math.log1p(t * t / df)
    )


@lru_cache(maxsize=4096)
def _t_upper(p: float, df: float) -> float:
    # start from the Cornish-Fisher expansion about the normal quantile (Abramowitz & Stegun
    # 26.7.5), then Newton on the exact distribution function
    z = _normal_quantile(p)
    g1 = (z**3 + z) / 4
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
    t = z + g1 / df + g2 / df**2 + g3 / df**3
    if df < 3:  # the expansion is poor for very few degrees of freedom
        t = math.tan(math.pi * (p - 0.5)) if df <= 1 else max(t, z)
    for _ in range(100):
        step = (t_cdf(t, df) - p) / _t_pdf(t, df)
        while t - step <= 0:  # stay on the upper side
            step /= 2
        t -= step
        if abs(step) < 1e-12 * max(1.0, t):
            break
    return t


def t_quantile(p: float, df: float) -> float:
    """The p quantile of Student's t with `df` degrees of freedom (df may be fractional, as
    Welch's is); df = inf gives the normal quantile."""
    if not 0.0 < p < 1.0:
        raise ValueError(f"p must lie in (0, 1): {p}")
    if df <= 0 or df != df:
        raise ValueError(f"degrees of freedom must be positive: {df}")
    if p == 0.5:
        return 0.0
    if math.isinf(df) or df > 1e7:
        return _normal_quantile(p)
    upper = _t_upper(max(p, 1.0 - p), round(float(df), 9))
    return upper if p > 0.5 else -upper


def _normal_quantile(p: float) -> float:
    """The standard normal quantile (Acklam's rational approximation refined by one Halley
    step on erfc: accurate to the last double digit for our purposes)."""
    a = (
        -3.969683028665376e01,
        2.209460984245205e02,
        -2.759285104469687e02,
        1.383577518672690e02,
        -3.066479806614716e01,
        2.506628277459239e00,
    )
    b = (
        -5.447609879822406e01,
        1.615858368580409e02,
        -1.556989798598866e02,
        6.680131188771972e01,
        -1.328068155288572e01,
    )
    c = (
        -7.784894002430293e-03,
        -3.223964580411365e-01,
        -2.400758277161838e00,
        -2.549732539343734e00,
        4.374664141464968e00,
        2.938163982698783e00,
    )
    d = (7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e00, 3.754408661907416e00)
    low = 0.02425
    if p < low:
        q = math.sqrt(-2 * math.log(p))
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / (
            (((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1
        )
    elif p <= 1 - low:
        q = p - 0.5
        r = q * q
        x = (
            (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5])
            * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        )
    else:
        q = math.sqrt(-2 * math.log(1 - p))
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / (
            (((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1
        )
    e = 0.5 * math.erfc(-x / math.sqrt(2)) - p
    u = e * math.sqrt(2 * math.pi) * math.exp(x * x / 2)
    return x - u / (1 + x * u / 2)


# --- differences ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Difference:
    """A figure now against the previous campaign, with the 95 % interval of the change."""

    before: float
    after: float
    low: float | None  # None: cannot be assessed (too few answers on a side)
    high: float | None
    method: str  # "welch", "newcombe" or "linearised" (Welch on linearised values)

    @property
    def delta(self) -> float:
        return self.after - self.before

    @property
    def significant(self) -> bool | None:
        """Beyond noise: the interval leaves out 0. None when it cannot be said."""
        if self.low is None or self.high is None:
            return None
        return self.low > 0 or self.high < 0

    @property
    def arrow(self) -> str:
        """↑ / ↓ only beyond noise; "=" otherwise (within noise or not assessed)."""
        if self.significant:
            return "↑" if self.delta > 0 else "↓"
        return "="

    def scaled(self, factor: float) -> Difference:
        """The same comparison in other units (e.g. strength % = mean × 20)."""
        return Difference(
            self.before * factor,
            self.after * factor,
            None if self.low is None else self.low * factor,
            None if self.high is None else self.high * factor,
            self.method,
        )

    def to_json(self) -> dict:
        return {
            "previous": self.before,
            "delta": self.delta,
            "interval": None if self.low is None else [self.low, self.high],
            "significant": self.significant,
            "method": self.method,
        }


def welch(
    before: tuple[float, float, int], after: tuple[float, float, int], method: str = "welch"
) -> Difference:
    """Welch's interval for after − before; each side is (mean, standard deviation, n)."""
    (m1, s1, n1), (m2, s2, n2) = before, after
    if n1 < 2 or n2 < 2:
        return Difference(m1, m2, None, None, method)
    a, b = s1 * s1 / n1, s2 * s2 / n2
    delta = m2 - m1
    if a + b <= 0:  # nobody varied on either side: the difference is exact
        return Difference(m1, m2, delta, delta, method)
    df = (a + b) ** 2 / ((a * a / (n1 - 1) if a else 0.0) + (b * b / (n2 - 1) if b else 0.0))
    half = t_quantile(0.5 + LEVEL / 2, df) * math.sqrt(a + b)
    return Difference(m1, m2, delta - half, delta + half, method)


def welch_df(before: tuple[float, float, int], after: tuple[float, float, int]) -> float:
    """The Welch–Satterthwaite degrees of freedom (for tests and explanations)."""
    (_m1, s1, n1), (_m2, s2, n2) = before, after
    a, b = s1 * s1 / n1, s2 * s2 / n2
    return (a + b) ** 2 / (a * a / (n1 - 1) + b * b / (n2 - 1))


def wilson(x: int, n: int, z: float = Z) -> tuple[float, float]:
    """Wilson's score interval for the proportion x/n (no continuity correction)."""
    if n <= 0:
        raise ValueError("n must be positive")
    p = x / n
    centre = (2 * n * p + z * z) / (2 * (n + z * z))
    half = z * math.sqrt(z * z + 4 * n * p * (1 - p)) / (2 * (n + z * z))
    return max(0.0, centre - half), min(1.0, centre + half)


def newcombe(before: tuple[int, int], after: tuple[int, int]) -> Difference:
    """Newcombe's hybrid score interval (method 10) for after − before; each side is
    (count, n) of independent samples."""
    (x1, n1), (x2, n2) = before, after
    if n1 < 2 or n2 < 2:
        return Difference(
            x1 / n1 if n1 else math.nan, x2 / n2 if n2 else math.nan, None, None, "newcombe"
        )
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = wilson(x1, n1)
    l2, u2 = wilson(x2, n2)
    delta = p2 - p1
    low = delta - math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2)
    high = delta + math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2)
    return Difference(p1, p2, low, high, "newcombe")


# --- summaries the analysis keeps (no respondent's answers leave the scoring layer) ------------
@dataclass(frozen=True)
class Spread:
    """What a mean's comparison needs: the mean, the standard deviation (n − 1) and n."""

    mean: float
    sd: float
    n: int

    def as_tuple(self) -> tuple[float, float, int]:
        return (self.mean, self.sd, self.n)


def spread_of(values: np.ndarray) -> Spread | None:
    """Mean, standard deviation and n of the given values (NaN = not given)."""
    values = np.asarray(values, dtype=float)
    values = values[~np.isnan(values)]
    if not len(values):
        return None
    sd = float(values.std(ddof=1)) if len(values) > 1 else 0.0
    return Spread(float(values.mean()), sd, len(values))


def spread_from_counts(
    counts: np.ndarray | list[int], values: np.ndarray | None = None
) -> Spread | None:
    """Mean, standard deviation and n from how many gave each score (0..len-1 by default):
    a factor matrix row holds these counts, so its mean's comparison needs no raw answers."""
    counts = np.asarray(counts, dtype=float)
    values = np.arange(len(counts), dtype=float) if values is None else np.asarray(values, float)
    n = counts.sum()
    if n <= 0:
        return None
    mean = float((counts * values).sum() / n)
    ss = float((counts * (values - mean) ** 2).sum())
    return Spread(mean, math.sqrt(ss / (n - 1)) if n > 1 else 0.0, int(n))


def linearised_spread(
    blocks: list[np.ndarray], gradients: list[np.ndarray], value: float
) -> Spread | None:
    """The linearised values of a smooth function of column means, summarised.

    `blocks`: answer matrices of the same respondents (rows aligned; NaN = not rated), e.g. the
    significance and the satisfaction questionnaires; `gradients`: ∂value/∂(column mean) for
    each column of each block (0 for columns the value does not use); `value`: the function at
    the column means. Each respondent who rated a used column gets zⱼ = value +
    N·Σ g_f·(x_jf − m_f)/n_f; returns their mean (= value), standard deviation and N.
    """
    used_rows = None
    parts = []
    for block, gradient in zip(blocks, gradients, strict=True):
        block = np.asarray(block, dtype=float)
        gradient = np.asarray(gradient, dtype=float)
        use = gradient != 0
        block, gradient = block[:, use], gradient[use]
        rated = ~np.isnan(block)
        n_f = rated.sum(axis=0)
        with np.errstate(invalid="ignore", divide="ignore"):
            means = np.where(n_f > 0, np.nansum(block, axis=0) / np.maximum(n_f, 1), 0.0)
            weight = np.where(n_f > 0, gradient / np.maximum(n_f, 1), 0.0)
        centred = np.where(rated, block - means, 0.0)
        parts.append(centred @ weight)
        rows = rated.any(axis=1)
        used_rows = rows if used_rows is None else used_rows | rows
    if used_rows is None or not used_rows.any():
        return None
    u = np.sum(parts, axis=0)[used_rows]
    big_n = len(u)
    z = value + big_n * u
    sd = float(z.std(ddof=1)) if big_n > 1 else 0.0
    return Spread(float(value), sd, big_n)


# --- the level's linearised values --------------------------------------------------------------
def level_spreads(
    level,
    parameters,
    significance: np.ndarray,
    satisfaction: np.ndarray,
    sig_items: list[str],
    sat_items: list[str],
    shown_sig: set[str],
    shown_sat: set[str],
) -> dict[str, Spread]:
    """Spreads of the motivation level ("_integral") and of each parameter's partial level,
    from the linearised values (see the module's docstring).

    `level`: the view's `MotivationLevel`; `parameters`: the mapping (`level.Parameter`);
    `significance`/`satisfaction`: the view's answer matrices (rows aligned, columns
    `sig_items`/`sat_items`); `shown_*`: the factors whose means the level used (a hidden or
    unrated factor is left out of the level, so it is left out here too).
    """
    if level is None or not level.parameters:
        return {}
    mapping = {p.id: p for p in parameters}
    sig_pos = {item: k for k, item in enumerate(sig_items)}
    sat_pos = {item: k for k, item in enumerate(sat_items)}
    total = sum(p.importance for p in level.parameters)
    grad_sig = np.zeros(len(sig_items))
    grad_sat = np.zeros(len(sat_items))
    out: dict[str, Spread] = {}
    for p in level.parameters:
        used_sig = [f for f in mapping[p.parameter].significance if f in shown_sig]
        used_sat = [f for f in mapping[p.parameter].satisfaction if f in shown_sat]
        own_sat = np.zeros(len(sat_items))
        for f in used_sat:
            own_sat[sat_pos[f]] += 1.0 / (5.0 * len(used_sat))
            grad_sat[sat_pos[f]] += p.d / (5.0 * len(used_sat))
        for f in used_sig:
            grad_sig[sig_pos[f]] += (p.level - level.integral) / (total * len(used_sig))
        spread = linearised_spread([satisfaction], [own_sat], p.level)
        if spread is not None:
            out[p.parameter] = spread
    spread = linearised_spread([significance, satisfaction], [grad_sig, grad_sat], level.integral)
    if spread is not None:
        out["_integral"] = spread
    return out


# --- comparing two analyses -------------------------------------------------------------------
SHARE_COLUMNS = {"high_share": "high_count", "low_share": "low_count"}  # 4–5 and 0–2


@dataclass
class Changes:
    """Every comparison of a view with the same view of the previous campaign; a figure hidden
    on either side (the disclosure rule) has no entry."""

    factors: dict[str, dict[str, dict[str, Difference]]]  # instrument → item → column →
    profiles: dict[str, dict[str, Difference]]  # instrument → scale → mean's difference
    satisfaction_groups: dict[str, Difference]  # high / medium / low shares
    types: dict[str, dict[str, Difference]]  # instrument → type (or "mixed") → share
    level: Difference | None
    parameters: dict[str, Difference]  # partial level per parameter

    def factor(self, instrument: str, item: str, column: str = "mean") -> Difference | None:
        """`column`: "mean", "strength_pct" (the mean's comparison × 20), "high_share",
        "low_share"."""
        row = self.factors.get(instrument, {}).get(item)
        if row is None:
            return None
        if column == "strength_pct":
            return row["mean"].scaled(20.0)
        return row.get(column)

    def profile(self, instrument: str, scale: str) -> Difference | None:
        return self.profiles.get(instrument, {}).get(scale)


def no_changes() -> Changes:
    return Changes({}, {}, {}, {}, None, {})


def _factor_differences(now, then) -> dict[str, dict[str, Difference]]:
    out: dict[str, dict[str, Difference]] = {}
    if now is None or then is None:
        return out
    columns = [f"count_{v}" for v in range(6)] + list(SHARE_COLUMNS.values())
    items = [item for item in now.index if item in then.index]

    def arrays(frame):
        part = frame.loc[items]
        hidden = (
            part["hidden"].astype(bool).to_numpy()
            if "hidden" in part.columns
            else np.zeros(len(items), bool)
        )
        n = part["n"].to_numpy(dtype=float)
        return hidden | ~(n > 0), part[columns].to_numpy(dtype=float), n

    skip_now, counts_now, n_now = arrays(now)
    skip_then, counts_then, n_then = arrays(then)
    for k, item in enumerate(items):
        if skip_now[k] or skip_then[k]:
            continue
        s_now = spread_from_counts(counts_now[k, :6])
        s_then = spread_from_counts(counts_then[k, :6])
        if s_now is None or s_then is None:
            continue
        entry = {"mean": welch(s_then.as_tuple(), s_now.as_tuple())}
        for j, share in enumerate(SHARE_COLUMNS):
            entry[share] = newcombe(
                (int(counts_then[k, 6 + j]), int(n_then[k])),
                (int(counts_now[k, 6 + j]), int(n_now[k])),
            )
        out[str(item)] = entry
    return out


def compare(current, previous) -> Changes:
    """The changes of `current` (a `CampaignAnalysis`) against `previous`, the same view of the
    previous campaign, both already under the disclosure rule."""
    changes = no_changes()
    if previous is None or not current.disclosure.allowed or not previous.disclosure.allowed:
        return changes
    for inst_id, now in current.instruments.items():
        then = previous.instruments.get(inst_id)
        if then is None or not now.disclosure.allowed or not then.disclosure.allowed:
            continue
        factors = _factor_differences(now.factors, then.factors)
        if factors:
            changes.factors[inst_id] = factors
        profiles = {
            scale: welch(then.spreads[scale].as_tuple(), s.as_tuple())
            for scale, s in now.spreads.items()
            if scale in then.spreads
            and now.profile.get(scale) is not None
            and then.profile.get(scale) is not None
        }
        if profiles:
            changes.profiles[inst_id] = profiles
        if now.shares is not None and then.shares is not None:
            n_now, n_then = now.spreads.get("total"), then.spreads.get("total")
            if n_now is not None and n_then is not None:
                changes.satisfaction_groups = {
                    k: newcombe(
                        (round(then.shares[k] * n_then.n), n_then.n), (round(v * n_now.n), n_now.n)
                    )
                    for k, v in now.shares.items()
                    if k in then.shares
                }
        if now.types and then.types:
            types = {}
            for k, count in now.types["counts"].items():
                if k in then.types["counts"]:
                    types[k] = newcombe(
                        (then.types["counts"][k], then.types["scored"]),
                        (count, now.types["scored"]),
                    )
            if now.types["mixed"] is not None and then.types["mixed"] is not None:
                types["mixed"] = newcombe(
                    (then.types["mixed"], then.types["scored"]),
                    (now.types["mixed"], now.types["scored"]),
                )
            if types:
                changes.types[inst_id] = types
    spreads_now, spreads_then = current.level_spreads, previous.level_spreads
    if current.level is not None and previous.level is not None:
        if "_integral" in spreads_now and "_integral" in spreads_then:
            changes.level = welch(
                spreads_then["_integral"].as_tuple(),
                spreads_now["_integral"].as_tuple(),
                "linearised",
            )
        changes.parameters = {
            k: welch(spreads_then[k].as_tuple(), s.as_tuple(), "linearised")
            for k, s in spreads_now.items()
            if k != "_integral" and k in spreads_then
        }
    return changes
