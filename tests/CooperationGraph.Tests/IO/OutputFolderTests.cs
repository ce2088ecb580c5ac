using CooperationGraph.IO;

namespace CooperationGraph.Tests.IO;

/// <summary>
/// The one output writer: whole results or none, a manifest of what a run wrote, nothing foreign ever changed or
/// deleted, leftovers of killed runs swept. By hand, file by file.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("cg-output-").FullName;

    private string Target => Path.Combine(root, "out");

    public void Dispose() => Directory.Delete(root, recursive: true);

    private IReadOnlyList<string> Write(OutputOptions? options = null, params (string Name, string Text)[] files) =>
        TempOutput.Write(Target, options, files);

    private Dictionary<string, string> Contents(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText);

    private string[] Beside() => [.. Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Where(n => n != "out").Order(StringComparer.Ordinal)!];

    [Fact]
    public void A_new_folder_gets_the_files_and_a_manifest_listing_them()
    {
        var written = Write(null, ("a.csv", "1"), ("sub/b.txt", "2"));

        Assert.Equal([Path.Combine(Target, "a.csv"), Path.Combine(Target, "sub", "b.txt")], written);
        Assert.Equal(["a.csv", "sub/b.txt"], OutputManifest.Read(Target)!.Files);
        Assert.Equal("1", File.ReadAllText(Path.Combine(Target, "a.csv")));
        Assert.Empty(Beside());
    }

    [Fact]
    public void A_second_run_replaces_its_files_removes_the_ones_it_no_longer_writes_and_keeps_the_users()
    {
        Write(null, ("a.csv", "old"), ("stale.csv", "old"), ("sub/b.txt", "old"));
        File.WriteAllText(Path.Combine(Target, "notes.txt"), "mine");
        Directory.CreateDirectory(Path.Combine(Target, "sub", "mine"));

        Write(null, ("a.csv", "new"));

        Assert.Equal(new Dictionary<string, string> { ["a.csv"] = "new", ["notes.txt"] = "mine", [OutputManifest.FileName] = File.ReadAllText(Path.Combine(Target, OutputManifest.FileName)) }, Contents(Target));
        Assert.True(Directory.Exists(Path.Combine(Target, "sub", "mine")));
        Assert.Equal(["a.csv"], OutputManifest.Read(Target)!.Files);
        Assert.Empty(Beside());
    }

    [Fact]
    public void A_folder_holding_only_a_previous_result_is_swapped_whole()
    {
        Write(null, ("a.csv", "old"), ("sub/b.txt", "old"));

        Write(null, ("c.csv", "new"));

        Assert.Equal([OutputManifest.FileName, "c.csv"], Contents(Target).Keys.Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(Target, "sub")));
        Assert.Empty(Beside());
    }

    [Fact]
    public void A_folder_of_someone_elses_files_is_refused_unless_asked_and_then_never_loses_a_file()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "institutions.csv"), "theirs");
        File.WriteAllText(Path.Combine(Target, "gaps.json"), "theirs too");

        var refused = Assert.Throws<OutputConflictException>(() => Write(null, ("a.csv", "1")));
        Assert.Contains("--into-existing", refused.Message, StringComparison.Ordinal);
        var clash = Assert.Throws<OutputConflictException>(() => Write(new OutputOptions { IntoExisting = true }, ("gaps.json", "ours")));
        Assert.Contains("gaps.json", clash.Message, StringComparison.Ordinal);
        Assert.Equal(["gaps.json", "institutions.csv"], Contents(Target).Keys.Order(StringComparer.Ordinal));

        Write(new OutputOptions { IntoExisting = true }, ("a.csv", "1"));
        Write(new OutputOptions { IntoExisting = true }, ("b.csv", "2"));

        Assert.Equal([OutputManifest.FileName, "b.csv", "gaps.json", "institutions.csv"], Contents(Target).Keys.Order(StringComparer.Ordinal));
        Assert.Equal("theirs", File.ReadAllText(Path.Combine(Target, "institutions.csv")));
        Assert.Empty(Beside());
    }

    [Fact]
    public void A_failure_before_the_commit_leaves_the_previous_result_and_no_temporary()
    {
        Write(null, ("a.csv", "old"));
        var before = Contents(Target);

        void Fail()
        {
            using var output = OutputFolder.Begin(Target);
            output.WriteText("a.csv", "new");
            throw new InvalidOperationException("the analysis failed");
        }

        Assert.Throws<InvalidOperationException>(Fail);

        Assert.Equal(before, Contents(Target));
        Assert.Empty(Beside());
    }

    [Fact]
    public void An_output_that_is_holds_or_lies_inside_an_input_is_refused_also_through_a_link()
    {
        string input = Path.Combine(root, "data");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "institutions.csv"), "x");
        string link = Path.Combine(root, "link");
        Directory.CreateSymbolicLink(link, input);
        var inputs = new OutputOptions { Inputs = [input] };

        Assert.Throws<OutputConflictException>(() => OutputFolder.Check(input, inputs));
        Assert.Throws<OutputConflictException>(() => OutputFolder.Check(link, inputs));
        Assert.Throws<OutputConflictException>(() => OutputFolder.Check(root, inputs));
        Assert.Throws<OutputConflictException>(() => OutputFolder.Check(Path.Combine(link, "out"), inputs));
        Assert.Throws<OutputConflictException>(() => OutputFile.Check(Path.Combine(link, "institutions.csv"), new OutputOptions { Inputs = [Path.Combine(input, "institutions.csv")] }));
        OutputFolder.Check(Path.Combine(root, "data-out"), inputs);
        Assert.Equal("x", File.ReadAllText(Path.Combine(input, "institutions.csv")));
    }

    [Fact]
    public void Leftovers_of_a_killed_run_are_swept_and_a_result_caught_between_two_renames_is_put_back()
    {
        const int Dead = 999_999_999;
        Write(null, ("a.csv", "old"));
        string staging = Path.Combine(root, $".out.cg-staging-{Dead}-abc");
        Directory.CreateDirectory(staging);
        new OutputManifest([], Staging: true).Write(staging);
        File.WriteAllText(Path.Combine(staging, "half.csv"), "half");
        File.WriteAllText(Path.Combine(root, $".out.cg-staging-{Dead}-def"), "half a file");
        string alive = Path.Combine(root, $".out.cg-staging-{Environment.ProcessId}-ghi");
        Directory.CreateDirectory(alive);

        Write(null, ("a.csv", "new"));

        Assert.Equal([Path.GetFileName(alive)], Beside());
        Directory.Delete(alive);

        // Killed between "target → old" and "staging → target": the next run finds the old result and puts it back.
        Directory.Move(Target, Path.Combine(root, $".out.cg-old-{Dead}-jkl"));
        OutputFolder.Check(Path.Combine(root, "elsewhere"));
        Write(null, ("b.csv", "newer"));
        Assert.Equal([OutputManifest.FileName, "b.csv"], Contents(Target).Keys.Order(StringComparer.Ordinal));
        Assert.Empty(Beside());
    }

    [Fact]
    public void An_old_result_folder_left_behind_loses_only_its_listed_files()
    {
        Write(null, ("a.csv", "old"));
        string old = Path.Combine(root, ".out.cg-old-999999999-x");
        Directory.CreateDirectory(old);
        new OutputManifest(["gaps.json"]).Write(old);
        File.WriteAllText(Path.Combine(old, "gaps.json"), "ours");
        File.WriteAllText(Path.Combine(old, "dropped-in.txt"), "someone's");

        Write(null, ("a.csv", "new"));

        Assert.Equal(["dropped-in.txt"], Directory.GetFiles(old).Select(Path.GetFileName));
    }

    [Fact]
    public void A_workbook_too_large_to_be_read_back_is_refused_and_the_old_one_stays()
    {
        string book = Path.Combine(root, "book.xlsx");
        OutputFile.WriteText(book, "the previous workbook");
        var rows = Enumerable.Range(0, 20_000).Select(k => new object?[] { $"A{k}", $"institution {k}", k % 2 == 0 }).ToList();

        var error = Assert.Throws<OutputConflictException>(() =>
            WorkbookFile.Save(book, document => DatasetWriterSheets(document, rows), maxUnpackedBytes: 1024 * 1024));

        Assert.Contains("write the tables as CSV files instead", error.Message, StringComparison.Ordinal);
        Assert.Equal("the previous workbook", File.ReadAllText(book));
        Assert.Equal(["book.xlsx"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
        WorkbookFile.Save(book, document => DatasetWriterSheets(document, rows[..100]), maxUnpackedBytes: 1024 * 1024);
        Assert.Equal(100, XlsxTableReader.Read(book).Single().Table.Rows.Count);
    }

    private static void DatasetWriterSheets(DocumentFormat.OpenXml.Packaging.SpreadsheetDocument document, List<object?[]> rows) =>
        DatasetWriter.Build(document, [new TableData("participations", ["action_id", "institution_id", "lead"], rows)]);

    [Fact]
    public void A_single_file_is_replaced_by_rename_and_a_failed_write_keeps_the_old_one()
    {
        string file = Path.Combine(root, "t.csv");
        OutputFile.WriteText(file, "old");

        Assert.Throws<IOException>(() => OutputFile.Write(file, stream =>
        {
            stream.Write("new, half"u8);
            throw new IOException("No space left on device");
        }));

        Assert.Equal("old", File.ReadAllText(file));
        Assert.Equal(["t.csv"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
        OutputFile.WriteText(file, "new");
        Assert.Equal("new", File.ReadAllText(file));
        Assert.Throws<OutputConflictException>(() => OutputFile.WriteText(root, "a folder"));
    }
}
