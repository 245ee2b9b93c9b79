"""`handoff serve`: the same app in a web browser, one app process per signed-in person.

textual-serve runs the app as a subprocess per browser session and streams its screen over a
websocket. In front of it sits a guard: every request needs a session, got by opening a
colleague's link (`handoff access grant`) or by the owner's passphrase; without one the answer
is 401 (403 for the websocket) and a sign-in page that holds no firm data, not even its name.
Failed sign-ins are rate-limited per address. A session ends after `SESSION_HOURS`, when it is
signed out, or as soon as its access is revoked (checked at every request and every few seconds
while its app runs). The app process learns who is signed in from `HANDOFF_VIEWER`, and the
domain (`handoff.viewer`) decides what that person may see and do.
"""

from __future__ import annotations

import asyncio
import secrets
import shlex
import sys
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handoff import access
from handoff.store import Store
from handoff.viewer import Viewer

SESSION_HOURS = 12
COOKIE = "handoff_session"
MAX_FAILURES = 5  # failed sign-ins per address ...
FAILURE_WINDOW = 60.0  # ... within this many seconds, then 429 until the window passes
RECHECK_SECONDS = 3.0  # how often a running app's access is checked again
TEMPLATES = Path(__file__).with_name("templates")


@dataclass
class Session:
    viewer: Viewer
    access_id: int
    expires: float  # time.monotonic()


def viewer_environment(viewer: Viewer) -> str:
    return "owner" if viewer.person_id is None else f"person:{viewer.person_id}"


class Guard:
    """Sessions and the sign-in rate limit; no web framework in it, so tests call it directly."""

    def __init__(self, store: Store, clock: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self.clock = clock
        self.sessions: dict[str, Session] = {}
        self.failures: dict[str, deque[float]] = {}

    def limited(self, address: str) -> bool:
        recent = self.failures.get(address)
        now = self.clock()
        while recent and now - recent[0] > FAILURE_WINDOW:
            recent.popleft()
        return bool(recent) and len(recent or ()) >= MAX_FAILURES

    def failed(self, address: str) -> None:
        self.failures.setdefault(address, deque()).append(self.clock())

    def open(self, found: tuple[Viewer, int]) -> str:
        token = secrets.token_urlsafe(32)
        viewer, access_id = found
        self.sessions[token] = Session(viewer, access_id, self.clock() + SESSION_HOURS * 3600)
        return token

    def session(self, token: str | None) -> Session | None:
        """The live session for a cookie, or None (expired, signed out or revoked)."""
        if not token:
            return None
        session = self.sessions.get(token)
        if session is None:
            return None
        if self.clock() > session.expires or not access.still_valid(self.store, session.access_id):
            del self.sessions[token]
            return None
        return session

    def close(self, token: str | None) -> None:
        if token:
            self.sessions.pop(token, None)


def make_server(db: Path, host: str, port: int, public_url: str | None = None) -> Any:
    """The textual-serve server for `db`, with the guard in front (imports aiohttp lazily)."""
    import aiohttp_jinja2
    import jinja2
    from aiohttp import web
    from textual_serve.app_service import AppService
    from textual_serve.server import Server

    store = Store(db)
    guard = Guard(store)
    session_key = web.RequestKey("session", Session)
    command = " ".join(
        shlex.quote(part) for part in (sys.executable, "-m", "handoff", "--db", str(db))
    )

    class ViewerAppService(AppService):
        """One app process, told who is signed in."""

        def __init__(self, viewer: Viewer, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.viewer = viewer

        def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
            environment = super()._build_environment(width=width, height=height)
            environment["HANDOFF_VIEWER"] = viewer_environment(self.viewer)
            return environment

    def address(request: web.Request) -> str:
        return request.remote or "?"

    def signin_page(request: web.Request, status: int, message: str = "") -> web.Response:
        return aiohttp_jinja2.render_template(
            "signin.html", request, {"message": message}, status=status
        )

    def start_session(found: tuple[Viewer, int], secure: bool) -> web.Response:
        response = web.Response(status=303, headers={"Location": "/"})
        response.set_cookie(
            COOKIE,
            guard.open(found),
            max_age=SESSION_HOURS * 3600,
            httponly=True,
            samesite="Strict",
            secure=secure,
            path="/",
        )
        return response

    class HandoffServer(Server):
        async def _make_app(self) -> web.Application:
            app = web.Application(middlewares=[self.guard_middleware])
            aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(str(TEMPLATES)))
            app.add_routes(
                [
                    web.get("/", self.handle_index, name="index"),
                    web.get("/ws", self.handle_websocket, name="websocket"),
                    web.get("/a/{token}", self.handle_link),
                    web.get("/signin", self.handle_signin_form),
                    web.post("/signin", self.handle_signin),
                    web.post("/signout", self.handle_signout),
                    web.static("/static", self.statics_path, name="static"),
                ]
            )
            app.on_startup.append(self.on_startup)
            return app

        async def on_startup(self, app: web.Application) -> None:
            print(f"handoff serve: {self.public_url} (Ctrl+C stops it)", flush=True)

        def initialize_logging(self) -> None:
            # textual-serve logs with rich tracebacks that show local variables: never here.
            import logging

            logging.basicConfig(level="WARNING", format="%(message)s")

        @web.middleware
        async def guard_middleware(
            self,
            request: web.Request,
            handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
        ) -> web.StreamResponse:
            if request.path.startswith("/a/") or request.path in ("/signin",):
                return await handler(request)
            session = guard.session(request.cookies.get(COOKIE))
            if session is None:
                if request.path == "/ws":
                    return web.Response(status=403, text="sign in first")
                if request.path.startswith("/static/"):
                    return web.Response(status=401, text="sign in first")
                return signin_page(request, 401)
            if request.path == "/ws" and not self.same_origin(request):
                return web.Response(status=403, text="wrong origin")
            request[session_key] = session
            return await handler(request)

        def same_origin(self, request: web.Request) -> bool:
            origin = request.headers.get("Origin")
            return origin is None or origin.rstrip("/") == self.public_url.rstrip("/")

        async def handle_link(self, request: web.Request) -> web.StreamResponse:
            where = address(request)
            if guard.limited(where):
                return web.Response(status=429, text="too many tries: wait a minute")
            found = access.viewer_for_token(store, request.match_info["token"])
            if found is None:
                guard.failed(where)
                return signin_page(
                    request, 403, "This link does not work (any more): ask the owner."
                )
            return start_session(found, self.public_url.startswith("https"))

        async def handle_signin_form(self, request: web.Request) -> web.StreamResponse:
            return signin_page(request, 200)

        async def handle_signin(self, request: web.Request) -> web.StreamResponse:
            where = address(request)
            if guard.limited(where):
                return web.Response(status=429, text="too many tries: wait a minute")
            form = await request.post()
            found = access.owner_for_passphrase(store, str(form.get("passphrase", "")))
            if found is None:
                guard.failed(where)
                return signin_page(request, 401, "That passphrase is not right.")
            return start_session(found, self.public_url.startswith("https"))

        async def handle_signout(self, request: web.Request) -> web.StreamResponse:
            guard.close(request.cookies.get(COOKIE))
            response = web.Response(status=303, headers={"Location": "/signin"})
            response.del_cookie(COOKIE, path="/")
            return response

        async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
            session: Session = request[session_key]
            token = request.cookies.get(COOKIE)
            websocket = web.WebSocketResponse(heartbeat=15)
            width = _to_int(request.query.get("width", "80"), 80)
            height = _to_int(request.query.get("height", "24"), 24)
            await websocket.prepare(request)
            service = ViewerAppService(
                session.viewer,
                self.command,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,
                download_manager=self.download_manager,
                debug=False,
            )

            async def watch() -> None:
                while guard.session(token) is not None:
                    await asyncio.sleep(RECHECK_SECONDS)
                await websocket.close()

            watcher = asyncio.create_task(watch())
            try:
                await service.start(width, height)
                await self._process_messages(websocket, service)
            finally:
                watcher.cancel()
                await service.stop()
                await _reap(service)
            return websocket

    server = HandoffServer(command, host=host, port=port, title="handoff", public_url=public_url)
    return server


async def _reap(service: Any) -> None:
    """Wait for the app process to end and close its pipes (textual-serve leaves that to the
    event loop's shutdown, which is too late when the server stops first)."""
    process = getattr(service, "_process", None)
    if process is None:
        return
    try:
        await asyncio.wait_for(process.wait(), 10)
    except TimeoutError:
        process.kill()
        await process.wait()
    transport = getattr(process, "_transport", None)
    if transport is not None:
        transport.close()


def _to_int(value: str, default: int) -> int:
    try:
        return max(10, min(int(value), 1000))
    except ValueError:
        return default
