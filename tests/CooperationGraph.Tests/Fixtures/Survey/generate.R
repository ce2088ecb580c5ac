# Reference values of the partner survey's network figures (issue 23), from sna.
# Run from this folder: Rscript generate.R. Writes CASE.survey.csv (respondent_id, partner_id, level), CASE.respondents.csv
# (institution_id, responded), CASE.enacted.csv (source, target) and expected.csv (case, reciprocity, weak, strong, gcor).
suppressPackageStartupMessages(library(sna))

figures <- function(name, ids, responded, R, E) {
  # R: levels over the invited (rows of non-respondents are 0 and unused); E: symmetric binary enacted matrix.
  resp <- which(responded)
  B <- (R[resp, resp] >= 1) * 1
  reciprocity <- grecip(B, measure = "dyadic.nonnull")
  W <- (R >= 1) * 1
  W[!responded, ] <- 0
  weak <- symmetrize(W, rule = "weak")
  strong <- symmetrize(B, rule = "strong")
  r <- gcor(weak, E, mode = "graph")
  rows <- which(R >= 1 | (row(R) != col(R) & responded[row(R)] & runif(length(R)) < 0.1), arr.ind = TRUE)
  rows <- rows[responded[rows[, 1]] & rows[, 1] != rows[, 2], , drop = FALSE]
  rows <- rows[order(rows[, 1], rows[, 2]), , drop = FALSE]
  write.csv(data.frame(respondent_id = ids[rows[, 1]], partner_id = ids[rows[, 2]], level = R[rows]),
            paste0(name, ".survey.csv"), row.names = FALSE, quote = FALSE)
  write.csv(data.frame(institution_id = ids, responded = ifelse(responded, "true", "false")),
            paste0(name, ".respondents.csv"), row.names = FALSE, quote = FALSE)
  pairs <- which(E == 1 & upper.tri(E), arr.ind = TRUE)
  write.csv(data.frame(source = ids[pairs[, 1]], target = ids[pairs[, 2]]), paste0(name, ".enacted.csv"), row.names = FALSE, quote = FALSE)
  data.frame(case = name, reciprocity = reciprocity, weak = gden(weak, mode = "graph"), strong = gden(strong, mode = "graph"), gcor = r)
}

# The six-institution case of SurveyByHandTests (f is not invited, so it is not in the matrices).
ids <- c("a", "b", "c", "d", "e")
R <- matrix(0, 5, 5, dimnames = list(ids, ids))
R["a", "b"] <- 4; R["a", "c"] <- 1; R["a", "e"] <- 3
R["b", "a"] <- 5; R["b", "c"] <- 2; R["b", "e"] <- 2
R["c", "a"] <- 1; R["c", "b"] <- 4
R["d", "b"] <- 2
E <- matrix(0, 5, 5, dimnames = list(ids, ids))
E["a", "b"] <- E["b", "a"] <- 1; E["c", "e"] <- E["e", "c"] <- 1
set.seed(23)
out <- figures("hand", ids, c(TRUE, TRUE, TRUE, TRUE, FALSE), R, E)

random_case <- function(name, m, respondents, p_level, p_enacted) {
  ids <- sprintf("i%02d", seq_len(m))
  responded <- seq_len(m) %in% sample(m, respondents)
  R <- matrix(sample(0:5, m * m, replace = TRUE, prob = c(1 - p_level, rep(p_level / 5, 5))), m, m)
  diag(R) <- 0
  R[!responded, ] <- 0
  E <- matrix(rbinom(m * m, 1, p_enacted), m, m)
  E[lower.tri(E)] <- t(E)[lower.tri(E)]
  diag(E) <- 0
  figures(name, ids, responded, R, E)
}

out <- rbind(out, random_case("random1", 30, 21, 0.3, 0.15), random_case("random2", 60, 35, 0.12, 0.08))
out[, -1] <- lapply(out[, -1], function(x) sprintf("%.17g", x))
write.csv(out, "expected.csv", row.names = FALSE, quote = FALSE)
writeLines(c(R.version.string, paste("sna", packageVersion("sna"))), "versions.txt")
