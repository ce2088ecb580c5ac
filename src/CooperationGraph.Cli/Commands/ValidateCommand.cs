using System.CommandLine;
using CooperationGraph.IO;
using CooperationGraph.Model;

namespace CooperationGraph.Cli.Commands;

/// <summary><c>cooperation-graph validate DATASET</c>: loads a dataset and prints a summary, or every problem found.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("dataset") { Description = "A folder of CSV files (institutions.csv, actions.csv, …) or an .xlsx workbook with sheets of the same names." };
        var command = new Command("validate", "Check a dataset and print what it holds; on error print every problem as file:line: message.") { dataset };
        command.SetBody((parseResult, output) =>
        {
            string path = parseResult.GetRequiredValue(dataset);
            var loaded = DatasetReader.Load(path);
            WriteSummary(path, loaded, output);
            return 0;
        });
        return command;
    }

    internal static void WriteSummary(string path, CooperationDataset dataset, TextWriter output)
    {
        output.WriteLine($"{path}: valid dataset");
        var counts = new (string Table, int Rows)[]
        {
            ("sectors (custom)", dataset.CustomSectors.Count()),
            ("institutions", dataset.Institutions.Count),
            ("declarations", dataset.Declarations.Count),
            ("signatures", dataset.Declarations.Sum(d => d.Signatories.Count)),
            ("actions", dataset.JointActions.Count),
            ("participations", dataset.JointActions.Sum(a => a.Participants.Count)),
            ("ties", dataset.Ties.Count),
            ("beneficiaries", dataset.Beneficiaries.Count),
        };
        foreach (var (table, rows) in counts)
        {
            output.WriteLine($"  {table,-18} {rows,6}");
        }

        output.WriteLine("Institutions per sector:");
        foreach (var group in dataset.Institutions.GroupBy(i => i.Sector).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key.Code,-24} {group.Count(),4}  {group.Key.NameEn}");
        }

        if (dataset.JointActions.Count > 0)
        {
            output.WriteLine("Joint actions per kind:");
            foreach (var group in dataset.JointActions.GroupBy(a => a.Kind).OrderBy(g => g.Key))
            {
                output.WriteLine($"  {DatasetText.Word(group.Key),-24} {group.Count(),4}");
            }

            output.WriteLine($"Actions dated {dataset.JointActions.Min(a => a.Date):yyyy-MM-dd} to {dataset.JointActions.Max(a => a.EndDate ?? a.Date):yyyy-MM-dd}.");
        }
    }
}
