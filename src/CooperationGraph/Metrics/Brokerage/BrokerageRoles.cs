namespace CooperationGraph;

/// <summary>One number per Gould–Fernandez brokerage role, plus their total.</summary>
/// <param name="Coordinator">Broker, source and target all in one sector (sna <c>w_I</c>).</param>
/// <param name="Itinerant">Source and target share a sector, the broker is from another (consultant; sna <c>w_O</c>).</param>
/// <param name="Representative">Broker shares the source's sector and passes outward (sna <c>b_IO</c>).</param>
/// <param name="Gatekeeper">Broker shares the target's sector and lets in from outside (sna <c>b_OI</c>).</param>
/// <param name="Liaison">All three in different sectors (sna <c>b_O</c>).</param>
/// <param name="Total">All roles together (sna <c>t</c>).</param>
public readonly record struct BrokerageRoles(double Coordinator, double Itinerant, double Representative, double Gatekeeper, double Liaison, double Total)
{
    /// <summary>The role names in column order, as used in tables and CSV headers.</summary>
    public static IReadOnlyList<string> Names { get; } = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"];

    /// <summary>The value of a role by its position in <see cref="Names"/>.</summary>
    public double this[int role] => role switch
    {
        0 => Coordinator,
        1 => Itinerant,
        2 => Representative,
        3 => Gatekeeper,
        4 => Liaison,
        5 => Total,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "A role index is 0 to 5."),
    };

    internal static BrokerageRoles From(ReadOnlySpan<double> values) =>
        new(values[0], values[1], values[2], values[3], values[4], values[5]);
}
