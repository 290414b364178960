using Microsoft.EntityFrameworkCore;
using NewsClaims.Web.Accounts;
using NewsClaims.Web.Api;
using NewsClaims.Web.Data;
using NewsClaims.Web.Ingestion;
using NewsClaims.Web.Reviews;
using NewsClaims.Web.Timeline;
using Serilog;

namespace NewsClaims.Web;

public static class HostingExtensions
{
    public static WebApplicationBuilder AddNewsClaims(this WebApplicationBuilder builder)
    {
        // each host keeps its own logger (tests run several hosts in one process); Log.Logger stays untouched
        builder.Services.AddSerilog((services, log) => log
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(), preserveStaticLogger: true);

        builder.Services.AddOptions<NewsClaimsOptions>()
            .Bind(builder.Configuration.GetSection(NewsClaimsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var connection = DatabasePath.ConnectionString(builder.Configuration, builder.Environment);
        builder.Services.AddDbContext<NewsClaimsDbContext>(o => o.UseSqlite(connection).AddInterceptors(new SqlitePragmas()));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ExtractorProvider>();
        builder.Services.AddScoped<IngestionService>();
        builder.Services.AddScoped<TimelineQuery>();
        builder.Services.AddSingleton<ChartLibrary>();
        builder.Services.AddSingleton<TimelineCache>();
        builder.Services.AddSingleton<WriteGate>();
        builder.Services.AddOutputCache(o => o.AddPolicy(TimelineCachePolicy.Name, new TimelineCachePolicy()));
        builder.Services.AddAntiforgery(o => o.Cookie.Name = TimelineCachePolicy.AntiforgeryCookie);
        // data answers are large and carry no secrets, so they are compressed over HTTPS too; pages are not
        // (they carry the antiforgery token next to reflected filter values: the BREACH pattern)
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ["application/json", "text/csv", "image/svg+xml", "application/atom+xml"];
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
        builder.Services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.AddScoped<ClaimQuery>();
        builder.Services.AddScoped<ReviewService>();
        builder.Services.AddScoped<SourceService>();
        builder.Services.AddScoped<ArticleIntake>();
        // redirects are followed by hand so that every hop is checked; transient failures are retried
        builder.Services.AddHttpClient<ArticleFetcher>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = System.Net.DecompressionMethods.All })
            .AddStandardResilienceHandler(o =>
            {
                o.Retry.MaxRetryAttempts = 2;
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(30);
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
            });
        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.AddAccounts();

        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/", Policies.Read);
            o.Conventions.AllowAnonymousToFolder("/Account");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AuthorizePage("/Articles/New", Policies.Edit);
            o.Conventions.AuthorizeFolder("/Review", Policies.Review);
            o.Conventions.AuthorizeFolder("/Admin", Policies.Administer);
            o.Conventions.AuthorizePage("/Sources/Index", Policies.Read);
            foreach (var page in new[] { "/Index", "/Timeline/Index", "/Timeline/Series", "/Timeline/Compare" })
                o.Conventions.AddPageApplicationModelConvention(page, m => m.EndpointMetadata.Add(new Microsoft.AspNetCore.OutputCaching.OutputCacheAttribute { PolicyName = TimelineCachePolicy.Name }));
        });
        // German and other non-Latin text stays readable in the page source; encoding still escapes markup
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapNewsClaims(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<NewsClaimsOptions>>().Value;
        // API callers get ProblemDetails, people get a friendly page; neither sees a stack trace outside Development
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages =>
        {
            if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/Error");
        });
        if (options.RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseStatusCodePages();
        app.UseSerilogRequestLogging();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
            await next(context);
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        // after authorization: a cached answer is only served to someone allowed to see it
        app.UseOutputCache();
        // inside the cache, so that an answer is compressed once and served compressed from then on
        app.UseResponseCompression();
        app.MapRazorPages();
        app.MapOpenApi();
        app.MapHealth();
        app.MapExtractionApi();
        app.MapArticlesApi();
        app.MapArticleBatch();
        app.MapClaimsApi();
        app.MapSeriesApi();
        app.MapAccountsApi();
        return app;
    }
}
