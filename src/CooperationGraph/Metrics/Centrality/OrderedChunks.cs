namespace CooperationGraph.Metrics.Centrality;

/// <summary>
/// Fixed chunks of work run on parallel workers, each chunk adding into an accumulator of its own, the accumulators
/// added into one sum in chunk order. A chunk's accumulator is added as soon as every earlier chunk is in: the same
/// additions in the same order as summing all chunks at the end, so results do not depend on the number of threads,
/// with about one accumulator per worker alive instead of one per chunk.
/// </summary>
internal static class OrderedChunks
{
    /// <param name="chunks">Number of chunks; workers take them in order.</param>
    /// <param name="sum">Where the accumulators are added (its length is theirs), or null when the chunks sum nothing.</param>
    /// <param name="options">Cancellation and the most workers.</param>
    /// <param name="state">A worker's own state (buffers reused from chunk to chunk).</param>
    /// <param name="run">Runs chunk c with the worker's state, adding into the accumulator (null without a sum).</param>
    public static void Run<TState>(int chunks, double[]? sum, ParallelOptions options, Func<TState> state, Action<int, TState, double[]?> run)
    {
        var finished = new double[chunks][];
        var spare = new Stack<double[]>();
        int next = -1, added = 0;
        int limit = options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount;
        Parallel.For(0, Math.Min(limit, chunks), options, state, (_, _, worker) =>
        {
            for (int chunk = Interlocked.Increment(ref next); chunk < chunks; chunk = Interlocked.Increment(ref next))
            {
                double[]? local = null;
                if (sum is not null)
                {
                    lock (spare)
                    {
                        local = spare.Count > 0 ? spare.Pop() : new double[sum.Length];
                    }
                }

                run(chunk, worker, local);
                if (sum is null)
                {
                    continue;
                }

                lock (spare)
                {
                    finished[chunk] = local!;
                    for (; added < chunks && finished[added] is { } part; added++)
                    {
                        for (int i = 0; i < sum.Length; i++)
                        {
                            sum[i] += part[i];
                        }

                        Array.Clear(part);
                        finished[added] = null!;
                        spare.Push(part);
                    }
                }
            }

            return worker;
        }, _ => { });
    }
}
