using FsCheck;
using FsCheck.Fluent;

namespace CooperationGraph.Tests;

/// <summary>
/// The <c>int</c> seeds of properties that build their input with <c>new Random(seed)</c>. FsCheck's default
/// <c>int</c> is drawn from −size…size (size at most 100), so at most 201 seeds, and 101 distinct inputs (a
/// <see cref="System.Random"/> seeded with −s starts as one seeded with s), could ever run; here every seed from 0 to
/// <see cref="int.MaxValue"/> can. A seed has no smaller form worth shrinking to, so none is offered: a failure
/// reports the seed that builds the failing input.
/// </summary>
public static class FullRangeSeeds
{
    /// <summary>Registered through <c>[Property(Arbitrary = [typeof(FullRangeSeeds)])]</c>: every <c>int</c>
    /// argument of that property is a seed.</summary>
    public static Arbitrary<int> Seed() => Gen.Choose(0, int.MaxValue).ToArbitrary();
}
