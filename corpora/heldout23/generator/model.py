"""Content model shared by the six generators: a list of blocks.

("title", text) ("meta", text) ("h", text) ("p", text) ("table", caption, rows, opts) ("sign", [lines])
``plant`` replaces a substring that occurs exactly once in the whole model.
"""
import copy


def strings(model):
    for b in model:
        if b[0] == "table":
            yield b[1]
            for r in b[2]:
                for c in r:
                    if isinstance(c, str):
                        yield c
                    elif isinstance(c, dict):
                        yield c["t"]
        elif b[0] == "sign":
            for s in b[1]:
                yield s
        else:
            yield b[1]


def plant(model, old, new):
    n = sum(s.count(old) for s in strings(model))
    if n != 1:
        raise AssertionError("plant: %r occurs %d times in the model" % (old, n))
    m = copy.deepcopy(model)

    def rep(s):
        return s.replace(old, new)

    out = []
    for b in m:
        if b[0] == "table":
            rows = []
            for r in b[2]:
                nr = []
                for c in r:
                    if isinstance(c, str):
                        nr.append(rep(c))
                    elif isinstance(c, dict):
                        c = dict(c)
                        c["t"] = rep(c["t"])
                        nr.append(c)
                    else:
                        nr.append(c)
                rows.append(nr)
            out.append((b[0], rep(b[1]), rows) + tuple(b[3:]))
        elif b[0] == "sign":
            out.append(("sign", [rep(s) for s in b[1]]))
        else:
            out.append((b[0], rep(b[1])) + tuple(b[2:]))
    return out


def cell_text(c):
    return c if isinstance(c, str) else (c["t"] if isinstance(c, dict) else "")


def plant_cell(model, old, new):
    """replace the one table cell whose whole text equals ``old``"""
    hits = []
    for bi, b in enumerate(model):
        if b[0] == "table":
            for ri, r in enumerate(b[2]):
                for ci, c in enumerate(r):
                    if c is not None and cell_text(c) == old:
                        hits.append((bi, ri, ci))
    if len(hits) != 1:
        raise AssertionError("plant_cell: %r matches %d cells" % (old, len(hits)))
    m = copy.deepcopy(model)
    bi, ri, ci = hits[0]
    b = m[bi]
    c = b[2][ri][ci]
    if isinstance(c, dict):
        c["t"] = new
    else:
        b[2][ri][ci] = new
    return m
