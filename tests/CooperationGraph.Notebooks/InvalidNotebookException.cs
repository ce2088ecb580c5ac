namespace CooperationGraph.Notebooks;

/// <summary>A notebook that cannot be read or is not an nbformat 4 notebook; the message names the file.</summary>
public sealed class InvalidNotebookException : Exception
{
    public InvalidNotebookException()
    {
    }

    public InvalidNotebookException(string message)
        : base(message)
    {
    }

    public InvalidNotebookException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
