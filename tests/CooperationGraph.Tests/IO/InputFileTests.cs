using System.Diagnostics;
using CooperationGraph.IO;

namespace CooperationGraph.Tests.IO;

/// <summary>Hostile inputs are refused at once, by name, in one line, with bounded memory.</summary>
public sealed class InputFileTests : IDisposable
{
    private readonly TempDataset data = TempDataset.With();

    public void Dispose() => data.Dispose();

    private static DatasetProblem Refused(string path)
    {
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<DatasetException>(() => DatasetReader.Load(path));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        return Assert.Single(error.Problems, p => p.Message.Contains("regular file", StringComparison.Ordinal) || p.Message.Contains("MB", StringComparison.Ordinal) || p.Message.Contains("more files", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_table_linked_to_a_device_is_refused_by_name()
    {
        Skip.IfNot(OperatingSystem.IsLinux());
        File.Delete(data["institutions.csv"]);
        File.CreateSymbolicLink(data["institutions.csv"], "/dev/zero");

        var problem = Refused(data.Folder);

        Assert.Equal(data["institutions.csv"], problem.File);
        Assert.Contains("is not a regular file", problem.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_pipe_that_nobody_writes_to_is_refused_instead_of_waited_on()
    {
        Skip.IfNot(OperatingSystem.IsLinux());
        File.Delete(data["actions.csv"]);
        using (var mkfifo = Process.Start("mkfifo", data["actions.csv"]))
        {
            mkfifo.WaitForExit();
        }

        Assert.Equal(data["actions.csv"], Refused(data.Folder).File);
    }

    [Fact]
    public void A_table_over_the_cap_is_refused_before_it_is_read()
    {
        using (var big = File.Open(data["participations.csv"], FileMode.Append))
        {
            big.SetLength(InputFile.MaxBytes + 1);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        var problem = Refused(data.Folder);

        Assert.Contains("files are read up to 256 MB", problem.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 200L * 1024 * 1024);
    }

    [Fact]
    public void Ten_thousand_unknown_files_are_three_lines_and_a_count()
    {
        for (int k = 0; k < 10_000; k++)
        {
            File.WriteAllText(data[$"extra{k:D5}.csv"], "a\n1\n");
        }

        var error = Assert.Throws<DatasetException>(() => DatasetReader.Load(data.Folder));

        Assert.Equal(4, error.Problems.Count);
        Assert.Equal($"{data.Folder}: and 9 997 more files or sheets of unknown names", error.Problems[3].ToString());
    }

    [Fact]
    public void A_header_of_forty_thousand_columns_is_mapped_in_linear_time()
    {
        string header = "id,name,sector," + string.Join(",", Enumerable.Range(0, 40_000).Select(k => $"extra{k}"));
        string padding = new(',', 40_000);
        File.WriteAllText(data["institutions.csv"], $"{header}\nops,OPS,OPS{padding}\npcpr,PCPR,PCPR{padding}\nsp,PSP,SCHOOL{padding}\n");
        var clock = Stopwatch.StartNew();

        var dataset = DatasetReader.Load(data.Folder);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal(3, dataset.Institutions.Count);
    }
}
