using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Participation;

namespace Cfc.Sample.Host.Pages.Components;

/// <summary>A participation record as the pages show it: its count of children only as disclosed.</summary>
/// <param name="Id">The record's number, as in <c>/participation/{id}</c>.</param>
/// <param name="Record">The record.</param>
/// <param name="Participants">How many children took part, disclosed: rounded, or suppressed for a small group.</param>
/// <param name="MemberName">The member's name.</param>
public sealed record ParticipationView(int Id, ParticipationRecord Record, DisclosedValue Participants, string MemberName);
