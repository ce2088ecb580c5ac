namespace CooperationGraph.Analysis;

/// <summary>
/// The split of <see cref="GminaComparer.SplitBy"/> in one pass over each table: every action, declaration, tie and
/// service is handed to the gminas it involves (before, each gmina scanned every table: 2 477 gminas × 26 000 actions).
/// The parts keep the order of the input, as the one-gmina-at-a-time scan did. A partner survey goes to each gmina by
/// its members: the rows whose respondent and partner are both members of the gmina, and the invitations
/// (<c>respondents.csv</c>) of its members; without <c>respondents.csv</c> the invited are the respondents of the rows kept.
/// </summary>
internal static class GminaSplit
{
    public static List<(string Name, CooperationDataset Dataset)> Run(CooperationDataset dataset, Func<Institution, string?> key)
    {
        static bool Local(Institution i) => i.Level is null or TerritorialLevel.Gmina;
        var institutions = dataset.Institutions;
        var index = new Dictionary<string, int>(institutions.Count, StringComparer.Ordinal);
        var gminaOf = new int[institutions.Count];
        var gminaIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        for (int i = 0; i < institutions.Count; i++)
        {
            index[institutions[i].Id] = i;
            gminaOf[i] = -1;
            if (Local(institutions[i]) && key(institutions[i]) is { } name)
            {
                if (!gminaIndex.TryGetValue(name, out int g))
                {
                    g = names.Count;
                    gminaIndex[name] = g;
                    names.Add(name);
                }

                gminaOf[i] = g;
            }
        }

        var parts = new Part[names.Count];
        for (int g = 0; g < parts.Length; g++)
        {
            parts[g] = new Part();
        }

        for (int i = 0; i < institutions.Count; i++)
        {
            if (gminaOf[i] >= 0)
            {
                parts[gminaOf[i]].Members.Add(i);
            }
        }

        var involved = new List<int>();
        var actionGminas = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var action in dataset.JointActions)
        {
            Involved(action.Participants.Select(p => p.InstitutionId), index, gminaOf, involved);
            foreach (int g in involved)
            {
                var kept = action.Participants.Where(p => Counts(p.InstitutionId, g, index, gminaOf)).ToList();
                parts[g].Actions.Add(new JointAction(action.Id, action.Title, action.Kind, action.Date, kept, action.EndDate, action.CostPln, action.Beneficiaries));
                parts[g].Members.UnionWith(kept.Select(p => index[p.InstitutionId]));
            }

            if (involved.Count > 0)
            {
                actionGminas[action.Id] = [.. involved];
            }
        }

        foreach (var declaration in dataset.Declarations)
        {
            Involved(declaration.Signatories, index, gminaOf, involved);
            foreach (int g in involved)
            {
                var kept = declaration.Signatories.Where(id => Counts(id, g, index, gminaOf)).ToList();
                parts[g].Declarations.Add(new Declaration(declaration.Id, declaration.Title, declaration.SignedOn, declaration.Kind, kept));
                parts[g].Members.UnionWith(kept.Select(id => index[id]));
            }
        }

        // Which gminas count each institution as a member: a tie belongs to every gmina holding both its ends.
        var memberOf = new List<int>?[institutions.Count];
        for (int g = 0; g < parts.Length; g++)
        {
            foreach (int i in parts[g].Members)
            {
                (memberOf[i] ??= []).Add(g);
            }
        }

        foreach (var tie in dataset.Ties)
        {
            var (source, target) = (memberOf[index[tie.SourceId]], memberOf[index[tie.TargetId]]);
            if (source is null || target is null)
            {
                continue;
            }

            var (fewer, more) = source.Count <= target.Count ? (source, target) : (target, source);
            foreach (int g in fewer)
            {
                if (more.Contains(g))
                {
                    parts[g].Ties.Add(tie);
                }
            }
        }

        // A survey row, like a tie, belongs to every gmina holding both its respondent and its partner.
        foreach (var response in dataset.Survey.Responses)
        {
            var (respondent, partner) = (memberOf[index[response.RespondentId]], memberOf[index[response.PartnerId]]);
            foreach (int g in respondent ?? [])
            {
                if (partner is not null && partner.Contains(g))
                {
                    parts[g].Responses.Add(response);
                }
            }
        }

        foreach (var invitation in dataset.Survey.HasInvitations ? dataset.Survey.Invitations : [])
        {
            foreach (int g in memberOf[index[invitation.InstitutionId]] ?? [])
            {
                parts[g].Invitations.Add(invitation);
            }
        }

        foreach (var service in dataset.Beneficiaries)
        {
            if (actionGminas.TryGetValue(service.ActionId, out var gminas))
            {
                foreach (int g in gminas)
                {
                    parts[g].Beneficiaries.Add(service);
                }
            }
        }

        var result = new (string, CooperationDataset)[parts.Length];
        Parallel.For(0, parts.Length, g =>
        {
            var part = parts[g];
            var members = part.Members.ToArray();
            Array.Sort(members);
            var split = CooperationDataset.Create(members.Select(i => institutions[i]), part.Declarations, part.Actions, part.Ties, dataset.Sectors, part.Beneficiaries);
            result[g] = (names[g], part.Responses.Count == 0 && part.Invitations.Count == 0 ? split
                : split.WithSurvey(new PartnerSurvey(part.Responses, dataset.Survey.HasInvitations ? part.Invitations : null)));
        });
        return [.. result];
    }

    /// <summary>The gminas (distinct, in order of first mention) of the local institutions among <paramref name="ids"/>.</summary>
    private static void Involved(IEnumerable<string> ids, Dictionary<string, int> index, int[] gminaOf, List<int> involved)
    {
        involved.Clear();
        foreach (string id in ids)
        {
            if (index.TryGetValue(id, out int i) && gminaOf[i] >= 0 && !involved.Contains(gminaOf[i]))
            {
                involved.Add(gminaOf[i]);
            }
        }

        involved.Sort();
    }

    /// <summary>An institution counts in gmina <paramref name="g"/> when it belongs to it or to no gmina.</summary>
    private static bool Counts(string id, int g, Dictionary<string, int> index, int[] gminaOf) =>
        !index.TryGetValue(id, out int i) || gminaOf[i] < 0 || gminaOf[i] == g;

    private sealed class Part
    {
        public HashSet<int> Members { get; } = [];

        public List<JointAction> Actions { get; } = [];

        public List<Declaration> Declarations { get; } = [];

        public List<Tie> Ties { get; } = [];

        public List<BeneficiaryService> Beneficiaries { get; } = [];

        public List<SurveyResponse> Responses { get; } = [];

        public List<SurveyInvitation> Invitations { get; } = [];
    }
}
