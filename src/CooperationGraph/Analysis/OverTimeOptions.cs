namespace CooperationGraph;

/// <summary>How to cut the analysis window into time windows (<see cref="OverTime"/>). Every default is stated.</summary>
public sealed record OverTimeOptions
{
    /// <summary>The calendar period of one step; a quarter by default.</summary>
    public WindowPeriod Every { get; init; } = WindowPeriod.Quarter;

    /// <summary>Periods per window: 1 (the default) gives consecutive windows; more gives sliding windows moving one period at a time.</summary>
    public int Width { get; init; } = 1;
}
