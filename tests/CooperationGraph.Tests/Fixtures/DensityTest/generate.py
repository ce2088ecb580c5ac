"""Reference for PairedDensityTest and the window comparison's QAP correlation (see README.md).

Two fixed symmetric 0/1 matrices on n = 12 nodes; the vertex bootstrap of Snijders & Borgatti (1999) done directly on
the matrices (numpy's PCG64, not .NET's Random), B = 20 000; gcor by numpy over the pairs and by R sna::gcor.
Writes pair.json. Run: python3 generate.py
"""
import json
import subprocess

import numpy as np

n = 12
gen = np.random.default_rng(24)
first = np.triu((gen.random((n, n)) < 0.35).astype(int), 1)
second = np.triu((gen.random((n, n)) < 0.45).astype(int), 1)
first = first + first.T
second = second + second.T
iu = np.triu_indices(n, 1)
pairs = n * (n - 1) / 2
difference = (second[iu].sum() - first[iu].sum()) / pairs

B = 20000
rng = np.random.default_rng(1999)
diff = second - first
reps = np.empty(B)
for r in range(B):
    draw = rng.integers(n, size=n)
    total = 0
    for a in range(n):
        for b in range(a + 1, n):
            i, j = draw[a], draw[b]
            if i == j:  # same institution drawn twice: a random pair of distinct institutions stands in
                i = rng.integers(n)
                j = rng.integers(n - 1)
                j += j >= i
            total += diff[i, j]
    reps[r] = total / pairs
se = reps.std(ddof=1)

gcor = np.corrcoef(first[iu], second[iu])[0, 1]
def rmat(m):
    return "matrix(c(" + ",".join(str(v) for v in m.flatten(order="F")) + f"),{n},{n})"
r = subprocess.run(["Rscript", "-e", f"suppressMessages(library(sna)); cat(sprintf('%.17g', gcor({rmat(first)}, {rmat(second)})))"],
                   capture_output=True, text=True, check=True)
gcor_r = float(r.stdout.strip())
assert abs(gcor - gcor_r) < 1e-12, (gcor, gcor_r)

edges = lambda m: [[int(i), int(j)] for i, j in zip(*iu) if m[i, j]]
json.dump({"n": n, "first": edges(first), "second": edges(second), "replicates": B,
           "difference": difference, "standardError": se, "gcor": gcor_r}, open("pair.json", "w"), indent=1)
print(difference, se, gcor, gcor_r)
