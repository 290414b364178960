using Microsoft.AspNetCore.OutputCaching;

namespace NewsClaims.Web.Timeline;

/// <summary>
/// What the timeline pages and API have already worked out, dropped whenever claims change: cached
/// responses (output cache, tag <see cref="Tag"/>) and the list of series every series request needs.
/// Every write that can change a timeline (ingest, review, source rename/merge) calls <see cref="ChangedAsync"/>.
/// </summary>
public sealed class TimelineCache(IOutputCacheStore store)
{
    public const string Tag = "claims";

    private long _version;
    // a reference swapped whole, so that a reader never sees one version's number with another's list
    private volatile Cached<IReadOnlyList<SeriesSummary>>? _series;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Series, string Part), (long Version, object Value)> _perSeries = new();

    public async Task<IReadOnlyList<SeriesSummary>> SeriesAsync(Func<Task<IReadOnlyList<SeriesSummary>>> load)
    {
        var version = Interlocked.Read(ref _version);
        if (_series is { } cached && cached.Version == version) return cached.Value;
        var series = await load();
        // a write that landed while we read may not be in this list: keep it only if none did
        if (Interlocked.Read(ref _version) == version) _series = new Cached<IReadOnlyList<SeriesSummary>>(version, series);
        return series;
    }

    /// <summary>
    /// What a series shows whatever the filter (its sources and publishers for the form, its stances), kept per
    /// series so that a new filter costs only the query for its points.
    /// </summary>
    public async Task<T> PerSeriesAsync<T>(SeriesKey key, string part, Func<Task<T>> load) where T : class
    {
        var version = Interlocked.Read(ref _version);
        if (_perSeries.TryGetValue((key.Slug, part), out var cached) && cached.Version == version) return (T)cached.Value;
        var value = await load();
        if (Interlocked.Read(ref _version) == version) _perSeries[(key.Slug, part)] = (version, value);
        return value;
    }

    public async Task ChangedAsync(CancellationToken ct = default)
    {
        Interlocked.Increment(ref _version);
        _perSeries.Clear();
        await store.EvictByTagAsync(Tag, ct);
    }
}

internal sealed record Cached<T>(long Version, T Value);

public sealed record SeriesChoices(IReadOnlyList<string> Sources, IReadOnlyList<string> Publishers);
