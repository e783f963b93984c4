"""The statistics against values computed by hand and published t tables."""

import math

import pytest

from evaluation import stats


@pytest.mark.parametrize(("df", "expected"), [
    (1, 12.706), (4, 2.776), (9, 2.262), (10, 2.228), (19, 2.093), (29, 2.045), (30, 2.042),
    # Not in the table: interpolated in 1/df, against the exact quantiles.
    (35, 2.030), (45, 2.014), (70, 1.994), (150, 1.976), (10_000, 1.960),
])
def test_t_quantiles_match_the_published_values(df, expected):
    assert stats.t_975(df) == pytest.approx(expected, abs=0.0015)


def test_t_needs_one_degree_of_freedom():
    with pytest.raises(ValueError):
        stats.t_975(0)


def test_mean_and_sample_standard_deviation():
    assert stats.mean([2, 4, 4, 4, 5, 5, 7, 9]) == 5
    # Σ(x − 5)² = 32, over n − 1 = 7
    assert stats.sd([2, 4, 4, 4, 5, 5, 7, 9]) == pytest.approx(math.sqrt(32 / 7))
    assert stats.sd([3]) is None and stats.mean([]) is None


def test_paired_differences_cohen_d_and_interval_by_hand():
    # Differences 1, 2, 2, 3, 2: mean 2, SD √(2/4) = 0.70711, d = 2.8284;
    # t(0.975, 4) = 2.7764: margin 2.7764 × 0.70711 / √5 = 0.87798.
    pairs = [(2, 3), (1, 3), (3, 5), (2, 5), (3, 5)]
    result = stats.paired(pairs)
    assert result["n"] == 5
    assert result["mean_diff"] == pytest.approx(2.0)
    assert result["sd_diff"] == pytest.approx(0.70711, abs=1e-5)
    assert result["d"] == pytest.approx(2.82843, abs=1e-5)
    assert result["ci_low"] == pytest.approx(1.12202, abs=1e-4)
    assert result["ci_high"] == pytest.approx(2.87798, abs=1e-4)
    # d's interval: se = √(1/5 + 8/10) = 1, so d ± 2.7764
    assert result["d_low"] == pytest.approx(2.82843 - 2.7764, abs=1e-3)
    assert result["d_high"] == pytest.approx(2.82843 + 2.7764, abs=1e-3)


def test_equal_differences_have_no_effect_size_and_a_zero_width_interval():
    result = stats.paired([(1, 2)] * 6)
    assert result["mean_diff"] == 1 and result["sd_diff"] == 0
    assert result["d"] is None
    assert result["ci_low"] == result["ci_high"] == 1


def test_one_pair_gives_a_mean_only():
    result = stats.paired([(1, 4)])
    assert result["mean_diff"] == 3 and result["ci_low"] is None and result["d"] is None
