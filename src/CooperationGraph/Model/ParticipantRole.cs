namespace CooperationGraph;

/// <summary>The role an institution played in a joint action.</summary>
public enum ParticipantRole
{
    /// <summary>Took part (uczestnik). The default when a role is not given.</summary>
    Participant,

    /// <summary>Co-organised or co-delivered it (partner).</summary>
    Partner,

    /// <summary>Led or organised it (lider, organizator, prowadzący).</summary>
    Lead,
}
