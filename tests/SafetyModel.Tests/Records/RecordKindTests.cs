using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using SafetyModel.Aggregation;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Serialization;
using SafetyModel.Work;
using Xunit;

namespace SafetyModel.Tests.Records;

/// <summary>The declarations: what a kind may declare, what the built-in catalogue holds, and the refusals with their reasons.</summary>
public sealed class RecordKindTests
{
    [Fact]
    public void The_default_catalogue_holds_the_nine_built_in_kinds_under_the_contract_s_record_types()
    {
        RecordCatalogue.Default.Kinds.Select(k => k.Code).Should().Equal("inspection", "hazard", "meeting", "publicity", "training", "campaign", "accident", "unit", "enforcement");
        RecordCatalogue.Default.Kinds.Select(k => k.ChineseName).Should().Equal("检查", "隐患", "会议", "宣传", "培训", "专项行动", "事故", "生产经营单位", "执法");
        JsonContract.Preserving.RecordTypeList.Should().Be(string.Join(", ", RecordCatalogue.Default.Kinds.Select(k => k.Code)));
        RecordCatalogue.Default.Find("hazard").Should().BeSameAs(RecordKinds.Hazard);
        RecordCatalogue.Default.KindOf(new Meeting()).Should().BeSameAs(RecordKinds.Meeting);
        RecordCatalogue.Default.Measures[0].Should().Be(Measure.Records);
        RecordCatalogue.Default.Measures.Should().BeEquivalentTo(Measure.BuiltIn);
        RecordCatalogue.Default.Dimensions.Should().BeEquivalentTo(AggregationDimension.BuiltIn);
    }

    [Theory]
    [InlineData("inspection", "start")]
    [InlineData("hazard", "foundOn")]
    [InlineData("meeting", "date")]
    [InlineData("publicity", "date")]
    [InlineData("training", "date")]
    [InlineData("campaign", "period")]
    [InlineData("accident", "occurredAt")]
    [InlineData("unit", "registeredOn")]
    [InlineData("enforcement", "issuedOn")]
    public void Each_built_in_kind_is_dated_by_a_member_its_type_declares_in_the_contract(string code, string member)
    {
        var kind = RecordCatalogue.Default.Find(code)!;

        kind.DateMember.Should().Be(member);
        kind.RecordType.GetProperties()
            .Select(p => (Contract.ContractMemberAttribute?)Attribute.GetCustomAttribute(p, typeof(Contract.ContractMemberAttribute)))
            .Should().Contain(a => a != null && a.Name == member);
    }

    [Fact]
    public void A_measure_is_declared_by_the_method_of_its_kind_and_once()
    {
        var kind = new RecordKind<Meeting>("briefing", "通报会", "briefing", "date");

        FluentActions.Invoking(() => kind.WithCount(Measure.DirectLoss, _ => 1)).Should().Throw<ArgumentException>().WithMessage("The measure direct-loss is a Sum measure*");
        FluentActions.Invoking(() => kind.WithSum(Measure.Deaths, _ => 1m)).Should().Throw<ArgumentException>().WithMessage("The measure deaths is a Count measure*");
        FluentActions.Invoking(() => kind.WithCount(Measure.Records, _ => 1)).Should().Throw<ArgumentException>().WithMessage("Every record adds 1 to records*");
        FluentActions.Invoking(() => kind.WithCount(Measure.Meetings, _ => 1).WithCount(Measure.Meetings, _ => 2)).Should().Throw<ArgumentException>().WithMessage("*declares the measure meetings already*");
        FluentActions.Invoking(() => kind.WithDimension(AggregationDimension.InspectionType, _ => default)).Should().Throw<ArgumentException>().WithMessage("*multi-valued: give a list*");
        FluentActions.Invoking(() => kind.WithDimension(AggregationDimension.RecordType, _ => default)).Should().Throw<ArgumentException>().WithMessage("*not declared by a kind*");
        FluentActions.Invoking(() => kind.WithCount(Measure.Meetings, null!)).Should().Throw<ArgumentNullException>().WithParameterName("count");
        kind.Measures.Should().BeEmpty("each With… returns a new declaration and leaves this one as it was");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Drill")]
    [InlineData("-drill")]
    [InlineData("drill-")]
    [InlineData("演练")]
    [InlineData("drill participants")]
    public void A_code_is_lower_case_ascii_with_inner_hyphens(string code)
    {
        FluentActions.Invoking(() => new Measure(code, "演练", "drill")).Should().Throw<ArgumentException>().WithMessage("*is not a code*");
        FluentActions.Invoking(() => new RecordKind<Meeting>(code, "演练", "drill", "date")).Should().Throw<ArgumentException>().WithMessage("*is not a code*");
    }

    [Fact]
    public void Measures_and_dimensions_are_equal_by_code_and_read_as_their_code()
    {
        new Measure("hazards-found", "隐患", "hazards", QuantityUnit.Place).Should().Be(Measure.HazardsFound);
        (Measure.Deaths == Measure.Missing).Should().BeFalse();
        Measure.InspectedUnits.ToString().Should().Be("inspected-units");
        AggregationDimension.HazardLevel.ToString().Should().Be("hazard-level");
        RecordCatalogue.Default.FindMeasure("HAZARDS-FOUND").Should().BeSameAs(Measure.HazardsFound);
        RecordCatalogue.Default.FindDimension("sector").Should().BeSameAs(AggregationDimension.Sector);
    }

    [Fact]
    public void A_batch_refuses_a_query_of_another_catalogue_and_a_query_refuses_null_parts()
    {
        var catalogue = RecordCatalogue.Default.With(new RecordKind<Drill>("drill", "演练", "drill", "date"));
        var batch = RecordBatch.Create(new IRecord[] { new Inspection { Id = "I-1", Start = new LocalDate(2022, 7, 7) } }, catalogue);

        FluentActions.Invoking(() => Aggregator.Aggregate(batch, new AggregationQuery())).Should().Throw<ArgumentException>().WithMessage("The query's catalogue is not the one the batch was created with*");
        Aggregator.Aggregate(batch, new AggregationQuery { Catalogue = catalogue }).Total[Measure.Records].Stated.Should().Be(1);
        FluentActions.Invoking(() => new AggregationQuery { Catalogue = null! }).Should().Throw<ArgumentNullException>().WithParameterName("Catalogue");
        FluentActions.Invoking(() => new AggregationQuery { Dimension = null! }).Should().Throw<ArgumentNullException>().WithParameterName("Dimension");
        FluentActions.Invoking(() => new SafetyJsonReadOptions { Catalogue = null! }).Should().Throw<ArgumentNullException>().WithParameterName("Catalogue");
    }

    [Fact]
    public void A_catalogue_refuses_a_measure_that_reuses_a_code_with_another_unit()
    {
        var odd = new Measure("deaths", "死亡", "deaths", QuantityUnit.Case);
        var kind = new RecordKind<Drill>("drill", "演练", "drill", "date").WithCount(odd, _ => 0, "date");

        FluentActions.Invoking(() => RecordCatalogue.Default.With(kind)).Should().Throw<ArgumentException>().WithMessage("The measure 'deaths' of drill is not the catalogue's measure of that code*");
    }

    [Contract.ContractObject("drill")]
    public sealed record Drill : IRecord
    {
        [Contract.ContractMember("id")]
        public string Id { get; init; } = string.Empty;

        [Contract.ContractMember("division")]
        public DivisionCode Division { get; init; }

        [Contract.ContractMember("date")]
        public LocalDate Date { get; init; }

        LocalDate? IRecord.ReferenceDate => Date;
    }
}
