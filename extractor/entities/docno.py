"""DOCNO: document numbers 机关代字〔年份〕序号号 in any bracket style, normalised to 〔〕.

``奉节府办发〔2022〕13号``, ``渌办【2019】51号``, ``德组通[2007]68号`` → issuer, year, serial.
"""

from __future__ import annotations

from typing import Iterator


from ..regexes import compile_pattern
from .model import Entity

DOCNO = compile_pattern(
    r"(?P<issuer>[\p{Han}A-Za-z]{1,10})\s?[〔【\[（(［]\s?(?P<year>(?:19|20)\d{2})\s?[〕】\]）)］]\s?(?:第\s?)?(?P<serial>\d{1,5})\s?号"
)
# function words that end the clause before an issuer: 根据渌办… → 渌办
_LEAD = compile_pattern(r"^.*(?:根据|按照|依据|依照|参照|对照|执行|印发|转发|关于|经|按|据|依|的|和|及|与|以|在|于|了|为|见|即)")


def find_docnos(text: str, view: str) -> Iterator[Entity]:
    """DOCNO entities.

    >>> [(e.text, e.value, e.issuer, e.year, e.serial) for e in find_docnos("根据渌办【2019】51号文件", "根据渌办【2019】51号文件")]
    [('渌办【2019】51号', '渌办〔2019〕51号', '渌办', 2019, 51)]
    """
    for match in DOCNO.finditer(view):
        issuer = match.group("issuer")
        lead = _LEAD.match(issuer)
        cut = lead.end() if lead and lead.end() < len(issuer) else 0
        issuer = issuer[cut:]
        start = match.start() + cut
        year, serial = int(match.group("year")), int(match.group("serial"))
        yield Entity("DOCNO", start, match.end(), text[start:match.end()], f"{issuer}〔{year}〕{serial}号",
                     issuer=issuer, year=year, serial=serial, pattern="docno")
