namespace CooperationGraph;

/// <summary>Where an HTML page gets plotly.js from.</summary>
public enum PlotlyScript
{
    /// <summary>Inlined into the page (about 4.8 MB): the page works offline. The default for files.</summary>
    Inline,

    /// <summary>A <c>script</c> tag loading the same pinned version from the Plotly CDN: a small page that needs the network.</summary>
    Cdn,
}
