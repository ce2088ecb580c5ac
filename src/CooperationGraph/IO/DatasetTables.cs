using CooperationGraph.Text;

namespace CooperationGraph.IO;

/// <summary>A table ready to write: text cells stay text, numbers stay numbers.</summary>
internal sealed record TableData(string Name, string[] Header, List<object?[]> Rows);

/// <summary>Lays a dataset out as the tables of the dataset format, for both the CSV and the workbook writer.</summary>
internal static class DatasetTables
{
    /// <summary>The columns holding dates, by English name.</summary>
    public static readonly string[] DateColumns = ["signed_on", "date", "end_date"];

    public static List<TableData> From(CooperationDataset dataset, DatasetLanguage language = DatasetLanguage.English)
    {
        var tables = new List<TableData>();
        TableData Table(TableSchema schema, string[] columns, List<object?[]> rows) =>
            new(schema.TableName(language), [.. columns.Select(c => schema.ColumnName(c, language))], rows);
        string Word<T>(T value)
            where T : struct, Enum => FieldParser.Word(value, language);

        var custom = dataset.CustomSectors.ToList();
        if (custom.Count > 0)
        {
            tables.Add(Table(TableSchema.Sectors, TableSchema.Sectors.Required, [.. custom.Select(s => new object?[] { s.Code, s.NamePl, s.NameEn })]));
        }

        var attributeNames = dataset.Institutions.SelectMany(i => i.Attributes.Select(a => a.Key)).Distinct(StringComparer.Ordinal).ToArray();
        bool shortNames = dataset.Institutions.Any(i => i.ShortName is not null); // the column only when someone has one
        var institutions = Table(TableSchema.Institutions, shortNames ? ["id", "name", "sector", "unit", "level", "short_name"] : ["id", "name", "sector", "unit", "level"],
            [.. dataset.Institutions.Select(i => new object?[] { i.Id, i.Name, i.Sector.Code, i.Unit, i.Level is { } level ? Word(level) : null }
                .Concat(shortNames ? [i.ShortName] : []).Concat(attributeNames.Select(name => (object?)i.Attributes[name])).ToArray())]);
        tables.Add(institutions with { Header = [.. institutions.Header, .. attributeNames] });
        if (dataset.Declarations.Count > 0)
        {
            tables.Add(Table(TableSchema.Declarations, ["id", "title", "signed_on", "kind"],
                [.. dataset.Declarations.Select(d => new object?[] { d.Id, d.Title, InvariantText.Day(d.SignedOn), Word(d.Kind) })]));
            tables.Add(Table(TableSchema.Signatures, TableSchema.Signatures.Required,
                [.. dataset.Declarations.SelectMany(d => d.Signatories.Select(s => new object?[] { d.Id, s }))]));
        }

        if (dataset.JointActions.Count > 0)
        {
            tables.Add(Table(TableSchema.Actions, ["id", "title", "kind", "date", "end_date", "cost_pln", "beneficiaries"],
                [.. dataset.JointActions.Select(a => new object?[] { a.Id, a.Title, Word(a.Kind), InvariantText.Day(a.Date), a.EndDate is { } end ? InvariantText.Day(end) : null, a.CostPln, a.Beneficiaries })]));
            tables.Add(Table(TableSchema.Participations, ["action_id", "institution_id", "role"],
                [.. dataset.JointActions.SelectMany(a => a.Participants.Select(p => new object?[] { a.Id, p.InstitutionId, Word(p.Role) }))]));
        }

        if (dataset.Ties.Any(t => t.Date is not null))
        {
            tables.Add(new TableData("ties", ["source", "target", "weight", "layer", "date", "end_date"],
                [.. dataset.Ties.Select(t => new object?[] { t.SourceId, t.TargetId, t.Weight, t.Layer, t.Date is { } d ? InvariantText.Day(d) : null, t.EndDate is { } e ? InvariantText.Day(e) : null })]));
        }
        else if (dataset.Ties.Count > 0)
        {
            tables.Add(Table(TableSchema.Ties, ["source", "target", "weight", "layer"],
                [.. dataset.Ties.Select(t => new object?[] { t.SourceId, t.TargetId, t.Weight, t.Layer })]));
        }

        if (dataset.Beneficiaries.Count > 0)
        {
            tables.Add(Table(TableSchema.Beneficiaries, TableSchema.Beneficiaries.Required,
                [.. dataset.Beneficiaries.Select(b => new object?[] { b.FamilyId, b.ActionId })]));
        }

        if (dataset.Survey.Responses.Count > 0 || dataset.Survey.HasInvitations)
        {
            tables.AddRange(SurveyTables(dataset.Survey, language));
        }

        return tables;
    }

    /// <summary><c>survey</c> (the date column only when a row has one, further columns kept) and, when the invitations were listed, <c>respondents</c>.</summary>
    private static IEnumerable<TableData> SurveyTables(PartnerSurvey survey, DatasetLanguage language)
    {
        var schema = TableSchema.Survey;
        bool dates = survey.Responses.Any(r => r.Date is not null);
        var extras = survey.Responses.SelectMany(r => r.Attributes.Select(a => a.Key)).Distinct(StringComparer.Ordinal).ToArray();
        string[] columns = ["respondent_id", "partner_id", "level", "reliability", "mission", "openness", "power", "involvement", "resources", .. dates ? ["date"] : Array.Empty<string>()];
        yield return new TableData(schema.TableName(language), [.. columns.Select(c => schema.ColumnName(c, language)), .. extras],
            [.. survey.Responses.Select(r => new object?[] { r.RespondentId, r.PartnerId, (int)r.Level }
                .Concat(r.Items.Select(i => (object?)i))
                .Concat(dates ? [r.Date is { } d ? InvariantText.Day(d) : null] : [])
                .Concat(extras.Select(name => (object?)r.Attributes.FirstOrDefault(a => a.Key == name).Value)).ToArray())]);
        if (survey.HasInvitations)
        {
            var respondents = TableSchema.Respondents;
            string yes = language == DatasetLanguage.Polish ? "tak" : "true", no = language == DatasetLanguage.Polish ? "nie" : "false";
            yield return new TableData(respondents.TableName(language), respondents.ColumnNames(language),
                [.. survey.Invitations.Select(i => new object?[] { i.InstitutionId, i.Responded ? yes : no })]);
        }
    }
}
