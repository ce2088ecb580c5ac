# Reference values for Gould-Fernandez brokerage, computed with statnet's sna::brokerage.
# Run from this folder:  Rscript generate.R   (Debian: apt-get install r-cran-sna)
# Writes, per case, NAME.edges.csv (0-based source,target), NAME.groups.csv (node,group) and
# NAME.expected.csv (one row per node plus a row "network"; raw, exp, sd, z for the six roles, %.17g).
suppressMessages(library(sna))
roles <- c("w_I", "w_O", "b_IO", "b_OI", "b_O", "t")
fmt <- function(x) ifelse(is.nan(x) | is.na(x), "NaN", ifelse(is.infinite(x), ifelse(x > 0, "Infinity", "-Infinity"), sprintf("%.17g", x)))

write_case <- function(name, N, edges, cl, ids = as.character(0:(N - 1))) {
  g <- matrix(0, N, N)
  if (nrow(edges) > 0) for (r in seq_len(nrow(edges))) g[edges[r, 1] + 1, edges[r, 2] + 1] <- 1
  b <- brokerage(g, cl)
  write.csv(data.frame(source = edges[, 1], target = edges[, 2]), paste0(name, ".edges.csv"), row.names = FALSE, quote = FALSE)
  write.csv(data.frame(node = ids, group = cl), paste0(name, ".groups.csv"), row.names = FALSE, quote = FALSE)
  header <- c("node", paste0("raw_", roles), paste0("exp_", roles), paste0("sd_", roles), paste0("z_", roles))
  lines <- paste(header, collapse = ",")
  for (i in 1:N) {
    lines <- c(lines, paste(c(ids[i], fmt(b$raw.nli[i, ]), fmt(b$exp.nli[i, ]), fmt(b$sd.nli[i, ]), fmt(b$z.nli[i, ])), collapse = ","))
  }
  lines <- c(lines, paste(c("network", fmt(b$raw.gli), fmt(b$exp.gli), fmt(b$sd.gli), fmt(b$z.gli)), collapse = ","))
  writeLines(c(paste0("# sna ", packageVersion("sna"), ", R ", getRversion(), "; sna::brokerage(g, cl)"), lines), paste0(name, ".expected.csv"))
}

# A by-hand case: a chain across three groups plus a closed triad.
write_case("hand", 6, rbind(c(0, 1), c(1, 2), c(2, 3), c(3, 4), c(4, 5), c(0, 2), c(5, 3), c(2, 0)), c("A", "A", "B", "B", "C", "A"))

# Random directed graphs with sectors as groups.
set.seed(20190709)
for (case in 1:3) {
  N <- c(12, 25, 40)[case]
  p <- c(0.25, 0.12, 0.08)[case]
  g <- rgraph(N, tprob = p)
  edges <- which(g == 1, arr.ind = TRUE) - 1
  edges <- edges[order(edges[, 1], edges[, 2]), , drop = FALSE]
  cl <- sample(c("OPS", "PCPR", "SCHOOL", "NGO", "POLICE")[1:(case + 2)], N, replace = TRUE)
  write_case(paste0("random", case), N, edges, cl)
}

# The Loniow sample: lead -> every other participant of each action, groups = sectors.
root <- "../../../../samples/loniow"
inst <- read.csv(file.path(root, "institutions.csv"), encoding = "UTF-8", stringsAsFactors = FALSE)
part <- read.csv(file.path(root, "participations.csv"), encoding = "UTF-8", stringsAsFactors = FALSE)
idx <- setNames(seq_along(inst$id) - 1, inst$id)
edges <- matrix(numeric(0), ncol = 2)
for (a in unique(part$action_id)) {
  rows <- part[part$action_id == a, ]
  for (l in rows$institution_id[rows$role == "lead"]) for (o in rows$institution_id) if (o != l) edges <- rbind(edges, c(idx[[l]], idx[[o]]))
}
edges <- unique(edges)
edges <- edges[order(edges[, 1], edges[, 2]), , drop = FALSE]
write_case("loniow", nrow(inst), edges, inst$sector, inst$id)
