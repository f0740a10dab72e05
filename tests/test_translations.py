"""The translators' template: every message the interface can show is in it, and it is
rewritten whenever a message changes (``python tools/extract_messages.py``)."""

from __future__ import annotations

import gettext
import importlib.util
import re
import struct
import subprocess
import sys
from pathlib import Path

from game.sim.messages import Message
from game.ui.messages import TEMPLATES, Catalogue

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "extract_messages.py"


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("extract_messages", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("extract_messages", module)  # its dataclasses look themselves up
    spec.loader.exec_module(module)
    return module


def test_the_committed_template_is_the_one_the_catalogue_gives() -> None:
    run = subprocess.run([sys.executable, str(TOOL), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_every_template_of_the_catalogue_is_offered_to_translators() -> None:
    found = {(e.text, e.plural) for e in _tool().messages(ROOT)}
    for template in TEMPLATES.values():
        key = (template, None) if isinstance(template, str) else (template[0], template[1])
        assert key in found, key


def test_a_catalogue_compiled_from_the_template_speaks_the_translation(tmp_path: Path) -> None:
    """What a translator's file does: here every message of the template in capitals."""
    entries = _tool().messages(ROOT)
    catalog: dict[str, str] = {}
    for entry in entries:
        if entry.plural is None:
            # Capitals outside the {fields}, which a translation must keep as they are.
            parts = re.split(r"(\{[a-z_]+\})", entry.text)
            catalog[entry.text] = "".join(p if p.startswith("{") else p.upper() for p in parts)
    # The header msgfmt writes: templates hold non-ASCII marks ("·", "…").
    catalog[""] = "Content-Type: text/plain; charset=UTF-8\n"
    mo = tmp_path / "space-accord.mo"
    mo.write_bytes(_mo_bytes(catalog))
    with mo.open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    catalogue = Catalogue(translations)
    assert catalogue.say(Message("campaign_over", {})) == "THE CAMPAIGN IS OVER."
    said = catalogue.say(Message("cost_over_budget", {"cost": 40, "budget": 12}))
    assert said == "IT COSTS 40 AND THE BUDGET IS 12."
    assert catalogue.text("ending_button", {}) == "END…"  # non-ASCII text translates too


def _mo_bytes(catalog: dict[str, str]) -> bytes:
    """A GNU .mo file of ``catalog`` (the format ``msgfmt`` writes)."""
    keys = sorted(catalog)
    ids = b"".join(k.encode() + b"\0" for k in keys)
    strs = b"".join(catalog[k].encode() + b"\0" for k in keys)
    count = len(keys)
    start = 7 * 4 + 16 * count
    offsets, pos = [], 0
    for k in keys:
        offsets.append((len(k.encode()), start + pos))
        pos += len(k.encode()) + 1
    string_offsets, pos = [], 0
    for k in keys:
        value = catalog[k].encode()
        string_offsets.append((len(value), start + len(ids) + pos))
        pos += len(value) + 1
    header = struct.pack("Iiiiiii", 0x950412DE, 0, count, 7 * 4, 7 * 4 + 8 * count, 0, 0)
    table = b"".join(struct.pack("ii", n, o) for n, o in offsets)
    table += b"".join(struct.pack("ii", n, o) for n, o in string_offsets)
    return header + table + ids + strs


def test_no_code_is_worded_twice_across_the_catalogues_parts() -> None:
    """The catalogue is one dict built from three parts; a code in two of them would have
    its first wording silently replaced by the second."""
    import ast

    from game.ui.report_messages import REPORT_TEMPLATES
    from game.ui.screen_messages import SCREEN_TEMPLATES

    tree = ast.parse((ROOT / "game" / "ui" / "messages.py").read_text(encoding="utf-8"))
    literal = next(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and node.target.id == "TEMPLATES"
    )
    assert isinstance(literal, ast.Dict)
    own = [key.value for key in literal.keys if isinstance(key, ast.Constant)]
    parts = [own, list(SCREEN_TEMPLATES), list(REPORT_TEMPLATES)]
    every = [code for part in parts for code in part]
    assert len(every) == len(set(every)) == len(TEMPLATES)
