using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace NewsClaims.Web.Ingestion;

/// <summary>A URL that could not be fetched, with a message fit for the editor.</summary>
public sealed class FetchFailedException(string message) : Exception(message);

/// <summary>
/// Fetches an article page for an editor: http/https only, a size and redirect limit, a timeout, and no
/// requests to loopback or private addresses (each redirect is checked again), unless configured for tests.
/// </summary>
public sealed class ArticleFetcher(HttpClient http, IOptions<NewsClaimsOptions> options)
{
    public const int MaxBytes = 5_000_000;
    private const int MaxRedirects = 5;

    public async Task<string> FetchAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new FetchFailedException("Give a full http:// or https:// address.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.FetchTimeoutSeconds));
        try
        {
            for (var hop = 0; hop <= MaxRedirects; hop++)
            {
                await EnsurePublicAsync(uri, timeout.Token);
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.UserAgent.ParseAdd("NewsClaims/1.0 (+article import)");
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } next)
                {
                    uri = next.IsAbsoluteUri ? next : new Uri(uri, next);
                    if (uri.Scheme is not ("http" or "https")) throw new FetchFailedException("The page redirects to an address that is not http or https.");
                    continue;
                }
                if (!response.IsSuccessStatusCode) throw new FetchFailedException($"The page answered {(int)response.StatusCode} {response.ReasonPhrase}.");
                if (response.Content.Headers.ContentLength > MaxBytes) throw new FetchFailedException("The page is larger than 5 MB.");
                return await ReadLimitedAsync(response, timeout.Token);
            }
            throw new FetchFailedException("The page redirects too often.");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new FetchFailedException($"The page did not answer within {options.Value.FetchTimeoutSeconds} seconds.");
        }
        catch (HttpRequestException e)
        {
            throw new FetchFailedException($"The page could not be fetched: {e.Message}");
        }
    }

    private async Task EnsurePublicAsync(Uri uri, CancellationToken ct)
    {
        if (options.Value.AllowPrivateFetch) return;
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(uri.DnsSafeHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(uri.DnsSafeHost, ct);
        }
        catch (SocketException)
        {
            throw new FetchFailedException($"The host {uri.Host} is unknown.");
        }
        if (addresses.Length == 0 || addresses.Any(IsPrivate)) throw new FetchFailedException("Addresses on this machine or a private network are not fetched.");
    }

    /// <summary>Loopback, private, link-local, unique-local and unspecified addresses.</summary>
    public static bool IsPrivate(IPAddress ip)
    {
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        if (IPAddress.IsLoopback(ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)) return true;
        if (ip.AddressFamily == AddressFamily.InterNetworkV6)
            return ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal || ip.IsIPv6UniqueLocal || ip.IsIPv6Multicast;
        var b = ip.GetAddressBytes();
        return b[0] == 10 || b[0] == 127 || b[0] == 0 || b[0] == 172 && b[1] is >= 16 and <= 31 || b[0] == 192 && b[1] == 168
            || b[0] == 169 && b[1] == 254 || b[0] == 100 && b[1] is >= 64 and <= 127 || b[0] >= 224;
    }

    private static async Task<string> ReadLimitedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes) throw new FetchFailedException("The page is larger than 5 MB.");
        }
        var charset = response.Content.Headers.ContentType?.CharSet;
        Encoding encoding;
        try
        {
            encoding = string.IsNullOrEmpty(charset) ? Encoding.UTF8 : Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            encoding = Encoding.UTF8;
        }
        return encoding.GetString(buffer.ToArray());
    }
}
