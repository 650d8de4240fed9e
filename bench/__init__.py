"""Benchmarks of tutor on generated collections (not part of the test run): `python -m bench`."""
