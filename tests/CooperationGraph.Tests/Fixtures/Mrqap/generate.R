# Reference values for the MRQAP tests (Metrics/Gaps/MrqapTests.cs), computed with statnet's sna::netlm, double
# semi-partialling (nullhyp = "qapspp", Dekker, Krackhardt & Snijders 2007), t values as statistics, undirected
# (mode = "graph"), with an intercept.
# Run from this folder:  Rscript generate.R   (Debian: apt-get install r-cran-sna). Versions are written to versions.txt.
# Cases:
#   loniow   the Łoniów sample (../../../../samples/loniow), matrices built here from its CSV files: y = took part in a
#            joint action together (all dates), declared = signed a declaration together, same sector, same unit.
#   random1  20 nodes: binary y related to two binary predictors, and a valued one (CASE.y.csv, CASE.x1.csv, …).
#   random2  30 nodes: valued y (counts) on a binary, a valued and an unrelated predictor.
#   loniow_gmina_level  Łoniów again with a further term, both_gmina_level (both institutions at gmina level), as a
#            user's covariate (`analyze --dyad`) enters. Run last, so the random cases draw the same numbers as before.
#   loniow_building  Łoniów with same_building (OPS, GOK and the gmina office share one), the matrix the `analyze
#            --dyad` test passes as an edge list.
# terms.csv: case, term, coefficient, t value (%.17g), and pleeq, pgreq, pgreqabs from `reps` permutations;
# cases.csv: case, n, R² (explained / (explained + residual), about the mean), reps.
suppressMessages(library(sna))
set.seed(20260130)
reps <- 2000
writeLines(c(R.version.string, paste("sna", as.character(packageVersion("sna")))), "versions.txt")
write_matrix <- function(m, file) write.table(format(m, digits = 17), file, sep = ",", row.names = FALSE, col.names = FALSE, quote = FALSE)
sym <- function(n, fill) { m <- matrix(0, n, n); for (i in 1:(n - 1)) for (j in (i + 1):n) m[i, j] <- m[j, i] <- fill(); m }
term_lines <- "case,term,coefficient,t_value,pleeq,pgreq,pgreqabs"
case_lines <- "case,n,r_squared,reps"
run <- function(name, y, xs) {
  fit <- netlm(y, xs, mode = "graph", nullhyp = "qapspp", reps = reps)
  terms <- c("intercept", names(xs))
  for (k in seq_along(terms))
    term_lines <<- c(term_lines, sprintf("%s,%s,%.17g,%.17g,%.17g,%.17g,%.17g", name, terms[k], fit$coefficients[k], fit$tstat[k], fit$pleeq[k], fit$pgreq[k], fit$pgreqabs[k]))
  mss <- sum((fit$fitted.values - mean(fit$fitted.values))^2)
  rss <- sum(fit$residuals^2)
  case_lines <<- c(case_lines, sprintf("%s,%d,%.17g,%d", name, nrow(y), mss / (mss + rss), reps))
}

# Łoniów from the sample's CSV files.
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
run("loniow", y, list(declared = declared, same_sector = same_sector, same_unit = same_unit))
loniow <- list(y = y, declared = declared, same_sector = same_sector, same_unit = same_unit)
n_loniow <- n
gmina <- ifelse(is.na(inst$level), "", inst$level) == "gmina"
both_gmina_level <- outer(gmina, gmina, "&") * 1; diag(both_gmina_level) <- 0

# Random graphs.
n <- 20
x1 <- sym(n, function() rbinom(1, 1, 0.3)); x2 <- sym(n, function() rbinom(1, 1, 0.5)); x3 <- sym(n, function() runif(1, 0, 3))
y <- (0.5 * x1 + 0.2 * x2 + sym(n, function() runif(1)) > 0.7) * 1
for (f in c("y", "x1", "x2", "x3")) write_matrix(get(f), sprintf("random1.%s.csv", f))
run("random1", y, list(x1 = x1, x2 = x2, x3 = x3))
n <- 30
x1 <- sym(n, function() rbinom(1, 1, 0.2)); x2 <- sym(n, function() rpois(1, 2)); x3 <- sym(n, function() rnorm(1))
y <- sym(n, function() rpois(1, 1)) + 2 * x1 + x2
for (f in c("y", "x1", "x2", "x3")) write_matrix(get(f), sprintf("random2.%s.csv", f))
run("random2", y, list(x1 = x1, x2 = x2, x3 = x3))
run("loniow_gmina_level", loniow$y, list(declared = loniow$declared, same_sector = loniow$same_sector,
                                         same_unit = loniow$same_unit, both_gmina_level = both_gmina_level))
building <- match(c("OPS_LONIOW", "GOK_LONIOW", "UG_LONIOW"), ids)
same_building <- matrix(0, n_loniow, n_loniow); same_building[building, building] <- 1; diag(same_building) <- 0
run("loniow_building", loniow$y, list(declared = loniow$declared, same_sector = loniow$same_sector,
                                      same_unit = loniow$same_unit, same_building = same_building))
writeLines(term_lines, "terms.csv")
writeLines(case_lines, "cases.csv")
