"""Author tools that write into a pack: `pack add-source` and `pack quote --add-fact`.

Both append to a pack's YAML as text, so the comments and layout an author wrote stay as
they are. ``add_source`` copies an article in (UTF-8, LF line ends, no byte-order mark),
names it ``sources/<id>.txt`` and appends its ``sources.yaml`` entry with its SHA-256 pin;
``quote_passage`` finds the passage an author means from remembered words; ``add_fact``
appends a fact skeleton whose quote is that passage, word for word.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from game.content.fields import DATE_BASES
from game.content.passages import Passage, find_passage
from game.content.records import parse_date
from game.content.validate_quotes import sha256_text
from game.errors import SpaceAccordError

WIDTH = 92
MAX_ARTICLE_BYTES = 8 * 1024 * 1024  # as the loader's cap on a source text


class AuthoringError(SpaceAccordError):
    """A request an author tool cannot carry out (exit 2: nothing was written)."""


def slug(text: str) -> str:
    """An id from a file name or title: ``Pakistan joins ILRS.txt`` -> ``pakistan-joins-ilrs``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "source"


def _reads(part: str) -> bool:
    """Whether an id part is a word: not a number, a hash or a run of hex digits."""
    return not re.fullmatch(r"[0-9a-f]*[0-9][0-9a-f]*", part) or len(part) == 4  # a year


def default_source_id(stem: str, title: str, published: str) -> str:
    """The id a source gets without ``--id``: its file's name when that reads as words
    (``spacenews-ilrs.txt``), else the title's first words and the year, since a name like
    ``000_dd3f32e7d329395d.txt`` would make every quote's source unreadable."""
    from_file = slug(stem)
    parts = from_file.split("-")
    if sum(len(part) >= 3 and _reads(part) for part in parts) >= 2 and all(map(_reads, parts)):
        return from_file
    words = [w for w in slug(title).split("-") if w and w not in {"a", "an", "the", "of"}]
    year = published[:4] if re.fullmatch(r"[0-9]{4}.*", published) else ""
    return "-".join([*words[:5], year]).strip("-") or from_file


def clean_text(raw: bytes, name: str) -> str:
    """An article's bytes as the text a pack keeps: UTF-8, LF line ends, no byte-order mark,
    no trailing blanks, one final newline."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise AuthoringError(
            f"{name} is not UTF-8 text (byte {error.start}): save it as UTF-8 first"
        ) from None
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def _entries(path: Path) -> list[dict[str, Any]]:
    """The entries of a pack list file, read plainly (ids and files are all we need)."""
    if not path.is_file():
        raise AuthoringError(f"{path} does not exist: is this the pack's folder?")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        raise AuthoringError(
            f"{path} cannot be read as YAML: run `pack validate` and fix it first"
        ) from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise AuthoringError(f"{path} is not a list of entries: run `pack validate`")
    return [e for e in data if isinstance(e, dict)]


def _append_entry(path: Path, entry: dict[str, Any]) -> None:
    """Append ``entry`` to the list file ``path``, keeping what is there (``[]`` becomes the
    entry)."""
    block = yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=WIDTH)
    text = path.read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if line.strip() not in ("[]", "")]
    if len(kept) == sum(1 for line in kept if line.lstrip().startswith("#")):
        text = "\n".join(kept) + ("\n" if kept else "")  # only comments (or `[]`): no list yet
    elif not text.endswith("\n"):
        text += "\n"
    path.write_text(text + block, encoding="utf-8")


@dataclass(frozen=True)
class NewSource:
    id: str
    file: str  # relative to the pack
    sha256: str


def add_source(
    folder: Path,
    article: Path,
    *,
    title: str,
    publisher: str,
    published: str,
    date_basis: str = "stated",
    date_note: str = "",
    source_id: str = "",
    headline: bool = True,
    author: str = "",
    url: str = "",
) -> NewSource:
    """Copy ``article`` into the pack at ``folder`` and append its ``sources.yaml`` entry."""
    sources_yaml = folder / "sources.yaml"
    entries = _entries(sources_yaml)
    new_id = source_id or default_source_id(article.stem, title, published)
    if slug(new_id) != new_id:  # it names the file too: "../x" would write outside the pack
        raise AuthoringError(f"{new_id!r} is not an id (a-z, 0-9, -): try {slug(new_id)!r}")
    if new_id in {str(e.get("id")) for e in entries}:
        raise AuthoringError(f"sources.yaml already has a source {new_id!r}: give --id")
    try:
        parse_date(published)
    except ValueError as error:
        raise AuthoringError(f"--published {published!r}: {error}") from None
    if date_basis not in DATE_BASES:
        raise AuthoringError(f"--date-basis is one of {', '.join(DATE_BASES)}")
    if date_basis == "inferred" and not date_note.strip():
        raise AuthoringError("an inferred date needs --date-note saying how it was worked out")
    if not article.is_file():
        raise AuthoringError(f"{article} is not a file")
    if article.stat().st_size > MAX_ARTICLE_BYTES:
        raise AuthoringError(f"{article} is over {MAX_ARTICLE_BYTES // 1024 // 1024} MB")
    text = clean_text(article.read_bytes(), str(article))
    relative = f"sources/{new_id}.txt"
    target = folder / relative
    if target.exists():
        raise AuthoringError(f"{target} already exists: give another --id")
    entry: dict[str, Any] = {"id": new_id, "title": title}
    if not headline:
        entry["headline"] = False
    entry.update(publisher=publisher, published=published, date_basis=date_basis)
    if date_note:
        entry["date_note"] = date_note
    entry["file"] = relative
    entry["sha256"] = sha256_text(text)
    if author:
        entry["author"] = author
    if url:
        entry["url"] = url
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8", newline="\n")
    _append_entry(sources_yaml, entry)
    return NewSource(new_id, relative, entry["sha256"])


def source_text(folder: Path, source_id: str) -> tuple[str, str]:
    """(file, text) of the source ``source_id`` of the pack at ``folder``."""
    entries = _entries(folder / "sources.yaml")
    files = {str(e.get("id")): str(e.get("file", "")) for e in entries}
    if source_id not in files:
        close = difflib.get_close_matches(source_id, list(files), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f"; the sources are {sorted(files)}"
        raise AuthoringError(f"sources.yaml has no source {source_id!r}{hint}")
    path = folder / files[source_id]
    try:
        return files[source_id], clean_text(path.read_bytes(), str(path))
    except OSError:
        raise AuthoringError(f"{path} cannot be read: check `file:` in sources.yaml") from None


def quote_passage(folder: Path, source_id: str, words: str) -> tuple[str, Passage]:
    """(file, passage) of source ``source_id`` closest to the remembered ``words``."""
    if not words.split():
        raise AuthoringError('give the words you remember, e.g. "signed a joint statement"')
    file, text = source_text(folder, source_id)
    return file, find_passage(text, words)


def add_fact(folder: Path, fact_id: str, source_id: str, quote: str) -> None:
    """Append a fact skeleton quoting ``quote`` to ``facts.yaml``; its statement is left
    blank for the author (`pack validate` asks for it)."""
    if slug(fact_id) != fact_id:
        raise AuthoringError(f"{fact_id!r} is not an id (a-z, 0-9, -): try {slug(fact_id)!r}")
    facts_yaml = folder / "facts.yaml"
    if fact_id in {str(e.get("id")) for e in _entries(facts_yaml)}:
        raise AuthoringError(f"facts.yaml already has a fact {fact_id!r}")
    _append_entry(facts_yaml, {"id": fact_id, "source": source_id, "quote": quote, "statement": ""})
