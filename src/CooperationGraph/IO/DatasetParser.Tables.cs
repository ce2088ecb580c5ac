using CooperationGraph.Text;

namespace CooperationGraph.IO;

/// <summary>One method per table of the dataset format. Rows with bad fields still yield an item (with
/// placeholder values) so that references to them do not cascade into more problems; the parse fails anyway.</summary>
internal sealed partial class DatasetParser
{
    private Institution[] ReadInstitutions()
    {
        if (Columns("institutions", TableSchema.Institutions, out var table) is not { } columns || table is null)
        {
            return [];
        }

        if (table.Rows.Count == 0)
        {
            problems.Add(new DatasetProblem(table.Label, null, Messages.Get("NoInstitutions")));
        }

        var result = new List<Institution>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (!columns.CheckWidth(row, problems) || !Required(table, row, columns, "id", out string id))
            {
                continue;
            }

            Required(table, row, columns, "name", out string name);
            var sector = catalog.Sectors[0];
            if (Required(table, row, columns, "sector", out string sectorText) && !catalog.TryResolve(sectorText, out sector))
            {
                if (map.IsUnreadable("sectors"))
                {
                    map.Unchecked("sectors", "institutions");
                }
                else
                {
                    Fail(table, row, catalog.UnknownMessage(sectorText));
                }

                sector = catalog.Sectors[0];
            }

            TerritorialLevel? level = null;
            string levelText = columns.Get(row, "level");
            if (levelText.Length > 0 && FieldParser.TryLevel(levelText, columns.Name("level"), m => Fail(table, row, m), out var parsedLevel, columns.Language))
            {
                level = parsedLevel;
            }

            var attributes = columns.Extras.Select(e => KeyValuePair.Create(e.Name, ColumnMap.Field(row, e.Index)));
            result.Add(new Institution(id, name, sector!, columns.Get(row, "unit"), level, attributes) { ShortName = columns.Get(row, "short_name") });
            map.InstitutionLines.Add(row.Line);
        }

        return [.. result];
    }

    private Declaration[] ReadDeclarations()
    {
        var signatures = ReadLinks("signatures", TableSchema.Signatures, "declaration_id", null, out var signatureTable, out string columnName);
        if (Columns("declarations", TableSchema.Declarations, out var table) is not { } columns || table is null)
        {
            ReportOrphans(signatures, signatureTable, "declarations", "UnknownDeclarationRef", columnName, []);
            return [];
        }

        var result = new List<Declaration>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (!columns.CheckWidth(row, problems) || !Required(table, row, columns, "id", out string id))
            {
                continue;
            }

            Required(table, row, columns, "title", out string title);
            var signedOn = DateOnly.MinValue;
            if (Required(table, row, columns, "signed_on", out string dateText))
            {
                FieldParser.TryDate(dateText, columns.Name("signed_on"), m => Fail(table, row, m), out signedOn);
            }

            var kind = DeclarationKind.Declaration;
            string kindText = columns.Get(row, "kind");
            if (kindText.Length > 0)
            {
                FieldParser.TryDeclarationKind(kindText, columns.Name("kind"), m => Fail(table, row, m), out kind, columns.Language);
            }

            var links = signatures.Remove(id, out var found) ? found : [];
            result.Add(new Declaration(id, title, signedOn, kind, links.Select(l => l.InstitutionId)));
            map.DeclarationLines.Add(row.Line);
            map.SignatureLines.Add([.. links.Select(l => l.Line)]);
        }

        ReportOrphans(signatures, signatureTable, "declarations", "UnknownDeclarationRef", columnName, result.Select(d => d.Id));
        return [.. result];
    }

    private JointAction[] ReadActions()
    {
        var participations = ReadLinks("participations", TableSchema.Participations, "action_id", "role", out var participationTable, out string columnName);
        if (Columns("actions", TableSchema.Actions, out var table) is not { } columns || table is null)
        {
            ReportOrphans(participations, participationTable, "actions", "UnknownActionRef", columnName, []);
            return [];
        }

        var result = new List<JointAction>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (!columns.CheckWidth(row, problems) || !Required(table, row, columns, "id", out string id))
            {
                continue;
            }

            void Report(string message) => Fail(table, row, message);
            Required(table, row, columns, "title", out string title);
            var kind = JointActionKind.Other;
            if (Required(table, row, columns, "kind", out string kindText))
            {
                FieldParser.TryActionKind(kindText, columns.Name("kind"), Report, out kind, columns.Language);
            }

            var date = DateOnly.MinValue;
            if (Required(table, row, columns, "date", out string dateText))
            {
                FieldParser.TryDate(dateText, columns.Name("date"), Report, out date);
            }

            DateOnly? endDate = columns.Get(row, "end_date") is { Length: > 0 } endText && FieldParser.TryDate(endText, columns.Name("end_date"), Report, out var end) ? end : null;
            decimal? cost = columns.Get(row, "cost_pln") is { Length: > 0 } costText && FieldParser.TryDecimal(costText, columns.Name("cost_pln"), Report, out var c) ? c : null;
            int? beneficiaries = columns.Get(row, "beneficiaries") is { Length: > 0 } countText && FieldParser.TryCount(countText, columns.Name("beneficiaries"), Report, out var b) ? b : null;
            var links = participations.Remove(id, out var found) ? found : [];
            result.Add(new JointAction(id, title, kind, date, links.Select(l => new Participation(l.InstitutionId, l.Role)), endDate, cost, beneficiaries));
            map.ActionLines.Add(row.Line);
            map.ParticipationLines.Add([.. links.Select(l => l.Line)]);
        }

        ReportOrphans(participations, participationTable, "actions", "UnknownActionRef", columnName, result.Select(a => a.Id));
        return [.. result];
    }

    private Tie[] ReadTies()
    {
        if (Columns("ties", TableSchema.Ties, out var table) is not { } columns || table is null)
        {
            return [];
        }

        var result = new List<Tie>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (!columns.CheckWidth(row, problems)
                | !Required(table, row, columns, "source", out string source)
                | !Required(table, row, columns, "target", out string target))
            {
                continue;
            }

            double weight = 1;
            if (columns.Get(row, "weight") is { Length: > 0 } weightText && !FieldParser.TryDouble(weightText, columns.Name("weight"), m => Fail(table, row, m), out weight))
            {
                weight = 1;
            }

            string layer = columns.Get(row, "layer") is { Length: > 0 } layerText ? layerText : Tie.DefaultLayer;
            DateOnly? date = columns.Get(row, "date") is { Length: > 0 } dateText && FieldParser.TryDate(dateText, columns.Name("date"), m => Fail(table, row, m), out var day) ? day : null;
            DateOnly? endDate = columns.Get(row, "end_date") is { Length: > 0 } endText && FieldParser.TryDate(endText, columns.Name("end_date"), m => Fail(table, row, m), out var end) ? end : null;
            if (endDate is not null && (date is null || endDate < date))
            {
                Fail(table, row, Messages.Get(date is null ? "TieEndWithoutDate" : "TieEndBeforeDate", columns.Name("end_date"), columns.Name("date")));
            }

            result.Add(new Tie(source, target, weight, layer, date, endDate));
            map.TieLines.Add(row.Line);
        }

        return [.. result];
    }

    private BeneficiaryService[] ReadBeneficiaries()
    {
        if (Columns("beneficiaries", TableSchema.Beneficiaries, out var table) is not { } columns || table is null)
        {
            return [];
        }

        var result = new List<BeneficiaryService>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (columns.CheckWidth(row, problems)
                & Required(table, row, columns, "family_id", out string family)
                & Required(table, row, columns, "action_id", out string action))
            {
                result.Add(new BeneficiaryService(family, action));
                map.BeneficiaryLines.Add(row.Line);
            }
        }

        return [.. result];
    }

    /// <summary>Reads a link table (signatures, participations) grouped by the event id it points to.</summary>
    private Dictionary<string, List<(string InstitutionId, ParticipantRole Role, int Line)>> ReadLinks(
        string name, TableSchema schema, string eventColumn, string? roleColumn, out RawTable? table, out string eventColumnName)
    {
        var groups = new Dictionary<string, List<(string, ParticipantRole, int)>>(StringComparer.Ordinal);
        eventColumnName = eventColumn;
        if (Columns(name, schema, out table) is not { } columns || table is null)
        {
            return groups;
        }

        eventColumnName = columns.Name(eventColumn);

        foreach (var row in table.Rows)
        {
            if (!columns.CheckWidth(row, problems)
                | !Required(table, row, columns, eventColumn, out string eventId)
                | !Required(table, row, columns, "institution_id", out string institutionId))
            {
                continue;
            }

            var role = ParticipantRole.Participant;
            if (roleColumn is not null && columns.Get(row, roleColumn) is { Length: > 0 } roleText)
            {
                var rowCopy = row;
                var tableCopy = table;
                FieldParser.TryRole(roleText, columns.Name(roleColumn), m => Fail(tableCopy, rowCopy, m), out role, columns.Language);
            }

            if (!groups.TryGetValue(eventId, out var list))
            {
                groups[eventId] = list = [];
            }

            list.Add((institutionId, role, row.Line));
        }

        return groups;
    }

    private void ReportOrphans(Dictionary<string, List<(string InstitutionId, ParticipantRole Role, int Line)>> orphans, RawTable? table, string events, string messageKey, string column, IEnumerable<string> known)
    {
        if (table is null)
        {
            return;
        }

        if (map.IsUnreadable(events))
        {
            foreach (var links in orphans.Values)
            {
                links.ForEach(_ => map.Unchecked(events, events == "declarations" ? "signatures" : "participations"));
            }

            return;
        }

        var knownIds = known.ToArray();
        foreach (var (id, links) in orphans)
        {
            var nearest = TextKey.Nearest(id, knownIds);
            string hint = nearest is null ? "" : Messages.Get("DidYouMeanSuffix", nearest);
            foreach (var link in links)
            {
                problems.Add(new DatasetProblem(table.Label, link.Line, Messages.Get(messageKey, column, Messages.Quote(id), hint)));
            }
        }
    }
}
