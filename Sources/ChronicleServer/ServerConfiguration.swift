import Logging

/// How `chronicle serve` runs: where it listens, whether it accepts writes, and its limits.
///
/// ```swift
/// let configuration = ServerConfiguration(host: "127.0.0.1", port: 8080, writeToken: nil)
/// let app = buildApplication(configuration: configuration, store: store, coder: coder)
/// try await app.runService()
/// ```
public struct ServerConfiguration: Sendable {
    /// The address to bind (`127.0.0.1` keeps the server local).
    public var host: String
    /// The TCP port (0 picks a free one).
    public var port: Int
    /// The bearer token that `POST /api/documents` and the ingest page require; nil makes the
    /// server read-only (writes answer 403 and the ingest page does not exist).
    public var writeToken: String?
    /// The largest request body accepted, in bytes; larger bodies answer 413.
    public var maxBodyBytes: Int
    /// The server name, in logs.
    public var serverName: String
    /// The log level.
    public var logLevel: Logger.Level

    /// Creates a configuration.
    public init(host: String = "127.0.0.1", port: Int = 8080, writeToken: String? = nil,
                maxBodyBytes: Int = 1 << 20, serverName: String = "chronicle",
                logLevel: Logger.Level = .info) {
        self.host = host
        self.port = port
        self.writeToken = writeToken.flatMap { $0.isEmpty ? nil : $0 }
        self.maxBodyBytes = maxBodyBytes
        self.serverName = serverName
        self.logLevel = logLevel
    }
}
