using System.Linq;
using FluentAssertions;
using NodaTime;
using SafetyModel.Accidents;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Validation;
using SafetyModel.Work;
using Xunit;

namespace SafetyModel.Tests.Validation;

/// <summary>Open-list codes the registered lists do not know are kept, and reported as warnings naming the list.</summary>
public sealed class KnownCodesTests
{
    private static readonly ValidationContext Today = new(new FixedClock(new LocalDate(2030, 1, 1)));

    private static readonly DivisionCode Town = DivisionCode.Parse("150626103");

    [Fact]
    public void An_unknown_inspection_type_is_a_warning_at_its_index_naming_the_list()
    {
        var inspection = new Inspection
        {
            Id = "I-1", Division = Town, Start = new LocalDate(2022, 5, 1),
            Types = new[] { InspectionType.Comprehensive, InspectionType.FromCode("comprehensiv") },
        };

        var issue = RecordCatalogue.Default.Validate(inspection, Today).Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be(ValidationCodes.UnknownCode);
        issue.Severity.Should().Be(ValidationSeverity.Warning);
        issue.Path.ToString().Should().Be("/types/1");
        issue.Message.English.Should().Be("'comprehensiv' is not a well-known inspection type code; it is kept as given.");
    }

    [Fact]
    public void A_GB_6441_1986_category_code_the_scheme_does_not_have_is_a_warning_and_a_known_one_is_not()
    {
        var unknown = new Accident { Id = "A-1", Division = Town, OccurredAt = new LocalDateTime(2022, 8, 3, 14, 20), Category = new AccidentCategory("GB 6441-1986", "4", "机械伤害", "machinery injury") };
        var known = new Accident { Id = "A-2", Division = Town, OccurredAt = new LocalDateTime(2022, 8, 3, 14, 20), Category = AccidentCategoryScheme.Gb6441Of1986.Categories[2] };

        RecordCatalogue.Default.Validate(unknown, Today).Issues.Select(i => (i.Code, i.Path.ToString(), i.Arguments["list"])).Should()
            .Equal((ValidationCodes.UnknownCode, "/category", (object?)"GB 6441-1986 accident category"));
        RecordCatalogue.Default.Validate(known, Today).Issues.Should().BeEmpty();
    }

    [Fact]
    public void Known_codes_and_absent_optional_codes_give_no_issue()
    {
        var hazard = new Hazard { Id = "H-1", Division = Town, Description = "消防通道堵塞", FoundOn = new LocalDate(2022, 5, 1), Sector = Sector.KnownValues[0], Status = HazardStatus.Rectifying };
        var meeting = new Meeting { Id = "M-1", Division = Town, Date = new LocalDate(2022, 5, 1) };

        RecordCatalogue.Default.Validate(hazard, Today).Issues.Where(i => i.Code == ValidationCodes.UnknownCode).Should().BeEmpty();
        RecordCatalogue.Default.Validate(meeting, Today).Issues.Should().BeEmpty();
    }
}
