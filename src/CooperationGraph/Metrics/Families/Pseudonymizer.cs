using System.Security.Cryptography;
using System.Text;

namespace CooperationGraph;

/// <summary>
/// Replaces family identifiers by keyed pseudonyms: <c>F-</c> and the first 12 hex digits of HMAC-SHA256(key, id).
/// The same key gives the same pseudonyms (so results of two runs can be joined); without the key they cannot be
/// turned back into ids, nor recomputed from a guessed id. The key is never written anywhere.
/// </summary>
public sealed class Pseudonymizer
{
    /// <summary>The environment variable read when no key is given.</summary>
    public const string KeyVariable = "COOPERATION_GRAPH_KEY";

    private readonly byte[] key;

    /// <summary>Creates a pseudonymizer with a key; at least 16 characters.</summary>
    /// <exception cref="ArgumentException">The key is shorter than 16 characters.</exception>
    public Pseudonymizer(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 16)
        {
            throw new ArgumentException("A pseudonymisation key needs at least 16 characters.", nameof(key));
        }

        this.key = Encoding.UTF8.GetBytes(key);
        IsRandom = false;
    }

    private Pseudonymizer(byte[] key)
    {
        this.key = key;
        IsRandom = true;
    }

    /// <summary>Whether the key was drawn at random for this run: pseudonyms then differ from run to run.</summary>
    public bool IsRandom { get; }

    /// <summary>A pseudonymizer keyed by <paramref name="key"/>, else by the <see cref="KeyVariable"/> environment variable,
    /// else by a random key for this run only.</summary>
    public static Pseudonymizer FromKeyOrEnvironment(string? key = null) =>
        (key ?? Environment.GetEnvironmentVariable(KeyVariable)) is { Length: > 0 } text
            ? new Pseudonymizer(text)
            : new Pseudonymizer(RandomNumberGenerator.GetBytes(32));

    /// <summary>The pseudonym of a family id.</summary>
    public string Pseudonym(string familyId)
    {
        ArgumentNullException.ThrowIfNull(familyId);
        var hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(familyId));
        return "F-" + Convert.ToHexString(hash, 0, 6).ToLowerInvariant();
    }
}
