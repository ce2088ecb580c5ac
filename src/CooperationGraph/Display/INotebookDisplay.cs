namespace CooperationGraph.Display;

/// <summary>A value that shows itself in a notebook as an HTML fragment (a table, a chart).</summary>
internal interface INotebookDisplay
{
    /// <summary>An HTML fragment that works on its own inside a notebook output; all text from data escaped.</summary>
    string ToNotebookHtml();

    /// <summary>Plain text for outputs that cannot show HTML.</summary>
    string ToNotebookText();
}
