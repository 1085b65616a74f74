"""Throughput of ``extract`` (load + structure + entity tagging) over ≥ 5 MB of report text.

    python -m benchmarks.speed [--megabytes 5]

Reports MB/s (UTF-8 bytes of input per second, one core).  Peers (JioNLP money+time) are timed
on the same text when installed; otherwise the ratio is reported as unavailable.
"""

from __future__ import annotations

import argparse
import sys
import time

from extractor.entities import tag_entities
from extractor.loaders.compose import document_from_text

from .gold import SEEDS


def corpus(megabytes: float) -> list[str]:
    """Seed reports repeated until their UTF-8 size reaches ``megabytes``."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    out, size = [], 0
    while size < megabytes * 1_000_000:
        for text in texts:
            out.append(text)
            size += len(text.encode("utf-8"))
    return out


def time_jiaohe(texts: list[str]) -> float:
    started = time.perf_counter()
    for index, text in enumerate(texts):
        tag_entities(document_from_text(f"doc{index}", "txt", text))
    return time.perf_counter() - started


def time_jionlp(texts: list[str]) -> float | None:
    try:
        import jionlp
    except ImportError:
        return None
    started = time.perf_counter()
    for text in texts:
        jionlp.ner.extract_money(text)
        jionlp.ner.extract_time(text, time_base=time.time())
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=5.0)
    args = parser.parse_args(argv)
    texts = corpus(args.megabytes)
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1_000_000
    started = time.perf_counter()
    tag_entities(document_from_text("warmup", "txt", texts[0]))
    print(f"first document (after import): {time.perf_counter() - started:.3f} s")
    ours = time_jiaohe(texts)
    print(f"jiaohe extract: {size_mb:.2f} MB in {ours:.2f} s = {size_mb / ours:.2f} MB/s")
    peer = time_jionlp(texts)
    if peer is None:
        print("jionlp: not installed (pip install jionlp) — ratio unavailable")
    else:
        print(f"jionlp money+time: {size_mb / peer:.3f} MB/s; jiaohe is {peer / ours:.1f}x faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
