"""The Textual app: the App, its screens, widgets and dialogs. Holds no health text."""
