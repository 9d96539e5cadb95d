"""Importers and exporters: pure parsers that build an ImportPlan, and the services that
write it (one transaction, backup first) or export the journal (JSON, CSV)."""
