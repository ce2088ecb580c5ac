using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;

namespace CooperationGraph.Notebooks;

/// <summary>
/// Turns the events of one submission into the cell's outputs, in the order they happened, as Polyglot Notebooks
/// shows them: a displayed value is <c>display_data</c> (an update replaces it in place, like "Installing packages"
/// becoming "Installed Packages"), the returned value <c>execute_result</c>, console text one <c>stream</c> per run of
/// writes, an error or a failed command an <c>error</c> output. Diagnostics stay in the editor, as there.
/// </summary>
internal sealed class CellOutputCollector(int executionCount)
{
    private readonly List<InteractiveDocumentOutputElement> outputs = [];
    private readonly Dictionary<string, int> displays = new(StringComparer.Ordinal);

    /// <summary>The first error of the cell (<c>Type: message</c> or a compiler diagnostic), or <see langword="null"/>.</summary>
    public string? Error { get; private set; }

    public IReadOnlyList<InteractiveDocumentOutputElement> Outputs => outputs;

    public void Add(KernelEvent e)
    {
        switch (e)
        {
            case DisplayedValueUpdated updated when updated.ValueId is { } id && displays.TryGetValue(id, out int index):
                outputs[index] = new DisplayElement(Data(updated));
                break;
            case ReturnValueProduced value:
                var result = new ReturnValueElement { ExecutionOrder = executionCount };
                foreach (var (mime, text) in Data(value))
                {
                    result.Data[mime] = text;
                }

                outputs.Add(result);
                break;
            case DisplayEvent display when display is DisplayedValueProduced or DisplayedValueUpdated:
                if (display.ValueId is { } valueId)
                {
                    displays[valueId] = outputs.Count;
                }

                outputs.Add(new DisplayElement(Data(display)));
                break;
            case StandardOutputValueProduced text:
                AddText(Text(text), "stdout");
                break;
            case StandardErrorValueProduced text:
                AddText(Text(text), "stderr");
                break;
            case ErrorProduced error:
                AddError("Error", error.Message);
                break;
            case CommandFailed failed:
                AddError(ErrorName(failed), failed.Message);
                break;
        }
    }

    private static string ErrorName(CommandFailed failed) => failed.Exception switch
    {
        null when failed.Message.Contains(": error CS", StringComparison.Ordinal) => "CompilationError",
        null => "Error",
        { } exception when exception.GetType().Name.Contains("CompilationError", StringComparison.Ordinal) => "CompilationError",
        { } exception => exception.GetType().FullName ?? exception.GetType().Name,
    };

    private void AddError(string name, string message)
    {
        var lines = message.ReplaceLineEndings("\n").Split('\n');
        Error ??= lines[0];
        outputs.Add(new ErrorElement(message, name, lines));
    }

    private void AddText(string text, string name)
    {
        if (outputs.Count > 0 && outputs[^1] is TextElement last && last.Name == name)
        {
            outputs[^1] = new TextElement(last.Text + text, name);
        }
        else
        {
            outputs.Add(new TextElement(text, name));
        }
    }

    private static string Text(DisplayEvent e) => e.FormattedValues.FirstOrDefault()?.Value ?? e.Value?.ToString() ?? string.Empty;

    private static Dictionary<string, object> Data(DisplayEvent e) =>
        e.FormattedValues.Where(v => !v.SuppressDisplay).GroupBy(v => v.MimeType).ToDictionary(g => g.Key, g => (object)g.Last().Value, StringComparer.Ordinal);
}
