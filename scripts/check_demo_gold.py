#!/usr/bin/env python3
"""Checks Tests/ChronicleCoreTests/Corpora/demo/expected-events.jsonl against the demo corpus.

Every gold event must name an existing document, carry well-formed fields, and quote
evidence that occurs verbatim in its document (HTML and feed markup decoded, whitespace
collapsed). Prints a summary; exits non-zero on any problem.

    python3 scripts/check_demo_gold.py [demo-dir]
"""
import glob, html, json, os, re, sys

def strip(markup):
    return html.unescape(re.sub(r'<[^>]+>', ' ', markup))

def documents(root):
    docs = {}
    for p in glob.glob(os.path.join(root, 'articles', '*.txt')):
        docs['articles/' + os.path.basename(p)[:-4]] = open(p, encoding='utf-8').read()
    for p in glob.glob(os.path.join(root, 'html', '*.html')):
        docs['html/' + os.path.basename(p)[:-5]] = strip(open(p, encoding='utf-8').read())
    for p in glob.glob(os.path.join(root, 'feeds', '*.jsonl')):
        for line in open(p, encoding='utf-8'):
            if line.strip():
                o = json.loads(line)
                docs[o['id']] = o['text']
    for p, tag in [(q, 'item') for q in glob.glob(os.path.join(root, 'feeds', '*.rss'))] + \
                  [(q, 'entry') for q in glob.glob(os.path.join(root, 'feeds', '*.atom'))]:
        name = os.path.splitext(os.path.basename(p))[0]
        for i, body in enumerate(re.findall(rf'<{tag}>(.*?)</{tag}>', open(p, encoding='utf-8').read(), re.S), 1):
            body = body.replace('<![CDATA[', '').replace(']]>', '')
            docs[f'feeds/{name}#{i}'] = strip(strip(body))
    return docs

def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', 'demo')
    docs = documents(root)
    squash = lambda s: re.sub(r'\s+', ' ', s)
    flat = {k: squash(v) for k, v in docs.items()}
    date_re = re.compile(r'\d{4}(-\d\d(-\d\d)?)?(/\d{4}(-\d\d(-\d\d)?)?)?$')
    roots = {f'{i:02d}' for i in range(1, 21)}
    problems, events, required, ids = 0, 0, 0, set()
    for n, line in enumerate(open(os.path.join(root, '..', 'Tests', 'ChronicleCoreTests', 'Corpora', 'demo', 'expected-events.jsonl'), encoding='utf-8'), 1):
        g = json.loads(line)
        events += 1
        required += bool(g['required'])
        where = f'events.jsonl:{n} ({g.get("id")})'
        checks = [
            (g['doc'] in docs, 'unknown document ' + g['doc']),
            (g['id'] not in ids, 'duplicate id'),
            (bool(date_re.match(g['date'])), 'bad date ' + g['date']),
            (g['roots'] and set(g['roots']) <= roots, 'bad roots'),
            (all(re.fullmatch(r'[A-Z]{3}', c) for c in g['source'] + g['target']), 'bad actor code'),
            (g['doc'] not in flat or squash(g['evidence']) in flat[g['doc']], 'evidence not found: ' + g['evidence']),
        ]
        ids.add(g['id'])
        for ok, msg in checks:
            if not ok:
                print(f'{where}: {msg}'); problems += 1
    covered = len({json.loads(l)['doc'] for l in open(os.path.join(root, '..', 'Tests', 'ChronicleCoreTests', 'Corpora', 'demo', 'expected-events.jsonl'))})
    print(f'{len(docs)} documents, {events} gold events ({required} required) in {covered} documents, {problems} problems')
    sys.exit(1 if problems else 0)

if __name__ == '__main__':
    main()
