"""The app reads and writes one Store from several worker threads at once."""

from __future__ import annotations

import threading

from handoff.model import Client, OpenItem
from handoff.store import Store


def test_threads_sharing_a_store_lose_no_write(store: Store) -> None:
    anchor = store.add_client(Client(name="Anchor"))
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(20):
                store.add_client(Client(name=f"T{n}-{i}"))
                store.add_item(OpenItem(client_id=anchor.id, title=f"T{n}-{i}"))
                store.clients()  # readers run between the writes
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(store.clients()) == 81
    assert len(store.items(anchor.id)) == 80
    assert len(Store(store.path).clients()) == 81  # and all of it is on disk
