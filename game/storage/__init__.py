"""Everything the game keeps on disk, written so a crash or a pulled plug never loses it.

- ``files``: the durable primitives (atomic replace of a whole file, durable append of a line);
- ``saves``: campaign saves and autosaves (JSON naming the pack id and version);
- ``results``: classroom results (owned by the classroom mode);
- ``settings``: the player's settings (owned by the UI).

Folders come from ``game.paths``; nothing here touches the disk at import time.
"""
