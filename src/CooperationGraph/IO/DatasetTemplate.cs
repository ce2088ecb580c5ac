using System.Globalization;
using CooperationGraph.IO;
using CooperationGraph.Text;

namespace CooperationGraph;

/// <summary>
/// Writes a workbook to fill in by hand, in Excel or LibreOffice: a first sheet of instructions (<c>instructions</c> /
/// <c>instrukcja</c>, three lines per sheet), one sheet per table with its header in the chosen language and a worked
/// example row from the Łoniów pilot, drop-down lists (Excel data validation) for sector codes, action and declaration
/// kinds, roles, levels and for every id that must name a row of another sheet, and date columns formatted as dates.
/// The allowed values sit on a hidden sheet <c>_lists</c> / <c>_listy</c>. <see cref="DatasetReader"/> reads the
/// filled workbook as it is: it skips the instructions and any sheet whose name starts with <c>_</c>.
/// </summary>
public static class DatasetTemplate
{
    /// <summary>The worked example: one row per sheet (two institutions, so that a tie can join them).</summary>
    public static CooperationDataset Example => TemplateExample.Create();

    /// <summary>Writes the template workbook.</summary>
    /// <param name="path">The <c>.xlsx</c> file to write (replaced if it exists).</param>
    /// <param name="options">Language, model and rows; <see cref="TemplateOptions"/>' defaults when null.</param>
    public static void Save(string path, TemplateOptions? options = null) => Save(path, options, null);

    /// <summary>Writes the template workbook, whole or not at all, never over an input.</summary>
    /// <param name="path">The <c>.xlsx</c> file to write (replaced by rename if it exists).</param>
    /// <param name="options">Language, model and rows; <see cref="TemplateOptions"/>' defaults when null.</param>
    /// <param name="output">Inputs (a model file) the workbook must not overlap.</param>
    public static void Save(string path, TemplateOptions? options, OutputOptions? output)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new TemplateOptions();
        if (options.Rows < 1)
        {
            throw new ArgumentException("TemplateOptions.Rows must be at least 1.", nameof(options));
        }

        TemplateWorkbook.Save(path, Sheets(options), options.Rows, output);
    }

    /// <summary>The sheets of the template, in order: instructions, the eight tables, the hidden lists.</summary>
    internal static List<TemplateSheet> Sheets(TemplateOptions options)
    {
        var language = options.Language;
        var culture = language == DatasetLanguage.Polish ? CultureInfo.GetCultureInfo("pl-PL") : CultureInfo.InvariantCulture;
        var data = options.Data ?? TemplateExample.Create(language);
        var written = DatasetTables.From(data, language).ToDictionary(t => t.Name, StringComparer.Ordinal);
        string listsName = language == DatasetLanguage.Polish ? "_listy" : "_lists";
        var lists = Lists(data, language, culture);
        string ListRange(int column) => Range(listsName, column, lists.Rows.Count(r => r[column] is not null));

        var sheets = new List<TemplateSheet> { Instructions(options, culture) };
        foreach (var schema in TableSchema.All.OrderBy(s => Array.IndexOf(TemplateOrder, s.Name)))
        {
            string name = schema.TableName(language);
            var table = written.GetValueOrDefault(name) ?? new TableData(name, schema.ColumnNames(language), []);
            var english = table.Header.Select(h => schema.Match(h, out _) ?? h).ToArray();
            var dates = english.Select((c, i) => (c, i)).Where(p => DatasetTables.DateColumns.Contains(p.c)).Select(p => p.i).ToArray();
            int sectorColumn = schema.Name == "institutions" ? Array.IndexOf(english, "sector") : -1;
            var rows = table.Rows.Select(r => r.Select((cell, i) =>
                dates.Contains(i) && cell is string iso ? DateOnly.ParseExact(iso, InvariantText.DayFormat, CultureInfo.InvariantCulture)
                : i == sectorColumn && cell is string code && data.Sectors.TryResolve(code, out var sector) ? SectorCatalog.ListEntry(sector, language == DatasetLanguage.Polish)
                : cell).ToArray()).ToList();
            var validations = new List<(int, string)>();
            for (int i = 0; i < english.Length; i++)
            {
                string? range = (schema.Name, english[i]) switch
                {
                    ("institutions", "sector") => ListRange(0),
                    ("actions", "kind") => ListRange(1),
                    ("declarations", "kind") => ListRange(2),
                    ("participations", "role") => ListRange(3),
                    ("institutions", "level") => ListRange(4),
                    ("survey", "level") => ListRange(5),
                    ("survey", "reliability" or "mission" or "openness" or "power" or "involvement" or "resources") => ListRange(6),
                    ("respondents", "responded") => ListRange(7),
                    ("survey", "respondent_id" or "partner_id") => Range(TableSchema.Institutions.TableName(language), 0, options.Rows),
                    (_, "declaration_id") => Range(TableSchema.Declarations.TableName(language), 0, options.Rows),
                    (_, "institution_id" or "source" or "target") => Range(TableSchema.Institutions.TableName(language), 0, options.Rows),
                    (_, "action_id") => Range(TableSchema.Actions.TableName(language), 0, options.Rows),
                    _ => null,
                };
                if (range is not null)
                {
                    validations.Add((i, range));
                }
            }

            sheets.Add(new TemplateSheet(name, table.Header, rows, dates, validations));
        }

        sheets.Add(lists with { Name = listsName });
        return sheets;
    }

    /// <summary>The order a person fills the sheets in: who, then what they signed, then what they did.</summary>
    internal static readonly string[] TemplateOrder = ["institutions", "sectors", "declarations", "signatures", "actions", "participations", "ties", "beneficiaries", "survey", "respondents"];

    /// <summary>The allowed values, one column each: sector codes, action kinds, declaration kinds, roles, levels, the survey's levels, items and answers.</summary>
    internal static TemplateSheet Lists(CooperationDataset data, DatasetLanguage language, CultureInfo culture)
    {
        string[][] columns =
        [
            [.. data.Sectors.Sectors.Select(s => SectorCatalog.ListEntry(s, language == DatasetLanguage.Polish))],
            FieldParser.Words<JointActionKind>(language),
            FieldParser.Words<DeclarationKind>(language),
            FieldParser.Words<ParticipantRole>(language),
            FieldParser.Words<TerritorialLevel>(language),
            [.. Enum.GetValues<CollaborationLevel>().Select(l => $"{(int)l} – {Messages.In(culture, Model.SurveyValidator.LevelKey(l))}")],
            ["1", "2", "3", "4"],
            language == DatasetLanguage.Polish ? ["tak", "nie"] : ["true", "false"],
        ];
        string[] header = [.. new[] { "ListSectors", "ListActionKinds", "ListDeclarationKinds", "ListRoles", "ListLevels", "ListCollaborationLevels", "ListItems", "ListAnswers" }.Select(k => Messages.In(culture, k))];
        int height = columns.Max(c => c.Length);
        var rows = Enumerable.Range(0, height).Select(r => columns.Select(c => r < c.Length ? (object?)c[r] : null).ToArray()).ToList();
        return new TemplateSheet("_lists", header, rows, [], []) { Hidden = true };
    }

    private static TemplateSheet Instructions(TemplateOptions options, CultureInfo culture)
    {
        string M(string key, params object?[] args) => Messages.In(culture, key, args);
        var rows = new List<object?[]>
        {
            new object?[] { M("TemplateTitle") },
            new object?[] { null, M("TemplateIntro1") },
            new object?[] { null, M("TemplateIntro2") },
            new object?[] { null, M("TemplateIntro3") },
        };
        if (options.Model is { } model)
        {
            rows.Add([null, M("TemplateModel", Messages.Quote(model.Name), string.Join(", ", model.RequiredSectors.Select(s => s.Code)), string.Join(", ", model.RequiredLinks.Select(l => l.ToString())))]);
        }

        foreach (var name in TemplateOrder)
        {
            rows.Add([]);
            var schema = TableSchema.All.Single(s => s.Name == name);
            for (int line = 1; line <= 3; line++)
            {
                rows.Add([line == 1 ? schema.TableName(options.Language) : null, M($"Sheet_{name}_{line}")]);
            }
        }

        string sheet = options.Language == DatasetLanguage.Polish ? DatasetReader.InstructionSheets[1] : DatasetReader.InstructionSheets[0];
        return new TemplateSheet(sheet, [], rows, [], []) { BoldFirstColumn = true };
    }

    /// <summary>An absolute range of one column on a sheet, below its header: <c>'działania'!$A$2:$A$2001</c>.</summary>
    private static string Range(string sheet, int column, int rows)
    {
        string letters = TemplateWorkbook.Column(column);
        return $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'!${letters}$2:${letters}${Math.Max(rows, 1) + 1}";
    }
}
