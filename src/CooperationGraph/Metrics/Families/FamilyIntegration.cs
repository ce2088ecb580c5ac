using System.Globalization;

namespace CooperationGraph;

/// <summary>
/// How joined-up the help each family received was, computed from <see cref="CooperationDataset.Beneficiaries"/>,
/// and reported without identifying anyone: families appear only under keyed pseudonyms (<see cref="Pseudonymizer"/>),
/// and every count below the threshold is written as <c>&lt;3</c> (or <c>&lt;k</c>).
/// </summary>
/// <remarks>
/// Per family: the number of joint actions it received, of distinct sectors and institutions that took part in them,
/// and of overlapping same-kind actions (two actions of one kind whose days overlap: possible duplicated services).
/// Per pair of institutions: the number of families both served. Protected: family ids (never written), small counts
/// (suppressed). Not protected: the number of rows (families) in the per-family table, and action ids and dates in the
/// dataset itself, which a reader who knows the families could link; publish the per-family table only inside the OPS.
/// </remarks>
public static class FamilyIntegration
{
    /// <summary>The per-family table and the per-institution-pair table, with small counts suppressed.</summary>
    /// <returns>Both tables, with whether the pseudonyms are random for this run and the threshold applied.</returns>
    /// <param name="dataset">The dataset with its beneficiaries.</param>
    /// <param name="pseudonymizer">Turns family ids into pseudonyms.</param>
    /// <param name="threshold">Counts below it are suppressed; 3 by default.</param>
    public static FamilyReport Compute(CooperationDataset dataset, Pseudonymizer pseudonymizer, int threshold = 3)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        var actions = dataset.JointActions.ToDictionary(a => a.Id, StringComparer.Ordinal);
        string Count(int value) => (value < threshold ? "<" + threshold.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture));
        var families = new List<FamilySummary>();
        var shared = new Dictionary<(string, string), int>();
        foreach (var family in dataset.Beneficiaries.GroupBy(b => b.FamilyId, StringComparer.Ordinal))
        {
            var received = family.Select(b => actions[b.ActionId]).Distinct().ToList();
            var institutions = received.SelectMany(a => a.Participants.Select(p => p.InstitutionId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var sectors = institutions.Select(id => dataset.GetInstitution(id).Sector).Distinct().Count();
            int overlapping = 0;
            for (int i = 0; i < received.Count; i++)
            {
                for (int j = i + 1; j < received.Count; j++)
                {
                    var a = received[i];
                    var b = received[j];
                    bool overlap = a.Date <= (b.EndDate ?? b.Date) && b.Date <= (a.EndDate ?? a.Date);
                    overlapping += a.Kind == b.Kind && overlap ? 1 : 0;
                }
            }

            families.Add(new FamilySummary(pseudonymizer.Pseudonym(family.Key), Count(received.Count), Count(sectors), Count(institutions.Count), Count(overlapping)));
            for (int i = 0; i < institutions.Count; i++)
            {
                for (int j = i + 1; j < institutions.Count; j++)
                {
                    var key = (institutions[i], institutions[j]);
                    shared[key] = shared.GetValueOrDefault(key) + 1;
                }
            }
        }

        families.Sort((x, y) => string.CompareOrdinal(x.Family, y.Family));
        return new FamilyReport(
            families,
            shared.OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal)
                .Select(p => new SharedFamilies(p.Key.Item1, p.Key.Item2, Count(p.Value))),
            pseudonymizer.IsRandom,
            threshold);
    }
}
