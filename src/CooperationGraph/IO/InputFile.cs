using System.Runtime.InteropServices;

namespace CooperationGraph.IO;

/// <summary>
/// Opens an input file with bounded cost: only a regular file (a device such as <c>/dev/zero</c>, a pipe that would
/// block for ever, or a socket is refused by name, links followed), and at most <see cref="MaxBytes"/>, so that no
/// input can exhaust memory or hang a command. Every reader of the library opens its files here.
/// </summary>
internal static partial class InputFile
{
    /// <summary>The largest file read: 256 MB (a CSV table, a model, an edge list, a GraphML/GEXF file, a workbook as
    /// stored; a workbook's unpacked parts are capped alike by <see cref="WorkbookGuard"/>).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>Opens the file for reading after checking its kind and size.</summary>
    /// <exception cref="DatasetException">Not a regular file, too large, or unreadable; located by <paramref name="label"/>.</exception>
    public static FileStream Open(string path, string label, long maxBytes = MaxBytes)
    {
        DatasetException Refuse(string key, params object[] args) => new(new DatasetProblem(label, null, Messages.Get(key, args)));
        try
        {
            if (!IsRegular(path))
            {
                throw Refuse("InputNotRegular");
            }

            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            if (stream.Length > maxBytes)
            {
                long size = stream.Length;
                stream.Dispose();
                throw Refuse("InputTooLarge", Messages.Count(size / (1024 * 1024)), Messages.Count(maxBytes / (1024 * 1024)));
            }

            return stream;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Refuse("CannotBeRead", exception.Message);
        }
    }

    /// <summary>The whole file, checked as by <see cref="Open"/>.</summary>
    public static byte[] ReadAllBytes(string path, string label, long maxBytes = MaxBytes)
    {
        using var stream = Open(path, label, maxBytes);
        var bytes = new byte[stream.Length];
        try
        {
            stream.ReadExactly(bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DatasetException(new DatasetProblem(label, null, Messages.Get("CannotBeRead", exception.Message)));
        }

        return bytes;
    }

    /// <summary>Whether <paramref name="path"/> (links followed) is a regular file. Decided by <c>statx</c> on Linux and
    /// by the file's attributes elsewhere.</summary>
    public static bool IsRegular(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(Messages.Get("NoSuchFile"), path);
        }

        if (!OperatingSystem.IsLinux())
        {
            return (File.GetAttributes(path) & FileAttributes.Device) == 0;
        }

        Span<byte> buffer = stackalloc byte[256];
        try
        {
            if (Statx(AtCurrentDirectory, path, 0, StatxType, ref MemoryMarshal.GetReference(buffer)) != 0)
            {
                return true;
            }
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return true;
        }

        ushort mode = MemoryMarshal.Read<ushort>(buffer[ModeOffset..]);
        return (mode & FileTypeMask) == RegularFile;
    }

    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 1;
    private const int ModeOffset = 28;
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, ref byte buffer);
}
