namespace CooperationGraph;

/// <summary>
/// A closed date range that an analysis looks at, e.g. a milestone of a project. Either end may be open.
/// </summary>
/// <remarks>
/// A joint action falls in the window when its days (from <see cref="JointAction.Date"/> to
/// <see cref="JointAction.EndDate"/>) overlap it. A declaration is in force in the window when it was signed on or
/// before the window's end: a commitment made before a milestone still binds during it.
/// </remarks>
/// <param name="From">First day, or <see langword="null"/> for no lower bound.</param>
/// <param name="To">Last day, or <see langword="null"/> for no upper bound.</param>
public sealed record AnalysisWindow(DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>The window with no bounds: everything counts.</summary>
    public static AnalysisWindow All { get; } = new();

    /// <summary>Whether the action's days overlap the window.</summary>
    public bool Includes(JointAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var last = action.EndDate ?? action.Date;
        return (From is not { } from || last >= from) && (To is not { } to || action.Date <= to);
    }

    /// <summary>Whether a direct tie counts in the window: an undated tie always does, a dated one when its days overlap it.</summary>
    public bool Includes(Tie tie)
    {
        ArgumentNullException.ThrowIfNull(tie);
        if (tie.Date is not { } first)
        {
            return true;
        }

        var last = tie.EndDate ?? first;
        return (From is not { } from || last >= from) && (To is not { } to || first <= to);
    }

    /// <summary>Whether the declaration was signed on or before the window's end.</summary>
    public bool Includes(Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return To is not { } to || declaration.SignedOn <= to;
    }

    /// <summary>The window in words: <c>the whole dataset</c>, <c>from 2019-07-01</c>, <c>until 2019-06-30</c>,
    /// <c>2018-04-01 to 2019-06-30</c> (what a report or a workbook shows a reader); <c>od 2019-07-01</c>… in Polish.</summary>
    /// <param name="culture">The language; the current UI culture when null.</param>
    public string Describe(System.Globalization.CultureInfo? culture = null)
    {
        culture ??= System.Globalization.CultureInfo.CurrentUICulture;
        static string Day(DateOnly day) => Text.InvariantText.Day(day);
        return (From, To) switch
        {
            (null, null) => Messages.In(culture, "WindowAll"),
            ({ } from, null) => Messages.In(culture, "WindowFrom", Day(from)),
            (null, { } to) => Messages.In(culture, "WindowUntil", Day(to)),
            ({ } from, { } to) => Messages.In(culture, "WindowBetween", Day(from), Day(to)),
        };
    }

    /// <summary><c>2019-07-01..2021-03-31</c>, with <c>…</c> for an open end.</summary>
    public override string ToString() => $"{(From is { } from ? Text.InvariantText.Day(from) : "…")}..{(To is { } to ? Text.InvariantText.Day(to) : "…")}";
}
