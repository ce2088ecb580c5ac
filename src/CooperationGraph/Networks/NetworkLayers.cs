namespace CooperationGraph;

/// <summary>Which kinds of cooperation make ties in a <see cref="CooperationNetwork"/>. Combine with <c>|</c>.</summary>
[Flags]
public enum NetworkLayers
{
    /// <summary>Co-signatories of a declaration or agreement: cooperation promised.</summary>
    Declared = 1,

    /// <summary>Co-participants of a joint action: cooperation done.</summary>
    JointActions = 2,

    /// <summary>Direct ties from <c>ties.csv</c> (e.g. a survey).</summary>
    DirectTies = 4,

    /// <summary>The enacted layer: joint actions and direct ties. What the gap metrics measure.</summary>
    Enacted = JointActions | DirectTies,

    /// <summary>Everything: declared and enacted.</summary>
    All = Declared | Enacted,

    /// <summary>
    /// Perceived ties of the partner survey (<see cref="PartnerSurvey"/>) under <see cref="NetworkOptions.PerceivedRule"/>:
    /// the weight is the mean of the two reported levels when both institutions answered, else the one reported level.
    /// Not part of <see cref="All"/>; the survey is undated, so the window does not filter it.
    /// </summary>
    Perceived = 8,
}
