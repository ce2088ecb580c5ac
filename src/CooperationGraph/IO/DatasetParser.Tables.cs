using CooperationGraph.Model;

namespace CooperationGraph.IO;

/// <summary>One method per table of the dataset format. Rows with bad fields still yield an item (with
/// placeholder values) so that references to them do not cascade into more problems; the parse fails anyway.</summary>
internal sealed partial class DatasetParser
{
    private Institution[] ReadInstitutions()
    {
        if (!tables.TryGetValue("institutions", out var table) || TableSchema.Institutions.Map(table, problems) is not { } columns)
        {
            return [];
        }

        if (table.Rows.Count == 0)
        {
            problems.Add(new DatasetProblem(table.Label, null, "lists no institutions"));
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
                Fail(table, row, catalog.UnknownMessage(sectorText));
                sector = catalog.Sectors[0];
            }

            TerritorialLevel? level = null;
            string levelText = columns.Get(row, "level");
            if (levelText.Length > 0 && FieldParser.TryLevel(levelText, m => Fail(table, row, m), out var parsedLevel))
            {
                level = parsedLevel;
            }

            var attributes = columns.Extras.Select(e => KeyValuePair.Create(e.Name, ColumnMap.Field(row, e.Index)));
            result.Add(new Institution(id, name, sector!, columns.Get(row, "unit"), level, attributes));
            map.InstitutionLines.Add(row.Line);
        }

        return [.. result];
    }

    private Declaration[] ReadDeclarations()
    {
        var signatures = ReadLinks("signatures", TableSchema.Signatures, "declaration_id", null, out var signatureTable);
        if (!tables.TryGetValue("declarations", out var table) || TableSchema.Declarations.Map(table, problems) is not { } columns)
        {
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
                FieldParser.TryDate(dateText, "signed_on", m => Fail(table, row, m), out signedOn);
            }

            var kind = DeclarationKind.Declaration;
            string kindText = columns.Get(row, "kind");
            if (kindText.Length > 0)
            {
                FieldParser.TryDeclarationKind(kindText, m => Fail(table, row, m), out kind);
            }

            var links = signatures.Remove(id, out var found) ? found : [];
            result.Add(new Declaration(id, title, signedOn, kind, links.Select(l => l.InstitutionId)));
            map.DeclarationLines.Add(row.Line);
            map.SignatureLines.Add([.. links.Select(l => l.Line)]);
        }

        ReportOrphans(signatures, signatureTable, "declaration", "declaration_id", result.Select(d => d.Id));
        return [.. result];
    }

    private JointAction[] ReadActions()
    {
        var participations = ReadLinks("participations", TableSchema.Participations, "action_id", "role", out var participationTable);
        if (!tables.TryGetValue("actions", out var table) || TableSchema.Actions.Map(table, problems) is not { } columns)
        {
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
                FieldParser.TryActionKind(kindText, Report, out kind);
            }

            var date = DateOnly.MinValue;
            if (Required(table, row, columns, "date", out string dateText))
            {
                FieldParser.TryDate(dateText, "date", Report, out date);
            }

            DateOnly? endDate = columns.Get(row, "end_date") is { Length: > 0 } endText && FieldParser.TryDate(endText, "end_date", Report, out var end) ? end : null;
            decimal? cost = columns.Get(row, "cost_pln") is { Length: > 0 } costText && FieldParser.TryDecimal(costText, "cost_pln", Report, out var c) ? c : null;
            int? beneficiaries = columns.Get(row, "beneficiaries") is { Length: > 0 } countText && FieldParser.TryCount(countText, "beneficiaries", Report, out var b) ? b : null;
            var links = participations.Remove(id, out var found) ? found : [];
            result.Add(new JointAction(id, title, kind, date, links.Select(l => new Participation(l.InstitutionId, l.Role)), endDate, cost, beneficiaries));
            map.ActionLines.Add(row.Line);
            map.ParticipationLines.Add([.. links.Select(l => l.Line)]);
        }

        ReportOrphans(participations, participationTable, "action", "action_id", result.Select(a => a.Id));
        return [.. result];
    }

    private Tie[] ReadTies()
    {
        if (!tables.TryGetValue("ties", out var table) || TableSchema.Ties.Map(table, problems) is not { } columns)
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
            if (columns.Get(row, "weight") is { Length: > 0 } weightText && !FieldParser.TryDouble(weightText, "weight", m => Fail(table, row, m), out weight))
            {
                weight = 1;
            }

            string layer = columns.Get(row, "layer") is { Length: > 0 } layerText ? layerText : Tie.DefaultLayer;
            DateOnly? date = columns.Get(row, "date") is { Length: > 0 } dateText && FieldParser.TryDate(dateText, "date", m => Fail(table, row, m), out var day) ? day : null;
            DateOnly? endDate = columns.Get(row, "end_date") is { Length: > 0 } endText && FieldParser.TryDate(endText, "end_date", m => Fail(table, row, m), out var end) ? end : null;
            if (endDate is not null && (date is null || endDate < date))
            {
                Fail(table, row, date is null ? "end_date is given without a date" : "end_date is before date");
            }

            result.Add(new Tie(source, target, weight, layer, date, endDate));
            map.TieLines.Add(row.Line);
        }

        return [.. result];
    }

    private BeneficiaryService[] ReadBeneficiaries()
    {
        if (!tables.TryGetValue("beneficiaries", out var table) || TableSchema.Beneficiaries.Map(table, problems) is not { } columns)
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
        string name, TableSchema schema, string eventColumn, string? roleColumn, out RawTable? table)
    {
        var groups = new Dictionary<string, List<(string, ParticipantRole, int)>>(StringComparer.Ordinal);
        if (!tables.TryGetValue(name, out table) || schema.Map(table, problems) is not { } columns)
        {
            return groups;
        }

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
                FieldParser.TryRole(roleText, m => Fail(tableCopy, rowCopy, m), out role);
            }

            if (!groups.TryGetValue(eventId, out var list))
            {
                groups[eventId] = list = [];
            }

            list.Add((institutionId, role, row.Line));
        }

        return groups;
    }

    private void ReportOrphans(Dictionary<string, List<(string InstitutionId, ParticipantRole Role, int Line)>> orphans, RawTable? table, string kind, string column, IEnumerable<string> known)
    {
        var knownIds = known.ToArray();
        foreach (var (id, links) in orphans)
        {
            var nearest = Text.TextKey.Nearest(id, knownIds);
            string hint = nearest is null ? "" : $"; did you mean '{nearest}'?";
            foreach (var link in links)
            {
                problems.Add(new DatasetProblem(table!.Label, link.Line, $"{column} '{id}' is not a known {kind}{hint}"));
            }
        }
    }
}
