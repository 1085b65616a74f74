import os, sys, json, hashlib, importlib, glob
sys.dont_write_bytecode = True
from lib50 import *
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
mods = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, 'g0*.py')))
def build_one(m):
    mod = importlib.import_module(m); M, L, meta = mod.build()
    path = os.path.join(OUT, meta['name']); render(M, path, meta)
    return M, L, meta, path
if __name__ == '__main__':
    sel = sys.argv[1:] or mods
    for m in sel:
        M, L, meta, path = build_one(m)
        h1 = hashlib.md5(open(path, 'rb').read()).hexdigest()
        render(M, path + '.tmp', meta); h2 = hashlib.md5(open(path + '.tmp', 'rb').read()).hexdigest(); os.remove(path + '.tmp')
        assert h1 == h2, 'not byte-stable ' + path
        text = read_back(path)
        for bad in ('省', '自治区', '直辖市'): assert bad not in text, bad
        n = len(text.encode('utf8'))
        lj = ledger_json(meta['name'], L, text, meta['date'], meta['docno'])
        json.dump(lj, open(path.rsplit('.', 1)[0] + '.ledger.json', 'w', encoding='utf8'), ensure_ascii=False, indent=1)
        print(meta['name'], n, lj['facts']['han_chars'], len(lj['checks']), 'ok' if 2500 <= n <= 4000 else 'LENGTH!')
