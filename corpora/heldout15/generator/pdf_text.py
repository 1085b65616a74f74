"""Text of a .pdf as extracted by pdfminer.six (extract_text, default layout parameters)."""
import sys
from pdfminer.high_level import extract_text


def visible_text(path):
    return extract_text(path)


if __name__ == '__main__':
    print(visible_text(sys.argv[1]))
