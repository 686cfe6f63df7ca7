using System.IO;
using System.Text;
using SafetyModel.Documents;
using SafetyModel.Extraction;
using SafetyModel.Primitives;
using SafetyModel.Serialization;
using SafetyModel.Text;
using SafetyModel.Work;

namespace SafetyModel.Tests.Work;

/// <summary>
/// No parser of untrusted text does more than linear work: each runs on adversarial inputs of 256 KB, 512 KB and 1 MB
/// (characters), and the steps it takes — loop iterations and characters scanned, counted by <see cref="WorkMeter"/>
/// in this build of the package — at most about double when the input doubles, and stay under a fixed number per
/// character. Counted, never timed: the result is the same on any machine under any load.
/// </summary>
public class BoundednessTests
{
    private const int Megabyte = 1 << 20;

    /// <summary>The most steps per character of input a parser may take.</summary>
    private const double StepsPerCharacter = 64;

    /// <summary>
    /// The most steps per character figure extraction may take: around each number it reads a window of at most
    /// 2 × 64 characters against each word of its lexicon (measured: at most about 470 on these inputs).
    /// </summary>
    private const double ExtractionStepsPerCharacter = 1024;

    /// <summary>Adversarial units, repeated to the size wanted: what each parser looks for, over and over, unfinished.</summary>
    public static readonly TheoryData<string> TextPatterns = new()
    {
        "1", "一二三四五六七八九十百千万亿", "1次", "开展检查1次，", "开展汛期安全检查1次", "其中检查1次、", "未开展检查1次", "1-2次",
        "一、\n", "一、（一）1.（1）\n", "附件：1.\n", "2022年7月7日\n", "抄送：县应急管理局\n", "1月", "余", "\n", "（", "共召开了",
        "乌兰镇政函〔2022〕", "〔〔〔", "2022年二〇二二年", "约300余人以上", "第", "。",
        "检查企业1家，加油站1家，", "资料(宣传品)1份", "(宣传品)", "上千人", "检查门店1户1处", "发现并整改隐患1条", "群众1人参加",
    };

    [Theory]
    [MemberData(nameof(TextPatterns))]
    public void Document_text_parsing_is_linear(string unit) =>
        AssertLinear(unit, text => DocumentText.ParseDetailed(text));

    [Theory]
    [MemberData(nameof(TextPatterns))]
    public void Figure_extraction_is_linear(string unit) =>
        AssertLinear(size => Repeat(unit, size), text => FigureExtractor.Extract(text, new FigureExtractionOptions { Year = 2022 }), ExtractionStepsPerCharacter);

    [Theory]
    [MemberData(nameof(TextPatterns))]
    public void The_short_text_parsers_are_linear_or_refuse_long_text_at_once(string unit) =>
        AssertLinear(unit, text =>
        {
            _ = ChineseNumerals.TryParse(text.AsSpan(), out _);
            _ = ChineseDates.TryParse(text.AsSpan(), out NodaTime.LocalDate _);
            Quantity.ParseDetailed(text);
            ReportingPeriod.ParseDetailed(text);
            DocumentNumber.ParseLenient(text);
            DocumentNumber.ParseStrict(text);
        });

    /// <summary>JSON units: each a member or value repeated inside one record or one envelope.</summary>
    public static readonly TheoryData<string, string, string, string> JsonPatterns = new()
    {
        { "unknown members", "{\"type\":\"meeting\",\"id\":\"m\",\"date\":\"2022-01-01\",\"kind\":\"regular\"", ",\"x{0}\":0", "}" },
        { "unknown members, long names", "{\"type\":\"meeting\",\"id\":\"m\",\"date\":\"2022-01-01\",\"kind\":\"regular\"", ",\"{0}abcdefghijklmnopqrstuvwxyz\":[1,2,3]", "}" },
        { "a duplicate at the end", "{\"type\":\"meeting\",\"id\":\"m\",\"date\":\"2022-01-01\",\"kind\":\"regular\"", ",\"y{0}\":0", ",\"y0\":1}" },
        { "topics", "{\"type\":\"meeting\",\"id\":\"m\",\"date\":\"2022-01-01\",\"kind\":\"regular\",\"topics\":[\"t\"", ",\"议题{0}\"", "]}" },
        { "records", "{\"schemaVersion\":\"1.0\",\"records\":[{\"type\":\"meeting\",\"id\":\"m\",\"date\":\"2022-01-01\",\"kind\":\"regular\"}", ",{{\"type\":\"meeting\",\"id\":\"m{0}\",\"date\":\"2022-01-01\",\"kind\":\"regular\"}}", "]}" },
        { "nesting", "{\"type\":\"meeting\",\"id\":\"m\",\"date\":\"2022-01-01\",\"kind\":\"regular\",\"x\":", "[", "" },
        { "escapes", "{\"type\":\"meeting\",\"id\":\"m\",\"date\":\"2022-01-01\",\"kind\":\"regular\",\"x\":\"", "\\u4e00\\n", "\"}" },
    };

    [Theory]
    [MemberData(nameof(JsonPatterns))]
    public void Reading_JSON_is_linear(string name, string head, string unit, string tail)
    {
        _ = name;

        // The value-length guard runs only over inputs longer than MaxValueBytes (no shorter input can hold a longer
        // value); a limit below the smallest size measured makes it run at every size, so its pass is measured too and
        // the threshold is not mistaken for work that grows faster than the input.
        var options = new SafetyJsonReadOptions { MaxValueBytes = 64 * 1024 };
        AssertLinear(size => Json(head, unit, tail, size), json =>
        {
            try
            {
                SafetyJson.Deserialize<RecordSet>(json, options);
            }
            catch (JsonContractException)
            {
                // A refusal is an answer too; what is measured is the work done to reach it.
            }

            try
            {
                SafetyJson.Deserialize<IRecord>(json, options);
            }
            catch (JsonContractException)
            {
            }
        });
    }

    [Fact]
    public void Reading_many_JSON_Lines_is_linear() =>
        AssertLinear(
            size => Json(string.Empty, "{{\"type\":\"meeting\",\"id\":\"m{0}\",\"date\":\"2022-01-01\",\"kind\":\"regular\",\"x{0}\":1}}\n", string.Empty, size),
            text =>
            {
                using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
                foreach (var line in JsonLines.ReadAll(stream))
                {
                    _ = line.Success;
                }
            });

    private static void AssertLinear(string unit, Action<string> parse) => AssertLinear(size => Repeat(unit, size), parse);

    private static void AssertLinear(Func<int, string> input, Action<string> parse, double stepsPerCharacter = StepsPerCharacter)
    {
        var sizes = new[] { Megabyte / 4, Megabyte / 2, Megabyte };
        var steps = new long[sizes.Length];
        for (var i = 0; i < sizes.Length; i++)
        {
            var text = input(sizes[i]);
            WorkMeter.Reset();
            parse(text);
            steps[i] = WorkMeter.Steps;
        }

        var report = string.Join(", ", sizes.Select((s, i) => $"{s / 1024} KB: {steps[i]:N0} steps"));
        for (var i = 1; i < sizes.Length; i++)
        {
            steps[i].Should().BeLessThanOrEqualTo((long)(2.2 * Math.Max(steps[i - 1], 1000)), $"doubling the input may at most double the work ({report})");
        }

        ((double)steps[^1] / sizes[^1]).Should().BeLessThanOrEqualTo(stepsPerCharacter, $"the work per character is bounded ({report})");
    }

    private static string Repeat(string unit, int size)
    {
        var builder = new StringBuilder(size + unit.Length);
        while (builder.Length < size)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, size);
    }

    private static string Json(string head, string unit, string tail, int size)
    {
        var builder = new StringBuilder(size + 256).Append(head);
        for (var i = 0; builder.Length < size; i++)
        {
            builder.Append(unit.Contains("{0}", StringComparison.Ordinal) ? string.Format(System.Globalization.CultureInfo.InvariantCulture, unit, i) : unit);
        }

        return builder.Append(tail).ToString();
    }
}
