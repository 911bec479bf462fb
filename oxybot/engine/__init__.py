"""The answer engine: content loading, normalisation, triage, matching and answer assembly.

Plain Python: nothing here imports Textual, Rich, Babel or the command line (a test checks), so the
app, the command line and the tests share it. Import from the modules (``oxybot.engine.engine``,
``oxybot.engine.load``); this file stays empty so that importing one module costs only that module.
"""
