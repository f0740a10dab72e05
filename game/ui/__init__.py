"""The pygame-ce shell: app loop, scene stack, scenes, widgets and theme.

It draws the state and sends actions; every "can I do this?" comes from the rules
(``game.sim.legal_actions``), every name, date and fact from the pack.

How to write a screen (classroom mode does it this way)::

    from game.ui.scene import Scene
    from game.ui.chrome import draw_frame, frame
    from game.ui.widgets import Button, Menu, MenuItem

    class MyScene(Scene):
        name = "my-scene"                 # used by the tour, tests and help
        opaque = True                     # False: an overlay; see game.ui.overlay

        def layout(self, rect):           # on first use and on every resize or theme change
            t = self.theme                # sizes come from the window: t.px("body"), t.space()
            self.header, body, self.footer = frame(rect, t)
            self.ok = Button("OK", self.app.pop, primary=True)
            self.ok.place(body)
            self.focus.set([self.ok])     # Tab/arrows/Enter and the mouse reach it

        def draw(self, surface):
            p = self.painter(surface)     # Painter: panels, wrapped text, ticks and crosses
            draw_frame(p, self.header, self.footer, "My screen", hints="Esc: back")
            self.focus.draw(p)

    app.push(MyScene(app))                # register it in game.ui.scenes.SCENES for open_scene

The parts:

- ``app.App``: window (or ``window=False`` off-screen surface), scene stack (``push``,
  ``pop``, ``replace``, ``reset``, ``find``), redraw only when ``invalidate()`` was called,
  an input arrived or the top scene is ``animating``; 60 FPS cap, clamped ``dt``, idle
  wait. ``step(events, dt)`` and ``render()`` drive it without a loop (tests, the tour).
  ``notify(text)`` shows a short message; ``apply_settings`` switches theme/full screen;
  ``shared`` holds things that outlive a scene (opened packs).
- ``scene.Scene``: hooks ``enter/exit/pause/resume``, ``layout(rect)``, ``handle(event)``,
  ``update(dt)``, ``draw(surface)``, ``animating``, ``back()`` (Esc), ``regions()`` (named
  areas the first-turn guide points at). ``overlay.OverlayScene`` dims what is beneath.
- ``theme.Theme``: the palette (``STANDARD`` or ``COLOUR_BLIND_SAFE``, the default), type
  sizes by role (``small``, ``body``, ``large``, ``heading``, ``title``, ``huge``) that grow
  with the window and the font-scale setting, spacing steps.
- ``text.TextCache``: fonts and rendered text cached by (text, size, colour, width);
  wraps at a width, falls back to pygame's font if the bundled one is missing.
- ``widgets``: ``Button``, ``Stepper``, ``Panel``, ``Menu``/``MenuItem`` (scrolling list),
  ``TextBlock``/``Para`` (wrapped, scrolling text), ``NumberField``, ``AnswerButton`` and
  ``draw_badge`` (quiz answers: letter + colour + shape), ``FocusRing``.
- ``layout``: ``rows``, ``columns``, ``grid``, ``inset``, ``centred``; ``chrome``: the
  backdrop, header and key-hint footer; ``emblem.draw_emblem``; ``sound.Sound``.
- ``session.Session``: the campaign in play (the only module that calls the rules and
  the saves); ``scenes``: one module per screen, registered by name.
"""
