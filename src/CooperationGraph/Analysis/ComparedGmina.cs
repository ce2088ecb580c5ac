namespace CooperationGraph;

/// <summary>One gmina of a comparison (<see cref="GminaComparer"/>): its name, its dataset, its analysis and its indicators.</summary>
public sealed record ComparedGmina
{
    private readonly AnalysisResult? result;
    private readonly Func<AnalysisResult>? analyse;

    /// <summary>A gmina with its analysis.</summary>
    /// <param name="Name">The gmina's name: the dataset's folder or file name without extension, or the unit.</param>
    /// <param name="Result">The full analysis of the gmina's dataset (what its own report shows).</param>
    /// <param name="Indicators">Its row of the comparison.</param>
    public ComparedGmina(string Name, AnalysisResult Result, CooperationIndicators Indicators)
    {
        ArgumentNullException.ThrowIfNull(Result);
        this.Name = Name;
        result = Result;
        Dataset = Result.Dataset;
        this.Indicators = Indicators;
    }

    /// <summary>A gmina analysed for its indicators only: its analysis is run again when asked for, and not kept.</summary>
    internal ComparedGmina(string name, CooperationDataset dataset, Func<AnalysisResult> analyse, CooperationIndicators indicators)
    {
        Name = name;
        Dataset = dataset;
        this.analyse = analyse;
        Indicators = indicators;
    }

    /// <summary>The gmina's name: the dataset's folder or file name without extension, or the unit.</summary>
    public string Name { get; init; }

    /// <summary>The gmina's dataset (its part of a split dataset).</summary>
    public CooperationDataset Dataset { get; }

    /// <summary>
    /// The analysis of the gmina's dataset: the full one (what its own report shows), or for a gmina that
    /// <see cref="GminaComparer.Compare(IEnumerable{ValueTuple{string, CooperationDataset}}, AnalysisOptions?, int, CancellationToken)"/>
    /// analysed for its indicators only, that analysis, run again on each access and not kept (so that a comparison of
    /// 2 477 gminas holds their indicators, not 2 477 analyses).
    /// </summary>
    public AnalysisResult Result => result ?? analyse!();

    /// <summary>Whether <see cref="Result"/> is the full analysis (with permutation tests and MRQAP), kept in memory.</summary>
    public bool IsFullAnalysis => result is not null;

    /// <summary>Its row of the comparison.</summary>
    public CooperationIndicators Indicators { get; init; }

    /// <summary>
    /// Its bootstrap intervals (<see cref="BootstrapIntervals"/>) when the comparison asked for them
    /// (<see cref="StatisticsOptions.ComparisonIntervals"/>); null otherwise or above <see cref="MrqapOptions.MaxInstitutions"/> institutions.
    /// </summary>
    public BootstrapIntervals? Intervals { get; init; }

    /// <summary>
    /// Its partner survey's scores (<see cref="AnalysisResult.PerceivedCooperation"/>), kept for the survey columns of
    /// the comparison (<see cref="GminaComparison.SurveyColumns"/>); null when its dataset holds no survey.
    /// </summary>
    public PerceivedCooperation? PerceivedCooperation { get; init; }

    /// <summary>The name, analysis and indicators.</summary>
    public void Deconstruct(out string Name, out AnalysisResult Result, out CooperationIndicators Indicators)
    {
        Name = this.Name;
        Result = this.Result;
        Indicators = this.Indicators;
    }
}
