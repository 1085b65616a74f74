"""The annotated form of ``jiaohe check`` (``--format html``): each report's text with every piece
of evidence marked, beside its discrepancy list, in one self-contained HTML page.

A reviewer reads the finding, clicks it, and lands on its evidence highlighted in the report's
own text (the text jiaohe reads: for .docx/.pdf/.html the loader's plain text, one table row per
line). Every evidence span of a finding carries the finding's anchor; a span several findings share
is marked once and names all of them. Nothing is fetched from the network: styles are inline.
"""

from __future__ import annotations

import html
from typing import Sequence

from .model import Finding
from .render import CheckedDocument, line_column

_STYLE = """
body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#222}
header{padding:.6em 1em;background:#f4f4f4;border-bottom:1px solid #ddd}
section.doc{display:flex;border-bottom:2px solid #ccc}
ol.findings{flex:0 0 38%;max-height:90vh;overflow:auto;margin:0;padding:.5em 1em .5em 2.5em;font-size:90%}
ol.findings li{margin:.4em 0}
.fail{color:#b00020}.uncertain{color:#8a6d00}
pre.text{flex:1;max-height:90vh;overflow:auto;margin:0;padding:.5em 1em;white-space:pre-wrap;line-height:1.6}
mark{background:#ffe08a;border-bottom:2px solid #e0a800}
mark.fail{background:#ffc9c9;border-bottom-color:#b00020}
mark:target,mark.hit{outline:2px solid #1565c0}
.expected{color:#555;font-size:90%}
"""


def render_html(documents: Sequence[CheckedDocument], lang: str = "zh", unprocessed: Sequence[str] = ()) -> str:
    """One HTML page: per report, its findings (each a link to its first evidence) and its text with
    the evidence marked (``<mark id="d0-f1-e0" class="fail" title="V001 …">1.2%</mark>``).

    Example: for seed 000 the finding ``V001 … 1.3% 与 1.2%`` links to ``#d0-f2-e0`` and both
    figures are ``<mark>``ed in the text, each titled with the finding's rule and message.
    """
    parts = [
        "<!DOCTYPE html>\n<html lang=\"zh\">\n<head><meta charset=\"utf-8\"><title>jiaohe 校核</title>"
        f"<style>{_STYLE}</style></head>\n<body>\n"
    ]
    total = sum(len(d.findings) for d in documents)
    parts.append(f"<header><b>jiaohe 校核</b> — {len(documents)} report(s), {total} finding(s)")
    if unprocessed:
        parts.append("; not processed: " + ", ".join(html.escape(p) for p in unprocessed))
    parts.append("</header>\n")
    for index, document in enumerate(documents):
        parts.append(_document(f"d{index}", document, lang))
    parts.append("</body>\n</html>\n")
    return "".join(parts)


def _document(prefix: str, document: CheckedDocument, lang: str) -> str:
    findings = sorted(document.findings, key=Finding.sort_key)
    items = []
    for number, finding in enumerate(findings):
        message = finding.message_en if lang == "en" else finding.message
        first = f"#{prefix}-f{number}-e0" if finding.evidence else ""
        line, column = line_column(document.text, finding.start)
        items.append(
            f'<li class="{finding.status}"><a href="{first}">{line}:{column}</a> <b>{finding.rule}</b> '
            f"{html.escape(finding.name)} [{finding.status}] {html.escape(message)}"
            + (f'<div class="expected">{html.escape(finding.expected)}</div>' if finding.expected else "")
            + "</li>"
        )
    listing = "".join(items) or "<li>No findings.</li>"
    return (
        f'<h2 id="{prefix}" style="margin:.5em 1em">{html.escape(document.path)}</h2>\n'
        f'<section class="doc"><ol class="findings">{listing}</ol>'
        f'<pre class="text">{_marked_text(prefix, document.text, findings, lang)}</pre></section>\n'
    )


def _marked_text(prefix: str, text: str, findings: list[Finding], lang: str) -> str:
    """The text, escaped, with each evidence span in a ``<mark>``: cut at every span boundary so
    that overlapping spans mark each piece once, with the findings that cover it."""
    spans = []  # (start, end, anchor, finding number)
    for number, finding in enumerate(findings):
        for e, evidence in enumerate(finding.evidence):
            start, end = max(0, evidence.start), min(len(text), evidence.end)
            if start < end:
                spans.append((start, end, f"{prefix}-f{number}-e{e}", number))
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s[0] <= a and b <= s[1]]
        piece = html.escape(text[a:b])
        if not covering:
            out.append(piece)
            continue
        anchors = [anchor for start, _, anchor, _ in covering if start == a]  # an anchor where its span begins
        numbers = sorted({n for _, _, _, n in covering})
        status = "fail" if any(findings[n].status == "fail" for n in numbers) else "uncertain"
        title = "; ".join(f"{findings[n].rule} {findings[n].message_en if lang == 'en' else findings[n].message}" for n in numbers)
        ids = "".join(f'<a id="{anchor}"></a>' for anchor in anchors[1:])
        identifier = f' id="{anchors[0]}"' if anchors else ""
        out.append(f'{ids}<mark{identifier} class="{status}" title="{html.escape(title, quote=True)}">{piece}</mark>')
    return "".join(out)
