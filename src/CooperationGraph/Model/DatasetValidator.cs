namespace CooperationGraph.Model;

/// <summary>The consistency rules every <see cref="CooperationDataset"/> obeys, however it was made.</summary>
internal static class DatasetValidator
{
    public static List<DatasetProblem> Check(
        IReadOnlyList<Institution> institutions,
        IReadOnlyList<Declaration> declarations,
        IReadOnlyList<JointAction> actions,
        IReadOnlyList<Tie> ties,
        SectorCatalog sectors,
        SourceMap map)
    {
        var problems = new List<DatasetProblem>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < institutions.Count; i++)
        {
            var institution = institutions[i];
            if (!ids.TryAdd(institution.Id, i))
            {
                problems.Add(map.Institution(i, $"duplicate institution id '{institution.Id}' (first used on another row)"));
            }

            if (!sectors.TryResolve(institution.Sector.Code, out var known) || known != institution.Sector)
            {
                problems.Add(map.Institution(i, $"institution '{institution.Id}' has sector '{institution.Sector.Code}', which the sector catalogue does not hold"));
            }
        }

        var declarationIds = new HashSet<string>(StringComparer.Ordinal);
        for (int d = 0; d < declarations.Count; d++)
        {
            var declaration = declarations[d];
            if (!declarationIds.Add(declaration.Id))
            {
                problems.Add(map.Declaration(d, $"duplicate declaration id '{declaration.Id}'"));
            }

            if (declaration.Signatories.Count == 0)
            {
                problems.Add(map.Declaration(d, $"declaration '{declaration.Id}' has no signatories"));
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int s = 0; s < declaration.Signatories.Count; s++)
            {
                string id = declaration.Signatories[s];
                if (!ids.ContainsKey(id))
                {
                    problems.Add(map.Signatory(d, s, UnknownInstitution(id, ids.Keys)));
                }
                else if (!seen.Add(id))
                {
                    problems.Add(map.Signatory(d, s, $"institution '{id}' signs declaration '{declaration.Id}' twice"));
                }
            }
        }

        var actionIds = new HashSet<string>(StringComparer.Ordinal);
        for (int a = 0; a < actions.Count; a++)
        {
            var action = actions[a];
            if (!actionIds.Add(action.Id))
            {
                problems.Add(map.Action(a, $"duplicate action id '{action.Id}'"));
            }

            if (action.EndDate is { } end && end < action.Date)
            {
                problems.Add(map.Action(a, $"action '{action.Id}' ends ({end:yyyy-MM-dd}) before it starts ({action.Date:yyyy-MM-dd})"));
            }

            if (action.CostPln < 0)
            {
                problems.Add(map.Action(a, $"action '{action.Id}' has a negative cost ({action.CostPln})"));
            }

            if (action.Beneficiaries < 0)
            {
                problems.Add(map.Action(a, $"action '{action.Id}' has a negative number of beneficiaries ({action.Beneficiaries})"));
            }

            if (action.Participants.Count == 0)
            {
                problems.Add(map.Action(a, $"action '{action.Id}' has no participants"));
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int p = 0; p < action.Participants.Count; p++)
            {
                string id = action.Participants[p].InstitutionId;
                if (!ids.ContainsKey(id))
                {
                    problems.Add(map.Participant(a, p, UnknownInstitution(id, ids.Keys)));
                }
                else if (!seen.Add(id))
                {
                    problems.Add(map.Participant(a, p, $"institution '{id}' takes part in action '{action.Id}' twice"));
                }
            }
        }

        for (int t = 0; t < ties.Count; t++)
        {
            var tie = ties[t];
            foreach (var end in new[] { tie.Source, tie.Target })
            {
                if (!ids.ContainsKey(end))
                {
                    problems.Add(map.Tie(t, UnknownInstitution(end, ids.Keys)));
                }
            }

            if (string.Equals(tie.Source, tie.Target, StringComparison.Ordinal))
            {
                problems.Add(map.Tie(t, $"tie joins institution '{tie.Source}' to itself"));
            }

            if (!(tie.Weight > 0) || double.IsInfinity(tie.Weight))
            {
                problems.Add(map.Tie(t, $"tie weight must be a positive finite number (a strength), not {tie.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
            }

            if (string.IsNullOrWhiteSpace(tie.Layer))
            {
                problems.Add(map.Tie(t, "tie layer must not be empty"));
            }
        }

        return problems;
    }

    internal static string UnknownInstitution(string id, IEnumerable<string> known)
    {
        var nearest = Text.TextKey.Nearest(id, known);
        return nearest is null
            ? $"unknown institution '{id}'"
            : $"unknown institution '{id}'; did you mean '{nearest}'?";
    }
}
