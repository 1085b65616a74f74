"""jiaohe audit: checks figures against each other and renders reports (``jiaohe.report/1``)."""

from .report import SCHEMA, build_report

__all__ = ["SCHEMA", "build_report"]
