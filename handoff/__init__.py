"""handoff: hand a departing person's clients to colleagues, completely, provably and neutrally."""

__version__ = "0.1.0"
