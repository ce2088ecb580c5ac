using System.Text;

namespace CooperationGraph.Tests.IO;

/// <summary>A dataset folder written from inline text into a fresh temporary directory, deleted on dispose.</summary>
internal sealed class TempDataset : IDisposable
{
    public const string Institutions = "id,name,sector\nops,OPS Łoniów,OPS\npcpr,PCPR Sandomierz,PCPR\nsp,PSP Łoniów,SCHOOL\n";
    public const string Declarations = "id,title,signed_on\nd1,Deklaracja,2018-09-14\n";
    public const string Signatures = "declaration_id,institution_id\nd1,ops\nd1,pcpr\n";
    public const string Actions = "id,title,kind,date\na1,Spotkanie,meeting,2018-10-01\n";
    public const string Participations = "action_id,institution_id,role\na1,ops,lead\na1,sp,participant\n";

    private TempDataset()
    {
        Folder = Path.Combine(Path.GetTempPath(), "cg-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string this[string file] => Path.Combine(Folder, file);

    /// <summary>The valid base dataset with some files replaced (null text removes a file).</summary>
    public static TempDataset With(params (string File, string? Text)[] files)
    {
        var data = new TempDataset();
        var all = new Dictionary<string, string?>
        {
            ["institutions.csv"] = Institutions,
            ["declarations.csv"] = Declarations,
            ["signatures.csv"] = Signatures,
            ["actions.csv"] = Actions,
            ["participations.csv"] = Participations,
        };
        foreach (var (file, text) in files)
        {
            all[file] = text;
        }

        foreach (var (file, text) in all)
        {
            if (text is not null)
            {
                File.WriteAllText(data[file], text, new UTF8Encoding(false));
            }
        }

        return data;
    }

    public static TempDataset Empty() => new();

    public CooperationDataset Load() => DatasetReader.Load(Folder);

    public DatasetProblem[] Problems() => [.. Assert.Throws<DatasetException>(Load).Problems];

    /// <summary>The problems as the tool prints them (<see cref="DatasetException.Summary"/>).</summary>
    public DatasetProblem[] Summary() => [.. Assert.Throws<DatasetException>(Load).Summary];

    public DatasetProblem Problem() => Assert.Single(Problems());

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
