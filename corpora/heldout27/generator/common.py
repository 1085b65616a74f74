"""shared main() for the heldout27 generators"""
import os
import sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lk27  # noqa: E402


def run(build, render, name, out_dir=ROOT):
    model, led = build()
    path = os.path.join(out_dir, name)
    render(model, path)
    text = lk27.read_any(path)
    res = led.dump(os.path.splitext(path)[0] + ".ledger.json", text)
    print(f"{name}: {len(res['checks'])} checks, all ok={res['all_checks_ok']}, han={res['facts']['han_chars']}")
    return res
