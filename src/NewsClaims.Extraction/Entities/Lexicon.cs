using System.Text.Json;
using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Entities;

/// <summary>
/// The canonical sources, actors and places with their aliases, indexed by word stems so that
/// "des südkoreanischen Geheimdienstes" and "südkoreanischer Geheimdienst" find the same entry.
/// Immutable: <see cref="WithAliases"/> returns a new lexicon.
/// </summary>
public sealed class Lexicon
{
    // a concrete list (not IReadOnlyList) so that the per-word foreach in MentionFinder needs no enumerator object
    private static readonly List<(string[] Stems, AliasTarget Target, bool Capital)> NoCandidates = [];

    private readonly Dictionary<string, List<(string[] Stems, AliasTarget Target, bool Capital)>> _byFirstStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CountryEntry> _countries;
    private readonly Dictionary<string, InstitutionEntry> _institutions;
    private readonly Dictionary<string, EntityEntry> _entities;
    private readonly Dictionary<(string Country, string Institution), EntityEntry> _byCountryInstitution = [];

    public LexiconData Data { get; }

    private readonly (string Prefix, string Name)[] _adjectivePrefixes;
    private readonly (string Suffix, string Key)[] _institutionSuffixes;

    private static readonly string[] CompassPrefixes = ["ost", "west", "nord", "süd", "nordost", "südost", "nordwest", "südwest"];

    public Lexicon(LexiconData data)
    {
        Data = data;
        _countries = data.Countries.ToDictionary(c => c.Name, StringComparer.Ordinal);
        _adjectivePrefixes = data.Countries.Select(k => (k.Adjective + " ", k.Name)).ToArray();
        _institutions = data.Institutions.ToDictionary(i => i.Key, StringComparer.Ordinal);
        // (the longest first: "military intelligence" before "intelligence")
        _institutionSuffixes = data.Institutions.Select(i => (" " + i.Name, i.Key)).OrderByDescending(s => s.Item1.Length).ToArray();
        _entities = new Dictionary<string, EntityEntry>(StringComparer.Ordinal);
        foreach (var e in data.Entities) _entities[e.Name] = e;

        var ownAdjectives = data.Countries.SelectMany(c => c.Adjectives).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var c in data.Countries)
        {
            foreach (var a in c.Aliases) Index(a, new AliasTarget(MentionKind.Country, c.Name));
            foreach (var a in c.Adjectives)
            {
                Index(a, new AliasTarget(MentionKind.CountryAdjective, c.Name));
                // "ostukrainischen", "westrussische", "südlibanesischen": a German adjective with a point of the compass
                // (not "südamerikanisch" or "nordafrikanisch", whole continents; nor a country's own "südsudanesisch")
                if (char.IsLower(a[0]) && !a.Contains(' ', StringComparison.Ordinal) && !a.StartsWith("amerikan", StringComparison.Ordinal)
                    && !a.StartsWith("afrikan", StringComparison.Ordinal) && !a.StartsWith("koreani", StringComparison.Ordinal))
                {
                    foreach (var compass in CompassPrefixes)
                    {
                        if (!ownAdjectives.Contains(compass + a)) Index(compass + a, new AliasTarget(MentionKind.CountryAdjective, c.Name));
                    }
                }
            }
            Index(c.Name, new AliasTarget(MentionKind.Country, c.Name));
        }
        foreach (var i in data.Institutions)
        {
            foreach (var a in i.Aliases) Index(a, new AliasTarget(MentionKind.Institution, i.Key));
        }
        foreach (var e in _entities.Values)
        {
            Index(e.Name, new AliasTarget(MentionKind.Entity, e.Name));
            foreach (var a in e.Aliases) Index(a, new AliasTarget(MentionKind.Entity, e.Name));
            if (e.Country is { } country && e.Institution is { } inst) _byCountryInstitution.TryAdd((country, inst), e);
        }
        foreach (var p in data.Places)
        {
            foreach (var a in p.Aliases) Index(a, new AliasTarget(MentionKind.Place, p.Name));
        }
        foreach (var list in _byFirstStem.Values) list.Sort((a, b) => b.Stems.Length.CompareTo(a.Stems.Length));
    }

    public static Lexicon Default { get; } = LoadDefault();

    private static Lexicon LoadDefault()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("NewsClaims.Extraction.lexicon.json")
            ?? throw new InvalidOperationException("lexicon.json is not embedded in NewsClaims.Extraction");
        var data = JsonSerializer.Deserialize<LexiconData>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("lexicon.json is empty");
        return new Lexicon(data);
    }

    /// <summary>A new lexicon with aliases added to existing entities, or new entities for unknown canonical names.</summary>
    public Lexicon WithAliases(IEnumerable<AliasEntry> aliases)
    {
        var entities = Data.Entities.ToDictionary(e => e.Name, e => e.Aliases.ToList(), StringComparer.Ordinal);
        foreach (var a in aliases)
        {
            if (string.IsNullOrWhiteSpace(a.Alias) || string.IsNullOrWhiteSpace(a.Canonical)) continue;
            if (entities.TryGetValue(a.Canonical, out var list)) list.Add(a.Alias);
            else entities[a.Canonical] = [a.Alias];
        }
        var merged = Data.Entities.Select(e => e with { Aliases = entities[e.Name] }).ToList();
        merged.AddRange(entities.Where(kv => Data.Entities.All(e => e.Name != kv.Key))
            .Select(kv => new EntityEntry(kv.Key, kv.Value)));
        return new Lexicon(Data with { Entities = merged });
    }

    public CountryEntry? Country(string name) => _countries.GetValueOrDefault(name);
    public InstitutionEntry? Institution(string key) => _institutions.GetValueOrDefault(key);
    public EntityEntry? Entity(string name) => _entities.GetValueOrDefault(name);

    /// <summary>The country a source speaks for: its entry's, a country itself, or "US government" by its adjective.</summary>
    public string? HomeOf(string sourceName)
    {
        if (Entity(sourceName) is { Country: { } c }) return c;
        if (Country(sourceName) is not null) return sourceName;
        foreach (var (prefix, country) in _adjectivePrefixes)
        {
            if (sourceName.StartsWith(prefix, StringComparison.Ordinal)) return country;
        }
        return null;
    }

    /// <summary>The kind of office a source is: its entry's, or the institution a name like "South African military" was
    /// built from (an office the lexicon has no entry for).</summary>
    public string? InstitutionOf(string sourceName)
    {
        if (Entity(sourceName) is { } e) return e.Institution;
        foreach (var (suffix, key) in _institutionSuffixes)
        {
            if (sourceName.EndsWith(suffix, StringComparison.Ordinal) && HomeOf(sourceName) is not null) return key;
        }
        return null;
    }

    public EntityEntry? EntityFor(string country, string institution) =>
        _byCountryInstitution.GetValueOrDefault((country, institution));

    /// <summary>Aliases starting with a stem; <c>Capital</c> marks an acronym ("WHO", "US") or a country or place of
    /// several words starting with a capital ("West Bank"), which words starting in small letters ("who", "west bank") are not.</summary>
    internal List<(string[] Stems, AliasTarget Target, bool Capital)> Candidates(string firstStem) =>
        _byFirstStem.TryGetValue(firstStem, out var list) ? list : NoCandidates;

    private void Index(string alias, AliasTarget target)
    {
        var stems = Words.StemPhrase(alias.Replace(".", "", StringComparison.Ordinal));
        if (stems.Length == 0) return;
        if (!_byFirstStem.TryGetValue(stems[0], out var list)) _byFirstStem[stems[0]] = list = [];
        var bare = alias.Replace(".", "", StringComparison.Ordinal);
        // a country or place of several words written with a capital ("West Bank") is not the same words in small letters
        // ("the west bank of the Dnipro"); an office's name is ("Ukraine's coordination headquarters")
        var territory = target.Kind is MentionKind.Country or MentionKind.Place;
        // (a name opening with a particle, "Al-Faschir", "el-Fasher", is written either way)
        var capital = stems.Length == 1 ? bare.Length >= 2 && bare.All(char.IsUpper)
            : territory && char.IsUpper(bare[0]) && stems[0] is not ("al" or "el" or "ad" or "as" or "ar" or "an" or "de" or "la" or "le");
        if (!list.Any(x => x.Target == target && x.Stems.SequenceEqual(stems))) list.Add((stems, target, capital));
    }
}
