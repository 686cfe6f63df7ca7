using System.Reflection;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Serialization;

namespace SafetyModel.Tests.Serialization;

/// <summary>
/// The contract is declared on the model types and the codecs are generated from that declaration at build time, so
/// what can still go wrong is a declaration left out: a record kind without <see cref="ContractObjectAttribute"/>, or
/// a settable property without <see cref="ContractMemberAttribute"/> (it would silently not be written or read).
/// </summary>
public class ContractDeclarationTests
{
    private static readonly Type[] ModelTypes = typeof(IRecord).Assembly.GetExportedTypes();

    private static readonly Type[] ContractObjects = ModelTypes.Where(t => t.GetCustomAttribute<ContractObjectAttribute>() is not null).ToArray();

    [Fact]
    public void Every_record_type_of_the_model_is_a_declared_record_kind_of_the_contract()
    {
        var records = ModelTypes.Where(t => typeof(IRecord).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false }).ToList();

        records.Should().NotBeEmpty();
        foreach (var record in records)
        {
            record.GetCustomAttribute<ContractObjectAttribute>()?.RecordType.Should().NotBeNullOrEmpty($"{record.Name} is a record, so the contract needs its type discriminator");
        }
    }

    [Fact]
    public void The_record_kinds_are_listed_in_their_declared_order()
    {
        var declared = ContractObjects
            .Select(t => t.GetCustomAttribute<ContractObjectAttribute>()!)
            .Where(a => a.RecordType is not null)
            .OrderBy(a => a.Order)
            .Select(a => a.RecordType!)
            .ToList();

        declared.Should().Equal("inspection", "hazard", "meeting", "publicity", "training", "campaign", "accident", "unit", "enforcement");
        JsonContract.Preserving.RecordTypeList.Should().Be(string.Join(", ", declared));
    }

    [Fact]
    public void Every_settable_property_of_a_contract_object_is_a_contract_member()
    {
        ContractObjects.Should().HaveCountGreaterThan(10);
        foreach (var type in ContractObjects)
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance);
            var members = properties.Select(p => (Property: p, Member: p.GetCustomAttribute<ContractMemberAttribute>())).Where(m => m.Member is not null).ToList();
            var set = members.Select(m => m.Member!.Setter ?? m.Property.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var property in properties.Where(p => p.SetMethod is { IsPublic: true }))
            {
                set.Should().Contain(property.Name, $"{type.Name}.{property.Name} can be set, so the contract must read and write it");
            }

            members.Should().NotBeEmpty($"{type.Name} is a contract object");
            members.Select(m => m.Member!.Name).Should().OnlyHaveUniqueItems($"the members of {type.Name} have distinct contract names");
        }
    }

    [Fact]
    public void Every_contract_object_and_code_list_has_a_codec()
    {
        foreach (var type in ContractObjects)
        {
            JsonContract.Preserving.Types.Should().Contain(type);
        }

        var lists = ModelTypes.Where(t => t.GetCustomAttribute<ContractListAttribute>() is not null).ToList();
        lists.Should().NotBeEmpty();
        var closed = JsonContract.Preserving.ClosedLists().Select(l => l.Name);
        var open = JsonContract.Preserving.OpenLists().Select(l => l.Name);
        closed.Concat(open).Should().BeEquivalentTo(lists.Select(t => t.Name));
        closed.Should().BeEquivalentTo(lists.Where(t => t.IsEnum).Select(t => t.Name));
    }
}
