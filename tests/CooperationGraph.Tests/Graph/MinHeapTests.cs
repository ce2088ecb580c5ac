using CooperationGraph.Graph;
using FsCheck.Xunit;

namespace CooperationGraph.Tests.Graph;

/// <summary>The indexed 4-ary heap against a plain list of (node, key): pushes, decrease-keys, pops and clears.</summary>
public class MinHeapTests
{
    /// <summary>
    /// Up to 200 nodes and 1500 steps (so the heap is four levels deep and more); each step
    /// pushes a node not in the heap, lowers the key of one that is, pops, or (rarely) clears. Every pop must return a
    /// node whose key is the smallest pending, and the count must follow the model's.
    /// </summary>
    [Property(MaxTest = 100, Arbitrary = new[] { typeof(FullRangeSeeds) })]
    public bool Pops_a_smallest_key_through_pushes_decrease_keys_and_clears(int seed)
    {
        var random = new Random(seed);
        int n = 1 + random.Next(200);
        var heap = new MinHeap<long>(n);
        var pending = new Dictionary<int, long>();
        for (int step = 0; step < 1500; step++)
        {
            int choice = random.Next(100);
            if (choice == 0)
            {
                heap.Clear();
                pending.Clear();
            }
            else if (choice < 35 && pending.Count > 0)
            {
                int node = heap.Pop();
                if (!pending.TryGetValue(node, out long key) || key != pending.Values.Min())
                {
                    return false;
                }

                pending.Remove(node);
            }
            else if (choice < 55 && pending.Count > 0)
            {
                int node = pending.Keys.ElementAt(random.Next(pending.Count));
                long key = pending[node] - random.Next(50);
                heap.Push(key, node);
                pending[node] = key;
            }
            else if (pending.Count < n)
            {
                int node = Enumerable.Range(0, n).Where(v => !pending.ContainsKey(v)).ElementAt(random.Next(n - pending.Count));
                long key = random.Next(1000);
                heap.Push(key, node);
                pending[node] = key;
            }

            if (heap.Count != pending.Count)
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Lowering_the_key_of_the_top_node_keeps_one_entry()
    {
        var heap = new MinHeap<double>(3);
        heap.Push(1.0, 0);
        heap.Push(2.0, 1);
        heap.Push(0.5, 0);
        Assert.Equal(2, heap.Count);
        Assert.Equal(0, heap.Pop());
        Assert.Equal(1, heap.Pop());
        Assert.Equal(0, heap.Count);
    }

    [Fact]
    public void After_a_clear_every_node_can_be_pushed_again_as_new()
    {
        var heap = new MinHeap<int>(5);
        for (int v = 0; v < 5; v++)
        {
            heap.Push(10 - v, v);
        }

        heap.Clear();
        Assert.Equal(0, heap.Count);
        // Were a node still marked as in the heap, this push would lower a key at a stale position, not add the node.
        heap.Push(3, 4);
        heap.Push(1, 0);
        heap.Push(2, 3);
        Assert.Equal(3, heap.Count);
        Assert.Equal([0, 3, 4], new[] { heap.Pop(), heap.Pop(), heap.Pop() });
    }
}
