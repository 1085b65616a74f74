"""Findings: what a rule reports, with every piece of evidence and the arithmetic."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal

SEVERITIES = ("error", "warning", "info")
STATUSES = ("fail", "uncertain")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One span of the document text that a finding rests on."""

    start: int
    end: int
    text: str
    role: str
    value: Decimal | str | None = None

    def to_dict(self) -> dict:
        out = {"start": self.start, "end": self.end, "text": self.text, "role": self.role}
        if self.value is not None:
            out["value"] = format(self.value, "f") if isinstance(self.value, Decimal) else self.value
        return out


@dataclass(frozen=True)
class Finding:
    """A discrepancy.  ``message`` is Chinese, ``message_en`` English; ``expected`` states what
    arithmetic says (with its interval); ``subject`` names the indicator for the fingerprint."""

    rule: str
    name: str
    severity: str
    status: str
    message: str
    message_en: str
    evidence: tuple[Evidence, ...]
    expected: str = ""
    subject: str = ""

    @property
    def fingerprint(self) -> str:
        """Stable across runs and edits elsewhere in the file: rule + subject + evidence texts.

        Example: the 1.3% vs 1.2% finding of seed 000 keeps its fingerprint when a paragraph is
        inserted above it.
        """
        material = "\x1f".join([self.rule, self.subject, *sorted(f"{e.role}={e.text}" for e in self.evidence)])
        return hashlib.sha256(material.encode("utf-8")).hexdigest()[:16]

    @property
    def start(self) -> int:
        return min((e.start for e in self.evidence), default=0)

    def sort_key(self) -> tuple:
        return (self.start, self.rule, self.fingerprint)

    def to_dict(self, lang: str = "zh") -> dict:
        return {
            "rule": self.rule,
            "name": self.name,
            "severity": self.severity,
            "status": self.status,
            "message": self.message_en if lang == "en" else self.message,
            "evidence": [e.to_dict() for e in self.evidence],
            "expected": self.expected,
            "fingerprint": self.fingerprint,
        }
