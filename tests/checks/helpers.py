"""Shared by the check tests: does a failure name a catalogued mistake (by its finding kind)?"""

from lstm_ref.checks.registry import entries


def named(err, key: str) -> bool:
    """True if ``err`` (a CheckFailure) has a finding of the kind catalogued mistake ``key`` is
    (the Mistake of that key in the check's own catalogue carries its finding)."""
    entry = entries()[err.check]
    if entry.spec is None:  # the shapes function: its catalogue's kinds are shapes.<key>
        from lstm_ref.checks.check_shapes import shape_finding

        kind = shape_finding(key, "").id
    else:
        kind = {m.key: m for m in entry.spec().mistakes()}[key].finding
    return kind in {f.id for f in err.findings}
