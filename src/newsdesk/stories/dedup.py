"""Near-duplicate bodies (syndicated and lightly edited copies) with MinHash LSH.

A body is the set of its word 5-shingles; MinHash estimates the Jaccard
similarity of two such sets and LSH finds the candidates above a threshold
without comparing every pair. A wire story re-published with another headline,
a changed word or an extra paragraph keeps most of its shingles; two articles
about the same event written separately share very few.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from newsdesk.stories.text import words

NUM_PERM = 128
SCHEME = "affine32"
"""datasketch's hashing scheme; stored signatures are only comparable within one scheme."""
SHINGLE = 5
COPY_JACCARD = 0.5
"""Estimated Jaccard of shingle sets from which a body counts as a copy. One extra
paragraph in five leaves about 0.8; separately written reports score below 0.1."""
MIN_SHINGLES = 20
"""Shorter bodies (a headline and a line) are too small to call copies."""
SIGNED_CHARS = 500_000
"""A body is signed by its first this many characters (no news article is longer; a 15 MB
page of notices took seconds to shingle whole)."""


def shingles(body: str, size: int = SHINGLE) -> set[str]:
    tokens = words(body)
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def signature(body: str) -> MinHash | None:
    """MinHash of a body's shingles (of its first SIGNED_CHARS characters), or None when
    the body is too short to judge."""
    grams = shingles(body[:SIGNED_CHARS])
    if len(grams) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([g.encode("utf-8") for g in grams])
    return minhash


def signature_bytes(minhash: MinHash) -> bytes:
    return np.asarray(minhash.hashvalues, dtype=np.uint32).tobytes()


def signature_from_bytes(data: bytes) -> MinHash:
    values = np.frombuffer(data, dtype=np.uint32)
    return MinHash(num_perm=len(values), hashvalues=values.copy(), scheme=SCHEME)


@dataclass(frozen=True)
class CopyMatch:
    article_id: int
    jaccard: float


class CopyIndex:
    """The LSH index of every stored body, to find copies of a new one."""

    def __init__(self, threshold: float = COPY_JACCARD) -> None:
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.signatures: dict[int, MinHash] = {}

    def __len__(self) -> int:
        return len(self.signatures)

    def add(self, article_id: int, minhash: MinHash) -> None:
        if article_id in self.signatures:
            self.remove(article_id)
        self.lsh.insert(article_id, minhash)
        self.signatures[article_id] = minhash

    def remove(self, article_id: int) -> None:
        if self.signatures.pop(article_id, None) is not None:
            self.lsh.remove(article_id)

    def matches(self, minhash: MinHash, exclude: int | None = None) -> list[CopyMatch]:
        """Stored bodies whose estimated Jaccard reaches the threshold, closest first."""
        found = []
        for candidate in self.lsh.query(minhash):
            if candidate == exclude:
                continue
            jaccard = float(minhash.jaccard(self.signatures[candidate]))
            if jaccard >= self.threshold:
                found.append(CopyMatch(int(candidate), jaccard))
        found.sort(key=lambda m: (-m.jaccard, m.article_id))
        return found
