"""Grouping stored articles: copies first, then stories, persisted as increments.

An edited article (grouped before, now with another text) is taken out of its
story first, undoing what it added there (``story_documents`` keeps its vector;
a merge of two stories it bridged stays), and then placed again as if it had
just arrived; an article grouped again with the same text is left alone.

``StoryGrouper`` keeps the clustering state in memory (loaded from the store
once per process, on first use) and writes each decision to the store in the
caller's transaction. If that transaction fails, the in-memory state is
dropped and reloaded on the next call, so memory never runs ahead of the
database.
"""

from __future__ import annotations

import hashlib
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

import sqlalchemy as sa
from datasketch import MinHash

from newsdesk.records import Article
from newsdesk.store import stories as story_store
from newsdesk.stories.cluster import (
    DEFAULT_SETTINGS,
    Centroid,
    ClusterSettings,
    StoryIndex,
    StoryItem,
    item_terms,
)
from newsdesk.stories.dedup import CopyIndex, signature, signature_bytes, signature_from_bytes


@dataclass(frozen=True)
class Grouped:
    """Where one article went."""

    article_id: int
    story_id: int
    copy_of: int | None = None
    """The earliest copy this article duplicates, if it is a copy."""
    created: bool = False
    merged: list[int] = field(default_factory=list)


@dataclass
class RebuildReport:
    articles: int = 0
    stories: int = 0
    copies: int = 0


def _when(article: Article) -> datetime:
    return article.date_reference or datetime.now(UTC)


def _digest(article: Article, entities: Sequence[str]) -> str:
    """What grouping reads from an article: the same digest places it the same way."""
    when = article.date_reference
    parts = [article.headline, article.body, "\x1f".join(sorted(entities))]
    parts.append(when.isoformat() if when else "")
    return hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()


EntitiesOf = Callable[[int], Sequence[str]]
"""Entity keys of a stored article (by id), for an article grouping has to re-read."""


class StoryGrouper:
    def __init__(self, settings: ClusterSettings = DEFAULT_SETTINGS) -> None:
        self.settings = settings
        self._index: StoryIndex | None = None
        self._copies: CopyIndex | None = None
        self._grouped: set[int] = set()
        self._placements = 0
        self._title_scores: dict[int, float] = {}
        self._on_rollback = lambda _conn: self.forget()
        self._watched: weakref.WeakSet[sa.Connection] = weakref.WeakSet()

    def _load(self, conn: sa.Connection) -> tuple[StoryIndex, CopyIndex]:
        if self._index is None or self._copies is None:
            index = StoryIndex(self.settings)
            vocab = story_store.load_vocab(conn)
            index.doc_count, index.doc_freq = vocab.documents, vocab.freq
            self._placements = vocab.placements
            for stored in story_store.load_centroids(conn):
                index.restore(
                    Centroid(
                        stored.id, stored.weights, stored.size, stored.first_seen, stored.last_seen
                    )
                )
            copies = CopyIndex()
            for article_id, data in story_store.load_signatures(conn):
                copies.add(article_id, signature_from_bytes(data))
            self._grouped = story_store.grouped_ids(conn)
            self._title_scores = story_store.load_title_scores(conn)
            self._index, self._copies = index, copies
        return self._index, self._copies

    def forget(self) -> None:
        """Drop the in-memory state (it is reloaded from the store on next use)."""
        self._index = self._copies = None
        self._grouped, self._title_scores = set(), {}

    @contextmanager
    def _guard(self, conn: sa.Connection) -> Iterator[None]:
        # The caller's transaction may still roll back after we return (a later stage
        # fails): then memory would be ahead of the store, so forget it on rollback.
        if conn not in self._watched:
            self._watched.add(conn)
            sa.event.listen(conn, "rollback", self._on_rollback)
        try:
            yield
        except BaseException:
            self.forget()
            raise

    def group(
        self,
        conn: sa.Connection,
        article: Article,
        entities: Sequence[str] = (),
        entities_of: EntitiesOf | None = None,
    ) -> Grouped:
        """Place one stored article (``article.id`` set): as a copy, or in a story.

        An article placed before is placed again when its text (headline, body,
        entities, time) changed, after being taken out of its old story; with the same
        text it stays where it is. ``entities_of`` gives the entities of another article
        that has to be placed anew meanwhile (a copy that becomes the original).
        """
        if article.id is None:
            raise ValueError("group() needs a stored article (id is None)")
        digest = _digest(article, entities)
        with self._guard(conn):
            index, copies = self._load_current(conn)
            if article.id in self._grouped:
                known = story_store.story_of(conn, article.id)
                before = story_store.document(conn, article.id)
                if known is not None and before is not None and before.digest == digest:
                    return Grouped(article.id, known, story_store.original_of(conn, article.id))
                if known is not None:
                    self._take_out(conn, article.id, known, before, index, copies, entities_of)
                else:  # its membership is gone (deleted meanwhile): start clean
                    story_store.forget_article(conn, article.id)
            minhash = signature(article.body)
            if minhash is not None:
                placed = self._as_copy(conn, article, minhash, copies, index)
                story_store.save_signature(conn, article.id, signature_bytes(minhash))
                copies.add(article.id, minhash)
                if placed is not None:
                    story_store.count_placement(conn)
                    story_store.save_document(conn, article.id, digest, {})
                    self._placements += 1
                    self._grouped.add(article.id)
                    return placed
            placed, vector = self._in_story(conn, article, entities, index)
            story_store.save_document(conn, article.id, digest, vector)
            self._placements += 1  # counted with the document
            self._grouped.add(article.id)
            return placed

    def remove(
        self, conn: sa.Connection, article_id: int, entities_of: EntitiesOf | None = None
    ) -> None:
        """Take a stored article out of grouping for good (it is about to be deleted): out of
        its story as an edited article is taken out, its copies passed to the earliest of
        them, a story left empty deleted. ``entities_of`` as for ``group``."""
        with self._guard(conn):
            index, copies = self._load_current(conn)
            story_id = story_store.story_of(conn, article_id)
            if story_id is not None:
                before = story_store.document(conn, article_id)
                self._take_out(conn, article_id, story_id, before, index, copies, entities_of)
                return
            # In no story (never grouped, or its membership gone): drop what else is kept.
            story_store.forget_article(conn, article_id)
            story_store.unlink_copy(conn, article_id)
            story_store.hand_over_copies(conn, article_id)
            copies.remove(article_id)
            self._grouped.discard(article_id)
            story_store.count_placement(conn)  # other processes reload what they hold
            self._placements += 1

    def _load_current(self, conn: sa.Connection) -> tuple[StoryIndex, CopyIndex]:
        """The in-memory state, reloaded if another process grouped articles since."""
        index, copies = self._load(conn)
        if story_store.placements(conn) != self._placements:
            self.forget()
            index, copies = self._load(conn)
        return index, copies

    def _take_out(
        self,
        conn: sa.Connection,
        article_id: int,
        story_id: int,
        before: story_store.Document | None,
        index: StoryIndex,
        copies: CopyIndex,
        entities_of: EntitiesOf | None,
    ) -> None:
        """Undo an article's placement: the store and the in-memory index alike."""
        story = index.stories.get(story_id)
        original = story_store.original_of(conn, article_id)
        similarity = story_store.similarity_of(conn, article_id)
        if before is not None and before.vector:
            story_store.uncount_document(conn, before.vector)
            index.uncount(before.vector)
            story_store.subtract_from_centroid(conn, story_id, before.vector)
            if story is not None:
                index.remove_vector(story, before.vector)
        elif before is None and original is None and story is not None:
            # Grouped before vectors were kept: its weights stay in the centroid (until
            # `stories rebuild`), but it no longer counts as a member.
            story.size = max(0, story.size - 1)
        story_store.forget_article(conn, article_id)
        copies.remove(article_id)
        self._grouped.discard(article_id)
        if original is not None:
            story_store.unlink_copy(conn, article_id)
            heir: int | None = original
        else:
            heir = story_store.hand_over_copies(conn, article_id)
        # The change counts as a placement: other processes reload what they hold.
        story_store.count_placement(conn)
        self._placements += 1
        if story is None:
            return
        if not story_store.has_members(conn, story_id):
            story_store.delete_story(conn, story_id)
            index.drop(story_id)
            self._title_scores.pop(story_id, None)
            return
        if heir is not None and before is not None and before.vector:
            # The group of copies lost its vector in the centroid: the new original adds its own.
            self._represent(conn, heir, story, similarity, index, entities_of)
        story.first_seen, story.last_seen = story_store.member_span(conn, story_id)
        story_store.set_span(conn, story_id, story.first_seen, story.last_seen, story.size)
        title = story_store.best_title(conn, story_id)
        if title is not None:
            story_store.set_title(conn, story_id, title.headline, title.article_id, title.score)
            self._title_scores[story_id] = title.score

    def _represent(
        self,
        conn: sa.Connection,
        article_id: int,
        story: Centroid,
        similarity: float,
        index: StoryIndex,
        entities_of: EntitiesOf | None,
    ) -> None:
        """An original that added nothing to its story's centroid (it was a copy) adds itself
        in place of the article that did: with its similarity on arrival."""
        known = story_store.document(conn, article_id)
        if known is None or known.vector:
            return  # it is in the centroid already (or, grouped long ago, unknown)
        article = story_store.get_stored_article(conn, article_id)
        if article is None:
            return
        entities = entities_of(article_id) if entities_of else ()
        when = _when(article)
        item = StoryItem(article.headline, when, article.body, entities)
        vector = index.vectorise(item_terms(item, self.settings))
        index.add_vector(story, vector, when)
        story_store.count_document(conn, vector)
        story_store.add_to_centroid(conn, story.id, vector)
        story_store.set_similarity(conn, article_id, similarity)
        story_store.save_document(
            conn, article_id, _digest(article, entities), vector, replace=True
        )
        self._placements += 1  # counted with the document

    def _as_copy(
        self,
        conn: sa.Connection,
        article: Article,
        minhash: MinHash,
        copies: CopyIndex,
        index: StoryIndex,
    ) -> Grouped | None:
        assert article.id is not None
        for match in copies.matches(minhash, exclude=article.id):
            root = story_store.original_of(conn, match.article_id) or match.article_id
            story_id = story_store.story_of(conn, root)
            story = index.stories.get(story_id) if story_id is not None else None
            if story_id is None or story is None:
                continue
            when = _when(article)
            root_when = story_store.article_time(conn, root)
            if root_when is not None and when < root_when:
                # Ingested late but published first: it becomes the original.
                story_store.link_copy(conn, root, article.id, match.jaccard)
                original = article.id
                if story_store.title_article(conn, story_id) == root:
                    # The story is told by its original's headline, not a copy's.
                    score = self._title_scores.get(story_id, 0.0)
                    story_store.set_title(conn, story_id, article.headline, article.id, score)
            else:
                story_store.link_copy(conn, article.id, root, match.jaccard)
                original = root
            # A copy widens the story's span but adds nothing to its centroid.
            story.first_seen = when if story.first_seen is None else min(story.first_seen, when)
            story.last_seen = when if story.last_seen is None else max(story.last_seen, when)
            story_store.add_member(
                conn,
                story_id,
                article.id,
                match.jaccard,
                first_seen=story.first_seen,
                last_seen=story.last_seen,
                size=story.size,
            )
            return Grouped(article.id, story_id, None if original == article.id else original)
        return None

    def _in_story(
        self, conn: sa.Connection, article: Article, entities: Sequence[str], index: StoryIndex
    ) -> tuple[Grouped, dict[str, float]]:
        assert article.id is not None
        when = _when(article)
        item = StoryItem(article.headline, when, article.body, entities)

        def new_story() -> int:
            return story_store.create_story(conn, article.headline, article.id or 0, when)

        result = index.assign(item, new_story)
        story_store.count_document(conn, result.vector)
        story_store.add_to_centroid(conn, result.story_id, result.vector)
        titles = self._title_scores
        for gone in result.merged:
            story_store.merge_stories(conn, result.story_id, gone)
            titles[result.story_id] = max(titles.get(result.story_id, 0.0), titles.pop(gone, 0.0))
        story = index.stories[result.story_id]
        story_store.add_member(
            conn,
            result.story_id,
            article.id,
            result.similarity,
            first_seen=story.first_seen,
            last_seen=story.last_seen,
            size=story.size,
        )
        # The most representative headline: the member that matched the story best on arrival.
        if result.created:
            titles[result.story_id] = 0.0
        elif result.similarity > titles.get(result.story_id, 0.0):
            titles[result.story_id] = result.similarity
            story_store.set_title(
                conn, result.story_id, article.headline, article.id, result.similarity
            )
        placed = Grouped(article.id, result.story_id, None, result.created, result.merged)
        return placed, result.vector

    def rebuild(
        self,
        conn: sa.Connection,
        articles: Iterable[Article],
        entities_of: Callable[[int], Sequence[str]] | None = None,
    ) -> RebuildReport:
        """Forget every story and group ``articles`` (given oldest first) again."""
        story_store.clear(conn)
        self.forget()
        report = RebuildReport()
        for article in articles:
            if article.id is None:
                continue
            entities = entities_of(article.id) if entities_of else ()
            placed = self.group(conn, article, entities)
            report.articles += 1
            report.copies += placed.copy_of is not None
        report.stories = story_store.count_stories(conn)
        return report
