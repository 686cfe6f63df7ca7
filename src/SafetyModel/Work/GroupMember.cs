using System;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Work;

/// <summary>
/// A member of a leadership group, by post or by unit — records usually name posts (镇党委书记) and member units
/// (派出所), not people; a personal name is optional.
/// </summary>
[ContractObject]
public sealed partial class GroupMember : IEquatable<GroupMember>
{
    /// <summary>Creates a member.</summary>
    /// <param name="role">The role.</param>
    /// <param name="post">The post, such as 镇党委书记, or <see langword="null"/>.</param>
    /// <param name="unit">The member unit, such as 派出所, or <see langword="null"/>.</param>
    /// <param name="personName">The person's name, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">Neither a post, a unit nor a name is given.</exception>
    public GroupMember(GroupRole role, string? post = null, string? unit = null, string? personName = null)
    {
        if (string.IsNullOrWhiteSpace(post) && string.IsNullOrWhiteSpace(unit) && string.IsNullOrWhiteSpace(personName))
        {
            throw new ArgumentException("A group member is named by a post, a unit or a person.", nameof(post));
        }

        Role = role;
        Post = post;
        Unit = unit;
        PersonName = personName;
    }

    /// <summary>Gets the role.</summary>
    [ContractMember("role", Required = true)]
    public GroupRole Role { get; }

    /// <summary>Gets the post, such as 镇党委书记.</summary>
    [ContractMember("post")]
    public string? Post { get; }

    /// <summary>Gets the member unit, such as 派出所 (its principal is the member: 主要负责人).</summary>
    [ContractMember("unit")]
    public string? Unit { get; }

    /// <summary>Gets the person's name, when recorded.</summary>
    [ContractMember("personName")]
    public string? PersonName { get; }

    /// <summary>Returns the role and who fills it: <c>组长: 镇党委书记</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() =>
        (Role == GroupRole.Leader ? "组长" : Role == GroupRole.DeputyLeader ? "副组长" : "成员") + ": " + (Post ?? Unit ?? PersonName);
}
