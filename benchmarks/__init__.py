"""On-demand benchmarks for Meet-and-Confer Log (issue 9): `python -m benchmarks`.

Not part of the test suite: nothing here passes or fails a test run. See README.md.
"""
