using System.Diagnostics.CodeAnalysis;
using SafetyModel.Primitives;

namespace SafetyModel.Records;

/// <summary>Does something with a kind's record type as a type argument (the JSON contract builds a kind's codec this way, without reflection over generic types).</summary>
/// <typeparam name="TResult">What the visit returns.</typeparam>
internal interface IRecordKindVisitor<out TResult>
{
    TResult Visit<[DynamicallyAccessedMembers(RecordKind.Members)] T>(RecordKind<T> kind)
        where T : class, IRecord;
}
