namespace CooperationGraph;

/// <summary>Space around a figure's plot area, in pixels (titles and legends outside the plot sit in it).</summary>
/// <param name="Left">Left margin.</param>
/// <param name="Right">Right margin.</param>
/// <param name="Top">Top margin (the title).</param>
/// <param name="Bottom">Bottom margin.</param>
public sealed record FigureMargin(int Left, int Right, int Top, int Bottom);
