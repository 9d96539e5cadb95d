"""Insights: mean mood on days with and without a factor, with honest uncertainty.

Statistics (pure NumPy, no SciPy):
- Each comparison is a Welch two-sample t interval for the difference of the mean daily
  mood (days with − days without). The t quantile is found by bisection on the t CDF,
  integrated numerically (Simpson), because SciPy is not a dependency.
- Shown only with at least MIN_DAYS days on each side.
- The printed interval is the usual 95 % one. Whether an insight *claims* a pattern
  (`clear`) uses a Bonferroni-adjusted interval (level 1 − 0.05/m for m comparisons), so
  that, over all factors together, random data claims a pattern in at most ~5 % of cases.
- Days are treated as independent; mood is autocorrelated day to day, so the intervals
  are, if anything, too narrow: hence "a pattern, not proof of cause".

Each insight reads as one plain sentence ("You tend to feel better on days with …
— 3.6 on those days, 3.1 on other days.") with a strength word tied to the intervals:
"a clear pattern" when even the widened interval excludes no difference, "a slight
pattern" when only the usual 95 % one does, "may be chance" otherwise. The numbers sit in
`detail` (the GUI's "How sure is this?") and in the JSON.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from statistics import NormalDist

import numpy as np
import numpy.typing as npt

MIN_DAYS = 5
LEVEL = 0.95
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MINUS = "\u2212"
STRENGTH_WORDS = {"clear": "a clear pattern", "slight": "a slight pattern",
                  "chance": "may be chance"}


@dataclass(frozen=True)
class Factor:
    """Days on which something was present. `known` limits the comparison to days where
    the factor was measured (e.g. sleep); None means every day with a mood counts."""

    key: str
    phrase: str  # completes "On days …": "with at least 30 minutes of daylight"
    present: np.ndarray  # epoch days
    known: np.ndarray | None = None
    other: str = "on other days"
    kind: str = "same_day"  # same_day | next_day | weekday | season
    lead: str = ""  # full opening instead of "On days {phrase}" (optional)


@dataclass(frozen=True)
class Insight:
    factor: str
    kind: str
    mean_with: float
    mean_without: float
    difference: float
    ci_low: float
    ci_high: float
    n_with: int
    n_without: int
    t_stat: float
    clear: bool
    sentence: str
    strength: str = "chance"  # clear | slight | chance
    detail: str = ""
    comparisons: int = 1

    @property
    def strength_words(self) -> str:
        return STRENGTH_WORDS[self.strength]

    def to_json_dict(self) -> dict[str, object]:
        keys = ("factor", "kind", "mean_with", "mean_without", "difference", "ci_low",
                "ci_high", "n_with", "n_without", "t_stat", "clear", "strength", "comparisons",
                "sentence", "detail")
        out: dict[str, object] = {k: getattr(self, k) for k in keys}
        for k in ("mean_with", "mean_without", "difference", "ci_low", "ci_high", "t_stat"):
            out[k] = round(float(getattr(self, k)), 3)
        out["ci_level"] = LEVEL
        return out


@dataclass(frozen=True)
class InsightReport:
    insights: list[Insight]
    weekday_means: dict[str, float | None] = field(default_factory=dict)
    month_means: dict[str, float | None] = field(default_factory=dict)
    seasonal_basis: str = "month"  # day_length | month
    days: int = 0

    def to_json_dict(self) -> dict[str, object]:
        return {
            "days_with_mood": self.days,
            "comparisons": len(self.insights),
            "insights": [i.to_json_dict() for i in self.insights],
            "weekday_means": self.weekday_means,
            "month_means": self.month_means,
            "seasonal_basis": self.seasonal_basis,
        }


def _t_pdf(x: npt.NDArray[np.float64], df: float) -> npt.NDArray[np.float64]:
    log_c = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
    return np.exp(log_c - (df + 1) / 2 * np.log1p(x * x / df))


def _t_cdf(t: float, df: float) -> float:
    if t <= 0:
        return 1.0 - _t_cdf(-t, df) if t < 0 else 0.5
    n = 2000  # even, Simpson
    x = np.linspace(0.0, t, n + 1)
    y = _t_pdf(x, df)
    area = (t / n / 3) * (y[0] + y[-1] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum())
    return 0.5 + float(area)


@lru_cache(maxsize=512)
def t_quantile(p: float, df: float) -> float:
    """Quantile of Student's t (p > 0.5): Newton's method on the CDF; accurate to ~1e-7."""
    z = NormalDist().inv_cdf(p)
    if df > 1e6:
        return z
    t = z + (z**3 + z) / (4 * df)  # first Cornish–Fisher term: a close start
    for _ in range(20):
        step = (_t_cdf(t, df) - p) / float(_t_pdf(np.array([t], dtype=np.float64), df)[0])
        t = max(t - step, t / 2)
        if abs(step) < 1e-9:
            break
    return float(t)


@dataclass(frozen=True)
class Welch:
    mean_a: float
    mean_b: float
    diff: float
    se: float
    df: float

    def interval(self, level: float) -> tuple[float, float]:
        if self.se == 0:
            return self.diff, self.diff
        half = t_quantile(round(1 - (1 - level) / 2, 12), round(self.df, 6)) * self.se
        return self.diff - half, self.diff + half


def welch(a: np.ndarray, b: np.ndarray) -> Welch:
    va, vb = a.var(ddof=1) / a.size, b.var(ddof=1) / b.size
    se = math.sqrt(va + vb)
    if se == 0:
        df = float(a.size + b.size - 2)
    else:
        df = (va + vb) ** 2 / (va**2 / (a.size - 1) + vb**2 / (b.size - 1))
    mean_a, mean_b = float(a.mean()), float(b.mean())
    return Welch(mean_a, mean_b, mean_a - mean_b, se, df)


def _num(value: float) -> str:
    text = f"{value:.1f}"
    if text in ("-0.0", "0.0"):
        return "0.0"
    return text.replace("-", MINUS)


def condition(f: Factor) -> str:
    """When the factor holds, as it goes after "You tend to feel better …"."""
    if f.lead:
        return f.lead[0].lower() + f.lead[1:]
    return f"on days {f.phrase}"


def strength_of(lo: float, hi: float, clear: bool) -> str:
    if clear:
        return "clear"
    return "slight" if lo > 0 or hi < 0 else "chance"


def those(f: Factor) -> str:
    return "in those months" if f.kind == "season" and f.lead else "on those days"


def plain_sentence(f: Factor, w: Welch, strength: str) -> str:
    means = f"{_num(w.mean_a)} {those(f)}, {_num(w.mean_b)} {f.other}"
    if strength == "chance":
        return f"Your mood was about the same {condition(f)} — {means}."
    feel = "better" if w.diff > 0 else "worse"
    return f"You tend to feel {feel} {condition(f)} — {means}."


def detail_text(w: Welch, lo: float, hi: float, n1: int, n2: int, strength: str,
                m: int) -> str:
    """The numbers behind "How sure is this?"."""
    numbers = (f"Difference {_num(w.diff)} (95 % interval {_num(lo)} to {_num(hi)}); "
               f"{n1} days with, {n2} without.")
    if strength == "clear":
        claim = (f"Even allowing for the {m} comparisons made, the interval stays clear of "
                 "no difference. A pattern, not proof of cause.")
    elif strength == "slight":
        claim = (f"Allowing for the {m} comparisons made, it could still be chance. "
                 "A pattern, not proof of cause.")
    else:
        claim = "The interval includes no difference, so this may be chance."
    return f"{numbers} {claim}"


def compare(days: np.ndarray, mood: np.ndarray, factors: list[Factor]) -> list[Insight]:
    """One insight per factor with ≥ MIN_DAYS days on each side, strongest first."""
    ok = np.isfinite(mood)
    days, mood = days[ok], mood[ok]
    raw: list[tuple[Factor, Welch, int, int]] = []
    for f in factors:
        lagged = f.kind == "next_day"
        factor_days = days - 1 if lagged else days  # the factor is on the day before
        mask_known = (np.ones(days.size, dtype=bool) if f.known is None
                      else np.isin(factor_days, f.known))
        if lagged:
            mask_known &= np.isin(factor_days, days)  # the day before has a mood entry too
        has = np.isin(factor_days, f.present) & mask_known
        without = ~np.isin(factor_days, f.present) & mask_known
        n1, n2 = int(has.sum()), int(without.sum())
        if n1 < MIN_DAYS or n2 < MIN_DAYS:
            continue
        raw.append((f, welch(mood[has], mood[without]), n1, n2))
    m = max(len(raw), 1)
    strict = 1 - (1 - LEVEL) / m
    out: list[Insight] = []
    for f, w, n1, n2 in raw:
        lo, hi = w.interval(LEVEL)
        slo, shi = w.interval(strict)
        lo, hi = float(lo), float(hi)
        clear = bool(slo > 0 or shi < 0)
        strength = strength_of(lo, hi, clear)
        t = float(w.diff / w.se) if w.se else 0.0
        out.append(Insight(f.key, f.kind, w.mean_a, w.mean_b, w.diff, lo, hi, n1, n2, t,
                           clear, plain_sentence(f, w, strength), strength,
                           detail_text(w, lo, hi, n1, n2, strength, len(raw)), len(raw)))
    out.sort(key=lambda i: (not i.clear, -abs(i.t_stat)))
    return out


def weekday_means(days: np.ndarray, mood: np.ndarray) -> dict[str, float | None]:
    """Mean daily mood per weekday (1970-01-01 was a Thursday)."""
    ok = np.isfinite(mood)
    weekday = (days[ok] + 3) % 7  # Monday = 0
    out: dict[str, float | None] = {}
    for i, name in enumerate(WEEKDAYS):
        values = mood[ok][weekday == i]
        out[name] = round(float(values.mean()), 2) if values.size else None
    return out


def month_means(months: np.ndarray, mood: np.ndarray) -> dict[str, float | None]:
    """Mean daily mood per calendar month; `months` holds 1–12 per day."""
    ok = np.isfinite(mood)
    out: dict[str, float | None] = {}
    for i, name in enumerate(MONTHS, start=1):
        values = mood[ok][months[ok] == i]
        out[name] = round(float(values.mean()), 2) if values.size else None
    return out
