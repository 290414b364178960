using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Figures;

/// <summary>What is counted: the noun after a figure, or the participle that says what happened to them.</summary>
public static class Units
{
    public const string Soldiers = "soldiers";
    public const string Killed = "killed";
    public const string Wounded = "wounded";
    public const string Casualties = "casualties";
    public const string Captured = "captured";

    // Keys are stems (Words.Stem): "Soldaten" and "soldiers" both arrive as their stem.
    private static readonly Dictionary<string, string> Nouns = BuildNouns();

    private static readonly Dictionary<string, string> Participles = new(StringComparer.Ordinal)
    {
        ["getötet"] = Killed, ["gefallen"] = Killed, ["umgekommen"] = Killed, ["killed"] = Killed, ["dead"] = Killed,
        ["died"] = Killed, ["ums"] = Killed,
        ["verwundet"] = Wounded, ["verletzt"] = Wounded, ["wounded"] = Wounded, ["injured"] = Wounded,
        ["verstümmelt"] = Wounded, ["maimed"] = Wounded, ["mutilated"] = Wounded,
        ["ausgeschaltet"] = Killed, ["eliminated"] = Killed, ["neutralisiert"] = Killed, ["neutralized"] = Killed,
        ["liquidiert"] = Killed, ["liquidated"] = Killed,
        ["gefangen"] = Captured, ["captured"] = Captured,
        // prisoners set free in an exchange are counted as prisoners
        ["freigelassen"] = Captured, ["freed"] = Captured, ["released"] = Captured, ["ausgetauscht"] = Captured,
        ["exchanged"] = Captured, ["swapped"] = Captured, ["freigekommen"] = Captured, ["repatriated"] = Captured,
        ["fallen"] = Killed, ["festgenommen"] = Captured, ["gefangengenommen"] = Captured,
        // "mehr als 3000 Mann verloren": what an army lost is its casualties
        ["verloren"] = Casualties, ["lost"] = Casualties,
        // people driven from their homes
        ["geflohen"] = "refugees", ["vertrieben"] = "refugees", ["fled"] = "refugees", ["displaced"] = "refugees",
        ["flohen"] = "refugees", ["flüchteten"] = "refugees",
    };

    /// <summary>People counted without saying what they are: a count only once the sentence says what happened to them.</summary>
    public const string People = "people";

    private static Dictionary<string, string> BuildNouns()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string unit, params string[] words)
        {
            foreach (var w in words) map[Words.Stem(w)] = unit;
        }
        Add(Soldiers, "Soldat", "Soldaten", "Truppen", "Mann", "Militärangehörige", "Armeeangehörige", "Personal",
            "Militärpersonal", "Kämpfer", "Söldner", "mercenaries", "Elitesoldaten", "Spezialkräfte", "Streitkräfte", "soldier", "soldiers",
            "troops", "troop", "servicemen", "personnel", "men", "fighters", "fighter", "combatants", "service members",
            "Einsatzkräfte", "Bodentruppen", "Verteidiger", "defenders", "Marineinfanteristen", "marines", "paratroopers", "Fallschirmjäger", "Kommandosoldaten", "commandos", "special forces",
            "Pioniere", "Pionieren", "sappers", "engineers", "reinforcements", "Verstärkungen",
            // a bare "3000 Nordkoreaner", "11,000 North Koreans" in this coverage counts troops sent to fight; other
            // demonyms ("5000 Ukrainer flohen") as often count civilians and are left alone
            "Nordkoreaner", "Nordkoreanern", "Koreans");
        Add(Killed, "Leichen", "Leichname", "bodies", "Tote", "Toten", "Todesopfer", "Gefallene", "Gefallenen", "dead", "deaths", "fatalities", "killed");
        Add(Wounded, "Verletzte", "Verletzten", "Verwundete", "Verwundeten", "wounded", "injured", "injuries");
        Add(Casualties, "Verluste", "Opfer", "casualties", "losses");
        Add(Captured, "Gefangene", "Gefangenen", "Kriegsgefangene", "prisoners", "POWs", "captives");
        Add("workers", "Arbeiter", "Arbeitskräfte", "Bauarbeiter", "workers", "laborers", "labourers", "builders",
            "construction workers", "deminers", "Minenräumer", "Militärbauarbeiter", "Bautrupps");
        Add("containers", "Container", "Containern", "containers", "container");
        Add("shells", "Granaten", "Artilleriegranaten", "Artilleriegeschosse", "Geschosse", "shells",
            "artillery shells", "rounds", "munitions");
        Add("missiles", "Raketen", "Kurzstreckenraketen", "Marschflugkörper", "Flugkörper", "missiles", "rockets",
            "launches", "missile launches", "Raketenstarts", "Raketenangriffe");
        Add("drones", "Drohnen", "Kamikazedrohnen", "drones");
        Add("reservists", "Reservisten", "reservists");
        Add("artillery", "Artilleriesysteme", "Haubitzen", "howitzers", "artillery systems", "artillery pieces", "guns",
            "Geschütze", "Selbstfahrlafetten", "Artilleriegeschütze");
        Add("tanks", "Panzer", "Kampfpanzer", "tanks");
        Add("refugees", "Flüchtlinge", "refugees");
        Add("civilians", "Zivilisten", "civilians");
        Add("fighters", "Terroristen", "militants", "Militante", "Extremisten", "insurgents", "Milizionäre", "Dschihadisten", "jihadists",
            "Aufständische", "rebels", "Rebellen");
        Add(People, "Menschen", "Personen", "people", "persons", "Einwohner", "residents", "Kinder", "children", "Bewohner",
            "Zivilpersonen", "Frauen", "women", "Männer");
        return map;
    }

    public static string? NounUnit(Token t)
    {
        if (!t.IsWord) return null;
        if (Nouns.TryGetValue(t.Stem, out var u)) return u;
        // German compounds end in the counted noun: "Elitesoldaten", "Artilleriegranaten"
        if (t.IsCapitalized && t.Text.Length > 8)
        {
            foreach (var (stem, unit) in Nouns)
            {
                if (stem.Length >= 6 && t.Stem.EndsWith(stem, StringComparison.Ordinal)) return unit;
            }
        }
        return null;
    }

    /// <summary>"getöteten", "verwundete", "captured": a participle used as an adjective before the counted noun.</summary>
    public static string? AdjectiveUnit(Token t)
    {
        if (!t.IsWord) return null;
        var w = t.Lower;
        if (Participles.TryGetValue(w, out var u) && w is not ("ums" or "dead")) return u;
        foreach (var ending in new[] { "en", "e", "er", "es" })
        {
            if (w.EndsWith(ending, StringComparison.Ordinal) && Participles.TryGetValue(w[..^ending.Length], out u)) return u;
        }
        return null;
    }

    public static bool IsParticiple(Token t) => t.IsWord && Participles.ContainsKey(t.Lower);

    public static string? ParticipleUnit(Token t) =>
        t.IsWord && Participles.TryGetValue(t.Lower, out var u) ? u : null;
}
