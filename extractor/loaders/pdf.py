"""PDF reports: the text layer in reading order, with the tables pdfplumber finds.

On each page the tables are located first; text lines outside them are read top to bottom, and
each table is placed where its top edge falls among those lines.
"""

from __future__ import annotations

from pathlib import Path

from ..document import Document
from ..errors import LoadError
from .compose import GridCell, Paragraph, TableGrid, document_from_items


def load_pdf(path: Path) -> Document:
    """Read a PDF's text layer into a Document.

    Example: a PDF whose page shows ``一、单位概况`` above a ruled table gives a section titled
    ``单位概况`` followed by that table.
    """
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pdf = pdfplumber.open(str(path))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise LoadError(str(path), "encrypted PDF: a password is required to read it") from None
    except PDFSyntaxError as exc:
        raise LoadError(str(path), f"not a valid PDF ({exc})") from None
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        # pdfplumber wraps pdfminer's errors: PdfminerException(PDFPasswordIncorrect())
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise LoadError(str(path), "encrypted PDF: a password is required to read it") from None
        if isinstance(inner, PDFSyntaxError):
            raise LoadError(str(path), f"not a valid PDF ({inner})") from None
        if "password" in str(exc).lower() or "encrypt" in exc.__class__.__name__.lower():
            raise LoadError(str(path), "encrypted PDF: a password is required to read it") from None
        raise LoadError(str(path), f"not a readable PDF ({exc.__class__.__name__}: {exc})") from None
    items: list[Paragraph | TableGrid] = []
    characters = 0
    images = 0
    try:
        with pdf:
            for page in pdf.pages:
                characters += len(page.chars)
                images += len(page.images)
                items.extend(_page_items(page))
    except LoadError:
        raise
    except Exception as exc:
        raise LoadError(str(path), f"could not read the PDF ({exc.__class__.__name__}: {exc})") from None
    if characters == 0:
        reason = "has no text layer (a scanned PDF?): run OCR first" if images else "has no text layer"
        raise LoadError(str(path), reason)
    return document_from_items(str(path), "pdf", items)


def _page_items(page) -> list[Paragraph | TableGrid]:
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]

    def outside(obj) -> bool:
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    placed: list[tuple[float, Paragraph | TableGrid]] = []
    for line in page.filter(outside).extract_text_lines(return_chars=False):
        placed.append((line["top"], Paragraph(line["text"])))
    for table in tables:
        rows = table.extract()
        grid = [[GridCell(cell) if cell is not None else None for cell in row] for row in rows]
        placed.append((table.bbox[1], TableGrid(grid)))
    placed.sort(key=lambda pair: pair[0])
    return [item for _, item in placed]
