# Reference values for the logistic network regression tests (Metrics/Qap/NetlogitTests.cs), computed with statnet's
# sna::netlogit, double semi-partialling (nullhyp = "qapspp", Dekker, Krackhardt & Snijders 2007), z values as
# statistics, undirected (mode = "graph"), with an intercept.
# Run from this folder:  Rscript generate.R   (Debian: apt-get install r-cran-sna). Versions are written to versions.txt.
# Cases:
#   loniow   the Łoniów sample (../../../../samples/loniow), matrices built here from its CSV files: y = took part in a
#            joint action together (all dates), declared = signed a declaration together, same sector, same unit
#            (written as loniow.*.csv for the statsmodels check, statsmodels_check.py).
#   random1  25 nodes: binary y from a logistic model on two binary predictors and a valued one.
#   random2  40 nodes: binary y on a binary, a count and an unrelated normal predictor.
# terms.csv: case, term, coefficient, standard error, z value (%.17g), and pleeq, pgreq, pgreqabs from `reps`
# permutations; cases.csv: case, n, pairs, deviance, log-likelihood, AIC, reps.
suppressMessages(library(sna))
set.seed(20261205)
reps <- 2000
writeLines(c(R.version.string, paste("sna", as.character(packageVersion("sna")))), "versions.txt")
write_matrix <- function(m, file) write.table(format(m, digits = 17), file, sep = ",", row.names = FALSE, col.names = FALSE, quote = FALSE)
sym <- function(n, fill) { m <- matrix(0, n, n); for (i in 1:(n - 1)) for (j in (i + 1):n) m[i, j] <- m[j, i] <- fill(); m }
term_lines <- "case,term,coefficient,standard_error,z_value,pleeq,pgreq,pgreqabs"
case_lines <- "case,n,pairs,deviance,log_likelihood,aic,reps"
run <- function(name, y, xs) {
  x <- array(0, c(length(xs), nrow(y), nrow(y))); for (k in seq_along(xs)) x[k, , ] <- xs[[k]]
  fit <- netlogit(y, x, mode = "graph", nullhyp = "qapspp", reps = reps)
  terms <- c("intercept", names(xs))
  for (k in seq_along(terms))
    term_lines <<- c(term_lines, sprintf("%s,%s,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g", name, terms[k], fit$coefficients[k], fit$se[k], fit$tstat[k], fit$pleeq[k], fit$pgreq[k], fit$pgreqabs[k]))
  case_lines <<- c(case_lines, sprintf("%s,%d,%d,%.17g,%.17g,%.17g,%d", name, nrow(y), fit$n, fit$deviance, -fit$deviance / 2, fit$aic, reps))
}

dir <- "../../../../samples/loniow"
inst <- read.csv(file.path(dir, "institutions.csv"), encoding = "UTF-8", stringsAsFactors = FALSE)
ids <- inst$id; n <- length(ids)
pairs_of <- function(table, group, member) {
  m <- matrix(0, n, n)
  for (g in unique(table[[group]])) {
    who <- match(table[[member]][table[[group]] == g], ids)
    for (a in who) for (b in who) if (a != b) m[a, b] <- 1
  }
  m
}
y <- pairs_of(read.csv(file.path(dir, "participations.csv"), stringsAsFactors = FALSE), "action_id", "institution_id")
declared <- pairs_of(read.csv(file.path(dir, "signatures.csv"), stringsAsFactors = FALSE), "declaration_id", "institution_id")
same_sector <- outer(inst$sector, inst$sector, "==") * 1; diag(same_sector) <- 0
unit <- ifelse(is.na(inst$unit), "", inst$unit)
same_unit <- outer(unit, unit, function(a, b) (a == b) & (a != "")) * 1; diag(same_unit) <- 0
for (f in c("y", "declared", "same_sector", "same_unit")) write_matrix(get(f), sprintf("loniow.%s.csv", f))
run("loniow", y, list(declared = declared, same_sector = same_sector, same_unit = same_unit))

n <- 25
x1 <- sym(n, function() rbinom(1, 1, 0.3)); x2 <- sym(n, function() rbinom(1, 1, 0.5)); x3 <- sym(n, function() runif(1, 0, 3))
eta <- -1.5 + 1.2 * x1 - 0.6 * x2 + 0.4 * x3
y <- sym(n, function() 0); for (i in 1:(n - 1)) for (j in (i + 1):n) y[i, j] <- y[j, i] <- rbinom(1, 1, plogis(eta[i, j]))
for (f in c("y", "x1", "x2", "x3")) write_matrix(get(f), sprintf("random1.%s.csv", f))
run("random1", y, list(x1 = x1, x2 = x2, x3 = x3))
n <- 40
x1 <- sym(n, function() rbinom(1, 1, 0.2)); x2 <- sym(n, function() rpois(1, 2)); x3 <- sym(n, function() rnorm(1))
eta <- -2 + 1.5 * x1 + 0.3 * x2
y <- sym(n, function() 0); for (i in 1:(n - 1)) for (j in (i + 1):n) y[i, j] <- y[j, i] <- rbinom(1, 1, plogis(eta[i, j]))
for (f in c("y", "x1", "x2", "x3")) write_matrix(get(f), sprintf("random2.%s.csv", f))
run("random2", y, list(x1 = x1, x2 = x2, x3 = x3))
writeLines(term_lines, "terms.csv")
writeLines(case_lines, "cases.csv")
