"""Incremental story clustering: single-pass TF-IDF centroids with time decay.

Each article becomes a sparse TF-IDF vector of its headline (counted twice), its
lead and the entities the analyse stage resolved. It joins the story whose
centroid it is most similar to (cosine), the similarity being discounted by how
long that story has been quiet; below a threshold it starts a new story. When
an article matches a second story too and the two centroids are themselves
close, the stories merge (the article is the bridge). IDF weights are taken at
the moment an article arrives, so assignment never revisits stored articles:
its cost depends on the article's terms and the stories sharing them, not on
the size of the corpus.

The settings are fixed here (see ``ClusterSettings``) and shared by the
pipeline, ``newsdesk.cluster_stream`` and the benchmark; bench/RESULTS.md says
how they were chosen.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from newsdesk.records import utc
from newsdesk.stories.text import content_words, lead


@dataclass(frozen=True)
class ClusterSettings:
    threshold: float = 0.08
    """Minimum (decayed) cosine to join a story. Headline vectors are short and
    sparse, so cosines of same-story headlines are low; chosen on the first half
    (by time) of uci-dev."""
    merge_threshold: float = 0.3
    """Minimum (decayed) centroid cosine for two stories bridged by one article to merge."""
    decay_hours: float = 6.0
    """Time constant of the exponential discount of a quiet story (one news cycle)."""
    decay_floor: float = 0.25
    """The discount never goes below this: a clearly matching article (four times the
    threshold) still continues a story that has been quiet for days."""
    close_after_days: float = 14.0
    """A story quiet for longer is closed: later coverage starts a new story."""
    lead_words: int = 60
    """How much of the body counts, besides the headline."""
    headline_weight: int = 2
    """Headline words count this many times (the headline states the story)."""


DEFAULT_SETTINGS = ClusterSettings()

RESIDUE = 1e-9
"""A centroid weight this close to zero after a subtraction is float residue: dropped."""


@dataclass
class StoryItem:
    """What clustering needs from an article."""

    headline: str
    published: datetime
    body: str = ""
    entities: Sequence[str] = ()
    """Entity keys (from analysis): shared entities pull articles together."""


@dataclass
class Centroid:
    """The running state of one story: the sum of its members' unit vectors."""

    id: int
    weights: dict[str, float] = field(default_factory=dict)
    size: int = 0
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    norm: float = 0.0

    def refresh_norm(self) -> None:
        self.norm = math.sqrt(sum(v * v for v in self.weights.values()))


@dataclass
class Assignment:
    story_id: int
    similarity: float
    """Decayed cosine to the story it joined (0.0 for a new story)."""
    created: bool
    vector: dict[str, float]
    """The article's unit TF-IDF vector, as added to the centroid."""
    merged: list[int] = field(default_factory=list)
    """Stories merged into ``story_id`` because this article bridged them."""


def item_terms(item: StoryItem, settings: ClusterSettings = DEFAULT_SETTINGS) -> Counter[str]:
    """Term frequencies of an article: headline words (weighted), lead words, entities."""
    terms: Counter[str] = Counter()
    for word in content_words(item.headline):
        terms[word] += settings.headline_weight
    if item.body:
        terms.update(content_words(lead(item.body, settings.lead_words)))
    terms.update("entity:" + key for key in item.entities)
    return terms


class StoryIndex:
    """Stories as centroids, with an inverted index from term to stories.

    Holds the whole incremental state: document frequencies, the number of
    documents, and the centroids. ``newsdesk.store.stories`` persists it.
    """

    def __init__(self, settings: ClusterSettings = DEFAULT_SETTINGS) -> None:
        self.settings = settings
        self.doc_count = 0
        self.doc_freq: Counter[str] = Counter()
        self.stories: dict[int, Centroid] = {}
        self.postings: defaultdict[str, set[int]] = defaultdict(set)
        self.next_id = 1

    # -- state --------------------------------------------------------------

    def restore(self, centroid: Centroid) -> None:
        """Put back a stored story (its norm is recomputed)."""
        centroid.refresh_norm()
        self.stories[centroid.id] = centroid
        for term in centroid.weights:
            self.postings[term].add(centroid.id)
        self.next_id = max(self.next_id, centroid.id + 1)

    # -- scoring ------------------------------------------------------------

    def _decay(self, story: Centroid, when: datetime) -> float:
        if story.last_seen is None:
            return 1.0
        hours = abs((when - story.last_seen).total_seconds()) / 3600.0
        if hours > self.settings.close_after_days * 24.0:
            return 0.0
        return max(self.settings.decay_floor, math.exp(-hours / self.settings.decay_hours))

    def vectorise(self, terms: Counter[str]) -> dict[str, float]:
        """Unit TF-IDF vector (sublinear tf, smoothed idf) after counting the document in."""
        self.doc_count += 1
        self.doc_freq.update(terms.keys())
        n = self.doc_count
        vector = {
            t: (1.0 + math.log(tf)) * (math.log((n + 1) / (self.doc_freq[t] + 1)) + 1.0)
            for t, tf in terms.items()
        }
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        return {t: v / norm for t, v in vector.items()}

    def similarities(self, vector: dict[str, float], when: datetime) -> list[tuple[float, int]]:
        """Decayed cosine to every story sharing a term, best first."""
        dots: defaultdict[int, float] = defaultdict(float)
        for term, value in vector.items():
            for story_id in self.postings.get(term, ()):
                dots[story_id] += value * self.stories[story_id].weights[term]
        scored = []
        for story_id, dot in dots.items():
            story = self.stories[story_id]
            decay = self._decay(story, when)
            if story.norm > 0 and decay > 0:
                scored.append((dot / story.norm * decay, story_id))
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        return scored

    def centroid_similarity(self, a: Centroid, b: Centroid) -> float:
        small, large = (a, b) if len(a.weights) <= len(b.weights) else (b, a)
        dot = sum(v * large.weights.get(t, 0.0) for t, v in small.weights.items())
        return dot / (a.norm * b.norm) if a.norm and b.norm else 0.0

    # -- updates ------------------------------------------------------------

    def assign(self, item: StoryItem, new_id: Callable[[], int] | None = None) -> Assignment:
        """Place one article: join the best story, start one, and merge bridged stories.

        ``new_id`` allocates the id of a new story (the store's autoincrement);
        by default ids count up from 1.
        """
        when = utc(item.published)
        vector = self.vectorise(item_terms(item, self.settings))
        scored = self.similarities(vector, when)
        if scored and scored[0][0] >= self.settings.threshold:
            similarity, story_id = scored[0]
            created = False
        else:
            similarity, created = 0.0, True
            story_id = new_id() if new_id is not None else self.next_id
            self.next_id = max(self.next_id, story_id) + 1
            self.stories[story_id] = Centroid(story_id)
        story = self.stories[story_id]
        self.add_vector(story, vector, when)
        merged = []
        for other_score, other_id in scored[1:]:
            if other_score < self.settings.threshold:
                break
            other = self.stories.get(other_id)
            if other is None or other_id == story_id:
                continue
            closeness = self.centroid_similarity(story, other) * self._decay(other, when)
            if closeness >= self.settings.merge_threshold:
                self.merge(story, other)
                merged.append(other_id)
        return Assignment(story_id, similarity, created, vector, merged)

    def add_vector(self, story: Centroid, vector: dict[str, float], when: datetime) -> None:
        for term, value in vector.items():
            story.weights[term] = story.weights.get(term, 0.0) + value
            self.postings[term].add(story.id)
        story.size += 1
        story.first_seen = when if story.first_seen is None else min(story.first_seen, when)
        story.last_seen = when if story.last_seen is None else max(story.last_seen, when)
        story.refresh_norm()

    def remove_vector(self, story: Centroid, vector: dict[str, float]) -> None:
        """Take back what ``add_vector`` added (the caller recomputes the story's span)."""
        for term, value in vector.items():
            left = story.weights.get(term, 0.0) - value
            if abs(left) <= RESIDUE:
                story.weights.pop(term, None)
                self.postings[term].discard(story.id)
                if not self.postings[term]:
                    del self.postings[term]
            else:
                story.weights[term] = left
        story.size = max(0, story.size - 1)
        story.refresh_norm()

    def uncount(self, terms: Iterable[str]) -> None:
        """Take one document out of the document frequencies (``vectorise`` counted it)."""
        self.doc_count = max(0, self.doc_count - 1)
        for term in set(terms):
            self.doc_freq[term] -= 1
            if self.doc_freq[term] <= 0:
                del self.doc_freq[term]

    def drop(self, story_id: int) -> None:
        """Forget a story (its last member left)."""
        story = self.stories.pop(story_id, None)
        if story is None:
            return
        for term in story.weights:
            postings = self.postings.get(term)
            if postings is not None:
                postings.discard(story_id)
                if not postings:
                    del self.postings[term]

    def merge(self, into: Centroid, other: Centroid) -> None:
        """Fold ``other`` into ``into`` (the story that has just grown keeps its id)."""
        for term, value in other.weights.items():
            into.weights[term] = into.weights.get(term, 0.0) + value
            postings = self.postings[term]
            postings.discard(other.id)
            postings.add(into.id)
        into.size += other.size
        for when in (other.first_seen, other.last_seen):
            if when is not None:
                into.first_seen = when if into.first_seen is None else min(into.first_seen, when)
                into.last_seen = when if into.last_seen is None else max(into.last_seen, when)
        into.refresh_norm()
        del self.stories[other.id]


def cluster_items(
    items: Iterable[StoryItem], settings: ClusterSettings = DEFAULT_SETTINGS
) -> list[int]:
    """Cluster a stream in the order given; one story id per item (merges applied)."""
    index = StoryIndex(settings)
    assigned: list[int] = []
    members: defaultdict[int, list[int]] = defaultdict(list)
    for position, item in enumerate(items):
        result = index.assign(item)
        assigned.append(result.story_id)
        members[result.story_id].append(position)
        for gone in result.merged:
            for moved in members.pop(gone):
                assigned[moved] = result.story_id
                members[result.story_id].append(moved)
    return assigned
