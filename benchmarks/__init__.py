"""Benchmarks: `python -m benchmarks` (or `make bench`) prints each figure beside its floor."""
