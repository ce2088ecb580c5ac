# Reference values for the regressions of the perceived outcome (issue 23; Metrics/Qap/PerceivedRegressionTests.cs):
# statnet's sna::netlm and sna::netlogit, double semi-partialling (nullhyp = "qapspp", Dekker, Krackhardt & Snijders
# 2007), t / z values as statistics, undirected (mode = "graph"), with an intercept; and R's glm (binomial) with a tight
# convergence criterion (epsilon 1e-14), whose coefficients are the maximum to about 1e-12 (sna's glm.fit stops at a
# relative deviance change of 1e-8, about 1e-9 to 1e-6 from it).
# Run from this folder:  Rscript generate.R   (Debian: apt-get install r-base-core r-cran-sna). Versions: versions.txt.
#
# The outcome. R = the level matrix over the invited institutions (r_ij respondent i's level for j, 0 where it listed
# no row; a non-respondent's row unknown). Members and tie by rule:
#   weak    the invited institutions, in dataset order; tied when r_ij >= 1 or r_ji >= 1 (a non-respondent's row is
#           taken as 0: its ties come from the others' reports);
#   strong  the respondents only; tied when r_ij >= 1 and r_ji >= 1.
#   level   (MRQAP only) over the same members, the mean of the pair's known levels: (r_ij + r_ji) / 2 when both
#           answered, the one answer when one did, 0 when neither.
# Predictors over the same members: declared (signed a declaration together), enacted (took part in a joint action
# together), same_sector, same_unit (both have a unit and it is the same). A predictor that is a linear combination of
# the intercept and the predictors before it (aliased) is left out here, as sna cannot invert its design; the library
# reports it as NaN and fits the others alike.
#
# Cases:
#   hand_*    the six-institution case of SurveyByHandTests (a, b, c, d answered, e did not, f not invited; d1 signed
#             by a, b, c, d; actions x1 = a, b and x2 = c, e; every sector different, no units). weak: y ~ declared +
#             enacted over a..e; strong: y ~ enacted over a..d (declared is 1 on every pair of respondents). netlogit
#             of hand_strong is separated (the one enacted pair is tied) and is not run here.
#   loniow_*  the Łoniów sample (../../../../samples/loniow): survey.csv, respondents.csv, and the layers from its CSV
#             files (all dates): 11 invited, 10 respondents (KP_KOPRZYWNICA did not answer). Every invited sector
#             differs (same_sector is 0 throughout) and on the invited pairs enacted equals declared, so both are
#             aliased and left out; every pair that did not sign together is also untied in the perceived network, so
#             the logistic fit is separated on declared: sna's coefficient runs off (|z| near 0, huge standard error),
#             and the library reports the separation instead.
#   random    a generated dataset written as CSV files under random/ (read by the test with DatasetReader): 34
#             institutions in 6 sectors and 4 units, 30 of them invited and 22 of those answering; declared pairs (one
#             two-signatory declaration each) and enacted pairs (one two-participant action each) at random; levels
#             drawn higher for enacted and same-unit pairs, including rows about institutions that were not invited.
# terms.csv: case, model (netlm | netlogit), term, coefficient, standard error, t or z value (%.17g), pleeq, pgreq,
# pgreqabs from `reps` permutations, glm_coefficient (netlogit: glm with epsilon 1e-14; netlm: NA), and the three
# p-values again from the same permutations with ties counted (a permuted statistic within 1e-9·max(1, |t|) of the
# observed one counts as equal). With four or five institutions there are only 24 or 120 relabellings and many give
# the observed statistic again up to rounding; sna's `>=` counts such a tie or not by the last bit (on hand_strong's
# intercept 0.51 against 0.68 with ties), the library counts them, so its p-values are compared with these.
# cases.csv: case, model, institutions, pairs, r_squared (netlm) or log-likelihood (netlogit), aic (netlogit), reps.
suppressMessages(library(sna))
set.seed(20261206)
reps <- 2000
writeLines(c(R.version.string, paste("sna", as.character(packageVersion("sna")))), "versions.txt")
write_matrix <- function(m, file) write.table(format(m, digits = 17), file, sep = ",", row.names = FALSE, col.names = FALSE, quote = FALSE)
f17 <- function(x) sprintf("%.17g", x)
term_lines <- "case,model,term,coefficient,standard_error,statistic,pleeq,pgreq,pgreqabs,glm_coefficient,pleeq_ties,pgreq_ties,pgreqabs_ties"
ties <- function(fit, k) {
  d <- fit$dist[, k]; t0 <- fit$tstat[k]; tol <- 1e-9 * max(1, abs(t0))
  paste(f17(mean(d <= t0 + tol)), f17(mean(d >= t0 - tol)), f17(mean(abs(d) >= abs(t0) - tol)), sep = ",")
}
case_lines <- "case,model,institutions,pairs,fit,aic,reps"

run_netlm <- function(name, y, xs) {
  fit <- netlm(y, xs, mode = "graph", nullhyp = "qapspp", reps = reps)
  terms <- c("intercept", names(xs))
  for (k in seq_along(terms))
    term_lines <<- c(term_lines, paste(name, "netlm", terms[k], f17(fit$coefficients[k]), f17(fit$coefficients[k] / fit$tstat[k]), f17(fit$tstat[k]),
                                       f17(fit$pleeq[k]), f17(fit$pgreq[k]), f17(fit$pgreqabs[k]), "NA", ties(fit, k), sep = ","))
  mss <- sum((fit$fitted.values - mean(fit$fitted.values))^2)
  rss <- sum(fit$residuals^2)
  case_lines <<- c(case_lines, paste(name, "netlm", nrow(y), nrow(y) * (nrow(y) - 1) / 2, f17(mss / (mss + rss)), "NA", reps, sep = ","))
}

# The predictors that are not aliased: each kept when it raises the rank of [1, kept…] over the pairs.
independent <- function(xs) {
  low <- lower.tri(xs[[1]]); design <- matrix(1, sum(low), 1); kept <- list()
  for (k in names(xs)) {
    trial <- cbind(design, xs[[k]][low])
    if (qr(trial)$rank > qr(design)$rank) { design <- trial; kept[[k]] <- xs[[k]] }
  }
  kept
}

run_netlogit <- function(name, y, xs) {
  x <- array(0, c(length(xs), nrow(y), nrow(y))); for (k in seq_along(xs)) x[k, , ] <- xs[[k]]
  fit <- netlogit(y, x, mode = "graph", nullhyp = "qapspp", reps = reps)
  low <- lower.tri(y)
  frame <- data.frame(y = y[low]); for (k in seq_along(xs)) frame[[names(xs)[k]]] <- xs[[k]][low]
  tight <- glm(y ~ ., data = frame, family = binomial, control = glm.control(epsilon = 1e-14, maxit = 100))
  terms <- c("intercept", names(xs))
  for (k in seq_along(terms))
    term_lines <<- c(term_lines, paste(name, "netlogit", terms[k], f17(fit$coefficients[k]), f17(fit$se[k]), f17(fit$tstat[k]),
                                       f17(fit$pleeq[k]), f17(fit$pgreq[k]), f17(fit$pgreqabs[k]), f17(coef(tight)[k]), ties(fit, k), sep = ","))
  case_lines <<- c(case_lines, paste(name, "netlogit", nrow(y), fit$n, f17(-fit$deviance / 2), f17(fit$aic), reps, sep = ","))
}

# The outcome matrices of a level matrix R (rows of non-respondents 0) for the members `keep`.
outcome <- function(R, responded, keep, rule) {
  A <- R[keep, keep]; r <- responded[keep]
  if (rule == "weak") y <- ((A >= 1) | (t(A) >= 1)) * 1 else y <- ((A >= 1) & (t(A) >= 1)) * 1
  both <- outer(r, r, "&"); one <- outer(r, r, "|") & !both
  level <- ifelse(both, (A + t(A)) / 2, ifelse(one, pmax(A, t(A)), 0))
  diag(y) <- 0; diag(level) <- 0
  list(y = y, level = level)
}

# The hand case (f is not invited, so it is in no matrix).
ids <- c("a", "b", "c", "d", "e")
R <- matrix(0, 5, 5, dimnames = list(ids, ids))
R["a", "b"] <- 4; R["a", "c"] <- 1; R["a", "e"] <- 3
R["b", "a"] <- 5; R["b", "c"] <- 2; R["b", "e"] <- 2
R["c", "a"] <- 1; R["c", "b"] <- 4
R["d", "b"] <- 2
responded <- c(TRUE, TRUE, TRUE, TRUE, FALSE)
D <- matrix(0, 5, 5, dimnames = list(ids, ids)); D[1:4, 1:4] <- 1; diag(D) <- 0
E <- matrix(0, 5, 5, dimnames = list(ids, ids)); E["a", "b"] <- E["b", "a"] <- 1; E["c", "e"] <- E["e", "c"] <- 1
weak <- outcome(R, responded, 1:5, "weak")
run_netlm("hand_weak", weak$y, list(declared = D, enacted = E))
run_netlogit("hand_weak", weak$y, list(declared = D, enacted = E))
run_netlm("hand_weak_level", weak$level, list(declared = D, enacted = E))
strong <- outcome(R, responded, 1:4, "strong")
run_netlm("hand_strong", strong$y, list(enacted = E[1:4, 1:4]))
run_netlm("hand_strong_level", strong$level, list(enacted = E[1:4, 1:4]))

# Łoniów from the sample's CSV files.
dir <- "../../../../samples/loniow"
inst <- read.csv(file.path(dir, "institutions.csv"), encoding = "UTF-8", stringsAsFactors = FALSE)
all_ids <- inst$id; n <- length(all_ids)
pairs_of <- function(table, group, member) {
  m <- matrix(0, n, n)
  for (g in unique(table[[group]])) {
    who <- match(table[[member]][table[[group]] == g], all_ids)
    for (a in who) for (b in who) if (a != b) m[a, b] <- 1
  }
  m
}
enacted <- pairs_of(read.csv(file.path(dir, "participations.csv"), stringsAsFactors = FALSE), "action_id", "institution_id")
declared <- pairs_of(read.csv(file.path(dir, "signatures.csv"), stringsAsFactors = FALSE), "declaration_id", "institution_id")
same_sector <- outer(inst$sector, inst$sector, "==") * 1; diag(same_sector) <- 0
unit <- ifelse(is.na(inst$unit), "", inst$unit)
same_unit <- outer(unit, unit, function(a, b) (a == b) & (a != "")) * 1; diag(same_unit) <- 0
respondents <- read.csv(file.path(dir, "respondents.csv"), stringsAsFactors = FALSE)
survey <- read.csv(file.path(dir, "survey.csv"), stringsAsFactors = FALSE)
invited <- all_ids %in% respondents$institution_id
answered <- all_ids %in% respondents$institution_id[respondents$responded == "true"]
R <- matrix(0, n, n)
for (k in seq_len(nrow(survey))) R[match(survey$respondent_id[k], all_ids), match(survey$partner_id[k], all_ids)] <- survey$level[k]
for (rule in c("weak", "strong")) {
  keep <- which(if (rule == "weak") invited else answered)   # dataset order
  out <- outcome(R, answered, keep, rule)
  xs <- list(declared = declared[keep, keep], enacted = enacted[keep, keep], same_sector = same_sector[keep, keep], same_unit = same_unit[keep, keep])
  xs <- independent(xs)
  name <- paste0("loniow_", rule)
  write_matrix(out$y, paste0(name, ".y.csv"))
  run_netlm(name, out$y, xs)
  suppressWarnings(run_netlogit(name, out$y, xs))   # separated: glm warns of fitted probabilities of 0 or 1
  run_netlm(paste0(name, "_level"), out$level, xs)
}

# The generated dataset, written as the library reads it.
dir.create("random", showWarnings = FALSE)
n <- 34
ids <- sprintf("I%02d", seq_len(n))
sectors <- sample(c("OPS", "PCPR", "PUP", "SCHOOL", "NGO", "POLICE"), n, replace = TRUE)
units <- sample(c("U1", "U2", "U3", "U4"), n, replace = TRUE)
write.csv(data.frame(id = ids, name = paste("Instytucja", ids), sector = sectors, unit = units), "random/institutions.csv", row.names = FALSE, quote = FALSE)
sym <- function(p) { m <- matrix(0, n, n); m[upper.tri(m)] <- rbinom(n * (n - 1) / 2, 1, p); m + t(m) }
declared <- sym(0.3); enacted <- sym(0.25)
same_sector <- outer(sectors, sectors, "==") * 1; diag(same_sector) <- 0
same_unit <- outer(units, units, "==") * 1; diag(same_unit) <- 0
up <- which(upper.tri(declared) & declared == 1, arr.ind = TRUE)
write.csv(data.frame(id = sprintf("D%03d", seq_len(nrow(up))), title = "Porozumienie", signed_on = "2020-01-15"), "random/declarations.csv", row.names = FALSE, quote = FALSE)
write.csv(data.frame(declaration_id = rep(sprintf("D%03d", seq_len(nrow(up))), each = 2), institution_id = ids[as.vector(t(up))]), "random/signatures.csv", row.names = FALSE, quote = FALSE)
up <- which(upper.tri(enacted) & enacted == 1, arr.ind = TRUE)
write.csv(data.frame(id = sprintf("A%03d", seq_len(nrow(up))), title = "Spotkanie", kind = "meeting", date = "2020-03-01"), "random/actions.csv", row.names = FALSE, quote = FALSE)
write.csv(data.frame(action_id = rep(sprintf("A%03d", seq_len(nrow(up))), each = 2), institution_id = ids[as.vector(t(up))], role = rep(c("lead", "participant"), nrow(up))), "random/participations.csv", row.names = FALSE, quote = FALSE)
invited <- seq_len(n) %in% sample(n, 30)
answered <- invited & seq_len(n) %in% sample(which(invited), 22)
write.csv(data.frame(institution_id = ids[invited], responded = ifelse(answered[invited], "true", "false")), "random/respondents.csv", row.names = FALSE, quote = FALSE)
R <- matrix(0, n, n)
for (i in which(answered)) for (j in setdiff(seq_len(n), i)) {
  p <- plogis(-1.6 + 1.4 * enacted[i, j] + 0.5 * declared[i, j] + 0.8 * same_unit[i, j])
  if (runif(1) < p) R[i, j] <- sample(1:5, 1, prob = if (enacted[i, j] == 1) c(1, 2, 3, 3, 2) else c(4, 3, 2, 1, 1))
}
rows <- which(R >= 1 | (outer(answered, rep(TRUE, n)) & matrix(runif(n * n), n, n) < 0.05 & row(R) != col(R)), arr.ind = TRUE)
rows <- rows[order(rows[, 1], rows[, 2]), , drop = FALSE]
write.csv(data.frame(respondent_id = ids[rows[, 1]], partner_id = ids[rows[, 2]], level = R[rows]), "random/survey.csv", row.names = FALSE, quote = FALSE)
for (rule in c("weak", "strong")) {
  keep <- which(if (rule == "weak") invited else answered)
  out <- outcome(R, answered, keep, rule)
  xs <- independent(list(declared = declared[keep, keep], enacted = enacted[keep, keep], same_sector = same_sector[keep, keep], same_unit = same_unit[keep, keep]))
  name <- paste0("random_", rule)
  run_netlm(name, out$y, xs)
  run_netlogit(name, out$y, xs)
  run_netlm(paste0(name, "_level"), out$level, xs)
}
writeLines(term_lines, "terms.csv")
writeLines(case_lines, "cases.csv")
