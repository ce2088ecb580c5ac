namespace CooperationGraph.Tests.Metrics;

/// <summary>
/// Guards, boundaries and orders of <see cref="FamilyIntegration"/> and <see cref="Pseudonymizer"/> that the Łoniów
/// sample does not reach (tests/MUTATION.md). The name starts with <c>FamilyIntegrationTests</c> so that
/// the folder's mutation filter picks it up.
/// </summary>
public class FamilyIntegrationTestsMutation
{
    private const string Key = "a-key-of-at-least-sixteen-characters";

    private static CooperationDataset Dataset(JointAction[] actions, params BeneficiaryService[] beneficiaries)
    {
        var c = SectorCatalog.Default;
        return CooperationDataset.Create(
            [new("a", "A", c["OPS"]), new("b", "B", c["PUP"]), new("c", "C", c["SCHOOL"])],
            actions: actions,
            beneficiaries: beneficiaries);
    }

    private static JointAction Service(string id, DateOnly date, DateOnly? end = null, params string[] institutions) =>
        new(id, id, JointActionKind.Service, date, [.. institutions.DefaultIfEmpty("a").Select(i => new Participation(i))], end);

    [Fact]
    public void Family_integration_of_a_null_dataset_or_pseudonymizer_throws_argument_null_naming_it()
    {
        var dataset = Dataset([Service("s", new DateOnly(2020, 1, 1))], new BeneficiaryService("f", "s"));

        Assert.Equal("dataset", Assert.Throws<ArgumentNullException>(() => FamilyIntegration.Compute(null!, null!)).ParamName);
        Assert.Equal("pseudonymizer", Assert.Throws<ArgumentNullException>(() => FamilyIntegration.Compute(dataset, null!)).ParamName);
    }

    [Fact]
    public void A_suppression_threshold_of_zero_throws_out_of_range()
    {
        var dataset = Dataset([Service("s", new DateOnly(2020, 1, 1))], new BeneficiaryService("f", "s"));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FamilyIntegration.Compute(dataset, new Pseudonymizer(Key), threshold: 0));

        Assert.Equal("threshold", error.ParamName);
    }

    [Fact]
    public void Two_services_of_one_day_overlap()
    {
        // Both on 1 March 2020, neither with an end date: each starts no later than the other ends.
        var dataset = Dataset([Service("s1", new DateOnly(2020, 3, 1)), Service("s2", new DateOnly(2020, 3, 1))], new("f", "s1"), new("f", "s2"));

        var family = FamilyIntegration.Compute(dataset, new Pseudonymizer(Key), threshold: 1).PerFamily[0];

        Assert.Equal("1", family.OverlappingSameKind);
    }

    [Fact]
    public void A_service_received_first_overlaps_a_longer_one_that_began_before_it()
    {
        // The family received s2 (1 March) first, then s1 (1 January to 30 June): 1 March falls inside s1's days.
        var dataset = Dataset(
            [Service("s1", new DateOnly(2020, 1, 1), new DateOnly(2020, 6, 30)), Service("s2", new DateOnly(2020, 3, 1))],
            new("f", "s2"), new("f", "s1"));

        var family = FamilyIntegration.Compute(dataset, new Pseudonymizer(Key), threshold: 1).PerFamily[0];

        Assert.Equal("1", family.OverlappingSameKind);
    }

    [Fact]
    public void Families_are_listed_by_pseudonym_and_pairs_by_institution_then_partner()
    {
        // Under Key (HMAC-SHA256 by Python's hmac): f1 → F-eafe46a0e9f5, f2 → F-c3e800296810, so f2 comes first though
        // f1 is met first. f1's action joins a, b and c: pairs (a, b), (a, c), (b, c); f2's joins a alone.
        var dataset = Dataset(
            [Service("x", new DateOnly(2020, 1, 1), null, "c", "b", "a"), Service("y", new DateOnly(2020, 2, 1))],
            new("f1", "x"), new("f2", "y"));

        var report = FamilyIntegration.Compute(dataset, new Pseudonymizer(Key), threshold: 1);

        Assert.Equal(["F-c3e800296810", "F-eafe46a0e9f5"], report.PerFamily.Select(f => f.Family));
        Assert.Equal([("a", "b"), ("a", "c"), ("b", "c")], report.SharedFamilies.Select(p => (p.SourceId, p.TargetId)));
    }

    [Fact]
    public void The_report_says_whether_pseudonyms_are_random_and_which_threshold_it_applied()
    {
        var dataset = Dataset([Service("s", new DateOnly(2020, 1, 1))], new BeneficiaryService("f", "s"));

        var random = FamilyIntegration.Compute(dataset, Pseudonymizer.FromKeyOrEnvironment(""), threshold: 4);
        var keyed = FamilyIntegration.Compute(dataset, new Pseudonymizer(Key));

        Assert.Equal((true, 4), (random.RandomPseudonyms, random.SuppressionThreshold));
        Assert.Equal((false, 3), (keyed.RandomPseudonyms, keyed.SuppressionThreshold));
    }

    [Fact]
    public void An_empty_key_gives_a_random_pseudonymizer()
    {
        Assert.True(Pseudonymizer.FromKeyOrEnvironment("").IsRandom);
    }

    [Fact]
    public void A_key_of_sixteen_characters_is_enough_and_one_of_fifteen_is_refused_with_the_rule()
    {
        Assert.False(new Pseudonymizer("0123456789abcdef").IsRandom);

        var error = Assert.Throws<ArgumentException>(() => new Pseudonymizer("0123456789abcde"));

        Assert.Equal("key", error.ParamName);
        Assert.StartsWith("A pseudonymisation key needs at least 16 characters.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_key_or_family_id_throws_argument_null_naming_it()
    {
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => new Pseudonymizer(null!)).ParamName);
        Assert.Equal("familyId", Assert.Throws<ArgumentNullException>(() => new Pseudonymizer(Key).Pseudonym(null!)).ParamName);
    }

    [Fact]
    public void The_pseudonym_is_F_and_the_first_six_bytes_of_the_keyed_hash_in_lower_case_hex()
    {
        // Python: hmac.new(Key.encode(), b"RODZINA_01", hashlib.sha256).hexdigest()[:12] == "af411a6193e7".
        Assert.Equal("F-af411a6193e7", new Pseudonymizer(Key).Pseudonym("RODZINA_01"));
    }
}

/// <summary>The key taken from the environment; alone in its collection, since the variable is process-wide.</summary>
[Collection(nameof(FamilyIntegrationTestsEnvironment))]
[CollectionDefinition(nameof(FamilyIntegrationTestsEnvironment), DisableParallelization = true)]
public class FamilyIntegrationTestsEnvironment
{
    private const string Key = "a-key-of-at-least-sixteen-characters";

    [Fact]
    public void Without_a_key_the_environment_key_is_used_and_a_given_key_wins_over_it()
    {
        string? before = Environment.GetEnvironmentVariable(Pseudonymizer.KeyVariable);
        Environment.SetEnvironmentVariable(Pseudonymizer.KeyVariable, Key);
        try
        {
            var fromEnvironment = Pseudonymizer.FromKeyOrEnvironment();
            var given = Pseudonymizer.FromKeyOrEnvironment("another-key-of-sixteen-or-more");

            Assert.False(fromEnvironment.IsRandom);
            Assert.Equal("F-af411a6193e7", fromEnvironment.Pseudonym("RODZINA_01"));
            Assert.Equal(new Pseudonymizer("another-key-of-sixteen-or-more").Pseudonym("RODZINA_01"), given.Pseudonym("RODZINA_01"));
            Assert.NotEqual("F-af411a6193e7", given.Pseudonym("RODZINA_01"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Pseudonymizer.KeyVariable, before);
        }
    }
}
