"""The review page of `pack review`: one section per quiz item and record, showing what a
reviewer must compare with the articles, and whether it has been checked since it changed.

Each section shows the prompt and the right answer (or the record's date, basis and note),
and for each cited fact its statement, date and notes, and its quote highlighted in the
surrounding text of its article. One self-contained HTML page, nothing fetched.
"""

from __future__ import annotations

from html import escape

from game.content.model import Fact, Pack
from game.content.passages import SourceText
from game.content.review import Target, status, tally, targets
from game.quiz.engine import right_answer_text
from game.quiz.export.common import one_line

CONTEXT = 320  # characters of the article shown on each side of a quote

STYLE = """
body { font: 15px/1.5 "Helvetica Neue", Arial, sans-serif; color: #111; background: #fff;
  max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
section { border: 1px solid #bbb; border-radius: 6px; padding: .8rem 1rem; margin: 1rem 0; }
h2 { font-size: 1.05rem; margin: 0 0 .4rem; }
.state { float: right; font-size: .85rem; font-weight: 700; padding: .1rem .5rem;
  border-radius: 4px; }
.checked { background: #d8f3dc; color: #1b4332; }
.stale { background: #ffe5b4; color: #7a4100; }
.unchecked { background: #eee; color: #333; }
.right { font-weight: 700; }
.fact { border-left: 3px solid #888; padding-left: .7rem; margin: .6rem 0; }
.context { background: #f7f7f7; padding: .4rem .6rem; font-size: .92rem; white-space: pre-wrap; }
mark { background: #fff3a3; padding: 0 .1rem; }
.derived { color: #7a0000; }
code { font-size: .85rem; }
dl { margin: .2rem 0; } dt { font-weight: 700; float: left; clear: left; width: 7.5rem; }
dd { margin-left: 8rem; }
"""


def _context(pack: Pack, fact: Fact, bodies: dict[str, SourceText]) -> str:
    """The quote highlighted in its article's surrounding text (HTML)."""
    text = pack.texts.get(fact.source)
    if text is None:
        return "<p>(the article's text is missing)</p>"
    body = bodies.setdefault(fact.source, SourceText.of(text))
    line, start, end = body.closest_span(fact.quote)
    first = max(0, start - CONTEXT)
    last = min(len(text), end + CONTEXT)
    # Widen to whole words: a snippet that starts or ends mid-word reads as a misquote.
    while first > 0 and not text[first - 1].isspace():
        first -= 1
    while last < len(text) and not text[last].isspace():
        last += 1
    opening = "…" if first > 0 else ""
    closing = "…" if last < len(text) else ""
    return (
        f'<div class="context">line {line}: {opening}{escape(text[first:start])}'
        f"<mark>{escape(text[start:end])}</mark>{escape(text[end:last])}{closing}</div>"
    )


def _date(record: object) -> str:
    date = getattr(record, "date", None)
    if date is None:
        return ""
    basis = getattr(record, "date_basis", "")
    note = one_line(getattr(record, "date_note", ""))
    plan = " (planned)" if getattr(record, "status", "done") == "planned" else ""
    return f"{escape(date.human())}{plan} — {escape(basis)}" + (f": {escape(note)}" if note else "")


def _rows(rows: list[tuple[str, str]]) -> str:
    return "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows if v) + "</dl>"


def _derived(record: object) -> str:
    if not getattr(record, "derived", False):
        return ""
    note = escape(one_line(getattr(record, "derived_note", "")))
    return f'<span class="derived">derived: {note}</span>'


def _item_rows(target: Target) -> list[tuple[str, str]]:
    record = target.record
    if target.kind == "quiz":
        options = "".join(
            f'<li class="right">{escape(o)} ✓</li>'
            if o == record.answer
            else f"<li>{escape(o)}</li>"
            for o in record.options
        )
        return [
            ("prompt", escape(one_line(record.prompt))),
            ("options", f"<ul>{options}</ul>" if options else ""),
            ("answer", f'<span class="right">{escape(right_answer_text(record))}</span>'),
            ("explanation", escape(one_line(record.explanation))),
            ("derived", _derived(record)),
        ]
    words = getattr(record, "terms", "") or getattr(record, "summary", "")
    return [
        ("title", escape(getattr(record, "title", "") or getattr(record, "name", ""))),
        ("date", _date(record)),
        ("says", escape(one_line(words))),
        ("derived", _derived(record)),
    ]


def _section(pack: Pack, target: Target, state: str, bodies: dict[str, SourceText]) -> str:
    facts = "".join(
        f'<div class="fact"><p><b>{escape(f.id)}</b>: {escape(one_line(f.statement))}</p>'
        + _rows([("date", _date(f)), ("derived", _derived(f))])
        + _context(pack, f, bodies)
        + "</div>"
        for f in target.facts
    )
    command = f"space-accord pack review {escape(pack.root)} --check {escape(target.key)}"
    return (
        f'<section id="{escape(target.key)}"><span class="state {state}">{state}</span>'
        f"<h2>{escape(target.key)}</h2>{_rows(_item_rows(target))}{facts}"
        f"<p>Checked it against the articles? <code>{command}</code></p></section>"
    )


def review_page(pack: Pack, marks: dict[str, str]) -> str:
    """The whole review page of ``pack`` with the reviewers' ``marks``."""
    counts = tally(pack, marks)
    bodies: dict[str, SourceText] = {}
    sections = "".join(_section(pack, t, status(pack, t, marks), bodies) for t in targets(pack))
    title = escape(f"Review: {pack.info.title} {pack.info.version}")
    summary = ", ".join(f"{counts[s]} {s}" for s in ("checked", "stale", "unchecked"))
    return (
        f'<!doctype html><html lang="{escape(pack.info.language)}"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{STYLE}</style></head><body><h1>{title}</h1>"
        f"<p>{summary}. Compare each answer and claim with the highlighted words of its "
        "article; a mark goes stale when anything shown here changes.</p>"
        f"{sections}</body></html>\n"
    )
