namespace CooperationGraph;

/// <summary>
/// One measure of an institution beside the rest of its gmina (the dataset analysed): its value, its rank and its
/// percentile among the institutions where the measure is defined.
/// </summary>
/// <param name="Name">The column name, as in <c>metrics.csv</c> or <c>profiles.csv</c> (<c>betweenness</c>, <c>ego_density</c>).</param>
/// <param name="Value">The institution's value; NaN where undefined.</param>
/// <param name="Rank">1 for the highest value; tied values share the best rank ("1224" competition ranking, pandas
/// <c>rank(ascending=False, method="min")</c>); null where the value is undefined. For constraint, where less is
/// better for a broker, rank 1 is still the highest value.</param>
/// <param name="Percentile">The share of defined values at or below this one, in percent (pandas
/// <c>rank(pct=True, method="max") * 100</c>): 100 for the highest, and for a value every institution shares; NaN where undefined.</param>
/// <param name="Count">The institutions where the measure is defined (the rank's "of N").</param>
public sealed record ProfileMeasure(string Name, double Value, int? Rank, double Percentile, int Count);
