namespace CooperationGraph;

/// <summary>One gmina of a comparison (<see cref="GminaComparer"/>): its name, its full analysis and its indicators.</summary>
/// <param name="Name">The gmina's name: the dataset's folder or file name without extension, or the unit.</param>
/// <param name="Result">The full analysis of the gmina's dataset (what its own report shows).</param>
/// <param name="Indicators">Its row of the comparison.</param>
public sealed record ComparedGmina(string Name, AnalysisResult Result, CooperationIndicators Indicators);
