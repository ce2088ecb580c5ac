using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CooperationGraph.Metrics.Centrality;

/// <summary>
/// Brandes' betweenness (Brandes 2001) inside one connected block of an unweighted graph, sixteen sources at a time: a
/// multi-source BFS (after Then et al. 2015, "The More the Merrier: Efficient Multi-Source Graph Traversal") carried
/// through both of Brandes' phases. Each node holds sixteen lanes of σ, one per source of the batch, as two 64-byte
/// vectors, and sixteen bits saying which sources have reached it. The BFS advances one level at a time for all sixteen
/// sources: a node enters a level once, with the set of sources for which it lies there, and its ties are read once for
/// all of them. Sources close to one another reach most nodes at the same or adjacent levels, so batches take sources
/// in BFS order, and a tie is read about twice per batch instead of sixteen times (on the public generator's networks:
/// 2.0 level entries per node per batch of sixteen, 1.6 per batch of eight).
/// <para>
/// The backward phase pulls rather than pushes. With r_v the number of nodes v stands for
/// (<see cref="Graph.Blocks.Representatives"/>), Brandes' δ_s(v) = Σ_{w: v pred w} σ_v/σ_w (r_w + δ_s(w)) is
/// σ_v·S_v with S_v = Σ_{w: v pred w} c_w and c_w = (r_w + δ_s(w))/σ_w = r_w/σ_w + S_w. Levels run deepest first; a node
/// sums the c of its successors, adds r_s·σ_v·S_v to its betweenness, and writes its own c over its σ in the lanes of
/// that level, where σ will not be read again. So one vector array serves both phases (128 bytes per node and worker),
/// and no neighbour's memory is written in the backward phase.
/// </para>
/// A lane that takes no part in a step is masked out bit for bit (its term is +0.0), so each lane computes exactly what
/// a single-source run of these formulas would. Against one-source-at-a-time Brandes, which pushes δ to predecessors,
/// only rounding differs (the order of additions, and r/σ + S in place of (r + δ)/σ): at most 2.8e-17 on the Łoniów
/// sample, 4.4e-15 from igraph at 1 000 gminas. The bits do not depend on the instruction set (AVX-512, AVX2 and SSE
/// give the same) or on the number of threads.
/// </summary>
internal sealed class BatchBrandes
{
    /// <summary>Sources per batch.</summary>
    public const int Lanes = 16;

    /// <summary>Lanes per vector: a node's sixteen lanes are two vectors.</summary>
    private const int Half = 8;

    /// <summary>All-ones in the lanes of each 8-bit pattern, all-zeros elsewhere.</summary>
    private static readonly Vector512<double>[] LaneMasks = CreateMasks();

    // σ, then c: two vectors per node, 64-byte aligned on the pinned heap (a misaligned vector would straddle two lines).
    private readonly double[] sigmaStore;
    private readonly int sigmaStart;

    private readonly double[] weights;
    private readonly ushort[] seen;
    private readonly ushort[] next;
    private readonly ushort[] current;
    private readonly int[] levels;
    private int[] entries;
    private ushort[] entryLanes;

    private int[] offsets = [0];
    private int[] targets = [];
    private int[] sources = [];

    /// <summary>Scratch for blocks of up to <paramref name="capacity"/> nodes; one per thread, reused block after block
    /// (on many small blocks, allocating per block costs more than the work: see benchmarks/README.md).</summary>
    public BatchBrandes(int capacity)
    {
        Capacity = capacity;
        (sigmaStore, sigmaStart) = Aligned(capacity);
        weights = new double[capacity];
        seen = new ushort[capacity];
        next = new ushort[capacity];
        current = new ushort[capacity];
        levels = new int[capacity + 2];

        // A batch makes between n and 16·n entries (2–4·n measured); the lists grow when a batch needs more.
        entries = new int[(4 * capacity) + Lanes];
        entryLanes = new ushort[entries.Length];
    }

    /// <summary>The most nodes a block may have.</summary>
    public int Capacity { get; }

    /// <summary>Points the scratch at a block (its scratch state is clean between batches).</summary>
    /// <param name="offsets">The block's CSR offsets (local ids).</param>
    /// <param name="targets">The block's CSR targets.</param>
    /// <param name="weights">Representative count per node.</param>
    /// <param name="sources">Every node once, in the order batches take them.</param>
    public void Use(int[] offsets, int[] targets, int[] weights, int[] sources)
    {
        int n = offsets.Length - 1;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, Capacity);
        this.offsets = offsets;
        this.targets = targets;
        this.sources = sources;
        for (int i = 0; i < n; i++)
        {
            this.weights[i] = weights[i];
        }
    }

    /// <summary>Adds batch <paramref name="batch"/>'s weighted dependencies to <paramref name="betweenness"/> (local ids).</summary>
    public void Run(int batch, double[] betweenness)
    {
        // Indices below come from the block's own CSR arrays, so they are in range: read through refs, unchecked.
        ref var sigma = ref Unsafe.As<double, Vector512<double>>(ref sigmaStore[sigmaStart]);
        ref var masks = ref MemoryMarshal.GetArrayDataReference(LaneMasks);
        ref int offset = ref MemoryMarshal.GetArrayDataReference(offsets);
        ref int target = ref MemoryMarshal.GetArrayDataReference(targets);
        ref ushort seenBy = ref MemoryMarshal.GetArrayDataReference(seen);
        ref ushort nextBy = ref MemoryMarshal.GetArrayDataReference(next);
        ref ushort currentBy = ref MemoryMarshal.GetArrayDataReference(current);
        var low = Vector512<double>.Zero;
        var high = Vector512<double>.Zero;
        int first = batch * Lanes;
        int count = Math.Min(Lanes, sources.Length - first);
        int tail = 0;
        for (int k = 0; k < count; k++)
        {
            int s = sources[first + k];
            seen[s] = (ushort)(1 << k);
            entries[tail] = s;
            entryLanes[tail++] = (ushort)(1 << k);
            Unsafe.Add(ref Unsafe.As<Vector512<double>, double>(ref Unsafe.Add(ref sigma, 2 * s)), k) = 1;
            if (k < Half)
            {
                low = low.WithElement(k, weights[s]);
            }
            else
            {
                high = high.WithElement(k - Half, weights[s]);
            }
        }

        // Forward: level d holds entries levels[d]..levels[d + 1]. A node's lanes on the next level are gathered in
        // `next` while the level runs and only then marked seen, so each of its predecessors on the level adds its σ.
        levels[0] = 0;
        levels[1] = tail;
        int depth = 0;
        while (levels[depth + 1] > levels[depth])
        {
            for (int e = levels[depth], end = levels[depth + 1]; e < end; e++)
            {
                int v = entries[e];
                int lanes = entryLanes[e];
                int i = Unsafe.Add(ref offset, v), stop = Unsafe.Add(ref offset, v + 1);
                if (tail + stop - i > entries.Length)
                {
                    Array.Resize(ref entries, Math.Max(2 * entries.Length, tail + stop - i));
                    Array.Resize(ref entryLanes, entries.Length);
                }

                ref int list = ref MemoryMarshal.GetArrayDataReference(entries);
                var from = Unsafe.Add(ref sigma, 2 * v);
                var from2 = Unsafe.Add(ref sigma, 2 * v + 1);
                for (; i < stop; i++)
                {
                    int w = Unsafe.Add(ref target, i);
                    int found = lanes & ~Unsafe.Add(ref seenBy, w);
                    if (found != 0)
                    {
                        ref ushort gathered = ref Unsafe.Add(ref nextBy, w);
                        if (gathered == 0)
                        {
                            Unsafe.Add(ref list, tail++) = w;
                        }

                        gathered |= (ushort)found;
                        ref var to = ref Unsafe.Add(ref sigma, 2 * w);
                        to += from & Unsafe.Add(ref masks, found & 0xFF);
                        Unsafe.Add(ref to, 1) += from2 & Unsafe.Add(ref masks, found >> Half);
                    }
                }
            }

            for (int e = levels[depth + 1]; e < tail; e++)
            {
                int w = entries[e];
                ushort lanes = next[w];
                entryLanes[e] = lanes;
                seen[w] |= lanes;
                next[w] = 0;
            }

            depth++;
            levels[depth + 1] = tail;
        }

        // Backward, deepest level first, pulling from the level below: with c_x = (r_x + δ_x)/σ_x and
        // S_w = Σ_{x: w pred x} c_x, δ_w = σ_w·S_w and c_w = r_w/σ_w + S_w. Once a lane's level is done its σ is no
        // longer read, so c takes its place: one vector array serves both phases. `current` holds the lanes in which
        // each node lies one level down.
        for (int d = depth - 1; d > 0; d--)
        {
            for (int e = levels[d], end = levels[d + 1]; e < end; e++)
            {
                int w = entries[e];
                int lanes = entryLanes[e];
                var below = Vector512<double>.Zero;
                var below2 = Vector512<double>.Zero;
                for (int i = Unsafe.Add(ref offset, w), stop = Unsafe.Add(ref offset, w + 1); i < stop; i++)
                {
                    int x = Unsafe.Add(ref target, i);
                    int down = lanes & Unsafe.Add(ref currentBy, x);
                    if (down != 0)
                    {
                        ref var after = ref Unsafe.Add(ref sigma, 2 * x);
                        below += after & Unsafe.Add(ref masks, down & 0xFF);
                        below2 += Unsafe.Add(ref after, 1) & Unsafe.Add(ref masks, down >> Half);
                    }
                }

                ref var own = ref Unsafe.Add(ref sigma, 2 * w);
                var mask = Unsafe.Add(ref masks, lanes & 0xFF);
                var mask2 = Unsafe.Add(ref masks, lanes >> Half);
                var paths = own;
                var paths2 = Unsafe.Add(ref own, 1);
                betweenness[w] += Vector512.Sum((paths * below * low & mask) + (paths2 * below2 * high & mask2));
                if (d > 1)
                {
                    var weight = Vector512.Create(weights[w]);
                    own = Vector512.ConditionalSelect(mask, weight / paths + below, paths);
                    Unsafe.Add(ref own, 1) = Vector512.ConditionalSelect(mask2, weight / paths2 + below2, paths2);
                }
            }

            for (int e = levels[d + 1], end = levels[d + 2]; e < end; e++)
            {
                current[entries[e]] = 0;
            }

            for (int e = levels[d], end = levels[d + 1]; e < end; e++)
            {
                current[entries[e]] = entryLanes[e];
            }
        }

        for (int e = levels[1], end = levels[2]; e < end; e++)
        {
            current[entries[e]] = 0;
        }

        for (int e = 0; e < tail; e++)
        {
            int w = entries[e];
            Unsafe.Add(ref sigma, 2 * w) = default;
            Unsafe.Add(ref sigma, 2 * w + 1) = default;
            seen[w] = 0;
        }
    }

    private static (double[] Store, int Start) Aligned(int n)
    {
        var store = GC.AllocateArray<double>(n * Lanes + Half, pinned: true);

        // The pinned heap never moves an array, so the address taken here stays its address.
        var handle = GCHandle.Alloc(store, GCHandleType.Pinned);
        long address = handle.AddrOfPinnedObject();
        handle.Free();
        return (store, (int)((64 - (address & 63)) & 63) / sizeof(double));
    }

    private static Vector512<double>[] CreateMasks()
    {
        var masks = new Vector512<double>[1 << Half];
        for (int m = 0; m < masks.Length; m++)
        {
            var lanes = Vector512<long>.Zero;
            for (int k = 0; k < Half; k++)
            {
                lanes = lanes.WithElement(k, (m >> k & 1) != 0 ? -1L : 0L);
            }

            masks[m] = lanes.AsDouble();
        }

        return masks;
    }
}
