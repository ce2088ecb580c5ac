# Reference values for QAP correlation tests, computed with statnet's sna::gcor and sna::qaptest.
# Run from this folder:  Rscript generate.R   (Debian: apt-get install r-cran-sna)
# Per case NAME: NAME.first.csv and NAME.second.csv hold the upper-triangle non-zero cells (0-based u,v,value) of two
# symmetric matrices on n nodes; cases.csv holds n, gcor (%.17g), and qaptest's pgreq and pleeq with 4000 permutations.
suppressMessages(library(sna))
set.seed(20210331)
reps <- 4000
cases <- c()
sym <- function(n, p, valued) {
  m <- matrix(0, n, n)
  for (i in 1:(n - 1)) for (j in (i + 1):n) if (runif(1) < p) m[i, j] <- m[j, i] <- if (valued) sample(1:5, 1) else 1
  m
}
write_cells <- function(m, file) {
  n <- nrow(m)
  rows <- c("u,v,value")
  for (i in 1:(n - 1)) for (j in (i + 1):n) if (m[i, j] != 0) rows <- c(rows, sprintf("%d,%d,%.17g", i - 1, j - 1, m[i, j]))
  writeLines(rows, file)
}
specs <- list(
  list(name = "related", n = 20, p = 0.3, valued = FALSE, related = TRUE),
  list(name = "unrelated", n = 25, p = 0.2, valued = FALSE, related = FALSE),
  list(name = "valued", n = 15, p = 0.4, valued = TRUE, related = TRUE)
)
lines <- "name,n,gcor,pgreq,pleeq"
for (s in specs) {
  a <- sym(s$n, s$p, s$valued)
  b <- if (s$related) { x <- a; flip <- sym(s$n, 0.15, FALSE); x[flip == 1] <- ifelse(x[flip == 1] == 0, 1, 0); x } else sym(s$n, s$p, s$valued)
  write_cells(a, paste0(s$name, ".first.csv"))
  write_cells(b, paste0(s$name, ".second.csv"))
  q <- qaptest(list(a, b), gcor, g1 = 1, g2 = 2, reps = reps)
  lines <- c(lines, sprintf("%s,%d,%.17g,%.17g,%.17g", s$name, s$n, gcor(a, b), q$pgreq, q$pleeq))
}
writeLines(c(paste0("# sna ", packageVersion("sna"), ", R ", getRversion(), "; qaptest(list(a, b), gcor, g1 = 1, g2 = 2, reps = ", reps, ")"), lines), "cases.csv")
