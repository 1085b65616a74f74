"""Adapters that run peer libraries on a text and return spans comparable to our gold (benchmark only).

Peers (``pip install -e '.[peers]'``; never imported by the package or by the tests):

- **JioNLP** — ``jionlp.ner.extract_money`` → MONEY and ``jionlp.ner.extract_time`` → DATE.
- **Recognizers-Text** (Microsoft, ``Culture.Chinese``) — ``recognize_currency`` → MONEY,
  ``recognize_percentage`` → PERCENT, ``recognize_datetime`` → DATE.  ``recognize_number`` and
  ``recognize_dimension`` produce nothing we label, so they are not run.

Neither peer has COUNT, DOCNO or SCORE.

Offsets.  Both peers work on Python ``str``, so their offsets are code points, like the gold's
(checked on real output, including text with characters outside the BMP).  JioNLP gives
``offset = [start, end)``; Recognizers-Text gives ``start`` and an **inclusive** ``end``, so
``end + 1`` is used.

Reference date.  The gold resolves year-less and relative dates against the document's fiscal
year (``本年`` → FY, ``上年`` → FY-1, ``12月12日`` → FY-12-12, ``年初`` → FY-01-01).  Both peers
resolve such expressions against the year of their reference date, so the reference is
**31 December of the fiscal year** (the last day of the period the report covers).  Jan 1 of the
following year — when such reports are usually written — would send ``本年``/``今年`` to FY+1,
``上年`` to FY and ``12月12日`` to FY+1-12-12, all wrong by the gold's convention.

Values are put in the gold's form where the peer gives enough to do so:

- MONEY in yuan (JioNLP ``detail.num``, the lower bound for a range or ``余`` form;
  Recognizers ``value`` of unit ``Chinese yuan``, ``Jiao`` ÷ 10, ``Fen`` ÷ 100).  Other currencies,
  or no resolved value → ``None``.
- PERCENT: Recognizers' ``'98.5%'`` → ``98.5`` (binary-float noise such as ``0.30000000000000004``
  rounded away at 10 decimals).
- DATE: the peer's interval (JioNLP ``detail.time``, inclusive; Recognizers ``start``/``end``,
  end exclusive) → ``YYYY`` when it runs from 1 Jan to 31 Dec, ``YYYY-MM`` when it runs from the
  1st to the last day of a month, else the start day; a blurred interval for an expression ending
  in ``初`` gives its first day, one ending in ``底``/``末``/``终`` its last day (the gold's
  ``年初`` = 1 Jan, ``年末`` = 31 Dec).  Recognizers' TIMEX is used instead when it is a plain
  ``YYYY``/``YYYY-MM``/``YYYY-MM-DD`` (its ``今年`` interval stops at the reference day).  When
  several readings are offered (Recognizers: past and future), the one in the fiscal year is
  taken, else the first.

``None`` never equals a gold value, so a match without a comparable value counts as a wrong value.
JioNLP ``time_delta`` (durations) and ``time_period`` (recurring) results and Recognizers
``time``/``timerange``/``duration``/``set`` results are not DATEs by the gold's definition and are
dropped.  Each peer's results are then read as one annotation (:func:`tidy`): surrounding
whitespace trimmed (the gold never has it), a result strictly inside another of the same label
dropped, and a DATE that overlaps the same peer's MONEY or PERCENT dropped (our tagger resolves
overlaps too; the peers' functions run independently).
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import io
import logging
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Callable


@dataclass(frozen=True)
class PeerEntity:
    """One peer result, shaped like our entities for :func:`benchmarks.entities.score`."""

    label: str
    start: int
    end: int
    text: str
    value: str | None

    def to_dict(self) -> dict:
        return {"label": self.label, "start": self.start, "end": self.end, "text": self.text, "value": self.value}


@dataclass
class Peer:
    """A peer library: its display name, the labels it covers and how to run it on a text."""

    name: str
    labels: tuple[str, ...]
    run: Callable[[str, int | None], list[PeerEntity]]
    install: str


@contextlib.contextmanager
def quiet():
    """Silence a peer: JioNLP prints a banner on import and logs a traceback for every
    candidate its time parser rejects (``logging.error`` on the root logger)."""
    sink = io.StringIO()
    logging.disable(logging.CRITICAL)
    try:
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            yield
    finally:
        logging.disable(logging.NOTSET)


def reference(fiscal_year: int | None) -> dt.datetime:
    """The peers' reference date: 31 December of the fiscal year (see the module docstring)."""
    year = fiscal_year if fiscal_year is not None else dt.date.today().year
    return dt.datetime(year, 12, 31, 12, 0, 0)


# ---------------------------------------------------------------- value normalisation


def decimal_text(raw) -> str | None:
    """A number as a plain decimal string, float noise (``0.30000000000000004``) rounded away."""
    try:
        number = Decimal(str(raw).replace(",", "").strip())
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite():
        return None
    if number.as_tuple().exponent < -10:  # type: ignore[operator]
        number = number.quantize(Decimal(1).scaleb(-10))
    return format(number.normalize(), "f")


def interval_value(text: str, first: dt.date, last: dt.date, blur: bool) -> str:
    """An inclusive date interval as the gold's ISO value at its granularity."""
    stripped = text.strip()
    if blur and stripped.endswith("初"):
        return first.isoformat()
    if blur and stripped[-1:] in ("底", "末", "终"):
        return last.isoformat()
    if (first.month, first.day) == (1, 1) and (last.month, last.day) == (12, 31):
        return f"{first.year:04d}"
    if first.day == 1 and last.day == calendar.monthrange(last.year, last.month)[1]:
        return f"{first.year:04d}-{first.month:02d}"
    return first.isoformat()


def _date(raw: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(raw)[:10])
    except ValueError:
        return None


def trim(entity: PeerEntity) -> PeerEntity:
    """The entity without surrounding whitespace (JioNLP's money spans often start with the space
    before the number: `` 205.60 万元``); spaces inside the expression stay."""
    text = entity.text
    lead = len(text) - len(text.lstrip())
    tail = len(text) - len(text.rstrip())
    if not lead and not tail:
        return entity
    return PeerEntity(entity.label, entity.start + lead, entity.end - tail, text.strip(), entity.value)


def overlaps(a: PeerEntity, b: PeerEntity) -> bool:
    return a.start < b.end and b.start < a.end


def tidy(entities: list[PeerEntity]) -> list[PeerEntity]:
    """A peer's results as one annotation, the way a user combining its functions would read them:
    surrounding whitespace trimmed; one result per span and label; a result strictly inside another
    of the same label dropped; a DATE overlapping the same peer's MONEY or PERCENT dropped
    (Recognizers-Text reads the ``462.1`` of ``462.17万元`` as a year.month)."""
    unique = {(e.start, e.end, e.label): e for e in map(trim, entities) if e.end > e.start}
    values = list(unique.values())
    amounts = [e for e in values if e.label in ("MONEY", "PERCENT")]
    kept = []
    for entity in values:
        inside = any(
            other.label == entity.label and other.start <= entity.start and entity.end <= other.end
            and (other.start, other.end) != (entity.start, entity.end)
            for other in values
        )
        clash = entity.label == "DATE" and any(overlaps(entity, other) for other in amounts)
        if not inside and not clash:
            kept.append(entity)
    return sorted(kept, key=lambda e: (e.start, e.end, e.label))


# ---------------------------------------------------------------- JioNLP


def _jionlp():
    with quiet():
        import jionlp  # noqa: PLC0415 — optional peer
    return jionlp


def jionlp_money(text: str) -> list[PeerEntity]:
    jionlp = _jionlp()
    with quiet():
        results = jionlp.ner.extract_money(text, with_parsing=True)
    out = []
    for item in results:
        start, end = item["offset"]
        detail = item.get("detail") or {}
        num = detail.get("num")
        if isinstance(num, (list, tuple)):
            num = num[0] if num else None
        value = decimal_text(num) if num is not None and detail.get("case") == "元" else None
        out.append(PeerEntity("MONEY", start, end, text[start:end], value))
    return out


def jionlp_time(text: str, fiscal_year: int | None) -> list[PeerEntity]:
    jionlp = _jionlp()
    with quiet():
        results = jionlp.ner.extract_time(text, time_base=reference(fiscal_year), with_parsing=True)
    out = []
    for item in results:
        if item.get("type") not in ("time_point", "time_span"):
            continue  # time_delta = duration, time_period = recurring: not DATEs
        start, end = item["offset"]
        detail = item.get("detail") or {}
        times = detail.get("time") or []
        value = None
        if isinstance(times, (list, tuple)) and len(times) == 2:
            first, last = _date(times[0]), _date(times[1])
            if first is not None and last is not None:
                value = interval_value(text[start:end], first, last, detail.get("definition") == "blur")
        out.append(PeerEntity("DATE", start, end, text[start:end], value))
    return out


def run_jionlp(text: str, fiscal_year: int | None) -> list[PeerEntity]:
    return tidy(jionlp_money(text) + jionlp_time(text, fiscal_year))


# ---------------------------------------------------------------- Recognizers-Text

RT_DATE_TYPES = ("date", "daterange", "datetime", "datetimerange")
RT_CURRENCY_SCALE = {"Chinese yuan": Decimal(1), "Jiao": Decimal("0.1"), "Fen": Decimal("0.01")}


def _recognizers():
    from recognizers_date_time import recognize_datetime  # noqa: PLC0415 — optional peer
    from recognizers_number import recognize_percentage  # noqa: PLC0415
    from recognizers_number_with_unit import recognize_currency  # noqa: PLC0415
    from recognizers_text import Culture  # noqa: PLC0415

    return Culture.Chinese, recognize_currency, recognize_percentage, recognize_datetime


def _rt_span(text: str, result) -> tuple[int, int, str]:
    start, end = result.start, result.end + 1  # Recognizers-Text's end is inclusive
    return start, end, text[start:end]


def rt_currency_value(resolution) -> str | None:
    if not resolution or resolution.get("value") in (None, ""):
        return None
    scale = RT_CURRENCY_SCALE.get(resolution.get("unit"))
    amount = decimal_text(resolution["value"])
    if scale is None or amount is None:
        return None
    return decimal_text(Decimal(amount) * scale)


def rt_percent_value(resolution) -> str | None:
    if not resolution or not resolution.get("value"):
        return None
    return decimal_text(str(resolution["value"]).rstrip("%"))


ISO_TIMEX = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def rt_date_value(text: str, resolution, fiscal_year: int | None) -> str | None:
    """Recognizers' TIMEX when it is a plain ISO year, month or day (``2019``, ``2019-05``),
    else its interval; for ``XXXX-12``-style results the reading in the fiscal year."""
    candidates = []
    for item in (resolution or {}).get("values", []):
        kind, timex = item.get("type"), str(item.get("timex", ""))
        if kind in ("date", "datetime"):
            day = _date(item.get("value", ""))
            if day is not None:
                candidates.append((day, day, timex))
        elif kind in ("daterange", "datetimerange"):
            first, after = _date(item.get("start", "")), _date(item.get("end", ""))
            if first is not None and after is not None:
                # daterange end is exclusive; a datetimerange end is a moment inside its last day
                last = after - dt.timedelta(days=1) if kind == "daterange" and after > first else after
                candidates.append((first, last, timex))
    if not candidates:
        return None
    in_year = [c for c in candidates if c[0].year == fiscal_year]
    first, last, timex = (in_year or candidates)[0]
    if ISO_TIMEX.fullmatch(timex) and text.strip()[-1:] not in ("初", "底", "末", "终"):
        return timex
    return interval_value(text, first, last, first != last)


def run_recognizers(text: str, fiscal_year: int | None) -> list[PeerEntity]:
    culture, recognize_currency, recognize_percentage, recognize_datetime = _recognizers()
    out = []
    for result in recognize_currency(text, culture):
        start, end, span = _rt_span(text, result)
        out.append(PeerEntity("MONEY", start, end, span, rt_currency_value(result.resolution)))
    for result in recognize_percentage(text, culture):
        start, end, span = _rt_span(text, result)
        out.append(PeerEntity("PERCENT", start, end, span, rt_percent_value(result.resolution)))
    for result in recognize_datetime(text, culture, reference=reference(fiscal_year)):
        kind = (result.type_name or "").rsplit(".", 1)[-1]
        if kind not in RT_DATE_TYPES:
            continue  # time, timerange, duration, set: not DATEs
        start, end, span = _rt_span(text, result)
        out.append(PeerEntity("DATE", start, end, span, rt_date_value(span, result.resolution, fiscal_year)))
    return tidy(out)


# ---------------------------------------------------------------- registry

JIONLP = Peer("JioNLP", ("MONEY", "DATE"), run_jionlp, "pip install jionlp")
RECOGNIZERS = Peer(
    "Recognizers-Text", ("MONEY", "PERCENT", "DATE"), run_recognizers,
    "pip install recognizers-text-suite 'emoji<1.0'",
)
PEERS = (JIONLP, RECOGNIZERS)


def availability(peer: Peer) -> str | None:
    """``None`` when the peer imports, else why not (one line)."""
    try:
        if peer is JIONLP:
            _jionlp()
        else:
            _recognizers()
    except Exception as error:  # ImportError, or emoji>=1.0 breaking recognizers_text's import
        return f"{type(error).__name__}: {error}".splitlines()[0]
    return None


def available_peers() -> tuple[list[Peer], dict[str, str]]:
    """The peers that import here, and for the others the reason."""
    ready, missing = [], {}
    for peer in PEERS:
        reason = availability(peer)
        if reason is None:
            ready.append(peer)
        else:
            missing[peer.name] = reason
    return ready, missing
