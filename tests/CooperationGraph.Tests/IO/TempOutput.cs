namespace CooperationGraph.Tests.IO;

/// <summary>Writes one result into a target folder as a command does: begin, write each text, commit.</summary>
internal static class TempOutput
{
    public static IReadOnlyList<string> Write(string target, OutputOptions? options, params (string Name, string Text)[] files)
    {
        using var output = OutputFolder.Begin(target, options);
        foreach (var (name, text) in files)
        {
            output.WriteText(name, text);
        }

        return output.Commit();
    }
}
