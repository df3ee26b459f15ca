using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Programmes;

/// <summary>
/// One step of a national committee's programme: the common <see cref="ProgrammePhase"/> the rest of the SDK speaks
/// of, and the committee's own name for it (Germany's <c>Seal</c> is <see cref="ProgrammePhase.Recognised"/>, the
/// UK's <c>Discovery</c> is <see cref="ProgrammePhase.SituationAnalysis"/>).
/// </summary>
/// <remarks>Immutable. Two steps are equal when phase and name are equal (names compared ordinally).</remarks>
[JsonConverter(typeof(Converter))]
public sealed class ProgrammeStep : IEquatable<ProgrammeStep>
{
    /// <summary>The longest name accepted, in characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Creates a step.</summary>
    /// <param name="phase">The common phase of the cycle (<see cref="ProgrammePhase.Applied"/> to <see cref="ProgrammePhase.Recognised"/>; exits are no steps).</param>
    /// <param name="name">The committee's own name for the step; <see langword="null"/> or blank for the phase's name.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="phase"/> is not a phase of the cycle.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is longer than <see cref="MaxNameLength"/>.</exception>
    public ProgrammeStep(ProgrammePhase phase, string? name = null)
    {
        if (phase is < ProgrammePhase.Applied or > ProgrammePhase.Recognised)
        {
            throw new ArgumentOutOfRangeException(nameof(phase), phase, $"'{phase}' is not a phase of the cycle; a step is one of Applied to Recognised.");
        }

        if (name is not null && name.Length > MaxNameLength)
        {
            throw new ArgumentException($"A step's name has at most {MaxNameLength} characters; this one has {name.Length}.", nameof(name));
        }

        Phase = phase;
        Name = string.IsNullOrWhiteSpace(name) ? phase.ToString() : name.Trim();
    }

    /// <summary>The common phase.</summary>
    public ProgrammePhase Phase { get; }

    /// <summary>The committee's own name for the step, trimmed; the phase's name when the committee has none of its own.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public bool Equals(ProgrammeStep? other) => other is not null && Phase == other.Phase && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProgrammeStep);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Phase, StringComparer.Ordinal.GetHashCode(Name));

    /// <summary>The step as invariant text: its name, followed by the phase when the name differs, e.g. <c>Seal (Recognised)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Equals(Name, Phase.ToString(), StringComparison.Ordinal) ? Name : $"{Name} ({Phase})";

    /// <summary>Whether two steps are equal.</summary>
    public static bool operator ==(ProgrammeStep? left, ProgrammeStep? right) => Equals(left, right);

    /// <summary>Whether two steps differ.</summary>
    public static bool operator !=(ProgrammeStep? left, ProgrammeStep? right) => !Equals(left, right);

    /// <summary>Stored form: <c>{"phase": "Recognised", "name": "Seal"}</c>, read back through the constructor.</summary>
    private sealed class Converter : StoredFormJsonConverter<ProgrammeStep, Stored>
    {
        protected override Stored ToStored(ProgrammeStep value) => new() { Phase = value.Phase, Name = value.Name };

        protected override ProgrammeStep FromStored(Stored stored) => new(stored.Phase, stored.Name);
    }

    private sealed class Stored
    {
        public required ProgrammePhase Phase { get; init; }

        public required string Name { get; init; }
    }
}
