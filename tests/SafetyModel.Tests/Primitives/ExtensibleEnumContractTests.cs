using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Tests.Primitives;

/// <summary>
/// Every open list (inspection types, sectors, campaign kinds, publicity kinds, indicators, units, document types)
/// keeps the same promises: the default means "not given", a well-known value has its names, an unknown code is kept
/// exactly, codes compare ordinally, and an empty code is refused with its parameter named.
/// </summary>
public class ExtensibleEnumContractTests
{
    /// <summary>One open list, seen through delegates so that one test checks them all.</summary>
    public sealed record OpenList(
        string Name,
        Func<string, IExtensibleEnum> FromCode,
        Func<string?, IExtensibleEnum?> FromName,
        IReadOnlyList<IExtensibleEnum> Known,
        IExtensibleEnum Default,
        Func<IExtensibleEnum, IExtensibleEnum, bool> EqualOperator,
        Func<IExtensibleEnum, IExtensibleEnum, bool> NotEqualOperator)
    {
        public override string ToString() => Name;
    }

    private static OpenList Of<T>(
        Func<string, T> fromCode, TryFromName<T> tryFromName, IReadOnlyList<T> known, Func<T, T, bool> equal, Func<T, T, bool> notEqual)
        where T : struct, IExtensibleEnum =>
        new(
            typeof(T).Name,
            code => fromCode(code),
            name => tryFromName(name, out var value) ? value : null,
            known.Cast<IExtensibleEnum>().ToList(),
            default(T),
            (a, b) => equal((T)a, (T)b),
            (a, b) => notEqual((T)a, (T)b));

    private delegate bool TryFromName<T>(string? name, out T value);

    /// <summary>Every open list of the package (CatalogueTests checks their published values too).</summary>
    internal static IReadOnlyList<OpenList> All { get; } = new[]
    {
        Of<InspectionType>(InspectionType.FromCode, InspectionType.TryFromName, InspectionType.KnownValues, (a, b) => a == b, (a, b) => a != b),
        Of<Sector>(Sector.FromCode, Sector.TryFromName, Sector.KnownValues, (a, b) => a == b, (a, b) => a != b),
        Of<CampaignKind>(CampaignKind.FromCode, CampaignKind.TryFromName, CampaignKind.KnownValues, (a, b) => a == b, (a, b) => a != b),
        Of<PublicityKind>(PublicityKind.FromCode, PublicityKind.TryFromName, PublicityKind.KnownValues, (a, b) => a == b, (a, b) => a != b),
        Of<Indicator>(Indicator.FromCode, Indicator.TryFromName, Indicator.KnownValues, (a, b) => a == b, (a, b) => a != b),
        Of<QuantityUnit>(QuantityUnit.FromCode, QuantityUnit.TryFromName, QuantityUnit.KnownValues, (a, b) => a == b, (a, b) => a != b),
        Of<DocumentType>(DocumentType.FromCode, DocumentType.TryFromName, DocumentType.KnownValues, (a, b) => a == b, (a, b) => a != b),
        Of<SupervisionCategory>(SupervisionCategory.FromCode, SupervisionCategory.TryFromName, SupervisionCategory.KnownValues, (a, b) => a == b, (a, b) => a != b),
    };

    public static TheoryData<OpenList> Lists => new(All);

    [Theory]
    [MemberData(nameof(Lists))]
    public void The_default_value_means_not_given(OpenList list)
    {
        list.Default.Code.Should().BeEmpty();
        list.Default.ChineseName.Should().BeEmpty();
        list.Default.EnglishName.Should().BeEmpty();
        list.Default.IsKnown.Should().BeFalse();
        list.Default.ToString().Should().BeEmpty();
        list.EqualOperator(list.Default, list.Default).Should().BeTrue();
        list.EqualOperator(list.Default, list.Known[0]).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Well_known_values_have_their_names_and_read_back_from_each(OpenList list)
    {
        list.Known.Should().NotBeEmpty();
        list.Known.Select(k => k.Code).Should().OnlyHaveUniqueItems();
        foreach (var known in list.Known)
        {
            known.IsKnown.Should().BeTrue(known.Code);
            known.ChineseName.Should().NotBeNullOrWhiteSpace(known.Code);
            known.EnglishName.Should().NotBeNullOrWhiteSpace(known.Code);
            known.ToString().Should().Be(known.ChineseName);
            var fromCode = list.FromCode(known.Code);
            list.EqualOperator(fromCode, known).Should().BeTrue(known.Code);
            list.NotEqualOperator(fromCode, known).Should().BeFalse(known.Code);
            fromCode.Equals((object)known).Should().BeTrue(known.Code);
            fromCode.GetHashCode().Should().Be(known.GetHashCode(), known.Code);
            list.FromName(known.Code).Should().Be(known, known.Code);
            list.FromName(known.ChineseName).Should().NotBeNull(known.ChineseName);
            list.FromName(known.EnglishName.ToUpperInvariant()).Should().NotBeNull("English names are matched ignoring case: " + known.EnglishName);
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void An_unknown_code_is_kept_exactly_and_named_by_its_code(OpenList list)
    {
        var unknown = list.FromCode("乌审旗-local 1");

        unknown.Code.Should().Be("乌审旗-local 1");
        unknown.ChineseName.Should().Be("乌审旗-local 1");
        unknown.EnglishName.Should().Be("乌审旗-local 1");
        unknown.IsKnown.Should().BeFalse();
        unknown.ToString().Should().Be("乌审旗-local 1");
        list.FromName("乌审旗-local 1").Should().BeNull("names find well-known values only");
        list.FromName(null).Should().BeNull();
        list.EqualOperator(unknown, list.FromCode("乌审旗-local 1")).Should().BeTrue();
        list.NotEqualOperator(unknown, list.FromCode("乌审旗-LOCAL 1")).Should().BeTrue("codes compare exactly");
        unknown.Equals((object)"乌审旗-local 1").Should().BeFalse("a value never equals its code as a string");
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void An_empty_or_null_code_is_refused_naming_the_parameter(OpenList list)
    {
        ((Func<IExtensibleEnum>)(() => list.FromCode(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("code");
        ((Func<IExtensibleEnum>)(() => list.FromCode(" \t"))).Should().Throw<ArgumentException>()
            .WithMessage($"A {list.Name} code must not be empty or white space; use default({list.Name}) for \"not given\".*")
            .Which.ParamName.Should().Be("code");
    }
}
