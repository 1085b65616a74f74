"""Throughput of ``extract`` (load + structure + entity tagging) over ≥ 5 MB of report text.

    python -m benchmarks.speed [--megabytes 5] [--jionlp-megabytes MB] [--recognizers-megabytes 0.5]
    python -m benchmarks.speed --corpus distinct

``--corpus seeds`` (the default) repeats the five seed reports until the corpus reaches
``--megabytes``.  Repetition lets any cache that outlives a document serve the later copies, so
``--corpus distinct`` times every report once instead: the seeds and each held-out report under
``corpora/heldout*/`` (docx, pdf and html read by the loaders first, off the clock), about 2 MB of
different text by different authors.  Held-out reports are dense with tables, so this corpus
carries several times more figures per KB than the seeds; both densities are printed, since the
time per document follows the number of figures more than the number of bytes.

Reports MB/s (UTF-8 bytes of input per second, one core).  In the same run, when installed
(``pip install -e '.[peers]'``), the peers are timed on the same text:

- JioNLP ``ner.extract_money`` + ``ner.extract_time`` (with parsing, ``time_base`` = 31 Dec of
  each document's fiscal year), one call of each per whole document, over the whole corpus unless
  ``--jionlp-megabytes`` asks for less;
- Recognizers-Text (Chinese) ``recognize_currency`` + ``recognize_percentage`` +
  ``recognize_datetime`` (reference 31 Dec of the fiscal year), over a subset of
  ``--recognizers-megabytes`` (default 0.5 MB; 0 skips it) because it runs at a few tens of KB/s.

A subset is a whole number of passes over the seeds — the same document mix as the full corpus.
Each peer gets one untimed warm-up call first (both build their dictionaries and regexes lazily);
that first call is reported separately, as ours is.  Fiscal years and reference dates are computed
before the clock starts, and the peers' own logging is silenced (JioNLP logs a traceback for each
time candidate it rejects).  Not installed → the peer's line says so and the ratio is unavailable.
"""

from __future__ import annotations

import argparse
import sys
import time

from extractor.entities import tag_entities
from extractor.extraction import extract
from extractor.loaders.compose import document_from_text

from .gold import REPO, SEEDS

_REPORT_SUFFIXES = {".txt", ".md", ".html", ".htm", ".docx", ".pdf"}


def corpus(megabytes: float) -> list[str]:
    """Seed reports repeated until their UTF-8 size reaches ``megabytes``."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    out, size = [], 0
    while size < megabytes * 1_000_000:
        for text in texts:
            out.append(text)
            size += len(text.encode("utf-8"))
    return out


def distinct_corpus() -> list[str]:
    """The seeds and every held-out report, each once, as the text its loader gives."""
    from extractor import load

    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    for path in sorted(REPO.glob("corpora/heldout*/*")):
        if path.suffix in _REPORT_SUFFIXES and path.name != "README.md":
            texts.append(load(path).text)
    return texts


def subset(texts: list[str], megabytes: float) -> list[str]:
    """The first texts of ``texts`` up to about ``megabytes`` (at least one)."""
    out, size = [], 0
    for text in texts:
        if out and size >= megabytes * 1_000_000:
            break
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


def figures_per_kilobyte(texts: list[str]) -> float:
    """Tagged figures (every entity) per 1,000 UTF-8 bytes."""
    figures = sum(len(tag_entities(document_from_text(f"doc{i}", "txt", t)).entities) for i, t in enumerate(texts))
    return figures / (megabytes_of(texts) * 1000)


def time_jiaohe(texts: list[str]) -> float:
    """Entities only (load + structure + tagging): what the peers are compared with."""
    started = time.perf_counter()
    for index, text in enumerate(texts):
        tag_entities(document_from_text(f"doc{index}", "txt", text))
    return time.perf_counter() - started


def time_extract(texts: list[str]) -> float:
    """The whole ``extract``: entities, facts and relations."""
    started = time.perf_counter()
    for index, text in enumerate(texts):
        extract(document_from_text(f"doc{index}", "txt", text))
    return time.perf_counter() - started


def time_check(texts: list[str]) -> float:
    """``check`` end to end: extract plus every audit rule."""
    from audit.engine import check_extraction

    started = time.perf_counter()
    for index, text in enumerate(texts):
        check_extraction(extract(document_from_text(f"doc{index}", "txt", text)))
    return time.perf_counter() - started


def megabytes_of(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1_000_000


def reference_dates(texts: list[str]) -> list:
    """31 Dec of each document's fiscal year (see benchmarks/peers.py), computed once per distinct
    text so that no peer pays for our fiscal-year detection."""
    from extractor.entities.document_dates import detect_fiscal_year

    from .peers import reference

    cache: dict[int, object] = {}
    out = []
    for text in texts:
        key = id(text)
        if key not in cache:
            cache[key] = reference(detect_fiscal_year(document_from_text("fy", "txt", text).normalized))
        out.append(cache[key])
    return out


def time_jionlp(texts: list[str]) -> tuple[float, float] | None:
    """(first call, seconds for ``texts``) of JioNLP money+time, or None when not installed."""
    from .peers import quiet

    try:
        with quiet():
            import jionlp
    except ImportError:
        return None
    bases = reference_dates(texts)
    with quiet():
        started = time.perf_counter()
        jionlp.ner.extract_money(texts[0])
        jionlp.ner.extract_time(texts[0], time_base=bases[0])
        first = time.perf_counter() - started
        started = time.perf_counter()
        for text, base in zip(texts, bases):
            jionlp.ner.extract_money(text)
            jionlp.ner.extract_time(text, time_base=base)
        return first, time.perf_counter() - started


def time_recognizers(texts: list[str]) -> tuple[float, float] | None:
    """(first call, seconds for ``texts``) of Recognizers-Text currency+percentage+datetime."""
    from .peers import quiet

    try:
        from recognizers_date_time import recognize_datetime
        from recognizers_number import recognize_percentage
        from recognizers_number_with_unit import recognize_currency
        from recognizers_text import Culture
    except Exception:  # ImportError, or emoji>=1.0 breaking recognizers_text's import
        return None
    bases = reference_dates(texts)
    culture = Culture.Chinese
    with quiet():
        started = time.perf_counter()
        recognize_currency(texts[0], culture)
        recognize_percentage(texts[0], culture)
        recognize_datetime(texts[0], culture, reference=bases[0])
        first = time.perf_counter() - started
        started = time.perf_counter()
        for text, base in zip(texts, bases):
            recognize_currency(text, culture)
            recognize_percentage(text, culture)
            recognize_datetime(text, culture, reference=base)
        return first, time.perf_counter() - started


def report_peer(name: str, install: str, texts: list[str], timing, ours_mbps: float, full_mb: float) -> None:
    if timing is None:
        print(f"{name}: not installed ({install}) — ratio unavailable")
        return
    first, seconds = timing
    size = megabytes_of(texts)
    scope = "the same corpus" if size >= full_mb else f"a {size:.2f} MB subset of the same corpus"
    mbps = size / seconds
    print(f"{name}: {size:.2f} MB in {seconds:.2f} s = {mbps:.3f} MB/s on {scope} "
          f"(first call {first:.3f} s); jiaohe/{name.split()[0]} = {ours_mbps / mbps:.1f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", choices=("seeds", "distinct"), default="seeds",
                        help="seeds: the five seeds repeated to --megabytes; distinct: every seed and held-out report once")
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--jionlp-megabytes", type=float, default=None,
                        help="time JioNLP on a subset of this size (default: the whole corpus)")
    parser.add_argument("--recognizers-megabytes", type=float, default=0.5,
                        help="time Recognizers-Text on a subset of this size (default 0.5; 0 skips)")
    args = parser.parse_args(argv)
    distinct = args.corpus == "distinct"
    texts = distinct_corpus() if distinct else corpus(args.megabytes)
    size_mb = megabytes_of(texts)
    print(f"corpus: {args.corpus}, {len(texts)} documents, {size_mb:.2f} MB, "
          f"{figures_per_kilobyte(texts if distinct else corpus(1e-6)):.1f} figures per KB")
    from audit.engine import check_extraction

    started = time.perf_counter()
    # the first check imports every rule module and compiles its patterns: timed here, once, as
    # the peers' first calls are, not inside the throughput below
    check_extraction(extract(document_from_text("warmup", "txt", texts[0])))
    print(f"first document, checked (after import): {time.perf_counter() - started:.3f} s")
    ours = time_jiaohe(texts)
    ours_mbps = size_mb / ours
    print(f"jiaohe entities (load + structure + tagging): {size_mb:.2f} MB in {ours:.2f} s = {ours_mbps:.2f} MB/s")
    whole = time_extract(texts)
    print(f"jiaohe extract (entities + facts + relations): {size_mb / whole:.2f} MB/s")
    checked = time_check(texts)
    print(f"jiaohe check (extract + all rules): {size_mb / checked:.2f} MB/s")
    def part(megabytes: float) -> list[str]:
        return subset(texts, megabytes) if distinct else corpus(megabytes)

    jionlp_texts = texts if args.jionlp_megabytes is None else part(args.jionlp_megabytes)
    report_peer("JioNLP money+time", "pip install jionlp", jionlp_texts,
                time_jionlp(jionlp_texts), ours_mbps, size_mb)
    if args.recognizers_megabytes > 0:
        rt_texts = part(args.recognizers_megabytes)
        report_peer("Recognizers-Text currency+percentage+datetime",
                    "pip install recognizers-text-suite 'emoji<1.0'", rt_texts,
                    time_recognizers(rt_texts), ours_mbps, size_mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
