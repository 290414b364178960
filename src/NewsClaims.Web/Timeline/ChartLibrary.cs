namespace NewsClaims.Web.Timeline;

/// <summary>
/// Whether the build installed the chart library (npm → wwwroot/lib). Without it the series pages say
/// so and keep the server-drawn chart and the table, which need no script.
/// </summary>
public sealed class ChartLibrary(IWebHostEnvironment environment)
{
    public const string ScriptPath = "lib/echarts/echarts.min.js";

    public bool Available => environment.WebRootFileProvider.GetFileInfo(ScriptPath).Exists;
}
