"""Deprecated name of :mod:`lstm_ref.run_notebook` (``lstm-validate``), kept for
``python -m lstm_ref.validate`` and ``from lstm_ref import validate``; removed in lstm-ref 0.3."""

import warnings

from lstm_ref.run_notebook import *  # noqa: F403
from lstm_ref.run_notebook import main

warnings.warn(
    "lstm_ref.validate is now lstm_ref.run_notebook (lstm-validate is unchanged)",
    DeprecationWarning,
    stacklevel=2,
)

if __name__ == "__main__":
    raise SystemExit(main())
