namespace CooperationGraph.Graph;

/// <summary>
/// A binary min-heap of (distance, node) with lazy deletion, reused across sources without allocating.
/// Ties on distance are broken by insertion order so that runs are deterministic.
/// </summary>
internal sealed class MinHeap
{
    private (double Key, long Order, int Node)[] items;
    private long counter;

    public MinHeap(int capacity) => items = new (double, long, int)[Math.Max(4, capacity)];

    public int Count { get; private set; }

    public void Clear()
    {
        Count = 0;
        counter = 0;
    }

    public void Push(double key, int node)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        var item = (key, counter++, node);
        int i = Count++;
        while (i > 0)
        {
            int parent = (i - 1) / 2;
            if (!Less(item, items[parent]))
            {
                break;
            }

            items[i] = items[parent];
            i = parent;
        }

        items[i] = item;
    }

    public (double Key, int Node) Pop()
    {
        var top = items[0];
        var last = items[--Count];
        int i = 0;
        while (true)
        {
            int child = (2 * i) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && Less(items[child + 1], items[child]))
            {
                child++;
            }

            if (!Less(items[child], last))
            {
                break;
            }

            items[i] = items[child];
            i = child;
        }

        if (Count > 0)
        {
            items[i] = last;
        }

        return (top.Key, top.Node);
    }

    private static bool Less((double Key, long Order, int Node) a, (double Key, long Order, int Node) b) =>
        a.Key < b.Key || (a.Key == b.Key && a.Order < b.Order);
}
