"""A printable HTML worksheet: the questions; a one-page key for marking (a line per
question: the letter, the number, or the number in each box of an order); then the answer
key with each answer's explanation and source.

One self-contained page (no fonts, scripts or images from anywhere else) that prints
cleanly from any browser: A4 or Letter margins, black on white, a question never split
across pages, and the answer key starting on a page of its own. Choice options, order
items and a match's right-hand texts are shuffled once per pack and item, so the sheet
and its key always agree. Each kind says what to print (``QuizKind.sheet``).
"""

from __future__ import annotations

from html import escape

from game.content.model import Pack, QuizItem
from game.quiz.export.common import item_citations, one_line, printed_question, source_line
from game.quiz.kinds import kind_of

STYLE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 12pt/1.45 "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: #111;
  background: #fff; margin: 0 auto; max-width: 46rem; padding: 2rem 1.5rem; }
h1 { font-size: 20pt; margin: 0 0 .2rem; line-height: 1.2; }
h2 { font-size: 15pt; border-bottom: 2px solid #111; padding-bottom: .2rem; margin: 1.6rem 0 .8rem; }
.meta { color: #444; margin: 0 0 1rem; font-size: 10.5pt; }
.fill { display: flex; gap: 1.5rem; margin: 1rem 0 .5rem; }
.fill span { flex: 1; border-bottom: 1px solid #111; padding-bottom: .1rem; }
.fill span.short { flex: .5; }
.how { font-size: 10.5pt; color: #333; margin: .3rem 0 1rem; }
ol.questions, ol.key { padding-left: 0; list-style: none; counter-reset: q; }
ol.questions > li, ol.key > li { counter-increment: q; position: relative; padding-left: 2.2rem;
  margin: 0 0 1.1rem; break-inside: avoid; page-break-inside: avoid; }
ol.questions > li::before, ol.key > li::before { content: counter(q) "."; position: absolute;
  left: 0; top: 0; font-weight: 700; }
.prompt { font-weight: 600; margin: 0 0 .35rem; }
.options { list-style: none; padding: 0; margin: 0; }
.options li { margin: .15rem 0; display: flex; gap: .5rem; align-items: baseline; }
.box { display: inline-block; width: 1.5em; height: 1.25em; border: 1.5px solid #111;
  border-radius: 3px; flex: none; position: relative; top: .2em; }
.letter { font-weight: 700; min-width: 1.2em; }
.blank { display: inline-block; min-width: 9rem; border-bottom: 1px solid #111; height: 1.2em; }
.type { font-size: 10pt; color: #444; font-style: italic; margin: 0 0 .3rem; }
ol.questions > li { margin-bottom: .95rem; }
ol.key { columns: 2; column-gap: 9mm; font-size: 9.5pt; line-height: 1.35; }
ol.key > li { padding-left: 1.7rem; margin-bottom: .8rem; }
.key .prompt { font-weight: 400; color: #333; margin-bottom: .15rem; }
.key .answer { margin: 0 0 .2rem; }
.key .answer strong { font-weight: 700; }
.key .why { margin: 0 0 .25rem; color: #222; }
blockquote { margin: .15rem 0 .1rem; padding: .05rem 0 .05rem .6rem; border-left: 2.5px solid #777;
  font-style: italic; color: #222; }
.source { margin: 0 0 .3rem .6rem; font-size: 8.5pt; color: #444; }
.answer-key, .marking-key { break-before: page; page-break-before: always; }
ol.marks { columns: 3; column-gap: 6mm; font-size: 10pt; line-height: 1.6; list-style: none;
  padding: 0; margin: 0; }
ol.marks > li { white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  break-inside: avoid; }
ol.marks .n { display: inline-block; min-width: 2.2em; font-weight: 700; }
ol.marks .words { color: #444; }
footer { margin-top: 2rem; font-size: 9pt; color: #555; }
@page { size: auto; margin: 16mm 15mm 18mm;
  @bottom-right { content: counter(page) " / " counter(pages); font: 9pt Arial, sans-serif;
    color: #555; } }
@media print {
  body { max-width: none; padding: 0; font-size: 11.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def _e(text: str) -> str:
    return escape(one_line(text))


# The instruction line of each kind that needs one, by the code its ``sheet`` gives.
HOW = {
    "number-the-boxes": "Number the boxes 1 to {count} to put them in order.",
    "letter-per-row": "Write in each box the letter of the item that goes with it.",
}


def _question_html(pack: Pack, item: QuizItem) -> str:
    q = printed_question(pack, item)
    sheet = kind_of(item.type).sheet(item, q)
    parts = [f'<li id="q-{escape(item.id)}">', f'<p class="prompt">{_e(item.prompt)}</p>']
    if sheet.how:
        how = HOW[sheet.how].format(count=len(q.choices))
        parts.append(f'<p class="type">{_e(how)}</p>')
    box = '<span class="box" aria-hidden="true"></span>'
    if sheet.rows:
        parts.append('<ul class="options">')
        for n, text in enumerate(sheet.rows, start=1):
            parts.append(f'<li><span class="letter">{n}.</span><span>{_e(text)}</span>{box}</li>')
        parts.append("</ul>")
    if sheet.lines:
        parts.append('<ul class="options">')
        for i, text in enumerate(sheet.lines):
            mark_box = "" if sheet.rows else box
            parts.append(
                f'<li>{mark_box}<span class="letter">{q.letter(i)}</span>'
                f"<span>{_e(text)}</span></li>"
            )
        parts.append("</ul>")
    else:
        unit = f" {_e(sheet.blank_unit)}" if sheet.blank_unit else ""
        parts.append(f'<p>Answer: <span class="blank"></span>{unit}</p>')
    parts.append("</li>")
    return "\n".join(parts)


def key_answer(pack: Pack, item: QuizItem) -> str:
    """The answer as the key prints it: letters of the printed sheet, then the words."""
    return kind_of(item.type).sheet(item, printed_question(pack, item)).key


def mark(pack: Pack, item: QuizItem) -> tuple[str, str]:
    """The compact key's entry: what to look for on the sheet, and its words."""
    sheet = kind_of(item.type).sheet(item, printed_question(pack, item))
    return sheet.mark, sheet.mark_words


def _mark_html(pack: Pack, number: int, item: QuizItem) -> str:
    shown, words = mark(pack, item)
    extra = f' <span class="words">{_e(words)}</span>' if words else ""
    return (
        f'<li id="m-{escape(item.id)}"><span class="n">{number}.</span> '
        f"<strong>{_e(shown)}</strong>{extra}</li>"
    )


def _key_html(pack: Pack, item: QuizItem) -> str:
    parts = [
        f'<li id="a-{escape(item.id)}">',
        f'<p class="prompt">{_e(item.prompt)}</p>',
        f'<p class="answer">Answer: <strong>{_e(key_answer(pack, item))}</strong></p>',
        f'<p class="why">{_e(item.explanation)}</p>',
    ]
    for citation in item_citations(pack, item):
        parts.append(f"<blockquote>“{_e(citation.quote)}”</blockquote>")
        parts.append(f'<p class="source">{escape(source_line(citation))}</p>')
    parts.append("</li>")
    return "\n".join(parts)


def to_html(pack: Pack) -> str:
    """The worksheet of ``pack``'s whole quiz as one HTML page."""
    info = pack.info
    count = len(pack.quiz)
    questions = "\n".join(_question_html(pack, item) for item in pack.quiz)
    keys = "\n".join(_key_html(pack, item) for item in pack.quiz)
    marks = "\n".join(_mark_html(pack, n, item) for n, item in enumerate(pack.quiz, start=1))
    return f"""<!DOCTYPE html>
<html lang="{escape(info.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Worksheet: {_e(info.title)}</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<h1>{_e(info.title)}</h1>
<p class="meta">Worksheet: {count} question{"" if count == 1 else "s"}. Tick one box, write
your answer on the line, or number the boxes to put things in order. At the end: a one-page
key for marking, then each answer with the words of the source it comes from.</p>
<div class="fill"><span>Name:</span><span class="short">Class:</span><span class="short">Date:</span></div>
</header>
<main>
<section class="questions-part">
<h2>Questions</h2>
<ol class="questions">
{questions}
</ol>
</section>
<section class="marking-key">
<h2>Key for marking</h2>
<p class="how">One line per question. An order gives the number that belongs in each box; a
match, the letter after each number.</p>
<ol class="marks">
{marks}
</ol>
</section>
<section class="answer-key">
<h2>Answer key</h2>
<ol class="key">
{keys}
</ol>
</section>
</main>
<footer>{_e(info.title)} · pack {escape(info.id)} {escape(info.version)} · {escape(info.license)}</footer>
</body>
</html>
"""
