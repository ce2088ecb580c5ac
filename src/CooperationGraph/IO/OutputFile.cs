using System.Text;
using CooperationGraph.IO;

namespace CooperationGraph;

/// <summary>
/// The one way this library writes a single file: into a hidden temporary beside it (<c>.NAME.cg-staging-…</c>),
/// flushed to disk, then renamed over the target. The target is never truncated: it holds the whole old file or the
/// whole new one. A failure or cancellation removes the temporary; one left by a killed run is swept by the next write
/// of the same file.
/// </summary>
public static class OutputFile
{
    /// <summary>Writes the file through <paramref name="write"/>, which fills the stream it is given.</summary>
    /// <param name="path">The file; replaced whole if it exists.</param>
    /// <param name="write">Writes the content.</param>
    /// <param name="options">Inputs the file must not overlap; see <see cref="OutputOptions"/>.</param>
    /// <exception cref="OutputConflictException">The path is an input, lies inside an input folder, or is a folder.</exception>
    public static void Write(string path, Action<Stream> write, OutputOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);
        Check(path, options);
        string target = OutputPaths.Real(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Leftovers.Sweep(target);
        string temp = Leftovers.Staging(target);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without BOM.</summary>
    public static void WriteText(string path, string text, OutputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)), options);
    }

    /// <summary>Checks, without writing, that <paramref name="path"/> may be written: not an input, not inside an input folder, not a folder.</summary>
    /// <exception cref="OutputConflictException">It may not.</exception>
    public static void Check(string path, OutputOptions? options = null)
    {
        OutputPaths.CheckApart(path, options?.Inputs ?? []);
        if (Directory.Exists(OutputPaths.Real(path)))
        {
            throw new OutputConflictException(Messages.Get("OutputIsAFolder", path));
        }
    }
}
