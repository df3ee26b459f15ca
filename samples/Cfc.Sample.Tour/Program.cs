using Cfc.Sdk.Network;

Console.WriteLine($"Den Haag: {MemberCode.DenHaag} in {MemberCode.DenHaag.DefaultTimeZoneId}");
