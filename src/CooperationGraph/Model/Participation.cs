namespace CooperationGraph;

/// <summary>One institution's part in a <see cref="JointAction"/>.</summary>
/// <param name="InstitutionId">The <see cref="Institution.Id"/> of the participant.</param>
/// <param name="Role">Its role; <see cref="ParticipantRole.Participant"/> unless stated.</param>
public sealed record Participation(string InstitutionId, ParticipantRole Role = ParticipantRole.Participant);
