"""The ``jiaohe`` command line.

``jiaohe extract FILE… [--format text|json]`` loads each report and prints its text or its
``jiaohe.report/1`` structure.  Exit codes: 0 all files processed; 2 some file could not be
processed (its one-line error names the file and the reason; the other files are still done).
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List

import typer

from extractor import DEFAULT_MAX_BYTES, LoadError, load

from .report import FailedDocument, build_report, document_entry, failed_entry

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


def _error(message: str) -> None:
    typer.echo(f"jiaohe: error: {message}", err=True)


@app.command()
def extract(
    files: List[Path] = typer.Argument(..., help="Report files: .txt, .md, .docx, .pdf, .html"),
    format: ExtractFormat = typer.Option(ExtractFormat.text, "--format", "-f", help="text: the document text; json: jiaohe.report/1"),
    output: Path = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output"),
    max_size: float = typer.Option(DEFAULT_MAX_BYTES / 1024 / 1024, "--max-size", help="Refuse files larger than this many MB"),
    include_text: bool = typer.Option(False, "--include-text", help="json: add each document's text (what offsets index)"),
) -> None:
    """Load reports and print their text, or their sections and tables as JSON."""
    entries: list[dict] = []
    texts: list[tuple[str, str]] = []
    failed = False
    for path in files:
        try:
            document = load(path, max_bytes=int(max_size * 1024 * 1024))
        except LoadError as exc:
            failed = True
            _error(str(exc))
            entries.append(failed_entry(FailedDocument(str(path), "load", exc.reason)))
            continue
        except Exception as exc:  # a bug must not stop the batch: report it against the file
            failed = True
            _error(f"{path}: internal error while loading ({exc.__class__.__name__}: {exc})")
            entries.append(failed_entry(FailedDocument(str(path), "load", f"internal error: {exc.__class__.__name__}: {exc}")))
            continue
        entries.append(document_entry(document, include_text))
        texts.append((str(path), document.text))
    if format is ExtractFormat.json:
        rendered = json.dumps(build_report(entries), ensure_ascii=False, indent=1) + "\n"
    else:
        rendered = _render_texts(texts)
    _write(rendered, output)
    raise typer.Exit(EXIT_UNPROCESSABLE if failed else EXIT_OK)


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


@app.callback()
def _root() -> None:
    """校核 jiaohe — find the figures in Chinese government fiscal reports and audit them."""


def main() -> None:
    """Console entry point (``jiaohe``)."""
    app()
