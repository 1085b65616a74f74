# -*- coding: utf-8 -*-
"""Visible text of an HTML document (text nodes outside head/script/style)."""
from html.parser import HTMLParser


class _P(HTMLParser):
    SKIP = {"head", "title", "style", "script"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.nodes = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth and data.strip():
            self.nodes.append(data.strip())


def html_nodes(src):
    p = _P()
    p.feed(src)
    p.close()
    return p.nodes


def html_visible_text(src, joiner="\n"):
    return joiner.join(html_nodes(src))
