using CooperationGraph.Model;

namespace CooperationGraph.IO;

/// <summary>Locates dataset items at the file and line they were read from, and remembers which tables could not be read.</summary>
internal sealed class ParsedSourceMap : SourceMap
{
    public Dictionary<string, string> Labels { get; } = new(StringComparer.Ordinal);

    public List<int> InstitutionLines { get; } = [];

    /// <summary>The table's file name (<c>instytucje.csv</c>) or sheet (<c>instytucje</c>) as read.</summary>
    public override string TableName(string table) => Labels.TryGetValue(table, out var label) ? DatasetParser.ShortName(label) : table;

    public List<int> DeclarationLines { get; } = [];

    public List<List<int>> SignatureLines { get; } = [];

    public List<int> ActionLines { get; } = [];

    public List<List<int>> ParticipationLines { get; } = [];

    public List<int> TieLines { get; } = [];

    public List<int> BeneficiaryLines { get; } = [];

    public List<int> SurveyLines { get; } = [];

    public List<int> RespondentLines { get; } = [];

    /// <summary>Tables missing, unreadable, or with a header that could not be mapped.</summary>
    public HashSet<string> UnreadableTables { get; } = new(StringComparer.Ordinal);

    /// <summary>For each unreadable table, how many references from each other table were left unchecked, in first-seen order.</summary>
    public Dictionary<string, Dictionary<string, int>> UncheckedCounts { get; } = new(StringComparer.Ordinal);

    public override DatasetProblem Institution(int index, string message) => At("institutions", InstitutionLines[index], message);

    public override DatasetProblem Declaration(int index, string message) => At("declarations", DeclarationLines[index], message);

    public override DatasetProblem Signatory(int declaration, int signatory, string message) => At("signatures", SignatureLines[declaration][signatory], message);

    public override DatasetProblem Action(int index, string message) => At("actions", ActionLines[index], message);

    public override DatasetProblem Participant(int action, int participant, string message) => At("participations", ParticipationLines[action][participant], message);

    public override DatasetProblem Tie(int index, string message) => At("ties", TieLines[index], message);

    public override DatasetProblem Beneficiary(int index, string message) => At("beneficiaries", BeneficiaryLines[index], message);

    public override DatasetProblem SurveyResponse(int index, string message) => At("survey", SurveyLines[index], message);

    public override DatasetProblem Respondent(int index, string message) => At("respondents", RespondentLines[index], message);

    public override bool IsUnreadable(string table) => UnreadableTables.Contains(table);

    public override void Unchecked(string table, string from)
    {
        if (!UncheckedCounts.TryGetValue(table, out var counts))
        {
            UncheckedCounts[table] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        counts[from] = counts.GetValueOrDefault(from) + 1;
    }

    private DatasetProblem At(string table, int line, string message) => new(Labels.GetValueOrDefault(table, table), line, message);
}
