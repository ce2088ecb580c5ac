namespace CooperationGraph.IO;

/// <summary>
/// Where an output really lands, and the rule that it never overlaps an input: not the same path, not a folder that
/// holds an input, not a place inside an input folder. Paths are compared after every symbolic link on the way is
/// followed, so a link cannot smuggle an input into the output.
/// </summary>
internal static class OutputPaths
{
    /// <summary>How this file system compares names: case-sensitive on Linux, not on Windows and macOS.</summary>
    public static StringComparison Comparison { get; } = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The full path with every symbolic link on the way resolved; parts that do not exist yet are kept as written.</summary>
    /// <exception cref="IOException">A link loops.</exception>
    public static string Real(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        string root = Path.GetPathRoot(full) ?? string.Empty;
        string current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = Real(target.FullName);
            }
        }

        return current;
    }

    /// <summary>Refuses an <paramref name="output"/> that is an input, holds one, or lies inside an input folder.</summary>
    /// <exception cref="OutputConflictException">It does; the message names both paths.</exception>
    public static void CheckApart(string output, IEnumerable<string> inputs)
    {
        string target = Real(output);
        foreach (var input in inputs)
        {
            string source = Real(input);
            if (string.Equals(target, source, Comparison))
            {
                throw new OutputConflictException(Messages.Get("OutputIsInput", output, input));
            }

            if (Inside(source, target))
            {
                throw new OutputConflictException(Messages.Get("OutputHoldsInput", output, input));
            }

            if (Directory.Exists(source) && Inside(target, source))
            {
                throw new OutputConflictException(Messages.Get("OutputInsideInput", output, input));
            }
        }
    }

    /// <summary>Whether <paramref name="path"/> lies strictly inside <paramref name="folder"/> (both real, full paths).</summary>
    public static bool Inside(string path, string folder)
    {
        string prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.Length > prefix.Length && path.StartsWith(prefix, Comparison);
    }
}
