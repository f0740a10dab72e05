"""`pack add-source PACK FILE --title T --publisher P --published DATE [...]`: copy an
article into a pack and add its `sources.yaml` entry, pinned.

Exit codes: 0 added, 2 nothing written (a usage error or a file that cannot be read).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from game.content.authoring import add_source
from game.content.packs import resolve_pack


def run(args: argparse.Namespace) -> int:
    folder = Path(resolve_pack(args.pack))
    added = add_source(
        folder,
        Path(args.file),
        title=args.title,
        publisher=args.publisher,
        published=args.published,
        date_basis=args.date_basis,
        date_note=args.date_note or "",
        source_id=args.id or "",
        headline=not args.not_headline,
        author=args.author or "",
        url=args.url or "",
    )
    print(f"added source {added.id!r}: {added.file} (sha256 {added.sha256[:12]}...)")
    print(f'next: space-accord pack quote {args.pack} {added.id} "words you remember"')
    return 0
