using CooperationGraph.Graph;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CooperationGraph.Tests.Graph;

/// <summary>The radix heap under a Dijkstra-like load: keys never below the last popped one, repeated pushes.</summary>
public class RadixHeapTests
{
    /// <summary>
    /// FsCheck draws the load itself, so a failure shrinks to a short list of steps: a push at the last popped key plus
    /// an offset (zero, under 16, under 2^40, or anywhere up to 2^62, the most exact lengths use), a pop, or now and
    /// then a clear. Every pop must return an entry whose key is the smallest one pending (kept in a plain list).
    /// Removing steps keeps a load valid, since each offset counts from the last key popped at that point.
    /// </summary>
    [Property(MaxTest = 100, Arbitrary = new[] { typeof(HeapLoads) })]
    public bool Pops_every_entry_in_key_order_under_monotone_pushes(HeapStep[] steps)
    {
        var heap = new RadixHeap();
        var pending = new List<long>();
        var keyOf = new Dictionary<int, long>();
        long last = 0;
        int node = 0;
        foreach (var step in steps)
        {
            switch (step.Kind)
            {
                case StepKind.Clear:
                    heap.Clear();
                    pending.Clear();
                    last = 0;
                    break;
                case StepKind.Pop when heap.Count > 0:
                    if (!PopsTheSmallest(heap, pending, keyOf, ref last))
                    {
                        return false;
                    }

                    break;
                case StepKind.Pop:
                    break;
                default:
                    long room = (1L << 62) - last;
                    long key = last + step.Kind switch
                    {
                        StepKind.PushEqual => 0,
                        StepKind.PushClose => Math.Min(room, step.Draw % 16),
                        StepKind.PushFar => step.Draw % (Math.Min(room, 1L << 40) + 1),
                        _ => step.Draw % (room + 1),
                    };
                    heap.Push(key, node);
                    keyOf[node++] = key;
                    pending.Add(key);
                    break;
            }

            if (heap.Count != pending.Count)
            {
                return false;
            }
        }

        while (heap.Count > 0)
        {
            if (!PopsTheSmallest(heap, pending, keyOf, ref last))
            {
                return false;
            }
        }

        return pending.Count == 0;
    }

    private static bool PopsTheSmallest(RadixHeap heap, List<long> pending, Dictionary<int, long> keyOf, ref long last)
    {
        long key = keyOf[heap.Pop()];
        if (key != pending.Min() || key < last)
        {
            return false;
        }

        pending.Remove(key);
        last = key;
        return true;
    }

    public enum StepKind
    {
        Pop,
        Clear,
        PushEqual,
        PushClose,
        PushFar,
        PushAnywhere,
    }

    /// <summary>One step of a load; <see cref="Draw"/> is uniform on 0…2^62 − 1 and sets a push's offset.</summary>
    public readonly record struct HeapStep(StepKind Kind, long Draw)
    {
        public override string ToString() => Kind is StepKind.Pop or StepKind.Clear or StepKind.PushEqual ? $"{Kind}" : $"{Kind}({Draw})";
    }

    /// <summary>Loads of 1200 steps (a third pops, one in two hundred a clear, the rest pushes of each kind alike),
    /// shrunk by dropping runs of steps: halves first, then quarters, down to single steps.</summary>
    public static class HeapLoads
    {
        public static Arbitrary<HeapStep[]> Loads() => Arb.From(Gen.ArrayOf(Step, 1200), Shrink);

        private static Gen<HeapStep> Step =>
            from kind in Gen.Frequency(
                (66, Gen.Constant(StepKind.Pop)), (1, Gen.Constant(StepKind.Clear)),
                (133, Gen.Elements(StepKind.PushEqual, StepKind.PushClose, StepKind.PushFar, StepKind.PushAnywhere)))
            from high in Gen.Choose(0, int.MaxValue)
            from low in Gen.Choose(0, int.MaxValue)
            select new HeapStep(kind, ((long)high << 31) + low);

        private static IEnumerable<HeapStep[]> Shrink(HeapStep[] steps)
        {
            for (int run = steps.Length / 2; run >= 1; run /= 2)
            {
                for (int start = 0; start + run <= steps.Length; start += run)
                {
                    yield return [.. steps[..start], .. steps[(start + run)..]];
                }
            }
        }
    }

    [Fact]
    public void A_clear_forgets_the_pending_entries_and_the_last_key()
    {
        // Buckets are placed by the highest bit where a key differs from the last key popped. Had the clear kept the
        // last key 2, 3 (2 xor 3 = 1: bucket 1) would sit below 0 (0 xor 2 = 2: bucket 2) and leave first; had it kept
        // the entry 5 of node 3, that entry would share bucket 3 with 6 and leave before it.
        var heap = new RadixHeap();
        heap.Push(2, 0);
        heap.Push(5, 3);
        Assert.Equal(0, heap.Pop());
        heap.Clear();
        Assert.Equal(0, heap.Count);
        heap.Push(3, 1);
        heap.Push(0, 2);
        heap.Push(6, 4);
        Assert.Equal([2, 1, 4], new[] { heap.Pop(), heap.Pop(), heap.Pop() });
        Assert.Equal(0, heap.Count);
    }

    [Fact]
    public void Equal_keys_leave_together_and_a_smaller_repush_comes_out_first()
    {
        var heap = new RadixHeap();
        heap.Push(10, 1);
        heap.Push(7, 2);
        heap.Push(10, 3);
        heap.Push(5, 1); // node 1 again, shorter: its entry at 10 becomes stale
        Assert.Equal(1, heap.Pop());
        Assert.Equal(2, heap.Pop());
        Assert.Equal([1, 3], new[] { heap.Pop(), heap.Pop() }.Order());
        Assert.Equal(0, heap.Count);
    }
}
