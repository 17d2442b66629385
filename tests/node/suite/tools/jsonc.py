"""Reads Deno's tests/node_compat/config.jsonc (JSON with // and /* */ comments, trailing commas)."""
import json, re, sys

def strip_jsonc(text):
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while text[j] != '"':
                j += 2 if text[j] == '\\' else 1
            out.append(text[i:j + 1]); i = j + 1
        elif text.startswith('//', i):
            j = text.find('\n', i); i = n if j < 0 else j
        elif text.startswith('/*', i):
            i = text.index('*/', i) + 2
        else:
            out.append(c); i += 1
    return re.sub(r',(\s*[}\]])', r'\1', ''.join(out))

def load(path):
    return json.loads(strip_jsonc(open(path, encoding='utf-8').read()))['tests']

def deno_status(entry):
    """'pass' when Deno runs it and expects it to pass on Linux, else why not."""
    if entry is None:
        return 'no'
    if entry.get('ignore'):
        return 'ignored'
    for k in ('linux', 'linuxX86_64'):
        v = entry.get(k, True)
        if v is False:
            return 'disabled-linux'
        if isinstance(v, dict):
            return 'expected-fail-linux'
    if 'exitCode' in entry or 'output' in entry:
        return 'expected-fail'
    return 'flaky' if entry.get('flaky') else 'pass'

if __name__ == '__main__':
    t = load(sys.argv[1])
    from collections import Counter
    print(len(t), Counter(deno_status(v) for v in t.values()))
