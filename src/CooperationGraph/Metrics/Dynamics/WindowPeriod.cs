namespace CooperationGraph;

/// <summary>The calendar period of a time window (<see cref="TimeWindows"/>).</summary>
public enum WindowPeriod
{
    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar quarter: January–March, April–June, July–September, October–December.</summary>
    Quarter,

    /// <summary>A calendar year.</summary>
    Year,
}
