namespace CooperationGraph;

/// <summary>
/// The Levels of Collaboration scale (Frey, Lohmeier, Lee &amp; Tollefson 2006, American Journal of Evaluation 27(3),
/// doi:10.1177/1098214006290356): how closely a respondent says it works with a partner, 0 to 5.
/// </summary>
public enum CollaborationLevel
{
    /// <summary>0: no interaction (<c>brak interakcji</c>).</summary>
    NoInteraction = 0,

    /// <summary>1: networking, aware of each other, loosely defined roles (<c>sieciowanie</c>).</summary>
    Networking = 1,

    /// <summary>2: cooperation, providing information to each other (<c>kooperacja</c>).</summary>
    Cooperation = 2,

    /// <summary>3: coordination, sharing information and resources (<c>koordynacja</c>).</summary>
    Coordination = 3,

    /// <summary>4: coalition, sharing ideas and resources, joint decisions (<c>koalicja</c>).</summary>
    Coalition = 4,

    /// <summary>5: collaboration, members belong to one system, consensus on all decisions (<c>współpraca</c>).</summary>
    Collaboration = 5,
}
