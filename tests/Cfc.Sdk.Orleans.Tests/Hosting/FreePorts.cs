using System.Net;
using System.Net.Sockets;

namespace Cfc.Sdk.Orleans.Tests.Hosting;

/// <summary>Free loopback ports for silos and gateways that tests start.</summary>
public static class FreePorts
{
    /// <summary>A port no one listens on right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
