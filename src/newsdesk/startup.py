"""Ctrl-C while the ``newsdesk`` command loads: one line and status 130, no traceback.

Loading the command's modules takes seconds (the pipeline, SQLAlchemy, trafilatura), before
``newsdesk.cli.main`` can catch anything. ``newsdesk.cli`` imports this module before its
own modules, which installs the handler, and calls ``loaded()`` once they are in: from then
on Ctrl-C is a KeyboardInterrupt again, which the command handles.
"""

from __future__ import annotations

import signal
import sys
import threading
from types import FrameType
from typing import Any


def _interrupted_while_loading(signum: int, frame: FrameType | None) -> None:
    sys.stderr.write("interrupted\n")
    raise SystemExit(130)


# Signal handlers belong to the main thread (an import elsewhere leaves them alone).
_PREVIOUS: Any = (
    signal.signal(signal.SIGINT, _interrupted_while_loading)
    if threading.current_thread() is threading.main_thread()
    else None
)


def loaded() -> None:
    """The command's modules are in: Ctrl-C does what it did before."""
    global _PREVIOUS
    if _PREVIOUS is not None and signal.getsignal(signal.SIGINT) is _interrupted_while_loading:
        signal.signal(signal.SIGINT, _PREVIOUS)
    _PREVIOUS = None
