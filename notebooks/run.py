"""Execute a notebook's code cells in order, without Jupyter (used by the tests and by readers
who only have Python).

    python -m notebooks.run notebooks/corpus_overview.ipynb

Each code cell runs in one shared namespace; the value of a cell's last expression is printed.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path


def run(path: Path) -> dict:
    """Run every code cell of the notebook at ``path``; return the namespace they share.

    Example: ``run(Path("notebooks/corpus_overview.ipynb"))["findings"]`` is the findings table
    (one row per finding: report, rule, status, message, evidence 如“执行率×分值”算式).
    """
    namespace: dict = {"__name__": "__notebook__"}
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        if cell["cell_type"] != "code":
            continue
        tree = ast.parse("".join(cell["source"]))
        last = tree.body[-1] if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        body = tree.body[:-1] if last is not None else tree.body
        exec(compile(ast.Module(body=body, type_ignores=[]), str(path), "exec"), namespace)
        if last is not None:
            value = eval(compile(ast.Expression(last.value), str(path), "eval"), namespace)
            print(value)
    return namespace


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m notebooks.run NOTEBOOK.ipynb", file=sys.stderr)
        return 2
    run(Path(args[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
