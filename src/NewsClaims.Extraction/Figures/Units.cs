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
    public const string Missing = "missing";

    // Keys are stems (Words.Stem): "Soldaten" and "soldiers" both arrive as their stem.
    private static readonly Dictionary<string, string> Nouns = BuildNouns(out Heads, out Phrases);

    /// <summary>Stems a German compound may end in ("Kampfdrohnen", "Elitesoldaten"), looked up by the compound's suffixes.</summary>
    private static readonly Dictionary<string, string> Heads;

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = Heads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Two-word nouns whose last word alone counts nothing: "service members", "special forces".</summary>
    private static readonly Dictionary<(string, string), string> Phrases;

    private static readonly Dictionary<string, string> Participles = new(StringComparer.Ordinal)
    {
        ["getötet"] = Killed, ["gefallen"] = Killed, ["umgekommen"] = Killed, ["killed"] = Killed, ["dead"] = Killed, ["tot"] = Killed,
        ["died"] = Killed, ["ums"] = Killed, ["starben"] = Killed, ["starb"] = Killed, ["gestorben"] = Killed,
        ["verwundet"] = Wounded, ["verletzt"] = Wounded, ["wounded"] = Wounded, ["injured"] = Wounded, ["hurt"] = Wounded,
        ["verstümmelt"] = Wounded, ["maimed"] = Wounded, ["mutilated"] = Wounded,
        // "…, killing four soldiers", "wounding 12": the present participle of a strike before what it did to them
        ["killing"] = Killed, ["wounding"] = Wounded, ["injuring"] = Wounded,
        ["ausgeschaltet"] = Killed, ["eliminated"] = Killed, ["neutralisiert"] = Killed, ["neutralized"] = Killed,
        ["liquidiert"] = Killed, ["liquidated"] = Killed,
        ["gefangen"] = Captured, ["captured"] = Captured,
        // prisoners set free in an exchange are counted as prisoners
        ["freigelassen"] = Captured, ["freed"] = Captured, ["released"] = Captured, ["ausgetauscht"] = Captured,
        ["exchanged"] = Captured, ["swapped"] = Captured, ["freigekommen"] = Captured, ["repatriated"] = Captured,
        ["fallen"] = Killed, ["festgenommen"] = Captured, ["gefangengenommen"] = Captured, ["festgehalten"] = Captured,
        // "mehr als 3000 Mann verloren": what an army lost is its casualties
        ["verloren"] = Casualties, ["lost"] = Casualties, ["verlor"] = Casualties, ["verlieren"] = Casualties, ["verliert"] = Casualties,
        // people driven from their homes
        ["geflohen"] = "refugees", ["vertrieben"] = "refugees", ["fled"] = "refugees", ["displaced"] = "refugees",
        ["flohen"] = "refugees", ["flüchteten"] = "refugees", ["evakuiert"] = "refugees", ["evacuated"] = "refugees",
        ["uprooted"] = "refugees",
        // killed on purpose: "hingerichtet", "executed", "massacred"
        ["hingerichtet"] = Killed, ["executed"] = Killed, ["ermordet"] = Killed, ["murdered"] = Killed, ["massakriert"] = Killed,
        ["massacred"] = Killed, ["erschossen"] = Killed, ["umgebracht"] = Killed,
        // people who could not leave: "100,000 people are believed to be trapped", "harren … aus"
        ["trapped"] = "civilians", ["eingeschlossen"] = "civilians",
        // "91 Indians had been recruited", "200 Nepalis were serving in the Russian military": enlisted, they are soldiers
        ["recruited"] = Soldiers, ["rekrutiert"] = Soldiers, ["angeworben"] = Soldiers, ["serving"] = Soldiers, ["served"] = Soldiers,
        // drafted by force or by law: "1000 Männer zwangsrekrutiert", "5000 Menschen monatlich einzuziehen", "conscripted"
        ["zwangsrekrutiert"] = Soldiers, ["einberufen"] = Soldiers, ["einzuziehen"] = Soldiers,
        ["einzuberufen"] = Soldiers, ["mobilisiert"] = Soldiers, ["conscripted"] = Soldiers, ["drafted"] = Soldiers,
        ["mobilised"] = Soldiers, ["mobilized"] = Soldiers, ["enlisted"] = Soldiers,
        ["surrendered"] = Captured, ["arrested"] = Captured, ["arresting"] = Captured, ["detained"] = Captured, ["detaining"] = Captured,
        ["capturing"] = Captured, ["verhaftet"] = Captured,
        // people taken by force: "240 Menschen verschleppt", "abducted", "taken hostage"
        ["verschleppt"] = "hostages", ["entführt"] = "hostages", ["abducted"] = "hostages", ["kidnapped"] = "hostages",
        // people no one has found yet after a strike: a toll's third count beside the dead and the wounded
        ["vermisst"] = Missing, ["missing"] = Missing, ["unaccounted"] = Missing,
    };

    /// <summary>People counted without saying what they are: a count only once the sentence says what happened to them.</summary>
    public const string People = "people";

    private static Dictionary<string, string> BuildNouns(out Dictionary<string, string> heads, out Dictionary<(string, string), string> phrases)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var compoundHeads = new Dictionary<string, string>(StringComparer.Ordinal);
        var twoWords = new Dictionary<(string, string), string>();
        void Add(string unit, params string[] words)
        {
            foreach (var w in words)
            {
                var stem = Words.Stem(w);
                map[stem] = unit;
                // a German noun of five letters' stem ("Drohnen", "Truppen", "Raketen") heads compounds too; English
                // stems that short ("round") end too many other words
                if (stem.Length >= 6 || stem.Length == 5 && char.IsUpper(w[0])) compoundHeads.TryAdd(stem, unit);
                var space = w.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0) twoWords[(Words.Stem(w[..space]), Words.Stem(w[(space + 1)..]))] = unit;
            }
        }
        Add(Soldiers, "Soldat", "Soldaten", "Truppen", "Mann", "Militärangehörige", "Armeeangehörige", "Personal",
            "Militärpersonal", "Bundeswehrangehörige", "Bundeswehrangehörigen", "Marineangehörige", "Söldner", "mercenaries", "Elitesoldaten", "Spezialkräfte", "Streitkräfte", "soldier", "soldiers",
            "troops", "troop", "servicemen", "serviceman", "servicewoman", "personnel", "men", "service members", "security forces", "military police", "Militärpolizisten",
            "Einsatzkräfte", "Kräfte", "Kräften", "Sicherheitskräfte", "Bodentruppen", "Verteidiger", "defenders", "Marineinfanteristen", "marines", "paratroopers", "Fallschirmjäger", "Kommandosoldaten", "commandos", "special forces",
            "Pioniere", "Pionieren", "Feldjäger", "Feldjägern", "sappers", "engineers", "reinforcements", "Verstärkungen", "infantrymen", "Infanteristen",
            "officers", "Offiziere", "Offizieren", "peacekeepers", "Blauhelme", "Blauhelmsoldaten",
            "Friedenssoldaten", "Soldatinnen", "Zwangsrekrutierte", "Zwangsrekrutierten", "Einberufene", "Einberufenen", "Mobilisierte",
            "Mobilisierten", "Gardisten", "guardsmen", "recruits", "Rekruten", "volunteers", "Freiwillige", "Freiwilligen",
            // a bare "3000 Nordkoreaner", "11,000 North Koreans" in this coverage counts troops sent to fight; other
            // demonyms ("5000 Ukrainer flohen") as often count civilians and are left alone
            "Nordkoreaner", "Nordkoreanern", "Koreans");
        Add(Killed, "Leichen", "Leichname", "bodies", "Tote", "Toten", "Toter", "Todesopfer", "Gefallene", "Gefallenen", "dead", "deaths", "fatalities", "killed",
            "killings", "Tötungen");
        Add(Wounded, "Verletzte", "Verletzten", "Verletzter", "Verwundete", "Verwundeten", "Verwundeter", "wounded", "injured", "injuries",
            "Verwundungen");
        Add(Casualties, "Verluste", "Opfer", "casualties", "losses");
        Add(Captured, "Gefangene", "Gefangenen", "Kriegsgefangene", "prisoners", "POWs", "captives", "Häftlinge", "Häftlingen", "detainees",
            "inmates");
        Add("workers", "Arbeiter", "Arbeitskräfte", "Bauarbeiter", "workers", "laborers", "labourers", "builders",
            "construction workers", "deminers", "Minenräumer", "Militärbauarbeiter", "Bautrupps");
        Add("containers", "Container", "Containern", "containers", "container");
        Add("shells", "Granaten", "Artilleriegranaten", "Artilleriegeschosse", "Geschosse", "shells",
            "artillery shells", "rounds", "munitions", "Schuss", "Artilleriemunition");
        Add("missiles", "Raketen", "Kurzstreckenraketen", "Marschflugkörper", "Flugkörper", "missiles", "rockets",
            "launches", "missile launches", "Raketenstarts", "Raketenangriffe");
        Add("drones", "Drohnen", "Kamikazedrohnen", "drones");
        Add("reservists", "Reservisten", "reservists");
        // the writers count those serving their duty as conscripts, not as soldiers in general
        Add("conscripts", "conscripts", "Wehrpflichtige", "Wehrpflichtigen", "Wehrdienstleistende", "Wehrdienstleistenden");
        Add("artillery", "Artilleriesysteme", "Haubitzen", "howitzers", "artillery systems", "artillery pieces", "guns",
            "Geschütze", "Selbstfahrlafetten", "Artilleriegeschütze");
        // what fires rockets is no rocket: "four rocket launchers", "Mehrfachraketenwerfer"
        Add("launchers", "launchers", "rocket launchers", "rocket systems", "Raketenwerfer", "Mehrfachraketenwerfer");
        // tanks named by their model: "31 Abrams", "18 Leopard"
        Add("tanks", "Panzer", "Kampfpanzer", "tanks", "Abrams", "Leopard", "Leoparden", "Leopards");
        Add("vehicles", "armoured vehicles", "armored vehicles", "gepanzerte Fahrzeuge", "Panzerfahrzeuge", "Schützenpanzer",
            "infantry fighting vehicles", "personnel carriers", "Mannschaftstransportwagen", "Transportpanzer");
        Add("refugees", "Flüchtlinge", "refugees", "Rückkehrer", "Rückkehrern", "returnees", "Vertriebene", "Vertriebenen", "Binnenvertriebene", "Binnenvertriebenen",
            "Geflüchtete", "Geflüchteten", "evacuees", "Evakuierte", "Evakuierten", "internally displaced");
        Add("hostages", "Geiseln", "hostages");
        Add(Missing, "Vermisste", "Vermissten");
        Add("civilians", "Zivilisten", "civilians");
        // a text that says fighters ("350,000 fighters", "8000 Kämpfer") counts fighters, which readers do not call soldiers
        Add("fighters", "Kämpfer", "Kämpferinnen", "fighters", "fighter", "combatants", "Kombattanten", "Terroristen", "militants", "Militante", "Extremisten", "insurgents", "Milizionäre", "Dschihadisten", "jihadists",
            "Aufständische", "rebels", "Rebellen", "attackers", "Angreifer", "Angreifern", "gunmen");
        Add(People, "Rettungskräfte", "Hilfskräfte", "Fachkräfte", "Pflegekräfte", "Lehrkräfte", "Polizeikräfte", "Feuerwehrkräfte", "Führungskräfte", "Menschen", "Personen", "people", "persons", "Einwohner", "residents", "Kinder", "children", "Bewohner",
            "Zivilpersonen", "person", "Person", "Frauen", "women", "Männer", "Mitglieder", "Angehörige", "Erwachsene", "Erwachsenen", "adults",
            // people named by what they do: counted once the sentence says what happened to them ("13 Piloten … ums Leben")
            "Piloten", "pilots", "Besatzungsmitglieder", "crew", "crew members", "Kameraden", "comrades", "Journalisten", "journalists",
            "Helfer", "aid workers", "Sanitäter", "medics", "Polizisten", "police officers", "policemen", "Beamte", "Beamten", "Polizeibeamte", "Polizeibeamten", "Seeleute", "sailors", "Matrosen",
            "Passagiere", "passengers", "girls", "boys", "Mädchen", "seafarers", "mariners", "crewmen", "Seefahrer", "Patienten", "patients", "Dorfbewohner", "villagers", "Häftlinge", "inmates", "citizens",
            "Staatsbürger", "Staatsangehörige", "Bürger", "Bürgerinnen", "Landsleute", "compatriots",
            "staff", "employees", "Mitarbeiter", "Mitarbeitern", "foreigners", "Ausländer", "Ausländern", "migrants",
            "Migranten", "Einwanderer", "immigrants");
        heads = compoundHeads;
        phrases = twoWords;
        return map;
    }

    /// <summary>People serving in a force: soldiers, and the reservists and conscripts the writers count apart.</summary>
    public static bool IsServing(string? unit) => unit is Soldiers or "reservists" or "conscripts";

    /// <summary>Reservists and conscripts: called up, they stay what they are; only a toll changes what they count.</summary>
    public static bool IsDrafted(string? unit) => unit is "reservists" or "conscripts";

    /// <summary>Weapons and their carriers: what is fired, shot down, delivered or lost rather than who serves.</summary>
    public static bool IsWeapon(string? unit) => unit is "drones" or "missiles" or "shells" or "tanks" or "artillery" or "launchers";

    /// <summary>"peacekeepers", "Blauhelme": soldiers serving a peacekeeping mission.</summary>
    public static bool IsPeacekeeperWord(Token t) => t.Lower is "peacekeepers" or "peacekeeper" or "blauhelme" or "blauhelmen" or "blauhelmsoldaten"
        or "friedenssoldaten" or "friedenstruppen";

    /// <summary>"Kämpfer", "fighters": fighters of any side, not the militant words that name an armed group's.</summary>
    public static bool IsPlainFighterWord(Token t) => t.Lower is "kämpfer" or "kämpfern" or "fighters" or "fighter" or "combatants";

    public static string? NounUnit(Token t)
    {
        // (the German "Marine" is the navy, which speaks and owns; only the plural "Marines" counts men)
        if (!t.IsWord || t.Lower is "marine") return null;
        if (Nouns.TryGetValue(t.Stem, out var u)) return u;
        // "von 184 Getöteten", "20 bis 30 Bewaffnete": a participle or adjective made a noun, which only its capital tells
        // apart from the word itself ("ihr getöteter Anführer", "bewaffnete Gruppen")
        if (t.IsCapitalized && t.Lower is "getötete" or "getöteten") return Killed;
        if (t.IsCapitalized && t.Lower is "bewaffnete" or "bewaffneten") return "fighters";
        // "Leopard-Panzer", "Nato-Soldaten": a hyphenated compound counts what its last part names
        var hyphen = t.Text.LastIndexOf('-');
        if (hyphen > 0 && hyphen + 1 < t.Text.Length && char.IsUpper(t.Text[hyphen + 1]) && HyphenTailUnit(t.Lower) is { } tail)
            return tail;
        // German compounds end in the counted noun: "Elitesoldaten", "Artilleriegranaten", "Kampfdrohnen"; the longest
        // head that ends the word wins
        if (t.IsCapitalized && t.Text.Length > 8)
        {
            var stem = t.Stem.AsSpan();
            for (var i = 1; i + 5 <= stem.Length; i++)
            {
                if (HeadLookup.TryGetValue(stem[i..], out var unit)) return unit;
            }
        }
        return null;
    }

    // (asked for every hyphenated word of every sentence, "US-Präsident", "Kreml-Sprecher": the tail's stem is worked out
    // once per word; capped so that a flood of distinct words cannot grow it without end)
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> HyphenTails = new(StringComparer.Ordinal);
    private const string NoUnit = "";

    private static string? HyphenTailUnit(string lower)
    {
        if (!HyphenTails.TryGetValue(lower, out var unit))
        {
            var hyphen = lower.LastIndexOf('-');
            // ("US-Marine", "Nato-Marine": a navy, as "Marine" alone is)
            unit = hyphen >= 0 && hyphen + 1 < lower.Length && lower[(hyphen + 1)..] != "marine"
                   && Nouns.TryGetValue(Words.StemOfLower(lower[(hyphen + 1)..]), out var u) ? u : NoUnit;
            if (HyphenTails.Count < 20_000) HyphenTails.TryAdd(lower, unit);
        }
        return unit.Length == 0 ? null : unit;
    }

    /// <summary>"service members", "special forces": a unit named by two words, the second given here with the one before it.</summary>
    public static string? PhraseUnit(Token previous, Token t) =>
        previous.IsWord && t.IsWord && Phrases.TryGetValue((previous.Stem, t.Stem), out var u) ? u : null;

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

    private static readonly WordSet FightVerbs =
    [
        "fight", "fights", "fighting", "fought", "serve", "serving", "served", "kämpfen", "kämpft", "kämpfte", "kämpften",
        "gekämpft", "kämpfe", "dienen", "dient", "diente", "dienten",
    ];

    /// <summary>"fight", "kämpfen", "dienen" as verbs ("vor den Kämpfen" is a noun).</summary>
    public static bool IsFightVerb(Token t) => t.IsWord && !(t.IsCapitalized && t.Lower is "kämpfen" or "kämpfe") && FightVerbs.Contains(t);
}
