using System.Numerics;

namespace CooperationGraph.Graph;

/// <summary>
/// An indexed 4-ary min-heap of nodes 0..n−1 by key (floating-point distances compared within a tolerance; exact integer
/// lengths use <see cref="RadixHeap"/>), with decrease-key, so each node is in it at most once. Reused across sources without
/// allocating. Equal keys leave in an order fixed by the sequence of operations, so runs are deterministic.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
internal sealed class MinHeap<TKey>
    where TKey : struct, IComparisonOperators<TKey, TKey, bool>
{
    private readonly TKey[] keys;
    private readonly int[] nodes;
    private readonly int[] position;

    public MinHeap(int capacity)
    {
        keys = new TKey[Math.Max(1, capacity)];
        nodes = new int[Math.Max(1, capacity)];
        position = new int[Math.Max(1, capacity)];
        Array.Fill(position, -1);
    }

    public int Count { get; private set; }

    /// <summary>Empties the heap (it is empty after every node was popped).</summary>
    public void Clear()
    {
        for (int i = 0; i < Count; i++)
        {
            position[nodes[i]] = -1;
        }

        Count = 0;
    }

    /// <summary>Adds a node that is not in the heap, or lowers the key of one that is.</summary>
    public void Push(TKey key, int node)
    {
        int i = position[node];
        if (i < 0)
        {
            i = Count++;
        }

        while (i > 0)
        {
            int parent = (i - 1) >> 2;
            if (!(key < keys[parent]))
            {
                break;
            }

            keys[i] = keys[parent];
            nodes[i] = nodes[parent];
            position[nodes[i]] = i;
            i = parent;
        }

        keys[i] = key;
        nodes[i] = node;
        position[node] = i;
    }

    /// <summary>Removes and returns the node with the smallest key.</summary>
    public int Pop()
    {
        int top = nodes[0];
        position[top] = -1;
        int count = --Count;
        if (count == 0)
        {
            return top;
        }

        TKey key = keys[count];
        int node = nodes[count];
        int i = 0;
        while (true)
        {
            int first = (i << 2) + 1;
            if (first >= count)
            {
                break;
            }

            int best = first;
            int last = Math.Min(first + 4, count);
            for (int c = first + 1; c < last; c++)
            {
                if (keys[c] < keys[best])
                {
                    best = c;
                }
            }

            if (!(keys[best] < key))
            {
                break;
            }

            keys[i] = keys[best];
            nodes[i] = nodes[best];
            position[nodes[i]] = i;
            i = best;
        }

        keys[i] = key;
        nodes[i] = node;
        position[node] = i;
        return top;
    }
}
