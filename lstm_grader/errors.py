"""The error a user can fix (a wrong name, a missing file, an unreachable gradebook)."""


class CourseError(Exception):
    """A problem the user can fix; its message says how. ``lstm-grade`` prints it, exit status 2."""
