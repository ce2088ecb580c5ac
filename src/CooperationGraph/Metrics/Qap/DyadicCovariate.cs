namespace CooperationGraph;

/// <summary>
/// A user's own matrix for the MRQAP regression (<see cref="Mrqap"/>): a value for every pair of distinct institutions,
/// e.g. the distance between their seats or whether they share a building. The value must not depend on the order of
/// the two institutions (the matrix is symmetric); it is asked once per pair, first institution earlier in the dataset.
/// </summary>
/// <param name="Name">The term's name in the results; unique, not one of the built-in names.</param>
/// <param name="Value">The value of a pair: a finite number.</param>
public sealed record DyadicCovariate(string Name, Func<Institution, Institution, double> Value);
