namespace NewsClaims.Extraction.Attribution;

/// <summary>
/// Whether a speaker, as the text names it, is a person or a body: "sagte er" and "he said" point back to a person
/// ("Kremlsprecher Dmitri Peskow", "spokesman Andriy Kovalenko"), "it said" and "es" to a body ("the ministry", "das
/// Verteidigungsministerium") — not simply to whoever spoke last.
/// </summary>
internal static class SpeakerKind
{
    private static readonly string[] BodyHeads =
    [
        "ministerium", "ministeriums", "ministry", "armee", "army", "military", "militär", "geheimdienst", "geheimdienstes", "intelligence",
        "agency", "office", "büro", "headquarters", "stab", "staff", "service", "dienst", "regierung", "government", "council", "rat",
        "forces", "streitkräfte", "kommando", "command", "behörde", "authorities", "behörden", "organisation", "organization", "group",
        "gruppe", "institut", "institute", "verwaltung", "administration", "department", "committee", "ausschuss", "kreml", "kremlin",
        "pentagon", "house", "nations", "mission", "agentur", "zeitung", "newspaper", "journal", "network", "netzwerk", "force",
        // (not "marine", which is also a given name: "Marine Le Pen")
        "polizei", "police", "luftwaffe", "kriegsmarine", "navy", "staatsanwaltschaft", "prosecutors", "präsidentschaft", "presidency",
        "beobachtungsstelle", "observatory", "katastrophenschutz", "feuerwehr", "kommission", "commission",
    ];

    private static readonly HashSet<string> PersonWords = new(StringComparer.Ordinal)
    {
        "sprecher", "sprecherin", "spokesman", "spokeswoman", "spokesperson", "minister", "ministerin", "präsident", "präsidentin",
        "president", "gouverneur", "gouverneurin", "governor", "general", "oberst", "colonel", "commander", "kommandeur", "chef", "chefin",
        "chief", "secretary", "envoy", "gesandte", "botschafter", "ambassador", "bürgermeister", "bürgermeisterin", "mayor", "ombudsman",
        "abgeordnete", "abgeordneter", "lawmaker", "premier", "kanzler", "kanzlerin", "prime", "leader", "anführer", "führer", "aide",
        "berater", "beraterin", "adviser", "advisor", "analyst", "expert", "experte", "expertin", "researcher", "forscher", "official",
    };

    /// <summary>
    /// True for a person speaking in their own name (a minister, a leader), false for a body, null when the words do not tell or
    /// a spokesperson speaks, whose words are the body's.
    /// </summary>
    public static bool? SpeaksInOwnName(string text) =>
        text.Contains("sprecher", StringComparison.OrdinalIgnoreCase) || text.Contains("spokes", StringComparison.OrdinalIgnoreCase)
            ? null
            : IsPerson(text);

    /// <summary>True for a person, false for a body, null when the words do not tell.</summary>
    public static bool? IsPerson(string text)
    {
        var words = text.Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        var lower = new string[words.Length];
        for (var i = 0; i < words.Length; i++) lower[i] = words[i].ToLowerInvariant();
        // a person's role anywhere makes a person ("Sprecher der ukrainischen Truppen", "Kremlsprecher Dmitri Peskow")
        foreach (var w in lower)
        {
            if (PersonWords.Contains(w)) return true;
            // "Verteidigungsminister", "Außenministerin", "Regierungssprecher": a compound ending in a person's role
            if (w.Length > 8 && (w.EndsWith("minister", StringComparison.Ordinal) || w.EndsWith("ministerin", StringComparison.Ordinal)
                                 || w.EndsWith("sprecher", StringComparison.Ordinal) || w.EndsWith("sprecherin", StringComparison.Ordinal)
                                 || w.EndsWith("chef", StringComparison.Ordinal))) return true;
        }
        // then a body's noun anywhere ("Ministerium in Moskau", "Russia's defence ministry")
        foreach (var w in lower)
        {
            foreach (var b in BodyHeads)
            {
                if (w.EndsWith(b, StringComparison.Ordinal)) return false;
            }
        }
        // "Dmitri Peskow", "Kyrylo Budanov": two or more capitalised words and no body's noun are a name
        // (a hyphen joins the parts of one name: "Kim Min-ki")
        var names = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (names.Length < 2) return null;
        foreach (var w in names)
        {
            if (w.Length < 2 || !char.IsUpper(w[0])) return null;
        }
        return true;
    }
}
