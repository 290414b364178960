namespace NewsClaims.Extraction.Entities;

/// <summary>The shape of lexicon.json: countries, institutions, named entities and places, in both languages.</summary>
public sealed record LexiconData(
    IReadOnlyList<CountryEntry> Countries,
    IReadOnlyList<InstitutionEntry> Institutions,
    IReadOnlyList<EntityEntry> Entities,
    IReadOnlyList<PlaceEntry> Places);

public sealed record CountryEntry(string Name, string Adjective, IReadOnlyList<string> Aliases, IReadOnlyList<string> Adjectives);

public sealed record InstitutionEntry(string Key, string Name, IReadOnlyList<string> Aliases);

/// <summary>
/// A canonical source or actor: "South Korean intelligence (NIS)" = the intelligence institution of South Korea.
/// <paramref name="Group"/>: an armed group whose fighters can be what is counted (Wagner, Hamas). <paramref name="Mission"/>: a
/// peacekeeping mission, the side its peacekeepers are counted for wherever they serve.
/// </summary>
public sealed record EntityEntry(string Name, IReadOnlyList<string> Aliases, string? Country = null, string? Institution = null, bool Group = false,
    bool Mission = false);

public sealed record PlaceEntry(string Name, IReadOnlyList<string> Aliases);

/// <summary>An alias an editor added at run time: the words, and the canonical source or actor they name.</summary>
public sealed record AliasEntry(string Canonical, string Alias);
