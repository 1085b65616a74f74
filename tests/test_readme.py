"""README: the quick start runs ``jiaohe check`` on the sample, and its quoted output is real."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from audit.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SAMPLE = "corpora/samples/sample_report.txt"


def _block_after(marker: str) -> str:
    found = re.search(re.escape(marker) + r"\s*```\w*\n(.*?)```", README, re.DOTALL)
    assert found, marker
    return found.group(1)


def test_readme_quick_start_command():
    assert f"```bash\npip install . && jiaohe check {SAMPLE}\n```" in README


def test_readme_quick_start_output_is_an_excerpt_of_the_real_output(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["check", SAMPLE])
    assert result.exit_code == 1
    actual = result.stdout.splitlines()
    quoted = [line for line in _block_after("<!-- quick-start-output -->").splitlines() if line != "…"]
    positions = [actual.index(line) for line in quoted]  # every quoted line is printed …
    assert positions == sorted(positions)  # … in this order
