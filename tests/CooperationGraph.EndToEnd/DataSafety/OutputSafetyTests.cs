namespace CooperationGraph.Tests.DataSafety;

/// <summary>
/// Every writing command against every state its output can be in: an input, a folder holding an input, a place inside
/// an input folder, a previous result, someone's files, a read-only folder, a full file system, another file system
/// than the temporary folder's (a tmpfs mounted for the test: the case where moving a folder across devices failed).
/// After each, every input is byte-identical and the output is the complete previous result or the complete new one,
/// with no temporaries left.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly SafetyWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    private Dictionary<string, string> Reference(WritingCommand command, string[] args, string name)
    {
        string output = workspace[name + command.Extension];
        SafetyWorkspace.Succeed(WritingCommand.Resolve(args, workspace, output));
        return SafetyWorkspace.Snapshot(output);
    }

    [Theory]
    [MemberData(nameof(WritingCommand.Names), MemberType = typeof(WritingCommand))]
    public void An_output_that_is_holds_or_lies_inside_an_input_is_refused_and_nothing_changes(string name)
    {
        foreach (var args in WritingCommand.Named(name).Overlapping)
        {
            var (code, _, error) = SafetyWorkspace.Run(WritingCommand.Resolve(args, workspace, "unused"));

            Assert.True(code == 2, $"{string.Join(' ', args)} exited {code}: {error}");
            Assert.Matches("input|did not write|is a folder|lies inside --out", error);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            workspace.AssertInputsWholeAndNoTemporary();
        }
    }

    [Theory]
    [MemberData(nameof(WritingCommand.Names), MemberType = typeof(WritingCommand))]
    public void A_previous_result_is_replaced_whole_with_no_file_of_it_left(string name)
    {
        var command = WritingCommand.Named(name);
        var expected = Reference(command, command.Main, "reference");
        string output = workspace["out" + command.Extension];
        SafetyWorkspace.Succeed(WritingCommand.Resolve(command.Other, workspace, output));
        Assert.NotEqual(expected, SafetyWorkspace.Snapshot(output));

        SafetyWorkspace.Succeed(WritingCommand.Resolve(command.Main, workspace, output));

        Assert.Equal(expected, SafetyWorkspace.Snapshot(output));
        workspace.AssertInputsWholeAndNoTemporary();
    }

    [Theory]
    [MemberData(nameof(WritingCommand.FolderNames), MemberType = typeof(WritingCommand))]
    public void Someones_files_in_the_output_folder_are_refused_or_written_beside_and_never_touched(string name)
    {
        var command = WritingCommand.Named(name);
        string output = workspace["out"];
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "institutions.csv"), "theirs");
        var theirs = SafetyWorkspace.Snapshot(output);
        var args = WritingCommand.Resolve(command.Main, workspace, output);

        var (code, _, error) = SafetyWorkspace.Run(args);
        Assert.Equal(2, code);
        Assert.Contains("--into-existing", error, StringComparison.Ordinal);
        Assert.Equal(theirs, SafetyWorkspace.Snapshot(output));

        File.Move(Path.Combine(output, "institutions.csv"), Path.Combine(output, "mine.txt"));
        theirs = SafetyWorkspace.Snapshot(output);
        SafetyWorkspace.Succeed([.. args, "--into-existing"]);
        SafetyWorkspace.Succeed([.. WritingCommand.Resolve(command.Other, workspace, output), "--into-existing"]);
        SafetyWorkspace.Succeed([.. args, "--into-existing"]);

        var after = SafetyWorkspace.Snapshot(output);
        Assert.Equal(theirs[""  is var _ ? "mine.txt" : ""], after["mine.txt"]);
        var expected = Reference(command, command.Main, "reference");
        Assert.Equal(expected.Keys.Append("mine.txt").Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, pair => Assert.Equal(pair.Value, after[pair.Key]));
        workspace.AssertInputsWholeAndNoTemporary();
    }

    [SkippableTheory]
    [MemberData(nameof(WritingCommand.Names), MemberType = typeof(WritingCommand))]
    public void A_read_only_place_fails_cleanly(string name)
    {
        var command = WritingCommand.Named(name);
        using var mount = Tmpfs.TryMount(workspace["ro"], 1 << 20, readOnly: true);
        Tmpfs.SkipUnlessMounted(mount);

        var (code, _, error) = SafetyWorkspace.Run(WritingCommand.Resolve(command.Main, workspace, Path.Combine(mount!.Path, "out" + command.Extension)));

        Assert.Equal(2, code);
        Assert.Contains("error:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(mount.Path));
        workspace.AssertInputsUnchanged();
    }

    [SkippableTheory]
    [MemberData(nameof(WritingCommand.Names), MemberType = typeof(WritingCommand))]
    public void On_another_file_system_a_full_disk_keeps_the_previous_result_whole_and_then_the_new_one_lands(string name)
    {
        var command = WritingCommand.Named(name);
        using var mount = Tmpfs.TryMount(workspace["small"], 64L << 20);
        Tmpfs.SkipUnlessMounted(mount);
        string output = Path.Combine(mount!.Path, "out" + command.Extension);
        var expected = Reference(command, command.Main, "reference");
        SafetyWorkspace.Succeed(WritingCommand.Resolve(command.Other, workspace, output));
        var previous = SafetyWorkspace.Snapshot(output);
        mount.FillUpTo(4096);

        var (code, _, error) = SafetyWorkspace.Run(WritingCommand.Resolve(command.Main, workspace, output));

        Assert.True(code is 0 or 2, error);
        Assert.Equal(code == 0 ? expected : previous, SafetyWorkspace.Snapshot(output));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Empty(SafetyWorkspace.Leftovers(mount.Path));
        File.Delete(Path.Combine(mount.Path, "filler.bin"));
        SafetyWorkspace.Succeed(WritingCommand.Resolve(command.Main, workspace, output));
        Assert.Equal(expected, SafetyWorkspace.Snapshot(output));
        workspace.AssertInputsWholeAndNoTemporary(mount.Path);
    }
}
