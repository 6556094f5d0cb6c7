"""Plain-text page captures: what a browser's "select all, copy" gives of a news page.

A capture runs together page furniture and one or more articles:

    - Web Desk                      <- a "latest news" widget item: byline,
    - 16 Minutes ago                   stamp and the headline it announces
    Final bid underway to salvage ...
    -                               <- separator
    - Web Desk                      <- the article: byline, stamp,
    - 3 Hours ago
    WEB DESK: Diplomatic sources ... <- dateline and body paragraphs

Extraction goes in three steps:

1. each line is classified: separator, link-section header ("Related", "Most read"),
   byline, stamp, heading (short, not prose), prose, or page furniture (share buttons,
   "Read more", breadcrumbs, an "Also read:" link), which is dropped;
2. the lines are grouped into items: a run of meta lines (headings, bylines, stamps)
   opens an item, and a field seen twice (a second byline, a second headline) opens the
   next; the prose that follows is its body. An item without body, or with a line or
   two of summary under a link-section header, is a widget item announcing an article;
3. a widget item whose headline belongs to an article (most of its content words occur
   there) is merged into it: its stamp is then the article's update time, and its
   headline the article's when the article shows none. Other widget items are dropped.

Headings between paragraphs are kept as subheadings; an article with several is not
split. Headings after the last paragraph are page furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Literal

from newsdesk.errors import ExtractionError
from newsdesk.extract.datelines import split_dateline
from newsdesk.extract.stamps import Stamp, parse_stamp
from newsdesk.records import Article, ExtractedTime, in_handled_range, utc

LineKind = Literal["sep", "section", "link", "byline", "stamp", "head", "prose"]

# Share of a widget headline's content words that must occur in an article for the
# widget to announce that article. Headlines of other stories share at most names.
MATCH_THRESHOLD = 0.6

_BULLET = re.compile(r"^[-–—•·*▪►»]\s+")
_SEPARATOR = re.compile(r"^[-–—_*=~•·#.\s]+$")
_META_SPLIT = re.compile(r"\s+[|·•]\s+")

_FURNITURE = re.compile(
    r"""^(?:
      advertisement|ad|sponsored(?:\s+content)?|promoted|story\s+continues\s+below.*
    | continue\s+reading.*|read\s+more\b.*|read\s+(?:the\s+)?full\s+(?:story|article).*
    | (?:also\s+read|read\s+also|see\s+also)\s*:.+
    | share(?:\s+(?:this|the)\s+(?:article|story|page))?|share\s+(?:on|via)\s+\w+|tweet
    | facebook|twitter|x|whatsapp|telegram|linkedin|reddit|e-?mail|print|copy\s+link
    | save|saved|bookmark|gift(?:\s+this)?\s+article|follow|unfollow|close|next|previous
    | \d*\s*comments?|leave\s+a\s+comment|listen(?:\s+to\s+(?:this|the)\s+(?:article|story))?
    | \d+\s+min(?:ute)?s?\s+read|reading\s+time:?.*|follow\s+us.*|subscribe.*|sign\s+up.*
    | newsletters?|log\s*in|sign\s+in|register|menu|search|home|skip\s+to\s+.*|back\s+to\s+top
    | tags?:.*|topics?:.*|filed\s+under:?.*|(?:file\s+)?photo:.*|image:.*|©.*|copyright\b.*
    | all\s+rights\s+reserved.*|privacy\s+policy|terms\s+(?:of\s+use|and\s+conditions)
    | contact\s+us|about\s+us
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Headers of link sections ("Related", "Most read"): what follows them announces other
# articles, up to the next separator.
_SECTION = re.compile(
    r"""^(?:
      related(?:\s+(?:news|stories|articles|coverage|topics|content|reading))?
    | more\s+(?:stories|news|headlines|to\s+read)|more\s+(?:from|on|in)\s+.{1,40}
    | latest(?:\s+(?:news|stories|headlines|updates))?|top\s+stories|in\s+other\s+news
    | most\s+(?:read|popular|viewed|shared|commented)|popular(?:\s+now)?
    | trending(?:\s+(?:now|stories|news))?|editor'?s\s+picks?|don'?t\s+miss
    | recommended(?:\s+(?:for\s+you|stories|reading))?|you\s+may\s+(?:also\s+)?like
    | (?:what\s+to\s+)?read\s+next
    )\s*:?$""",
    re.IGNORECASE | re.VERBOSE,
)
# "Also read:" on a line of its own: the next line is the headline of a linked article.
_LINK_MARKER = re.compile(r"^(?:also\s+read|read\s+also|see\s+also)\s*:?$", re.IGNORECASE)
_BREADCRUMB = re.compile(r"^[^\s›»>/|]+(?:\s[^\s›»>/|]+){0,2}(?:\s+[›»>/|]\s+\S+(?:\s\S+){0,2})+$")

# fmt: off
_AGENCIES = frozenset((
    "reuters", "ap", "the associated press", "associated press", "afp",
    "agence france-presse", "app", "associated press of pakistan", "pti",
    "press trust of india", "ians", "ani", "xinhua", "bloomberg", "dpa", "efe", "anadolu",
    "anadolu agency", "aa", "upi", "nni", "inp", "tass", "kyodo", "yonhap", "irna",
    "bernama", "wam", "spa", "agencies", "news agencies", "wires", "news wires",
    "agency report",
))
# fmt: on
_DESK = re.compile(
    r"^(?:(?:our|the)\s+)?(?:[A-Z][A-Za-z]+\s+){0,2}"
    r"(?:desk|reporter|correspondent|bureau|monitoring\s+report|desk\s+report|news\s+report)$",
    re.IGNORECASE,
)
_BY = re.compile(
    r"^(?:(?:written|reported|story|words|text|compiled)\s+)?by\s*:?\s+(?P<names>.+)$",
    re.IGNORECASE,
)
_NAME_WORD = r"(?:[A-Z][A-Za-z.'’\-]*|bin|binti|al|el|de|del|da|di|du|van|von|der|le|la|ul|ur)"
_NAME = re.compile(rf"^[A-Z][A-Za-z.'’\-]*(?:\s+{_NAME_WORD}){{0,4}}$")
_PERSON = re.compile(rf"^[A-Z][a-z.'’\-]+(?:\s+{_NAME_WORD}){{1,2}}$")
# "Jane Doe in Kabul": the place a byline files from is not part of the name.
_FILED_FROM = re.compile(r"\s+(?:in|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")

_STOPWORD_TEXT = """
    a an the and or but of to in on at by for from with without as is are was were be been
    amid over after before into about against than then this that these those it its his
    her their our we you they he she not no new says said say will would could can may
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@dataclass
class _Line:
    kind: LineKind
    text: str
    stamp: Stamp | None = None
    authors: list[str] = field(default_factory=list)
    agency: bool = False

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class _Item:
    heads: list[_Line] = field(default_factory=list)
    bylines: list[_Line] = field(default_factory=list)
    published: ExtractedTime | None = None
    modified: ExtractedTime | None = None
    description: str | None = None
    body: list[str] = field(default_factory=list)
    in_section: bool = False
    """Found under a link-section header: it announces an article, it is not one."""

    @property
    def has_meta(self) -> bool:
        return bool(self.bylines or self.published or self.modified)

    @property
    def is_article(self) -> bool:
        # A teaser in a link section has a line or two of summary; an article more.
        return len(self.body) > (2 if self.in_section else 0)

    @property
    def is_empty(self) -> bool:
        return not (self.heads or self.has_meta or self.body)

    @property
    def headline(self) -> str | None:
        """The first heading of four words or more (else three): shorter ones are
        section kickers and menu labels."""
        lines = [h.text for h in self.heads]
        for minimum in (4, 3):
            for text in lines:
                if len(text.split()) >= minimum:
                    return text
        return None

    @property
    def standfirst(self) -> str | None:
        """The summary under the headline: a folded paragraph, or the next heading."""
        if self.description:
            return self.description
        headline = self.headline
        lines = [h.text for h in self.heads]
        if headline is None:
            return None
        after = lines[lines.index(headline) + 1 :]
        return next((t for t in after if len(t.split()) >= 4), None)


# --- step 1: lines ---------------------------------------------------------------


def _normalise(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"[\u200b\u200c\u200d\ufeff]", "", text)
    return [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]


def _is_prose(text: str) -> bool:
    words = len(text.split())
    end = text.rstrip("\"”’')]»")
    if words >= 35:
        return True
    if end.endswith((".", "!", "…")) and words >= 3:
        return True
    if end.endswith((":", ";")) and words >= 4:
        return True
    return end.endswith("?") and words >= 15


def _split_names(names: str) -> tuple[list[str], list[str]] | None:
    """People and agencies of a byline's name list, or None if it is not a name list."""
    people: list[str] = []
    agencies: list[str] = []
    for part in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*|\s*/\s*", names.strip()):
        if not part:
            continue
        if part.lower() in _AGENCIES:
            agencies.append(part)
        elif _DESK.match(part) and people:
            continue  # a role after a name: "Jane Doe, Staff Reporter"
        elif _DESK.match(part) or _NAME.match(part):
            people.append(part.title() if part.isupper() and len(part) > 3 else part)
        else:
            return None
    return (people, agencies) if people or agencies else None


def _byline(text: str) -> _Line | None:
    m = _BY.match(text)
    if m:
        names = _FILED_FROM.sub("", m.group("names").strip().rstrip("."))
        split = _split_names(names)
        if split is None:
            return None
        people, agencies = split
        return _Line("byline", text, authors=people or agencies, agency=not people)
    if text.lower() in _AGENCIES:
        return _Line("byline", text, authors=[text], agency=True)
    if _DESK.match(text):
        return _Line("byline", text, authors=[text])
    name, comma, role = text.partition(",")
    if comma and _PERSON.match(name.strip()) and _DESK.match(role.strip()):
        return _Line("byline", text, authors=[name.strip()])  # "Jane Doe, Staff Reporter"
    return None


def _classify(line: str, now: datetime, zone: tzinfo) -> list[_Line]:
    """The line's meaning; a meta line such as "By X | Reuters" gives several."""
    if _SEPARATOR.match(line):
        return [_Line("sep", line)]
    text = _BULLET.sub("", line).strip()
    if _SECTION.match(text):
        return [_Line("section", text)]
    if _LINK_MARKER.match(text):
        return [_Line("link", text)]
    if not text or _FURNITURE.match(text) or _BREADCRUMB.match(text):
        return []
    # "By Jane Doe | 3 hours ago | 5 min read": bylines and stamps, minus the furniture.
    parts = [p for p in _META_SPLIT.split(text) if not _FURNITURE.match(p)]
    meta = [_meta(part, now, zone) for part in parts]
    if meta and all(m is not None for m in meta):
        return [m for m in meta if m is not None]
    if _is_prose(text):
        return [_Line("prose", text)]
    return [_Line("head", text)]


def _meta(text: str, now: datetime, zone: tzinfo) -> _Line | None:
    stamp = parse_stamp(text, now, zone)
    if stamp is not None:
        return _Line("stamp", text, stamp=stamp)
    return _byline(text)


def _lines(text: str, now: datetime, zone: tzinfo) -> list[_Line]:
    lines = [c for raw in _normalise(text) if raw for c in _classify(raw, now, zone)]
    return _names_as_bylines(_drop_links(lines))


def _drop_links(lines: list[_Line]) -> list[_Line]:
    """Drop "Also read:" markers and the linked headline after each."""
    out: list[_Line] = []
    skip = False
    for line in lines:
        if line.kind == "link":
            skip = True
            continue
        if not (skip and line.kind == "head"):
            out.append(line)
        skip = False
    return out


def _names_as_bylines(lines: list[_Line]) -> list[_Line]:
    """A bare name next to a stamp ("Jane Doe" / "3 hours ago") is a byline, when a
    headline is around (between the same separators or paragraphs) for it to byline."""
    # Each line's run of meta lines, and how many headline-like lines each run holds.
    run_of: list[int] = []
    headlines: list[int] = [0]
    for line in lines:
        if line.kind in ("sep", "prose"):
            headlines.append(0)
        run_of.append(len(headlines) - 1)
        if _headline_like(line):
            headlines[-1] += 1
    out = list(lines)
    for i, line in enumerate(lines):
        name = _FILED_FROM.sub("", line.text)
        if line.kind != "head" or not _PERSON.match(name):
            continue
        near_stamp = any(0 <= j < len(lines) and lines[j].kind == "stamp" for j in (i - 1, i + 1))
        others = headlines[run_of[i]] - _headline_like(line)
        if near_stamp and others > 0:
            out[i] = _Line("byline", line.text, authors=[name])
    return out


def _headline_like(line: _Line) -> bool:
    return line.kind == "head" and line.words >= 3 and not _PERSON.match(line.text)


# --- step 2: items ---------------------------------------------------------------

_BREAKS = ("sep", "section")


def _runs(lines: list[_Line]) -> list[list[_Line]]:
    """Alternating runs of meta lines and prose lines."""
    runs: list[list[_Line]] = []
    for line in lines:
        prose = line.kind == "prose"
        if runs and (runs[-1][0].kind == "prose") == prose:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


class _Builder:
    """Reads runs of lines into items, in order."""

    def __init__(self) -> None:
        self.items: list[_Item] = []
        self.current: _Item | None = None
        self.in_section = False
        """Inside a link section ("Related", "Most read") until the next separator."""

    def new(self) -> _Item:
        self.current = _Item(in_section=self.in_section)
        self.items.append(self.current)
        return self.current

    def build(self, lines: list[_Line]) -> list[_Item]:
        runs = _runs(lines)
        for index, run in enumerate(runs):
            if run[0].kind == "prose":
                item = self.current if self.current is not None else self.new()
                item.body.extend(line.text for line in run)
            elif self.current is not None and self.current.body:
                self.after_body(self.current, run, prose_follows=index + 1 < len(runs))
            else:
                self.fill(run, prose_follows=index + 1 < len(runs))
        return self.items

    def after_body(self, current: _Item, run: list[_Line], prose_follows: bool) -> None:
        """Meta lines after a paragraph: a next item, a standfirst's byline, a
        subheading, or (after the last paragraph) page furniture."""
        has_meta = any(line.kind in ("byline", "stamp", "section") for line in run)
        if has_meta and _is_standfirst(current, run):
            current.description = current.body.pop()
            self.fill(run, prose_follows)
        elif has_meta or (
            prose_follows and (_headline_after_sep(run) or _starts_teaser(current, run))
        ):
            self.current = None
            self.fill(run, prose_follows)
        elif prose_follows:
            current.body.extend(line.text for line in run if line.kind == "head")

    def fill(self, run: list[_Line], prose_follows: bool) -> None:
        """Read meta lines into items: a field seen twice starts a new item."""
        item = self.current if self.current is not None else self.new()
        previous: LineKind | None = None
        for index, line in enumerate(run):
            if line.kind in _BREAKS:
                if line.kind == "section":
                    self.in_section = True
                elif self.in_section:
                    self.in_section = False
                if not item.is_empty or item.in_section != self.in_section:
                    item = self.new()
            elif line.kind == "head":
                if previous == "head" or item.headline is None:
                    item.heads.append(line)
                elif item.has_meta and prose_follows and _rest_is_heads(run, index):
                    # a standfirst or caption between the stamp and the body
                    if item.description is None and line.words >= 4:
                        item.description = line.text
                else:
                    item = self.new()
                    item.heads.append(line)
            elif line.kind == "byline":
                if item.bylines and previous != "byline":
                    item = self.new()
                item.bylines.append(line)
            elif line.kind == "stamp" and line.stamp is not None:
                item = self.stamp(item, line.stamp, previous == "stamp")
            previous = line.kind
        self.current = item

    def stamp(self, item: _Item, stamp: Stamp, after_stamp: bool) -> _Item:
        time = stamp.time
        if stamp.kind == "modified":
            if item.modified is not None:
                item = self.new()
            item.modified = time
        elif item.published is None:
            item.published = time
        elif after_stamp and item.modified is None and time.value > item.published.value:
            item.modified = time  # two stamps in a row: published, then updated
        else:
            item = self.new()
            item.published = time
        return item


def _is_standfirst(current: _Item, run: list[_Line]) -> bool:
    """Headline, one short paragraph, then byline/stamp: the paragraph was a standfirst."""
    return (
        current.headline is not None
        and not current.has_meta
        and current.description is None
        and len(current.body) == 1
        and len(current.body[0].split()) <= 60
        and run[0].kind in ("byline", "stamp")
    )


def _starts_teaser(current: _Item, run: list[_Line]) -> bool:
    """A headline after a one-paragraph item without byline or stamp is the next teaser
    of a list ("Headline / summary / Headline / summary"), not a subheading."""
    headline_like = any(line.kind == "head" and line.words >= 4 for line in run)
    teaser = current.in_section or (not current.has_meta and len(current.body) == 1)
    return headline_like and teaser and current.headline is not None


def _headline_after_sep(run: list[_Line]) -> bool:
    """A separator, then a headline: the next article ("***" alone is a section break)."""
    seps = [i for i, line in enumerate(run) if line.kind == "sep"]
    return bool(seps) and any(line.kind == "head" and line.words >= 3 for line in run[seps[-1] :])


def _rest_is_heads(run: list[_Line], index: int) -> bool:
    return all(line.kind == "head" for line in run[index:])


# --- step 3: articles ------------------------------------------------------------


def _content_words(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))
    return {w[:5] for w in words if len(w) > 2 and not w.isdigit() and w not in _STOPWORDS}


def _merge_widgets(articles: list[_Item], widgets: list[_Item]) -> dict[int, list[_Item]]:
    """For each article (by index), the widget items that announce it: those sharing
    most of their headline's content words with it."""
    merged: dict[int, list[_Item]] = {}
    if not articles:
        return merged
    texts = [_content_words(" ".join([a.headline or "", *a.body])) for a in articles]
    for widget in widgets:
        wanted = _content_words(widget.headline or "")
        if not wanted:
            continue
        scores = [len(wanted & have) / len(wanted) for have in texts]
        best = max(range(len(scores)), key=scores.__getitem__)
        if scores[best] >= MATCH_THRESHOLD:
            merged.setdefault(best, []).append(widget)
    return merged


def _first_sentence(text: str, limit: int = 20) -> str:
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text, maxsplit=1)[0]
    words = sentence.split()
    return sentence if len(words) <= limit else " ".join(words[:limit]) + " …"


def _authors(bylines: list[_Line]) -> tuple[list[str], list[str]]:
    """(authors, credited agencies): an agency is an author only when no person is."""
    people = [a for b in bylines if not b.agency for a in b.authors]
    agencies = [a for b in bylines if b.agency for a in b.authors]
    if not people:
        return list(dict.fromkeys(agencies)), []
    return list(dict.fromkeys(people)), list(dict.fromkeys(agencies))


def _article(
    item: _Item,
    widgets: list[_Item],
    captured_at: datetime,
    captured_at_method: str,
    source: str | None,
) -> Article:
    extras: dict[str, object] = {}
    headline = item.headline
    extras["headline_from"] = "page"
    if headline is None:
        headline = next((w.headline for w in widgets if w.headline), None)
        extras["headline_from"] = "widget"
    dateline, first = split_dateline(item.body[0])
    body = [first, *item.body[1:]] if first else item.body[1:]
    if headline is None:
        headline = _first_sentence(body[0] if body else item.body[0])
        extras["headline_from"] = "body"

    # Without a byline of its own, the article takes the one its widget item shows.
    bylines = item.bylines or [b for w in widgets for b in w.bylines]
    authors, credit = _authors(bylines)
    if credit:
        extras["credit"] = credit

    published, modified = item.published, item.modified
    stamps = [w.modified or w.published for w in widgets]
    for stamp in stamps:
        later = published is None or (stamp is not None and stamp.value > published.value)
        if stamp is not None and later and (modified is None or stamp.value > modified.value):
            modified = stamp
    if widgets:
        extras["widget_items"] = len(widgets)

    return Article(
        headline=headline,
        body="\n\n".join(body),
        authors=authors,
        published=published,
        modified=modified,
        source=source,
        dateline=dateline,
        description=item.standfirst,
        captured_at=captured_at,
        captured_at_method=captured_at_method,
        extras=extras,
    )


_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
# A vertical tab (Word's line break), a form feed (a page break), NEL and the Unicode line
# and paragraph separators (copies out of word processors and some browsers) end lines.
_LINE_ENDS = re.compile("[\x0b\x0c\x85\u2028\u2029]")


def without_controls(text: str) -> str:
    """``text`` without control characters (invisible junk of a copy, some of which
    ``str.splitlines`` takes for line ends), its other line ends made newlines."""
    return _CONTROLS.sub("", _LINE_ENDS.sub("\n", text))


def extract_capture(
    text: str,
    captured_at: datetime,
    captured_at_method: str = "given",
    source: str | None = None,
) -> list[Article]:
    """The articles in a plain-text page capture, in the order they appear.

    Relative stamps ("3 Hours ago") resolve against ``captured_at``; clocks printed
    without a zone are read in ``captured_at``'s zone. An article without any stamp
    has no published time. Raises ExtractionError when the capture holds no article.
    """
    name = f"page capture {source!r}" if source else "page capture"
    if not in_handled_range(captured_at):
        raise ExtractionError(
            f"{name}: capture time {captured_at.isoformat()} is out of the range of dates "
            "newsdesk handles"
        )
    text = without_controls(text)
    if not text.strip():
        raise ExtractionError(f"{name}: the capture is empty")
    now = captured_at if captured_at.tzinfo is not None else utc(captured_at)
    zone = now.tzinfo or UTC
    items = _Builder().build(_lines(text, now, zone))
    articles = [item for item in items if item.is_article]
    if not articles:
        raise ExtractionError(
            f"{name}: no article found, only headlines, bylines or stamps without body text"
        )
    widgets = [item for item in items if not item.is_article and item.headline]
    merged = _merge_widgets(articles, widgets)
    return [
        _article(item, merged.get(i, []), utc(now), captured_at_method, source)
        for i, item in enumerate(articles)
    ]
