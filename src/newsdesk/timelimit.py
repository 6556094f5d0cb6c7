"""A time limit per document: extraction and analysis in a worker process that is stopped
when one document takes too long (``NEWSDESK_DOCUMENT_TIMEOUT``).

A thread or a signal cannot stop lxml, a regular expression or the spaCy parser in the
middle of a call; a process can be killed anywhere. The worker is ``python -m
newsdesk.timelimit`` (a fresh interpreter: nothing forked from a process that may hold
threads, and no re-import of the caller's script as multiprocessing's spawn does); it
talks pickles over its stdin/stdout, loads the NLP resources before its first document
(that wait is not counted), and is replaced after a document that timed out. Without a
limit the pipeline works in process, as before, at the same speed.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import signal
import struct
import subprocess
import sys
import threading
import time
from typing import IO, Any

from newsdesk.errors import NewsdeskError, TimeLimitError
from newsdesk.records import Analysis, Article, RawDocument

START_TIMEOUT = 600.0
"""Seconds a new worker may take to import newsdesk and load spaCy and the gazetteer."""

_HEADER = struct.Struct("!Q")


def _send(stream: IO[bytes], message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _receive(stream: IO[bytes]) -> Any:
    """The next message, or EOFError when the other side is gone."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise EOFError
    size = _HEADER.unpack(header)[0]
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


def _serve(requests: IO[bytes], replies: IO[bytes], analyse: bool) -> None:
    """The worker: load what analysis needs, then answer requests until its input ends."""
    from newsdesk import pipeline

    if analyse:
        from newsdesk.analyse import get_nlp
        from newsdesk.analyse.gazetteer import get_gazetteer

        get_nlp()
        get_gazetteer()
    _send(replies, ("ready", None))
    while True:
        try:
            request, payload = _receive(requests)
        except EOFError:
            return
        try:
            if request == "extract":
                result: Any = pipeline.extract_raw(payload)
            else:
                result = pipeline.analyse_articles(payload)
            _send(replies, ("ok", result))
        except NewsdeskError as exc:
            _send(replies, ("error", exc))
        except Exception as exc:  # reported to the parent, which fails that document
            _send(replies, ("crash", f"{type(exc).__name__}: {str(exc)[:200]}"))


def _read_replies(stream: IO[bytes], into: queue.Queue[tuple[str, Any]]) -> None:
    # A thread, so that the parent can wait for a reply with a timeout on every platform.
    while True:
        try:
            into.put(_receive(stream))
        except (EOFError, OSError, pickle.UnpicklingError):
            into.put(("gone", None))
            return


class DocumentWorker:
    """Runs ``extract`` and ``analyse`` for the pipeline in a process it can stop."""

    def __init__(self, *, analyse: bool) -> None:
        self.analyse_enabled = analyse
        self._process: subprocess.Popen[bytes] | None = None
        self._replies: queue.Queue[tuple[str, Any]] = queue.Queue()

    def start(self) -> None:
        """Start the worker (and wait for its resources to load) unless it is running."""
        if self._process is not None:
            return
        command = [sys.executable, "-m", "newsdesk.timelimit"]
        command.append("analyse" if self.analyse_enabled else "extract")
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert process.stdout is not None
        self._process, self._replies = process, queue.Queue()
        threading.Thread(
            target=_read_replies, args=(process.stdout, self._replies), daemon=True
        ).start()
        try:
            status, _ = self._replies.get(timeout=START_TIMEOUT)
        except queue.Empty:
            status = "slow"
        if status != "ready":
            self.stop(kill=True)
            raise NewsdeskError("the document worker (python -m newsdesk.timelimit) did not start")

    def _call(self, request: str, payload: Any, deadline: float, label: str, limit: float) -> Any:
        self.start()
        assert self._process is not None and self._process.stdin is not None
        try:
            _send(self._process.stdin, (request, payload))
            status, result = self._replies.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            self.stop(kill=True)  # the only way to end a call stuck in C code
            raise TimeLimitError(
                f"{label}: gave up after {limit:g} s of extraction and analysis "
                "(NEWSDESK_DOCUMENT_TIMEOUT)"
            ) from None
        except OSError:
            status, result = "gone", None
        if status == "ok":
            return result
        if status == "error":
            raise result
        if status == "crash":
            raise NewsdeskError(f"{label}: internal error while reading it: {result}")
        self.stop(kill=True)
        raise NewsdeskError(f"{label}: the document worker ended while reading it")

    def extract(self, raw: RawDocument, deadline: float, label: str, limit: float) -> list[Article]:
        found: list[Article] = self._call("extract", raw, deadline, label, limit)
        return found

    def analyse(
        self, found: list[Article], deadline: float, label: str, limit: float
    ) -> list[Analysis]:
        analyses: list[Analysis] = self._call("analyse", found, deadline, label, limit)
        return analyses

    def stop(self, *, kill: bool = False) -> None:
        """End the worker (killed when busy or asked); the next call starts a new one."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            with contextlib.suppress(OSError):
                process.stdin.close()  # its input ends: an idle worker returns
        try:
            process.wait(timeout=0 if kill else 5.0)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


def main() -> None:
    """``python -m newsdesk.timelimit analyse|extract``: the worker process."""
    # Replies go to a copy of stdout; stdout itself becomes stderr, so that whatever a
    # library prints cannot corrupt the replies.
    # Ctrl-C in a terminal reaches the whole process group: the caller handles it and ends
    # this worker (its input closes, or it is killed); a traceback here would only confuse.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    _serve(sys.stdin.buffer, replies, analyse=sys.argv[1:] == ["analyse"])


if __name__ == "__main__":
    main()
