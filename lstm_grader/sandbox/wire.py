"""The wire format, for the grading side: it lives in :mod:`lstm_grader.sandbox.inside.wire`
(the folder the sandbox binds); this name stays so that trusted code imports it from here."""

from lstm_grader.sandbox.inside.wire import *  # noqa: F401,F403
from lstm_grader.sandbox.inside.wire import MAX_MESSAGE, json_depth  # noqa: F401
