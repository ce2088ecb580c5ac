using CooperationGraph.Model;
namespace CooperationGraph;

/// <summary>
/// Everything known about cooperation in one place: institutions, the declarations they signed, the joint
/// actions they took part in, and direct ties. Always consistent: every reference resolves, ids are unique.
/// </summary>
/// <remarks>Load one with <c>DatasetReader.Load</c> or build one with <see cref="Create"/>.</remarks>
public sealed class CooperationDataset : IEquatable<CooperationDataset>
{
    private readonly Dictionary<string, Institution> institutionsById;
    private readonly Dictionary<string, Declaration> declarationsById;
    private readonly Dictionary<string, JointAction> actionsById;

    private CooperationDataset(Institution[] institutions, Declaration[] declarations, JointAction[] actions, Tie[] ties, SectorCatalog sectors, BeneficiaryService[] beneficiaries)
    {
        Beneficiaries = beneficiaries;
        Institutions = institutions;
        Declarations = declarations;
        JointActions = actions;
        Ties = ties;
        Sectors = sectors;
        institutionsById = institutions.ToDictionary(i => i.Id, StringComparer.Ordinal);
        declarationsById = declarations.ToDictionary(d => d.Id, StringComparer.Ordinal);
        actionsById = actions.ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    /// <summary>The institutions, in input order.</summary>
    public IReadOnlyList<Institution> Institutions { get; }

    /// <summary>The signed declarations and agreements, in input order.</summary>
    public IReadOnlyList<Declaration> Declarations { get; }

    /// <summary>The joint actions, in input order.</summary>
    public IReadOnlyList<JointAction> JointActions { get; }

    /// <summary>The direct ties, in input order.</summary>
    public IReadOnlyList<Tie> Ties { get; }

    /// <summary>Which families received which joint actions (personal data; empty unless <c>beneficiaries.csv</c> is given).</summary>
    public IReadOnlyList<BeneficiaryService> Beneficiaries { get; }

    /// <summary>The partner survey (<c>survey.csv</c>, <c>respondents.csv</c>); <see cref="PartnerSurvey.None"/> when the dataset has none.</summary>
    public PartnerSurvey Survey { get; private init; } = PartnerSurvey.None;

    /// <summary>The sectors this dataset may use: the built-in ones plus any it declared.</summary>
    public SectorCatalog Sectors { get; }

    /// <summary>Builds a dataset, checking that it is consistent.</summary>
    /// <param name="institutions">The institutions; ids unique.</param>
    /// <param name="declarations">Signed declarations; each has at least one signatory, all known institutions.</param>
    /// <param name="actions">Joint actions; each has at least one participant, all known institutions.</param>
    /// <param name="ties">Direct ties between known institutions, positive weights, no self-ties.</param>
    /// <param name="sectors">
    /// The sector catalogue; by default <see cref="SectorCatalog.Default"/> plus any other sector the institutions use.
    /// </param>
    /// <param name="beneficiaries">Families and the actions they received; every action must exist.</param>
    /// <exception cref="DatasetException">The parts are inconsistent; every problem is listed.</exception>
    public static CooperationDataset Create(
        IEnumerable<Institution> institutions,
        IEnumerable<Declaration>? declarations = null,
        IEnumerable<JointAction>? actions = null,
        IEnumerable<Tie>? ties = null,
        SectorCatalog? sectors = null,
        IEnumerable<BeneficiaryService>? beneficiaries = null)
    {
        ArgumentNullException.ThrowIfNull(institutions);
        Institution[] institutionArray = [.. institutions];
        if (sectors is null)
        {
            var extra = institutionArray.Select(i => i.Sector).Distinct()
                .Where(s => !SectorCatalog.Default.TryResolve(s.Code, out var known) || known != s);
            sectors = SectorCatalog.Default.With(extra);
        }

        return CreateChecked(institutionArray, [.. declarations ?? []], [.. actions ?? []], [.. ties ?? []], sectors, new SourceMap(), [.. beneficiaries ?? []]);
    }

    internal static CooperationDataset CreateChecked(Institution[] institutions, Declaration[] declarations, JointAction[] actions, Tie[] ties, SectorCatalog sectors, SourceMap map, BeneficiaryService[] beneficiaries, PartnerSurvey? survey = null)
    {
        var problems = DatasetValidator.Check(institutions, declarations, actions, ties, sectors, map);
        DatasetValidator.CheckBeneficiaries(beneficiaries, actions, map, problems);
        SurveyValidator.Check(institutions, survey ?? PartnerSurvey.None, map, problems);
        if (problems.Count > 0)
        {
            throw new DatasetException(problems);
        }

        return new CooperationDataset(institutions, declarations, actions, ties, sectors, beneficiaries) { Survey = survey ?? PartnerSurvey.None };
    }

    /// <summary>The same dataset with a partner survey (replacing any it had).</summary>
    /// <exception cref="DatasetException">The survey names unknown institutions, rates a partner twice, or is otherwise inconsistent.</exception>
    public CooperationDataset WithSurvey(PartnerSurvey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return WithSurvey(survey, new SourceMap());
    }

    internal CooperationDataset WithSurvey(PartnerSurvey survey, SourceMap map) =>
        CreateChecked([.. Institutions], [.. Declarations], [.. JointActions], [.. Ties], Sectors, map, [.. Beneficiaries], survey);

    /// <summary>The same dataset without its beneficiaries: what may be shared beyond the OPS.</summary>
    public CooperationDataset WithoutBeneficiaries() =>
        Beneficiaries.Count == 0 ? this : new CooperationDataset([.. Institutions], [.. Declarations], [.. JointActions], [.. Ties], Sectors, []) { Survey = Survey };

    /// <summary>The institution with this id.</summary>
    /// <exception cref="KeyNotFoundException">No institution has this id.</exception>
    public Institution GetInstitution(string id) => institutionsById.TryGetValue(id, out var institution)
        ? institution
        : throw new KeyNotFoundException(DatasetValidator.UnknownInstitution(id, institutionsById.Keys));

    /// <summary>Finds the institution with this id.</summary>
    public bool TryGetInstitution(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Institution? institution) =>
        institutionsById.TryGetValue(id, out institution);

    /// <summary>The declaration with this id.</summary>
    /// <exception cref="KeyNotFoundException">No declaration has this id.</exception>
    public Declaration GetDeclaration(string id) => declarationsById.TryGetValue(id, out var declaration)
        ? declaration
        : throw new KeyNotFoundException($"unknown declaration '{id}'");

    /// <summary>The joint action with this id.</summary>
    /// <exception cref="KeyNotFoundException">No action has this id.</exception>
    public JointAction GetJointAction(string id) => actionsById.TryGetValue(id, out var action)
        ? action
        : throw new KeyNotFoundException($"unknown joint action '{id}'");

    /// <summary>The sectors declared beyond the built-in catalogue (what <c>sectors.csv</c> holds).</summary>
    public IEnumerable<Sector> CustomSectors => Sectors.Sectors.Skip(SectorCatalog.Default.Sectors.Count);

    /// <summary>Structural equality: same institutions, declarations, actions, ties (in order) and custom sectors.</summary>
    public bool Equals(CooperationDataset? other) =>
        other is not null
        && Institutions.SequenceEqual(other.Institutions)
        && Declarations.SequenceEqual(other.Declarations)
        && JointActions.SequenceEqual(other.JointActions)
        && Ties.SequenceEqual(other.Ties)
        && Beneficiaries.SequenceEqual(other.Beneficiaries)
        && Survey.Equals(other.Survey)
        && CustomSectors.Select(s => (s.Code, s.NamePl, s.NameEn)).SequenceEqual(other.CustomSectors.Select(s => (s.Code, s.NamePl, s.NameEn)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CooperationDataset);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Institutions.Count, Declarations.Count, JointActions.Count, Ties.Count);

    /// <summary>A one-line count of the parts.</summary>
    public override string ToString() =>
        $"{Institutions.Count} institutions, {Declarations.Count} declarations, {JointActions.Count} joint actions" + (Ties.Count > 0 ? $", {Ties.Count} direct ties (ties.csv)" : string.Empty);
}
