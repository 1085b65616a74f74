"""A paragraph's Word style, looked up once per style id and document.

python-docx resolves ``paragraph.style`` by scanning every style of the document each time a
paragraph has no style of its own (the default style is searched for, not kept), which made
reading a long .docx spend most of its time on styles.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from docx.enum.style import WD_STYLE_TYPE

_BY_PART: WeakKeyDictionary = WeakKeyDictionary()


def paragraph_style(paragraph):
    """The style object of ``paragraph`` (its own, else the document's default paragraph style).

    Example: a paragraph styled ``标题 1`` gives the style whose ``name`` is ``Heading 1`` — the
    same object for every paragraph with that style id.
    """
    part = paragraph.part
    styles = _BY_PART.get(part)
    if styles is None:
        styles = _BY_PART[part] = {}
    style_id = paragraph._p.style
    if style_id not in styles:
        styles[style_id] = part.get_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
    return styles[style_id]
