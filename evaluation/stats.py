"""The statistics of the results, with the standard library only: means, standard deviations,
paired differences, Cohen's d for paired data and 95 % confidence intervals (Student's t).

Pure functions of lists of numbers; tests/evaluation/test_stats.py checks them against
values computed by hand and against published t tables.
"""

import math
from bisect import bisect_left

# Two-sided 95 % critical values of Student's t (the 0.975 quantile), by degrees of freedom,
# from the usual published tables. Between two rows the value is interpolated linearly in
# 1/df (exact to 3 decimals on the tables' other rows); beyond the last row it is 1.96.
T_975 = {
    1: 12.7062, 2: 4.3027, 3: 3.1824, 4: 2.7764, 5: 2.5706, 6: 2.4469, 7: 2.3646,
    8: 2.3060, 9: 2.2622, 10: 2.2281, 11: 2.2010, 12: 2.1788, 13: 2.1604, 14: 2.1448,
    15: 2.1314, 16: 2.1199, 17: 2.1098, 18: 2.1009, 19: 2.0930, 20: 2.0860, 21: 2.0796,
    22: 2.0739, 23: 2.0687, 24: 2.0639, 25: 2.0595, 26: 2.0555, 27: 2.0518, 28: 2.0484,
    29: 2.0452, 30: 2.0423, 40: 2.0211, 50: 2.0086, 60: 2.0003, 80: 1.9901, 100: 1.9840,
    120: 1.9799, 200: 1.9719, 500: 1.9647, 1000: 1.9623,
}
Z_975 = 1.959964
_DFS = sorted(T_975)


def t_975(df):
    """The 0.975 quantile of Student's t with `df` degrees of freedom (df >= 1)."""
    if df < 1:
        raise ValueError("df must be at least 1")
    if df in T_975:
        return T_975[df]
    if df > _DFS[-1]:
        low, high, t_low, t_high = _DFS[-1], math.inf, T_975[_DFS[-1]], Z_975
    else:
        index = bisect_left(_DFS, df)
        low, high = _DFS[index - 1], _DFS[index]
        t_low, t_high = T_975[low], T_975[high]
    inv, inv_low = 1 / df, 1 / low
    inv_high = 0 if high == math.inf else 1 / high
    return t_low + (t_high - t_low) * (inv_low - inv) / (inv_low - inv_high)


def mean(values):
    return math.fsum(values) / len(values) if values else None


def sd(values):
    """The sample standard deviation (n − 1); None below two values."""
    if len(values) < 2:
        return None
    centre = mean(values)
    return math.sqrt(math.fsum((v - centre) ** 2 for v in values) / (len(values) - 1))


def paired(pairs):
    """Paired before/after: `pairs` is [(before, after)].

    Returns n, the mean of the differences (after − before), their standard deviation, the
    95 % confidence interval of the mean difference (t with n − 1 degrees of freedom),
    Cohen's d for paired data (mean difference / SD of the differences, often written d_z)
    and an approximate 95 % interval of d (standard error √(1/n + d²/2n)). With fewer than two
    pairs, or differences that are all equal, what cannot be computed is None.
    """
    diffs = [after - before for before, after in pairs]
    n = len(diffs)
    result = {"n": n, "mean_diff": mean(diffs), "sd_diff": sd(diffs), "ci_low": None,
              "ci_high": None, "d": None, "d_low": None, "d_high": None}
    if n < 2 or result["sd_diff"] is None:
        return result
    t = t_975(n - 1)
    margin = t * result["sd_diff"] / math.sqrt(n)
    result["ci_low"] = result["mean_diff"] - margin
    result["ci_high"] = result["mean_diff"] + margin
    if result["sd_diff"] > 0:
        d = result["mean_diff"] / result["sd_diff"]
        se = math.sqrt(1 / n + d * d / (2 * n))
        result.update(d=d, d_low=d - t * se, d_high=d + t * se)
    return result
