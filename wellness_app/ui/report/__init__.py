"""Rendering the clinician report (Qt): charts drawn with QPainter, text via QTextDocument."""
