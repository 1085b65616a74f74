"""Visible text of a .txt / .md file: the whole file, decoded.

UTF-8 (with or without BOM) is tried first; a file that is not valid UTF-8 is read as GB18030
(which covers GBK). CRLF line ends are kept as they are.
"""
import sys


def decode(raw):
    try:
        return raw.decode('utf-8-sig'), 'utf-8'
    except UnicodeDecodeError:
        return raw.decode('gb18030'), 'gb18030'


def visible_text(path):
    with open(path, 'rb') as fh:
        return decode(fh.read())[0]


def encoding(path):
    with open(path, 'rb') as fh:
        return decode(fh.read())[1]


if __name__ == '__main__':
    sys.stdout.write(visible_text(sys.argv[1]))
