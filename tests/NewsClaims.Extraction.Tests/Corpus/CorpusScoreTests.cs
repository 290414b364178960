namespace NewsClaims.Extraction.Tests.Corpus;

/// <summary>Extraction quality measured by the shared scoring script, not asserted by feel.</summary>
public sealed class CorpusScoreTests
{
    // The levels reached when these floors were last set, less a small margin; a drop below them fails the build.
    // The development set holds 450 articles since the 24 of the thirty-fifth and thirty-sixth held-out sets joined it
    // in the seventeenth session (the earlier held-out sets joined before), after their misses were read and the rules
    // generalised: tuple 0.680, figure 0.892, stance 0.687 when they joined (0.696, 0.897, 0.690 for the 426 before them),
    // so the tuple floor moved from 0.68 to 0.67 to keep a margin.
    // Some writers' conventions differ (remarks without a figure as stances, accusations marked by some writers and not
    // by others), which keeps those claims misses or extras here.
    private const double DevSetTupleF1Floor = 0.67;
    private const double DevSetFigureF1Floor = 0.88;
    private const double DevSetStanceF1Floor = 0.68;

    [Fact]
    public void Seed_article_yields_every_required_claim_and_stance()
    {
        var s = ScoreScript.Run(Path.Combine(SharedFixtures.RequireFolder(), "fixtures", "articles"));

        Assert.Equal(0, s.Errors);
        Assert.Equal(1.0, s.TupleRecall);
        Assert.Equal(1.0, s.TupleF1);
        Assert.Equal(1.0, s.StanceRecall);
        // a statement with no figure asserts it; the seed's annotator left Pistorius's "neue Qualität" unmarked: of five
        // stances, four are the gold's
        Assert.True(s.StancePrecision >= 0.8, $"stance precision {s.StancePrecision}: more than one stance beyond the gold's four");
    }

    [Fact]
    public void Development_set_stays_at_or_above_the_level_reached()
    {
        var s = ScoreScript.Run(Path.Combine(AppContext.BaseDirectory, "DevSet"));

        Assert.Equal(0, s.Errors);
        Assert.True(s.Gold >= 100, $"the development set has {s.Gold} gold claims");
        Assert.True(s.TupleF1 >= DevSetTupleF1Floor, $"tuple F1 {s.TupleF1} fell below {DevSetTupleF1Floor}");
        Assert.True(s.FigureF1 >= DevSetFigureF1Floor, $"figure F1 {s.FigureF1} fell below {DevSetFigureF1Floor}");
        Assert.True(s.StanceF1 >= DevSetStanceF1Floor, $"stance F1 {s.StanceF1} fell below {DevSetStanceF1Floor}");
    }
}
