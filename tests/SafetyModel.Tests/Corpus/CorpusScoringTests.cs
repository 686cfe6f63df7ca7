namespace SafetyModel.Tests.Corpus;

/// <summary>
/// The readers over real public documents (issue 22): per header field how many were read right, the figure
/// extraction's precision and recall, and the numbers that must not be figures. Prints the table and fails below the
/// thresholds in <see cref="Thresholds"/>.
/// </summary>
/// <remarks>
/// Reproduce: <c>dotnet test tests/SafetyModel.Tests -c Release --filter "FullyQualifiedName~Corpus" --logger "console;verbosity=detailed"</c>.
/// </remarks>
public class CorpusScoringTests
{
    /// <summary>
    /// The ONE place the thresholds live. Each is a ratchet set at exactly what the current readers achieve on the
    /// corpus, so the test is green now and fails on any regression; the goal of issue 22 stands beside each. Raise
    /// a ratchet when the readers improve; never lower one to make a change pass.
    /// </summary>
    internal static class Thresholds
    {
        // Measured on the corpus of 2026-12-04 (67 header texts, 26 work-safety texts) with the readers of this branch.
        // Written as right / of, so the ratchet is exactly what was achieved.

        // Header fields, right of the texts whose annotation scores the field. Goal: ≥ 98 % each.
        public const double Number = 49.0 / 49;      // goal 0.98
        public const double Title = 54.0 / 54;      // goal 0.98
        public const double Date = 53.0 / 53;       // goal 0.98
        public const double Recipients = 56.0 / 56; // goal 0.98
        public const double Signature = 32.0 / 32;  // goal 0.98

        // A header field reported where the text has none (an invented title, signature…). Goal: 0 (not in the issue; kept from rising).
        public const int MaximumSpuriousHeaderFields = 0; // goal 0

        // Figures. Goals: precision 100 %, recall ≥ 90 %, and no number that must not be a figure read as one.
        public const double Precision = 76.0 / 76;  // goal 1.0
        public const double Recall = 76.0 / 76;     // goal 0.90
        public const int MaximumForbiddenFigures = 0; // goal 0

        // The corpus may grow but not shrink unnoticed. Goal (issue 22): ≥ 60 header texts, ≥ 25 work-safety texts.
        public const int MinimumHeaderTexts = 67;   // goal 60
        public const int MinimumFigureTexts = 26;   // goal 25
    }

    [Fact]
    public void The_readers_score_at_least_the_ratchet_on_the_real_corpus()
    {
        var scores = CorpusScoring.Score(RealCorpus.Texts);
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine(scores.Table());
        foreach (var miss in CorpusScoring.HeaderFields.SelectMany(f => scores.Field(f).Misses).Concat(scores.Misses))
        {
            output?.WriteLine(miss);
        }

        using (new FluentAssertions.Execution.AssertionScope())
        {
            scores.HeaderTexts.Should().BeGreaterThanOrEqualTo(Thresholds.MinimumHeaderTexts);
            scores.FigureTexts.Should().BeGreaterThanOrEqualTo(Thresholds.MinimumFigureTexts);
            scores.Field("number").Ratio.Should().BeGreaterThanOrEqualTo(Thresholds.Number, "document numbers");
            scores.Field("title").Ratio.Should().BeGreaterThanOrEqualTo(Thresholds.Title, "titles");
            scores.Field("date").Ratio.Should().BeGreaterThanOrEqualTo(Thresholds.Date, "dates");
            scores.Field("recipients").Ratio.Should().BeGreaterThanOrEqualTo(Thresholds.Recipients, "recipients");
            scores.Field("signature").Ratio.Should().BeGreaterThanOrEqualTo(Thresholds.Signature, "signatures");
            scores.SpuriousHeaderFields.Should().BeLessThanOrEqualTo(Thresholds.MaximumSpuriousHeaderFields, "header fields read where the text has none");
            scores.Precision.Should().BeGreaterThanOrEqualTo(Thresholds.Precision, "figure precision");
            scores.Recall.Should().BeGreaterThanOrEqualTo(Thresholds.Recall, "figure recall");
            scores.ForbiddenHits.Should().BeLessThanOrEqualTo(Thresholds.MaximumForbiddenFigures, "numbers that must not be figures");
        }
    }
}
