namespace CooperationGraph.Tests.Metrics.Dynamics;

/// <summary>Guards, messages and edge cases of change indices, durability, tie dynamics and the paired density test.</summary>
public class DynamicsMutationTests
{
    private static readonly AnalysisWindow FirstHalf = new(new DateOnly(2019, 1, 1), new DateOnly(2019, 6, 30));

    [Fact]
    public void Counts_beyond_the_pairs_throw_naming_the_counts_and_the_pairs()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ChangeIndex.Of(3, 2, 2, 6));
        Assert.Equal("pairs", error.ParamName);
        Assert.Equal("Counts 3, 2, 2 do not fit in 6 pairs. (Parameter 'pairs')", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => ChangeIndex.Of(0, -1, 0, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChangeIndex.Of(0, 0, -1, 6));
    }

    [Fact]
    public void No_tie_in_either_window_gives_jaccard_and_dissolution_null_hamming_0_and_formation_0()
    {
        Assert.Equal(new ChangeIndex(null, 0, 0.0, null), ChangeIndex.Of(0, 0, 0, 6));
    }

    [Fact]
    public void Every_pair_tied_before_gives_formation_null()
    {
        // N11 = 4, N10 = 2, N01 = 0 of P = 6: Jaccard 4/6, Hamming 2, no pair could form, dissolution 2/6.
        Assert.Equal(new ChangeIndex(4 / 6.0, 2, null, 2 / 6.0), ChangeIndex.Of(4, 2, 0, 6));
    }

    [Fact]
    public void A_hamming_distance_beyond_the_int_range_throws_overflow()
    {
        // 2³¹ − 1 pairs lost and 1 formed: 2³¹ changed pairs do not fit in an int.
        Assert.Throws<OverflowException>(() => ChangeIndex.Of(0, int.MaxValue, 1, 1L << 32));
    }

    [Fact]
    public void Change_indices_of_null_tie_changes_throw_argument_null_naming_the_ties()
    {
        Assert.Equal("ties", Assert.Throws<ArgumentNullException>(() => ChangeIndex.PerWindow(null!, 4)).ParamName);
    }

    [Fact]
    public void Tie_dynamics_of_a_null_dataset_or_null_windows_throw_argument_null()
    {
        Assert.Equal("dataset", Assert.Throws<ArgumentNullException>(() => TieDynamics.Compute(null!, [FirstHalf])).ParamName);
        Assert.Equal("windows", Assert.Throws<ArgumentNullException>(() => TieDynamics.Compute(FourInstitutions.Dataset, null!)).ParamName);
    }

    [Fact]
    public void A_dated_tie_given_target_first_is_the_same_pair_as_an_action_of_both()
    {
        // A contract B–A on 15 April 2019 fills the month without actions: A–B re-appears in April and persists into May.
        var source = FourInstitutions.Dataset;
        var dataset = CooperationDataset.Create(source.Institutions, source.Declarations, source.JointActions, [new Tie("B", "A", Date: new DateOnly(2019, 4, 15))]);
        var changes = TieDynamics.Compute(dataset, TimeWindows.Cover(dataset, WindowPeriod.Month));
        Assert.Equal(
            [(1, 1, 0, 0, 0), (3, 2, 1, 0, 0), (1, 1, 0, 0, 3), (1, 0, 0, 1, 1), (1, 0, 1, 0, 0), (2, 0, 1, 1, 0)],
            changes.Select(c => (c.Ties, c.Formed, c.Persisted, c.Reappeared, c.Dissolved)));
    }

    [Fact]
    public void Dated_ties_of_pairs_without_institution_0_are_told_apart()
    {
        // Contracts C–B and A–C on 15 and 20 April 2019 (positions 1–2 and 0–2): two ties in April, both seen in
        // February, so both reappear; C–D of March dissolves. May's A–B reappears and April's two dissolve; June keeps
        // A–B and brings A–C back.
        var source = FourInstitutions.Dataset;
        var dataset = CooperationDataset.Create(
            source.Institutions,
            source.Declarations,
            source.JointActions,
            [new Tie("C", "B", Date: new DateOnly(2019, 4, 15)), new Tie("A", "C", Date: new DateOnly(2019, 4, 20))]);
        var changes = TieDynamics.Compute(dataset, TimeWindows.Cover(dataset, WindowPeriod.Month));
        Assert.Equal(
            [(1, 1, 0, 0, 0), (3, 2, 1, 0, 0), (1, 1, 0, 0, 3), (2, 0, 0, 2, 1), (1, 0, 0, 1, 2), (2, 0, 1, 1, 0)],
            changes.Select(c => (c.Ties, c.Formed, c.Persisted, c.Reappeared, c.Dissolved)));
    }

    [Fact]
    public void Durability_of_a_null_dataset_or_null_model_throws_argument_null()
    {
        var end = new DateOnly(2019, 3, 31);
        Assert.Equal("dataset", Assert.Throws<ArgumentNullException>(() => Durability.Compute(null!, end, FourInstitutions.Model)).ParamName);
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => Durability.Compute(FourInstitutions.Dataset, end, null!)).ParamName);
    }

    [Fact]
    public void A_project_end_may_be_the_window_first_day_but_not_its_last()
    {
        Assert.Equal(new DateOnly(2019, 1, 1), Durability.Compute(FourInstitutions.Dataset, new DateOnly(2019, 1, 1), FourInstitutions.Model, FirstHalf).During.To);
        Assert.Equal(new DateOnly(2019, 6, 30), Durability.Compute(FourInstitutions.Dataset, new DateOnly(2019, 6, 29), FourInstitutions.Model, FirstHalf).After.From);
        var error = Assert.Throws<ArgumentException>(() => Durability.Compute(FourInstitutions.Dataset, new DateOnly(2019, 6, 30), FourInstitutions.Model, FirstHalf));
        Assert.Equal("The project end 2019-06-30 must fall inside the analysis window 2019-01-01..2019-06-30 and before its last day.", error.Message);
    }

    [Fact]
    public void After_february_a_b_c_were_active_during_and_d_started_after()
    {
        // Jan–Feb: A+B, A+B+C. From March: C+D, A+B, A+C.
        var durability = Durability.Compute(FourInstitutions.Dataset, new DateOnly(2019, 2, 28), FourInstitutions.Model);
        Assert.Equal(["A", "B", "C"], durability.ActiveDuring);
        Assert.Equal(["A", "B", "C"], durability.KeptActing);
        Assert.Empty(durability.StoppedActing);
        Assert.Equal(["D"], durability.StartedAfter);
    }

    [Fact]
    public void Negative_replicates_throw_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PairedDensityTest.Compute(4, [(0, 1)], [(1, 2)], -1, 1, CancellationToken.None));
    }

    [Fact]
    public void Zero_replicates_give_the_difference_and_a_NaN_standard_error()
    {
        // 1 tie then 3 of 6 pairs: 1/3.
        var test = PairedDensityTest.Compute(4, [(0, 1)], [(0, 1), (1, 2), (2, 3)], 0, 1, CancellationToken.None);
        Assert.Equal(1.0 / 3, test.Difference, 15);
        Assert.True(double.IsNaN(test.StandardError));
    }

    [Fact]
    public void Two_replicates_on_two_institutions_give_standard_error_0()
    {
        // Every replicate reads the one gained tie: 1 and 1, deviation 0 (not NaN: two replicates are enough).
        var test = PairedDensityTest.Compute(2, [], [(0, 1)], 2, 1, CancellationToken.None);
        Assert.Equal(0, test.StandardError);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(11)]
    public void The_standard_error_equals_a_dense_bootstrap_with_the_same_draws(int seed)
    {
        (int U, int V)[] first = [(0, 1), (0, 2), (1, 3), (2, 4), (3, 5), (4, 5)];
        (int U, int V)[] second = [(0, 1), (0, 3), (0, 5), (1, 2), (2, 4), (3, 4)];
        var test = PairedDensityTest.Compute(6, first, second, 300, seed, CancellationToken.None);
        Assert.Equal(DenseStandardError(6, first, second, 300, seed), test.StandardError, 14);
    }

    /// <summary>
    /// The vertex bootstrap on the full matrix D = second − first: every pair of draws reads D; each pair of draws of the
    /// same institution k (k ascending) reads a random distinct pair instead, drawn as the kernel draws it.
    /// </summary>
    private static double DenseStandardError(int n, (int U, int V)[] first, (int U, int V)[] second, int replicates, int seed)
    {
        var d = new int[n, n];
        foreach (var (u, v) in second)
        {
            d[u, v]++;
            d[v, u]++;
        }

        foreach (var (u, v) in first)
        {
            d[u, v]--;
            d[v, u]--;
        }

        var random = new Random(seed);
        var differences = new double[replicates];
        var draws = new int[n];
        for (int r = 0; r < replicates; r++)
        {
            for (int x = 0; x < n; x++)
            {
                draws[x] = random.Next(n);
            }

            long total = 0;
            for (int x = 0; x < n; x++)
            {
                for (int y = x + 1; y < n; y++)
                {
                    total += draws[x] != draws[y] ? d[draws[x], draws[y]] : 0;
                }
            }

            for (int k = 0; k < n; k++)
            {
                for (int x = 0; x < n; x++)
                {
                    for (int y = x + 1; y < n; y++)
                    {
                        if (draws[x] == k && draws[y] == k)
                        {
                            int a = random.Next(n), b = random.Next(n - 1);
                            total += d[a, b < a ? b : b + 1];
                        }
                    }
                }
            }

            differences[r] = total / (n * (n - 1) / 2.0);
        }

        double mean = differences.Average();
        return Math.Sqrt(differences.Sum(x => (x - mean) * (x - mean)) / (replicates - 1));
    }
}
