"""Importers and exporters (JSON here; Daylio, Apple Health and CSV beside it)."""
