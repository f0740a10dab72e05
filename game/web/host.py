"""Students' devices for one classroom session: the room, its server, and how to join.

``DeviceHost.open`` hands a classroom session to a ``DeviceRoom``, starts the ``DeviceServer`` on the
laptop's network address, and says where students go (``url``, with the room code in it)
and the QR code of that address (``qr_rows``, drawn by the projector).
"""

from __future__ import annotations

from dataclasses import dataclass

import segno

from game.services.classroom import Classroom
from game.services.devices import DeviceRoom
from game.web.server import DEFAULT_PORT, DeviceServer, lan_address

ALL_INTERFACES = "0.0.0.0"


@dataclass
class DeviceHost:
    """A running room and server; ``close`` stops the server (the results stay on disk)."""

    room: DeviceRoom
    server: DeviceServer
    address: str
    port: int

    @classmethod
    def open(
        cls, classroom: Classroom, host: str = ALL_INTERFACES, port: int = DEFAULT_PORT
    ) -> DeviceHost:
        """Start serving the session ``classroom`` holds (the room takes it over from
        there); raises ``OSError`` when the address cannot be listened on."""
        room = DeviceRoom.of(classroom)
        server = DeviceServer(room, host, port)
        bound = server.start()
        address = lan_address() if host == ALL_INTERFACES else host
        return cls(room, server, address, bound)

    @property
    def url(self) -> str:
        """The address students open, with the room code filled in."""
        return f"http://{self.address}:{self.port}/?room={self.room.session.settings.room}"

    @property
    def short_url(self) -> str:
        """The address to type by hand (the page asks for the room code)."""
        return f"http://{self.address}:{self.port}"

    def qr_rows(self) -> list[list[bool]]:
        """The QR code of ``url``: rows of dark (True) and light modules, quiet zone included."""
        code = segno.make(self.url, error="m", micro=False)
        return [[bool(cell) for cell in row] for row in code.matrix_iter(scale=1, border=4)]

    def close(self) -> None:
        self.server.stop()


def open_devices(classroom: Classroom, listen: str, port: int) -> DeviceHost | str:
    """Start students' devices for the session ``classroom`` holds: the running host, or a
    sentence saying why the server could not listen (a port in use, an unknown address)."""
    try:
        return DeviceHost.open(classroom, listen, port)
    except OSError as error:
        return f"Students' devices: cannot listen on port {port} ({error}). Try --port."
