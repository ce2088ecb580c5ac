namespace CooperationGraph;

/// <summary>
/// A signed document of cooperation (a declaration or an agreement) and the institutions that signed it:
/// the <i>declared</i> layer of cooperation.
/// </summary>
/// <remarks>Equality is structural, signatories compared in order.</remarks>
public sealed record Declaration
{
    /// <summary>Creates a declaration.</summary>
    /// <param name="id">Identifier unique among the dataset's declarations.</param>
    /// <param name="title">Title, e.g. <c>Porozumienie o utworzeniu PZK</c>.</param>
    /// <param name="signedOn">Date of signature.</param>
    /// <param name="kind">Declaration or agreement.</param>
    /// <param name="signatories">Ids of the signing institutions.</param>
    public Declaration(string id, string title, DateOnly signedOn, DeclarationKind kind, IEnumerable<string> signatories)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(signatories);
        Id = id;
        Title = title;
        SignedOn = signedOn;
        Kind = kind;
        Signatories = new ValueList<string>(signatories);
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The date it was signed.</summary>
    public DateOnly SignedOn { get; }

    /// <summary>Declaration or agreement.</summary>
    public DeclarationKind Kind { get; }

    /// <summary>Ids of the institutions that signed, in input order.</summary>
    public ValueList<string> Signatories { get; }

    /// <summary>The id and title.</summary>
    public override string ToString() => $"{Id} ({Title})";
}
