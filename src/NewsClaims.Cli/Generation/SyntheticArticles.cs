using System.Globalization;
using System.Text;

namespace NewsClaims.Cli.Generation;

/// <summary>
/// Realistic synthetic news articles for filling a database at scale: German and English, many sources
/// (known bodies and invented research groups), actors, places and dates, with figures that drift over
/// time the way reported counts do, written as the extractor will meet them in real text — every
/// figure form, relative days, projections, stances, distractor numbers and boilerplate.
/// Deterministic: the same seed writes the same articles.
/// </summary>
public sealed class SyntheticArticles(int seed)
{
    private readonly Random _random = new(seed);
    private static readonly DateOnly First = new(2022, 2, 24);
    private static readonly DateOnly Last = new(2026, 10, 31);
    // written out by hand so that the output does not depend on the machine's culture data
    private const bool De = true, En = false;

    public sealed record Article(DateOnly Published, string Language, string Text);

    private sealed record Voice(string En, string De);

    private sealed record Party(string Name, string AdjEn, string AdjDe, string NounDe, string Place, string PlaceDe, double Scale);

    private static readonly Voice[] Sources =
    [
        new("South Korea's National Intelligence Service", "der südkoreanische Geheimdienst NIS"),
        new("the Pentagon", "das Pentagon"),
        new("Ukraine's military intelligence agency HUR", "der ukrainische Militärgeheimdienst HUR"),
        new("the Kremlin", "der Kreml"),
        new("NATO", "die NATO"),
        new("the Institute for the Study of War", "das Institute for the Study of War"),
        new("the UN human rights office", "das UN-Menschenrechtsbüro"),
        new("UK Defence Intelligence", "der britische Militärgeheimdienst"),
        new("the White House", "das Weiße Haus"),
        new("Ukraine's air force", "die ukrainische Luftwaffe"),
        new("the Israel Defense Forces", "die israelische Armee"),
        new("Gaza's health ministry", "das Gesundheitsministerium in Gaza"),
        new("the Nordic Conflict Observatory", "das Nordic Conflict Observatory"),
        new("the Baltic Security Monitor", "der Baltic Security Monitor"),
        new("the Carpathian Research Group", "die Carpathian Research Group"),
        new("the Danube Defence Review", "die Danube Defence Review"),
        new("the Eastern Front Project", "das Eastern Front Project"),
        new("the Open Conflict Ledger", "das Open Conflict Ledger"),
        new("the Geneva Casualty Census", "der Geneva Casualty Census"),
        new("the Black Sea Watch", "die Black Sea Watch"),
    ];

    private static readonly Party[] Parties =
    [
        new("Russia", "Russian", "russische", "Russland", "Ukraine", "der Ukraine", 40_000),
        new("Ukraine", "Ukrainian", "ukrainische", "die Ukraine", "the Donbas", "dem Donbass", 20_000),
        new("North Korea", "North Korean", "nordkoreanische", "Nordkorea", "Russia", "Russland", 8_000),
        new("Belarus", "Belarusian", "belarussische", "Belarus", "Belarus", "Belarus", 3_000),
        new("Iran", "Iranian", "iranische", "der Iran", "Russia", "Russland", 1_500),
        new("Israel", "Israeli", "israelische", "Israel", "Gaza", "Gaza", 5_000),
        new("Sudan", "Sudanese", "sudanesische", "der Sudan", "Darfur", "Darfur", 6_000),
        new("Syria", "Syrian", "syrische", "Syrien", "Syria", "Syrien", 2_500),
    ];

    private static readonly string[] Outlets = ["Harbour Ledger", "Evening Meridian", "Nordkurier Digital", "Rheinpost Online", "Atlas Wire", "Elbe-Zeitung"];
    private static readonly string[] Reporters = ["Mara Lind", "Tom Becker", "Ana Petrova", "Jon Hale", "Lea Sommer", "Sam Okafor", "Ida Brandt", "Paul Weir"];
    private static readonly string[] WeekdaysEn = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] WeekdaysDe = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];

    public Article Next()
    {
        var published = First.AddDays(_random.Next(Last.DayNumber - First.DayNumber + 1));
        var german = _random.NextDouble() < 0.4;
        var party = Parties[_random.Next(Parties.Length)];
        // reported counts grow over the years, with each source's own scatter
        var growth = 1 + 3.0 * (published.DayNumber - First.DayNumber) / (Last.DayNumber - First.DayNumber);
        var sentences = new List<string>();
        var voices = Sources.OrderBy(_ => _random.Next()).Take(_random.Next(8, 15)).ToList();
        foreach (var voice in voices)
        {
            var figure = Round(party.Scale * growth * (0.6 + _random.NextDouble() * 0.8));
            sentences.Add(german ? ClaimDe(voice, party, figure, published) : ClaimEn(voice, party, figure, published));
        }
        sentences.Insert(_random.Next(sentences.Count), german ? DistractorDe(published) : DistractorEn(published));
        if (_random.NextDouble() < 0.3) sentences.Add(german ? StanceDe(party) : StanceEn(party));

        var headline = german
            ? $"{party.AdjDe[..1].ToUpperInvariant()}{party.AdjDe[1..]} Verluste: neue Zahlen aus {party.PlaceDe}"
            : $"New estimates of {party.AdjEn} losses in {party.Place}";
        var text = new StringBuilder();
        text.AppendLine(headline).AppendLine();
        text.AppendLine(german ? $"Von {Reporters[_random.Next(Reporters.Length)]}" : $"By {Reporters[_random.Next(Reporters.Length)]}").AppendLine();
        for (var i = 0; i < sentences.Count; i += 2)
            text.AppendLine(string.Join(" ", sentences.Skip(i).Take(2))).AppendLine();
        text.AppendLine(german
            ? $"Quelle: {Outlets[_random.Next(Outlets.Length)]}, dpa/AFP"
            : $"(Reporting by {Reporters[_random.Next(Reporters.Length)]}; Editing by {Reporters[_random.Next(Reporters.Length)]})");
        return new Article(published, german ? "de" : "en", text.ToString());
    }

    private string ClaimEn(Voice voice, Party party, double n, DateOnly published)
    {
        var said = DayEn(published);
        var source = Capital(voice.En);
        return _random.Next(8) switch
        {
            0 => $"{source} said {said} that about {N(n, En)} {party.AdjEn} soldiers had been killed in {party.Place}.",
            1 => $"According to {voice.En}, {party.AdjEn} forces have lost at least {N(n * 2, En)} soldiers killed or wounded.",
            2 => $"{source} estimated {said} that up to {N(n / 4, En)} {party.AdjEn} troops are deployed in {party.Place}.",
            3 => $"{source} said {said} that {party.AdjEn} units fired {N(Round(n / 40), En)} drones overnight.",
            4 => $"{source} told reporters {said} that between {N(n / 2, En)} and {N(n, En)} {party.AdjEn} soldiers were wounded.",
            5 => $"{party.AdjEn} forces could send as many as {N(n / 3, En)} more troops to {party.Place} by the end of the year, {voice.En} said {said}.",
            6 => $"{source} said {said} that thousands of {party.AdjEn} soldiers had been captured.",
            _ => $"{source} said {said} that {N(Round(n / 60), En)} {party.AdjEn} missiles had been launched since the start of the month.",
        };
    }

    private string ClaimDe(Voice voice, Party party, double n, DateOnly published)
    {
        var said = DayDe(published);
        var source = Capital(voice.De);
        return _random.Next(8) switch
        {
            0 => $"Nach Angaben von {Dative(voice.De)} wurden rund {N(n, De)} {party.AdjDe} Soldaten in {party.PlaceDe} getötet.",
            1 => $"{source} teilte {said} mit, die {party.AdjDe}n Streitkräfte hätten mindestens {N(n * 2, De)} Soldaten durch Tod oder Verwundung verloren.",
            2 => $"Laut {Dative(voice.De)} sind bis zu {N(n / 4, De)} {party.AdjDe} Soldaten in {party.PlaceDe} stationiert.",
            3 => $"{source} erklärte {said}, die {party.AdjDe}n Einheiten hätten {N(Round(n / 40), De)} Drohnen abgefeuert.",
            4 => $"Zwischen {N(n / 2, De)} und {N(n, De)} {party.AdjDe} Soldaten seien verwundet worden, sagte {voice.De} {said}.",
            5 => $"{source} geht davon aus, dass {party.NounDe} bis Jahresende weitere {N(n / 3, De)} Soldaten nach {party.PlaceDe} schicken könnte.",
            6 => $"{source} berichtete {said}, Tausende {party.AdjDe} Soldaten seien gefangen genommen worden.",
            _ => $"{source} bezifferte {said} die Zahl der abgefeuerten {party.AdjDe}n Raketen auf {N(Round(n / 60), De)}.",
        };
    }

    private string DistractorEn(DateOnly published) => _random.Next(3) switch
    {
        0 => $"The aid package announced in {published.Year - 1} is worth ${_random.Next(2, 60)} billion.",
        1 => $"The front line is about {_random.Next(100, 1200)} kilometres long, and turnout at the last vote was {_random.Next(40, 80)} percent.",
        _ => $"The briefing began at {_random.Next(8, 18)}:{_random.Next(0, 6)}0 local time.",
    };

    private string DistractorDe(DateOnly published) => _random.Next(3) switch
    {
        0 => $"Das {published.Year - 1} beschlossene Hilfspaket umfasst {_random.Next(2, 60)} Milliarden Euro.",
        1 => $"Die Front ist rund {_random.Next(100, 1200)} Kilometer lang, die Wahlbeteiligung lag zuletzt bei {_random.Next(40, 80)} Prozent.",
        _ => $"Die Pressekonferenz begann um {_random.Next(8, 18)}.{_random.Next(0, 6)}0 Uhr.",
    };

    private static string StanceEn(Party party) => $"{party.Name}'s government denied the reports.";

    private static string StanceDe(Party party) => $"Die Regierung in {party.PlaceDe} wies die Berichte zurück.";

    private string DayEn(DateOnly published) => _random.Next(4) switch
    {
        0 => "yesterday",
        1 => "on " + WeekdaysEn[(int)published.AddDays(-_random.Next(1, 6)).DayOfWeek],
        _ => "on " + WeekdaysEn[(int)published.DayOfWeek],
    };

    private string DayDe(DateOnly published) => _random.Next(4) switch
    {
        0 => "gestern",
        1 => "am " + WeekdaysDe[(int)published.AddDays(-_random.Next(1, 6)).DayOfWeek],
        _ => "am " + WeekdaysDe[(int)published.DayOfWeek],
    };

    private static string Dative(string nominative) =>
        nominative.StartsWith("der ", StringComparison.Ordinal) ? "dem " + nominative[4..].Replace("sche ", "schen ", StringComparison.Ordinal)
        : nominative.StartsWith("die ", StringComparison.Ordinal) ? "der " + nominative[4..].Replace("sche ", "schen ", StringComparison.Ordinal)
        : nominative.StartsWith("das ", StringComparison.Ordinal) ? "dem " + nominative[4..].Replace("sche ", "schen ", StringComparison.Ordinal)
        : nominative;

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static double Round(double n) => n switch
    {
        >= 10_000 => Math.Round(n / 500) * 500,
        >= 1_000 => Math.Round(n / 50) * 50,
        >= 100 => Math.Round(n / 10) * 10,
        _ => Math.Max(2, Math.Round(n)),
    };

    private static string N(double n, bool german)
    {
        var s = Round(n).ToString("N0", CultureInfo.InvariantCulture);
        return german ? s.Replace(',', '.') : s;
    }
}
