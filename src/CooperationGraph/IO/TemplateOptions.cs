namespace CooperationGraph;

/// <summary>What <see cref="DatasetTemplate.Save(string, TemplateOptions?)"/> writes.</summary>
public sealed record TemplateOptions
{
    /// <summary>The language of sheet names, headers, drop-down words and instructions. Default: English.</summary>
    public DatasetLanguage Language { get; init; } = DatasetLanguage.English;

    /// <summary>A cooperation model whose required sectors and links the instructions name; none by default.</summary>
    public CooperationModel? Model { get; init; }

    /// <summary>The rows to put in the sheets; by default one worked example per sheet from the Łoniów pilot
    /// (<see cref="DatasetTemplate.Example"/>). Its sector catalogue fills the sector drop-down.</summary>
    public CooperationDataset? Data { get; init; }

    /// <summary>How many rows below the header get drop-down lists and date formats. Default: 2 000.</summary>
    public int Rows { get; init; } = 2000;
}
