"""Write the translators' template (``game/locale/space-accord.pot``) from the game's catalogue.

Every string marked ``N_("...")`` in ``game/`` is a message; a template given as
``(N_(singular), N_(plural), "count")`` in ``TEMPLATES`` is one plural message. The file is
what ``msginit``/Poedit start a translation from; ``--check`` exits 1 when the committed
one is out of date (``make test`` runs it), so a new message never misses its translators.

    python tools/extract_messages.py [--check]
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "game" / "locale" / "space-accord.pot"  # beside the .mo files it starts
HEADER = """\
# Space Accord: the messages of the game's interface, for translators.
# Written by tools/extract_messages.py; do not edit by hand.
msgid ""
msgstr ""
"Project-Id-Version: space-accord\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"
"""


@dataclass
class Entry:
    text: str
    plural: str | None = None
    places: list[str] = field(default_factory=list)
    order: tuple[str, int] = ("~", 0)  # where it first appears: the template's order


def _marked(node: ast.AST) -> str | None:
    """The text of an ``N_("...")`` call, or None."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "N_"
        and len(node.args) == 1
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ):
        return node.args[0].value
    return None


def messages(root: Path = ROOT) -> list[Entry]:
    """Every marked message of ``game/``, in file and line order, each once."""
    found: dict[tuple[str, str | None], Entry] = {}
    for path in sorted((root / "game").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        plurals: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Tuple) and len(node.elts) == 3:
                one, many = _marked(node.elts[0]), _marked(node.elts[1])
                if one is not None and many is not None:
                    plurals.update({id(node.elts[0]), id(node.elts[1])})
                    _add(found, one, many, path, node.lineno, root)
        for node in ast.walk(tree):
            text = _marked(node)
            if text is not None and id(node) not in plurals:
                _add(found, text, None, path, getattr(node, "lineno", 0), root)
    return sorted(found.values(), key=lambda e: e.order)


def _add(
    found: dict[tuple[str, str | None], Entry],
    text: str,
    plural: str | None,
    path: Path,
    line: int,
    root: Path,
) -> None:
    entry = found.setdefault((text, plural), Entry(text, plural))
    entry.places.append(path.relative_to(root).as_posix())
    entry.order = min(entry.order, (path.relative_to(root).as_posix(), line))


def _quoted(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def template_text(entries: list[Entry]) -> str:
    parts = [HEADER]
    for entry in entries:
        lines = [f"#: {' '.join(sorted(set(entry.places)))}"]  # files only: lines churn
        if "{" in entry.text:
            lines.append("#, python-brace-format")
        lines.append(f"msgid {_quoted(entry.text)}")
        if entry.plural is None:
            lines.append('msgstr ""')
        else:
            lines += [f"msgid_plural {_quoted(entry.plural)}", 'msgstr[0] ""', 'msgstr[1] ""']
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    text = template_text(messages())
    if "--check" in argv:
        if not TEMPLATE.is_file() or TEMPLATE.read_text(encoding="utf-8") != text:
            print(
                f"{TEMPLATE.relative_to(ROOT)} is out of date: run "
                "`python tools/extract_messages.py` and commit it",
                file=sys.stderr,
            )
            return 1
        return 0
    TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
    TEMPLATE.write_text(text, encoding="utf-8")
    print(f"wrote {TEMPLATE.relative_to(ROOT)}: {len(text.splitlines())} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
