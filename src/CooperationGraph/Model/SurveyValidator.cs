namespace CooperationGraph.Model;

/// <summary>
/// The consistency rules of a <see cref="PartnerSurvey"/> against the institutions: known ids, no self-rating, one row
/// per (respondent, partner) (per wave when the rows are dated: then every row needs a date), levels 0–5 and items
/// 1–4, and no answer from an institution invited but marked as not responded (or, with <c>respondents.csv</c>, not
/// listed in it at all).
/// </summary>
internal static class SurveyValidator
{
    public static void Check(IReadOnlyList<Institution> institutions, PartnerSurvey survey, SourceMap map, List<DatasetProblem> problems)
    {
        if (survey.IsEmpty)
        {
            return;
        }

        var ids = institutions.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        bool unreadable = map.IsUnreadable("institutions");
        string institutionsTable = map.TableName("institutions");
        string respondentsTable = map.TableName("respondents");
        bool Known(string id, string from)
        {
            if (ids.Contains(id))
            {
                return true;
            }

            if (unreadable)
            {
                map.Unchecked("institutions", from);
            }

            return false;
        }

        var invited = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (int i = 0; survey.HasInvitations && i < survey.Invitations.Count; i++)
        {
            var invitation = survey.Invitations[i];
            if (!Known(invitation.InstitutionId, "respondents"))
            {
                if (!unreadable)
                {
                    problems.Add(map.Respondent(i, DatasetValidator.UnknownInstitution(invitation.InstitutionId, ids, institutionsTable)));
                }
            }
            else if (!invited.TryAdd(invitation.InstitutionId, invitation.Responded))
            {
                problems.Add(map.Respondent(i, Messages.Get("SurveyInvitedTwice", Messages.Quote(invitation.InstitutionId))));
            }
        }

        var pairs = new HashSet<(string, string, DateOnly?)>();
        bool dated = survey.IsDated;
        for (int r = 0; r < survey.Responses.Count; r++)
        {
            var response = survey.Responses[r];
            bool known = true;
            foreach (var id in new[] { response.RespondentId, response.PartnerId })
            {
                if (!Known(id, "survey"))
                {
                    known = false;
                    if (!unreadable)
                    {
                        problems.Add(map.SurveyResponse(r, DatasetValidator.UnknownInstitution(id, ids, institutionsTable)));
                    }
                }
            }

            if (!Enum.IsDefined(response.Level))
            {
                problems.Add(map.SurveyResponse(r, Messages.Get("SurveyLevelOutOfRange", "level", LevelWords(), Messages.Quote(((int)response.Level).ToString(System.Globalization.CultureInfo.InvariantCulture)))));
            }

            foreach (var item in response.Items)
            {
                if (item is { } value && value is < 1 or > 4)
                {
                    problems.Add(map.SurveyResponse(r, Messages.Get("SurveyItemOutOfRange", "item", Messages.Quote(value.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
                }
            }

            if (response.RespondentId == response.PartnerId)
            {
                problems.Add(map.SurveyResponse(r, Messages.Get("SurveySelfRating", Messages.Quote(response.RespondentId))));
            }
            else if (!pairs.Add((response.RespondentId, response.PartnerId, response.Date)))
            {
                problems.Add(map.SurveyResponse(r, response.Date is { } wave
                    ? Messages.Get("SurveyPairTwiceInWave", Messages.Quote(response.RespondentId), Messages.Quote(response.PartnerId), Text.InvariantText.Day(wave))
                    : Messages.Get("SurveyPairTwice", Messages.Quote(response.RespondentId), Messages.Quote(response.PartnerId))));
            }

            if (dated && response.Date is null)
            {
                problems.Add(map.SurveyResponse(r, Messages.Get("SurveyDateMissing", "date")));
            }

            if (known && survey.HasInvitations && !map.IsUnreadable("respondents"))
            {
                if (!invited.TryGetValue(response.RespondentId, out bool responded))
                {
                    problems.Add(map.SurveyResponse(r, Messages.Get("SurveyNotInvited", Messages.Quote(response.RespondentId), respondentsTable)));
                }
                else if (!responded)
                {
                    problems.Add(map.SurveyResponse(r, Messages.Get("SurveyNotResponded", Messages.Quote(response.RespondentId), respondentsTable)));
                }
            }
        }
    }

    /// <summary>The levels as a message lists them: <c>0 no interaction … 5 collaboration</c>.</summary>
    internal static string LevelWords() => string.Join(", ", Enum.GetValues<CollaborationLevel>().Select(l => $"{(int)l} {Messages.Get(LevelKey(l))}"));

    /// <summary>The message key of a level's Frey label (<c>Level_Coordination</c>).</summary>
    internal static string LevelKey(CollaborationLevel level) => level switch
    {
        CollaborationLevel.NoInteraction => "Level_NoInteraction",
        CollaborationLevel.Networking => "Level_Networking",
        CollaborationLevel.Cooperation => "Level_Cooperation",
        CollaborationLevel.Coordination => "Level_Coordination",
        CollaborationLevel.Coalition => "Level_Coalition",
        _ => "Level_Collaboration",
    };
}
