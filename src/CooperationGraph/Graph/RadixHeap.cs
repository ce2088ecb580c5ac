using System.Numerics;

namespace CooperationGraph.Graph;

/// <summary>
/// A monotone priority queue of nodes by non-negative 64-bit integer key (Ahuja, Mehlhorn, Orlin &amp; Tarjan 1990,
/// "Faster algorithms for the shortest path problem"): bucket i holds the keys whose highest bit differing from the
/// last key popped is bit i − 1, so a key moves down at most 64 times and a pop scans at most 65 buckets. Keys pushed
/// must not be below the last key popped, as in Dijkstra. There is no decrease-key: a node pushed again with a smaller
/// key leaves a stale entry behind, which the caller skips (the node is already settled when it comes out). Equal keys
/// leave in an order fixed by the sequence of operations, so runs are deterministic. Reused across sources.
/// </summary>
internal sealed class RadixHeap
{
    private const int BucketCount = 65;
    private readonly long[][] keys = new long[BucketCount][];
    private readonly int[][] nodes = new int[BucketCount][];
    private readonly int[] sizes = new int[BucketCount];
    private long last;

    public RadixHeap()
    {
        for (int b = 0; b < BucketCount; b++)
        {
            keys[b] = new long[4];
            nodes[b] = new int[4];
        }
    }

    public int Count { get; private set; }

    /// <summary>Empties the queue and forgets the last key.</summary>
    public void Clear()
    {
        Array.Clear(sizes);
        Count = 0;
        last = 0;
    }

    public void Push(long key, int node)
    {
        Add(Bucket(key), key, node);
        Count++;
    }

    /// <summary>Removes and returns a node with the smallest key.</summary>
    public int Pop()
    {
        if (sizes[0] == 0)
        {
            int b = 1;
            while (sizes[b] == 0)
            {
                b++;
            }

            var bucketKeys = keys[b];
            var bucketNodes = nodes[b];
            int size = sizes[b];
            long smallest = long.MaxValue;
            for (int i = 0; i < size; i++)
            {
                smallest = Math.Min(smallest, bucketKeys[i]);
            }

            last = smallest;
            sizes[b] = 0;
            for (int i = 0; i < size; i++)
            {
                Add(Bucket(bucketKeys[i]), bucketKeys[i], bucketNodes[i]);
            }
        }

        Count--;
        return nodes[0][--sizes[0]];
    }

    private int Bucket(long key) => 64 - BitOperations.LeadingZeroCount((ulong)(key ^ last));

    private void Add(int bucket, long key, int node)
    {
        int size = sizes[bucket];
        if (size == keys[bucket].Length)
        {
            Array.Resize(ref keys[bucket], size * 2);
            Array.Resize(ref nodes[bucket], size * 2);
        }

        keys[bucket][size] = key;
        nodes[bucket][size] = node;
        sizes[bucket] = size + 1;
    }
}
