namespace CooperationGraph;

/// <summary>What kind of joint action institutions took part in.</summary>
public enum JointActionKind
{
    /// <summary>A meeting, e.g. of a G-PZK or PZK (spotkanie).</summary>
    Meeting,

    /// <summary>A training, e.g. "Szkoła Kooperacji" (szkolenie).</summary>
    Training,

    /// <summary>A study visit to another gmina (wizyta studyjna).</summary>
    StudyVisit,

    /// <summary>Research such as focus groups (badanie).</summary>
    Research,

    /// <summary>A service delivered to families or persons (usługa), e.g. from the social package.</summary>
    Service,

    /// <summary>A community event (wydarzenie, impreza).</summary>
    Event,

    /// <summary>Anything else (inne).</summary>
    Other,
}
