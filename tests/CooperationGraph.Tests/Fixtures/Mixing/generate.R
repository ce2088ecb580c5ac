# Reference values for sector mixing and E-I indices of the Loniow sample's enacted network, computed independently
# in R with igraph (co-participants of every joint action, each institution pair once).
# Run from this folder:  Rscript generate.R   (Debian: apt-get install r-cran-igraph)
# Writes loniow.mixing.csv (sector_a,sector_b,ties over a <= b in code order) and loniow.ei.csv (scope,key,ei; %.17g).
suppressMessages(library(igraph))
root <- "../../../../samples/loniow"
inst <- read.csv(file.path(root, "institutions.csv"), encoding = "UTF-8", stringsAsFactors = FALSE)
part <- read.csv(file.path(root, "participations.csv"), encoding = "UTF-8", stringsAsFactors = FALSE)
edges <- do.call(rbind, lapply(split(part$institution_id, part$action_id), function(ids) if (length(ids) > 1) t(combn(ids, 2)) else NULL))
g <- simplify(graph_from_data_frame(edges, directed = FALSE, vertices = data.frame(name = inst$id, sector = inst$sector)))
el <- as_edgelist(g)
sa <- inst$sector[match(el[, 1], inst$id)]
sb <- inst$sector[match(el[, 2], inst$id)]
lo <- pmin(sa, sb); hi <- pmax(sa, sb)
mix <- aggregate(list(ties = rep(1, length(lo))), by = list(sector_a = lo, sector_b = hi), FUN = sum)
mix <- mix[order(mix$sector_a, mix$sector_b), ]
writeLines(c(paste0("# igraph ", packageVersion("igraph"), ", R ", getRversion()), "sector_a,sector_b,ties",
             paste(mix[[1]], mix[[2]], mix[[3]], sep = ",")), "loniow.mixing.csv")
ei <- function(e, i) if (e + i == 0) NaN else (e - i) / (e + i)
external <- sum(sa != sb); internal <- sum(sa == sb)
rows <- sprintf("network,,%.17g", ei(external, internal))
for (s in sort(unique(inst$sector))) {
  members <- inst$id[inst$sector == s]
  e <- 0; i <- 0
  for (m in members) { nb <- names(neighbors(g, m)); same <- inst$sector[match(nb, inst$id)] == s; e <- e + sum(!same); i <- i + sum(same) }
  rows <- c(rows, sprintf("sector,%s,%.17g", s, ei(e, i)))
}
for (m in inst$id) {
  nb <- names(neighbors(g, m)); same <- inst$sector[match(nb, inst$id)] == inst$sector[inst$id == m]
  rows <- c(rows, sprintf("institution,%s,%.17g", m, ei(sum(!same), sum(same))))
}
writeLines(c(paste0("# igraph ", packageVersion("igraph"), ", R ", getRversion()), "scope,key,ei", rows), "loniow.ei.csv")
