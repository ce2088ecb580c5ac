namespace CooperationGraph;

/// <summary>
/// Cooperation over time: the analysis window cut into calendar windows (<see cref="TimeWindows.Cover"/>: consecutive
/// months, quarters or years, or sliding windows several periods wide), the indicators of each
/// (<see cref="CooperationIndicators"/>, as <see cref="CooperationAnalysis.Run"/> measures them in that window) and the ties
/// formed, persisted, re-appeared and dissolved from window to window (<see cref="TieDynamics"/>).
/// </summary>
/// <remarks>
/// Each window is a full analysis without permutation tests (their p-values are not indicators) and without
/// beneficiaries; time grows with the number of windows. Declarations signed before a window stay in force in it (see
/// <see cref="AnalysisWindow"/>), so <c>declared</c> only grows. A partner survey in waves (a <c>date</c> column) is
/// scored in each window on the waves dated in it, the latest rating per pair (<see cref="PartnerSurvey.In"/>): a
/// window without a wave has no survey figures; an undated survey counts whole in every window, and adds no columns.
/// </remarks>
public static class OverTime
{
    /// <summary>The indicators and tie dynamics per window.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">Model, window and settings of the analysis; defaults in <see cref="AnalysisOptions"/>.</param>
    /// <param name="overTime">Period and width of the windows; defaults in <see cref="OverTimeOptions"/>.</param>
    /// <param name="cancellationToken">Cancels between windows.</param>
    /// <exception cref="ArgumentException">The width is below 1.</exception>
    public static OverTimeResult Analyze(CooperationDataset dataset, AnalysisOptions? options = null, OverTimeOptions? overTime = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new AnalysisOptions();
        overTime ??= new OverTimeOptions();
        if (overTime.Width < 1)
        {
            throw new ArgumentException($"A window is at least one period wide, not {overTime.Width}.", nameof(overTime));
        }

        var windows = TimeWindows.Cover(dataset, overTime.Every, options.Window, overTime.Width);
        var plain = dataset.WithoutBeneficiaries();
        var indicators = new List<CooperationIndicators>(windows.Count);
        foreach (var window in windows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var perWindow = options with
            {
                Window = window,
                Permutations = 0,
                ProjectEnd = null,
                ComparisonWindow = null,
                OverTime = null,
            };
            indicators.Add(CooperationIndicators.From(CooperationAnalysis.Run(plain, perWindow, cancellationToken)));
        }

        return new OverTimeResult(overTime, windows, indicators, TieDynamics.Compute(dataset, windows), dataset.Institutions.Count, dataset.Survey.IsDated);
    }
}
