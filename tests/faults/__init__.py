"""Fault-injection helpers: a small tmpfs that can fill up or turn read-only, kill points."""
