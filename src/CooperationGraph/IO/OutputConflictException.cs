namespace CooperationGraph;

/// <summary>
/// An output was refused before anything was written: it would overlap an input, replace or delete a file this
/// library did not write, or land where a folder cannot be written. The message says which path and why.
/// </summary>
public sealed class OutputConflictException : IOException
{
    /// <summary>Creates the exception with its message.</summary>
    public OutputConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public OutputConflictException()
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public OutputConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
