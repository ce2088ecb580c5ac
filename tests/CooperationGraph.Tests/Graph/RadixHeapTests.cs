using CooperationGraph.Graph;
using FsCheck.Xunit;

namespace CooperationGraph.Tests.Graph;

/// <summary>The radix heap under a Dijkstra-like load: keys never below the last popped one, repeated pushes.</summary>
public class RadixHeapTests
{
    [Property(MaxTest = 100)]
    public bool Pops_every_entry_in_key_order_under_monotone_pushes(int seed)
    {
        var random = new Random(seed);
        var heap = new RadixHeap();
        var expected = new List<long>();
        var popped = new List<long>();
        var keyOf = new Dictionary<int, long>();
        long last = 0;
        int node = 0;
        for (int round = 0; round < 3; round++)
        {
            heap.Clear();
            last = 0;
            expected.Clear();
            popped.Clear();
            keyOf.Clear();
            for (int step = 0; step < 400; step++)
            {
                if (heap.Count == 0 || random.Next(3) > 0)
                {
                    // Anywhere up to 2^62 (the most exact lengths use), often equal to the last key or close by.
                    long room = (1L << 62) - last;
                    long key = last + (random.Next(4) switch { 0 => 0, 1 => Math.Min(room, random.Next(16)), 2 => random.NextInt64(Math.Min(room, 1L << 40) + 1), _ => random.NextInt64(room + 1) });
                    heap.Push(key, node);
                    keyOf[node++] = key;
                    expected.Add(key);
                }
                else
                {
                    long key = keyOf[heap.Pop()];
                    Assert.True(key >= last, $"popped {key} after {last}");
                    last = key;
                    popped.Add(key);
                }
            }

            while (heap.Count > 0)
            {
                long key = keyOf[heap.Pop()];
                Assert.True(key >= last);
                last = key;
                popped.Add(key);
            }

            if (!expected.Order().SequenceEqual(popped.Order()))
            {
                return false;
            }
        }

        return true;
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
