"""Hypothesis profiles shared by every test folder.

``ci`` (the default, used by ``make test`` and CI): derandomized and without an example
database, so the same commit draws the same examples on every machine and every run; a
failure found there can be reproduced exactly. ``slow`` (``make fuzz`` sets
``HYPOTHESIS_PROFILE=slow``): a long random search with thousands of examples a test.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "slow",
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
