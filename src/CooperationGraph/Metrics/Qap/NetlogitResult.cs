namespace CooperationGraph;

/// <summary>
/// A logistic network regression (<see cref="Netlogit"/>): one <see cref="NetlogitTerm"/> per term (intercept first
/// when fitted), the log-likelihood and AIC, whether the outcome is separated, and how it was tested.
/// </summary>
public sealed class NetlogitResult
{
    internal NetlogitResult(IReadOnlyList<NetlogitTerm> terms, int pairs, int institutions, double deviance, int rank, IReadOnlyList<string> separated, bool boundary, int permutations, int seed)
    {
        Terms = terms;
        Pairs = pairs;
        Institutions = institutions;
        LogLikelihood = -deviance / 2;
        Aic = deviance + (2 * rank);
        Separated = separated;
        Boundary = boundary;
        Permutations = permutations;
        Seed = seed;
    }

    /// <summary>The terms, in design order.</summary>
    public IReadOnlyList<NetlogitTerm> Terms { get; }

    /// <summary>The number of observations: pairs of distinct institutions, n(n − 1)/2.</summary>
    public int Pairs { get; }

    /// <summary>The number of institutions (rows and columns of each matrix).</summary>
    public int Institutions { get; }

    /// <summary>The maximised log-likelihood, −deviance/2 (binary outcome); sna's <c>-deviance/2</c>, statsmodels' <c>llf</c>.</summary>
    public double LogLikelihood { get; }

    /// <summary>Akaike's information criterion, −2·log-likelihood + 2·(terms fitted), as R's <c>glm</c> gives it.</summary>
    public double Aic { get; }

    /// <summary>
    /// Binary terms that predict the outcome perfectly on one side (every pair with the term 1, or every pair with it
    /// 0, has the same outcome): the maximum-likelihood estimate does not exist (it runs off to infinity), so no
    /// coefficient is given. Empty when none.
    /// </summary>
    public IReadOnlyList<string> Separated { get; }

    /// <summary>
    /// The fit reached fitted probabilities of numerically 0 or 1, or did not converge, without a single binary term to
    /// blame (R's warning "fitted probabilities numerically 0 or 1 occurred"): no coefficient is given.
    /// </summary>
    public bool Boundary { get; }

    /// <summary>Whether coefficients were given: no separation and no boundary fit.</summary>
    public bool IsFitted => Separated.Count == 0 && !Boundary;

    /// <summary>Permutations drawn per term.</summary>
    public int Permutations { get; }

    /// <summary>The seed of the permutations.</summary>
    public int Seed { get; }

    /// <summary>The term with this name.</summary>
    /// <exception cref="KeyNotFoundException">No term has this name; the message lists the terms.</exception>
    public NetlogitTerm this[string name] => Terms.FirstOrDefault(t => t.Name == name)
        ?? throw new KeyNotFoundException($"no term '{name}'; terms: {string.Join(", ", Terms.Select(t => t.Name))}");

    /// <summary>The terms and their odds ratios on one line.</summary>
    public override string ToString() => string.Join("; ", Terms.Select(t => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{t.Name} OR {t.OddsRatio:0.####} (p {t.PAbsGreaterOrEqual:0.###})")));
}
