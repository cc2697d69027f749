"""Tries to recover suppressed cells from a set of open-data files, as a reader holding all of them would.

usage: open_data_attack.py UK.csv [OTHER.csv ...]
Every other file must agree, cell for cell, with the UK file's row for the same place: otherwise a difference
between them would be new information. Then, for each count column, every suppressed cell is an unknown and every
parent row adds up its children; a suppressed cell is recoverable when those equations pin it to one value.
Prints JSON: {"same", "disagreements", "hidden", "recoverable", "centres"}.
"""
import csv
import json
import sys
from fractions import Fraction


def read(path):
    return list(csv.DictReader(open(path, encoding='utf-8', newline='')))


def key(row):
    return (row['level'], row['code'], row['region_code'])


def rank(rows):
    rows = [r[:] for r in rows]
    found = 0
    columns = len(rows[0]) if rows else 0
    for c in range(columns):
        pivot = next((i for i in range(found, len(rows)) if rows[i][c] != 0), None)
        if pivot is None:
            continue
        rows[found], rows[pivot] = rows[pivot], rows[found]
        for i in range(len(rows)):
            if i != found and rows[i][c] != 0:
                f = rows[i][c] / rows[found][c]
                rows[i] = [a - f * b for a, b in zip(rows[i], rows[found])]
        found += 1
    return found


def main():
    uk = read(sys.argv[1])
    others = [read(path) for path in sys.argv[2:]]
    by_key = {key(r): r for r in uk}
    disagreements = [
        f"{sys.argv[2 + n]}: {key(r)}" for n, rows in enumerate(others) for r in rows if by_key.get(key(r)) != r
    ]
    same = not disagreements and all(len(rows) > 1 for rows in others)
    # Parents from the file's order: total, then each region, its authorities, each followed by its centres.
    depth = {'total': 0, 'region': 1, 'local_authority': 2, 'centre': 3}
    parents, stack = [], []
    for i, r in enumerate(uk):
        d = depth[r['level']]
        while stack and depth[uk[stack[-1]]['level']] >= d:
            stack.pop()
        parents.append(stack[-1] if stack else None)
        stack.append(i)
    counts = ['learners', 'enrolled', 'active', 'withdrawn', 'completed', 'completed_to_date', 'drop_off',
              'sessions', 'delivered_sessions'] + [c for c in uk[0] if c.endswith('_started') or
                                                   (c.endswith('_completed') and c != 'completed') or c.startswith('previous_')]
    recoverable, hidden = [], 0
    for column in counts:
        unknown = [i for i, r in enumerate(uk) if r[column] == '[c]']
        hidden += len(unknown)
        if not unknown:
            continue
        index = {row: n for n, row in enumerate(unknown)}
        equations = []
        for p in set(x for x in parents if x is not None):
            members = [p] + [i for i, q in enumerate(parents) if q == p]
            row = [Fraction(0)] * len(unknown)
            for m in members:
                if m in index:
                    row[index[m]] += 1 if m == p else -1
            if any(row):
                equations.append(row)
        base = rank(equations)
        for n, row in enumerate(unknown):
            unit = [Fraction(0)] * len(unknown)
            unit[n] = Fraction(1)
            if rank(equations + [unit]) == base:
                recoverable.append(f"{uk[row]['level']} {uk[row]['code']} {column}")
    print(json.dumps({'same': same, 'disagreements': disagreements[:10], 'hidden': hidden, 'recoverable': recoverable,
                      'centres': sum(r['level'] == 'centre' for r in uk)}))


main()
