"""Evaluation material kept out of the installed package (`python -m evaluation.risk`)."""
