using System;
using System.Collections.Generic;
using System.Linq;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// A work-safety leadership group (安全生产工作领导小组): its members by role (组长, 副组长, 成员) and its full-time
/// safety staff (专职干事).
/// </summary>
[ContractObject]
public sealed partial class LeadershipGroup : IEquatable<LeadershipGroup>
{
    private readonly GroupMember[] _members = Array.Empty<GroupMember>();

    /// <summary>Gets the group's name.</summary>
    [ContractMember("name")]
    public string Name { get; init; } = "安全生产工作领导小组";

    /// <summary>Gets the members, in order.</summary>
    [ContractMember("members")]
    public IReadOnlyList<GroupMember> Members { get => _members; init => _members = Sequences.Copy(value, nameof(Members)); }

    /// <summary>Gets the number of full-time safety officers (专职干事).</summary>
    [ContractMember("fullTimeSafetyOfficers")]
    public int FullTimeSafetyOfficers { get; init; }

    /// <summary>Gets the members with a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The members, in order.</returns>
    public IEnumerable<GroupMember> WithRole(GroupRole role) => _members.Where(m => m.Role == role);

    /// <summary>Returns the name and the members.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Name}: {string.Join("；", (IEnumerable<GroupMember>)_members)}; 专职干事 {FullTimeSafetyOfficers}名";
}
