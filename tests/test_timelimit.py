"""The document worker (``python -m newsdesk.timelimit``) run as its own process."""

from __future__ import annotations

import signal
import subprocess
import sys
import time


def test_the_worker_leaves_ctrl_c_to_its_caller() -> None:
    # A terminal's Ctrl-C reaches the worker too: it printed a KeyboardInterrupt traceback
    # from its read loop. It now ignores it and ends when its input does.
    worker = subprocess.Popen(
        [sys.executable, "-m", "newsdesk.timelimit", "extract"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert worker.stdout is not None and worker.stdin is not None
    worker.stdout.read(8)  # the length of its first message: it is ready
    worker.send_signal(signal.SIGINT)
    time.sleep(0.5)  # let the signal land while it waits for a request
    worker.stdin.close()  # its input ends: it returns
    worker.wait(timeout=60)
    assert worker.stderr is not None
    err = worker.stderr.read()
    assert worker.returncode == 0, err.decode()
    assert b"Traceback" not in err
