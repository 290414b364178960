using System.Text.Json;
using NewsClaims.Extraction.Contract;

namespace NewsClaims.Web.Api;

/// <summary>The contract's JSON shape without the indentation that makes the command line's output readable: API answers are read by programs.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(ContractJson.Options) { WriteIndented = false };
}
