"""The notebooks run end to end and compute what they say (executed without Jupyter)."""

from __future__ import annotations

from benchmarks.gold import REPO
from notebooks.run import run


def test_notebooks_corpus_overview_tabulates_the_findings(monkeypatch, capsys):
    monkeypatch.chdir(REPO)
    namespace = run(REPO / "notebooks" / "corpus_overview.ipynb")
    findings = namespace["findings"]
    assert sorted(findings.report.unique()) == sorted(p.name for p in namespace["reports"])
    assert len(findings) == sum(len(namespace["check_extraction"](x)) for x in namespace["extractions"].values())
    fails = findings[findings.status == "fail"]
    assert set(fails.rule) >= {"R008", "S001", "C001", "D001"}
    assert "1,286.45万元" in set(namespace["frames"].facts.text)
    assert capsys.readouterr().out  # every cell's last expression was shown
