using System.Globalization;
using CooperationGraph.Text;

namespace CooperationGraph.Model;

/// <summary>
/// The consistency rules every <see cref="CooperationDataset"/> obeys, however it was made. References into a table
/// that could not be read (<see cref="SourceMap.IsUnreadable"/>) are counted, not reported one by one.
/// </summary>
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
        bool institutionsUnreadable = map.IsUnreadable("institutions");
        for (int i = 0; i < institutions.Count; i++)
        {
            var institution = institutions[i];
            if (!ids.TryAdd(institution.Id, i))
            {
                problems.Add(map.Institution(i, Messages.Get("DuplicateInstitution", Messages.Quote(institution.Id))));
            }

            if (!sectors.TryResolve(institution.Sector.Code, out var known) || known != institution.Sector)
            {
                problems.Add(map.Institution(i, Messages.Get("SectorNotInCatalogue", Messages.Quote(institution.Id), Messages.Quote(institution.Sector.Code))));
            }
        }

        bool Known(string id, string from)
        {
            if (ids.ContainsKey(id))
            {
                return true;
            }

            if (institutionsUnreadable)
            {
                map.Unchecked("institutions", from);
            }

            return false;
        }

        var declarationIds = new HashSet<string>(StringComparer.Ordinal);
        for (int d = 0; d < declarations.Count; d++)
        {
            var declaration = declarations[d];
            if (!declarationIds.Add(declaration.Id))
            {
                problems.Add(map.Declaration(d, Messages.Get("DuplicateDeclaration", Messages.Quote(declaration.Id))));
            }

            if (declaration.Signatories.Count == 0 && !map.IsUnreadable("signatures"))
            {
                problems.Add(map.Declaration(d, Messages.Get("NoSignatories", Messages.Quote(declaration.Id))));
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int s = 0; s < declaration.Signatories.Count; s++)
            {
                string id = declaration.Signatories[s];
                if (!Known(id, "signatures"))
                {
                    if (!institutionsUnreadable)
                    {
                        problems.Add(map.Signatory(d, s, UnknownInstitution(id, ids.Keys, map.TableName("institutions"))));
                    }
                }
                else if (!seen.Add(id))
                {
                    problems.Add(map.Signatory(d, s, Messages.Get("SignsTwice", Messages.Quote(id), Messages.Quote(declaration.Id))));
                }
            }
        }

        var actionIds = new HashSet<string>(StringComparer.Ordinal);
        for (int a = 0; a < actions.Count; a++)
        {
            var action = actions[a];
            string quoted = Messages.Quote(action.Id);
            if (!actionIds.Add(action.Id))
            {
                problems.Add(map.Action(a, Messages.Get("DuplicateAction", quoted)));
            }

            if (action.EndDate is { } end && end < action.Date)
            {
                problems.Add(map.Action(a, Messages.Get("EndsBeforeStart", quoted, InvariantText.Day(end), InvariantText.Day(action.Date))));
            }

            if (action.CostPln < 0)
            {
                problems.Add(map.Action(a, Messages.Get("NegativeCost", quoted, action.CostPln)));
            }

            if (action.Beneficiaries < 0)
            {
                problems.Add(map.Action(a, Messages.Get("NegativeBeneficiaries", quoted, action.Beneficiaries)));
            }

            if (action.Participants.Count == 0 && !map.IsUnreadable("participations"))
            {
                problems.Add(map.Action(a, Messages.Get("NoParticipants", quoted)));
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int p = 0; p < action.Participants.Count; p++)
            {
                string id = action.Participants[p].InstitutionId;
                if (!Known(id, "participations"))
                {
                    if (!institutionsUnreadable)
                    {
                        problems.Add(map.Participant(a, p, UnknownInstitution(id, ids.Keys, map.TableName("institutions"))));
                    }
                }
                else if (!seen.Add(id))
                {
                    problems.Add(map.Participant(a, p, Messages.Get("TakesPartTwice", Messages.Quote(id), quoted)));
                }
            }
        }

        for (int t = 0; t < ties.Count; t++)
        {
            var tie = ties[t];
            foreach (var end in new[] { tie.SourceId, tie.TargetId })
            {
                if (!Known(end, "ties") && !institutionsUnreadable)
                {
                    problems.Add(map.Tie(t, UnknownInstitution(end, ids.Keys, map.TableName("institutions"))));
                }
            }

            if (string.Equals(tie.SourceId, tie.TargetId, StringComparison.Ordinal))
            {
                problems.Add(map.Tie(t, Messages.Get("SelfTie", Messages.Quote(tie.SourceId))));
            }

            if (!(tie.Weight > 0) || double.IsInfinity(tie.Weight))
            {
                problems.Add(map.Tie(t, Messages.Get("BadWeight", tie.Weight.ToString(CultureInfo.InvariantCulture))));
            }

            if (string.IsNullOrWhiteSpace(tie.Layer))
            {
                problems.Add(map.Tie(t, Messages.Get("EmptyLayer")));
            }
        }

        return problems;
    }

    /// <summary>Each family-action row names a family and a known action, once.</summary>
    public static void CheckBeneficiaries(IReadOnlyList<BeneficiaryService> beneficiaries, IReadOnlyList<JointAction> actions, SourceMap map, List<DatasetProblem> problems)
    {
        var actionIds = actions.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<BeneficiaryService>();
        for (int b = 0; b < beneficiaries.Count; b++)
        {
            var service = beneficiaries[b];
            if (string.IsNullOrWhiteSpace(service.FamilyId))
            {
                problems.Add(map.Beneficiary(b, Messages.Get("FieldEmpty", "family_id")));
            }
            else if (!actionIds.Contains(service.ActionId))
            {
                if (map.IsUnreadable("actions"))
                {
                    map.Unchecked("actions", "beneficiaries");
                }
                else
                {
                    problems.Add(map.Beneficiary(b, Messages.Get("UnknownActionRef", "action_id", Messages.Quote(service.ActionId), "")));
                }
            }
            else if (!seen.Add(service))
            {
                problems.Add(map.Beneficiary(b, Messages.Get("FamilyTwice", Messages.Quote(service.ActionId))));
            }
        }
    }

    /// <summary>An unknown institution id: a suggestion only when it is very near a known one (<see cref="TextKey.NearId"/>),
    /// and always the other fix, a row for it in the institutions table (named as the dataset names it).</summary>
    internal static string UnknownInstitution(string id, IEnumerable<string> known, string institutionsTable = "institutions")
    {
        var nearest = TextKey.NearId(id, known);
        return Messages.Get("UnknownInstitution", Messages.Quote(id), nearest is null ? Messages.Get("AddInstitutionRow", institutionsTable) : Messages.Get("DidYouMeanSuffix", nearest) + Messages.Get("OrAddInstitutionRow", institutionsTable));
    }
}
