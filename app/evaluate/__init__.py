"""Evaluation of the extractor against the team's gold files: ``python -m app.evaluate``.

Scoring rules are pure functions (``match``, ``dev_scoring``, ``detect``, ``spans``); the
command (``command``, ``__main__``) runs the real ``RuleExtractor`` and prints the report.
"""
