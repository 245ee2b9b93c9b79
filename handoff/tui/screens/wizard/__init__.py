"""The handoff wizard: a screen that moves between six steps, one widget (and module) each."""

from handoff.tui.screens.wizard.screen import WizardScreen

__all__ = ["WizardScreen"]
