"""Load a saved campaign: every save in the data folder, newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.storage.saves import Unreadable
from game.textsafe import escaped
from game.ui import scenes
from game.ui.scenes.listdetail import ListDetailScene
from game.ui.session import load_session, save_label, scan_saves
from game.ui.widgets import Button, MenuItem, Para

if TYPE_CHECKING:
    from game.storage.saves import SaveInfo


class LoadScene(ListDetailScene):
    name = "load"
    heading = "Load a campaign"
    list_title = "Saves"
    empty_text = "No saved campaigns yet. Start a new game: it saves itself every turn."

    def items(self) -> list[MenuItem]:
        found, unreadable = scan_saves()
        items = [MenuItem(save_label(info), info.path.name, value=info) for info in found]
        return items + [
            MenuItem(f"{escaped(bad.path.name)} · unreadable", reason=bad.reason, value=bad)
            for bad in unreadable
        ]

    def details(self, item: MenuItem) -> list[Para]:
        info = item.value
        if isinstance(info, Unreadable):
            return [
                Para("This file cannot be loaded.", "body"),
                Para(info.reason, "small", "muted"),
            ]
        return [
            Para(f"Agency: {info.agency}", "body"),
            Para(f"Year: {info.year}", "body"),
            Para(f"Pack: {info.pack_id} (version {info.pack_version})", "body"),
            Para(f"File: {info.path}", "small", "muted"),
        ]

    def buttons(self, item: MenuItem) -> list[Button]:
        if isinstance(item.value, Unreadable):
            return []
        return [Button("Load", lambda: self.load(item.value), primary=True)]

    def header_right(self) -> str:
        return "" if self.menu.items else "no saves yet"

    def load(self, info: SaveInfo) -> None:
        session = load_session(self.app, info.path)
        if session is not None:
            self.app.replace(scenes.open_scene(self.app, "campaign", session=session))
