"""`handoff serve` over HTTP and the websocket: nothing without access, one's own clients with it.

The server is the real one (`handoff.web.make_server`) driven by aiohttp's test client. The
websocket test starts the real app process, as a browser would, and reads what it draws.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from handoff import access
from handoff.store import Store
from handoff.web import COOKIE, MAX_FAILURES, make_server

pytest.importorskip("textual_serve", reason="the serve extra is not installed")


def firm_words(store: Store) -> list[str]:
    """Names that must not appear in anything served to someone who is not signed in."""
    words = [p.name for p in store.people()] + [c.name for c in store.clients()]
    return words + ["Mensah", "Tiling", store.path.name]


@pytest.fixture
async def served(sample_store: Store, db_path: Path, aiohttp_client: Any) -> Any:
    server = make_server(db_path, "127.0.0.1", 8000)
    return await aiohttp_client(await server._make_app()), server


async def assert_no_firm_data(response: Any, store: Store) -> None:
    body = await response.text()
    for word in firm_words(store):
        assert word not in body, word


async def test_without_access_every_request_is_refused_with_no_data(
    served: Any, sample_store: Store
) -> None:
    client, _server = served
    for path in ("/", "/static/js/textual.js", "/download/x", "/anything"):
        response = await client.get(path, allow_redirects=False)
        assert response.status in (401, 403, 404) and response.status != 200, path
        await assert_no_firm_data(response, sample_store)
    index = await client.get("/")
    assert index.status == 401
    assert "<title>handoff — sign in</title>" in await index.text()
    ws = await client.get("/ws")
    assert ws.status == 403


async def test_a_colleagues_link_opens_a_session_and_revoking_ends_it(
    served: Any, sample_store: Store
) -> None:
    client, _server = served
    given = access.grant(sample_store, sample_store.person(4))
    link = await client.get(f"/a/{given.token}", allow_redirects=False)
    assert link.status == 303 and link.headers["Location"] == "/"
    cookie = link.cookies[COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Strict"

    page = await client.get("/")
    assert page.status == 200
    body = await page.text()
    assert "<title>handoff</title>" in body and "data-session-websocket-url" in body
    assert "fonts.googleapis" not in body  # nothing is fetched from elsewhere

    access.revoke(sample_store, sample_store.person(4))
    after = await client.get("/")
    assert after.status == 401
    await assert_no_firm_data(after, sample_store)


async def test_a_wrong_link_is_refused_and_many_tries_are_slowed_down(
    served: Any, sample_store: Store
) -> None:
    client, _server = served
    given = access.grant(sample_store, sample_store.person(4))
    number = given.token.split(".")[0]
    for n in range(MAX_FAILURES):
        wrong = await client.get(f"/a/{number}.guess{n}", allow_redirects=False)
        assert wrong.status == 403
        await assert_no_firm_data(wrong, sample_store)
    blocked = await client.get(f"/a/{given.token}", allow_redirects=False)
    assert blocked.status == 429  # even the right link waits out the window
    assert COOKIE not in blocked.cookies


async def test_the_owner_signs_in_with_the_passphrase(served: Any, sample_store: Store) -> None:
    client, _server = served
    access.set_owner_passphrase(sample_store, "correct horse battery")
    wrong = await client.post(
        "/signin", data={"passphrase": "wrong horse battery"}, allow_redirects=False
    )
    assert wrong.status == 401 and "not right" in await wrong.text()
    right = await client.post(
        "/signin", data={"passphrase": "correct horse battery"}, allow_redirects=False
    )
    assert right.status == 303 and COOKIE in right.cookies
    assert (await client.get("/")).status == 200
    out = await client.post("/signout", allow_redirects=False)
    assert out.status == 303
    assert (await client.get("/")).status == 401


async def test_a_websocket_from_another_site_is_refused(served: Any, sample_store: Store) -> None:
    client, _server = served
    given = access.grant(sample_store, sample_store.person(4))
    await client.get(f"/a/{given.token}", allow_redirects=False)
    response = await client.get("/ws", headers={"Origin": "https://evil.example"})
    assert response.status == 403


async def read_screen(ws: Any, wanted: str, timeout: float = 60.0) -> str:
    """What the app drew, until `wanted` shows up (or the time runs out)."""
    seen = ""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while wanted not in seen:
        left = deadline - loop.time()
        if left <= 0:
            break
        try:
            message = await ws.receive(timeout=left)
        except TimeoutError:
            break
        if message.type.name == "BINARY":
            seen += message.data.decode("utf-8", "replace")
        elif message.type.name == "TEXT":
            seen += message.data
        else:
            break
    return seen


async def test_a_colleague_sees_their_own_clients_in_the_app(
    served: Any, sample_store: Store
) -> None:
    client, _server = served
    given = access.grant(sample_store, sample_store.person(4))
    await client.get(f"/a/{given.token}", allow_redirects=False)
    ws = await client.ws_connect("/ws?width=100&height=30")
    try:
        await ws.send_str(json.dumps(["resize", {"width": 100, "height": 30}]))
        seen = await read_screen(ws, "Signed in as Peter Nowak")
        assert "Signed in as Peter Nowak" in seen
        seen += await read_screen(ws, "Agnieszka", timeout=30)
        assert "Agnieszka" in seen  # one of Peter's clients
        for other in ("Montserrat", "Pere Soler", "Dashboard", "Client book"):
            assert other not in seen  # Dewi's clients, the owner's screens
    finally:
        await ws.close()
