namespace CooperationGraph;

/// <summary>
/// An MRQAP regression (<see cref="Mrqap"/>): one <see cref="MrqapTerm"/> per term (intercept first when fitted), the
/// model's R², and how it was tested.
/// </summary>
public sealed class MrqapResult
{
    internal MrqapResult(IReadOnlyList<MrqapTerm> terms, double rSquared, int pairs, int institutions, int permutations, int seed)
    {
        Terms = terms;
        RSquared = rSquared;
        Pairs = pairs;
        Institutions = institutions;
        Permutations = permutations;
        Seed = seed;
    }

    /// <summary>The terms, in design order.</summary>
    public IReadOnlyList<MrqapTerm> Terms { get; }

    /// <summary>R² as sna's <c>summary.netlm</c> gives it: explained over explained plus residual sum of squares (about the mean with an intercept).</summary>
    public double RSquared { get; }

    /// <summary>The number of observations: pairs of distinct institutions, n(n − 1)/2.</summary>
    public int Pairs { get; }

    /// <summary>The number of institutions (rows and columns of each matrix).</summary>
    public int Institutions { get; }

    /// <summary>Permutations drawn per term.</summary>
    public int Permutations { get; }

    /// <summary>The seed of the permutations.</summary>
    public int Seed { get; }

    /// <summary>The term with this name.</summary>
    /// <exception cref="KeyNotFoundException">No term has this name; the message lists the terms.</exception>
    public MrqapTerm this[string name] => Terms.FirstOrDefault(t => t.Name == name)
        ?? throw new KeyNotFoundException($"no term '{name}'; terms: {string.Join(", ", Terms.Select(t => t.Name))}");

    /// <summary>The terms and their coefficients on one line.</summary>
    public override string ToString() => string.Join("; ", Terms.Select(t => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{t.Name} {t.Coefficient:0.####} (p {t.PAbsGreaterOrEqual:0.###})")));
}
