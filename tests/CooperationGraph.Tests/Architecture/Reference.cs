namespace CooperationGraph.Tests.Architecture;

/// <summary>
/// One use of a type by another: the using type's folder and name, and the used type's folder and name, or, for a
/// third-party type (<see cref="External"/>), its assembly and full name. A type is named by its outermost type's name
/// (no namespace), so the lines stay as they are while types move between namespaces.
/// </summary>
internal sealed record Reference(string From, string FromType, string To, string ToType, bool External = false)
{
    public override string ToString() => External
        ? $"{From} {FromType} uses [{To}] {ToType}"
        : $"{From} {FromType} uses {To} {ToType}";
}
