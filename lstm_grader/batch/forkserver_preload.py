"""The fork server's preload: importing this module warms the process up (on purpose).

This is the one module of ``lstm_grader`` that does work when imported: ``multiprocessing`` gives
a fork server no hook but the modules it imports first (``set_forkserver_preload``, see
:mod:`lstm_grader.batch.pool`). Nothing else imports it; what it does is
:func:`lstm_grader.batch.warmup.warm` (imports, and an HTML export in memory: nothing is written).
"""

from lstm_grader.batch.warmup import warm

warm()
