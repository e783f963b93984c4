"""The property tests' settings (tests/conftest.py): never a deadline, and in CI the same
examples on every run."""

import os

from hypothesis import settings


def test_property_tests_have_no_deadline():
    assert settings.default.deadline is None


def test_ci_runs_the_same_examples_every_time():
    if os.environ.get("HYPOTHESIS_PROFILE") == "ci":
        assert settings.default.derandomize
    assert settings.get_profile("ci").derandomize
    assert settings.get_profile("ci").deadline is None
