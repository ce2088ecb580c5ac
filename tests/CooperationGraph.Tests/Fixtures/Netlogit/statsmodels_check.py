#!/usr/bin/python3
"""statsmodels Logit on the same vectorised pairs as generate.R (run after it, from this folder: /usr/bin/python3 statsmodels_check.py).
Writes statsmodels.csv: case, term, coefficient (%.17g), log-likelihood. Versions appended to versions.txt."""
import numpy as np, statsmodels, statsmodels.api as sm, sys
rows = ["case,term,coefficient,log_likelihood"]
cases = {"loniow": ["declared", "same_sector", "same_unit"], "random1": ["x1", "x2", "x3"], "random2": ["x1", "x2", "x3"]}
for case, names in cases.items():
    y = np.loadtxt(f"{case}.y.csv", delimiter=",")
    low = np.tril_indices(y.shape[0], -1)
    x = np.column_stack([np.loadtxt(f"{case}.{n}.csv", delimiter=",")[low] for n in names])
    fit = sm.Logit(y[low], sm.add_constant(x)).fit(method="newton", tol=1e-14, maxiter=100, disp=0)
    for term, value in zip(["const"] + names, fit.params):
        rows.append(f"{case},{term},{value:.17g},{fit.llf:.17g}")
open("statsmodels.csv", "w").write("\n".join(rows) + "\n")
with open("versions.txt", "a") as f:
    f.write(f"python {sys.version.split()[0]}, numpy {np.__version__}, statsmodels {statsmodels.__version__}\n")
