namespace NewsClaims.Extraction.Reading;

/// <summary>
/// Reads the credit line at the foot of an article: "Quelle: ntv.de, gut/rts/dpa/AFP" gives the
/// publisher and the wire services (rts = Reuters); "(Reporting by …; Editing by …)" is a credit too.
/// </summary>
public static class CreditLine
{
    private static readonly Dictionary<string, string> Agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dpa"] = "dpa", ["afp"] = "AFP", ["rts"] = "Reuters", ["reuters"] = "Reuters", ["reu"] = "Reuters",
        ["ap"] = "AP", ["epd"] = "epd", ["kna"] = "KNA", ["dts"] = "dts", ["apa"] = "APA", ["sda"] = "SDA",
        ["yonhap"] = "Yonhap", ["ddp"] = "ddp", ["efe"] = "EFE", ["ansa"] = "ANSA", ["upi"] = "UPI", ["bloomberg"] = "Bloomberg",
    };

    public sealed record Credit(string? Publisher, IReadOnlyList<string> Agencies);

    public static bool IsCredit(string line)
    {
        var l = line.Trim();
        return l.StartsWith("Quelle:", StringComparison.OrdinalIgnoreCase)
            || l.StartsWith("Source:", StringComparison.OrdinalIgnoreCase) && l.Length < 120
            || l.StartsWith("(Reporting by", StringComparison.OrdinalIgnoreCase)
            || l.StartsWith("Reporting by", StringComparison.OrdinalIgnoreCase)
            || l.StartsWith("Mit Material von", StringComparison.OrdinalIgnoreCase)
            || l.StartsWith("Additional reporting by", StringComparison.OrdinalIgnoreCase);
    }

    public static Credit Read(string line)
    {
        var l = line.Trim();
        var colon = l.IndexOf(':', StringComparison.Ordinal);
        var body = colon >= 0 && colon < 20 ? l[(colon + 1)..] : l;
        string? publisher = null;
        var agencies = new List<string>();
        var parts = body.Split([',', ';', '/', '(', ')', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (colon >= 0 && colon < 20 && parts.Length > 0 && parts[0].Contains('.', StringComparison.Ordinal)) publisher = parts[0];
        foreach (var p in parts)
        {
            if (Agencies.TryGetValue(p.Trim('.'), out var a) && !agencies.Contains(a)) agencies.Add(a);
        }
        return new Credit(publisher, agencies);
    }
}
