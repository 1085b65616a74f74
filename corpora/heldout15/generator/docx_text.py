"""Visible text of a .docx: body paragraphs and table-cell texts in document order.

Each <w:tc> is read once, so a merged cell (gridSpan, or a vMerge run of cells) contributes its
text once; continuation cells of a vertical merge are empty.
"""
import sys
import docx
from docx.oxml.ns import qn


def _p_text(p):
    return ''.join(t.text or '' for t in p.iter(qn('w:t')))


def items(path):
    doc = docx.Document(path)
    out = []
    for el in doc.element.body.iterchildren():
        if el.tag == qn('w:p'):
            out.append(_p_text(el))
        elif el.tag == qn('w:tbl'):
            for tr in el.iter(qn('w:tr')):
                for tc in tr.iterchildren(qn('w:tc')):
                    out.append('\n'.join(_p_text(p) for p in tc.iterchildren(qn('w:p'))))
    return out


def visible_text(path):
    return '\n'.join(items(path))


if __name__ == '__main__':
    print(visible_text(sys.argv[1]))
