using CooperationGraph.Text;

namespace CooperationGraph;

/// <summary>
/// The sectors a dataset may use and the names they may be written with. Lookups ignore case,
/// diacritics and punctuation: <c>gops</c>, <c>MOPS</c> and <c>Ośrodek Pomocy Społecznej</c> all mean
/// <c>OPS</c>; <c>Szkoła</c> means <c>SCHOOL</c>; <c>Policja</c> means <c>POLICE</c>.
/// </summary>
public sealed class SectorCatalog
{
    private readonly Dictionary<string, Sector> byKey;
    private readonly List<Sector> sectors;

    private SectorCatalog(List<Sector> sectors, Dictionary<string, Sector> byKey)
    {
        this.sectors = sectors;
        this.byKey = byKey;
    }

    /// <summary>The built-in catalogue of sectors of Polish local social policy, with Polish aliases.</summary>
    public static SectorCatalog Default { get; } = BuildDefault();

    /// <summary>The sectors, built-in first, in catalogue order.</summary>
    public IReadOnlyList<Sector> Sectors => sectors;

    /// <summary>The sector with this code, alias or name.</summary>
    /// <exception cref="KeyNotFoundException">No sector is known by <paramref name="codeOrAlias"/>; the message names the nearest one.</exception>
    public Sector this[string codeOrAlias] => TryResolve(codeOrAlias, out var sector)
        ? sector
        : throw new KeyNotFoundException(UnknownMessage(codeOrAlias));

    /// <summary>Finds the sector known by a code, alias or name, or by a code with its own name in parentheses as the
    /// template's drop-down lists offer it (<c>OPS (Ośrodek Pomocy Społecznej)</c>).</summary>
    public bool TryResolve(string codeOrAlias, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Sector? sector)
    {
        ArgumentNullException.ThrowIfNull(codeOrAlias);
        if (byKey.TryGetValue(TextKey.Normalize(codeOrAlias), out sector))
        {
            return true;
        }

        string text = codeOrAlias.Trim();
        int open = text.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && text.EndsWith(')')
            && byKey.TryGetValue(TextKey.Normalize(text[..open]), out var byCode)
            && byKey.TryGetValue(TextKey.Normalize(text[(open + 1)..^1]), out var byName) && byCode == byName)
        {
            sector = byCode;
            return true;
        }

        sector = null;
        return false;
    }

    /// <summary>A sector as the template's drop-down list offers it: its code with its name in the dataset's language,
    /// <c>OPS (Ośrodek Pomocy Społecznej)</c>; read back by <see cref="TryResolve"/>.</summary>
    internal static string ListEntry(Sector sector, bool polish) => Words.Sector(sector.Code, sector.NamePl, sector.NameEn, polish);

    /// <summary>A catalogue with <paramref name="custom"/> sectors added after these ones.</summary>
    /// <exception cref="ArgumentException">A custom code or name clashes with a known code or alias of another sector.</exception>
    public SectorCatalog With(IEnumerable<Sector> custom)
    {
        ArgumentNullException.ThrowIfNull(custom);
        var list = new List<Sector>(sectors);
        var keys = new Dictionary<string, Sector>(byKey, StringComparer.Ordinal);
        foreach (var sector in custom)
        {
            if (keys.TryGetValue(sector.Code, out var existing))
            {
                if (existing == sector && list.Contains(sector))
                {
                    throw new ArgumentException($"Sector '{sector.Code}' is declared twice.", nameof(custom));
                }

                throw new ArgumentException($"Sector code '{sector.Code}' is already a name of sector '{existing.Code}'.", nameof(custom));
            }

            list.Add(sector);
            keys[sector.Code] = sector;
            foreach (var name in new[] { sector.NamePl, sector.NameEn })
            {
                string key = TextKey.Normalize(name);
                if (key.Length > 0)
                {
                    keys.TryAdd(key, sector);
                }
            }
        }

        return new SectorCatalog(list, keys);
    }

    /// <summary>The message for an unknown sector, naming the nearest known code or alias.</summary>
    internal string UnknownMessage(string text)
    {
        var nearest = TextKey.Nearest(text, byKey.Keys);
        string hint = nearest is null
            ? Messages.Get("KnownCodes", string.Join(", ", sectors.Select(s => s.Code)))
            : nearest == byKey[nearest].Code ? Messages.Get("DidYouMean", nearest) : Messages.Get("DidYouMeanFrom", byKey[nearest].Code, nearest);
        return Messages.Get("UnknownSector", Messages.Quote(text), hint);
    }

    private static SectorCatalog BuildDefault()
    {
        (string Code, string Pl, string En, string[] Aliases)[] table =
        [
            ("OPS", "Ośrodek Pomocy Społecznej", "municipal social assistance centre", ["GOPS", "MOPS", "MGOPS", "MOPR", "pomoc społeczna", "social assistance"]),
            ("PCPR", "Powiatowe Centrum Pomocy Rodzinie", "county family support centre", ["centrum pomocy rodzinie"]),
            ("PUP", "Powiatowy Urząd Pracy", "county labour office", ["urząd pracy", "labour office", "employment office"]),
            ("SCHOOL", "szkoła, przedszkole", "school, kindergarten", ["szkoła", "szkola", "przedszkole", "szkoła podstawowa", "PSP", "SP", "oświata", "education", "kindergarten"]),
            ("POLICE", "Policja", "police", ["policja", "komisariat", "komisariat policji", "KPP", "KMP", "KWP", "posterunek policji"]),
            ("NGO", "organizacja pozarządowa", "non-governmental organisation", ["stowarzyszenie", "fundacja", "organizacja pozarządowa", "non-governmental organization"]),
            ("WTZ", "Warsztat Terapii Zajęciowej", "occupational therapy workshop", []),
            ("SDS", "Środowiskowy Dom Samopomocy", "community self-help home", []),
            ("CULTURE", "ośrodek kultury, biblioteka", "culture centre, library", ["kultura", "GOK", "MGOK", "ośrodek kultury", "dom kultury", "biblioteka", "library"]),
            ("HEALTH", "ochrona zdrowia", "health care", ["zdrowie", "ochrona zdrowia", "ośrodek zdrowia", "szpital", "SANEPID", "POZ", "służba zdrowia", "health"]),
            ("COURT", "sąd, kuratorzy sądowi", "court, probation officers", ["sąd", "kurator", "kuratorzy sądowi", "kuratela", "wymiar sprawiedliwości", "probation"]),
            ("LOCAL_GOV", "urząd gminy, starostwo, urząd marszałkowski", "local administration", ["urząd gminy", "UG", "urząd miasta", "urząd miasta i gminy", "UMiG", "starostwo", "starostwo powiatowe", "urząd marszałkowski", "samorząd", "local government"]),
            ("COUNCIL", "rada gminy, rada powiatu", "elected council", ["rada", "rada gminy", "rada powiatu", "rada miejska", "rada miasta", "sejmik"]),
            ("INTERDISCIPLINARY_TEAM", "Zespół Interdyscyplinarny", "domestic-violence team", ["ZI", "zespół interdyscyplinarny", "interdisciplinary team"]),
            ("ROPS", "Regionalny Ośrodek Polityki Społecznej", "regional social policy centre", ["MCPS", "regionalny ośrodek polityki społecznej"]),
            ("ZAZ", "Zakład Aktywności Zawodowej", "vocational activity establishment", []),
            ("OIK", "Ośrodek Interwencji Kryzysowej", "crisis intervention centre", []),
            ("PPP", "Poradnia Psychologiczno-Pedagogiczna", "psychological and pedagogical counselling centre", []),
            ("DAYCARE", "placówka wsparcia dziennego", "day-support facility", ["świetlica", "świetlica środowiskowa", "placówka wsparcia dziennego"]),
            ("CARE_HOME", "Dom Pomocy Społecznej", "residential care home", ["DPS"]),
        ];
        var sectors = new List<Sector>(table.Length);
        var keys = new Dictionary<string, Sector>(StringComparer.Ordinal);
        foreach (var (code, pl, en, aliases) in table)
        {
            var sector = new Sector(code, pl, en);
            sectors.Add(sector);
            keys.Add(code, sector);
            foreach (var alias in aliases.Append(pl).Append(en))
            {
                keys.TryAdd(TextKey.Normalize(alias), sector);
            }
        }

        return new SectorCatalog(sectors, keys);
    }
}
