using System.Globalization;

namespace CooperationGraph;

/// <summary>
/// Seeded synthetic cooperation data with the territorial shape of Polish social policy, for teaching, notebooks and
/// benchmarks: voivodeship → powiat → gmina, each with its institutions; ties inside gminas (team meetings led by OPS,
/// school events, interdisciplinary-team case conferences, services), between gmina and powiat (OPS–PCPR, OPS–PUP,
/// school–PPP, team–police), between powiat and voivodeship (PCPR–ROPS trainings), and occasional study visits between
/// gminas. Every gmina signs a declaration with its powiat's PCPR and PUP; a few of its institutions then do nothing,
/// so gap metrics have something to find. Institutions carry the further columns <c>powiat</c> and
/// <c>voivodeship</c> (the units of their powiat and voivodeship), so that a national set can be grouped
/// (<c>compare --by unit --group-by powiat</c>). All names are invented and marked as synthetic.
/// </summary>
public static class CooperationGenerator
{
    /// <summary>Generates a dataset.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 1 or the share is outside 0..1.</exception>
    public static CooperationDataset Generate(GeneratorOptions? options = null)
    {
        options ??= new GeneratorOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Gminas, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.GminasPerPowiat, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PowiatsPerVoivodeship, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MeetingsPerGmina);
        if (options.PowiatLinks is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "PowiatLinks must be at least 1 (or null for the mixed default).");
        }

        if (options.StudyVisitShare is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "StudyVisitShare must be between 0 and 1.");
        }

        var builder = new Builder(new Random(options.Seed), options);
        builder.Run();
        return CooperationDataset.Create(builder.Institutions, builder.Declarations, builder.Actions);
    }

    private sealed class Builder(Random random, GeneratorOptions options)
    {
        private static readonly SectorCatalog C = SectorCatalog.Default;
        private readonly List<string> opsOfGminas = [];
        private string voivodeship = "", powiat = "";
        private int actionCount;

        public List<Institution> Institutions { get; } = [];

        public List<Declaration> Declarations { get; } = [];

        public List<JointAction> Actions { get; } = [];

        public void Run()
        {
            string rops = "", pcpr = "", pup = "", kpp = "", ppp = "";
            for (int g = 0; g < options.Gminas; g++)
            {
                int p = g / options.GminasPerPowiat;
                int w = p / options.PowiatsPerVoivodeship;
                if (g % options.GminasPerPowiat == 0)
                {
                    if (p % options.PowiatsPerVoivodeship == 0)
                    {
                        string region = voivodeship = $"W{w + 1:00}";
                        rops = Add($"{region}_ROPS", $"Regionalny Ośrodek Polityki Społecznej {region}", "ROPS", region, TerritorialLevel.Voivodeship);
                        Add($"{region}_UM", $"Urząd Marszałkowski {region}", "LOCAL_GOV", region, TerritorialLevel.Voivodeship);
                    }

                    string county = powiat = $"P{p + 1:000}";
                    pcpr = Add($"{county}_PCPR", $"PCPR powiatu {county}", "PCPR", county, TerritorialLevel.Powiat);
                    pup = Add($"{county}_PUP", $"PUP powiatu {county}", "PUP", county, TerritorialLevel.Powiat);
                    kpp = Add($"{county}_KPP", $"Komenda Powiatowa Policji {county}", "POLICE", county, TerritorialLevel.Powiat);
                    ppp = Add($"{county}_PPP", $"Poradnia Psychologiczno-Pedagogiczna {county}", "PPP", county, TerritorialLevel.Powiat);
                    string court = Add($"{county}_SAD", $"Zespół kuratorskiej służby sądowej {county}", "COURT", county, TerritorialLevel.Powiat);
                    Add($"{county}_STAROSTWO", $"Starostwo Powiatowe {county}", "LOCAL_GOV", county, TerritorialLevel.Powiat);
                    Action(JointActionKind.Training, Year(), rops, [pcpr, pup, court]);
                }

                Gmina(g, pcpr, pup, kpp, ppp);
            }

            foreach (string ops in opsOfGminas)
            {
                if (random.NextDouble() < options.StudyVisitShare && opsOfGminas.Count > 1)
                {
                    string host = opsOfGminas[random.Next(opsOfGminas.Count)];
                    if (host != ops)
                    {
                        Action(JointActionKind.StudyVisit, Year(), ops, [host]);
                    }
                }
            }

        }

        private void Gmina(int g, string pcpr, string pup, string kpp, string ppp)
        {
            string unit = $"G{g + 1:0000}";
            string ops = Add($"{unit}_OPS", $"Ośrodek Pomocy Społecznej {unit}", "OPS", unit, TerritorialLevel.Gmina);
            string ug = Add($"{unit}_UG", $"Urząd Gminy {unit}", "LOCAL_GOV", unit, TerritorialLevel.Gmina);
            string council = Add($"{unit}_RADA", $"Rada Gminy {unit}", "COUNCIL", unit, TerritorialLevel.Gmina);
            string team = Add($"{unit}_ZI", $"Zespół Interdyscyplinarny {unit}", "INTERDISCIPLINARY_TEAM", unit, TerritorialLevel.Gmina);
            string culture = Add($"{unit}_GOK", $"Gminny Ośrodek Kultury {unit}", "CULTURE", unit, TerritorialLevel.Gmina);
            string health = Add($"{unit}_POZ", $"Ośrodek zdrowia {unit}", "HEALTH", unit, TerritorialLevel.Gmina);
            var schools = Enumerable.Range(1, 1 + random.Next(3)).Select(s => Add($"{unit}_SP{s}", $"Szkoła Podstawowa nr {s} {unit}", "SCHOOL", unit, TerritorialLevel.Gmina)).ToList();
            var ngos = Enumerable.Range(1, 1 + random.Next(3)).Select(s => Add($"{unit}_NGO{s}", $"Stowarzyszenie nr {s} {unit}", "NGO", unit, TerritorialLevel.Gmina)).ToList();
            string library = Add($"{unit}_BIB", $"Gminna Biblioteka Publiczna {unit}", "CULTURE", unit, TerritorialLevel.Gmina);
            string daycare = Add($"{unit}_SWIETLICA", $"Świetlica środowiskowa {unit}", "DAYCARE", unit, TerritorialLevel.Gmina);
            if (random.Next(2) == 0)
            {
                schools.Add(Add($"{unit}_PRZEDSZKOLE", $"Przedszkole {unit}", "SCHOOL", unit, TerritorialLevel.Gmina));
            }

            string? extra = random.Next(4) == 0 ? Add($"{unit}_WTZ", $"Warsztat Terapii Zajęciowej {unit}", "WTZ", unit, TerritorialLevel.Gmina) : null;
            var members = new List<string> { ops, ug, council, team, culture, health, library, daycare };
            members.AddRange(schools);
            members.AddRange(ngos);
            if (extra is not null)
            {
                members.Add(extra);
            }

            Declarations.Add(new Declaration($"{unit}_DEKL", $"Deklaracja współpracy {unit}", Year(), DeclarationKind.Declaration, [.. members, pcpr, pup]));
            var working = members.Where(m => m == ops || random.NextDouble() < 0.85).ToList();
            for (int m = 0; m < options.MeetingsPerGmina; m++)
            {
                Action(JointActionKind.Meeting, Year(), ops, Sample(working.Where(x => x != ops).ToList(), 2 + random.Next(4)));
            }

            Action(JointActionKind.Event, Year(), culture, [schools[random.Next(schools.Count)], ngos[random.Next(ngos.Count)], library]);
            Action(JointActionKind.Service, Year(), daycare, [ops, schools[random.Next(schools.Count)]]);
            if (options.PowiatLinks is { } links)
            {
                Action(JointActionKind.Meeting, Year(), team, [ops, schools[0]]);
                Action(JointActionKind.Service, Year(), ops, [random.Next(2) == 0 ? pcpr : pup]);
                var linked = new List<string> { team };
                linked.AddRange(schools);
                linked.AddRange(ngos);
                linked.AddRange([culture, library, daycare, health, ug, council]);
                string[] powiat = [kpp, ppp, pcpr, pup];
                for (int i = 0; i < Math.Min(links - 1, linked.Count); i++)
                {
                    Action(JointActionKind.Meeting, Year(), powiat[i % powiat.Length], [linked[i]]);
                }
            }
            else
            {
                Action(JointActionKind.Meeting, Year(), team, [ops, kpp, schools[0]]);
                Action(JointActionKind.Service, Year(), ops, [random.Next(2) == 0 ? pcpr : pup]);
                Action(JointActionKind.Meeting, Year(), ppp, [schools[random.Next(schools.Count)]]);
            }
            if (random.Next(3) == 0)
            {
                Action(JointActionKind.Service, Year(), ops, [health]);
            }

            opsOfGminas.Add(ops);
        }

        /// <summary>Adds an institution with its <c>powiat</c> (empty at voivodeship level) and <c>voivodeship</c>, so a national set can be grouped.</summary>
        private string Add(string id, string name, string sector, string unit, TerritorialLevel level)
        {
            string county = level == TerritorialLevel.Voivodeship ? string.Empty : powiat;
            Institutions.Add(new Institution(id, name, C[sector], unit, level,
                [KeyValuePair.Create("note", "synthetic"), KeyValuePair.Create("powiat", county), KeyValuePair.Create("voivodeship", voivodeship)]));
            return id;
        }

        private void Action(JointActionKind kind, DateOnly date, string lead, IReadOnlyList<string> others)
        {
            string id = "A" + (++actionCount).ToString("000000", CultureInfo.InvariantCulture);
            var participants = new List<Participation> { new(lead, ParticipantRole.Lead) };
            participants.AddRange(others.Where(o => o != lead).Distinct().Select(o => new Participation(o)));
            Actions.Add(new JointAction(id, $"{kind} {id}", kind, date, participants, kind == JointActionKind.StudyVisit ? date.AddDays(2) : null));
        }

        private List<string> Sample(List<string> from, int count) => [.. from.OrderBy(_ => random.Next()).Take(count)];

        private DateOnly Year() => new DateOnly(2019, 1, 1).AddDays(random.Next(730));
    }
}
