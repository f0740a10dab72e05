"""Everything the game keeps on disk, written so a crash or a pulled plug never loses it.

- ``files``: the durable primitives (atomic replace of a whole file, never of a device or a
  pipe; durable append of a line, on a line of its own);
- ``reading``: the one bounded reader of every file a user can hand the game (regular
  files only, size checked while reading, JSON depth and numbers bounded);
- ``saves``: campaign saves and autosaves (JSON naming the pack id and version), checked on
  load by ``save_checks`` against the pack and the game's invariants;
- ``results`` and ``results_format``: classroom results (owned by the classroom mode);
- ``settings``: the player's settings (owned by the UI).

Folders come from ``game.paths``; nothing here touches the disk at import time.
"""
