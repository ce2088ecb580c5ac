namespace CooperationGraph.Model;

/// <summary>
/// Where each item of a dataset came from, so that consistency problems found after parsing still point at
/// a file and line. The base class knows only item kinds, for datasets built in code.
/// </summary>
internal class SourceMap
{
    public virtual DatasetProblem Institution(int index, string message) => new("institutions", null, message);

    public virtual DatasetProblem Declaration(int index, string message) => new("declarations", null, message);

    public virtual DatasetProblem Signatory(int declaration, int signatory, string message) => new("signatures", null, message);

    public virtual DatasetProblem Action(int index, string message) => new("actions", null, message);

    public virtual DatasetProblem Participant(int action, int participant, string message) => new("participations", null, message);

    public virtual DatasetProblem Tie(int index, string message) => new("ties", null, message);

    public virtual DatasetProblem Beneficiary(int index, string message) => new("beneficiaries", null, message);

    public virtual DatasetProblem SurveyResponse(int index, string message) => new("survey", null, message);

    public virtual DatasetProblem Respondent(int index, string message) => new("respondents", null, message);

    /// <summary>A table as the user's files name it (<c>instytucje.csv</c>, a sheet <c>instytucje</c>); here its schema name.</summary>
    public virtual string TableName(string table) => table;

    /// <summary>Whether a table (<c>institutions</c>, <c>actions</c>…) could not be read, so that references into it
    /// cannot be checked one by one.</summary>
    public virtual bool IsUnreadable(string table) => false;

    /// <summary>Counts a reference from table <paramref name="from"/> into the unreadable <paramref name="table"/>
    /// instead of reporting it.</summary>
    public virtual void Unchecked(string table, string from)
    {
    }
}
