using System.Runtime.InteropServices;

namespace CooperationGraph.IO;

/// <summary>
/// Exchanges two folders in one step where the system can (Linux <c>renameat2</c> with <c>RENAME_EXCHANGE</c>, since
/// kernel 3.15 and glibc 2.28): whoever looks at either path sees the whole old folder or the whole new one, never
/// neither. Elsewhere the caller falls back to two renames and recovers from a stop between them.
/// </summary>
internal static partial class FileSwap
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>Swaps the folders at two full paths on one file system; false where the system cannot.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange) == 0;
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
