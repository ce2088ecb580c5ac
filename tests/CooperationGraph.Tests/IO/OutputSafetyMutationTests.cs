using System.Diagnostics;
using System.Text;
using CooperationGraph.IO;

namespace CooperationGraph.Tests.IO;

/// <summary>
/// The writer's promises to the user's files, one guard at a time: refusals with their exact messages, the staging
/// manifest, a foreign or hostile manifest, the sweep of dead runs' temporaries (which to restore, which to keep), the
/// manifest file itself, and the single-file writer.
/// </summary>
public sealed class OutputSafetyMutationTests : IDisposable
{
    private const int Dead = 999_999_999;
    private readonly string root = Directory.CreateTempSubdirectory("cg-output-").FullName;

    private string Target => Path.Combine(root, "out");

    public void Dispose() => Directory.Delete(root, recursive: true);

    private IReadOnlyList<string> Write(OutputOptions? options = null, params (string Name, string Text)[] files) =>
        TempOutput.Write(Target, options, files);

    private static Dictionary<string, string> Contents(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText);

    private string[] Beside() => [.. Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Where(n => n != "out").Order(StringComparer.Ordinal)!];

    private string[] StagingFolders() => [.. Directory.GetDirectories(root, ".out.cg-staging-*")];

    /// <summary>A folder beside the target as a killed run leaves it: a manifest and files.</summary>
    private string Leftover(string name, bool staging, params (string Name, string Text)[] files)
    {
        string folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        new OutputManifest([.. files.Select(f => f.Name)], staging).Write(folder);
        foreach (var (file, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, file))!);
            File.WriteAllText(Path.Combine(folder, file), text);
        }

        return folder;
    }

    [Fact]
    public void A_file_as_the_output_folder_is_refused_with_its_message_and_kept()
    {
        File.WriteAllText(Target, "a file");

        var checkedFirst = Assert.Throws<OutputConflictException>(() => OutputFolder.Check(Target));
        var begun = Assert.Throws<OutputConflictException>(() => OutputFolder.Begin(Target));

        Assert.Equal($"{Target} is a file, not a folder; choose a folder for the results", checkedFirst.Message);
        Assert.Equal(checkedFirst.Message, begun.Message);
        Assert.Equal("a file", File.ReadAllText(Target));
        Assert.Empty(Beside());
    }

    [Fact]
    public void A_foreign_folder_is_refused_with_the_exact_message_naming_the_folder_as_given()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "mine.txt"), "mine");
        string given = Target + "/";

        var refused = Assert.Throws<OutputConflictException>(() => OutputFolder.Begin(given));

        Assert.Equal($"{given} already holds files this tool did not write; choose an empty or new folder, or add --into-existing to write beside them (none of them is changed or deleted)", refused.Message);
        Assert.Equal(["mine.txt"], Contents(Target).Keys);
        Assert.Empty(Beside());
    }

    [Fact]
    public void Check_lets_a_foreign_folder_through_when_writing_beside_it_is_allowed()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "mine.txt"), "mine");

        OutputFolder.Check(Target, new OutputOptions { IntoExisting = true });
        Assert.Throws<OutputConflictException>(() => OutputFolder.Check(Target));
    }

    [Fact]
    public void An_existing_empty_folder_receives_the_result()
    {
        Directory.CreateDirectory(Target);

        OutputFolder.Check(Target);
        var written = Write(null, ("a.csv", "1"));

        Assert.Equal([Path.Combine(Target, "a.csv")], written);
        Assert.Equal("1", File.ReadAllText(Path.Combine(Target, "a.csv")));
        Assert.Equal(["a.csv"], OutputManifest.Read(Target)!.Files);
        Assert.Empty(Beside());
    }

    [Fact]
    public void A_blank_folder_name_or_the_file_system_root_is_refused()
    {
        Assert.Throws<ArgumentException>(() => OutputFolder.Begin("  "));
        var root = Assert.Throws<OutputConflictException>(() => OutputFolder.Begin("/"));
        Assert.Equal("/ has no parent folder to write beside", root.Message);
    }

    [Fact]
    public void While_a_run_is_open_its_staging_folder_carries_a_staging_manifest_listing_nothing()
    {
        using var output = OutputFolder.Begin(Target);
        output.WriteText("a.csv", "1");

        string staging = Assert.Single(StagingFolders());
        var manifest = OutputManifest.Read(staging)!;
        Assert.True(manifest.Staging);
        Assert.Empty(manifest.Files);
        Assert.Equal("1", File.ReadAllText(Path.Combine(staging, "a.csv")));
        Assert.StartsWith($".out.cg-staging-{Environment.ProcessId}-", Path.GetFileName(staging), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../escape.csv")]
    [InlineData("/abs.csv")]
    [InlineData(".cooperation-graph.json")]
    [InlineData("")]
    public void A_name_outside_the_result_or_the_manifests_is_refused_with_its_message(string name)
    {
        using var output = OutputFolder.Begin(Target);

        var refused = Assert.Throws<ArgumentException>(() => output.PathOf(name));

        Assert.Equal($"'{name}' is not a new relative file name inside the result. (Parameter 'name')", refused.Message);
        Assert.False(File.Exists(Path.Combine(root, "escape.csv")));
    }

    [Fact]
    public void A_name_given_twice_is_refused()
    {
        using var output = OutputFolder.Begin(Target);
        output.WriteText("a.csv", "1");

        Assert.Throws<ArgumentException>(() => output.WriteText("a.csv", "2"));
        output.Commit();

        Assert.Equal("1", File.ReadAllText(Path.Combine(Target, "a.csv")));
    }

    [Fact]
    public void After_the_commit_or_dispose_the_result_takes_no_more_files_and_commits_no_more()
    {
        var output = OutputFolder.Begin(Target);
        output.WriteText("a.csv", "1");
        output.Commit();

        Assert.Throws<ObjectDisposedException>(() => output.PathOf("b.csv"));
        Assert.Throws<ObjectDisposedException>(() => output.Commit());
        output.Dispose();
        Assert.Equal([OutputManifest.FileName, "a.csv"], Directory.GetFiles(Target).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var disposed = OutputFolder.Begin(Path.Combine(root, "other"));
        disposed.Dispose();
        Assert.Throws<ObjectDisposedException>(() => disposed.PathOf("b.csv"));
        Assert.Throws<ObjectDisposedException>(() => disposed.Rewrite("b.csv", t => t));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
    }

    [Fact]
    public void Rewrite_changes_the_staged_text_only_and_refuses_a_file_not_in_the_result()
    {
        Write(null, ("a.csv", "old"));
        using var output = OutputFolder.Begin(Target);
        output.WriteText("a.csv", "new");

        output.Rewrite("a.csv", text => text + " and more");

        Assert.Equal("old", File.ReadAllText(Path.Combine(Target, "a.csv")));
        var refused = Assert.Throws<ArgumentException>(() => output.Rewrite("b.csv", text => text));
        Assert.Equal("'b.csv' is not part of the result. (Parameter 'name')", refused.Message);
        output.Commit();
        Assert.Equal("new and more", File.ReadAllText(Path.Combine(Target, "a.csv")));
    }

    [Fact]
    public void A_file_dropped_into_the_target_during_the_run_is_never_replaced()
    {
        using var output = OutputFolder.Begin(Target);
        output.WriteText("a.csv", "ours");
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "notes.txt"), "mine");

        var refused = Assert.Throws<OutputConflictException>(() => output.Commit());

        Assert.Equal($"{Target} already holds files this tool did not write; choose an empty or new folder, or add --into-existing to write beside them (none of them is changed or deleted)", refused.Message);
        Assert.Equal(new Dictionary<string, string> { ["notes.txt"] = "mine" }, Contents(Target));
    }

    [Fact]
    public void A_foreign_file_or_folder_named_like_ours_is_refused_with_its_path_and_kept()
    {
        Directory.CreateDirectory(Path.Combine(Target, "report.html"));
        File.WriteAllText(Path.Combine(Target, "report.html", "inside.txt"), "mine");
        File.WriteAllText(Path.Combine(Target, "gaps.json"), "mine too");
        var into = new OutputOptions { IntoExisting = true };

        var folder = Assert.Throws<OutputConflictException>(() => Write(into, ("report.html", "ours")));
        var file = Assert.Throws<OutputConflictException>(() => Write(into, ("a.csv", "ours"), ("gaps.json", "ours")));

        Assert.Equal($"{Path.Combine(Target, "report.html")} was not written by this tool and would be replaced; move it away or choose another folder", folder.Message);
        Assert.Equal($"{Path.Combine(Target, "gaps.json")} was not written by this tool and would be replaced; move it away or choose another folder", file.Message);
        Assert.Equal(new Dictionary<string, string> { ["report.html/inside.txt"] = "mine", ["gaps.json"] = "mine too" }, Contents(Target));
        Assert.Empty(Beside());
    }

    [Fact]
    public void Beside_foreign_files_a_file_in_a_new_subfolder_is_written_and_listed()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "mine.txt"), "mine");

        Write(new OutputOptions { IntoExisting = true }, ("deep/er/a.csv", "1"));

        Assert.Equal("1", File.ReadAllText(Path.Combine(Target, "deep", "er", "a.csv")));
        Assert.Equal(["deep/er/a.csv"], OutputManifest.Read(Target)!.Files);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Target, "mine.txt")));
    }

    [Fact]
    public void A_merge_stopped_part_way_leaves_every_file_of_both_runs_listed()
    {
        Write(null, ("a.csv", "old"), ("b.csv", "old"));
        File.Delete(Path.Combine(Target, "b.csv"));
        Directory.CreateDirectory(Path.Combine(Target, "b.csv"));
        File.WriteAllText(Path.Combine(Target, "b.csv", "blocker.txt"), "in the way");

        Assert.ThrowsAny<IOException>(() => Write(null, ("c.csv", "new"), ("b.csv", "new")));

        Assert.Equal(["a.csv", "b.csv", "c.csv"], OutputManifest.Read(Target)!.Files);
        Assert.Equal("new", File.ReadAllText(Path.Combine(Target, "c.csv")));
        Assert.Equal("in the way", File.ReadAllText(Path.Combine(Target, "b.csv", "blocker.txt")));
    }

    [Fact]
    public void A_swap_removes_the_old_results_nested_folders_deepest_first()
    {
        Write(null, ("x/y/z.csv", "old"), ("x/w.csv", "old"));

        Write(null, ("a.csv", "new"));

        Assert.Equal([OutputManifest.FileName, "a.csv"], Directory.GetFileSystemEntries(Target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Beside());
    }

    [Fact]
    public void A_previous_subfolder_the_user_deleted_does_not_stop_the_next_run()
    {
        Write(null, ("sub/b.csv", "old"), ("a.csv", "old"));
        Directory.Delete(Path.Combine(Target, "sub"), recursive: true);

        Write(null, ("a.csv", "new"));

        Assert.Equal(["a.csv"], OutputManifest.Read(Target)!.Files);
        Assert.Empty(Beside());
    }

    /// <summary>A previous result with <c>sub/b.csv</c> and <c>a.csv</c> whose folder <c>sub</c> the user replaced by a link
    /// to a folder of their own holding a <c>b.csv</c> ("mine"); returns that folder.</summary>
    private string LinkInPlaceOfSub()
    {
        string user = Path.Combine(root, "user");
        Directory.CreateDirectory(user);
        File.WriteAllText(Path.Combine(user, "b.csv"), "mine");
        Write(null, ("sub/b.csv", "old"), ("a.csv", "old"));
        Directory.Delete(Path.Combine(Target, "sub"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(Target, "sub"), user);
        return user;
    }

    [Fact]
    public void A_stale_file_is_never_deleted_through_a_link_the_user_put_in_place_of_our_subfolder()
    {
        string user = LinkInPlaceOfSub();

        Write(null, ("a.csv", "new"));

        Assert.Equal("mine", File.ReadAllText(Path.Combine(user, "b.csv")));
    }

    [Fact]
    public void A_result_is_never_written_through_a_link_the_user_put_in_place_of_our_subfolder()
    {
        string user = LinkInPlaceOfSub();

        Assert.Throws<OutputConflictException>(() => Write(null, ("sub/b.csv", "new"), ("a.csv", "new")));

        Assert.Equal("mine", File.ReadAllText(Path.Combine(user, "b.csv")));
        Assert.Equal("old", File.ReadAllText(Path.Combine(Target, "a.csv")));
        Assert.Equal(["user"], Beside());
    }

    [Fact]
    public void A_manifest_of_another_tool_makes_the_folder_foreign()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, OutputManifest.FileName), """{"tool": "other", "files": ["notes.txt"]}""");
        File.WriteAllText(Path.Combine(Target, "notes.txt"), "mine");

        Assert.Null(OutputManifest.Read(Target));
        Assert.Throws<OutputConflictException>(() => Write(null, ("a.csv", "1")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Target, "notes.txt")));
    }

    [Theory]
    [InlineData("""{"tool": "cooperation-graph", "files": ["../victim.txt"]}""")]
    [InlineData("""{"tool": "cooperation-graph", "files": ["/victim.txt"]}""")]
    [InlineData("""{"tool": "cooperation-graph", "files": [null]}""")]
    [InlineData("""{"tool": "cooperation-graph", "files": [5]}""")]
    [InlineData("""{"tool": "cooperation-graph", "files": "a.csv"}""")]
    [InlineData("""{"tool": 5, "files": []}""")]
    [InlineData("""{"files": []}""")]
    [InlineData("""not json""")]
    [InlineData("""[]""")]
    public void A_manifest_that_is_not_ours_or_names_a_file_outside_its_folder_is_no_manifest(string text)
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, OutputManifest.FileName), text);
        File.WriteAllText(Path.Combine(root, "victim.txt"), "mine");

        Assert.Null(OutputManifest.Read(Target));
        Assert.Throws<OutputConflictException>(() => Write(null, ("a.csv", "1")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(root, "victim.txt")));
    }

    [Fact]
    public void The_manifest_is_written_sorted_with_tool_version_state_and_a_final_new_line()
    {
        new OutputManifest(["z"], Staging: true).Write(root);

        string staged = File.ReadAllText(Path.Combine(root, OutputManifest.FileName), Encoding.UTF8);
        Assert.Equal($"{{\n  \"tool\": \"cooperation-graph\",\n  \"version\": \"{OutputManifest.Version}\",\n  \"state\": \"staging\",\n  \"files\": [\n    \"z\"\n  ]\n}}\n", staged);
        new OutputManifest(["b.csv", "a/c.csv", "B.csv"]).Write(root);
        Assert.Equal($"{{\n  \"tool\": \"cooperation-graph\",\n  \"version\": \"{OutputManifest.Version}\",\n  \"files\": [\n    \"B.csv\",\n    \"a/c.csv\",\n    \"b.csv\"\n  ]\n}}\n", File.ReadAllText(Path.Combine(root, OutputManifest.FileName), Encoding.UTF8));
        Assert.Equal(["B.csv", "a/c.csv", "b.csv"], OutputManifest.Read(root)!.Files);
        Assert.False(OutputManifest.Read(root)!.Staging);
        Assert.Equal([OutputManifest.FileName], Directory.GetFiles(root).Select(Path.GetFileName));
        Assert.DoesNotContain('+', OutputManifest.Version);
    }

    [Theory]
    [InlineData("a.csv", true)]
    [InlineData("sub/b.txt", true)]
    [InlineData("..a", true)]
    [InlineData("", false)]
    [InlineData("/a", false)]
    [InlineData("a\\b", false)]
    [InlineData("a//b", false)]
    [InlineData("a/", false)]
    [InlineData(".", false)]
    [InlineData("..", false)]
    [InlineData("a/./b", false)]
    [InlineData("a/../b", false)]
    public void A_listed_name_is_relative_only_without_empty_dot_or_dot_dot_parts(string name, bool relative) =>
        Assert.Equal(relative, OutputManifest.IsRelative(name));

    [Fact]
    public void An_output_equal_to_holding_or_inside_an_input_is_refused_with_the_message_for_each()
    {
        string input = Path.Combine(root, "data");
        Directory.CreateDirectory(input);
        string file = Path.Combine(input, "institutions.csv");
        File.WriteAllText(file, "x");
        var inputs = new OutputOptions { Inputs = [input] };

        Assert.Equal($"--out {input} is the input {input}; inputs are never written to: choose another output",
            Assert.Throws<OutputConflictException>(() => OutputFolder.Check(input, inputs)).Message);
        Assert.Equal($"--out {root} holds the input {input}; results are never written over inputs: choose a folder of its own",
            Assert.Throws<OutputConflictException>(() => OutputFolder.Check(root, inputs)).Message);
        string inside = Path.Combine(input, "out");
        Assert.Equal($"--out {inside} lies inside the input folder {input}; write the results elsewhere, so that the input stays as it is",
            Assert.Throws<OutputConflictException>(() => OutputFolder.Check(inside, inputs)).Message);
        Assert.Equal($"--out {file} is the input {file}; inputs are never written to: choose another output",
            Assert.Throws<OutputConflictException>(() => OutputFile.WriteText(file, "y", new OutputOptions { Inputs = [file] })).Message);
        OutputFolder.Check(Path.Combine(root, "data-out"), inputs);
        OutputFile.WriteText(file + ".d/x.csv", "beside", new OutputOptions { Inputs = [file] });
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void Inside_means_strictly_below_the_folder_also_for_the_file_system_root()
    {
        Assert.True(OutputPaths.Inside("/a", "/"));
        Assert.False(OutputPaths.Inside("/", "/"));
        Assert.True(OutputPaths.Inside("/a/b", "/a"));
        Assert.False(OutputPaths.Inside("/ab", "/a"));
        Assert.False(OutputPaths.Inside("/a", "/a"));
        var everything = Assert.Throws<OutputConflictException>(() => OutputPaths.CheckApart(Path.Combine(root, "out"), ["/"]));
        Assert.StartsWith("--out ", everything.Message, StringComparison.Ordinal);
        Assert.Contains(" lies inside the input folder /;", everything.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_through_a_link_to_a_file_is_the_files_real_path()
    {
        string file = Path.Combine(root, "real.csv");
        File.WriteAllText(file, "x");
        string link = Path.Combine(root, "link.csv");
        File.CreateSymbolicLink(link, file);
        string missing = Path.Combine(root, "nowhere", "x.csv");

        Assert.Equal(file, OutputPaths.Real(link));
        Assert.Equal(missing, OutputPaths.Real(missing));
        Assert.Equal(root, OutputPaths.Real(root + "/"));
    }

    [Fact]
    public void A_half_staging_folder_of_a_dead_run_is_never_put_in_place_of_a_missing_target()
    {
        Leftover($".out.cg-staging-{Dead}-a", staging: true, ("half.csv", "half"));
        Leftover($".out.cg-old-{Dead}-b", staging: false, ("a.csv", "previous"));

        Write(null, ("b.csv", "new"));

        Assert.Equal(new Dictionary<string, string> { ["b.csv"] = "new", [OutputManifest.FileName] = File.ReadAllText(Path.Combine(Target, OutputManifest.FileName)) }, Contents(Target));
        Assert.Empty(Beside());
    }

    [Fact]
    public void A_dead_runs_finished_staging_folder_wins_over_its_old_result_when_the_target_is_missing()
    {
        // The old folder is made last so that a directory listing is unlikely to give the finished one first.
        Leftover($".out.cg-staging-{Dead}-a", staging: false, ("new.csv", "new"));
        for (int k = 0; k < 4; k++)
        {
            Leftover($".out.cg-old-{Dead}-b{k}", staging: false, ("old.csv", "old"));
        }

        OutputFolder.Begin(Target).Dispose();

        Assert.Equal(new Dictionary<string, string> { ["new.csv"] = "new", [OutputManifest.FileName] = File.ReadAllText(Path.Combine(Target, OutputManifest.FileName)) }, Contents(Target));
        Assert.Empty(Beside());
    }

    [Fact]
    public void A_dead_runs_finished_staging_folder_loses_only_its_listed_files_when_the_target_exists()
    {
        Write(null, ("a.csv", "current"));
        string finished = Leftover($".out.cg-staging-{Dead}-a", staging: false, ("a.csv", "stale"));
        File.WriteAllText(Path.Combine(finished, "dropped.txt"), "someone's");

        Write(null, ("a.csv", "newer"));

        Assert.Equal(["dropped.txt"], Directory.GetFileSystemEntries(finished).Select(Path.GetFileName));
        Assert.Equal("newer", File.ReadAllText(Path.Combine(Target, "a.csv")));
    }

    [Fact]
    public void Leftover_names_without_a_process_id_and_other_files_beside_are_kept()
    {
        Write(null, ("a.csv", "old"));
        string[] kept = [".out.cg-staging-notes-1", ".out.cg-old-12x-1", ".out.cg-old-999", ".out.cg-staging--1", ".out.cg-mine-999999999-x", ".out-notes.txt", "out.cg-old-999999999-x"];
        foreach (var name in kept)
        {
            File.WriteAllText(Path.Combine(root, name), "mine");
        }

        Write(null, ("a.csv", "new"));

        Assert.Equal(kept.Order(StringComparer.Ordinal), Beside());
    }

    [Fact]
    public void An_old_folder_is_swept_by_the_process_id_after_its_own_tag()
    {
        // "9999" then this process's id is a dead process (above any pid_max); read four characters too late, it would be this process.
        string own = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(own.Length <= 6, "the test needs a process id of at most six digits");
        string prefix = own.Length <= 5 ? "9999" : "1000";
        Write(null, ("a.csv", "old"));
        string old = Leftover($".out.cg-old-{prefix}{own}-x", staging: false, ("gaps.json", "ours"));

        Write(null, ("a.csv", "new"));

        Assert.False(Directory.Exists(old));
        Assert.Empty(Beside());
    }

    [Fact]
    public void A_leftover_of_a_running_process_is_kept()
    {
        using var sleeper = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        try
        {
            Write(null, ("a.csv", "old"));
            string alive = Leftover($".out.cg-old-{sleeper.Id}-x", staging: false, ("gaps.json", "ours"));

            Write(null, ("a.csv", "new"));

            Assert.True(File.Exists(Path.Combine(alive, "gaps.json")));
        }
        finally
        {
            sleeper.Kill();
        }
    }

    [Fact]
    public void AddText_lists_a_new_file_once_replaces_a_listed_one_and_refuses_a_foreign_one()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "mine.html"), "mine");

        string first = OutputFolder.AddText(Target, "a.html", "1");
        OutputFolder.AddText(Target, "b.html", "2");
        OutputFolder.AddText(Target, "a.html", "3");
        var refused = Assert.Throws<OutputConflictException>(() => OutputFolder.AddText(Target, "mine.html", "ours"));

        Assert.Equal(Path.Combine(Target, "a.html"), first);
        Assert.Equal(["a.html", "b.html"], OutputManifest.Read(Target)!.Files);
        Assert.Equal("3", File.ReadAllText(first));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Target, "mine.html")));
        Assert.Equal($"{Path.Combine(Target, "mine.html")} was not written by this tool and would be replaced; move it away or choose another folder", refused.Message);
        Assert.Equal([OutputManifest.FileName, "a.html", "b.html", "mine.html"], Directory.GetFileSystemEntries(Target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_single_file_is_written_into_a_new_folder_and_a_dead_runs_temporary_is_swept()
    {
        string file = Path.Combine(root, "new", "deeper", "t.csv");
        OutputFile.WriteText(file, "żółw");
        string temp = Path.Combine(root, "new", "deeper", $".t.csv.cg-staging-{Dead}-x");
        File.WriteAllText(temp, "half");

        OutputFile.WriteText(file, "again");

        Assert.Equal(["t.csv"], Directory.GetFileSystemEntries(Path.GetDirectoryName(file)!).Select(Path.GetFileName));
        Assert.Equal("again"u8.ToArray(), File.ReadAllBytes(file));
    }

    [Fact]
    public void The_single_file_writer_refuses_a_blank_path_a_missing_writer_or_text_and_a_folder()
    {
        Assert.Throws<ArgumentException>(() => OutputFile.WriteText("  ", "x"));
        Assert.Equal("write", Assert.Throws<ArgumentNullException>(() => OutputFile.Write(Path.Combine(root, "a"), null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => OutputFile.WriteText(Path.Combine(root, "a"), null!)).ParamName);
        Assert.Equal($"{root} is a folder; name the file to write", Assert.Throws<OutputConflictException>(() => OutputFile.WriteText(root, "x")).Message);
        Assert.Empty(Directory.GetFileSystemEntries(root));
    }
}
