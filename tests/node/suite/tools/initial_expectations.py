"""Prints the initial expectations.txt: every selected test that cannot run in a
Workers isolate (selection.tsv runnable=no) as SKIP with its blockers.
usage: python3 tools/initial_expectations.py > expectations.txt"""
import csv, os
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(root, 'selection.tsv')), delimiter='\t'))
print('''# nano's expectations for Node's own tests (format: README.md, "Expectations").
#   <file> <PASS|FAIL|SKIP|FLAKY> [reason ...]
# A selected file that is not listed must pass (or skip itself). FAIL: must not
# pass (an unexpected pass fails the run, so the line gets removed). SKIP: not
# run. FLAKY: run, either outcome accepted.
#
# SKIP lines below: tests that need what a Workers isolate lacks
# (internals, V8 flags, child processes, fs, net, vm, ...), from selection.tsv.''')
# Tests whose only blocker is a node:vm cross-realm check run up to that check:
# FAIL, pinned to that failure, keeps everything before it checked.
print('#\n# FAIL lines below: tests that stop at a node:vm cross-realm check (nano\'s vm throws\n# ERR_METHOD_NOT_IMPLEMENTED); what runs before it is still checked.')
for r in rows:
    if r['runnable'] == 'no' and r['blockers'] == 'vm':
        print(f"{r['file']} FAIL /ERR_METHOD_NOT_IMPLEMENTED|runInNewContext|createContext/ needs node:vm")
print('#\n# SKIP lines:')
for r in rows:
    if r['runnable'] == 'no' and r['blockers'] != 'vm':
        print(f"{r['file']} SKIP {r['blockers']}")
