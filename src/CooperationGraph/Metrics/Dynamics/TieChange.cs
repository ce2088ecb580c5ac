namespace CooperationGraph;

/// <summary>
/// The ties of one window compared with the windows before it (<see cref="TieDynamics"/>). Every tie present is
/// exactly one of formed, persisted or re-appeared: <c>Ties = Formed + Persisted + Reappeared</c>.
/// </summary>
/// <param name="Window">The window.</param>
/// <param name="Ties">Pairs of institutions tied in the window.</param>
/// <param name="Formed">Tied now and in no earlier window: new ties (every tie of the first window).</param>
/// <param name="Persisted">Tied now and in the window just before: kept ties.</param>
/// <param name="Reappeared">Tied now, not in the window just before, but in some earlier one.</param>
/// <param name="Dissolved">Tied in the window just before and not now: lost ties (0 in the first window).</param>
public sealed record TieChange(AnalysisWindow Window, int Ties, int Formed, int Persisted, int Reappeared, int Dissolved);
