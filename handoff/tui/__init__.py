"""The Textual face of handoff. Only this package imports textual."""
