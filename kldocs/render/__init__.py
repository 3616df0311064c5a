"""Presentation layer: charts, Jinja2 rendering per format, the PDF build."""
