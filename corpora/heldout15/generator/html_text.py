"""Visible text of an .html file: the text nodes outside <head> (and outside script/style)."""
import sys
from html.parser import HTMLParser


class _P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.nodes = []

    def handle_starttag(self, tag, attrs):
        if tag in ('head', 'script', 'style'):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ('head', 'script', 'style'):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(data.strip())


def nodes(src):
    p = _P()
    p.feed(src)
    p.close()
    return p.nodes


def visible_text(path):
    with open(path, encoding='utf-8') as fh:
        return '\n'.join(nodes(fh.read()))


if __name__ == '__main__':
    print(visible_text(sys.argv[1]))
