namespace CooperationGraph.Analysis;

/// <summary>One headline number or list of an analysis (<see cref="GapSummary"/>).</summary>
/// <param name="Name">The row's name, as the workbook's <c>gaps</c> sheet keys it (<c>activation_rate</c>).</param>
/// <param name="Term">The text key of its term in an HTML list (<c>ActivationRate</c>; its note is the text <c>Term + "Note"</c>); null for rows only the sheet shows.</param>
/// <param name="Value">The value as data: a number, a count, or a list joined by commas (empty for none).</param>
/// <param name="Shown">The value as the reader reads it (<c>0.867</c>, <c>none</c>).</param>
/// <param name="NoteArgs">What fills the note's placeholders; empty for a note without any.</param>
/// <param name="Interval">The value's 95 % bootstrap interval as the report shows it after the value (<c>(0.35–0.49)</c>); null without one.</param>
internal sealed record SummaryRow(string Name, string? Term, object? Value, string Shown, object?[] NoteArgs, string? Interval = null);
