using System.Text.Json;
using CooperationGraph.IO;
using CooperationGraph.Text;

namespace CooperationGraph;

/// <summary>
/// Reads a <see cref="CooperationModel"/> from JSON:
/// <code>{"name": "…", "requiredSectors": ["OPS", "PCPR"], "requiredLinks": [["OPS", "PCPR"]]}</code>
/// Sectors are codes or any alias the catalogue knows (<c>GOPS</c>, <c>Szkoła</c>…). An optional
/// <c>description</c> string is allowed, and an optional <c>centre</c> array of sectors the model puts at the centre
/// (<see cref="CooperationModel.CentreSectors"/>, OPS when absent); any other property is an error. The keys may be
/// Polish: <c>nazwa</c>, <c>opis</c>, <c>wymaganeSektory</c>, <c>wymaganePowiązania</c>, <c>centrum</c>.
/// </summary>
public static class CooperationModelReader
{
    /// <summary>Loads a model file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <param name="sectors">The sectors it may name; <see cref="SectorCatalog.Default"/> by default (pass a dataset's
    /// <see cref="CooperationDataset.Sectors"/> to allow its custom sectors).</param>
    /// <exception cref="DatasetException">The file is missing, is not valid JSON, or names unknown sectors; every problem
    /// is located by line.</exception>
    public static CooperationModel Load(string path, SectorCatalog? sectors = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(InputFile.ReadAllBytes(path, path), path, sectors);
    }

    /// <summary>Parses a model from UTF-8 JSON bytes; <paramref name="label"/> names it in problems.</summary>
    /// <exception cref="DatasetException">The JSON is invalid or names unknown sectors.</exception>
    public static CooperationModel Parse(ReadOnlySpan<byte> json, string label, SectorCatalog? sectors = null)
    {
        sectors ??= SectorCatalog.Default;
        var problems = new List<DatasetProblem>();
        string? name = null;
        var required = new List<Sector>();
        var links = new List<SectorPair>();
        var centre = new List<Sector>();
        byte[] copy = json.ToArray();
        int LineOf(long offset) => 1 + copy.AsSpan(0, (int)Math.Min(offset, copy.Length)).Count((byte)'\n');
        var reader = new Utf8JsonReader(copy, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            Expect(ref reader, JsonTokenType.StartObject, Messages.Get("ModelNotObject"));
            while (Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                string property = reader.GetString()!;
                int line = LineOf(reader.TokenStartIndex);
                switch (Canonical(property))
                {
                    case "name":
                        Expect(ref reader, JsonTokenType.String, Messages.Get("ModelMustBeString", property));
                        name = reader.GetString();
                        break;
                    case "description":
                        Expect(ref reader, JsonTokenType.String, Messages.Get("ModelMustBeString", property));
                        break;
                    case "requiredSectors":
                        Expect(ref reader, JsonTokenType.StartArray, Messages.Get("ModelSectorsArray", property));
                        while (Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
                        {
                            if (ReadSector(ref reader, sectors, problems, label, LineOf(reader.TokenStartIndex)) is { } sector)
                            {
                                required.Add(sector);
                            }
                        }

                        break;
                    case "centre":
                        Expect(ref reader, JsonTokenType.StartArray, Messages.Get("ModelSectorsArray", property));
                        while (Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
                        {
                            if (ReadSector(ref reader, sectors, problems, label, LineOf(reader.TokenStartIndex)) is { } sector)
                            {
                                centre.Add(sector);
                            }
                        }

                        break;
                    case "requiredLinks":
                        Expect(ref reader, JsonTokenType.StartArray, Messages.Get("ModelLinksArray", property));
                        while (Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
                        {
                            int pairLine = LineOf(reader.TokenStartIndex);
                            Expect(ref reader, JsonTokenType.StartArray, Messages.Get("ModelLinkPair"), current: true);
                            var ends = new List<Sector?>();
                            while (Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
                            {
                                ends.Add(ReadSector(ref reader, sectors, problems, label, LineOf(reader.TokenStartIndex)));
                            }

                            if (ends.Count != 2)
                            {
                                problems.Add(new DatasetProblem(label, pairLine, Messages.Get("ModelLinkTwo", ends.Count)));
                            }
                            else if (ends[0] is { } first && ends[1] is { } second)
                            {
                                links.Add(new SectorPair(first, second));
                            }
                        }

                        break;
                    default:
                        var nearest = TextKey.Nearest(property, Properties.Keys);
                        problems.Add(new DatasetProblem(label, line, Messages.Get("ModelUnknownProperty", property) + (nearest is null ? "" : Messages.Get("ModelDidYouMean", nearest))));
                        reader.Skip();
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            problems.Add(new DatasetProblem(label, (int)(exception.LineNumber ?? 0) + 1, Messages.Get("ModelInvalidJson", exception.Message.Split(" Path:")[0].Split(" LineNumber:")[0])));
        }
        catch (ModelSyntaxException exception)
        {
            problems.Add(new DatasetProblem(label, LineOf(exception.Offset), exception.Message));
        }

        if (problems.Count == 0 && name is null)
        {
            problems.Add(new DatasetProblem(label, null, Messages.Get("ModelNeedsName")));
        }

        if (problems.Count == 0 && required.Count == 0 && links.Count == 0)
        {
            problems.Add(new DatasetProblem(label, null, Messages.Get("ModelRequiresNothing")));
        }

        return problems.Count > 0 ? throw new DatasetException(problems) : new CooperationModel(name!, required, links, centre);
    }

    /// <summary>The model file's keys, English and Polish, and the English key each stands for.</summary>
    private static readonly Dictionary<string, string> Properties = new(StringComparer.Ordinal)
    {
        ["name"] = "name", ["nazwa"] = "name", ["description"] = "description", ["opis"] = "description",
        ["requiredSectors"] = "requiredSectors", ["wymaganeSektory"] = "requiredSectors",
        ["requiredLinks"] = "requiredLinks", ["wymaganePowiązania"] = "requiredLinks",
        ["centre"] = "centre", ["center"] = "centre", ["centrum"] = "centre",
    };

    /// <summary>The English key a property stands for, matched ignoring case and diacritics; null when unknown.</summary>
    private static string? Canonical(string property) =>
        Properties.FirstOrDefault(p => TableSchema.Key(p.Key) == TableSchema.Key(property)).Value;

    private static Sector? ReadSector(ref Utf8JsonReader reader, SectorCatalog sectors, List<DatasetProblem> problems, string label, int line)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new ModelSyntaxException(Messages.Get("ModelSectorString"), reader.TokenStartIndex);
        }

        string text = reader.GetString()!;
        if (sectors.TryResolve(text, out var sector))
        {
            return sector;
        }

        problems.Add(new DatasetProblem(label, line, sectors.UnknownMessage(text)));
        return null;
    }

    private static bool Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new ModelSyntaxException(Messages.Get("ModelEndsEarly"), reader.BytesConsumed);
        }

        return true;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string message, bool current = false)
    {
        if (!current)
        {
            Next(ref reader);
        }

        if (reader.TokenType != type)
        {
            throw new ModelSyntaxException(message, reader.TokenStartIndex);
        }
    }

    private sealed class ModelSyntaxException(string message, long offset) : Exception(message)
    {
        public long Offset { get; } = offset;
    }
}
