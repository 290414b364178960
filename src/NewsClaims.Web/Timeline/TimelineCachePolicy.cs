using Microsoft.AspNetCore.OutputCaching;

namespace NewsClaims.Web.Timeline;

/// <summary>
/// Caches timeline pages and API answers until claims change (<see cref="TimelineCache"/> evicts the tag).
/// Unlike the default policy it caches for signed-in users — what a timeline shows does not depend on
/// who asks — but keeps one entry per user and antiforgery cookie, because pages greet the user and
/// carry a sign-out form with a token bound to both. Authorization runs before the cache is consulted.
/// </summary>
public sealed class TimelineCachePolicy : IOutputCachePolicy
{
    public const string Name = "timeline";
    public const string AntiforgeryCookie = "NewsClaims.Antiforgery";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(30);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = "Accept-Encoding";
        context.CacheVaryByRules.VaryByValues["user"] = context.HttpContext.User.Identity?.Name ?? "";
        context.CacheVaryByRules.VaryByValues["antiforgery"] = request.Cookies[AntiforgeryCookie] ?? "";
        context.Tags.Add(TimelineCache.Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // a response that sets a cookie belongs to one browser; errors are not worth keeping
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
