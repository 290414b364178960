using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsClaims.Web.Data;

namespace NewsClaims.Web.Tests.Infrastructure;

/// <summary>The real app over a real SQLite file in the test's own folder; logs go there too.</summary>
public sealed class NewsClaimsFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.local";
    public const string Password = "Test-password-1";

    private readonly TestFolder _folder = new();
    private readonly bool _seed;
    private readonly bool _publicRead;
    private readonly string? _adminPassword;
    private readonly int _signInPermits;
    private readonly bool _allowPrivateFetch;
    private readonly string? _webRoot;

    public NewsClaimsFactory(bool seed = true, bool kestrel = false, bool publicRead = false, string? adminPassword = Password, int signInPermits = 100_000,
        bool allowPrivateFetch = false, string? webRoot = null)
    {
        _webRoot = webRoot;
        _allowPrivateFetch = allowPrivateFetch;
        _signInPermits = signInPermits;
        _seed = seed;
        _publicRead = publicRead;
        _adminPassword = adminPassword;
        if (kestrel) UseKestrel(0);
    }

    public string DatabaseFile => _folder.File("newsclaims.db");

    public string LogFolder => _folder.File("logs");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (_webRoot is not null) builder.UseWebRoot(_webRoot);
        builder.UseSetting("ConnectionStrings:NewsClaims", $"Data Source={DatabaseFile}");
        builder.UseSetting("NewsClaims:SeedSampleData", _seed ? "true" : "false");
        builder.UseSetting("NewsClaims:PublicRead", _publicRead ? "true" : "false");
        builder.UseSetting("NewsClaims:RequireHttps", "false");
        builder.UseSetting("NewsClaims:SignInPermitsPerMinute", _signInPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("NewsClaims:MaxArticleCharacters", "200000");
        builder.UseSetting("NewsClaims:AllowPrivateFetch", _allowPrivateFetch ? "true" : "false");
        builder.UseSetting("NewsClaims:FetchTimeoutSeconds", "5");
        builder.UseSetting("Admin:Email", AdminEmail);
        builder.UseSetting("Admin:Password", _adminPassword ?? "");
        // Serilog reads its sinks from app configuration: override them there, last source wins
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:WriteTo:File:Args:path"] = Path.Combine(LogFolder, "newsclaims-.log"),
        }));
    }

    public async Task<T> WithDbAsync<T>(Func<NewsClaimsDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NewsClaimsDbContext>());
    }

    /// <summary>A user with the role (created on first use), signed in through the API's bearer token.</summary>
    public async Task<HttpClient> ClientAsAsync(string? role, WebApplicationFactoryClientOptions? options = null)
    {
        var client = CreateClient(options ?? new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (role is null) return client;
        var email = role == "Admin" ? AdminEmail : $"{role.ToLowerInvariant()}@test.local";
        await EnsureUserAsync(email, role);
        var response = await client.PostAsJsonAsync("/api/identity/login", new { email, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task EnsureUserAsync(string email, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByEmailAsync(email) is not null) return;
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _folder.Dispose();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
