using Microsoft.EntityFrameworkCore;
using NewsClaims.Web.Api;
using NewsClaims.Web.Data;
using NewsClaims.Web.Ingestion;
using NewsClaims.Web.Timeline;
using Serilog;

namespace NewsClaims.Web;

public static class HostingExtensions
{
    public static WebApplicationBuilder AddNewsClaims(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, log) => log
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());

        builder.Services.AddOptions<NewsClaimsOptions>()
            .Bind(builder.Configuration.GetSection(NewsClaimsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var connection = DatabasePath.ConnectionString(builder.Configuration, builder.Environment);
        builder.Services.AddDbContext<NewsClaimsDbContext>(o => o.UseSqlite(connection));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ExtractorProvider>();
        builder.Services.AddScoped<IngestionService>();
        builder.Services.AddScoped<TimelineQuery>();
        builder.Services.AddHostedService<DatabaseInitializer>();

        builder.Services.AddRazorPages();
        // German and other non-Latin text stays readable in the page source; encoding still escapes markup
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication MapNewsClaims(this WebApplication app)
    {
        // API callers get ProblemDetails, people get a friendly page; neither sees a stack trace outside Development
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages =>
        {
            if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/Error");
        });
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
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapHealth();
        app.MapExtractionApi();
        app.MapArticlesApi();
        return app;
    }
}
