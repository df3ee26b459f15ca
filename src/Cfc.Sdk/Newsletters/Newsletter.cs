using System.Collections.Immutable;
using System.Net.Mail;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Newsletters;

/// <summary>The network's newsletter: its name, its <see cref="NewsletterSchedule"/> and its subscribers' e-mail addresses.</summary>
/// <remarks>
/// Only the e-mail address of a subscriber is held. Addresses are trimmed and compared ignoring case; the first spelling is kept.
/// Immutable: <see cref="Subscribe"/> and <see cref="Unsubscribe"/> return a new newsletter. Two newsletters are equal when name,
/// schedule and subscribers (as spelled) are equal. JSON writes <c>{"name", "schedule", "subscribers"}</c> and reads it back with
/// <see cref="Restore"/>, so an address that is not a plain e-mail address is a <see cref="System.Text.Json.JsonException"/>, and
/// one kept before a domain needed a dot (<c>redactie@localhost</c>) still reads.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class Newsletter : IEquatable<Newsletter>
{
    /// <summary>The longest name accepted, in characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest e-mail address accepted, in characters.</summary>
    public const int MaxAddressLength = 254;

    private readonly ImmutableSortedSet<string> _subscribers;

    /// <summary>Creates a newsletter without subscribers.</summary>
    /// <param name="name">The name, e.g. <c>Nieuwsbrief Child Friendly Cities</c>.</param>
    /// <param name="schedule">When issues appear.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="schedule"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or too long.</exception>
    public Newsletter(string name, NewsletterSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(schedule);
        Name = Network.RequiredText.Check(name, MaxNameLength, nameof(name));
        Schedule = schedule;
        _subscribers = ImmutableSortedSet.Create<string>(StringComparer.OrdinalIgnoreCase);
    }

    private Newsletter(Newsletter previous, ImmutableSortedSet<string> subscribers)
    {
        Name = previous.Name;
        Schedule = previous.Schedule;
        _subscribers = subscribers;
    }

    /// <summary>
    /// The newsletter with the subscribers it kept before: each must still be a plain e-mail address, but, unlike
    /// <see cref="Subscribe"/>, a domain without a dot is taken, because earlier releases took such addresses
    /// (<c>redactie@localhost</c>) and their subscribers must not be lost. New input goes through <see cref="Subscribe"/>.
    /// </summary>
    /// <param name="name">The name, e.g. <c>Nieuwsbrief Child Friendly Cities</c>.</param>
    /// <param name="schedule">When issues appear.</param>
    /// <param name="subscribers">The kept addresses; of two equal ignoring case the first spelling is kept.</param>
    /// <returns>A newsletter with those subscribers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="schedule"/>, <paramref name="subscribers"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or too long, or an address is not a single plain e-mail address.</exception>
    public static Newsletter Restore(string name, NewsletterSchedule schedule, IEnumerable<string> subscribers)
    {
        var newsletter = new Newsletter(name, schedule);
        ArgumentNullException.ThrowIfNull(subscribers);
        var kept = newsletter._subscribers.ToBuilder();
        foreach (var address in subscribers)
        {
            var (plain, _) = CheckPlain(address, nameof(subscribers));
            kept.Add(plain);
        }

        return new Newsletter(newsletter, kept.ToImmutable());
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>When issues appear.</summary>
    public NewsletterSchedule Schedule { get; }

    /// <summary>The subscribers' e-mail addresses, sorted ignoring case.</summary>
    public IReadOnlyList<string> Subscribers => _subscribers;

    /// <summary>The newsletter with <paramref name="address"/> subscribed; unchanged when it already is.</summary>
    /// <param name="address">An e-mail address, e.g. <c>jeugd@gooisemeren.nl</c>.</param>
    /// <returns>A newsletter with the subscriber.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="address"/> is not a single plain e-mail address, or its domain has no dot.</exception>
    public Newsletter Subscribe(string address)
    {
        var checkedAddress = Check(address);
        return _subscribers.Contains(checkedAddress) ? this : new Newsletter(this, _subscribers.Add(checkedAddress));
    }

    /// <summary>The newsletter without <paramref name="address"/>; unchanged when it was not subscribed.</summary>
    /// <param name="address">The e-mail address.</param>
    /// <returns>A newsletter without the subscriber.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is <see langword="null"/>.</exception>
    public Newsletter Unsubscribe(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var trimmed = address.Trim();
        return _subscribers.Contains(trimmed) ? new Newsletter(this, _subscribers.Remove(trimmed)) : this;
    }

    /// <summary>Whether <paramref name="address"/> is subscribed (ignoring case).</summary>
    /// <param name="address">The e-mail address.</param>
    /// <returns><see langword="true"/> when subscribed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is <see langword="null"/>.</exception>
    public bool IsSubscribed(string address) => FindSubscriber(address) is not null;

    /// <summary>The subscriber's address as it is kept (the first spelling subscribed), found ignoring case.</summary>
    /// <param name="address">The e-mail address, in any case.</param>
    /// <returns>The kept address, or <see langword="null"/> when <paramref name="address"/> is not subscribed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is <see langword="null"/>.</exception>
    public string? FindSubscriber(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _subscribers.TryGetValue(address.Trim(), out var kept) ? kept : null;
    }

    /// <summary>The newsletter's name and schedule.</summary>
    /// <returns>The text, e.g. <c>Nieuwsbrief (R/2024-01-10/P6W)</c>.</returns>
    public override string ToString() => $"{Name} ({Schedule})";

    /// <inheritdoc />
    public bool Equals(Newsletter? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Name, other.Name, StringComparison.Ordinal)
            && Schedule.Equals(other.Schedule) && _subscribers.SequenceEqual(other._subscribers, StringComparer.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Newsletter);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Schedule, _subscribers.Count);

    /// <summary>Whether two newsletters are equal.</summary>
    public static bool operator ==(Newsletter? left, Newsletter? right) => Equals(left, right);

    /// <summary>Whether two newsletters differ.</summary>
    public static bool operator !=(Newsletter? left, Newsletter? right) => !Equals(left, right);

    private static string Check(string address)
    {
        var (trimmed, host) = CheckPlain(address, nameof(address));

        // MailAddress takes a bare host name ("jan@example"), which no mail server on the internet delivers to.
        return HasDottedDomain(host)
            ? trimmed
            : throw new ArgumentException($"'{address}' has no domain with a dot after the '@', such as 'gooisemeren.nl' in 'jeugd@gooisemeren.nl'.", nameof(address));
    }

    // The trimmed address and its domain, when the address is one plain e-mail address.
    private static (string Trimmed, string Host) CheckPlain(string address, string parameter)
    {
        if (address is null)
        {
            throw new ArgumentNullException(parameter, "An e-mail address is null.");
        }

        var trimmed = address.Trim();
        return trimmed.Length <= MaxAddressLength && MailAddress.TryCreate(trimmed, out var parsed)
            && string.Equals(parsed.Address, trimmed, StringComparison.Ordinal) && string.IsNullOrEmpty(parsed.DisplayName)
            ? (trimmed, parsed.Host)
            : throw new ArgumentException($"'{address}' is not a plain e-mail address such as 'jeugd@gooisemeren.nl'.", parameter);
    }

    private static bool HasDottedDomain(string host)
    {
        var dot = host.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && !host.EndsWith('.') && !host.Contains("..", StringComparison.Ordinal);
    }

    private sealed class Converter : StoredFormJsonConverter<Newsletter, Stored>
    {
        protected override Stored ToStored(Newsletter value) => new() { Name = value.Name, Schedule = value.Schedule, Subscribers = value.Subscribers };

        protected override Newsletter FromStored(Stored stored) => Restore(stored.Name, stored.Schedule, stored.Subscribers ?? []);
    }

    private sealed class Stored
    {
        public required string Name { get; init; }

        public required NewsletterSchedule Schedule { get; init; }

        public required IReadOnlyList<string> Subscribers { get; init; }
    }
}
