using System.CommandLine;

namespace CooperationGraph.Cli.Commands;

/// <summary><c>cooperation-graph validate DATASET</c>: loads a dataset and prints a summary, or every problem found.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("dataset") { Description = "A folder of CSV files (institutions.csv, actions.csv, …) or an .xlsx workbook with sheets of the same names." };
        var language = CommandBody.MessageLanguageOption();
        var command = new Command("validate", "Check a dataset and print what it holds; on error print every problem as file:line: message.") { dataset, language };
        command.SetBody(
            (parseResult, output, _) =>
            {
                string path = parseResult.GetRequiredValue(dataset);
                var loaded = parseResult.LoadDataset(path);
                WriteSummary(path, loaded, output);
                return 0;
            },
            language);
        return command;
    }

    internal static void WriteSummary(string path, CooperationDataset dataset, TextWriter output)
    {
        output.WriteLine(Messages.Get("ValidDataset", path));
        var language = Messages.Polish ? DatasetLanguage.Polish : DatasetLanguage.English;
        string Name(string table) => DatasetText.TableName(table, language);
        var counts = new (string Table, int Rows)[]
        {
            (Messages.Get("CustomSectors"), dataset.CustomSectors.Count()),
            (Name("institutions"), dataset.Institutions.Count),
            (Name("declarations"), dataset.Declarations.Count),
            (Name("signatures"), dataset.Declarations.Sum(d => d.Signatories.Count)),
            (Name("actions"), dataset.JointActions.Count),
            (Name("participations"), dataset.JointActions.Sum(a => a.Participants.Count)),
            (Name("ties"), dataset.Ties.Count),
            (Name("beneficiaries"), dataset.Beneficiaries.Count),
        };
        foreach (var (table, rows) in counts)
        {
            output.WriteLine($"  {table,-18} {rows,6}");
        }

        output.WriteLine(Messages.Get("InstitutionsPerSector"));
        foreach (var group in dataset.Institutions.GroupBy(i => i.Sector).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key.Code,-24} {group.Count(),4}  {(language == DatasetLanguage.Polish ? group.Key.NamePl : group.Key.NameEn)}");
        }

        if (dataset.JointActions.Count > 0)
        {
            output.WriteLine(Messages.Get("ActionsPerKind"));
            foreach (var group in dataset.JointActions.GroupBy(a => a.Kind).OrderBy(g => g.Key))
            {
                output.WriteLine($"  {DatasetText.Word(group.Key, language),-24} {group.Count(),4}");
            }

            output.WriteLine(Messages.Get("ActionsDated", Iso(dataset.JointActions.Min(a => a.Date)), Iso(dataset.JointActions.Max(a => a.EndDate ?? a.Date))));
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
