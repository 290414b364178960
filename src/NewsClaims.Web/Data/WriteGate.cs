namespace NewsClaims.Web.Data;

/// <summary>
/// One writing transaction at a time inside this process. SQLite allows a single writer anyway; a
/// second one would spin in its busy handler (sleeping and retrying) instead of simply waiting its turn.
/// Everything before the transaction — reading, extracting, resolving — still runs in parallel.
/// </summary>
public sealed class WriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        return new Exit(_gate);
    }

    private sealed class Exit(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
