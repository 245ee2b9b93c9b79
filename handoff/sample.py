"""The bundled sample firm: a small tiling-and-renovation contractor and its clients."""

from __future__ import annotations

from datetime import datetime

from handoff import clock, packet
from handoff.bundle import read_bundle, validate_bundle
from handoff.errors import ValidationError
from handoff.paths import sample_data_dir
from handoff.store import Store

SAMPLE_FILE = "firm.json"


def load_sample(store: Store) -> dict[str, int]:
    """Load the sample firm into an empty database; refuse a non-empty one.

    Handoffs the sample marks as finalized are frozen through the real `packet.freeze`, at the
    time the sample gives, so their packet versions and hashes are genuine.
    """
    source = sample_data_dir() / SAMPLE_FILE
    data = read_bundle(source)
    tables = validate_bundle(data, str(source))
    with store.transaction():
        if not store.is_empty():
            raise ValidationError(
                f"{store.path} already holds data; sample data loads only into an empty "
                "database (use --db to choose another file)"
            )
        with store.batch():
            store.replace_everything(tables)
            for entry in data.get("finalize", []):
                when = datetime.fromisoformat(entry["at"])
                with clock.as_of(when.date()):  # its texts are written as of that day
                    packet.freeze(store, int(entry["handoff_id"]), when=when)
    return store.counts()
