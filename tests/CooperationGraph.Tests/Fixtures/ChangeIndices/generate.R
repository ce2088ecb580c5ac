# Reference values for the change indices between two windows (Metrics/Dynamics/ChangeIndexTests.cs): the Hamming
# distance from statnet's sna::hdist on the two undirected 0/1 matrices (mode = "graph" counts each unordered pair once),
# checked against N10 + N01 here, and the Jaccard index, formation and dissolution rates from the same
# matrices by their definitions (N11 / (N11 + N10 + N01), N01 / (P - N11 - N10), N10 / (N11 + N10)).
# Run from this folder:  Rscript generate.R   (Debian: apt-get install r-cran-sna). Versions are written to versions.txt.
# cases.csv: case, n, previous and current edge lists (1-based "i-j" pairs, i < j, separated by spaces), hamming
# (sna::hdist), jaccard, formation_rate, dissolution_rate (%.17g; NA where a denominator is 0).
suppressMessages(library(sna))
set.seed(20261205)
writeLines(c(R.version.string, paste("sna", as.character(packageVersion("sna")))), "versions.txt")
sym <- function(n, p) { m <- matrix(0, n, n); for (i in 1:(n - 1)) for (j in (i + 1):n) m[i, j] <- m[j, i] <- rbinom(1, 1, p); m }
edges <- function(m) { w <- which(upper.tri(m) & m == 1, arr.ind = TRUE); w <- w[order(w[, 1], w[, 2]), , drop = FALSE]
  paste(sprintf("%d-%d", w[, 1], w[, 2]), collapse = " ") }
ratio <- function(a, b) if (b == 0) "NA" else sprintf("%.17g", a / b)
lines <- "case,n,previous,current,hamming,jaccard,formation_rate,dissolution_rate"
run <- function(name, a, b) {
  n <- nrow(a); u <- upper.tri(a)
  n11 <- sum(a[u] == 1 & b[u] == 1); n10 <- sum(a[u] == 1 & b[u] == 0); n01 <- sum(a[u] == 0 & b[u] == 1); p <- sum(u)
  cells <- hdist(array(c(a, b), dim = c(n, n, 2)) |> aperm(c(3, 1, 2)), g1 = 1, g2 = 2, mode = "graph")
  lines <<- c(lines, sprintf("%s,%d,%s,%s,%d,%s,%s,%s", name, n, edges(a), edges(b), { stopifnot(cells == n10 + n01); as.integer(cells) },
                             ratio(n11, n11 + n10 + n01), ratio(n01, p - n11 - n10), ratio(n10, n11 + n10)))
}
for (k in 1:4) { n <- c(6, 12, 20, 35)[k]; a <- sym(n, 0.3); flip <- sym(n, 0.2); run(sprintf("random%d", k), a, abs(a - flip)) }
run("unrelated", sym(15, 0.4), sym(15, 0.1))
run("from_empty", matrix(0, 5, 5), sym(5, 0.5))
run("to_empty", sym(5, 0.5), matrix(0, 5, 5))
full <- matrix(1, 4, 4); diag(full) <- 0
run("from_full", full, sym(4, 0.5))
writeLines(lines, "cases.csv")
