"""The ``jiaohe`` command line.

``jiaohe check FILE…`` audits reports and prints the discrepancy list (text; csv, md or an xlsx
workbook as tables; html with the evidence marked in each report's text) or the
``jiaohe.report/1`` object with findings (json); ``jiaohe extract FILE…`` prints a report's text or
its structure; ``jiaohe rules [CODE]`` lists the rules or prints one rule's documentation.
Exit codes: 0 nothing to report; 1 findings (``check``); 2 some file could not be processed (its
one-line error names the file and the reason; the other files are still done) — 2 wins over 1.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import List

import typer

from extractor import DEFAULT_MAX_BYTES, Document, LoadError, load
from extractor.extraction import Extraction, extract as extract_figures

from .engine import check_extraction
from .registry import all_rules, selected_rules
from .render import CheckedDocument, plain, render_lines
from .report import FailedDocument, build_report, document_entry, failed_entry, internal_error

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="校核 jiaohe — find the figures in Chinese government fiscal reports and audit them.",
    pretty_exceptions_enable=False,
)

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNPROCESSABLE = 2


class ExtractFormat(str, Enum):
    text = "text"
    json = "json"


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"
    csv = "csv"
    xlsx = "xlsx"
    md = "md"


class Lang(str, Enum):
    zh = "zh"
    en = "en"


_FILES = typer.Argument(..., help="Report files: .txt, .md, .docx, .pdf, .html")
_OUTPUT = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output")
_MAX_SIZE = typer.Option(None, "--max-size", help=f"Refuse files larger than this many MB [default: {DEFAULT_MAX_BYTES // 1024 // 1024}]")
_CONFIG = typer.Option(None, "--config", help="Settings file (jiaohe.toml or pyproject.toml); default: the nearest one from here up")


def _error(message: str) -> None:
    typer.echo(f"jiaohe: error: {message}", err=True)


def _load(path: Path, max_size: float) -> Document | FailedDocument:
    """Load one file, or say why not (one line on stderr; a bug is reported against the file)."""
    try:
        return load(path, max_bytes=int(max_size * 1024 * 1024))
    except LoadError as exc:
        _error(str(exc))
        return FailedDocument(str(path), "load", exc.reason)
    except Exception as exc:  # a bug must not stop the batch: report it against the file
        _error(f"{path}: internal error while loading ({exc.__class__.__name__}: {exc})")
        return FailedDocument(str(path), "load", internal_error(exc))


def _extract(path: Path, document: Document) -> Extraction | FailedDocument:
    try:
        return extract_figures(document)
    except Exception as exc:  # same policy as loading
        _error(f"{path}: internal error while extracting ({exc.__class__.__name__}: {exc})")
        return FailedDocument(str(path), "extract", internal_error(exc))


@app.command()
def extract(
    files: List[Path] = _FILES,
    format: ExtractFormat = typer.Option(ExtractFormat.text, "--format", "-f", help="text: the document text; json: jiaohe.report/1"),
    output: Path = _OUTPUT,
    max_size: float = _MAX_SIZE,
    config: Path = _CONFIG,
    include_text: bool = typer.Option(False, "--include-text", help="json: add each document's text (what offsets index)"),
) -> None:
    """Load reports and print their text, or their sections, tables and figures as JSON."""
    max_size = _options(config, max_size=max_size)["max_size"]
    entries: list[dict] = []
    texts: list[tuple[str, str]] = []
    failed = False
    for path in files:
        document = _load(path, max_size)
        if isinstance(document, FailedDocument):
            failed = True
            entries.append(failed_entry(document))
            continue
        texts.append((str(path), document.text))
        if format is not ExtractFormat.json:
            continue
        extraction = _extract(path, document)
        if isinstance(extraction, FailedDocument):
            failed = True
            entries.append(failed_entry(extraction))
            continue
        entries.append(document_entry(extraction, include_text))
    if format is ExtractFormat.json:
        rendered = json.dumps(build_report(entries), ensure_ascii=False, indent=1) + "\n"
    else:
        rendered = _render_texts(texts)
    _write(rendered, output)
    raise typer.Exit(EXIT_UNPROCESSABLE if failed else EXIT_OK)


@app.command("check")
def check_command(
    files: List[Path] = _FILES,
    format: CheckFormat = typer.Option(
        CheckFormat.text, "--format", "-f",
        help="text: the discrepancy list; json: jiaohe.report/1 with findings; html: each report's text with its evidence marked; "
        "csv / md: one row per finding; xlsx: an Excel workbook of findings and reports (needs --output)",
    ),
    select: str = typer.Option(None, "--select", help="Only rules whose code starts with one of these comma-separated prefixes (D,T001)"),
    ignore: str = typer.Option(None, "--ignore", help="Skip rules whose code starts with one of these prefixes; wins over --select"),
    lang: Lang = typer.Option(None, "--lang", help="Language of the messages [default: zh]"),
    output: Path = _OUTPUT,
    max_size: float = _MAX_SIZE,
    config: Path = _CONFIG,
) -> None:
    """Audit reports: every rule's findings, with their evidence, per file."""
    options = _options(config, select=select, ignore=ignore, lang=lang, max_size=max_size)
    select, ignore, lang, max_size = options["select"], options["ignore"], options["lang"], options["max_size"]
    selectors, ignored = _prefixes(select), _prefixes(ignore)
    _check_prefixes(selectors, ignored)
    if format is CheckFormat.xlsx and output is None:
        _error("--format xlsx writes a binary workbook: give --output FILE.xlsx")
        raise typer.Exit(EXIT_UNPROCESSABLE)
    rules = selected_rules(selectors, ignored)
    entries: list[dict] = []
    checked: list[CheckedDocument] = []
    failed = 0
    for path in files:
        document = _load(path, max_size)
        extraction = document if isinstance(document, FailedDocument) else _extract(path, document)
        if isinstance(extraction, FailedDocument):
            failed += 1
            entries.append(failed_entry(extraction, with_findings=True))
            continue
        try:
            findings = check_extraction(extraction, rules)
        except Exception as exc:  # a broken rule must not stop the batch either
            failed += 1
            _error(f"{path}: internal error while checking ({exc.__class__.__name__}: {exc})")
            entries.append(failed_entry(FailedDocument(str(path), "check", internal_error(exc)), with_findings=True))
            continue
        entries.append(document_entry(extraction, findings=findings, lang=lang.value))
        checked.append(CheckedDocument(str(path), extraction.document.text, findings))
    if format is CheckFormat.json:
        _write(json.dumps(build_report(entries), ensure_ascii=False, indent=1) + "\n", output)
    elif format is CheckFormat.html:
        from .annotated import render_html

        unread = [e["path"] for e in entries if e["errors"]]
        _write(render_html(checked, lang.value, unread), output)
    elif format in (CheckFormat.csv, CheckFormat.md, CheckFormat.xlsx):
        from .tabular import findings_csv, findings_markdown, findings_xlsx

        texts = {document.path: document.text for document in checked}
        if format is CheckFormat.xlsx:
            output.write_bytes(findings_xlsx(entries, texts, lang.value))
        else:
            _write((findings_csv if format is CheckFormat.csv else findings_markdown)(entries, texts), output)
    else:
        lines = render_lines(checked, failed, lang.value)
        if output is None and sys.stdout.isatty():
            _print_styled(lines)
        else:
            _write(plain(lines), output)
    found = any(document.findings for document in checked)
    raise typer.Exit(EXIT_UNPROCESSABLE if failed else EXIT_FINDINGS if found else EXIT_OK)


@app.command("scan")
def scan_command(
    paths: List[Path] = typer.Argument(..., help="Directories (searched recursively) or report files"),
    output: Path = typer.Option(Path("jiaohe-scan.jsonl"), "--output", "-o", help="JSON Lines file: one line per report, appended as each is done"),
    jobs: int = typer.Option(None, "--jobs", "-j", help="Worker processes [default: the cores, at most 4]"),
    restart: bool = typer.Option(False, "--restart", help="Start the output afresh instead of skipping the reports already in it"),
    csv_path: Path = typer.Option(None, "--csv", help="Also write one row per finding to this CSV file (UTF-8 with BOM, for Excel)"),
    xlsx_path: Path = typer.Option(None, "--xlsx", help="Also write the findings and a row per report to this Excel workbook"),
    select: str = typer.Option(None, "--select", help="Only rules whose code starts with one of these comma-separated prefixes"),
    ignore: str = typer.Option(None, "--ignore", help="Skip rules whose code starts with one of these prefixes; wins over --select"),
    lang: Lang = typer.Option(None, "--lang", help="Language of the messages [default: zh]"),
    max_size: float = _MAX_SIZE,
    config: Path = _CONFIG,
) -> None:
    """Audit every report under directories, resumably: one JSON line per report, then a corpus summary."""
    options = _options(config, select=select, ignore=ignore, lang=lang, max_size=max_size, jobs=jobs)
    select, ignore, lang, max_size, jobs = (options[k] for k in ("select", "ignore", "lang", "max_size", "jobs"))
    from .scan import ScanSettings, done_paths, read_lines, report_files, run_scan, summarise, summary_lines
    from .tabular import findings_csv, findings_xlsx

    selectors, ignored = _prefixes(select), _prefixes(ignore)
    _check_prefixes(selectors, ignored)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _error(f"no such file or directory: {', '.join(missing)}")
        raise typer.Exit(EXIT_UNPROCESSABLE)
    files = report_files(paths)
    if not files:
        _error(f"no reports (.txt .md .docx .pdf .html) under {', '.join(str(p) for p in paths)}")
        raise typer.Exit(EXIT_UNPROCESSABLE)
    if restart and output.exists():
        output.unlink()
    done = done_paths(output)
    todo = [path for path in files if str(path) not in done]
    settings = ScanSettings(int(max_size * 1024 * 1024), tuple(selectors), tuple(ignored), lang.value)
    with output.open("a", encoding="utf-8") as sink, _progress(len(todo)) as advance:
        for entry in run_scan(todo, settings, jobs):
            sink.write(json.dumps(entry, ensure_ascii=False) + "\n")
            sink.flush()
            for error in entry["errors"]:
                _error(f"{entry['path']}: {error['message']}")
            advance()
    wanted = {str(path) for path in files}
    entries = sorted((e for e in read_lines(output) if e["path"] in wanted), key=lambda e: e["path"])
    typer.echo("\n".join(summary_lines(summarise(entries), skipped=len(files) - len(todo))))
    typer.echo(f"results: {output}")
    if csv_path is not None:
        csv_path.write_text(findings_csv(entries), encoding="utf-8")
        typer.echo(f"findings table: {csv_path}")
    if xlsx_path is not None:
        xlsx_path.write_bytes(findings_xlsx(entries, lang=lang.value))
        typer.echo(f"findings workbook: {xlsx_path}")
    unprocessed = any(e["errors"] for e in entries)
    found = any(e["findings"] for e in entries)
    raise typer.Exit(EXIT_UNPROCESSABLE if unprocessed else EXIT_FINDINGS if found else EXIT_OK)


_DEFAULTS = {
    "select": "", "ignore": "", "lang": Lang.zh, "max_size": DEFAULT_MAX_BYTES / 1024 / 1024, "jobs": min(os.cpu_count() or 1, 4),
}


def _options(config: Path | None, **given):
    """Each option as given on the command line, else as the settings file says, else its default
    (``ignore = ["T001"]`` in jiaohe.toml is ``--ignore T001``)."""
    from .config import ConfigError, find_settings, load_settings

    try:
        if config is not None and not config.is_file():
            raise ConfigError(f"{config}: no such settings file")
        settings = load_settings(config if config is not None else find_settings(Path.cwd()))
    except ConfigError as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_UNPROCESSABLE)
    resolved = {}
    for name, value in given.items():
        if value is None:
            stored = settings.get(name.replace("_", "-"))
            if stored is None:
                value = _DEFAULTS[name]
            elif name in ("select", "ignore"):
                value = ",".join(stored)
            elif name == "lang":
                value = Lang(stored)
            else:
                value = stored
        resolved[name] = value
    return resolved


def _check_prefixes(selectors: list[str], ignored: list[str]) -> None:
    for option, prefixes in (("--select", selectors), ("--ignore", ignored)):
        unknown = [p for p in prefixes if not any(r.code.startswith(p) for r in all_rules())]
        if unknown:
            _error(f"{option}: no rule code starts with {', '.join(unknown)} (see jiaohe rules)")
            raise typer.Exit(EXIT_UNPROCESSABLE)


@contextmanager
def _progress(total: int):
    """A progress bar on a terminal (standard error); elsewhere nothing. Yields the step function."""
    if not sys.stderr.isatty() or total <= 1:
        yield lambda: None
        return
    from rich.progress import Progress

    with Progress(transient=True, console=_stderr_console()) as progress:
        task = progress.add_task("scanning", total=total)
        yield lambda: progress.advance(task)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


@app.command("rules")
def rules_command(code: str = typer.Argument(None, help="A rule code (D002) for its documentation, or a prefix (D) to list")) -> None:
    """List the audit rules (code, name, severity, family), or print one rule's documentation."""
    known = all_rules()
    if code is not None:
        exact = next((r for r in known if r.code == code.upper()), None)
        if exact is not None:
            sys.stdout.write(f"{exact.code} {exact.name}\nseverity: {exact.severity} · family: {exact.family}\n\n{exact.doc}\n")
            return
        known = [r for r in known if r.code.startswith(code.upper())]
        if not known:
            _error(f"no rule code starts with {code} (see jiaohe rules)")
            raise typer.Exit(EXIT_UNPROCESSABLE)
    rows = [("code", "name", "severity", "family")] + [(r.code, r.name, r.severity, r.family) for r in known]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        sys.stdout.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[3] + "\n")


def _prefixes(option: str) -> list[str]:
    """``"D, t001"`` → ``["D", "T001"]``."""
    return [part.strip().upper() for part in option.split(",") if part.strip()]


def _render_texts(texts: list[tuple[str, str]]) -> str:
    if len(texts) == 1:
        body = texts[0][1]
        return body if body.endswith("\n") else body + "\n"
    chunks = []
    for path, text in texts:
        chunks.append(f"==> {path} <==\n{text}{'' if text.endswith(chr(10)) else chr(10)}")
    return "\n".join(chunks)


def _write(rendered: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(rendered)
        sys.stdout.flush()
        return
    output.write_text(rendered, encoding="utf-8")


def _print_styled(lines) -> None:
    """The discrepancy list with colours, for a terminal."""
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False, soft_wrap=True)
    for line in lines:
        console.print(Text.assemble(*line))


@app.callback()
def _root() -> None:
    """校核 jiaohe — find the figures in Chinese government fiscal reports and audit them."""


def main() -> None:
    """Console entry point (``jiaohe``)."""
    app()


if __name__ == "__main__":
    main()
