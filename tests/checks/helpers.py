"""Shared by the check tests: does a failure name a catalogued mistake (by its finding kind)?"""

from lstm_ref.checks.findings import catalogue_finding


def named(err, key: str) -> bool:
    """True if ``err`` (a CheckFailure) has a finding of the kind catalogued mistake ``key`` is."""
    kind = catalogue_finding(err.check, key, "").id
    return kind in {f.id for f in err.findings}
