using System.Linq;
using FluentAssertions;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Serialization;
using SafetyModel.Validation;
using Xunit;

namespace SafetyModel.Tests.Serialization;

/// <summary>Unknown members kept for the round trip are reported by the validating read path, at their pointers.</summary>
public sealed class UnknownMemberFindingTests
{
    [Fact]
    public void A_misspelled_figure_is_a_warning_at_its_pointer_and_an_error_when_strict()
    {
        var record = SafetyJson.Deserialize<IRecord>("""{"type": "inspection", "id": "I-1", "division": "150626103000", "start": "2022-05-01", "hazardFound": 3}""");

        var issue = SafetyJson.FindUnknownMembers(record).Should().ContainSingle().Subject;
        issue.Code.Should().Be(JsonContractCodes.UnknownMemberKept);
        issue.Severity.Should().Be(ValidationSeverity.Warning);
        issue.Path.ToString().Should().Be("/hazardFound");
        issue.Message.Chinese.Should().Be("“hazardFound”不是约定中的成员：按原样保留，但不被读取（成员名拼写有误？）。");
        SafetyJson.FindUnknownMembers(record, strict: true).Single().Severity.Should().Be(ValidationSeverity.Error);
        SafetyJson.Serialize(record).Should().Contain("\"hazardFound\":3", "the member is still kept for the round trip");
    }

    [Fact]
    public void Members_of_nested_objects_and_list_items_are_found_with_the_whole_path()
    {
        var report = SafetyJson.Deserialize<IRecord>("""
            {"type": "training", "id": "T-1", "division": "150626103000", "date": "2022-06-08", "trainer": "镇应急办",
             "peopleTrained": {"qualifier": "exact", "stated": 46, "lower": 46, "lowerInclusive": true, "upper": 46, "upperInclusive": true, "unit": "人", "colour": "red"}}
            """);

        SafetyJson.FindUnknownMembers(report).Select(i => i.Path.ToString()).Should().Equal("/trainer", "/peopleTrained/colour");
    }

    [Fact]
    public void A_record_read_without_unknown_members_has_none()
    {
        var record = SafetyJson.Deserialize<IRecord>("""{"type": "meeting", "id": "M-1", "division": "150626103000", "date": "2022-05-01"}""");

        SafetyJson.FindUnknownMembers(record).Should().BeEmpty();
    }
}
