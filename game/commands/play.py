"""`space-accord play`: open the game window (the title screen, or straight into a campaign
with --agency, or a save with --load)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from game.errors import SpaceAccordError

if TYPE_CHECKING:
    from game.storage.settings import Settings
    from game.ui.app import App


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    os.environ.setdefault("SDL_VIDEO_X11_WMCLASS", "space-accord")  # for window managers
    import pygame

    from game.content.packs import default_pack_path, resolve_pack
    from game.storage import settings as settings_store
    from game.storage.saves import read_info
    from game.ui import scenes
    from game.ui.session import load_session, new_session, open_pack

    # A mistyped --pack or --load is reported before a window opens, not after.
    if args.pack:
        resolve_pack(args.pack)
    if args.load:
        read_info(args.load)
    settings = settings_store.load()
    if args.fullscreen:
        settings = replace(settings, fullscreen=True)
    app = open_app(settings, settings_store.save)  # a failed save: a notice, not an exit
    if args.seed is not None:
        app.shared["seed"] = args.seed
    try:
        app.push(scenes.open_scene(app, "title"))
        if args.load:
            session = load_session(app, args.load)
            if session is None:  # the reason is the message the game would show
                raise SpaceAccordError(app.toast)
            app.push(scenes.open_scene(app, "campaign", session=session))
        elif args.agency:
            pack = open_pack(app, args.pack or str(default_pack_path()))
            seed = args.seed if args.seed is not None else int.from_bytes(os.urandom(3), "big")
            app.push(
                scenes.open_scene(
                    app,
                    "campaign",
                    session=new_session(
                        app, pack, args.agency, seed, getattr(args, "scenario", None)
                    ),
                )
            )
        elif args.pack:
            open_pack(app, args.pack)  # a wrong id is reported now, not after a click
            app.push(scenes.open_scene(app, "choose", seed=args.seed, pack_id=args.pack))
        app.run()
    finally:
        pygame.quit()
    return 0


def open_app(settings: Settings, on_settings: Callable[[Settings], None]) -> App:
    """The game's window, or a one-line error (not a traceback) when none can be opened."""
    import pygame

    from game.ui.app import App

    try:
        return App(settings, on_settings=on_settings)
    except pygame.error as error:
        raise SpaceAccordError(
            f"cannot open a window ({error}); without a display try `space-accord quiz --text`"
        ) from None
