using System.Collections;
using System.Runtime.CompilerServices;

namespace NewsClaims.Extraction.Text;

/// <summary>
/// A fixed list of lower-case words that the rules look for in sentences ("nach Angaben", speech verbs, stop words).
/// Every word of a sentence is asked about many such lists; a token therefore learns once, with one lookup, which lists
/// its word is on (<see cref="Token.WordSets"/>), and each list answers for a token with a bit test rather than a hash
/// lookup. The first 64 lists get a bit; any further list is asked by its words as a plain set.
/// </summary>
[CollectionBuilder(typeof(WordSet), nameof(Create))]
internal sealed class WordSet : IEnumerable<string>
{
    private static readonly Lock Registering = new();

    /// <summary>For each word on some list, the bits of its lists. Replaced, never changed, when a list is added.</summary>
    private static Dictionary<string, ulong> _membership = new(StringComparer.Ordinal);

    private static int _version;
    private static int _bitsGiven;

    private readonly HashSet<string> _words;
    private readonly ulong _bit;

    private WordSet(HashSet<string> words)
    {
        _words = words;
        lock (Registering)
        {
            // a list past the 64th still works, asked by its words, but the rules' lists are meant to fit
            System.Diagnostics.Debug.Assert(_bitsGiven < 64, "More than 64 word lists: the later ones fall back to hash lookups.");
            if (_bitsGiven == 64) return;
            _bit = 1UL << _bitsGiven++;
            var membership = new Dictionary<string, ulong>(_membership, StringComparer.Ordinal);
            foreach (var w in words) membership[w] = membership.GetValueOrDefault(w) | _bit;
            // the new table before the new version: a token that sees the version finds the list in the table
            Volatile.Write(ref _membership, membership);
            Volatile.Write(ref _version, _version + 1);
        }
    }

    public static WordSet Create(ReadOnlySpan<string> words) => new(new HashSet<string>(words.ToArray(), StringComparer.Ordinal));

    /// <summary>Changes whenever a list is added (lists are static fields, made as their classes are first used): a
    /// token's bits from an older version may lack the newer lists.</summary>
    internal static int Version => Volatile.Read(ref _version);

    /// <summary>The bits of every list <paramref name="lower"/> is on.</summary>
    internal static ulong ListsOf(string lower) => Volatile.Read(ref _membership).GetValueOrDefault(lower);

    public int Count => _words.Count;

    public bool Contains(string lower) => _words.Contains(lower);

    public bool Contains(Token token) => _bit != 0 ? (token.WordSets & _bit) != 0 : _words.Contains(token.Lower);

    public IEnumerator<string> GetEnumerator() => _words.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
