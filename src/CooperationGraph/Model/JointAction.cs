namespace CooperationGraph;

/// <summary>
/// Something institutions did together (a meeting, a training, a service to families…): the
/// <i>enacted</i> layer of cooperation.
/// </summary>
/// <remarks>Equality is structural, participants compared in order.</remarks>
public sealed record JointAction
{
    /// <summary>Creates a joint action.</summary>
    /// <param name="id">Identifier unique among the dataset's actions.</param>
    /// <param name="title">Title, e.g. <c>Spotkanie G-PZK nr 1</c>.</param>
    /// <param name="kind">Kind of action.</param>
    /// <param name="date">The (first) day.</param>
    /// <param name="participants">The institutions that took part, with their roles.</param>
    /// <param name="endDate">The last day of a multi-day action; not before <paramref name="date"/>.</param>
    /// <param name="costPln">Cost in Polish złoty, if known; not negative.</param>
    /// <param name="beneficiaries">Number of persons served, if known; not negative.</param>
    public JointAction(string id, string title, JointActionKind kind, DateOnly date, IEnumerable<Participation> participants,
        DateOnly? endDate = null, decimal? costPln = null, int? beneficiaries = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(participants);
        Id = id;
        Title = title;
        Kind = kind;
        Date = date;
        EndDate = endDate;
        CostPln = costPln;
        Beneficiaries = beneficiaries;
        Participants = new ValueList<Participation>(participants);
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The kind of action.</summary>
    public JointActionKind Kind { get; }

    /// <summary>The (first) day.</summary>
    public DateOnly Date { get; }

    /// <summary>The last day of a multi-day action, or <see langword="null"/>.</summary>
    public DateOnly? EndDate { get; }

    /// <summary>Cost in PLN, or <see langword="null"/>.</summary>
    public decimal? CostPln { get; }

    /// <summary>Number of persons served, or <see langword="null"/>.</summary>
    public int? Beneficiaries { get; }

    /// <summary>The participating institutions and their roles, in input order.</summary>
    public ValueList<Participation> Participants { get; }

    /// <summary>The id and title.</summary>
    public override string ToString() => $"{Id} ({Title})";
}
