using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Api;

/// <summary>Fetching an article by URL, against a real HTTP listener on this machine.</summary>
public sealed class UrlFetchTests
{
    private const string Page = """
        <!doctype html><html lang="en"><head><meta property="og:title" content="Pentagon: 10,000 North Korean troops">
        <meta property="og:site_name" content="Harbor Desk"><meta property="article:published_time" content="2024-10-28T12:00:00Z"></head>
        <body><nav>Home</nav><article><h1>Pentagon: 10,000 North Korean troops</h1>
        <p>North Korea has sent about 10,000 soldiers to eastern Russia, Pentagon spokeswoman Sabrina Singh said on Monday.</p></article></body></html>
        """;

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    /// <summary>Serves <see cref="Page"/> once per request until disposed.</summary>
    private sealed class PageServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        public string Url { get; }

        public PageServer()
        {
            Url = $"http://127.0.0.1:{FreePort()}/story";
            _listener.Prefixes.Add(Url[..(Url.LastIndexOf('/') + 1)]);
            _listener.Start();
            _ = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try { context = await _listener.GetContextAsync(); }
                    catch (HttpListenerException) { return; }
                    catch (ObjectDisposedException) { return; }
                    var bytes = Encoding.UTF8.GetBytes(Page);
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.OutputStream.WriteAsync(bytes);
                    context.Response.Close();
                }
            });
        }

        public void Dispose() => _listener.Close();
    }

    [Fact]
    public async Task A_page_fetched_by_url_is_saved_with_its_metadata()
    {
        using var server = new PageServer();
        await using var factory = new NewsClaimsFactory(seed: false, allowPrivateFetch: true);
        var client = await factory.ClientAsAsync("Editor");

        var response = await client.PostAsJsonAsync("/api/articles", new { url = server.Url }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = await factory.WithDbAsync(db => Task.FromResult(db.Articles.Single()));
        Assert.Equal("Pentagon: 10,000 North Korean troops", article.Title);
        Assert.Equal("Harbor Desk", article.Publisher);
        Assert.Equal(new DateOnly(2024, 10, 28), article.Published);
    }

    [Theory]
    [InlineData("private", "Addresses on this machine or a private network are not fetched.")]
    [InlineData("scheme", "Give a full http:// or https:// address.")]
    [InlineData("closed", "Page not fetched")] // refused, or out of time after the retries: either way not fetched
    public async Task A_page_that_cannot_or_may_not_be_fetched_gets_a_message_and_saves_nothing(string what, string message)
    {
        using var server = new PageServer();
        await using var factory = new NewsClaimsFactory(seed: false, allowPrivateFetch: what != "private");
        var client = await factory.ClientAsAsync("Editor");
        var url = what switch
        {
            "private" => server.Url,
            "scheme" => "file:///etc/passwd",
            _ => $"http://127.0.0.1:{FreePort()}/nothing-listens-here",
        };

        var response = await client.PostAsJsonAsync("/api/articles", new { url }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.Articles.Count())));
    }
}
