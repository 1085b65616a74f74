"""audit.config: defaults for the command line from jiaohe.toml or [tool.jiaohe] in pyproject.toml."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli import EXIT_FINDINGS, EXIT_OK, EXIT_UNPROCESSABLE, app
from audit.config import ConfigError, find_settings, load_settings

runner = CliRunner()
# D001 (signed in the year it reports on) and nothing else
FLAWED = "2023年度示例单位整体支出绩效自评报告\n一、单位概况\n各项工作有序开展。\n\n示例单位\n2023年3月16日\n"


@pytest.fixture()
def project(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "r.txt").write_text(FLAWED, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "reports")
    return tmp_path


@pytest.mark.parametrize(
    "name, content",
    [("jiaohe.toml", 'ignore = ["D"]\n'), ("pyproject.toml", '[project]\nname = "x"\n\n[tool.jiaohe]\nignore = ["D"]\n')],
)
def test_settings_file_above_the_working_directory_sets_the_defaults(project, name, content):
    (project / name).write_text(content, encoding="utf-8")
    assert find_settings(Path.cwd()) == project / name
    assert runner.invoke(app, ["check", "r.txt"]).exit_code == EXIT_OK  # D001 ignored by the file
    assert runner.invoke(app, ["check", "r.txt", "--ignore", "T"]).exit_code == EXIT_FINDINGS  # the option wins


def test_settings_lang_and_explicit_config_path(project):
    (project / "team.toml").write_text('lang = "en"\n', encoding="utf-8")
    result = runner.invoke(app, ["check", "r.txt", "--config", str(project / "team.toml")])
    assert "report dated 2023-03-16" in result.stdout


def test_pyproject_without_a_jiaohe_table_is_passed_over(project):
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_settings(Path.cwd()) is None


@pytest.mark.parametrize(
    "content, message",
    [
        ('ignroe = ["D"]\n', "unknown setting 'ignroe'"),
        ('ignore = "D"\n', "setting 'ignore' has the wrong type (str)"),
        ('lang = "fr"\n', "setting 'lang' must be"),
        ("ignore = [\n", "not valid TOML"),
    ],
)
def test_bad_settings_name_the_file_and_the_reason(project, content, message):
    path = project / "jiaohe.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_settings(path)
    result = runner.invoke(app, ["check", "r.txt"])
    assert result.exit_code == EXIT_UNPROCESSABLE
    assert str(path) in result.output and message.split("(")[0].strip() in result.output
