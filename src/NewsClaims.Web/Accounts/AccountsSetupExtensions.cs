using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using NewsClaims.Web.Data;

namespace NewsClaims.Web.Accounts;

/// <summary>Identity on the app's database: cookies for pages, bearer tokens for the API and CLI, roles as policies.</summary>
public static class AccountsSetupExtensions
{
    public const string SignInRateLimit = "sign-in";

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(NewsClaimsOptions.Section).Get<NewsClaimsOptions>() ?? new NewsClaimsOptions();
        builder.Services.AddOptions<AdminOptions>().Bind(builder.Configuration.GetSection(AdminOptions.Section));
        builder.Services.AddIdentityApiEndpoints<IdentityUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<NewsClaimsDbContext>();
        builder.Services.AddScoped<AccountSetup>();
        // bearer tokens still authenticate API calls; a challenge goes to the cookie handler, which
        // redirects pages to sign-in and answers 401/403 under /api
        builder.Services.Configure<Microsoft.AspNetCore.Authentication.AuthenticationOptions>(o =>
        {
            o.DefaultChallengeScheme = IdentityConstants.ApplicationScheme;
            o.DefaultForbidScheme = IdentityConstants.ApplicationScheme;
        });

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // the API answers 401/403; only pages redirect to the sign-in page
            o.Events.OnRedirectToLogin = c => Answer(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Answer(c, StatusCodes.Status403Forbidden);
        });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Read, p => p.RequireAssertion(c => options.PublicRead || c.User.Identity?.IsAuthenticated == true))
            .AddPolicy(Policies.Edit, p => p.RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.Review, p => p.RequireRole(Roles.Reviewer, Roles.Admin))
            .AddPolicy(Policies.Administer, p => p.RequireRole(Roles.Admin));

        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInPermitsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return builder;
    }

    public static void MapAccountsApi(this WebApplication app) =>
        app.MapGroup("/api/identity")
            .MapIdentityApi<IdentityUser>()
            // accounts are created by administrators, never by self-registration
            .AddEndpointFilter(async (context, next) =>
                context.HttpContext.Request.Path.Value?.EndsWith("/register", StringComparison.OrdinalIgnoreCase) == true
                    ? Results.NotFound()
                    : await next(context))
            .RequireRateLimiting(SignInRateLimit);

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> c, int status)
    {
        if (c.Request.Path.StartsWithSegments("/api"))
        {
            c.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        c.Response.Redirect(c.RedirectUri);
        return Task.CompletedTask;
    }
}
