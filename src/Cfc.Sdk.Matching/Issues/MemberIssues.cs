using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Cfc.Sdk.Network;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Matching.Issues;

/// <summary>
/// The local issues of one member: each of them the member's own, each id once, in id order. Adding an id that is
/// there, or changing or removing one that is not, is refused.
/// </summary>
/// <remarks>
/// <para>Immutable: every change returns a new value. Two values are equal when they are of the same member and hold equal issues.</para>
/// <para>JSON: <c>{"member": "GM0518", "issues": [ ... ]}</c>, validated on read as <see cref="Of"/> validates.</para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class MemberIssues : IEquatable<MemberIssues>
{
    private readonly ImmutableSortedDictionary<IssueId, LocalIssue> _byId;

    private MemberIssues(MemberCode member, ImmutableSortedDictionary<IssueId, LocalIssue> byId)
    {
        Member = member;
        _byId = byId;
        Issues = [.. byId.Values];
    }

    /// <summary>The member whose issues these are.</summary>
    public MemberCode Member { get; }

    /// <summary>The issues, in id order.</summary>
    public ImmutableArray<LocalIssue> Issues { get; }

    /// <summary>A member without issues.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The empty list of <paramref name="member"/>'s issues.</returns>
    /// <exception cref="ArgumentException"><paramref name="member"/> is the default value.</exception>
    public static MemberIssues Empty(MemberCode member) => Of(member, []);

    /// <summary>The issues of <paramref name="member"/>, checked.</summary>
    /// <param name="member">The member.</param>
    /// <param name="issues">The member's issues, in any order.</param>
    /// <returns>The issues in id order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issues"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="member"/> is the default value, an issue is of another member, or an id is there twice.</exception>
    public static MemberIssues Of(MemberCode member, IEnumerable<LocalIssue> issues)
    {
        if (member == default)
        {
            throw new ArgumentException("The member code is the default value, which names no member.", nameof(member));
        }

        ArgumentNullException.ThrowIfNull(issues);
        var byId = ImmutableSortedDictionary.CreateBuilder<IssueId, LocalIssue>();
        foreach (var issue in issues)
        {
            ArgumentNullException.ThrowIfNull(issue, nameof(issues));
            RequireOwn(member, issue, nameof(issues));
            if (!byId.TryAdd(issue.Id, issue))
            {
                throw new ArgumentException($"{member} has the issue '{issue.Id}' twice.", nameof(issues));
            }
        }

        return new MemberIssues(member, byId.ToImmutable());
    }

    /// <summary>The issue with <paramref name="id"/>, or <see langword="null"/> when the member has none.</summary>
    /// <param name="id">The issue's id.</param>
    /// <returns>The issue, or <see langword="null"/>.</returns>
    public LocalIssue? Find(IssueId id) => _byId.GetValueOrDefault(id);

    /// <summary>Adds a new issue.</summary>
    /// <param name="issue">The issue, of this member, with an id the member does not have yet.</param>
    /// <returns>The issues with <paramref name="issue"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The issue is of another member, or its id is taken (update it instead).</exception>
    public MemberIssues Add(LocalIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        RequireOwn(Member, issue, nameof(issue));
        if (_byId.ContainsKey(issue.Id))
        {
            throw new ArgumentException($"{Member} already has an issue '{issue.Id}'; update it instead.", nameof(issue));
        }

        return new MemberIssues(Member, _byId.Add(issue.Id, issue));
    }

    /// <summary>Replaces the issue with the same id.</summary>
    /// <param name="issue">The changed issue, of this member.</param>
    /// <returns>The issues with <paramref name="issue"/> in place of the one with its id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The issue is of another member.</exception>
    /// <exception cref="IssueNotFoundException">The member has no issue with that id.</exception>
    public MemberIssues Update(LocalIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        RequireOwn(Member, issue, nameof(issue));
        return _byId.ContainsKey(issue.Id) ? new MemberIssues(Member, _byId.SetItem(issue.Id, issue)) : throw new IssueNotFoundException(issue.Id);
    }

    /// <summary>Removes the issue with <paramref name="id"/>.</summary>
    /// <param name="id">The issue's id.</param>
    /// <returns>The issues without it.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="IssueNotFoundException">The member has no issue with that id.</exception>
    public MemberIssues Remove(IssueId id)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("The default IssueId identifies no issue.", nameof(id));
        }

        return _byId.ContainsKey(id) ? new MemberIssues(Member, _byId.Remove(id)) : throw new IssueNotFoundException(id);
    }

    /// <inheritdoc />
    public bool Equals(MemberIssues? other) =>
        other is not null && (ReferenceEquals(this, other) || (Member == other.Member && Issues.SequenceEqual(other.Issues)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MemberIssues);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Member, Issues.Length, Issues.IsEmpty ? null : Issues[0]);

    /// <summary>The member and how many issues it has, for diagnostics.</summary>
    /// <returns>Text such as <c>GM0518: 3 issues</c>.</returns>
    public override string ToString() => $"{Member}: {Issues.Length} issue{(Issues.Length == 1 ? "" : "s")}";

    private static void RequireOwn(MemberCode member, LocalIssue issue, string parameter)
    {
        if (issue.Member != member)
        {
            throw new ArgumentException($"The issue '{issue.Id}' is of {issue.Member}, not of {member}.", parameter);
        }
    }

    private sealed class Stored
    {
        public required MemberCode Member { get; init; }

        public required IReadOnlyList<LocalIssue> Issues { get; init; }
    }

    private sealed class Converter : StoredFormJsonConverter<MemberIssues, Stored>
    {
        protected override MemberIssues FromStored(Stored stored) => Of(stored.Member, stored.Issues);

        protected override Stored ToStored(MemberIssues value) => new() { Member = value.Member, Issues = value.Issues };
    }
}
